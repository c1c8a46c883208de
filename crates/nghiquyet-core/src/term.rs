//! Terms of office (*nhiệm kỳ*) and plan periods (*giai đoạn*).

use serde::{Deserialize, Serialize};

use crate::Span;
use crate::lexicon::{COUNCIL_TERM, TERM_AFTER_YEAR, TERM_CONTEXTS, TERM_OF_OFFICE, TERM_TO};
use crate::normalize::fold;

/// A term or period, from `start` to `end` year ("nhiệm kỳ 2020-2025").
///
/// ```
/// use nghiquyet_core::Term;
///
/// let term = Term::new(2020, 2025);
/// assert_eq!(term.to_string(), "2020-2025");
/// assert!(term.contains(2023));
/// ```
///
/// A term is its two years and nothing more, so `Term` stays exhaustive:
/// `Term { start, end }` works as well as [`Term::new`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Term {
    /// First year.
    pub start: i32,
    /// Last year.
    pub end: i32,
}

impl Term {
    /// The term from `start` to `end`.
    pub fn new(start: i32, end: i32) -> Self {
        Term { start, end }
    }

    /// Whether `year` falls within the term.
    pub fn contains(&self, year: i32) -> bool {
        (self.start..=self.end).contains(&year)
    }
}

impl std::fmt::Display for Term {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}-{}", self.start, self.end)
    }
}

/// Every term named in `text`, in order, with the span of its mention.
///
/// Recognises "nhiệm kỳ 2020-2025", "nhiệm kỳ 2020 – 2025", "giai đoạn
/// 2021-2025", "thời kỳ 2021 - 2030", "5 năm (2025 - 2030)" and
/// "khóa XV, 2020-2025"-style pairs of plausible years (end after start, at
/// most ten years apart).
///
/// ```
/// use nghiquyet_core::{find_terms, Term};
///
/// let found = find_terms("Khép lại nhiệm kỳ 2015-2020, sang giai đoạn 2021 – 2025");
/// let terms: Vec<Term> = found.iter().map(|(t, _)| *t).collect();
/// assert_eq!(terms, [Term::new(2015, 2020), Term::new(2021, 2025)]);
/// ```
pub fn find_terms(text: &str) -> Vec<(Term, Span)> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    while i + 4 <= bytes.len() {
        // Most bytes are no digit: skip to the next run of digits.
        if !bytes[i].is_ascii_digit() {
            match next_digit(bytes, i) {
                Some(d) => i = d,
                None => break,
            }
            continue;
        }
        if let Some((start, a_end)) = year_at(bytes, i) {
            // separator: spaces, '-', '–', '—', "đến"
            let mut j = a_end;
            j = skip_spaces(text, j);
            let after_sep = if text[j..].starts_with('-') {
                Some(j + 1)
            } else if text[j..].starts_with('–') || text[j..].starts_with('—') {
                Some(j + '–'.len_utf8())
            } else if text[j..].starts_with(TERM_TO) {
                Some(j + TERM_TO.len())
            } else {
                None
            };
            if let Some(k) = after_sep {
                let k = skip_spaces(text, k);
                if let Some((end, b_end)) = year_at(bytes, k)
                    && end > start
                    && end - start <= 10
                    && is_term_context(text, i)
                {
                    out.push((Term::new(start, end), Span::new(i, b_end)));
                    i = b_end;
                    continue;
                }
            }
            i = a_end;
            continue;
        }
        // The rest of this run of digits starts no year.
        i += bytes[i..].iter().take_while(|b| b.is_ascii_digit()).count();
    }
    out
}

/// The first ASCII digit at or after byte `i`, eight bytes at a time: the
/// reader looks for terms in every line that states a quantity.
fn next_digit(bytes: &[u8], mut i: usize) -> Option<usize> {
    const ONES: u64 = u64::from_le_bytes([0x01; 8]);
    const HIGH: u64 = u64::from_le_bytes([0x80; 8]);
    const ZERO: u64 = u64::from_le_bytes([b'0'; 8]);
    while let Some(chunk) = bytes.get(i..).and_then(|rest| rest.first_chunk::<8>()) {
        // A digit is a byte below 10 once '0' is xored out; a borrow may
        // flag bytes after the first one, never before it.
        let x = u64::from_le_bytes(*chunk) ^ ZERO;
        let found = x.wrapping_sub(10 * ONES) & !x & HIGH;
        if found != 0 {
            return Some(i + (found.trailing_zeros() / 8) as usize);
        }
        i += 8;
    }
    let rest = bytes.get(i..)?;
    rest.iter().position(u8::is_ascii_digit).map(|d| i + d)
}

/// Whether the term at `span` is a term of office ("nhiệm kỳ 2020-2025",
/// "khóa XVII, 2021-2026") rather than a plan period ("giai đoạn 2021-2025").
pub(crate) fn is_term_of_office(text: &str, span: Span) -> bool {
    let mut from = span.start.saturating_sub(24);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let before = fold(&text[from..span.start]);
    let before = before.trim_end_matches([' ', '(', ',', ':']);
    before.ends_with(TERM_OF_OFFICE) || before.rsplit(' ').nth(1) == Some(COUNCIL_TERM)
}

/// A four-digit year from 1900 to 2199 starting at byte `i`, not glued to other digits.
fn year_at(bytes: &[u8], i: usize) -> Option<(i32, usize)> {
    if i + 4 > bytes.len() || (i > 0 && bytes[i - 1].is_ascii_digit()) {
        return None;
    }
    let digits = &bytes[i..i + 4];
    if !digits.iter().all(u8::is_ascii_digit) || bytes.get(i + 4).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let year = digits
        .iter()
        .fold(0i32, |acc, d| acc * 10 + i32::from(d - b'0'));
    (1900..2200).contains(&year).then_some((year, i + 4))
}

fn skip_spaces(text: &str, mut j: usize) -> usize {
    while let Some(c) = text[j..].chars().next() {
        if c == ' ' || c == '\u{a0}' {
            j += c.len_utf8();
        } else {
            break;
        }
    }
    j
}

/// Whether the words before a year pair make it a term or period rather
/// than, say, two unrelated years.
fn is_term_context(text: &str, at: usize) -> bool {
    let mut from = at.saturating_sub(40);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let before = fold(&text[from..at]);
    let before = before.trim_end_matches([' ', '(', ',']);
    TERM_CONTEXTS.iter().any(|w| before.ends_with(w))
        || before.ends_with(TERM_AFTER_YEAR)
        || before.chars().last().is_none_or(|c| !c.is_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_digit_skip_finds_the_first_digit() {
        for text in [
            "",
            "9",
            "abc",
            "abcdefgh",
            "abcdefgh1",
            "nhiệm kỳ 2020",
            "x0123456789",
            "::::/:/9",
            "đạt 95%",
            "\u{0}\u{9}\u{a}0",
            "абвгдежзи7",
        ] {
            for from in 0..=text.len() {
                let want = text
                    .bytes()
                    .skip(from)
                    .position(|b| b.is_ascii_digit())
                    .map(|d| from + d);
                assert_eq!(
                    next_digit(text.as_bytes(), from),
                    want,
                    "{text:?} from {from}"
                );
            }
        }
    }
}
