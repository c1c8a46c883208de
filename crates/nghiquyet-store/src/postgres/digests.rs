//! SQL for digests: freezing them, claims, outcomes, listing.

use chrono::{DateTime, Utc};
use deadpool_postgres::Object;
use tokio_postgres::Row;
use tokio_postgres::types::ToSql;

use super::limit;
use super::liveness::LIVE_KEYS;
use crate::{
    BodyRecord, Claimed, Counts, DigestRecord, DigestStatus, Error, FreezeBatch, Frozen, Outcome,
    Record,
};

pub(super) async fn freeze(conn: &mut Object, mut batch: FreezeBatch) -> Result<Frozen, Error> {
    // Rows are locked in one order by every worker: no deadlock between
    // two freezes of overlapping batches.
    batch.bodies.sort_by(|a, b| a.hash.cmp(&b.hash));
    batch.digests.sort_by_key(|d| d.subscriber_id);
    batch.advances.sort_by_key(|a| a.subscriber_id);
    let tx = conn.transaction().await?;
    let mut frozen = Frozen::default();
    let body = tx
        .prepare_cached(
            "INSERT INTO bodies (hash, subject, bytes) VALUES ($1, $2, $3) ON CONFLICT (hash) DO NOTHING",
        )
        .await?;
    for b in &batch.bodies {
        tx.execute(&body, &[&b.hash, &b.subject, &b.bytes]).await?;
    }
    // The subscriber must still be active, at the position read, and
    // without a pending digest; its row lock makes a second worker freezing
    // the same subscriber wait and then see the first one's digest (the
    // unique index `digests_one_pending` stands behind it).
    let ready = tx
        .prepare_cached(
            "SELECT 1 FROM subscribers s WHERE s.id = $1 AND s.position = $2 AND s.status = 'active'
             AND NOT EXISTS (SELECT 1 FROM digests d WHERE d.status = 'pending' AND d.subscriber_id = s.id)
             FOR UPDATE OF s",
        )
        .await?;
    let insert = tx
        .prepare_cached(
            "INSERT INTO digests (subscriber_id, recipient, name, unsubscribe_url, due_at, from_seq, to_seq,
             articles, message_id, body_hash, dkim, status, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'pending', $5)
             ON CONFLICT DO NOTHING",
        )
        .await?;
    let anchor = tx
        .prepare_cached(
            "UPDATE subscribers SET anchor = $2, hold_until = NULL, holds = 0, last_error = NULL WHERE id = $1",
        )
        .await?;
    for d in &batch.digests {
        if tx
            .query_opt(&ready, &[&d.subscriber_id, &d.from_seq])
            .await?
            .is_none()
        {
            continue;
        }
        let n = tx
            .execute(
                &insert,
                &[
                    &d.subscriber_id,
                    &d.recipient,
                    &d.name,
                    &d.unsubscribe_url,
                    &d.due_at,
                    &d.from_seq,
                    &d.to_seq,
                    &d.articles,
                    &d.message_id,
                    &d.body_hash,
                    &d.dkim,
                ],
            )
            .await?;
        if n == 0 {
            continue;
        }
        tx.execute(&anchor, &[&d.subscriber_id, &d.due_at]).await?;
        frozen.digests += 1;
    }
    let advance = tx
        .prepare_cached(
            "UPDATE subscribers SET position = $3, anchor = $4, hold_until = NULL, holds = 0, last_error = NULL
             WHERE id = $1 AND position = $2 AND status = 'active'
             AND NOT EXISTS (SELECT 1 FROM digests d WHERE d.status = 'pending' AND d.subscriber_id = $1)",
        )
        .await?;
    for a in &batch.advances {
        frozen.advanced += tx
            .execute(
                &advance,
                &[&a.subscriber_id, &a.from_seq, &a.to_seq, &a.due_at],
            )
            .await? as usize;
    }
    tx.commit().await?;
    Ok(frozen)
}

