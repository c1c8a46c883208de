//! SQL for subscriptions asked on the web (double opt-in) and the counts
//! of the operator's metrics: the PostgreSQL side of `sqlite/requests.rs`.

use chrono::{DateTime, Utc};
use deadpool_postgres::Object;

use super::subscribers::{SUBSCRIBER, row};
use crate::sqlite::random_hex;
use crate::{Error, StatusCounts, SubscriberRecord, SubscriberSettings};

fn keywords(new: &SubscriberSettings) -> Result<String, Error> {
    serde_json::to_string(&new.keywords).map_err(|e| Error::Corrupt(e.to_string()))
}

pub(super) async fn request(
    conn: &mut Object,
    new: &SubscriberSettings,
    now: DateTime<Utc>,
) -> Result<SubscriberRecord, Error> {
    let keywords = keywords(new)?;
    let token = random_hex()?;
    let tx = conn.transaction().await?;
    // A new address becomes a pending row; a pending one is renewed; an
    // active or bouncing subscriber is left as it is.
    tx.execute(
        "INSERT INTO subscribers (email, name, schedule, tz, lang, issuer, keywords, min_targets,
         token, position, anchor, created_at, status)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9,
         (SELECT COALESCE(MAX(seq), 0) FROM articles), $10, $10, 'pending')
         ON CONFLICT (email) DO UPDATE SET name = excluded.name, schedule = excluded.schedule,
         tz = excluded.tz, lang = excluded.lang, issuer = excluded.issuer,
         keywords = excluded.keywords, min_targets = excluded.min_targets,
         token = excluded.token, anchor = excluded.anchor, created_at = excluded.created_at
         WHERE subscribers.status = 'pending'",
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
            &now,
        ],
    )
    .await?;
    let record = tx
        .query_one(&format!("{SUBSCRIBER} WHERE s.email = $1"), &[&new.email])
        .await?;
    let record = row(&record)?;
    tx.commit().await?;
    Ok(record)
}

pub(super) async fn confirm(
    conn: &mut Object,
    token: &str,
    asked_since: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<Option<SubscriberRecord>, Error> {
    let fresh = random_hex()?;
    let tx = conn.transaction().await?;
    let confirmed = tx
        .query_opt(
            "UPDATE subscribers SET status = 'active', token = $3, anchor = $4,
             position = (SELECT COALESCE(MAX(seq), 0) FROM articles)
             WHERE token = $1 AND status = 'pending' AND created_at >= $2 RETURNING id",
            &[&token, &asked_since, &fresh, &now],
        )
        .await?;
    let Some(confirmed) = confirmed else {
        return Ok(None);
    };
    let id: i64 = confirmed.try_get(0)?;
    let record = tx
        .query_one(&format!("{SUBSCRIBER} WHERE s.id = $1"), &[&id])
        .await?;
    let record = row(&record)?;
    tx.commit().await?;
    Ok(Some(record))
}

pub(super) async fn by_token(
    conn: &Object,
    token: &str,
) -> Result<Option<SubscriberRecord>, Error> {
    conn.query_opt(&format!("{SUBSCRIBER} WHERE s.token = $1"), &[&token])
        .await?
        .as_ref()
        .map(row)
        .transpose()
}

pub(super) async fn expire_pending(conn: &Object, before: DateTime<Utc>) -> Result<usize, Error> {
    let n = conn
        .execute(
            "DELETE FROM subscribers WHERE status = 'pending' AND created_at < $1",
            &[&before],
        )
        .await?;
    Ok(usize::try_from(n).unwrap_or(usize::MAX))
}

pub(super) async fn status_counts(conn: &Object) -> Result<StatusCounts, Error> {
    let count = async |sql: &str| -> Result<Vec<(String, i64)>, Error> {
        conn.query(sql, &[])
            .await?
            .iter()
            .map(|r| Ok((r.try_get(0)?, r.try_get(1)?)))
            .collect()
    };
    Ok(StatusCounts {
        subscribers: count(
            "SELECT status, COUNT(*) FROM subscribers GROUP BY status ORDER BY status",
        )
        .await?,
        digests: count("SELECT status, COUNT(*) FROM digests GROUP BY status ORDER BY status")
            .await?,
    })
}

pub(super) async fn import(
    conn: &mut Object,
    batch: &[SubscriberSettings],
    now: DateTime<Utc>,
) -> Result<usize, Error> {
    let tx = conn.transaction().await?;
    let position: i64 = tx
        .query_one("SELECT COALESCE(MAX(seq), 0) FROM articles", &[])
        .await?
        .try_get(0)?;
    let upsert = tx
        .prepare(
            "INSERT INTO subscribers (email, name, schedule, tz, lang, issuer, keywords, min_targets,
             token, position, anchor, created_at, status)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11, 'active')
             ON CONFLICT (email) DO UPDATE SET name = excluded.name, schedule = excluded.schedule,
             tz = excluded.tz, lang = excluded.lang, issuer = excluded.issuer,
             keywords = excluded.keywords, min_targets = excluded.min_targets, status = 'active',
             refusals = 0, hold_until = NULL, holds = 0, last_error = NULL",
        )
        .await?;
    let mut n = 0;
    for new in batch {
        let keywords = keywords(new)?;
        let token = random_hex()?;
        n += tx
            .execute(
                &upsert,
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
                    &position,
                    &now,
                ],
            )
            .await?;
    }
    tx.commit().await?;
    Ok(usize::try_from(n).unwrap_or(usize::MAX))
}
