//! The public archive: every stored article's resolutions and targets, by
//! date and issuer, with its title and link, and the Atom feed of the
//! newest. Nothing about subscribers is ever read here.

use atom_syndication::{Entry as AtomEntry, Feed, FixedDateTime, Link, Text};
use chrono::{DateTime, FixedOffset};
use nghiquyet_core::Article;
use nghiquyet_digest::Store;
use nghiquyet_store::StoredArticle;
use serde::Serialize;

use crate::Error;

/// How many entries the feed carries.
const FEED_ENTRIES: usize = 50;
/// Articles read from the store at a time.
const PAGE: usize = 500;
/// Entries on one page of the archive.
pub(crate) const PAGE_ENTRIES: usize = 100;

/// One line of the archive.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Entry {
    pub id: i64,
    pub date: String,
    #[serde(skip)]
    pub published: Option<DateTime<FixedOffset>>,
    pub issuer: String,
    pub title: String,
    pub url: Option<String>,
    pub target_count: usize,
}

/// The line of every stored article, newest first by date (undated ones
/// last). Articles are read a page at a time and only their lines kept, so
/// memory holds lines, not article bodies.
pub(crate) async fn entries<S: Store>(store: &S) -> Result<Vec<Entry>, Error> {
    let mut out = Vec::new();
    let mut after = 0;
    loop {
        let page = store.articles_after(after, PAGE).await?;
        let Some(last) = page.last() else { break };
        after = last.seq;
        out.extend(page.iter().map(entry));
    }
    out.sort_by(|a, b| b.published.cmp(&a.published).then(b.id.cmp(&a.id)));
    Ok(out)
}

/// Page `page` (from 1; 0 reads as 1) of `entries`, and whether an older
/// page follows.
pub(crate) fn page_of<T>(entries: &[T], page: usize) -> (&[T], bool) {
    let start = page.saturating_sub(1).saturating_mul(PAGE_ENTRIES);
    let rest = entries.get(start..).unwrap_or_default();
    let shown = &rest[..rest.len().min(PAGE_ENTRIES)];
    (shown, rest.len() > PAGE_ENTRIES)
}

/// The article stored with sequence number `id`.
pub(crate) async fn one<S: Store>(store: &S, id: i64) -> Result<Option<(Entry, Article)>, Error> {
    if id < 1 {
        return Ok(None);
    }
    Ok(store
        .articles_after(id - 1, 1)
        .await?
        .into_iter()
        .find(|sa| sa.seq == id)
        .map(|sa| (entry(&sa), sa.article)))
}

/// The issuer an article is filed under.
fn issuer(a: &Article) -> String {
    a.resolutions
        .iter()
        .find_map(|r| r.issuer.clone())
        .or_else(|| a.kicker.clone())
        .unwrap_or_default()
}

fn entry(sa: &StoredArticle) -> Entry {
    let a = &sa.article;
    Entry {
        id: sa.seq,
        date: a
            .published
            .map(|d| d.format("%Y-%m-%d").to_string())
            .unwrap_or_default(),
        published: a.published,
        issuer: issuer(a),
        title: a.title.clone().unwrap_or_else(|| "—".into()),
        url: a.url.clone().filter(|u| web_link(u)),
        target_count: a.targets.len(),
    }
}

/// Only `http` and `https` URLs become links.
fn web_link(s: &str) -> bool {
    url::Url::parse(s.trim()).is_ok_and(|u| matches!(u.scheme(), "http" | "https"))
}

