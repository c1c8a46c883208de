//! Feeds to poll, and where each article from the web was found: the
//! store's part of ingesting from the web (issue 11), kept apart from the
//! digest tables.

use chrono::{DateTime, Utc};
use nghiquyet_core::Article;
use rusqlite::{OptionalExtension, TransactionBehavior, params};
use serde::Serialize;

use super::{IngestOutcome, Store, parse_ts, ts};
use crate::Error;

/// Migration 3: feeds, the URLs articles were reached at, and their
/// content fingerprints.
pub(super) const MIGRATION: &str = "CREATE TABLE feeds (
        url           TEXT PRIMARY KEY,
        name          TEXT,
        links         TEXT,
        etag          TEXT,
        last_modified TEXT,
        added_at      TEXT NOT NULL,
        fetched_at    TEXT,
        last_error    TEXT
    );
    CREATE TABLE article_sources (
        url          TEXT PRIMARY KEY,
        article_id   TEXT NOT NULL,
        item_updated TEXT,
        seen_at      TEXT NOT NULL
    );
    CREATE INDEX article_sources_article ON article_sources(article_id);
    CREATE TABLE article_fingerprints (
        fingerprint TEXT PRIMARY KEY,
        article_id  TEXT NOT NULL
    );";

/// A feed to add with [`Store::add_feed`].
#[derive(Debug, Clone, Default)]
pub struct NewFeed {
    /// The feed's URL (RSS, Atom, or a listing page).
    pub url: String,
    /// A name to show.
    pub name: Option<String>,
    /// For a listing page: the CSS selector of the article links.
    pub links: Option<String>,
}

/// A stored feed.
#[derive(Debug, Clone, Serialize)]
pub struct Feed {
    /// The feed's URL.
    pub url: String,
    /// Its name.
    pub name: Option<String>,
    /// The CSS selector of the article links, for a listing page.
    pub links: Option<String>,
    /// The ETag of the last answer, for a conditional request.
    pub etag: Option<String>,
    /// The Last-Modified of the last answer.
    pub last_modified: Option<String>,
    /// When it was added.
    pub added_at: DateTime<Utc>,
    /// When it was last polled.
    pub fetched_at: Option<DateTime<Utc>>,
    /// Why the last poll failed, if it did.
    pub last_error: Option<String>,
}

/// What the store knows of a URL an article was found at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WebSource {
    /// The article's id.
    pub article_id: String,
    /// The feed item's update time when it was read, as the feed wrote it.
    pub item_updated: Option<String>,
}

fn feed_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<(Feed, String, Option<String>)> {
    let added: String = r.get(5)?;
    let fetched: Option<String> = r.get(6)?;
    Ok((
        Feed {
            url: r.get(0)?,
            name: r.get(1)?,
            links: r.get(2)?,
            etag: r.get(3)?,
            last_modified: r.get(4)?,
            added_at: DateTime::<Utc>::MIN_UTC,
            fetched_at: None,
            last_error: r.get(7)?,
        },
        added,
        fetched,
    ))
}

