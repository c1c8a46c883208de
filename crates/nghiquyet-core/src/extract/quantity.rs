//! The quantity grammar: a number, an optional second number (range or
//! achieved/target pair), a unit, a printed denominator and a trailing
//! comparator.
//!
//! ```text
//! quantity := number [unit] [("-" | "đến" | "tới") number] unit ["/" word]* ["trở lên" | "trở xuống"]
//!           | number [unit] "/" number unit          -- pair or count of a whole
//!           | number "0/00"                         -- per mille
//!           | "không" ("còn" | "có") count-noun     -- zero
//!           | ("hai" | "2") "con số"                -- double digits
//!           | "một" count-noun
//! ```

use std::borrow::Cow;

use super::lexicon;
use super::lexicon::{
    COUNT_NOUNS, CURRENCY_NAMES, DONG_COMPOUNDS, MEASURES, NOT_A_QUANTITY_BEFORE, NUMERAL_WORDS,
    PER_POPULATION, PROSE_NOUNS, SCALES, any_at, phrase_at,
};
use super::tagger::{self, mark};
use super::token::{Kind, Tok};
use crate::Bound;

/// What kind of unit a quantity has; it decides how "X/Y" reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum UnitClass {
    Percent,
    Money,
    Measure,
    Count,
}

/// A quantity read from the tokens.
#[derive(Debug, Clone)]
pub(crate) struct Quantity {
    pub value: f64,
    pub value_max: Option<f64>,
    pub achieved: Option<f64>,
    /// Borrowed from the lexicon unless a scale or a list of nouns makes
    /// it new: a sentence's quantities cost no allocation for "%".
    pub unit: Cow<'static, str>,
    pub class: UnitClass,
    pub per: Option<String>,
    /// First and last token (inclusive) of the quantity.
    pub first: usize,
    pub last: usize,
    /// For count units, where the counted noun phrase starts ("số hộ nghèo").
    pub noun_start: Option<usize>,
    /// A bound the quantity carries itself ("trở lên", "hai con số").
    pub own_bound: Option<Bound>,
    /// Digits after the decimal comma of the value.
    pub frac_digits: usize,
}

