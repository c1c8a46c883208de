//! The tokenizer: words, Vietnamese numbers and punctuation, with byte spans.

use std::borrow::Cow;

use super::lexicon;
use super::tagger::{self, Index, NO_WORD, WordId};
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
    /// The token's text; it ends at [`Tok::end`].
    pub raw: &'a str,
    /// Lower-cased `raw`, for matching the lexicon; borrowed when `raw` is
    /// already lower case (most words are) or a word of the lexicon, so a
    /// token seldom costs an allocation.
    pub low: Cow<'a, str>,
    /// The id of `low` (of `raw` for punctuation) among the lexicon's words,
    /// for the tagger; [`NO_WORD`] for numbers and other words.
    pub id: WordId,
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

// Inlined into the rules, which call them with constants: the char's
// encoding and the word's length fold away, and most calls end on `kind`.
impl Tok<'_> {
    /// The byte after the token; not a field, so that a token, pushed and
    /// copied for every word of the text, is smaller.
    #[inline]
    pub fn end(&self) -> usize {
        self.start + self.raw.len()
    }
    #[inline]
    pub fn is_word(&self, w: &str) -> bool {
        self.kind == Kind::Word && self.low == w
    }
    #[inline]
    pub fn is_punct(&self, c: char) -> bool {
        self.kind == Kind::Punct && self.raw.starts_with(c)
    }
    /// Whether this is a word that opens on a capital ("Hoa", "UBND"): a
    /// name's, or a sentence's first.
    #[inline]
    pub fn is_capitalised(&self) -> bool {
        self.kind == Kind::Word && self.raw.chars().next().is_some_and(char::is_uppercase)
    }
    #[inline]
    pub fn is_dash(&self) -> bool {
        // The hyphens and the minus sign word processors put for '-'
        // ("15‑16%" with a non-breaking hyphen) dash as it does.
        self.kind == Kind::Punct
            && matches!(
                self.raw,
                "-" | "–" | "—" | "\u{2010}" | "\u{2011}" | "\u{2012}" | "\u{2212}"
            )
    }
    /// Whether this is the number of a list item ("(2)", "2."): one or two
    /// digits, no decimals.
    pub fn is_list_number(&self) -> bool {
        self.kind == Kind::Num && self.raw.len() <= 2 && !self.raw.contains([',', '.'])
    }
    /// A single lower-case letter: an item's letter in "a)", "đ)".
    pub fn is_item_letter(&self) -> bool {
        let mut chars = self.raw.chars();
        self.kind == Kind::Word
            && chars.next().is_some_and(char::is_lowercase)
            && chars.next().is_none()
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
    /// Room to lower-case capitalised words in: the strings of tokens the
    /// reader has dropped (see [`Tokens::give_back`]), so that a word the
    /// lexicon does not know costs no allocation once the reader has warmed.
    spare: Vec<String>,
    /// The lexicon's words, for each token's id.
    index: &'static Index,
    /// How many more capitalised words go on a person's name, after a
    /// family name ("Nguyễn Văn Được"): they are names, no words of the
    /// lexicon ("được", "đạt").
    name_left: u8,
    /// Where the name's last word ends.
    name_end: usize,
}

impl<'a> Tokens<'a> {
    pub fn new(text: &'a str, at: usize) -> Self {
        Tokens {
            text,
            pos: at,
            glued: false,
            newline: false,
            spare: Vec::new(),
            index: tagger::index(),
            name_left: 0,
            name_end: 0,
        }
    }

    /// The same tokenizer on another text, from its first byte, with its
    /// room to lower-case words in.
    pub fn recycle<'u>(self, text: &'u str) -> Tokens<'u> {
        Tokens {
            text,
            pos: 0,
            glued: false,
            newline: false,
            spare: self.spare,
            index: self.index,
            name_left: 0,
            name_end: 0,
        }
    }

    /// Takes back the room of a token the reader drops.
    #[inline]
    pub fn give_back(&mut self, tok: Tok<'a>) {
        if let Cow::Owned(low) = tok.low {
            self.spare.push(low);
        }
    }

    /// Starts on `text` from its first byte, keeping the room to
    /// lower-case words in: a reader of many lines allocates it once.
    pub fn reset(&mut self, text: &'a str) {
        self.text = text;
        self.pos = 0;
        self.glued = false;
        self.newline = false;
        self.name_left = 0;
        self.name_end = 0;
    }
}

