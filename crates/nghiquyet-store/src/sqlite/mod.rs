//! The SQLite backend: one file in WAL mode shared by a running service and
//! the command line; its work runs on tokio's blocking threads.

mod digests;
mod feeds;
pub(crate) mod liveness;
mod requests;
mod retention;
mod schema;
mod subscribers;

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use chrono::{DateTime, SecondsFormat, Utc};
use nghiquyet_core::Article;
use rusqlite::Connection;

use crate::{
    BodyRecord, Claimed, Counts, DigestRecord, DigestStatus, Error, Feed, FeedPoll, FeedStore,
    FreezeBatch, Frozen, IngestOutcome, NewFeed, Pruned, Record, SenderId, StatusCounts, Store,
    StoredArticle, SubscriberRecord, SubscriberSettings, Unsubscribe, WebArticle, WebIngested,
    WebSource,
};
use liveness::Liveness;

/// How long a claim lasts on the real clock without a heartbeat, when its
/// holder's lock cannot be checked.
const LEASE_SECS: f64 = 120.0;

/// How long a statement waits for another process's write lock.
const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

/// The SQLite store.
///
/// Beside the file `x.db` lives a folder `x.db.senders` with one lock file
/// per live sender.
///
/// ```
/// use nghiquyet_store::{SqliteStore, Store};
///
/// let dir = tempfile::tempdir()?;
/// let rt = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
/// rt.block_on(async {
///     let store = SqliteStore::open(&dir.path().join("x.db"))?;
///     let sender = store.begin_pass().await?;
///     assert!(dir.path().join("x.db.senders").join(format!("{}.lock", sender.0)).exists());
///     store.end_pass(sender).await?;
///     Ok::<(), nghiquyet_store::Error>(())
/// })?;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone)]
pub struct SqliteStore {
    pub(crate) shared: Arc<Shared>,
}

#[derive(Debug)]
pub(crate) struct Shared {
    conn: Mutex<Connection>,
    /// A second connection for quick reads beside the writer (WAL lets
    /// readers go on while a write transaction runs); `None` in memory.
    reader: Option<Mutex<Connection>>,
    pub(crate) live: Liveness,
}

impl SqliteStore {
    /// Opens (creating if needed) the store at `path` and brings its schema
    /// up to date.
    pub fn open(path: &Path) -> Result<Self, Error> {
        // SQLite answers "busy" without calling the busy handler in a few
        // places (switching the journal mode, recovering a WAL another
        // process is writing), so a store opened by several processes at
        // once tries again until the busy timeout runs out.
        let started = std::time::Instant::now();
        let mut wait = Duration::from_millis(5);
        let mut store = loop {
            match Self::open_writer(path) {
                Err(e) if e.is_busy() && started.elapsed() < BUSY_TIMEOUT => {
                    std::thread::sleep(wait);
                    wait = (wait * 2).min(Duration::from_millis(200));
                }
                other => break other?,
            }
        };
        let reader = Connection::open(path)?;
        reader.busy_timeout(BUSY_TIMEOUT)?;
        if let Some(shared) = Arc::get_mut(&mut store.shared) {
            shared.reader = Some(Mutex::new(reader));
        }
        Ok(store)
    }

    fn open_writer(path: &Path) -> Result<Self, Error> {
        let conn = Connection::open(path)?;
        conn.busy_timeout(BUSY_TIMEOUT)?;
        let mode: String = conn.pragma_query_value(None, "journal_mode", |r| r.get(0))?;
        if !mode.eq_ignore_ascii_case("wal") {
            conn.pragma_update(None, "journal_mode", "WAL")?;
        }
        let mut dir = path.as_os_str().to_owned();
        dir.push(".senders");
        Self::setup(conn, Some(PathBuf::from(dir)))
    }

    /// A private store in memory, for tests and previews.
    pub fn open_in_memory() -> Result<Self, Error> {
        Self::setup(Connection::open_in_memory()?, None)
    }

    fn setup(mut conn: Connection, dir: Option<PathBuf>) -> Result<Self, Error> {
        conn.busy_timeout(BUSY_TIMEOUT)?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        schema::migrate(&mut conn)?;
        Ok(SqliteStore {
            shared: Arc::new(Shared {
                conn: Mutex::new(conn),
                reader: None,
                live: Liveness::new(dir),
            }),
        })
    }

