//! What `nghiquyet targets --each-line FILE` writes, without the rest of
//! the binary: one JSON array of targets per line of a UTF-8 file. Used to
//! profile the reader (`valgrind --tool=callgrind`) and to check that a
//! change to it keeps the output byte for byte.
//!
//!     cargo run --release -p nghiquyet-core --example each_line -- FILE

use std::io::Write;

use nghiquyet_core::{TargetReader, normalize};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args().nth(1).ok_or("usage: each_line FILE")?;
    let text = std::fs::read_to_string(&path)?;
    let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    for line in text.lines() {
        out.write_all(b"[")?;
        for (i, target) in TargetReader::new(&normalize(line)).enumerate() {
            if i > 0 {
                out.write_all(b",")?;
            }
            serde_json::to_writer(&mut out, &target)?;
        }
        out.write_all(b"]\n")?;
    }
    out.flush()?;
    Ok(())
}
