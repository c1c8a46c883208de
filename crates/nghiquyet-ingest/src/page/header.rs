//! The headline, kicker, dateline and byline of a page: from its metadata
//! when it has some, else from the blocks around the headline.

use chrono::{DateTime, FixedOffset};
use nghiquyet_core::{fold, is_byline, parse_timestamp};
use scraper::Html;

use super::blocks::{Block, class_words, element};
use super::meta::Meta;

/// What [`find`] found, and which blocks it used up.
#[derive(Debug, Default)]
pub(crate) struct Header {
    pub title: Option<String>,
    pub kicker: Option<String>,
    pub published: Option<DateTime<FixedOffset>>,
    pub updated: Option<DateTime<FixedOffset>>,
    pub author: Option<String>,
    /// The headline's block: the article's text comes after it.
    pub title_at: Option<usize>,
    /// Blocks that are header, not body.
    pub used: Vec<usize>,
}

/// The title a `<title>` holds once the site's name is cut off: at each
/// end, a part set apart by " - ", " | ", " – " or " :: " that is shorter
/// than the rest and opens on a capital ("Báo Mẫu", "Cổng TTĐT tỉnh Mẫu").
/// A part that opens in lower case goes on with the title: "kinh tế - xã
/// hội" is one phrase.
fn title_part(title: &str) -> String {
    const SEPARATORS: [&str; 4] = [" - ", " | ", " – ", " :: "];
    // The parts' byte ranges, in order.
    let mut cuts: Vec<(usize, usize)> = SEPARATORS
        .iter()
        .flat_map(|sep| title.match_indices(sep).map(|(i, m)| (i, i + m.len())))
        .collect();
    cuts.sort_unstable();
    let mut parts: Vec<(usize, usize)> = Vec::with_capacity(cuts.len() + 1);
    let mut from = 0;
    for (at, to) in cuts {
        if at >= from {
            parts.push((from, at));
            from = to;
        }
    }
    parts.push((from, title.len()));
    let chars = |(a, b): (usize, usize)| title[a..b].trim().chars().count();
    let site_like = |part: (usize, usize), rest: usize| {
        let text = title[part.0..part.1].trim();
        text.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) && chars(part) < rest
    };
    let kept = |lo: usize, hi: usize| parts[lo..hi].iter().map(|&p| chars(p)).sum::<usize>();
    let (mut lo, mut hi) = (0, parts.len());
    // "... - Báo Mẫu - Chuyên mục Thời sự": the site and its section.
    while hi - lo > 1 && site_like(parts[hi - 1], kept(lo, hi - 1)) {
        hi -= 1;
    }
    if hi - lo > 1 && site_like(parts[lo], kept(lo + 1, hi)) {
        lo += 1;
    }
    title[parts[lo].0..parts[hi - 1].1].trim().to_string()
}

fn headline_like(text: &str) -> bool {
    let n = text.chars().count();
    (8..=250).contains(&n) && !text.ends_with(['.', ':'])
}

/// What portals set between a dateline's fields: byline, date, section.
const SEPARATORS: [char; 3] = ['|', '•', '·'];

/// The datelines in a block: the whole block, else its parts between the
/// separators portals set between byline, date and section ("|", "•",
/// "·"); a part that says "Cập nhật" is an update time.
fn datelines(text: &str) -> Vec<(DateTime<FixedOffset>, bool)> {
    if let Some(t) = parse_timestamp(text) {
        return vec![(t, fold(text).contains("cap nhat"))];
    }
    text.split(SEPARATORS)
        .filter_map(|part| {
            parse_timestamp(part.trim()).map(|t| (t, fold(part).contains("cap nhat")))
        })
        .collect()
}

fn has_class(doc: &Html, block: &Block, words: &[&str], levels: usize) -> bool {
    let Some(el) = element(doc, block.container) else {
        return false;
    };
    std::iter::once(el.id())
        .chain(el.ancestors().take(levels).map(|a| a.id()))
        .filter_map(|id| element(doc, id))
        .any(|e| {
            class_words(e.value())
                .iter()
                .any(|w| words.contains(&w.as_str()))
        })
}