/// What a byte starts, for the tokenizer's scan: most bytes are told by
/// one look-up.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Byte {
    /// ASCII white space (`u8::is_ascii_whitespace`).
    Space,
    /// "a".."z".
    Small,
    /// "A".."Z".
    Capital,
    Digit,
    /// Any other ASCII char: a punctuation token of its own.
    Sign,
    /// The lead byte of a two-byte char of Latin-1 or Latin Extended-A/B
    /// ("â", "đ", "ơ", "ư"; also "×" and "÷").
    Latin,
    /// The lead byte of Latin Extended Additional and its neighbours ("ạ".."ỹ").
    Extended,
    /// Any other byte: decode the char.
    Other,
}

/// ASCII letters and digits.
static ALNUM: [bool; 256] = ascii_table(true);

/// ASCII letters.
static ALPHA: [bool; 256] = ascii_table(false);

/// The bytes that are ASCII letters, or digits too.
const fn ascii_table(digits: bool) -> [bool; 256] {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 0x80 {
        let c = b as u8;
        t[b] = c.is_ascii_alphabetic() || digits && c.is_ascii_digit();
        b += 1;
    }
    t
}

static BYTES: [Byte; 256] = {
    let mut t = [Byte::Other; 256];
    let mut b = 0;
    while b < 0x80 {
        t[b] = match b as u8 {
            b' ' | b'\t' | b'\n' | 0x0c | b'\r' => Byte::Space,
            b'a'..=b'z' => Byte::Small,
            b'A'..=b'Z' => Byte::Capital,
            b'0'..=b'9' => Byte::Digit,
            _ => Byte::Sign,
        };
        b += 1;
    }
    t[0xc3] = Byte::Latin;
    t[0xc4] = Byte::Latin;
    t[0xc5] = Byte::Latin;
    t[0xc6] = Byte::Latin;
    t[0xe1] = Byte::Extended;
    t
};

impl<'a> Iterator for Tokens<'a> {
    type Item = Tok<'a>;

    fn next(&mut self) -> Option<Tok<'a>> {
        self.scan(|t| t)
    }
}

impl<'a> Tokens<'a> {
    /// Reads up to `n` tokens onto the end of `buf`; whether the text has
    /// more.
    ///
    /// The reader's way to pull tokens: each token is built in its place in
    /// `buf`, where returning it and pushing it copied its 88 bytes twice,
    /// through a store-forwarding stall; and one call reads many, with the
    /// tokenizer's state held in registers from token to token.
    pub fn push_some(&mut self, buf: &mut Vec<Tok<'a>>, n: usize) -> bool {
        buf.reserve(n);
        for _ in 0..n {
            if self.scan(|t| buf.push(t)).is_none() {
                return false;
            }
        }
        true
    }

