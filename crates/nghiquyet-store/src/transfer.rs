//! Moving a store from SQLite to PostgreSQL: articles, subscribers,
//! bodies and the digests' ledger, each row under its own id, so that
//! positions and digests keep pointing at the same things; then the feeds
//! and the web sources (URLs and fingerprints) of the articles.
//!
//! Each batch is one PostgreSQL transaction that inserts what is missing
//! and leaves what is there: a run that stopped half-way is resumed by
//! running it again, and a finished one run again copies nothing. Every
//! row already in the target must be the same row (same id and natural
//! key: an article's id, a subscriber's address, a digest's Message-ID), or
//! the move stops: the target holds other data.
//!
//! Claims are not copied: a digest pending in SQLite is pending, unclaimed,
//! in PostgreSQL, with the same Message-ID and bytes. The move refuses to
//! start while a live sender holds claims on the SQLite store; stop the
//! senders first and start them on PostgreSQL after.

use std::path::Path;
use std::sync::{Arc, Mutex};

use chrono::{DateTime, Utc};
use rusqlite::Connection;
use serde::Serialize;
use tokio_postgres::types::ToSql;

use crate::sqlite::{from_unix, parse_ts};
use crate::{Error, PostgresStore, SenderId, SqliteStore, Store};

/// Rows per transaction.
const BATCH: i64 = 1000;

/// What a move did, table by table.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Moved {
    /// Articles copied now.
    pub articles: u64,
    /// Subscribers copied now.
    pub subscribers: u64,
    /// Rendered bodies copied now.
    pub bodies: u64,
    /// Digests copied now.
    pub digests: u64,
    /// Feeds copied now.
    pub feeds: u64,
    /// Web sources copied now: the URLs articles were found at and their
    /// fingerprints.
    pub web_sources: u64,
    /// Rows found already in the target (a resumed or repeated move).
    pub already_there: u64,
}

/// Copies the SQLite store at `from` into the PostgreSQL store `to`; see
/// the module's notes. Safe to run again after an interruption.
///
/// ```no_run
/// use nghiquyet_store::{PostgresStore, move_sqlite_to_postgres};
///
/// let rt = tokio::runtime::Runtime::new()?;
/// rt.block_on(async {
///     let to = PostgresStore::open("postgres://nghiquyet@127.0.0.1/nghiquyet").await?;
///     let moved = move_sqlite_to_postgres(std::path::Path::new("nghiquyet.db"), &to).await?;
///     println!("{} digests moved", moved.digests);
///     Ok::<(), nghiquyet_store::Error>(())
/// })?;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub async fn move_sqlite_to_postgres(from: &Path, to: &PostgresStore) -> Result<Moved, Error> {
    if !from.exists() {
        return Err(Error::Address(format!(
            "{}: no such SQLite store",
            from.display()
        )));
    }
    let source = SqliteStore::open(from)?;
    let held = source
        .counts(&SenderId("nghiquyet-migrate".into()))
        .await?
        .held;
    if held > 0 {
        return Err(Error::Move(format!(
            "{}: {held} digests are claimed by a running sender: stop the senders on the SQLite store first",
            from.display()
        )));
    }
    drop(source);
    let read = Arc::new(Mutex::new(Connection::open(from)?));
    let mut moved = Moved::default();
    for table in TABLES {
        let mut after = String::new();
        loop {
            let (rows, last) = {
                let read = read.clone();
                let after = after.clone();
                tokio::task::spawn_blocking(move || {
                    let conn = read
                        .lock()
                        .map_err(|_| Error::Worker("the reader is poisoned".into()))?;
                    (table.read)(&conn, &after)
                })
                .await
                .map_err(|e| Error::Worker(e.to_string()))??
            };
            if rows.is_empty() {
                break;
            }
            let n = rows.len() as u64;
            let copied = write(to, &table, &rows).await?;
            *table.count(&mut moved) += copied;
            moved.already_there += n - copied;
            after = last;
        }
    }
    let conn = to.conn().await?;
    conn.batch_execute(
        "SELECT setval(pg_get_serial_sequence('articles', 'seq'), GREATEST(MAX(seq), 1)) FROM articles;
         SELECT setval(pg_get_serial_sequence('subscribers', 'id'), GREATEST(MAX(id), 1)) FROM subscribers;
         SELECT setval(pg_get_serial_sequence('digests', 'id'), GREATEST(MAX(id), 1)) FROM digests;",
    )
    .await?;
    Ok(moved)
}

