//! The subcommands.

mod parse;
mod targets;

use std::process::ExitCode;

use crate::args::{Cli, Command};

/// Runs the command line; the exit code is non-zero when any input failed.
pub fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Parse(args) => parse::run(&args),
        Command::Targets(args) => targets::run(&args),
    }
}

/// Writes `value` as JSON and a newline to standard output.
pub(crate) fn print_json<T: serde::Serialize>(value: &T, pretty: bool) -> anyhow::Result<()> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    if pretty {
        serde_json::to_writer_pretty(&mut out, value)?;
    } else {
        serde_json::to_writer(&mut out, value)?;
    }
    writeln!(out)?;
    Ok(())
}