    /// Reads the next token and hands it to `emit`.
    #[inline(always)]
    fn scan<R>(&mut self, emit: impl FnOnce(Tok<'a>) -> R) -> Option<R> {
        let text = self.text;
        let bytes = text.as_bytes();
        let mut i = self.pos;
        // White space, then the token's first char tells its kind.
        // `title`: for a word whose only capital is its first char, that
        // char's small letter and its length in bytes, when lower-casing
        // keeps it (every Vietnamese capital): the word's key is the text's
        // with the first char replaced, and only a word the lexicon lacks
        // is lower-cased into a string.
        let (start, kind, end, upper, title) = loop {
            let &b = bytes.get(i)?;
            // Most tokens are words after a space: told before the match.
            if b == b' ' {
                self.glued = false;
                i += 1;
                continue;
            }
            if b.is_ascii_lowercase() {
                let (end, upper) = scan_word(bytes, i + 1);
                break (i, Kind::Word, end, upper, None);
            }
            match BYTES[usize::from(b)] {
                Byte::Space => {
                    self.newline |= b == b'\n';
                    self.glued = false;
                    i += 1;
                }
                Byte::Small => {
                    let (end, upper) = scan_word(bytes, i + 1);
                    break (i, Kind::Word, end, upper, None);
                }
                Byte::Capital => {
                    let (end, rest_upper) = scan_word(bytes, i + 1);
                    let title = (!rest_upper).then_some((char::from(b | 0x20), 1));
                    break (i, Kind::Word, end, true, title);
                }
                Byte::Digit => break (i, Kind::Num, scan_number(bytes, i + 1), false, None),
                Byte::Sign => break (i, Kind::Punct, i + 1, false, None),
                class @ (Byte::Latin | Byte::Extended | Byte::Other) => {
                    // Vietnamese letters are told from their bytes; other
                    // chars are decoded.
                    let known = letter_at(bytes, i, class);
                    let (c, len) = match known {
                        Some(letter) => letter,
                        None => decode(bytes, i)?,
                    };
                    if known.is_none() && c.is_whitespace() {
                        self.glued = false;
                        i += len;
                    } else if known.is_some() || is_letter(c) {
                        let (end, rest_upper) = scan_word(bytes, i + len);
                        let first_upper = is_upper(c);
                        let title = if first_upper && !rest_upper {
                            small_letter(c).map(|s| (s, len))
                        } else {
                            None
                        };
                        break (i, Kind::Word, end, rest_upper || first_upper, title);
                    } else {
                        break (i, Kind::Punct, i + len, false, None);
                    }
                }
            }
        };
        let raw = &text[start..end];
        let index = self.index;
        let (value, low, id) = match kind {
            Kind::Num => (number_value(raw), Cow::Borrowed(raw), NO_WORD),
            _ if upper => 'low: {
                if let Some((small, n)) = title {
                    // After a family name, the next capitalised words, a
                    // space apart, are a name's: none of the lexicon's words
                    // ("Nguyễn Văn Được"). A family name among them opens a
                    // name anew ("Thành phố Hồ Chí Minh Nguyễn Văn Được").
                    let id = index.id_of_title(bytes, start, end, small, n);
                    let family = index.marked(id.unwrap_or(NO_WORD), tagger::mark::FAMILY_NAME);
                    let in_name = self.name_left > 0
                        && start == self.name_end + 1
                        && bytes.get(self.name_end) == Some(&b' ');
                    if family || in_name {
                        self.name_left = if family {
                            lexicon::GIVEN_NAME_WORDS
                        } else {
                            self.name_left - 1
                        };
                        self.name_end = end;
                    }
                    if in_name {
                        break 'low (None, Cow::Borrowed(raw), NO_WORD);
                    }
                    // A capitalised word of the lexicon borrows the
                    // lexicon's spelling; only others cost an allocation.
                    if let Some(id) = id {
                        if id != NO_WORD {
                            break 'low (None, Cow::Borrowed(index.word(id)), id);
                        }
                        if let Some(rest) = raw.get(n..) {
                            let mut room = self.spare.pop().unwrap_or_default();
                            room.clear();
                            room.push(small);
                            room.push_str(rest);
                            break 'low (None, Cow::Owned(room), NO_WORD);
                        }
                    }
                }
                let mut room = self.spare.pop().unwrap_or_default();
                room.clear();
                lower_into(raw, &mut room);
                let id = index.id(&room);
                let low = if id == NO_WORD {
                    Cow::Owned(room)
                } else {
                    self.spare.push(room);
                    Cow::Borrowed(index.word(id))
                };
                (None, low, id)
            }
            _ => (None, Cow::Borrowed(raw), index.id_at(bytes, start, end)),
        };
        let out = emit(Tok {
            kind,
            start,
            raw,
            low,
            id,
            glued: self.glued,
            line_start: self.newline,
            value,
            starts: 0,
            ends: 0,
        });
        self.glued = true;
        self.newline = false;
        self.pos = end;
        Some(out)
    }
}

