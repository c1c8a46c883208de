//! Rendering benchmarks: one digest, and 10,000 digests in a row.
//!
//! `cargo bench -p nghiquyet-digest --bench digest`

use std::hint::black_box;

use criterion::{Criterion, criterion_main};
use nghiquyet_core::Article;
use nghiquyet_digest::{Lang, RenderOptions, Renderer};

fn fixtures() -> Vec<Article> {
    [
        include_str!("../../../tests/data/digest/ha-giang.json"),
        include_str!("../../../tests/data/digest/khoi-doanh-nghiep.json"),
        include_str!("../../../tests/data/digest/mau-son.json"),
    ]
    .iter()
    .map(|s| serde_json::from_str(s).expect("a fixture article"))
    .collect()
}

fn render(c: &mut Criterion) {
    let articles = fixtures();
    let renderer = Renderer::new();
    let options = RenderOptions {
        recipient_name: Some("Nguyễn Văn An".into()),
        unsubscribe_url: Some(
            "https://nghiquyet.invalid/unsubscribe?token=0123456789abcdef".into(),
        ),
        date: Some("30/11/2026".into()),
    };
    c.bench_function("render one digest (3 articles, 16 targets, vi)", |b| {
        b.iter(|| renderer.render(black_box(&articles), Lang::Vi, &options))
    });
    let mut group = c.benchmark_group("batch");
    group.sample_size(10);
    group.bench_function("render 10,000 digests", |b| {
        b.iter(|| {
            for i in 0..10_000 {
                let lang = if i % 2 == 0 { Lang::Vi } else { Lang::En };
                black_box(
                    renderer
                        .render(&articles, lang, &options)
                        .expect("rendered"),
                );
            }
        })
    });
    group.finish();
}

#[allow(missing_docs)]
mod group {
    criterion::criterion_group!(benches, super::render);
}
use group::benches;
criterion_main!(benches);
