//! Command-line arguments.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

/// Follow the targets set in Vietnamese resolutions.
#[derive(Debug, Parser)]
#[command(name = "nghiquyet", version, about, long_about = None)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Read articles and print each as JSON (an array when several are given).
    Parse(ParseArgs),
    /// Print the targets of any text (an article or a fragment) as a JSON array.
    Targets(TargetsArgs),
}

/// Arguments of `nghiquyet parse`.
#[derive(Debug, clap::Args)]
pub struct ParseArgs {
    /// Article files; "-" (the default) reads standard input.
    #[arg(value_name = "FILE|-")]
    pub inputs: Vec<PathBuf>,
    /// Print one compact JSON object per line instead of an array.
    #[arg(long)]
    pub jsonl: bool,
    /// Print compact JSON instead of indented.
    #[arg(long, conflicts_with = "jsonl")]
    pub compact: bool,
    /// The source URL to record (only with one input).
    #[arg(long)]
    pub url: Option<String>,
}

/// Arguments of `nghiquyet targets`.
#[derive(Debug, clap::Args)]
pub struct TargetsArgs {
    /// The text to read; "-" (the default) reads standard input.
    #[arg(value_name = "FILE|-")]
    pub input: Option<PathBuf>,
    /// Read each input line as a separate text and print one JSON array per line, in order.
    #[arg(long)]
    pub each_line: bool,
    /// Print indented JSON (not with --each-line).
    #[arg(long, conflicts_with = "each_line")]
    pub pretty: bool,
}
