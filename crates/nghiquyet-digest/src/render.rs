//! Rendering a digest into a subject, HTML and plain text.
//!
//! Always built, even without the `service` feature: it needs only the core,
//! handlebars and serde, so the Python bindings can render digests.

use std::path::Path;
use std::str::FromStr;

use handlebars::Handlebars;
use nghiquyet_core::{Article, Resolution, Target};
use serde::Serialize;

use crate::Error;

const HTML_TEMPLATE: &str = include_str!("../templates/digest.html.hbs");
const TEXT_TEMPLATE: &str = include_str!("../templates/digest.txt.hbs");
const SUBJECT_TEMPLATE: &str = include_str!("../templates/subject.hbs");

/// The names of the templates, as files in a `--templates` folder.
pub const TEMPLATE_FILES: [&str; 3] = ["digest.html.hbs", "digest.txt.hbs", "subject.hbs"];

/// The language of a digest.
///
/// ```
/// use nghiquyet_digest::Lang;
///
/// assert_eq!("vi".parse::<Lang>()?, Lang::Vi);
/// assert_eq!("EN".parse::<Lang>()?, Lang::En);
/// assert!("fr".parse::<Lang>().is_err());
/// # Ok::<(), nghiquyet_digest::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Vietnamese, the default.
    #[default]
    Vi,
    /// English.
    En,
}

impl Lang {
    /// The code: "vi" or "en".
    ///
    /// ```
    /// assert_eq!(nghiquyet_digest::Lang::En.code(), "en");
    /// ```
    pub fn code(self) -> &'static str {
        match self {
            Lang::Vi => "vi",
            Lang::En => "en",
        }
    }
}

impl FromStr for Lang {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self, Error> {
        match s.trim().to_ascii_lowercase().as_str() {
            "vi" => Ok(Lang::Vi),
            "en" => Ok(Lang::En),
            _ => Err(Error::Lang(s.to_string())),
        }
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// A rendered digest: the subject line and the two bodies of the email.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RenderedDigest {
    /// The subject line (UTF-8; the mailer encodes it).
    pub subject: String,
    /// The HTML body: table layout, inline CSS, no scripts or remote assets.
    pub html: String,
    /// The plain-text body.
    pub text: String,
}

/// Who a digest is for and how they leave the list; all optional.
#[derive(Debug, Clone, Default)]
pub struct RenderOptions {
    /// The recipient's name, for the greeting.
    pub recipient_name: Option<String>,
    /// The one-click unsubscribe URL shown in the footer.
    pub unsubscribe_url: Option<String>,
    /// The date the digest is for ("2026-11-27"), shown in the heading.
    pub date: Option<String>,
}

/// Renders digests with the embedded templates or those of a folder.
///
/// ```
/// use nghiquyet_digest::{Lang, RenderOptions, Renderer};
///
/// let article = nghiquyet_core::parse_article(
///     "Đảng bộ huyện Mẫu:\nĐại hội thành công\nCập nhật: Thứ Hai 12/10/2020 - 08:00\n\
///      Nghị quyết Đại hội Đảng bộ huyện Mẫu lần thứ XX, nhiệm kỳ 2020-2025 đề ra: \
///      phấn đấu 95% trở lên đảng viên hoàn thành tốt nhiệm vụ.\nMai Anh",
/// )?;
/// let digest = Renderer::new().render(&[article], Lang::En, &RenderOptions::default())?;
/// assert!(digest.subject.contains("1 article"));
/// assert!(digest.html.contains("Đảng bộ huyện Mẫu"));
/// assert!(digest.text.contains("Đại hội thành công"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone)]
pub struct Renderer {
    html: Handlebars<'static>,
    text: Handlebars<'static>,
}

impl Default for Renderer {
    fn default() -> Self {
        Self::new()
    }
}

impl Renderer {
    /// A renderer with the embedded templates.
    pub fn new() -> Self {
        Self::with_templates(HTML_TEMPLATE, TEXT_TEMPLATE, SUBJECT_TEMPLATE)
            .expect("the embedded templates compile (tested)")
    }

    /// A renderer with the templates of a folder: each of [`TEMPLATE_FILES`]
    /// found there replaces the embedded one.
    pub fn from_dir(dir: &Path) -> Result<Self, Error> {
        let read = |name: &str, default: &'static str| -> Result<String, Error> {
            let path = dir.join(name);
            match std::fs::read_to_string(&path) {
                Ok(s) => Ok(s),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(default.to_string()),
                Err(e) => Err(Error::io(&path, e)),
            }
        };
        if !dir.is_dir() {
            return Err(Error::io(
                dir,
                std::io::Error::new(std::io::ErrorKind::NotFound, "no such templates folder"),
            ));
        }
        Self::with_templates(
            &read(TEMPLATE_FILES[0], HTML_TEMPLATE)?,
            &read(TEMPLATE_FILES[1], TEXT_TEMPLATE)?,
            &read(TEMPLATE_FILES[2], SUBJECT_TEMPLATE)?,
        )
    }

