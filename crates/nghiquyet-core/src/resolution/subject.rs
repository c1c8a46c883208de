//! What a resolution is about: the words after its "về" ("Nghị quyết số
//! 45/2025/NQ-HĐND về kế hoạch phát triển kinh tế - xã hội năm 2026").

use super::name::{joins_name, outside_name};
use super::words::{Word, spells, starts_any};
use crate::Span;
use crate::lexicon::{AND, JUST};
use crate::lexicon::{
    DATE_WORDS, DATED, NOT_SUBJECT, ORG_HEADS, OWNED_BY, RESOLUTION, SUBJECT_ENDS, SUBJECT_OPENS,
    SUBJECT_TRAILERS, WITH,
};

/// Words a subject may take, at most: a longer run found no end and is
/// more likely the rest of a sentence than a title.
pub(super) const SUBJECT_WORDS: usize = 64;

/// What the resolution whose mention ends at word `last` is about: the
/// words after its "về", past the mention's date, the body it is of, and a
/// heading "NGHỊ QUYẾT" between its number and its title; up to the end of
/// the sentence, a new line, or the words that say what the sentence tells
/// of it. Only a resolution's own text (`headed`) puts its title in a
/// paragraph of its own; elsewhere "Về ..." after a line break opens
/// another subject than the resolution's ("Về kinh tế, ...").
pub(super) fn subject_after(
    text: &str,
    ws: &[Word<'_>],
    last: usize,
    headed: bool,
) -> Option<Span> {
    let mut k = last + 1;
    loop {
        let w = ws.get(k)?;
        if !headed && text[ws[k - 1].end..w.start].contains('\n') {
            return None;
        }
        let next_opens = |at: usize| {
            ws.get(at)
                .is_some_and(|n| n.folded == DATED || n.folded == OWNED_BY)
        };
        if w.folded == "," && next_opens(k + 1) {
            k += 1;
        } else if w.folded == DATED {
            k += 1;
            while ws.get(k).is_some_and(is_date_word) {
                k += 1;
            }
        } else if w.folded == OWNED_BY {
            k += 1;
            while ws
                .get(k)
                .is_some_and(|w| !outside_name(w) || joins_name(ws, k))
            {
                k += 1;
            }
        } else if spells(&ws[k..], RESOLUTION) {
            k += RESOLUTION.len();
        } else {
            break;
        }
    }
    if !opens_subject(&ws[k]) || starts_any(&ws[k + 1..], NOT_SUBJECT) {
        return None;
    }
    let first = k + 1;
    let mut end = first;
    while end < ws.len() {
        if end - first == SUBJECT_WORDS {
            return None;
        }
        let w = &ws[end];
        let new_line = end > first && text[ws[end - 1].end..w.start].contains('\n');
        let after_comma = |at: usize| {
            ws.get(at)
                .is_none_or(|n| n.raw.starts_with(char::is_uppercase) || ends_subject(&ws[at..]))
        };
        if new_line
            || closes(w.raw)
            || w.folded == "," && after_comma(end + 1)
            || ends_subject(&ws[end..]) && !medium(ws, end)
            // "... năm 2026 với 20 chỉ tiêu": what it holds; "gắn với" is the title's own.
            || w.raw == WITH
                && ws
                    .get(end + 1)
                    .is_some_and(|n| n.raw.starts_with(|c: char| c.is_ascii_digit()))
            || w.folded == OWNED_BY && starts_any(&ws[end + 1..], ORG_HEADS)
        {
            break;
        }
        if spells(&ws[end..], RESOLUTION) {
            // Run into another mention with no "và" or comma before it, the
            // words after the title's last comma were the sentence's ("về
            // giá đất, sau khi thảo luận về Nghị quyết ...").
            if !SUBJECT_TRAILERS.contains(&ws[end - 1].folded.as_str())
                && let Some(comma) = (first..end).rev().find(|&k| ws[k].folded == ",")
            {
                end = comma;
            }
            break;
        }
        end += 1;
    }
    while end > first && SUBJECT_TRAILERS.contains(&ws[end - 1].folded.as_str()) {
        end -= 1;
    }
    // One syllable is no title.
    (end - first >= 2).then(|| Span::new(ws[first].start, ws[end - 1].end))
}

/// Whether word `k` is the "vừa" of "nhỏ và vừa" (medium), not "just now".
fn medium(ws: &[Word<'_>], k: usize) -> bool {
    ws[k].raw == JUST && k.checked_sub(1).is_some_and(|p| ws[p].raw == AND)
}

/// Whether a word is "về", with its tone (folded, it is also "vệ", "vẽ").
fn opens_subject(w: &Word<'_>) -> bool {
    w.is(SUBJECT_OPENS)
}

/// Whether `ws` starts with the words, tones and all, that end a subject.
fn ends_subject(ws: &[Word<'_>]) -> bool {
    SUBJECT_ENDS
        .iter()
        .any(|p| ws.len() >= p.len() && ws.iter().zip(p.iter()).all(|(w, p)| w.is(p)))
}

/// Punctuation that closes a subject: the end of a sentence or clause, a
/// bracket, a quotation mark.
fn closes(raw: &str) -> bool {
    matches!(
        raw,
        "." | ";" | ":" | "(" | ")" | "!" | "?" | "\"" | "“" | "”" | "…"
    )
}

/// A word of a date: its numbers, and "tháng", "năm" between them.
fn is_date_word(w: &Word<'_>) -> bool {
    w.raw.chars().any(|c| c.is_ascii_digit()) || DATE_WORDS.contains(&w.folded.as_str())
}