/// The resolutions and targets of one article, for its page.
pub(crate) fn detail(a: &Article) -> serde_json::Value {
    let resolutions: Vec<serde_json::Value> = a
        .resolutions
        .iter()
        .map(|r| {
            let mut name = "Nghị quyết".to_string();
            if let Some(n) = &r.number {
                name.push(' ');
                name.push_str(n);
            }
            if let Some(c) = r.congress {
                name.push_str(&format!(" — Đại hội {}", nghiquyet_core::format_roman(c)));
            }
            // Read as its title is: "Nghị quyết 45/NQ-HĐND về bảng giá đất".
            if let Some(subject) = &r.subject {
                name.push_str(" về ");
                name.push_str(subject);
            }
            serde_json::json!({
                "name": name,
                "issuer": r.issuer,
                "term": r.term.map(|t| t.to_string()),
                "subject": r.subject,
            })
        })
        .collect();
    let targets: Vec<serde_json::Value> = a
        .targets
        .iter()
        .map(|t| {
            let what = match (&t.subject, &t.criterion) {
                (Some(s), Some(c)) => format!("{s} {c}"),
                (Some(s), None) => s.clone(),
                (None, Some(c)) => c.clone(),
                (None, None) => t.text.clone(),
            };
            serde_json::json!({
                "what": what,
                "value": t.display_value(),
                "deadline": t.deadline_year.map(|y| y.to_string())
                    .or_else(|| t.term.map(|x| x.end.to_string())),
            })
        })
        .collect();
    serde_json::json!({ "resolutions": resolutions, "targets": targets })
}

/// The Atom feed of the newest entries; `base` is the public URL.
pub(crate) fn feed(entries: &[Entry], base: &url::Url, title: &str) -> String {
    let at = |path: &str| base.join(path).map(|u| u.to_string()).unwrap_or_default();
    let epoch = FixedDateTime::default();
    let items: Vec<AtomEntry> = entries
        .iter()
        .take(FEED_ENTRIES)
        .map(|e| {
            let page = at(&format!("archive/{}", e.id));
            let mut link = Link::default();
            link.set_href(e.url.clone().unwrap_or_else(|| page.clone()));
            link.set_rel("alternate");
            let mut item = AtomEntry::default();
            item.set_id(page);
            item.set_title(Text::plain(e.title.clone()));
            item.set_updated(e.published.unwrap_or(epoch));
            item.set_published(e.published);
            item.set_links(vec![link]);
            item.set_summary(Some(Text::plain(format!(
                "{}: {} chỉ tiêu",
                if e.issuer.is_empty() {
                    "—"
                } else {
                    &e.issuer
                },
                e.target_count
            ))));
            item
        })
        .collect();
    let mut me = Link::default();
    me.set_href(at("feed.atom"));
    me.set_rel("self");
    let mut home = Link::default();
    home.set_href(at("archive"));
    home.set_rel("alternate");
    let mut feed = Feed::default();
    feed.set_title(Text::plain(title));
    feed.set_id(at("feed.atom"));
    feed.set_updated(items.iter().map(|i| *i.updated()).max().unwrap_or(epoch));
    feed.set_links(vec![me, home]);
    let mut author = atom_syndication::Person::default();
    author.set_name("nghiquyet");
    feed.set_authors(vec![author]);
    feed.set_entries(items);
    feed.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_split_the_archive_and_say_when_more_follow() {
        let lines: Vec<usize> = (0..250).collect();
        let (first, more) = page_of(&lines, 1);
        assert_eq!((first.len(), first[0], more), (PAGE_ENTRIES, 0, true));
        // Page 0 reads as the first page.
        assert_eq!(page_of(&lines, 0), (first, true));
        let (third, more) = page_of(&lines, 3);
        assert_eq!((third.len(), third[0], more), (50, 200, false));
        assert_eq!(page_of(&lines, 4), (&[][..], false));
        assert_eq!(page_of(&lines, usize::MAX), (&[][..], false));
    }

    #[test]
    fn a_resolution_is_named_as_its_title_reads() {
        let a = nghiquyet_core::parse_article(
            "HĐND tỉnh Mẫu thông qua Nghị quyết số 45/NQ-HĐND về bảng giá đất năm 2026.",
        )
        .unwrap();
        let d = detail(&a);
        assert_eq!(
            d["resolutions"][0]["name"],
            "Nghị quyết 45/NQ-HĐND về bảng giá đất năm 2026"
        );
        assert_eq!(d["resolutions"][0]["subject"], "bảng giá đất năm 2026");
    }
}