impl Store {
    /// Adds a feed, or changes the name and selector of a stored one.
    /// Returns whether it was new.
    ///
    /// ```
    /// use nghiquyet_digest::{NewFeed, Store};
    ///
    /// let mut store = Store::open_in_memory()?;
    /// let feed = NewFeed { url: "https://example.invalid/rss".into(), ..NewFeed::default() };
    /// let now = "2026-03-07T01:00:00Z".parse()?;
    /// assert!(store.add_feed(&feed, now)?);
    /// assert!(!store.add_feed(&feed, now)?);
    /// assert_eq!(store.feeds()?.len(), 1);
    /// assert!(store.remove_feed("https://example.invalid/rss")?);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn add_feed(&mut self, feed: &NewFeed, now: DateTime<Utc>) -> Result<bool, Error> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let exists = tx
            .query_row(
                "SELECT 1 FROM feeds WHERE url = ?1",
                [&feed.url],
                |_| Ok(()),
            )
            .optional()?
            .is_some();
        if exists {
            tx.execute(
                "UPDATE feeds SET name = ?2, links = ?3 WHERE url = ?1",
                params![feed.url, feed.name, feed.links],
            )?;
        } else {
            tx.execute(
                "INSERT INTO feeds (url, name, links, added_at) VALUES (?1, ?2, ?3, ?4)",
                params![feed.url, feed.name, feed.links, ts(now)],
            )?;
        }
        tx.commit()?;
        Ok(!exists)
    }

    /// Removes a feed; the articles read from it stay. Returns whether it was there.
    pub fn remove_feed(&mut self, url: &str) -> Result<bool, Error> {
        Ok(self
            .conn
            .execute("DELETE FROM feeds WHERE url = ?1", [url])?
            > 0)
    }

    /// The feeds, in the order they were added.
    pub fn feeds(&self) -> Result<Vec<Feed>, Error> {
        let mut stmt = self.conn.prepare(
            "SELECT url, name, links, etag, last_modified, added_at, fetched_at, last_error
             FROM feeds ORDER BY added_at, rowid",
        )?;
        let rows = stmt.query_map([], feed_row)?;
        let mut feeds = Vec::new();
        for row in rows {
            let (mut feed, added, fetched) = row?;
            feed.added_at = parse_ts(&added)?;
            feed.fetched_at = fetched.as_deref().map(parse_ts).transpose()?;
            feeds.push(feed);
        }
        Ok(feeds)
    }

    /// Records a poll of a feed: the validators for the next conditional
    /// request (kept when the answer had none), and the error if it failed.
    pub fn feed_polled(
        &mut self,
        url: &str,
        etag: Option<&str>,
        last_modified: Option<&str>,
        error: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<(), Error> {
        self.conn.execute(
            "UPDATE feeds SET etag = COALESCE(?2, etag), last_modified = COALESCE(?3, last_modified),
             last_error = ?4, fetched_at = ?5 WHERE url = ?1",
            params![url, etag, last_modified, error, ts(now)],
        )?;
        Ok(())
    }

    /// What the store knows of a URL an article was found at.
    pub fn web_source(&self, url: &str) -> Result<Option<WebSource>, Error> {
        Ok(self
            .conn
            .query_row(
                "SELECT article_id, item_updated FROM article_sources WHERE url = ?1",
                [url],
                |r| {
                    Ok(WebSource {
                        article_id: r.get(0)?,
                        item_updated: r.get(1)?,
                    })
                },
            )
            .optional()?)
    }

    /// Stores an article read from the web, once however it was reached.
    ///
    /// When one of `urls` (its canonical URL first, then the URLs it was
    /// found at) is known, the page is the stored article again: stored as
    /// [`Store::ingest`] does (unchanged, or updated for a correction).
    /// Else, when its content `fingerprint` is known, it is a copy of a
    /// stored article elsewhere (a print version, a repost): the copy's URLs
    /// are recorded and the stored article is left as it is. The URLs and
    /// the fingerprint are recorded for next time; `item_updated` is the
    /// feed's update time of the item, to notice a later change.
    ///
    /// ```
    /// use nghiquyet_digest::{IngestOutcome, Store};
    ///
    /// let mut store = Store::open_in_memory()?;
    /// let now = "2026-03-07T01:00:00Z".parse()?;
    /// let mut a = nghiquyet_core::parse_article("Tin:\nĐại hội\nMột đoạn.")?;
    /// assert_eq!(store.ingest_web(&mut a, &["https://a.example/1"], "f1", None, now)?, IngestOutcome::Added);
    /// // The same text under another URL and title: a copy, stored once.
    /// let mut b = nghiquyet_core::parse_article("Tin:\nĐại hội (bản in)\nMột đoạn.")?;
    /// assert_eq!(store.ingest_web(&mut b, &["https://a.example/in/1"], "f1", None, now)?, IngestOutcome::Unchanged);
    /// assert_eq!(b.id, a.id);
    /// assert_eq!(store.article_count()?, 1);
    /// // A correction at the same URL replaces it.
    /// let mut c = nghiquyet_core::parse_article("Tin:\nĐại hội\nMột đoạn đã sửa.")?;
    /// assert_eq!(store.ingest_web(&mut c, &["https://a.example/1"], "f2", None, now)?, IngestOutcome::Updated);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn ingest_web(
        &mut self,
        article: &mut Article,
        urls: &[&str],
        fingerprint: &str,
        item_updated: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<IngestOutcome, Error> {
        let mut by_url = None;
        for url in urls {
            if let Some(source) = self.web_source(url)? {
                by_url = Some(source.article_id);
                break;
            }
        }
        let by_fingerprint: Option<String> = match by_url {
            Some(_) => None,
            None => self
                .conn
                .query_row(
                    "SELECT article_id FROM article_fingerprints WHERE fingerprint = ?1",
                    [fingerprint],
                    |r| r.get(0),
                )
                .optional()?,
        };
        let outcome = match (by_url, by_fingerprint) {
            (Some(id), _) => {
                article.id = id;
                self.ingest(article, now)?
            }
            (None, Some(id)) => {
                article.id = id;
                IngestOutcome::Unchanged
            }
            (None, None) => self.ingest(article, now)?,
        };
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        for url in urls {
            tx.execute(
                "INSERT INTO article_sources (url, article_id, item_updated, seen_at) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT(url) DO UPDATE SET article_id = ?2,
                   item_updated = COALESCE(?3, item_updated), seen_at = ?4",
                params![url, article.id, item_updated, ts(now)],
            )?;
        }
        tx.execute(
            "INSERT OR IGNORE INTO article_fingerprints (fingerprint, article_id) VALUES (?1, ?2)",
            params![fingerprint, article.id],
        )?;
        tx.commit()?;
        Ok(outcome)
    }
}
