//! The SQLite store: articles in ingest order, subscribers, digests.

use std::path::Path;
use std::time::Duration;

use chrono::{DateTime, SecondsFormat, Utc};
use nghiquyet_core::{Article, fold};
use rusqlite::{Connection, OptionalExtension, Row, TransactionBehavior, params};
use serde::Serialize;
use sha2::{Digest as _, Sha256};

use crate::{Error, Lang, Schedule, parse_tz};

mod feeds;
pub use feeds::{Feed, NewFeed, WebSource};

/// The schema, one migration per entry; `PRAGMA user_version` counts those applied.
const MIGRATIONS: &[&str] = &[
    // 1: articles, subscribers, digests.
    "CREATE TABLE articles (
        seq         INTEGER PRIMARY KEY AUTOINCREMENT,
        id          TEXT NOT NULL UNIQUE,
        hash        TEXT NOT NULL,
        json        TEXT NOT NULL,
        ingested_at TEXT NOT NULL,
        updated_at  TEXT NOT NULL
    );
    CREATE TABLE subscribers (
        id          INTEGER PRIMARY KEY AUTOINCREMENT,
        email       TEXT NOT NULL UNIQUE,
        name        TEXT,
        schedule    TEXT NOT NULL,
        tz          TEXT NOT NULL,
        lang        TEXT NOT NULL,
        issuer      TEXT,
        keywords    TEXT NOT NULL DEFAULT '[]',
        min_targets INTEGER NOT NULL DEFAULT 0,
        token       TEXT NOT NULL UNIQUE,
        position    INTEGER NOT NULL,
        anchor      TEXT NOT NULL,
        created_at  TEXT NOT NULL
    );
    CREATE TABLE digests (
        id            INTEGER PRIMARY KEY AUTOINCREMENT,
        subscriber_id INTEGER NOT NULL REFERENCES subscribers(id) ON DELETE CASCADE,
        recipient     TEXT NOT NULL,
        due_at        TEXT NOT NULL,
        from_seq      INTEGER NOT NULL,
        to_seq        INTEGER NOT NULL,
        articles      INTEGER NOT NULL,
        message_id    TEXT NOT NULL,
        message       BLOB NOT NULL,
        status        TEXT NOT NULL CHECK (status IN ('pending', 'sent', 'failed')),
        attempts      INTEGER NOT NULL DEFAULT 0,
        last_error    TEXT,
        created_at    TEXT NOT NULL,
        sent_at       TEXT
    );
    CREATE INDEX digests_status ON digests(status, subscriber_id);",
    // 2: a sender claims a pending digest before sending it, so that a
    // `digest send` and a running `serve` never send the same one twice.
    "ALTER TABLE digests ADD COLUMN claimed_until TEXT;",
    // 3: feeds, and where each web article was found (see store/feeds.rs).
    feeds::MIGRATION,
];

/// The store: one SQLite file in WAL mode, shared by a running service and
/// the command line.
///
/// ```
/// use nghiquyet_digest::{IngestOutcome, Store};
///
/// let mut store = Store::open_in_memory()?;
/// let article = nghiquyet_core::parse_article("Tỉnh Mẫu:\nĐại hội\nCập nhật: Thứ Hai 12/10/2020 - 08:00\nMột đoạn.")?;
/// let now = "2026-11-27T07:00:00Z".parse()?;
/// assert_eq!(store.ingest(&article, now)?, IngestOutcome::Added);
/// assert_eq!(store.ingest(&article, now)?, IngestOutcome::Unchanged);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug)]
pub struct Store {
    conn: Connection,
}

/// What [`Store::ingest`] did with an article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum IngestOutcome {
    /// A new article, stored at the end of the ingest order.
    Added,
    /// A correction of a stored article (same id, other content): replaced in
    /// place, keeping its position in the ingest order.
    Updated,
    /// The same article again: nothing done.
    Unchanged,
}

