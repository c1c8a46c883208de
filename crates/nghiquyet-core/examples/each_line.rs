//! What `nghiquyet targets --each-line FILE` writes, without the rest of
//! the binary: one JSON array of targets per line of a UTF-8 file. Used to
//! profile the reader (`valgrind --tool=callgrind`) and to check that a
//! change to it keeps the output byte for byte.
//!
//!     cargo run --release -p nghiquyet-core --example each_line -- FILE

use std::io::Write;

use nghiquyet_core::{TargetReader, is_normalized, normalize};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args().nth(1).ok_or("usage: each_line FILE")?;
    let text = std::fs::read_to_string(&path)?;
    let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    // Canonical lines are read in place by one reader, as the command does.
    let mut shared = TargetReader::new("");
    for line in text.lines() {
        if is_normalized(line) {
            shared.reset(line);
            write_array(&mut out, &mut shared)?;
        } else {
            write_array(&mut out, &mut TargetReader::new(&normalize(line)))?;
        }
    }
    out.flush()?;
    Ok(())
}

fn write_array(out: &mut impl Write, reader: &mut TargetReader<'_>) -> std::io::Result<()> {
    out.write_all(b"[")?;
    for (i, target) in reader.enumerate() {
        if i > 0 {
            out.write_all(b",")?;
        }
        serde_json::to_writer(&mut *out, &target)?;
    }
    out.write_all(b"]\n")
}