/// The value of a number token: a run of a few digits (most numbers in
/// articles, years among them) is read here, others by [`parse_number`],
/// which reads such a run the same.
#[inline(always)]
fn number_value(raw: &str) -> Option<f64> {
    if raw.len() <= 8 && raw.bytes().all(|b| b.is_ascii_digit()) {
        let n = raw.bytes().fold(0u32, |n, b| n * 10 + u32::from(b - b'0'));
        return Some(f64::from(n));
    }
    parse_number(raw)
}

/// The Vietnamese letter at byte `i`, of the byte class `class`, and its
/// length, told from its bytes without a decode: a two-byte letter of
/// Latin-1 or Latin Extended-A/B, or a three-byte letter of Latin Extended
/// Additional. `None` for any other char, which is decoded.
#[inline(always)]
fn letter_at(bytes: &[u8], i: usize, class: Byte) -> Option<(char, usize)> {
    let b = *bytes.get(i)?;
    let (code, len) = match class {
        Byte::Latin => {
            let d1 = *bytes.get(i + 1)?;
            let code = (u32::from(b & 0x1f) << 6) | u32::from(d1 & 0x3f);
            if code == 0xd7 || code == 0xf7 {
                return None;
            }
            (code, 2)
        }
        Byte::Extended => {
            let (&d1, &d2) = (bytes.get(i + 1)?, bytes.get(i + 2)?);
            if !(0xb8..=0xbb).contains(&d1) {
                return None;
            }
            (
                0x1000 | (u32::from(d1 & 0x3f) << 6) | u32::from(d2 & 0x3f),
                3,
            )
        }
        _ => return None,
    };
    Some((char::from_u32(code)?, len))
}

/// Whether a token of `text` may start a quantity (see
/// [`super::may_hold_quantity`]): a number, or a numeral in words. Reads
/// the text as [`Tokens`] does, without building its tokens: a text
/// without one holds no target, and many lines of an article have none.
/// Any ASCII digit counts, even inside a word ("m2"): that only costs a
/// reading.
pub(crate) fn may_hold_quantity(text: &str) -> bool {
    let bytes = text.as_bytes();
    // A digit is found in wide steps; most lines that hold a quantity
    // hold a number, and the words are read only in the others.
    if bytes
        .chunks(64)
        .any(|chunk| chunk.iter().fold(false, |d, b| d | b.is_ascii_digit()))
    {
        return true;
    }
    let index = tagger::index();
    let Some(lead) = index.quantity_lead() else {
        return any_word_starts_quantity(text, 0);
    };
    // Room to lower-case a capitalised word in, kept from word to word.
    let mut low = String::new();
    // Only a word whose first byte may start a quantity word is read: the
    // others are passed over a byte at a time, without finding their ends.
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if !lead[usize::from(b)] {
            i += 1;
            continue;
        }
        // Most words, and most letters inside words, that start with such
        // a letter are told by the byte after it.
        if b.is_ascii() && !index.may_follow(b, bytes.get(i + 1).copied()) {
            i += 1;
            continue;
        }
        let (c, len) = if b.is_ascii() {
            (char::from(b), 1)
        } else {
            match decode(bytes, i) {
                Some((c, len))
                    if LOWER_TO_ASCII.contains(&c) || index.quantity_lead_chars().contains(&c) =>
                {
                    (c, len)
                }
                _ => {
                    i += 1;
                    continue;
                }
            }
        };
        match word_starts_at(bytes, i) {
            Some(true) => {
                let (end, upper) = scan_word(bytes, i + len);
                if word_starts_quantity(index, text, i, end, upper || is_upper(c), &mut low) {
                    return true;
                }
                i = end;
            }
            Some(false) => i += 1,
            // A mark or a numeric char before it: read the text as the
            // tokenizer does, from the last sure token boundary.
            None => {
                let from = bytes[..i]
                    .iter()
                    .rposition(|&p| matches!(BYTES[usize::from(p)], Byte::Space | Byte::Sign))
                    .map_or(0, |p| p + 1);
                return any_word_starts_quantity(text, from);
            }
        }
    }
    false
}

