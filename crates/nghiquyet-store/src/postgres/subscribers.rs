//! SQL for articles and subscribers.

use chrono::{DateTime, Utc};
use deadpool_postgres::Object;
use nghiquyet_core::Article;
use sha2::{Digest as _, Sha256};
use tokio_postgres::Row;

use super::{LOCK_SPACE, limit};
use crate::sqlite::{hex, random_hex};
use crate::{
    Error, IngestOutcome, StoredArticle, SubscriberRecord, SubscriberSettings, SubscriberStatus,
    Unsubscribe,
};

/// The advisory lock that orders ingests: sequence numbers become visible
/// in the order they were given, so a position never skips an article that
/// another worker's transaction commits later.
const INGEST_LOCK: i32 = -1;

pub(super) async fn ingest(
    conn: &mut Object,
    article: &Article,
    now: DateTime<Utc>,
) -> Result<IngestOutcome, Error> {
    let tx = conn.transaction().await?;
    lock_ingests(&tx).await?;
    let outcome = ingest_in(&tx, article, now).await?;
    tx.commit().await?;
    Ok(outcome)
}

/// Takes the lock that orders ingests, until the transaction ends.
pub(super) async fn lock_ingests(tx: &tokio_postgres::Transaction<'_>) -> Result<(), Error> {
    tx.execute(
        "SELECT pg_advisory_xact_lock($1, $2)",
        &[&LOCK_SPACE, &INGEST_LOCK],
    )
    .await?;
    Ok(())
}

/// Stores an article inside the caller's transaction, which holds the
/// ingest lock.
pub(super) async fn ingest_in(
    tx: &tokio_postgres::Transaction<'_>,
    article: &Article,
    now: DateTime<Utc>,
) -> Result<IngestOutcome, Error> {
    let json = serde_json::to_string(article).map_err(|e| Error::Corrupt(e.to_string()))?;
    let hash = hex(&Sha256::digest(json.as_bytes()));
    let old = tx
        .query_opt("SELECT hash FROM articles WHERE id = $1", &[&article.id])
        .await?;
    let outcome = match old.map(|r| r.try_get::<_, String>(0)).transpose()? {
        Some(h) if h == hash => IngestOutcome::Unchanged,
        Some(_) => {
            tx.execute(
                "UPDATE articles SET hash = $2, json = $3, updated_at = $4 WHERE id = $1",
                &[&article.id, &hash, &json, &now],
            )
            .await?;
            IngestOutcome::Updated
        }
        None => {
            tx.execute(
                "INSERT INTO articles (id, hash, json, ingested_at, updated_at) VALUES ($1, $2, $3, $4, $4)",
                &[&article.id, &hash, &json, &now],
            )
            .await?;
            IngestOutcome::Added
        }
    };
    Ok(outcome)
}

pub(super) async fn articles_after(
    conn: &Object,
    seq: i64,
    n: usize,
) -> Result<Vec<StoredArticle>, Error> {
    let rows = conn
        .query(
            "SELECT seq, json FROM articles WHERE seq > $1 ORDER BY seq LIMIT $2",
            &[&seq, &limit(n)],
        )
        .await?;
    rows.iter()
        .map(|row| {
            let seq: i64 = row.try_get(0)?;
            let json: &str = row.try_get(1)?;
            let article = serde_json::from_str(json)
                .map_err(|e| Error::Corrupt(format!("article {seq}: {e}")))?;
            Ok(StoredArticle { seq, article })
        })
        .collect()
}

pub(super) const SUBSCRIBER: &str =
    "SELECT s.id, s.email, s.name, s.schedule, s.tz, s.lang, s.issuer, s.keywords,
    s.min_targets, s.token, s.position, s.anchor, s.created_at, s.status, s.refusals, s.hold_until,
    s.holds, s.last_error,
    EXISTS (SELECT 1 FROM digests d WHERE d.status = 'pending' AND d.subscriber_id = s.id)
    FROM subscribers s";

pub(super) fn row(r: &Row) -> Result<SubscriberRecord, Error> {
    let id: i64 = r.try_get(0)?;
    let keywords: &str = r.try_get(7)?;
    let status: &str = r.try_get(13)?;
    Ok(SubscriberRecord {
        id,
        settings: SubscriberSettings {
            email: r.try_get(1)?,
            name: r.try_get(2)?,
            schedule: r.try_get(3)?,
            tz: r.try_get(4)?,
            lang: r.try_get(5)?,
            issuer: r.try_get(6)?,
            keywords: serde_json::from_str(keywords)
                .map_err(|e| Error::Corrupt(format!("subscriber {id} keywords: {e}")))?,
            min_targets: r.try_get(8)?,
            since: None,
        },
        token: r.try_get(9)?,
        position: r.try_get(10)?,
        anchor: r.try_get(11)?,
        created_at: r.try_get(12)?,
        status: match status {
            "active" => SubscriberStatus::Active,
            "bouncing" => SubscriberStatus::Bouncing,
            "pending" => SubscriberStatus::Pending,
            s => return Err(Error::Corrupt(format!("subscriber status {s:?}"))),
        },
        refusals: r.try_get(14)?,
        hold_until: r.try_get(15)?,
        holds: r.try_get(16)?,
        last_error: r.try_get(17)?,
        has_pending: r.try_get(18)?,
    })
}

pub(super) async fn page(
    conn: &Object,
    after_id: i64,
    n: usize,
) -> Result<Vec<SubscriberRecord>, Error> {
    let rows = conn
        .query(
            &format!("{SUBSCRIBER} WHERE s.id > $1 ORDER BY s.id LIMIT $2"),
            &[&after_id, &limit(n)],
        )
        .await?;
    rows.iter().map(row).collect()
}

