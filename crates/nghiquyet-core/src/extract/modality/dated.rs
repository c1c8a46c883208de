//! Years read against the article's date: a year before it is the past,
//! a year after it the future, a period over or to come likewise. Where
//! the article's date is unknown, a later goal makes an earlier plain year
//! the past.

use chrono::{Datelike, NaiveDate};

use super::*;

/// What a year says of an item, against the date the article was
/// published: a year before the article's is the past, so a figure for it
/// is a result; a year after it is the future, which no report can state.
/// The article's own year says nothing: a plan for the year is set early
/// in it ("năm 2025 phấn đấu ...") and its estimate given late ("năm 2025
/// ước đạt ...", "đến năm 2020 ..." at the congress of 2020 closing the
/// term), so the cues decide.
pub(super) fn year_reading(year: i32, published: NaiveDate) -> Option<Reading> {
    match year.cmp(&published.year()) {
        std::cmp::Ordering::Less => Some(Reading::Report),
        std::cmp::Ordering::Greater => Some(Reading::Goal),
        std::cmp::Ordering::Equal => None,
    }
}

/// Whether `year` is still ahead when the article was written: after its
/// year, or after [`UNDATED_NOW`] in a text with no date. A figure for it
/// is a goal, however it is told.
pub(in crate::extract) fn year_ahead(year: i32, published: Option<NaiveDate>) -> bool {
    match published {
        Some(published) => year_reading(year, published) == Some(Reading::Goal),
        None => year > UNDATED_NOW,
    }
}

/// Whether a time frame ending in `end` is over when the article was
/// written: before its year, or up to [`UNDATED_PAST`] in a text with no
/// date. A paragraph that opens on one ("Năm 2025, ...", "Nhiệm kỳ
/// 2020-2025, ...") narrates.
pub(in crate::extract) fn frame_is_past(end: i32, published: Option<NaiveDate>) -> bool {
    match published {
        Some(published) => end < published.year(),
        None => end <= UNDATED_PAST,
    }
}

/// Whether `year` has begun when the article was written: up to its year,
/// or up to [`UNDATED_PAST`] in a text with no date. A stock taken at its
/// start is told; a floor set for a later year is a goal.
pub(super) fn year_begun(year: i32, published: Option<NaiveDate>) -> bool {
    year <= published.map_or(UNDATED_PAST, |p| p.year())
}

/// What a period says of an item, against the article's date: a period
/// over before the article's year is the past ("giai đoạn 2016-2020" in an
/// article of 2022), one that starts after it the future. A period that
/// holds the article's year is a term under way or closing at a congress
/// that reviews it and opens the next: the cues decide.
pub(super) fn period_reading(start: i32, end: i32, published: NaiveDate) -> Option<Reading> {
    let year = published.year();
    if end < year {
        Some(Reading::Report)
    } else if start > year {
        Some(Reading::Goal)
    } else {
        None
    }
}

