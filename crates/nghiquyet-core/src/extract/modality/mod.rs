//! Modality first: whether a quantity is a goal or a report.
//!
//! The evidence comes in kinds, one submodule each:
//! - [`cues`]: the nearest goal or report cue before each token, read in
//!   one pass per sentence, with the reading a sentence carries to the next;
//! - [`reports`]: results measured against the plan, summed up by a later
//!   estimate, done, ranked or achieved;
//! - [`facts`]: what a place or a thing is (its facts, a price, where), and
//!   counts that are the condition of a rate;
//! - [`lists`]: what there is, enumerated after "có", "với", "gồm";
//! - [`norms`]: what a rule grants or allows (support, a loan's terms);
//! - [`comparisons`]: pairs of an achieved and a target value, changes
//!   from one level to another, figures set against a year;
//! - [`dated`]: the years an item is tied to, read against the article's
//!   date where it is known.
//!
//! [`Sentence::is_target`] composes them. The decisions that need no
//! sentence are small pure functions ([`dated::year_reading`],
//! [`dated::dated_reading`], [`cues::report_word`]), each with its own
//! tests; the methods on `Sentence` gather their inputs.

mod comparisons;
mod cues;
mod dated;
mod facts;
mod lists;
mod norms;
mod reports;

use comparisons::Bases;
pub(super) use comparisons::compared_base;
pub(super) use cues::Cues;
use cues::{estimate_reports, report_word};
pub(super) use dated::{frame_is_past, lead_period, period_at, year_ahead};
use dated::{year_begun, year_reading};
use reports::{floored_share, share_of_plan};

use super::*;

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

/// What the rules read a sentence's figures against, found once for the
/// sentence: its cues, the parenthesis each token is in, its years and
/// where its first figure outside parentheses starts.
#[derive(Clone, Copy)]
pub(super) struct Scene<'a> {
    pub(super) cues: &'a Cues,
    pub(super) group_of: &'a Window<Option<usize>>,
    /// The sentence's year mentions (see [`Sentence::year_mentions`]).
    pub(super) years: &'a [(usize, usize, i32)],
    pub(super) first_main: usize,
    /// Whether a figure of the sentence, which has no cue, has a floor or a
    /// cap in words.
    pub(super) floored: bool,
}

/// A quantity in its sentence, with what the rules ask of it.
struct Figure<'a> {
    f: &'a Found,
    cues: &'a Cues,
    group_of: &'a Window<Option<usize>>,
    /// The sentence's year mentions (see [`Sentence::year_mentions`]).
    years: &'a [(usize, usize, i32)],
    /// Where the sentence's first quantity outside parentheses starts.
    first_main: usize,
    /// The nearest cue before the quantity: `Some(true)` a goal cue.
    cue: Option<bool>,
    /// Where the quantity's modifiers start ("trên", "ít nhất", ...).
    chain_start: usize,
    /// Whether an achieved/target pair comes before it in the sentence.
    after_pair: bool,
}

impl Sentence<'_, '_> {
    /// Whether a quantity is a target. Some evidence holds whatever the
    /// cue (a result against the plan, a price); then the years against the
    /// article's date, then the nearest cue before it decide; a figure with
    /// no cue is a goal unless it describes what there is or was.
    pub(super) fn is_target(&self, f: &Found, scene: &Scene<'_>, after_pair: bool) -> bool {
        // An achieved/target pair states its target (rule 6), whatever
        // words compare the two or measure the result against the plan
        // ("kết nạp 2.845/2.500 đảng viên, đạt 113,8% chỉ tiêu").
        let fig = Figure {
            after_pair,
            ..self.figure(f, scene)
        };
        if f.q.achieved.is_some() {
            return fig.cue == Some(true) || !self.part_taken_up(f);
        }
        if self.value_of_a_plan_named(&fig) {
            return true;
        }
        if self.evidently_none(&fig) {
            return false;
        }
        if let Some(reading) = self.dated(&fig) {
            return reading == Reading::Goal;
        }
        if let Some(cue) = fig.cue {
            return cue;
        }
        if self.located(&fig)
            || self.loan_rate(&fig)
            || self.casualties(&fig)
            || self.attended(&fig)
            || self.told_with_its_excess(&fig)
            || self.told_with_its_effect(&fig)
            || self.in_a_work_s_profile(&fig)
            || self.size_of_a_list(&fig)
            || self.in_the_scope_opened(&fig)
            || self.places_named_one_by_one(&fig)
            || self.arising(&fig)
            || self.in_operation(&fig)
            || self.whole_in_progress(&fig)
            || self.object_of_what_goes_on(&fig)
            || self.before_a_later_goal(&fig)
            || self.after_a_pair(&fig)
            || self.cited(&fig)
            || self.in_a_condition(&fig)
            || self.in_a_programme_name(&fig)
            || self.narrated_year(&fig)
            || self.measured_year(&fig)
            || self.told_at_a_past_date(&fig)
            || self.told_at_a_year_s_start(&fig)
            || self.narrated_occasion(&fig)
            || self.narrated_term(&fig)
            || self.of_former_units(&fig)
            || self.before_a_later_term(&fig)
            || self.before_progress_to_date(&fig)
            || self.level_and_change(&fig)
            || self.level_before_its_goal(&fig)
            || self.change_against_the_past(&fig)
            || self.opens_against_the_past(&fig)
            || self.found_through()
            || self.told_at_an_occasion()
            || self.told_of_carrying_out()
            || self.over_years_past()
        {
            return false;
        }
        if scene.cues.year_on_year {
            return self.year_ahead(&fig) || self.floored_or_capped(&fig);
        }
        !(self.of_a_year(&fig)
            || !scene.floored
                && (self.what_there_is(&fig)
                    || self.rate_of_what_there_is(&fig)
                    || self.achieved_amount(&fig))
            || self.locality_fact(&fig)
            || self.reported_share(&fig)
            || self.share_past_the_whole(&fig))
    }