/// What a subscriber asks for, as given to [`Store::subscribe`].
#[derive(Debug, Clone)]
pub struct NewSubscriber {
    /// The address.
    pub email: String,
    /// The display name.
    pub name: Option<String>,
    /// When digests are sent.
    pub schedule: Schedule,
    /// The IANA zone the schedule is read in.
    pub tz: String,
    /// The digest's language.
    pub lang: Lang,
    /// Which articles the subscriber wants.
    pub filter: Filter,
    /// Start from articles stored since this instant rather than from now.
    pub since: Option<DateTime<Utc>>,
}

/// Which articles a subscriber wants: all by default. Matching ignores case
/// and diacritics ("Ha Giang" finds "Hà Giang").
///
/// ```
/// use nghiquyet_digest::Filter;
///
/// let a = nghiquyet_core::parse_article("Tỉnh Hà Giang:\nĐại hội\nCập nhật: Thứ Hai 12/10/2020 - 08:00\nThu ngân sách tăng.")?;
/// let f = Filter { issuer: Some("ha giang".into()), ..Filter::default() };
/// assert!(f.matches(&a));
/// let f = Filter { keywords: vec!["NGAN SACH".into()], ..Filter::default() };
/// assert!(f.matches(&a));
/// let f = Filter { min_targets: 1, ..Filter::default() };
/// assert!(!f.matches(&a));
/// # Ok::<(), nghiquyet_core::Error>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Filter {
    /// Part of an issuer's name, matched against the resolutions' issuers,
    /// the kicker and the title.
    pub issuer: Option<String>,
    /// Words of which at least one must occur in the title, kicker or body.
    pub keywords: Vec<String>,
    /// The fewest targets an article must state.
    pub min_targets: usize,
}

impl Filter {
    /// Whether `article` passes the filter.
    pub fn matches(&self, article: &Article) -> bool {
        if article.targets.len() < self.min_targets {
            return false;
        }
        if let Some(issuer) = &self.issuer {
            let want = fold(issuer);
            let found = article
                .resolutions
                .iter()
                .filter_map(|r| r.issuer.as_deref())
                .chain(article.kicker.as_deref())
                .chain(article.title.as_deref())
                .any(|s| fold(s).contains(&want));
            if !found {
                return false;
            }
        }
        if !self.keywords.is_empty() {
            let hay = fold(&format!(
                "{}\n{}\n{}",
                article.kicker.as_deref().unwrap_or(""),
                article.title.as_deref().unwrap_or(""),
                article.body()
            ));
            if !self.keywords.iter().any(|k| hay.contains(&fold(k))) {
                return false;
            }
        }
        true
    }
}

/// A stored subscriber.
#[derive(Debug, Clone, Serialize)]
pub struct Subscriber {
    /// The row id.
    #[serde(skip)]
    pub id: i64,
    /// The address.
    pub email: String,
    /// The display name.
    pub name: Option<String>,
    /// When digests are sent.
    #[serde(serialize_with = "ser_display")]
    pub schedule: Schedule,
    /// The IANA zone the schedule is read in.
    pub tz: String,
    /// The digest's language.
    pub lang: Lang,
    /// Which articles the subscriber wants.
    #[serde(flatten)]
    pub filter: Filter,
    /// The secret in the unsubscribe URL.
    #[serde(skip)]
    pub token: String,
    /// The last ingest sequence number delivered (or skipped by the filter).
    pub position: i64,
    /// The previous digest's time (or the subscription's): the schedule fires after it.
    pub last_digest: DateTime<Utc>,
    /// When the subscriber subscribed.
    pub subscribed: DateTime<Utc>,
}

fn ser_display<S: serde::Serializer>(v: &Schedule, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(v)
}

impl Subscriber {
    /// When the next digest is due: the first time the schedule fires after
    /// the previous digest.
    pub fn next_due(&self) -> Option<DateTime<Utc>> {
        let tz = parse_tz(&self.tz).ok()?;
        self.schedule.next_after(self.last_digest, tz)
    }

    /// Whether a digest is due at `now`.
    pub fn is_due(&self, now: DateTime<Utc>) -> bool {
        self.next_due().is_some_and(|t| t <= now)
    }
}

