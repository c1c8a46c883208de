//! The article model and the reader for the scraped-page form.

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::error::{Error, ErrorKind};
use crate::lexicon::{BYLINE_SOURCE, CHROME, PHOTO_CREDIT};
use crate::normalize::{fold, normalize};
use crate::{Resolution, Target, find_resolutions};

/// What separates paragraphs in [`Article::body`], the text spans point into.
pub const PARAGRAPH_SEPARATOR: &str = "\n\n";

/// A news article about resolutions, read into its parts.
///
/// Every [`Span`](crate::Span) in `resolutions` and `targets` is a byte range
/// into [`Article::body`]: the paragraphs joined by a blank line.
///
/// ```
/// use nghiquyet_core::parse_article;
///
/// let a = parse_article("Huyện Mẫu:\nTin mới\nThứ Hai, 12/10/2020, 08:00 (GMT+7)\nĐoạn một.\nĐoạn hai.")?;
/// assert_eq!(a.kicker.as_deref(), Some("Huyện Mẫu"));
/// assert_eq!(a.published.unwrap().to_rfc3339(), "2020-10-12T08:00:00+07:00");
/// assert_eq!(a.paragraphs, ["Đoạn một.", "Đoạn hai."]);
/// # Ok::<(), nghiquyet_core::Error>(())
/// ```
///
/// New fields may come in minor versions: an application that makes its own
/// articles starts from [`Article::new`] and sets the public fields.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Article {
    /// A stable id: the same article always gets the same id, whatever its
    /// Unicode form, line endings or later corrections of its body. It is
    /// derived from kicker, title and date when the article has a title, else
    /// from the whole text.
    pub id: String,
    /// Where the article was read from, when known.
    pub url: Option<String>,
    /// The kicker line above the headline, without its trailing colon.
    pub kicker: Option<String>,
    /// The headline.
    pub title: Option<String>,
    /// When the portal says it was published or last updated.
    pub published: Option<DateTime<FixedOffset>>,
    /// When the portal says it was last updated, when it gives this apart
    /// from the publication time (web pages do; the scraped-page form has
    /// one time, in `published`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated: Option<DateTime<FixedOffset>>,
    /// The byline.
    pub author: Option<String>,
    /// The body paragraphs, page chrome removed.
    pub paragraphs: Vec<String>,
    /// The resolutions the article mentions.
    pub resolutions: Vec<Resolution>,
    /// The targets the article states.
    pub targets: Vec<Target>,
}

impl Article {
    /// An article with id `id` and body `paragraphs`, and nothing else yet
    /// (no header, resolutions or targets: [`parse_article`] finds those).
    ///
    /// ```
    /// use nghiquyet_core::{Article, Span, Target};
    ///
    /// let mut a = Article::new("a1", vec!["Đạt 95%.".into()]);
    /// a.title = Some("Tin mới".into());
    /// a.targets.push(Target::new(95.0, Span::new(7, 10), "95%")); // "Đạt " is 7 bytes
    /// assert_eq!(&a.body()[a.targets[0].span.range()], "95%");
    /// ```
    pub fn new(id: impl Into<String>, paragraphs: Vec<String>) -> Self {
        Article {
            id: id.into(),
            url: None,
            kicker: None,
            title: None,
            published: None,
            updated: None,
            author: None,
            paragraphs,
            resolutions: Vec::new(),
            targets: Vec::new(),
        }
    }

    /// The body text every span points into: the paragraphs joined by
    /// [`PARAGRAPH_SEPARATOR`].
    ///
    /// ```
    /// let a = nghiquyet_core::parse_article("Một.\n\nHai.")?;
    /// assert_eq!(a.body(), "Một.\n\nHai.");
    /// # Ok::<(), nghiquyet_core::Error>(())
    /// ```
    pub fn body(&self) -> String {
        self.paragraphs.join(PARAGRAPH_SEPARATOR)
    }

