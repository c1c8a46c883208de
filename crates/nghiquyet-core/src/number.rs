//! Vietnamese numbers: decimal comma, dot thousands, Roman numerals.

use crate::lexicon::{
    AND, BETWEEN, CENT, CURRENCIES, FROM, HALF, MINUS_WORDS, MONEY_ABOUT, MONEY_LOWER, MONEY_UPPER,
    NUMBER_WORDS, OR_LESS, OR_MORE, POINT_WORDS, RANGE_WORDS, SCALE_ABBREVIATIONS, SCALE_SUFFIXES,
    VN_DOLLAR, currency_code,
};

/// Reads a number written the Vietnamese way: a comma is the decimal mark
/// and a dot groups thousands ("45.799" is 45799, "6,5" is 6.5,
/// "1.809,5" is 1809.5). Leading zeros are allowed ("05" is 5).
///
/// Returns `None` when `s` is not such a number.
///
/// ```
/// use nghiquyet_core::parse_number;
///
/// assert_eq!(parse_number("45.799"), Some(45799.0));
/// assert_eq!(parse_number("6,5"), Some(6.5));
/// assert_eq!(parse_number("1.809,5"), Some(1809.5));
/// assert_eq!(parse_number("7"), Some(7.0));
/// assert_eq!(parse_number("1,2,3"), None);
/// ```
pub fn parse_number(s: &str) -> Option<f64> {
    // Most numbers in articles are plain: read them without allocating.
    if let Some(v) = plain_number(s) {
        return Some(v);
    }
    parse_number_general(s)
}

/// [`parse_number`] for every shape its fast path leaves.
fn parse_number_general(s: &str) -> Option<f64> {
    let s = s.trim();
    if s.is_empty() || !s.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let (int_part, frac_part) = match s.split_once(',') {
        Some((i, f)) => (i, Some(f)),
        None => (s, None),
    };
    let mut digits = String::with_capacity(s.len());
    let groups: Vec<&str> = int_part.split('.').collect();
    if groups.len() > 1 {
        // Thousands groups: the first 1-3 digits, then exactly 3 each.
        let first_ok = (1..=3).contains(&groups[0].len());
        let rest_ok = groups[1..].iter().all(|g| g.len() == 3);
        if !first_ok || !rest_ok {
            return None;
        }
    }
    for g in &groups {
        if g.is_empty() || !g.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        digits.push_str(g);
    }
    if let Some(f) = frac_part {
        if f.is_empty() || !f.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        digits.push('.');
        digits.push_str(f);
    }
    digits.parse().ok()
}

/// Powers of ten that `f64` holds exactly.
const POWERS_OF_TEN: [f64; 16] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
];

/// The fast path of [`parse_number`], without its allocations: digits with
/// dots grouping thousands and a decimal comma ("2030", "45.799", "6,5",
/// "1.809,5"), at most 15 digits in all. `None` for anything else, which
/// the general reader then decides.
fn plain_number(raw: &str) -> Option<f64> {
    let mut n: u64 = 0;
    let mut digits = 0;
    // Digits in the current group, the groups' count, and the digits after
    // the comma once there is one.
    let mut group = 0;
    let mut groups = 1;
    let mut frac: Option<u32> = None;
    for b in raw.bytes() {
        match b {
            b'0'..=b'9' => {
                n = n * 10 + u64::from(b - b'0');
                digits += 1;
                group += 1;
                if let Some(f) = frac.as_mut() {
                    *f += 1;
                }
                if digits > 15 {
                    return None;
                }
            }
            // A dot ends a group: the first of one to three digits, the
            // others of three; none after the comma.
            b'.' if frac.is_none() && (1..=3).contains(&group) && (groups == 1 || group == 3) => {
                groups += 1;
                group = 0;
            }
            b',' if frac.is_none() && group > 0 && (groups == 1 || group == 3) => {
                frac = Some(0);
                group = 0;
            }
            _ => return None,
        }
    }
    if group == 0 || (groups > 1 && frac.is_none() && group != 3) {
        return None;
    }
    // Exact: at most 15 digits stay below 2^53, and a power of ten up to
    // 10^15 is exact, so one division rounds as the decimal reader does.
    #[allow(clippy::cast_precision_loss)]
    let n = n as f64;
    Some(match frac {
        Some(f) => n / POWERS_OF_TEN[f as usize],
        None => n,
    })
}

