//! The feeds to poll and where each article from the web was found: the
//! store's part of reading the web, a trait of its own beside [`Store`] so
//! that the digest service's ledger stays what it is.

use std::future::Future;

use chrono::{DateTime, Utc};
use nghiquyet_core::Article;
use serde::Serialize;

use crate::{Error, IngestOutcome, Store};

/// A feed to add with [`FeedStore::add_feed`].
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
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

/// What a poll of a feed found, for [`FeedStore::feed_polled`].
#[derive(Debug, Clone, Default)]
pub struct FeedPoll {
    /// The feed's URL.
    pub url: String,
    /// The answer's ETag; `None` keeps the stored one.
    pub etag: Option<String>,
    /// The answer's Last-Modified; `None` keeps the stored one.
    pub last_modified: Option<String>,
    /// Why the poll failed, if it did (`None` clears the last error).
    pub error: Option<String>,
}

/// What the store knows of a URL an article was found at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WebSource {
    /// The article's id.
    pub article_id: String,
    /// The feed item's update time when it was read, as the feed wrote it.
    pub item_updated: Option<String>,
}

/// An article read from the web, with where it was found, for
/// [`FeedStore::ingest_web`].
#[derive(Debug, Clone)]
pub struct WebArticle {
    /// The article.
    pub article: Article,
    /// Its canonical URL first, then the URLs it was found at.
    pub urls: Vec<String>,
    /// A fingerprint of its content, the same for a copy of it elsewhere.
    pub fingerprint: String,
    /// The feed's update time of the item, to notice a later change.
    pub item_updated: Option<String>,
}

/// What [`FeedStore::ingest_web`] did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WebIngested {
    /// As [`Store::ingest`] says; a copy of a stored article elsewhere is
    /// [`IngestOutcome::Unchanged`].
    pub outcome: IngestOutcome,
    /// The id the article is stored under (a copy's is the original's).
    pub article_id: String,
}

/// Feeds and web sources, kept by the same backends as [`Store`].
///
/// ```
/// use nghiquyet_store::{FeedStore, IngestOutcome, NewFeed, SqliteStore, WebArticle};
///
/// let rt = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
/// rt.block_on(async {
///     let store = SqliteStore::open_in_memory()?;
///     let now = "2026-03-07T01:00:00Z".parse().unwrap();
///     let feed = NewFeed { url: "https://example.invalid/rss".into(), ..NewFeed::default() };
///     assert!(store.add_feed(feed.clone(), now).await?);
///     assert!(!store.add_feed(feed, now).await?);
///     assert_eq!(store.feeds().await?.len(), 1);
///
///     let parse = |text: &str| nghiquyet_core::parse_article(text).unwrap();
///     let web = |article, url: &str| WebArticle {
///         article,
///         urls: vec![url.into()],
///         fingerprint: "f1".into(),
///         item_updated: None,
///     };
///     let a = store.ingest_web(web(parse("Tin:\nĐại hội\nMột đoạn."), "https://a.example/1"), now).await?;
///     assert_eq!(a.outcome, IngestOutcome::Added);
///     // The same text under another URL and title: a copy, stored once.
///     let b = store.ingest_web(web(parse("Tin:\nĐại hội (bản in)\nMột đoạn."), "https://a.example/in/1"), now).await?;
///     assert_eq!((b.outcome, &b.article_id), (IngestOutcome::Unchanged, &a.article_id));
///     Ok::<(), nghiquyet_store::Error>(())
/// })?;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub trait FeedStore: Store {
    /// Adds a feed, or changes the name and selector of a stored one.
    /// `true` when it was new.
    fn add_feed(
        &self,
        feed: NewFeed,
        now: DateTime<Utc>,
    ) -> impl Future<Output = Result<bool, Error>> + Send;

    /// Removes a feed; the articles read from it stay. `false` when there
    /// was no such feed.
    fn remove_feed(&self, url: String) -> impl Future<Output = Result<bool, Error>> + Send;

    /// The feeds, in the order they were added.
    fn feeds(&self) -> impl Future<Output = Result<Vec<Feed>, Error>> + Send;

    /// Records a poll of a feed: the validators for the next conditional
    /// request (kept when the answer had none), and the error if it failed.
    fn feed_polled(
        &self,
        poll: FeedPoll,
        now: DateTime<Utc>,
    ) -> impl Future<Output = Result<(), Error>> + Send;

    /// What the store knows of a URL an article was found at.
    fn web_source(
        &self,
        url: String,
    ) -> impl Future<Output = Result<Option<WebSource>, Error>> + Send;

    /// Stores an article read from the web, once however it was reached,
    /// in one transaction.
    ///
    /// When one of its URLs is known, the page is the stored article
    /// again: stored as [`Store::ingest`] does (unchanged, or updated for a
    /// correction) under the stored id. Else, when its fingerprint is known,
    /// it is a copy of a stored article elsewhere (a print version, a
    /// repost): the copy's URLs are recorded and the stored article is left
    /// as it is. Else it is a new article. The URLs and the fingerprint are
    /// recorded for next time.
    fn ingest_web(
        &self,
        web: WebArticle,
        now: DateTime<Utc>,
    ) -> impl Future<Output = Result<WebIngested, Error>> + Send;
}
