//! The PostgreSQL backend: one database shared by any number of senders on
//! any number of machines. Claims are taken with `FOR UPDATE SKIP LOCKED`
//! and timed on the database's clock (`now()`), never a worker's.

mod digests;
mod feeds;
mod liveness;
mod requests;
mod retention;
mod schema;
mod subscribers;
#[cfg(test)]
mod tests;
mod tls;

use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};
use deadpool_postgres::{Manager, ManagerConfig, Object, Pool, RecyclingMethod, Runtime};
use nghiquyet_core::Article;
use tokio_postgres::error::SqlState;

use crate::{
    BodyRecord, Claimed, Counts, DigestRecord, DigestStatus, Error, Feed, FeedPoll, FeedStore,
    FreezeBatch, Frozen, IngestOutcome, NewFeed, Pruned, Record, SenderId, Store, StoredArticle,
    SubscriberRecord, SubscriberSettings, Unsubscribe, WebArticle, WebIngested, WebSource,
};
use liveness::Liveness;

/// How long a claim lasts on the database's clock without a heartbeat. A
/// sender whose process dies loses its claims at once (its session's
/// advisory lock goes with its connection); the lease covers a sender that
/// hangs, or whose connection the database has not yet seen drop.
const LEASE_SECS: f64 = 120.0;

/// Connections per store handle (per process): the sends in flight record
/// their outcomes on them.
const POOL_SIZE: usize = 8;

/// How long a call waits for a free connection, and for a new one to open.
const POOL_WAIT: Duration = Duration::from_secs(30);

/// The first number of every advisory lock this crate takes (two-key form),
/// so that they do not meet another application's locks in the same
/// database: "nq".
pub(crate) const LOCK_SPACE: i32 = 0x6e71;

/// The PostgreSQL store, for senders on many machines sharing one database.
///
/// Open it with a URL such as `postgres://user@host/db` (libpq's
/// `key=value` form works too). Plain TCP or a Unix socket: put a TLS
/// tunnel in front of a server reached over an untrusted network.
///
/// ```no_run
/// use nghiquyet_store::{PostgresStore, Store};
///
/// let rt = tokio::runtime::Runtime::new()?;
/// rt.block_on(async {
///     let store = PostgresStore::open("postgres://nghiquyet@127.0.0.1/nghiquyet").await?;
///     let sender = store.begin_pass().await?;
///     store.end_pass(sender).await?;
///     Ok::<(), nghiquyet_store::Error>(())
/// })?;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone)]
pub struct PostgresStore {
    shared: Arc<Shared>,
}

struct Shared {
    pool: Pool,
    live: Liveness,
}

impl std::fmt::Debug for PostgresStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PostgresStore")
            .field("pool", &self.shared.pool.status())
            .finish_non_exhaustive()
    }
}

impl PostgresStore {
    /// Connects to the database at `url` and brings its schema up to date
    /// (under a lock: many workers may start at once).
    pub async fn open(url: &str) -> Result<Self, Error> {
        let tls::Address { mut config, tls } = tls::read(url)?;
        if config.get_connect_timeout().is_none() {
            config.connect_timeout(Duration::from_secs(10));
        }
        // Notice a silent network sooner than the kernel's two hours.
        config.keepalives_idle(Duration::from_secs(30));
        if config.get_application_name().is_none() {
            config.application_name("nghiquyet");
        }
        let manager = Manager::from_config(
            config.clone(),
            tls.clone(),
            ManagerConfig {
                recycling_method: RecyclingMethod::Fast,
            },
        );
        let pool = Pool::builder(manager)
            .max_size(POOL_SIZE)
            .wait_timeout(Some(POOL_WAIT))
            .create_timeout(Some(POOL_WAIT))
            .runtime(Runtime::Tokio1)
            .build()
            .map_err(|e| Error::Pool(e.to_string()))?;
        let store = PostgresStore {
            shared: Arc::new(Shared {
                pool,
                live: Liveness::new(config, tls),
            }),
        };
        let mut conn = store.conn().await?;
        schema::migrate(&mut conn).await?;
        Ok(store)
    }

    pub(crate) async fn conn(&self) -> Result<Object, Error> {
        self.shared.pool.get().await.map_err(|e| match e {
            deadpool_postgres::PoolError::Backend(e) => Error::Postgres(e),
            e => Error::Pool(e.to_string()),
        })
    }
}

/// The URL without its password, for messages.
fn redact(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(mut u) if u.password().is_some() => {
            let _ = u.set_password(Some("***"));
            u.to_string()
        }
        Ok(_) => url.to_string(),
        Err(_) => "the PostgreSQL address".to_string(),
    }
}