/// Reads a Roman numeral ("XIV" is 14), upper or lower case, from 1 to 3999.
///
/// ```
/// use nghiquyet_core::parse_roman;
///
/// assert_eq!(parse_roman("XIV"), Some(14));
/// assert_eq!(parse_roman("xx"), Some(20));
/// assert_eq!(parse_roman("IIII"), None);
/// assert_eq!(parse_roman("Khối"), None);
/// ```
pub fn parse_roman(s: &str) -> Option<u32> {
    if s.is_empty() || s.len() > 15 {
        return None;
    }
    let value = |c: char| match c.to_ascii_uppercase() {
        'I' => Some(1),
        'V' => Some(5),
        'X' => Some(10),
        'L' => Some(50),
        'C' => Some(100),
        'D' => Some(500),
        'M' => Some(1000),
        _ => None,
    };
    let vals: Option<Vec<u32>> = s.chars().map(value).collect();
    let vals = vals?;
    let mut total = 0;
    for (i, v) in vals.iter().enumerate() {
        if vals.get(i + 1).is_some_and(|next| next > v) {
            total -= *v as i64;
        } else {
            total += *v as i64;
        }
    }
    let total = u32::try_from(total)
        .ok()
        .filter(|t| (1..4000).contains(t))?;
    // Only the canonical spelling counts, so "IIII" or "VX" are not numerals.
    (format_roman(total).eq_ignore_ascii_case(s)).then_some(total)
}

