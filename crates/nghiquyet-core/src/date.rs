//! Vietnamese dates and portal timestamps.
//!
//! Portal times are Vietnam time (UTC+07:00) unless the line says otherwise
//! ("GMT+8").

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveTime, TimeZone, Timelike};

use crate::extract::token::{Kind, Tokens};
use crate::lexicon::{
    AFTERNOON, DAY, DAY_WORDS, MONTH_NAMES, MONTH_WORD, TIMESTAMP_WORDS, WEEKDAY, YEAR_WORD,
};
use crate::normalize::fold;

/// Vietnam time, the zone of every portal this crate reads.
pub(crate) fn vietnam() -> FixedOffset {
    FixedOffset::east_opt(7 * 3600)
        .unwrap_or_else(|| FixedOffset::east_opt(0).expect("zero offset"))
}

/// Reads a portal's "updated" or "published" line as a timestamp.
///
/// Accepts the forms portals print: "Cập nhật: Thứ bẩy 17/10/2020 - 09:58",
/// "Thứ Năm, 15/10/2020, 16:21 (GMT+7)", "15.10.2020 | 18:04:25",
/// "Cập nhật, 05:33, Thứ Ba, 09/11/2021 (GMT+7)", "Ngày đăng: 26/10/2020".
/// A line that holds other words than weekdays, labels and the date and
/// time is not a timestamp line and gives `None`. A missing time is
/// midnight; a missing zone is +07:00.
///
/// ```
/// use nghiquyet_core::parse_timestamp;
///
/// let t = parse_timestamp("Cập nhật: Thứ bẩy 17/10/2020 - 09:58").unwrap();
/// assert_eq!(t.to_rfc3339(), "2020-10-17T09:58:00+07:00");
/// assert!(parse_timestamp("Đại hội diễn ra ngày 17/10/2020 tại hội trường").is_none());
/// // A document's dateline, its place first.
/// let t = parse_timestamp("Ninh Lâm, ngày 10 tháng 12 năm 2025").unwrap();
/// assert_eq!(t.to_rfc3339(), "2025-12-10T00:00:00+07:00");
/// assert!(parse_timestamp("Sáng nay, ngày 10 tháng 12 năm 2025").is_none());
/// ```
pub fn parse_timestamp(line: &str) -> Option<DateTime<FixedOffset>> {
    read_timestamp(line).or_else(|| {
        // A document's dateline names its place first: "Ninh Lâm, ngày 10
        // tháng 12 năm 2025", a place of a few capitalised words.
        let (place, date) = line.split_once(',')?;
        let words: Vec<&str> = place.split_whitespace().collect();
        let named = (1..=PLACE_WORDS).contains(&words.len())
            && words.iter().all(|w| w.starts_with(char::is_uppercase));
        named.then(|| read_timestamp(date.trim())).flatten()
    })
}

/// The most words of a place before a dateline's date.
const PLACE_WORDS: usize = 4;

fn read_timestamp(line: &str) -> Option<DateTime<FixedOffset>> {
    let folded = fold(line);
    if folded.chars().count() > 80 {
        return None;
    }
    let tokens = tokenize(&folded);
    let mut date = None;
    let mut time = None;
    let mut offset = None;
    // "ngày 17 tháng 10 năm 2020", read word by word.
    let (mut day, mut month, mut year) = (None, None, None);
    let mut afternoon = false;
    let mut prev_word = "";
    for tok in &tokens {
        match tok {
            Part::Word(w) => {
                if !is_timestamp_word(w) {
                    return None;
                }
                afternoon |= AFTERNOON.contains(w);
                prev_word = w;
            }
            Part::Num(n) => {
                let small = n.parse::<u32>().ok();
                match (prev_word, small) {
                    // "Thứ 7": a weekday by number.
                    (WEEKDAY, Some(2..=7)) => {}
                    (DAY, Some(d @ 1..=31)) if day.is_none() => day = Some(d),
                    (MONTH_WORD, Some(m @ 1..=12)) => month = Some(m),
                    (YEAR_WORD, Some(y @ 1900..=2199)) => year = Some(y as i32),
                    _ => {
                        if date.is_none()
                            && let Some(d) = read_date(n)
                        {
                            date = Some(d);
                        } else if time.is_none()
                            && let Some(t) = read_time(n)
                        {
                            time = Some(t);
                        } else if let Some(off) = read_offset(n) {
                            offset = Some(off);
                        } else {
                            return None;
                        }
                    }
                }
                prev_word = "";
            }
        }
    }
    let date = match (date, day, month, year) {
        (Some(d), ..) => d,
        (None, Some(d), Some(m), Some(y)) => NaiveDate::from_ymd_opt(y, m, d)?,
        _ => return None,
    };
    let mut time = time.unwrap_or(NaiveTime::MIN);
    // "09:58 PM", "8:30 chiều": a 12-hour clock.
    if afternoon && time.hour() < 12 {
        time += chrono::Duration::hours(12);
    }
    let zone = offset.unwrap_or_else(vietnam);
    zone.from_local_datetime(&date.and_time(time)).single()
}

