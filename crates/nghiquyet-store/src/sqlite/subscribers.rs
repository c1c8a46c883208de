//! SQL for articles and subscribers.

use chrono::{DateTime, Utc};
use nghiquyet_core::Article;
use rusqlite::{Connection, OptionalExtension, Row, TransactionBehavior, params};
use sha2::{Digest as _, Sha256};

use super::{hex, parse_ts, random_hex, ts};
use crate::{
    Error, IngestOutcome, StoredArticle, SubscriberRecord, SubscriberSettings, SubscriberStatus,
    Unsubscribe,
};

pub(super) fn ingest(
    conn: &mut Connection,
    article: &Article,
    now: DateTime<Utc>,
) -> Result<IngestOutcome, Error> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let outcome = ingest_in(&tx, article, now)?;
    tx.commit()?;
    Ok(outcome)
}

/// Stores an article inside the caller's transaction.
pub(super) fn ingest_in(
    tx: &rusqlite::Transaction<'_>,
    article: &Article,
    now: DateTime<Utc>,
) -> Result<IngestOutcome, Error> {
    let json = serde_json::to_string(article).map_err(|e| Error::Corrupt(e.to_string()))?;
    let hash = hex(&Sha256::digest(json.as_bytes()));
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
    Ok(outcome)
}

pub(super) fn articles_after(
    conn: &mut Connection,
    seq: i64,
    limit: usize,
) -> Result<Vec<StoredArticle>, Error> {
    let mut stmt =
        conn.prepare_cached("SELECT seq, json FROM articles WHERE seq > ?1 ORDER BY seq LIMIT ?2")?;
    let mut rows = stmt.query(params![seq, limit.min(i64::MAX as usize) as i64])?;
    let mut out = Vec::new();
    while let Some(row) = rows.next()? {
        let seq: i64 = row.get(0)?;
        let json: String = row.get(1)?;
        let article = serde_json::from_str(&json)
            .map_err(|e| Error::Corrupt(format!("article {seq}: {e}")))?;
        out.push(StoredArticle { seq, article });
    }
    Ok(out)
}

pub(super) const SUBSCRIBER: &str =
    "SELECT s.id, s.email, s.name, s.schedule, s.tz, s.lang, s.issuer, s.keywords,
    s.min_targets, s.token, s.position, s.anchor, s.created_at, s.status, s.refusals, s.hold_until,
    s.holds, s.last_error,
    EXISTS (SELECT 1 FROM digests d WHERE d.status = 'pending' AND d.subscriber_id = s.id)
    FROM subscribers s";

pub(super) fn row(r: &Row<'_>) -> rusqlite::Result<Result<SubscriberRecord, Error>> {
    let keywords: String = r.get(7)?;
    let anchor: String = r.get(11)?;
    let created: String = r.get(12)?;
    let status: String = r.get(13)?;
    let hold_until: Option<i64> = r.get(15)?;
    let settings = SubscriberSettings {
        email: r.get(1)?,
        name: r.get(2)?,
        schedule: r.get(3)?,
        tz: r.get(4)?,
        lang: r.get(5)?,
        issuer: r.get(6)?,
        keywords: Vec::new(),
        min_targets: r.get(8)?,
        since: None,
    };
    let id = r.get(0)?;
    let token = r.get(9)?;
    let position = r.get(10)?;
    let refusals = r.get(14)?;
    let holds = r.get(16)?;
    let last_error = r.get(17)?;
    let has_pending = r.get(18)?;
    Ok((|| {
        Ok(SubscriberRecord {
            id,
            settings: SubscriberSettings {
                keywords: serde_json::from_str(&keywords)
                    .map_err(|e| Error::Corrupt(format!("subscriber {id} keywords: {e}")))?,
                ..settings
            },
            token,
            position,
            anchor: parse_ts(&anchor)?,
            created_at: parse_ts(&created)?,
            status: match status.as_str() {
                "active" => SubscriberStatus::Active,
                "bouncing" => SubscriberStatus::Bouncing,
                "pending" => SubscriberStatus::Pending,
                s => return Err(Error::Corrupt(format!("subscriber status {s:?}"))),
            },
            refusals,
            hold_until: hold_until.map(super::from_unix),
            holds,
            last_error,
            has_pending,
        })
    })())
}

pub(super) fn page(
    conn: &mut Connection,
    after_id: i64,
    limit: usize,
) -> Result<Vec<SubscriberRecord>, Error> {
    let mut stmt = conn.prepare_cached(&format!(
        "{SUBSCRIBER} WHERE s.id > ?1 ORDER BY s.id LIMIT ?2"
    ))?;
    let rows = stmt.query_map(params![after_id, limit.min(i64::MAX as usize) as i64], row)?;
    rows.map(|r| r?).collect()
}

