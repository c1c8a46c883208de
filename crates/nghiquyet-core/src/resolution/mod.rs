//! Resolutions (*nghị quyết*) mentioned in an article.

use serde::{Deserialize, Serialize};

mod name;
mod subject;
mod words;

pub(crate) use name::organisation_at_start;

use crate::lexicon::{
    AFTER_RESOLUTION_SHORT, CONGRESS, DOCUMENT_MARK, LIST_WORDS, MAKES, NAME_GOES_ON, NUMBER_LABEL,
    OWNED_BY, RESOLUTION, RESOLUTION_SHORT, THIS_ONE,
};
use crate::normalize::fold;
use crate::{Span, Term, find_terms};
use name::{
    adopter_after, adopter_before, congress_in, in_full, is_name_stop, issuer_in, joins_name,
    outside_name,
};
use subject::subject_after;
use words::{NAME_WORDS, Word, each_word, spells};

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
    /// What it is about, as its title says after "về": "kế hoạch phát
    /// triển kinh tế - xã hội năm 2026".
    /// Absent from JSON written before it came, and then `None`.
    #[serde(default)]
    pub subject: Option<String>,
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
            subject: None,
            span,
        }
    }
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
    // The list of resolutions a body is making, while it goes on.
    let mut list: Option<MadeList> = None;
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
        let chained = list
            .take()
            .filter(|l| continues_list(&text[l.end.min(ws[i].start)..ws[i].start]));
        let (mut found, last) =
            read_mention(text, ws, &terms, i, skip, issuer_hint, chained.as_ref());
        let subject = subject_after(text, ws, last, headed);
        found.subject = subject.map(|s| text[s.range()].to_string());
        let made_here = made_before(ws, i);
        // The generic "Nghị quyết" alone says nothing new; named by its
        // subject, it is a resolution when the text makes it, on its own or
        // in a list the verb heads.
        let made = found.subject.is_some() && (headed || made_here || chained.is_some());
        if made_here || chained.is_some() || made_as_group(ws, i) {
            list = Some(MadeList {
                end: subject.map_or(ws[last].end, |s| s.end),
                issuer: found.issuer.clone(),
                congress: found.congress,
            });
        }
        let says_something =
            found.number.is_some() || found.congress.is_some() || found.term.is_some() || made;
        let seen = out.iter().position(|r| same_resolution(r, &found));
        if says_something && seen.is_none() {
            if headed && own.is_none() {
                own = Some(out.len());
            }
            out.push(found);
        } else if let Some(s) = seen
            && out[s].subject.is_none()
            && found.subject.is_some()
        {
            // "Nghị quyết số 45/NQ-HĐND" first, "Nghị quyết số 45/NQ-HĐND về ..." later.
            out[s].subject = found.subject;
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

/// The resolutions a body makes in one list ("HĐND tỉnh Mẫu thông qua các
/// nghị quyết: Nghị quyết về A; Nghị quyết về B và Nghị quyết về C"): each
/// is made by the body the list's verb follows.
struct MadeList {
    /// The byte after the last mention of the list, its subject included.
    end: usize,
    issuer: Option<String>,
    congress: Option<u32>,
}

/// Whether the text between a list's last mention and the next mention
/// carries the list on: its punctuation, the numbers or letters of its
/// items, the words that join them and those that open the list ("gồm:",
/// "sau đây:"). A full stop does so only in a list laid out in lines.
fn continues_list(between: &str) -> bool {
    let marks = |c: char| c.is_whitespace() || ";,:-–—•+*()".contains(c);
    let mut words = 0;
    let goes_on = between.split(|c: char| marks(c) || c == '.').all(|piece| {
        if piece.is_empty() {
            return true;
        }
        words += 1;
        piece.chars().all(|c| c.is_ascii_digit())
            || piece.chars().count() == 1 && piece.chars().all(char::is_alphabetic)
            || LIST_WORDS.contains(&fold(piece).as_str())
    });
    goes_on && words <= 6 && (!between.contains('.') || between.contains('\n'))
}

/// Whether the mention at word `first` names, as a group, the resolutions
/// a verb makes: "thông qua các nghị quyết", "ban hành 05 nghị quyết".
fn made_as_group(ws: &[Word<'_>], first: usize) -> bool {
    first
        .checked_sub(1)
        .is_some_and(|k| ws[k].marks_group() && made_before(ws, k))
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
        let (found, last) = read_mention(text, ws, &terms, i, CONGRESS.len(), issuer_hint, None);
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
        // A resolution named by its subject is one of its own, not the congress's.
        if r.number.is_some() || r.congress.is_some() || r.subject.is_some() {
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
    list: Option<&MadeList>,
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
            .or_else(|| list.and_then(|l| l.issuer.as_deref()))
            .or(issuer_hint)
            .map(str::to_string),
        number: number.map(|w| w.raw.to_string()),
        // A congress that adopted it is its congress ("Đại hội ... lần thứ
        // XX đã thông qua Nghị quyết").
        congress: congress_in(name)
            .or_else(|| {
                adopter
                    .filter(|a| spells(a, CONGRESS))
                    .and_then(congress_in)
            })
            .or_else(|| list.and_then(|l| l.congress)),
        term,
        subject: None,
        span,
    };
    (resolution, last)
}

/// Whether a word is a resolution's document number ("10-NQ/TU",
/// "95/2019/NQ-HĐND").
fn is_resolution_number(raw: &str) -> bool {
    raw.contains(DOCUMENT_MARK) && raw.chars().any(|c| c.is_ascii_digit())
}

fn same_resolution(a: &Resolution, b: &Resolution) -> bool {
    let subjects_agree = match (&a.subject, &b.subject) {
        (Some(x), Some(y)) => fold(x) == fold(y),
        _ => true,
    };
    match (&a.number, &b.number) {
        (Some(x), Some(y)) => x == y,
        (None, None) => {
            (a.congress.is_some() || b.congress.is_some()) && a.congress == b.congress
                || a.congress.is_none()
                    && b.congress.is_none()
                    && a.term == b.term
                    && subjects_agree
        }
        _ => false,
    }
}

/// Whether the words just before the mention at word `first` make it
/// ("thông qua Nghị quyết", "ban hành Nghị quyết"), rather than carry it
/// out or cite it.
fn made_before(ws: &[Word<'_>], first: usize) -> bool {
    MAKES.iter().any(|p| {
        first
            .checked_sub(p.len())
            .is_some_and(|k| spells(&ws[k..], p))
    })
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
mod tests;