pub(super) async fn by_email(
    conn: &Object,
    email: &str,
) -> Result<Option<SubscriberRecord>, Error> {
    conn.query_opt(&format!("{SUBSCRIBER} WHERE s.email = $1"), &[&email])
        .await?
        .as_ref()
        .map(row)
        .transpose()
}

pub(super) async fn subscribe(
    conn: &mut Object,
    new: &SubscriberSettings,
    now: DateTime<Utc>,
) -> Result<SubscriberRecord, Error> {
    let keywords =
        serde_json::to_string(&new.keywords).map_err(|e| Error::Corrupt(e.to_string()))?;
    let token = random_hex()?;
    let since = new.since.map(|s| s.min(now));
    let tx = conn.transaction().await?;
    // A new address is inserted unless another subscribe got there first;
    // either way the row is then locked and updated.
    let start = since.unwrap_or(now);
    let inserted = tx
        .query_opt(
            "INSERT INTO subscribers (email, name, schedule, tz, lang, issuer, keywords, min_targets,
             token, position, anchor, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9,
             (SELECT COALESCE(MAX(seq), 0) FROM articles WHERE ingested_at < $10 OR $11), $10, $12)
             ON CONFLICT (email) DO NOTHING RETURNING id",
            &[
                &new.email,
                &new.name,
                &new.schedule,
                &new.tz,
                &new.lang,
                &new.issuer,
                &keywords,
                &new.min_targets,
                &token,
                &start,
                &since.is_none(),
                &now,
            ],
        )
        .await?;
    if inserted.is_none() {
        let id: i64 = tx
            .query_one(
                "SELECT id FROM subscribers WHERE email = $1 FOR UPDATE",
                &[&new.email],
            )
            .await?
            .try_get(0)?;
        tx.execute(
            "UPDATE subscribers SET name = $2, schedule = $3, tz = $4, lang = $5, issuer = $6,
             keywords = $7, min_targets = $8, status = 'active', refusals = 0, hold_until = NULL,
             holds = 0, last_error = NULL WHERE id = $1",
            &[
                &id,
                &new.name,
                &new.schedule,
                &new.tz,
                &new.lang,
                &new.issuer,
                &keywords,
                &new.min_targets,
            ],
        )
        .await?;
        if let Some(since) = since {
            let r = tx
                .query_one(
                    "SELECT position, LEAST(position,
                        (SELECT COALESCE(MAX(seq), 0) FROM articles WHERE ingested_at < $2))
                     FROM subscribers WHERE id = $1",
                    &[&id, &since],
                )
                .await?;
            let (position, back): (i64, i64) = (r.try_get(0)?, r.try_get(1)?);
            // A pending digest no sender holds would move the position past
            // the rewind when sent: cancel it; the next digest covers its
            // articles. One in flight keeps the rewound position when it is
            // recorded (see `record`).
            if back < position {
                tx.execute(
                    "UPDATE digests SET status = 'cancelled', last_error = 'rewound by subscribe --since'
                     WHERE subscriber_id = $1 AND status = 'pending'
                     AND (claimed_by IS NULL OR lease_until < now())",
                    &[&id],
                )
                .await?;
            }
            tx.execute(
                "UPDATE subscribers SET anchor = $2, position = $3 WHERE id = $1",
                &[&id, &since, &back],
            )
            .await?;
        }
    }
    let record = row(&tx
        .query_one(&format!("{SUBSCRIBER} WHERE s.email = $1"), &[&new.email])
        .await?)?;
    tx.commit().await?;
    Ok(record)
}

pub(super) async fn unsubscribe(
    conn: &mut Object,
    who: &Unsubscribe,
    erase: bool,
) -> Result<bool, Error> {
    let tx = conn.transaction().await?;
    let found = match who {
        Unsubscribe::Email(e) => {
            tx.query_opt(
                "SELECT id, email FROM subscribers WHERE email = $1 FOR UPDATE",
                &[e],
            )
            .await?
        }
        Unsubscribe::Token(t) => {
            tx.query_opt(
                "SELECT id, email FROM subscribers WHERE token = $1 FOR UPDATE",
                &[t],
            )
            .await?
        }
    };
    let found: Option<(i64, String)> = found
        .map(|r| Ok::<_, Error>((r.try_get(0)?, r.try_get(1)?)))
        .transpose()?;
    let mut done = false;
    if let Some((id, _)) = &found {
        tx.execute(
            "UPDATE digests SET status = 'cancelled', last_error = 'unsubscribed'
             WHERE subscriber_id = $1 AND status = 'pending'",
            &[id],
        )
        .await?;
        tx.execute("DELETE FROM subscribers WHERE id = $1", &[id])
            .await?;
        done = true;
    }
    if erase {
        let email = match (&found, who) {
            (Some((_, e)), _) => Some(e.clone()),
            (None, Unsubscribe::Email(e)) => Some(e.clone()),
            (None, Unsubscribe::Token(_)) => None,
        };
        if let Some(email) = email {
            let n = tx
                .execute(
                    "UPDATE digests SET recipient = '(erased)', name = NULL, unsubscribe_url = ''
                     WHERE recipient = $1",
                    &[&email],
                )
                .await?;
            done |= n > 0;
        }
    }
    tx.commit().await?;
    Ok(done)
}

pub(super) async fn hold(
    conn: &Object,
    id: i64,
    until: DateTime<Utc>,
    error: &str,
) -> Result<(), Error> {
    conn.execute(
        "UPDATE subscribers SET hold_until = $2, holds = holds + 1, last_error = $3 WHERE id = $1",
        &[&id, &until, &error],
    )
    .await?;
    Ok(())
}