pub(super) async fn heartbeat(conn: &mut Object, me: &str, lease: f64) -> Result<(), Error> {
    let tx = conn.transaction().await?;
    tx.execute(
        "UPDATE digests SET lease_until = now() + make_interval(secs => $2)
         WHERE claimed_by = $1 AND status = 'pending'",
        &[&me, &lease],
    )
    .await?;
    tx.execute(
        "UPDATE senders SET heartbeat_at = now() WHERE id = $1",
        &[&me],
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

pub(super) async fn end(conn: &mut Object, me: &str) -> Result<(), Error> {
    let tx = conn.transaction().await?;
    tx.execute(
        "UPDATE digests SET claimed_by = NULL, claim_key = NULL, lease_until = NULL WHERE claimed_by = $1",
        &[&me],
    )
    .await?;
    tx.execute("DELETE FROM senders WHERE id = $1", &[&me])
        .await?;
    tx.commit().await?;
    Ok(())
}

pub(super) async fn claim(
    conn: &mut Object,
    me: &str,
    key: i32,
    now: DateTime<Utc>,
    n: usize,
    lease: f64,
) -> Result<Vec<Claimed>, Error> {
    // Senders gone without ending their pass: forget them.
    conn.execute(
        &format!(
            "DELETE FROM senders WHERE heartbeat_at < now() - make_interval(secs => $1)
             AND lock_key::oid NOT IN ({LIVE_KEYS})"
        ),
        &[&lease],
    )
    .await?;
    // A claim is free when nobody holds it, when its lease ran out on the
    // database's clock, or when its holder's session (its lock) is gone.
    // The locks are read as the statement runs, not from its snapshot: a
    // claim made since this transaction began (`claimed_at >= now()`) may
    // belong to a sender whose lock came after that read, so only an older
    // claim counts as dead. Rows another worker is claiming right now are
    // skipped, not waited for.
    let rows = conn
        .query(
            &format!(
                "WITH c AS (
                SELECT id FROM digests
                WHERE status = 'pending'
                AND (next_attempt_at IS NULL OR next_attempt_at <= $2)
                AND (tried_by IS NULL OR tried_by <> $1)
                AND (claimed_by IS NULL OR (claimed_by <> $1 AND (lease_until < now()
                     OR (claimed_at < now() AND claim_key::oid NOT IN ({LIVE_KEYS})))))
                ORDER BY due_at, id
                LIMIT $3
                FOR UPDATE SKIP LOCKED)
             UPDATE digests d SET claimed_by = $1, claim_key = $5, claimed_at = now(),
                lease_until = now() + make_interval(secs => $4)
             FROM c WHERE d.id = c.id
             RETURNING d.id, d.recipient, d.name, d.unsubscribe_url, d.message_id, d.due_at,
                d.body_hash, d.message, d.dkim, d.attempts, d.articles"
            ),
            &[&me, &now, &limit(n), &lease, &key],
        )
        .await?;
    let mut claimed = rows
        .iter()
        .map(claimed_row)
        .collect::<Result<Vec<_>, _>>()?;
    claimed.sort_by_key(|c| (c.due_at, c.id));
    Ok(claimed)
}

fn claimed_row(r: &Row) -> Result<Claimed, Error> {
    Ok(Claimed {
        id: r.try_get(0)?,
        recipient: r.try_get(1)?,
        name: r.try_get(2)?,
        unsubscribe_url: r.try_get(3)?,
        message_id: r.try_get(4)?,
        due_at: r.try_get(5)?,
        body_hash: r.try_get(6)?,
        legacy_message: r.try_get(7)?,
        dkim: r.try_get(8)?,
        attempts: r.try_get(9)?,
        articles: r.try_get(10)?,
    })
}

pub(super) async fn bodies(conn: &Object, hashes: &[String]) -> Result<Vec<BodyRecord>, Error> {
    let rows = conn
        .query(
            "SELECT hash, subject, bytes FROM bodies WHERE hash = ANY($1)",
            &[&hashes],
        )
        .await?;
    let mut found = std::collections::HashMap::with_capacity(rows.len());
    for r in &rows {
        let hash: String = r.try_get(0)?;
        found.insert(hash, (r.try_get(1)?, r.try_get(2)?));
    }
    hashes
        .iter()
        .map(|hash| {
            let (subject, bytes): (String, Vec<u8>) = found
                .get(hash)
                .cloned()
                .ok_or_else(|| Error::Corrupt(format!("no stored body {hash}")))?;
            Ok(BodyRecord {
                hash: hash.clone(),
                subject,
                bytes,
            })
        })
        .collect()
}

pub(super) async fn record(
    conn: &mut Object,
    me: &str,
    mut records: Vec<Record>,
) -> Result<(), Error> {
    records.sort_by_key(|r| r.digest_id);
    let tx = conn.transaction().await?;
    // A digest cancelled while in flight was still delivered: the history
    // says so.
    let sent = tx
        .prepare_cached(
            "UPDATE digests SET status = 'sent', sent_at = $3, attempts = attempts + $4, last_error = NULL,
             claimed_by = NULL, claim_key = NULL, lease_until = NULL
             WHERE id = $1 AND claimed_by = $2 AND status IN ('pending', 'cancelled')
             RETURNING subscriber_id, from_seq, to_seq",
        )
        .await?;
    // A rewind (subscribe --since) while in flight keeps its position.
    let advance = tx
        .prepare_cached(
            "UPDATE subscribers SET position = CASE WHEN position = $2 THEN GREATEST(position, $3) ELSE position END,
             refusals = 0 WHERE id = $1",
        )
        .await?;
    let deferred = tx
        .prepare_cached(
            "UPDATE digests SET attempts = attempts + $5, last_error = $3, next_attempt_at = $4,
             tried_by = $2, claimed_by = NULL, claim_key = NULL, lease_until = NULL
             WHERE id = $1 AND claimed_by = $2 AND status = 'pending'",
        )
        .await?;
    let failed = tx
        .prepare_cached(
            "UPDATE digests SET status = 'failed', attempts = attempts + $4, last_error = $3,
             claimed_by = NULL, claim_key = NULL, lease_until = NULL
             WHERE id = $1 AND claimed_by = $2 AND status IN ('pending', 'cancelled')
             RETURNING subscriber_id",
        )
        .await?;
    let refused = tx
        .prepare_cached(
            "UPDATE subscribers SET refusals = refusals + 1,
             status = CASE WHEN refusals + 1 >= $2 THEN 'bouncing' ELSE status END WHERE id = $1",
        )
        .await?;
    let release = tx
        .prepare_cached(
            "UPDATE digests SET claimed_by = NULL, claim_key = NULL, lease_until = NULL WHERE id = $1 AND claimed_by = $2",
        )
        .await?;
    for r in &records {
        let id: &(dyn ToSql + Sync) = &r.digest_id;
        let attempts = i64::from(r.attempts);
        match &r.outcome {
            Outcome::Sent { at } => {
                if let Some(row) = tx.query_opt(&sent, &[id, &me, at, &attempts]).await? {
                    let sub: Option<i64> = row.try_get(0)?;
                    let (from, to): (i64, i64) = (row.try_get(1)?, row.try_get(2)?);
                    if let Some(sub) = sub {
                        tx.execute(&advance, &[&sub, &from, &to]).await?;
                    }
                }
            }
            Outcome::Deferred { error, retry_at } => {
                tx.execute(&deferred, &[id, &me, error, retry_at, &attempts])
                    .await?;
            }
            Outcome::Failed {
                error,
                bounce_limit,
            } => {
                if let Some(row) = tx.query_opt(&failed, &[id, &me, error, &attempts]).await?
                    && let Some(sub) = row.try_get::<_, Option<i64>>(0)?
                {
                    tx.execute(&refused, &[&sub, &i64::from((*bounce_limit).max(1))])
                        .await?;
                }
            }
            Outcome::Released => {
                tx.execute(&release, &[id, &me]).await?;
            }
        }
    }
    tx.commit().await?;
    Ok(())
}

pub(super) async fn counts(conn: &Object, me: &str) -> Result<Counts, Error> {
    let row = conn
        .query_one(
            &format!(
                "SELECT COUNT(*), COUNT(*) FILTER (WHERE claimed_by IS NOT NULL AND claimed_by <> $1
                AND lease_until >= now() AND claim_key::oid IN ({LIVE_KEYS}))
             FROM digests WHERE status = 'pending'"
            ),
            &[&me],
        )
        .await?;
    let (pending, held): (i64, i64) = (row.try_get(0)?, row.try_get(1)?);
    Ok(Counts {
        pending: (pending - held).max(0) as usize,
        held: held.max(0) as usize,
    })
}

