//! Read Vietnamese news from the web: pages, feeds and the HTTP between.
//!
//! - [`read_page`] and [`read_html`] turn a news page into an
//!   [`Article`](nghiquyet_core::Article), through the same reader as the
//!   text form: title, kicker, times, author and body paragraphs, with the
//!   page's navigation, related boxes, comments, share bars, ads and footer
//!   left out.
//! - [`read_feed`] lists the items of an RSS 2.0, Atom or JSON feed, and
//!   [`read_listing`] the article links of a category page.
//! - [`Fetcher`] (feature `fetch`, on by default) gets pages and feeds
//!   politely: conditional requests, a delay per host, timeouts, a size cap
//!   and a redirect limit.
//! - [`fingerprint`] tells the same article under two URLs.
#![deny(missing_docs)]

mod charset;
mod error;
mod feed;
#[cfg(feature = "fetch")]
mod fetch;
mod fingerprint;
mod markup;
mod page;

pub use charset::decode_html;
pub use error::{Error, ErrorKind};
pub use feed::{FeedItem, read_feed, read_listing};
#[cfg(feature = "fetch")]
pub use fetch::{FetchSettings, Fetched, Fetcher, Validators};
pub use fingerprint::fingerprint;
pub use page::{read_html, read_page};