pub(crate) fn find(doc: &Html, blocks: &[Block], region: &[usize], meta: &Meta) -> Header {
    let mut h = Header::default();
    let same = |a: &str, b: &str| fold(a) == fold(b);
    let no_links = |i: &usize| blocks[*i].link_density() < 0.5;
    let first_region = region.first().copied().unwrap_or(0);
    let last_region = region.last().copied().unwrap_or(0);

    // The headline's block: the one that says what the metadata says, else
    // the first <h1> with text that is not a link (a logo).
    let named: Vec<String> = [
        meta.headline.clone(),
        meta.og_title.clone(),
        meta.og_title.as_deref().map(title_part),
        meta.title.as_deref().map(title_part),
    ]
    .into_iter()
    .flatten()
    .collect();
    h.title_at = (0..blocks.len())
        .filter(no_links)
        .find(|&i| named.iter().any(|n| same(n, &blocks[i].text)))
        .or_else(|| {
            (0..blocks.len())
                .filter(no_links)
                .find(|&i| blocks[i].tag == "h1" && blocks[i].chars() >= 3)
        });

    // The dateline: just below the headline, or just above it; else the
    // first one above the article's text.
    let around: Vec<usize> = match h.title_at {
        Some(t) => (t + 1..blocks.len().min(t + 10))
            .chain((t.saturating_sub(3)..t).rev())
            .collect(),
        None => (first_region.saturating_sub(8)..blocks.len().min(first_region + 3)).collect(),
    };
    let mut published = None;
    let mut updated = None;
    let mut labelled = None;
    for i in around.into_iter().filter(no_links) {
        let mut found = datelines(&blocks[i].text);
        let mut fields = vec![blocks[i].text.clone()];
        if found.is_empty() && h.title_at.is_some() && blocks[i].chars() <= 2 * FIELD_CHARS {
            // "<span class=author>...</span><span class=time>...</span>"
            // by the headline: one block of fields set apart only by their
            // elements, each of them short.
            let parts = inline_parts(doc, &blocks[i]);
            if parts
                .iter()
                .all(|(text, _)| text.chars().count() <= FIELD_CHARS)
            {
                found = parts.iter().flat_map(|(text, _)| datelines(text)).collect();
                fields = parts.into_iter().map(|(text, _)| text).collect();
            }
        }
        if found.is_empty() {
            continue;
        }
        if labelled.is_none() {
            labelled = fields.iter().find_map(|f| labelled_author(f));
        }
        for (t, is_update) in found {
            if is_update {
                updated.get_or_insert(t);
            } else {
                published.get_or_insert(t);
            }
        }
        h.used.push(i);
        if published.is_some() && updated.is_some() {
            break;
        }
    }
    h.published = meta.published.or(published);
    h.updated = meta.updated.or(updated);

    // Without a headline block, the text form's rule: the headline is the
    // line above the dateline, and a line ending in ':' above it the kicker.
    if h.title_at.is_none()
        && let Some(&d) = h.used.iter().min()
        && d > 0
        && headline_like(&blocks[d - 1].text)
    {
        h.title_at = Some(d - 1);
    }
    h.title = meta
        .headline
        .clone()
        .or_else(|| h.title_at.map(|i| blocks[i].text.clone()))
        .or_else(|| meta.og_title.as_deref().map(title_part))
        .or_else(|| meta.title.as_deref().map(title_part));
    if let Some(t) = h.title_at {
        h.used.push(t);
        if let Some(k) = t.checked_sub(1)
            && no_links(&k)
        {
            let text = &blocks[k].text;
            let kicker_box = has_class(doc, &blocks[k], &["kicker", "subtitle", "tieudephu"], 0);
            if (text.ends_with(':') && text.chars().count() <= 120) || kicker_box {
                h.kicker = Some(text.trim_end_matches(':').trim().to_string());
                h.used.push(k);
            }
        }
    }

    // The byline: the metadata's, or a short block in an "author" box in or
    // just after the article, or a byline-like line just after it.
    h.author = meta.author.clone();
    let start = h.title_at.unwrap_or(first_region);
    let end = blocks.len().min(last_region + 4);
    for (i, b) in blocks.iter().enumerate().take(end).skip(start) {
        // An author box's name is often a link to the author's page; its
        // time is no name.
        let named = b.chars() <= 60
            && has_class(doc, b, AUTHOR_BOXES, 2)
            && datelines(&b.text).is_empty()
            && b.text.chars().any(char::is_alphabetic);
        if !named && !no_links(&i) {
            continue;
        }
        if named {
            h.author
                .get_or_insert_with(|| credited(&b.text).to_string());
            h.used.push(i);
        } else if h.used.contains(&i) {
            // A dateline's block may name the author in a box of its own.
            let boxed = inline_parts(doc, b).into_iter().find(|(text, classes)| {
                text.chars().count() <= FIELD_CHARS
                    && classes.iter().any(|c| AUTHOR_BOXES.contains(&c.as_str()))
            });
            if let Some((text, _)) = boxed {
                h.author.get_or_insert_with(|| credited(&text).to_string());
            }
        }
    }
    // A dateline's field that names the author ("Tác giả: Thu Hà").
    if h.author.is_none() {
        h.author = labelled;
    }
    if let Some(next) = (last_region + 1..end).find(|i| no_links(i) && !h.used.contains(i))
        && is_byline(&blocks[next].text)
        && h.author
            .as_ref()
            .is_none_or(|a| same_names(a, blocks[next].text.trim_start_matches("Theo ")))
    {
        h.author
            .get_or_insert_with(|| blocks[next].text.trim_start_matches("Theo ").to_string());
        h.used.push(next);
    }
    // A byline closing the article's own text ("Nguyễn Hòa"), perhaps with
    // its source in parentheses after it ("(Đài truyền thanh xã)").
    let tail: Vec<usize> = region
        .iter()
        .rev()
        .copied()
        .filter(|i| !h.used.contains(i) && h.title_at.is_none_or(|t| *i > t))
        .take(3)
        .collect();
    let (name_at, source_at) = match tail[..] {
        [last, before, _] if is_source(&blocks[last].text) => (Some(before), Some(last)),
        [last, _, ..] => (Some(last), None),
        _ => (None, None),
    };
    if let Some(n) = name_at
        && no_links(&n)
        && !blocks[n].text.starts_with('(')
        && is_byline(&blocks[n].text)
        && h.author
            .as_ref()
            .is_none_or(|a| same_names(a, &blocks[n].text))
    {
        h.author.get_or_insert_with(|| blocks[n].text.clone());
        h.used.push(n);
        h.used.extend(source_at);
    }
    h
}