impl Quantity {
    /// Whether this is a count out of a whole ("98/120 xã"), not an
    /// achieved/target pair.
    pub(crate) fn of_whole(&self, toks: &[Tok<'_>]) -> bool {
        self.class == UnitClass::Count
            && self.achieved.is_none()
            && (self.first..self.last).any(|k| toks[k].is_punct('/'))
    }
}

/// "khoảng 1.25 triệu m2", "2.5%": one dot and one or two digits after it
/// is a decimal point as English writes it, since a thousands group has
/// three; read so only before a scale or a per cent sign, or as the first
/// of a range before one ("7.5-8%"), where no date ("30.4") stands. The
/// value and its digits after the point.
fn dot_decimal(toks: &[Tok<'_>], i: usize) -> Option<(f64, usize)> {
    let (int, frac) = toks[i].raw.split_once('.')?;
    let digits = |s: &str, most: usize| {
        (1..=most).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
    };
    let scaled = |k: usize| {
        toks.get(k)
            .is_some_and(|n| n.is_punct('%') || any_at(toks, k, SCALES).is_some())
    };
    // The first of a range counts too ("7.5-8%", "7.5 – 8%").
    let before = scaled(i + 1)
        || toks.get(i + 1).is_some_and(Tok::is_dash)
            && toks.get(i + 2).is_some_and(|n| n.kind == Kind::Num)
            && scaled(i + 3);
    if !(digits(int, 3) && digits(frac, 2) && before) {
        return None;
    }
    Some((toks[i].raw.parse().ok()?, frac.len()))
}

/// The unit read after a number: normal form, class, index after it, noun start.
struct Unit {
    name: Cow<'static, str>,
    class: UnitClass,
    next: usize,
    noun_start: Option<usize>,
}

/// Whether a quantity may start at `t`: [`read_at`] and [`read_words_at`]
/// read none where this is false, so a caller can skip most tokens
/// without calling them.
#[inline]
pub(crate) fn may_start(t: &Tok<'_>) -> bool {
    match t.kind {
        Kind::Num => true,
        // Most words start no numeral: their tags say so without a comparison.
        Kind::Word => {
            t.starts & (NUMERAL_WORDS.bit | lexicon::NONE_LEFT.bit | lexicon::FIVE.bit) != 0
        }
        Kind::Punct => false,
    }
}

/// The months of a year: "tháng" before a higher number names none.
const MONTHS: f64 = 12.0;
/// The most tokens back from years of age to the "tuổi thọ" that makes
/// them life expectancy ("tuổi thọ trung bình của người dân ... là 75 tuổi").
const LIFE_EXPECTANCY_REACH: usize = 12;

/// Whether the word before the number at `i` makes it an ordinal, a date
/// part or a code ("trang 12", "khóa XV"), and is no compound's tail
/// ("chỉnh trang 12 tuyến phố").
fn ordinal_before(toks: &[Tok<'_>], i: usize) -> bool {
    let Some(prev) = i.checked_sub(1).map(|p| &toks[p]) else {
        return false;
    };
    let head = i.checked_sub(2).map(|p| toks[p].low.as_ref());
    let compound =
        |list: &[(&str, &str)]| list.iter().any(|&(h, w)| prev.low == w && head == Some(h));
    // "giải quyết ngay trong quý 80% kiến nghị", "phấn đấu hết nhiệm kỳ
    // 100% các xóm ...": no ordinal, date part or code is told as a share.
    let share = toks.get(i + 1).is_some_and(|n| n.is_punct('%'));
    // "đào tạo dưới 3 tháng 28.000 người": no month is numbered past twelve.
    let no_month = prev.is_word(lexicon::MONTH)
        && toks[i]
            .value
            .is_some_and(|v| v > MONTHS || v.fract() != 0.0);
    prev.kind == Kind::Word
        && !share
        && !no_month
        && (NOT_A_QUANTITY_BEFORE.contains(&prev.low.as_ref())
            && !compound(lexicon::NOT_AN_ORDINAL_COMPOUNDS)
            || compound(lexicon::ORDINAL_COMPOUNDS))
}

/// Reads the quantity whose number is token `i`, or `None`.
pub(crate) fn read_at(toks: &[Tok<'_>], i: usize) -> Option<Quantity> {
    let t = toks.get(i)?;
    if t.kind != Kind::Num {
        return None;
    }
    if i > 0 {
        let prev = &toks[i - 1];
        if ordinal_before(toks, i) {
            return None;
        }
        if prev.is_word(lexicon::YEAR) && is_year(t) {
            return None;
        }
        // "trong độ tuổi từ 15 đến 18", "độ tuổi 6 - 14": ages that name
        // whom a figure counts, no figure.
        let aged = |k: usize| {
            toks[k].is_word(lexicon::AGE) && (k == 0 || !toks[k - 1].is_word(lexicon::ELDERLY))
        };
        if aged(i - 1) || prev.is_word(lexicon::FROM) && i >= 2 && aged(i - 2) {
            return None;
        }
        // "+5%" is a sign; "+ 80% cơ sở ..." opens a bullet.
        if prev.is_punct('+') && t.glued || prev.is_punct('/') && prev.glued && t.glued {
            return None;
        }
    }
    let (mut v1, mut frac_digits) = match t.value {
        Some(v) => (v, t.frac_digits()),
        None => dot_decimal(toks, i)?,
    };
    // "trên 1 ha", "mỗi 1 ha": a denominator, not a quantity; but "trên 1
    // triệu tấn" is a quantity with a scale word.
    // "giảm trên 1%": a share is never one's denominator.
    if v1 == 1.0
        && i > 0
        && lexicon::PER_ONE.contains(&toks[i - 1].low.as_ref())
        && !toks.get(i + 1).is_some_and(|n| n.is_punct('%'))
    {
        // "trên 1 vạn dân" is a denominator too; "trên 1 triệu tấn" is not.
        if any_at(toks, i + 1, SCALES).is_none() || per_population(toks, i + 1).is_some() {
            return None;
        }
    }
    if v1 == 1.0
        && lexicon::phrase_ending_at(toks, i, lexicon::ON_AVERAGE).is_some()
        && per_population(toks, i + 1).is_some()
    {
        return None;
    }
    // "giá trị sản xuất 1ha đất trồng trọt đạt hơn 183 triệu đồng": one
    // area of land, what a value is given per.
    if v1 == 1.0
        && toks
            .get(i + 1)
            .is_some_and(|n| lexicon::PER_AREA.contains(&n.low.as_ref()))
        && toks.get(i + 2).is_some_and(|n| n.is_word(lexicon::LAND))
    {
        return None;
    }
    let mut j = i + 1;
    // "1 200 doanh nghiệp", "25 000 lao động": thousands grouped by spaces,
    // when a unit follows the last group.
    if let Some((grouped, after)) = spaced_thousands(toks, i)
        && read_unit(toks, after).is_some()
    {
        v1 = grouped;
        j = after;
    }
    // "2 con số": double-digit growth.
    if v1 == 2.0
        && lexicon::DIGITS
            .iter()
            .any(|d| phrase_at(toks, j, d).is_some())
    {
        return (!figures_follow(toks, j + 2)).then(|| double_digits(i, j + 1));
    }
    // Dates and times: "15/10/2020", "16:21", "9/11".
    if is_date_like(toks, i) {
        return None;
    }
    // Per mille written "20/00" or "14,220/00": the last 0 belongs to "0/00".
    let mut unit1: Option<Unit> = None;
    if glued_punct(toks, j, '/')
        && toks.get(j + 1).is_some_and(|n| n.glued && n.raw == "00")
        && t.raw.ends_with('0')
        && t.raw.len() > 1
    {
        let trimmed = &t.raw[..t.raw.len() - 1];
        v1 = crate::number::parse_number(trimmed.trim_end_matches(','))?;
        frac_digits = frac_digits.saturating_sub(1);
        unit1 = Some(Unit {
            name: "‰".into(),
            class: UnitClass::Percent,
            next: j + 2,
            noun_start: None,
        });
    }
    if unit1.is_none() {
        unit1 = read_unit(toks, j)
            .or_else(|| bounded_noun(toks, i, j))
            .or_else(|| measured_unit(toks, i, j));
    }
    if let Some(u) = &unit1 {
        j = u.next;
    }
    let mut value_max = None;
    let mut achieved = None;
    let mut unit = unit1;
    // "X/Y unit": an achieved/target pair, or a count out of a whole; not
    // so many of a population ("35 giường bệnh/10.000 dân").
    // "51%/ chỉ tiêu 50%": the plan may be named before its figure, and
    // bound it ("19,58%/chỉ tiêu trên 14%").
    let mut plan_bound = None;
    let plan_named = glued_punct(toks, j, '/')
        .then(|| {
            lexicon::PLANS_AFTER_SLASH
                .iter()
                .find_map(|p| phrase_at(toks, j + 1, p))
        })
        .flatten()
        // "16,02%/kế hoạch (KH) 16%", "0,53%/ kế hoạch là 0,8%": past the
        // plan's abbreviation and its "là".
        .map(|e| {
            let e = if toks.get(e).is_some_and(|t| t.is_punct('('))
                && toks.get(e + 2).is_some_and(|t| t.is_punct(')'))
                && toks.get(e + 1).is_some_and(|t| t.kind == Kind::Word)
            {
                e + 3
            } else {
                e
            };
            if toks.get(e).is_some_and(|t| t.is_word(lexicon::IS)) {
                e + 1
            } else {
                e
            }
        })
        .map(|e| match lexicon::comparators_at(toks, e).next() {
            Some((b, end)) if toks.get(end).is_some_and(|n| n.kind == Kind::Num) => {
                plan_bound = Some(b);
                end
            }
            _ => e,
        })
        .filter(|&e| {
            toks.get(e)
                .is_some_and(|n| n.kind == Kind::Num && !is_year(n))
        });
    let second = plan_named.unwrap_or(j + 1);
    if glued_punct(toks, j, '/')
        && !(unit.is_some() && denominator(toks, j).is_some())
        && let Some(n) = toks
            .get(second)
            .filter(|n| n.kind == Kind::Num && (n.glued || plan_named.is_some()))
        && let Some(v2) = n.value
        // A plan's range or change ("16.133 con/KH 16.200-16.500 con") is
        // paired with the result by the sentence.
        && (plan_named.is_none() || read_unit(toks, second + 1).is_some())
        // "6.109 trẻ trai/5.365 trẻ gái": two counts of other things, no
        // pair; the second is read on its own.
        // "5.299.856.928 đồng/2,2 tỷ đồng": money in two scales pairs too.
        && unit.as_ref().is_none_or(|u1| {
            read_unit(toks, second + 1).is_none_or(|u2| {
                u2.name == u1.name
                    || u1.class == UnitClass::Money
                        && u2.class == UnitClass::Money
                        && unscaled(&u1.name).1 == unscaled(&u2.name).1
                    // "2,3 triệu/3,8 triệu cây": a bare scale names its
                    // noun once, after the second figure.
                    || j == i + 2
                        && toks[i + 1].kind == Kind::Word
                        && u2.name.split(' ').next() == Some(toks[i + 1].low.as_ref())
                        && u2.name.len() > toks[i + 1].low.len()
            })
        })
    {
        let u2 = read_unit(toks, second + 1)?;
        let both_marked = unit.is_some();
        // A count out of a whole is whole and no more than the whole: "10,8/12
        // bác sĩ" and "2.845/2.500 đảng viên" are pairs. Criteria met are
        // counted on average too ("bình quân đạt 12,6/19 tiêu chí").
        let is_pair = both_marked
            || plan_named.is_some()
            || u2.class != UnitClass::Count
            || v1 > v2
            || frac_digits > 0 && u2.name != lexicon::CRITERIA;
        if is_pair {
            achieved = Some(v1);
            v1 = v2;
            frac_digits = n.frac_digits();
        }
        j = u2.next;
        unit = Some(u2);
    } else if let Some((v2, after)) = range_end(toks, j)
        && v2 > v1
        && !chained(toks, after)
    {
        let u2 = read_unit(toks, after);
        match (&unit, u2) {
            (_, Some(u2)) => {
                j = u2.next;
                unit = Some(u2);
                value_max = Some(v2);
            }
            (Some(_), None) => {
                value_max = Some(v2);
                j = after;
            }
            (None, None) => {
                // "20 - 25 đường bay quốc tế": a range bounds its noun too;
                // "lưu trú bình quân 4 - 5 ngày": or a span its measure
                // names, as its one figure would.
                let u2 = measured_unit(toks, i, after).or_else(|| shaped_noun(toks, after))?;
                j = u2.next;
                unit = Some(u2);
                value_max = Some(v2);
            }
        }
    }
    // "từ 20 bến cảng đến 24 bến cảng": a noun no list knows bounds a
    // range that prints it at both ends.
    if unit.is_none()
        && value_max.is_none()
        && let Some((v2, u2, after)) = noun_range(toks, i, j)
        && v2 > v1
    {
        j = after;
        unit = Some(u2);
        value_max = Some(v2);
    }
    if unit.is_none() && value_max.is_none() && !is_year(t) {
        unit = index_value(toks, i, j).or_else(|| net_zero(toks, i, j));
    }
    let unit = unit?;
    // Years of age qualify a population ("trẻ em dưới 5 tuổi"); they are a
    // quantity only as life expectancy ("tuổi thọ trung bình đạt 75 tuổi"),
    // or a sibling of one ("... là 74 tuổi và 75 tuổi vào năm 2020").
    if unit.name == lexicon::AGE {
        let mut from = i;
        while from >= 3
            && (toks[from - 1].is_word(lexicon::AND) || toks[from - 1].is_punct(','))
            && toks[from - 2].is_word(lexicon::AGE)
            && toks[from - 3].kind == Kind::Num
        {
            from -= 3;
        }
        if !(from.saturating_sub(LIFE_EXPECTANCY_REACH)..from)
            .any(|k| phrase_at(toks, k, lexicon::LIFE_EXPECTANCY).is_some())
        {
            return None;
        }
    }
    // A bare year is no quantity unless its unit is a measure of money or percent.
    if is_year(t) && achieved.is_none() && unit.class == UnitClass::Count {
        return None;
    }
    // Footnote digits glued to "%": "dưới 24%1".
    if unit.name == "%"
        && toks
            .get(j)
            .is_some_and(|n| n.kind == Kind::Num && n.glued && n.raw != "0")
    {
        j += 1;
    }
    let (mut per, after_per) = read_per(toks, j);
    j = after_per;
    // "trên 10% năm;": a rate with its slash left out, when "năm" ends the
    // item (not "10% năm 2025", "10% năm nay").
    if per.is_none()
        && unit.class == UnitClass::Percent
        && toks.get(j).is_some_and(|t| t.is_word(lexicon::YEAR))
        && toks
            .get(j + 1)
            .is_none_or(|n| n.kind == Kind::Punct && !n.is_punct('/') && !n.is_punct('('))
    {
        per = Some(lexicon::YEAR.to_string());
        j += 1;
    }
    // "từ 57 cầu cảng đến 65 cầu cảng", "từ 3,6%/năm đến 4,5%/năm": a range
    // that prints its unit, and the words of its noun past the unit, at
    // both ends, opened by "từ".
    let from_range =
        value_max.is_none() && achieved.is_none() && i > 0 && toks[i - 1].is_word(lexicon::FROM);
    let tail = if from_range {
        (j..(j + RANGE_TAIL_WORDS + 1).min(toks.len()))
            .find(|&k| {
                toks[k].kind != Kind::Word || any_at(toks, k, lexicon::RANGE_WORDS).is_some()
            })
            .unwrap_or(j)
    } else {
        j
    };
    if from_range
        && any_at(toks, tail, lexicon::RANGE_WORDS).is_some()
        && let Some(end) = toks
            .get(tail + 1)
            .filter(|t| t.kind == Kind::Num)
            .and_then(|_| read_at(toks, tail + 1))
        && end.unit == unit.name
        && end.per == per
        && end.value > v1
        && end.value_max.is_none()
        && end.achieved.is_none()
        && (j..tail).all(|k| {
            toks.get(end.last + 1 + k - j)
                .is_some_and(|t| t.kind == Kind::Word && t.low == toks[k].low)
        })
    {
        value_max = Some(end.value);
        j = end.last + 1 + (tail - j);
    }
    let mut own_bound = plan_bound.filter(|_| achieved.is_some());
    // "1,750 tỷ USD (trở lên)": the bound may stand alone in parentheses.
    let bracketed = toks.get(j).is_some_and(|t| t.is_punct('('));
    // "đạt 10% mỗi năm trở lên": past the yearly words, as past "/năm".
    let yearly = (!bracketed && per.is_none())
        .then(|| any_at(toks, j, lexicon::YEARLY))
        .flatten()
        .map(|(_, end)| end)
        .filter(|&end| phrase_at(toks, end, lexicon::OR_MORE).is_some());
    let at = yearly.unwrap_or(j + usize::from(bracketed));
    let closes = |after: usize| {
        (!bracketed || toks.get(after).is_some_and(|t| t.is_punct(')')))
            .then_some(after + usize::from(bracketed))
    };
    if let Some(after) = phrase_at(toks, at, lexicon::OR_MORE).and_then(closes) {
        own_bound = Some(Bound::AtLeast);
        j = after;
    } else if let Some(after) = phrase_at(toks, at, lexicon::OR_LESS).and_then(closes) {
        own_bound = Some(Bound::AtMost);
        j = after;
    }
    // "từ 90% tổ chức cơ sở đảng trở lên", "95% đảng viên trở lên hoàn
    // thành tốt nhiệm vụ", "từ 95% kế hoạch trở lên": "trở lên" right
    // after a share and the noun it counts or the plan it measures is a
    // lower bound; after a predicate ("90% đảng viên hoàn thành tốt nhiệm
    // vụ trở lên") it is a rating. The noun may follow "số" ("10% số xã
    // trở lên").
    let noun = if toks.get(j).is_some_and(|t| t.is_word(lexicon::NUMBER_OF)) {
        j + 1
    } else {
        j
    };
    if own_bound.is_none()
        && unit.class == UnitClass::Percent
        && let Some((_, mut after)) =
            any_at(toks, noun, COUNT_NOUNS).or_else(|| any_at(toks, j, lexicon::SHARE_OF_PLAN))
    {
        if toks.get(after).is_some_and(|t| t.is_word(lexicon::NEW)) {
            after += 1;
        }
        if phrase_at(toks, after, lexicon::OR_MORE).is_some() {
            own_bound = Some(Bound::AtLeast);
        }
    }
    // "90% gia đình trở lên đạt danh hiệu", "95% thôn, tổ dân phố trở
    // lên": any noun or list of nouns, short and with no predicate or
    // rating in it.
    if own_bound.is_none()
        && unit.class == UnitClass::Percent
        && noun_before_or_more(toks, noun, NOUN_WORDS_BEFORE_OR_MORE, false, false)
    {
        own_bound = Some(Bound::AtLeast);
    }
    // "hoàn thành 65.000 căn nhà ở xã hội trở lên": a count's noun and
    // the words naming it, with no predicate or rating among them.
    if own_bound.is_none()
        && unit.class == UnitClass::Count
        && unit.noun_start.is_some()
        && noun_before_or_more(toks, j, NOUN_WORDS_BEFORE_OR_MORE, true, false)
    {
        own_bound = Some(Bound::AtLeast);
    }
    // "từ 20 sản phẩm OCOP trở lên", "từ 15% sinh viên trở lên": "từ" and
    // "trở lên" around a number and a word or two of its noun are a lower
    // bound as well; further on "trở lên" rates a predicate.
    // "từ 37 thôn, buôn, khu phố trở lên" lists its nouns.
    if own_bound.is_none()
        && i > 0
        && toks[i - 1].is_word(lexicon::FROM)
        && noun_before_or_more(
            toks,
            j,
            FROM_NOUN_WORDS_BEFORE_OR_MORE,
            j > i + 1 && toks[j - 1].kind == Kind::Word,
            // "từ 2 mô hình kinh tế giỏi trở lên": a count's noun may
            // name a rating; a share's rating rates its units.
            unit.class == UnitClass::Count,
        )
    {
        own_bound = Some(Bound::AtLeast);
    }
    Some(Quantity {
        value: v1,
        value_max,
        achieved,
        unit: unit.name,
        class: unit.class,
        per,
        first: i,
        last: j.saturating_sub(1).max(i),
        noun_start: unit.noun_start,
        own_bound,
        frac_digits,
    })
}

/// Whether a unit is a scale word alone ("nghìn" of "gần 16 nghìn đại
/// biểu"): the noun it scales went unread, and the figure counts nothing
/// a target names.
pub(crate) fn bare_scale(unit: &str) -> bool {
    lexicon::NUMBER_WORDS
        .iter()
        .any(|(w, n)| matches!(n, crate::number::NumWord::Scale(_)) && *w == unit)
}

/// A unit's scale and what it scales: "triệu tấn" is a million "tấn",
/// "nghìn tỷ đồng" a million million "đồng", "ha" one "ha".
pub(crate) fn unscaled(unit: &str) -> (f64, &str) {
    let mut scale = 1.0;
    let mut rest = unit;
    while let Some((word, tail)) = rest.split_once(' ') {
        let Some(s) = lexicon::NUMBER_WORDS.iter().find_map(|(w, n)| match n {
            crate::number::NumWord::Scale(s) if *w == word => Some(*s),
            _ => None,
        }) else {
            break;
        };
        scale *= s;
        rest = tail;
    }
    (scale, rest)
}

/// The most words of a noun past its unit a range repeats at both ends
/// ("từ 57 cầu cảng đến 65 cầu cảng": one).
const RANGE_TAIL_WORDS: usize = 3;

/// The most tokens of a figure of criteria back from its noun to "đạt"
/// ("đạt từ 15 - 18 tiêu chí": five).
const CRITERIA_FIGURE_TOKENS: usize = 5;

/// The most words of the units' noun between their count and the "đạt"
/// of the criteria they reach ("55.000 hộ gia đình đạt 8 tiêu chí":
/// three).
const CRITERIA_UNITS_REACH: usize = 4;

/// Whether the criteria before `j` are those a unit reaches: "xã đạt
/// 16/19 tiêu chí", "các xã còn lại đạt từ 15 tiêu chí trở lên"; not when
/// a count of units reaches them ("21 xã đạt 19/19 tiêu chí": the
/// communes are counted) or with no "đạt" ("trên cả 3 tiêu chí").
/// Criteria completed are reached too ("hoàn thành 19/19 tiêu chí").
fn criteria_reached(toks: &[Tok<'_>], j: usize) -> bool {
    let figure = || {
        (j.saturating_sub(CRITERIA_FIGURE_TOKENS + 1)..j)
            .rev()
            .take_while(|&k| {
                toks[k].kind == Kind::Num
                    || toks[k].is_punct('/')
                    || toks[k].is_dash()
                    || toks[k].is_word(lexicon::FROM)
                    || toks[k].is_word(lexicon::REACH)
            })
    };
    let Some(reach) = figure()
        .find(|&k| toks[k].is_word(lexicon::REACH))
        .or_else(|| {
            figure()
                .last()
                .and_then(|first| lexicon::phrase_ending_at(toks, first, lexicon::COMPLETE))
        })
    else {
        return false;
    };
    // The units' noun between their count and "đạt" is words only.
    !(reach.saturating_sub(CRITERIA_UNITS_REACH + 1)..reach)
        .rev()
        .skip_while(|&k| toks[k].kind == Kind::Word)
        .take(1)
        .any(|k| toks[k].kind == Kind::Num && !is_year(&toks[k]))
}

/// The most words of the nouns between a number and "trở lên" ("80% cơ
/// quan, đơn vị, doanh nghiệp trở lên": six).
const NOUN_WORDS_BEFORE_OR_MORE: usize = 6;
/// The most with "từ" before the number, which makes "trở lên" the
/// bound's end ("từ 4 hợp tác xã chăn nuôi bò sữa công nghệ cao trở lên":
/// eight).
const FROM_NOUN_WORDS_BEFORE_OR_MORE: usize = 10;

/// Whether "trở lên" follows a noun, or nouns listed with commas, of at
/// most `most` words from `j`: no predicate opens a word of it ("90% chi
/// bộ hoàn thành tốt nhiệm vụ trở lên" rates what they did) and no rating
/// is one ("70% hộ hội viên khá trở lên"). After a noun the unit read
/// (`noun_read`), the list may go on past a comma ("từ 37 thôn, buôn, khu
/// phố trở lên"). A rating may be the noun's own (`ratings_named`: "từ 2
/// mô hình kinh tế giỏi trở lên").
fn noun_before_or_more(
    toks: &[Tok<'_>],
    j: usize,
    most: usize,
    noun_read: bool,
    ratings_named: bool,
) -> bool {
    let mut words = usize::from(noun_read);
    let mut k = j;
    while let Some(t) = toks.get(k) {
        if t.kind == Kind::Word && phrase_at(toks, k, lexicon::OR_MORE).is_some() {
            return words > 0 && !toks[k - 1].is_punct(',');
        }
        // "0,15% tỷ lệ sinh con thứ ba trở lên": a rate is no count, and
        // an ordinal counts its own ("con thứ ba trở lên").
        let noun_word = t.kind == Kind::Word
            && any_at(toks, k, lexicon::PREDICATES).is_none()
            && (ratings_named || !lexicon::RATINGS.contains(&t.low.as_ref()))
            && !t.is_word(lexicon::ORDINAL)
            && !(words == 0 && any_at(toks, k, lexicon::RATE).is_some());
        let comma = t.is_punct(',') && words > 0 && !toks[k - 1].is_punct(',');
        if !(noun_word || comma) {
            return false;
        }
        words += usize::from(noun_word);
        if words > most {
            return false;
        }
        k += 1;
    }
    false
}

/// The most words a numeral in words may add to its first ("hai mươi mốt").
const NUMERAL_TAIL_WORDS: usize = 4;

/// Reads a quantity written in words at token `i`: "không còn hộ nghèo"
/// (zero), "hai con số" (double digits), "một đơn vị" (one).
pub(crate) fn read_words_at(toks: &[Tok<'_>], i: usize) -> Option<Quantity> {
    let t = toks.get(i)?;
    if t.kind != Kind::Word || !may_start(t) {
        return None;
    }
    if t.low == lexicon::TWO
        && lexicon::DIGITS
            .iter()
            .any(|d| phrase_at(toks, i + 1, d).is_some())
    {
        let presented = lexicon::PRESENTS
            .iter()
            .any(|p| lexicon::phrase_ending_at(toks, i, p).is_some());
        return (!figures_follow(toks, i + 3) && !presented).then(|| double_digits(i, i + 2));
    }
    if i > 0 && toks[i - 1].is_word(lexicon::TIMES) {
        return multiple_in_words(toks, i);
    }
    // "đôi" is a numeral only as a multiple ("gấp đôi"), not in "đôi bờ".
    if t.low == lexicon::DOUBLE {
        return None;
    }
    let mut value_max = None;
    let (value, noun_at) = if let Some(after) =
        any_at(toks, i, lexicon::NONE_LEFT).map(|(_, after)| after)
    {
        (0.0, after)
    } else if t.starts & NUMERAL_WORDS.bit != 0 && i > 0 && !toks[i - 1].is_word(lexicon::ORDINAL) {
        let (value, end) = numeral_in_words(toks, i)?;
        // "trên một đơn vị diện tích": a denominator in words, as "trên 1
        // ha" is in digits; "của một khách hàng": "a", not a count.
        let before = toks[i - 1].low.as_ref();
        if value == 1.0
            && (lexicon::PER_ONE.contains(&before) || lexicon::OF_ONE.contains(&before))
            && (any_at(toks, end, SCALES).is_none() || per_population(toks, end).is_some())
        {
            return None;
        }
        // "chương trình mỗi xã một sản phẩm": each given one, a name or
        // a motto, not a count ("mỗi xã có một sản phẩm" is one).
        if value == 1.0
            && i >= 2
            && toks[i - 2].is_word(lexicon::EACH_ONE)
            && toks[i - 1].kind == Kind::Word
            && !toks[i - 1].is_word(lexicon::YEAR)
        {
            return None;
        }
        // "từ hai đến ba hiệp định": a range in words counts one noun, as
        // "từ 2 đến 3 hiệp định" does.
        let second = toks
            .get(end)
            .is_some_and(|r| r.is_dash() || any_at(toks, end, lexicon::RANGE_WORDS).is_some())
            && toks
                .get(end + 1)
                .is_some_and(|n| n.kind == Kind::Word && n.starts & NUMERAL_WORDS.bit != 0);
        match second.then(|| numeral_in_words(toks, end + 1)).flatten() {
            Some((max, after)) if max > value => {
                value_max = Some(max);
                (value, after)
            }
            _ => (value, end),
        }
    } else if t.starts & lexicon::FIVE.bit != 0 && counts_as_five(toks, i) {
        // "ít nhất năm trăm lao động": five of a numeral in words.
        if toks
            .get(i + 1)
            .is_some_and(|n| lexicon::NUMERAL_TAILS.contains(&n.low.as_ref()))
        {
            numeral_in_words(toks, i)?
        } else {
            (5.0, i + 1)
        }
    } else {
        return None;
    };
    // "mười nghìn hội viên": a scale after the numeral names the unit with
    // the noun, as after digits ("10 nghìn hội viên"); the noun may then
    // be any person's.
    if let Some((scale, after)) = any_at(toks, noun_at, SCALES).filter(|_| value > 0.0) {
        let noun = any_at(toks, after, COUNT_NOUNS)
            .map(|(n, next)| (Cow::Borrowed(n), next))
            .or_else(|| abbreviated_noun(toks, after).map(|n| (Cow::Borrowed(n), after + 1)))
            .or_else(|| {
                person_noun(toks, after).map(|next| {
                    (
                        Cow::Owned(spaced(&toks[after].low, &toks[after + 1].low)),
                        next,
                    )
                })
            });
        // "khoảng bốn triệu tấn": a measure after the scale, as after
        // digits ("4 triệu tấn").
        let Some((noun, next)) = noun else {
            let (measure, next) = any_at(toks, after, MEASURES)?;
            return Some(Quantity {
                class: UnitClass::Measure,
                noun_start: None,
                ..counted(
                    value,
                    spaced(scale, measure_name(measure)).into(),
                    i,
                    noun_at,
                    next,
                )
            });
        };
        // "mười nghìn lượt xem": a page's counter, as after digits.
        let counter = noun == lexicon::VISITS
            && toks
                .get(next)
                .is_some_and(|t| lexicon::PAGE_COUNTERS.contains(&t.low.as_ref()));
        if counter {
            return None;
        }
        return Some(counted(
            value,
            spaced(scale, &noun).into(),
            i,
            noun_at,
            next,
        ));
    }
    // A noun the lexicon lacks counts where it would after digits ("ít
    // nhất hai lễ hội", "tổ chức ba hội thi" under a goal cue).
    // Count nouns joined are read as after digits ("không còn xã, thôn
    // đặc biệt khó khăn").
    let joined = || {
        read_unit(toks, noun_at)
            .filter(|u| u.class == UnitClass::Count && u.name.contains(','))
            .map(|u| (u.name, u.next))
    };
    let (noun, next) = match count_noun_at(toks, noun_at) {
        Some((noun, next)) => joined().unwrap_or((Cow::Borrowed(noun), next)),
        None if value > 0.0 => {
            let unit = bounded_noun(toks, i, noun_at)?;
            (unit.name, unit.next)
        }
        // "không còn HTX xếp loại yếu": none of a noun abbreviated.
        None => (Cow::Borrowed(abbreviated_noun(toks, noun_at)?), noun_at + 1),
    };
    // "một người" in running prose is rarely a target; zero is, and so is
    // a numeral of more words ("một trăm hai mươi hộ").
    if value > 0.0 && noun_at == i + 1 && PROSE_NOUNS.contains(&noun.as_ref()) {
        return None;
    }
    Some(Quantity {
        value_max,
        ..counted(value, noun, i, noun_at, next)
    })
}

/// A multiple in words after "gấp" ("gấp đôi", "gấp ba lần"): so many
/// times, as "gấp 2 lần" is in digits.
fn multiple_in_words(toks: &[Tok<'_>], i: usize) -> Option<Quantity> {
    let (value, end) = if toks[i].low == lexicon::DOUBLE {
        (2.0, i + 1)
    } else {
        numeral_in_words(toks, i)?
    };
    let next = phrase_at(toks, end, lexicon::TIMES_UNIT).unwrap_or(end);
    Some(Quantity {
        class: UnitClass::Measure,
        noun_start: None,
        ..counted(value, Cow::Borrowed(lexicon::TIMES_UNIT), i, end, next)
    })
}

/// Whether "năm" at `i` is five: after a word of a list or a bound (a
/// comma, "có", "ít nhất") or a verb that makes what it counts ("xây dựng
/// năm mô hình"), before a noun the lexicon counts; elsewhere
/// ("hằng năm xã ...", "trong năm xã ...") it is the year.
fn counts_as_five(toks: &[Tok<'_>], i: usize) -> bool {
    let Some(prev) = i.checked_sub(1).map(|p| &toks[p]) else {
        return false;
    };
    let where_a_count_stands = prev.is_punct(',')
        || prev.is_punct(';')
        || prev.ends & lexicon::CHAIN.bit != 0
        || prev.ends & lexicon::COUNTING_VERBS.bit != 0
        || lexicon::FIVE_AFTER.contains(&prev.low.as_ref());
    where_a_count_stands
        && toks.get(i + 1).is_some_and(|n| {
            n.starts & COUNT_NOUNS.bit != 0 || lexicon::NUMERAL_TAILS.contains(&n.low.as_ref())
        })
}

/// A numeral in words at `i` with its further words ("hai mươi xã", "một
/// trăm hộ"): its value and the index after it.
fn numeral_in_words(toks: &[Tok<'_>], i: usize) -> Option<(f64, usize)> {
    let limit = toks.len().min(i + 1 + NUMERAL_TAIL_WORDS);
    let end = (i + 1..limit)
        .find(|&k| !lexicon::NUMERAL_TAILS.contains(&toks[k].low.as_ref()))
        .unwrap_or(limit);
    let words = toks[i..end]
        .iter()
        .map(|t| t.low.as_ref())
        .collect::<Vec<_>>()
        .join(" ");
    // The one number reader reads numerals in words too.
    Some((crate::number::parse_number_words(&words)?, end))
}

/// Whether the provinces counted at `noun_at`, after the number ending at
/// `j - 1`, say where or for whom after a preposition ("tại 34 tỉnh,
/// thành phố", "cho 34 tỉnh, thành phố", "từ 34 tỉnh"): the country's
/// units, no target.
fn provinces_where(toks: &[Tok<'_>], j: usize, noun_at: usize) -> bool {
    lexicon::PROVINCES
        .iter()
        .any(|p| phrase_at(toks, noun_at, p).is_some())
        && j >= 2
        && lexicon::WHERE_OR_FOR.contains(&toks[j - 2].low.as_ref())
}

/// Whether the number ending at `j - 1` counts whose figure a sentence
/// gives, after "của" ("tổng thu nhập xã hội của 3 xã đạt 5.422 tỷ
/// đồng", "nền kinh tế của 4 xã"): part of the subject, no target.
fn counts_the_owner(toks: &[Tok<'_>], j: usize) -> bool {
    j >= 2 && toks[j - 2].is_word(lexicon::OF)
}

/// Whether the noun at `j` counts parts of a plan's outline ("7 nhiệm vụ
/// trọng tâm", "6 nhiệm vụ, 35 chỉ tiêu"), as a count of its targets does.
fn plan_outline(toks: &[Tok<'_>], j: usize) -> bool {
    let beside_targets = || {
        phrase_at(toks, j, lexicon::TASKS).is_some_and(|end| {
            toks.get(end)
                .is_some_and(|t| t.is_punct(',') || t.is_word(lexicon::AND))
                && toks.get(end + 1).is_some_and(|t| t.kind == Kind::Num)
                && any_at(toks, end + 2, lexicon::QUOTAS).is_some()
        })
    };
    // "8 nhiệm vụ, giải pháp", "8 nhiệm vụ giải pháp".
    let with_solutions = || {
        phrase_at(toks, j, lexicon::TASKS).is_some_and(|end| {
            phrase_at(toks, end, lexicon::SOLUTIONS).is_some()
                || toks
                    .get(end)
                    .is_some_and(|t| t.is_punct(',') || t.is_word(lexicon::AND))
                    && phrase_at(toks, end + 1, lexicon::SOLUTIONS).is_some()
        })
    };
    // "5 mục tiêu phát triển, 9 nhiệm vụ ...", "3 khâu đột phá và 8 nhiệm
    // vụ": tasks listed after a count of targets or of other parts of the
    // outline.
    let after_targets = || {
        phrase_at(toks, j, lexicon::TASKS).is_some()
            && j >= 2
            && (toks[j - 2].is_punct(',') || toks[j - 2].is_word(lexicon::AND))
            && (j.saturating_sub(OUTLINE_LIST_REACH)..j - 2).any(|k| {
                toks[k].kind == Kind::Num
                    && (any_at(toks, k + 1, lexicon::QUOTAS).is_some()
                        || lexicon::PLAN_PARTS
                            .iter()
                            .any(|p| phrase_at(toks, k + 1, p).is_some()))
            })
    };
    // "180 nhiệm vụ giao cho các bộ, ngành": tasks handed out.
    let handed_out = || {
        phrase_at(toks, j, lexicon::TASKS).is_some_and(|end| {
            (end..(end + OUTLINE_REACH).min(toks.len()))
                .take_while(|&k| toks[k].kind == Kind::Word)
                .any(|k| phrase_at(toks, k, lexicon::HANDED_TO).is_some())
        })
    };
    lexicon::PLAN_PARTS
        .iter()
        .any(|p| phrase_at(toks, j, p).is_some())
        || beside_targets()
        || with_solutions()
        || after_targets()
        || handed_out()
}

/// The most tokens from a count of a plan's targets or parts to the
/// count of its tasks after it ("5 mục tiêu phát triển, 9 nhiệm vụ").
const OUTLINE_LIST_REACH: usize = 9;

/// The most words between a plan's tasks and whom they are handed to.
const OUTLINE_REACH: usize = 6;

/// The count noun at `k` and the token after it, unless its last word
/// makes another word with the next: none then ("tổ chức", "khu vực", "xã
/// hội"), or a shorter noun counts ("tuyến đường sắt" counts "tuyến").
fn count_noun_at(toks: &[Tok<'_>], k: usize) -> Option<(&'static str, usize)> {
    let (noun, after) = any_at(toks, k, COUNT_NOUNS)?;
    let next_is = |tail: &str| toks.get(after).is_some_and(|t| t.is_word(tail));
    if lexicon::COUNT_NOUN_LOOKALIKES
        .iter()
        .any(|&(head, tail)| head == noun && next_is(tail))
    {
        return None;
    }
    let noun = lexicon::COUNT_NOUNS_CUT_SHORT
        .iter()
        .find(|&&(n, tail, _)| n == noun && next_is(tail))
        .map_or(noun, |&(_, _, short)| short);
    Some((noun, after))
}

/// The unit a measure gives, as printed ("héc ta" gives "ha", "mw" gives
/// "MW").
fn measure_name(printed: &'static str) -> &'static str {
    lexicon::MEASURE_NAMES
        .iter()
        .find(|(p, _)| *p == printed)
        .map_or(printed, |(_, unit)| *unit)
}

/// A count written in words from token `first`, its noun from `noun_at` up
/// to `next`.
fn counted(
    value: f64,
    unit: Cow<'static, str>,
    first: usize,
    noun_at: usize,
    next: usize,
) -> Quantity {
    Quantity {
        value,
        value_max: None,
        achieved: None,
        unit,
        class: UnitClass::Count,
        per: None,
        first,
        last: next - 1,
        noun_start: Some(noun_at),
        own_bound: None,
        frac_digits: 0,
    }
}

/// Reads a bare number ending an item as a figure in the unit of `like`,
/// the list's first figure ("150 đảng viên mới; Hội An 110; Điện Bàn 90",
/// "5.697 thanh niên (Quân đội 4.950, Công an 747)"): an allocation list
/// names its unit once.
pub(crate) fn read_elided_at(toks: &[Tok<'_>], i: usize, like: &Quantity) -> Option<Quantity> {
    let t = toks.get(i)?;
    let prev = toks.get(i.checked_sub(1)?)?;
    let ends_item = toks.get(i + 1).is_none_or(|n| {
        n.is_punct(';') || n.is_punct('.') || n.is_punct(',') || n.is_punct(')') || n.is_punct('(')
    });
    if t.kind != Kind::Num
        || is_year(t)
        || prev.kind != Kind::Word
        || ordinal_before(toks, i)
        || !ends_item
    {
        return None;
    }
    Some(Quantity {
        value: t.value?,
        value_max: None,
        achieved: None,
        unit: like.unit.clone(),
        class: like.class,
        per: like.per.clone(),
        first: i,
        last: i,
        noun_start: None,
        own_bound: None,
        frac_digits: t.frac_digits(),
    })
}

/// How many tokens before a bare number the '/' of the indicator naming
/// its count may stand: the population and a verb with its comparator
/// ("/vạn dân đạt ít nhất là 260").
const RATED_INDICATOR_GAP: usize = 9;
/// How many words the counted noun phrase of such an indicator may have.
const RATED_INDICATOR_WORDS: usize = 6;

/// Reads a bare number at `i`, ending its item, as a count per people when
/// the indicator before it names both ("số sinh viên đại học/vạn dân đạt
/// ít nhất là 260", "Số bác sĩ/vạn dân: 19"): the unit is the noun counted
/// after "số", the denominator the population after '/'. `s` is where the
/// sentence starts.
pub(crate) fn read_rated_indicator_at(toks: &[Tok<'_>], i: usize, s: usize) -> Option<Quantity> {
    let t = toks.get(i)?;
    let ends_item = toks
        .get(i + 1)
        .is_none_or(|n| n.kind == Kind::Punct && !n.is_punct('/') && !n.is_punct('%'));
    if t.kind != Kind::Num || is_year(t) || !ends_item {
        return None;
    }
    // Back over the verb and comparator words to the population's end.
    let floor = i.saturating_sub(RATED_INDICATOR_GAP + 1).max(s);
    let (slash, per) = (floor..i).rev().find_map(|j| {
        let (per, end) = glued_punct(toks, j, '/')
            .then(|| per_population(toks, j + 1))
            .flatten()?;
        let only_words_to_number =
            (end..i).all(|k| toks[k].kind == Kind::Word || toks[k].is_punct(':'));
        only_words_to_number.then_some((j, per))
    })?;
    let opens = (slash.saturating_sub(RATED_INDICATOR_WORDS + 1).max(s)..slash)
        .rev()
        .take_while(|&k| toks[k].kind == Kind::Word)
        .find(|&k| toks[k].is_word(lexicon::NUMBER_OF))?;
    let noun_at = opens + 1;
    let noun = any_at(toks, noun_at, COUNT_NOUNS)
        .filter(|&(_, end)| end <= slash)
        .map(|(n, _)| Cow::Borrowed(n))
        .or_else(|| {
            person_noun(toks, noun_at)
                .filter(|&end| end <= slash)
                .map(|_| Cow::Owned(spaced(&toks[noun_at].low, &toks[noun_at + 1].low)))
        })?;
    Some(Quantity {
        value: t.value?,
        value_max: None,
        achieved: None,
        unit: noun,
        class: UnitClass::Count,
        per: Some(per),
        first: i,
        last: i,
        noun_start: None,
        own_bound: None,
        frac_digits: t.frac_digits(),
    })
}

/// A number of one to three digits at `i` followed by groups of three
/// digits, each after a space ("1 200", "1 020 000"): its value and the
/// token after its last group. A number right after another is left alone,
/// as is a group with a decimal comma or a dot, or on a new line.
fn spaced_thousands(toks: &[Tok<'_>], i: usize) -> Option<(f64, usize)> {
    let digits = |t: &Tok<'_>, max: usize| {
        t.kind == Kind::Num
            && (1..=max).contains(&t.raw.len())
            && t.raw.bytes().all(|b| b.is_ascii_digit())
    };
    let group = |t: &Tok<'_>| !t.glued && !t.line_start && t.raw.len() == 3 && digits(t, 3);
    let head = &toks[i];
    if !digits(head, 3) || i.checked_sub(1).is_some_and(|p| toks[p].kind == Kind::Num) {
        return None;
    }
    let mut value = head.value?;
    let mut j = i + 1;
    while let Some(g) = toks.get(j).filter(|g| group(g)) {
        value = value * 1000.0 + g.value?;
        j += 1;
    }
    (j > i + 1).then_some((value, j))
}

/// The most tokens between "hai con số" and the figures that state it.
const DIGITS_STATED_REACH: usize = 3;

/// Whether a figure follows "hai con số" ending before `after`, with no
/// punctuation between ("đạt hai con số từ 10 - 10,5%"): it states the
/// growth, and the words only describe it. A year is no such figure ("2
/// con số trong năm 2025").
fn figures_follow(toks: &[Tok<'_>], after: usize) -> bool {
    toks.iter()
        .skip(after)
        .take(DIGITS_STATED_REACH)
        .take_while(|t| t.kind != Kind::Punct)
        .any(|t| t.kind == Kind::Num && !is_year(t))
}

fn double_digits(first: usize, last: usize) -> Quantity {
    Quantity {
        value: 10.0,
        value_max: None,
        achieved: None,
        unit: "%".into(),
        class: UnitClass::Percent,
        per: None,
        first,
        last,
        noun_start: None,
        own_bound: Some(Bound::AtLeast),
        frac_digits: 0,
    }
}

fn glued_punct(toks: &[Tok<'_>], j: usize, c: char) -> bool {
    toks.get(j).is_some_and(|t| t.glued && t.is_punct(c))
}

/// Whether a number token is written as a year ("2025"): four digits, no
/// decimal comma ("22,4" is no year), in a plausible range.
pub(crate) fn is_year(t: &Tok<'_>) -> bool {
    t.raw.len() == 4
        && t.raw.bytes().all(|b| b.is_ascii_digit())
        && t.value.is_some_and(|v| (1900.0..2200.0).contains(&v))
}

/// "d/m/y", "d/m" followed by a year-ish part, "hh:mm", "d-m-y".
fn is_date_like(toks: &[Tok<'_>], i: usize) -> bool {
    let sep = |k: usize| {
        toks.get(k)
            .is_some_and(|t| t.glued && (t.is_punct('/') || t.is_punct(':') || t.is_punct('-')))
    };
    let num = |k: usize| toks.get(k).is_some_and(|t| t.kind == Kind::Num && t.glued);
    // The minutes of "14:30".
    if i >= 2
        && toks[i].glued
        && toks[i - 1].glued
        && toks[i - 1].is_punct(':')
        && toks[i - 2].kind == Kind::Num
    {
        return true;
    }
    if sep(i + 1) && num(i + 2) && sep(i + 3) && num(i + 4) {
        return true;
    }
    toks.get(i + 1).is_some_and(|t| t.glued && t.is_punct(':')) && num(i + 2)
}

/// The second number of a range at `j`: "- 7", "– 7", "đến 7", "tới 7".
fn range_end(toks: &[Tok<'_>], j: usize) -> Option<(f64, usize)> {
    let t = toks.get(j)?;
    let is_sep = t.is_dash() || any_at(toks, j, lexicon::RANGE_WORDS).is_some();
    if !is_sep {
        return None;
    }
    let n = toks.get(j + 1)?;
    if n.kind != Kind::Num || is_date_like(toks, j + 1) {
        return None;
    }
    let value = n
        .value
        .or_else(|| dot_decimal(toks, j + 1).map(|(v, _)| v))?;
    Some((value, j + 2))
}

/// The end of a range opened by "từ" at `i - 1` whose two-word noun at
/// `j`, which no list knows, is printed again after its end ("từ 20 bến
/// cảng đến 24 bến cảng"): the end's value, the noun and the token past it.
fn noun_range(toks: &[Tok<'_>], i: usize, j: usize) -> Option<(f64, Unit, usize)> {
    if i == 0 || !toks[i - 1].is_word(lexicon::FROM) {
        return None;
    }
    let noun = shaped_noun(toks, j)?;
    let (v2, after) = range_end(toks, noun.next)?;
    let words = noun.next - j;
    (0..words)
        .all(|k| {
            toks.get(after + k)
                .is_some_and(|t| t.kind == Kind::Word && t.low == toks[j + k].low)
        })
        .then(|| (v2, noun, after + words))
}

/// Whether a third figure follows a range's end at `after`, past its unit
/// and a dash ("lần lượt chiếm 10% - 60,5% - 29,5%"): a list of figures,
/// which no range is.
fn chained(toks: &[Tok<'_>], after: usize) -> bool {
    let next = read_unit(toks, after).map_or(after, |u| u.next);
    range_end(toks, next).is_some() && toks.get(next).is_some_and(|t| t.is_dash())
}

/// How many words before a bare "lượt" may name its visitors.
const VISITORS_REACH: usize = 6;

/// Whether the words right before the number ending at `j - 1` name
/// those whose visits "lượt" counts ("khách quốc tế 320.000 lượt",
/// "tổng lượng khách du lịch đạt 5.250.000 lượt"): no page counts its
/// readers so. The number may end a range ("lượng hành khách đạt từ
/// 150.000-200.000 lượt").
fn visitors_named(toks: &[Tok<'_>], j: usize) -> bool {
    let mut first = j.saturating_sub(1);
    if first >= 2
        && (toks[first - 1].is_dash() || any_at(toks, first - 1, lexicon::RANGE_WORDS).is_some())
        && toks[first - 2].kind == Kind::Num
    {
        first -= 2;
    }
    (first.saturating_sub(VISITORS_REACH)..first)
        .rev()
        .take_while(|&k| toks[k].kind == Kind::Word)
        .any(|k| toks[k].is_word(lexicon::VISITORS))
}

/// A unit starting at token `j`.
fn read_unit(toks: &[Tok<'_>], j: usize) -> Option<Unit> {
    let t = toks.get(j)?;
    if t.is_punct('%') {
        // "%0" is per mille, and so is "%o" ("0,01%o").
        if toks
            .get(j + 1)
            .is_some_and(|n| n.glued && (n.raw == "0" || n.raw == "o"))
        {
            return Some(simple("‰", UnitClass::Percent, j + 2));
        }
        return Some(simple("%", UnitClass::Percent, j + 1));
    }
    if t.is_punct('‰') {
        return Some(simple("‰", UnitClass::Percent, j + 1));
    }
    // "0,3 0/00": per mille written apart from its number.
    if t.kind == Kind::Num
        && t.raw == "0"
        && glued_punct(toks, j + 1, '/')
        && toks.get(j + 2).is_some_and(|n| n.glued && n.raw == "00")
    {
        return Some(simple("‰", UnitClass::Percent, j + 3));
    }
    if let Some(after) = phrase_at(toks, j, lexicon::PER_CENT) {
        return Some(simple("%", UnitClass::Percent, after));
    }
    if let Some(after) = phrase_at(toks, j, lexicon::PER_MILLE) {
        return Some(simple("‰", UnitClass::Percent, after));
    }
    // "30 “Mái ấm tình thương”": a count noun in quotes, as a name.
    if t.is_punct('“') || t.is_punct('"') {
        let unit = read_unit(toks, j + 1).filter(|u| u.class == UnitClass::Count)?;
        let closed = toks
            .get(unit.next)
            .is_some_and(|c| c.is_punct('”') || c.is_punct('"'));
        return Some(Unit {
            next: unit.next + usize::from(closed),
            ..unit
        });
    }
    if t.kind != Kind::Word {
        return None;
    }
    // "tỷ lệ", "tỷ trọng", "tỷ suất" are nouns, not the scale "tỷ".
    let noun_not_scale = toks
        .get(j + 1)
        .is_some_and(|n| lexicon::TY_NOUNS.contains(&n.low.as_ref()));
    let (scale, k) = match any_at(toks, j, SCALES).filter(|_| !noun_not_scale) {
        Some((s, after)) => {
            let normal = lexicon::SCALE_SPELLINGS
                .iter()
                .find(|(spelt, _)| *spelt == s)
                .map_or(s, |(_, n)| *n);
            (Some(normal), after)
        }
        None => (None, j),
    };
    let with_scale = |name: Cow<'static, str>| match scale {
        Some(s) => Cow::Owned(spaced(s, &name)),
        None => name,
    };
    // "15 HTX", "500 DN", "1 triệu DN": a count noun abbreviated, as
    // printed.
    if let Some(abbr) = abbreviated_noun(toks, k) {
        return Some(Unit {
            name: with_scale(Cow::Borrowed(abbr)),
            class: UnitClass::Count,
            next: k + 1,
            noun_start: Some(k),
        });
    }
    // "đồng chí", "đồng bào": compounds of "đồng" that are not money; the
    // count nouns below may know them ("62.000 đồng chí").
    let money = any_at(toks, k, CURRENCY_NAMES).filter(|&(printed, after)| {
        printed != lexicon::DONG
            || !toks
                .get(after)
                .is_some_and(|n| DONG_COMPOUNDS.contains(&n.low.as_ref()))
    });
    if let Some((printed, after)) = money {
        let norm = super::lexicon::money_unit(
            super::lexicon::currency_code(printed).unwrap_or(lexicon::CURRENCIES_DEFAULT),
        );
        // A lone "đ" must be glued or be the whole word ("tỷ.đ", "500 đ").
        return Some(simple(with_scale(norm.into()), UnitClass::Money, after));
    }
    if let Some((m, after)) = any_at(toks, k, MEASURES).filter(|&(m, after)| {
        !lexicon::MEASURE_LOOKALIKES
            .iter()
            .any(|&(head, tail)| head == m && toks.get(after).is_some_and(|t| t.is_word(tail)))
    }) {
        return Some(simple(
            with_scale(measure_name(m).into()),
            UnitClass::Measure,
            after,
        ));
    }
    // Count nouns, optionally after "số" ("380 số hộ nghèo").
    let noun_at = if toks.get(k).is_some_and(|t| t.is_word(lexicon::NUMBER_OF)) {
        k + 1
    } else {
        k
    };
    if plan_outline(toks, noun_at) || provinces_where(toks, j, noun_at) || counts_the_owner(toks, j)
    {
        return None;
    }
    if let Some((noun, after)) = lexicon::RATED_NOUNS
        .iter()
        .find_map(|&n| phrase_at(toks, noun_at, n).map(|after| (n, after)))
        .filter(|&(_, after)| {
            toks.get(after).is_some_and(|t| t.is_punct('/'))
                && toks.get(after + 1).is_some_and(|t| t.kind == Kind::Word)
                || criteria_reached(toks, j)
        })
    {
        return Some(Unit {
            name: Cow::Borrowed(noun),
            class: UnitClass::Count,
            next: after,
            noun_start: Some(noun_at),
        });
    }
    if let Some((noun, mut after)) =
        count_noun_at(toks, noun_at).or_else(|| person_noun(toks, noun_at).map(|after| ("", after)))
    {
        let mut name = if noun.is_empty() {
            Cow::Owned(spaced(&toks[noun_at].low, &toks[noun_at + 1].low))
        } else {
            Cow::Borrowed(noun)
        };
        // "2.000 lượt học viên": visits of those a count noun names; "50
        // cơ sở khách sạn": establishments of a kind a count noun names.
        if (noun == lexicon::VISITS || noun == lexicon::ESTABLISHMENTS)
            && let Some((counted, end)) = any_at(toks, after, COUNT_NOUNS)
                .filter(|(n, _)| *n != noun)
                .or_else(|| {
                    (noun == lexicon::VISITS)
                        .then(|| person_noun(toks, after).map(|end| ("", end)))
                        .flatten()
                })
        {
            let counted = if counted.is_empty() {
                Cow::Owned(spaced(&toks[after].low, &toks[after + 1].low))
            } else {
                Cow::Borrowed(counted)
            };
            name = Cow::Owned(spaced(noun, &counted));
            after = end;
        } else if noun == lexicon::VISITS
            && (scale.is_none()
                && !(j >= 2 && toks[j - 2].is_word(lexicon::REACH))
                && !visitors_named(toks, j)
                || toks
                    .get(after)
                    .is_some_and(|t| lexicon::PAGE_COUNTERS.contains(&t.low.as_ref())))
        {
            // "3 triệu lượt", "khách quốc tế đạt 450.000 lượt": visits
            // counted by a scale or reached; a page's counter ("516 lượt",
            // "1.024 lượt xem") is none.
            return None;
        }
        // "thôn, làng", "xã, phường, thị trấn": count nouns joined by commas
        // make one unit when they end the phrase, or after a count of a
        // whole ("12/15 xã, phường đạt chuẩn") or as administrative units
        // when what follows says what they do; before a name ("12/15 xã,
        // phường Tân An") the second noun is the name's. Three or more ("50 câu lạc bộ, đội, nhóm
        // khởi nghiệp") are a list of kinds whatever follows.
        let of_whole = j >= 2
            && toks.get(j - 2).is_some_and(|t| t.is_punct('/'))
            && toks.get(j - 1).is_some_and(|t| t.kind == Kind::Num);
        let noun = name.clone();
        let mut end = after;
        let mut names: Option<String> = None;
        let mut joined = 1;
        // Administrative units joined ("40 thôn, bản đạt chuẩn") are one
        // kind of place whatever follows; other kinds joined as two ("50
        // doanh nghiệp, hợp tác xã do thanh niên làm chủ") may be a list.
        let administrative =
            |n: &str| lexicon::ADMINISTRATIVE_UNITS.contains(&n.rsplit(' ').next().unwrap_or(n));
        let mut places = administrative(&noun);
        while toks.get(end).is_some_and(|c| c.is_punct(','))
            && let Some((more, next)) = any_at(toks, end + 1, COUNT_NOUNS).or_else(|| {
                let t = toks.get(end + 1)?;
                lexicon::JOINED_KINDS
                    .iter()
                    .find(|w| t.low == **w)
                    .map(|w| (*w, end + 2))
            })
        {
            end = next;
            joined += 1;
            places &= administrative(more);
            let names = names.get_or_insert_with(|| noun.to_string());
            names.push_str(", ");
            names.push_str(more);
            // "10 công viên, vườn hoa và trồng mới ...": "và" ends them too.
            // A ':' does not: it labels the figure after it ("500.000 lượt
            // khách, khách nội địa: 3.700.000 lượt khách").
            let ends = toks.get(end).is_none_or(|t| {
                t.kind == Kind::Punct && !t.is_punct(':')
                    || t.is_word(lexicon::AND)
                    || (of_whole || joined >= 3 || places)
                        && t.kind == Kind::Word
                        && !t.raw.starts_with(char::is_uppercase)
            });
            if ends {
                after = end;
                name = Cow::Owned(names.clone());
            }
        }
        // "đảng viên mới": the adjective belongs to the noun.
        if toks.get(after).is_some_and(|t| t.is_word(lexicon::NEW)) {
            after += 1;
        }
        return Some(Unit {
            name: with_scale(name),
            class: UnitClass::Count,
            next: after,
            noun_start: Some(k),
        });
    }
    // "hơn 17 triệu dân": a scale before "dân" counts the inhabitants.
    if let Some(s) = scale
        && toks.get(k).is_some_and(|t| t.is_word(lexicon::INHABITANTS))
    {
        return Some(simple(
            spaced(s, lexicon::INHABITANTS),
            UnitClass::Count,
            k + 1,
        ));
    }
    // "230 triệu/ha/năm": a bare scale with a denominator counts money.
    let per_follows = toks.get(k).is_some_and(|t| t.is_punct('/'))
        && toks.get(k + 1).is_some_and(|t| t.kind == Kind::Word);
    // "Thu nhập bình quân đầu người đạt 72 triệu;": a bare millions or
    // billions closing the figure counts money, which is dong; so does one
    // before "và" ("thu 450 tỷ và chi 300 tỷ").
    let closes = toks
        .get(k)
        .is_none_or(|t| t.kind == Kind::Punct || t.is_word(lexicon::AND));
    scale.map(|s| {
        if per_follows || closes && lexicon::BARE_MONEY_SCALES.contains(&s) {
            simple(spaced(s, lexicon::DONG), UnitClass::Money, k)
        } else {
            simple(s, UnitClass::Money, k)
        }
    })
}

/// A count noun the lexicon lacks, known by its place: right after a verb
/// that makes or serves what it counts, under a goal cue ("phấn đấu ...
/// lắp mới 420 bóng đèn"), or after a floor or a ceiling ("ít nhất 5 di
/// tích được xếp hạng", "không dưới 1.500 đồng chí", "từ 20 HCV trở
/// lên"), a number counts what follows it. A bare
/// number before unknown words ("3 đột phá", "Quốc lộ 1A") stays no
/// quantity, and so does one a rounding comparator tells ("hơn 10.000
/// khán giả", "trên 5.000 cán bộ tham dự") or one that qualifies a noun
/// ("xã dưới 15 tiêu chí").
fn bounded_noun(toks: &[Tok<'_>], i: usize, j: usize) -> Option<Unit> {
    if i == 0 {
        return None;
    }
    // "Phấn đấu ... tổ chức 3 lễ hội truyền thống": right after a verb that
    // makes or serves what it counts, under a goal cue, a number counts the
    // verb's object; a report of what was held ("Huyện tổ chức 12 hội nghị")
    // names a noun the lexicon knows or counts nothing. A noun the lexicon
    // starts ("lượt tàu") is its to read.
    // "xây dựng mới 100 sân chơi", "đào tạo thêm 50 y tá": an adverb of new
    // or more may stand between the verb and the number.
    let counting_verb_ending_at = |end: usize| {
        (end > 0 && toks[end - 1].ends & lexicon::COUNTING_VERBS.bit != 0)
            .then(|| lexicon::any_ending_at(toks, end, lexicon::COUNTING_VERBS))
            .flatten()
    };
    let adverb = toks[i - 1].is_word(lexicon::NEW) || toks[i - 1].is_word(lexicon::MORE);
    if let Some(verb) = counting_verb_ending_at(i)
        .or_else(|| adverb.then(|| counting_verb_ending_at(i - 1)).flatten())
    {
        let set_by_goal = (verb.saturating_sub(GOVERNED_REACH)..verb)
            .rev()
            .take_while(|&k| !toks[k].is_punct('.'))
            .any(|k| toks[k].starts & lexicon::TARGET_CUES.bit != 0);
        let known = toks.get(j).is_some_and(|t| t.starts & COUNT_NOUNS.bit != 0);
        return (set_by_goal && !known)
            .then(|| shaped_noun(toks, j))
            .flatten();
    }
    // Most numbers with no unit (years, dates, codes) follow no word of a
    // modifier chain, which holds every comparator and "từ": the tag says so
    // without a comparison.
    if toks[i - 1].ends & lexicon::CHAIN.bit == 0 {
        return None;
    }
    let compared = lexicon::floor_or_cap_ending_at(toks, i);
    let from = i > 0 && toks[i - 1].is_word(lexicon::FROM);
    if !(compared || from) {
        return None;
    }
    shaped_noun(toks, j).filter(|u| !from || phrase_at(toks, u.next, lexicon::OR_MORE).is_some())
}

/// Tokens before a counting verb a goal cue may govern it from.
const GOVERNED_REACH: usize = 24;

/// Tokens a measure may stand before the unit that counts after it.
const MEASURE_REACH: usize = 16;

/// A span of time or an index's points at `j`, counted after the measure
/// named before the number at `i` (see [`after_its_measure`]).
fn measured_unit(toks: &[Tok<'_>], i: usize, j: usize) -> Option<Unit> {
    after_its_measure(toks, i, j, &lexicon::DURATIONS)
        .or_else(|| after_its_measure(toks, i, j, &lexicon::INDEX_SCORES))
}

/// A unit at `j` that counts only after its measure, named earlier in the
/// clause with words of what it measures between: a span of time a target
/// sets ("thời gian chờ khám bệnh dưới 60 phút", "số năm sống khỏe mạnh tối
/// thiểu 68 năm"), not a while of the text ("trong thời gian 5 năm tới",
/// "có trên 5 năm công tác") or a time of day; the points or the ranks of
/// an index ("Chỉ số PCI đạt từ 70 điểm trở lên", "tăng ít nhất 3 bậc"),
/// not a mark in an exam or a place on a map.
fn after_its_measure(
    toks: &[Tok<'_>],
    i: usize,
    j: usize,
    measured: &lexicon::MeasuredUnits,
) -> Option<Unit> {
    toks.get(j).filter(|t| t.kind == Kind::Word)?;
    let (unit, end) = measured
        .units
        .iter()
        .find_map(|u| phrase_at(toks, j, u).map(|end| (*u, end)))?;
    // A time of day ("từ 7 giờ 30 đến 17 giờ") is no span; "từ 2,5 ngày
    // trở lên" is, and so is the span a change starts from ("từ 400 ngày
    // xuống 300 ngày").
    let clock = toks.get(end).is_some_and(|n| n.kind == Kind::Num);
    let from = i > 0 && toks[i - 1].is_word(lexicon::FROM);
    if clock
        || from && !starts_a_change(toks, end) && phrase_at(toks, end, lexicon::OR_MORE).is_none()
    {
        return None;
    }
    let names_measure = |k: usize| {
        measured
            .measures
            .iter()
            .any(|m| phrase_at(toks, k, m).is_some_and(|end| end < i))
    };
    let mut lowest = i.saturating_sub(MEASURE_REACH);
    let mut k = i;
    let mut in_series = false;
    while k > lowest {
        k -= 1;
        // An abbreviation in parentheses names what is measured ("Thời gian
        // mất điện bình quân (SAIDI) không quá 300 phút/năm", "Chỉ số ...
        // (PAPI) đạt trên 45 điểm"); it does not count against the reach.
        if toks[k].is_punct(')') {
            match (k.saturating_sub(ASIDE_WORDS + 1).max(lowest)..k)
                .rev()
                .find(|&p| toks[p].is_punct('('))
            {
                Some(p) if (p + 1..k).all(|m| toks[m].kind == Kind::Word) => {
                    if (p + 1..k).any(names_measure) {
                        return Some(simple(unit, UnitClass::Measure, end));
                    }
                    lowest = lowest.saturating_sub(k - p + 1);
                    k = p;
                    continue;
                }
                _ => return None,
            }
        }
        // A year of the measure ("Chỉ số PCI năm 2024 đạt 67,5 điểm") and,
        // for the units that allow it, the figures and the commas of a
        // series on one measure ("đạt 87,4 điểm, chưa đạt mục tiêu 88
        // điểm") go between.
        // A comma right after a figure in the same unit goes on a series
        // for any unit ("không quá 48 giờ, hàng xuất khẩu không quá 24
        // giờ"), past its figure.
        let series = toks[k].is_punct(',')
            && lexicon::phrase_ending_at(toks, k, unit)
                .is_some_and(|st| st > 0 && toks[st - 1].kind == Kind::Num);
        // An earlier figure in the unit itself ("từ 400 ngày xuống 300
        // ngày trong năm 2017 và dưới 200 ngày") goes on the series too.
        // (Not the start of a time of day: "từ 7 giờ đến 17 giờ".)
        let earlier = toks[k].kind == Kind::Num
            && phrase_at(toks, k + 1, unit).is_some_and(|e| {
                !(k > 0 && toks[k - 1].is_word(lexicon::FROM)) || starts_a_change(toks, e)
            });
        if series || earlier {
            // The earlier figure's measure is named within its own reach.
            in_series = true;
            lowest = k.saturating_sub(MEASURE_REACH);
        }
        let passable = toks[k].kind == Kind::Num
            && (is_year(&toks[k]) || measured.across_commas || in_series)
            || (measured.across_commas || series) && toks[k].is_punct(',');
        // A bound's sign goes between as its words do ("số năm sống khỏe
        // mạnh ≥ 68 năm").
        let sign = lexicon::BOUND_SIGNS.iter().any(|&c| toks[k].is_punct(c));
        if passable || sign {
            continue;
        }
        if toks[k].kind != Kind::Word {
            return None;
        }
        if names_measure(k) {
            return Some(simple(unit, UnitClass::Measure, end));
        }
    }
    None
}

/// Emissions brought to zero ("phát thải ròng bằng 0 vào năm 2050",
/// "đưa phát thải ròng về 0"): the net-zero goal, a value in no unit.
fn net_zero(toks: &[Tok<'_>], i: usize, j: usize) -> Option<Unit> {
    let head = i.checked_sub(1)?;
    if toks[i].value != Some(0.0) || !lexicon::TO_ZERO.contains(&toks[head].low.as_ref()) {
        return None;
    }
    (head.saturating_sub(NET_ZERO_REACH)..head)
        .any(|k| phrase_at(toks, k, lexicon::EMISSIONS).is_some())
        .then(|| simple("", UnitClass::Measure, j))
}

/// The most words between "phát thải" and the "bằng 0" it is brought to
/// ("phát thải khí nhà kính ròng bằng 0").
const NET_ZERO_REACH: usize = 6;

/// A number with no unit that an index or a ratio named before it takes
/// ("chỉ số HDI đạt trên 0,85", "hệ số ICOR ... xuống còn 4,5", "tuổi thọ
/// trung bình 75,5"): the quantity is the index's value, in no unit.
/// Such values are written with decimals; a whole number there is as
/// often a score or a rank ("AQI ... là 86"). Only words, bound signs,
/// parentheses and a baseline ("từ khoảng 6 xuống còn 4,5") may stand
/// between, and the number ends its clause or goes on to "và", "trở
/// lên" or its year.
fn index_value(toks: &[Tok<'_>], i: usize, j: usize) -> Option<Unit> {
    if toks[i].frac_digits() == 0 {
        return None;
    }
    let ends = toks.get(j).is_none_or(|n| {
        n.kind == Kind::Punct && !n.is_punct('/') && !n.is_punct('%')
            || lexicon::AFTER_INDEX_VALUE.contains(&n.low.as_ref())
    });
    if !ends {
        return None;
    }
    let lowest = i.saturating_sub(MEASURE_REACH);
    for k in (lowest..i).rev() {
        let t = &toks[k];
        if t.kind == Kind::Word {
            // Not "liên hệ số điện thoại": a contact, no ratio.
            let lookalike =
                k > 0 && lexicon::INDEX_LOOKALIKE_HEADS.contains(&toks[k - 1].low.as_ref());
            if !lookalike
                && lexicon::INDEX_NAMES
                    .iter()
                    .any(|n| phrase_at(toks, k, n).is_some())
            {
                return Some(simple("", UnitClass::Measure, j));
            }
            continue;
        }
        let baseline = t.kind == Kind::Num
            && k > 0
            && (toks[k - 1].is_word(lexicon::FROM)
                || any_at(toks, k - 1, lexicon::ABOUT).is_some());
        let passable = baseline
            || t.is_punct('(')
            || t.is_punct(')')
            || lexicon::BOUND_SIGNS.iter().any(|&c| t.is_punct(c));
        if !passable {
            return None;
        }
    }
    None
}

/// Whether the words at `k` go on from a level to another ("xuống",
/// "lên"): the level before them is where a change starts.
fn starts_a_change(toks: &[Tok<'_>], k: usize) -> bool {
    toks.get(k)
        .is_some_and(|n| n.is_word(lexicon::DOWN) || n.is_word(lexicon::UP))
}

/// The most words of an aside in parentheses a measure of time may have
/// between it and its span ("(SAIDI)", "(trong đó có hoạt động thi hành
/// án dân sự)").
const ASIDE_WORDS: usize = 10;

/// The most letters of an abbreviation that counts ("HCV", "CLB", "HTX").
const ABBREVIATION_LETTERS: usize = 5;

/// A count noun by its shape at `j`: an abbreviation in capitals ("HCV"),
/// or two words in lower case that are no function word, time or verb of
/// the clause ("di tích", "đường bay", "đồng chí").
fn shaped_noun(toks: &[Tok<'_>], j: usize) -> Option<Unit> {
    let w = toks.get(j).filter(|t| t.kind == Kind::Word)?;
    let letters = w.raw.chars().count();
    if (2..=ABBREVIATION_LETTERS).contains(&letters) && w.raw.chars().all(char::is_uppercase) {
        return Some(Unit {
            name: Cow::Owned(w.raw.to_string()),
            class: UnitClass::Count,
            next: j + 1,
            noun_start: Some(j),
        });
    }
    // "ít nhất 1.000 lượt công nhân": visits of those a two-word noun
    // names, not "lượt công".
    if w.is_word(lexicon::VISITS)
        && let Some(u) = shaped_noun(toks, j + 1)
    {
        return Some(Unit {
            name: Cow::Owned(spaced(lexicon::VISITS, &u.name)),
            noun_start: Some(j),
            ..u
        });
    }
    let v = toks.get(j + 1).filter(|t| t.kind == Kind::Word)?;
    // Nor a cue ("tỉnh phấn đấu") or a place that is the clause's subject.
    let cue = lexicon::TARGET_CUES.bit | lexicon::REPORT_CUES.bit | lexicon::LEAD_INS.bit;
    let plain = |t: &Tok<'_>| {
        t.raw.chars().next().is_some_and(char::is_lowercase)
            && t.starts & cue == 0
            && !lexicon::NOT_NOUN_WORDS.contains(&t.low.as_ref())
            && !lexicon::ADMINISTRATIVE_UNITS.contains(&t.low.as_ref())
    };
    (plain(w) && plain(v)).then(|| Unit {
        name: Cow::Owned(spaced(&w.low, &v.low)),
        class: UnitClass::Count,
        next: j + 2,
        noun_start: Some(j),
    })
}

/// The count noun abbreviated at `k` ("HTX", "DN"), as printed.
fn abbreviated_noun(toks: &[Tok<'_>], k: usize) -> Option<&'static str> {
    let t = toks.get(k)?;
    lexicon::ABBREVIATED_COUNT_NOUNS
        .iter()
        .find(|&&a| t.raw == a)
        .copied()
}

/// A noun of two words naming a person by role at `k` ("hội viên", "kỹ
/// sư"): the token after it.
fn person_noun(toks: &[Tok<'_>], k: usize) -> Option<usize> {
    let (head, tail) = (toks.get(k)?, toks.get(k + 1)?);
    (head.kind == Kind::Word
        && tail.kind == Kind::Word
        && lexicon::PERSON_SUFFIXES.contains(&tail.low.as_ref()))
    .then_some(k + 2)
}

/// "`a` `b`": a scale and its unit. Not `format!`, which costs several
/// times as much, for every money quantity.
fn spaced(a: &str, b: &str) -> String {
    let mut s = String::with_capacity(a.len() + 1 + b.len());
    s.push_str(a);
    s.push(' ');
    s.push_str(b);
    s
}

fn simple(name: impl Into<Cow<'static, str>>, class: UnitClass, next: usize) -> Unit {
    Unit {
        name: name.into(),
        class,
        next,
        noun_start: None,
    }
}

/// A printed denominator: "/năm", "/người/năm", " /ha".
/// A scale of a population at token `k` ("vạn dân", "nghìn người"): the
/// denominator it names, and the token after it.
fn per_population(toks: &[Tok<'_>], k: usize) -> Option<(String, usize)> {
    let (scale, after) = any_at(toks, k, SCALES)?;
    any_at(toks, after, PER_POPULATION).map(|(people, end)| (format!("{scale} {people}"), end))
}

/// A denominator stated in words within the tokens `from..to`: "số giường
/// bệnh trên 1 vạn dân ... là 25,5 giường" and "12 bác sĩ trên 1 vạn dân"
/// are per "vạn dân".
pub(crate) fn per_in_indicator(toks: &[Tok<'_>], from: usize, to: usize) -> Option<String> {
    let index = tagger::index();
    (from..to).find_map(|k| {
        // "Số bác sĩ/vạn dân đạt 11 bác sĩ": the name's printed denominator.
        if glued_punct(toks, k, '/') {
            return per_population(toks, k + 1)
                .filter(|&(_, end)| end <= to)
                .map(|(name, _)| name);
        }
        // Every denominator in words opens on "trên" or its kin, told by
        // the word's marks.
        if toks[k].kind != Kind::Word || !index.marked(toks[k].id, mark::PER_ONE) {
            return None;
        }
        // "trên 10.000 dân": a power of ten of the people.
        if let Some(n) = toks.get(k + 1).filter(|n| n.kind == Kind::Num)
            && n.value
                .is_some_and(|v| (10.0..=100_000.0).contains(&v) && v.log10().fract() == 0.0)
            && let Some((people, end)) = any_at(toks, k + 2, PER_POPULATION)
            && end <= to
        {
            return Some(format!("{} {people}", n.raw));
        }
        // "10 người trên một vạn dân": one in words too.
        let one = toks
            .get(k + 1)
            .is_some_and(|t| t.value == Some(1.0) || t.is_word(lexicon::ONE_IN_WORDS));
        // "giá trị sản phẩm trên 1 ha đất trồng trọt": per an area.
        if one
            && let Some(area) = toks
                .get(k + 2)
                .filter(|t| k + 2 < to && lexicon::PER_AREA.contains(&t.low.as_ref()))
        {
            return Some(area.low.to_string());
        }
        // The scale's tag first: most items name no population.
        if toks.get(k + 2).is_none_or(|t| t.starts & SCALES.bit == 0) {
            return None;
        }
        per_population(toks, k + 2)
            .filter(|&(_, end)| one && end <= to)
            .map(|(name, _)| name)
    })
}

/// "15 bác sĩ và 40 giường bệnh trên 1 vạn dân", "19 bác sĩ, 3,5 dược sĩ
/// trên 10.000 dân", "10 bác sĩ và 30 giường bệnh/1 vạn dân": the
/// denominator that closes the counts joined after the one ending before
/// `from`, within `to`, is theirs too.
pub(crate) fn shared_denominator(toks: &[Tok<'_>], from: usize, to: usize) -> Option<String> {
    let joined = toks
        .get(from)
        .is_some_and(|t| t.is_punct(',') || t.is_word(lexicon::AND))
        && toks.get(from + 1).is_some_and(|t| t.kind == Kind::Num);
    if !joined {
        return None;
    }
    let end = (from + 1..to.min(from + SHARED_PER_REACH))
        .find(|&k| toks[k].kind == Kind::Punct && !toks[k].is_punct(','))
        .unwrap_or(to.min(from + SHARED_PER_REACH));
    denominator(toks, end)
        .map(|(per, _)| per)
        .or_else(|| per_in_indicator(toks, from + 1, end))
}

/// Tokens after a count the denominator it shares may close at.
const SHARED_PER_REACH: usize = 16;

/// A denominator in figures after the '/' at `j`: a power of ten and the
/// people or things it counts ("/10.000 dân", "/100 hộ gia đình") or one
/// of a scale of people ("/1 vạn dân"), and the token after it.
fn denominator(toks: &[Tok<'_>], j: usize) -> Option<(String, usize)> {
    if !glued_punct(toks, j, '/') {
        return None;
    }
    // "32,5 giường bệnh/trên 10.000 dân": "trên" (per) said again.
    let j = if toks.get(j + 1).is_some_and(|t| t.is_word(lexicon::ABOVE))
        && toks.get(j + 2).is_some_and(|n| n.kind == Kind::Num)
    {
        j + 1
    } else {
        j
    };
    let n = toks
        .get(j + 1)
        .filter(|n| n.kind == Kind::Num && (n.glued || toks[j].kind == Kind::Word))?;
    let v = n.value?;
    // "30 giường bệnh/1 vạn dân": one of a scale of people, named as in
    // words ("trên 1 vạn dân").
    if v == 1.0 {
        return per_population(toks, j + 2);
    }
    if !((10.0..=100_000.0).contains(&v) && v.log10().fract() == 0.0) {
        return None;
    }
    let (noun, end) =
        any_at(toks, j + 2, PER_POPULATION).or_else(|| any_at(toks, j + 2, COUNT_NOUNS))?;
    Some((format!("{} {noun}", n.raw), end))
}

fn read_per(toks: &[Tok<'_>], mut j: usize) -> (Option<String>, usize) {
    let mut per = String::new();
    if let Some((name, end)) = denominator(toks, j) {
        return (Some(name), end);
    }
    // "78 triệu đồng/1 người/1 năm", "lao động/mỗi năm": one of each, or
    // each, as "/người/năm" is.
    let one_or_each = |j: usize| {
        toks.get(j + 1).is_some_and(|n| {
            n.kind == Kind::Num && n.glued && n.value == Some(1.0) || n.is_word(lexicon::EACH)
        }) && toks.get(j + 2).is_some_and(|w| w.kind == Kind::Word)
    };
    while toks.get(j).is_some_and(|t| t.is_punct('/'))
        && let at = j + 1 + usize::from(one_or_each(j))
        && let Some(w) = toks.get(at).filter(|w| {
            w.kind == Kind::Word && w.low != lexicon::TOTAL && w.low != lexicon::PLAN_ABBREVIATION
        })
    {
        if !per.is_empty() {
            per.push('/');
        }
        // "bác sĩ/vạn dân": so many of a population.
        if let Some((name, end)) = per_population(toks, at) {
            per.push_str(&name);
            j = end;
            continue;
        }
        // "triệu đồng/lao động", "/hộ gia đình": a noun of several words is
        // one denominator.
        if let Some((noun, end)) =
            any_at(toks, at, COUNT_NOUNS).filter(|(noun, _)| noun.contains(' '))
        {
            per.push_str(noun);
            j = end;
            continue;
        }
        // "đồng/hội viên": a person by role, as a count noun is.
        if let Some(end) = person_noun(toks, at) {
            per.push_str(&spaced(&toks[at].low, &toks[at + 1].low));
            j = end;
            continue;
        }
        per.push_str(&w.low);
        j = at + 1;
        // "ngày-đêm"
        if toks.get(j).is_some_and(|t| t.glued && t.is_dash())
            && let Some(w2) = toks.get(j + 1).filter(|w| w.kind == Kind::Word && w.glued)
        {
            per.push('-');
            per.push_str(&w2.low);
            j += 2;
        } else if let Some(&(_, tail)) = lexicon::PER_COMPOUNDS
            .iter()
            .find(|(head, tail)| w.low == *head && toks.get(j).is_some_and(|t| t.is_word(tail)))
        {
            // "m3/ngày đêm": a day and its night, one denominator.
            per.push(' ');
            per.push_str(tail);
            j += 1;
        }
    }
    ((!per.is_empty()).then_some(per), j)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::token::tokenize;

    #[test]
    fn a_numeral_of_five_words_counts_its_noun() {
        // Four words after the first, then the noun: all of it is the number.
        let toks = tokenize("có một trăm hai mươi mốt xã đạt chuẩn");
        let q = read_words_at(&toks, 1).map(|q| (q.value, q.unit.into_owned()));
        assert_eq!(q, Some((121.0, "xã".to_string())));
    }

    fn q(text: &str) -> Option<Quantity> {
        let toks = tokenize(text);
        let i = toks.iter().position(|t| t.kind == Kind::Num)?;
        read_at(&toks, i)
    }

    #[test]
    fn a_denominator_of_several_words_is_whole() {
        let per = |text: &str| q(text).and_then(|q| q.per);
        assert_eq!(per("350 triệu đồng/lao động").as_deref(), Some("lao động"));
        assert_eq!(per("2 triệu đồng/hội viên").as_deref(), Some("hội viên"));
        assert_eq!(
            per("120 triệu đồng/hộ gia đình/năm").as_deref(),
            Some("hộ gia đình/năm")
        );
        assert_eq!(per("10 m3/ngày-đêm").as_deref(), Some("ngày-đêm"));
        assert_eq!(per("80 triệu đồng/người/năm").as_deref(), Some("người/năm"));
    }

    #[test]
    fn ranges_and_units() {
        let r = q("6,5-7%/năm").unwrap();
        assert_eq!(
            (r.value, r.value_max, r.unit.as_ref()),
            (6.5, Some(7.0), "%")
        );
        assert_eq!(r.per.as_deref(), Some("năm"));
        let r = q("4.200 - 4.600 USD").unwrap();
        assert_eq!(
            (r.value, r.value_max, r.unit.as_ref()),
            (4200.0, Some(4600.0), "USD")
        );
        let r = q("từ 150 đến 162 triệu đồng").unwrap();
        assert_eq!((r.value_max, r.unit.as_ref()), (Some(162.0), "triệu đồng"));
        // A noun no list knows, printed at both ends.
        let r = q("từ 20 bến cảng đến 24 bến cảng").unwrap();
        assert_eq!(
            (r.value, r.value_max, r.unit.as_ref()),
            (20.0, Some(24.0), "bến cảng")
        );
        assert!(q("từ 20 bến cảng đến 24 cầu tàu").is_none_or(|r| r.value_max.is_none()));
        assert_eq!(q("12 tỉ đồng").unwrap().unit, "tỷ đồng");
        assert_eq!(q("310 tỷ.đ").unwrap().unit, "tỷ đồng");
        assert_eq!(q("9 triệu VND").unwrap().unit, "triệu đồng");
        assert_eq!(q("800 đô la Mỹ").unwrap().unit, "USD");
        assert_eq!(q("48 tạ/ha").unwrap().per.as_deref(), Some("ha"));
    }

    #[test]
    fn a_bound_alone_in_parentheses_is_the_figures() {
        let r = q("1,750 tỷ USD (trở lên);").unwrap();
        assert_eq!((r.own_bound, r.last), (Some(Bound::AtLeast), 6));
        assert_eq!(q("2% (trở xuống)").unwrap().own_bound, Some(Bound::AtMost));
        // Not one that opens a remark.
        assert_eq!(q("95% (trở lên là tốt)").unwrap().own_bound, None);
    }

    #[test]
    fn per_mille() {
        let r = q("dưới 18,50/00 hằng năm").unwrap();
        assert_eq!((r.value, r.unit.as_ref()), (18.5, "‰"));
        assert_eq!(q("dưới 30/00").unwrap().value, 3.0);
        assert_eq!(q("12%0").unwrap().unit, "‰");
        let r = q("0,3 0/00 mỗi năm").unwrap();
        assert_eq!((r.value, r.unit.as_ref()), (0.3, "‰"));
    }

    #[test]
    fn pairs_and_counts_of_a_whole() {
        let r = q("12.100/10.000 tỷ đồng").unwrap();
        assert_eq!((r.value, r.achieved), (10000.0, Some(12100.0)));
        let r = q("71,4%/60%").unwrap();
        assert_eq!((r.value, r.achieved), (60.0, Some(71.4)));
        // A scale names its noun once, after the second figure.
        let r = q("2,3 triệu/3,8 triệu cây").unwrap();
        assert_eq!(
            (r.value, r.achieved, r.unit.as_ref()),
            (3.8, Some(2.3), "triệu cây")
        );
        let r = q("có 142 xã, phường, thị trấn.").unwrap();
        assert_eq!(r.unit, "xã, phường, thị trấn");
        assert_eq!(q("12 xã, thị trấn đạt chuẩn").unwrap().unit, "xã, thị trấn");
        assert_eq!(
            q("12 doanh nghiệp, hợp tác xã làm chủ").unwrap().unit,
            "doanh nghiệp"
        );
        let r = q("3/7 thôn, làng.").unwrap();
        assert_eq!(
            (r.value, r.achieved, r.unit.as_ref()),
            (3.0, None, "thôn, làng")
        );
        // A count of a whole joins its nouns before what they do, not
        // before a name.
        assert_eq!(q("12/15 xã, phường đạt chuẩn").unwrap().unit, "xã, phường");
        assert_eq!(q("12/15 xã, phường Tân An").unwrap().unit, "xã");
        let r = q("812/700 đảng viên").unwrap();
        assert_eq!((r.value, r.achieved), (700.0, Some(812.0)));
    }

    #[test]
    fn not_quantities() {
        assert!(q("ngày 20/11/2021").is_none());
        assert!(q("lúc 10:30 sáng").is_none());
        // Comrades are counted, never paid.
        assert_eq!(
            q("gồm 35 đồng chí").map(|z| z.class),
            Some(UnitClass::Count)
        );
        assert!(q("trẻ em dưới 6 tuổi").is_none());
        assert!(q("người từ 60 tuổi trở lên").is_none());
        assert!(q("lần thứ 3 hộ").is_none());
        assert!(q("trên 1 ha").is_none());
        assert_eq!(q("giảm trên 1%").unwrap().value, 1.0);
        assert!(q("năm 2030 xã").is_none());
    }

    #[test]
    fn bare_scales_before_a_denominator_or_closing_are_money() {
        let r = q("bình quân 95 triệu/người/năm").unwrap();
        assert_eq!(
            (r.unit.as_ref(), r.per.as_deref()),
            ("triệu đồng", Some("người/năm"))
        );
        // Closing the figure, a bare scale counts dong too.
        assert_eq!(q("vốn 40 tỷ, còn lại").unwrap().unit, "tỷ đồng");
        assert_eq!(q("thu nhập đạt 72 triệu;").unwrap().unit, "triệu đồng");
        // So do trillions, and a scale before "và".
        assert_eq!(q("đạt trên 1,225 triệu tỷ.").unwrap().unit, "triệu tỷ đồng");
        assert_eq!(q("thu 450 tỷ và chi 300 tỷ").unwrap().unit, "tỷ đồng");
        // Not before a word it may scale.
        assert_eq!(q("đạt 1,5 triệu vào năm 2030").unwrap().unit, "triệu");
    }

    #[test]
    fn population_denominators_are_not_quantities() {
        assert!(q("số bác sĩ trên 1 vạn dân").is_none());
        assert!(q("giường bệnh trên 1 nghìn người").is_none());
        assert!(q("số bác sĩ bình quân 1 vạn dân").is_none());
        let toks = tokenize("10 người trên một vạn dân");
        assert_eq!(
            per_in_indicator(&toks, 0, toks.len()).as_deref(),
            Some("vạn dân")
        );
        assert_eq!(
            q("giảm bình quân 1 - 1,5%/năm").unwrap().value_max,
            Some(1.5)
        );
        assert_eq!(q("sản lượng trên 1 triệu tấn").unwrap().unit, "triệu tấn");
    }

    #[test]
    fn numerals_in_words_count_nouns() {
        let toks = tokenize("có thêm một đơn vị cấp huyện đạt chuẩn");
        let z = read_words_at(&toks, 2).unwrap();
        assert_eq!((z.value, z.unit.as_ref()), (1.0, "đơn vị cấp huyện"));
        let toks = tokenize("phấn đấu ba xã đạt chuẩn kiểu mẫu");
        let z = read_words_at(&toks, 2).unwrap();
        assert_eq!((z.value, z.unit.as_ref()), (3.0, "xã"));
        // "năm" is a year far more often; people in prose are not counted.
        let toks = tokenize("trong năm xã đã làm, hai người dân");
        assert!(read_words_at(&toks, 1).is_none());
        assert!(read_words_at(&toks, 6).is_none());
    }

    #[test]
    fn multi_word_count_units() {
        let r = q("12 đơn vị cấp xã đạt chuẩn").unwrap();
        assert_eq!(r.unit, "đơn vị cấp xã");
        assert_eq!(q("2-3 xóm đạt chuẩn").unwrap().unit, "xóm");
        assert_eq!(q("hoàn thành 1.500 căn hộ").unwrap().unit, "căn hộ");
        assert_eq!(
            q("xây dựng thêm 2 cụm công nghiệp").unwrap().unit,
            "cụm công nghiệp"
        );
        // Medals and workers abbreviated.
        assert_eq!(q("giành 90 HCV").unwrap().unit, "HCV");
        assert_eq!(q("việc làm cho 49,5 triệu LĐ").unwrap().unit, "triệu LĐ");
        // Per mille in words.
        assert_eq!(q("giảm 0,2 phần nghìn mức sinh").unwrap().unit, "‰");
        // Clusters of other kinds, and household farms, count too.
        assert_eq!(q("hình thành 7 cụm liên kết ngành").unwrap().unit, "cụm");
        assert_eq!(q("có 21 gia trại chăn nuôi").unwrap().unit, "gia trại");
    }

    #[test]
    fn words() {
        let toks = tokenize("không còn hộ nghèo");
        let z = read_words_at(&toks, 0).unwrap();
        assert_eq!((z.value, z.unit.as_ref()), (0.0, "hộ"));
        let toks = tokenize("ở mức hai con số");
        let d = read_words_at(&toks, 2).unwrap();
        assert_eq!((d.value, d.own_bound), (10.0, Some(Bound::AtLeast)));
        // "chữ số" as "con số", in words or in figures.
        for text in ["tăng trưởng hai chữ số", "tăng trưởng 2 chữ số"] {
            let toks = tokenize(text);
            let d = read_words_at(&toks, 2)
                .or_else(|| read_at(&toks, 2))
                .unwrap();
            assert_eq!(
                (d.value, d.own_bound),
                (10.0, Some(Bound::AtLeast)),
                "{text}"
            );
        }
        // Two figures presented are no double digits.
        let toks = tokenize("Tổng Bí thư đưa ra hai con số khiến chúng ta suy nghĩ");
        assert!(read_words_at(&toks, 5).is_none());
    }
}
