//! What a page says about itself: `<link rel=canonical>`, `<meta>` (Open
//! Graph, `article:published_time`, `author`), JSON-LD `NewsArticle`,
//! `<time datetime>` and the `<title>`.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, TimeZone};
use scraper::{Html, Selector};
use serde_json::Value;

/// The page's own metadata; every field is optional.
#[derive(Debug, Default, Clone)]
pub(crate) struct Meta {
    pub canonical: Option<String>,
    /// JSON-LD `headline`.
    pub headline: Option<String>,
    pub og_title: Option<String>,
    /// The `<title>`.
    pub title: Option<String>,
    pub published: Option<DateTime<FixedOffset>>,
    pub updated: Option<DateTime<FixedOffset>>,
    pub author: Option<String>,
}

fn selector(css: &str) -> Option<Selector> {
    Selector::parse(css).ok()
}

fn clean(s: &str) -> Option<String> {
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    (!s.is_empty()).then_some(s)
}

/// Reads the metadata of a parsed page.
pub(crate) fn read(doc: &Html) -> Meta {
    let mut meta = Meta::default();
    if let Some(sel) = selector("link[rel][href]") {
        meta.canonical = doc
            .select(&sel)
            .find(|l| {
                l.value().attr("rel").is_some_and(|r| {
                    r.split_whitespace()
                        .any(|w| w.eq_ignore_ascii_case("canonical"))
                })
            })
            .and_then(|l| l.value().attr("href"))
            .and_then(clean);
    }
    if let Some(sel) = selector("title") {
        meta.title = doc
            .select(&sel)
            .next()
            .and_then(|t| clean(&t.text().collect::<String>()));
    }
    if let Some(sel) = selector("script") {
        for script in doc.select(&sel) {
            let is_ld = script
                .value()
                .attr("type")
                .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json"));
            if !is_ld {
                continue;
            }
            let text: String = script.text().collect();
            if let Ok(value) = serde_json::from_str::<Value>(text.trim())
                && let Some(article) = find_article(&value)
            {
                read_json_ld(article, &mut meta);
                break;
            }
        }
    }
    if let Some(sel) = selector("meta[content]") {
        for m in doc.select(&sel) {
            let el = m.value();
            let key = el
                .attr("property")
                .or_else(|| el.attr("name"))
                .or_else(|| el.attr("itemprop"))
                .unwrap_or("")
                .trim()
                .to_ascii_lowercase();
            let Some(content) = el.attr("content").and_then(clean) else {
                continue;
            };
            match key.as_str() {
                "og:title" if meta.og_title.is_none() => meta.og_title = Some(content),
                "article:published_time"
                | "datepublished"
                | "pubdate"
                | "publishdate"
                | "dc.date.issued"
                    if meta.published.is_none() =>
                {
                    meta.published = parse_time(&content);
                }
                "article:modified_time" | "og:updated_time" | "datemodified" | "lastmod"
                    if meta.updated.is_none() =>
                {
                    meta.updated = parse_time(&content);
                }
                "author" | "article:author" | "dc.creator"
                    if meta.author.is_none() && !content.contains("://") =>
                {
                    meta.author = Some(content);
                }
                _ => {}
            }
        }
    }
    if meta.published.is_none()
        && let Some(sel) = selector("time[datetime]")
    {
        meta.published = doc
            .select(&sel)
            .find_map(|t| t.value().attr("datetime").and_then(parse_time));
    }
    meta
}

/// The first object in a JSON-LD value (an object, an array, a `@graph`)
/// that is a news article.
fn find_article(value: &Value) -> Option<&Value> {
    const TYPES: &[&str] = &[
        "NewsArticle",
        "Article",
        "ReportageNewsArticle",
        "AnalysisNewsArticle",
        "BlogPosting",
        "Report",
    ];
    let is_article = |v: &Value| match v.get("@type") {
        Some(Value::String(t)) => TYPES.contains(&t.as_str()),
        Some(Value::Array(ts)) => ts
            .iter()
            .any(|t| t.as_str().is_some_and(|t| TYPES.contains(&t))),
        _ => false,
    };
    match value {
        Value::Array(items) => items.iter().find_map(find_article),
        Value::Object(map) => {
            if is_article(value) {
                Some(value)
            } else {
                map.get("@graph").and_then(find_article)
            }
        }
        _ => None,
    }
}