/// Whether two bylines credit the same people, whatever their case and
/// however the names are joined ("Lê Minh, Hoàng Yến" and "LÊ MINH -
/// HOÀNG YẾN").
fn same_names(a: &str, b: &str) -> bool {
    let names = |line: &str| {
        let mut names: Vec<String> = fold(line)
            .split([',', '-', '–', '&', '/'])
            .map(|n| n.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|n| !n.is_empty())
            .collect();
        names.sort();
        names
    };
    names(a) == names(b)
}

/// Longest field of a dateline or byline box, in characters.
const FIELD_CHARS: usize = 60;

/// Class words of a box that holds the author's name.
const AUTHOR_BOXES: &[&str] = &["author", "tacgia", "byline"];

/// Labels of a dateline's field that names the author, folded.
const AUTHOR_LABELS: &[&str] = &[
    "tac gia",
    "bai",
    "bai va anh",
    "anh va bai",
    "bai, anh",
    "phong vien",
    "nguoi viet",
    "but danh",
];

/// The author a dateline's field names after its label ("Tác giả: Thu
/// Hà" in "Đăng ngày: 05/12/2025 | Tác giả: Thu Hà | Lượt xem: 1.254").
fn labelled_author(dateline: &str) -> Option<String> {
    dateline.split(SEPARATORS).find_map(|field| {
        let (label, name) = field.split_once(':')?;
        let name = name.trim();
        (AUTHOR_LABELS.contains(&fold(label.trim()).as_str()) && is_byline(name))
            .then(|| name.to_string())
    })
}

