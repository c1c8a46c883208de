//! SQL for retention: dropping the message parts of ended digests and the
//! bodies nothing uses any more, one short statement or transaction at a
//! time.

use chrono::{DateTime, Utc};
use deadpool_postgres::Object;

use super::limit;
use crate::{Error, PRUNE_BATCH, Pruned};

/// One batch of ended digests no sender holds; `None` when none is left.
pub(super) async fn prune_digests(
    conn: &Object,
    before: DateTime<Utc>,
) -> Result<Option<Pruned>, Error> {
    // Rows another transaction has locked are left for the next prune. A
    // digest's name, unsubscribe URL and signature come with its body hash
    // (a digest from before bodies has its message instead): the index
    // `digests_unpruned` holds exactly the digests with parts left.
    let rows = conn
        .query(
            "WITH batch AS (
                SELECT id, COALESCE(octet_length(message), 0) + COALESCE(octet_length(dkim), 0)
                    + COALESCE(octet_length(name), 0) + octet_length(unsubscribe_url) AS bytes
                FROM digests
                WHERE (body_hash IS NOT NULL OR message IS NOT NULL)
                AND COALESCE(sent_at, due_at) < $1
                AND status IN ('sent', 'failed', 'cancelled')
                AND claimed_by IS NULL
                LIMIT $2
                FOR UPDATE SKIP LOCKED)
             UPDATE digests d SET body_hash = NULL, message = NULL, dkim = NULL, name = NULL, unsubscribe_url = ''
             FROM batch b WHERE d.id = b.id
             RETURNING b.bytes::bigint",
            &[&before, &limit(PRUNE_BATCH)],
        )
        .await?;
    Ok(tally(&rows)?.map(|(digests, bytes)| Pruned {
        digests,
        bodies: 0,
        bytes,
    }))
}

/// One batch of bodies no digest uses; `None` when none is left.
///
/// A freeze stores the bodies of its digests in its own transaction
/// (`INSERT … ON CONFLICT DO NOTHING`, which does not lock a body already
/// there). The table lock here waits for the freezes that stored bodies to
/// commit, so the delete's snapshot sees their digests, and makes the
/// freezes that start meanwhile wait, so they store their bodies again.
/// Senders reading bodies are not kept waiting.
pub(super) async fn prune_bodies(conn: &mut Object) -> Result<Option<Pruned>, Error> {
    let tx = conn.transaction().await?;
    tx.batch_execute("LOCK TABLE bodies IN EXCLUSIVE MODE")
        .await?;
    let rows = tx
        .query(
            "DELETE FROM bodies WHERE hash IN (
                SELECT b.hash FROM bodies b
                WHERE NOT EXISTS (SELECT 1 FROM digests d WHERE d.body_hash = b.hash)
                LIMIT $1)
             RETURNING (octet_length(subject) + octet_length(bytes))::bigint",
            &[&limit(PRUNE_BATCH)],
        )
        .await?;
    tx.commit().await?;
    Ok(tally(&rows)?.map(|(bodies, bytes)| Pruned {
        digests: 0,
        bodies,
        bytes,
    }))
}

/// How many rows a batch touched and the bytes they returned; `None` for
/// an empty batch (nothing left to prune).
fn tally(rows: &[tokio_postgres::Row]) -> Result<Option<(u64, u64)>, Error> {
    if rows.is_empty() {
        return Ok(None);
    }
    let mut bytes = 0u64;
    for r in rows {
        bytes += r.try_get::<_, i64>(0)?.max(0) as u64;
    }
    Ok(Some((rows.len() as u64, bytes)))
}