/// A period leading the sentence at `s`, followed by a comma
/// ("Nhiệm kỳ 2015-2020, ...", "Trong giai đoạn 2021 - 2025, ..."): its
/// first and last year, and the token after the comma.
pub(in crate::extract) fn lead_period(toks: &[Tok<'_>], s: usize) -> Option<(i32, i32, usize)> {
    // Past a source told first and its comma ("Theo lãnh đạo tỉnh Sơn La,
    // giai đoạn 2020 – 2024, tỉnh ...").
    let s = if toks
        .get(s)
        .is_some_and(|t| t.is_word(lexicon::ACCORDING_TO))
    {
        (s + 1..toks.len().min(s + 1 + LEAD_IN_WORDS))
            .take_while(|&k| toks[k].kind == Kind::Word || toks[k].is_punct(','))
            .find(|&k| toks[k].is_punct(','))
            .map_or(s, |c| c + 1)
    } else {
        s
    };
    let (start, end, after) = period_at(toks, s)?;
    let comma = toks.get(after).is_some_and(|t| t.is_punct(','));
    comma.then_some((start, end, after + 1))
}

/// A period named at `s` ("giai đoạn 2021 - 2030", "cả nhiệm kỳ
/// 2020-2025"): its first and last year, and the token after it.
pub(in crate::extract) fn period_at(toks: &[Tok<'_>], s: usize) -> Option<(i32, i32, usize)> {
    let at = any_at(toks, s, lexicon::PERIOD_OPENERS).map_or(s, |(_, end)| end);
    let (_, k) = any_at(toks, at, lexicon::PERIODS)?;
    let year = |i: usize| {
        toks.get(i)
            .filter(|t| t.kind == Kind::Num && quantity::is_year(t))
            .and_then(|t| t.value)
            .map(|v| v as i32)
    };
    let (start, end) = (year(k)?, year(k + 2)?);
    let dash = toks.get(k + 1).is_some_and(|t| t.is_dash());
    (dash && start <= end).then_some((start, end, k + 3))
}

/// The dated rule: how an item reads given its year's reading, the
/// nearest cue before it, and whether a report word stands between the
/// year and the figure (asked only when it matters: it scans tokens).
/// `None` leaves the decision to the other rules.
///
/// A past year makes a report unless a goal cue governs the item (a
/// target set for a past year is still a target the article states). A
/// future year makes a goal of an item that an earlier report cue would
/// have read as a result ("Đã kết nạp ...; đến năm 2030 ..."), but not when
/// the report word comes after the year ("đến năm 2030 đã có ...").
pub(super) fn dated_reading(
    year: Option<Reading>,
    cue: Option<Reading>,
    report_after_year: impl FnOnce() -> bool,
) -> Option<Reading> {
    match (year?, cue) {
        (Reading::Report, Some(Reading::Goal)) => None,
        (Reading::Report, _) => Some(Reading::Report),
        (Reading::Goal, Some(Reading::Report)) if !report_after_year() => Some(Reading::Goal),
        (Reading::Goal, _) => None,
    }
}

/// The last year an undated text looks back on: the reader's conventions
/// read a text with no date as written late in 2025, as the team's clause
/// set is ("Năm 2025, tỷ lệ ... đạt 63%" tells what the year brought).
/// [`TargetReader::published`](crate::TargetReader::published) dates a
/// text otherwise.
const UNDATED_PAST: i32 = 2025;

/// The year a text with no date may be written in: its year is told by
/// its digits ("Năm 2026, tỷ lệ ... đạt 98,6%"); any later year is ahead.
const UNDATED_NOW: i32 = UNDATED_PAST + 1;

/// Tokens from a sentence's head year to a figure it tells of.
const MEASURED_REACH: usize = 120;
/// Tokens after such a figure that its clause is read over.
const CLAUSE_REACH: usize = 40;
/// The most words of a lead-in a head year may follow ("Theo báo cáo của
/// UBND thành phố, năm 2025 ...": seven).
const LEAD_IN_WORDS: usize = 10;
/// Punctuation a head year may follow ("- Năm 2024, ...", "+) Năm ...").
const BULLET_TOKENS: usize = 2;
/// How far before an item a word of the present may stand to make its
/// deadline one ahead.
const NOW_REACH: usize = 60;

/// Whether a word of the present stands at `k` ("hiện nay", "hiện tại",
/// "đến nay", or "hiện" that is no part of another word as in "thực
/// hiện").
fn now_at(toks: &[Tok<'_>], k: usize, s: usize) -> bool {
    if any_at(toks, k, lexicon::PRESENT).is_some() {
        return true;
    }
    toks[k].is_word(lexicon::NOW)
        && !(k > s && lexicon::NOW_LOOKALIKE_HEADS.contains(&toks[k - 1].low.as_ref()))
        && !toks
            .get(k + 1)
            .is_some_and(|n| lexicon::NOW_LOOKALIKE_TAILS.contains(&n.low.as_ref()))
}

/// Whether a number is written as measured rather than set: a share to a
/// tenth other than a half, or finer ("98,6%", "8,12%"), or a count or an
/// amount to three figures or more that end on neither 0 nor 5 ("1.286
/// đảng viên", "1,02 triệu tấn"). Goals are set in round figures ("98%",
/// "7,5%", "28.500 người").
pub(super) fn measured_digits(raw: &str, share: bool) -> bool {
    // "1.286" groups thousands; "98.6", written with a point, is a decimal.
    let (int, frac) = match raw.split_once(',') {
        Some(parts) => parts,
        None => match raw.rsplit_once('.') {
            Some((int, frac)) if frac.len() != 3 => (int, frac),
            _ => (raw, ""),
        },
    };
    if share {
        return frac.len() >= 2 || frac.len() == 1 && frac != "5" && frac != "0";
    }
    // The significant figures: from the first digit not 0 to the last.
    let mut first = None;
    let mut last = None;
    for (i, d) in int
        .bytes()
        .chain(frac.bytes())
        .filter(u8::is_ascii_digit)
        .enumerate()
    {
        if d != b'0' {
            first.get_or_insert(i);
            last = Some((i, d));
        }
    }
    match (first, last) {
        (Some(first), Some((last, d))) => last - first >= 2 && d != b'5',
        _ => false,
    }
}

/// Whether the token at `k` is a number other than a year written as
/// measured ([`measured_digits`]), a share when '%' follows it.
pub(super) fn measured_number(toks: &[Tok<'_>], k: usize) -> bool {
    let t = &toks[k];
    t.kind == Kind::Num
        && !quantity::is_year(t)
        && measured_digits(t.raw, toks.get(k + 1).is_some_and(|n| n.is_punct('%')))
}

impl Sentence<'_, '_> {
    /// Whether a cue-less figure of a plain year ("Năm 2024, ... đạt 7,1%",
    /// "năm 2020 ... là 5,6%"), or of a period leading the sentence
    /// ("Nhiệm kỳ 2020-2025, ..."), comes before a goal set for a later year in
    /// the same sentence ("...; năm 2025 phấn đấu đạt 8%"): the later goal
    /// makes the earlier year the past. A deadline ("đến năm 2025") or a
    /// threshold ("năm 2025 dưới 3%") is a milestone of the plan instead.
    pub(super) fn before_a_later_goal(&self, fig: &Figure<'_>) -> bool {
        let Figure {
            f,
            cues,
            years,
            first_main,
            ..
        } = *fig;
        let toks = self.toks;
        let q = &f.q;
        // The figure's own plain year, else a period that leads the
        // sentence ("Nhiệm kỳ 2020-2025, ... 14,2%/năm; đến năm 2030, phấn
        // đấu ..."): its last year.
        let year = match self.item_year(f, years, first_main) {
            Some(&(at, _, year)) if toks[at].is_word(lexicon::YEAR) => year,
            Some(_) => return false,
            None => match lead_period(toks, self.s) {
                Some((_, end, _)) => end,
                None => return false,
            },
        };
        if q.own_bound.is_some() {
            return false;
        }
        let later = years.iter().any(|y| y.1 > q.last && y.2 > year);
        let compared = || {
            (self.chain_start(q.first, f.item_start)..q.first)
                .any(|k| comparators_at(toks, k).next().is_some())
        };
        later && (q.last + 1..self.e).any(|k| cues.nearest[k - self.s] == Some(true)) && !compared()
    }

    /// "Đến năm 2030: 100% người lao động được tư vấn việc làm (năm 2025
    /// đạt 87%)": a figure in an aside that names a plain year of its own,
    /// earlier than a year the sentence set before the aside, is where the
    /// goal starts from, whatever cue leads the list.
    pub(super) fn baseline_in_aside(&self, fig: &Figure<'_>) -> bool {
        let toks = self.toks;
        let Some(open) = fig.f.group else {
            return false;
        };
        // "(nhiệm kỳ trước bình quân đạt 1.850 đảng viên/năm)": the past
        // the aside opens on.
        if lexicon::PAST_BASES
            .iter()
            .any(|p| phrase_at(toks, open + 1, p).is_some())
        {
            return true;
        }
        let Some(own) = (open + 1..fig.f.q.first).find_map(|k| {
            let t = &toks[k];
            (t.kind == Kind::Num && quantity::is_year(t) && toks[k - 1].is_word(lexicon::YEAR))
                .then_some(t.value)
                .flatten()
        }) else {
            return false;
        };
        fig.years.iter().any(|m| m.1 < open && f64::from(m.2) > own)
    }

    /// "Nếu đầu nhiệm kỳ, tỷ trọng nông nghiệp chiếm 45,9% thì đến năm
    /// 2025 giảm còn 36,6%", "Nếu nhiệm kỳ trước xã xây dựng được 25 km
    /// đường thì nhiệm kỳ này phấn đấu ...": the first half of a contrast
    /// tells what was, for what is or is to be to stand against. Not a
    /// goal's condition ("nếu muốn hoàn thành mục tiêu ... 10.000 USD vào
    /// năm 2030 thì ..."), which names the goal.
    pub(super) fn before_a_contrast(&self, fig: &Figure<'_>) -> bool {
        let toks = self.toks;
        let q = &fig.f.q;
        let opened = (self.s..q.first)
            .rev()
            .take_while(|&k| !toks[k].is_punct(';') && !toks[k].is_punct('.'))
            .find(|&k| {
                toks[k].is_word(lexicon::IF) && (k == self.s || toks[k - 1].kind == Kind::Punct)
            });
        opened.is_some_and(|at| (at..q.first).all(|k| toks[k].starts & TARGET_CUES.bit == 0))
            && (q.last + 1..self.e)
                .take_while(|&k| !toks[k].is_punct(';'))
                .any(|k| toks[k].is_word(lexicon::THEN))
    }

    /// "Được tính là sử dụng điện nếu thời gian sử dụng từ 15 ngày trở lên
    /// trong tháng": a figure a condition states, in a sentence that sets no
    /// goal, defines or supposes; it sets nothing.
    pub(super) fn in_a_condition(&self, fig: &Figure<'_>) -> bool {
        let toks = self.toks;
        !fig.cues.any_goal() && (self.s..fig.f.q.first).any(|k| toks[k].is_word(lexicon::IF))
    }

    /// "Năm 2025, tỷ lệ che phủ rừng đạt 54,6%. Năm 2026, phấn đấu ...",
    /// "Nhiệm kỳ 2020-2025, ... Nhiệm kỳ mới, Đảng bộ phấn đấu ...": a
    /// cue-less figure of a time frame that the next sentence moves on
    /// from to set its goal is the past. A deadline of the figure's own
    /// ("đến năm 2025") is a milestone of the plan instead.
    pub(super) fn before_a_later_term(&self, fig: &Figure<'_>) -> bool {
        self.later_term && !self.by_deadline(fig)
    }

    /// "Năm 2025, tổng sản lượng lúa toàn tỉnh đạt 1,02 triệu tấn", "Năm
    /// 2026, tỷ lệ ... đạt 98,6%; ... đạt 88%": clauses headed by a plain
    /// year that write a figure as measured ([`measured_digits`]), with no
    /// cue, modal, threshold, deadline or later year, tell what the year
    /// brought. A plan sets round figures ("Năm 2027, tuyển sinh ... cho
    /// 28.500 người"); a year after a known article date is never told.
    /// In a text with no date, a year up to [`UNDATED_PAST`] tells in
    /// round figures too ("Năm 2025, tỷ lệ ... đạt 63%").
    pub(super) fn measured_year(&self, fig: &Figure<'_>) -> bool {
        let toks = self.toks;
        let q = &fig.f.q;
        // The sentence's head year, else a plain year the figure's item
        // names before it ("Số người tham gia ... năm 2025 đạt ...").
        let own_year = || {
            self.item_year(fig.f, fig.years, fig.first_main)
                .filter(|m| {
                    m.0 >= fig.f.item_start
                        && m.1 < q.first
                        && m.1
                            .checked_sub(1)
                            .is_some_and(|k| toks[k].is_word(lexicon::YEAR))
                })
                .map(|m| (m.1, m.2))
        };
        // A period that leads the sentence and has come to its end heads it
        // as its last year does ("Nhiệm kỳ 2015-2020, ...", "Giai đoạn
        // 2021-2025, ..."); one ahead heads nothing.
        let period = || {
            lead_period(toks, self.s)
                .filter(|&(_, end, _)| year_begun(end, self.published))
                .map(|(_, end, after)| (after - 2, end))
        };
        let head_year = self.head_year();
        let head = head_year.or_else(period);
        let Some((y, year)) = head.or_else(own_year) else {
            return false;
        };
        if q.first <= y || q.first - y > MEASURED_REACH {
            return false;
        }
        // The year reaches the end of the figure's clause, unless another
        // year of an item comes first ("...; năm 2026 phấn đấu ...").
        let reach = (q.last + 1 + CLAUSE_REACH).min(self.e);
        // A year of the item's own tells only when the items after it set
        // no bound either ("Bội chi ... năm 2026 khoảng 4,2% GDP; nợ công
        // không quá 60% GDP" is a plan).
        let end = (q.last + 1..reach)
            .find(|&k| head.is_some() && toks[k].is_punct(';'))
            .unwrap_or(reach);
        let next_year = fig.years.partition_point(|m| m.1 <= y);
        // In a text with no date, a year past the one it may be written in
        // is ahead too ("Năm 2030, doanh thu đạt 102 tỷ đồng"); so is one
        // whose figure is measured against the present ("thu nhập ... năm
        // 2020 gấp 2 lần so với hiện nay").
        let against_now = || (q.last + 1..end).any(|k| lexicon::compared_with_now_at(toks, k));
        let ahead = year_ahead(year, self.published) || against_now();
        // A bound sets a goal; "hơn" rounds what a report counts ("hỗ trợ
        // hơn 86.000 lượt người"), and an age qualifies whom ("trẻ em dưới 5
        // tuổi").
        // Nor is the "1" of a denominator bounded ("trên 1 ha đất trồng trọt").
        let denominator = |k: usize| {
            toks[k].value == Some(1.0)
                && k > 0
                && lexicon::PER_ONE.contains(&toks[k - 1].low.as_ref())
        };
        // Measured against an earlier year after it ("năm 2020 đạt trên
        // 46,8 triệu đồng, tăng 16 triệu đồng so năm 2015", "gấp 1,8 lần
        // năm 2010"), "trên" rounds what came as "hơn" does.
        let against_earlier = (q.last + 1..end).any(|k| {
            quantity::is_year(&toks[k])
                && toks[k].value.is_some_and(|v| v < f64::from(year))
                && toks[k - 1].is_word(lexicon::YEAR)
        });
        let bounded = |k: usize| {
            !(toks.get(k + 1).is_some_and(|t| t.is_word(lexicon::AGE)) || denominator(k))
                && lexicon::comparators_ending_at(toks, k).any(|(_, start)| {
                    let rounds = toks[start].is_word(lexicon::MORE_THAN)
                        || against_earlier && toks[start].is_word(lexicon::ABOVE);
                    !(rounds || lexicon::gap_told_at(toks, start))
                })
        };
        // A later year in the clause may set the figure as a milestone of
        // a plan ("năm 2025 đạt 70 triệu đồng, năm 2030 đạt 120 triệu
        // đồng"); one gone by too tells a course run ("năm 2005 đạt 5.710
        // tỷ đồng, đến năm 2009 đã tăng lên 13.800 tỷ đồng").
        if fig
            .years
            .get(next_year)
            .is_some_and(|m| m.1 < end && !frame_is_past(m.2, self.published))
            || ahead
            || q.own_bound.is_some()
            || q.value_max.is_some()
            || bounded(q.first)
            || led_by_a_bound(toks, q.first, self.s)
            || self.by_deadline(fig) && !(head.is_some() && self.stock_date_head())
        {
            return false;
        }
        // The figure's own clause has no modal, keeps no level ("duy trì
        // ... ở mức 42,1%") and sets no bound; a figure of it or of a clause
        // before, under the same year, is measured.
        let clause = (y + 1..q.first)
            .rev()
            .find(|&k| toks[k].is_punct(';'))
            .unwrap_or(y);
        // Where the date is unknown, a year the reader's conventions look
        // back on is told whatever its digits, and so is a period closing
        // in it: a cue-less "Giai đoạn 2021-2025, ... đạt 1,1 triệu tỷ
        // đồng" reviews the term; its plan was set with a cue.
        // Not a year "đến" ends ("Đến cuối năm 2025, toàn tỉnh có 72 xã
        // ..."): by its end a plan is due as often as a stock is told, and
        // the digits decide.
        let by_its_end = y >= self.s + 3
            && toks[y - 3].is_word(lexicon::BY_END_HEAD)
            && self.end_of_year_at(y - 3) == Some(y - 1);
        let mut measured = self.published.is_none() && year <= UNDATED_PAST && !by_its_end;
        // A level kept is its own item's: "..., tỷ lệ che phủ rừng duy trì
        // ở mức 42,03%" keeps one of its own, not the figures before it.
        let own = |k: usize| k > clause && k <= fig.f.item_end;
        for k in y + 1..end {
            let t = &toks[k];
            if k > clause && lexicon::MODALS.contains(&t.low.as_ref())
                || own(k) && any_at(toks, k, lexicon::KEEP_VERBS).is_some()
            {
                return false;
            }
            // An indicator's code ("chỉ tiêu 19.2", "tiêu chí số 19") is no
            // figure measured.
            let code = || {
                cues::indicator_code_at(toks, k) || k > 0 && cues::indicator_code_at(toks, k - 1)
            };
            if t.kind == Kind::Num && !quantity::is_year(t) && !code() {
                if k > clause && bounded(k) {
                    return false;
                }
                let share = toks.get(k + 1).is_some_and(|n| n.is_punct('%'));
                measured |= measured_digits(t.raw, share);
            }
        }
        measured
    }

    /// "Đến 31/12/2025, toàn tỉnh có ...; số người tham gia BHYT đạt 1,48
    /// triệu người", "Tỷ lệ nợ xấu ... đến 31/10/2025 ở mức 1,85%": a figure
    /// with no cue after a day or a month of a year that is already past
    /// (before the article's date; up to [`UNDATED_PAST`] in a text with no
    /// date) is a stock or a progress told at that date. A deadline on a
    /// day ahead is a goal's ("Đến ngày 31/12/2026, 100% hồ sơ ...").
    pub(super) fn told_at_a_past_date(&self, fig: &Figure<'_>) -> bool {
        let found = fig
            .cues
            .landmarks
            .stock_date
            .get_or_init(|| self.stock_date());
        found.is_some_and(|(at, year, month)| {
            at < fig.f.q.first
                && match self.published {
                    Some(published) => (year, month) < (published.year(), published.month()),
                    None => year <= UNDATED_PAST,
                }
        })
    }

    /// "tỷ lệ hộ nghèo đầu năm 2025 là 9,12%": a figure of its item taken at
    /// the start of a year that has begun (up to the article's year; up to
    /// [`UNDATED_PAST`] in a text with no date) is a stock told, no goal.
    pub(super) fn told_at_a_year_s_start(&self, fig: &Figure<'_>) -> bool {
        let toks = self.toks;
        let first = fig.f.q.first;
        (fig.f.item_start.max(self.s)..first.saturating_sub(2)).any(|k| {
            toks[k].is_word(lexicon::START_OF)
                && toks[k + 1].is_word(lexicon::YEAR)
                && toks[k + 2].kind == Kind::Num
                && quantity::is_year(&toks[k + 2])
                && toks[k + 2]
                    .value
                    .is_some_and(|y| year_begun(y as i32, self.published))
        })
    }

    /// The first date of a day or a month with its year after "đến" ("đến
    /// 31/10/2025", "đến hết ngày 15/11/2025", "đến cuối tháng 12/2025"):
    /// its year's token, the year and the month.
    fn stock_date(&self) -> Option<(usize, i32, u32)> {
        let toks = self.toks;
        let within = |k: usize, max: f64| super::cues::whole_up_to(&toks[k], max);
        let slash = |k: usize| {
            toks.get(k).is_some_and(|t| t.is_punct('/')) && toks.get(k + 1).is_some_and(|t| t.glued)
        };
        (self.s..self.e).find_map(|k| {
            if !toks[k].is_word(lexicon::BY_END_HEAD) {
                return None;
            }
            // "đến [hết|cuối] [ngày|tháng] ...".
            let mut j = k + 1;
            if toks
                .get(j)
                .is_some_and(|t| lexicon::END_OF.contains(&t.low.as_ref()))
            {
                j += 1;
            }
            let month_named = toks.get(j).is_some_and(|t| t.is_word(lexicon::MONTH));
            if month_named
                || toks
                    .get(j)
                    .is_some_and(|t| t.is_word(lexicon::DAY_OF_MONTH))
            {
                j += 1;
            }
            if j + 2 >= self.e || !within(j, if month_named { 12.0 } else { 31.0 }) || !slash(j + 1)
            {
                return None;
            }
            let (month_at, year_at) = if month_named {
                (j, j + 2)
            } else if within(j + 2, 12.0) && slash(j + 3) {
                (j + 2, j + 4)
            } else {
                return None;
            };
            let year = toks
                .get(year_at)
                .filter(|t| year_at < self.e && quantity::is_year(t))?;
            Some((year_at, year.value? as i32, toks[month_at].value? as u32))
        })
    }

    /// The plain year heading the sentence ("Năm 2025, ...", "Trong năm
    /// 2025 ..."), past a bullet: its token and its value. So is the end
    /// of a year a stock is told at ("Đến hết năm 2024, ...", "Cuối năm
    /// 2024, ..."): see [`Sentence::stock_date_head`].
    fn head_year(&self) -> Option<(usize, i32)> {
        let toks = self.toks;
        let s = (self.s..self.e)
            .take(BULLET_TOKENS + 1)
            .find(|&k| toks[k].kind != Kind::Punct)?;
        // Or after a lead-in of words and its comma ("Theo báo cáo của UBND
        // thành phố, năm 2025 ...").
        let s = (s..self.e.min(s + LEAD_IN_WORDS + 1))
            .take_while(|&k| toks[k].kind == Kind::Word || toks[k].is_punct(','))
            .find(|&k| toks[k].is_punct(','))
            .filter(|&c| toks.get(c + 1).is_some_and(|t| t.is_word(lexicon::YEAR)))
            .map_or(s, |c| c + 1);
        let at = any_at(toks, s, lexicon::PERIOD_OPENERS)
            .map(|(_, end)| end)
            .or_else(|| self.end_of_year_at(s))
            .unwrap_or(s);
        let y = at + 1;
        let year = toks
            .get(y)
            .filter(|t| y < self.e && t.kind == Kind::Num && quantity::is_year(t))?;
        // "Năm 2026: ..." opens a list, a plan's as often as a review's.
        let listed = toks.get(y + 1).is_some_and(|t| t.is_punct(':'));
        (toks[at].is_word(lexicon::YEAR) && !listed).then_some((y, year.value? as i32))
    }

    /// Where "năm" stands after the end of a year opening at `s` ("hết
    /// năm", "đến cuối năm"), if it does.
    fn end_of_year_at(&self, s: usize) -> Option<usize> {
        let toks = self.toks;
        let end = if toks[s].is_word(lexicon::BY_END_HEAD) {
            s + 1
        } else {
            s
        };
        (end < self.e && lexicon::END_OF.contains(&toks[end].low.as_ref())).then_some(end + 1)
    }

    /// Whether the sentence opens on the end of a year ("Đến hết năm
    /// 2025, ...", "Cuối năm 2024, ..."): the date a stock is told at as
    /// often as a deadline, so figures written as measured under it are
    /// told ("Đến hết năm 2025, tỷ lệ đô thị hóa đạt 43,2%").
    fn stock_date_head(&self) -> bool {
        (self.s..self.e)
            .take(BULLET_TOKENS + 1)
            .find(|&k| self.toks[k].kind != Kind::Punct)
            .and_then(|s| self.end_of_year_at(s))
            .is_some()
    }

    /// "Hiện nay tỷ lệ ... là 68%; đến năm 2030 nâng lên 75%": where the
    /// article's date is not known, a deadline that opens an item after an
    /// earlier one told the present is ahead of it, so a plan's, unless a
    /// report word stands between the year and the figure ("đến năm 2025
    /// đã ...").
    fn ahead_of_now(&self, fig: &Figure<'_>) -> bool {
        let toks = self.toks;
        let f = fig.f;
        if fig.cue != Some(false) || !self.by_deadline(fig) {
            return false;
        }
        let Some(&(_, at, _)) = self.item_year(f, fig.years, fig.first_main) else {
            return false;
        };
        let floor = f.item_start.saturating_sub(NOW_REACH).max(self.s);
        let now_before = (floor..f.item_start).any(|k| now_at(toks, k, self.s));
        now_before && at >= f.item_start && !self.told_between(at + 1, f.q.first)
    }

    /// "đến năm 2020 tỷ lệ hộ nghèo còn 32,28%, năm 2017 là 47,24%": the
    /// level of a plain year before the deadline a figure before it is due
    /// by is the baseline the goal starts from, however the sentence's cue
    /// reads, unless bounded or set with a cue of its own.
    pub(super) fn baseline_after_a_later_goal(&self, fig: &Figure<'_>) -> bool {
        let toks = self.toks;
        let f = fig.f;
        let Some(&(start, at, year)) = self.item_year(f, fig.years, fig.first_main) else {
            return false;
        };
        let plain = toks[start].is_word(lexicon::YEAR) && at + 1 < f.q.first;
        plain
            && f.q.own_bound.is_none()
            && f.q.value_max.is_none()
            && lexicon::comparators_ending_at(toks, f.q.first)
                .next()
                .is_none()
            && (at + 1..f.q.first).all(|k| {
                toks[k].kind == Kind::Word
                    && toks[k].starts & TARGET_CUES.bit == 0
                    && !toks[k].is_word(lexicon::REACH)
            })
            && fig.years.iter().any(|&(s2, at2, y2)| {
                at2 < start
                    && y2 > year
                    && lexicon::DEADLINE_HEADS.contains(&toks[s2].low.as_ref())
                    && (at2 + 1..start)
                        .any(|k| toks[k].kind == Kind::Num && !quantity::is_year(&toks[k]))
            })
    }

    /// Whether a report cue or a report word stands in `from..to`.
    fn told_between(&self, from: usize, to: usize) -> bool {
        (from..to).any(|k| {
            any_at(self.toks, k, REPORT_CUES).is_some() || report_word(self.toks, k, self.s)
        })
    }

    /// "Năm qua, toàn xã xảy ra 6 vụ tai nạn ... HĐND xã thống nhất năm
    /// 2026 kéo giảm 5-10% số vụ ...; phạm pháp hình sự giảm ít nhất 5%":
    /// the report the sentence before carries does not reach past a year
    /// not begun when the article was written, unless the sentence tells or
    /// estimates itself ("Ước cả năm 2026, ..."): a text with no date may
    /// be written after the year.
    fn ahead_of_a_carried_report(&self, fig: &Figure<'_>) -> bool {
        let first = fig.f.q.first;
        self.carried == Some(false)
            && fig.cue == Some(false)
            && fig
                .years
                .iter()
                .any(|&(_, at, year)| at < first && !year_begun(year, self.published))
            && !self.told_between(self.s, first)
            && !(self.s..first).any(|k| any_at(self.toks, k, lexicon::ESTIMATES).is_some())
    }

    /// The dated rule for one quantity, when the article's date is known
    /// and a year is tied to its item (the year its deadline is read from).
    pub(super) fn dated(&self, fig: &Figure<'_>) -> Option<Reading> {
        let Figure {
            f,
            cue,
            years,
            first_main,
            ..
        } = *fig;
        // "... cho biết năm 2026, kim ngạch xuất khẩu tăng 12% trở lên": a
        // floor or a ceiling for a year to come is a goal's, whoever tells
        // it, dated or not.
        let floored_ahead = || {
            self.normed(fig)
                && self
                    .item_year(f, years, first_main)
                    .is_some_and(|y| !year_begun(y.2, self.published))
        };
        // (Asked dated or not, with the year read against the date: a date
        // only adds goals before it and only drops them after it.)
        if self.ahead_of_a_carried_report(fig) {
            return Some(Reading::Goal);
        }
        let Some(published) = self.published else {
            return (self.ahead_of_now(fig) || floored_ahead()).then_some(Reading::Goal);
        };
        if floored_ahead() {
            return Some(Reading::Goal);
        }
        let toks = self.toks;
        // A year of the item's own, else a period leading the sentence.
        let (reading, after) = match self.item_year(f, years, first_main) {
            Some(&(_, at, year)) => (year_reading(year, published), at + 1),
            None => {
                let (start, end, after) = lead_period(toks, self.s)?;
                (period_reading(start, end, published), after)
            }
        };
        // An estimate in the item's own words is about the future by nature:
        // a year ahead does not make a plan of it ("Dự kiến đến hết năm
        // 2026, thu nhập ... đạt ..."). One in an earlier item does not
        // reach this one ("ước đạt 7%; đến năm 2030 đạt 9%").
        let estimate_in_item = || {
            (f.item_start..f.q.first).any(|k| {
                any_ending_at(toks, k + 1, lexicon::ESTIMATES)
                    .is_some_and(|st| st >= f.item_start && estimate_reports(toks, st, k + 1))
            })
        };
        if cue == Some(false) && estimate_in_item() {
            return None;
        }
        dated_reading(reading, cue.map(Reading::of_cue), || {
            self.told_between(after, f.q.first)
        })
    }
}

/// Whether the figure at `first` is an item of a list a comparator leads
/// ("cắt giảm ít nhất: 30% thời gian ..., 30% chi phí ..."): a bound
/// sets it, as one before the figure would.
fn led_by_a_bound(toks: &[Tok<'_>], first: usize, s: usize) -> bool {
    (s..first)
        .rev()
        .take_while(|&k| !toks[k].is_punct(';'))
        .find(|&k| toks[k].is_punct(':'))
        .is_some_and(|colon| lexicon::comparators_ending_at(toks, colon).next().is_some())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::token::tokenize;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    #[test]
    fn a_year_reads_against_the_article_year() {
        let published = day(2025, 10, 14);
        assert_eq!(year_reading(2020, published), Some(Reading::Report));
        assert_eq!(year_reading(2024, published), Some(Reading::Report));
        assert_eq!(year_reading(2026, published), Some(Reading::Goal));
        assert_eq!(year_reading(2030, published), Some(Reading::Goal));
        // The article's own year: a plan for it or an estimate of it.
        assert_eq!(year_reading(2025, published), None);
        assert_eq!(year_reading(2025, day(2025, 1, 2)), None);
    }

    #[test]
    fn a_period_reads_against_the_article_year() {
        let published = day(2025, 10, 14);
        assert_eq!(period_reading(2016, 2020, published), Some(Reading::Report));
        assert_eq!(period_reading(2021, 2024, published), Some(Reading::Report));
        assert_eq!(period_reading(2026, 2030, published), Some(Reading::Goal));
        // Closing at the congress that reviews it, or opening there.
        assert_eq!(period_reading(2020, 2025, published), None);
        assert_eq!(period_reading(2025, 2030, published), None);
    }

    #[test]
    fn measured_figures_are_told_from_set_ones() {
        for (raw, share) in [
            ("98,6", true),
            ("8,12", true),
            ("0,9", true),
            ("98.6", true),
            ("1.286", false),
            ("1,02", false),
            ("239", false),
            ("2.614", false),
            ("1.245,8", false),
        ] {
            assert!(measured_digits(raw, share), "{raw}");
        }
        for (raw, share) in [
            ("98", true),
            ("7,5", true),
            ("100", true),
            ("28.500", false),
            ("12.000", false),
            ("450", false),
            ("1,65", false),
            ("64", false),
            ("5,6", false),
            ("2.350", false),
        ] {
            assert!(!measured_digits(raw, share), "{raw}");
        }
    }

    #[test]
    fn periods_that_lead_a_sentence() {
        let lead = |text: &str| lead_period(&tokenize(text), 0).map(|p| (p.0, p.1));
        assert_eq!(
            lead("Nhiệm kỳ 2015-2020, huyện đạt 18/20 chỉ tiêu"),
            Some((2015, 2020))
        );
        assert_eq!(
            lead("Trong giai đoạn 2021 - 2025, thu ngân sách tăng 9%/năm"),
            Some((2021, 2025))
        );
        // Past a source told first.
        assert_eq!(
            lead("Theo lãnh đạo Sở, giai đoạn 2019 – 2023, tỉnh đưa 900 người đi lao động"),
            Some((2019, 2023))
        );
        // Not leading, not followed by a comma, or no period at all.
        assert_eq!(
            lead("Huyện đạt 18/20 chỉ tiêu nhiệm kỳ 2015-2020, vượt"),
            None
        );
        assert_eq!(lead("Nhiệm kỳ 2015-2020 đề ra 20 chỉ tiêu"), None);
        assert_eq!(lead("Năm 2024, thu ngân sách đạt 900 tỷ đồng"), None);
    }

    #[test]
    fn a_sentence_led_by_a_period_over_reports_it() {
        let text = "Giai đoạn 2021-2025, thu nhập bình quân đầu người tăng bình quân 9%/năm.";
        assert_eq!(read(text, None), [] as [f64; 0]);
        assert_eq!(read(text, Some(day(2026, 3, 2))), [] as [f64; 0]);
        // At the congress of 2025 the closing term is left to the cues...
        assert_eq!(read(text, Some(day(2025, 10, 14))), [9.0]);
        // ...and a goal cue keeps a target set for a period now over.
        let text = "Nhiệm kỳ 2020-2025, Đảng bộ phấn đấu 95% đảng viên hoàn thành tốt nhiệm vụ.";
        assert_eq!(read(text, Some(day(2026, 3, 2))), [95.0]);
    }

    #[test]
    fn the_dated_rule_yields_to_a_goal_cue_and_to_a_later_report() {
        use Reading::{Goal, Report};
        // No year, no rule.
        assert_eq!(dated_reading(None, Some(Report), || false), None);
        assert_eq!(dated_reading(None, None, || false), None);
        // A past year: a report unless a goal cue governs.
        assert_eq!(dated_reading(Some(Report), None, || false), Some(Report));
        assert_eq!(
            dated_reading(Some(Report), Some(Report), || true),
            Some(Report)
        );
        assert_eq!(dated_reading(Some(Report), Some(Goal), || false), None);
        // A future year: a goal over a report cue before it, not after it.
        assert_eq!(
            dated_reading(Some(Goal), Some(Report), || false),
            Some(Goal)
        );
        assert_eq!(dated_reading(Some(Goal), Some(Report), || true), None);
        assert_eq!(dated_reading(Some(Goal), None, || false), None);
        assert_eq!(dated_reading(Some(Goal), Some(Goal), || false), None);
    }

    fn read(text: &str, published: Option<NaiveDate>) -> Vec<f64> {
        let text = crate::normalize(text);
        let reader = TargetReader::new(&text);
        let reader = match published {
            Some(date) => reader.published(date),
            None => reader,
        };
        reader.map(|t| t.value).collect()
    }

    #[test]
    fn a_figure_of_a_past_year_is_a_result() {
        let late = Some(day(2026, 3, 2));
        // Undated, a text is read as of late 2025: a plain year before the
        // figure is past; one after it says nothing, as it may be a deadline.
        for (text, value, undated) in [
            (
                "Năm 2024, thu ngân sách trên địa bàn đạt 900 tỷ đồng.",
                900.0,
                None,
            ),
            (
                "Thu ngân sách trên địa bàn năm 2024 đạt 900 tỷ đồng.",
                900.0,
                None,
            ),
            ("Tỷ lệ che phủ rừng đạt 46% vào năm 2023.", 46.0, Some(46.0)),
            (
                "Trong năm 2022, 93% hộ gia đình đạt danh hiệu gia đình văn hóa.",
                93.0,
                None,
            ),
        ] {
            assert_eq!(read(text, None), Vec::from_iter(undated), "{text}");
            assert_eq!(read(text, late), [] as [f64; 0], "{text}");
            // Written before that year, the same figure is a plan.
            assert_eq!(read(text, Some(day(2021, 12, 9))), [value], "{text}");
        }
        // Undated, a year after 2025 is no past: a plan sets it.
        assert_eq!(
            read(
                "Năm 2027, thu ngân sách trên địa bàn đạt 900 tỷ đồng.",
                None
            ),
            [900.0]
        );
    }

    #[test]
    fn a_goal_cue_keeps_a_target_set_for_a_past_year() {
        let late = Some(day(2026, 3, 2));
        let text = "Năm 2024, tỉnh phấn đấu thu ngân sách trên địa bàn đạt 900 tỷ đồng.";
        assert_eq!(read(text, late), [900.0]);
        let text = "Kế hoạch năm 2025 đề ra chỉ tiêu trồng mới 1.200 ha rừng.";
        assert_eq!(read(text, late), [1200.0]);
    }

    #[test]
    fn the_article_year_is_left_to_the_cues() {
        let published = Some(day(2025, 10, 14));
        // An estimate of the year, a result against the plan: reports.
        let text = "Năm 2025 ước đạt 51 triệu đồng.";
        assert_eq!(read(text, published), [] as [f64; 0]);
        let text =
            "Thu nhập bình quân đầu người năm 2025 đạt 51,2 triệu đồng, vượt mục tiêu nghị quyết.";
        assert_eq!(read(text, published), [] as [f64; 0]);
        // A plan for the year: a goal.
        let text = "Năm 2025, phấn đấu tốc độ tăng trưởng kinh tế đạt 8%.";
        assert_eq!(read(text, published), [8.0]);
    }

    #[test]
    fn a_future_year_keeps_a_goal_after_a_report() {
        let published = Some(day(2025, 10, 14));
        let text = "Nhiệm kỳ qua, Đảng bộ đã kết nạp 640 đảng viên mới; đến năm 2030, tỷ lệ hộ nghèo giảm xuống dưới 1%.";
        assert_eq!(read(text, None), [] as [f64; 0]);
        assert_eq!(read(text, published), [1.0]);
        // The report after the year is about that year: no goal.
        let text = "Đã kết nạp 640 đảng viên mới; đến năm 2030 đã có 100% xã đạt chuẩn.";
        assert_eq!(read(text, published), [] as [f64; 0]);
    }

    #[test]
    fn an_estimate_stays_an_estimate_whatever_its_year() {
        // Annotation rule 1: "dự kiến" states an expected result, not a goal,
        // even of a year after the article's.
        for text in [
            "Đến năm 2030, GRDP bình quân đầu người dự kiến đạt 6.500 USD.",
            "Dự kiến đến hết năm 2026, thu nhập bình quân đầu người đạt 82 triệu đồng.",
        ] {
            assert_eq!(read(text, None), [] as [f64; 0], "{text}");
            for date in [day(2025, 10, 14), day(2026, 11, 20), day(2027, 1, 5)] {
                assert_eq!(read(text, Some(date)), [] as [f64; 0], "{text} {date}");
            }
        }
        // An estimate of one item does not reach the next, which a year ahead
        // makes a plan.
        let text = "Năm 2025, tốc độ tăng trưởng ước đạt 7%; đến năm 2030 đạt 9%.";
        assert_eq!(read(text, Some(day(2025, 11, 20))), [9.0]);
    }

    #[test]
    fn a_later_year_against_the_one_before_is_a_plan_when_the_date_says_so() {
        let text = "Kim ngạch xuất khẩu năm 2026 tăng 10% so với năm 2025.";
        assert_eq!(read(text, Some(day(2025, 12, 15))), [10.0]);
        // Written after it, or with no date, it is a result.
        assert_eq!(read(text, Some(day(2027, 1, 10))), [] as [f64; 0]);
        assert_eq!(read(text, None), [] as [f64; 0]);
    }

    #[test]
    fn a_congress_report_reviews_the_closing_term_and_sets_the_next() {
        // A report read at the congress of 2025: what 2021-2024 brought,
        // and what the 2030 resolution sets.
        let text = "Năm 2021, tốc độ tăng trưởng kinh tế đạt 6,5%; năm 2024 đạt 7,8%. \
                    Đến năm 2030, tốc độ tăng trưởng kinh tế bình quân đạt 8%; thu nhập bình quân đầu người đạt 90 triệu đồng.";
        assert_eq!(read(text, Some(day(2025, 8, 19))), [8.0, 90.0]);
    }
}
