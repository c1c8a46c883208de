//! A page's text blocks: runs of text between block boundaries (a `<p>`, a
//! `<div>`, a `<td>`, a `<br>`) or a data table's rows read as sentences
//! (see `table`), with their link text, and with the page's
//! chrome (scripts, navigation, menus, comments, related boxes, share bars,
//! ads, footers, forms, image frames) left out.

use ego_tree::NodeId;
use ego_tree::iter::Edge;
use scraper::{ElementRef, Html, Node};

/// One run of text.
#[derive(Debug, Clone)]
pub(crate) struct Block {
    /// The text, spaces collapsed.
    pub text: String,
    /// How many of its characters are link text.
    pub link_chars: usize,
    /// The nearest block-level element holding it.
    pub container: NodeId,
    /// That element's tag.
    pub tag: String,
}

impl Block {
    /// Its length in characters.
    pub fn chars(&self) -> usize {
        self.text.chars().count()
    }

    /// The share of its text that is link text.
    pub fn link_density(&self) -> f64 {
        self.link_chars as f64 / self.chars().max(1) as f64
    }

    /// Whether it stands as a paragraph of its own (rather than a run of
    /// text in a `<div>` or `<td>`, which is a paragraph of its container).
    /// A data table's row, read as a sentence, is one.
    pub fn is_paragraph_element(&self) -> bool {
        matches!(
            self.tag.as_str(),
            "p" | "tr"
                | "h1"
                | "h2"
                | "h3"
                | "h4"
                | "h5"
                | "h6"
                | "li"
                | "blockquote"
                | "pre"
                | "dd"
                | "dt"
        )
    }
}

/// Elements that are never article text.
const SKIPPED_TAGS: &[&str] = &[
    "script",
    "style",
    "noscript",
    "template",
    "nav",
    "footer",
    "aside",
    "form",
    "iframe",
    "button",
    "select",
    "textarea",
    "input",
    "label",
    "svg",
    "canvas",
    "video",
    "audio",
    "object",
    "embed",
    "figure",
    "figcaption",
    "menu",
    "head",
    "title",
    "dialog",
];

/// Elements that end a run of text.
const BLOCK_TAGS: &[&str] = &[
    "address",
    "article",
    "blockquote",
    "body",
    "caption",
    "center",
    "dd",
    "details",
    "div",
    "dl",
    "dt",
    "fieldset",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "html",
    "li",
    "main",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "ul",
];

/// Words in a class or id that mark page chrome whatever else they say.
const CHROME_WORDS: &[&str] = &[
    "comment",
    "comments",
    "binhluan",
    "ykien",
    "related",
    "lienquan",
    "tinlienquan",
    "tinkhac",
    "othernews",
    "share",
    "sharing",
    "social",
    "footer",
    "ads",
    "ad",
    "advert",
    "advertisement",
    "quangcao",
    "banner",
    "popup",
    "cookie",
    "newsletter",
    "breadcrumb",
    "breadcrumbs",
];

/// Words that mark chrome unless the class also names content.
const WEAK_CHROME_WORDS: &[&str] = &[
    "menu",
    "nav",
    "navbar",
    "navigation",
    "sidebar",
    "pagination",
    "pager",
    "tags",
    "tag",
    "widget",
    "toolbar",
    "login",
    "search",
    "print",
    "rss",
    "mostread",
    "topnews",
    "hotnews",
];

/// Words that name an article's content.
const CONTENT_WORDS: &[&str] = &[
    "article", "content", "body", "main", "detail", "chitiet", "post", "entry", "story", "text",
    "noidung",
];

/// Words that name an article's lead (its "sapo"), which portals often set
/// in a box beside the body's.
const LEAD_WORDS: &[&str] = &[
    "sapo",
    "lead",
    "chapeau",
    "summary",
    "description",
    "desc",
    "tomtat",
    "mota",
    "excerpt",
    "intro",
    "abstract",
];

/// Whether an element's class or id names it an article's lead.
pub(crate) fn is_lead_box(el: &scraper::node::Element) -> bool {
    class_words(el)
        .iter()
        .any(|w| LEAD_WORDS.contains(&w.as_str()))
}

