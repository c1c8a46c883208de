//! `nghiquyet targets`: the targets of any text.
//!
//! Targets are written as the reader finds them, sentence by sentence: a
//! long text costs memory for its bytes and one sentence, not for all of
//! its targets.

mod json;

use std::io::Write;
use std::process::ExitCode;

use nghiquyet_core::{TargetReader, normalize, normalize_into};

use crate::args::TargetsArgs;
use crate::cmd::print_json;
use crate::input::Source;

pub fn run(args: &TargetsArgs) -> anyhow::Result<ExitCode> {
    let source = args
        .input
        .as_deref()
        .map_or(Source::Stdin, Source::from_arg);
    let bytes = match source.read() {
        Ok(bytes) => bytes,
        Err(e) => {
            tracing::error!("{e}");
            return Ok(ExitCode::FAILURE);
        }
    };
    let text = match source.check_text(&bytes) {
        Ok(text) => text,
        Err(e) => {
            tracing::error!("{e}");
            return Ok(ExitCode::FAILURE);
        }
    };
    let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    // Room for the JSON of the targets being written, kept from line to line.
    let mut json = Vec::with_capacity(CHUNK);
    if args.each_line {
        // One reader for every canonical line, read in place: a line then
        // costs neither a copy nor a reader's buffers.
        let mut shared = reader("", args);
        // The other lines are normalised into one buffer, read by a reader
        // recycled from line to line.
        let mut canonical = String::new();
        let mut spare = Some(reader("", args));
        // Split as `BufRead::lines` does: at "\n", dropping a "\r" before it.
        for line in text.lines() {
            // Spans point into the normalised line, the text the targets hold.
            if normalize_into(line, &mut canonical) {
                let mut on_line = match spare.take() {
                    Some(spare) => spare.recycle(&canonical),
                    None => reader(&canonical, args),
                };
                write_array(&mut out, &mut json, &mut on_line)?;
                spare = Some(on_line.recycle(""));
            } else {
                shared.reset(line);
                write_array(&mut out, &mut json, &mut shared)?;
            }
            json.push(b'\n');
            if json.len() >= CHUNK {
                out.write_all(&json)?;
                json.clear();
            }
        }
        out.write_all(&json)?;
    } else if args.pretty {
        let targets: Vec<_> = reader(&normalize(text), args).collect();
        drop(out);
        print_json(&targets, true)?;
        return Ok(ExitCode::SUCCESS);
    } else {
        let body = normalize(text);
        // Only the normalised text is read from here on.
        drop(bytes);
        write_array(&mut out, &mut json, &mut reader(&body, args))?;
        json.push(b'\n');
        out.write_all(&json)?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// The reader of `text`, dated when the command was given a date.
fn reader<'t>(text: &'t str, args: &TargetsArgs) -> TargetReader<'t> {
    let reader = TargetReader::new(text);
    match args.published {
        Some(date) => reader.published(date),
        None => reader,
    }
}

/// Bytes of JSON gathered before they are written: the targets of a line
/// go out in one write, and a long text's as they come.
const CHUNK: usize = 1 << 16;

/// Writes the targets as one JSON array, each as it comes, gathering them
/// in `json` after what it holds, and writing `json` out whenever it holds
/// a chunk: many small pieces go to a Vec faster than to a BufWriter, and
/// a chunk goes through the BufWriter without a copy. The caller writes
/// out what is left.
fn write_array(
    out: &mut impl Write,
    json: &mut Vec<u8>,
    targets: &mut TargetReader<'_>,
) -> anyhow::Result<()> {
    json.push(b'[');
    for (i, target) in targets.enumerate() {
        if i > 0 {
            json.push(b',');
        }
        json::write_target(json, &target);
        if json.len() >= CHUNK {
            out.write_all(json)?;
            json.clear();
        }
    }
    json.push(b']');
    Ok(())
}