/// Where a digest is in its life: pending → sent, or pending → failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum DigestStatus {
    /// Fixed (recipient, items, message) and not yet accepted by the server.
    Pending,
    /// Accepted by the server; the subscriber's position has advanced.
    Sent,
    /// Refused for good (a 5xx reply); the items will come in the next digest.
    Failed,
}

impl DigestStatus {
    fn as_str(self) -> &'static str {
        match self {
            DigestStatus::Pending => "pending",
            DigestStatus::Sent => "sent",
            DigestStatus::Failed => "failed",
        }
    }
}

/// A digest fixed in the store: its recipient, items and message bytes.
#[derive(Debug, Clone, Serialize)]
pub struct Digest {
    /// The row id.
    pub id: i64,
    /// The subscriber's row id.
    #[serde(skip)]
    pub subscriber_id: i64,
    /// The address it goes to.
    pub recipient: String,
    /// The schedule slot (or catch-up time) it was made for.
    pub due_at: DateTime<Utc>,
    /// The ingest sequence numbers it covers: after `from_seq`, up to `to_seq`.
    pub from_seq: i64,
    /// See `from_seq`.
    pub to_seq: i64,
    /// How many articles it holds.
    pub articles: i64,
    /// The Message-ID header, the same on every attempt.
    pub message_id: String,
    /// The whole message as sent.
    #[serde(skip)]
    pub message: Vec<u8>,
    /// Where it is in its life.
    pub status: DigestStatus,
    /// How many sending attempts were made.
    pub attempts: i64,
    /// The last failure, if any.
    pub last_error: Option<String>,
    /// When the server accepted it.
    pub sent_at: Option<DateTime<Utc>>,
}

/// What [`Store::freeze`] asks of its caller to build a message.
#[derive(Debug)]
pub struct Frozen<'a> {
    /// The subscriber.
    pub subscriber: &'a Subscriber,
    /// The new articles that pass the subscriber's filter, in ingest order.
    pub articles: &'a [Article],
    /// The digest's row id (for a deterministic Message-ID).
    pub digest_id: i64,
    /// The last sequence number covered.
    pub to_seq: i64,
}

fn ts(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

fn parse_ts(s: &str) -> Result<DateTime<Utc>, Error> {
    DateTime::parse_from_rfc3339(s)
        .map(|t| t.to_utc())
        .map_err(|e| Error::Corrupt(format!("time {s:?}: {e}")))
}

/// A fresh unguessable token: 128 random bits in hex.
fn new_token() -> Result<String, Error> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).map_err(|e| Error::Config(format!("no randomness: {e}")))?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

