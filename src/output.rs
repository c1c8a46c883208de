//! Standard output: data and summaries written so that a closed pipe ends
//! the command quietly, and `--quiet` drops the summaries.

use std::io::Write;
use std::sync::atomic::{AtomicBool, Ordering};

static QUIET: AtomicBool = AtomicBool::new(false);

/// Drops the summaries from now on (`--quiet`).
pub fn set_quiet(quiet: bool) {
    QUIET.store(quiet, Ordering::Relaxed);
}

/// Whether `--quiet` was given.
pub fn is_quiet() -> bool {
    QUIET.load(Ordering::Relaxed)
}

/// Writes a line to standard output. A closed pipe comes back as an
/// `io::Error` of kind `BrokenPipe`, which `main` turns into status 0.
pub fn write_line(args: std::fmt::Arguments<'_>) -> std::io::Result<()> {
    let mut out = std::io::stdout().lock();
    out.write_fmt(args)?;
    out.write_all(b"\n")
}

/// Writes a summary line unless `--quiet` was given.
pub fn write_summary(args: std::fmt::Arguments<'_>) -> std::io::Result<()> {
    if is_quiet() {
        return Ok(());
    }
    write_line(args)
}

/// Whether an error is a closed standard output (`nghiquyet parse | head -1`).
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        e.downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
            || e.downcast_ref::<serde_json::Error>()
                .and_then(serde_json::Error::io_error_kind)
                == Some(std::io::ErrorKind::BrokenPipe)
    })
}

/// `outln!("...", args)`: a data line on standard output; `?` it.
macro_rules! outln {
    ($($arg:tt)*) => { $crate::output::write_line(format_args!($($arg)*)) };
}

/// `summary!("...", args)`: a summary line, dropped by `--quiet`; `?` it.
macro_rules! summary {
    ($($arg:tt)*) => { $crate::output::write_summary(format_args!($($arg)*)) };
}

pub(crate) use {outln, summary};
