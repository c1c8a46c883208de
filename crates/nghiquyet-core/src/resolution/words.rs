//! The words of a text as the reading of resolutions sees them: runs of
//! tokens with no space between them, punctuation peeled off, each with
//! its folded form.

use crate::extract::token::Tokens;
use crate::lexicon::GROUP_MARKS;
use crate::normalize::fold;

/// A word of the text with its byte range and folded form.
#[derive(Debug)]
pub(super) struct Word<'a> {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) raw: &'a str,
    pub(super) folded: String,
}

impl Word<'_> {
    /// Whether the word is `lower`, tones and all, in any case: "về" is
    /// not "vệ", though both fold the same.
    pub(super) fn is(&self, lower: &str) -> bool {
        self.raw
            .chars()
            .flat_map(char::to_lowercase)
            .eq(lower.chars())
    }

    /// Whether the word names resolutions as a group between a verb and
    /// "nghị quyết": "các", "những", or a count ("thông qua 15 nghị quyết").
    pub(super) fn marks_group(&self) -> bool {
        GROUP_MARKS.contains(&self.folded.as_str())
            || !self.raw.is_empty() && self.raw.chars().all(|c| c.is_ascii_digit())
    }
}

/// Words of `text` from its tokens: a run of tokens with no space between
/// them is one word, so document numbers ("10-NQ/TU") stay whole, but
/// sentence punctuation is peeled off into words of its own.
pub(super) fn words(text: &str) -> impl Iterator<Item = Word<'_>> {
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
pub(super) const NAME_WORDS: usize = 32;

/// Words [`each_word`] holds after the word it visits: a mention's name,
/// its date and the body it is of, and its subject, with room to spare.
const LOOKAHEAD: usize = 3 * NAME_WORDS + super::subject::SUBJECT_WORDS;

/// Calls `visit(words, i)` at each word `i` with at least [`LOOKAHEAD`]
/// words after it in `words` (when the text has them); `visit` gives the
/// next `i`. Holds a window of words, not the text's.
pub(super) fn each_word<'t>(text: &'t str, mut visit: impl FnMut(&[Word<'t>], usize) -> usize) {
    let mut source = words(text);
    let mut buf: Vec<Word<'t>> = Vec::new();
    let mut i = 0;
    loop {
        while buf.len() <= i + LOOKAHEAD {
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

/// Whether `ws` starts with the folded words `phrase`.
pub(super) fn spells(ws: &[Word<'_>], phrase: &[&str]) -> bool {
    ws.len() >= phrase.len() && ws.iter().zip(phrase).all(|(w, p)| w.folded == *p)
}

/// Whether `ws` starts with one of `phrases`.
pub(super) fn starts_any(ws: &[Word<'_>], phrases: &[&[&str]]) -> bool {
    phrases.iter().any(|p| spells(ws, p))
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
}
