//! The `nghiquyet` command: parse resolution articles, extract their targets.

mod args;
mod cmd;
mod input;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let args = args::Cli::parse();
    match cmd::run(args) {
        Ok(code) => code,
        Err(err) => {
            eprintln!("nghiquyet: {err:#}");
            ExitCode::FAILURE
        }
    }
}
