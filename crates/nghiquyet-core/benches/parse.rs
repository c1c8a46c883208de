//! Throughput of the reader: a whole article, and target extraction alone.
//!
//! `cargo bench -p nghiquyet-core --bench parse`

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_main};
use nghiquyet_core::{extract_targets, normalize, parse_article};

const ARTICLE: &str = include_str!("../../../tests/data/lam_son_congress.txt");
const COUNCIL: &str = include_str!("../../../tests/data/ha_tay_council.txt");

fn reader(c: &mut Criterion) {
    let mut group = c.benchmark_group("reader");
    for (name, text) in [
        ("district congress", ARTICLE),
        ("provincial council", COUNCIL),
    ] {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(format!("parse_article/{name}"), |b| {
            b.iter(|| parse_article(black_box(text)))
        });
        let body = normalize(text);
        group.bench_function(format!("extract_targets/{name}"), |b| {
            b.iter(|| extract_targets(black_box(&body)))
        });
        group.bench_function(format!("normalize/{name}"), |b| {
            b.iter(|| normalize(black_box(text)))
        });
    }
    // A long report: 50 paragraphs of targets and results.
    let long: String = std::iter::repeat_n(ARTICLE, 50)
        .collect::<Vec<_>>()
        .join("\n");
    group.throughput(Throughput::Bytes(long.len() as u64));
    group.bench_function("parse_article/50 articles in one", |b| {
        b.iter(|| parse_article(black_box(&long)))
    });
    group.finish();
}

// criterion_group! makes an undocumented public function.
#[allow(missing_docs)]
mod group {
    criterion::criterion_group!(benches, super::reader);
}
use group::benches;
criterion_main!(benches);