/// Whether a PostgreSQL error may go away on a retry: a lost connection,
/// a deadlock, a serialization failure, a server restarting.
pub(crate) fn is_transient(e: &tokio_postgres::Error) -> bool {
    if e.is_closed() {
        return true;
    }
    match e.code() {
        Some(code) => [
            SqlState::T_R_SERIALIZATION_FAILURE,
            SqlState::T_R_DEADLOCK_DETECTED,
            SqlState::LOCK_NOT_AVAILABLE,
            SqlState::ADMIN_SHUTDOWN,
            SqlState::CRASH_SHUTDOWN,
            SqlState::CANNOT_CONNECT_NOW,
            SqlState::TOO_MANY_CONNECTIONS,
            SqlState::CONNECTION_FAILURE,
        ]
        .contains(code),
        None => std::error::Error::source(e).is_some_and(|s| s.is::<std::io::Error>()),
    }
}

fn limit(n: usize) -> i64 {
    n.min(i64::MAX as usize) as i64
}

impl Store for PostgresStore {
    async fn ingest(&self, article: Article, now: DateTime<Utc>) -> Result<IngestOutcome, Error> {
        subscribers::ingest(&mut self.conn().await?, &article, now).await
    }

    async fn article_count(&self) -> Result<i64, Error> {
        let row = self
            .conn()
            .await?
            .query_one("SELECT COUNT(*) FROM articles", &[])
            .await?;
        Ok(row.try_get(0)?)
    }

    async fn articles_after(&self, seq: i64, limit: usize) -> Result<Vec<StoredArticle>, Error> {
        subscribers::articles_after(&self.conn().await?, seq, limit).await
    }

    async fn subscribe(
        &self,
        settings: SubscriberSettings,
        now: DateTime<Utc>,
    ) -> Result<SubscriberRecord, Error> {
        subscribers::subscribe(&mut self.conn().await?, &settings, now).await
    }

    async fn unsubscribe(&self, who: Unsubscribe, erase: bool) -> Result<bool, Error> {
        subscribers::unsubscribe(&mut self.conn().await?, &who, erase).await
    }

    async fn subscribers(
        &self,
        after_id: i64,
        limit: usize,
    ) -> Result<Vec<SubscriberRecord>, Error> {
        subscribers::page(&self.conn().await?, after_id, limit).await
    }

    async fn subscriber(&self, email: String) -> Result<Option<SubscriberRecord>, Error> {
        subscribers::by_email(&self.conn().await?, &email).await
    }

    async fn data_version(&self) -> Result<i64, Error> {
        let row = self
            .conn()
            .await?
            .query_one("SELECT last_value FROM nghiquyet_changes", &[])
            .await?;
        Ok(row.try_get(0)?)
    }

    async fn freeze(&self, batch: FreezeBatch) -> Result<Frozen, Error> {
        digests::freeze(&mut self.conn().await?, batch).await
    }

    async fn hold(
        &self,
        subscriber_id: i64,
        until: DateTime<Utc>,
        error: String,
    ) -> Result<(), Error> {
        subscribers::hold(&self.conn().await?, subscriber_id, until, &error).await
    }

    async fn begin_pass(&self) -> Result<SenderId, Error> {
        let id = crate::sqlite::random_hex()?;
        let key = self.shared.live.register(&id).await?;
        let done = self
            .conn()
            .await?
            .execute(
                "INSERT INTO senders (id, lock_key, pid) VALUES ($1, $2, $3)",
                &[&id, &key, &i64::from(std::process::id())],
            )
            .await;
        if let Err(e) = done {
            self.shared.live.release(&id).await;
            return Err(e.into());
        }
        Ok(SenderId(id))
    }

    async fn heartbeat(&self, sender: &SenderId) -> Result<(), Error> {
        // A lost session lost the locks: take them again before renewing.
        self.shared.live.ensure().await?;
        digests::heartbeat(&mut self.conn().await?, &sender.0, LEASE_SECS).await
    }

    async fn end_pass(&self, sender: SenderId) -> Result<(), Error> {
        let result = match self.conn().await {
            Ok(mut conn) => digests::end(&mut conn, &sender.0).await,
            Err(e) => Err(e),
        };
        self.shared.live.release(&sender.0).await;
        result
    }

    async fn claim(
        &self,
        sender: &SenderId,
        now: DateTime<Utc>,
        limit: usize,
    ) -> Result<Vec<Claimed>, Error> {
        let key = self.shared.live.key(&sender.0).await?;
        digests::claim(
            &mut self.conn().await?,
            &sender.0,
            key,
            now,
            limit,
            LEASE_SECS,
        )
        .await
    }

