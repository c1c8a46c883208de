//! SQL for subscriptions asked on the web (double opt-in) and the counts
//! of the operator's metrics.

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, TransactionBehavior, params};

use super::subscribers::{SUBSCRIBER, row};
use super::{random_hex, ts};
use crate::{Error, StatusCounts, SubscriberRecord, SubscriberSettings};

pub(super) fn request(
    conn: &mut Connection,
    new: &SubscriberSettings,
    now: DateTime<Utc>,
) -> Result<SubscriberRecord, Error> {
    let keywords =
        serde_json::to_string(&new.keywords).map_err(|e| Error::Corrupt(e.to_string()))?;
    let token = random_hex()?;
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let status: Option<String> = tx
        .query_row(
            "SELECT status FROM subscribers WHERE email = ?1",
            [&new.email],
            |r| r.get(0),
        )
        .optional()?;
    // A new address is stored pending; a pending one gets the new settings
    // and token; an active or unsubscribed one is left as it is.
    let write = match status.as_deref() {
        None => Some(
            "INSERT INTO subscribers (email, name, schedule, tz, lang, issuer, keywords, min_targets,
             token, position, anchor, created_at, status)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9,
             (SELECT COALESCE(MAX(seq), 0) FROM articles), ?10, ?10, 'pending')",
        ),
        Some("pending") => Some(
            "UPDATE subscribers SET name = ?2, schedule = ?3, tz = ?4, lang = ?5, issuer = ?6,
             keywords = ?7, min_targets = ?8, token = ?9, anchor = ?10, created_at = ?10
             WHERE email = ?1",
        ),
        Some(_) => None,
    };
    if let Some(sql) = write {
        tx.execute(
            sql,
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
                ts(now)
            ],
        )?;
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

pub(super) fn confirm(
    conn: &mut Connection,
    token: &str,
    asked_since: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<Option<SubscriberRecord>, Error> {
    let fresh = random_hex()?;
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let id: Option<i64> = tx
        .query_row(
            "SELECT id FROM subscribers WHERE token = ?1 AND status = 'pending' AND created_at >= ?2",
            params![token, ts(asked_since)],
            |r| r.get(0),
        )
        .optional()?;
    let Some(id) = id else {
        return Ok(None);
    };
    tx.execute(
        "UPDATE subscribers SET status = 'active', token = ?2, anchor = ?3,
         position = (SELECT COALESCE(MAX(seq), 0) FROM articles) WHERE id = ?1",
        params![id, fresh, ts(now)],
    )?;
    let record = tx
        .query_row(&format!("{SUBSCRIBER} WHERE s.id = ?1"), [id], row)?
        .map_err(|e| Error::Corrupt(e.to_string()))?;
    tx.commit()?;
    Ok(Some(record))
}

pub(super) fn by_token(
    conn: &mut Connection,
    token: &str,
) -> Result<Option<SubscriberRecord>, Error> {
    conn.query_row(&format!("{SUBSCRIBER} WHERE s.token = ?1"), [token], row)
        .optional()?
        .transpose()
}

pub(super) fn expire_pending(conn: &mut Connection, before: DateTime<Utc>) -> Result<usize, Error> {
    // Read first: no write lock when there is nothing to remove.
    let any: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM subscribers WHERE status = 'pending' AND created_at < ?1)",
        [ts(before)],
        |r| r.get(0),
    )?;
    if !any {
        return Ok(0);
    }
    Ok(conn.execute(
        "DELETE FROM subscribers WHERE status = 'pending' AND created_at < ?1",
        [ts(before)],
    )?)
}

pub(super) fn status_counts(conn: &mut Connection) -> Result<StatusCounts, Error> {
    let count = |sql: &str| -> Result<Vec<(String, i64)>, Error> {
        let mut stmt = conn.prepare_cached(sql)?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    };
    Ok(StatusCounts {
        subscribers: count(
            "SELECT status, COUNT(*) FROM subscribers GROUP BY status ORDER BY status",
        )?,
        digests: count("SELECT status, COUNT(*) FROM digests GROUP BY status ORDER BY status")?,
    })
}

pub(super) fn import(
    conn: &mut Connection,
    batch: &[SubscriberSettings],
    now: DateTime<Utc>,
) -> Result<usize, Error> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let position: i64 = tx.query_row("SELECT COALESCE(MAX(seq), 0) FROM articles", [], |r| {
        r.get(0)
    })?;
    let mut n = 0;
    {
        let mut upsert = tx.prepare_cached(
            "INSERT INTO subscribers (email, name, schedule, tz, lang, issuer, keywords, min_targets,
             token, position, anchor, created_at, status)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11, 'active')
             ON CONFLICT(email) DO UPDATE SET name = excluded.name, schedule = excluded.schedule,
             tz = excluded.tz, lang = excluded.lang, issuer = excluded.issuer,
             keywords = excluded.keywords, min_targets = excluded.min_targets, status = 'active',
             refusals = 0, hold_until = NULL, holds = 0, last_error = NULL",
        )?;
        for new in batch {
            let keywords =
                serde_json::to_string(&new.keywords).map_err(|e| Error::Corrupt(e.to_string()))?;
            n += upsert.execute(params![
                new.email,
                new.name,
                new.schedule,
                new.tz,
                new.lang,
                new.issuer,
                keywords,
                new.min_targets,
                random_hex()?,
                position,
                ts(now)
            ])?;
        }
    }
    tx.commit()?;
    Ok(n)
}