    /// The resolution that set `target`, as far as the article tells.
    ///
    /// The candidates are the resolutions whose term is the target's term,
    /// or every resolution when none has it (or the target has no term).
    /// Of those, the one mentioned last before the target's clause, else
    /// the first one mentioned. `None` only when the article mentions no
    /// resolution.
    ///
    /// ```
    /// let text = "Nghị quyết Đại hội Đảng bộ huyện Mẫu lần thứ XIV, nhiệm kỳ 2015-2020 hoàn thành. \
    ///             Nghị quyết Đại hội Đảng bộ huyện Mẫu lần thứ XV, nhiệm kỳ 2020-2025 đề ra: \
    ///             90% trở lên đảng viên hoàn thành tốt nhiệm vụ.";
    /// let a = nghiquyet_core::parse_article(text)?;
    /// let r = a.resolution_of(&a.targets[0]).unwrap();
    /// assert_eq!(r.congress, Some(15));
    /// # Ok::<(), nghiquyet_core::Error>(())
    /// ```
    pub fn resolution_of(&self, target: &Target) -> Option<&Resolution> {
        let same_term = |r: &&Resolution| target.term.is_some() && r.term == target.term;
        let any_same_term = self.resolutions.iter().any(|r| same_term(&r));
        let candidates = || {
            self.resolutions
                .iter()
                .filter(move |r| !any_same_term || same_term(r))
        };
        candidates()
            .filter(|r| r.span.start <= target.span.start)
            .max_by_key(|r| r.span.start)
            .or_else(|| candidates().next())
    }

    /// Sets the source URL, builder style.
    ///
    /// ```
    /// let a = nghiquyet_core::parse_article("Một.")?.with_url("https://example.vn/a");
    /// assert_eq!(a.url.as_deref(), Some("https://example.vn/a"));
    /// # Ok::<(), nghiquyet_core::Error>(())
    /// ```
    pub fn with_url(mut self, url: impl Into<String>) -> Self {
        self.url = Some(url.into());
        self
    }
}

/// The parts of an article read by another reader (a web page's metadata
/// and text blocks), for [`Article::from_parts`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ArticleParts {
    /// Where the article was read from.
    pub url: Option<String>,
    /// The kicker line, with or without its trailing colon.
    pub kicker: Option<String>,
    /// The headline.
    pub title: Option<String>,
    /// When it was published.
    pub published: Option<DateTime<FixedOffset>>,
    /// When it was last updated.
    pub updated: Option<DateTime<FixedOffset>>,
    /// The byline.
    pub author: Option<String>,
    /// The body's text blocks, in order.
    pub paragraphs: Vec<String>,
}

impl Article {
    /// Builds an article from parts another reader found, through the same
    /// reader as [`parse_article`]: text is normalised (NFC, spaces), page
    /// chrome lines are dropped, a last paragraph that is a byline becomes
    /// the author (or is dropped when it repeats the author), and the
    /// resolutions and targets are read from the body.
    ///
    /// `published` falls back to `updated`, so the id stays the same when a
    /// portal later updates the article.
    ///
    /// Errors with [`ErrorKind::Empty`] when no paragraph holds text.
    ///
    /// ```
    /// use nghiquyet_core::{Article, ArticleParts};
    ///
    /// let a = Article::from_parts(ArticleParts {
    ///     title: Some("Đại hội thành công".into()),
    ///     paragraphs: vec!["Nhiệm kỳ 2020-2025, phấn đấu 95% đảng viên hoàn thành tốt nhiệm vụ.".into(), "Mai Anh".into()],
    ///     ..ArticleParts::default()
    /// })?;
    /// assert_eq!(a.author.as_deref(), Some("Mai Anh"));
    /// assert_eq!(a.paragraphs.len(), 1);
    /// assert_eq!(a.targets.len(), 1);
    /// # Ok::<(), nghiquyet_core::Error>(())
    /// ```
    pub fn from_parts(parts: ArticleParts) -> Result<Article, Error> {
        let line = |s: &str| {
            normalize(s)
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        };
        let opt = |s: Option<String>| s.map(|s| line(&s)).filter(|s| !s.is_empty());
        let mut paragraphs: Vec<String> = parts
            .paragraphs
            .iter()
            .map(|p| line(p))
            .filter(|p| !p.is_empty() && !is_chrome(p))
            .collect();
        let mut author = opt(parts.author);
        if paragraphs.len() > 1
            && let Some(last) = paragraphs.last()
            && looks_like_byline(last)
        {
            let byline = last.trim_start_matches(BYLINE_SOURCE).to_string();
            let author = author.get_or_insert_with(|| byline.clone());
            if fold(author) == fold(&byline) {
                paragraphs.pop();
            }
        }
        if paragraphs.is_empty() {
            return Err(Error::new(ErrorKind::Empty, None));
        }
        let kicker = opt(parts.kicker).map(|k| k.trim_end_matches(':').trim().to_string());
        let title = opt(parts.title);
        let published = parts.published.or(parts.updated);
        let text = paragraphs.join(PARAGRAPH_SEPARATOR);
        let id = article_id(
            &text,
            kicker.as_deref(),
            title.as_deref(),
            published.as_ref(),
        );
        drop(text);
        let mut article = read_body(id, kicker, title, published, author, paragraphs);
        article.url = parts.url;
        article.updated = parts.updated.filter(|u| Some(*u) != published);
        Ok(article)
    }
}

