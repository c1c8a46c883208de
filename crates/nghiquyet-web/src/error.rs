//! The one error type of the crate.

/// What went wrong in the web front door.
///
/// ```
/// let e = nghiquyet_web::Error::Io("address in use".into());
/// assert_eq!(e.to_string(), "web: address in use");
/// ```
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The listener failed.
    #[error("web: {0}")]
    Io(String),
    /// A page template that does not compile or render.
    #[error("web: template {name}: {message}")]
    Template {
        /// The template.
        name: String,
        /// What was wrong.
        message: String,
    },
    /// No randomness for keys.
    #[error("web: no randomness: {0}")]
    Random(String),
    /// The store or the mailer failed.
    #[error(transparent)]
    Digest(#[from] nghiquyet_digest::Error),
    /// The store failed.
    #[error(transparent)]
    Store(#[from] nghiquyet_store::Error),
}
