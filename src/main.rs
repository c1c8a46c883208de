//! The `nghiquyet` command: parse resolution articles, extract their targets.

mod args;
mod cmd;
mod input;
mod logging;
mod output;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let args = args::Cli::parse();
    logging::init(args.log_format == "json");
    output::set_quiet(args.quiet);
    match cmd::run(args) {
        Ok(code) => code,
        // The reader went away (`nghiquyet parse ... | head -1`): nothing is wrong.
        Err(err) if output::is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("nghiquyet: {err:#}");
            ExitCode::FAILURE
        }
    }
}