pub(super) async fn list(
    conn: &Object,
    status: Option<DigestStatus>,
    n: usize,
) -> Result<Vec<DigestRecord>, Error> {
    let rows = conn
        .query(
            "SELECT id, recipient, due_at, from_seq, to_seq, articles, message_id, status, attempts,
             last_error, sent_at, next_attempt_at FROM digests WHERE ($1::text IS NULL OR status = $1)
             ORDER BY id DESC LIMIT $2",
            &[&status.map(DigestStatus::as_str), &limit(n)],
        )
        .await?;
    rows.iter()
        .map(|r| {
            let status: &str = r.try_get(7)?;
            Ok(DigestRecord {
                id: r.try_get(0)?,
                recipient: r.try_get(1)?,
                due_at: r.try_get(2)?,
                from_seq: r.try_get(3)?,
                to_seq: r.try_get(4)?,
                articles: r.try_get(5)?,
                message_id: r.try_get(6)?,
                status: status.parse().map_err(Error::Corrupt)?,
                attempts: r.try_get(8)?,
                error: r.try_get(9)?,
                sent_at: r.try_get(10)?,
                next_attempt_at: r.try_get(11)?,
            })
        })
        .collect()
}

pub(super) async fn take_sends(
    conn: &mut Object,
    relay: &str,
    per_second: f64,
    want: u32,
) -> Result<crate::Allowance, Error> {
    let tx = conn.transaction().await?;
    // A new bucket starts full; the row lock orders the senders.
    tx.execute(
        "INSERT INTO rate_buckets (relay, tokens, updated_at) VALUES ($1, $2, clock_timestamp())
         ON CONFLICT (relay) DO NOTHING",
        &[&relay, &per_second.max(1.0)],
    )
    .await?;
    let row = tx
        .query_one(
            "SELECT tokens, EXTRACT(EPOCH FROM clock_timestamp() - updated_at)::float8
             FROM rate_buckets WHERE relay = $1 FOR UPDATE",
            &[&relay],
        )
        .await?;
    let (allowance, left) =
        crate::Allowance::refill(row.try_get(0)?, row.try_get(1)?, per_second, want);
    tx.execute(
        "UPDATE rate_buckets SET tokens = $2, updated_at = clock_timestamp() WHERE relay = $1",
        &[&relay, &left],
    )
    .await?;
    tx.commit().await?;
    Ok(allowance)
}