/// Chars beyond ASCII whose small letter starts with an ASCII byte that
/// may start a quantity word: the Kelvin sign ("k"). A test checks there
/// are no others (the capital I with a dot gives "i", which starts none).
pub(crate) const LOWER_TO_ASCII: [char; 1] = ['\u{212a}'];

/// Whether the letter at byte `i` starts a word token, told by the char
/// before it; `None` when only reading from an earlier boundary tells (a
/// mark or a numeric char before it, which go on a word but start none).
#[inline]
fn word_starts_at(bytes: &[u8], i: usize) -> Option<bool> {
    let Some(&prev) = i.checked_sub(1).and_then(|p| bytes.get(p)) else {
        return Some(true);
    };
    if prev.is_ascii() {
        // A letter or a digit goes on the word; white space and signs end
        // tokens.
        return Some(!ALNUM[usize::from(prev)]);
    }
    // The char before: back over its continuation bytes.
    let start = (i.saturating_sub(4)..i)
        .rev()
        .find(|&p| bytes[p] & 0xc0 != 0x80)?;
    let (c, _) = decode(bytes, start)?;
    if is_letter(c) {
        Some(false)
    } else if c.is_numeric() || is_mark(c) {
        None
    } else {
        Some(true)
    }
}

/// Whether a word token of `text`, read from byte `from` (a token
/// boundary), may start a quantity: every word is read.
fn any_word_starts_quantity(text: &str, from: usize) -> bool {
    let bytes = text.as_bytes();
    let index = tagger::index();
    // Room to lower-case a capitalised word in, kept from word to word.
    let mut low = String::new();
    let mut i = from;
    while let Some(&b) = bytes.get(i) {
        match BYTES[usize::from(b)] {
            Byte::Space | Byte::Sign => i += 1,
            Byte::Digit => return true,
            Byte::Small => {
                let (end, upper) = scan_word(bytes, i + 1);
                if word_starts_quantity(index, text, i, end, upper, &mut low) {
                    return true;
                }
                i = end;
            }
            Byte::Capital => {
                let end = scan_word(bytes, i + 1).0;
                if word_starts_quantity(index, text, i, end, true, &mut low) {
                    return true;
                }
                i = end;
            }
            Byte::Latin | Byte::Extended | Byte::Other => {
                let Some((c, len)) = decode(bytes, i) else {
                    break;
                };
                if is_letter(c) {
                    let (end, upper) = scan_word(bytes, i + len);
                    if word_starts_quantity(index, text, i, end, upper || is_upper(c), &mut low) {
                        return true;
                    }
                    i = end;
                } else {
                    // White space or a punctuation token.
                    i += len;
                }
            }
        }
    }
    false
}

/// Whether the word `text[start..end]` may start a quantity, as its token
/// would tell (lower-cased when `upper`, in `low`).
#[inline]
fn word_starts_quantity(
    index: &Index,
    text: &str,
    start: usize,
    end: usize,
    upper: bool,
    low: &mut String,
) -> bool {
    if !upper {
        return index.starts_quantity_at(text.as_bytes(), start, end);
    }
    // Lower-casing shrinks a char to no less than a quarter of its bytes.
    if end - start > 4 * index.quantity_len() {
        return false;
    }
    low.clear();
    lower_into(&text[start..end], low);
    index.starts_quantity_word(low)
}

