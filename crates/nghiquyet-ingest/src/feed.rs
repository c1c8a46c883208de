//! The items of a feed (RSS 2.0, Atom, JSON Feed) or of a listing page.

use chrono::{DateTime, FixedOffset};
use scraper::Selector;
use serde::Serialize;

use crate::page::resolve;
use crate::{Error, ErrorKind, decode_html};

/// One item of a feed: the article's link, and what the feed says of it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FeedItem {
    /// The article's URL, absolute.
    pub url: String,
    /// The item's title.
    pub title: Option<String>,
    /// When the feed says the item was last updated (or published).
    pub updated: Option<DateTime<FixedOffset>>,
}

/// Reads a feed's items, newest first as the feed lists them; `base` is the
/// feed's URL, for relative links. Items without a link are left out.
///
/// ```
/// use nghiquyet_ingest::read_feed;
///
/// let rss = r#"<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Báo Mẫu</title>
///   <item><title>Đại hội</title><link>/tin/dai-hoi.html</link><pubDate>Sat, 07 Mar 2026 08:01:00 +0700</pubDate></item>
/// </channel></rss>"#;
/// let items = read_feed(rss.as_bytes(), Some("http://127.0.0.1:8080/rss.xml"))?;
/// assert_eq!(items[0].url, "http://127.0.0.1:8080/tin/dai-hoi.html");
/// assert_eq!(items[0].updated.unwrap().to_rfc3339(), "2026-03-07T01:01:00+00:00");
/// assert!(read_feed(b"<rss><channel><item>", None).is_err());
/// # Ok::<(), nghiquyet_ingest::Error>(())
/// ```
pub fn read_feed(bytes: &[u8], base: Option<&str>) -> Result<Vec<FeedItem>, Error> {
    let feed = feed_rs::parser::Builder::new()
        .base_uri(base)
        .build()
        .parse(bytes)
        .map_err(|e| Error::new(ErrorKind::Feed(e.to_string())))?;
    let mut items = Vec::new();
    for entry in feed.entries {
        let link = entry
            .links
            .iter()
            .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
            .or(entry.links.first())
            .map(|l| l.href.clone())
            .or_else(|| entry.id.starts_with("http").then(|| entry.id.clone()));
        let Some(url) = link.and_then(|l| resolve(base, &l)) else {
            continue;
        };
        let updated = entry.updated.or(entry.published).map(|t| t.fixed_offset());
        items.push(FeedItem {
            url,
            title: entry.title.map(|t| t.content.trim().to_string()),
            updated,
        });
    }
    Ok(dedup(items))
}

/// Reads the article links of a listing page (a category page): the links
/// in the elements `selector` picks (or the picked links themselves).
///
/// ```
/// use nghiquyet_ingest::read_listing;
///
/// let page = r#"<ul class="menu"><li><a href="/">Trang chủ</a></li></ul>
///   <div class="list-news"><h3><a href="/tin/1.html">Tin một</a></h3><h3><a href="tin/2.html">Tin hai</a></h3></div>"#;
/// let items = read_listing(page.as_bytes(), None, Some("http://127.0.0.1/chuyen-muc/"), ".list-news h3")?;
/// let urls: Vec<_> = items.iter().map(|i| i.url.as_str()).collect();
/// assert_eq!(urls, ["http://127.0.0.1/tin/1.html", "http://127.0.0.1/chuyen-muc/tin/2.html"]);
/// # Ok::<(), nghiquyet_ingest::Error>(())
/// ```
pub fn read_listing(
    bytes: &[u8],
    content_type: Option<&str>,
    base: Option<&str>,
    selector: &str,
) -> Result<Vec<FeedItem>, Error> {
    let picked = Selector::parse(selector)
        .map_err(|_| Error::new(ErrorKind::Selector(selector.to_string())))?;
    let links = Selector::parse("a[href]")
        .map_err(|_| Error::new(ErrorKind::Selector("a[href]".into())))?;
    let (text, _) = decode_html(bytes, content_type)?;
    let doc = crate::markup::parse(&nghiquyet_core::normalize(&text))?;
    let mut items = Vec::new();
    for el in doc.select(&picked) {
        let anchors: Vec<_> = if el.value().name() == "a" {
            vec![el]
        } else {
            el.select(&links).collect()
        };
        for a in anchors {
            let Some(href) = a.value().attr("href") else {
                continue;
            };
            if href.trim_start().starts_with('#') || href.trim_start().starts_with("javascript:") {
                continue;
            }
            if let Some(url) = resolve(base, href) {
                let title = a.text().collect::<Vec<_>>().join(" ");
                let title = title.split_whitespace().collect::<Vec<_>>().join(" ");
                items.push(FeedItem {
                    url,
                    title: (!title.is_empty()).then_some(title),
                    updated: None,
                });
            }
        }
    }
    Ok(dedup(items))
}

/// The items without repeats of a URL (fragment ignored), first kept.
fn dedup(items: Vec<FeedItem>) -> Vec<FeedItem> {
    let mut seen = std::collections::HashSet::new();
    items
        .into_iter()
        .map(|mut i| {
            if let Some(cut) = i.url.find('#') {
                i.url.truncate(cut);
            }
            i
        })
        .filter(|i| seen.insert(i.url.clone()))
        .collect()
}
