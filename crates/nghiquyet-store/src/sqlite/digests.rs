//! SQL for digests: freezing them, claims, outcomes, listing.

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, Row, TransactionBehavior, params};

use super::liveness::{Life, Liveness};
use super::{from_unix, parse_ts, ts};
use crate::{
    BodyRecord, Claimed, Counts, DigestRecord, DigestStatus, Error, FreezeBatch, Frozen, Outcome,
    Record,
};

pub(super) fn freeze(conn: &mut Connection, batch: &FreezeBatch) -> Result<Frozen, Error> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let mut frozen = Frozen::default();
    {
        let mut body = tx.prepare_cached(
            "INSERT INTO bodies (hash, subject, bytes) VALUES (?1, ?2, ?3) ON CONFLICT (hash) DO NOTHING",
        )?;
        for b in &batch.bodies {
            body.execute(params![b.hash, b.subject, b.bytes])?;
        }
        // The subscriber must still be active, at the position read, and
        // without a pending digest.
        let mut ready = tx.prepare_cached(
            "SELECT 1 FROM subscribers s WHERE s.id = ?1 AND s.position = ?2 AND s.status = 'active'
             AND NOT EXISTS (SELECT 1 FROM digests d WHERE d.status = 'pending' AND d.subscriber_id = s.id)",
        )?;
        let mut insert = tx.prepare_cached(
            "INSERT INTO digests (subscriber_id, recipient, name, unsubscribe_url, due_at, from_seq, to_seq,
             articles, message_id, body_hash, dkim, status, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, 'pending', ?5)",
        )?;
        let mut anchor = tx.prepare_cached(
            "UPDATE subscribers SET anchor = ?2, hold_until = NULL, holds = 0, last_error = NULL WHERE id = ?1",
        )?;
        for d in &batch.digests {
            if !ready.exists(params![d.subscriber_id, d.from_seq])? {
                continue;
            }
            insert.execute(params![
                d.subscriber_id,
                d.recipient,
                d.name,
                d.unsubscribe_url,
                ts(d.due_at),
                d.from_seq,
                d.to_seq,
                d.articles,
                d.message_id,
                d.body_hash,
                d.dkim
            ])?;
            anchor.execute(params![d.subscriber_id, ts(d.due_at)])?;
            frozen.digests += 1;
        }
        let mut advance = tx.prepare_cached(
            "UPDATE subscribers SET position = ?3, anchor = ?4, hold_until = NULL, holds = 0, last_error = NULL
             WHERE id = ?1 AND position = ?2 AND status = 'active'
             AND NOT EXISTS (SELECT 1 FROM digests d WHERE d.status = 'pending' AND d.subscriber_id = ?1)",
        )?;
        for a in &batch.advances {
            frozen.advanced +=
                advance.execute(params![a.subscriber_id, a.from_seq, a.to_seq, ts(a.due_at)])?;
        }
    }
    tx.commit()?;
    Ok(frozen)
}

pub(super) fn heartbeat(conn: &mut Connection, me: &str, lease: f64) -> Result<(), Error> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    tx.execute(
        "UPDATE digests SET lease_until = unixepoch('subsec') + ?2 WHERE claimed_by = ?1 AND status = 'pending'",
        params![me, lease],
    )?;
    tx.execute(
        "UPDATE senders SET heartbeat_at = unixepoch('subsec') WHERE id = ?1",
        [me],
    )?;
    tx.commit()?;
    Ok(())
}

pub(super) fn end(conn: &mut Connection, me: &str) -> Result<(), Error> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    tx.execute(
        "UPDATE digests SET claimed_by = NULL, lease_until = NULL WHERE claimed_by = ?1",
        [me],
    )?;
    tx.execute("DELETE FROM senders WHERE id = ?1", [me])?;
    tx.commit()?;
    Ok(())
}

/// The other senders holding claims, judged by their locks; the dead ones'
/// claims are freed on the way.
fn judge_others(
    conn: &Connection,
    live: &Liveness,
    me: &str,
) -> Result<(Vec<String>, Vec<String>), Error> {
    let owners: Vec<String> = {
        let mut stmt = conn.prepare_cached(
            "SELECT DISTINCT claimed_by FROM digests WHERE claimed_by IS NOT NULL AND claimed_by != ?1",
        )?;
        stmt.query_map([me], |r| r.get(0))?
            .collect::<Result<_, _>>()?
    };
    let (mut alive, mut dead) = (Vec::new(), Vec::new());
    for owner in owners {
        match live.judge(&owner) {
            Life::Alive => alive.push(owner),
            Life::Dead => dead.push(owner),
            Life::Unknown => {}
        }
    }
    Ok((alive, dead))
}

