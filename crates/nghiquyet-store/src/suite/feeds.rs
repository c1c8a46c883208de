//! What every backend must show of feeds and web sources.

use chrono::{DateTime, Utc};
use nghiquyet_core::Article;

use crate::{FeedPoll, FeedStore, IngestOutcome, NewFeed, SqliteStore, WebArticle};

fn t(s: &str) -> DateTime<Utc> {
    s.parse().unwrap()
}

fn article(title: &str, body: &str) -> Article {
    nghiquyet_core::parse_article(&format!(
        "Tỉnh Mẫu:\n{title}\nCập nhật: Thứ Hai 12/10/2020 - 08:00\n{body}\nMai Anh"
    ))
    .unwrap()
}

fn web(article: Article, urls: &[&str], fingerprint: &str, updated: Option<&str>) -> WebArticle {
    WebArticle {
        article,
        urls: urls.iter().map(|u| u.to_string()).collect(),
        fingerprint: fingerprint.into(),
        item_updated: updated.map(String::from),
    }
}

pub(crate) async fn feeds_are_added_polled_and_removed<S: FeedStore>(store: S) {
    let rss = "https://a.example/rss";
    let listing = "https://b.example/chuyen-muc";
    assert!(
        store
            .add_feed(
                NewFeed {
                    url: rss.into(),
                    ..NewFeed::default()
                },
                t("2026-03-07T01:00:00Z"),
            )
            .await
            .unwrap()
    );
    assert!(
        store
            .add_feed(
                NewFeed {
                    url: listing.into(),
                    name: Some("Báo B".into()),
                    links: Some("ul.list a".into()),
                },
                t("2026-03-07T02:00:00Z"),
            )
            .await
            .unwrap()
    );
    // Adding it again changes its name, not its place.
    assert!(
        !store
            .add_feed(
                NewFeed {
                    url: rss.into(),
                    name: Some("Báo A".into()),
                    links: None,
                },
                t("2026-03-07T03:00:00Z"),
            )
            .await
            .unwrap()
    );
    let feeds = store.feeds().await.unwrap();
    assert_eq!(
        feeds.iter().map(|f| f.url.as_str()).collect::<Vec<_>>(),
        [rss, listing]
    );
    assert_eq!(feeds[0].name.as_deref(), Some("Báo A"));
    assert_eq!(feeds[0].added_at, t("2026-03-07T01:00:00Z"));
    assert_eq!(feeds[0].fetched_at, None);
    assert_eq!(feeds[1].links.as_deref(), Some("ul.list a"));

    let poll = |etag: Option<&str>, error: Option<&str>| FeedPoll {
        url: rss.into(),
        etag: etag.map(String::from),
        last_modified: etag.map(|_| "Sat, 07 Mar 2026 01:00:00 GMT".to_string()),
        error: error.map(String::from),
    };
    store
        .feed_polled(poll(Some("\"v1\""), None), t("2026-03-07T04:00:00Z"))
        .await
        .unwrap();
    // A failed poll keeps the validators and records why.
    store
        .feed_polled(poll(None, Some("timed out")), t("2026-03-07T05:00:00Z"))
        .await
        .unwrap();
    let feed = store.feeds().await.unwrap().remove(0);
    assert_eq!(feed.etag.as_deref(), Some("\"v1\""));
    assert_eq!(
        feed.last_modified.as_deref(),
        Some("Sat, 07 Mar 2026 01:00:00 GMT")
    );
    assert_eq!(feed.last_error.as_deref(), Some("timed out"));
    assert_eq!(feed.fetched_at, Some(t("2026-03-07T05:00:00Z")));
    // The next good one clears the error.
    store
        .feed_polled(poll(None, None), t("2026-03-07T06:00:00Z"))
        .await
        .unwrap();
    assert_eq!(store.feeds().await.unwrap()[0].last_error, None);

    assert!(store.remove_feed(rss.into()).await.unwrap());
    assert!(!store.remove_feed(rss.into()).await.unwrap());
    assert_eq!(store.feeds().await.unwrap().len(), 1);
}

