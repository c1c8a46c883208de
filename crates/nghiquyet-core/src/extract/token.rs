//! The tokenizer: words, Vietnamese numbers and punctuation, with byte spans.

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
    /// Lower-cased `raw`, for matching the lexicon.
    pub low: String,
    /// No white space between this token and the previous one.
    pub glued: bool,
    /// The value of a number token, when it reads as a Vietnamese number.
    pub value: Option<f64>,
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
pub(crate) fn tokenize(text: &str) -> Vec<Tok<'_>> {
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    let mut glued = false;
    while i < chars.len() {
        let (start, c) = chars[i];
        if c.is_whitespace() {
            glued = false;
            i += 1;
            continue;
        }
        let mut j = i + 1;
        let kind = if c.is_ascii_digit() {
            // Digits, with '.' or ',' only between digits.
            while j < chars.len() {
                let d = chars[j].1;
                let next_digit = chars.get(j + 1).is_some_and(|(_, n)| n.is_ascii_digit());
                if d.is_ascii_digit() || ((d == '.' || d == ',') && next_digit) {
                    j += 1;
                } else {
                    break;
                }
            }
            Kind::Num
        } else if c.is_alphabetic() {
            while j < chars.len() && (chars[j].1.is_alphanumeric() || is_mark(chars[j].1)) {
                j += 1;
            }
            Kind::Word
        } else {
            Kind::Punct
        };
        let end = chars.get(j).map_or(text.len(), |(b, _)| *b);
        let raw = &text[start..end];
        let value = if kind == Kind::Num {
            parse_number(raw)
        } else {
            None
        };
        out.push(Tok {
            kind,
            start,
            end,
            raw,
            low: raw.to_lowercase(),
            glued,
            value,
        });
        glued = true;
        i = j;
    }
    out
}

fn is_mark(c: char) -> bool {
    // Combining marks left by NFD input that was not normalised.
    ('\u{300}'..='\u{36f}').contains(&c)
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