/// The name a byline credits: what follows its last label ("Tác giả:",
/// "Bài và ảnh:"), when that reads as a name; else the whole line.
fn credited(line: &str) -> &str {
    let line = line.trim();
    match line.rsplit_once(':') {
        Some((_, name)) if is_byline(name.trim()) => name.trim(),
        _ => line.trim_start_matches("Tác giả").trim(),
    }
}

/// The texts of the elements a block's container holds, each with the
/// words of its class: the fields of a dateline or byline box.
fn inline_parts(doc: &Html, block: &Block) -> Vec<(String, Vec<String>)> {
    let Some(el) = element(doc, block.container) else {
        return Vec::new();
    };
    el.children()
        .filter_map(scraper::ElementRef::wrap)
        .map(|child| {
            let text = child.text().collect::<Vec<_>>().join(" ");
            let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
            (text, class_words(child.value()))
        })
        .filter(|(text, _)| !text.is_empty())
        .collect()
}

/// A short line in parentheses after a byline: where the text came from.
fn is_source(text: &str) -> bool {
    text.starts_with('(') && text.ends_with(')') && text.chars().count() <= 60
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_title_loses_the_site_s_name_not_its_own_dashes() {
        for (title, part) in [
            (
                "Huyện Mẫu đạt chuẩn nông thôn mới - Báo Mẫu",
                "Huyện Mẫu đạt chuẩn nông thôn mới",
            ),
            (
                "Báo Mẫu | Huyện Mẫu đạt chuẩn nông thôn mới",
                "Huyện Mẫu đạt chuẩn nông thôn mới",
            ),
            (
                "Kế hoạch phát triển kinh tế - xã hội năm 2026 - Cổng TTĐT tỉnh Mẫu",
                "Kế hoạch phát triển kinh tế - xã hội năm 2026",
            ),
            (
                "Chính trị | Kế hoạch phát triển kinh tế - xã hội năm 2026 | Báo Mẫu",
                "Kế hoạch phát triển kinh tế - xã hội năm 2026",
            ),
            (
                "Kế hoạch phát triển kinh tế - xã hội năm 2026 - Báo Mẫu - Thời sự",
                "Kế hoạch phát triển kinh tế - xã hội năm 2026",
            ),
            ("Phát triển kinh tế - xã hội", "Phát triển kinh tế - xã hội"),
            ("Tin mới", "Tin mới"),
        ] {
            assert_eq!(title_part(title), part, "{title}");
        }
    }

    #[test]
    fn a_dateline_field_labelled_as_the_author_names_them() {
        let dateline = "Đăng ngày: 05/12/2025 | Tác giả: Thu Hà | Lượt xem: 1.254";
        assert_eq!(labelled_author(dateline).as_deref(), Some("Thu Hà"));
        assert_eq!(
            labelled_author("Bài và ảnh: Minh Tâm • 17/11/2025").as_deref(),
            Some("Minh Tâm")
        );
        // Another label, or a label with no name after it.
        assert_eq!(labelled_author("Chuyên mục: Chính Trị | 05/12/2025"), None);
        assert_eq!(labelled_author("Tác giả: đang cập nhật | 05/12/2025"), None);
    }

    #[test]
    fn bylines_name_the_same_people_however_joined() {
        assert!(same_names("Lê Minh, Hoàng Yến", "LÊ MINH - HOÀNG YẾN"));
        assert!(same_names("Thu Hà", "THU HÀ"));
        assert!(!same_names("Lê Minh, Hoàng Yến", "Lê Minh"));
        assert!(!same_names("Thu Hà", "Thu Hương"));
    }
}