/// Writes `n` as a Roman numeral, the way congresses are numbered
/// ("Đại hội XV"); empty for 0.
///
/// ```
/// use nghiquyet_core::{format_roman, parse_roman};
///
/// assert_eq!(format_roman(14), "XIV");
/// assert_eq!(parse_roman(&format_roman(1999)), Some(1999));
/// ```
pub fn format_roman(mut n: u32) -> String {
    const TABLE: [(u32, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut s = String::new();
    for (v, r) in TABLE {
        while n >= v {
            s.push_str(r);
            n -= v;
        }
    }
    s
}

/// One word of a Vietnamese numeral.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum NumWord {
    /// A digit word ("một", "mốt", "tư", "lăm") or a number written in digits.
    Digit(f64),
    /// "mười": ten, or the tens place of 11-19.
    Ten,
    /// "mươi", "chục": times ten.
    Tens,
    /// "trăm".
    Hundred,
    /// "linh", "lẻ": an empty tens place.
    Zero,
    /// "nghìn", "ngàn", "vạn", "triệu", "tỷ", "tỉ".
    Scale(f64),
    /// "rưỡi": a half of the place before.
    Half,
}

fn num_word(w: &str) -> Option<NumWord> {
    NUMBER_WORDS
        .iter()
        .find(|(word, _)| *word == w)
        .map(|(_, n)| *n)
}

/// Reads a Vietnamese numeral in words, or in words mixed with digits:
/// "hai mươi mốt nghìn không trăm mười một" (21011), "một trăm linh hai"
/// (102), the colloquial "hai mốt" (21), "một trăm hai" (120), "tám trăm
/// rưỡi" (850), "một triệu hai" (1 200 000), "5 nghìn", a decimal part after
/// "phẩy" or "chấm" ("không phẩy không năm" is 0.05), and a sign ("âm", "trừ").
///
/// Returns `None` when a word is not part of a numeral.
///
/// ```
/// use nghiquyet_core::parse_number_words;
///
/// assert_eq!(parse_number_words("ba mươi ba"), Some(33.0));
/// assert_eq!(parse_number_words("bảy trăm hai mươi mốt nghìn không trăm mười hai"), Some(721012.0));
/// assert_eq!(parse_number_words("một ngàn chín lăm"), Some(1095.0));
/// assert_eq!(parse_number_words("âm mười hai phẩy không hai"), Some(-12.02));
/// assert_eq!(parse_number_words("1,5 triệu"), Some(1_500_000.0));
/// assert_eq!(parse_number_words("hai chục"), Some(20.0));
/// assert_eq!(parse_number_words("đường số mười"), None);
/// ```
pub fn parse_number_words(s: &str) -> Option<f64> {
    let lower = s.to_lowercase();
    let mut words: Vec<&str> = lower.split_whitespace().collect();
    let mut sign = 1.0;
    if let Some(first) = words.first()
        && MINUS_WORDS.contains(first)
    {
        sign = -1.0;
        words.remove(0);
    }
    if words.is_empty() {
        return None;
    }
    let point = words.iter().position(|w| POINT_WORDS.contains(w));
    let (int_words, frac_words) = match point {
        Some(p) => (&words[..p], Some(&words[p + 1..])),
        None => (&words[..], None),
    };
    let mut int = Vec::with_capacity(int_words.len());
    for w in int_words {
        int.push(match num_word(w) {
            Some(n) => n,
            None => NumWord::Digit(digits_value(w)?),
        });
    }
    let mut value = if int.is_empty() && frac_words.is_some() {
        0.0
    } else {
        read_words(&int)?
    };
    if let Some(frac) = frac_words {
        // Digit by digit ("hai bốn không" is .240), then an optional scale.
        let mut digits = String::new();
        let mut scale = 1.0;
        for w in frac {
            match num_word(w) {
                Some(NumWord::Digit(d)) if scale == 1.0 => digits.push_str(&format!("{d}")),
                Some(NumWord::Scale(s)) => scale *= s,
                _ if scale == 1.0 && w.bytes().all(|b| b.is_ascii_digit()) => digits.push_str(w),
                _ => return None,
            }
        }
        if digits.is_empty() {
            return None;
        }
        let frac: f64 = format!("0.{digits}").parse().ok()?;
        value = (value + frac) * scale;
    }
    Some(sign * value)
}

/// A number in digits inside a numeral in words ("5 nghìn", "1,5 triệu").
fn digits_value(w: &str) -> Option<f64> {
    parse_number(w).or_else(|| w.parse::<f64>().ok().filter(|v| v.is_finite()))
}

/// Reads the integer part: chunks below a thousand joined by scale words.
fn read_words(ws: &[NumWord]) -> Option<f64> {
    let mut total = 0.0;
    let mut last_scale: Option<f64> = None;
    let mut chunk: Vec<NumWord> = Vec::new();
    for w in ws {
        if let NumWord::Scale(s) = *w {
            if chunk.is_empty() && total > 0.0 {
                // "tỷ tỷ", "triệu tỷ": a scale right after a scale multiplies.
                total *= s;
                last_scale = Some(s);
                continue;
            }
            let value = if chunk.is_empty() {
                1.0
            } else {
                read_chunk(&chunk)?
            };
            match last_scale {
                // "nghìn tỷ", "tỷ tỷ": a larger scale multiplies all before it.
                Some(prev) if s > prev => total = (total + value) * s,
                _ => total += value * s,
            }
            last_scale = Some(s);
            chunk.clear();
        } else {
            chunk.push(*w);
        }
    }
    if chunk.is_empty() {
        return (last_scale.is_some()).then_some(total);
    }
    // Colloquial tail after a scale: "một triệu hai" is 1.2 million,
    // "năm ngàn rưỡi" is 5 500, "tám nghìn mốt" is 8 100.
    if let Some(s) = last_scale {
        match chunk.as_slice() {
            [NumWord::Digit(d)] if *d >= 1.0 && d.fract() == 0.0 && *d < 10.0 => {
                return Some(total + d * s / 10.0);
            }
            [NumWord::Half] => return Some(total + s / 2.0),
            _ => {}
        }
    }
    Some(total + read_chunk(&chunk)?)
}

/// A number below a thousand: "chín trăm chín mươi chín", "linh năm",
/// "hai mốt", "năm trăm tư" (540), "tám trăm rưỡi" (850), "trăm" (100).
fn read_chunk(ws: &[NumWord]) -> Option<f64> {
    use NumWord::*;
    let (hundreds, rest) = match ws {
        [Digit(d), Hundred, rest @ ..] if *d < 10.0 => (Some(d * 100.0), rest),
        [Hundred, rest @ ..] => (Some(100.0), rest),
        rest => (None, rest),
    };
    let h = hundreds.unwrap_or(0.0);
    let below = match rest {
        [] => 0.0,
        [Zero, Digit(d)] if *d < 10.0 => *d,
        [Ten] => 10.0,
        [Ten, Digit(d)] if *d < 10.0 => 10.0 + d,
        [Digit(d), Tens] if *d < 10.0 => d * 10.0,
        [Digit(d), Tens, Digit(e)] if *d < 10.0 && *e < 10.0 => d * 10.0 + e,
        [Digit(d), Digit(e)] if *d >= 1.0 && *d < 10.0 && *e < 10.0 => d * 10.0 + e,
        [Digit(d)] if hundreds.is_some() && *d < 10.0 => d * 10.0,
        [Half] if hundreds.is_some() => 50.0,
        [Digit(d)] if hundreds.is_none() => *d,
        _ => return None,
    };
    if hundreds.is_none() && rest.is_empty() {
        return None;
    }
    Some(h + below)
}

/// Reads a number written any common way: Vietnamese digits ("1.200.000",
/// "1,1", ",77"), digits with a suffix ("100K", "3M", ",0012G", "1tr2",
/// "2t3"), words ([`parse_number_words`]), and a sign ("-", "âm", "trừ").
///
/// ```
/// use nghiquyet_core::read_number;
///
/// assert_eq!(read_number("1.200.000"), Some(1_200_000.0));
/// assert_eq!(read_number("-1,2M"), Some(-1_200_000.0));
/// assert_eq!(read_number(",0012G"), Some(1_200_000.0));
/// assert_eq!(read_number("âm 1.200.000"), Some(-1_200_000.0));
/// assert_eq!(read_number("1tr2"), Some(1_200_000.0));
/// assert_eq!(read_number("năm ngàn"), Some(5000.0));
/// assert_eq!(read_number("trăm"), Some(100.0));
/// ```
pub fn read_number(s: &str) -> Option<f64> {
    let s = s.trim();
    let (sign, body) = if let Some(rest) = s.strip_prefix('-') {
        (-1.0, rest.trim_start())
    } else if let Some(rest) = MINUS_WORDS
        .iter()
        .find_map(|m| s.strip_prefix(m)?.strip_prefix(' '))
    {
        (-1.0, rest.trim_start())
    } else {
        (1.0, s)
    };
    if body.is_empty() {
        return None;
    }
    if let Some(v) = read_digits_with_suffix(body) {
        return Some(sign * v);
    }
    parse_number_words(body).map(|v| sign * v)
}

/// "45.799", ",77", "100K", "3M", ",0012G", "1tr2", "2t3", "10k".
fn read_digits_with_suffix(s: &str) -> Option<f64> {
    let split = s
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
        .unwrap_or(s.len());
    let (num, suffix) = s.split_at(split);
    if num.is_empty() {
        return None;
    }
    let num_value = if let Some(frac) = num.strip_prefix(',') {
        parse_number(&format!("0,{frac}"))?
    } else {
        parse_number(num)?
    };
    if suffix.is_empty() {
        return Some(num_value);
    }
    let (scale, tail) = match SCALE_SUFFIXES.iter().find(|(s, _)| *s == suffix) {
        Some(&(_, scale)) => (scale, ""),
        None => SCALE_ABBREVIATIONS
            .iter()
            .find_map(|&(a, scale)| Some((scale, suffix.strip_prefix(a)?)))?,
    };
    if tail.is_empty() {
        return Some(num_value * scale);
    }
    // "1tr2" is 1.2 million: the tail digits are the next places.
    if !tail.bytes().all(|b| b.is_ascii_digit()) || tail.len() > 3 {
        return None;
    }
    let frac: f64 = format!("0.{tail}").parse().ok()?;
    Some((num_value + frac) * scale)
}

/// An amount of money, exact or bounded, with its currency.
///
/// ```
/// use nghiquyet_core::{read_money, Money, MoneyAmount};
///
/// let m = read_money("dưới bảy ngàn đồng").unwrap();
/// assert_eq!(m, Money::new(MoneyAmount::Interval { from: None, to: Some(7000.0) }, "VND"));
/// ```
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Money {
    /// The value or the bounds.
    pub amount: MoneyAmount,
    /// ISO code where there is one ("USD", "VND", "EUR", "GBP", "INR"), or "cent".
    pub currency: String,
}

impl Money {
    /// An `amount` in `currency` (an ISO code, or "cent").
    pub fn new(amount: MoneyAmount, currency: impl Into<String>) -> Self {
        Money {
            amount,
            currency: currency.into(),
        }
    }
}

/// The value of a [`Money`]: exact, or an interval open on one side.
///
/// ```
/// use nghiquyet_core::MoneyAmount;
///
/// let a = MoneyAmount::Interval { from: Some(1000.0), to: Some(2000.0) };
/// assert_ne!(a, MoneyAmount::Exact(1000.0));
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
#[non_exhaustive]
pub enum MoneyAmount {
    /// "10 đô la".
    Exact(f64),
    /// "từ 1000 đến 2000 đồng", "dưới 7000 đồng" (no `from`), "trên 1,42 đô la" (no `to`).
    Interval {
        /// Lower bound.
        from: Option<f64>,
        /// Upper bound.
        to: Option<f64>,
    },
}

/// Reads an amount of money: "10.000 đồng", "$10k", "USD1,23", "hai đô 23",
/// "2 đô la và 23 xen", with a direction ("dưới", "trên", "ít nhất", "không
/// quá", "... trở lên", "... trở xuống") or as an interval ("từ 1000 đến
/// 2000 đồng", "giữa 1,1 và 1,3 đô la", "1000-2000 đồng").
///
/// ```
/// use nghiquyet_core::{read_money, MoneyAmount};
///
/// let m = read_money("hai đô la và 23 xen").unwrap();
/// assert_eq!((m.amount, m.currency.as_str()), (MoneyAmount::Exact(2.23), "USD"));
/// let m = read_money("từ 1000 VNĐ tới 2000 VNĐ").unwrap();
/// assert_eq!(m.amount, MoneyAmount::Interval { from: Some(1000.0), to: Some(2000.0) });
/// assert_eq!(read_money("từ $1,42 trở lên").unwrap().amount, MoneyAmount::Interval { from: Some(1.42), to: None });
/// assert!(read_money("mười quyển sách").is_none());
/// ```
pub fn read_money(s: &str) -> Option<Money> {
    let mut text = s.trim().trim_end_matches('.').to_lowercase();
    let mut upper = false;
    let mut lower = false;
    loop {
        let before = text.clone();
        for p in MONEY_ABOUT {
            if let Some(r) = strip_word_prefix(&text, p) {
                text = r;
            }
        }
        if let Some(r) = MONEY_UPPER.iter().find_map(|p| strip_word_prefix(&text, p)) {
            text = r;
            upper = true;
        }
        if let Some(r) = MONEY_LOWER.iter().find_map(|p| strip_word_prefix(&text, p)) {
            text = r;
            lower = true;
        }
        if text == before {
            break;
        }
    }
    if let Some(r) = text.strip_suffix(OR_LESS) {
        text = r.trim().to_string();
        upper = true;
    }
    if let Some(r) = text.strip_suffix(OR_MORE) {
        text = r.trim().to_string();
        lower = true;
    }
    let interval = if let Some(r) = strip_word_prefix(&text, BETWEEN) {
        split_at_word(&r, AND).map(|(a, b)| (a.to_string(), b.to_string()))
    } else if let Some(r) = strip_word_prefix(&text, FROM) {
        // Without a second number ("từ 7000 đồng trở xuống") it is a single amount.
        let range = split_range(&r, false);
        if range.is_none() {
            text = r;
        }
        range
    } else {
        split_range(&text, true)
    };
    if let Some((a, b)) = interval {
        // The currency may be written once, after the second number.
        let side = |x: &str| match read_amount(x) {
            (None, None) => (read_number(x), None),
            found => found,
        };
        let (va, ca) = side(&a);
        let (vb, cb) = side(&b);
        let currency = cb.or(ca)?;
        return Some(Money {
            amount: MoneyAmount::Interval {
                from: Some(va?),
                to: Some(vb?),
            },
            currency,
        });
    }
    let (v, c) = read_amount(&text);
    let (v, currency) = (v?, c?);
    let amount = match (upper, lower) {
        (true, false) => MoneyAmount::Interval {
            from: None,
            to: Some(v),
        },
        (false, true) => MoneyAmount::Interval {
            from: Some(v),
            to: None,
        },
        _ => MoneyAmount::Exact(v),
    };
    Some(Money { amount, currency })
}

fn strip_word_prefix(text: &str, p: &str) -> Option<String> {
    let r = text.strip_prefix(p)?;
    (r.is_empty() || r.starts_with(' ')).then(|| r.trim_start().to_string())
}

/// The two sides of a range: around a range word ("1000 đến 2000"), then,
/// with `dash`, around " - " or "-".
fn split_range(text: &str, dash: bool) -> Option<(String, String)> {
    let words = RANGE_WORDS.iter().map(|w| split_at_word(text, w));
    let dashes = [" - ", "-"].into_iter().map(|d| text.split_once(d));
    let dashes = dashes.take(if dash { 2 } else { 0 });
    words.chain(dashes).find_map(|sides| {
        let (a, b) = sides?;
        let (a, b) = (a.trim(), b.trim());
        (!a.is_empty() && !b.is_empty()).then(|| (a.to_string(), b.to_string()))
    })
}

/// `text` split around the first `word` with a space on either side.
fn split_at_word<'t>(text: &'t str, word: &str) -> Option<(&'t str, &'t str)> {
    text.match_indices(word).find_map(|(i, _)| {
        let before = text[..i].strip_suffix(' ')?;
        let after = text[i + word.len()..].strip_prefix(' ')?;
        Some((before, after))
    })
}

