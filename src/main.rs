//! The `nghiquyet` command: parse resolution articles, extract their targets.

mod args;
mod cmd;
mod config;
mod input;
mod logging;
mod output;

use std::process::ExitCode;

use clap::FromArgMatches;

fn main() -> ExitCode {
    let argv: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let command = match config::command(&argv) {
        Ok(c) => c,
        Err(err) => {
            eprintln!("nghiquyet: {err:#}");
            return ExitCode::FAILURE;
        }
    };
    let args = match args::Cli::from_arg_matches(&command.get_matches_from(argv)) {
        Ok(a) => a,
        Err(e) => e.exit(),
    };
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
