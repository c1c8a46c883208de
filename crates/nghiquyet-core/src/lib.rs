//! The nghiquyet model and its Vietnamese reader.
//!
//! Provincial news portals report resolutions (*nghị quyết*) and the targets
//! (*chỉ tiêu*) they set. This crate turns such an article into a typed
//! [`Article`] holding the [`Resolution`]s it mentions and the [`Target`]s it
//! states, each with the exact [`Span`] of text it came from.
//!
//! The crate is pure: no I/O, no clock, no async. Everything it needs is in
//! its arguments.
//!
//! ```
//! use nghiquyet_core::{parse_article, Bound};
//!
//! let text = "Đảng bộ huyện Mẫu:\nĐại hội thành công\n\nCập nhật: Thứ Hai 12/10/2020 - 08:00\n\n\
//!             Nhiệm kỳ 2020-2025, Đảng bộ phấn đấu: 90% trở lên đảng viên hoàn thành tốt nhiệm vụ.\n\nMai Anh\n";
//! let article = parse_article(text)?;
//! assert_eq!(article.title.as_deref(), Some("Đại hội thành công"));
//! assert_eq!(article.author.as_deref(), Some("Mai Anh"));
//! let target = &article.targets[0];
//! assert_eq!((target.value, target.bound), (90.0, Bound::AtLeast));
//! assert_eq!(&article.body()[target.span.range()], target.text);
//! # Ok::<(), nghiquyet_core::Error>(())
//! ```
#![deny(missing_docs)]

mod article;
mod date;
mod error;
mod extract;
mod normalize;
mod number;
mod resolution;
mod span;
mod target;
mod term;

// The one place that holds Vietnamese words, for every module of the crate.
pub(crate) use extract::lexicon;

pub use article::{
    Article, ArticleParts, PARAGRAPH_SEPARATOR, is_byline, parse_article, parse_article_bytes,
};
pub use date::{parse_timestamp, resolve_date};
pub use error::{Error, ErrorKind};
pub use extract::{TargetReader, extract_targets};
pub use normalize::{fold, is_normalized, normalize, normalize_into};
pub use number::{
    Money, MoneyAmount, format_roman, parse_number, parse_number_words, parse_roman, read_money,
    read_number,
};
pub use resolution::{Resolution, complete_from_congresses, find_resolutions, implied_resolutions};
pub use span::Span;
pub use target::{Bound, Target};
pub use term::{Term, find_terms};

/// The README's examples, run as doctests so the README cannot go stale.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
