//! The schema, one migration per entry, applied in one exclusive transaction.

use rusqlite::{Connection, TransactionBehavior};

use crate::Error;

/// `PRAGMA user_version` counts the migrations applied.
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
    // 2: claims.
    "ALTER TABLE digests ADD COLUMN claimed_until TEXT;",
    // 3: shared bodies, per-recipient parts, claims owned by live senders,
    // cancelled digests kept as history, suppression and build holds.
    "CREATE TABLE bodies (
        hash    TEXT PRIMARY KEY,
        subject TEXT NOT NULL,
        bytes   BLOB NOT NULL
    );
    CREATE TABLE digests_v3 (
        id              INTEGER PRIMARY KEY AUTOINCREMENT,
        subscriber_id   INTEGER REFERENCES subscribers(id) ON DELETE SET NULL,
        recipient       TEXT NOT NULL,
        name            TEXT,
        unsubscribe_url TEXT NOT NULL DEFAULT '',
        due_at          TEXT NOT NULL,
        from_seq        INTEGER NOT NULL,
        to_seq          INTEGER NOT NULL,
        articles        INTEGER NOT NULL,
        message_id      TEXT NOT NULL,
        body_hash       TEXT,
        message         BLOB,
        dkim            TEXT,
        status          TEXT NOT NULL CHECK (status IN ('pending', 'sent', 'failed', 'cancelled')),
        attempts        INTEGER NOT NULL DEFAULT 0,
        last_error      TEXT,
        created_at      TEXT NOT NULL,
        sent_at         TEXT,
        next_attempt_at INTEGER,
        claimed_by      TEXT,
        lease_until     REAL,
        tried_by        TEXT
    );
    INSERT INTO digests_v3 (id, subscriber_id, recipient, due_at, from_seq, to_seq, articles,
        message_id, message, status, attempts, last_error, created_at, sent_at)
    SELECT id, subscriber_id, recipient, due_at, from_seq, to_seq, articles, message_id,
        CASE WHEN status = 'pending' THEN message END, status, attempts, last_error, created_at, sent_at
    FROM digests;
    DROP TABLE digests;
    ALTER TABLE digests_v3 RENAME TO digests;
    CREATE INDEX digests_status ON digests(status, subscriber_id);
    CREATE INDEX digests_claims ON digests(claimed_by) WHERE claimed_by IS NOT NULL;
    CREATE INDEX digests_recipient ON digests(recipient);
    ALTER TABLE subscribers ADD COLUMN status TEXT NOT NULL DEFAULT 'active';
    ALTER TABLE subscribers ADD COLUMN refusals INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE subscribers ADD COLUMN hold_until INTEGER;
    ALTER TABLE subscribers ADD COLUMN holds INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE subscribers ADD COLUMN last_error TEXT;
    CREATE TABLE senders (
        id           TEXT PRIMARY KEY,
        pid          INTEGER NOT NULL,
        started_at   REAL NOT NULL,
        heartbeat_at REAL NOT NULL
    );",
    // 4: the send allowance of each mail relay, shared by every sender (a
    // token bucket on the store's clock).
    "CREATE TABLE rate_buckets (
        relay      TEXT PRIMARY KEY,
        tokens     REAL NOT NULL,
        updated_at REAL NOT NULL
    );",
    // 5: feeds to poll, the URLs web articles were reached at, and their
    // content fingerprints (an article reached twice is stored once).
    "CREATE TABLE feeds (
        url           TEXT PRIMARY KEY,
        name          TEXT,
        links         TEXT,
        etag          TEXT,
        last_modified TEXT,
        added_at      TEXT NOT NULL,
        fetched_at    TEXT,
        last_error    TEXT
    );
    CREATE TABLE article_sources (
        url          TEXT PRIMARY KEY,
        article_id   TEXT NOT NULL,
        item_updated TEXT,
        seen_at      TEXT NOT NULL
    );
    CREATE INDEX article_sources_article ON article_sources(article_id);
    CREATE TABLE article_fingerprints (
        fingerprint TEXT PRIMARY KEY,
        article_id  TEXT NOT NULL
    );",
    // 6: retention: pruning finds the ended digests that still hold message
    // parts by their end, and the bodies no digest uses by their hash,
    // without walking the rows pruned before.
    "CREATE INDEX digests_body ON digests(body_hash) WHERE body_hash IS NOT NULL;
    CREATE INDEX digests_unpruned ON digests(COALESCE(sent_at, due_at))
        WHERE body_hash IS NOT NULL OR message IS NOT NULL;",
];

/// Brings the schema up to date. The version is read and every missing
/// migration applied inside one exclusive transaction, so two processes
/// opening a new store at once both succeed: the second waits (busy
/// timeout), then finds nothing left to do.
pub(crate) fn migrate(conn: &mut Connection) -> Result<(), Error> {
    let known = MIGRATIONS.len() as i64;
    let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if version == known {
        return Ok(());
    }
    let tx = conn.transaction_with_behavior(TransactionBehavior::Exclusive)?;
    let version: i64 = tx.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if version > known {
        return Err(Error::Newer {
            found: version,
            known,
        });
    }
    for sql in MIGRATIONS.iter().skip(version as usize) {
        tx.execute_batch(sql)?;
    }
    tx.pragma_update(None, "user_version", known)?;
    tx.commit()?;
    Ok(())
}

#[cfg(test)]
pub(crate) fn first_migration() -> &'static str {
    MIGRATIONS[0]
}

#[cfg(test)]
pub(crate) fn latest() -> i64 {
    MIGRATIONS.len() as i64
}
