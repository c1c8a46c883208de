//! Finding targets in text: read once, then apply rules.
//!
//! 1. [`token`]: one tokenizer (words, Vietnamese numbers, punctuation), a
//!    stream the [`reader`] pulls sentence by sentence;
//! 2. [`tagger`]: one pass over word ids tags each token with the [`lexicon`]
//!    lists whose phrases start or end at it;
//! 3. [`quantity`]: the quantity grammar (number, range, pair, unit, per);
//! 4. [`structure`]: parentheses, list markers, and the item each quantity heads;
//! 5. [`modality`]: goal or report, per quantity, with the reading a
//!    sentence carries to the next, and the years read against the
//!    article's date when it is known;
//! 6. [`deadline`], [`assemble`] and [`subject`]: the target's fields.
//!
//! Every Vietnamese word the rules read is in [`lexicon`].

mod assemble;
mod deadline;
pub(crate) mod lexicon;
mod modality;
mod quantity;
mod reader;
mod structure;
mod subject;
mod tagger;
pub(crate) mod token;

use lexicon::{
    ABOUT, BREAKDOWNS, CHAIN, DONE_AFTER, LOCALITY_FACTS, MET_TARGET, REPORT_CUES, RESULT_AGAINST,
    SENTENCE_REPORT_CUES, SHARE_OF_PLAN, STATED_TARGET, TARGET_CUES, any_at, any_ending_at,
    comparators_at, phrase_at,
};
use quantity::{Quantity, UnitClass};
use tagger::mark;
use token::{Kind, Tok};

pub use reader::TargetReader;

use std::cell::Cell;

use crate::{Bound, Span, Target, Term};

/// Tokens before a figure the ", trong đó" opening its breakdown may
/// stand at: each figure of a long sentence asks.
const BREAKDOWN_REACH: usize = 40;
/// How many words a clause may open with before the cue that makes it set
/// goals ("trong đó đặt mục tiêu", "theo đó, phấn đấu").
const GOAL_CLAUSE_REACH: usize = 4;

/// Every target stated in `text`, in order, with spans into `text`.
///
/// `text` may be a whole article body or a single clause; it should be
/// [`normalize`](crate::normalize())d. Reported results, delegate counts,
/// dates, document numbers and the like are left out.
///
/// ```
/// use nghiquyet_core::{extract_targets, Bound};
///
/// let targets = extract_targets(
///     "Đến năm 2030: tỷ lệ hộ nghèo giảm bình quân 1-1,5%/năm; 85% xã đạt chuẩn nông thôn mới.",
/// );
/// assert_eq!(targets.len(), 2);
/// let t = &targets[0];
/// assert_eq!((t.value, t.value_max, t.bound), (1.0, Some(1.5), Bound::DecreaseBy));
/// assert_eq!((t.per.as_deref(), t.deadline_year), (Some("năm"), Some(2030)));
/// assert_eq!(targets[1].subject.as_deref(), Some("xã"));
/// assert_eq!(targets[1].criterion.as_deref(), Some("đạt chuẩn nông thôn mới"));
/// ```
pub fn extract_targets(text: &str) -> Vec<Target> {
    TargetReader::new(text).collect()
}

/// Whether a token may start a quantity: a number, or a word that reads as
/// one ("hai con số", "không còn", "một"). Most sentences have none: the
/// reader skips them before tagging.
///
/// Both kinds of word are in the lexicon's index, which marks their ids:
/// a word is told by one look-up in a table.
fn may_hold_quantity(t: &Tok<'_>) -> bool {
    match t.kind {
        Kind::Num => true,
        Kind::Word => tagger::index().starts_quantity(t.id),
        Kind::Punct => false,
    }
}