/// Resolves a date written in an article ("17/10/2020", "15-10",
/// "ngày 12 tháng 10 năm 2020", "mồng 3 tháng ba", "3/9/91") against the
/// article's own date. A month with a year and no day ("tháng 10 năm 2017")
/// gives the first of the month. Weekday names ("thứ 2", "chủ nhật") are
/// read past, not resolved.
///
/// A date without a year is the most recent such date on or before
/// `reference`, never a future one: an article reports what happened.
///
/// ```
/// use chrono::NaiveDate;
/// use nghiquyet_core::resolve_date;
///
/// let article = NaiveDate::from_ymd_opt(2020, 10, 17).unwrap();
/// assert_eq!(resolve_date("ngày 12 tháng 10 năm 2020", article), NaiveDate::from_ymd_opt(2020, 10, 12));
/// assert_eq!(resolve_date("15-10", article), NaiveDate::from_ymd_opt(2020, 10, 15));
/// assert_eq!(resolve_date("20/12", article), NaiveDate::from_ymd_opt(2019, 12, 20));
/// assert_eq!(resolve_date("thứ hai mồng 5 tháng mười", article), NaiveDate::from_ymd_opt(2020, 10, 5));
/// assert_eq!(resolve_date("3/9/91", article), NaiveDate::from_ymd_opt(1991, 9, 3));
/// assert_eq!(resolve_date("tháng 10 năm 2017", article), NaiveDate::from_ymd_opt(2017, 10, 1));
/// assert_eq!(resolve_date("sáng nay", article), None);
/// ```
pub fn resolve_date(text: &str, reference: NaiveDate) -> Option<NaiveDate> {
    let folded = fold(text);
    let words = pieces(&folded, |c| !matches!(c, '(' | ')'));
    let mut day = None;
    let mut month = None;
    let mut year = None;
    let mut i = 0;
    while i < words.len() {
        let w = words[i];
        let next_num = words.get(i + 1).and_then(|n| small_number(n));
        match w {
            // "thứ 2", "thứ hai": a weekday, not a day of the month.
            WEEKDAY => i += 1,
            w if DAY_WORDS.contains(&w) && next_num.is_some() => {
                day = next_num;
                i += 1;
            }
            MONTH_WORD => {
                if let Some((m, used)) = month_at(&words[i + 1..]) {
                    month = Some(m);
                    i += used;
                    // A bare number just before "tháng" is the day: "12 tháng 10".
                    if day.is_none()
                        && let Some(d) = i
                            .checked_sub(used + 1)
                            .and_then(|p| words.get(p))
                            .and_then(|p| small_number(p))
                    {
                        day = Some(d);
                    }
                }
            }
            YEAR_WORD if next_num.is_some_and(|y| y >= 1000) => {
                year = next_num;
                i += 1;
            }
            w => {
                if let Some(d) = read_date(w) {
                    return Some(d);
                }
                if let Some((d, m)) = read_day_month(w) {
                    day = Some(d);
                    month = Some(m);
                }
            }
        }
        i += 1;
    }
    let m = u32::try_from(month?).ok()?;
    let Some(day) = day else {
        return NaiveDate::from_ymd_opt(year?, m, 1);
    };
    let d = u32::try_from(day).ok()?;
    match year {
        Some(y) => NaiveDate::from_ymd_opt(y, m, d),
        None => {
            let this_year = NaiveDate::from_ymd_opt(chrono::Datelike::year(&reference), m, d);
            match this_year {
                Some(date) if date <= reference => Some(date),
                _ => NaiveDate::from_ymd_opt(chrono::Datelike::year(&reference) - 1, m, d),
            }
        }
    }
}