/// Reads raw bytes as an article: checks they are UTF-8 text, then
/// [`parse_article`].
///
/// ```
/// use nghiquyet_core::{parse_article_bytes, ErrorKind};
///
/// assert!(parse_article_bytes("Một câu.".as_bytes()).is_ok());
/// assert_eq!(parse_article_bytes(b"\x00\x01\x02").unwrap_err().kind(), &ErrorKind::Binary);
/// ```
pub fn parse_article_bytes(bytes: &[u8]) -> Result<Article, Error> {
    let text = std::str::from_utf8(bytes)
        .map_err(|e| Error::new(ErrorKind::InvalidUtf8, Some(e.valid_up_to())))?;
    parse_article(text)
}

/// Reads an article in the scraped-page form: an optional kicker line ending
/// in ":", a headline, an "updated" timestamp, body paragraphs, a byline and
/// page chrome (which is dropped). Missing parts are `None`. When the
/// header gives a date, the targets are read as of that date (see
/// [`TargetReader::published`](crate::TargetReader::published)).
///
/// Errors only on input that holds no text or looks binary.
///
/// ```
/// use nghiquyet_core::{parse_article, ErrorKind};
///
/// assert_eq!(parse_article(" \n ").unwrap_err().kind(), &ErrorKind::Empty);
/// ```
pub fn parse_article(text: &str) -> Result<Article, Error> {
    if let Some(pos) = text.find(|c: char| c.is_control() && !matches!(c, '\n' | '\r' | '\t')) {
        return Err(Error::new(ErrorKind::Binary, Some(pos)));
    }
    let text = normalize(text);
    let mut lines: Vec<String> = text
        .lines()
        .map(squeeze_spaces)
        .filter(|l| !l.is_empty())
        .filter(|l| !is_chrome(l))
        .collect();
    if lines.is_empty() {
        return Err(Error::new(ErrorKind::Empty, None));
    }

    let mut rest: &[String] = &lines;
    let mut kicker = None;
    let mut title = None;
    let mut published = None;
    // The header: kicker, headline and timestamp come in the first few lines.
    let stamp_at = rest
        .iter()
        .take(4)
        .position(|l| crate::parse_timestamp(l).is_some());
    let header_len = stamp_at.unwrap_or(0);
    if let Some(at) = stamp_at {
        published = crate::parse_timestamp(&rest[at]);
    }
    let header = &rest[..header_len];
    match header {
        [k, t, ..] if k.ends_with(':') => {
            kicker = Some(k.trim_end_matches(':').trim().to_string());
            title = Some(t.clone());
        }
        [k] if k.ends_with(':') => kicker = Some(k.trim_end_matches(':').trim().to_string()),
        [.., t] => title = Some(t.clone()),
        [] => {}
    }
    rest = &rest[stamp_at.map_or(0, |a| a + 1)..];
    if stamp_at.is_none()
        && rest.len() > 2
        && rest[0].ends_with(':')
        && looks_like_headline(&rest[1])
    {
        kicker = Some(rest[0].trim_end_matches(':').trim().to_string());
        title = Some(rest[1].clone());
        rest = &rest[2..];
    }
    // Some portals print the date first, then the (kicker and) headline.
    if stamp_at == Some(0) && rest.len() > 2 {
        if rest[0].ends_with(':') && looks_like_headline(&rest[1]) {
            kicker = Some(rest[0].trim_end_matches(':').trim().to_string());
            title = Some(rest[1].clone());
            rest = &rest[2..];
        } else if looks_like_headline(&rest[0]) {
            title = Some(rest[0].clone());
            rest = &rest[1..];
        }
    }

    let lo = lines.len() - rest.len();
    let mut author = None;
    if rest.len() > 1 && rest.last().is_some_and(|l| looks_like_byline(l)) {
        author = rest
            .last()
            .map(|l| l.trim_start_matches(BYLINE_SOURCE).to_string());
        rest = &rest[..rest.len() - 1];
    }
    let hi = lo + rest.len();
    let id = article_id(
        &text,
        kicker.as_deref(),
        title.as_deref(),
        published.as_ref(),
    );
    // A long text is held once per form, and no form longer than needed.
    drop(text);
    lines.truncate(hi);
    let paragraphs: Vec<String> = lines.drain(lo..).collect();
    drop(lines);
    Ok(read_body(id, kicker, title, published, author, paragraphs))
}