    /// Runs `f` with the connection on a blocking thread (inline outside a
    /// tokio runtime).
    async fn call<T, F>(&self, f: F) -> Result<T, Error>
    where
        T: Send + 'static,
        F: FnOnce(&mut Connection, &Liveness) -> Result<T, Error> + Send + 'static,
    {
        let shared = self.shared.clone();
        let work = move || {
            let mut conn = shared
                .conn
                .lock()
                .map_err(|_| Error::Worker("the connection is poisoned".into()))?;
            f(&mut conn, &shared.live)
        };
        if tokio::runtime::Handle::try_current().is_ok() {
            tokio::task::spawn_blocking(work)
                .await
                .map_err(|e| Error::Worker(e.to_string()))?
        } else {
            work()
        }
    }
}

/// How the file's pages are used: what a prune frees, a vacuum gives back.
///
/// ```
/// let s = nghiquyet_store::FileSpace { used_bytes: 8192, free_bytes: 4096 };
/// assert_eq!(s.used_bytes + s.free_bytes, 12288);
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct FileSpace {
    /// Bytes in pages that hold data.
    pub used_bytes: u64,
    /// Bytes in free pages: reused by later writes, given back to the file
    /// system only by [`SqliteStore::vacuum`].
    pub free_bytes: u64,
}

impl SqliteStore {
    /// How the file's pages are used.
    ///
    /// ```
    /// let store = nghiquyet_store::SqliteStore::open_in_memory()?;
    /// let rt = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
    /// assert!(rt.block_on(store.file_space())?.used_bytes > 0);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub async fn file_space(&self) -> Result<FileSpace, Error> {
        self.call(|c, _| {
            let (count, free, size) = retention::pages(c)?;
            Ok(FileSpace {
                used_bytes: ((count - free).max(0) * size) as u64,
                free_bytes: (free.max(0) * size) as u64,
            })
        })
        .await
    }

    /// Rewrites the file without its free pages (`VACUUM`), giving the space
    /// a prune freed back to the file system. Other processes' writes wait
    /// while it runs (seconds per hundred megabytes), past the busy timeout
    /// they fail: run it when no service sends.
    ///
    /// ```
    /// let store = nghiquyet_store::SqliteStore::open_in_memory()?;
    /// let rt = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
    /// rt.block_on(store.vacuum())?;
    /// assert_eq!(rt.block_on(store.file_space())?.free_bytes, 0);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub async fn vacuum(&self) -> Result<(), Error> {
        self.call(|c, _| {
            c.execute_batch("VACUUM")?;
            // The WAL kept the old pages; a truncating checkpoint gives
            // them back too.
            c.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
            Ok(())
        })
        .await
    }
}

pub(crate) fn ts(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

pub(crate) fn parse_ts(s: &str) -> Result<DateTime<Utc>, Error> {
    DateTime::parse_from_rfc3339(s)
        .map(|t| t.to_utc())
        .map_err(|e| Error::Corrupt(format!("time {s:?}: {e}")))
}

pub(crate) fn from_unix(secs: i64) -> DateTime<Utc> {
    DateTime::from_timestamp(secs, 0).unwrap_or_default()
}

/// 128 random bits in hex.
pub(crate) fn random_hex() -> Result<String, Error> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).map_err(|e| Error::Random(e.to_string()))?;
    Ok(hex(&bytes))
}

pub(crate) fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    bytes.iter().fold(String::new(), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    })
}

impl Store for SqliteStore {
    async fn ingest(&self, article: Article, now: DateTime<Utc>) -> Result<IngestOutcome, Error> {
        self.call(move |c, _| subscribers::ingest(c, &article, now))
            .await
    }

    async fn article_count(&self) -> Result<i64, Error> {
        self.call(|c, _| Ok(c.query_row("SELECT COUNT(*) FROM articles", [], |r| r.get(0))?))
            .await
    }

    async fn articles_after(&self, seq: i64, limit: usize) -> Result<Vec<StoredArticle>, Error> {
        self.call(move |c, _| subscribers::articles_after(c, seq, limit))
            .await
    }

    async fn subscribe(
        &self,
        settings: SubscriberSettings,
        now: DateTime<Utc>,
    ) -> Result<SubscriberRecord, Error> {
        self.call(move |c, _| subscribers::subscribe(c, &settings, now))
            .await
    }

    async fn unsubscribe(&self, who: Unsubscribe, erase: bool) -> Result<bool, Error> {
        self.call(move |c, _| subscribers::unsubscribe(c, &who, erase))
            .await
    }

    async fn subscribers(
        &self,
        after_id: i64,
        limit: usize,
    ) -> Result<Vec<SubscriberRecord>, Error> {
        self.call(move |c, _| subscribers::page(c, after_id, limit))
            .await
    }

