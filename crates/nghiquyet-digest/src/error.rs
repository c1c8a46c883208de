//! The one error type of the crate.

/// What went wrong in the digest service.
///
/// Messages are lowercase and carry what they are about. Sending failures are
/// classified for the retry policy with [`Error::is_transient`] and
/// [`Error::is_permanent`].
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A language other than "vi" or "en".
    #[error("unknown language {0:?}: expected \"vi\" or \"en\"")]
    Lang(String),
    /// A template that does not compile or render.
    #[error("template {name}: {message}")]
    Template {
        /// The template's name.
        name: String,
        /// What the template engine said.
        message: String,
    },
    /// A file that could not be read or written.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// The I/O error.
        source: std::io::Error,
    },
    /// A schedule that is not a five-field crontab line or an `@` name.
    #[cfg(feature = "service")]
    #[error("invalid schedule {spec:?}: {message}")]
    Schedule {
        /// The schedule as given.
        spec: String,
        /// What is wrong with it.
        message: String,
    },
    /// A time zone that is not an IANA name.
    #[cfg(feature = "service")]
    #[error("unknown time zone {0:?}: expected an IANA name such as \"Asia/Ho_Chi_Minh\"")]
    TimeZone(String),
    /// An email address that does not parse.
    #[cfg(feature = "service")]
    #[error("invalid email address {address:?}: {message}")]
    Address {
        /// The address as given.
        address: String,
        /// What is wrong with it.
        message: String,
    },
    /// A subscriber that is not in the store.
    #[cfg(feature = "service")]
    #[error("no subscriber {0:?}")]
    NoSubscriber(String),
    /// A store (SQLite) failure.
    #[cfg(feature = "service")]
    #[error("store: {0}")]
    Store(#[from] rusqlite::Error),
    /// A stored record that does not decode.
    #[cfg(feature = "service")]
    #[error("store: corrupt record: {0}")]
    Corrupt(String),
    /// An invalid mail setting (SMTP URL, From address, DKIM key).
    #[cfg(feature = "service")]
    #[error("mail settings: {0}")]
    Config(String),
    /// A message the mail server did not accept.
    #[cfg(feature = "service")]
    #[error("sending to {recipient}: {message}")]
    Send {
        /// The recipient.
        recipient: String,
        /// What the server or the connection said (never credentials).
        message: String,
        /// Whether trying again later may succeed (4xx, connection errors, timeouts).
        transient: bool,
    },
}

impl Error {
    /// Whether trying again later may succeed: a 4xx reply, a lost
    /// connection or a timeout.
    ///
    /// ```
    /// assert!(!nghiquyet_digest::Error::Lang("fr".into()).is_transient());
    /// ```
    pub fn is_transient(&self) -> bool {
        match self {
            #[cfg(feature = "service")]
            Error::Send { transient, .. } => *transient,
            _ => false,
        }
    }

    /// Whether the failure will not go away by itself: a 5xx reply or any
    /// non-sending error.
    ///
    /// ```
    /// assert!(nghiquyet_digest::Error::Lang("fr".into()).is_permanent());
    /// ```
    pub fn is_permanent(&self) -> bool {
        !self.is_transient()
    }

    pub(crate) fn io(path: impl AsRef<std::path::Path>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.as_ref().display().to_string(),
            source,
        }
    }
}