fn read_json_ld(article: &Value, meta: &mut Meta) {
    let text = |key: &str| article.get(key).and_then(Value::as_str).and_then(clean);
    meta.headline = text("headline").or_else(|| text("name"));
    meta.published = text("datePublished").as_deref().and_then(parse_time);
    meta.updated = text("dateModified").as_deref().and_then(parse_time);
    let names: Vec<String> = match article.get("author") {
        Some(Value::String(s)) => clean(s).into_iter().collect(),
        Some(Value::Object(o)) => o
            .get("name")
            .and_then(Value::as_str)
            .and_then(clean)
            .into_iter()
            .collect(),
        Some(Value::Array(items)) => items
            .iter()
            .filter_map(|a| match a {
                Value::String(s) => clean(s),
                other => other.get("name").and_then(Value::as_str).and_then(clean),
            })
            .collect(),
        _ => Vec::new(),
    };
    if !names.is_empty() {
        meta.author = Some(names.join(", "));
    }
}

/// Reads a machine-written time ("2026-03-07T08:01:00+07:00",
/// "2026-03-07 08:01:00", "2026-03-07") or a portal's dateline; a time
/// without a zone is Vietnam time.
pub(crate) fn parse_time(s: &str) -> Option<DateTime<FixedOffset>> {
    let s = s.trim();
    if let Ok(t) = DateTime::parse_from_rfc3339(s) {
        return Some(t);
    }
    for fmt in [
        "%Y-%m-%dT%H:%M:%S%.f%z",
        "%Y-%m-%d %H:%M:%S%.f%z",
        "%Y-%m-%dT%H:%M%z",
    ] {
        if let Ok(t) = DateTime::parse_from_str(s, fmt) {
            return Some(t);
        }
    }
    let vietnam = FixedOffset::east_opt(7 * 3600)?;
    for fmt in [
        "%Y-%m-%dT%H:%M:%S%.f",
        "%Y-%m-%d %H:%M:%S%.f",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M",
    ] {
        if let Ok(t) = NaiveDateTime::parse_from_str(s, fmt) {
            return vietnam.from_local_datetime(&t).single();
        }
    }
    if let Ok(d) = NaiveDate::parse_from_str(s, "%Y-%m-%d") {
        return vietnam
            .from_local_datetime(&d.and_time(chrono::NaiveTime::MIN))
            .single();
    }
    nghiquyet_core::parse_timestamp(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times() {
        let t = |s| parse_time(s).map(|t| t.to_rfc3339());
        assert_eq!(
            t("2026-03-07T08:01:00+07:00").as_deref(),
            Some("2026-03-07T08:01:00+07:00")
        );
        assert_eq!(
            t("2026-03-07T01:01:00Z").as_deref(),
            Some("2026-03-07T01:01:00+00:00")
        );
        assert_eq!(
            t("2026-03-07 08:01:00").as_deref(),
            Some("2026-03-07T08:01:00+07:00")
        );
        assert_eq!(
            t("2026-03-07").as_deref(),
            Some("2026-03-07T00:00:00+07:00")
        );
        assert_eq!(
            t("07/03/2026 08:47").as_deref(),
            Some("2026-03-07T08:47:00+07:00")
        );
        assert_eq!(t("hôm qua"), None);
    }

    #[test]
    fn json_ld_in_a_graph() {
        let doc = Html::parse_document(
            r#"<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},
            {"@type":"NewsArticle","headline":"Tiêu đề","datePublished":"2026-03-07T08:01:00+07:00",
            "author":[{"@type":"Person","name":"Minh Châu"},{"name":"Lê Hà"}]}]}</script>"#,
        );
        let m = read(&doc);
        assert_eq!(m.headline.as_deref(), Some("Tiêu đề"));
        assert_eq!(m.author.as_deref(), Some("Minh Châu, Lê Hà"));
        assert!(m.published.is_some());
    }
}