pub(super) fn claim(
    conn: &mut Connection,
    live: &Liveness,
    me: &str,
    now: DateTime<Utc>,
    limit: usize,
    lease: f64,
) -> Result<Vec<Claimed>, Error> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let (alive, dead) = judge_others(&tx, live, me)?;
    for owner in &dead {
        tx.execute(
            "UPDATE digests SET claimed_by = NULL, lease_until = NULL WHERE claimed_by = ?1",
            [owner],
        )?;
        tx.execute("DELETE FROM senders WHERE id = ?1", [owner])?;
    }
    let alive = serde_json::to_string(&alive).map_err(|e| Error::Corrupt(e.to_string()))?;
    let mut claimed = {
        let mut stmt = tx.prepare_cached(
            "UPDATE digests SET claimed_by = ?1, lease_until = unixepoch('subsec') + ?5
             WHERE id IN (
                SELECT id FROM digests WHERE status = 'pending'
                AND (next_attempt_at IS NULL OR next_attempt_at <= ?2)
                AND (tried_by IS NULL OR tried_by != ?1)
                AND (claimed_by IS NULL OR (claimed_by != ?1
                     AND claimed_by NOT IN (SELECT value FROM json_each(?3))
                     AND lease_until < unixepoch('subsec')))
                ORDER BY id LIMIT ?4)
             RETURNING id, recipient, name, unsubscribe_url, message_id, due_at, body_hash, message,
                dkim, attempts, articles",
        )?;
        let rows = stmt.query_map(
            params![
                me,
                now.timestamp(),
                alive,
                limit.min(i64::MAX as usize) as i64,
                lease
            ],
            claimed_row,
        )?;
        rows.map(|r| r?).collect::<Result<Vec<_>, Error>>()?
    };
    tx.commit()?;
    claimed.sort_by_key(|c| c.id);
    Ok(claimed)
}

fn claimed_row(r: &Row<'_>) -> rusqlite::Result<Result<Claimed, Error>> {
    let due: String = r.get(5)?;
    let claimed = Claimed {
        id: r.get(0)?,
        recipient: r.get(1)?,
        name: r.get(2)?,
        unsubscribe_url: r.get(3)?,
        message_id: r.get(4)?,
        due_at: DateTime::<Utc>::default(),
        body_hash: r.get(6)?,
        legacy_message: r.get(7)?,
        dkim: r.get(8)?,
        attempts: r.get(9)?,
        articles: r.get(10)?,
    };
    Ok(parse_ts(&due).map(|due_at| Claimed { due_at, ..claimed }))
}

pub(super) fn bodies(conn: &mut Connection, hashes: &[String]) -> Result<Vec<BodyRecord>, Error> {
    let mut stmt = conn.prepare_cached("SELECT subject, bytes FROM bodies WHERE hash = ?1")?;
    let mut out = Vec::with_capacity(hashes.len());
    for hash in hashes {
        let found: Option<(String, Vec<u8>)> = stmt
            .query_row([hash], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        let (subject, bytes) =
            found.ok_or_else(|| Error::Corrupt(format!("no stored body {hash}")))?;
        out.push(BodyRecord {
            hash: hash.clone(),
            subject,
            bytes,
        });
    }
    Ok(out)
}

pub(super) fn record(conn: &mut Connection, me: &str, records: &[Record]) -> Result<(), Error> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    {
        // A digest cancelled while in flight was still delivered: the
        // history says so.
        let mut sent = tx.prepare_cached(
            "UPDATE digests SET status = 'sent', sent_at = ?3, attempts = attempts + ?4, last_error = NULL,
             claimed_by = NULL, lease_until = NULL
             WHERE id = ?1 AND claimed_by = ?2 AND status IN ('pending', 'cancelled')
             RETURNING subscriber_id, from_seq, to_seq",
        )?;
        // A rewind (subscribe --since) while in flight keeps its position.
        let mut advance = tx.prepare_cached(
            "UPDATE subscribers SET position = CASE WHEN position = ?2 THEN MAX(position, ?3) ELSE position END,
             refusals = 0 WHERE id = ?1",
        )?;
        let mut deferred = tx.prepare_cached(
            "UPDATE digests SET attempts = attempts + ?5, last_error = ?3, next_attempt_at = ?4,
             tried_by = ?2, claimed_by = NULL, lease_until = NULL
             WHERE id = ?1 AND claimed_by = ?2 AND status = 'pending'",
        )?;
        let mut failed = tx.prepare_cached(
            "UPDATE digests SET status = 'failed', attempts = attempts + ?4, last_error = ?3,
             claimed_by = NULL, lease_until = NULL
             WHERE id = ?1 AND claimed_by = ?2 AND status IN ('pending', 'cancelled')
             RETURNING subscriber_id",
        )?;
        let mut refused = tx.prepare_cached(
            "UPDATE subscribers SET refusals = refusals + 1,
             status = CASE WHEN refusals + 1 >= ?2 THEN 'bouncing' ELSE status END WHERE id = ?1",
        )?;
        let mut release = tx.prepare_cached(
            "UPDATE digests SET claimed_by = NULL, lease_until = NULL WHERE id = ?1 AND claimed_by = ?2",
        )?;
        for r in records {
            match &r.outcome {
                Outcome::Sent { at } => {
                    let row: Option<(Option<i64>, i64, i64)> = sent
                        .query_row(params![r.digest_id, me, ts(*at), r.attempts], |r| {
                            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
                        })
                        .optional()?;
                    if let Some((Some(sub), from, to)) = row {
                        advance.execute(params![sub, from, to])?;
                    }
                }
                Outcome::Deferred { error, retry_at } => {
                    deferred.execute(params![
                        r.digest_id,
                        me,
                        error,
                        retry_at.timestamp(),
                        r.attempts
                    ])?;
                }
                Outcome::Failed {
                    error,
                    bounce_limit,
                } => {
                    let sub: Option<Option<i64>> = failed
                        .query_row(params![r.digest_id, me, error, r.attempts], |r| r.get(0))
                        .optional()?;
                    if let Some(Some(sub)) = sub {
                        refused.execute(params![sub, bounce_limit.max(&1)])?;
                    }
                }
                Outcome::Released => {
                    release.execute(params![r.digest_id, me])?;
                }
            }
        }
    }
    tx.commit()?;
    Ok(())
}