    async fn subscriber(&self, email: String) -> Result<Option<SubscriberRecord>, Error> {
        self.call(move |c, _| subscribers::by_email(c, &email))
            .await
    }

    async fn data_version(&self) -> Result<i64, Error> {
        self.call(|c, _| Ok(c.pragma_query_value(None, "data_version", |r| r.get(0))?))
            .await
    }

    async fn freeze(&self, batch: FreezeBatch) -> Result<Frozen, Error> {
        self.call(move |c, _| digests::freeze(c, &batch)).await
    }

    async fn hold(
        &self,
        subscriber_id: i64,
        until: DateTime<Utc>,
        error: String,
    ) -> Result<(), Error> {
        self.call(move |c, _| subscribers::hold(c, subscriber_id, until, &error))
            .await
    }

    async fn begin_pass(&self) -> Result<SenderId, Error> {
        self.call(|c, live| {
            let id = random_hex()?;
            live.register(&id)?;
            c.execute(
                "INSERT INTO senders (id, pid, started_at, heartbeat_at)
                 VALUES (?1, ?2, unixepoch('subsec'), unixepoch('subsec'))",
                rusqlite::params![id, std::process::id()],
            )?;
            Ok(SenderId(id))
        })
        .await
    }

    async fn heartbeat(&self, sender: &SenderId) -> Result<(), Error> {
        let id = sender.0.clone();
        self.call(move |c, _| digests::heartbeat(c, &id, LEASE_SECS))
            .await
    }

    async fn end_pass(&self, sender: SenderId) -> Result<(), Error> {
        self.call(move |c, live| {
            let result = digests::end(c, &sender.0);
            live.release(&sender.0);
            result
        })
        .await
    }

    async fn claim(
        &self,
        sender: &SenderId,
        now: DateTime<Utc>,
        limit: usize,
    ) -> Result<Vec<Claimed>, Error> {
        let id = sender.0.clone();
        self.call(move |c, live| digests::claim(c, live, &id, now, limit, LEASE_SECS))
            .await
    }

    async fn still_mine(&self, sender: &SenderId, digest_id: i64) -> Result<bool, Error> {
        const SQL: &str =
            "SELECT 1 FROM digests WHERE id = ?1 AND claimed_by = ?2 AND status = 'pending'";
        if let Some(reader) = &self.shared.reader {
            // A point read by primary key: microseconds, fine on this thread.
            let conn = reader
                .lock()
                .map_err(|_| Error::Worker("the reader is poisoned".into()))?;
            let mut stmt = conn.prepare_cached(SQL)?;
            return Ok(stmt.exists(rusqlite::params![digest_id, sender.0])?);
        }
        let id = sender.0.clone();
        self.call(move |c, _| {
            let mut stmt = c.prepare_cached(SQL)?;
            Ok(stmt.exists(rusqlite::params![digest_id, id])?)
        })
        .await
    }

    async fn bodies(&self, hashes: Vec<String>) -> Result<Vec<BodyRecord>, Error> {
        self.call(move |c, _| digests::bodies(c, &hashes)).await
    }

    async fn record(&self, sender: &SenderId, records: Vec<Record>) -> Result<(), Error> {
        let id = sender.0.clone();
        self.call(move |c, _| digests::record(c, &id, &records))
            .await
    }

    async fn counts(&self, sender: &SenderId) -> Result<Counts, Error> {
        let id = sender.0.clone();
        self.call(move |c, live| digests::counts(c, live, &id))
            .await
    }

    async fn digests(
        &self,
        status: Option<DigestStatus>,
        limit: usize,
    ) -> Result<Vec<DigestRecord>, Error> {
        self.call(move |c, _| digests::list(c, status, limit)).await
    }

    async fn next_attempt(&self, now: DateTime<Utc>) -> Result<Option<DateTime<Utc>>, Error> {
        self.call(move |c, _| {
            let t: Option<i64> = c.query_row(
                "SELECT MIN(next_attempt_at) FROM digests WHERE status = 'pending' AND next_attempt_at > ?1",
                [now.timestamp()],
                |r| r.get(0),
            )?;
            Ok(t.map(from_unix))
        })
        .await
    }

    async fn take_sends(
        &self,
        relay: String,
        per_second: f64,
        want: u32,
    ) -> Result<crate::Allowance, Error> {
        self.call(move |c, _| digests::take_sends(c, &relay, per_second, want))
            .await
    }

    async fn request(
        &self,
        settings: SubscriberSettings,
        now: DateTime<Utc>,
    ) -> Result<SubscriberRecord, Error> {
        self.call(move |c, _| requests::request(c, &settings, now))
            .await
    }