/// A quantity found in a sentence, with where it stands.
#[derive(Debug, Clone)]
struct Found {
    q: Quantity,
    /// The '(' of the parenthesis holding it, if any.
    group: Option<usize>,
    /// For an equivalent in parentheses ("50% (8 xã)"), the quantity it restates.
    host: Option<usize>,
    /// For a part of a breakdown ("120.000 con (trong đó: đàn trâu 30.000
    /// con; ...)"), the whole it breaks down.
    whole: Option<usize>,
    item_start: usize,
    item_end: usize,
    /// Set when this quantity is the achieved half of a pair.
    consumed: bool,
    /// Set when this quantity ends a change dated in the past ("từ 95
    /// triệu đồng (năm 2014) lên 110 triệu đồng (năm 2019)"): the sentence
    /// reports.
    told: bool,
    /// For the target half of a pair, the achieved half's subject tokens.
    pair_left: Option<(usize, usize)>,
}

/// How a sentence read, as reading its targets told it, for the next
/// one to carry.
#[derive(Debug, Clone, Copy)]
struct Told {
    /// Its last cue (see [`Sentence::reading`]).
    reading: Option<bool>,
    /// It had figures and no cue, and none of them was a target: it
    /// described what is or was.
    described: bool,
    /// Besides, one of its figures reported by more than its digits (see
    /// `Sentence::reports_outright`): the next sentence of its paragraph
    /// goes on reporting.
    measured: bool,
    /// It had no cue and set targets all the same (by a threshold, or as
    /// an indicator's value): a numbered list's next item goes on setting.
    set: bool,
}

impl Told {
    /// A sentence read by its cues alone.
    fn by_cue(reading: Option<bool>) -> Self {
        Told {
            reading,
            described: false,
            measured: false,
            set: false,
        }
    }
}

struct Sentence<'t, 'a> {
    text: &'t str,
    toks: &'a [Tok<'t>],
    /// The reader's room for the sentence's temporaries.
    room: &'a Room,
    s: usize,
    e: usize,
    terms: &'a reader::Terms<'t>,
    /// The reading carried from the previous sentence ("Cụ thể, ..." goes on
    /// with it): `Some(false)` a report, `Some(true)` a goal.
    carried: Option<bool>,
    /// The deadline of a list this sentence goes on with ("Các chỉ tiêu
    /// đến năm 2030: 1. ... 2. ..."), for items that name none.
    carried_year: Option<i32>,
    /// The article's date, when known (see [`TargetReader::published`]).
    published: Option<chrono::NaiveDate>,
    /// The sentence opens on a time frame, and the next one of its
    /// paragraph on a later one to set a goal (see
    /// [`TargetReader`]'s look ahead).
    later_term: bool,
    /// The result the next sentence gives for the plan's figure of this
    /// one, in a review table turned into text ("Kế hoạch: 75%. Thực
    /// hiện: 78,4%.").
    review_result: Option<f64>,
}

/// Room for a sentence's temporaries, which the reader keeps from sentence
/// to sentence: each is taken out while in use and given back after, so a
/// sentence costs no allocation for them once the reader has warmed.
#[derive(Default)]
struct Room {
    /// The subject reader's words before and after the number.
    left: Cell<Vec<usize>>,
    right: Cell<Vec<usize>>,
    /// The cue pass's tables (see [`modality::Cues`]).
    nearest: Cell<Vec<Option<bool>>>,
    met_after: Cell<Vec<bool>>,
    found: Cell<Vec<Found>>,
    emitted: Cell<Vec<(usize, Target)>>,
    /// Whether each found figure is a target, for those asked before the
    /// sentence's loop (see [`Sentence::reported_by_a_cue`]).
    verdicts: Cell<Vec<Option<bool>>>,
}

impl Room {
    /// The vector of `cell`, emptied, to fill and give back with `Cell::set`.
    fn take<T>(cell: &Cell<Vec<T>>) -> Vec<T> {
        let mut v = cell.take();
        v.clear();
        v
    }
}

