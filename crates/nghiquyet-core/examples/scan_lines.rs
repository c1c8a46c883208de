//! The reference for `scripts/bench-targets`: counts the lines of a file
//! with `memchr`, and prints the bytes, the seconds and MB/s of the scan.
//!
//!     cargo run --release -p nghiquyet-core --example scan_lines -- FILE

use std::time::Instant;

// A benchmark reads the clock; the library it sits beside does not.
#[allow(clippy::disallowed_methods)]
fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args().nth(1).ok_or("usage: scan_lines FILE")?;
    let bytes = std::fs::read(&path)?;
    let mut best = f64::INFINITY;
    let mut lines = 0;
    for _ in 0..5 {
        let start = Instant::now();
        lines = memchr::memchr_iter(b'\n', std::hint::black_box(&bytes)).count();
        best = best.min(start.elapsed().as_secs_f64());
    }
    println!(
        "memchr scan: {} bytes, {lines} lines, {best:.4} s, {:.0} MB/s",
        bytes.len(),
        bytes.len() as f64 / best / 1e6
    );
    Ok(())
}
