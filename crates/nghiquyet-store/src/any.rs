//! A store chosen at run time by its address: an SQLite file, or (with the
//! `postgres` feature) a PostgreSQL URL. The service is generic over
//! [`Store`]; a command line that takes `--db` opens this.

use chrono::{DateTime, Utc};
use nghiquyet_core::Article;

#[cfg(feature = "postgres")]
use crate::PostgresStore;
use crate::{
    Allowance, BodyRecord, Claimed, Counts, DigestRecord, DigestStatus, Error, Feed, FeedPoll,
    FeedStore, FreezeBatch, Frozen, IngestOutcome, NewFeed, Pruned, Record, SenderId, SqliteStore,
    Store, StoredArticle, SubscriberRecord, SubscriberSettings, Unsubscribe, WebArticle,
    WebIngested, WebSource,
};

/// Where a store lives, as an address names it.
///
/// `postgres://…` and `postgresql://…` name a PostgreSQL database;
/// `sqlite:PATH` and any other text name an SQLite file.
///
/// ```
/// use nghiquyet_store::Address;
///
/// assert_eq!(Address::parse("sqlite:a.db"), Address::Sqlite("a.db".into()));
/// assert_eq!(Address::parse("./nghiquyet.db"), Address::Sqlite("./nghiquyet.db".into()));
/// assert!(matches!(Address::parse("postgres://u@h/db"), Address::Postgres(_)));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Address {
    /// The path of an SQLite file.
    Sqlite(std::path::PathBuf),
    /// A PostgreSQL URL.
    Postgres(String),
}

impl Address {
    /// Reads an address.
    pub fn parse(s: &str) -> Self {
        if s.starts_with("postgres://") || s.starts_with("postgresql://") {
            Address::Postgres(s.to_string())
        } else {
            Address::Sqlite(s.strip_prefix("sqlite:").unwrap_or(s).into())
        }
    }
}

/// The SQLite or the PostgreSQL store, as the address said.
///
/// ```
/// use nghiquyet_store::{AnyStore, Store};
///
/// let dir = tempfile::tempdir()?;
/// let rt = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
/// let path = dir.path().join("x.db");
/// let store = rt.block_on(AnyStore::open(path.to_str().unwrap()))?;
/// assert!(matches!(store, AnyStore::Sqlite(_)));
/// assert_eq!(rt.block_on(store.article_count())?, 0);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum AnyStore {
    /// An SQLite file.
    Sqlite(SqliteStore),
    /// A PostgreSQL database.
    #[cfg(feature = "postgres")]
    Postgres(PostgresStore),
}

impl AnyStore {
    /// Opens the store at `address` (see [`Address`]). A PostgreSQL
    /// address needs a tokio runtime with I/O and time enabled, which must
    /// keep running while the store is used.
    pub async fn open(address: &str) -> Result<Self, Error> {
        match Address::parse(address) {
            Address::Sqlite(path) => Ok(AnyStore::Sqlite(SqliteStore::open(&path)?)),
            #[cfg(feature = "postgres")]
            Address::Postgres(url) => Ok(AnyStore::Postgres(PostgresStore::open(&url).await?)),
            #[cfg(not(feature = "postgres"))]
            Address::Postgres(_) => Err(Error::Address(
                "this build has no PostgreSQL support (the store crate's `postgres` feature)"
                    .into(),
            )),
        }
    }
}

/// Calls the same method on whichever store it is.
macro_rules! each {
    ($self:ident, $s:ident => $call:expr) => {
        match $self {
            AnyStore::Sqlite($s) => $call.await,
            #[cfg(feature = "postgres")]
            AnyStore::Postgres($s) => $call.await,
        }
    };
}

impl Store for AnyStore {
    async fn ingest(&self, article: Article, now: DateTime<Utc>) -> Result<IngestOutcome, Error> {
        each!(self, s => s.ingest(article, now))
    }

    async fn article_count(&self) -> Result<i64, Error> {
        each!(self, s => s.article_count())
    }

    async fn articles_after(&self, seq: i64, limit: usize) -> Result<Vec<StoredArticle>, Error> {
        each!(self, s => s.articles_after(seq, limit))
    }

    async fn subscribe(
        &self,
        settings: SubscriberSettings,
        now: DateTime<Utc>,
    ) -> Result<SubscriberRecord, Error> {
        each!(self, s => s.subscribe(settings, now))
    }

    async fn unsubscribe(&self, who: Unsubscribe, erase: bool) -> Result<bool, Error> {
        each!(self, s => s.unsubscribe(who, erase))
    }

    async fn subscribers(
        &self,
        after_id: i64,
        limit: usize,
    ) -> Result<Vec<SubscriberRecord>, Error> {
        each!(self, s => s.subscribers(after_id, limit))
    }