    fn with_templates(html: &str, text: &str, subject: &str) -> Result<Self, Error> {
        let compile = |hb: &mut Handlebars<'static>, name: &str, src: &str| {
            hb.register_template_string(name, src)
                .map_err(|e| Error::Template {
                    name: name.to_string(),
                    message: e.to_string(),
                })
        };
        // Strict: a template naming a field the digest does not have fails
        // (at the start, through `check`) instead of rendering it empty.
        let mut h = Handlebars::new();
        h.set_strict_mode(true);
        compile(&mut h, TEMPLATE_FILES[0], html)?;
        let mut t = Handlebars::new();
        t.set_strict_mode(true);
        t.register_escape_fn(handlebars::no_escape);
        compile(&mut t, TEMPLATE_FILES[1], text)?;
        compile(&mut t, TEMPLATE_FILES[2], subject)?;
        let renderer = Renderer { html: h, text: t };
        renderer.check()?;
        Ok(renderer)
    }

    /// Renders a sample digest with every template, in both languages, with
    /// and without the optional parts, so that a template mistake shows at
    /// the start rather than at send time.
    ///
    /// ```
    /// nghiquyet_digest::Renderer::new().check()?;
    /// # Ok::<(), nghiquyet_digest::Error>(())
    /// ```
    pub fn check(&self) -> Result<(), Error> {
        let sample: Vec<Article> = sample_article().into_iter().collect();
        let full = RenderOptions {
            recipient_name: Some("Nguyễn Văn An".into()),
            unsubscribe_url: Some("https://example.invalid/unsubscribe?token=0".into()),
            date: Some("01/01/2026".into()),
        };
        for lang in [Lang::Vi, Lang::En] {
            self.render(&sample, lang, &full)?;
            self.render(&[], lang, &RenderOptions::default())?;
        }
        Ok(())
    }

    /// Renders the digest of `articles` in `lang`.
    pub fn render(
        &self,
        articles: &[Article],
        lang: Lang,
        options: &RenderOptions,
    ) -> Result<RenderedDigest, Error> {
        let context = DigestContext::new(articles, lang, options);
        let render = |hb: &Handlebars<'static>, name: &str| {
            hb.render(name, &context).map_err(|e| Error::Template {
                name: name.to_string(),
                message: e.to_string(),
            })
        };
        let subject = render(&self.text, TEMPLATE_FILES[2])?;
        Ok(RenderedDigest {
            subject: subject.split_whitespace().collect::<Vec<_>>().join(" "),
            html: render(&self.html, TEMPLATE_FILES[0])?,
            text: render(&self.text, TEMPLATE_FILES[1])?,
        })
    }
}

/// Renders the digest of `articles` in `lang` with the embedded templates.
///
/// ```
/// use nghiquyet_digest::{render_digest, Lang};
///
/// let article = nghiquyet_core::parse_article(
///     "Tỉnh Mẫu:\nĐại hội\nCập nhật: Thứ Hai 12/10/2020 - 08:00\n\
///      Nhiệm kỳ 2020-2025, thu ngân sách đạt 20.000 tỷ đồng trở lên.\nMai Anh",
/// )?;
/// let digest = render_digest(&[article], Lang::Vi)?;
/// assert!(digest.subject.starts_with("Nghị quyết mới"));
/// assert!(digest.html.starts_with("<!DOCTYPE html>"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn render_digest(articles: &[Article], lang: Lang) -> Result<RenderedDigest, Error> {
    Renderer::new().render(articles, lang, &RenderOptions::default())
}

/// The one context both templates render from.
#[derive(Debug, Serialize)]
struct DigestContext<'a> {
    lang: &'static str,
    t: &'static Labels,
    articles: Vec<ArticleContext>,
    article_count: usize,
    target_count: usize,
    plural: bool,
    recipient_name: Option<&'a str>,
    unsubscribe_url: Option<&'a str>,
    date: Option<&'a str>,
}

#[derive(Debug, Serialize)]
struct ArticleContext {
    title: String,
    kicker: Option<String>,
    date: Option<String>,
    url: Option<String>,
    author: Option<String>,
    blocks: Vec<Block>,
}

