//! `nghiquyet targets`: the targets of any text.

use std::io::{BufRead, Write};
use std::process::ExitCode;

use nghiquyet_core::{extract_targets, normalize};

use crate::args::TargetsArgs;
use crate::cmd::print_json;
use crate::input::Source;

pub fn run(args: &TargetsArgs) -> anyhow::Result<ExitCode> {
    let source = args
        .input
        .as_deref()
        .map_or(Source::Stdin, Source::from_arg);
    let text = match source.read_text() {
        Ok(text) => text,
        Err(e) => {
            tracing::error!("{e}");
            return Ok(ExitCode::FAILURE);
        }
    };
    if args.each_line {
        let mut out = std::io::BufWriter::new(std::io::stdout().lock());
        for line in text.as_bytes().lines() {
            let line = line?;
            // Spans point into the normalised line, the text the targets hold.
            let targets = extract_targets(&normalize(&line));
            serde_json::to_writer(&mut out, &targets)?;
            out.write_all(b"\n")?;
        }
        out.flush()?;
    } else {
        print_json(&extract_targets(&normalize(&text)), args.pretty)?;
    }
    Ok(ExitCode::SUCCESS)
}
