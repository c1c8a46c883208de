//! Parsing HTML into a tree, refusing nesting no real page has.
//!
//! html5ever checks the stack of open elements at every tag, so a page of
//! 100,000 nested `<div>`s costs it minutes of CPU (quadratic time), within
//! any byte cap. A scan of the tags first, linear and with no tree, finds
//! how deep the page nests; past [`MAX_DEPTH`] it is refused before parsing.
//! News pages nest a few dozen levels; Chromium stops laying out at 512.

use std::collections::HashMap;

use scraper::Html;

use crate::{Error, ErrorKind};

/// The deepest nesting of elements a page may have.
pub(crate) const MAX_DEPTH: usize = 1_000;

/// Elements that never hold others (void), or that the parser closes by
/// itself when a sibling starts: unclosed, they do not nest deeper.
const FLAT: &[&str] = &[
    "area", "base", "br", "col", "colgroup", "dd", "dt", "embed", "hr", "img", "input", "li",
    "link", "meta", "option", "optgroup", "p", "param", "rp", "rt", "source", "tbody", "td",
    "tfoot", "th", "thead", "tr", "track", "wbr",
];

/// Elements whose content is text up to their end tag, never markup.
const RAW_TEXT: &[&str] = &["script", "style", "textarea", "title", "xmp", "noembed"];

/// The document tree of `html`, or [`ErrorKind::TooDeep`] when it nests
/// deeper than [`MAX_DEPTH`].
pub(crate) fn parse(html: &str) -> Result<Html, Error> {
    let depth = depth(html);
    if depth > MAX_DEPTH {
        return Err(Error::new(ErrorKind::TooDeep {
            depth,
            limit: MAX_DEPTH,
        }));
    }
    Ok(Html::parse_document(html))
}

/// How deep the elements of `html` nest, following the parser's stack of
/// open elements: a start tag pushes, an end tag pops down to the nearest
/// open element of its name and is ignored when none is open. Each element
/// is pushed and popped once, so the scan is linear. Comments and raw text
/// hold no tags.
pub(crate) fn depth(html: &str) -> usize {
    let bytes = html.as_bytes();
    let mut open: Vec<String> = Vec::new();
    let mut count: HashMap<String, usize> = HashMap::new();
    let mut deepest = 0;
    let mut at = 0;
    while let Some(lt) = memchr::memchr(b'<', &bytes[at..]) {
        at += lt + 1;
        if bytes[at..].starts_with(b"!--") {
            at = find(bytes, at + 3, b"-->").map_or(bytes.len(), |e| e + 3);
            continue;
        }
        let closing = bytes.get(at) == Some(&b'/');
        let name_at = at + usize::from(closing);
        let name_len = bytes[name_at..]
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric())
            .count();
        if name_len == 0 || !bytes[name_at].is_ascii_alphabetic() {
            continue;
        }
        let name = html[name_at..name_at + name_len].to_ascii_lowercase();
        let end = memchr::memchr(b'>', &bytes[name_at..]).map_or(bytes.len(), |e| name_at + e);
        let self_closing = bytes.get(end.wrapping_sub(1)) == Some(&b'/');
        at = (end + 1).min(bytes.len());
        if FLAT.contains(&name.as_str()) {
            continue;
        }
        if closing {
            if count.get(&name).is_some_and(|&n| n > 0) {
                while let Some(top) = open.pop() {
                    if let Some(n) = count.get_mut(&top) {
                        *n -= 1;
                    }
                    if top == name {
                        break;
                    }
                }
            }
        } else if RAW_TEXT.contains(&name.as_str()) {
            let close = format!("</{name}");
            at = find_ignoring_case(bytes, at, close.as_bytes()).unwrap_or(bytes.len());
        } else if !self_closing {
            *count.entry(name.clone()).or_default() += 1;
            open.push(name);
            deepest = deepest.max(open.len());
        }
    }
    deepest
}

fn find(bytes: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    memchr::memmem::find(bytes.get(from..)?, needle).map(|i| from + i)
}

fn find_ignoring_case(bytes: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    bytes
        .get(from..)?
        .windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle))
        .map(|i| from + i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn depth_counts_nesting_not_tags() {
        assert_eq!(depth("<html><body><div><p>a<p>b</div></body></html>"), 3);
        assert_eq!(depth("<div></div><div></div><div><span>x</span></div>"), 2);
        // Void and self-closed elements, and unclosed cells, rows and items,
        // do not nest.
        assert_eq!(
            depth("<div><br><img src=x><hr/><td>1<td>2<li>a<li>b</div>"),
            1
        );
        assert_eq!(depth("<div/><div/><div/>"), 0);
    }

    #[test]
    fn end_tags_pop_as_the_parser_does() {
        // A stray end tag closes nothing; an end tag closes what it holds.
        assert_eq!(depth(&"<div></b>".repeat(5_000)), 5_000);
        assert_eq!(depth("<div><span><b>x</div><div>y</div>"), 3);
        // Sloppy pages that real portals serve stay shallow.
        assert_eq!(depth(&"<div><span><font>x</div>".repeat(5_000)), 3);
        assert_eq!(
            depth(&"<table><tr><td><font>a<td>b<p>c<li>d</table>".repeat(5_000)),
            2
        );
    }

    #[test]
    fn comments_and_raw_text_hold_no_tags() {
        let page = "<div><!-- <div><div><div> --><script>if (a<b) { x = '<div><div>'; }</SCRIPT>\
                    <style>p > a {}</style></div>";
        assert_eq!(depth(page), 1);
        // An unclosed comment or script ends the scan without a panic.
        assert_eq!(depth("<div><!-- <div>"), 1);
        assert_eq!(depth("<div><script><div><div>"), 1);
    }

    #[test]
    fn hostile_markup_never_panics() {
        for s in [
            "<",
            "</",
            "<>",
            "< div>",
            "<1>",
            "<div",
            "</div",
            "<đ>",
            "<div đ=\"<\">",
            "<!--",
        ] {
            let _ = depth(s);
        }
    }

    #[test]
    fn pages_nested_past_the_limit_are_refused() {
        let nested = |n: usize| format!("{}x{}", "<div>".repeat(n), "</div>".repeat(n));
        assert!(parse(&nested(MAX_DEPTH)).is_ok());
        let err = parse(&nested(MAX_DEPTH + 1)).err().map(|e| e.to_string());
        assert_eq!(
            err.as_deref(),
            Some("elements nested 1001 deep (at most 1000): not a news page")
        );
    }
}
