//! The Rust side of `bench/bench.py`: times `nghiquyet_core::parse_article`
//! on the text of a file, to compare with the same call from Python.
//!
//! ```text
//! cargo run --release -p nghiquyet-python --example parse_timing -- ARTICLE.txt [ITERATIONS]
//! ```
//!
//! Prints one JSON line: `{"ns_per_call": ..., "iterations": ..., "bytes": ...}`,
//! the best of five rounds.

use std::hint::black_box;
use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let path = args
        .next()
        .ok_or("usage: parse_timing ARTICLE.txt [ITERATIONS]")?;
    let iterations: u32 = match args.next() {
        Some(n) => n.parse()?,
        None => 2000,
    };
    let text = std::fs::read_to_string(&path)?;
    // Warm up caches and the allocator.
    for _ in 0..iterations / 10 + 1 {
        black_box(nghiquyet_core::parse_article(black_box(&text))?);
    }
    let mut best = f64::INFINITY;
    for _ in 0..5 {
        let start = Instant::now();
        for _ in 0..iterations {
            black_box(nghiquyet_core::parse_article(black_box(&text))?);
        }
        let ns = start.elapsed().as_secs_f64() * 1e9 / f64::from(iterations);
        best = best.min(ns);
    }
    println!(
        "{{\"ns_per_call\": {best:.0}, \"iterations\": {iterations}, \"bytes\": {}}}",
        text.len()
    );
    Ok(())
}