/// A per-token table for one sentence, indexed by the token's position in
/// the whole text.
struct Window<T> {
    base: usize,
    /// Empty when every token holds `fill`: most sentences have no
    /// parenthesis, and their tables cost no allocation.
    items: Vec<T>,
    fill: T,
}

impl<T: Clone> Window<T> {
    fn new(base: usize, len: usize, fill: T) -> Self {
        Window {
            base,
            items: vec![fill.clone(); len],
            fill,
        }
    }

    /// A table that holds `fill` for every token and cannot be written.
    fn uniform(base: usize, fill: T) -> Self {
        Window {
            base,
            items: Vec::new(),
            fill,
        }
    }
}

impl<T> std::ops::Index<usize> for Window<T> {
    type Output = T;

    fn index(&self, k: usize) -> &T {
        if self.items.is_empty() {
            return &self.fill;
        }
        &self.items[k - self.base]
    }
}

impl<T> std::ops::IndexMut<usize> for Window<T> {
    fn index_mut(&mut self, k: usize) -> &mut T {
        &mut self.items[k - self.base]
    }
}

impl Sentence<'_, '_> {
    /// Where a clause opens after the sentence's last report word
    /// (`vote`) to set goals: past a comma or a semicolon, a governing cue
    /// ("phấn đấu", "mục tiêu", ...) within a few words.
    fn goals_after_a_vote(&self, vote: usize) -> Option<usize> {
        let toks = self.toks;
        let cue_at = |k: usize| {
            lexicon::GOVERNING_CUES
                .iter()
                .any(|c| lexicon::phrase_at(toks, k, c).is_some())
        };
        // "..., Quốc hội thông qua Nghị quyết kế hoạch ... năm 2024 với chỉ
        // tiêu GDP ... là từ 6 - 6,5%": a clause that adopts a plan sets
        // the goals it names before its first figure but a year.
        let adopts = |from: usize| {
            (from..(from + GOAL_CLAUSE_REACH).min(self.e))
                .take_while(|&k| toks[k].kind == Kind::Word)
                .any(|k| {
                    lexicon::ADOPTS_COUNTED
                        .iter()
                        .any(|a| lexicon::phrase_at(toks, k, a).is_some())
                })
                && (from..self.e)
                    .take_while(|&k| {
                        (toks[k].kind != Kind::Num || quantity::is_year(&toks[k]))
                            && !toks[k].is_punct(';')
                    })
                    .any(cue_at)
        };
        let sets_goals = |from: usize| {
            (from..(from + GOAL_CLAUSE_REACH).min(self.e))
                .take_while(|&k| toks[k].kind == Kind::Word)
                .any(cue_at)
                || adopts(from)
        };
        (vote + 1..self.e)
            .filter(|&k| toks[k].is_punct(',') || toks[k].is_punct(';'))
            .map(|k| k + 1)
            .find(|&from| sets_goals(from))
    }

