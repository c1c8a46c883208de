//! Throughput of `targets --each-line` work on article text, next to a
//! `memchr` scan of the same bytes (the floor any line reader pays).
//!
//! `cargo bench -p nghiquyet-core --bench targets`
//!
//! The text is made from the team's own articles (tests/data,
//! examples/articles): their paragraphs, one per line, repeated with the
//! digits varied so that no two rounds are the same, about 4 MB.

use std::hint::black_box;
use std::io::Write;

use criterion::{Criterion, Throughput, criterion_main};
use nghiquyet_core::{TargetReader, is_normalized, normalize};

const ARTICLES: &[&str] = &[
    include_str!("../../../tests/data/lam_son_congress.txt"),
    include_str!("../../../tests/data/ha_tay_council.txt"),
    include_str!("../../../tests/data/song_hong_congress.txt"),
    include_str!("../../../examples/articles/ha-giang-dai-hoi-xvii.txt"),
    include_str!("../../../examples/articles/huyen-mau-son-nghi-quyet-hdnd.txt"),
    include_str!("../../../examples/articles/khoi-doanh-nghiep-dai-hoi.txt"),
];

/// About `size` bytes of article paragraphs, one per line.
fn article_text(size: usize) -> String {
    let paragraphs: Vec<&str> = ARTICLES
        .iter()
        .flat_map(|a| a.lines())
        .filter(|l| l.len() >= 40)
        .collect();
    let mut out = String::with_capacity(size + 1024);
    let mut round = 0u32;
    while out.len() < size {
        for p in &paragraphs {
            // Shift every digit by the round: the same shapes, other numbers.
            out.extend(p.chars().map(|c| match c.to_digit(10) {
                Some(d) if !round.is_multiple_of(3) => {
                    char::from_digit((d + round) % 10, 10).unwrap_or(c)
                }
                _ => c,
            }));
            out.push('\n');
        }
        round += 1;
    }
    out
}

/// What `nghiquyet targets --each-line` does per line, writing to `out`.
fn each_line(text: &str, out: &mut impl Write) -> std::io::Result<()> {
    // Canonical lines are read in place by one reader, as the command does.
    let mut shared = TargetReader::new("");
    for line in text.lines() {
        if is_normalized(line) {
            shared.reset(line);
            write_array(out, &mut shared)?;
        } else {
            write_array(out, &mut TargetReader::new(&normalize(line)))?;
        }
    }
    Ok(())
}

fn write_array(out: &mut impl Write, reader: &mut TargetReader<'_>) -> std::io::Result<()> {
    out.write_all(b"[")?;
    for (i, t) in reader.enumerate() {
        if i > 0 {
            out.write_all(b",")?;
        }
        serde_json::to_writer(&mut *out, &t)?;
    }
    out.write_all(b"]\n")
}

fn targets(c: &mut Criterion) {
    let text = article_text(4 << 20);
    let mut group = c.benchmark_group("targets");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.sample_size(10);
    group.bench_function("memchr line scan", |b| {
        b.iter(|| memchr::memchr_iter(b'\n', black_box(text.as_bytes())).count())
    });
    group.bench_function("each line: normalize, read, write JSON", |b| {
        b.iter(|| each_line(black_box(&text), &mut std::io::sink()))
    });
    group.bench_function("each line: read only", |b| {
        b.iter(|| {
            let mut reader = TargetReader::new("");
            text.lines()
                .map(|l| {
                    reader.reset(black_box(l));
                    reader.by_ref().count()
                })
                .sum::<usize>()
        })
    });
    group.finish();
}

// criterion_group! makes an undocumented public function.
#[allow(missing_docs)]
mod group {
    criterion::criterion_group!(benches, super::targets);
}
use group::benches;
criterion_main!(benches);