/// The reader's common half: resolutions and targets from the parts the
/// page form or another reader found, under an id computed from them.
fn read_body(
    id: String,
    kicker: Option<String>,
    title: Option<String>,
    published: Option<DateTime<FixedOffset>>,
    author: Option<String>,
    paragraphs: Vec<String>,
) -> Article {
    let body = paragraphs.join(PARAGRAPH_SEPARATOR);
    let context = ArticleContext {
        kicker: kicker.as_deref(),
        title: title.as_deref(),
    };
    // A dated article reads its years against its date (see
    // `TargetReader::published`).
    let targets = collect_targets(&body, published.map(|p| p.date_naive()));
    let mut resolutions = find_resolutions(&body, context.issuer_hint());
    let unnamed = |r: &Resolution| r.number.is_none() && r.congress.is_none();
    if resolutions.iter().any(unnamed) {
        // "Nghị quyết Đại hội đề ra ..." is the resolution of the congress
        // the article names.
        let congresses = crate::implied_resolutions(&body, context.issuer_hint());
        crate::complete_from_congresses(&mut resolutions, &congresses);
    }
    // Targets a congress sets belong to its resolution, named or not, and
    // beside the other resolutions the article names: "Tải về: Nghị quyết
    // số 01-NQ/ĐU" after them, or a central one the congress set out from.
    if !targets.is_empty() {
        for congress in crate::implied_resolutions(&body, context.issuer_hint()) {
            let held = resolutions.iter().any(|r| {
                r.congress == congress.congress
                    && (r.term.is_none() || congress.term.is_none() || r.term == congress.term)
            });
            if !held {
                resolutions.push(congress);
            }
        }
        resolutions.sort_by_key(|r| r.span.start);
    }
    drop(body);
    Article {
        id,
        url: None,
        kicker,
        title,
        published,
        updated: None,
        author,
        paragraphs,
        resolutions,
        targets,
    }
}

struct ArticleContext<'a> {
    kicker: Option<&'a str>,
    title: Option<&'a str>,
}

impl ArticleContext<'_> {
    /// The organisation the article is about, when the kicker or title names one.
    fn issuer_hint(&self) -> Option<&str> {
        [self.kicker, self.title]
            .into_iter()
            .flatten()
            .find_map(crate::resolution::organisation_at_start)
    }
}