fn small_number(w: &str) -> Option<i32> {
    let digits = w.trim_matches(|c: char| !c.is_ascii_digit());
    (!digits.is_empty() && digits.len() <= 4 && digits.len() == w.len())
        .then(|| digits.parse().ok())
        .flatten()
}

/// A month after "tháng": digits or a (folded) month word; gives the words used.
fn month_at(words: &[&str]) -> Option<(i32, usize)> {
    let first = *words.first()?;
    if let Some(m) = small_number(first).filter(|m| (1..=12).contains(m)) {
        return Some((m, 1));
    }
    MONTH_NAMES
        .iter()
        .find_map(|(name, m)| words.starts_with(name).then_some((*m, name.len())))
}

#[derive(Debug)]
enum Part<'a> {
    Word(&'a str),
    Num(&'a str),
}

/// The words and numbers of a folded timestamp line, read from its
/// pieces: "gmt+7" is a word and an offset.
fn tokenize(folded: &str) -> Vec<Part<'_>> {
    let mut out = Vec::new();
    let pieces = pieces(folded, |c| {
        c.is_alphanumeric() || matches!(c, '/' | '.' | ':' | '-' | '+')
    });
    for piece in pieces {
        // "gmt+7" glues a word to an offset: split them.
        let split = piece
            .find(|c: char| c.is_ascii_digit() || c == '+')
            .filter(|&i| i > 0);
        let (word, num) = match split {
            Some(i) if piece[..i].chars().all(char::is_alphabetic) => (&piece[..i], &piece[i..]),
            _ if piece.starts_with(|c: char| c.is_ascii_digit() || c == '+') => ("", piece),
            _ => (piece, ""),
        };
        let word = word.trim_matches(|c: char| !c.is_alphanumeric());
        if !word.is_empty() {
            out.push(Part::Word(word));
        }
        let num = num.trim_end_matches(['-', ':', '.', '/']);
        if !num.is_empty() {
            out.push(Part::Num(num));
        }
    }
    out
}

/// The pieces of a folded line: runs of tokens with no space between
/// them, parted also by a comma (inside a number too: "2020,16:21") and by
/// any punctuation `joins` refuses ("17/10/2020" is one piece when "/"
/// joins).
fn pieces(folded: &str, joins: impl Fn(char) -> bool) -> Vec<&str> {
    let mut out = Vec::new();
    let mut open: Option<(usize, usize)> = None;
    for t in Tokens::new(folded, 0) {
        let joined = t.kind != Kind::Punct
            || t.raw
                .chars()
                .all(|c| c != ',' && !c.is_whitespace() && joins(c));
        if !joined {
            out.extend(open.take().map(|(s, e)| &folded[s..e]));
            continue;
        }
        // A comma ends a piece, inside a number too ("2020,16:21").
        let mut at = t.start;
        for (k, part) in t.raw.split(',').enumerate() {
            let (s, e) = (at, at + part.len());
            at = e + 1;
            match open {
                Some((o, _)) if k == 0 && t.glued => open = Some((o, e)),
                _ => {
                    out.extend(open.take().map(|(s, e)| &folded[s..e]));
                    open = Some((s, e));
                }
            }
        }
    }
    out.extend(open.map(|(s, e)| &folded[s..e]));
    out
}

fn is_timestamp_word(w: &str) -> bool {
    // "bẩy" folds to "bay"; "tư" folds to "tu"; "chủ nhật" to "chu nhat".
    TIMESTAMP_WORDS.contains(&w)
}

fn read_date(s: &str) -> Option<NaiveDate> {
    let parts: Vec<&str> = s.split(['/', '.', '-']).collect();
    if parts.len() != 3 {
        return None;
    }
    let d: u32 = parts[0].parse().ok()?;
    let m: u32 = parts[1].parse().ok()?;
    let y: i32 = parts[2].parse().ok()?;
    // Two-digit years: "3/9/91" is 1991, "3/3/17" is 2017.
    let y = match parts[2].len() {
        4 => y,
        2 if y >= 50 => 1900 + y,
        2 => 2000 + y,
        _ => return None,
    };
    NaiveDate::from_ymd_opt(y, m, d)
}

