//! SQL for retention: dropping the message parts of ended digests and the
//! bodies nothing uses any more, a short transaction at a time.

use chrono::{DateTime, Utc};
use rusqlite::{Connection, TransactionBehavior, params};

use super::ts;
use crate::{Error, PRUNE_BATCH, Pruned};

/// One batch of ended digests; `None` when none is left.
pub(super) fn prune_digests(
    conn: &mut Connection,
    before: DateTime<Utc>,
) -> Result<Option<Pruned>, Error> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    // Times are stored as fixed-width RFC 3339 UTC text: they compare as
    // text. `length` counts a text's characters, a blob's bytes. A digest's
    // name, unsubscribe URL and signature come with its body hash (a digest
    // from before bodies has its message instead): the index
    // `digests_unpruned` holds exactly the digests with parts left, and
    // `+status` keeps the planner from `digests_status`, which would walk
    // every digest pruned before.
    let batch: Vec<(i64, i64)> = {
        let mut stmt = tx.prepare_cached(
            "SELECT id, COALESCE(length(message), 0) + COALESCE(length(CAST(dkim AS BLOB)), 0)
                + COALESCE(length(CAST(name AS BLOB)), 0) + length(CAST(unsubscribe_url AS BLOB))
             FROM digests
             WHERE (body_hash IS NOT NULL OR message IS NOT NULL)
             AND COALESCE(sent_at, due_at) < ?1
             AND +status IN ('sent', 'failed', 'cancelled')
             AND claimed_by IS NULL
             LIMIT ?2",
        )?;
        stmt.query_map(params![ts(before), PRUNE_BATCH as i64], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })?
        .collect::<Result<_, _>>()?
    };
    if batch.is_empty() {
        return Ok(None);
    }
    {
        let mut drop = tx.prepare_cached(
            "UPDATE digests SET body_hash = NULL, message = NULL, dkim = NULL, name = NULL,
             unsubscribe_url = '' WHERE id = ?1",
        )?;
        for (id, _) in &batch {
            drop.execute([id])?;
        }
    }
    tx.commit()?;
    let bytes: i64 = batch.iter().map(|(_, b)| b.max(&0)).sum();
    Ok(Some(Pruned {
        digests: batch.len() as u64,
        bodies: 0,
        bytes: bytes as u64,
    }))
}

/// One batch of bodies no digest uses; `None` when none is left. A freeze
/// stores the bodies of its digests in its own transaction, and write
/// transactions take turns: a body deleted here is stored again by the next
/// freeze that needs it.
pub(super) fn prune_bodies(conn: &mut Connection) -> Result<Option<Pruned>, Error> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let (bodies, bytes) = {
        let mut stmt = tx.prepare_cached(
            "DELETE FROM bodies WHERE hash IN (
                SELECT b.hash FROM bodies b
                WHERE NOT EXISTS (SELECT 1 FROM digests d WHERE d.body_hash = b.hash)
                LIMIT ?1)
             RETURNING length(CAST(subject AS BLOB)) + length(bytes)",
        )?;
        let sizes = stmt.query_map([PRUNE_BATCH as i64], |r| r.get::<_, i64>(0))?;
        let mut n = 0u64;
        let mut bytes = 0u64;
        for size in sizes {
            n += 1;
            bytes += size?.max(0) as u64;
        }
        (n, bytes)
    };
    tx.commit()?;
    Ok((bodies > 0).then_some(Pruned {
        digests: 0,
        bodies,
        bytes,
    }))
}

/// Pages of the file in use and free (on its free list), for the report
/// of how much a prune gave back.
pub(super) fn pages(conn: &Connection) -> Result<(i64, i64, i64), Error> {
    let count: i64 = conn.pragma_query_value(None, "page_count", |r| r.get(0))?;
    let free: i64 = conn.pragma_query_value(None, "freelist_count", |r| r.get(0))?;
    let size: i64 = conn.pragma_query_value(None, "page_size", |r| r.get(0))?;
    Ok((count, free, size))
}
