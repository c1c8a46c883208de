//! SQL for feeds and web sources (migration 5).

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, TransactionBehavior, params};

use super::subscribers::ingest_in;
use super::{parse_ts, ts};
use crate::{Error, Feed, FeedPoll, IngestOutcome, NewFeed, WebArticle, WebIngested, WebSource};

pub(super) fn add(
    conn: &mut Connection,
    feed: &NewFeed,
    now: DateTime<Utc>,
) -> Result<bool, Error> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let changed = tx.execute(
        "UPDATE feeds SET name = ?2, links = ?3 WHERE url = ?1",
        params![feed.url, feed.name, feed.links],
    )?;
    if changed == 0 {
        tx.execute(
            "INSERT INTO feeds (url, name, links, added_at) VALUES (?1, ?2, ?3, ?4)",
            params![feed.url, feed.name, feed.links, ts(now)],
        )?;
    }
    tx.commit()?;
    Ok(changed == 0)
}

pub(super) fn remove(conn: &mut Connection, url: &str) -> Result<bool, Error> {
    Ok(conn.execute("DELETE FROM feeds WHERE url = ?1", [url])? > 0)
}

pub(super) fn list(conn: &mut Connection) -> Result<Vec<Feed>, Error> {
    let mut stmt = conn.prepare_cached(
        "SELECT url, name, links, etag, last_modified, added_at, fetched_at, last_error
         FROM feeds ORDER BY added_at, rowid",
    )?;
    let mut rows = stmt.query([])?;
    let mut feeds = Vec::new();
    while let Some(r) = rows.next()? {
        let added: String = r.get(5)?;
        let fetched: Option<String> = r.get(6)?;
        feeds.push(Feed {
            url: r.get(0)?,
            name: r.get(1)?,
            links: r.get(2)?,
            etag: r.get(3)?,
            last_modified: r.get(4)?,
            added_at: parse_ts(&added)?,
            fetched_at: fetched.as_deref().map(parse_ts).transpose()?,
            last_error: r.get(7)?,
        });
    }
    Ok(feeds)
}

pub(super) fn polled(
    conn: &mut Connection,
    poll: &FeedPoll,
    now: DateTime<Utc>,
) -> Result<(), Error> {
    conn.execute(
        "UPDATE feeds SET etag = COALESCE(?2, etag), last_modified = COALESCE(?3, last_modified),
         last_error = ?4, fetched_at = ?5 WHERE url = ?1",
        params![poll.url, poll.etag, poll.last_modified, poll.error, ts(now)],
    )?;
    Ok(())
}

pub(super) fn source(conn: &Connection, url: &str) -> Result<Option<WebSource>, Error> {
    Ok(conn
        .prepare_cached("SELECT article_id, item_updated FROM article_sources WHERE url = ?1")?
        .query_row([url], |r| {
            Ok(WebSource {
                article_id: r.get(0)?,
                item_updated: r.get(1)?,
            })
        })
        .optional()?)
}

pub(super) fn ingest(
    conn: &mut Connection,
    web: WebArticle,
    now: DateTime<Utc>,
) -> Result<WebIngested, Error> {
    let WebArticle {
        mut article,
        urls,
        fingerprint,
        item_updated,
    } = web;
    // Immediate: the look-ups and the writes see no other writer between
    // them, so two feeds bringing one article at once store it once.
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let mut by_url = None;
    for url in &urls {
        if let Some(known) = source(&tx, url)? {
            by_url = Some(known.article_id);
            break;
        }
    }
    let outcome = match by_url {
        Some(id) => {
            article.id = id;
            ingest_in(&tx, &article, now)?
        }
        None => {
            let copy_of: Option<String> = tx
                .query_row(
                    "SELECT article_id FROM article_fingerprints WHERE fingerprint = ?1",
                    [&fingerprint],
                    |r| r.get(0),
                )
                .optional()?;
            match copy_of {
                Some(id) => {
                    article.id = id;
                    IngestOutcome::Unchanged
                }
                None => ingest_in(&tx, &article, now)?,
            }
        }
    };
    for url in &urls {
        tx.execute(
            "INSERT INTO article_sources (url, article_id, item_updated, seen_at) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (url) DO UPDATE SET article_id = ?2,
               item_updated = COALESCE(?3, item_updated), seen_at = ?4",
            params![url, article.id, item_updated, ts(now)],
        )?;
    }
    tx.execute(
        "INSERT INTO article_fingerprints (fingerprint, article_id) VALUES (?1, ?2)
         ON CONFLICT (fingerprint) DO NOTHING",
        params![fingerprint, article.id],
    )?;
    tx.commit()?;
    Ok(WebIngested {
        outcome,
        article_id: article.id,
    })
}