    async fn confirm(
        &self,
        token: String,
        asked_since: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> Result<Option<SubscriberRecord>, Error> {
        self.call(move |c, _| requests::confirm(c, &token, asked_since, now))
            .await
    }

    async fn subscriber_by_token(&self, token: String) -> Result<Option<SubscriberRecord>, Error> {
        self.call(move |c, _| requests::by_token(c, &token)).await
    }

    async fn expire_pending(&self, before: DateTime<Utc>) -> Result<usize, Error> {
        self.call(move |c, _| requests::expire_pending(c, before))
            .await
    }

    async fn status_counts(&self) -> Result<StatusCounts, Error> {
        self.call(|c, _| requests::status_counts(c)).await
    }

    async fn import(
        &self,
        batch: Vec<SubscriberSettings>,
        now: DateTime<Utc>,
    ) -> Result<usize, Error> {
        self.call(move |c, _| requests::import(c, &batch, now))
            .await
    }

    async fn prune_sent(&self, before: DateTime<Utc>) -> Result<Pruned, Error> {
        let mut pruned = Pruned::default();
        // One call per batch: the connection is given back between them,
        // so the service's own calls interleave.
        while let Some(p) = self
            .call(move |c, _| retention::prune_digests(c, before))
            .await?
        {
            pruned += p;
        }
        while let Some(p) = self.call(|c, _| retention::prune_bodies(c)).await? {
            pruned += p;
        }
        Ok(pruned)
    }
}

impl FeedStore for SqliteStore {
    async fn add_feed(&self, feed: NewFeed, now: DateTime<Utc>) -> Result<bool, Error> {
        self.call(move |c, _| feeds::add(c, &feed, now)).await
    }

    async fn remove_feed(&self, url: String) -> Result<bool, Error> {
        self.call(move |c, _| feeds::remove(c, &url)).await
    }

    async fn feeds(&self) -> Result<Vec<Feed>, Error> {
        self.call(|c, _| feeds::list(c)).await
    }

    async fn feed_polled(&self, poll: FeedPoll, now: DateTime<Utc>) -> Result<(), Error> {
        self.call(move |c, _| feeds::polled(c, &poll, now)).await
    }

    async fn web_source(&self, url: String) -> Result<Option<WebSource>, Error> {
        self.call(move |c, _| feeds::source(c, &url)).await
    }

    async fn ingest_web(&self, web: WebArticle, now: DateTime<Utc>) -> Result<WebIngested, Error> {
        self.call(move |c, _| feeds::ingest(c, web, now)).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_bring_an_old_store_forward_and_refuse_a_newer_one() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("old.db");
        {
            let conn = Connection::open(&path).unwrap();
            conn.execute_batch(schema::first_migration()).unwrap();
            conn.execute_batch(
                "INSERT INTO subscribers (email, schedule, tz, lang, token, position, anchor, created_at)
                 VALUES ('a@x.vn', '@daily', 'UTC', 'vi', 't', 0, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
                 INSERT INTO digests (subscriber_id, recipient, due_at, from_seq, to_seq, articles, message_id,
                 message, status, created_at) VALUES (1, 'a@x.vn', '2026-01-02T00:00:00Z', 0, 1, 1, '<m@x>', x'41', 'pending', '2026-01-02T00:00:00Z');",
            )
            .unwrap();
            conn.pragma_update(None, "user_version", 1).unwrap();
        }
        let store = SqliteStore::open(&path).unwrap();
        let conn = store.shared.conn.lock().unwrap();
        let version: i64 = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap();
        assert_eq!(version, schema::latest());
        let legacy: Vec<u8> = conn
            .query_row("SELECT message FROM digests", [], |r| r.get(0))
            .unwrap();
        assert_eq!(legacy, b"A");
        drop(conn);
        drop(store);
        let conn = Connection::open(&path).unwrap();
        conn.pragma_update(None, "user_version", 99).unwrap();
        drop(conn);
        assert!(matches!(
            SqliteStore::open(&path).unwrap_err(),
            Error::Newer { found: 99, .. }
        ));
    }

    #[test]
    fn two_processes_opening_a_new_store_at_once_both_succeed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("new.db");
        let handles: Vec<_> = (0..8)
            .map(|_| {
                let path = path.clone();
                std::thread::spawn(move || SqliteStore::open(&path).map(|_| ()))
            })
            .collect();
        for h in handles {
            h.join().unwrap().unwrap();
        }
    }
}
