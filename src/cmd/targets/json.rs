//! A target's JSON, written by hand: the same bytes as `serde_json`, at a
//! fraction of the cost.
//!
//! `targets --each-line` writes more JSON than it reads text, and
//! serde_json spent a sixth of the command's time on it: it escapes the
//! constant field names of every target, byte by byte, and goes through a
//! call per piece. Here the field names are written pre-escaped, a string
//! that needs no escape (nearly all) is copied whole, and numbers go
//! through serde_json's own formatter, so the bytes cannot drift. A test
//! holds the writer to `serde_json::to_writer` field for field.

use nghiquyet_core::{Span, Target, Term};
use serde_json::ser::{CompactFormatter, Formatter};

/// Appends the JSON of `t` to `out`: byte for byte what
/// `serde_json::to_writer(out, t)` writes.
pub fn write_target(out: &mut Vec<u8>, t: &Target) {
    out.extend_from_slice(b"{\"value\":");
    f64_value(out, t.value);
    out.extend_from_slice(b",\"value_max\":");
    opt(out, t.value_max, f64_value);
    out.extend_from_slice(b",\"unit\":");
    opt(out, t.unit.as_deref(), string);
    out.extend_from_slice(b",\"per\":");
    opt(out, t.per.as_deref(), string);
    out.extend_from_slice(b",\"bound\":\"");
    // Bound names are snake-case ASCII: nothing to escape.
    out.extend_from_slice(t.bound.as_str().as_bytes());
    out.extend_from_slice(b"\",\"subject\":");
    opt(out, t.subject.as_deref(), string);
    out.extend_from_slice(b",\"criterion\":");
    opt(out, t.criterion.as_deref(), string);
    out.extend_from_slice(b",\"baseline\":");
    opt(out, t.baseline.as_deref(), string);
    out.extend_from_slice(b",\"achieved\":");
    opt(out, t.achieved, f64_value);
    out.extend_from_slice(b",\"deadline_year\":");
    opt(out, t.deadline_year, i32_value);
    out.extend_from_slice(b",\"term\":");
    opt(out, t.term, term);
    out.extend_from_slice(b",\"span\":");
    span(out, t.span);
    out.extend_from_slice(b",\"text\":");
    string(out, &t.text);
    out.push(b'}');
}

fn opt<T>(out: &mut Vec<u8>, v: Option<T>, write: fn(&mut Vec<u8>, T)) {
    match v {
        Some(v) => write(out, v),
        None => out.extend_from_slice(b"null"),
    }
}

/// As serde_json writes an `f64`: `null` when not finite.
fn f64_value(out: &mut Vec<u8>, v: f64) {
    if v.is_finite() {
        // Writing to a Vec cannot fail.
        let _ = CompactFormatter.write_f64(out, v);
    } else {
        out.extend_from_slice(b"null");
    }
}

fn i32_value(out: &mut Vec<u8>, v: i32) {
    let _ = CompactFormatter.write_i32(out, v);
}

fn usize_value(out: &mut Vec<u8>, v: usize) {
    let _ = CompactFormatter.write_u64(out, v as u64);
}

fn term(out: &mut Vec<u8>, t: Term) {
    out.extend_from_slice(b"{\"start\":");
    i32_value(out, t.start);
    out.extend_from_slice(b",\"end\":");
    i32_value(out, t.end);
    out.push(b'}');
}

fn span(out: &mut Vec<u8>, s: Span) {
    out.extend_from_slice(b"{\"start\":");
    usize_value(out, s.start);
    out.extend_from_slice(b",\"end\":");
    usize_value(out, s.end);
    out.push(b'}');
}

/// A JSON string: copied whole when no byte needs an escape, else left to
/// serde_json.
fn string(out: &mut Vec<u8>, s: &str) {
    if needs_escape(s.as_bytes()) {
        let _ = serde_json::to_writer(&mut *out, s);
    } else {
        out.reserve(s.len() + 2);
        out.push(b'"');
        out.extend_from_slice(s.as_bytes());
        out.push(b'"');
    }
}

