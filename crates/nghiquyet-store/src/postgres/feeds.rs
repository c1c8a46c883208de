//! SQL for feeds and web sources (migration 2).

use chrono::{DateTime, Utc};
use deadpool_postgres::Object;

use super::subscribers::{ingest_in, lock_ingests};
use crate::{Error, Feed, FeedPoll, IngestOutcome, NewFeed, WebArticle, WebIngested, WebSource};

pub(super) async fn add(conn: &Object, feed: &NewFeed, now: DateTime<Utc>) -> Result<bool, Error> {
    // `xmax = 0` tells an inserted row from an updated one.
    let row = conn
        .query_one(
            "INSERT INTO feeds (url, name, links, added_at) VALUES ($1, $2, $3, $4)
             ON CONFLICT (url) DO UPDATE SET name = EXCLUDED.name, links = EXCLUDED.links
             RETURNING (xmax = 0)",
            &[&feed.url, &feed.name, &feed.links, &now],
        )
        .await?;
    Ok(row.try_get(0)?)
}

pub(super) async fn remove(conn: &Object, url: &str) -> Result<bool, Error> {
    Ok(conn
        .execute("DELETE FROM feeds WHERE url = $1", &[&url])
        .await?
        > 0)
}

pub(super) async fn list(conn: &Object) -> Result<Vec<Feed>, Error> {
    let rows = conn
        .query(
            "SELECT url, name, links, etag, last_modified, added_at, fetched_at, last_error
             FROM feeds ORDER BY added_at, added_seq",
            &[],
        )
        .await?;
    rows.iter()
        .map(|r| {
            Ok(Feed {
                url: r.try_get(0)?,
                name: r.try_get(1)?,
                links: r.try_get(2)?,
                etag: r.try_get(3)?,
                last_modified: r.try_get(4)?,
                added_at: r.try_get(5)?,
                fetched_at: r.try_get(6)?,
                last_error: r.try_get(7)?,
            })
        })
        .collect()
}

pub(super) async fn polled(
    conn: &Object,
    poll: &FeedPoll,
    now: DateTime<Utc>,
) -> Result<(), Error> {
    conn.execute(
        "UPDATE feeds SET etag = COALESCE($2, etag), last_modified = COALESCE($3, last_modified),
         last_error = $4, fetched_at = $5 WHERE url = $1",
        &[
            &poll.url,
            &poll.etag,
            &poll.last_modified,
            &poll.error,
            &now,
        ],
    )
    .await?;
    Ok(())
}

async fn source_in(
    client: &impl tokio_postgres::GenericClient,
    url: &str,
) -> Result<Option<WebSource>, Error> {
    let row = client
        .query_opt(
            "SELECT article_id, item_updated FROM article_sources WHERE url = $1",
            &[&url],
        )
        .await?;
    row.map(|r| {
        Ok(WebSource {
            article_id: r.try_get(0)?,
            item_updated: r.try_get(1)?,
        })
    })
    .transpose()
}

pub(super) async fn source(conn: &Object, url: &str) -> Result<Option<WebSource>, Error> {
    source_in(&***conn, url).await
}

pub(super) async fn ingest(
    conn: &mut Object,
    web: WebArticle,
    now: DateTime<Utc>,
) -> Result<WebIngested, Error> {
    let WebArticle {
        mut article,
        urls,
        fingerprint,
        item_updated,
    } = web;
    let tx = conn.transaction().await?;
    // The ingest lock orders the look-ups and the writes of every worker:
    // two feeds bringing one article at once store it once.
    lock_ingests(&tx).await?;
    let mut by_url = None;
    for url in &urls {
        if let Some(known) = source_in(&*tx, url).await? {
            by_url = Some(known.article_id);
            break;
        }
    }
    let outcome = match by_url {
        Some(id) => {
            article.id = id;
            ingest_in(&tx, &article, now).await?
        }
        None => {
            let copy_of = tx
                .query_opt(
                    "SELECT article_id FROM article_fingerprints WHERE fingerprint = $1",
                    &[&fingerprint],
                )
                .await?;
            match copy_of {
                Some(row) => {
                    article.id = row.try_get(0)?;
                    IngestOutcome::Unchanged
                }
                None => ingest_in(&tx, &article, now).await?,
            }
        }
    };
    for url in &urls {
        tx.execute(
            "INSERT INTO article_sources (url, article_id, item_updated, seen_at) VALUES ($1, $2, $3, $4)
             ON CONFLICT (url) DO UPDATE SET article_id = EXCLUDED.article_id,
               item_updated = COALESCE(EXCLUDED.item_updated, article_sources.item_updated),
               seen_at = EXCLUDED.seen_at",
            &[url, &article.id, &item_updated, &now],
        )
        .await?;
    }
    tx.execute(
        "INSERT INTO article_fingerprints (fingerprint, article_id) VALUES ($1, $2)
         ON CONFLICT (fingerprint) DO NOTHING",
        &[&fingerprint, &article.id],
    )
    .await?;
    tx.commit().await?;
    Ok(WebIngested {
        outcome,
        article_id: article.id,
    })
}
