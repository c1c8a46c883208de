//! Resolutions (*nghị quyết*) mentioned in an article.

use serde::{Deserialize, Serialize};

use crate::normalize::fold;
use crate::{Span, Term, find_terms, parse_roman};

/// A resolution an article mentions.
///
/// ```
/// use nghiquyet_core::{find_resolutions, Term};
///
/// let text = "Nghị quyết Đại hội Đảng bộ tỉnh Mẫu lần thứ XV, nhiệm kỳ 2020-2025 đề ra 12 chỉ tiêu.";
/// let r = &find_resolutions(text, None)[0];
/// assert_eq!(r.issuer.as_deref(), Some("Đảng bộ tỉnh Mẫu"));
/// assert_eq!(r.congress, Some(15));
/// assert_eq!(r.term, Some(Term::new(2020, 2025)));
/// assert_eq!(&text[r.span.range()], "Nghị quyết Đại hội Đảng bộ tỉnh Mẫu lần thứ XV, nhiệm kỳ 2020-2025");
/// ```
///
/// New fields may come in minor versions: build one with [`Resolution::new`],
/// then set its public fields.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Resolution {
    /// The body that adopted it: "Đảng bộ Khối các cơ quan tỉnh", "HĐND tỉnh".
    pub issuer: Option<String>,
    /// The document number: "10-NQ/TU", "95/2019/NQ-HĐND".
    pub number: Option<String>,
    /// The congress or council that adopted it, as an integer ("lần thứ XV" is 15).
    pub congress: Option<u32>,
    /// The term it covers.
    pub term: Option<Term>,
    /// Where the first mention is, in bytes of the text the model holds.
    pub span: Span,
}

impl Resolution {
    /// A resolution first mentioned at `span`, with no issuer, number,
    /// congress or term yet.
    ///
    /// ```
    /// use nghiquyet_core::{Resolution, Span, Term};
    ///
    /// let mut r = Resolution::new(Span::new(0, 10));
    /// r.issuer = Some("HĐND tỉnh Mẫu".into());
    /// r.term = Some(Term::new(2021, 2026));
    /// assert_eq!(r.congress, None);
    /// ```
    pub fn new(span: Span) -> Self {
        Resolution {
            issuer: None,
            number: None,
            congress: None,
            term: None,
            span,
        }
    }
}

/// A word of the text with its byte range and folded form.
#[derive(Debug)]
struct Word<'a> {
    start: usize,
    end: usize,
    raw: &'a str,
    folded: String,
}

/// Splits on white space, keeping document numbers ("10-NQ/TU") whole and
/// peeling sentence punctuation off into words of their own.
fn words(text: &str) -> impl Iterator<Item = Word<'_>> {
    split_whitespace_indices(text).flat_map(move |(start, piece)| {
        let mut out = Vec::new();
        let lead = piece.len() - piece.trim_start_matches(['(', '"', '“']).len();
        let core = piece[lead..].trim_end_matches([',', '.', ';', ':', ')', '"', '”', '!', '?']);
        if lead > 0 {
            push_word(&mut out, text, start, start + lead);
        }
        if !core.is_empty() {
            push_word(&mut out, text, start + lead, start + lead + core.len());
        }
        let tail_start = start + lead + core.len();
        for (i, c) in text[tail_start..start + piece.len()].char_indices() {
            push_word(
                &mut out,
                text,
                tail_start + i,
                tail_start + i + c.len_utf8(),
            );
        }
        out
    })
}

/// Words read after a mention's first word, at most.
const NAME_WORDS: usize = 32;