pub(super) fn by_email(
    conn: &mut Connection,
    email: &str,
) -> Result<Option<SubscriberRecord>, Error> {
    conn.query_row(&format!("{SUBSCRIBER} WHERE s.email = ?1"), [email], row)
        .optional()?
        .transpose()
}

pub(super) fn subscribe(
    conn: &mut Connection,
    new: &SubscriberSettings,
    now: DateTime<Utc>,
) -> Result<SubscriberRecord, Error> {
    let keywords =
        serde_json::to_string(&new.keywords).map_err(|e| Error::Corrupt(e.to_string()))?;
    let token = random_hex()?;
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let exists: Option<i64> = tx
        .query_row(
            "SELECT id FROM subscribers WHERE email = ?1",
            [&new.email],
            |r| r.get(0),
        )
        .optional()?;
    let since = new.since.map(|s| s.min(now));
    match exists {
        Some(id) => {
            tx.execute(
                "UPDATE subscribers SET name = ?2, schedule = ?3, tz = ?4, lang = ?5, issuer = ?6,
                 keywords = ?7, min_targets = ?8, status = 'active', refusals = 0, hold_until = NULL,
                 holds = 0, last_error = NULL WHERE id = ?1",
                params![
                    id,
                    new.name,
                    new.schedule,
                    new.tz,
                    new.lang,
                    new.issuer,
                    keywords,
                    new.min_targets
                ],
            )?;
            if let Some(since) = since {
                let (position, back): (i64, i64) = tx.query_row(
                    "SELECT position, MIN(position, (SELECT COALESCE(MAX(seq), 0) FROM articles WHERE ingested_at < ?2))
                     FROM subscribers WHERE id = ?1",
                    params![id, ts(since)],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )?;
                // A pending digest no sender holds would move the position
                // past the rewind when sent: cancel it; the next digest
                // covers its articles. One in flight keeps the rewound
                // position when it is recorded (see `record`).
                if back < position {
                    tx.execute(
                        "UPDATE digests SET status = 'cancelled', last_error = 'rewound by subscribe --since'
                         WHERE subscriber_id = ?1 AND status = 'pending' AND claimed_by IS NULL",
                        [id],
                    )?;
                }
                tx.execute(
                    "UPDATE subscribers SET anchor = ?2, position = ?3 WHERE id = ?1",
                    params![id, ts(since), back],
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
                params![
                    new.email,
                    new.name,
                    new.schedule,
                    new.tz,
                    new.lang,
                    new.issuer,
                    keywords,
                    new.min_targets,
                    token,
                    ts(start),
                    since.is_none(),
                    ts(now)
                ],
            )?;
        }
    }
    let record = tx
        .query_row(
            &format!("{SUBSCRIBER} WHERE s.email = ?1"),
            [&new.email],
            row,
        )?
        .map_err(|e| Error::Corrupt(e.to_string()))?;
    tx.commit()?;
    Ok(record)
}

pub(super) fn unsubscribe(
    conn: &mut Connection,
    who: &Unsubscribe,
    erase: bool,
) -> Result<bool, Error> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let found: Option<(i64, String)> = match who {
        Unsubscribe::Email(e) => tx.query_row(
            "SELECT id, email FROM subscribers WHERE email = ?1",
            [e],
            |r| Ok((r.get(0)?, r.get(1)?)),
        ),
        Unsubscribe::Token(t) => tx.query_row(
            "SELECT id, email FROM subscribers WHERE token = ?1",
            [t],
            |r| Ok((r.get(0)?, r.get(1)?)),
        ),
    }
    .optional()?;
    let mut done = false;
    if let Some((id, _)) = &found {
        tx.execute(
            "UPDATE digests SET status = 'cancelled', last_error = 'unsubscribed'
             WHERE subscriber_id = ?1 AND status = 'pending'",
            [id],
        )?;
        tx.execute("DELETE FROM subscribers WHERE id = ?1", [id])?;
        done = true;
    }
    if erase {
        let email = match (&found, who) {
            (Some((_, e)), _) => Some(e.clone()),
            (None, Unsubscribe::Email(e)) => Some(e.clone()),
            (None, Unsubscribe::Token(_)) => None,
        };
        if let Some(email) = email {
            let n = tx.execute(
                "UPDATE digests SET recipient = '(erased)', name = NULL, unsubscribe_url = ''
                 WHERE recipient = ?1",
                [&email],
            )?;
            done |= n > 0;
        }
    }
    tx.commit()?;
    Ok(done)
}

pub(super) fn hold(
    conn: &mut Connection,
    id: i64,
    until: DateTime<Utc>,
    error: &str,
) -> Result<(), Error> {
    conn.execute(
        "UPDATE subscribers SET hold_until = ?2, holds = holds + 1, last_error = ?3 WHERE id = ?1",
        params![id, until.timestamp(), error],
    )?;
    Ok(())
}