fn read_day_month(s: &str) -> Option<(i32, i32)> {
    let (d, m) = s.split_once(['/', '-', '.'])?;
    let d: i32 = d.parse().ok()?;
    let m: i32 = m.parse().ok()?;
    ((1..=31).contains(&d) && (1..=12).contains(&m)).then_some((d, m))
}

fn read_time(s: &str) -> Option<NaiveTime> {
    let parts: Vec<&str> = s.split(':').collect();
    match parts.as_slice() {
        [h, m] => NaiveTime::from_hms_opt(h.parse().ok()?, m.parse().ok()?, 0),
        [h, m, sec] => NaiveTime::from_hms_opt(h.parse().ok()?, m.parse().ok()?, sec.parse().ok()?),
        _ => None,
    }
}

fn read_offset(s: &str) -> Option<FixedOffset> {
    let sign = if s.starts_with('+') {
        1
    } else if s.starts_with('-') {
        -1
    } else {
        return None;
    };
    let hours: i32 = s[1..].parse().ok()?;
    FixedOffset::east_opt(sign * hours * 3600)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ts(s: &str) -> Option<String> {
        parse_timestamp(s).map(|t| t.to_rfc3339())
    }

    #[test]
    fn portal_forms() {
        assert_eq!(
            ts("Thứ Năm, 15/10/2020, 16:21 (GMT+7)").as_deref(),
            Some("2020-10-15T16:21:00+07:00")
        );
        assert_eq!(
            ts("15.10.2020 | 18:04:25").as_deref(),
            Some("2020-10-15T18:04:25+07:00")
        );
        assert_eq!(
            ts("Cập nhật, 05:33, Thứ Ba, 09/11/2021 (GMT+7)").as_deref(),
            Some("2021-11-09T05:33:00+07:00")
        );
        assert_eq!(
            ts("Thứ bảy 17/10/2020 - 09:58").as_deref(),
            Some("2020-10-17T09:58:00+07:00")
        );
        assert_eq!(
            ts("Chủ nhật, 01/11/2020 07:00 GMT+8").as_deref(),
            Some("2020-11-01T07:00:00+08:00")
        );
    }

    #[test]
    fn weekday_numbers_words_and_twelve_hour_clocks() {
        assert_eq!(
            ts("Thứ 7, 17/10/2020, 09:58").as_deref(),
            Some("2020-10-17T09:58:00+07:00")
        );
        assert_eq!(
            ts("Ngày 17 tháng 10 năm 2020").as_deref(),
            Some("2020-10-17T00:00:00+07:00")
        );
        assert_eq!(
            ts("Ngày đăng: 17/10/2020 09:58:00 PM").as_deref(),
            Some("2020-10-17T21:58:00+07:00")
        );
        assert_eq!(
            ts("Cập nhật lúc 8:30 chiều ngày 17/10/2020").as_deref(),
            Some("2020-10-17T20:30:00+07:00")
        );
        assert_eq!(ts("Thứ 9, 17/10/2020"), None);
    }

    #[test]
    fn pieces_are_token_runs_parted_by_commas_and_refused_punctuation() {
        let stamp = |c: char| c.is_alphanumeric() || matches!(c, '/' | '.' | ':' | '-' | '+');
        assert_eq!(
            pieces("thu nam, 15/10/2020,16:21 (gmt+7)", stamp),
            ["thu", "nam", "15/10/2020", "16:21", "gmt+7"]
        );
        let words = |c: char| !matches!(c, '(' | ')');
        assert_eq!(
            pieces("(mong 3)\u{b}thang 10.", words),
            ["mong", "3", "thang", "10."]
        );
    }

    #[test]
    fn not_timestamps() {
        assert_eq!(ts("Phát huy vai trò nêu gương"), None);
        assert_eq!(ts("Hits: 15"), None);
        assert_eq!(ts("32/13/2020"), None);
    }
}