/// Calls `visit(words, i)` at each word `i` with at least [`NAME_WORDS`]
/// words after it in `words` (when the text has them); `visit` gives the
/// next `i`. Holds a window of words, not the text's.
fn each_word<'t>(text: &'t str, mut visit: impl FnMut(&[Word<'t>], usize) -> usize) {
    let mut source = words(text);
    let mut buf: Vec<Word<'t>> = Vec::new();
    let mut i = 0;
    loop {
        while buf.len() <= i + NAME_WORDS {
            match source.next() {
                Some(w) => buf.push(w),
                None => break,
            }
        }
        if i >= buf.len() {
            return;
        }
        i = visit(&buf, i);
        if i > 4 * 1024 {
            buf.drain(..i);
            i = 0;
        }
    }
}

fn push_word<'a>(out: &mut Vec<Word<'a>>, text: &'a str, start: usize, end: usize) {
    let raw = &text[start..end];
    out.push(Word {
        start,
        end,
        raw,
        folded: fold(raw),
    });
}

fn split_whitespace_indices(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split_whitespace()
        .map(move |w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
}

/// Words that end a resolution's name.
const STOP: &[&str] = &[
    "da", "de", "duoc", "va", "la", "trong", "voi", "nham", "thi", "ve", "ngay", "dat", "tai",
    "cua", "cho", "phan", "tiep", "tu", "tren", "theo", "thuc", "nay", "do", "khai", "be", "dien",
    "xac", "thong",
];

/// Head words of organisation names.
const ORG_HEADS: &[&[&str]] = &[
    &["dang", "bo"],
    &["chi", "bo"],
    &["dang", "uy"],
    &["tinh", "uy"],
    &["huyen", "uy"],
    &["thanh", "uy"],
    &["quan", "uy"],
    &["thi", "uy"],
    &["hdnd"],
    &["hoi", "dong", "nhan", "dan"],
    &["ubnd"],
    &["uy", "ban", "nhan", "dan"],
    &["ban", "chap", "hanh"],
    &["quoc", "hoi"],
    &["chinh", "phu"],
    &["bo", "chinh", "tri"],
];

/// Whether `text` starts with an organisation's name ("Đảng bộ ...", "HĐND ...").
pub(crate) fn is_organisation(text: &str) -> bool {
    let folded = fold(text);
    let ws: Vec<&str> = folded.split_whitespace().collect();
    ORG_HEADS
        .iter()
        .any(|head| ws.len() >= head.len() && ws[..head.len()] == **head)
}

/// Every resolution mentioned in `text`, in order of first mention, each
/// once. `issuer_hint` names the body the article is about (its kicker,
/// say); it stands in where a mention names no body of its own.
///
/// ```
/// use nghiquyet_core::{find_resolutions, Term};
///
/// let text = "Khép lại nhiệm kỳ 2015-2020, Đảng bộ đã hoàn thành các chỉ tiêu Nghị quyết Đại hội XIV đã đề ra. \
///             Thực hiện Nghị quyết số 10-NQ/TU của Tỉnh ủy.";
/// let found = find_resolutions(text, Some("Đảng bộ huyện Mẫu"));
/// assert_eq!(found.len(), 2);
/// assert_eq!((found[0].congress, found[0].term), (Some(14), Some(Term::new(2015, 2020))));
/// assert_eq!(found[0].issuer.as_deref(), Some("Đảng bộ huyện Mẫu"));
/// assert_eq!(found[1].number.as_deref(), Some("10-NQ/TU"));
/// ```
pub fn find_resolutions(text: &str, issuer_hint: Option<&str>) -> Vec<Resolution> {
    let terms = find_terms(text);
    let mut out: Vec<Resolution> = Vec::new();
    each_word(text, |ws, i| {
        let is_mention = ws[i].folded == "nghi"
            && ws.get(i + 1).is_some_and(|w| w.folded == "quyet")
            || ws[i].folded == "nq"
                && ws
                    .get(i + 1)
                    .is_some_and(|w| matches!(w.folded.as_str(), "so" | "dai"));
        if !is_mention {
            return i + 1;
        }
        let skip = if ws[i].folded == "nq" { 1 } else { 2 };
        let (found, last) = read_mention(text, ws, &terms, i, skip, issuer_hint);
        // The generic "Nghị quyết" alone says nothing new.
        let says_something =
            found.number.is_some() || found.congress.is_some() || found.term.is_some();
        if says_something && !out.iter().any(|r| same_resolution(r, &found)) {
            out.push(found);
        }
        last + 1
    });
    out
}

/// The resolutions a text implies without naming one: a congress ("Đại hội
/// đại biểu Đảng bộ ... lần thứ XX, nhiệm kỳ 2020-2025") adopts a
/// resolution, and the targets it sets are that resolution's. Only congresses
/// with an ordinal count.
///
/// ```
/// use nghiquyet_core::{implied_resolutions, Term};
///
/// let text = "Đại hội đại biểu Đảng bộ thành phố Mẫu lần thứ XX, nhiệm kỳ 2020-2025 khai mạc sáng nay.";
/// let r = &implied_resolutions(text, None)[0];
/// assert_eq!((r.congress, r.term), (Some(20), Some(Term::new(2020, 2025))));
/// assert_eq!(r.issuer.as_deref(), Some("Đảng bộ thành phố Mẫu"));
/// ```
pub fn implied_resolutions(text: &str, issuer_hint: Option<&str>) -> Vec<Resolution> {
    let terms = find_terms(text);
    let mut out: Vec<Resolution> = Vec::new();
    each_word(text, |ws, i| {
        if !(ws[i].folded == "dai" && ws.get(i + 1).is_some_and(|w| w.folded == "hoi")) {
            return i + 1;
        }
        let (found, last) = read_mention(text, ws, &terms, i, 2, issuer_hint);
        if found.congress.is_some() && !out.iter().any(|r| same_resolution(r, &found)) {
            out.push(found);
        }
        last + 1
    });
    out
}

/// Reads the name that starts at word `first` (a mention of `skip` words,
/// then its qualifiers) into a resolution; gives it and its last word.
fn read_mention(
    text: &str,
    ws: &[Word<'_>],
    terms: &[(Term, Span)],
    first: usize,
    skip: usize,
    issuer_hint: Option<&str>,
) -> (Resolution, usize) {
    let mut j = first + skip;
    let mut last = j - 1;
    while j < ws.len() && j - first < 30 {
        let f = ws[j].folded.as_str();
        if matches!(f, "." | ";" | ":" | "(" | ")") || STOP.contains(&f) {
            break;
        }
        if f == "," {
            // A comma continues the name only before a term or a congress.
            let next = ws.get(j + 1).map(|w| w.folded.as_str());
            if !matches!(next, Some("nhiem" | "khoa" | "giai" | "lan")) {
                break;
            }
        }
        last = j;
        j += 1;
    }
    let name = &ws[first..=last];
    let span = Span::new(ws[first].start, ws[last].end);
    let number = name
        .iter()
        .find(|w| w.raw.contains("NQ") && w.raw.chars().any(|c| c.is_ascii_digit()));
    let term = terms
        .iter()
        .find(|(_, s)| s.start >= span.start && s.end <= span.end)
        .or_else(|| nearest_in_sentence(text, terms, span))
        .map(|(t, _)| *t);
    let resolution = Resolution {
        issuer: issuer_in(text, name).or_else(|| issuer_hint.map(str::to_string)),
        number: number.map(|w| w.raw.to_string()),
        congress: congress_in(name),
        term,
        span,
    };
    (resolution, last)
}

fn same_resolution(a: &Resolution, b: &Resolution) -> bool {
    match (&a.number, &b.number) {
        (Some(x), Some(y)) => x == y,
        (None, None) => {
            (a.congress.is_some() || b.congress.is_some()) && a.congress == b.congress
                || a.congress.is_none() && b.congress.is_none() && a.term == b.term
        }
        _ => false,
    }
}

fn congress_in(name: &[Word<'_>]) -> Option<u32> {
    for (k, w) in name.iter().enumerate() {
        let next = |n: usize| name.get(k + n).map(|w| w.raw);
        let ordinal = match w.folded.as_str() {
            "lan" if name.get(k + 1).is_some_and(|w| w.folded == "thu") => next(2),
            "khoa" => next(1),
            "hoi" if k > 0 && name[k - 1].folded == "dai" => next(1),
            _ => None,
        };
        if let Some(o) = ordinal.and_then(read_ordinal) {
            return Some(o);
        }
    }
    None
}

fn read_ordinal(s: &str) -> Option<u32> {
    s.parse::<u32>()
        .ok()
        .filter(|n| (1..200).contains(n))
        .or_else(|| parse_roman(s))
}

/// A specific organisation named inside the mention ("Đảng bộ tỉnh Mẫu"),
/// not a bare head word ("Đảng bộ").
fn issuer_in(text: &str, name: &[Word<'_>]) -> Option<String> {
    for k in 0..name.len() {
        let Some(head) = ORG_HEADS.iter().find(|h| {
            name.len() >= k + h.len()
                && name[k..k + h.len()]
                    .iter()
                    .zip(h.iter())
                    .all(|(w, f)| w.folded == *f)
        }) else {
            continue;
        };
        let mut end = k + head.len();
        while end < name.len() {
            let f = name[end].folded.as_str();
            if matches!(f, "lan" | "khoa" | "nhiem" | "giai" | "," | "so")
                || read_ordinal(name[end].raw).is_some()
            {
                break;
            }
            end += 1;
        }
        if end > k + head.len()
            || head.len() == 1
            || matches!(head[0], "tinh" | "huyen" | "thanh" | "quan" | "thi")
        {
            return Some(text[name[k].start..name[end - 1].end].to_string());
        }
    }
    None
}

/// The term named nearest to `span` in the same sentence, preferring one before it.
fn nearest_in_sentence<'t>(
    text: &str,
    terms: &'t [(Term, Span)],
    span: Span,
) -> Option<&'t (Term, Span)> {
    let sentence_start = text[..span.start]
        .rfind(['.', '\n', ';'])
        .map_or(0, |p| p + 1);
    let sentence_end = text[span.end..]
        .find(['.', '\n', ';'])
        .map_or(text.len(), |p| span.end + p);
    let before = terms
        .iter()
        .rfind(|(_, s)| s.start >= sentence_start && s.end <= span.start);
    let after = terms
        .iter()
        .find(|(_, s)| s.start >= span.end && s.end <= sentence_end);
    before.or(after)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_councils() {
        let text =
            "Thống nhất với Nghị quyết số 95/2019/NQ-HĐND ngày 10 tháng 12 năm 2019 của HĐND tỉnh";
        let r = find_resolutions(text, None);
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].number.as_deref(), Some("95/2019/NQ-HĐND"));
        assert_eq!(r[0].issuer, None);
    }

    #[test]
    fn digit_ordinals_and_khoa() {
        let r = find_resolutions(
            "Nghị quyết Đại hội Đảng bộ huyện lần thứ 16 nhiệm kỳ 2025-2030",
            None,
        );
        assert_eq!(r[0].congress, Some(16));
        assert_eq!(r[0].term, Some(Term::new(2025, 2030)));
        let r = find_resolutions("Nghị quyết HĐND tỉnh khóa XX", None);
        assert_eq!(r[0].congress, Some(20));
        assert_eq!(r[0].issuer.as_deref(), Some("HĐND tỉnh"));
    }

    #[test]
    fn repeated_mentions_collapse() {
        let text =
            "Nghị quyết Đại hội XV đề ra. Thực hiện Nghị quyết Đại hội XV, nhiệm kỳ 2020-2025.";
        assert_eq!(find_resolutions(text, None).len(), 1);
    }

    #[test]
    fn bare_mentions_are_not_resolutions() {
        assert!(find_resolutions("các nghị quyết chuyên đề", None).is_empty());
    }
}
