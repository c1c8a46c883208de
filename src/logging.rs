//! Log lines on standard error through `tracing`: levels from `RUST_LOG`,
//! timestamps, text or JSON.

use tracing_subscriber::EnvFilter;

/// The levels when `RUST_LOG` is not set: what the program says about its
/// own work, and only warnings from the libraries under it.
const DEFAULT_FILTER: &str =
    "warn,nghiquyet=info,nghiquyet_digest=info,nghiquyet_store=info,nghiquyet_web=info";

/// Installs the subscriber; `json` writes one JSON object per line.
pub fn init(json: bool) {
    let filter =
        EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(DEFAULT_FILTER));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()));
    // A second init (tests) keeps the first.
    let _ = if json {
        builder.json().flatten_event(true).try_init()
    } else {
        builder.try_init()
    };
}