    /// Whether the two figures of an "X/Y" told with a unit each are a part
    /// and its whole, the share it takes up told right after ("hiện còn
    /// 120,56 triệu m3/194,49 triệu m3, chiếm 61,99% dung tích thiết kế"):
    /// a stock, no result against a plan.
    fn part_taken_up(&self, f: &Found) -> bool {
        let toks = self.toks;
        let k = f.q.last + 1;
        toks.get(k).is_some_and(|t| t.is_punct(','))
            && toks
                .get(k + 1)
                .is_some_and(|t| t.is_word(lexicon::TAKES_UP))
            && toks.get(k + 2).is_some_and(|t| t.kind == Kind::Num)
            && toks.get(k + 3).is_some_and(|t| t.is_punct('%'))
            && f.q.achieved.is_some_and(|a| a < f.q.value)
    }

    /// Evidence that holds whatever the cue: a result against the plan or
    /// an estimate, a price, what is done or ranked, a condition.
    fn evidently_none(&self, fig: &Figure<'_>) -> bool {
        self.against_the_plan(fig)
            || self.excess_in_aside(fig)
            || self.before_an_estimate(fig)
            || self.price(fig)
            || self.done(fig)
            || self.ranked(fig)
            || self.delegates_attending(fig)
            || self.gap_to_others(fig)
            || self.condition_of_rate(fig)
            || self.condition_of_units(fig)
            || self.threshold_of_the_counted(fig)
            || self.count_that_qualifies_units(fig)
            || self.subject_of_a_share(fig)
            || self.named_places_reaching(fig)
            || self.condition_of_none_left(fig)
            || self.handed_a_task(fig)
            || self.entitlement(fig)
            || self.granted(fig)
            || self.support_rate(fig)
            || self.sum_needed(fig)
            || self.work_by_design(fig)
            || self.baseline_in_aside(fig)
            || self.before_a_contrast(fig)
            || self.compared_with(fig)
            || self.in_a_quoted_name(fig)
            || self.baseline_after_a_later_goal(fig)
    }

    /// "... phát sinh mỗi ngày nhưng tỉ lệ thu gom mới chỉ đạt khoảng
    /// 50-60%": whether a figure a report cue governs is no target, which
    /// makes a sentence with no goal cue a report. The verdicts asked are
    /// kept in `verdicts` (by the figure's index), for the sentence's loop
    /// to read instead of asking again.
    pub(super) fn reported_by_a_cue(
        &self,
        found: &[Found],
        scene: &Scene<'_>,
        after_pair: bool,
        verdicts: &mut [Option<bool>],
    ) -> bool {
        found.iter().zip(verdicts.iter_mut()).any(|(f, verdict)| {
            f.group.is_none()
                && !f.consumed
                && scene.cues.before(f.q.first - self.s) == Some(false)
                && !*verdict.insert(self.is_target(f, scene, after_pair))
        })
    }

