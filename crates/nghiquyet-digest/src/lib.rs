//! Scheduled email digests of new resolutions.
//!
//! - [`render`](Renderer): a digest of [`Article`](nghiquyet_core::Article)s
//!   as a subject, HTML and plain text, in Vietnamese or English. Always
//!   built: with `default-features = false` the crate needs only the core,
//!   handlebars and serde.
//! - With the default `service` feature: the SQLite [`Store`] (articles,
//!   subscribers, digests), crontab [`Schedule`]s in IANA zones, the
//!   [`Mailer`] (SMTP or an outbox folder) and the scheduler [`run`].
//!
//! ```
//! use nghiquyet_digest::{render_digest, Lang};
//!
//! let article = nghiquyet_core::parse_article(
//!     "Tỉnh Mẫu:\nĐại hội\nCập nhật: Thứ Hai 12/10/2020 - 08:00\n\
//!      Nhiệm kỳ 2020-2025, phấn đấu 95% trở lên đảng viên hoàn thành tốt nhiệm vụ.\nMai Anh",
//! )?;
//! let digest = render_digest(&[article], Lang::Vi)?;
//! assert!(digest.text.contains("Đại hội"));
//! assert!(digest.html.contains("<table"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
#![deny(missing_docs)]

mod error;
mod render;

pub use error::Error;
pub use render::{Lang, RenderOptions, RenderedDigest, Renderer, TEMPLATE_FILES, render_digest};

#[cfg(feature = "service")]
mod schedule;
#[cfg(feature = "service")]
pub use schedule::{Schedule, parse_tz};
#[cfg(feature = "service")]
mod store;
#[cfg(feature = "service")]
pub use store::{
    Digest, DigestStatus, Feed, Filter, Frozen, IngestOutcome, NewFeed, NewSubscriber, Store,
    Subscriber, WebSource,
};
#[cfg(feature = "service")]
mod mail;
#[cfg(feature = "service")]
pub use mail::{
    Composer, DkimSettings, MailSettings, Mailer, RetryPolicy, Sent, normalize_address,
    outbox_file_name,
};
#[cfg(feature = "service")]
mod service;
#[cfg(feature = "service")]
pub use service::{CONCURRENCY, Clock, Outcome, RunOptions, SendReport, Service, run};
