//! The one error type of the crate.

use std::fmt;

/// What went wrong when reading input, and where.
///
/// ```
/// use nghiquyet_core::{parse_article_bytes, ErrorKind};
///
/// let err = parse_article_bytes(b"ok \xff bad").unwrap_err();
/// assert_eq!(err.kind(), &ErrorKind::InvalidUtf8);
/// assert_eq!(err.offset(), Some(3));
/// assert_eq!(err.to_string(), "invalid UTF-8 at byte 3");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{kind}{}", match offset { Some(o) => format!(" at byte {o}"), None => String::new() })]
pub struct Error {
    kind: ErrorKind,
    offset: Option<usize>,
}

/// The kinds of [`Error`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The input holds no text at all (empty or only white space).
    Empty,
    /// The input is not valid UTF-8.
    InvalidUtf8,
    /// The input looks binary: it holds NUL or other control bytes.
    Binary,
    /// A serialized value could not be read back.
    Invalid(String),
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ErrorKind::Empty => f.write_str("empty input: no text to read"),
            ErrorKind::InvalidUtf8 => f.write_str("invalid UTF-8"),
            ErrorKind::Binary => f.write_str("binary input: control byte"),
            ErrorKind::Invalid(why) => write!(f, "invalid value: {why}"),
        }
    }
}

impl Error {
    pub(crate) fn new(kind: ErrorKind, offset: Option<usize>) -> Self {
        Error { kind, offset }
    }

    /// What kind of problem this is.
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }

    /// The byte offset in the input where the problem is, when there is one.
    pub fn offset(&self) -> Option<usize> {
        self.offset
    }
}
