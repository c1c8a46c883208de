//! Modality first: whether a quantity is a goal or a report. The nearest
//! cue before it, what follows it (a share of the plan, "đã"), pairs of an
//! achieved and a target value, changes from one level to another, and the
//! reading a sentence carries to the next; where the article's date is
//! known, the years an item is tied to.
//!
//! The decisions that need no sentence are small pure functions at the
//! top ([`year_reading`], [`dated_reading`], [`report_word`]), each with
//! its own tests; the methods on `Sentence` gather their inputs.

use chrono::{Datelike, NaiveDate};

use super::*;

/// The most words an enumerated count's noun may take ("9 đơn vị hành chính
/// cấp huyện, ..."): bounds the look back over an enumeration.
const ENUMERATED_NOUN: usize = 8;
/// The most items an enumeration after "có" is followed back over: bounds
/// the cost on a run-on list.
const ENUMERATED_ITEMS: usize = 12;

/// How a clause or an item of a list reads: a goal to reach, or a result
/// reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Reading {
    Goal,
    Report,
}

impl Reading {
    /// The reading of a cue as the cue tables give it (`true`: a goal cue).
    fn of_cue(goal: bool) -> Self {
        if goal { Reading::Goal } else { Reading::Report }
    }
}

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
pub(super) fn lead_period(toks: &[Tok<'_>], s: usize) -> Option<(i32, i32, usize)> {
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
    let comma = toks.get(k + 3).is_some_and(|t| t.is_punct(','));
    (dash && comma && start <= end).then_some((start, end, k + 4))
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

/// Whether the single word at `k` (of a sentence starting at `s`) makes
/// what follows a report: "còn" of a result ("còn 5,8%"), a period of
/// months or a quarter ("9 tháng", "quý III"), a look back ("Qua 5 năm").
pub(super) fn report_word(toks: &[Tok<'_>], k: usize, s: usize) -> bool {
    let t = &toks[k];
    let prev = k.checked_sub(1).map(|p| toks[p].low.as_ref());
    match t.low.as_ref() {
        // Not "xuống còn" or "không còn"; "còn dưới 2%" is a level to reach.
        lexicon::LEFT => {
            !prev.is_some_and(|p| lexicon::LEFT_PHRASE_HEADS.contains(&p))
                && any_at(toks, k + 1, lexicon::LEVEL_AFTER_LEFT).is_none()
        }
        lexicon::MONTH => k > s && toks[k - 1].kind == Kind::Num,
        lexicon::QUARTER => true,
        // "Hiện toàn tỉnh có ...", "...: hiện đạt 9,5 bác sĩ": now, opening a
        // clause; not "Hiện đại hóa", "Hiện thực hóa".
        // "Lãi suất ... hiện là 6,6%/năm": now, before a verb of being.
        lexicon::NOW => {
            let next = toks.get(k + 1).filter(|n| n.kind == Kind::Word);
            let opens = k == s || toks[k - 1].kind == Kind::Punct;
            let compound = prev.is_some_and(|p| lexicon::NOW_LOOKALIKE_HEADS.contains(&p));
            next.is_some_and(|n| {
                opens && !lexicon::NOW_LOOKALIKE_TAILS.contains(&n.low.as_ref())
                    || !compound && lexicon::NOW_BEING.contains(&n.low.as_ref())
            })
        }
        // "Qua 5 năm", "sau 10 năm thực hiện".
        w if lexicon::LOOK_BACK.contains(&w) => {
            toks.get(k + 1).is_some_and(|n| n.kind == Kind::Num)
                && toks
                    .get(k + 2)
                    .is_some_and(|n| n.is_word(lexicon::YEAR) || n.is_word(lexicon::MONTH))
        }
        _ => false,
    }
}

/// Whether the word at `k` (of a sentence starting at `s`) tells where or
/// with what a passive verb was done ("Dự án được triển khai tại 4 huyện",
/// "được đầu tư với tổng kinh phí 900 tỷ đồng"): an event reported.
pub(super) fn passive_event(toks: &[Tok<'_>], k: usize, s: usize) -> bool {
    toks[k].kind == Kind::Word
        && lexicon::PASSIVE_EVENT_TAILS.contains(&toks[k].low.as_ref())
        && (k.saturating_sub(3).max(s)..k)
            .find(|&j| toks[j].is_word(lexicon::PASSIVE))
            .is_some_and(|j| j + 1 < k && (j + 1..k).all(|m| toks[m].kind == Kind::Word))
}

/// Whether the word at `k` (of a sentence starting at `s`) is a title
/// before a person's full name ("ông Lò Văn Sơn", "Bà Trần Thị Lan"): two
/// capitalised words after a title written in lower case, or opening the
/// sentence ("Bà Rịa - Vũng Tàu" is a province, "đường Ông Ích Khiêm" a
/// street).
pub(super) fn person_named(toks: &[Tok<'_>], k: usize, s: usize) -> bool {
    let t = &toks[k];
    let capital = |j: usize| {
        toks.get(j).is_some_and(|n| {
            n.kind == Kind::Word && n.raw.chars().next().is_some_and(char::is_uppercase)
        })
    };
    t.kind == Kind::Word
        && lexicon::PERSON_TITLES.contains(&t.low.as_ref())
        && (k == s || !capital(k))
        && capital(k + 1)
        && capital(k + 2)
}

/// Whether the '%' at `pct` measures a result against the plan: "đạt 96%
/// nghị quyết", "bằng 108% dự toán", "đạt 112% chỉ tiêu". Reaching all of
/// a quota named for what it counts ("hoàn thành 100% chỉ tiêu tuyển
/// quân") is as often the goal itself: the other rules decide that.
pub(super) fn share_of_plan(toks: &[Tok<'_>], pct: usize) -> bool {
    if !toks.get(pct).is_some_and(|t| t.is_punct('%')) {
        return false;
    }
    let Some((_, end)) = any_at(toks, pct + 1, SHARE_OF_PLAN) else {
        return false;
    };
    let whole = pct
        .checked_sub(1)
        .and_then(|k| toks[k].value)
        .is_some_and(|v| v == 100.0);
    let own_quota = whole
        && any_at(toks, pct + 1, lexicon::QUOTAS).is_some_and(|(_, e)| e == end)
        && toks.get(end).is_some_and(|t| {
            t.kind == Kind::Word && any_at(toks, end, lexicon::PLAN_AFTER_QUOTA).is_none()
        });
    !own_quota
}

/// Whether the estimate ("ước", "dự kiến") ending at `end`, starting at
/// `start`, reads as a report: an expected result, unless the plan's future
/// follows ("dự kiến sẽ đạt") or a target cue names it ("chỉ tiêu dự
/// kiến"). "quy ước" and "ước mơ" are no estimates.
pub(super) fn estimate_reports(toks: &[Tok<'_>], start: usize, end: usize) -> bool {
    let next = toks.get(end).map(|t| t.low.as_ref());
    let prev = start.checked_sub(1).map(|p| toks[p].low.as_ref());
    // "quy ước", "ước mơ": another word.
    let lookalike = end == start + 1
        && (prev.is_some_and(|p| lexicon::ESTIMATE_LOOKALIKE_HEADS.contains(&p))
            || next.is_some_and(|n| lexicon::ESTIMATE_LOOKALIKE_TAILS.contains(&n)));
    let future = next == Some(lexicon::FUTURE);
    let proposed = any_ending_at(toks, start, TARGET_CUES).is_some();
    // "tăng 12% so với ước thực hiện năm 2025": the estimate compared
    // with is a baseline, not a figure reported.
    let baseline = prev == Some(lexicon::COMPARE)
        || lexicon::phrase_ending_at(toks, start, lexicon::COMPARED_WITH).is_some();
    !(lookalike || future || proposed || baseline)
}

/// The cues of one sentence, read in one pass (see [`Sentence::cues`]).
pub(super) struct Cues {
    /// For each token, the nearest cue ending at or before it: `Some(true)`
    /// a goal cue, `Some(false)` a report.
    nearest: Vec<Option<bool>>,
    /// For each token, whether a result-against-target phrase stands at or
    /// after it.
    met_after: Vec<bool>,
    /// The sentence compares a figure with the year before, or with the
    /// start of the term it reviews.
    year_on_year: bool,
    /// Where the sentence's last estimate or total brought to a level
    /// stands: the figures before it are results too ("GRDP tăng 7,5%, ước
    /// cả năm đạt ...", "kết nạp 326 đảng viên, nâng tổng số lên ...").
    last_estimate: Option<usize>,
    /// Where the sentence's first locality fact ("dân số", "diện tích tự
    /// nhiên") starts.
    first_fact: Option<usize>,
}

impl Cues {
    /// The reading the sentence ends on: its last cue.
    pub(super) fn last(&self) -> Option<bool> {
        self.nearest.last().copied().flatten()
    }
}

impl Sentence<'_, '_> {
    /// Achieved/target pairs across a cue: "đạt 97,3% (chỉ tiêu là 95%)",
    /// "đạt 91,6%, theo Nghị quyết 90% trở lên", "hơn 2 tỷ USD, vượt mục tiêu là 1,8 tỷ USD".
    pub(super) fn pairs(&self, found: &mut [Found]) {
        for i in 1..found.len() {
            let (a, b) = (&found[i - 1], &found[i]);
            if a.q.achieved.is_some()
                || b.q.achieved.is_some()
                || a.q.unit != b.q.unit
                || b.host.is_some()
            {
                continue;
            }
            let between = a.q.last + 1..b.q.first;
            let cue = between
                .clone()
                .any(|k| any_at(self.toks, k, STATED_TARGET).is_some());
            // "..., vượt mục tiêu và 10% ...": "và" starts another item; a
            // closed parenthesis between ("34 ha (vượt ... chỉ tiêu), 64 ha")
            // holds its cue to itself.
            let split = between.clone().any(|k| {
                self.toks[k].is_punct(';')
                    || self.toks[k].is_punct(')')
                    || self.toks[k].is_word(lexicon::AND)
            });
            // "vượt 5% so với nghị quyết, tăng 14% ...", "đạt 109% Nghị quyết,
            // tăng 25% ...": a cue right after the first figure measures it; it
            // states no target for the next.
            let measures_first = share_of_plan(self.toks, a.q.last)
                || any_at(self.toks, a.q.last + 1, RESULT_AGAINST)
                    .is_some_and(|(_, end)| any_at(self.toks, end, STATED_TARGET).is_some());
            // "năm 2025 đạt 70,5%, mục tiêu đến năm 2030 là 80%": a target
            // for a later year than the first figure's measures nothing of it.
            let later_year = || {
                let own = (a.item_start..a.q.first)
                    .rev()
                    .find(|&k| self.toks[k].kind == Kind::Num && quantity::is_year(&self.toks[k]))
                    .and_then(|k| self.toks[k].value);
                own.is_some_and(|own| {
                    between.clone().any(|k| {
                        self.toks[k].kind == Kind::Num
                            && quantity::is_year(&self.toks[k])
                            && self.toks[k].value.is_some_and(|y| y > own)
                    })
                })
            };
            if cue && !split && !measures_first && !later_year() {
                let v = a.q.value;
                let start = a.item_start;
                let left = (start, self.chain_start(a.q.first, start));
                found[i - 1].consumed = true;
                found[i].q.achieved = Some(v);
                found[i].item_start = start;
                found[i].pair_left = Some(left);
            }
        }
        // "đạt 1.020/950 tỷ đồng, vượt 7,4%": the excess or growth told right
        // after a pair is the result's, not a target of its own.
        for i in 1..found.len() {
            let (a, b) = (&found[i - 1], &found[i]);
            let told = a.q.achieved.is_some()
                && b.q.achieved.is_none()
                && b.group == a.group
                && b.q.first == a.q.last + 3
                && self.toks[a.q.last + 1].is_punct(',')
                && lexicon::UP_VERBS.contains(&self.toks[a.q.last + 2].low.as_ref());
            if told {
                found[i].consumed = true;
            }
        }
    }

    /// "giảm từ 8,5% xuống còn 3%": the value a change starts from is its
    /// baseline, not a target. With a year on that value ("từ 8,5% năm 2015
    /// xuống còn 3,2% năm 2020") and no goal cue in the sentence, the change
    /// is a report on the past, and its end is no target either.
    pub(super) fn transitions(&self, found: &mut [Found]) {
        let toks = self.toks;
        let goal = (self.s..self.e).any(|k| any_at(toks, k, TARGET_CUES).is_some());
        for i in 1..found.len() {
            let (a, b) = (&found[i - 1], &found[i]);
            let from = a.q.first > self.s && toks[a.q.first - 1].is_word(lexicon::FROM);
            let between = a.q.last + 1..b.q.first;
            // "lên" of "trở lên" is a bound, not a change.
            let to = between.clone().any(|k| {
                toks[k].is_word(lexicon::DOWN)
                    || toks[k].is_word(lexicon::UP) && !toks[k - 1].is_word(lexicon::ONWARD)
            });
            let split = between
                .clone()
                .any(|k| toks[k].is_punct(';') || toks[k].is_punct(':'));
            let single = a.q.value_max.is_none() && a.q.own_bound.is_none();
            // "giảm 1,2% so với cuối năm 2023, còn 3,4%": a change told with
            // the level it left, which "còn" reports.
            let left_at = b.q.first.checked_sub(1).filter(|&k| k > a.q.last);
            let told = left_at.is_some_and(|k| {
                toks[k].is_word(lexicon::LEFT)
                    && report_word(toks, k, self.s)
                    && toks[k - 1].is_punct(',')
                    && a.q.class == b.q.class
            }) && (a.q.last + 1..b.q.first).all(|k| !toks[k].is_punct(';'));
            if told && !goal {
                found[i - 1].consumed = true;
                continue;
            }
            if !(from && to && single && !split && a.q.unit == b.q.unit) {
                continue;
            }
            // A year on either end ("từ 8,5% năm 2015", "xuống 3% năm 2019")
            // or "đầu nhiệm kỳ" dates the change in the past.
            // "6,8% năm 2020", "6,8% (năm 2020)", "6,8% (2020)".
            let year_after = |q: &Quantity| {
                let mut k = q.last + 1;
                if toks.get(k).is_some_and(|t| t.is_punct('(')) {
                    k += 1;
                    if toks.get(k).is_some_and(|t| quantity::is_year(t)) {
                        return true;
                    }
                }
                toks.get(k).is_some_and(|t| t.is_word(lexicon::YEAR))
                    && toks.get(k + 1).is_some_and(|t| t.kind == Kind::Num)
            };
            let dated = year_after(&a.q)
                || year_after(&b.q)
                || (a.q.last + 1..b.q.first)
                    .any(|k| any_at(toks, k, lexicon::CHANGE_START_DATES).is_some());
            // "Tỷ lệ hộ nghèo giảm từ 6,2% xuống còn 2,8%": a change stated of
            // its subject, with no cue, no threshold and no time to reach its
            // end, tells what happened. A goal commands the change ("Giảm tỷ
            // lệ hộ nghèo từ 6% xuống 3%"), bounds its end ("xuống dưới 3%")
            // or dates it ("vào cuối nhiệm kỳ", "đến năm 2030").
            let start = (a.item_start..a.q.first)
                .find(|&k| toks[k].kind == Kind::Word)
                .unwrap_or(a.q.first);
            let commanded = lexicon::CHANGE_COMMANDS.contains(&toks[start].low.as_ref());
            let bounded = b.q.own_bound.is_some()
                || (a.q.last + 1..b.q.first).any(|k| {
                    COMPARATORS
                        .iter()
                        .any(|(p, _)| phrase_at(toks, k, p).is_some())
                });
            let timed = (a.item_start..=b.item_end.min(self.e.saturating_sub(1))).any(|k| {
                toks[k].kind == Kind::Num && quantity::is_year(&toks[k])
                    || lexicon::END_OF.contains(&toks[k].low.as_ref())
            });
            let stated = !(commanded || bounded || timed);
            let level = b.group;
            let item_end = (b.q.last + 1..self.e)
                .find(|&k| toks[k].is_punct(';'))
                .unwrap_or(self.e);
            found[i - 1].consumed = true;
            if (dated || stated) && !goal {
                found[i].consumed = true;
                // "giảm từ 3,8% xuống 1,2%, bình quân mỗi năm giảm 0,65%":
                // the rest of a reported change's item is told with it.
                for later in found[i + 1..]
                    .iter_mut()
                    .take_while(|f| f.q.first < item_end)
                    .filter(|f| f.group == level)
                {
                    later.consumed = true;
                }
            }
        }
    }

    /// Whether a quantity is a target: the nearest cue before it decides;
    /// plan-fulfilment ratios and two-decimal shares without a cue are reports.
    /// One pass over the sentence: for each token, the nearest cue ending at
    /// or before it (`Some(true)` a target cue, `Some(false)` a report), and
    /// whether a result-against-target phrase stands at or after it.
    pub(super) fn cues(&self) -> Cues {
        let toks = self.toks;
        let n = self.e - self.s;
        let mut nearest = vec![None; n];
        let mut last = self.carried;
        // "hoàn thành 18/20 chỉ tiêu Nghị quyết" or "xác định 17 chỉ tiêu"
        // counts targets: the count and the name after it are no cue, so the
        // verb before them decides.
        let mut counted_end = None;
        // The reading before each open parenthesis: an aside holds its cues
        // to itself ("trên 500 tỷ USD (dự kiến đứng thứ 30), GDP ... 5.000 USD").
        let mut outside: Vec<Option<bool>> = Vec::new();
        // Years compared with ("so với năm 2023").
        let mut bases: Vec<f64> = Vec::new();
        // Where the years compared with stand.
        let mut base_at: Vec<usize> = Vec::new();
        // "so với đầu nhiệm kỳ": growth since the start of the term.
        let mut since_start = false;
        let mut year_before = false;
        let mut last_estimate = None;
        let mut first_fact = None;
        for k in self.s..self.e {
            // "Tăng diện tích cây ăn quả lên 3.000 ha": an area to change is
            // no fact about the place.
            if first_fact.is_none()
                && any_at(toks, k, LOCALITY_FACTS).is_some()
                && !(k > self.s && subject::is_direction_verb(toks, k - 1).is_some())
            {
                first_fact = Some(k);
            }
            if toks[k].is_word(lexicon::COMPARE) {
                let mut at = phrase_at(toks, k, lexicon::COMPARED_WITH).unwrap_or(k + 1);
                // "so với cuối năm 2023": the year's end is the year.
                if toks
                    .get(at)
                    .is_some_and(|t| lexicon::END_OF.contains(&t.low.as_ref()))
                {
                    at += 1;
                }
                since_start |= phrase_at(toks, at, lexicon::TERM_START).is_some();
                // "so với năm trước": the year before, in words.
                year_before |= toks.get(at).is_some_and(|y| y.is_word(lexicon::YEAR))
                    && toks.get(at + 1).is_some_and(|b| b.is_word(lexicon::BEFORE));
                if toks.get(at).is_some_and(|y| y.is_word(lexicon::YEAR))
                    && let Some(b) = toks
                        .get(at + 1)
                        .filter(|t| t.kind == Kind::Num)
                        .and_then(|t| t.value)
                {
                    bases.push(b);
                    base_at.push(at + 1);
                }
            }
            if toks[k].is_punct('(') {
                outside.push(last);
            } else if toks[k].is_punct(')') {
                if let Some(before) = outside.pop() {
                    last = before;
                }
            } else if let Some(start) = any_ending_at(toks, k + 1, TARGET_CUES) {
                let counted = counted_end == Some(start)
                    || lexicon::COUNTED_CUE_HEADS.contains(&toks[start].low.as_ref())
                        && start
                            .checked_sub(1)
                            .is_some_and(|p| p >= self.s && toks[p].kind == Kind::Num);
                // "vượt chỉ tiêu", "thấp hơn mục tiêu": a measure against the
                // goal, which a report and a goal both make; it sets neither.
                // "Sau 5 năm thực hiện Nghị quyết, ...": the document carried
                // out, which a report looks back on.
                let carried_out = any_ending_at(toks, start, lexicon::CARRIED_OUT).is_some()
                    && lexicon::DOCUMENTS
                        .iter()
                        .any(|d| phrase_at(toks, start, d) == Some(k + 1));
                let against = carried_out
                    || any_ending_at(toks, start, RESULT_AGAINST).is_some()
                    // "đạt 102,8% kế hoạch": the plan a share measures.
                    || start
                        .checked_sub(1)
                        .is_some_and(|p| p >= self.s && share_of_plan(toks, p));
                if counted {
                    counted_end = Some(k + 1);
                } else if !against {
                    last = Some(true);
                }
            } else if let Some(start) = any_ending_at(toks, k + 1, REPORT_CUES) {
                // "Các chỉ tiêu chủ yếu gồm: ...": listing goals is no report.
                let listing = toks[start].is_word(lexicon::LISTING) && last == Some(true);
                // "Phấn đấu thành lập mới 2.000 doanh nghiệp": an action verb
                // a goal cue governs is the goal's content, not a report.
                let governed = last == Some(true)
                    && !toks[start].is_word(lexicon::PAST)
                    && any_ending_at(toks, start, TARGET_CUES).is_some();
                if !(listing || governed) {
                    last = Some(false);
                }
            } else if let Some(start) = any_ending_at(toks, k + 1, lexicon::ESTIMATES) {
                if estimate_reports(toks, start, k + 1) {
                    last = Some(false);
                    if outside.is_empty() {
                        last_estimate = Some(k);
                    }
                }
            } else if any_ending_at(toks, k + 1, lexicon::TOTALS_BROUGHT).is_some()
                // "nâng tổng số xã đạt chuẩn lên 45 xã vào năm 2030": a total
                // to bring by a deadline is the plan's.
                && !self
                    .year_mentions()
                    .iter()
                    .any(|y| lexicon::DEADLINE_HEADS.contains(&toks[y.0].low.as_ref()))
                // "Phấn đấu xây dựng 5 trường, nâng tổng số lên 32 trường": a
                // total a goal cue governs is the goal's.
                && last != Some(true)
            {
                last = Some(false);
                if outside.is_empty() {
                    last_estimate = Some(k);
                }
            } else if toks[k].kind == Kind::Word && report_word(toks, k, self.s) {
                last = Some(false);
            } else if last != Some(true)
                && (passive_event(toks, k, self.s)
                    || person_named(toks, k, self.s)
                    || toks[k].is_word(lexicon::JUST)
                        && !(self.s..self.e).any(|j| j != k && toks[j].is_word(lexicon::JUST)))
            {
                // A goal may well be done somewhere ("Phấn đấu mô hình được
                // nhân rộng tại 50 xã"): only a sentence with no goal cue yet.
                last = Some(false);
            }
            nearest[k - self.s] = last;
        }
        // "..., vượt chỉ tiêu Nghị quyết đề ra" and "..., bằng 108% dự toán":
        // a result measured against the target or the plan.
        let mut met_after = vec![false; n + 1];
        for k in (self.s..self.e).rev() {
            // Only a '%' may be one: the test here spares most tokens a call.
            let ratio_to_plan = toks[k].is_punct('%') && share_of_plan(toks, k);
            met_after[k - self.s] =
                met_after[k + 1 - self.s] || ratio_to_plan || any_at(toks, k, MET_TARGET).is_some();
        }
        // "Năm 2024, ... tăng 18% so với năm 2023": a plan compares with the
        // start of its term; a figure of a year against the one before is a
        // result reported.
        // The years the sentence names ("cuối năm 2024"), bases aside: read
        // only when the sentence compares.
        let mut named = (self.s + 1..self.e)
            .filter(|&k| {
                toks[k].kind == Kind::Num
                    && quantity::is_year(&toks[k])
                    && toks[k - 1].is_word(lexicon::YEAR)
                    && !base_at.contains(&k)
            })
            .filter_map(|k| toks[k].value);
        let year_on_year = !bases.is_empty() && {
            bases.sort_by(f64::total_cmp);
            let follows = |y: f64| bases.binary_search_by(|b| b.total_cmp(&(y - 1.0))).is_ok();
            named.clone().any(follows)
                || self.year_mentions().iter().any(|y| follows(f64::from(y.2)))
        };
        // "Năm 2023, ... tăng 12% so với năm trước": a named year against the
        // year before it, as with the year in figures.
        let year_on_year = year_on_year
            || year_before && (named.clone().next().is_some() || !self.year_mentions().is_empty());
        // "tăng 1,6 lần so với đầu nhiệm kỳ": growth over the term a report
        // reviews; a plan sets it by a time ("đến cuối nhiệm kỳ", "năm 2030").
        // "Giảm 10% số hộ cận nghèo so với đầu nhiệm kỳ": a sentence that
        // opens on the change commands it.
        let commanded = (self.s..self.e)
            .find(|&k| toks[k].kind == Kind::Word)
            .is_some_and(|k| lexicon::CHANGE_COMMANDS.contains(&toks[k].low.as_ref()));
        let year_on_year = year_on_year
            || since_start
                && !commanded
                && named.next().is_none()
                && !(self.s..self.e).any(|k| lexicon::END_OF.contains(&toks[k].low.as_ref()));
        Cues {
            nearest,
            met_after,
            year_on_year,
            last_estimate,
            first_fact,
        }
    }

    pub(super) fn is_target(
        &self,
        f: &Found,
        cues: &Cues,
        group_of: &Window<Option<usize>>,
        years: &[(usize, usize, i32)],
        first_main: usize,
    ) -> bool {
        let toks = self.toks;
        let q = &f.q;
        // An achieved/target pair states its target (rule 6), whatever
        // words compare the two.
        if q.achieved.is_some() && (f.group.is_some() || f.pair_left.is_some()) {
            return true;
        }
        let after = q.last + 1;
        let Cues {
            nearest, met_after, ..
        } = cues;
        let before = q.first.checked_sub(1).filter(|&k| k >= self.s);
        let cue = before.and_then(|k| nearest[k - self.s]);
        let of_plan = if q.unit == "%" {
            share_of_plan(toks, q.last)
        } else {
            any_at(toks, after, SHARE_OF_PLAN).is_some_and(|(p, _)| !lexicon::QUOTAS.contains(&p))
        };
        // "phấn đấu giải ngân đạt trên 95% kế hoạch vốn": the share of the
        // plan to reach is the goal.
        let strived = || {
            cue == Some(true)
                && (f.item_start..q.first).any(|k| phrase_at(toks, k, lexicon::STRIVE).is_some())
        };
        if of_plan && !strived() {
            return false;
        }
        // "7.500 đồng/kg", "152 triệu đồng/lượng": a price.
        if q.class == UnitClass::Money
            && cue != Some(true)
            && q.per
                .as_deref()
                .is_some_and(|p| lexicon::PRICE_DENOMINATORS.contains(&p))
        {
            return false;
        }
        // "Phấn đấu thu ngân sách vượt 15% so với dự toán": the excess to
        // strive for is the goal.
        if met_after.get(q.last + 1 - self.s).copied().unwrap_or(false) && !strived() {
            return false;
        }
        let chain_start = self.chain_start(q.first, f.item_start);
        // "29.900 tỷ đồng, vượt 7% so với nghị quyết, tăng 22% so với năm
        // 2023": a sentence that measures its figures against the plan
        // reports them all, unless a goal cue governs one. (Before any
        // figure, "vượt chỉ tiêu ... từ 5% đến 10%" is the goal's verb.)
        let measured = met_after
            .get((first_main + 1).saturating_sub(self.s))
            .copied()
            .unwrap_or(false);
        if cue != Some(true) && measured {
            return false;
        }
        // "GRDP tăng 7,5%, ước cả năm đạt 8%": an estimate (or a total
        // brought to a level) later in the sentence, outside any
        // parenthesis, reports the figures before it.
        if cue != Some(true) && cues.last_estimate.is_some_and(|k| k > q.last) {
            return false;
        }
        // "vượt dự toán 15%", "vượt kế hoạch 2,3 tỷ đồng": the excess of a
        // result over the plan, unless a goal cue sets it ("phấn đấu thu
        // vượt dự toán 10%").
        if cue != Some(true) && any_ending_at(toks, chain_start, MET_TARGET).is_some() {
            return false;
        }
        // "51% đã hoàn thành", "(30%) đã được công nhận": done, not to do.
        let level = f.group;
        if (after..=f.item_end.min(self.e.saturating_sub(1)))
            .take_while(|&k| !toks[k].is_punct(';'))
            .any(|k| group_of[k] == level && any_at(toks, k, DONE_AFTER).is_some())
        {
            return false;
        }
        // "đạt 8,2%, đứng thứ 10 cả nước": a result ranked among others.
        if cue != Some(true)
            && (after..=f.item_end.min(self.e.saturating_sub(1)))
                .take_while(|&k| !toks[k].is_punct(';'))
                .any(|k| {
                    group_of[k] == level
                        && any_at(toks, k, lexicon::RANKS)
                            .is_some_and(|(_, e)| toks.get(e).is_some_and(|t| t.kind == Kind::Num))
                })
        {
            return false;
        }
        // "Tỷ lệ tổ chức cơ sở đảng có từ 3 đảng viên trở lên được kết nạp
        // mới trong năm đạt 50%": a count in a rate's subject is its
        // condition; the share is the target.
        // "100% các xã có từ 2 sản phẩm OCOP trở lên": what the share's
        // units have, after it, is its condition too.
        let condition_of_share = || {
            (self.s..q.first)
                .rev()
                .take_while(|&k| toks[k].kind == Kind::Word || toks[k].is_punct('%'))
                .find(|&k| toks[k].is_punct('%'))
                .is_some_and(|pct| (pct + 1..q.first).any(|k| toks[k].is_word(lexicon::HAS)))
        };
        let condition_of_rate = q.class != UnitClass::Percent
            && ((f.item_start..q.first).any(|k| any_at(toks, k, lexicon::RATE).is_some())
                && (q.last + 1..self.e)
                    .take_while(|&k| !(toks[k].is_punct(';') || toks[k].is_punct(',')))
                    .any(|k| toks[k].is_punct('%'))
                || condition_of_share());
        if condition_of_rate {
            return false;
        }
        if let Some(reading) = self.dated(f, cue, years, first_main) {
            return reading == Reading::Goal;
        }
        if let Some(cue) = cue {
            return cue;
        }
        // "sinh sống ở 9 thôn", "sinh hoạt tại 25 cơ sở": where, not a goal.
        if q.class == UnitClass::Count
            && chain_start
                .checked_sub(1)
                .is_some_and(|p| p >= self.s && lexicon::LOCATIVES.contains(&toks[p].low.as_ref()))
        {
            return false;
        }
        if self.before_a_later_goal(f, cues, years, first_main) {
            return false;
        }
        if cues.year_on_year {
            // "Kim ngạch xuất khẩu năm 2026 tăng 10% so với năm 2025" written
            // in 2025: no report states a later year, so it is the plan's.
            let ahead = self.published.is_some_and(|published| {
                self.item_year(f, years, first_main)
                    .is_some_and(|y| year_reading(y.2, published) == Some(Reading::Goal))
            });
            return ahead;
        }
        // "thấp hơn mức tăng 6,68% của năm 2015": the figure a year recorded,
        // quoted to compare with.
        let of_year = toks.get(after).is_some_and(|t| t.is_word(lexicon::OF))
            && toks
                .get(after + 1)
                .is_some_and(|t| t.is_word(lexicon::YEAR))
            && toks
                .get(after + 2)
                .is_some_and(|t| t.kind == Kind::Num || t.is_word(lexicon::BEFORE));
        if of_year {
            return false;
        }
        // "Huyện có 21 xã, thị trấn với 45.000 hộ dân": without a cue, a count
        // after "có", "với" or "gồm" describes what there is, not a goal.
        // "có thêm 3 xã ...": growth to reach, not what there is.
        let more = (chain_start..q.first).any(|k| toks[k].is_word(lexicon::MORE));
        let existential = !more && self.after_existential(chain_start);
        // A comparator ("có ít nhất 3 huyện", "có trên 500 doanh nghiệp") or a
        // trailing "trở lên" sets a threshold: that is a goal, not a description.
        // A range ("có từ 3 đến 5 sản phẩm") is a span to reach, never
        // what there is.
        // "với hơn 310.000 học sinh": what there is, rounded.
        // "Toàn tỉnh có 85% hộ dân ...": the state of the whole place.
        let whole_place = chain_start
            .checked_sub(3)
            .is_some_and(|k| k >= self.s && toks[k].is_word(lexicon::WHOLE));
        // "toàn tỉnh có trên 420.000 học sinh": so many the whole place has.
        let rounded_with = (chain_start
            .checked_sub(1)
            .is_some_and(|p| p >= self.s && toks[p].is_word(lexicon::WITH))
            || whole_place && q.class == UnitClass::Count)
            && (chain_start..q.first)
                .all(|k| lexicon::ROUNDING_COMPARATORS.contains(&toks[k].low.as_ref()));
        let compared = q.own_bound.is_some()
            || q.value_max.is_some()
            || !rounded_with
                && (chain_start..q.first).any(|k| {
                    COMPARATORS
                        .iter()
                        .any(|(p, _)| phrase_at(toks, k, p).is_some())
                });
        // "Đến năm 2030 có 2 đơn vị cấp huyện đạt chuẩn": what there is to be
        // by a deadline is a goal.
        let by_deadline = self
            .item_year(f, years, first_main)
            .is_some_and(|y| lexicon::BY.contains(&toks[y.0].low.as_ref()));
        // "Tỉnh có 250 km quốc lộ": a length or an area there is, too.
        // "có 12.000 sinh viên, 850 giảng viên, trong đó 60% có trình độ tiến
        // sĩ": a share of what there is, broken down.
        let share_of_what_there_is =
            q.class == UnitClass::Percent && any_ending_at(toks, chain_start, BREAKDOWNS).is_some();
        let counted = matches!(q.class, UnitClass::Count | UnitClass::Measure)
            || q.class == UnitClass::Percent && whole_place
            || share_of_what_there_is;
        if counted && existential && !compared && !by_deadline && q.achieved.is_none() {
            return false;
        }
        // "kết nạp được 245 đảng viên", "trồng được 1.850 ha": "được" after a
        // verb gives the amount achieved; a goal says so with a cue or a
        // threshold ("kết nạp thêm được 10 đảng viên trở lên").
        let achieved = (chain_start..q.first).any(|k| {
            toks[k].is_word(lexicon::ACHIEVED)
                && k > self.s
                && toks[k - 1].kind == Kind::Word
                && !toks[k - 1].is_word(lexicon::LEFT)
        });
        if achieved && !compared && !by_deadline {
            return false;
        }
        // "có diện tích tự nhiên 112 km2, dân số 22.000 người", "có 80 km bờ
        // biển": what a place is, not what it aims at (a goal cue before
        // would have decided).
        // A breakdown of a fact ("Dân số hơn 1,2 triệu người, trong đó dân
        // tộc thiểu số chiếm 34%") is a fact too.
        // Its later items go on with it ("tổng kinh phí 1.250 tỷ đồng, trong
        // đó ngân sách trung ương 800 tỷ đồng, ngân sách địa phương 450 tỷ
        // đồng").
        let breakdown_of_fact = f.whole.is_none()
            && cues.first_fact.is_some_and(|fact| {
                fact < f.item_start
                    && (fact..=f.item_start)
                        .rev()
                        .take_while(|&k| !toks[k].is_punct(';'))
                        .any(|k| any_at(toks, k, BREAKDOWNS).is_some())
            });
        // "tỷ lệ dân số đô thị": a rate of the population is no fact.
        // "Tăng thêm 500 ha diện tích cây ăn quả, nâng tổng diện tích lên
        // 6.000 ha": an area a verb changes is no fact either.
        let changed = |st: usize| {
            (st.saturating_sub(2).max(f.item_start)..st)
                .any(|k| lexicon::CHANGE_COMMANDS.contains(&toks[k].low.as_ref()))
        };
        let fact = (f.item_start.max(chain_start.saturating_sub(3))..chain_start).any(|k| {
            any_ending_at(toks, k + 1, LOCALITY_FACTS)
                .is_some_and(|st| any_ending_at(toks, st, lexicon::RATE).is_none() && !changed(st))
        }) || q.class == UnitClass::Measure
            && any_at(toks, after, LOCALITY_FACTS).is_some()
            && !lexicon::CHANGE_COMMANDS
                .contains(&toks[chain_start.max(f.item_start)].low.as_ref())
            && !(f.item_start..q.first)
                .find(|&k| toks[k].kind == Kind::Word)
                .is_some_and(|k| lexicon::CHANGE_COMMANDS.contains(&toks[k].low.as_ref()))
            || breakdown_of_fact;
        // "Đến năm 2030, mật độ dân số đô thị đạt 2.000 người/km2": what a
        // place is to be by a deadline is a goal, as for counts below.
        if fact && !by_deadline {
            return false;
        }
        // A share restated as a count ("6,25% (1 xã)") is exact by nature.
        let restated = toks.get(q.last + 1).is_some_and(|t| t.is_punct('('))
            && toks.get(q.last + 2).is_some_and(|t| t.kind == Kind::Num);
        // A threshold ("từ 78,75% trở lên") or a deadline is a goal's.
        let dated = (f.item_start..q.first).any(|k| {
            toks[k].is_word(lexicon::YEAR)
                && toks
                    .get(k + 1)
                    .is_some_and(|n| n.kind == Kind::Num && quantity::is_year(n))
        });
        let reported_share = q.unit == "%"
            && !restated
            && !compared
            && !dated
            && q.frac_digits >= 2
            && q.value >= 1.0
            && q.achieved.is_none();
        !reported_share
    }

    /// Whether a cue-less figure of a plain year ("Năm 2024, ... đạt 7,1%",
    /// "năm 2020 ... là 5,6%") comes before a goal set for a later year in
    /// the same sentence ("...; năm 2025 phấn đấu đạt 8%"): the later goal
    /// makes the earlier year the past. A deadline ("đến năm 2025") or a
    /// threshold ("năm 2025 dưới 3%") is a milestone of the plan instead.
    fn before_a_later_goal(
        &self,
        f: &Found,
        cues: &Cues,
        years: &[(usize, usize, i32)],
        first_main: usize,
    ) -> bool {
        let toks = self.toks;
        let q = &f.q;
        let Some(&(at, _, year)) = self.item_year(f, years, first_main) else {
            return false;
        };
        if !toks[at].is_word(lexicon::YEAR) || q.own_bound.is_some() {
            return false;
        }
        let later = years.iter().any(|y| y.1 > q.last && y.2 > year);
        let compared = || {
            (self.chain_start(q.first, f.item_start)..q.first).any(|k| {
                COMPARATORS
                    .iter()
                    .any(|(p, _)| phrase_at(toks, k, p).is_some())
            })
        };
        later && (q.last + 1..self.e).any(|k| cues.nearest[k - self.s] == Some(true)) && !compared()
    }

    /// Whether the figure whose modifiers start at `chain_start` follows
    /// "có", "với" or "gồm", directly or as a later item of the same
    /// enumeration ("Tỉnh có 9 huyện, 142 xã, phường, thị trấn") that no
    /// threshold sets.
    fn after_existential(&self, chain_start: usize) -> bool {
        let toks = self.toks;
        let mut k = chain_start;
        for _ in 0..ENUMERATED_ITEMS {
            let Some(p) = k.checked_sub(1).filter(|&p| p >= self.s) else {
                return false;
            };
            if lexicon::EXISTENTIALS.contains(&toks[p].low.as_ref()) {
                return true;
            }
            // "có 35 đảng viên, trong đó 12 đảng viên nữ": a breakdown of what
            // there is goes on with it.
            let p = match any_ending_at(toks, p + 1, BREAKDOWNS) {
                Some(st) if st > self.s && toks[st - 1].is_punct(',') => st - 1,
                _ => p,
            };
            if !(toks[p].is_punct(',') || toks[p].is_word(lexicon::AND)) {
                return false;
            }
            // The previous item: its counted noun, back to its number.
            let floor = p.saturating_sub(ENUMERATED_NOUN).max(self.s);
            let Some(n) = (floor..p)
                .rev()
                .take_while(|&j| toks[j].kind != Kind::Punct || toks[j].is_punct(','))
                .find(|&j| toks[j].kind == Kind::Num)
            else {
                return false;
            };
            k = self.chain_start(n, self.s);
            // "có diện tích tự nhiên 452 km2, dân số 98.000 người, 21 xã": a
            // fact's noun opens its item of what there is.
            // Its comparator ("dân số trên 98.000 người") sets no threshold.
            if let Some(st) = (k.saturating_sub(2).max(self.s + 1)..=k)
                .rev()
                .find_map(|e| any_ending_at(toks, e, LOCALITY_FACTS))
            {
                k = st;
                continue;
            }
            // "Có ít nhất 3 huyện, 40 xã ...": a threshold sets the whole list.
            let threshold = (k..n).any(|j| {
                COMPARATORS
                    .iter()
                    .any(|(c, _)| phrase_at(toks, j, c).is_some())
            });
            if threshold {
                return false;
            }
        }
        false
    }

    /// How the sentence ends up reading, for the next one to carry: its last
    /// cue, or a report when a word makes the whole sentence one.
    pub(super) fn reading(&self) -> Option<bool> {
        if (self.s..self.e).any(|k| any_at(self.toks, k, SENTENCE_REPORT_CUES).is_some()) {
            return Some(false);
        }
        self.cues().last()
    }

    /// The dated rule for one quantity, when the article's date is known
    /// and a year is tied to its item (the year its deadline is read from).
    fn dated(
        &self,
        f: &Found,
        cue: Option<bool>,
        years: &[(usize, usize, i32)],
        first_main: usize,
    ) -> Option<Reading> {
        let published = self.published?;
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
        let report_after = || {
            (after..f.q.first)
                .any(|k| any_at(toks, k, REPORT_CUES).is_some() || report_word(toks, k, self.s))
        };
        dated_reading(reading, cue.map(Reading::of_cue), report_after)
    }
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
        assert_eq!(read(text, None), [9.0]);
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

    #[test]
    fn report_words() {
        let at = |text: &str, word: &str| {
            let toks = tokenize(text);
            let k = toks.iter().position(|t| t.low == word).unwrap_or(0);
            report_word(&toks, k, 0)
        };
        assert!(at("tỷ lệ hộ nghèo còn 2,1%", "còn"));
        assert!(!at("tỷ lệ hộ nghèo giảm xuống còn 2%", "còn"));
        assert!(!at("tỷ lệ hộ nghèo còn dưới 2%", "còn"));
        assert!(at(
            "9 tháng đầu năm, thu ngân sách đạt 700 tỷ đồng",
            "tháng"
        ));
        assert!(!at("tháng 10 năm 2025", "tháng"));
        assert!(at("quý III, xuất khẩu tăng 4%", "quý"));
        assert!(at("Qua 5 năm thực hiện nghị quyết", "qua"));
        assert!(!at("lao động qua đào tạo đạt 70%", "qua"));
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
        for (text, value) in [
            (
                "Năm 2024, thu ngân sách trên địa bàn đạt 900 tỷ đồng.",
                900.0,
            ),
            (
                "Thu ngân sách trên địa bàn năm 2024 đạt 900 tỷ đồng.",
                900.0,
            ),
            ("Tỷ lệ che phủ rừng đạt 46% vào năm 2023.", 46.0),
            (
                "Trong năm 2022, huyện có 93% hộ gia đình đạt danh hiệu gia đình văn hóa.",
                93.0,
            ),
        ] {
            assert_eq!(read(text, None), [value], "{text}");
            assert_eq!(read(text, late), [] as [f64; 0], "{text}");
            // Written before that year, the same figure is a plan.
            assert_eq!(read(text, Some(day(2021, 12, 9))), [value], "{text}");
        }
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