/// A value to insert.
type Value = Box<dyn ToSql + Sync + Send>;

/// One row: its values in the table's column order, and its key pair for
/// the check that a row already there is the same.
struct Row {
    values: Vec<Value>,
    key: (String, String),
}

/// A batch read: the rows and the last key.
type Batch = (Vec<Row>, String);

struct Table {
    name: &'static str,
    columns: &'static str,
    /// The key pair of the check: (row key, natural key) columns.
    key: (&'static str, &'static str),
    /// Reads the next batch after a key; returns the rows and the last key.
    read: fn(&Connection, &str) -> Result<Batch, Error>,
}

impl Table {
    fn count<'a>(&self, moved: &'a mut Moved) -> &'a mut u64 {
        match self.name {
            "articles" => &mut moved.articles,
            "subscribers" => &mut moved.subscribers,
            "bodies" => &mut moved.bodies,
            "feeds" => &mut moved.feeds,
            "article_sources" | "article_fingerprints" => &mut moved.web_sources,
            _ => &mut moved.digests,
        }
    }
}

const TABLES: [Table; 7] = [
    Table {
        name: "articles",
        columns: "seq, id, hash, json, ingested_at, updated_at",
        key: ("seq::text", "id"),
        read: read_articles,
    },
    Table {
        name: "subscribers",
        columns: "id, email, name, schedule, tz, lang, issuer, keywords, min_targets, token, position, \
                  anchor, created_at, status, refusals, hold_until, holds, last_error",
        key: ("id::text", "email"),
        read: read_subscribers,
    },
    Table {
        name: "bodies",
        columns: "hash, subject, bytes",
        key: ("hash", "hash"),
        read: read_bodies,
    },
    Table {
        name: "digests",
        columns: "id, subscriber_id, recipient, name, unsubscribe_url, due_at, from_seq, to_seq, \
                  articles, message_id, body_hash, message, dkim, status, attempts, last_error, \
                  created_at, sent_at, next_attempt_at",
        key: ("id::text", "message_id"),
        read: read_digests,
    },
    Table {
        name: "feeds",
        columns: "url, name, links, etag, last_modified, added_at, fetched_at, last_error",
        key: ("url", "url"),
        read: read_feeds,
    },
    Table {
        name: "article_sources",
        columns: "url, article_id, item_updated, seen_at",
        key: ("url", "article_id"),
        read: read_sources,
    },
    Table {
        name: "article_fingerprints",
        columns: "fingerprint, article_id",
        key: ("fingerprint", "article_id"),
        read: read_fingerprints,
    },
];

fn after_id(after: &str) -> i64 {
    after.parse().unwrap_or(i64::MIN)
}

fn time(s: String) -> Result<DateTime<Utc>, Error> {
    parse_ts(&s)
}

