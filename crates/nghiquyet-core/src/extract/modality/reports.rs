//! Results reported against the plan or the past: a share of the plan
//! reached or an excess over it, figures an estimate later in the sentence
//! sums up, what is done or ranked or set against others ("cao hơn bình
//! quân cả nước 4,5 điểm phần trăm"), an amount achieved ("được"), and a
//! share told to two decimals.

use super::*;

/// Tokens after a figure a rank closing its list may stand at.
const RANK_REACH: usize = 40;

/// The most tokens between a figure and the words that set it against
/// others ("là 113,2, cao hơn mức trung bình": one, the comma).
const SET_AGAINST_GAP: usize = 2;
/// The most words of the other a gap is told against ("bình quân chung
/// cả nước": five).
const GAP_COMPARAND_WORDS: usize = 6;
/// Tokens after a figure a clause of the progress to date may open at.
const PROGRESS_REACH: usize = 40;

/// The most words of a plan's giver between the plan and "giao" ("chỉ
/// tiêu Trung ương giao", "kế hoạch UBND tỉnh giao").
const GIVER_REACH: usize = 5;
/// The most tokens from a plan's name to the "là" of its value, past who
/// set it and when ("chỉ tiêu ... cả năm 2018 mà NHNN đưa ra là": twelve).
const SET_PLAN_NAME_TOKENS: usize = 20;

