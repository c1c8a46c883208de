//! The one error type of the crate, and the one place that decides what is
//! retried ([`Error::fault`]).

/// What a failure means for the digest it happened to: the one
/// classification the service acts on.
///
/// ```
/// use nghiquyet_digest::{Error, Fault};
///
/// let e = Error::Send { recipient: "an@example.vn".into(), message: "451 try later".into(), fault: Fault::Transient };
/// assert_eq!(e.fault(), Fault::Transient);
/// assert_eq!(Error::Config("bad From".into()).fault(), Fault::Operator);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Fault {
    /// Nothing was delivered and trying again later may work (a 4xx reply,
    /// a connection lost or timed out before the end of the message): retry
    /// with backoff and jitter.
    Transient,
    /// The connection was lost or timed out after the message was sent,
    /// before the server's reply: it may have been delivered. Deferred to a
    /// later pass with backoff (never retried at once), with the same bytes
    /// and Message-ID.
    Ambiguous,
    /// The server refused this recipient or message for good (a 5xx reply
    /// to RCPT or to the message): recorded against that recipient only.
    Recipient,
    /// The operator must act (TLS trust, authentication, a bad From, a
    /// broken configuration or store): the pass stops with one clear error
    /// and the digests stay pending.
    Operator,
}

/// What went wrong in the digest service.
///
/// Messages are lowercase and carry what they are about.
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
    /// A display name with a control character (CR, LF, any C0 or C1 control).
    #[cfg(feature = "service")]
    #[error("invalid name {0:?}: control characters (line breaks, tabs) are not allowed")]
    Name(String),
    /// A subscriber that is not in the store.
    #[cfg(feature = "service")]
    #[error("no subscriber {0:?}")]
    NoSubscriber(String),
    /// A store failure.
    #[cfg(feature = "service")]
    #[error(transparent)]
    Store(#[from] nghiquyet_store::Error),
    /// An invalid mail setting (SMTP URL, From address, DKIM key).
    #[cfg(feature = "service")]
    #[error("mail settings: {0}")]
    Config(String),
    /// A message that could not be built.
    #[cfg(feature = "service")]
    #[error("building the message to {recipient}: {message}")]
    Message {
        /// The recipient.
        recipient: String,
        /// What was wrong.
        message: String,
    },
    /// A message the mail server did not take.
    #[cfg(feature = "service")]
    #[error("sending to {recipient}: {message}")]
    Send {
        /// The recipient.
        recipient: String,
        /// What the server or the connection said (never credentials).
        message: String,
        /// What it means for the digest.
        fault: Fault,
    },
}

impl Error {
    /// What the failure means for the digest: the one rule the service
    /// follows. A send failure carries its classification; a message that
    /// cannot be built concerns its recipient only; everything else (files,
    /// settings, the store) is the operator's to fix.
    ///
    /// ```
    /// use nghiquyet_digest::{Error, Fault};
    /// assert_eq!(Error::Lang("fr".into()).fault(), Fault::Operator);
    /// ```
    pub fn fault(&self) -> Fault {
        match self {
            #[cfg(feature = "service")]
            Error::Send { fault, .. } => *fault,
            #[cfg(feature = "service")]
            Error::Message { .. } | Error::Name(_) | Error::Address { .. } => Fault::Recipient,
            _ => Fault::Operator,
        }
    }

    /// Whether trying again later may succeed ([`Fault::Transient`] or
    /// [`Fault::Ambiguous`]).
    ///
    /// ```
    /// assert!(!nghiquyet_digest::Error::Lang("fr".into()).is_transient());
    /// ```
    pub fn is_transient(&self) -> bool {
        matches!(self.fault(), Fault::Transient | Fault::Ambiguous)
    }

    /// Whether the failure will not go away by itself ([`Fault::Recipient`]
    /// or [`Fault::Operator`]).
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
