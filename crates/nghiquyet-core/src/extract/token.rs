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
    /// A line break between this token and the previous one.
    pub line_start: bool,
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
    /// Whether this is the number of a list item ("(2)", "2."): one or two
    /// digits, no decimals.
    pub fn is_list_number(&self) -> bool {
        self.kind == Kind::Num && self.raw.len() <= 2 && !self.raw.contains([',', '.'])
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
    /// A line break since the previous token.
    newline: bool,
}

impl<'a> Tokens<'a> {
    pub fn new(text: &'a str, at: usize) -> Self {
        Tokens {
            text,
            pos: at,
            glued: false,
            newline: false,
        }
    }
}

impl<'a> Iterator for Tokens<'a> {
    type Item = Tok<'a>;

    fn next(&mut self) -> Option<Tok<'a>> {
        let text = self.text;
        let bytes = text.as_bytes();
        // White space: ASCII fast path, then Unicode.
        let (start, first, first_len) = loop {
            let &b = bytes.get(self.pos)?;
            if b < 0x80 {
                if b.is_ascii_whitespace() {
                    self.newline |= b == b'\n';
                    self.pos += 1;
                    self.glued = false;
                    continue;
                }
                break (self.pos, char::from(b), 1);
            }
            let (c, len) = decode(bytes, self.pos)?;
            if c.is_whitespace() {
                self.pos += len;
                self.glued = false;
                continue;
            }
            break (self.pos, c, len);
        };
        let mut j = start + first_len;
        let mut upper = false;
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
            upper = is_upper(first);
            while let Some(&d) = bytes.get(j) {
                if d < 0x80 {
                    if d.is_ascii_alphanumeric() {
                        upper |= d.is_ascii_uppercase();
                        j += 1;
                        continue;
                    }
                    break;
                }
                // Latin-1 and Latin Extended-A/B letters ("â", "đ", "ơ", "ư"):
                // two bytes, read without a decode.
                if (0xc3..=0xc6).contains(&d)
                    && let Some(&d1) = bytes.get(j + 1)
                {
                    let code = (u32::from(d & 0x1f) << 6) | u32::from(d1 & 0x3f);
                    if code == 0xd7 || code == 0xf7 {
                        break;
                    }
                    upper |= is_upper_code(code);
                    j += 2;
                    continue;
                }
                // Latin Extended Additional ("ạ".."ỹ"): three bytes, all letters.
                if d == 0xe1
                    && let (Some(&d1 @ 0xb8..=0xbb), Some(&d2)) =
                        (bytes.get(j + 1), bytes.get(j + 2))
                {
                    let code = 0x1000 | (u32::from(d1 & 0x3f) << 6) | u32::from(d2 & 0x3f);
                    upper |= is_upper_code(code);
                    j += 3;
                    continue;
                }
                let Some((c, len)) = decode(bytes, j) else {
                    break;
                };
                if is_letter(c) || c.is_numeric() || is_mark(c) {
                    upper |= is_upper(c);
                    j += len;
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
        let low = if upper {
            Cow::Owned(lower(raw))
        } else {
            Cow::Borrowed(raw)
        };
        let tok = Tok {
            kind,
            start,
            end: j,
            raw,
            low,
            glued: self.glued,
            line_start: self.newline,
            value,
            starts: 0,
            ends: 0,
        };
        self.glued = true;
        self.newline = false;
        self.pos = j;
        Some(tok)
    }
}

/// `raw` lower-cased; Vietnamese capitals without a table look-up.
fn lower(raw: &str) -> String {
    let mut low = String::with_capacity(raw.len());
    for c in raw.chars() {
        let code = c as u32;
        let small = match code {
            0x41..=0x5a | 0xc0..=0xde if code != 0xd7 => char::from_u32(code + 0x20),
            0x102 | 0x110 | 0x1a0 | 0x1af | 0x1ea0..=0x1ef9 if is_upper_code(code) => {
                char::from_u32(code + 1)
            }
            _ if is_upper_code(code) => None,
            _ => Some(c),
        };
        match small {
            Some(s) => low.push(s),
            None => low.extend(c.to_lowercase()),
        }
    }
    low
}

/// The char at byte `i` of valid UTF-8 `bytes`, and its length; `None` past
/// the end. Decoded by hand: `str::chars` would check the boundary again
/// for every letter.
#[inline]
fn decode(bytes: &[u8], i: usize) -> Option<(char, usize)> {
    let b0 = *bytes.get(i)?;
    let cont = |k: usize| bytes.get(i + k).map_or(0, |b| u32::from(b & 0x3f));
    let (code, len) = match b0 {
        0..=0x7f => (u32::from(b0), 1),
        0xc0..=0xdf => ((u32::from(b0 & 0x1f) << 6) | cont(1), 2),
        0xe0..=0xef => ((u32::from(b0 & 0x0f) << 12) | (cont(1) << 6) | cont(2), 3),
        _ => (
            (u32::from(b0 & 0x07) << 18) | (cont(1) << 12) | (cont(2) << 6) | cont(3),
            4,
        ),
    };
    Some((
        char::from_u32(code).unwrap_or(char::REPLACEMENT_CHARACTER),
        len,
    ))
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

/// Whether lower-casing `c` would change it; Vietnamese letters without a
/// table look-up.
#[inline]
fn is_upper(c: char) -> bool {
    is_upper_code(c as u32)
}

#[inline]
fn is_upper_code(code: u32) -> bool {
    match code {
        0..=0x7f => (0x41..=0x5a).contains(&code),
        0xc0..=0xde => code != 0xd7,
        0xdf..=0xff => false,
        // "Ă", "Đ", "Ơ", "Ư" and their small letters.
        0x102 | 0x110 | 0x1a0 | 0x1af => true,
        0x103 | 0x111 | 0x1a1 | 0x1b0 => false,
        // Extended Additional ("Ạ".."ỹ"): even code points are capitals.
        0x1ea0..=0x1ef9 => code.is_multiple_of(2),
        _ => char::from_u32(code)
            .is_some_and(|c| c.is_uppercase() || c.to_lowercase().next() != Some(c)),
    }
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
    fn lower_casing_agrees_with_the_standard_library() {
        // Every char of the planes Vietnamese and its neighbours use.
        for c in ('\u{0}'..='\u{2fff}').chain('\u{1e00}'..='\u{1eff}') {
            let s = c.to_string();
            assert_eq!(lower(&s), s.to_lowercase(), "{c:?} U+{:04X}", c as u32);
            // A char lower-casing changes is never taken as lower case (the
            // token would keep its capital); the reverse costs a copy only.
            if s.to_lowercase() != s {
                assert!(is_upper(c), "{c:?} U+{:04X}", c as u32);
            }
        }
        let toks = tokenize("ĐẠI HỘI Đảng bộ TỈNH Quảng Ninh, UBND");
        let lows: Vec<&str> = toks.iter().map(|t| t.low.as_ref()).collect();
        assert_eq!(
            lows,
            [
                "đại", "hội", "đảng", "bộ", "tỉnh", "quảng", "ninh", ",", "ubnd"
            ]
        );
    }

    #[test]
    fn trailing_dot_is_not_part_of_number() {
        let toks = tokenize("đạt 80%. Số 9.9.");
        assert_eq!(toks[1].raw, "80");
        assert_eq!(toks[5].raw, "9.9");
        assert_eq!(toks[5].value, None);
    }
}
