//! Resolutions (*nghị quyết*) mentioned in an article.

use serde::{Deserialize, Serialize};

use crate::extract::token::Tokens;
use crate::lexicon::{
    ADOPTED_BY, ADOPTS, ADOPTS_ASPECT, AFTER_RESOLUTION_SHORT, CONGRESS, DOCUMENT_MARK,
    ISSUER_ENDS, LEVEL_WORDS, NAME_GOES_ON, NAME_JOINS, NAME_STOPS, NAME_STOPS_TONED, NUMBER_LABEL,
    ORDINAL_AFTER, ORG_HEADS, OWNED_BY, PLACE_HEADS, RESOLUTION, RESOLUTION_SHORT, THIS_ONE,
};
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

/// Words of `text` from its tokens: a run of tokens with no space between
/// them is one word, so document numbers ("10-NQ/TU") stay whole, but
/// sentence punctuation is peeled off into words of its own.
fn words(text: &str) -> impl Iterator<Item = Word<'_>> {
    runs(text).flat_map(move |(start, end)| {
        let piece = &text[start..end];
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
        for (i, c) in text[tail_start..end].char_indices() {
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

/// The byte ranges of the runs of tokens with no white space between them.
fn runs(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut tokens = Tokens::new(text, 0).peekable();
    std::iter::from_fn(move || {
        // A space the tokenizer reads as punctuation (a vertical tab) parts runs too.
        let first = loop {
            let t = tokens.next()?;
            if !t.raw.starts_with(char::is_whitespace) {
                break t;
            }
        };
        let mut end = first.end();
        while let Some(t) = tokens.next_if(|t| t.glued && !t.raw.starts_with(char::is_whitespace)) {
            end = t.end();
        }
        Some((first.start, end))
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

/// The organisation's name `text` starts with ("Đảng bộ ...", "HĐND ..."),
/// up to the first word that ends a name. A kicker is often the name alone;
/// a headline goes on to say what the body did ("HĐND tỉnh Mẫu thông qua
/// Nghị quyết ...": "HĐND tỉnh Mẫu"), and that is not part of the name.
pub(crate) fn organisation_at_start(text: &str) -> Option<&str> {
    let ws: Vec<Word<'_>> = words(text).take(NAME_WORDS).collect();
    if !starts_any(&ws, ORG_HEADS) {
        return None;
    }
    let end = (1..ws.len())
        .find(|&k| {
            outside_name(&ws[k])
                || starts_any(&ws[k..], ADOPTS)
                || starts_any(&ws[k..], ADOPTS_ASPECT)
        })
        .unwrap_or(ws.len());
    issuer_in(text, &ws[..end])
}

/// Whether a word cannot stand in a body's name: punctuation, or a word
/// that ends one ("đã", "về", "của").
fn outside_name(w: &Word<'_>) -> bool {
    !w.folded.chars().any(char::is_alphanumeric) || is_name_stop(w)
}

/// Whether a word ends a name: "đã", "về", "của"; "thì", but not the
/// "Thị" of "Thị ủy" and "thị xã", which folds the same.
fn is_name_stop(w: &Word<'_>) -> bool {
    NAME_STOPS.contains(&w.folded.as_str())
        || NAME_STOPS_TONED
            .iter()
            .any(|s| w.raw.chars().flat_map(char::to_lowercase).eq(s.chars()))
}

/// Whether word `k`, a stop word, joins two parts of one name instead:
/// "và" after a capitalised part and before a capitalised word ("Đảng bộ
/// Khối Cơ quan và Doanh nghiệp tỉnh", "Sở Giáo dục và Đào tạo"), unless
/// a body, a resolution or a congress of its own follows ("HĐND và UBND
/// tỉnh").
fn joins_name(ws: &[Word<'_>], k: usize) -> bool {
    let capital = |w: &Word<'_>| w.raw.starts_with(char::is_uppercase);
    NAME_JOINS.contains(&ws[k].folded.as_str())
        && ws[k.saturating_sub(2)..k].iter().any(capital)
        && ws.get(k + 1).is_some_and(capital)
        && !starts_any(&ws[k + 1..], ORG_HEADS)
        && !spells(&ws[k + 1..], RESOLUTION)
        && !spells(&ws[k + 1..], CONGRESS)
}

/// Whether `ws` starts with one of `phrases`.
fn starts_any(ws: &[Word<'_>], phrases: &[&[&str]]) -> bool {
    phrases.iter().any(|p| spells(ws, p))
}

/// Words an issuer's name may take before the mention it adopted.
const NAME_BEFORE: usize = 16;

/// The words that name the body said to adopt the mention at word `first`
/// ("HĐND tỉnh Mẫu đã thông qua Nghị quyết số ..."); the verb must be there,
/// as a name that only stands before a mention is not said to adopt it.
/// Back over the verb, more verbs and the words of tense before it ("đã ký
/// ban hành"), then over the name, to punctuation or a word that names no
/// body. A comma before a term or a congress carries the name on
/// ("Đại hội Đảng bộ huyện Mẫu lần thứ XX, nhiệm kỳ 2025-2030 đã thông qua").
fn adopter_before<'w, 'a>(ws: &'w [Word<'a>], first: usize) -> Option<&'w [Word<'a>]> {
    let ends_at = |end: usize, phrases: &[&[&str]]| {
        (1..=2).filter_map(|n| end.checked_sub(n)).find(|&k| {
            phrases
                .iter()
                .any(|p| p.len() == end - k && spells(&ws[k..], p))
        })
    };
    let mut end = ends_at(first, ADOPTS)?;
    while let Some(k) = ends_at(end, ADOPTS).or_else(|| ends_at(end, ADOPTS_ASPECT)) {
        end = k;
    }
    let reach = end.saturating_sub(NAME_BEFORE);
    let mut from = end;
    while from > reach {
        let w = &ws[from - 1];
        let goes_on = w.folded == ","
            && ws
                .get(from)
                .is_some_and(|n| NAME_GOES_ON.contains(&n.folded.as_str()));
        if outside_name(w) && !goes_on {
            break;
        }
        from -= 1;
    }
    Some(&ws[from..end])
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
    // The resolution whose own text this is, named by its number label.
    let mut own: Option<usize> = None;
    each_word(text, |ws, i| {
        let short = ws[i].folded == RESOLUTION_SHORT;
        let is_mention = spells(&ws[i..], RESOLUTION)
            || short
                && ws
                    .get(i + 1)
                    .is_some_and(|w| AFTER_RESOLUTION_SHORT.contains(&w.folded.as_str()));
        // A resolution's own text opens with its number: "Số: 35/2025/NQ-HĐND".
        let label = ws[i].folded == NUMBER_LABEL && ws.get(i + 1).is_some_and(|w| w.raw == ":");
        let headed = label && ws.get(i + 2).is_some_and(|w| is_resolution_number(w.raw));
        if !is_mention && !headed {
            return i + 1;
        }
        let skip = if headed {
            2
        } else if short {
            1
        } else {
            RESOLUTION.len()
        };
        let (found, last) = read_mention(text, ws, &terms, i, skip, issuer_hint);
        // The generic "Nghị quyết" alone says nothing new.
        let says_something =
            found.number.is_some() || found.congress.is_some() || found.term.is_some();
        if says_something && !out.iter().any(|r| same_resolution(r, &found)) {
            if headed && own.is_none() {
                own = Some(out.len());
            }
            out.push(found);
        } else if let Some(o) = own.filter(|&o| out[o].issuer.is_none())
            && ws.get(i + skip).is_some_and(|w| w.folded == THIS_ONE)
        {
            // "Nghị quyết này đã được HĐND tỉnh Mẫu khóa XI ... thông qua".
            if let Some(issuer) = adopter_after(text, ws, i + skip + 1) {
                out[o].issuer = Some(issuer.to_string());
            }
        }
        last + 1
    });
    out
}

/// The body said to adopt a resolution in the passive, from word `from`
/// ("đã được HĐND tỉnh Mẫu khóa XI, kỳ họp thứ 28 thông qua"): up to the
/// verb, which must be there.
fn adopter_after<'t>(text: &'t str, ws: &[Word<'_>], from: usize) -> Option<&'t str> {
    let mut k = from;
    while ws.get(k).is_some_and(|w| {
        ADOPTS_ASPECT
            .iter()
            .any(|p| p.len() == 1 && w.folded == p[0])
    }) {
        k += 1;
    }
    if ws.get(k)?.folded != ADOPTED_BY {
        return None;
    }
    let name = k + 1;
    let verb = (name..ws.len().min(name + NAME_WORDS))
        .find(|&j| ADOPTS.iter().any(|p| spells(&ws[j..], p)))?;
    issuer_in(text, &ws[name..verb])
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
        if !spells(&ws[i..], CONGRESS) {
            return i + 1;
        }
        let (found, last) = read_mention(text, ws, &terms, i, CONGRESS.len(), issuer_hint);
        if found.congress.is_some() && !out.iter().any(|r| same_resolution(r, &found)) {
            out.push(found);
        }
        last + 1
    });
    out
}

/// Completes the resolutions a text names only by their congress ("Nghị
/// quyết Đại hội đề ra ...", "Đại hội đã thông qua Nghị quyết ...") with
/// the congress the text names in full ([`implied_resolutions`]): its
/// body, its number and its term. Only a mention with no document number
/// and no congress of its own is completed, and only when exactly one
/// congress fits what it does say; mentions that come to name the same
/// resolution are then one.
///
/// ```
/// use nghiquyet_core::{complete_from_congresses, find_resolutions, implied_resolutions, Term};
///
/// let text = "Đại hội đại biểu Đảng bộ huyện Mẫu lần thứ XXII, nhiệm kỳ 2025-2030 thành công tốt đẹp. \
///             Nghị quyết Đại hội nhiệm kỳ 2025-2030 đề ra 20 chỉ tiêu.";
/// let mut found = find_resolutions(text, None);
/// assert_eq!(found[0].issuer, None);
/// complete_from_congresses(&mut found, &implied_resolutions(text, None));
/// assert_eq!(found[0].issuer.as_deref(), Some("Đảng bộ huyện Mẫu"));
/// assert_eq!((found[0].congress, found[0].term), (Some(22), Some(Term::new(2025, 2030))));
/// ```
pub fn complete_from_congresses(found: &mut Vec<Resolution>, congresses: &[Resolution]) {
    let fits = |r: &Resolution, c: &Resolution| {
        r.term.is_none_or(|t| Some(t) == c.term)
            && r.issuer
                .as_ref()
                .is_none_or(|i| Some(i) == c.issuer.as_ref())
    };
    for r in found.iter_mut() {
        if r.number.is_some() || r.congress.is_some() {
            continue;
        }
        let mut fitting = congresses.iter().filter(|c| fits(r, c));
        if let (Some(c), None) = (fitting.next(), fitting.next()) {
            r.issuer = c.issuer.clone();
            r.congress = c.congress;
            r.term = c.term;
        }
    }
    let mut kept: Vec<Resolution> = Vec::with_capacity(found.len());
    for r in found.drain(..) {
        if !kept.iter().any(|k| same_resolution(k, &r)) {
            kept.push(r);
        }
    }
    *found = kept;
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
        if matches!(f, "." | ";" | ":" | "(" | ")") || is_name_stop(&ws[j]) && !joins_name(ws, j) {
            break;
        }
        if f == "," {
            // A comma continues the name only before a term or a congress.
            let next = ws.get(j + 1).map(|w| w.folded.as_str());
            if !next.is_some_and(|n| NAME_GOES_ON.contains(&n)) {
                break;
            }
        }
        last = j;
        j += 1;
    }
    let name = &ws[first..=last];
    let span = Span::new(ws[first].start, ws[last].end);
    let number = name.iter().find(|w| is_resolution_number(w.raw));
    let term = terms
        .iter()
        .find(|(_, s)| s.start >= span.start && s.end <= span.end)
        .or_else(|| nearest_in_sentence(text, terms, span))
        .map(|(t, _)| *t);
    let adopter = adopter_before(ws, first);
    let owner = ws.get(last + 1).filter(|w| w.folded == OWNED_BY).map(|_| {
        let from = last + 2;
        let to = (from..ws.len().min(from + NAME_WORDS))
            .find(|&k| outside_name(&ws[k]) && !joins_name(ws, k))
            .unwrap_or(ws.len().min(from + NAME_WORDS));
        &ws[from..to]
    });
    let resolution = Resolution {
        issuer: issuer_in(text, name)
            .or_else(|| owner.and_then(|o| issuer_in(text, o)))
            .or_else(|| {
                // "HĐND tỉnh" in the body is the headline's "HĐND tỉnh Mẫu".
                issuer_in(text, adopter?).map(|found| match issuer_hint {
                    Some(hint) if fold(hint).starts_with(&fold(found)) => hint,
                    _ => found,
                })
            })
            .map(|found| in_full(text, found, issuer_hint))
            .or(issuer_hint)
            .map(str::to_string),
        number: number.map(|w| w.raw.to_string()),
        // A congress that adopted it is its congress ("Đại hội ... lần thứ
        // XX đã thông qua Nghị quyết").
        congress: congress_in(name).or_else(|| {
            adopter
                .filter(|a| spells(a, CONGRESS))
                .and_then(congress_in)
        }),
        term,
        span,
    };
    (resolution, last)
}

/// A body named in short, by its level alone ("Đảng bộ quận", "HĐND
/// tỉnh"), is the one the hint or the text names in full ("Đảng bộ quận
/// Tây Hà"): the first place the short name is followed by capitalised
/// words.
fn in_full<'t>(text: &'t str, short: &'t str, hint: Option<&'t str>) -> &'t str {
    let by_level = words(short)
        .last()
        .is_some_and(|w| LEVEL_WORDS.contains(&w.folded.as_str()));
    if !by_level {
        return short;
    }
    if let Some(hint) = hint
        && fold(hint).starts_with(&fold(short))
    {
        return hint;
    }
    let named_after = |at: usize| {
        let rest = &text[at..];
        let mut end = 0;
        for w in words(rest).take(NAME_WORDS) {
            let next_to = w.start == end + 1 && rest[end..w.start] == *" ";
            if !next_to || !w.raw.starts_with(char::is_uppercase) {
                break;
            }
            end = w.end;
        }
        (end > 0).then(|| at + end)
    };
    text.match_indices(short)
        .take(64)
        .find_map(|(p, _)| named_after(p + short.len()).map(|end| &text[p..end]))
        .unwrap_or(short)
}

/// Whether a word is a resolution's document number ("10-NQ/TU",
/// "95/2019/NQ-HĐND").
fn is_resolution_number(raw: &str) -> bool {
    raw.contains(DOCUMENT_MARK) && raw.chars().any(|c| c.is_ascii_digit())
}

/// Whether `ws` starts with the folded words `phrase`.
fn spells(ws: &[Word<'_>], phrase: &[&str]) -> bool {
    ws.len() >= phrase.len() && ws.iter().zip(phrase).all(|(w, p)| w.folded == *p)
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
    for k in 0..name.len() {
        let ordinal = ORDINAL_AFTER
            .iter()
            .find(|p| spells(&name[k..], p))
            .and_then(|p| name.get(k + p.len()))
            .map(|w| w.raw);
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
fn issuer_in<'t>(text: &'t str, name: &[Word<'_>]) -> Option<&'t str> {
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
            if ISSUER_ENDS.contains(&f) || read_ordinal(name[end].raw).is_some() {
                break;
            }
            end += 1;
        }
        if end > k + head.len() || head.len() == 1 || PLACE_HEADS.contains(&head[0]) {
            return Some(&text[name[k].start..name[end - 1].end]);
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
    fn words_keep_document_numbers_whole_and_peel_punctuation() {
        let text = "(Nghị quyết số 10-NQ/TU,\u{b}“XV”)";
        let raws: Vec<&str> = words(text).map(|w| w.raw).collect();
        assert_eq!(
            raws,
            [
                "(", "Nghị", "quyết", "số", "10-NQ/TU", ",", "“", "XV", "”", ")"
            ]
        );
        let w = words(text).nth(4).unwrap();
        assert_eq!(&text[w.start..w.end], "10-NQ/TU");
    }

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
    fn an_organisation_named_at_the_start_ends_before_what_it_did() {
        for (text, name) in [
            (
                "Đảng bộ Khối các cơ quan tỉnh",
                Some("Đảng bộ Khối các cơ quan tỉnh"),
            ),
            (
                "HĐND tỉnh Bình Lâm thông qua Nghị quyết về kế hoạch năm 2026",
                Some("HĐND tỉnh Bình Lâm"),
            ),
            ("Đảng bộ huyện Mẫu lần thứ XXV", Some("Đảng bộ huyện Mẫu")),
            (
                "Tỉnh ủy Mẫu: ban hành Nghị quyết số 10-NQ/TU",
                Some("Tỉnh ủy Mẫu"),
            ),
            ("HĐND tỉnh", Some("HĐND tỉnh")),
            (
                "Thành ủy Hà Lâm ban hành Nghị quyết về chuyển đổi số",
                Some("Thành ủy Hà Lâm"),
            ),
            ("Đại hội Đảng bộ huyện Mẫu", None),
        ] {
            assert_eq!(organisation_at_start(text), name, "{text}");
        }
    }

    #[test]
    fn the_body_that_adopted_a_resolution_is_its_issuer() {
        let issuer = |text: &str| {
            find_resolutions(text, Some("Báo Mẫu"))
                .first()
                .and_then(|r| r.issuer.clone())
        };
        assert_eq!(
            issuer(
                "Ban Thường vụ Thành ủy Mẫu vừa ban hành Nghị quyết số 15-NQ/TU về chuyển đổi số."
            )
            .as_deref(),
            Some("Thành ủy Mẫu")
        );
        // "Thị" of a town's body folds as "thì", which ends a name.
        assert_eq!(
            issuer("Ban Thường vụ Thị ủy Mẫu ban hành Nghị quyết số 05-NQ/TU về đô thị.")
                .as_deref(),
            Some("Thị ủy Mẫu")
        );
        assert_eq!(
            issuer("Ban Chấp hành Đảng bộ thị xã Mẫu ban hành Nghị quyết số 05-NQ/TU.").as_deref(),
            Some("Ban Chấp hành Đảng bộ thị xã Mẫu")
        );
        assert_eq!(
            issuer("Nếu Đảng bộ huyện Mẫu thì ban hành Nghị quyết số 05-NQ/HU.").as_deref(),
            Some("Báo Mẫu")
        );
        assert_eq!(
            issuer("Ngày 12/12, HĐND tỉnh Mẫu đã chính thức thông qua Nghị quyết số 45/NQ-HĐND.")
                .as_deref(),
            Some("HĐND tỉnh Mẫu")
        );
        assert_eq!(
            issuer("Chủ tịch UBND tỉnh Mẫu đã ký ban hành Nghị quyết số 3/NQ-UBND.").as_deref(),
            Some("UBND tỉnh Mẫu")
        );
        assert_eq!(
            issuer("Chiều 9/12, kỳ họp thứ 15 HĐND tỉnh Mẫu khóa XVII đã thông qua Nghị quyết số 45/2020/NQ-HĐND.")
                .as_deref(),
            Some("HĐND tỉnh Mẫu")
        );
        // A body named by its level alone is the one named in full before.
        let found = find_resolutions(
            "Ban Chấp hành Đảng bộ quận Tây Hà tổ chức Hội nghị sơ kết thực hiện Nghị quyết Đại hội Đảng bộ quận lần thứ XXIII.",
            None,
        );
        assert_eq!(found[0].issuer.as_deref(), Some("Đảng bộ quận Tây Hà"));
        let found = find_resolutions(
            "Hội nghị sơ kết thực hiện Nghị quyết Đại hội Đảng bộ quận lần thứ XXIII.",
            None,
        );
        assert_eq!(found[0].issuer.as_deref(), Some("Đảng bộ quận"));
        // "và" inside a body's name, not between two bodies.
        let found = implied_resolutions(
            "Đại hội Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh Mẫu lần thứ IV, nhiệm kỳ 2025-2030 đề ra 12 chỉ tiêu.",
            None,
        );
        assert_eq!(
            found[0].issuer.as_deref(),
            Some("Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh Mẫu")
        );
        assert_eq!(found[0].congress, Some(4));
        let found = find_resolutions(
            "Nghị quyết Đại hội Đảng bộ tỉnh Mẫu lần thứ XV và Nghị quyết Đại hội Đảng bộ huyện Khác lần thứ XX.",
            None,
        );
        let issuers: Vec<_> = found.iter().map(|r| r.issuer.as_deref()).collect();
        assert_eq!(
            issuers,
            [Some("Đảng bộ tỉnh Mẫu"), Some("Đảng bộ huyện Khác")]
        );
        // A congress named with its term adopted it: its body, its number.
        let found = find_resolutions(
            "Đại hội Đảng bộ huyện Mẫu lần thứ XX, nhiệm kỳ 2025-2030 đã thông qua Nghị quyết với nhiều chỉ tiêu.",
            None,
        );
        assert_eq!(found[0].issuer.as_deref(), Some("Đảng bộ huyện Mẫu"));
        assert_eq!(found[0].congress, Some(20));
        // A council's session number is no congress.
        let found = find_resolutions(
            "Kỳ họp thứ 15 HĐND tỉnh Mẫu khóa XVII đã thông qua Nghị quyết số 45/2020/NQ-HĐND.",
            None,
        );
        assert_eq!(found[0].issuer.as_deref(), Some("HĐND tỉnh Mẫu"));
        assert_eq!(found[0].congress, None);
        // The body named in short is the one the headline names in full.
        let found = find_resolutions(
            "Tại kỳ họp, HĐND tỉnh đã thông qua Nghị quyết số 45/NQ-HĐND.",
            Some("HĐND tỉnh Mẫu"),
        );
        assert_eq!(found[0].issuer.as_deref(), Some("HĐND tỉnh Mẫu"));
        // A name inside the mention wins; without a verb, the hint stands.
        assert_eq!(
            issuer("Hội nghị thông qua Nghị quyết Đại hội Đảng bộ tỉnh Khác lần thứ XV.")
                .as_deref(),
            Some("Đảng bộ tỉnh Khác")
        );
        assert_eq!(
            issuer("Tại Đảng bộ huyện Mẫu, Nghị quyết số 10-NQ/HU được quán triệt.").as_deref(),
            Some("Báo Mẫu")
        );
    }

    #[test]
    fn a_resolution_s_own_text_names_it_by_its_number_label() {
        let text = "HỘI ĐỒNG NHÂN DÂN TỈNH MẪU\nSố: 35/2025/NQ-HĐND\nNGHỊ QUYẾT\n\
                    Về kế hoạch phát triển kinh tế - xã hội năm 2026";
        let found = find_resolutions(text, None);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].number.as_deref(), Some("35/2025/NQ-HĐND"));
        // Its closing line names the body that adopted it.
        let text = format!(
            "{text}\nĐiều 2. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.\n\
             Nghị quyết này đã được Hội đồng nhân dân tỉnh Mẫu khóa XI, kỳ họp thứ 28 thông qua ngày 10 tháng 12 năm 2025."
        );
        let found = find_resolutions(&text, None);
        assert_eq!(found.len(), 1);
        assert_eq!(
            found[0].issuer.as_deref(),
            Some("Hội đồng nhân dân tỉnh Mẫu")
        );
        // Another document's number is no resolution.
        assert!(find_resolutions("Số: 210/TTr-UBND ngày 25/11/2025", None).is_empty());
        // Nor is a resolution number's label without its colon, in prose.
        assert!(find_resolutions("Tại phiên họp số 35/NQ mở rộng", None).is_empty());
    }

    #[test]
    fn the_body_a_resolution_is_of_is_its_issuer() {
        let found = find_resolutions(
            "Thực hiện Nghị quyết số 12-NQ/TU của Ban Thường vụ Tỉnh ủy Hà Mẫu về thu hút đầu tư.",
            Some("Đảng bộ huyện Mẫu"),
        );
        assert_eq!(found[0].issuer.as_deref(), Some("Tỉnh ủy Hà Mẫu"));
        // "của" before no body: the hint stands in.
        let found = find_resolutions(
            "Kết quả của Nghị quyết số 12-NQ/TU của năm qua.",
            Some("Đảng bộ huyện Mẫu"),
        );
        assert_eq!(found[0].issuer.as_deref(), Some("Đảng bộ huyện Mẫu"));
    }

    #[test]
    fn bare_mentions_are_not_resolutions() {
        assert!(find_resolutions("các nghị quyết chuyên đề", None).is_empty());
    }
}