/// The words of an element's class and id: "box-tinLienQuan" gives
/// "boxtinlienquan", "box" and "tinlienquan".
pub(crate) fn class_words(el: &scraper::node::Element) -> Vec<String> {
    let mut words = Vec::new();
    for attr in [el.attr("class"), el.attr("id")].into_iter().flatten() {
        for token in attr.split_whitespace() {
            let parts: Vec<String> = token
                .split(|c: char| !c.is_ascii_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(str::to_ascii_lowercase)
                .collect();
            // "tin-khac" is also "tinkhac", "binh_luan" "binhluan".
            if parts.len() > 1 {
                words.push(parts.concat());
            }
            words.extend(parts);
        }
    }
    words
}

/// How much an element's class and id speak for (+) or against (-) it
/// holding the article, the way Readability weighs them.
pub(crate) fn class_weight(el: &scraper::node::Element) -> f64 {
    let words = class_words(el);
    let mut weight = 0.0;
    if words
        .iter()
        .any(|w| CHROME_WORDS.contains(&w.as_str()) || WEAK_CHROME_WORDS.contains(&w.as_str()))
    {
        weight -= 25.0;
    }
    if words.iter().any(|w| CONTENT_WORDS.contains(&w.as_str())) {
        weight += 25.0;
    }
    weight
}

fn is_chrome_element(el: &scraper::node::Element, size: Size) -> bool {
    let (text_len, has_img) = (size.chars, size.img);
    let name = el.name();
    if SKIPPED_TAGS.contains(&name) {
        return true;
    }
    if matches!(name, "html" | "body" | "main" | "article") {
        return false;
    }
    if el.attr("hidden").is_some()
        || el.attr("style").is_some_and(|s| {
            s.replace(' ', "")
                .to_ascii_lowercase()
                .contains("display:none")
        })
        || el.attr("role").is_some_and(|r| {
            matches!(
                r.trim(),
                "navigation" | "banner" | "contentinfo" | "complementary" | "search" | "dialog"
            )
        })
    {
        return true;
    }
    // A table or box framing a photo and its caption.
    if matches!(name, "table" | "div" | "p" | "td") && has_img && text_len < 150 {
        return true;
    }
    let words = class_words(el);
    let content = words.iter().any(|w| CONTENT_WORDS.contains(&w.as_str()));
    words
        .iter()
        .any(|w| CHROME_WORDS.contains(&w.as_str()) || w.starts_with("caption"))
        // A column that holds the headline is the article's, whatever its
        // class says ("sidebar-1" is a portal's main column).
        || (!content
            && !size.headline
            && words
                .iter()
                .any(|w| WEAK_CHROME_WORDS.contains(&w.as_str())))
}

/// What an element holds, as far as telling chrome goes.
#[derive(Debug, Clone, Copy, Default)]
struct Size {
    /// Characters of text.
    chars: usize,
    /// An image.
    img: bool,
    /// The page's headline, an `<h1>`.
    headline: bool,
}

/// What every element holds (see [`Size`]).
fn measure(doc: &Html) -> std::collections::HashMap<NodeId, Size> {
    let mut sizes = std::collections::HashMap::new();
    let mut stack: Vec<Size> = vec![Size::default()];
    for edge in doc.tree.root().traverse() {
        match edge {
            Edge::Open(node) => match node.value() {
                Node::Element(el) => stack.push(Size {
                    chars: 0,
                    img: el.name() == "img",
                    headline: el.name() == "h1",
                }),
                Node::Text(t) => {
                    if let Some(top) = stack.last_mut() {
                        top.chars += t.trim().chars().count();
                    }
                }
                _ => {}
            },
            Edge::Close(node) => {
                if node.value().is_element()
                    && let Some(done) = stack.pop()
                {
                    sizes.insert(node.id(), done);
                    if let Some(parent) = stack.last_mut() {
                        parent.chars += done.chars;
                        parent.img |= done.img;
                        parent.headline |= done.headline;
                    }
                }
            }
        }
    }
    sizes
}

/// The marker an `<li>` shows: its number in an `<ol>` ("3. "; "c) " for
/// letters), counted from the list's `start`, and a dash in a `<ul>`;
/// `None` for roman numerals or outside a list.
fn list_marker(li: ego_tree::NodeRef<'_, Node>) -> Option<String> {
    let list = li.parent().and_then(ElementRef::wrap)?;
    match list.value().name() {
        "ol" => {}
        "ul" => return Some("- ".to_string()),
        _ => return None,
    }
    let start = list
        .value()
        .attr("start")
        .and_then(|s| s.trim().parse::<i64>().ok())
        .unwrap_or(1);
    let before = li
        .prev_siblings()
        .filter_map(ElementRef::wrap)
        .filter(|e| e.value().name() == "li")
        .count();
    let n = start.checked_add(i64::try_from(before).ok()?)?;
    match list.value().attr("type").map(str::trim) {
        None | Some("1") => Some(format!("{n}. ")),
        Some("a") => u8::try_from(n - 1)
            .ok()
            .filter(|k| *k < 26)
            .map(|k| format!("{}) ", char::from(b'a' + k))),
        _ => None,
    }
}

/// Whether an item's text shows a marker of its own ("- ", "• ", "2. ",
/// "b) "), which the list's marker would only repeat.
fn opens_on_marker(text: &str) -> bool {
    let text = text.trim_start();
    if text.starts_with(['-', '\u{2013}', '\u{2014}', '\u{2022}', '+', '*', '\u{b7}']) {
        return true;
    }
    let head: String = text
        .chars()
        .take_while(char::is_ascii_alphanumeric)
        .collect();
    let short = !head.is_empty()
        && (head.bytes().all(|b| b.is_ascii_digit()) && head.len() <= 2 || head.len() == 1);
    short && text[head.len()..].starts_with(['.', ')'])
}

/// Whether a link leads to a document (a PDF or a Word file): the text the
/// article attaches, such as the resolution it reports ("Tải về: Nghị quyết
/// số 45/2025/NQ-HĐND"), which is part of the article, not a way off it.
fn is_document_link(a: &scraper::node::Element) -> bool {
    let Some(href) = a.attr("href") else {
        return false;
    };
    let path = href.split(['?', '#']).next().unwrap_or("");
    let ext = path.rsplit_once('.').map_or("", |(_, ext)| ext);
    ["pdf", "doc", "docx"]
        .iter()
        .any(|known| ext.eq_ignore_ascii_case(known))
}

/// The text blocks of the page's body, in document order.
pub(crate) fn blocks(doc: &Html) -> Vec<Block> {
    let sizes = measure(doc);
    let mut out = Vec::new();
    let mut skipping: Option<NodeId> = None;
    let mut containers: Vec<(NodeId, String)> = Vec::new();
    let mut links = 0usize;
    let mut text = String::new();
    let mut link_chars = 0usize;
    // The number of the list item just opened, until its first text.
    let mut item_mark: Option<String> = None;
    let flush = |text: &mut String,
                 link_chars: &mut usize,
                 containers: &[(NodeId, String)],
                 out: &mut Vec<Block>| {
        let collapsed = text.split_whitespace().collect::<Vec<_>>().join(" ");
        if let Some((container, tag)) = containers.last()
            && !collapsed.is_empty()
        {
            let chars = collapsed.chars().count();
            out.push(Block {
                text: collapsed,
                link_chars: (*link_chars).min(chars),
                container: *container,
                tag: tag.clone(),
            });
        }
        text.clear();
        *link_chars = 0;
    };
    for edge in doc.tree.root().traverse() {
        match edge {
            Edge::Open(node) => {
                if skipping.is_some() {
                    continue;
                }
                match node.value() {
                    Node::Element(el) => {
                        let size = sizes.get(&node.id()).copied().unwrap_or_default();
                        if is_chrome_element(el, size) {
                            skipping = Some(node.id());
                            continue;
                        }
                        let name = el.name();
                        if name == "table"
                            && let Some(rows) = ElementRef::wrap(node).and_then(super::table::rows)
                        {
                            flush(&mut text, &mut link_chars, &containers, &mut out);
                            out.extend(rows.into_iter().map(|text| Block {
                                text,
                                link_chars: 0,
                                container: node.id(),
                                tag: "tr".to_string(),
                            }));
                            skipping = Some(node.id());
                            continue;
                        }
                        if name == "br" || name == "hr" {
                            flush(&mut text, &mut link_chars, &containers, &mut out);
                        } else if BLOCK_TAGS.contains(&name) {
                            flush(&mut text, &mut link_chars, &containers, &mut out);
                            containers.push((node.id(), name.to_string()));
                            // A list's item shows its marker, as the reader of
                            // the page sees it and as the target reader reads
                            // a list's items: "1. ...", "- ...".
                            item_mark = (name == "li").then(|| list_marker(node)).flatten();
                        } else if name == "a" && !is_document_link(el) {
                            links += 1;
                        }
                    }
                    Node::Text(t) if !containers.is_empty() => {
                        if !t.trim().is_empty()
                            && let Some(mark) = item_mark.take()
                            && !opens_on_marker(t)
                        {
                            text.push_str(&mark);
                        }
                        text.push_str(t);
                        if links > 0 {
                            link_chars += t
                                .split_whitespace()
                                .map(|w| w.chars().count() + 1)
                                .sum::<usize>();
                        }
                    }
                    _ => {}
                }
            }
            Edge::Close(node) => {
                if let Some(skip) = skipping {
                    if skip == node.id() {
                        skipping = None;
                    }
                    continue;
                }
                if let Node::Element(el) = node.value() {
                    let name = el.name();
                    if BLOCK_TAGS.contains(&name) {
                        item_mark = None;
                        flush(&mut text, &mut link_chars, &containers, &mut out);
                        containers.pop();
                    } else if name == "a" && !is_document_link(el) {
                        links = links.saturating_sub(1);
                    }
                }
            }
        }
    }
    flush(&mut text, &mut link_chars, &containers, &mut out);
    out
}

/// The element a block's container node is.
pub(crate) fn element(doc: &Html, id: NodeId) -> Option<ElementRef<'_>> {
    doc.tree.get(id).and_then(ElementRef::wrap)
}