    async fn still_mine(&self, sender: &SenderId, digest_id: i64) -> Result<bool, Error> {
        // A point read by primary key: it never waits for writers.
        let row = self
            .conn()
            .await?
            .query_opt(
                "SELECT 1 FROM digests WHERE id = $1 AND claimed_by = $2 AND status = 'pending'",
                &[&digest_id, &sender.0],
            )
            .await?;
        Ok(row.is_some())
    }

    async fn bodies(&self, hashes: Vec<String>) -> Result<Vec<BodyRecord>, Error> {
        digests::bodies(&self.conn().await?, &hashes).await
    }

    async fn record(&self, sender: &SenderId, records: Vec<Record>) -> Result<(), Error> {
        digests::record(&mut self.conn().await?, &sender.0, records).await
    }

    async fn counts(&self, sender: &SenderId) -> Result<Counts, Error> {
        digests::counts(&self.conn().await?, &sender.0).await
    }

    async fn digests(
        &self,
        status: Option<DigestStatus>,
        limit: usize,
    ) -> Result<Vec<DigestRecord>, Error> {
        digests::list(&self.conn().await?, status, limit).await
    }

    async fn next_attempt(&self, now: DateTime<Utc>) -> Result<Option<DateTime<Utc>>, Error> {
        let row = self
            .conn()
            .await?
            .query_one(
                "SELECT MIN(next_attempt_at) FROM digests WHERE status = 'pending' AND next_attempt_at > $1",
                &[&now],
            )
            .await?;
        Ok(row.try_get(0)?)
    }

    async fn take_sends(
        &self,
        relay: String,
        per_second: f64,
        want: u32,
    ) -> Result<crate::Allowance, Error> {
        digests::take_sends(&mut self.conn().await?, &relay, per_second, want).await
    }

    async fn request(
        &self,
        settings: SubscriberSettings,
        now: DateTime<Utc>,
    ) -> Result<SubscriberRecord, Error> {
        requests::request(&mut self.conn().await?, &settings, now).await
    }

    async fn confirm(
        &self,
        token: String,
        asked_since: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> Result<Option<SubscriberRecord>, Error> {
        requests::confirm(&mut self.conn().await?, &token, asked_since, now).await
    }

    async fn subscriber_by_token(&self, token: String) -> Result<Option<SubscriberRecord>, Error> {
        requests::by_token(&self.conn().await?, &token).await
    }

    async fn expire_pending(&self, before: DateTime<Utc>) -> Result<usize, Error> {
        requests::expire_pending(&self.conn().await?, before).await
    }

    async fn status_counts(&self) -> Result<crate::StatusCounts, Error> {
        requests::status_counts(&self.conn().await?).await
    }

    async fn import(
        &self,
        batch: Vec<SubscriberSettings>,
        now: DateTime<Utc>,
    ) -> Result<usize, Error> {
        requests::import(&mut self.conn().await?, &batch, now).await
    }

    async fn prune_sent(&self, before: DateTime<Utc>) -> Result<Pruned, Error> {
        let mut pruned = Pruned::default();
        let mut conn = self.conn().await?;
        while let Some(p) = retention::prune_digests(&conn, before).await? {
            pruned += p;
        }
        while let Some(p) = retention::prune_bodies(&mut conn).await? {
            pruned += p;
        }
        Ok(pruned)
    }
}

impl FeedStore for PostgresStore {
    async fn add_feed(&self, feed: NewFeed, now: DateTime<Utc>) -> Result<bool, Error> {
        feeds::add(&self.conn().await?, &feed, now).await
    }

    async fn remove_feed(&self, url: String) -> Result<bool, Error> {
        feeds::remove(&self.conn().await?, &url).await
    }

    async fn feeds(&self) -> Result<Vec<Feed>, Error> {
        feeds::list(&self.conn().await?).await
    }

    async fn feed_polled(&self, poll: FeedPoll, now: DateTime<Utc>) -> Result<(), Error> {
        feeds::polled(&self.conn().await?, &poll, now).await
    }

    async fn web_source(&self, url: String) -> Result<Option<WebSource>, Error> {
        feeds::source(&self.conn().await?, &url).await
    }

    async fn ingest_web(&self, web: WebArticle, now: DateTime<Utc>) -> Result<WebIngested, Error> {
        feeds::ingest(&mut self.conn().await?, web, now).await
    }
}