fn article_id(
    text: &str,
    kicker: Option<&str>,
    title: Option<&str>,
    published: Option<&DateTime<FixedOffset>>,
) -> String {
    let mut hasher = Sha256::new();
    match title {
        Some(title) => {
            hasher.update(kicker.unwrap_or("").as_bytes());
            hasher.update([0]);
            hasher.update(title.as_bytes());
            hasher.update([0]);
            hasher.update(
                published
                    .map(|p| p.to_rfc3339())
                    .unwrap_or_default()
                    .as_bytes(),
            );
        }
        None => {
            let canonical: Vec<&str> = text.split_whitespace().collect();
            hasher.update(canonical.join(" ").as_bytes());
        }
    }
    hasher.finalize()[..8]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Page chrome: reader-comment boxes, print links, search boxes, counters.
/// `line` with runs of white space as single spaces, without white space at its ends.
fn squeeze_spaces(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    for word in line.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// The targets of `body`, in a vector grown by quarters, not doubled: an
/// article stating a million targets must not hold room for two.
fn collect_targets(body: &str, published: Option<NaiveDate>) -> Vec<crate::Target> {
    let mut targets = Vec::new();
    let mut reader = crate::TargetReader::new(body);
    if let Some(date) = published {
        reader = reader.published(date);
    }
    for t in reader {
        if targets.len() == targets.capacity() {
            targets.reserve_exact(targets.len() / 4 + 16);
        }
        targets.push(t);
    }
    targets
}

fn is_chrome(line: &str) -> bool {
    let f = fold(line);
    CHROME
        .iter()
        .any(|c| f.starts_with(c) || (f.len() < 120 && f.contains(c) && !f.ends_with('.')))
        || is_caption(&f)
}

/// Whether a folded line is a photo's caption: short, and ending on its
/// credit ("... Ảnh: Q.H", "... (Ảnh: TTXVN)."), a name of a few words.
fn is_caption(folded: &str) -> bool {
    const CREDIT_CHARS: usize = 40;
    const CREDIT_WORDS: usize = 5;
    if folded.len() > 300 {
        return false;
    }
    let Some(at) = folded.rfind(PHOTO_CREDIT) else {
        return false;
    };
    let opens_word = folded[..at]
        .chars()
        .next_back()
        .is_none_or(|c| c == ' ' || c == '(' || c == '[' || c == '.');
    let credit = folded[at + PHOTO_CREDIT.len()..]
        .trim()
        .trim_end_matches(['.', ')', ']'])
        .trim();
    opens_word
        && !credit.is_empty()
        && credit.len() <= CREDIT_CHARS
        && credit.split_whitespace().count() <= CREDIT_WORDS
        && !credit.contains([',', ';', ':'])
}

fn looks_like_headline(line: &str) -> bool {
    line.chars().count() <= 200 && !line.ends_with('.')
}

/// Whether a line reads as a byline: one to five capitalised words (after
/// an optional "Theo "), no digits, no sentence punctuation.
///
/// ```
/// use nghiquyet_core::is_byline;
///
/// assert!(is_byline("Hằng Nga"));
/// assert!(is_byline("Theo Báo Mẫu"));
/// assert!(!is_byline("Đại hội đã bầu Ban Chấp hành."));
/// ```
pub fn is_byline(line: &str) -> bool {
    looks_like_byline(line)
}

/// A byline: one to five capitalised words, no sentence punctuation, and
/// maybe the author's office or agency in parentheses after them ("Nguyễn
/// Hoa (VP HĐND tỉnh)"), which may have words in lower case.
fn looks_like_byline(line: &str) -> bool {
    let line = line.trim_start_matches(BYLINE_SOURCE);
    let (names, office) = match line.split_once('(') {
        Some((names, office)) if line.ends_with(')') => (names, Some(office)),
        _ => (line, None),
    };
    let words: Vec<&str> = names.split_whitespace().collect();
    (1..=5).contains(&words.len())
        && names.chars().count() <= 50
        && !names.trim_end().ends_with(['.', ':', ';', ','])
        && words
            .iter()
            .all(|w| w.starts_with(|c: char| c.is_uppercase()) || *w == "-" || w.starts_with('('))
        && office.is_none_or(|o| {
            o.split_whitespace().count() <= 8
                && o.chars().count() <= 50
                && o.starts_with(|c: char| c.is_uppercase())
                && !o.contains(['(', '.', ';', ':'])
        })
        && !line.chars().any(|c| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolution_of_a_target() {
        use crate::{Span, Term};
        let res = |start: usize, term: Option<Term>, n: &str| {
            let mut r = Resolution::new(Span::new(start, start + 5));
            r.term = term;
            r.number = Some(n.into());
            r
        };
        let target = |start: usize, term: Option<Term>| {
            let mut t = Target::new(1.0, Span::new(start, start + 3), "1%");
            t.term = term;
            t
        };
        let old = Some(Term::new(2015, 2020));
        let new = Some(Term::new(2020, 2025));
        let mut a = Article::new("a", vec![]);
        assert_eq!(a.resolution_of(&target(0, new)), None);
        a.resolutions = vec![res(10, old, "A"), res(50, None, "B"), res(90, new, "C")];
        let number = |t: Target| a.resolution_of(&t).and_then(|r| r.number.clone());
        // The term decides, wherever the target stands.
        assert_eq!(number(target(20, new)).as_deref(), Some("C"));
        assert_eq!(number(target(95, old)).as_deref(), Some("A"));
        // No resolution of its term: the last one mentioned before it...
        assert_eq!(
            number(target(60, Some(Term::new(2030, 2035)))).as_deref(),
            Some("B")
        );
        assert_eq!(number(target(95, None)).as_deref(), Some("C"));
        // ...else the first one.
        assert_eq!(number(target(0, None)).as_deref(), Some("A"));
    }

    #[test]
    fn a_headline_names_the_issuer_not_what_it_did() {
        let a = parse_article(
            "HĐND tỉnh Mẫu thông qua Nghị quyết về kế hoạch năm 2026\n\
             Thứ Sáu, 12/12/2025, 10:20\n\
             Kỳ họp đã thông qua Nghị quyết số 45/NQ-HĐND với 20 chỉ tiêu chủ yếu.",
        )
        .unwrap();
        assert_eq!(a.resolutions.len(), 1);
        assert_eq!(a.resolutions[0].issuer.as_deref(), Some("HĐND tỉnh Mẫu"));
        assert_eq!(a.resolutions[0].number.as_deref(), Some("45/NQ-HĐND"));
    }

    #[test]
    fn a_resolution_named_by_its_congress_alone_is_the_congress_named_in_full() {
        let text = "Bí thư Huyện ủy trả lời phỏng vấn\n\
             Thứ Ba, 14/10/2025, 08:30\n\
             Đại hội đại biểu Đảng bộ huyện Tân Mẫu lần thứ XXII, nhiệm kỳ 2025-2030 đã thành công tốt đẹp.\n\
             Nghị quyết Đại hội đề ra những mục tiêu gì cho nhiệm kỳ 2025-2030?\n\
             Phấn đấu tốc độ tăng trưởng bình quân đạt 9%/năm.\n\
             Nghị quyết Đại hội lần thứ XXI, nhiệm kỳ 2020-2025 đã được thực hiện tốt.";
        let a = parse_article(text).unwrap();
        let found: Vec<_> = a
            .resolutions
            .iter()
            .map(|r| (r.issuer.as_deref(), r.congress, r.term.map(|t| t.start)))
            .collect();
        // The earlier congress is another resolution: its own number stays.
        assert_eq!(
            found,
            [
                (Some("Đảng bộ huyện Tân Mẫu"), Some(22), Some(2025)),
                (None, Some(21), Some(2020)),
            ]
        );
        // Two congresses of the term: which one is not said.
        let two = text.replace(
            "lần thứ XXI, nhiệm kỳ 2020-2025",
            "lần thứ XXIII, nhiệm kỳ 2025-2030",
        );
        let a = parse_article(&two).unwrap();
        let asked = a.body().find("Nghị quyết Đại hội đề ra");
        let unnamed = a.resolutions.iter().find(|r| Some(r.span.start) == asked);
        assert_eq!(
            unnamed.map(|r| (r.issuer.as_deref(), r.congress)),
            Some((None, None))
        );
    }

    #[test]
    fn a_document_s_dateline_names_its_place_first() {
        let a = parse_article(
            "Nghị quyết về kế hoạch năm 2026\nNinh Mẫu, ngày 10 tháng 12 năm 2025\n\
             Năm 2026, tổng thu ngân sách đạt 18.500 tỷ đồng.",
        )
        .unwrap();
        assert_eq!(
            a.published.map(|p| p.to_rfc3339()).as_deref(),
            Some("2025-12-10T00:00:00+07:00")
        );
        assert_eq!(a.paragraphs.len(), 1);
    }

    #[test]
    fn the_date_of_a_page_dates_its_figures() {
        let body = "Năm 2027, thu ngân sách trên địa bàn đạt 900 tỷ đồng. \
                    Đến năm 2030, thu ngân sách trên địa bàn đạt 1.500 tỷ đồng.";
        let parts = |published: Option<&str>| ArticleParts {
            title: Some("Đại hội Đảng bộ huyện".into()),
            published: published.and_then(|p| DateTime::parse_from_rfc3339(p).ok()),
            paragraphs: vec![body.into()],
            ..ArticleParts::default()
        };
        let values = |a: Article| a.targets.iter().map(|t| t.value).collect::<Vec<_>>();
        let dated = Article::from_parts(parts(Some("2028-03-02T09:00:00+07:00")));
        let undated = Article::from_parts(parts(None));
        assert_eq!(dated.map(values).ok(), Some(vec![1500.0]));
        assert_eq!(undated.map(values).ok(), Some(vec![900.0, 1500.0]));
    }

    #[test]
    fn chrome_is_recognised() {
        assert!(is_chrome("Ý kiến bạn đọc Gửi ý kiến In trang này"));
        assert!(is_chrome("Tìm kiếm:"));
        assert!(is_chrome("Số lượt xem: 516"));
        assert!(is_chrome("Quang cảnh kỳ họp thứ 25. Ảnh: Q.H"));
        assert!(is_chrome(
            "Một góc xã nông thôn mới, nơi có 100% đường được bê tông hóa (Ảnh: N.A)."
        ));
        assert!(is_chrome("Ảnh: Minh Châu"));
        // A sentence that only speaks of photos, or credits more than a name.
        assert!(!is_chrome("Ảnh hưởng của bão làm 12 nhà bị tốc mái."));
        assert!(!is_chrome(
            "Triển lãm có 120 bức ảnh: về biển đảo, về con người và quê hương."
        ));
        assert!(!is_chrome(
            "Đảng bộ đề ra mục tiêu phấn đấu 95% đảng viên hoàn thành tốt nhiệm vụ."
        ));
    }

    #[test]
    fn date_before_the_headline() {
        let a = parse_article(
            "Thứ Hai, 12/10/2020, 08:00 (GMT+7)\nĐại hội thành công\nĐoạn một.\nĐoạn hai.",
        )
        .unwrap();
        assert_eq!(a.title.as_deref(), Some("Đại hội thành công"));
        assert_eq!(a.paragraphs, ["Đoạn một.", "Đoạn hai."]);
        let a =
            parse_article("12/10/2020 08:00\nHuyện Mẫu:\nĐại hội thành công\nĐoạn một.").unwrap();
        assert_eq!(
            (a.kicker.as_deref(), a.title.as_deref()),
            (Some("Huyện Mẫu"), Some("Đại hội thành công"))
        );
    }

    #[test]
    fn a_congress_s_targets_are_its_resolution_s_beside_another_it_names() {
        let text = "Đảng bộ tỉnh Mẫu:\nĐại hội thành công\nThứ Hai, 12/10/2025, 08:00\n\
            Đại hội đại biểu Đảng bộ tỉnh Mẫu lần thứ XVIII, nhiệm kỳ 2025-2030 thành công tốt đẹp.\n\
            Quán triệt Nghị quyết số 57-NQ/TW của Bộ Chính trị, Đại hội đề ra mục tiêu \
            đến năm 2030 kinh tế số chiếm 30% GRDP.";
        let article = parse_article(text).expect("an article");
        let found: Vec<_> = article
            .resolutions
            .iter()
            .map(|r| (r.number.as_deref(), r.congress))
            .collect();
        assert_eq!(found, [(None, Some(18)), (Some("57-NQ/TW"), None)]);
        let of = article.resolution_of(&article.targets[0]);
        assert_eq!(of.and_then(|r| r.congress), Some(18));
        // With no target, a congress gives no resolution of its own.
        let text = text.replace("30% GRDP", "phần lớn GRDP");
        let article = parse_article(&text).expect("an article");
        assert_eq!(article.resolutions.len(), 1);
    }

    #[test]
    fn bylines() {
        assert!(looks_like_byline("Hằng Nga"));
        assert!(looks_like_byline("Theo Báo Mẫu"));
        assert!(!looks_like_byline("Đây là câu văn."));
        assert!(!looks_like_byline("Tăng trưởng 7%"));
        // The author's office in parentheses.
        assert!(looks_like_byline("Nguyễn Hoa (VP HĐND tỉnh)"));
        assert!(looks_like_byline(
            "Thu Hà (Văn phòng Đoàn ĐBQH và HĐND tỉnh)"
        ));
        assert!(!looks_like_byline("Hội nghị (lần thứ nhất)"));
        assert!(!looks_like_byline("Thu Hà (xem tiếp kỳ sau)"));
    }

    #[test]
    fn id_ignores_form_and_body_corrections() {
        let a = parse_article("K:\nTiêu đề\nThứ Hai, 12/10/2020, 08:00\nThân bài một.").unwrap();
        let b = parse_article("K:\r\nTiêu đề\r\nThứ Hai, 12/10/2020, 08:00\r\nThân bài đã sửa.")
            .unwrap();
        assert_eq!(a.id, b.id);
        let c =
            parse_article("K:\nTiêu đề khác\nThứ Hai, 12/10/2020, 08:00\nThân bài một.").unwrap();
        assert_ne!(a.id, c.id);
    }
}