/// The end of the word going on at byte `j` (letters, digits, marks), and
/// whether it holds a capital.
///
/// Digits right after a small Vietnamese letter end the word: such a word
/// is two glued by a lost space ("trên75%", "dưới18,5‰"), where digits go
/// on a word of ASCII letters or capitals ("pm2", "G20", "ĐT741").
#[inline(always)]
fn scan_word(bytes: &[u8], mut j: usize) -> (usize, bool) {
    let mut upper = false;
    let mut table = &ALNUM;
    loop {
        // ASCII letters and digits in a tight loop: one look-up and one
        // well-predicted branch a byte, where the match below costs an
        // indirect jump.
        while let Some(&d) = bytes.get(j) {
            if !table[usize::from(d)] {
                break;
            }
            upper |= d.is_ascii_uppercase();
            j += 1;
        }
        let Some(&d) = bytes.get(j) else {
            break;
        };
        // Most words end at a space or a sign: no table dispatch for them.
        if d.is_ascii() {
            break;
        }
        match BYTES[usize::from(d)] {
            // Told apart by the loop above.
            Byte::Small | Byte::Digit | Byte::Capital | Byte::Space | Byte::Sign => break,
            // Latin-1 and Latin Extended-A/B letters: two bytes, read
            // without a decode.
            Byte::Latin => {
                let d1 = bytes.get(j + 1).map_or(0, |&d1| d1);
                let code = (u32::from(d & 0x1f) << 6) | u32::from(d1 & 0x3f);
                if code == 0xd7 || code == 0xf7 {
                    break;
                }
                upper |= is_upper_code(code);
                j += 2;
                table = if upper { &ALNUM } else { &ALPHA };
            }
            // Latin Extended Additional ("ạ".."ỹ"): three bytes, all letters.
            // (A `matches!` guard, not `if let`: the crate builds with Rust 1.88.)
            Byte::Extended
                if matches!(
                    (bytes.get(j + 1), bytes.get(j + 2)),
                    (Some(0xb8..=0xbb), Some(_))
                ) =>
            {
                let (d1, d2) = (bytes[j + 1], bytes[j + 2]);
                let code = 0x1000 | (u32::from(d1 & 0x3f) << 6) | u32::from(d2 & 0x3f);
                upper |= is_upper_code(code);
                j += 3;
                table = if upper { &ALNUM } else { &ALPHA };
            }
            Byte::Extended | Byte::Other => {
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
        }
    }
    (j, upper)
}

/// The end of the number going on at byte `j`: digits, with '.' or ','
/// only between digits.
#[inline]
fn scan_number(bytes: &[u8], mut j: usize) -> usize {
    while let Some(&d) = bytes.get(j) {
        let next_digit = || bytes.get(j + 1).is_some_and(u8::is_ascii_digit);
        if d.is_ascii_digit() || ((d == b'.' || d == b',') && next_digit()) {
            j += 1;
        } else {
            break;
        }
    }
    j
}

/// The small letter of the capital `c` when it is as long in UTF-8 and
/// [`lower_into`] maps it so: the Latin-1 capitals, "Ă", "Đ", "Ơ", "Ư" and
/// the Vietnamese capitals of Latin Extended Additional.
#[inline]
fn small_letter(c: char) -> Option<char> {
    let code = c as u32;
    match code {
        0xc0..=0xde if code != 0xd7 => char::from_u32(code + 0x20),
        0x102 | 0x110 | 0x1a0 | 0x1af => char::from_u32(code + 1),
        0x1ea0..=0x1ef9 if code.is_multiple_of(2) => char::from_u32(code + 1),
        _ => None,
    }
}

/// `raw` lower-cased; Vietnamese capitals without a table look-up.
#[cfg(test)]
fn lower(raw: &str) -> String {
    let mut low = String::with_capacity(raw.len());
    lower_into(raw, &mut low);
    low
}

/// Appends `raw` lower-cased to `low`.
fn lower_into(raw: &str, low: &mut String) {
    low.reserve(raw.len());
    for c in raw.chars() {
        // Most chars of a word are ASCII: no look-up for them.
        if c.is_ascii() {
            low.push(c.to_ascii_lowercase());
            continue;
        }
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

#[inline(always)]
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
        _ => is_upper_elsewhere(code),
    }
}

#[cold]
fn is_upper_elsewhere(code: u32) -> bool {
    char::from_u32(code).is_some_and(|c| c.is_uppercase() || c.to_lowercase().next() != Some(c))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::lexicon;

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
    fn digits_after_a_small_vietnamese_letter_start_a_number() {
        // A lost space glues a bound to its figure; digits go on a word of
        // ASCII letters or capitals.
        let toks = tokenize("trên75% dưới18,5‰ Đạt95 pm2 G20 ĐT741 5g lớp9a");
        let raws: Vec<&str> = toks.iter().map(|t| t.raw).collect();
        assert_eq!(
            raws,
            [
                "trên", "75", "%", "dưới", "18,5", "‰", "Đạt", "95", "pm2", "G20", "ĐT741", "5",
                "g", "lớp", "9", "a"
            ]
        );
        assert_eq!((toks[1].kind, toks[1].value), (Kind::Num, Some(75.0)));
        assert_eq!(toks[4].value, Some(18.5));
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
    fn the_quick_scan_agrees_with_the_tokens() {
        let text = "Một HAI ba, Bốn-sáu BẢY tám chín mười. KHÔNG không Không khôngx xkhông \
                    m2 GRDP5 bao hai\u{301} ĐẠI hội 12/2021 mười\u{a0}một ×hai ẞ Kelvin\u{212a} \
                    hai; (ba) chínhai mườ";
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        // Every slice of the text: starts and ends at every char.
        for (n, &(a, _)) in chars.iter().enumerate() {
            for &(b, _) in &chars[n..] {
                let piece = &text[a..b];
                let tokens = Tokens::new(piece, 0).any(|t| crate::extract::may_hold_quantity(&t));
                // Any digit is taken for a number ("m2" is a word): never
                // a text skipped that the reader would read.
                let digit = piece.bytes().any(|b| b.is_ascii_digit());
                assert_eq!(may_hold_quantity(piece), tokens || digit, "{piece:?}");
            }
        }
        assert!(!may_hold_quantity("Đại hội Đảng bộ tỉnh lần thứ XVII."));
        assert!(may_hold_quantity("Đại hội Đảng bộ tỉnh lần thứ MƯỜI."));
        assert!(may_hold_quantity("năm 2030"));
    }

    proptest::proptest! {
        #[test]
        fn the_quick_scan_never_skips_a_quantity(
            pieces in proptest::collection::vec(
                proptest::sample::select(vec![
                    "Một", "HAI", "ba", "bao", "không", "KHÔNG", "KhÔnG", "mười", "MƯỜI", "bảy",
                    "m2", "7", "ĐẠI", "hội", "x", "ẞ", "\u{212a}", "\u{301}", "\u{a0}", " ", ",",
                    "(", ")", ".", "-", "×", "\n", "½", "²", "“", "ư", "đôi", "Đôi", "ĐÔI",
                    "đ", "Đ", "ô", "i", "Ā",
                ]),
                0..12,
            )
        ) {
            let text = pieces.concat();
            let tokens = Tokens::new(&text, 0).any(|t| crate::extract::may_hold_quantity(&t));
            let digit = text.bytes().any(|b| b.is_ascii_digit());
            proptest::prop_assert_eq!(may_hold_quantity(&text), tokens || digit, "{:?}", text);
        }
    }

    #[test]
    fn only_the_listed_chars_lower_case_to_a_quantity_word_s_first_byte() {
        let index = tagger::index();
        for c in ('\u{80}'..=char::MAX).filter(|c| !LOWER_TO_ASCII.contains(c)) {
            let low = c.to_lowercase().next().unwrap_or(c);
            let first = u8::try_from(u32::from(low)).ok().filter(u8::is_ascii);
            assert!(
                !first.is_some_and(|b| index.starts_quantity_at(&[b, b' '], 0, 1)
                    || index
                        .quantity_lead()
                        .is_some_and(|lead| lead[usize::from(b)])),
                "{c:?} U+{:04X}",
                c as u32
            );
        }
    }

    #[test]
    fn only_the_listed_chars_lower_case_to_a_quantity_word_s_first_char_beyond_ascii() {
        let index = tagger::index();
        let firsts: Vec<char> = lexicon::NUMERAL_WORDS
            .phrases
            .iter()
            .chain([&lexicon::NOT])
            .filter_map(|w| w.chars().next())
            .filter(|c| !c.is_ascii())
            .collect();
        assert!(index.quantity_lead().is_some());
        for c in '\u{80}'..=char::MAX {
            let low = c.to_lowercase().next().unwrap_or(c);
            if firsts.contains(&low) {
                assert!(index.quantity_lead_chars().contains(&c), "{c:?}");
            }
        }
        assert!(may_hold_quantity("gấp ĐÔI"));
        assert!(may_hold_quantity("gấp đôi"));
        assert!(!may_hold_quantity("đạt chuẩn Đảng bộ"));
    }

    #[test]
    fn only_a_quantity_word_s_second_char_and_its_capitals_lower_case_to_it() {
        // The quick scan passes over an ASCII letter whose next byte leads
        // no char that lower-cases to a quantity word's second char.
        let index = tagger::index();
        let numerals = lexicon::NUMERAL_WORDS.phrases.iter();
        for &word in numerals.chain([&lexicon::NOT]) {
            let mut chars = word.chars();
            let (Some(first), Some(second)) = (chars.next(), chars.next()) else {
                continue;
            };
            let Ok(first) = u8::try_from(u32::from(first)) else {
                continue;
            };
            for c in (char::MIN..=char::MAX).filter(|c| c.to_lowercase().eq([second])) {
                let mut utf8 = [0u8; 4];
                let lead = c.encode_utf8(&mut utf8).as_bytes()[0];
                assert!(index.may_follow(first, Some(lead)), "{word} {c:?}");
                assert!(
                    index.may_follow(first.to_ascii_uppercase(), Some(lead)),
                    "{word} {c:?}"
                );
            }
        }
        assert!(!index.may_follow(b't', Some(b'h')));
        assert!(!index.may_follow(b'h', None));
    }

    #[test]
    fn the_quick_scan_reads_from_a_boundary_after_a_mark_or_a_numeral() {
        for text in [
            " \u{301}không ai",
            "a\u{301}không ai",
            "½không",
            "a½không",
            "²một",
            "“Một”",
            "ưhai",
            "\u{212a}hông",
            "x\u{212a}hông",
        ] {
            let tokens = Tokens::new(text, 0).any(|t| crate::extract::may_hold_quantity(&t));
            assert_eq!(may_hold_quantity(text), tokens, "{text:?}");
        }
    }

    /// A capitalised word's key is built from its text with the first char
    /// replaced (a title) or from its lower-cased string: both must give
    /// the token the same spelling and id, in and out of the lexicon, at
    /// the text's start and end, short and long.
    #[test]
    fn a_capitalised_word_reads_as_its_lower_case() {
        let index = tagger::index();
        let capitals = ('\u{0}'..='\u{24f}')
            .chain('\u{1e00}'..='\u{1eff}')
            .filter(|c| is_letter(*c) && is_upper(*c));
        for first in capitals {
            for rest in [
                "",
                "ảng",
                "ại",
                "ội",
                "ỉnh",
                "uảng",
                "ANG",
                "nghiêng",
                "ộixxxxxxxxxxxxxx",
            ] {
                let word = format!("{first}{rest}");
                for text in [
                    word.clone(),
                    format!("{word} và các chỉ tiêu"),
                    format!("các chỉ tiêu {word}"),
                    format!("các chỉ tiêu {word} và"),
                ] {
                    let tok = Tokens::new(&text, 0)
                        .find(|t| t.raw.starts_with(first))
                        .unwrap_or_else(|| panic!("{text:?}"));
                    let low = lower(tok.raw);
                    assert_eq!(tok.low, low, "{text:?}");
                    assert_eq!(tok.id, index.id(&low), "{text:?}");
                }
            }
        }
    }

    #[test]
    fn a_run_of_digits_has_the_number_reader_s_value() {
        for n in [
            0u64, 5, 7, 10, 95, 100, 2030, 12345, 999_999, 1_234_567, 99_999_999,
        ] {
            for width in [1, 2, 4, 8, 9, 12] {
                let raw = format!("{n:0width$}");
                assert_eq!(number_value(&raw), parse_number(&raw), "{raw}");
            }
        }
        for raw in ["45.799", "6,5", "1.809,5", "9.9", "0,05"] {
            assert_eq!(number_value(raw), parse_number(raw), "{raw}");
        }
    }

    #[test]
    fn trailing_dot_is_not_part_of_number() {
        let toks = tokenize("đạt 80%. Số 9.9.");
        assert_eq!(toks[1].raw, "80");
        assert_eq!(toks[5].raw, "9.9");
        assert_eq!(toks[5].value, None);
    }
}