    /// Whether a part of a whole read as a target, with no cue before it,
    /// may read as its whole does ("Diện tích lúa duy trì 95.000 ha trở
    /// lên, trong đó lúa chất lượng cao chiếm 80%"): unless the evidence
    /// that holds whatever the cue says otherwise ("trong đó 41 xã đã
    /// được công nhận").
    pub(super) fn may_read_as_its_whole(&self, f: &Found, scene: &Scene<'_>) -> bool {
        let fig = self.figure(f, scene);
        fig.cue.is_none() && !self.evidently_none(&fig)
    }

    /// Whether the figure `f`, with no goal cue, is evidently measured: a
    /// share told to the hundredth or taken up to the tenth, what there is
    /// (where no figure of the sentence has a floor or a cap), an amount
    /// reported or achieved ("kết nạp được 152 đảng viên"), or a figure
    /// told of the past (see [`Sentence::told_of_the_past`]). A report cue,
    /// told or carried from the sentence before, takes no such evidence
    /// away: a date that makes the sentence before a report never makes a
    /// goal here (fuzz: "a date only drops or keeps targets").
    pub(super) fn measured_in_passing(&self, f: &Found, scene: &Scene<'_>) -> bool {
        let fig = self.figure(f, scene);
        fig.cue != Some(true)
            && (self.reported_share(&fig)
                || self.share_past_the_whole(&fig)
                || !scene.floored && fig.f.q.first == fig.first_main && self.what_there_is(&fig)
                || self.reported_amount(&fig)
                || self.counted_to_the_unit(&fig)
                || self.achieved_amount(&fig)
                || self.told_of_the_past(&fig)
                || self.criteria_short_of_all(&fig))
    }

    /// Whether the figure `f` is told done in the past: "đã" before it in
    /// its item, under a report cue ("...; trong nhiệm kỳ đã kết nạp 1.011
    /// đảng viên mới"). A weaker report word ("giảm còn 2%") is no deed.
    pub(super) fn told_done_in_the_past(&self, f: &Found, scene: &Scene<'_>) -> bool {
        self.figure(f, scene).cue == Some(false)
            && (f.item_start..f.q.first).any(|k| self.toks[k].is_word(lexicon::PAST))
    }

    /// Whether the figure `f` is told under a report word of a year gone by
    /// ("..., tỷ lệ hộ nghèo năm 2015 còn 5%"), or as a change against one
    /// ("tỷ lệ hộ nghèo giảm còn 1,53%, giảm 1% so với năm 2024"):
    /// measured, as a figure with no cue told so is (see
    /// [`Sentence::told_of_the_past`]).
    pub(super) fn reported_of_a_past_year(&self, f: &Found, scene: &Scene<'_>) -> bool {
        let fig = self.figure(f, scene);
        fig.cue == Some(false) && (self.measured_year(&fig) || self.change_against_the_past(&fig))
    }

    /// Whether the figure `f`, with no cue, reports by more than its
    /// digits: a result measured against its plan ("kết nạp 59 đảng viên
    /// (đạt 118% kế hoạch)"), a figure of a time, a term or an occasion
    /// gone by ("Trong 7 ngày diễn ra lễ hội, ... đón 100.000 lượt khách"),
    /// or one told of the past. A sentence that tells one and sets no target
    /// reports; a list of indicators sets precise figures too.
    pub(super) fn reports_outright(&self, f: &Found, scene: &Scene<'_>) -> bool {
        let fig = self.figure(f, scene);
        fig.cue.is_none()
            && (self.against_the_plan(&fig)
                || self.share_past_the_whole(&fig)
                || self.dated(&fig) == Some(Reading::Report)
                || self.narrated_term(&fig)
                || self.narrated_occasion(&fig)
                || self.told_at_an_occasion()
                || self.over_years_past()
                || self.told_of_the_past(&fig))
    }

    /// Whether the figure is told of the past: of a year narrated or
    /// measured, at a past date, as a level with its change, or as a
    /// change against the past ("đạt gần 5 triệu lượt, tăng 3,5% so với
    /// năm 2024").
    fn told_of_the_past(&self, fig: &Figure<'_>) -> bool {
        self.narrated_year(fig)
            || self.measured_year(fig)
            || self.told_at_a_past_date(fig)
            || self.level_and_change(fig)
            || self.change_against_the_past(fig)
    }

    /// Whether the figure `f` has a floor or a cap in words before it
    /// ("với ít nhất 500 hộ"), which no description of what there is sets
    /// ("với thu nhập từ 1 tỷ đồng/năm trở lên" qualifies whom it counts).
    pub(super) fn floored_or_capped_in(&self, f: &Found) -> bool {
        self.floored_in_words(self.chain_start(f.q.first, f.item_start), f.q.first)
    }

