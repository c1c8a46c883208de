//! A news page (HTML) read into an [`Article`]: the metadata the page
//! declares, the article's text blocks found by density, and the headline,
//! kicker, dateline and byline around them.

mod blocks;
mod header;
mod meta;
mod score;
mod table;

use nghiquyet_core::{Article, ArticleParts, normalize};

use crate::{Error, ErrorKind, decode_html};

/// Reads a web page as it came from the server: decodes it in its declared
/// charset (`content_type` is the HTTP header, when there is one), then
/// [`read_html`].
///
/// ```
/// use nghiquyet_ingest::read_page;
///
/// let page = "<html><head><meta charset=utf-8><title>Đại hội - Báo Mẫu</title></head><body>\
///     <h1>Đại hội</h1><p>Nhiệm kỳ 2020-2025, phấn đấu 95% đảng viên hoàn thành tốt nhiệm vụ.</p></body></html>";
/// let article = read_page(page.as_bytes(), Some("text/html"), Some("http://127.0.0.1/a"))?;
/// assert_eq!(article.title.as_deref(), Some("Đại hội"));
/// assert_eq!(article.targets.len(), 1);
/// # Ok::<(), nghiquyet_ingest::Error>(())
/// ```
pub fn read_page(
    bytes: &[u8],
    content_type: Option<&str>,
    url: Option<&str>,
) -> Result<Article, Error> {
    let fail = |e: Error| match url {
        Some(u) if e.url().is_none() => e.at(u),
        _ => e,
    };
    let (text, _) = decode_html(bytes, content_type).map_err(fail)?;
    read_html(&text, url).map_err(fail)
}

/// Reads an article from a page's HTML; `url` is where it was read from,
/// the base for relative links.
///
/// The article's URL is the page's `<link rel=canonical>` when it has one,
/// else `url`. Title, times and author come from JSON-LD and `<meta>` where
/// the page has them, else from the visible headline, dateline and byline.
///
/// ```
/// use nghiquyet_ingest::read_html;
///
/// let html = r#"<html><head><link rel="canonical" href="/tin/dai-hoi.html"></head><body>
///   <ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/tin">Tin tức</a></li></ul>
///   <div class="detail"><p class="kicker">Huyện Mẫu:</p><h1>Đại hội thành công</h1>
///   <div class="date">Thứ Bảy, 07/03/2026, 08:01 (GMT+7)</div>
///   <p>Đại hội đã thảo luận, thống nhất các mục tiêu của nhiệm kỳ mới, với nhiều giải pháp đột phá.</p>
///   <p>Mai Anh</p></div>
///   <div class="footer">Bản quyền thuộc Báo Mẫu</div></body></html>"#;
/// let a = read_html(html, Some("http://127.0.0.1:8080/x?id=1"))?;
/// assert_eq!(a.url.as_deref(), Some("http://127.0.0.1:8080/tin/dai-hoi.html"));
/// assert_eq!(a.kicker.as_deref(), Some("Huyện Mẫu"));
/// assert_eq!(a.title.as_deref(), Some("Đại hội thành công"));
/// assert_eq!(a.published.unwrap().to_rfc3339(), "2026-03-07T08:01:00+07:00");
/// assert_eq!(a.author.as_deref(), Some("Mai Anh"));
/// assert_eq!(a.paragraphs.len(), 1);
/// # Ok::<(), nghiquyet_ingest::Error>(())
/// ```
pub fn read_html(html: &str, url: Option<&str>) -> Result<Article, Error> {
    let html = normalize(html);
    let doc = crate::markup::parse(&html)?;
    let meta = meta::read(&doc);
    let blocks = blocks::blocks(&doc);
    let region = score::article_blocks(&doc, &blocks);
    if let Some(n) = score::listed_articles(&blocks, &region) {
        return Err(Error::new(ErrorKind::ListOfArticles(n)));
    }
    let head = header::find(&doc, &blocks, &region, &meta);

    let paragraphs: Vec<String> = region
        .iter()
        .filter(|i| !head.used.contains(i))
        .filter(|&&i| head.title_at.is_none_or(|t| i > t))
        .map(|&i| blocks[i].text.clone())
        .collect();
    let canonical = meta.canonical.as_deref().and_then(|c| resolve(url, c));
    let parts = ArticleParts {
        url: canonical.or_else(|| url.map(str::to_string)),
        kicker: head.kicker,
        title: head.title,
        published: head.published,
        updated: head.updated,
        author: head.author,
        paragraphs,
    };
    Article::from_parts(parts).map_err(|_| Error::new(ErrorKind::NoArticle))
}

/// A link as an absolute URL: resolved against `base` when there is one.
pub(crate) fn resolve(base: Option<&str>, href: &str) -> Option<String> {
    let href = href.trim();
    match base.and_then(|b| url::Url::parse(b).ok()) {
        Some(base) => base.join(href).ok().map(String::from),
        None => url::Url::parse(href).ok().map(String::from),
    }
}