/// A resolution and the targets it sets.
#[derive(Debug, Serialize)]
struct Block {
    name: String,
    issuer: String,
    term: String,
    number: Option<String>,
    /// What the resolution is about, in the words of its title.
    subject: Option<String>,
    targets: Vec<TargetRow>,
}

#[derive(Debug, Serialize)]
struct TargetRow {
    n: usize,
    what: String,
    /// The Vietnamese subject beside its English gloss (English digests).
    what_vi: Option<String>,
    value: String,
    baseline: Option<String>,
    deadline: Option<String>,
}

impl<'a> DigestContext<'a> {
    fn new(articles: &[Article], lang: Lang, options: &'a RenderOptions) -> Self {
        let t = match lang {
            Lang::Vi => &VI,
            Lang::En => &EN,
        };
        let articles: Vec<ArticleContext> = articles
            .iter()
            .map(|a| ArticleContext::new(a, t, lang))
            .collect();
        let target_count = articles
            .iter()
            .flat_map(|a| &a.blocks)
            .map(|b| b.targets.len())
            .sum();
        DigestContext {
            lang: lang.code(),
            t,
            article_count: articles.len(),
            plural: articles.len() != 1,
            articles,
            target_count,
            recipient_name: options.recipient_name.as_deref(),
            unsubscribe_url: options.unsubscribe_url.as_deref(),
            date: options.date.as_deref(),
        }
    }
}

impl ArticleContext {
    fn new(a: &Article, t: &Labels, lang: Lang) -> Self {
        let fallback_issuer = a
            .resolutions
            .iter()
            .find_map(|r| r.issuer.clone())
            .or_else(|| a.kicker.clone())
            .unwrap_or_default();
        let mut blocks: Vec<Block> = Vec::new();
        let mut used = vec![false; a.targets.len()];
        for r in &dedup(&a.resolutions) {
            let mut rows = Vec::new();
            for (i, target) in a.targets.iter().enumerate() {
                if !used[i] && r.term.is_some() && target.term == r.term {
                    used[i] = true;
                    rows.push(row(rows.len() + 1, target, lang));
                }
            }
            blocks.push(Block {
                name: resolution_name(r, t),
                issuer: r.issuer.clone().unwrap_or_else(|| fallback_issuer.clone()),
                term: r.term.map(|x| x.to_string()).unwrap_or_default(),
                number: r.number.clone(),
                subject: r.subject.clone(),
                targets: rows,
            });
        }
        let rest: Vec<&Target> = a
            .targets
            .iter()
            .zip(&used)
            .filter(|(_, u)| !**u)
            .map(|(x, _)| x)
            .collect();
        if !rest.is_empty() {
            // Targets whose term names no resolution: give them to the first
            // resolution without targets, else a block of their own.
            let rows: Vec<TargetRow> = rest
                .iter()
                .enumerate()
                .map(|(i, x)| row(i + 1, x, lang))
                .collect();
            let term = rest.iter().find_map(|x| x.term).map(|x| x.to_string());
            match blocks.iter_mut().find(|b| b.targets.is_empty()) {
                Some(b) => {
                    if b.term.is_empty() {
                        b.term = term.unwrap_or_default();
                    }
                    b.targets = rows;
                }
                None => blocks.push(Block {
                    name: t.targets_stated.to_string(),
                    issuer: fallback_issuer.clone(),
                    term: term.unwrap_or_default(),
                    number: None,
                    subject: None,
                    targets: rows,
                }),
            }
        }
        ArticleContext {
            title: a.title.clone().unwrap_or_else(|| t.untitled.to_string()),
            kicker: a.kicker.clone(),
            date: a.published.map(|d| d.format("%d/%m/%Y %H:%M").to_string()),
            url: a
                .url
                .as_deref()
                .filter(|u| is_web_link(u))
                .map(str::to_string),
            author: a.author.clone(),
            blocks,
        }
    }
}

/// Whether a URL may become a link: only `http` and `https` (never
/// `javascript:`, `data:` or `file:`).
fn is_web_link(s: &str) -> bool {
    url::Url::parse(s.trim()).is_ok_and(|u| matches!(u.scheme(), "http" | "https"))
}