/// One amount with its currency: the currency may come before or after the
/// number, and cents may follow ("2 đô 23 xu", "20 rupees 43").
fn read_amount(text: &str) -> (Option<f64>, Option<String>) {
    // Space out symbols and letter/digit joins: "USD1,23", "10K$", "Rs20".
    let mut spaced = String::with_capacity(text.len() + 8);
    let mut prev: Option<char> = None;
    for c in text.chars() {
        let symbol = matches!(c, '$' | '€' | '£' | '₫' | '¥' | '₹' | '₩');
        let boundary = prev.is_some_and(|p| {
            (p.is_ascii_digit() && c.is_alphabetic() && !matches!(c, 'k' | 'm' | 'g'))
                || (p.is_alphabetic() && c.is_ascii_digit())
        });
        if symbol || boundary {
            spaced.push(' ');
        }
        spaced.push(c);
        if symbol {
            spaced.push(' ');
        }
        prev = Some(c);
    }
    let spaced = spaced.replace(VN_DOLLAR.1, VN_DOLLAR.0);
    let words: Vec<&str> = spaced.split_whitespace().collect();
    // Find the currency.
    let mut found: Option<(usize, usize, &str)> = None;
    'outer: for i in 0..words.len() {
        for (name, code) in CURRENCIES {
            let n = name.split(' ').count();
            if i + n <= words.len() && words[i..i + n].join(" ") == *name {
                found = Some((i, i + n, code));
                break 'outer;
            }
        }
    }
    let Some((a, b, code)) = found else {
        return (None, None);
    };
    let before = words[..a].join(" ");
    let after: Vec<&str> = words[b..].iter().copied().filter(|w| *w != AND).collect();
    let main = if before.is_empty() {
        // Currency first: "$10", "USD 1,23", "VND1000".
        let n = after
            .iter()
            .position(|w| CURRENCIES.iter().any(|(m, _)| m == w))
            .unwrap_or(after.len());
        let v = read_number(&after[..n].join(" "));
        return (v, Some(code.to_string()));
    } else {
        // "1tr5" was spaced out as "1 tr 5": read it joined again.
        read_number(&before).or_else(|| read_number(&words[..a].concat()))
    };
    let Some(main) = main else {
        return (None, Some(code.to_string()));
    };
    // Cents or a half after the currency: "23 xen", "23", "rưỡi".
    let mut value = main;
    let tail: Vec<&str> = after
        .iter()
        .copied()
        .filter(|w| currency_code(w) != Some(CENT))
        .collect();
    if !tail.is_empty() {
        if tail == [HALF] {
            value += 0.5;
        } else if code != "VND"
            && let Some(c) = read_number(&tail.join(" ")).filter(|c| *c >= 0.0 && *c < 100.0)
        {
            value += c / 100.0;
        }
    }
    (Some(value), Some(code.to_string()))
}

