//! Scheduled email digests of new resolutions.
//!
//! - [`render`](Renderer): a digest of [`Article`](nghiquyet_core::Article)s
//!   as a subject, HTML and plain text, in Vietnamese or English. Always
//!   built: with `default-features = false` the crate needs only the core,
//!   handlebars, serde and url.
//! - With the default `service` feature, modules with one job each, whose
//!   imports point one way (the service over the others):
//!   - `subscriber`: [`Subscriber`], [`Filter`], address and name checks;
//!   - `schedule`: crontab [`Schedule`]s in IANA zones;
//!   - `message`: the [`Composer`]: bodies shared by content, per-recipient
//!     parts, MIME, DKIM;
//!   - `transport`: SMTP with a timeout on every step, an outbox, a stub;
//!     the one classifier of failures ([`classify`], [`Fault`]);
//!   - `service`: the passes ([`Service`]) over a [`Store`]
//!     (`nghiquyet-store`, SQLite first), and `scheduler`: [`run`].
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

mod english;
mod error;
mod render;

pub use english::{format_en, gloss_subject};
pub use error::{Error, Fault};
pub use render::{Lang, RenderOptions, RenderedDigest, Renderer, TEMPLATE_FILES, render_digest};

#[cfg(feature = "service")]
mod message;
#[cfg(feature = "service")]
mod schedule;
#[cfg(feature = "service")]
mod scheduler;
#[cfg(feature = "service")]
mod service;
#[cfg(feature = "service")]
mod stop;
#[cfg(feature = "service")]
mod subscriber;
#[cfg(feature = "service")]
mod throttle;
#[cfg(feature = "service")]
mod transport;

#[cfg(feature = "service")]
pub use message::{Body, Composer, DkimSettings, MailSettings, Parts};
#[cfg(feature = "service")]
pub use nghiquyet_store::{
    DigestRecord, DigestStatus, IngestOutcome, SqliteStore, Store, SubscriberStatus, Unsubscribe,
};
#[cfg(feature = "service")]
pub use schedule::{Schedule, parse_tz};
#[cfg(feature = "service")]
pub use scheduler::{Clock, RunOptions, run};
#[cfg(feature = "service")]
pub use service::{Options, Outcome, RetryPolicy, SendReport, Service, backoff, new_articles};
#[cfg(feature = "service")]
pub use stop::Stop;
#[cfg(feature = "service")]
pub use subscriber::{Filter, NewSubscriber, Subscriber, check_name, normalize_address};
#[cfg(feature = "service")]
pub use throttle::Rate;
#[cfg(feature = "service")]
pub use transport::{CONNECTIONS, Session, Step, Transport, classify, classify_timeout};