/// An article with every field a template may show, for [`Renderer::check`].
fn sample_article() -> Option<Article> {
    let text = "Đảng bộ tỉnh Mẫu:\nĐại hội Đảng bộ tỉnh Mẫu\nCập nhật: Thứ Hai 12/10/2020 - 08:00\n\
        Nghị quyết Đại hội Đảng bộ tỉnh Mẫu lần thứ XV, nhiệm kỳ 2020-2025 đề ra: phấn đấu 95% trở lên \
        đảng viên hoàn thành tốt nhiệm vụ; kết nạp đảng viên mới đạt 3% so với tổng số đảng viên đầu nhiệm kỳ.\n\
        Mai Anh";
    let a = nghiquyet_core::parse_article(text).ok()?;
    Some(a.with_url("https://example.invalid/a"))
}

/// The resolutions of an article, each (issuer, term) once, with the number,
/// congress and subject of any mention; two numbers or two subjects are two
/// resolutions (a council's session adopts several).
fn dedup(resolutions: &[Resolution]) -> Vec<Resolution> {
    let mut out: Vec<Resolution> = Vec::new();
    for r in resolutions {
        let differ = |x: &Option<String>, y: &Option<String>| x.is_some() && y.is_some() && x != y;
        match out.iter_mut().find(|o| {
            o.issuer == r.issuer
                && o.term == r.term
                && !differ(&o.number, &r.number)
                && !differ(&o.subject, &r.subject)
        }) {
            Some(o) => {
                o.number = o.number.take().or_else(|| r.number.clone());
                o.congress = o.congress.or(r.congress);
                o.subject = o.subject.take().or_else(|| r.subject.clone());
            }
            None => out.push(r.clone()),
        }
    }
    out
}

fn resolution_name(r: &Resolution, t: &Labels) -> String {
    let mut name = t.resolution.to_string();
    if let Some(n) = &r.number {
        name.push(' ');
        name.push_str(n);
    }
    if let Some(c) = r.congress {
        name.push_str(&format!(
            " — {} {}",
            t.congress,
            nghiquyet_core::format_roman(c)
        ));
    }
    name
}

fn row(n: usize, target: &Target, lang: Lang) -> TargetRow {
    let what = match (&target.subject, &target.criterion) {
        (Some(s), Some(c)) => format!("{s} {c}"),
        (Some(s), None) => s.clone(),
        (None, Some(c)) => c.clone(),
        (None, None) => target.text.clone(),
    };
    // English digests gloss known indicators and write numbers the English
    // way; other subjects stay in Vietnamese.
    let (what, what_vi, value) = match lang {
        Lang::Vi => (what, None, target.display_value()),
        Lang::En => match crate::english::gloss_subject(&what) {
            Some(en) => (en, Some(what), crate::english::display_value_en(target)),
            None => (what, None, crate::english::display_value_en(target)),
        },
    };
    TargetRow {
        n,
        what,
        what_vi,
        value,
        baseline: target.baseline.clone(),
        deadline: target
            .deadline_year
            .map(|y| y.to_string())
            .or_else(|| target.term.map(|x| x.end.to_string())),
    }
}

/// The words of the templates in one language.
#[derive(Debug, Serialize)]
struct Labels {
    heading: &'static str,
    intro: &'static str,
    greeting: &'static str,
    articles_word: &'static str,
    article_word: &'static str,
    targets_word: &'static str,
    subject_prefix: &'static str,
    resolution: &'static str,
    congress: &'static str,
    issuer: &'static str,
    term: &'static str,
    /// Before a resolution's subject.
    about: &'static str,
    what: &'static str,
    value: &'static str,
    baseline: &'static str,
    deadline: &'static str,
    source: &'static str,
    published: &'static str,
    author: &'static str,
    no_targets: &'static str,
    targets_stated: &'static str,
    untitled: &'static str,
    none: &'static str,
    read: &'static str,
    footer: &'static str,
    unsubscribe: &'static str,
}

static VI: Labels = Labels {
    heading: "Bản tin nghị quyết",
    intro: "Các nghị quyết và chỉ tiêu mới được cập nhật kể từ bản tin trước.",
    greeting: "Kính gửi",
    articles_word: "bài",
    article_word: "bài",
    targets_word: "chỉ tiêu",
    subject_prefix: "Nghị quyết mới",
    resolution: "Nghị quyết",
    congress: "Đại hội",
    issuer: "Cơ quan ban hành",
    term: "Nhiệm kỳ",
    about: "Về",
    what: "Chỉ tiêu",
    value: "Mức",
    baseline: "So với",
    deadline: "Đến năm",
    source: "Nguồn",
    published: "Ngày đăng",
    author: "Tác giả",
    no_targets: "Bài viết không nêu chỉ tiêu cho nghị quyết này.",
    targets_stated: "Các chỉ tiêu được nêu",
    untitled: "(không có tiêu đề)",
    none: "—",
    read: "Đọc bài viết",
    footer: "Bạn nhận thư này vì đã đăng ký bản tin nghị quyết của nghiquyet.",
    unsubscribe: "Hủy đăng ký",
};