/// Formats a number the Vietnamese way: "36.875", "6,5", "1.809,5".
pub(crate) fn format_vi(v: f64) -> String {
    let neg = v < 0.0;
    let v = v.abs();
    let rounded = (v * 1000.0).round() / 1000.0;
    let int = rounded.trunc() as u64;
    let frac = rounded - int as f64;
    let int_s = int.to_string();
    let mut grouped = String::new();
    for (i, c) in int_s.chars().enumerate() {
        if i > 0 && (int_s.len() - i).is_multiple_of(3) {
            grouped.push('.');
        }
        grouped.push(c);
    }
    if frac > 1e-9 {
        let f = format!("{frac:.3}");
        let f = f
            .trim_start_matches('0')
            .trim_start_matches('.')
            .trim_end_matches('0');
        if !f.is_empty() {
            grouped.push(',');
            grouped.push_str(f);
        }
    }
    if neg { format!("-{grouped}") } else { grouped }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fast_path_reads_as_the_general_reader_does() {
        let mut cases: Vec<String> = [
            "0",
            "05",
            "7",
            "2030",
            "45.799",
            "1.809,5",
            "6,5",
            "87,97",
            "1.234.567",
            "1.234.567,891",
            "12345,6",
            "9.9",
            "1.23",
            "1.2345",
            "1234.567",
            "6,",
            "6,5,5",
            "6,5.3",
            "1.234,",
            "999999999999999",
            "9999999999999999",
            "0,000000000000001",
            "123.456.789.012.345",
            "0,1",
            "0,3",
            "2,675",
            "1,005",
            "4,35",
            "33,333333333333",
        ]
        .iter()
        .map(|s| (*s).to_string())
        .collect();
        // Every short shape of digits, dots and commas.
        let alphabet = ['1', '7', '0', '.', ','];
        for len in 1..=6u32 {
            for mut n in 0..5usize.pow(len) {
                let mut s = String::new();
                for _ in 0..len {
                    s.push(alphabet[n % 5]);
                    n /= 5;
                }
                cases.push(s);
            }
        }
        for s in &cases {
            if let Some(v) = plain_number(s) {
                assert_eq!(Some(v), parse_number_general(s), "{s}");
            } else if s.bytes().filter(u8::is_ascii_digit).count() <= 15 {
                assert_eq!(parse_number_general(s), None, "{s}");
            }
        }
    }

    #[test]
    fn vietnamese_notation() {
        assert_eq!(parse_number("05"), Some(5.0));
        assert_eq!(parse_number("20.000"), Some(20000.0));
        assert_eq!(parse_number("0,5"), Some(0.5));
        assert_eq!(parse_number("1.2"), None);
        assert_eq!(parse_number(",5"), None);
        assert_eq!(parse_number("5,"), None);
    }

    #[test]
    fn formats_back() {
        assert_eq!(format_vi(36875.0), "36.875");
        assert_eq!(format_vi(6.5), "6,5");
        assert_eq!(format_vi(1809.5), "1.809,5");
        assert_eq!(format_vi(95.0), "95");
        assert_eq!(format_vi(14.22), "14,22");
    }

    #[test]
    fn words_colloquial_and_scales() {
        assert_eq!(parse_number_words("hai mốt"), Some(21.0));
        assert_eq!(parse_number_words("một trăm lẻ tư"), Some(104.0));
        assert_eq!(parse_number_words("năm trăm tư"), Some(540.0));
        assert_eq!(parse_number_words("tám trăm rưỡi"), Some(850.0));
        assert_eq!(parse_number_words("năm ngàn rưỡi"), Some(5500.0));
        assert_eq!(parse_number_words("một nghìn tỷ"), Some(1e12));
        assert_eq!(parse_number_words("mười tám vạn"), Some(180_000.0));
        assert_eq!(parse_number_words("không phẩy hai triệu"), Some(200_000.0));
        assert_eq!(parse_number_words("một triệu linh một"), Some(1_000_001.0));
        assert_eq!(parse_number_words("phẩy"), None);
        assert_eq!(parse_number_words("tỷ lệ"), None);
    }

    #[test]
    fn money_directions() {
        let to = |s: &str| read_money(s).map(|m| m.amount);
        assert_eq!(
            to("không quá 9.000 đồng"),
            Some(MoneyAmount::Interval {
                from: None,
                to: Some(9000.0)
            })
        );
        assert_eq!(
            to("ít nhất $3,5"),
            Some(MoneyAmount::Interval {
                from: Some(3.5),
                to: None
            })
        );
        assert_eq!(
            to("khoảng 300-400 đồng"),
            Some(MoneyAmount::Interval {
                from: Some(300.0),
                to: Some(400.0)
            })
        );
        assert_eq!(to("EUR12,5"), Some(MoneyAmount::Exact(12.5)));
        assert_eq!(
            read_money("mười lăm xu").map(|m| m.currency),
            Some("cent".to_string())
        );
    }

    #[test]
    fn roman_round_trip() {
        for n in 1..200 {
            assert_eq!(parse_roman(&format_roman(n)), Some(n));
        }
    }
}