/// Whether a byte of `bytes` is one JSON escapes: a control char, '"'
/// or '\\'. Sixteen bytes at a time, the last block padded with a byte
/// that needs none: a fixed-length loop the compiler turns into vector
/// compares.
fn needs_escape(bytes: &[u8]) -> bool {
    let mut blocks = bytes.chunks_exact(BLOCK);
    let any_block = blocks
        .by_ref()
        .filter_map(<[u8]>::first_chunk::<BLOCK>)
        .any(block_needs_escape);
    let rest = blocks.remainder();
    let mut last = [b' '; BLOCK];
    last[..rest.len()].copy_from_slice(rest);
    any_block || block_needs_escape(&last)
}

/// Bytes [`needs_escape`] tells at once.
const BLOCK: usize = 16;

#[inline(always)]
fn block_needs_escape(block: &[u8; BLOCK]) -> bool {
    let mut escaped = 0u8;
    for &b in block {
        escaped |= u8::from(b < 0x20) | u8::from(b == b'"') | u8::from(b == b'\\');
    }
    escaped != 0
}

#[cfg(test)]
mod tests {
    use super::*;
    use nghiquyet_core::{Bound, TargetReader};

    fn same(t: &Target) {
        let mut ours = Vec::new();
        write_target(&mut ours, t);
        let theirs = serde_json::to_vec(t).expect("a target serialises");
        assert_eq!(
            String::from_utf8_lossy(&ours),
            String::from_utf8_lossy(&theirs)
        );
    }

    #[test]
    fn a_byte_to_escape_is_found_wherever_it_sits() {
        for len in 0..40 {
            let plain = "ở".repeat(len / 2) + &"a".repeat(len % 2);
            assert!(!needs_escape(plain.as_bytes()), "{plain}");
            for at in 0..=plain.len() {
                if !plain.is_char_boundary(at) {
                    continue;
                }
                for c in ['"', '\\', '\n', '\u{1f}', '\u{0}'] {
                    let mut s = plain.clone();
                    s.insert(at, c);
                    assert!(needs_escape(s.as_bytes()), "{s:?}");
                }
            }
        }
    }

    #[test]
    fn every_field_as_serde_json_writes_it() {
        let text = "Đến năm 2030: tỷ lệ hộ nghèo giảm bình quân 1-1,5%/năm; 85% xã đạt chuẩn \
                    nông thôn mới. Nhiệm kỳ 2020-2025, thu ngân sách đạt 45.799/36.875 tỷ đồng; \
                    tăng 12% so với năm 2020. Phấn đấu 95% trở lên đảng viên hoàn thành tốt nhiệm vụ.";
        let targets: Vec<Target> = TargetReader::new(text).collect();
        assert!(targets.len() >= 4);
        for t in &targets {
            same(t);
        }
        // Every field set, hostile strings and numbers serde_json writes
        // its own way.
        let hostile = "\"q\" \\ \u{0}\u{8}\t\n\u{b}\u{c}\r\u{1f}\u{7f} ở/<>";
        let mut t = Target::new(0.1 + 0.2, Span::new(usize::MAX - 1, usize::MAX), hostile);
        for (value, max, achieved) in [
            (1e300, Some(-0.0), Some(f64::NAN)),
            (f64::INFINITY, Some(f64::NEG_INFINITY), Some(5e-324)),
            (20000.0, Some(1e16), Some(123456789.125)),
            (-7.5, None, None),
        ] {
            t.value = value;
            t.value_max = max;
            t.achieved = achieved;
            t.unit = Some(hostile.into());
            t.per = Some("năm".into());
            t.subject = Some(String::new());
            t.criterion = Some("\u{1}".into());
            t.baseline = Some("\\".into());
            t.deadline_year = Some(i32::MIN);
            t.term = Some(Term::new(-1, i32::MAX));
            for bound in Bound::ALL {
                t.bound = bound;
                same(&t);
            }
        }
    }
}
