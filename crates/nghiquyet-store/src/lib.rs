//! The ledger of the nghiquyet digest service: articles, subscribers,
//! digests and the claims senders hold on them, behind the async [`Store`]
//! trait, with SQLite ([`SqliteStore`]) as its first backend and, with the
//! `postgres` feature, PostgreSQL (`PostgresStore`) for many senders on many
//! machines.
//!
//! The store keeps plain records; the digest crate gives them meaning. Bodies
//! are stored once per content ([`BodyRecord`]), the per-recipient parts of
//! each digest apart ([`NewDigest`]).
//!
//! ```
//! use nghiquyet_store::{SqliteStore, Store, SubscriberSettings};
//!
//! let rt = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
//! let sub = rt.block_on(async {
//!     let store = SqliteStore::open_in_memory()?;
//!     let settings = SubscriberSettings {
//!         email: "an@example.vn".into(),
//!         schedule: "@daily".into(),
//!         tz: "UTC".into(),
//!         lang: "vi".into(),
//!         ..SubscriberSettings::default()
//!     };
//!     store.subscribe(settings, "2026-11-27T00:00:00Z".parse().unwrap()).await
//! })?;
//! assert_eq!(sub.token.len(), 32);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
#![deny(missing_docs)]

mod any;
mod error;
mod feeds;
mod ledger;
mod model;
#[cfg(feature = "postgres")]
mod postgres;
mod sqlite;
#[cfg(feature = "postgres")]
mod transfer;

pub use any::{Address, AnyStore};
pub use error::Error;
pub use feeds::{Feed, FeedPoll, FeedStore, NewFeed, WebArticle, WebIngested, WebSource};
pub use ledger::Store;
pub use model::{
    Advance, Allowance, BodyRecord, Claimed, Counts, DigestRecord, DigestStatus, FreezeBatch,
    Frozen, IngestOutcome, NewDigest, Outcome, Pruned, Record, SenderId, StatusCounts,
    StoredArticle, SubscriberRecord, SubscriberSettings, SubscriberStatus, Unsubscribe,
};
#[cfg(feature = "postgres")]
pub use postgres::PostgresStore;
pub use sqlite::{FileSpace, SqliteStore};
#[cfg(feature = "postgres")]
pub use transfer::{Moved, move_sqlite_to_postgres};

/// The most rows one transaction of [`Store::prune_sent`] changes: small
/// enough that a sender waiting for the write lock waits milliseconds.
///
/// ```
/// assert!(nghiquyet_store::PRUNE_BATCH >= 1);
/// ```
pub const PRUNE_BATCH: usize = 500;

#[cfg(test)]
mod suite;