    /// Pushes the sentence's targets to `out`; tells its reading (see
    /// [`Sentence::reading`]) when the rules came to know it on the way, so
    /// that the next sentence need not read this one again.
    fn targets(
        &self,
        prev_subject: &mut Option<String>,
        out: &mut impl Extend<Target>,
    ) -> Option<Told> {
        let toks = self.toks;
        // "Thực hiện: 78,4%. Đánh giá: vượt.": a review table's result and
        // assessment are told (the result is the plan's achieved value).
        if structure::column_label(toks, self.s, lexicon::REVIEW_RESULT)
            .or_else(|| structure::column_label(toks, self.s, lexicon::REVIEW_ASSESSMENT))
            .is_some()
        {
            return Some(Told::by_cue(Some(false)));
        }
        let groups = structure::groups(toks, self.s, self.e);
        // The lists with a phrase in the sentence, in one pass: most
        // sentences hold none of the two below, told without a look at
        // each token for each.
        let lists = toks[self.s..self.e]
            .iter()
            .fold(0, |bits, t| bits | t.starts);
        // "tán thành chỉ tiêu tăng trưởng ... từ 10% trở lên": approving a
        // goal sets it; no vote is counted.
        let approves_a_goal = |k: usize| {
            any_at(toks, k, SENTENCE_REPORT_CUES)
                .is_some_and(|(_, end)| any_at(toks, end, lexicon::QUOTAS).is_some())
        };
        if lists & SENTENCE_REPORT_CUES.bit != 0
            && let Some(vote) = (self.s..self.e)
                .rfind(|&k| any_at(toks, k, SENTENCE_REPORT_CUES).is_some() && !approves_a_goal(k))
        {
            // "Với 100% đại biểu tán thành, Đại hội thông qua Nghị quyết,
            // trong đó đặt mục tiêu ... dưới 2%": the vote is told, and the
            // goals a later clause sets are still set.
            return match self.goals_after_a_vote(vote) {
                Some(from) => Sentence {
                    s: from,
                    carried: None,
                    later_term: false,
                    ..*self
                }
                .targets(prev_subject, out),
                None => Some(Told::by_cue(Some(false))),
            };
        }
        // "gấp 1,7 lần so năm 2015" compares a result with the past, unless the
        // sentence states a goal ("phấn đấu", "Đến năm 2030, ...", "... đến
        // năm 2030 gấp 1,5 lần năm 2025"). A deadline inside an item sets
        // a goal only for a multiple that is the sentence's first figure,
        // told as a plan tells it: after a level ("đến năm 2020 khoảng
        // 3.900 USD, gấp 1,8 lần so năm 2015") or rounded ("gấp hơn 1,7
        // lần"), the multiple was measured.
        let index = tagger::index();
        if let Some(times) = toks[self.s..self.e]
            .iter()
            .position(|t| t.kind == Kind::Word && index.marked(t.id, mark::TIMES))
            .map(|at| self.s + at)
        {
            let measured = toks
                .get(times + 1)
                .is_some_and(|t| lexicon::ROUNDING_COMPARATORS.contains(&t.low.as_ref()))
                || (self.s..times)
                    .any(|k| toks[k].kind == Kind::Num && !quantity::is_year(&toks[k]));
            // A deadline not yet come sets a goal however its level is
            // told ("đến năm 2030 đạt từ 110 đến 120 triệu đồng/người/năm,
            // gấp 1,6 lần so với năm 2025").
            let goal = lists & TARGET_CUES.bit != 0
                && (self.s..self.e).any(|k| any_at(toks, k, TARGET_CUES).is_some())
                || self.year_mentions().iter().any(|y| {
                    let by = lexicon::BY.contains(&toks[y.0].low.as_ref());
                    // "Thu nhập ... năm 2030 đạt 150 triệu đồng, gấp 2 lần":
                    // a year still ahead is a goal's, however told.
                    (self.is_lead_in(y.0, y.1) || by)
                        && (!measured || !modality::frame_is_past(y.2, self.published))
                        || modality::year_ahead(y.2, self.published)
                })
                // "... gấp 2 lần so với hiện nay": measured against now.
                || (times + 1..self.e).any(|k| lexicon::compared_with_now_at(toks, k));
            if !goal {
                return None;
            }
        }
        let mut found = Room::take(&self.room.found);
        structure::quantities(toks, self.s, self.e, &groups, &mut found);
        if found.is_empty() {
            self.room.found.set(found);
            return None;
        }
        structure::place_parentheses(toks, self.e, &mut found, &groups.close_of);
        structure::items(toks, self.s, &mut found, &groups);
        self.plan_in_parentheses(&mut found, &groups.close_of);
        self.plan_worked_out(&mut found);
        self.plans_in_parallel(&mut found);
        self.pairs(&mut found);
        self.review_pair(&mut found);
        self.transitions(&mut found);
        let years = self.year_mentions();
        let first_main = found
            .iter()
            .find(|f| f.group.is_none())
            .map_or(self.e, |f| f.q.first);
        let cues = self.cues();
        let mut scene = modality::Scene {
            cues: &cues,
            group_of: &groups.group_of,
            years: &years,
            first_main,
            floored: false,
        };
        let mut emitted = Room::take(&self.room.emitted);
        // Whether an achieved/target pair stands in the sentence: a review,
        // whose other figures with no cue are results, before the pair
        // ("diện tích nuôi tôm 8.720 ha; sản lượng đạt 2,7 triệu tấn (Nghị
        // quyết đề ra 2,8 triệu tấn)") or after it.
        let paired = found.iter().any(|f| f.q.achieved.is_some());
        // What there is, told first ("có 10 bác sĩ ...; ... tối thiểu 80%"),
        // is a plan's too when a figure of the sentence has a floor or a cap.
        scene.floored = self.carried.is_none()
            && cues.none()
            && found
                .iter()
                .any(|f| !f.consumed && f.group.is_none() && self.floored_or_capped_in(f));
        // A sentence with no goal cue does not mix goals and results: one
        // figure evidently measured makes the others told too ("...
        // 6,13%; thu ngân sách tăng bình quân 17,4%/năm; cơ cấu kinh tế
        // chuyển dịch đúng hướng", whose report cue comes last; "...; trong
        // nhiệm kỳ đã kết nạp 1.011 đảng viên mới"). A report carried from
        // the sentence before only adds to that: a date that makes the
        // sentence before a report never makes a figure here a goal.
        let mut verdicts = Room::take(&self.room.verdicts);
        verdicts.resize(found.len(), None);
        let measured_here = self.carried != Some(true)
            && !cues.any_goal()
            && (self.tells_an_amount_achieved(&groups.group_of)
                || self.reported_by_a_cue(&found, &scene, paired, &mut verdicts)
                || found.iter().any(|f| {
                    f.group.is_none()
                        && (f.told
                            || !f.consumed
                                && (self.measured_in_passing(f, &scene)
                                    || self.told_done_in_the_past(f, &scene)
                                    || self.reported_of_a_past_year(f, &scene)))
                }));
        for (idx, f) in found.iter().enumerate() {
            let after_pair = paired;
            // (A share is never a bare scale: most figures skip the lookup.)
            if f.consumed || f.q.class != UnitClass::Percent && quantity::bare_scale(&f.q.unit) {
                continue;
            }
            let target = verdicts[idx].unwrap_or_else(|| self.is_target(f, &scene, after_pair))
                || self.part_of_a_target(&found, idx, &emitted, lists)
                    && self.may_read_as_its_whole(f, &scene);
            if !target
                || measured_here
                    && f.q.achieved.is_none()
                    && !self.goal_by_its_year(f, &scene)
                    && !self.floored_or_capped_in(f)
                || paired && self.past_a_pair_s_cue(&found, idx, &scene)
            {
                continue;
            }
            // "là 20.970 đồng/lít, tăng 310 đồng", "đạt 62.400 tỷ đồng, tăng
            // 11,5%": a change told right after a figure is that figure's,
            // and no target when the figure is none.
            if idx > 0
                && self.change_told_of(&found[idx - 1], f, &groups.close_of)
                && !emitted.iter().any(|(i, _)| *i == idx - 1)
            {
                continue;
            }
            // The parts of a whole read as the whole does: a reported count's
            // breakdown is reported too.
            if f.whole
                .or_else(|| self.broken_down_from(&found, idx, lists))
                .is_some_and(|w| !emitted.iter().any(|(i, _)| *i == w))
            {
                continue;
            }
            // "có ít nhất 8 ... và 100% ...": all of a whole takes no floor
            // or ceiling from the figure before it.
            let whole = f.q.class == UnitClass::Percent && f.q.value == 100.0;
            // "ít nhất 12 xã đạt chuẩn nâng cao và 3 xã đạt chuẩn kiểu mẫu":
            // a count past the words of the one before counts other things,
            // with no floor from it; a share ("ít nhất 30% thời gian ... và
            // 30% chi phí") or a change ("giảm 20% ..., 30% ...") goes on,
            // and so does a count past its year only ("khoảng 10,6 triệu
            // người vào năm 2025 và 12 triệu người vào năm 2030").
            let in_a_year = |k: usize| years.iter().any(|y| (y.0..=y.1).contains(&k));
            // Words of its own between the figure `i` and this one.
            let words_between = |i: usize| {
                (found[i].q.last + 1..f.q.first).any(|k| {
                    toks[k].kind == Kind::Word && !toks[k].is_word(lexicon::AND) && !in_a_year(k)
                })
            };
            let own_count = |i: usize, b: Bound| {
                f.q.class != UnitClass::Percent
                    && !matches!(b, Bound::IncreaseBy | Bound::DecreaseBy)
                    && words_between(i)
            };
            // A floor or a cap, which a figure of another kind or a share of
            // its own does not take.
            let limit = |b: Bound| {
                matches!(
                    b,
                    Bound::AtLeast | Bound::AtMost | Bound::Above | Bound::Below
                )
            };
            // "đạt 17% trở lên, 93% đường phố ...": a bound printed after
            // its figure closes that figure's item and goes no further; nor
            // does a floor or a cap pass to a figure of another kind ("ít
            // nhất 60 lít/người/ngày, 70% hộ ..."), as a change does ("tăng
            // thêm 1.200 ha ..., 15 cơ sở") and "khoảng" does ("khoảng 100
            // triệu hành khách/năm và 5 triệu tấn hàng hóa/năm").
            // "giảm ít nhất 30% thời gian ... và 30% chi phí": one change
            // with one floor over both objects; "tối thiểu 70% hồ sơ được
            // xử lý ... và 45% giao dịch ...": each share its own item, the
            // floor the first's alone. So is a share that names its whole
            // after it, past a figure whose item the comma closed ("che phủ
            // rừng trên 46,5%, 95% chất thải rắn ... được xử lý").
            let own_share = |i: usize, b: Bound| {
                let q = &found[i].q;
                // ("cắt giảm ít nhất: 30% ..., 30% ...": past the colon of
                // a list the floor leads.)
                let lead_end = if q.first > self.s && toks[q.first - 1].is_punct(':') {
                    q.first - 1
                } else {
                    q.first
                };
                // A floor the figure took from the one before it goes on
                // as that one's did.
                let own_floor = || lexicon::comparators_ending_at(toks, lead_end).next();
                let whole_after = || {
                    toks.get(q.last + 1).is_some_and(|t| t.is_punct(','))
                        && toks
                            .get(f.q.last + 1)
                            .is_some_and(|t| t.kind == Kind::Word && !t.is_word(lexicon::AND))
                };
                f.q.class == UnitClass::Percent
                    && limit(b)
                    && (words_between(i)
                        && own_floor().is_some_and(|(_, st)| {
                            !(st > self.s && subject::is_direction_verb(toks, st - 1).is_some())
                        })
                        || whole_after())
            };
            // "95% ... (tương đương khoảng 127 di tích) và 70% ...": an
            // aside's figure hands its bound on to none outside it; its
            // host hands on to it ("tăng khoảng 10,5% (phấn đấu 12%)").
            let inherited = emitted
                .iter()
                .rev()
                .find(|(i, _)| found[*i].group.is_none() || found[*i].group == f.group)
                .filter(|(i, t)| {
                    !own_count(*i, t.bound)
                        && !own_share(*i, t.bound)
                        && found[*i].q.own_bound.is_none()
                        && (found[*i].q.class == f.q.class || !limit(t.bound))
                })
                .map(|(i, t)| {
                    // "khoảng 37-38% và 31%": the range's "about" goes on.
                    let about = || {
                        let q = &found[*i].q;
                        (self.chain_start(q.first, found[*i].item_start)..q.first)
                            .any(|k| any_at(toks, k, lexicon::ABOUT).is_some())
                    };
                    if t.bound == Bound::Range && about() {
                        Bound::About
                    } else {
                        t.bound
                    }
                })
                .filter(|b| !whole && !matches!(b, Bound::Exact | Bound::Range));
            let mut target = self.build(f, &years, first_main, inherited, &groups.group_of, lists);
            // "... đến năm 2025 lần lượt chiếm 10% - 60,5% - 29,5%": a bare
            // figure listed right after another is of the same time.
            // "... năm 2022 lên mức 70%, tương ứng 7.000 đồng/cổ phần": so
            // is the equivalent a comma and its opener tell right after.
            let restated = |after: usize| {
                toks[after].is_punct(',')
                    && any_at(toks, after + 1, lexicon::RESTATES)
                        .is_some_and(|(_, e)| self.chain_start(f.q.first, e) == e)
            };
            if let Some((i, prev)) = emitted.last()
                && target.deadline_year.is_none()
                && f.group == found[*i].group
                && (f.q.class == found[*i].q.class
                    && (found[*i].q.last + 1..f.q.first).all(|k| {
                        toks[k].is_punct(',')
                            || toks[k].is_punct('-')
                            || toks[k].is_word(lexicon::AND)
                    })
                    || restated(found[*i].q.last + 1))
            {
                target.deadline_year = prev.deadline_year;
            }
            if let Some(h) = f.host {
                // An equivalent shares its host's subject and deadline, and
                // its reading: it restates a report as a report.
                let Some((_, ht)) = emitted.iter().find(|(i, _)| *i == h) else {
                    continue;
                };
                target.subject = ht.subject.clone();
                // A count a share's change comes to is that change ("giảm
                // 6,5-7,2% (tương ứng từ 840-930 hộ)"); an amount a growth
                // rate comes to is the level reached ("tăng 12%, tương
                // đương 450 tỷ USD").
                if matches!(ht.bound, Bound::IncreaseBy | Bound::DecreaseBy)
                    && found[h].q.class == UnitClass::Percent
                    && f.q.class == UnitClass::Count
                    && matches!(target.bound, Bound::Exact | Bound::Range)
                {
                    target.bound = ht.bound;
                }
                // Its host's year first: the aside after "năm 2025 lên mức
                // 3.828.160 tỷ đồng (157,1 tỷ USD)" restates that year's.
                target.deadline_year = ht.deadline_year.or(target.deadline_year);
                target.span = ht.span;
                target.text = ht.text.clone();
            }
            emitted.push((idx, target));
        }
        self.share_subjects(&found, &mut emitted, prev_subject);
        let last = cues.last();
        let described = last.is_none() && emitted.is_empty() && found.iter().any(|f| !f.consumed);
        let measured = described
            && found
                .iter()
                .any(|f| !f.consumed && self.reports_outright(f, &scene));
        let set = last.is_none() && !emitted.is_empty();
        out.extend(emitted.drain(..).map(|(_, t)| t));
        self.room.emitted.set(emitted);
        self.room.verdicts.set(verdicts);
        self.room.found.set(found);
        cues.give_back(self.room);
        Some(Told {
            reading: last,
            described,
            measured,
            set,
        })
    }
}

