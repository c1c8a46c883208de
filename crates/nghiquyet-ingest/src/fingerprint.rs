//! A fingerprint of an article's text, to know it again under another URL.

use nghiquyet_core::{Article, fold};
use sha2::{Digest, Sha256};

/// The fingerprint of an article's body: its words, without case, marks,
/// punctuation or layout, hashed. Two copies of one article (a print
/// version, a syndicated copy, a URL with tracking parameters) give the
/// same fingerprint; a correction of a word gives another.
///
/// ```
/// use nghiquyet_core::parse_article;
/// use nghiquyet_ingest::fingerprint;
///
/// let a = parse_article("Tin:\nĐại hội\nMột đoạn, hai câu.\nĐoạn hai.")?;
/// let b = parse_article("Tin mới:\nĐẠI HỘI\nMột đoạn hai câu.\n\nđoạn  HAI")?;
/// assert_eq!(fingerprint(&a), fingerprint(&b));
/// # Ok::<(), nghiquyet_core::Error>(())
/// ```
pub fn fingerprint(article: &Article) -> String {
    let mut hasher = Sha256::new();
    for p in &article.paragraphs {
        for word in fold(p)
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
        {
            hasher.update(word.as_bytes());
            hasher.update(b" ");
        }
    }
    hasher.finalize()[..16]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}