pub(super) fn counts(conn: &mut Connection, live: &Liveness, me: &str) -> Result<Counts, Error> {
    let (alive, _) = judge_others(conn, live, me)?;
    let alive = serde_json::to_string(&alive).map_err(|e| Error::Corrupt(e.to_string()))?;
    let (pending, held): (i64, i64) = conn.query_row(
        "SELECT COUNT(*), COALESCE(SUM(claimed_by IS NOT NULL AND claimed_by != ?1
            AND (claimed_by IN (SELECT value FROM json_each(?2)) OR lease_until >= unixepoch('subsec'))), 0)
         FROM digests WHERE status = 'pending'",
        params![me, alive],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    Ok(Counts {
        pending: (pending - held).max(0) as usize,
        held: held.max(0) as usize,
    })
}

pub(super) fn list(
    conn: &mut Connection,
    status: Option<DigestStatus>,
    limit: usize,
) -> Result<Vec<DigestRecord>, Error> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, recipient, due_at, from_seq, to_seq, articles, message_id, status, attempts,
         last_error, sent_at, next_attempt_at FROM digests WHERE (?1 IS NULL OR status = ?1)
         ORDER BY id DESC LIMIT ?2",
    )?;
    let rows = stmt.query_map(
        params![
            status.map(DigestStatus::as_str),
            limit.min(i64::MAX as usize) as i64
        ],
        |r| {
            let due: String = r.get(2)?;
            let status: String = r.get(7)?;
            let sent: Option<String> = r.get(10)?;
            let next: Option<i64> = r.get(11)?;
            let record = DigestRecord {
                id: r.get(0)?,
                recipient: r.get(1)?,
                due_at: DateTime::<Utc>::default(),
                from_seq: r.get(3)?,
                to_seq: r.get(4)?,
                articles: r.get(5)?,
                message_id: r.get(6)?,
                status: DigestStatus::Pending,
                attempts: r.get(8)?,
                error: r.get(9)?,
                sent_at: None,
                next_attempt_at: next.map(from_unix),
            };
            Ok((|| {
                Ok(DigestRecord {
                    due_at: parse_ts(&due)?,
                    status: status.parse().map_err(Error::Corrupt)?,
                    sent_at: sent.as_deref().map(parse_ts).transpose()?,
                    ..record
                })
            })())
        },
    )?;
    rows.map(|r| r?).collect()
}

pub(super) fn take_sends(
    conn: &mut Connection,
    relay: &str,
    per_second: f64,
    want: u32,
) -> Result<crate::Allowance, Error> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let (tokens, elapsed): (Option<f64>, Option<f64>) = tx
        .query_row(
            "SELECT tokens, unixepoch('subsec') - updated_at FROM rate_buckets WHERE relay = ?1",
            [relay],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?
        .unwrap_or((None, None));
    // A new bucket starts full.
    let (allowance, left) = crate::Allowance::refill(
        tokens.unwrap_or(per_second.max(1.0)),
        elapsed.unwrap_or(0.0),
        per_second,
        want,
    );
    tx.execute(
        "INSERT INTO rate_buckets (relay, tokens, updated_at) VALUES (?1, ?2, unixepoch('subsec'))
         ON CONFLICT (relay) DO UPDATE SET tokens = excluded.tokens, updated_at = excluded.updated_at",
        params![relay, left],
    )?;
    tx.commit()?;
    Ok(allowance)
}