/// One batch of a table: the rows of `sql` (which takes the key to resume
/// after and a limit) from `from` on, each read by `row` with its resume
/// key; the batch's last key, `after` when it is empty.
fn read_batch(
    c: &Connection,
    sql: &str,
    from: impl rusqlite::ToSql,
    after: &str,
    row: impl Fn(&rusqlite::Row<'_>) -> Result<(String, Row), Error>,
) -> Result<Batch, Error> {
    let mut stmt = c.prepare_cached(sql)?;
    let mut rows = stmt.query(rusqlite::params![from, BATCH])?;
    let mut out = Vec::new();
    let mut last = after.to_string();
    while let Some(r) = rows.next()? {
        let (key, read) = row(r)?;
        last = key;
        out.push(read);
    }
    Ok((out, last))
}

fn read_articles(c: &Connection, after: &str) -> Result<Batch, Error> {
    read_batch(
        c,
        "SELECT seq, id, hash, json, ingested_at, updated_at FROM articles WHERE seq > ?1 ORDER BY seq LIMIT ?2",
        after_id(after),
        after,
        |r| {
            let seq: i64 = r.get(0)?;
            let id: String = r.get(1)?;
            let last = seq.to_string();
            Ok((
                last,
                Row {
                    key: (seq.to_string(), id.clone()),
                    values: vec![
                        Box::new(seq),
                        Box::new(id),
                        Box::new(r.get::<_, String>(2)?),
                        Box::new(r.get::<_, String>(3)?),
                        Box::new(time(r.get(4)?)?),
                        Box::new(time(r.get(5)?)?),
                    ],
                },
            ))
        },
    )
}

fn read_subscribers(c: &Connection, after: &str) -> Result<Batch, Error> {
    read_batch(c, "SELECT id, email, name, schedule, tz, lang, issuer, keywords, min_targets, token, position,
         anchor, created_at, status, refusals, hold_until, holds, last_error
         FROM subscribers WHERE id > ?1 ORDER BY id LIMIT ?2", after_id(after), after, |r| {
        let id: i64 = r.get(0)?;
        let email: String = r.get(1)?;
        let last = id.to_string();
        Ok((last, Row {
            key: (id.to_string(), email.clone()),
            values: vec![
                Box::new(id),
                Box::new(email),
                Box::new(r.get::<_, Option<String>>(2)?),
                Box::new(r.get::<_, String>(3)?),
                Box::new(r.get::<_, String>(4)?),
                Box::new(r.get::<_, String>(5)?),
                Box::new(r.get::<_, Option<String>>(6)?),
                Box::new(r.get::<_, String>(7)?),
                Box::new(r.get::<_, i64>(8)?),
                Box::new(r.get::<_, String>(9)?),
                Box::new(r.get::<_, i64>(10)?),
                Box::new(time(r.get(11)?)?),
                Box::new(time(r.get(12)?)?),
                Box::new(r.get::<_, String>(13)?),
                Box::new(r.get::<_, i64>(14)?),
                Box::new(r.get::<_, Option<i64>>(15)?.map(from_unix)),
                Box::new(r.get::<_, i64>(16)?),
                Box::new(r.get::<_, Option<String>>(17)?),
            ],
        }))
    })
}

fn read_bodies(c: &Connection, after: &str) -> Result<Batch, Error> {
    read_batch(
        c,
        "SELECT hash, subject, bytes FROM bodies WHERE hash > ?1 ORDER BY hash LIMIT ?2",
        after,
        after,
        |r| {
            let hash: String = r.get(0)?;
            let last = hash.clone();
            Ok((
                last,
                Row {
                    key: (hash.clone(), hash.clone()),
                    values: vec![
                        Box::new(hash),
                        Box::new(r.get::<_, String>(1)?),
                        Box::new(r.get::<_, Vec<u8>>(2)?),
                    ],
                },
            ))
        },
    )
}

fn read_digests(c: &Connection, after: &str) -> Result<Batch, Error> {
    read_batch(
        c,
        "SELECT id, subscriber_id, recipient, name, unsubscribe_url, due_at, from_seq, to_seq,
         articles, message_id, body_hash, message, dkim, status, attempts, last_error, created_at,
         sent_at, next_attempt_at FROM digests WHERE id > ?1 ORDER BY id LIMIT ?2",
        after_id(after),
        after,
        |r| {
            let id: i64 = r.get(0)?;
            let message_id: String = r.get(9)?;
            let last = id.to_string();
            Ok((
                last,
                Row {
                    key: (id.to_string(), message_id.clone()),
                    values: vec![
                        Box::new(id),
                        Box::new(r.get::<_, Option<i64>>(1)?),
                        Box::new(r.get::<_, String>(2)?),
                        Box::new(r.get::<_, Option<String>>(3)?),
                        Box::new(r.get::<_, String>(4)?),
                        Box::new(time(r.get(5)?)?),
                        Box::new(r.get::<_, i64>(6)?),
                        Box::new(r.get::<_, i64>(7)?),
                        Box::new(r.get::<_, i64>(8)?),
                        Box::new(message_id),
                        Box::new(r.get::<_, Option<String>>(10)?),
                        Box::new(r.get::<_, Option<Vec<u8>>>(11)?),
                        Box::new(r.get::<_, Option<String>>(12)?),
                        Box::new(r.get::<_, String>(13)?),
                        Box::new(r.get::<_, i64>(14)?),
                        Box::new(r.get::<_, Option<String>>(15)?),
                        Box::new(time(r.get(16)?)?),
                        Box::new(r.get::<_, Option<String>>(17)?.map(time).transpose()?),
                        Box::new(r.get::<_, Option<i64>>(18)?.map(from_unix)),
                    ],
                },
            ))
        },
    )
}