impl Sentence<'_, '_> {
    /// "Kế hoạch: 75%.", then "Thực hiện: 78,4%.": the plan's figure, alone
    /// in its sentence, is the target the next sentence's result achieved.
    fn review_pair(&self, found: &mut [Found]) {
        let Some(result) = self.review_result else {
            return;
        };
        let mut main = found
            .iter_mut()
            .filter(|f| f.group.is_none() && !f.consumed);
        if let (Some(f), None) = (main.next(), main.next())
            && f.q.achieved.is_none()
        {
            f.q.achieved = Some(result);
        }
    }

    /// The figure whose breakdown, opened by "trong đó" after a comma, the
    /// figure `idx` is part of: "Xã có 5.420 ha rừng, trong đó rừng phòng
    /// hộ 1.230 ha, rừng sản xuất 4.190 ha". (A breakdown in parentheses
    /// has its whole from [`structure::place_parentheses`].)
    /// `lists` are the sentence's tags: most sentences break nothing down.
    fn broken_down_from(&self, found: &[Found], idx: usize, lists: u64) -> Option<usize> {
        if lists & BREAKDOWNS.bit == 0 {
            return None;
        }
        let toks = self.toks;
        let f = found.get(idx)?;
        let floor = f.q.first.saturating_sub(BREAKDOWN_REACH).max(self.s + 1);
        // "..., trong đó: ngân sách trung ương 100.000 tỷ đồng, ...; vốn tín
        // dụng khoảng 23.000 tỷ đồng": a breakdown opened by a colon goes
        // on past ';', which parts its items.
        let mut parted = false;
        let opens = (floor..f.q.first).rev().find(|&k| {
            let opens = toks[k].starts & BREAKDOWNS.bit != 0
                && toks[k - 1].is_punct(',')
                && any_at(toks, k, BREAKDOWNS).is_some_and(|(_, end)| {
                    !parted || toks.get(end).is_some_and(|t| t.is_punct(':'))
                });
            parted |= toks[k].is_punct(';');
            opens
        })?;
        // "633.000 căn đang triển khai, trong đó phấn đấu hoàn thành
        // 100.000 căn": a part a goal cue of its own sets is no mere part.
        if self.governing_cue_in(opens, f.q.first) {
            return None;
        }
        found[..idx]
            .iter()
            .rposition(|w| w.q.last < opens && w.group == f.group)
    }