/// The content hash that tells a correction from the same article again.
fn content_hash(json: &str) -> String {
    Sha256::digest(json.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

impl Store {
    /// Opens (creating if needed) the store at `path` and brings its schema up to date.
    pub fn open(path: &Path) -> Result<Self, Error> {
        let conn = Connection::open(path)?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        Self::setup(conn)
    }

    /// A private store in memory, for tests and previews.
    pub fn open_in_memory() -> Result<Self, Error> {
        Self::setup(Connection::open_in_memory()?)
    }

    fn setup(mut conn: Connection) -> Result<Self, Error> {
        conn.busy_timeout(Duration::from_secs(10))?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        if version as usize > MIGRATIONS.len() {
            return Err(Error::Corrupt(format!(
                "the store has schema version {version}, newer than this program's {}",
                MIGRATIONS.len()
            )));
        }
        for (i, sql) in MIGRATIONS.iter().enumerate().skip(version as usize) {
            let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
            tx.execute_batch(sql)?;
            tx.pragma_update(None, "user_version", (i + 1) as i64)?;
            tx.commit()?;
        }
        Ok(Store { conn })
    }

    /// A number that changes whenever another connection commits a change:
    /// a cheap way for the service to notice new subscribers and articles.
    pub fn data_version(&self) -> Result<i64, Error> {
        Ok(self
            .conn
            .pragma_query_value(None, "data_version", |r| r.get(0))?)
    }

    /// Stores an article: new ones go to the end of the ingest order; the
    /// same one again is a no-op; a correction (same id, other content)
    /// replaces the stored one in place.
    ///
    /// Corrections are not news: an updated article keeps its sequence
    /// number, so subscribers who already received it do not receive it again,
    /// and those whose digest is still to come get the corrected text.
    pub fn ingest(
        &mut self,
        article: &Article,
        now: DateTime<Utc>,
    ) -> Result<IngestOutcome, Error> {
        let json = serde_json::to_string(article).map_err(|e| Error::Corrupt(e.to_string()))?;
        let hash = content_hash(&json);
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let old: Option<String> = tx
            .query_row(
                "SELECT hash FROM articles WHERE id = ?1",
                [&article.id],
                |r| r.get(0),
            )
            .optional()?;
        let outcome = match old {
            Some(h) if h == hash => IngestOutcome::Unchanged,
            Some(_) => {
                tx.execute(
                    "UPDATE articles SET hash = ?2, json = ?3, updated_at = ?4 WHERE id = ?1",
                    params![article.id, hash, json, ts(now)],
                )?;
                IngestOutcome::Updated
            }
            None => {
                tx.execute(
                    "INSERT INTO articles (id, hash, json, ingested_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?4)",
                    params![article.id, hash, json, ts(now)],
                )?;
                IngestOutcome::Added
            }
        };
        tx.commit()?;
        Ok(outcome)
    }

    /// How many articles the store holds.
    pub fn article_count(&self) -> Result<i64, Error> {
        Ok(self
            .conn
            .query_row("SELECT COUNT(*) FROM articles", [], |r| r.get(0))?)
    }

    /// Adds a subscriber, or changes the settings of an existing one (keeping
    /// its position and unsubscribe token).
    pub fn subscribe(
        &mut self,
        new: &NewSubscriber,
        now: DateTime<Utc>,
    ) -> Result<Subscriber, Error> {
        let email = crate::mail::normalize_address(&new.email)?;
        parse_tz(&new.tz)?;
        let keywords = serde_json::to_string(&new.filter.keywords)
            .map_err(|e| Error::Corrupt(e.to_string()))?;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let exists: Option<i64> = tx
            .query_row(
                "SELECT id FROM subscribers WHERE email = ?1",
                [&email],
                |r| r.get(0),
            )
            .optional()?;
        let since = new.since.map(|s| s.min(now));
        match exists {
            Some(id) => {
                tx.execute(
                    "UPDATE subscribers SET name = ?2, schedule = ?3, tz = ?4, lang = ?5, issuer = ?6,
                     keywords = ?7, min_targets = ?8 WHERE id = ?1",
                    params![id, new.name, new.schedule.as_str(), new.tz, new.lang.code(),
                        new.filter.issuer, keywords, new.filter.min_targets as i64],
                )?;
                if let Some(since) = since {
                    tx.execute(
                        "UPDATE subscribers SET anchor = ?2, position = MIN(position,
                         (SELECT COALESCE(MAX(seq), 0) FROM articles WHERE ingested_at < ?2)) WHERE id = ?1",
                        params![id, ts(since)],
                    )?;
                }
            }
            None => {
                let start = since.unwrap_or(now);
                tx.execute(
                    "INSERT INTO subscribers (email, name, schedule, tz, lang, issuer, keywords, min_targets,
                     token, position, anchor, created_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9,
                     (SELECT COALESCE(MAX(seq), 0) FROM articles WHERE ingested_at < ?10 OR ?11), ?10, ?12)",
                    params![email, new.name, new.schedule.as_str(), new.tz, new.lang.code(),
                        new.filter.issuer, keywords, new.filter.min_targets as i64, new_token()?,
                        ts(start), since.is_none(), ts(now)],
                )?;
            }
        }
        tx.commit()?;
        self.subscriber(&email)
    }

    /// Removes a subscriber and its digests that are still pending; `false`
    /// if there was none.
    pub fn unsubscribe(&mut self, email: &str) -> Result<bool, Error> {
        let email = email.trim().to_lowercase();
        Ok(self
            .conn
            .execute("DELETE FROM subscribers WHERE email = ?1", [email])?
            > 0)
    }

    /// Removes the subscriber whose unsubscribe token this is.
    pub fn unsubscribe_token(&mut self, token: &str) -> Result<bool, Error> {
        Ok(self
            .conn
            .execute("DELETE FROM subscribers WHERE token = ?1", [token])?
            > 0)
    }

    const SUBSCRIBER: &str =
        "SELECT id, email, name, schedule, tz, lang, issuer, keywords, min_targets,
        token, position, anchor, created_at FROM subscribers";

    fn subscriber_row(r: &Row<'_>) -> rusqlite::Result<Result<Subscriber, Error>> {
        let schedule: String = r.get(3)?;
        let lang: String = r.get(5)?;
        let keywords: String = r.get(7)?;
        let anchor: String = r.get(11)?;
        let created: String = r.get(12)?;
        let id: i64 = r.get(0)?;
        let email: String = r.get(1)?;
        let name: Option<String> = r.get(2)?;
        let tz: String = r.get(4)?;
        let issuer: Option<String> = r.get(6)?;
        let min_targets: i64 = r.get(8)?;
        let token: String = r.get(9)?;
        let position: i64 = r.get(10)?;
        Ok((|| {
            Ok(Subscriber {
                id,
                email,
                name,
                schedule: schedule.parse()?,
                tz,
                lang: lang.parse()?,
                filter: Filter {
                    issuer,
                    keywords: serde_json::from_str(&keywords)
                        .map_err(|e| Error::Corrupt(e.to_string()))?,
                    min_targets: min_targets.max(0) as usize,
                },
                token,
                position,
                last_digest: parse_ts(&anchor)?,
                subscribed: parse_ts(&created)?,
            })
        })())
    }

    /// Every subscriber, by address.
    pub fn subscribers(&self) -> Result<Vec<Subscriber>, Error> {
        let mut stmt = self
            .conn
            .prepare(&format!("{} ORDER BY email", Self::SUBSCRIBER))?;
        let rows = stmt.query_map([], Self::subscriber_row)?;
        rows.map(|r| r?).collect()
    }

    /// The subscriber with this address.
    pub fn subscriber(&self, email: &str) -> Result<Subscriber, Error> {
        let email = email.trim().to_lowercase();
        self.conn
            .query_row(
                &format!("{} WHERE email = ?1", Self::SUBSCRIBER),
                [&email],
                Self::subscriber_row,
            )
            .optional()?
            .ok_or(Error::NoSubscriber(email))?
    }

    fn subscriber_by_id(conn: &Connection, id: i64) -> Result<Option<Subscriber>, Error> {
        conn.query_row(
            &format!("{} WHERE id = ?1", Self::SUBSCRIBER),
            [id],
            Self::subscriber_row,
        )
        .optional()?
        .transpose()
    }

    /// The articles stored after `position` that pass `filter`, in ingest
    /// order, and the last sequence number looked at.
    fn new_articles(
        conn: &Connection,
        position: i64,
        filter: &Filter,
    ) -> Result<(Vec<Article>, i64), Error> {
        let mut stmt =
            conn.prepare_cached("SELECT seq, json FROM articles WHERE seq > ?1 ORDER BY seq")?;
        let mut rows = stmt.query([position])?;
        let mut out = Vec::new();
        let mut last = position;
        while let Some(row) = rows.next()? {
            let seq: i64 = row.get(0)?;
            let json: String = row.get(1)?;
            let article: Article = serde_json::from_str(&json)
                .map_err(|e| Error::Corrupt(format!("article {seq}: {e}")))?;
            last = seq;
            if filter.matches(&article) {
                out.push(article);
            }
        }
        Ok((out, last))
    }

    /// What the subscriber's next digest would hold now: the articles stored
    /// since its position that pass its filter. Changes nothing.
    pub fn preview(&self, subscriber: &Subscriber) -> Result<Vec<Article>, Error> {
        Ok(Self::new_articles(&self.conn, subscriber.position, &subscriber.filter)?.0)
    }

    /// Fixes the subscriber's digest due at `due_at` in one transaction: its
    /// recipient, its articles and the message `build` makes of them, as a
    /// pending digest; and moves the subscriber's schedule on past `due_at`.
    ///
    /// Returns `None` (sending nothing) when the subscriber is gone, still has
    /// a pending digest, or has nothing new; in the last case its position
    /// moves past the articles its filter left out.
    pub fn freeze<F>(
        &mut self,
        subscriber_id: i64,
        due_at: DateTime<Utc>,
        now: DateTime<Utc>,
        build: F,
    ) -> Result<Option<Digest>, Error>
    where
        F: FnOnce(&Frozen<'_>) -> Result<(String, Vec<u8>), Error>,
    {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let Some(sub) = Self::subscriber_by_id(&tx, subscriber_id)? else {
            return Ok(None);
        };
        let pending: i64 = tx.query_row(
            "SELECT COUNT(*) FROM digests WHERE subscriber_id = ?1 AND status = 'pending'",
            [subscriber_id],
            |r| r.get(0),
        )?;
        if pending > 0 {
            return Ok(None);
        }
        let (articles, last) = Self::new_articles(&tx, sub.position, &sub.filter)?;
        if articles.is_empty() {
            tx.execute(
                "UPDATE subscribers SET position = ?2, anchor = ?3 WHERE id = ?1",
                params![subscriber_id, last, ts(due_at)],
            )?;
            tx.commit()?;
            return Ok(None);
        }
        tx.execute(
            "INSERT INTO digests (subscriber_id, recipient, due_at, from_seq, to_seq, articles, message_id,
             message, status, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, '', x'', 'pending', ?7)",
            params![subscriber_id, sub.email, ts(due_at), sub.position, last, articles.len() as i64, ts(now)],
        )?;
        let digest_id = tx.last_insert_rowid();
        let (message_id, message) = build(&Frozen {
            subscriber: &sub,
            articles: &articles,
            digest_id,
            to_seq: last,
        })?;
        tx.execute(
            "UPDATE digests SET message_id = ?2, message = ?3 WHERE id = ?1",
            params![digest_id, message_id, message],
        )?;
        tx.execute(
            "UPDATE subscribers SET anchor = ?2 WHERE id = ?1",
            params![subscriber_id, ts(due_at)],
        )?;
        let digest = Self::digest_by_id(&tx, digest_id)?;
        tx.commit()?;
        Ok(digest)
    }

    const DIGEST: &str =
        "SELECT id, subscriber_id, recipient, due_at, from_seq, to_seq, articles, message_id,
        message, status, attempts, last_error, sent_at FROM digests";

    fn digest_row(r: &Row<'_>) -> rusqlite::Result<Result<Digest, Error>> {
        let due: String = r.get(3)?;
        let status: String = r.get(9)?;
        let sent: Option<String> = r.get(12)?;
        let id = r.get(0)?;
        let subscriber_id = r.get(1)?;
        let recipient = r.get(2)?;
        let from_seq = r.get(4)?;
        let to_seq = r.get(5)?;
        let articles = r.get(6)?;
        let message_id = r.get(7)?;
        let message = r.get(8)?;
        let attempts = r.get(10)?;
        let last_error = r.get(11)?;
        Ok((|| {
            Ok(Digest {
                id,
                subscriber_id,
                recipient,
                due_at: parse_ts(&due)?,
                from_seq,
                to_seq,
                articles,
                message_id,
                message,
                status: match status.as_str() {
                    "pending" => DigestStatus::Pending,
                    "sent" => DigestStatus::Sent,
                    "failed" => DigestStatus::Failed,
                    s => return Err(Error::Corrupt(format!("digest status {s:?}"))),
                },
                attempts,
                last_error,
                sent_at: sent.as_deref().map(parse_ts).transpose()?,
            })
        })())
    }

    fn digest_by_id(conn: &Connection, id: i64) -> Result<Option<Digest>, Error> {
        conn.query_row(
            &format!("{} WHERE id = ?1", Self::DIGEST),
            [id],
            Self::digest_row,
        )
        .optional()?
        .transpose()
    }

    /// The digests still to send, oldest first.
    pub fn pending_digests(&self) -> Result<Vec<Digest>, Error> {
        let mut stmt = self.conn.prepare(&format!(
            "{} WHERE status = 'pending' ORDER BY id",
            Self::DIGEST
        ))?;
        let rows = stmt.query_map([], Self::digest_row)?;
        rows.map(|r| r?).collect()
    }

    /// Every digest, newest first, at most `limit`.
    pub fn digests(&self, limit: usize) -> Result<Vec<Digest>, Error> {
        let mut stmt = self
            .conn
            .prepare(&format!("{} ORDER BY id DESC LIMIT ?1", Self::DIGEST))?;
        let rows = stmt.query_map([limit as i64], Self::digest_row)?;
        rows.map(|r| r?).collect()
    }

    /// Claims a pending digest for sending until `now + lease`; `false` when
    /// it is no longer pending or another sender holds an unexpired claim.
    /// A claim ends with [`Store::mark_sent`] or
    /// [`Store::mark_attempt_failed`], or when its lease runs out (a crash).
    pub fn claim(
        &mut self,
        digest_id: i64,
        now: DateTime<Utc>,
        lease: Duration,
    ) -> Result<bool, Error> {
        let until = now + chrono::Duration::from_std(lease).unwrap_or_default();
        let n = self.conn.execute(
            "UPDATE digests SET claimed_until = ?3 WHERE id = ?1 AND status = 'pending'
             AND (claimed_until IS NULL OR claimed_until <= ?2)",
            params![digest_id, ts(now), ts(until)],
        )?;
        Ok(n == 1)
    }

    /// Records that the server accepted the digest, and advances its
    /// subscriber's position past the digest's items, in one transaction.
    pub fn mark_sent(&mut self, digest_id: i64, now: DateTime<Utc>) -> Result<(), Error> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute(
            "UPDATE digests SET status = 'sent', sent_at = ?2, attempts = attempts + 1, last_error = NULL,
             claimed_until = NULL WHERE id = ?1 AND status = 'pending'",
            params![digest_id, ts(now)],
        )?;
        tx.execute(
            "UPDATE subscribers SET position = MAX(position, (SELECT to_seq FROM digests WHERE id = ?1))
             WHERE id = (SELECT subscriber_id FROM digests WHERE id = ?1)",
            [digest_id],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// Records a failed attempt: a permanent failure ends the digest
    /// (`failed`); a temporary one leaves it pending for a later attempt.
    pub fn mark_attempt_failed(
        &mut self,
        digest_id: i64,
        error: &str,
        permanent: bool,
    ) -> Result<(), Error> {
        let status = if permanent {
            DigestStatus::Failed
        } else {
            DigestStatus::Pending
        };
        self.conn.execute(
            "UPDATE digests SET status = ?2, attempts = attempts + 1, last_error = ?3, claimed_until = NULL
             WHERE id = ?1 AND status = 'pending'",
            params![digest_id, status.as_str(), error],
        )?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> DateTime<Utc> {
        s.parse().unwrap()
    }

    fn article(title: &str, body: &str) -> Article {
        nghiquyet_core::parse_article(&format!(
            "Tỉnh Mẫu:\n{title}\nCập nhật: Thứ Hai 12/10/2020 - 08:00\n{body}\nMai Anh"
        ))
        .unwrap()
    }

    fn new_sub(email: &str) -> NewSubscriber {
        NewSubscriber {
            email: email.into(),
            name: None,
            schedule: "@daily".parse().unwrap(),
            tz: "UTC".into(),
            lang: Lang::Vi,
            filter: Filter::default(),
            since: None,
        }
    }

    #[test]
    fn corrections_update_in_place() {
        let mut s = Store::open_in_memory().unwrap();
        let now = t("2026-01-01T00:00:00Z");
        assert_eq!(
            s.ingest(&article("A", "Một."), now).unwrap(),
            IngestOutcome::Added
        );
        assert_eq!(
            s.ingest(&article("A", "Một, đã sửa."), now).unwrap(),
            IngestOutcome::Updated
        );
        assert_eq!(
            s.ingest(&article("A", "Một, đã sửa."), now).unwrap(),
            IngestOutcome::Unchanged
        );
        assert_eq!(s.article_count().unwrap(), 1);
    }

    #[test]
    fn digest_life() {
        let mut s = Store::open_in_memory().unwrap();
        s.ingest(&article("Old", "Cũ."), t("2026-01-01T00:00:00Z"))
            .unwrap();
        let sub = s
            .subscribe(&new_sub("A@Example.org"), t("2026-01-01T01:00:00Z"))
            .unwrap();
        assert_eq!(sub.email, "a@example.org");
        assert_eq!(sub.position, 1);
        s.ingest(&article("New", "Mới."), t("2026-01-01T02:00:00Z"))
            .unwrap();
        assert!(sub.is_due(t("2026-01-02T00:00:00Z")));
        let d = s
            .freeze(
                sub.id,
                t("2026-01-02T00:00:00Z"),
                t("2026-01-02T00:00:00Z"),
                |f| {
                    assert_eq!(f.articles.len(), 1);
                    assert_eq!(f.articles[0].title.as_deref(), Some("New"));
                    Ok(("<x@y>".into(), b"msg".to_vec()))
                },
            )
            .unwrap()
            .unwrap();
        // A pending digest blocks the next one.
        assert!(
            s.freeze(
                sub.id,
                t("2026-01-03T00:00:00Z"),
                t("2026-01-03T00:00:00Z"),
                |_| unreachable!()
            )
            .unwrap()
            .is_none()
        );
        assert_eq!(s.pending_digests().unwrap().len(), 1);
        assert!(
            s.claim(d.id, t("2026-01-02T00:00:00Z"), Duration::from_secs(60))
                .unwrap()
        );
        assert!(
            !s.claim(d.id, t("2026-01-02T00:00:30Z"), Duration::from_secs(60))
                .unwrap(),
            "claimed"
        );
        assert!(
            s.claim(d.id, t("2026-01-02T00:01:00Z"), Duration::from_secs(60))
                .unwrap(),
            "lease over"
        );
        s.mark_attempt_failed(d.id, "451 later", false).unwrap();
        assert!(
            s.claim(d.id, t("2026-01-02T00:01:01Z"), Duration::from_secs(60))
                .unwrap(),
            "released"
        );
        assert_eq!(s.pending_digests().unwrap()[0].attempts, 1);
        s.mark_sent(d.id, t("2026-01-02T00:01:00Z")).unwrap();
        assert_eq!(s.subscriber("a@example.org").unwrap().position, 2);
        assert!(s.pending_digests().unwrap().is_empty());
        // Nothing new: no digest.
        assert!(
            s.freeze(
                sub.id,
                t("2026-01-03T00:00:00Z"),
                t("2026-01-03T00:00:00Z"),
                |_| unreachable!()
            )
            .unwrap()
            .is_none()
        );
    }

    #[test]
    fn migrations_bring_an_old_store_forward() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("old.db");
        {
            let conn = Connection::open(&path).unwrap();
            conn.execute_batch(MIGRATIONS[0]).unwrap();
            conn.pragma_update(None, "user_version", 1).unwrap();
        }
        let store = Store::open(&path).unwrap();
        let version: i64 = store
            .conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap();
        assert_eq!(version as usize, MIGRATIONS.len());
        let mode: String = store
            .conn
            .pragma_query_value(None, "journal_mode", |r| r.get(0))
            .unwrap();
        assert_eq!(mode, "wal");
        drop(store);
        // A store from a newer program is refused, not damaged.
        let conn = Connection::open(&path).unwrap();
        conn.pragma_update(None, "user_version", 99).unwrap();
        drop(conn);
        assert!(
            Store::open(&path)
                .unwrap_err()
                .to_string()
                .contains("newer")
        );
    }

    #[test]
    fn since_starts_earlier() {
        let mut s = Store::open_in_memory().unwrap();
        s.ingest(&article("Old", "Cũ."), t("2026-01-01T00:00:00Z"))
            .unwrap();
        let mut n = new_sub("b@example.org");
        n.since = Some(t("2025-12-31T00:00:00Z"));
        let sub = s.subscribe(&n, t("2026-01-01T01:00:00Z")).unwrap();
        assert_eq!(sub.position, 0);
        assert_eq!(s.preview(&sub).unwrap().len(), 1);
    }
}