    /// Whether a floor or a cap in words stands from `chain_start` up to the
    /// figure at `first` ("đạt tối thiểu 80%", "với ít nhất 500 hộ").
    fn floored_in_words(&self, chain_start: usize, first: usize) -> bool {
        (chain_start..first).any(|k| lexicon::floor_or_cap_at(self.toks, k))
    }

    /// Whether the figure `f` is a goal by the year it is told of ("...;
    /// năm 2026 thu ngân sách đạt 457 tỷ đồng"), whatever else its
    /// sentence tells.
    pub(super) fn goal_by_its_year(&self, f: &Found, scene: &Scene<'_>) -> bool {
        self.item_year(f, scene.years, scene.first_main)
            .is_some_and(|y| !dated::year_begun(y.2, self.published))
            || self.dated(&self.figure(f, scene)) == Some(Reading::Goal)
    }

    /// Whether a goal cue that governs what follows ("phấn đấu", "chỉ
    /// tiêu", ...; not a plan only cited, "Theo kế hoạch, ...") stands in
    /// the sentence before `first`. Every such cue is a goal cue: the tags
    /// spare most words the comparison.
    fn governing_cue_before(&self, first: usize) -> bool {
        self.governing_cue_in(self.s, first)
    }

    /// Whether a goal cue that governs what follows stands from `from` up
    /// to `to` (see [`Sentence::governing_cue_before`]).
    pub(in crate::extract) fn governing_cue_in(&self, from: usize, to: usize) -> bool {
        let toks = self.toks;
        (from..to).any(|k| {
            toks[k].starts & TARGET_CUES.bit != 0
                && lexicon::GOVERNING_CUES
                    .iter()
                    .any(|p| phrase_at(toks, k, p).is_some())
        })
    }

    /// The quantity `f` with what the rules ask of it, no pair before it.
    fn figure<'a>(&self, f: &'a Found, scene: &Scene<'a>) -> Figure<'a> {
        let before = f.q.first.checked_sub(1).filter(|&k| k >= self.s);
        Figure {
            f,
            cues: scene.cues,
            group_of: scene.group_of,
            years: scene.years,
            first_main: scene.first_main,
            cue: before.and_then(|k| scene.cues.nearest[k - self.s]),
            chain_start: self.chain_start(f.q.first, f.item_start),
            after_pair: false,
        }
    }

    /// A comparator ("có ít nhất 3 huyện", "có trên 500 doanh nghiệp") or a
    /// trailing "trở lên" sets a threshold: a goal, not a description. A
    /// range ("có từ 3 đến 5 sản phẩm") is a span to reach. A rounding of
    /// so many ("với hơn 310.000 học sinh", "toàn tỉnh có trên 420.000 học
    /// sinh") sets none.
    fn thresholded(&self, fig: &Figure<'_>) -> bool {
        let toks = self.toks;
        let Figure { f, chain_start, .. } = *fig;
        let q = &f.q;
        let rounded_with = (chain_start
            .checked_sub(1)
            .is_some_and(|p| p >= self.s && toks[p].is_word(lexicon::WITH))
            || self.whole_place(fig) && q.class == UnitClass::Count)
            && (chain_start..q.first)
                .all(|k| lexicon::ROUNDING_COMPARATORS.contains(&toks[k].low.as_ref()));
        q.own_bound.is_some()
            || q.value_max.is_some()
            || !rounded_with
                && (chain_start..q.first).any(|k| comparators_at(toks, k).next().is_some())
    }

    /// "tăng ... tối thiểu 5% so với năm 2022", "không quá 3%", "từ 10%
    /// trở lên": a floor or a cap, which a plan sets and a report, telling
    /// what came, never words so.
    fn floored_or_capped(&self, fig: &Figure<'_>) -> bool {
        matches!(fig.f.q.own_bound, Some(Bound::AtLeast | Bound::AtMost))
            || self.floored_in_words(fig.chain_start, fig.f.q.first)
    }

    /// "Đến năm 2030 có 2 đơn vị cấp huyện đạt chuẩn": the item's year is a
    /// deadline ("đến", "vào"), so what there is to be by it is a goal.
    fn by_deadline(&self, fig: &Figure<'_>) -> bool {
        // Or the year it is to be so in, told after it ("quy mô dân số
        // khoảng 10,6 triệu người vào năm 2025").
        self.item_year(fig.f, fig.years, fig.first_main)
            .is_some_and(|y| {
                let head = self.toks[y.0].low.as_ref();
                lexicon::BY.contains(&head)
                    || y.1 > fig.f.q.last && lexicon::DEADLINE_HEADS.contains(&head)
            })
    }
}
