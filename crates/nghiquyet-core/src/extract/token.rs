//! The tokenizer: words, Vietnamese numbers and punctuation, with byte spans.

use std::borrow::Cow;

use crate::number::parse_number;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A run of letters (and digits after a letter: "m2", "GRDP").
    Word,
    /// A run of digits with Vietnamese grouping dots and a decimal comma.
    Num,
    /// Any other single character: "%", "/", "-", ";", "(".
    Punct,
}

/// One token of the text, with its byte span.
#[derive(Debug, Clone)]
pub(crate) struct Tok<'a> {
    pub kind: Kind,
    pub start: usize,
    pub end: usize,
    pub raw: &'a str,
    /// Lower-cased `raw`, for matching the lexicon; borrowed when `raw` is
    /// already lower case (most words are), so a token costs no allocation.
    pub low: Cow<'a, str>,
    /// No white space between this token and the previous one.
    pub glued: bool,
    /// The value of a number token, when it reads as a Vietnamese number.
    pub value: Option<f64>,
    /// Bits of the lexicon lists with a phrase starting at this token (see [`super::tagger`]).
    pub starts: u64,
    /// Bits of the lexicon lists with a phrase ending at this token.
    pub ends: u64,
}

impl Tok<'_> {
    pub fn is_word(&self, w: &str) -> bool {
        self.kind == Kind::Word && self.low == w
    }
    pub fn is_punct(&self, c: char) -> bool {
        self.kind == Kind::Punct && self.raw.starts_with(c)
    }
    pub fn is_dash(&self) -> bool {
        self.kind == Kind::Punct && matches!(self.raw, "-" | "–" | "—")
    }
    /// Digits after the decimal comma ("87,97" has 2).
    pub fn frac_digits(&self) -> usize {
        self.raw.split_once(',').map_or(0, |(_, f)| f.len())
    }
}

/// Splits `text` into tokens. Never panics; spans are on char boundaries.
#[cfg(test)]
pub(crate) fn tokenize(text: &str) -> Vec<Tok<'_>> {
    let mut toks: Vec<Tok<'_>> = Tokens::new(text, 0).collect();
    super::tagger::tag(&mut toks);
    toks
}

/// The tokens of `text` from byte `at`, one at a time: a reader holds only
/// the tokens of the sentence it reads, never the whole text's.
#[derive(Debug, Clone)]
pub(crate) struct Tokens<'a> {
    text: &'a str,
    pos: usize,
    glued: bool,
}

impl<'a> Tokens<'a> {
    pub fn new(text: &'a str, at: usize) -> Self {
        Tokens {
            text,
            pos: at,
            glued: false,
        }
    }
}

impl<'a> Iterator for Tokens<'a> {
    type Item = Tok<'a>;

    fn next(&mut self) -> Option<Tok<'a>> {
        let text = self.text;
        let bytes = text.as_bytes();
        // White space: ASCII fast path, then Unicode.
        loop {
            let &b = bytes.get(self.pos)?;
            if b.is_ascii_whitespace() {
                self.pos += 1;
                self.glued = false;
                continue;
            }
            if b < 0x80 {
                break;
            }
            let c = text[self.pos..].chars().next()?;
            if c.is_whitespace() {
                self.pos += c.len_utf8();
                self.glued = false;
                continue;
            }
            break;
        }
        let start = self.pos;
        let first = text[start..].chars().next()?;
        let mut j = start + first.len_utf8();
        let kind = if first.is_ascii_digit() {
            // Digits, with '.' or ',' only between digits.
            while let Some(&d) = bytes.get(j) {
                let next_digit = bytes.get(j + 1).is_some_and(u8::is_ascii_digit);
                if d.is_ascii_digit() || ((d == b'.' || d == b',') && next_digit) {
                    j += 1;
                } else {
                    break;
                }
            }
            Kind::Num
        } else if is_letter(first) {
            while let Some(&d) = bytes.get(j) {
                if d < 0x80 {
                    if d.is_ascii_alphanumeric() {
                        j += 1;
                        continue;
                    }
                    break;
                }
                let Some(c) = text[j..].chars().next() else {
                    break;
                };
                if is_letter(c) || c.is_numeric() || is_mark(c) {
                    j += c.len_utf8();
                } else {
                    break;
                }
            }
            Kind::Word
        } else {
            Kind::Punct
        };
        let raw = &text[start..j];
        let value = match kind {
            Kind::Num => plain_integer(raw).or_else(|| parse_number(raw)),
            _ => None,
        };
        let low = if is_lower(raw) {
            Cow::Borrowed(raw)
        } else {
            Cow::Owned(raw.to_lowercase())
        };
        let glued = self.glued;
        self.glued = true;
        self.pos = j;
        Some(Tok {
            kind,
            start,
            end: j,
            raw,
            low,
            glued,
            value,
            starts: 0,
            ends: 0,
        })
    }
}

/// The value of a run of at most 15 digits, exact in an `f64`, read
/// without the general number reader (most numbers are years and counts).
fn plain_integer(raw: &str) -> Option<f64> {
    if raw.len() > 15 {
        return None;
    }
    let mut n: u64 = 0;
    for b in raw.bytes() {
        if !b.is_ascii_digit() {
            return None;
        }
        n = n * 10 + u64::from(b - b'0');
    }
    // Exact: 15 digits stay below 2^53.
    #[allow(clippy::cast_precision_loss)]
    Some(n as f64)
}

/// Whether `c` is a letter; Vietnamese letters without a table look-up.
fn is_letter(c: char) -> bool {
    match c as u32 {
        0x41..=0x5a | 0x61..=0x7a => true,
        0..=0x7f => false,
        // Latin-1 letters, Latin Extended-A/B and Extended Additional hold
        // every Vietnamese letter.
        0xd7 | 0xf7 => false,
        0xc0..=0x24f | 0x1e00..=0x1eff => true,
        _ => c.is_alphabetic(),
    }
}

fn is_mark(c: char) -> bool {
    // Combining marks left by NFD input that was not normalised.
    ('\u{300}'..='\u{36f}').contains(&c)
}

/// Whether lower-casing `s` would change nothing.
fn is_lower(s: &str) -> bool {
    if s.is_ascii() {
        return !s.bytes().any(|b| b.is_ascii_uppercase());
    }
    s.chars().all(|c| match c as u32 {
        0..=0x7f => !c.is_ascii_uppercase(),
        // Extended Additional ("Ạ".."ỹ"): even code points are capitals.
        0x1ea0..=0x1ef9 => c as u32 % 2 == 1,
        _ => !c.is_uppercase(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_words_and_punct() {
        let toks = tokenize("đạt 6,5-7%/năm, 45.799 tỷ.đ");
        let raws: Vec<&str> = toks.iter().map(|t| t.raw).collect();
        assert_eq!(
            raws,
            [
                "đạt", "6,5", "-", "7", "%", "/", "năm", ",", "45.799", "tỷ", ".", "đ"
            ]
        );
        assert_eq!(toks[1].value, Some(6.5));
        assert_eq!(toks[3].value, Some(7.0));
        assert_eq!(toks[8].value, Some(45799.0));
        assert!(toks[2].glued && !toks[8].glued);
    }

    #[test]
    fn trailing_dot_is_not_part_of_number() {
        let toks = tokenize("đạt 80%. Số 9.9.");
        assert_eq!(toks[1].raw, "80");
        assert_eq!(toks[5].raw, "9.9");
        assert_eq!(toks[5].value, None);
    }
}