/// Whether the plan a result exceeds or falls short of ends right before
/// `at`, by name ("vượt dự toán 15%"), with its giver ("vượt chỉ tiêu
/// Trung ương giao 22,2%") or as set ("vượt chỉ tiêu đề ra 4,3%").
/// The plan may also go on with the document that set it ("vượt mục tiêu
/// Nghị quyết 0,36%") or its period ("vượt mục tiêu năm gần 5%"), not to
/// a value it states ("vượt mục tiêu ... là").
pub(super) fn excess_over_the_plan(toks: &[Tok<'_>], at: usize, s: usize) -> bool {
    // "so với kế hoạch là 6 - 7%": the plan's value, stated.
    if toks.get(at).is_some_and(|t| t.is_word(lexicon::IS)) {
        return false;
    }
    // The plan's period may close its name ("vượt mục tiêu năm gần 5%").
    let at = if at > s + 1 && toks[at - 1].is_word(lexicon::YEAR) {
        at - 1
    } else {
        at
    };
    if any_ending_at(toks, at, MET_TARGET).is_some() {
        return true;
    }
    // Or with the words that say it was set ("vượt chỉ tiêu đề ra 4,3%").
    let given = at
        .checked_sub(1)
        .is_some_and(|g| g > s && toks[g].is_word(lexicon::ASSIGNED))
        || lexicon::SET_OUT
            .iter()
            .any(|p| lexicon::phrase_ending_at(toks, at, p).is_some_and(|b| b > s));
    let document = at
        .checked_sub(1)
        .is_some_and(|d| d > s && any_ending_at(toks, d + 1, STATED_TARGET).is_some());
    if !(given || document) {
        return false;
    }
    (at.saturating_sub(GIVER_REACH + 1).max(s)..at)
        .rev()
        .take_while(|&k| toks[k].kind == Kind::Word && !toks[k].is_word(lexicon::IS))
        .any(|k| any_ending_at(toks, k, MET_TARGET).is_some())
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
    // "giải ngân 100% kế hoạch vốn", "Thực hiện 100% kế hoạch thanh tra":
    // all of a plan to carry out, the verb right before it; "đạt 100% kế
    // hoạch" measures.
    let carried_out = whole
        && pct >= 2
        && phrase_at(toks, pct + 1, lexicon::PLAN).is_some()
        && lexicon::PLAN_ACTIONS
            .iter()
            .any(|a| lexicon::phrase_ending_at(toks, pct - 1, a).is_some());
    if carried_out {
        return false;
    }
    let own_quota = whole
        && any_at(toks, pct + 1, lexicon::QUOTAS).is_some_and(|(_, e)| e == end)
        && toks.get(end).is_some_and(|t| {
            t.kind == Kind::Word && any_at(toks, end, lexicon::PLAN_AFTER_QUOTA).is_none()
        });
    !own_quota
}

/// Whether the share of the plan at `pct` (see [`share_of_plan`]) has a
/// floor: "giải ngân đạt trên 95% kế hoạch", "từ 95% kế hoạch trở lên" set
/// what to reach, the plan still named after them; a result is told as it
/// came ("đạt 96% kế hoạch") or rounded, or set above the plan ("hơn 95%",
/// "cao hơn 1,3% so với mục tiêu").
pub(super) fn floored_share(toks: &[Tok<'_>], pct: usize) -> bool {
    let Some(num) = pct.checked_sub(1) else {
        return false;
    };
    let rounded = num
        .checked_sub(1)
        .is_some_and(|p| toks[p].is_word(lexicon::MORE_THAN));
    let or_more = any_at(toks, pct + 1, SHARE_OF_PLAN)
        .is_some_and(|(_, end)| phrase_at(toks, end, lexicon::OR_MORE).is_some());
    // "tối thiểu bằng 50% kế hoạch lợi nhuận": a floor past "bằng".
    let floor_past_equal = num >= 1
        && toks[num - 1].is_word(lexicon::EQUAL_TO)
        && lexicon::floor_or_cap_ending_at(toks, num - 1);
    !rounded
        && (or_more
            || floor_past_equal
            || lexicon::comparators_ending_at(toks, num)
                .any(|(b, _)| matches!(b, Bound::AtLeast | Bound::Above)))
}

/// The decimals an amount of money is told to when it was counted, not
/// set ("186,556 tỷ đồng").
const AMOUNT_TOLD_DIGITS: usize = 3;

/// The least a count's digits, its trailing zeros dropped, come to when
/// it is a tally (see [`Sentence::counted_to_the_unit`]): four digits.
const TALLY_FLOOR: u64 = 1000;

/// The most words between a figure and what befell what it counts ("1.245
/// ha lúa bị ngập": one).
const HARMED_WORDS: usize = 2;
/// The most tokens after a count before the words of attending an event
/// ("vận động viên từ 34 tỉnh, thành phố tham dự").
const ATTENDANCE_REACH: usize = 12;

/// The most words of a body's name between its delegates and their vote
/// ("đại biểu Hội đồng nhân dân tỉnh biểu quyết": four).
const BODY_NAME_WORDS: usize = 5;
/// Words past "cơ cấu" a composition's bare name runs to ("kinh tế",
/// "các ngành kinh tế"); a longer one tells how it moved.
const COMPOSITION_NAME_WORDS: usize = 4;

impl Sentence<'_, '_> {
    /// Whether a goal cue governs the figure ("phấn đấu giải ngân đạt trên
    /// 95% kế hoạch vốn", "giao chỉ tiêu giải ngân: hết quý II đạt 40%, ...
    /// hết năm đạt 100% kế hoạch vốn"): the share of the plan, or the
    /// excess over it, to reach is the goal. Not after a result measured
    /// against the plan in the same sentence ("đều vượt chỉ tiêu, đạt 246%
    /// kế hoạch"), whatever goal the sentence before set; nor after a plan
    /// named only ("Theo kế hoạch, ... đạt 101% kế hoạch năm").
    /// A goal's own item to meet and exceed a quota ("...; đạt và vượt
    /// chỉ tiêu giảm hộ nghèo; ...") measures nothing.
    fn strived(&self, fig: &Figure<'_>) -> bool {
        let Figure {
            f,
            cue,
            cues,
            group_of,
            ..
        } = *fig;
        let toks = self.toks;
        // "Đảng bộ sẽ ... gọi công dân nhập ngũ đạt 100% chỉ tiêu": a share
        // of the plan told in the future is to reach, as one governed is.
        let will = || (self.s..f.q.first).any(|k| toks[k].is_word(lexicon::FUTURE));
        // A goal cue in the figure's own item ("...; phấn đấu giải ngân vốn
        // đầu tư công đạt 95%/năm so với kế hoạch TP giao") governs it
        // whatever an earlier item measured against the plan.
        let from = if f.item_start > self.s && self.governing_cue_in(f.item_start, f.q.first) {
            f.item_start
        } else {
            self.s
        };
        cue != Some(false)
            && (cue == Some(true) && self.governing_cue_before(f.q.first) || will())
            && !(from..f.q.first).any(|k| {
                // "(tăng 140% so với cùng kỳ)": a change on the past in an
                // aside, no plan measured.
                any_at(toks, k, MET_TARGET).is_some_and(|(p, _)| {
                    group_of[k].is_none()
                        || p.rsplit(' ')
                            .next()
                            .is_none_or(|tail| !lexicon::PAST_PERIOD_TAILS.contains(&tail))
                }) && !self.met_as_a_goal_s_item(k, cues)
            })
    }

    /// Whether the words at `k` that measure against a target stand in an
    /// item that opens on "đạt và vượt" and holds no figure, while a goal
    /// cue is in force: the goal to meet and exceed a quota, no result.
    fn met_as_a_goal_s_item(&self, k: usize, cues: &Cues) -> bool {
        let toks = self.toks;
        let Some(open) = (self.s..=k)
            .rev()
            .find(|&j| j == self.s || toks[j - 1].is_punct(';') || toks[j - 1].is_punct(':'))
        else {
            return false;
        };
        open > self.s
            && cues.nearest[open - 1 - self.s] == Some(true)
            && phrase_at(toks, open, lexicon::MET_IN_FULL).is_some()
            && (open..k).all(|j| toks[j].kind == Kind::Word)
    }

    /// "Riêng chỉ tiêu trồng rừng mới đạt 84% kế hoạch": "đạt" after a word
    /// of shortfall tells a result, whatever goal its subject names.
    fn fell_short(&self, fig: &Figure<'_>) -> bool {
        let toks = self.toks;
        (fig.chain_start.saturating_sub(1).max(self.s + 1)..fig.f.q.first).any(|k| {
            toks[k].is_word(lexicon::REACH)
                && lexicon::SHORTFALL.contains(&toks[k - 1].low.as_ref())
                && !(k >= 2 && toks[k - 2].is_word(lexicon::SHORTFALL_LOOKALIKE_HEAD))
        })
    }

    /// Whether the figure is a floor or a ceiling ("tối thiểu 10% so với
    /// dự toán", "từ 95% kế hoạch trở lên"), or a plan's own figure: a
    /// goal's or a norm's, never a result measured against the plan.
    pub(super) fn normed(&self, fig: &Figure<'_>) -> bool {
        let toks = self.toks;
        let q = &fig.f.q;
        // "số giao thu NSNN trên địa bàn tăng 23% so dự toán trung ương
        // giao": a plan's own figure set against another plan.
        let planned = (fig.f.item_start..fig.chain_start)
            .any(|k| phrase_at(toks, k, lexicon::ASSIGNED_FIGURE).is_some());
        planned
            || q.own_bound.is_some()
            // A report tells a result as it came ("đạt 96% kế hoạch", "tăng
            // trên 10%"); only a floor or a ceiling is a norm's.
            || self.floored_in_words(fig.chain_start, q.first)
    }

    /// Whether the figure's item ends on its excess over the plan, in an
    /// aside with no base but the plan ("được hơn 1 tỷ đồng (vượt 40%)",
    /// "68% hội viên đăng ký ... (vượt 8%)", "(vượt 90,8% so với chỉ tiêu
    /// Nghị quyết)"): a result. An excess over a past level ("(vượt 10%
    /// so với nhiệm kỳ trước)") may be a goal's.
    pub(super) fn excess_in_aside(&self, fig: &Figure<'_>) -> bool {
        let toks = self.toks;
        // A title quoted in the item ("danh hiệu “Nông dân sản xuất,
        // kinh doanh giỏi”") ends none of it.
        let mut quoted = false;
        let Some(open) = (fig.f.q.last + 1..self.e)
            .take_while(|&k| {
                let t = &toks[k];
                quoted ^= t.is_punct('“') || t.is_punct('”') || t.is_punct('"');
                t.kind != Kind::Num && (quoted || !t.is_punct(';') && !t.is_punct(','))
            })
            .find(|&k| toks[k].is_punct('('))
        else {
            return false;
        };
        let Some(n) = (open + 2 < self.e
            && toks[open + 1].is_word(lexicon::EXCEED)
            && toks[open + 2].kind == Kind::Num)
            .then_some(open + 2)
        else {
            return false;
        };
        let pct = n + 1 < self.e && toks[n + 1].is_punct('%');
        let end = if pct { n + 2 } else { n + 1 };
        toks.get(end).is_some_and(|t| t.is_punct(')')) || pct && share_of_plan(toks, n + 1)
    }

    /// Whether the figure is a result measured against the plan: a share of
    /// it ("đạt 96% nghị quyết"), an excess over it ("vượt dự toán 15%"),
    /// or any figure of a sentence that measures against it, unless a goal
    /// cue sets it.
    pub(super) fn against_the_plan(&self, fig: &Figure<'_>) -> bool {
        let toks = self.toks;
        let Figure {
            f,
            cues,
            first_main,
            cue,
            chain_start,
            ..
        } = *fig;
        let q = &f.q;
        if self.normed(fig) {
            return false;
        }
        let after = q.last + 1;
        // A level restated as its share of the plan right after ("đạt gần
        // 665 tỷ đồng, bằng 147,6% dự toán giao") is measured so too.
        let restated_share = || {
            toks.get(after).is_some_and(|t| t.is_punct(','))
                && toks
                    .get(after + 1)
                    .is_some_and(|t| lexicon::RATIO_HEADS.contains(&t.low.as_ref()))
                && toks.get(after + 2).is_some_and(|t| t.kind == Kind::Num)
                && share_of_plan(toks, after + 3)
                && !floored_share(toks, after + 3)
        };
        let of_plan = if q.unit == "%" {
            share_of_plan(toks, q.last) && !floored_share(toks, q.last)
        } else {
            any_at(toks, after, SHARE_OF_PLAN).is_some_and(|(p, _)| !lexicon::QUOTAS.contains(&p))
                || restated_share()
        };
        // "Phấn đấu thu ngân sách vượt 15% so với dự toán": the excess to
        // strive for is the goal.
        let met_after = cues
            .met_after
            .get(q.last + 1 - self.s)
            .copied()
            .unwrap_or(false);
        // A paragraph's goals carried from its lead ("UBND tỉnh đề ra 15
        // chỉ tiêu năm 2025. Trọng tâm là, ...; thu ngân sách tăng 10% so
        // với dự toán") set a change against the plan too; a share of the
        // plan ("đạt 125,6% kế hoạch") is still a result.
        if of_plan || met_after {
            let strived = self.strived(fig);
            let carried_goal = || {
                cue == Some(true)
                    && self.carried == Some(true)
                    && !(self.s..q.first).any(|k| any_at(toks, k, MET_TARGET).is_some())
            };
            // "...; thu ngân sách được giao hàng năm đạt 100% so với dự
            // toán" under a carried goal: the plan met in full is the goal.
            let met_in_full = || q.unit == "%" && q.value == 100.0 && carried_goal();
            if of_plan && !strived && !met_in_full()
                || met_after && !strived && !carried_goal()
                || self.fell_short(fig)
            {
                return true;
            }
            if strived {
                return false;
            }
        }
        if cue == Some(true) {
            return false;
        }
        // "29.900 tỷ đồng, vượt 7% so với nghị quyết, tăng 22% so với năm
        // 2023": a sentence that measures its figures against the plan
        // reports them all, unless a goal cue governs one. (Before any
        // figure, "vượt chỉ tiêu ... từ 5% đến 10%" is the goal's verb.)
        let measured = cues
            .met_after
            .get((first_main + 1).saturating_sub(self.s))
            .copied()
            .unwrap_or(false);
        // "vượt dự toán 15%", "vượt kế hoạch 2,3 tỷ đồng": the excess of a
        // result over the plan, unless a goal cue sets it ("phấn đấu thu
        // vượt dự toán 10%").
        // "Huyện A vượt dự toán 15%, huyện B vượt 12%": a bare excess after
        // an excess over the plan is over the same plan.
        let sibling_excess = || {
            chain_start > self.s
                && toks[chain_start - 1].is_word(lexicon::EXCEED)
                && (self.s..chain_start - 1)
                    .any(|k| toks[k].kind == Kind::Num && excess_over_the_plan(toks, k, self.s))
        };
        measured || excess_over_the_plan(toks, chain_start, self.s) || sibling_excess()
    }

    /// "Trung ương phân bổ 1.246 tỷ đồng ..., đến nay đã giải ngân 73%",
    /// "Tổng vốn ... là 9.650 tỷ đồng; đến nay đã giải ngân ...": a
    /// cue-less figure that a later clause of its sentence measures the
    /// progress to date against, or goes on from in the past ("...; đã
    /// trao 1.265 căn nhà"), is a sum already set, no goal. A plan's
    /// figure there has its cue ("Nghị quyết đặt mục tiêu ... dưới 1,5%,
    /// đến nay đã giảm còn 2,14%").
    pub(super) fn before_progress_to_date(&self, fig: &Figure<'_>) -> bool {
        let toks = self.toks;
        let from = fig.f.q.last + 1;
        (from..(from + PROGRESS_REACH).min(self.e.saturating_sub(1))).any(|k| {
            (toks[k].is_punct(',') || toks[k].is_punct(';'))
                && (any_at(toks, k + 1, lexicon::PRESENT).is_some()
                    || toks[k + 1].is_word(lexicon::PAST)
                    || toks[k + 1].is_word(lexicon::NOW)
                        && toks.get(k + 2).is_some_and(|t| t.is_word(lexicon::PAST)))
        })
    }

    /// "GRDP tăng 7,5%, ước cả năm đạt 8%": an estimate (or a total
    /// brought to a level) later in the sentence, outside any
    /// parenthesis, reports the figures before it.
    pub(super) fn before_an_estimate(&self, fig: &Figure<'_>) -> bool {
        fig.cue != Some(true) && fig.cues.last_estimate.is_some_and(|k| k > fig.f.q.last)
    }

    /// "..., tuy nhiên số năm sống khỏe chỉ khoảng 65 năm, theo số liệu của
    /// cơ quan thống kê": a source cited after the figures, closing the
    /// sentence, tells what was measured, as one cited before them does;
    /// so does a reading given of them (", phản ánh ...", ", cho thấy
    /// ...").
    pub(super) fn cited(&self, fig: &Figure<'_>) -> bool {
        let toks = self.toks;
        let last = fig.cues.landmarks.last_citation.get_or_init(|| {
            (self.s..self.e).rev().find(|&k| {
                toks[k].is_punct(',')
                    && lexicon::CITED_SOURCES
                        .iter()
                        .chain(lexicon::READINGS_GIVEN)
                        .any(|p| phrase_at(toks, k + 1, p).is_some())
            })
        });
        last.is_some_and(|k| k > fig.f.q.last)
    }

    /// "51% đã hoàn thành", "(30%) đã được công nhận": done, not to do.
    /// After a plural noun, "đã" tells which of them are counted ("lấp đầy
    /// 70% diện tích các khu công nghiệp đã thành lập"), not what was done;
    /// a plural right after the share is its units ("100% các bộ, ngành
    /// đã ban hành kế hoạch"), whose deed "đã" tells.
    pub(super) fn done(&self, fig: &Figure<'_>) -> bool {
        let toks = self.toks;
        let Figure { f, group_of, .. } = *fig;
        let level = f.group;
        // "Phấn đấu tu bổ 40 di tích đã được xếp hạng": under a goal, "đã"
        // right after the count noun says which things it counts.
        let after = f.q.last + 1;
        if fig.cue == Some(true)
            && f.q.class == UnitClass::Count
            && toks.get(after).is_some_and(|t| t.is_word(lexicon::PAST))
            && super::cues::counted_noun_before(toks, after, self.s)
        {
            return false;
        }
        // "Để đạt được mục tiêu ... 4,0-4,2%, Bộ ... đã đặt mục tiêu ...": past
        // a comma, a named subject opens another clause, which tells what it
        // did. Under a goal, a later figure's "đã" is that figure's ("đặt
        // mục tiêu tăng trưởng 9-10% ..., dựa trên nền tảng 17/17 chỉ tiêu
        // đã hoàn thành").
        let goal = fig.cue == Some(true);
        (f.q.last + 1..=f.item_end.min(self.e.saturating_sub(1)))
            .take_while(|&k| {
                let named_clause =
                    toks[k].is_punct(',') && toks.get(k + 1).is_some_and(|n| n.is_capitalised());
                let later_figure =
                    goal && toks[k].kind == Kind::Num && !quantity::is_year(&toks[k]);
                !toks[k].is_punct(';')
                    && !named_clause
                    && !later_figure
                    && (k == f.q.last + 1 || any_at(toks, k, lexicon::PLURALS).is_none())
            })
            .any(|k| {
                group_of[k] == level
                    && any_at(toks, k, DONE_AFTER).is_some()
                    && !super::cues::past_in_a_relative(toks, k, self.s)
                    && !lexicon::KINDS_GONE_THROUGH
                        .iter()
                        .any(|p| phrase_at(toks, k, p).is_some())
                    // "Phấn đấu ... 45% như Nghị quyết đã đề ra": under a
                    // goal, the plan was set, not the figure reached.
                    && !(fig.cue == Some(true)
                        && lexicon::SETTING_A_PLAN
                            .iter()
                            .any(|p| phrase_at(toks, k + 1, p).is_some()))
            })
    }

    /// "..., giúp 6.400 hộ hội viên vay vốn", "Quỹ ... đạt 182 tỷ đồng,
    /// giúp ...": with no cue, the count an effect reached after a comma,
    /// and the figure whose effect it was, are told: a plan aims at the
    /// effect with a cue ("Phấn đấu hỗ trợ vốn, giúp 500 hộ thoát nghèo").
    pub(super) fn told_with_its_effect(&self, fig: &Figure<'_>) -> bool {
        let toks = self.toks;
        // "Hằng năm, giúp 28 hộ ...": that comma closes a yearly lead, no
        // thing done.
        let yearly_lead = |comma: usize| {
            lexicon::YEARLY
                .iter()
                .filter_map(|y| lexicon::phrase_ending_at(toks, comma, y))
                .any(|p| p == self.s || (p > self.s && toks[p - 1].kind == Kind::Punct))
        };
        let effect_at = |k: usize| {
            k > self.s
                && toks[k - 1].is_punct(',')
                && !yearly_lead(k - 1)
                && lexicon::HELPED
                    .iter()
                    .any(|h| phrase_at(toks, k, h).is_some())
        };
        let helped = lexicon::HELPED
            .iter()
            .any(|h| lexicon::phrase_ending_at(toks, fig.chain_start, h).is_some_and(&effect_at))
            && fig.f.q.class == UnitClass::Count;
        let causing = fig.f.q.last + 2 < self.e && effect_at(fig.f.q.last + 2);
        helped || causing
    }

    /// "khiến 5 hành khách bị thương", "làm 14 người chết", "làm 1.245 ha
    /// lúa bị ngập úng": those a figure counts were hurt or killed, or
    /// what it measures was damaged, which is told, not aimed at.
    pub(super) fn casualties(&self, fig: &Figure<'_>) -> bool {
        let toks = self.toks;
        let after = fig.f.q.last + 1;
        fig.f.q.class != UnitClass::Percent
            && ((after..(after + HARMED_WORDS + 1).min(self.e))
                .take_while(|&k| toks[k].kind == Kind::Word)
                .any(|k| any_at(toks, k, lexicon::CASUALTIES).is_some())
                || self.damage_told(fig))
    }

    /// "tỷ lệ bao phủ BHYT đạt 93,5%, vượt 0,3%": with no cue, a figure
    /// whose excess over a plan it leaves unnamed follows it was reached,
    /// which is told; the excess goes with it.
    pub(super) fn told_with_its_excess(&self, fig: &Figure<'_>) -> bool {
        let toks = self.toks;
        let after = fig.f.q.last + 1;
        after + 2 < self.e
            && toks[after].is_punct(',')
            && toks[after + 1].is_word(lexicon::EXCEED)
            && toks[after + 2].kind == Kind::Num
    }

    /// "Gần 2.000 vận động viên từ 34 tỉnh, thành phố tham dự Giải ...":
    /// with no cue, those a count names attending an event came, which is
    /// told.
    pub(super) fn attended(&self, fig: &Figure<'_>) -> bool {
        let toks = self.toks;
        let after = fig.f.q.last + 1;
        fig.f.q.class == UnitClass::Count
            && (after..(after + ATTENDANCE_REACH).min(self.e))
                .take_while(|&k| !(toks[k].is_punct(';') || toks[k].is_punct(':')))
                .any(|k| {
                    lexicon::EVENT_ATTENDED
                        .iter()
                        .any(|a| phrase_at(toks, k, a).is_some())
                })
    }

    /// "thiệt hại do thiên tai lên tới 98,25 nghìn tỷ đồng": the damage a
    /// figure's item names as its subject, with no verb that lowers it
    /// ("giảm thiệt hại ..."), was suffered, which is told.
    fn damage_told(&self, fig: &Figure<'_>) -> bool {
        let toks = self.toks;
        let item = fig.f.item_start..fig.chain_start;
        item.clone().any(|k| {
            lexicon::DAMAGES
                .iter()
                .any(|d| phrase_at(toks, k, d).is_some())
        }) && !item
            .into_iter()
            .any(|k| lexicon::DOWN_VERBS.contains(&toks[k].low.as_ref()))
    }

    /// "tỷ lệ cứng hóa đạt 89%, cao hơn bình quân cả nước 4,5 điểm phần
    /// trăm", "(76,3%), cao hơn Quảng Ngãi 5,2 điểm phần trăm", "đạt
    /// khoảng 7,38%, cao hơn 2,2% so với năm 2023": the gap between a
    /// figure just told and another's is a comparison, and so is that
    /// figure, unless a goal cue governs them.
    pub(super) fn gap_to_others(&self, fig: &Figure<'_>) -> bool {
        let toks = self.toks;
        let chain = fig.chain_start;
        if fig.cue == Some(true) {
            return false;
        }
        // The figure a gap in figures is told of, right before it ("đạt
        // 84%, thấp hơn 3 điểm phần trăm so với ..."): a plan sets a level,
        // and a gap only where a cue sets it too.
        let after = fig.f.q.last + 1;
        if toks.get(after).is_some_and(|t| t.is_punct(','))
            && lexicon::gap_told_at(toks, after + 1)
            && (after + 1..(after + 2 + GAP_COMPARAND_WORDS).min(self.e))
                .find(|&k| toks[k].kind != Kind::Word)
                .is_some_and(|k| toks[k].kind == Kind::Num && !quantity::is_year(&toks[k]))
        {
            return true;
        }
        let floor = chain.saturating_sub(GAP_COMPARAND_WORDS + 2).max(self.s);
        // The comparative may be the figure's own ("..., cao hơn 2,2%").
        let first = fig.f.q.first;
        let Some(head) = (floor..first)
            .rev()
            .take_while(|&k| toks[k].kind == Kind::Word)
            // Every comparative of a gap ends on "hơn": most words are
            // told apart by the word after them alone.
            .find(|&k| {
                toks.get(k + 1)
                    .is_some_and(|t| t.is_word(lexicon::MORE_THAN))
                    && lexicon::GAPS
                        .iter()
                        .any(|g| phrase_at(toks, k, g).is_some_and(|e| e <= first))
            })
        else {
            return false;
        };
        // Right after a figure of its clause: "..., cao hơn".
        head > self.s
            && toks[head - 1].is_punct(',')
            && (self.s..head - 1)
                .rev()
                .take_while(|&k| !toks[k].is_punct(';'))
                .any(|k| toks[k].kind == Kind::Num && !quantity::is_year(&toks[k]))
    }

    /// "với sự đồng thuận của 100% đại biểu dự họp", "100% đại biểu HĐND
    /// quận biểu quyết thông qua": a share of the delegates attending or
    /// voting, past the name of their body, is the meeting's, not a target.
    pub(super) fn delegates_attending(&self, fig: &Figure<'_>) -> bool {
        let toks = self.toks;
        let q = &fig.f.q;
        let voting = |end: usize| {
            (end..(end + 1 + BODY_NAME_WORDS).min(self.e))
                .take_while(|&k| toks[k].kind == Kind::Word)
                .any(|k| {
                    lexicon::VOTING
                        .iter()
                        .any(|v| phrase_at(toks, k, v).is_some())
                })
        };
        q.class == UnitClass::Percent
            && lexicon::SHARED_PEOPLE
                .iter()
                .find_map(|p| phrase_at(toks, q.last + 1, p))
                .is_some_and(|end| lexicon::attending_at(toks, end) || voting(end))
    }

    /// "đạt 8,2%, đứng thứ 10 cả nước", "xếp thứ ba toàn đoàn": a result
    /// ranked among others, or set against them ("cao hơn mức trung bình
    /// cả nước").
    pub(super) fn ranked(&self, fig: &Figure<'_>) -> bool {
        let toks = self.toks;
        let Figure {
            f, group_of, cue, ..
        } = *fig;
        let level = f.group;
        // Or stand in an aside right after the figure ("đạt trên 68% (xếp
        // thứ hai toàn quốc)").
        let aside = Some(f.q.last + 1).filter(|&k| toks.get(k).is_some_and(|t| t.is_punct('(')));
        // "đứng thứ 10", "xếp thứ ba".
        let rank_at = |k: usize| {
            any_at(toks, k, lexicon::RANKS).is_some_and(|(_, e)| {
                toks.get(e).is_some_and(|t| {
                    t.kind == Kind::Num || t.starts & lexicon::NUMERAL_WORDS.bit != 0
                })
            })
        };
        // "có mức sống bằng hoặc cao hơn mức trung bình": the level a
        // goal's units are to reach, no result set against others.
        let set_against = |k: usize| {
            any_at(toks, k, lexicon::SET_AGAINST_OTHERS).is_some()
                && !(k > self.s && toks[k - 1].is_word(lexicon::OR))
        };
        // Or the rank comes first, with the score it was ranked by ("xếp
        // thứ 5 cả nước (tăng 1 bậc ...) với 91,47%").
        let ranked_with = f.q.first > self.s
            && toks[f.q.first - 1].is_word(lexicon::WITH)
            && (f.q.first.saturating_sub(RANK_REACH).max(self.s)..f.q.first)
                .rev()
                .take_while(|&k| !toks[k].is_punct(';'))
                .any(rank_at);
        // Or the figure is the rank itself, out of the units ranked ("xếp
        // hạng 119/126 xã, phường"); not relics to be classed ("lập hồ sơ
        // xếp hạng 35 - 40 di tích").
        let the_rank =
            f.q.of_whole(toks) && any_ending_at(toks, fig.chain_start, lexicon::RANKS).is_some();
        // The rank may close a list of figures ("giành 87 huy chương vàng,
        // 81 huy chương bạc ..., xếp thứ ba toàn đoàn"): its clause.
        cue != Some(true)
            && (ranked_with
                || the_rank
                || (f.q.last + 1..(f.q.last + 1 + RANK_REACH).min(self.e))
                    .take_while(|&k| !toks[k].is_punct(';'))
                    .any(|k| {
                        (group_of[k] == level || aside.is_some() && group_of[k] == aside)
                            && (rank_at(k)
                                // Set against others right after the figure:
                                // one a later item sets so is that item's
                                // ("..., tỷ lệ hộ nghèo thấp hơn bình quân
                                // cả nước").
                                || k <= f.q.last + 1 + SET_AGAINST_GAP && set_against(k))
                    }))
    }

    /// "kết nạp được 245 đảng viên", "trồng được 1.850 ha": "được" after a
    /// verb gives the amount achieved; a goal says so with a cue or a
    /// threshold ("kết nạp thêm được 10 đảng viên trở lên").
    pub(super) fn achieved_amount(&self, fig: &Figure<'_>) -> bool {
        let achieved =
            (fig.chain_start..fig.f.q.first).any(|k| k > self.s && self.resultative_at(k));
        achieved && !self.thresholded(fig) && !self.by_deadline(fig)
    }

    /// Whether "được" at `k` (past the sentence's first token) follows a
    /// verb as its resultative ("kết nạp được"), not "còn lại được".
    fn resultative_at(&self, k: usize) -> bool {
        let toks = self.toks;
        toks[k].is_word(lexicon::ACHIEVED)
            && toks[k - 1].kind == Kind::Word
            && !toks[k - 1].is_word(lexicon::LEFT)
    }

    /// Whether the sentence tells an amount achieved outside any
    /// parenthesis ("Hằng năm, tổ chức được 123 buổi tập huấn, chuyển giao
    /// KHKT cho 2.756 lượt hội viên"), whatever noun it counts: a deed
    /// told, which makes the sentence's other figures with no cue told too.
    /// A floor or a cap sets a goal instead ("kết nạp thêm được 10 đảng
    /// viên mới trở lên").
    pub(in crate::extract) fn tells_an_amount_achieved(
        &self,
        group_of: &Window<Option<usize>>,
    ) -> bool {
        let toks = self.toks;
        let achieved = (self.s + 1..self.e.saturating_sub(1)).any(|k| {
            self.resultative_at(k)
                && group_of[k].is_none()
                && toks[k + 1].kind == Kind::Num
                && !quantity::is_year(&toks[k + 1])
        });
        achieved
            && !(self.s..self.e)
                .any(|k| toks[k].is_word(lexicon::ONWARD) || lexicon::floor_or_cap_at(toks, k))
    }

    /// A share told to two decimals with no cue, no threshold and no year
    /// ("đạt 97,25%") is a measured result; so is one told to a decimal as
    /// the part a group takes up ("đảng viên nữ chiếm 38,6%"): a plan sets
    /// such parts in round figures, a count yields tenths.
    pub(super) fn reported_share(&self, fig: &Figure<'_>) -> bool {
        let toks = self.toks;
        let f = fig.f;
        let q = &f.q;
        // A share restated as a count ("6,25% (1 xã)") is exact by nature.
        let restated = toks.get(q.last + 1).is_some_and(|t| t.is_punct('('))
            && toks.get(q.last + 2).is_some_and(|t| t.kind == Kind::Num);
        // A threshold ("từ 78,75% trở lên") or a deadline is a goal's.
        let dated = self.names_a_year_before(f);
        // "duy trì tỷ lệ che phủ rừng ở mức 42,02%": a level the item's
        // verb commands to keep is a goal however precise.
        // So is any in a sentence that opens on such a command ("Duy trì
        // tỷ lệ thất nghiệp dưới 1%, ...; tỷ lệ ... đạt 16,83%").
        let kept = any_at(toks, f.item_start, lexicon::KEEP_VERBS).is_some()
            || any_at(toks, self.s, lexicon::KEEP_VERBS).is_some();
        // So is a change an item opens on commanding ("...; giảm bình quân
        // 2,76% hộ nghèo mỗi năm"), where a report names its subject first.
        // Not a noun the verb makes ("Tăng trưởng GDP cả nước đạt 7,09%"),
        // nor an item a comma opens on the change of the figure before it
        // ("đạt 11,987 tỷ kWh, tăng trưởng bình quân 8,58%/năm").
        let commanded = {
            let k = f.item_start;
            (k == self.s || toks[k - 1].is_punct(';')) && lexicon::change_command_at(toks, k)
        };
        // "tăng 1,19% so ước thực hiện năm 2017": a change on the year's
        // estimate is the next year's plan, worked out to the hundredth.
        let on_an_estimate = toks
            .get(q.last + 1)
            .is_some_and(|t| t.is_word(lexicon::COMPARE))
            && {
                let at = lexicon::phrase_at(toks, q.last + 1, lexicon::COMPARED_WITH)
                    .unwrap_or(q.last + 2);
                any_at(toks, at, lexicon::ESTIMATES).is_some()
            };
        // A part a group takes up, restated as its count ("Tỷ lệ hộ nghèo
        // của xã chiếm 12,5% (118 hộ)"), is counted all the same.
        let taken_up = || self.taken_up(fig);
        // "đạt 95,9% (17.076/17.807 trẻ)": a share worked out from the
        // part and the whole told after it was counted, to the digit.
        let worked_out = || restated && Self::share_of_the_fraction(toks, q.last + 2, q);
        q.unit == "%"
            && (!restated || taken_up() || worked_out())
            && !dated
            && !kept
            && !commanded
            && !on_an_estimate
            && (q.frac_digits >= 2 && !self.by_deadline(fig)
                || q.frac_digits == 1
                    && self.taken_up(fig)
                    && !self.by_deadline(fig)
                    && !self.part_of_a_composition(fig)
                || worked_out())
            && q.value >= 1.0
            && q.achieved.is_none()
            && !self.thresholded(fig)
    }

    /// "Xã đạt 6/19 tiêu chí nông thôn mới": criteria reached short of
    /// all of them tell where a place stands; a plan sets them all
    /// ("19/19"), or sets a part under its cue.
    pub(super) fn criteria_short_of_all(&self, fig: &Figure<'_>) -> bool {
        let toks = self.toks;
        let q = &fig.f.q;
        q.unit == lexicon::CRITERIA
            && toks.get(q.first + 1).is_some_and(|t| t.is_punct('/'))
            && toks
                .get(q.first + 2)
                .and_then(|t| t.value)
                .is_some_and(|all| all > q.value)
    }

    /// Whether the fraction "X/Y" at token `k` is a part of its whole that
    /// the share `q` works out to, within its last digit: "95,9%
    /// (17.076/17.807 trẻ)". A whole reached ("100% (15/15 xã)") is no
    /// part counted.
    fn share_of_the_fraction(toks: &[Tok<'_>], k: usize, q: &Quantity) -> bool {
        let (Some(part), Some(whole)) = (
            toks.get(k).and_then(|t| t.value),
            toks.get(k + 2).and_then(|t| t.value),
        ) else {
            return false;
        };
        let step = 10f64.powi(-i32::try_from(q.frac_digits).unwrap_or(i32::MAX));
        toks.get(k + 1).is_some_and(|t| t.is_punct('/'))
            && toks[k + 2].kind == Kind::Num
            && part < whole
            && (part / whole * 100.0 - q.value).abs() < step
    }

    /// "không đạt chỉ tiêu 60%", "so với mục tiêu giảm 5 - 10%": a figure
    /// right after the plan's name, its verb of change or "là" between, is
    /// the plan's value: a target, however the sentence around it reports.
    /// (Paired with a result, the pair states it already.) Not the gap to
    /// the plan ("vượt kế hoạch 5%").
    pub(super) fn value_of_a_plan_named(&self, fig: &Figure<'_>) -> bool {
        let toks = self.toks;
        let mut at = fig.chain_start;
        for _ in 0..2 {
            if at > self.s
                && (toks[at - 1].is_word(lexicon::IS)
                    || subject::is_direction_verb(toks, at - 1).is_some())
            {
                at -= 1;
            }
        }
        // "mục tiêu ... đặt ra đến cuối năm 2020 là 100%", "chỉ tiêu ... mà
        // NHNN đưa ra là 17%": the name may run on to who set it, and
        // when, before its "là".
        let set_before_its_value = || {
            if !toks[at].is_word(lexicon::IS) {
                return None;
            }
            let window = (at.saturating_sub(SET_PLAN_NAME_TOKENS).max(self.s + 1)..at)
                .rev()
                .take_while(|&k| toks[k].kind != Kind::Punct);
            let setter = window.clone().find(|&k| {
                lexicon::SETTING_A_PLAN
                    .iter()
                    .chain(lexicon::PLANS_PUT_FORWARD)
                    .any(|p| phrase_at(toks, k, p).is_some())
            })?;
            window.filter(|&k| k < setter).find(|&k| {
                lexicon::PLANS_VALUED
                    .iter()
                    .any(|p| phrase_at(toks, k, p).is_some())
            })
        };
        let Some(plan) = lexicon::PLANS_VALUED
            .iter()
            .find_map(|p| lexicon::phrase_ending_at(toks, at, p))
            .filter(|&p| p > self.s)
            .or_else(set_before_its_value)
        else {
            return false;
        };
        // Targets counted ("14/22 chỉ tiêu đạt trên 50%", "11 chỉ tiêu
        // vượt trên 10%") tell how far they came, no value of theirs.
        let counted = toks[plan - 1].kind == Kind::Num
            || lexicon::COUNTING_QUANTIFIERS
                .iter()
                .any(|q| lexicon::phrase_ending_at(toks, plan, q).is_some());
        let reached = (fig.chain_start..fig.f.q.first).any(|k| toks[k].is_word(lexicon::REACH));
        !counted
            && !reached
            && !lexicon::PLAN_GAP_HEADS
                .iter()
                .any(|h| lexicon::phrase_ending_at(toks, plan, h).is_some())
            && fig.f.q.achieved.is_none()
    }

    /// "Công suất sử dụng giường bệnh đạt 130%", "số bệnh nhân nội trú đạt
    /// 129%": a share past the whole, reached with no cue, is measured
    /// against a plan or a capacity it leaves unnamed. A plan names what
    /// its share is of ("đạt 110% dự toán", read against the plan) or sets
    /// it with a cue, a threshold or a deadline.
    pub(super) fn share_past_the_whole(&self, fig: &Figure<'_>) -> bool {
        let toks = self.toks;
        let q = &fig.f.q;
        let reached = (fig.chain_start.saturating_sub(1).max(self.s)..q.first)
            .any(|k| toks[k].is_word(lexicon::REACH) || toks[k].is_word(lexicon::EQUAL_TO));
        q.unit == "%"
            && q.value > 100.0
            && q.value_max.is_none()
            && q.achieved.is_none()
            && q.own_bound.is_none()
            && reached
            && !self.thresholded(fig)
            && !self.by_deadline(fig)
    }

    /// Whether the figure is an amount of money told to the thousandth of
    /// its scale ("đạt 186,556 tỷ đồng", "1.612,574 tỷ đồng"), with no
    /// deadline, level kept or threshold: money counted to the million,
    /// which a result is and a goal set with no cue is not.
    pub(super) fn reported_amount(&self, fig: &Figure<'_>) -> bool {
        let toks = self.toks;
        let f = fig.f;
        let q = &f.q;
        let dated = self.names_a_year_before(f);
        q.class == UnitClass::Money
            && q.frac_digits >= AMOUNT_TOLD_DIGITS
            && q.value_max.is_none()
            && q.achieved.is_none()
            && !dated
            && !self.by_deadline(fig)
            && any_at(toks, f.item_start, lexicon::KEEP_VERBS).is_none()
            && !self.thresholded(fig)
    }

    /// Whether the figure counts things to the unit in four digits or more
    /// ("112.850 thanh niên được giới thiệu việc làm", "giới thiệu 17.227
    /// đoàn viên ưu tú"), with no deadline, level kept or threshold: a
    /// tally, which a result is and a goal set with no cue is not.
    pub(super) fn counted_to_the_unit(&self, fig: &Figure<'_>) -> bool {
        let f = fig.f;
        let q = &f.q;
        let tallied = q.value.fract() == 0.0 && {
            let mut v = q.value as u64;
            while v != 0 && v.is_multiple_of(10) {
                v /= 10;
            }
            v >= TALLY_FLOOR
        };
        q.class == UnitClass::Count
            && tallied
            && q.value_max.is_none()
            && q.achieved.is_none()
            && !self.names_a_year_before(f)
            && !self.by_deadline(fig)
            && any_at(self.toks, f.item_start, lexicon::KEEP_VERBS).is_none()
            && !self.thresholded(fig)
    }

    /// Whether the figure's item names a plain year before it ("tỷ lệ ...
    /// năm 2025 đạt 98,6%"): a share or an amount set for a deadline.
    fn names_a_year_before(&self, f: &Found) -> bool {
        let toks = self.toks;
        (f.item_start..f.q.first).any(|k| {
            toks[k].is_word(lexicon::YEAR)
                && toks
                    .get(k + 1)
                    .is_some_and(|n| n.kind == Kind::Num && quantity::is_year(n))
        })
    }

    /// Whether the figure is the part something takes up ("chiếm 38,6%",
    /// "chiếm tỷ lệ 94,2%").
    fn taken_up(&self, fig: &Figure<'_>) -> bool {
        let toks = self.toks;
        let first = fig.f.q.first;
        let share_named = lexicon::SHARE_NOUNS
            .iter()
            .find_map(|n| lexicon::phrase_ending_at(toks, first, n))
            .filter(|&at| at > self.s);
        let from = share_named.map_or(fig.chain_start, |at| fig.chain_start.min(at - 1));
        (from..first).any(|k| toks[k].is_word(lexicon::TAKES_UP))
    }

    /// "Cơ cấu kinh tế: công nghiệp - xây dựng chiếm 42,8%; dịch vụ chiếm
    /// 40,8%; ...": the parts of a composition a sentence heads with its
    /// bare name are set to the tenth as often as they are found. Not
    /// under a name that goes on to tell how it moved ("Cơ cấu kinh tế
    /// tiếp tục chuyển dịch theo hướng tích cực: ...").
    fn part_of_a_composition(&self, fig: &Figure<'_>) -> bool {
        let toks = self.toks;
        let Some(name) = (self.s..fig.f.q.first)
            .find(|&k| toks[k].kind == Kind::Word)
            .and_then(|k| phrase_at(toks, k, lexicon::COMPOSITION))
        else {
            return false;
        };
        let Some(colon) = (name..fig.f.q.first).find(|&k| toks[k].is_punct(':')) else {
            return false;
        };
        // The name's own words, its deadline aside ("Cơ cấu kinh tế đến năm
        // 2030:"); a year alone is the one it was found in ("Cơ cấu kinh tế
        // của tỉnh năm 2024: ...").
        let deadline = |k: usize| {
            k >= name + 2
                && lexicon::BY.contains(&toks[k - 2].low.as_ref())
                && toks[k - 1].is_word(lexicon::YEAR)
                && quantity::is_year(&toks[k])
        };
        let mut words: usize = 0;
        for (k, t) in toks.iter().enumerate().take(colon).skip(name) {
            match t.kind {
                Kind::Num if deadline(k) => words = words.saturating_sub(2),
                Kind::Word => words += 1,
                _ => return false,
            }
        }
        words <= COMPOSITION_NAME_WORDS
    }

    /// "Tỷ lệ ... đạt 94,6% (chỉ tiêu Nghị quyết là 93,5%); tỷ lệ ... đạt
    /// 100%": after an achieved/target pair the sentence reviews, and a
    /// later figure with no cue and no year of its own is a result too.
    pub(super) fn after_a_pair(&self, fig: &Figure<'_>) -> bool {
        fig.after_pair && self.item_year(fig.f, fig.years, fig.first_main).is_none()
    }

    /// "... trong năm là 2,39%, cả năm 2025 duy trì mục tiêu dưới 4%; tỷ lệ
    /// thất nghiệp ... là 2,22%": a goal cue that only names the plan of a
    /// pair governs no later item; with no cue of its own past the pair and
    /// no year of its own, the item is a result as after any pair.
    pub(in crate::extract) fn past_a_pair_s_cue(
        &self,
        found: &[Found],
        idx: usize,
        scene: &Scene<'_>,
    ) -> bool {
        let toks = self.toks;
        let f = &found[idx];
        let Some(pair) = found[..idx]
            .iter()
            .rfind(|p| p.q.achieved.is_some() && p.q.last < f.q.first)
        else {
            return false;
        };
        let start = pair.pair_left.map_or(pair.item_start, |(start, _)| start);
        let cued_before = start > self.s && scene.cues.before(start - 1 - self.s) == Some(true);
        let past = pair.q.last + 1..f.q.first;
        f.q.achieved.is_none()
            && !cued_before
            && past.clone().any(|k| toks[k].is_punct(';'))
            && !past.clone().any(|k| any_at(toks, k, TARGET_CUES).is_some())
            && self.item_year(f, scene.years, scene.first_main).is_none()
    }
}
