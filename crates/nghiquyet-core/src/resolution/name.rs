//! The names of the bodies that adopt resolutions, and of their congresses.

use super::words::{NAME_WORDS, Word, spells, starts_any, words};
use crate::lexicon::{
    ADOPTED_BY, ADOPTS, ADOPTS_ASPECT, CONGRESS, ISSUER_ENDS, LEVEL_WORDS, NAME_GOES_ON,
    NAME_JOINS, NAME_STOPS, NAME_STOPS_TONED, ORDINAL_AFTER, ORG_HEADS, PLACE_HEADS, RESOLUTION,
};
use crate::normalize::fold;
use crate::parse_roman;

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
pub(super) fn outside_name(w: &Word<'_>) -> bool {
    !w.folded.chars().any(char::is_alphanumeric) || is_name_stop(w)
}

/// Whether a word ends a name: "đã", "về", "của"; "thì", but not the
/// "Thị" of "Thị ủy" and "thị xã", which folds the same.
pub(super) fn is_name_stop(w: &Word<'_>) -> bool {
    NAME_STOPS.contains(&w.folded.as_str()) || NAME_STOPS_TONED.iter().any(|s| w.is(s))
}

/// Whether word `k`, a stop word, joins two parts of one name instead:
/// "và" after a capitalised part and before a capitalised word ("Đảng bộ
/// Khối Cơ quan và Doanh nghiệp tỉnh", "Sở Giáo dục và Đào tạo"), unless
/// a body, a resolution or a congress of its own follows ("HĐND và UBND
/// tỉnh").
pub(super) fn joins_name(ws: &[Word<'_>], k: usize) -> bool {
    let capital = |w: &Word<'_>| w.raw.starts_with(char::is_uppercase);
    NAME_JOINS.contains(&ws[k].folded.as_str())
        && ws[k.saturating_sub(2)..k].iter().any(capital)
        && ws.get(k + 1).is_some_and(capital)
        && !starts_any(&ws[k + 1..], ORG_HEADS)
        && !spells(&ws[k + 1..], RESOLUTION)
        && !spells(&ws[k + 1..], CONGRESS)
}

/// Words an issuer's name may take before the mention it adopted.
pub(super) const NAME_BEFORE: usize = 16;

/// The words that name the body said to adopt the mention at word `first`
/// ("HĐND tỉnh Mẫu đã thông qua Nghị quyết số ..."); the verb must be there,
/// as a name that only stands before a mention is not said to adopt it.
/// Back over the verb, more verbs and the words of tense before it ("đã ký
/// ban hành"), then over the name, to punctuation or a word that names no
/// body. A comma before a term or a congress carries the name on
/// ("Đại hội Đảng bộ huyện Mẫu lần thứ XX, nhiệm kỳ 2025-2030 đã thông qua").
pub(super) fn adopter_before<'w, 'a>(ws: &'w [Word<'a>], first: usize) -> Option<&'w [Word<'a>]> {
    let ends_at = |end: usize, phrases: &[&[&str]]| {
        (1..=2).filter_map(|n| end.checked_sub(n)).find(|&k| {
            phrases
                .iter()
                .any(|p| p.len() == end - k && spells(&ws[k..], p))
        })
    };
    // "thông qua các nghị quyết", "ban hành 05 nghị quyết": the same body.
    let first = match first.checked_sub(1) {
        Some(k) if ws[k].marks_group() => k,
        _ => first,
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

/// The body said to adopt a resolution in the passive, from word `from`
/// ("đã được HĐND tỉnh Mẫu khóa XI, kỳ họp thứ 28 thông qua"): up to the
/// verb, which must be there.
pub(super) fn adopter_after<'t>(text: &'t str, ws: &[Word<'_>], from: usize) -> Option<&'t str> {
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

/// A body named in short, by its level alone ("Đảng bộ quận", "HĐND
/// tỉnh"), is the one the hint or the text names in full ("Đảng bộ quận
/// Tây Hà"): the first place the short name is followed by capitalised
/// words.
pub(super) fn in_full<'t>(text: &'t str, short: &'t str, hint: Option<&'t str>) -> &'t str {
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

pub(super) fn congress_in(name: &[Word<'_>]) -> Option<u32> {
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

pub(super) fn read_ordinal(s: &str) -> Option<u32> {
    s.parse::<u32>()
        .ok()
        .filter(|n| (1..200).contains(n))
        .or_else(|| parse_roman(s))
}

/// A specific organisation named inside the mention ("Đảng bộ tỉnh Mẫu"),
/// not a bare head word ("Đảng bộ").
pub(super) fn issuer_in<'t>(text: &'t str, name: &[Word<'_>]) -> Option<&'t str> {
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