pub(crate) async fn a_web_article_is_stored_once<S: FeedStore>(store: S) {
    let now = t("2026-03-07T01:00:00Z");
    let canonical = "https://a.example/nghi-quyet-1.html";
    let found_at = "https://a.example/rss/item-1";
    let first = store
        .ingest_web(
            web(
                article("Đại hội", "Một đoạn."),
                &[canonical, found_at],
                "f1",
                Some("2026-03-07T00:00:00+07:00"),
            ),
            now,
        )
        .await
        .unwrap();
    assert_eq!(first.outcome, IngestOutcome::Added);
    let source = store.web_source(found_at.into()).await.unwrap().unwrap();
    assert_eq!(source.article_id, first.article_id);
    assert_eq!(
        source.item_updated.as_deref(),
        Some("2026-03-07T00:00:00+07:00")
    );
    assert_eq!(
        store.web_source("https://x.example/".into()).await.unwrap(),
        None
    );

    // The same page again, from another feed: known by its canonical URL.
    let again = store
        .ingest_web(
            web(
                article("Đại hội", "Một đoạn."),
                &[canonical, "https://b.example/rss/9"],
                "f1",
                None,
            ),
            now,
        )
        .await
        .unwrap();
    assert_eq!(again.outcome, IngestOutcome::Unchanged);
    // A copy under another URL and title (a print version): known by its
    // fingerprint, recorded, the stored article left as it is.
    let copy = store
        .ingest_web(
            web(
                article("Đại hội (bản in)", "Một đoạn."),
                &["https://a.example/in/1"],
                "f1",
                None,
            ),
            now,
        )
        .await
        .unwrap();
    assert_eq!(copy.outcome, IngestOutcome::Unchanged);
    assert_eq!(copy.article_id, first.article_id);
    assert_eq!(store.article_count().await.unwrap(), 1);
    let stored = store.articles_after(0, 10).await.unwrap();
    assert_eq!(stored[0].article.title.as_deref(), Some("Đại hội"));

    // A correction at a known URL replaces the article in place, and the
    // item's update time is kept when the feed gives none.
    let corrected = store
        .ingest_web(
            web(
                article("Đại hội đã sửa", "Một đoạn đã sửa."),
                &[found_at],
                "f2",
                None,
            ),
            t("2026-03-07T02:00:00Z"),
        )
        .await
        .unwrap();
    assert_eq!(corrected.outcome, IngestOutcome::Updated);
    assert_eq!(corrected.article_id, first.article_id);
    let stored = store.articles_after(0, 10).await.unwrap();
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].article.id, first.article_id);
    assert_eq!(stored[0].article.paragraphs, ["Một đoạn đã sửa."]);
    assert_eq!(
        store
            .web_source(found_at.into())
            .await
            .unwrap()
            .unwrap()
            .item_updated
            .as_deref(),
        Some("2026-03-07T00:00:00+07:00")
    );

    // Another article: after the first in the ingest order, where the
    // digests find it.
    let other = store
        .ingest_web(
            web(
                article("Tin khác hẳn", "Đoạn khác."),
                &["https://a.example/2"],
                "f3",
                None,
            ),
            now,
        )
        .await
        .unwrap();
    assert_eq!(other.outcome, IngestOutcome::Added);
    let stored = store.articles_after(stored[0].seq, 10).await.unwrap();
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].article.id, other.article_id);
}

/// Two feeds bring one article at the same moment: it is stored once.
pub(crate) async fn one_article_from_two_feeds_at_once_is_stored_once<S: FeedStore>(a: S, b: S) {
    let now = t("2026-03-07T01:00:00Z");
    for round in 0..10 {
        let fingerprint = format!("same-{round}");
        let title = format!("Bài {round}");
        let one = web(
            article(&title, "Một đoạn."),
            &[&format!("https://a.example/{round}")],
            &fingerprint,
            None,
        );
        let mut two = web(
            article(&title, "Một đoạn."),
            &[&format!("https://b.example/{round}")],
            &fingerprint,
            None,
        );
        two.article.title = Some(format!("{title} (bản in)"));
        two.article.id = format!("other-id-{round}");
        let (x, y) = tokio::join!(a.ingest_web(one, now), b.ingest_web(two, now));
        let (x, y) = (x.unwrap(), y.unwrap());
        assert_eq!(x.article_id, y.article_id, "round {round}");
        let mut outcomes = [x.outcome, y.outcome];
        outcomes.sort_by_key(|o| *o != IngestOutcome::Added);
        assert_eq!(outcomes, [IngestOutcome::Added, IngestOutcome::Unchanged]);
    }
    assert_eq!(a.article_count().await.unwrap(), 10);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_one_article_from_two_feeds_at_once_is_stored_once() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("f.db");
    one_article_from_two_feeds_at_once_is_stored_once(
        SqliteStore::open(&path).unwrap(),
        SqliteStore::open(&path).unwrap(),
    )
    .await;
}