static EN: Labels = Labels {
    heading: "Resolution digest",
    intro: "Resolutions and targets stored since your previous digest.",
    greeting: "Dear",
    articles_word: "articles",
    article_word: "article",
    targets_word: "targets",
    subject_prefix: "New resolutions",
    resolution: "Resolution",
    congress: "Congress",
    issuer: "Issuer",
    term: "Term",
    about: "On",
    what: "Target",
    value: "Value",
    baseline: "Baseline",
    deadline: "By",
    source: "Source",
    published: "Published",
    author: "Author",
    no_targets: "The article states no targets for this resolution.",
    targets_stated: "Targets stated",
    untitled: "(untitled)",
    none: "—",
    read: "Read the article",
    footer: "You receive this email because you subscribed to the nghiquyet resolution digest.",
    unsubscribe: "Unsubscribe",
};

#[cfg(test)]
mod tests {
    use super::*;

    fn article(body: &str) -> Article {
        let mut a = nghiquyet_core::parse_article(&format!(
            "Đảng bộ huyện Mẫu:\nĐại hội <b>thành công</b>\nCập nhật: Thứ Hai 12/10/2020 - 08:00\n{body}\nMai Anh"
        ))
        .unwrap();
        // The extractor is another module's work: state the target here.
        a.targets = vec![
            serde_json::from_value(serde_json::json!({
                "value": 95.0, "value_max": null, "unit": "%", "per": null, "bound": "at_least",
                "subject": "đảng viên", "criterion": "hoàn thành tốt nhiệm vụ", "baseline": null,
                "achieved": null, "deadline_year": null, "term": {"start": 2020, "end": 2025},
                "span": {"start": 0, "end": 1}, "text": "95% trở lên đảng viên"
            }))
            .unwrap(),
        ];
        a
    }

    #[test]
    fn embedded_templates_render_both_languages() {
        let a = article(
            "Nghị quyết Đại hội Đảng bộ huyện Mẫu lần thứ XX, nhiệm kỳ 2020-2025 đề ra: phấn đấu 95% trở lên đảng viên hoàn thành tốt nhiệm vụ.",
        );
        for lang in [Lang::Vi, Lang::En] {
            let d = render_digest(std::slice::from_ref(&a), lang).unwrap();
            assert!(d.html.contains("≥ 95%"), "{}", d.html);
            assert!(d.text.contains("≥ 95%"), "{}", d.text);
            assert!(d.html.contains("2020–2025") || d.html.contains("2020-2025"));
        }
    }

    #[test]
    fn a_session_s_resolutions_show_what_each_is_about() {
        let a = article(
            "Chiều 10/12, HĐND huyện Mẫu đã thông qua Nghị quyết số 45/NQ-HĐND về kế hoạch phát triển kinh tế - xã hội năm 2026. \
             Kỳ họp cũng thông qua Nghị quyết số 46/NQ-HĐND về bảng giá đất năm 2026.",
        );
        let d = render_digest(std::slice::from_ref(&a), Lang::Vi).unwrap();
        for shown in [
            "Nghị quyết 45/NQ-HĐND",
            "Về: kế hoạch phát triển kinh tế - xã hội năm 2026",
            "Nghị quyết 46/NQ-HĐND",
            "Về: bảng giá đất năm 2026",
        ] {
            assert!(d.text.contains(shown), "{shown} in {}", d.text);
            assert!(d.html.contains(shown), "{shown} in {}", d.html);
        }
        let d = render_digest(&[a], Lang::En).unwrap();
        assert!(d.text.contains("On: bảng giá đất năm 2026"), "{}", d.text);
    }

    #[test]
    fn article_text_is_escaped_in_html_only() {
        let a = article("Nhiệm kỳ 2020-2025, thu ngân sách 20.000 tỷ đồng trở lên.");
        let d = render_digest(&[a], Lang::Vi).unwrap();
        assert!(!d.html.contains("<b>thành công"));
        assert!(d.html.contains("&lt;b&gt;thành công"));
        assert!(d.text.contains("<b>thành công</b>"));
        assert!(!d.html.contains("<script"));
    }

    #[test]
    fn roman_numerals() {
        assert_eq!(nghiquyet_core::format_roman(15), "XV");
        assert_eq!(nghiquyet_core::format_roman(14), "XIV");
    }
}
