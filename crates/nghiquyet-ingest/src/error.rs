//! The crate's one error type.

use std::fmt;

/// What went wrong reading a page or a feed, and where.
///
/// ```
/// use nghiquyet_ingest::{Error, ErrorKind};
///
/// let e = Error::new(ErrorKind::NotHtml("image/png".into())).at("http://127.0.0.1/a.png");
/// assert_eq!(e.to_string(), "http://127.0.0.1/a.png: not a web page (content type image/png)");
/// assert!(!e.is_transient());
/// ```
#[derive(Debug, thiserror::Error)]
pub struct Error {
    kind: ErrorKind,
    url: Option<String>,
}

/// The kinds of [`Error`].
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The server could not be reached (refused, unknown host, connect timeout).
    #[error("cannot connect: {0}")]
    Connect(String),
    /// The whole request took longer than allowed.
    #[error("timed out after {0:?}")]
    Timeout(std::time::Duration),
    /// The server answered with an error status.
    #[error("HTTP status {0}")]
    Status(u16),
    /// More redirects than allowed, or a redirect loop.
    #[error("too many redirects: {0}")]
    Redirects(String),
    /// The response was larger than allowed.
    #[error("response larger than {0} bytes")]
    TooLarge(u64),
    /// Another network or protocol failure.
    #[error("HTTP failure: {0}")]
    Http(String),
    /// The response is not a web page (or not a feed).
    #[error("not a web page (content type {0})")]
    NotHtml(String),
    /// The declared charset is unknown.
    #[error("unknown charset {0:?}")]
    UnknownCharset(String),
    /// The bytes are not text in the declared (or guessed) charset.
    #[error("not valid {charset}: {errors} malformed byte sequences")]
    Undecodable {
        /// The charset the bytes were read in.
        charset: &'static str,
        /// How many malformed sequences were met.
        errors: usize,
    },
    /// The bytes are binary data (NUL bytes), not text in any charset.
    #[error("binary data, not text (NUL byte at {0})")]
    Binary(usize),
    /// The page holds no article text.
    #[error("no article text found")]
    NoArticle,
    /// The page lists other articles (headline links, each with its
    /// summary) rather than holding one: a section's page, not an article's.
    #[error(
        "a list of {0} articles, not an article: give the page of one of them, or add this one as a feed with `feeds add --links`"
    )]
    ListOfArticles(usize),
    /// The feed is not RSS, Atom or JSON Feed.
    #[error("malformed feed: {0}")]
    Feed(String),
    /// A CSS selector (of a listing page) does not parse.
    #[error("invalid CSS selector {0:?}")]
    Selector(String),
    /// A URL does not parse.
    #[error("invalid URL: {0}")]
    Url(String),
    /// The page nests its elements deeper than any real page, which would
    /// cost the HTML parser quadratic time.
    #[error("elements nested {depth} deep (at most {limit}): not a news page")]
    TooDeep {
        /// How deep the page nests.
        depth: usize,
        /// The deepest nesting read.
        limit: usize,
    },
}

impl Error {
    /// An error of this kind, with no URL yet.
    pub fn new(kind: ErrorKind) -> Self {
        Error { kind, url: None }
    }

    /// The same error, saying which URL (or file) it happened at.
    pub fn at(mut self, url: impl Into<String>) -> Self {
        self.url = Some(url.into());
        self
    }

    /// What went wrong.
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }

    /// The URL or file it happened at, when known.
    pub fn url(&self) -> Option<&str> {
        self.url.as_deref()
    }

    /// Whether trying again later may succeed: the network and the server's
    /// 5xx and 429 answers, not the content.
    pub fn is_transient(&self) -> bool {
        match &self.kind {
            ErrorKind::Connect(_) | ErrorKind::Timeout(_) | ErrorKind::Http(_) => true,
            ErrorKind::Status(s) => *s >= 500 || *s == 429,
            _ => false,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.url {
            Some(url) => write!(f, "{url}: {}", self.kind),
            None => write!(f, "{}", self.kind),
        }
    }
}

impl From<ErrorKind> for Error {
    fn from(kind: ErrorKind) -> Self {
        Error::new(kind)
    }
}
