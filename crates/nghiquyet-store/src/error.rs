//! The one error type of the crate.

/// What went wrong in the store.
///
/// ```
/// let e = nghiquyet_store::Error::Corrupt("digest status \"lost\"".into());
/// assert_eq!(e.to_string(), "store: corrupt record: digest status \"lost\"");
/// assert!(!e.is_busy());
/// ```
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// An SQLite failure (busy past the timeout, disk full, I/O).
    #[error("store: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// A PostgreSQL failure (the server unreachable, a lost connection, a
    /// statement refused).
    #[cfg(feature = "postgres")]
    #[error("store: {}", with_causes(.0))]
    Postgres(#[from] tokio_postgres::Error),
    /// No PostgreSQL connection from the pool (the server unreachable, or
    /// every connection busy past the wait).
    #[cfg(feature = "postgres")]
    #[error("store: no connection to PostgreSQL: {0}")]
    Pool(String),
    /// A store address that cannot be used.
    #[error("store: {0}")]
    Address(String),
    /// A move between stores that must not go on (a sender still running
    /// on the source, other data in the target).
    #[cfg(feature = "postgres")]
    #[error("store: cannot move: {0}")]
    Move(String),
    /// A stored record that does not decode.
    #[error("store: corrupt record: {0}")]
    Corrupt(String),
    /// A store written by a newer program.
    #[error("store: schema version {found} is newer than this program's {known}")]
    Newer {
        /// The version in the file.
        found: i64,
        /// The newest version this program knows.
        known: i64,
    },
    /// A file beside the store (the senders' lock files) that could not be used.
    #[error("store: {path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// The I/O error.
        source: std::io::Error,
    },
    /// The worker thread running a store call stopped (a panic or a runtime shutting down).
    #[error("store: the worker thread stopped: {0}")]
    Worker(String),
    /// No randomness for tokens and sender ids.
    #[error("store: no randomness: {0}")]
    Random(String),
}

impl Error {
    /// Whether the store was busy (locked by another process past the busy
    /// timeout; on PostgreSQL also a deadlock, a serialization failure or a
    /// lost connection): the same write may succeed a moment later.
    ///
    /// ```
    /// assert!(!nghiquyet_store::Error::Worker("gone".into()).is_busy());
    /// ```
    pub fn is_busy(&self) -> bool {
        match self {
            Error::Sqlite(e) => matches!(
                e.sqlite_error_code(),
                Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked)
            ),
            #[cfg(feature = "postgres")]
            Error::Postgres(e) => crate::postgres::is_transient(e),
            #[cfg(feature = "postgres")]
            Error::Pool(_) => true,
            _ => false,
        }
    }

    pub(crate) fn io(path: &std::path::Path, source: std::io::Error) -> Self {
        Error::Io {
            path: path.display().to_string(),
            source,
        }
    }
}

/// A PostgreSQL error with its causes, which its own message leaves out
/// ("db error", "error performing TLS handshake").
#[cfg(feature = "postgres")]
fn with_causes(e: &tokio_postgres::Error) -> String {
    let mut out = e.to_string();
    let mut cause = std::error::Error::source(e);
    while let Some(c) = cause {
        out.push_str(": ");
        out.push_str(&c.to_string());
        cause = c.source();
    }
    out
}