    async fn subscriber(&self, email: String) -> Result<Option<SubscriberRecord>, Error> {
        each!(self, s => s.subscriber(email))
    }

    async fn data_version(&self) -> Result<i64, Error> {
        each!(self, s => s.data_version())
    }

    async fn freeze(&self, batch: FreezeBatch) -> Result<Frozen, Error> {
        each!(self, s => s.freeze(batch))
    }

    async fn hold(
        &self,
        subscriber_id: i64,
        until: DateTime<Utc>,
        error: String,
    ) -> Result<(), Error> {
        each!(self, s => s.hold(subscriber_id, until, error))
    }

    async fn begin_pass(&self) -> Result<SenderId, Error> {
        each!(self, s => s.begin_pass())
    }

    async fn heartbeat(&self, sender: &SenderId) -> Result<(), Error> {
        each!(self, s => s.heartbeat(sender))
    }

    async fn end_pass(&self, sender: SenderId) -> Result<(), Error> {
        each!(self, s => s.end_pass(sender))
    }

    async fn claim(
        &self,
        sender: &SenderId,
        now: DateTime<Utc>,
        limit: usize,
    ) -> Result<Vec<Claimed>, Error> {
        each!(self, s => s.claim(sender, now, limit))
    }

    async fn still_mine(&self, sender: &SenderId, digest_id: i64) -> Result<bool, Error> {
        each!(self, s => s.still_mine(sender, digest_id))
    }

    async fn bodies(&self, hashes: Vec<String>) -> Result<Vec<BodyRecord>, Error> {
        each!(self, s => s.bodies(hashes))
    }

    async fn record(&self, sender: &SenderId, records: Vec<Record>) -> Result<(), Error> {
        each!(self, s => s.record(sender, records))
    }

    async fn counts(&self, sender: &SenderId) -> Result<Counts, Error> {
        each!(self, s => s.counts(sender))
    }

    async fn digests(
        &self,
        status: Option<DigestStatus>,
        limit: usize,
    ) -> Result<Vec<DigestRecord>, Error> {
        each!(self, s => s.digests(status, limit))
    }

    async fn next_attempt(&self, now: DateTime<Utc>) -> Result<Option<DateTime<Utc>>, Error> {
        each!(self, s => s.next_attempt(now))
    }

    async fn take_sends(
        &self,
        relay: String,
        per_second: f64,
        want: u32,
    ) -> Result<Allowance, Error> {
        each!(self, s => s.take_sends(relay, per_second, want))
    }

    async fn request(
        &self,
        settings: SubscriberSettings,
        now: DateTime<Utc>,
    ) -> Result<SubscriberRecord, Error> {
        each!(self, s => s.request(settings, now))
    }

    async fn confirm(
        &self,
        token: String,
        asked_since: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> Result<Option<SubscriberRecord>, Error> {
        each!(self, s => s.confirm(token, asked_since, now))
    }

    async fn subscriber_by_token(&self, token: String) -> Result<Option<SubscriberRecord>, Error> {
        each!(self, s => s.subscriber_by_token(token))
    }

    async fn expire_pending(&self, before: DateTime<Utc>) -> Result<usize, Error> {
        each!(self, s => s.expire_pending(before))
    }

    async fn status_counts(&self) -> Result<crate::StatusCounts, Error> {
        each!(self, s => s.status_counts())
    }

    async fn import(
        &self,
        batch: Vec<SubscriberSettings>,
        now: DateTime<Utc>,
    ) -> Result<usize, Error> {
        each!(self, s => s.import(batch, now))
    }

    async fn prune_sent(&self, before: DateTime<Utc>) -> Result<Pruned, Error> {
        each!(self, s => s.prune_sent(before))
    }
}

impl FeedStore for AnyStore {
    async fn add_feed(&self, feed: NewFeed, now: DateTime<Utc>) -> Result<bool, Error> {
        each!(self, s => s.add_feed(feed, now))
    }

    async fn remove_feed(&self, url: String) -> Result<bool, Error> {
        each!(self, s => s.remove_feed(url))
    }

    async fn feeds(&self) -> Result<Vec<Feed>, Error> {
        each!(self, s => s.feeds())
    }

    async fn feed_polled(&self, poll: FeedPoll, now: DateTime<Utc>) -> Result<(), Error> {
        each!(self, s => s.feed_polled(poll, now))
    }

    async fn web_source(&self, url: String) -> Result<Option<WebSource>, Error> {
        each!(self, s => s.web_source(url))
    }

    async fn ingest_web(&self, web: WebArticle, now: DateTime<Utc>) -> Result<WebIngested, Error> {
        each!(self, s => s.ingest_web(web, now))
    }
}