fn read_feeds(c: &Connection, after: &str) -> Result<Batch, Error> {
    // In the order they were added (rowid), which PostgreSQL keeps as its
    // own insertion order.
    read_batch(
        c,
        "SELECT rowid, url, name, links, etag, last_modified, added_at, fetched_at, last_error
         FROM feeds WHERE rowid > ?1 ORDER BY rowid LIMIT ?2",
        after_id(after),
        after,
        |r| {
            let last = r.get::<_, i64>(0)?.to_string();
            let url: String = r.get(1)?;
            Ok((
                last,
                Row {
                    key: (url.clone(), url.clone()),
                    values: vec![
                        Box::new(url),
                        Box::new(r.get::<_, Option<String>>(2)?),
                        Box::new(r.get::<_, Option<String>>(3)?),
                        Box::new(r.get::<_, Option<String>>(4)?),
                        Box::new(r.get::<_, Option<String>>(5)?),
                        Box::new(time(r.get(6)?)?),
                        Box::new(r.get::<_, Option<String>>(7)?.map(time).transpose()?),
                        Box::new(r.get::<_, Option<String>>(8)?),
                    ],
                },
            ))
        },
    )
}

fn read_sources(c: &Connection, after: &str) -> Result<Batch, Error> {
    read_batch(
        c,
        "SELECT url, article_id, item_updated, seen_at FROM article_sources
         WHERE url > ?1 ORDER BY url LIMIT ?2",
        after,
        after,
        |r| {
            let url: String = r.get(0)?;
            let article_id: String = r.get(1)?;
            let last = url.clone();
            Ok((
                last,
                Row {
                    key: (url.clone(), article_id.clone()),
                    values: vec![
                        Box::new(url),
                        Box::new(article_id),
                        Box::new(r.get::<_, Option<String>>(2)?),
                        Box::new(time(r.get(3)?)?),
                    ],
                },
            ))
        },
    )
}

fn read_fingerprints(c: &Connection, after: &str) -> Result<Batch, Error> {
    read_batch(
        c,
        "SELECT fingerprint, article_id FROM article_fingerprints
         WHERE fingerprint > ?1 ORDER BY fingerprint LIMIT ?2",
        after,
        after,
        |r| {
            let fingerprint: String = r.get(0)?;
            let article_id: String = r.get(1)?;
            let last = fingerprint.clone();
            Ok((
                last,
                Row {
                    key: (fingerprint.clone(), article_id.clone()),
                    values: vec![Box::new(fingerprint), Box::new(article_id)],
                },
            ))
        },
    )
}

/// Inserts the missing rows of a batch in one transaction and checks that
/// the others are the same rows; returns how many were inserted.
async fn write(to: &PostgresStore, table: &Table, rows: &[Row]) -> Result<u64, Error> {
    let mut conn = to.conn().await?;
    let tx = conn.transaction().await?;
    let width = rows[0].values.len();
    let placeholders = (1..=width)
        .map(|i| format!("${i}"))
        .collect::<Vec<_>>()
        .join(", ");
    let insert = tx
        .prepare(&format!(
            "INSERT INTO {} ({}) VALUES ({placeholders}) ON CONFLICT DO NOTHING",
            table.name, table.columns
        ))
        .await?;
    let mut copied = 0;
    for row in rows {
        let params: Vec<&(dyn ToSql + Sync)> = row
            .values
            .iter()
            .map(|v| v.as_ref() as &(dyn ToSql + Sync))
            .collect();
        copied += tx.execute(&insert, &params).await?;
    }
    let (keys, naturals): (Vec<&str>, Vec<&str>) = rows
        .iter()
        .map(|r| (r.key.0.as_str(), r.key.1.as_str()))
        .unzip();
    let same: i64 = tx
        .query_one(
            &format!(
                "SELECT COUNT(*) FROM unnest($1::text[], $2::text[]) AS u(k, n)
                 JOIN {} t ON {} = u.k AND t.{} = u.n",
                table.name,
                format_args!("t.{}", table.key.0),
                table.key.1
            ),
            &[&keys, &naturals],
        )
        .await?
        .try_get(0)?;
    if same != rows.len() as i64 {
        return Err(Error::Move(format!(
            "the target's {} hold other rows under the same ids (from another store?): \
             move into an empty PostgreSQL database",
            table.name
        )));
    }
    tx.commit().await?;
    Ok(copied)
}