    /// Whether the figure `idx` is part of a whole read as a target, in
    /// parentheses or after ", trong đó".
    fn part_of_a_target(
        &self,
        found: &[Found],
        idx: usize,
        emitted: &[(usize, Target)],
        lists: u64,
    ) -> bool {
        found.get(idx).is_some_and(|f| {
            f.whole
                .or_else(|| self.broken_down_from(found, idx, lists))
                .is_some_and(|w| emitted.iter().any(|(i, _)| *i == w))
        })
    }

    /// Whether `b` is a change told right after `a`, past an aside of
    /// `a`'s ("tăng 1,2 triệu đồng" after "175 triệu đồng/lượng (bán ra),"):
    /// ", tăng" or ", giảm" between them and nothing else.
    fn change_told_of(&self, a: &Found, b: &Found, close_of: &Window<Option<usize>>) -> bool {
        let toks = self.toks;
        if a.group != b.group || a.q.achieved.is_some() || b.q.achieved.is_some() {
            return false;
        }
        let mut k = a.q.last + 1;
        if k < self.e && toks[k].is_punct('(') {
            match close_of[k] {
                Some(close) => k = close + 1,
                None => return false,
            }
        }
        let verb = |t: &Tok<'_>| {
            lexicon::UP_VERBS.contains(&t.low.as_ref())
                || lexicon::DOWN_VERBS.contains(&t.low.as_ref())
        };
        // "đạt 220,4 nghìn tỷ đồng, tăng trưởng 13,8%": the growth told of
        // the level is its change too.
        let from = if toks.get(k + 2).is_some_and(|t| {
            lexicon::VERB_NOUN_COMPOUNDS.contains(&(toks[k + 1].low.as_ref(), t.low.as_ref()))
        }) {
            k + 3
        } else {
            k + 2
        };
        from < self.e
            && toks[k].is_punct(',')
            && verb(&toks[k + 1])
            && self.chain_start(b.q.first, from) == from
    }
}

#[cfg(test)]
mod tests;
