//! Comparisons: pairs of an achieved and a target value, changes from
//! one level to another, and figures set against a year (the one before,
//! the start of the term, a year quoted to compare with).

use super::*;

/// The most tokens of a comparator between "từ" and the level a change
/// leaves ("từ dưới 10%", "từ khoảng 8%").
const FROM_COMPARATOR_TOKENS: usize = 3;

/// What a sentence compares its figures with, gathered as the cue pass
/// goes (see [`Sentence::year_on_year`]).
#[derive(Default)]
pub(super) struct Bases {
    /// Years compared with ("so với năm 2023").
    years: Vec<f64>,
    /// Where the years compared with stand.
    at: Vec<usize>,
    /// "so với đầu nhiệm kỳ": growth since the start of the term.
    since_start: bool,
    /// "so với năm trước": the year before, in words.
    year_before: bool,
}

impl Bases {
    /// Notes what the "so" of "so với" at `k` compares with, or the "hơn"
    /// of a comparative ("cao hơn năm trước"), which governs its base as
    /// "so với" does; before a number "hơn" rounds it, and notes nothing.
    pub(super) fn note(&mut self, toks: &[Tok<'_>], k: usize) {
        // "so với cuối năm 2023": the year's end is the year.
        let at = past_end_of(
            toks,
            phrase_at(toks, k, lexicon::COMPARED_WITH).unwrap_or(k + 1),
        );
        self.since_start |= phrase_at(toks, at, lexicon::TERM_START).is_some();
        // "so với năm trước": the year before, in words.
        self.year_before |= toks.get(at).is_some_and(|y| y.is_word(lexicon::YEAR))
            && toks.get(at + 1).is_some_and(|b| b.is_word(lexicon::BEFORE));
        if let Some(y) = compared_year(toks, at)
            && let Some(b) = toks[y].value
        {
            self.years.push(b);
            self.at.push(y);
        }
    }
}

/// Whether a target's unit restates a result's, in full or by its first
/// words ("vượt mục tiêu 20 triệu lượt" after "21,2 triệu lượt khách").
fn restates_unit(result: &str, target: &str) -> bool {
    result
        .strip_prefix(target)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
}

/// The most tokens from a plan's closing parenthesis to the next
/// comparison of the same result ("(91,5%) và thấp hơn 5,75%").
const AND_THEN_WORDS: usize = 5;

impl Sentence<'_, '_> {
    /// "có 1.048 doanh nghiệp, đạt 87,3% chỉ tiêu năm (1.200 doanh
    /// nghiệp)", "vượt 9,3% so với Nghị quyết (22.500 lao động/năm)": the
    /// plan a share measures a result against, its figure given in
    /// parentheses right after, is the target of a pair with that result.
    /// The share itself measures the result (see `against_the_plan`).
    pub(in crate::extract) fn plan_in_parentheses(
        &self,
        found: &mut [Found],
        close_of: &Window<Option<usize>>,
    ) {
        let toks = self.toks;
        for i in 2..found.len() {
            let (a, p, b) = (&found[i - 2], &found[i - 1], &found[i]);
            let Some(open) = b.group else { continue };
            // The parenthesis holds the plan's figure alone, or told as
            // the plan's ("(chỉ tiêu là 1,5%/năm)"), and opens where the
            // plan's name ends ("chỉ tiêu đến năm 2025 (...)").
            let plan_told = |k: usize| {
                k == b.q.first
                    || lexicon::stated_target_at(toks, k)
                        .is_some_and(|(_, end)| end == self.chain_start(b.q.first, end))
            };
            // The figure may close on what it counts ("(600-750 ngàn m3
            // gỗ)").
            let closes = close_of[open].is_some_and(|close| {
                close > b.q.last
                    && close - b.q.last <= PLAN_TAIL_WORDS + 1
                    && (b.q.last + 1..close).all(|k| toks[k].kind == Kind::Word)
            });
            let alone = plan_told(open + 1) && closes;
            // The name may cite the plan's document, its number and day
            // ("chỉ tiêu đề ra tại Nghị quyết số 03-NQ/TU ngày 10/12/2021
            // của Tỉnh ủy (38%)"): no clause ends in it.
            let name = p.q.last + 1..open;
            let cites = name
                .clone()
                .find(|&k| toks[k].is_word(lexicon::NUMBER_OF) || toks[k].is_capitalised());
            let named = p.q.last < open
                && name.len() <= PLAN_NAME_TOKENS
                && name.clone().all(|k| {
                    toks[k].kind == Kind::Word
                        || quantity::is_year(&toks[k])
                        || cites.is_some_and(|c| c < k)
                            && !CLAUSE_ENDS.iter().any(|&c| toks[k].is_punct(c))
                });
            // The share told of the result its item ends on: "2.316 căn
            // nhà tạm, nhà dột nát, đạt 92,6%", past the result's own
            // abbreviation ("35,1% lực lượng lao động (LLLĐ), thấp hơn").
            let between = a.q.last + 1..p.q.first;
            let mut words = 0;
            let mut k = between.start;
            let mut told = a.q.last < p.q.first;
            while told && k < between.end {
                match close_of[k].filter(|_| toks[k].is_punct('(')) {
                    Some(close) if (k + 1..close).all(|j| toks[j].kind == Kind::Word) => k = close,
                    _ => {
                        told = toks[k].kind == Kind::Word || toks[k].is_punct(',');
                        words += 1;
                    }
                }
                k += 1;
            }
            let told =
                told && words <= 10 && between.clone().rev().take(3).any(|k| toks[k].is_punct(','));
            let same_unit = a.q.class == b.q.class
                && (a.q.unit == b.q.unit
                    || a.q
                        .unit
                        .strip_prefix(b.q.unit.as_ref())
                        .is_some_and(|rest| rest.starts_with(' ')));
            if a.group.is_none()
                && p.group.is_none()
                && a.q.achieved.is_none()
                && !a.consumed
                && share_of_plan(toks, p.q.last)
                && alone
                && named
                && told
                && same_unit
            {
                let start = a.item_start;
                let left = (start, self.chain_start(a.q.first, start));
                let v = a.q.value;
                found[i - 2].consumed = true;
                let b = &mut found[i];
                b.host = None;
                b.item_start = start;
                b.q.achieved = Some(v);
                b.pair_left = Some(left);
            } else if let Some(v) = a.q.achieved.filter(|_| {
                p.group.is_none()
                    && a.pair_left.is_some()
                    && a.q.class == b.q.class
                    && a.q.unit == b.q.unit
                    && share_of_plan(toks, p.q.last)
                    && alone
                    && named
                    && a.group
                        .is_some_and(|o| self.and_then_told(close_of[o], p.q.first))
            }) {
                // "..., thấp hơn 5,25% so với chỉ tiêu được giao (91,5%) và
                // thấp hơn 5,75% so với chỉ tiêu Nghị quyết (92%)": the
                // same result against a second plan.
                let (start, left) = (a.item_start, a.pair_left);
                let b = &mut found[i];
                b.host = None;
                b.item_start = start;
                b.q.achieved = Some(v);
                b.pair_left = left;
            }
        }
    }

    /// "sản lượng 2.701.395 tấn, đạt 100% so với kế hoạch (2,7 triệu tấn)",
    /// "đạt 109.996 tỷ đồng, đạt tỷ lệ 91,4% kế hoạch vốn ... giao năm 2025
    /// là 120.353 tỷ đồng", "26.112 lao động (đạt hơn 130% so với chỉ tiêu
    /// 20.000 người)": the plan's figure told past a share of the plan,
    /// which the result before it over that figure works out to, is the
    /// target of a pair with the result. The sum is the evidence, whatever
    /// the scale of the two units or the nouns they count, past a few shares
    /// told between ("..., vượt 9,97% chỉ tiêu pháp lệnh, đạt
    /// 98,74% so với chỉ tiêu phấn đấu (340.000 tỷ đồng)"). An item that
    /// opens comparing with the plan may give its figure first ("9.287
    /// người; ...; So với chỉ tiêu giao của UBND (8.700 người) đạt 107%"):
    /// then the result may stand anywhere before in the sentence.
    pub(in crate::extract) fn plan_worked_out(&self, found: &mut [Found]) {
        let toks = self.toks;
        for i in 1..found.len() {
            let b = &found[i];
            if b.q.achieved.is_some()
                || b.consumed
                || b.q.value_max.is_some()
                || b.q.class == UnitClass::Percent
            {
                continue;
            }
            // The share a figure `p` tells; "vượt 15% so với kế hoạch": the
            // result is the plan and more.
            let share = |p: &Found| {
                let chain = self.chain_start(p.q.first, self.s);
                let over = (chain.saturating_sub(1).max(self.s)..p.q.first)
                    .any(|k| toks[k].is_word(lexicon::EXCEED));
                (p.q.value_max.is_none() && toks[p.q.last].is_punct('%')).then_some(if over {
                    100.0 + p.q.value
                } else {
                    p.q.value
                })
            };
            // "kết nạp 3.105 đảng viên, chiếm 64,29% (Nghị quyết là 4.830
            // đảng viên)": the plan named in the parenthesis right after
            // the share, with its figure.
            let named_in_its_parenthesis = |p: &Found| {
                let open = p.q.last + 1;
                b.group == Some(open)
                    && toks[p.q.last].is_punct('%')
                    && any_at(toks, open + 1, SHARE_OF_PLAN)
                        .is_some_and(|(_, end)| self.chain_start(b.q.first, end) == end)
            };
            let told_after = i >= 2
                && (share_of_plan(toks, found[i - 1].q.last)
                    && self.only_the_plan_named(found[i - 1].q.last + 1, b)
                    || named_in_its_parenthesis(&found[i - 1]));
            let told_before = || {
                let p = found.get(i + 1)?;
                let open = b.group?;
                let figure_first = self.chain_start(b.q.first, open + 1) == open + 1
                    && toks.get(b.q.last + 1).is_some_and(|t| t.is_punct(')'))
                    && self.chain_start(p.q.first, b.q.last + 2) == b.q.last + 2
                    && (b.q.last + 2..p.q.first).all(|k| toks[k].is_word(lexicon::REACH))
                    && p.q.first > b.q.last + 2;
                // The item the parenthesis stands in opens on the comparison.
                let item = (self.s..open)
                    .rev()
                    .find(|&k| toks[k].is_punct(';'))
                    .map_or(self.s, |k| k + 1);
                let opens = phrase_at(toks, item, lexicon::COMPARED_WITH).is_some()
                    && (item..open).any(|j| lexicon::stated_target_at(toks, j).is_some())
                    && (item..open).all(|j| toks[j].kind == Kind::Word);
                (figure_first && opens && p.group.is_none()).then_some(share(p)?)
            };
            let (percent, from) = if told_after {
                let Some(percent) = share(&found[i - 1]) else {
                    continue;
                };
                // The result comes before the share, in the same item; only
                // shares or plans already set against it come between ("đạt
                // 2.959 tỷ đồng, tương ứng 31% chỉ tiêu giao (9.600 tỷ
                // đồng), 19% mức phấn đấu (15.500 tỷ đồng)").
                let from = (0..i - 1)
                    .rev()
                    .take(1 + SHARES_BETWEEN * 2)
                    .take_while(|&m| {
                        m + 2 == i
                            || found[m + 1].q.class == UnitClass::Percent
                            || found[m + 1].q.achieved.is_some()
                    })
                    .last()
                    .unwrap_or(i - 1);
                (percent, from)
            } else if let Some(percent) = told_before() {
                (percent, 0)
            } else {
                continue;
            };
            let last = if told_after { i - 1 } else { i };
            let Some(j) = (from..last).rev().find(|&j| {
                let a = &found[j];
                // A result another plan measured already may be measured
                // again.
                let paired = found.iter().any(|m| m.q.achieved == Some(a.q.value));
                works_out(a, b, percent, paired)
                    && (!told_after
                        || (a.q.last + 1..found[last].q.first).all(|k| !toks[k].is_punct(';')))
            }) else {
                continue;
            };
            let a = &found[j];
            let (v, start) = (a.q.value, a.item_start);
            let left = (start, self.chain_start(a.q.first, start));
            found[j].consumed = true;
            let b = &mut found[i];
            b.host = None;
            // A result far before keeps its own years to itself ("9.287
            // người; so với cùng kỳ năm 2019 ...").
            if told_after {
                b.item_start = start;
            }
            b.q.achieved = Some(v);
            b.pair_left = Some(left);
        }
    }

    /// Whether only the plan's name comes between `from`, past a share of
    /// the plan, and the plan's figure `b`: words, its years, commas, the
    /// parenthesis that gives the figure or the name's own ("so với mục
    /// tiêu đề ra đến năm 2020 (tại Kế hoạch ... đạt 12,5 triệu m2)").
    fn only_the_plan_named(&self, from: usize, b: &Found) -> bool {
        let toks = self.toks;
        let name = from..self.chain_start(b.q.first, from);
        name.len() <= PLAN_FIGURE_REACH
            && name.clone().filter(|&k| toks[k].is_punct('(')).count() <= 1
            && name.clone().all(|k| {
                toks[k].kind == Kind::Word
                    || quantity::is_year(&toks[k])
                    || toks[k].is_punct(',')
                    || toks[k].is_punct('(')
            })
    }

    /// Whether the words from `close` (a plan's parenthesis closing) to
    /// `at` go on with "và" to tell the next comparison ("(91,5%) và thấp
    /// hơn").
    fn and_then_told(&self, close: Option<usize>, at: usize) -> bool {
        let toks = self.toks;
        close.is_some_and(|c| {
            toks.get(c + 1).is_some_and(|t| t.is_word(lexicon::AND))
                && at > c
                && at - c <= AND_THEN_WORDS
                && (c + 2..at).all(|k| toks[k].kind == Kind::Word)
        })
    }

    /// "sản lượng đạt 2,7 triệu tấn, bình quân tăng 3,7%/năm (Nghị quyết đề
    /// ra 2,8 triệu tấn, bình quân tăng 3,9%/năm)": a parenthesis that
    /// opens on the plan, with as many figures as stand right before it in
    /// the same units and order, states the target of each.
    pub(in crate::extract) fn plans_in_parallel(&self, found: &mut [Found]) {
        let toks = self.toks;
        let mut j = 0;
        while j < found.len() {
            let Some(open) = found[j].group else {
                j += 1;
                continue;
            };
            let end = (j..found.len())
                .find(|&m| found[m].group != Some(open))
                .unwrap_or(found.len());
            let n = end - j;
            let fits = n >= 2 && j >= n && {
                let (results, plans) = found[j - n..end].split_at(n);
                let stated = (open + 1..plans[0].q.first)
                    .any(|k| lexicon::stated_target_at(toks, k).is_some());
                // One stretch of the sentence: no item ends between.
                let one_stretch = (results[0].q.first..open)
                    .all(|k| !toks[k].is_punct(';') && !toks[k].is_punct(')'));
                // A floor or a cap is a goal's, never a result's ("đạt ít
                // nhất 8% và phấn đấu hai con số (cao hơn mục tiêu ... là
                // 6,5-7%, phấn đấu 7-7,5%)" sets four).
                let floored = |a: &Found| {
                    matches!(a.q.own_bound, Some(Bound::AtLeast | Bound::AtMost))
                        || self.floored_or_capped_in(a)
                };
                stated
                    && one_stretch
                    && results.iter().zip(plans).all(|(a, b)| {
                        a.group.is_none()
                            && !floored(a)
                            && a.q.achieved.is_none()
                            && b.q.achieved.is_none()
                            && !a.consumed
                            && a.q.unit == b.q.unit
                            && !self.labelled_for_another(a, b)
                    })
            };
            if fits {
                for t in 0..n {
                    let a = &found[j - n + t];
                    let (v, start) = (a.q.value, a.item_start);
                    let left = (start, self.chain_start(a.q.first, start));
                    found[j - n + t].consumed = true;
                    let b = &mut found[j + t];
                    b.host = None;
                    b.item_start = start;
                    b.q.achieved = Some(v);
                    b.pair_left = Some(left);
                }
            }
            j = end;
        }
    }

    /// Whether `change` is the change of `level` told right after it, past a
    /// comma (", tăng 20%", ", giảm khoảng 3%"), in its words only.
    fn change_told_after(&self, level: &Found, change: &Found) -> bool {
        let toks = self.toks;
        let after = level.q.last + 1;
        after + 1 < change.q.first
            && toks[after].is_punct(',')
            && (lexicon::UP_VERBS.contains(&toks[after + 1].low.as_ref())
                || lexicon::DOWN_VERBS.contains(&toks[after + 1].low.as_ref()))
            && (after + 2..change.q.first).all(|k| toks[k].kind == Kind::Word)
    }

    /// Whether `multiple` is how many times a past level `level` is, told
    /// right after it past a comma (", gấp 1,36 lần giai đoạn 2016-2020"),
    /// with no plan in its words: a plan it measures ("gấp 2,46 lần so kế
    /// hoạch") is no past.
    fn multiple_of_the_past_after(&self, level: &Found, multiple: &Found) -> bool {
        let toks = self.toks;
        let after = level.q.last + 1;
        let clause_end = (multiple.q.last + 1..self.e)
            .find(|&k| toks[k].kind == Kind::Punct || toks[k].is_word(lexicon::AND))
            .unwrap_or(self.e);
        after + 2 == multiple.q.first
            && toks[after].is_punct(',')
            && toks[after + 1].is_word(lexicon::TIMES)
            && multiple.q.unit == lexicon::TIMES_UNIT
            && !(multiple.q.last + 1..clause_end)
                .any(|k| lexicon::stated_target_at(toks, k).is_some())
    }

    /// Whether `restated` gives `level` again in another unit, told right
    /// after it past a comma (", khoảng 386 tấn/ngày" after "đạt 98%").
    fn restated_after(&self, level: &Found, restated: &Found) -> bool {
        let toks = self.toks;
        let after = level.q.last + 1;
        restated.q.unit != level.q.unit
            && toks.get(after).is_some_and(|t| t.is_punct(','))
            && any_at(toks, after + 1, lexicon::RESTATES)
                .is_some_and(|(_, end)| end == restated.q.first)
    }

    /// Whether `base` is a level `level` is compared with, told right after
    /// it past a comma (", cao hơn so với mức tăng bình quân 4,3%/năm của
    /// giai đoạn 2011 - 2015"), in words that name no plan.
    fn base_compared_after(&self, level: &Found, base: &Found) -> bool {
        let toks = self.toks;
        let after = level.q.last + 1;
        let words = after + 1..base.q.first;
        toks.get(after).is_some_and(|t| t.is_punct(','))
            && !words.is_empty()
            && words.clone().all(|k| toks[k].kind == Kind::Word)
            && words
                .clone()
                .any(|k| lexicon::phrase_ending_at(toks, k + 1, lexicon::COMPARED_WITH).is_some())
            && !words
                .clone()
                .any(|k| lexicon::stated_target_at(toks, k).is_some())
    }

    /// Whether `b` is a plan's figure listed under a label of its own after
    /// the plan's name ("(NQ: Dịch vụ: 63-65%; ...)") that `a`'s words
    /// do not end on.
    fn labelled_for_another(&self, a: &Found, b: &Found) -> bool {
        let toks = self.toks;
        let Some(colon) = (a.q.last + 1..b.q.first)
            .rev()
            .take_while(|&k| toks[k].kind == Kind::Word || toks[k].is_punct(':'))
            .find(|&k| toks[k].is_punct(':'))
        else {
            return false;
        };
        let label_start = (a.q.last + 1..colon)
            .rev()
            .take_while(|&k| toks[k].kind == Kind::Word)
            .last()
            .unwrap_or(colon);
        let stated = label_start
            .checked_sub(1)
            .is_some_and(|c| toks[c].is_punct(':'))
            && (a.q.last + 1..label_start).any(|k| lexicon::stated_target_at(toks, k).is_some());
        if !stated || label_start == colon {
            return false;
        }
        let label = &toks[label_start..colon];
        let own_end = self.chain_start(a.q.first, a.item_start);
        own_end < label.len()
            || !toks[own_end - label.len()..own_end]
                .iter()
                .zip(label)
                .all(|(x, y)| x.low == y.low)
    }

    /// Achieved/target pairs across a cue: "đạt 97,3% (chỉ tiêu là 95%)",
    /// "đạt 91,6%, theo Nghị quyết 90% trở lên", "hơn 2 tỷ USD, vượt mục tiêu là 1,8 tỷ USD".
    pub(in crate::extract) fn pairs(&self, found: &mut [Found]) {
        for i in 1..found.len() {
            // "đón 21,2 triệu lượt khách, tăng 20% so với năm 2024, vượt mục
            // tiêu 20 triệu lượt": the result's change, told between, parts
            // no pair; the result before it is the one compared.
            let across = i >= 2
                && (self.change_told_after(&found[i - 2], &found[i - 1])
                    || self.multiple_of_the_past_after(&found[i - 2], &found[i - 1])
                    || self.restated_after(&found[i - 2], &found[i - 1]));
            // "tăng 5,62%, cao hơn so với mức tăng 4,3%/năm của giai đoạn
            // trước và vượt mục tiêu 5%/năm": nor is a base the result is
            // compared with, in any unit.
            let base_between = i >= 2 && self.base_compared_after(&found[i - 2], &found[i - 1]);
            let first = if base_between
                || across && !restates_unit(&found[i - 1].q.unit, &found[i].q.unit)
            {
                i - 2
            } else {
                i - 1
            };
            let (a, b) = (&found[first], &found[i]);
            // A target's shorter unit restates the result's only across its
            // change: next to it "vượt kế hoạch 68 căn" after "1.318 căn
            // nhà" is the excess. In parentheses it is the plan's figure
            // ("102.633 căn nhà ..., vượt kế hoạch đề ra (100.275 căn)").
            let same_unit = if first + 2 == i || b.group.is_some() && a.group.is_none() {
                restates_unit(&a.q.unit, &b.q.unit)
            } else {
                a.q.unit == b.q.unit
            };
            // "đạt tỉ lệ 81,41% (tăng 2,82% so với cùng kỳ), vượt chỉ tiêu
            // ...": a change an aside tells against a base of its own is
            // its host's, no result set against the plan.
            let based_aside = a.group.is_some()
                && a.host.is_some()
                && (a.q.last + 1..b.q.first)
                    .take_while(|&k| !self.toks[k].is_punct(')'))
                    .any(|k| self.toks[k].is_word(lexicon::COMPARE));
            if a.q.achieved.is_some()
                || b.q.achieved.is_some()
                || !same_unit
                || b.host.is_some()
                || based_aside
            {
                continue;
            }
            let between = a.q.last + 1..b.q.first;
            // "... thuế sản phẩm 10,4% (NQ: Dịch vụ: 63-65%; ...)": a plan's
            // figures listed by label pair with the results of their label,
            // not with the figure before.
            if self.labelled_for_another(a, b) {
                continue;
            }
            // "giảm 3% so với 1,8% kế hoạch giao": the figure compared with
            // is the plan's, named right after it.
            let plan_compared = || {
                let chain = self.chain_start(b.q.first, a.q.last + 1);
                (lexicon::phrase_ending_at(self.toks, chain, lexicon::COMPARED_WITH).is_some()
                    || chain > 0 && self.toks[chain - 1].is_word(lexicon::COMPARE))
                    && lexicon::stated_target_at(self.toks, b.q.last + 1).is_some()
            };
            // "trong khoảng 11,11 - 13,1%, thay cho mục tiêu 12% trước đó": a
            // goal replaced by the figure before, no result set against it.
            // "..., vượt 1,5% chỉ tiêu của Chính phủ giao": nor is a share of
            // the plan, which measures the result.
            // "..., thấp hơn so với mục tiêu của nghị quyết nhưng cao hơn mức
            // tăng 2,11% của năm 2020": past a contrast after the plan's
            // name, the figure is another base.
            let turned = || {
                between
                    .clone()
                    .find(|&k| {
                        lexicon::CONTRASTS
                            .iter()
                            .any(|c| phrase_at(self.toks, k, c).is_some())
                    })
                    .is_some_and(|c| {
                        (a.q.last + 1..c).any(|k| lexicon::stated_target_at(self.toks, k).is_some())
                    })
            };
            if between.clone().any(|k| {
                lexicon::REPLACES
                    .iter()
                    .any(|r| phrase_at(self.toks, k, r).is_some())
            }) || share_of_plan(self.toks, b.q.last)
                && !floored_share(self.toks, b.q.last)
                && !plan_compared()
                && any_ending_at(
                    self.toks,
                    self.chain_start(b.q.first, a.q.last + 1),
                    STATED_TARGET,
                )
                .is_none()
                || turned()
            {
                continue;
            }
            // "..., vượt 2,15% so với chỉ tiêu được giao (87,15% so với
            // 85%)": two figures an aside compares, after the words that
            // measure against the plan, are the result and its target.
            let compared_in_aside = || {
                a.group.is_some_and(|open| {
                    b.group == Some(open)
                        && phrase_at(self.toks, a.q.last + 1, lexicon::COMPARED_WITH)
                            == Some(self.chain_start(b.q.first, a.q.last + 1))
                        && (open.saturating_sub(ASIDE_PLAN_REACH).max(self.s)..open)
                            .any(|k| lexicon::stated_target_at(self.toks, k).is_some())
                })
            };
            let cue = compared_in_aside()
                || between.clone().any(|k| {
                    lexicon::stated_target_at(self.toks, k).is_some()
                        || self.toks[k].is_punct('(')
                            && phrase_at(self.toks, k + 1, lexicon::BUDGET_ESTIMATE).is_some()
                })
                || plan_compared();
            // "..., vượt mục tiêu và 10% ...": "và" starts another item; a
            // closed parenthesis between ("34 ha (vượt ... chỉ tiêu), 64 ha")
            // holds its cue to itself.
            // The parenthesis the result closes ("(giảm 6,35%) đạt chỉ
            // tiêu ... (4%)") is no other.
            let own_close = a
                .group
                .and_then(|_| between.clone().find(|&k| self.toks[k].is_punct(')')));
            // "..., tăng 12% và là mức cao nhất ..., vượt xa mục tiêu 65 tỷ
            // USD": a "và" in the clause of the change told between goes on
            // with the change.
            let change_clause = if first + 2 == i {
                let change = found[i - 1].q.last + 1;
                change
                    ..between
                        .clone()
                        .find(|&k| k >= change && self.toks[k].is_punct(','))
                        .unwrap_or(change)
            } else {
                0..0
            };
            // "..., gấp 1,36 lần giai đoạn trước và vượt mục tiêu đề ra
            // (...)": a "và" the plan passed follows goes on with the result.
            // Nor does the "và" of "nhỏ và vừa" (small and medium), one
            // noun's words.
            let split = between.clone().any(|k| {
                self.toks[k].is_punct(';')
                    || self.toks[k].is_punct(')') && Some(k) != own_close
                    || self.toks[k].is_word(lexicon::AND)
                        && !change_clause.contains(&k)
                        && any_at(self.toks, k + 1, MET_TARGET).is_none()
                        && !(k > 0
                            && self.toks[k - 1].is_word(lexicon::SMALL)
                            && self
                                .toks
                                .get(k + 1)
                                .is_some_and(|t| t.is_word(lexicon::JUST)))
            });
            // "vượt 5% so với nghị quyết, tăng 14% ...", "đạt 109% Nghị quyết,
            // tăng 25% ...": a cue right after the first figure measures it; it
            // states no target for the next.
            // "mới đạt 38,5% so với mục tiêu 45%": a plan its own figure
            // follows at once is the target of the pair, not a measure.
            // "tăng khoảng 11,5% so với chỉ tiêu tăng trưởng tín dụng ... năm
            // 2022 khoảng 14%": a change, not a share, compared with a plan
            // whose name runs on to its own figure in the same unit.
            let change_compared = |end: usize| {
                let chain = self.chain_start(a.q.first, a.item_start);
                let name = end..self.chain_start(b.q.first, end);
                a.q.unit == b.q.unit
                    // "vượt 13,2% so với chỉ tiêu": an excess, no change.
                    && (chain.saturating_sub(1).max(self.s)..a.q.first).any(|k| {
                        subject::is_direction_verb(self.toks, k).is_some()
                            && !self.toks[k].is_word(lexicon::EXCEED)
                    })
                    && name.len() <= PLAN_NAME_WORDS
                    && name.clone().all(|k| {
                        self.toks[k].kind == Kind::Word || quantity::is_year(&self.toks[k])
                    })
            };
            let plan_stated = || {
                any_at(self.toks, a.q.last + 1, SHARE_OF_PLAN).is_some_and(|(_, end)| {
                    end == b.q.first
                        || end == self.chain_start(b.q.first, b.item_start)
                        || change_compared(end)
                })
            };
            // "giải ngân 100% kế hoạch vốn ..., quá 5%": all of a plan to
            // carry out is the first figure's object, as a share measured is.
            let of_plan_carried_out = a.q.unit == "%"
                && self.toks[a.q.last].is_punct('%')
                && any_at(self.toks, a.q.last + 1, SHARE_OF_PLAN).is_some();
            // "hoàn thành vượt 12,4% số xã đạt chuẩn NTM so với mục tiêu,
            // ... cả nước có 64,6%": an excess its own clause sets against
            // the plan measures that clause's result, not the next figure.
            let excess_in_its_clause = || {
                let chain = self.chain_start(a.q.first, self.s);
                let clause_end = between
                    .clone()
                    .find(|&k| self.toks[k].is_punct(',') || self.toks[k].is_punct(';'))
                    .unwrap_or(between.end);
                (chain.saturating_sub(1).max(self.s)..a.q.first)
                    .any(|k| self.toks[k].is_word(lexicon::EXCEED))
                    && clause_end < between.end
                    && (a.q.last + 1..clause_end).any(|k| {
                        phrase_at(self.toks, k, lexicon::COMPARED_WITH)
                            .is_some_and(|e| lexicon::stated_target_at(self.toks, e).is_some())
                    })
            };
            let measures_first = (share_of_plan(self.toks, a.q.last)
                || excess_in_its_clause()
                || of_plan_carried_out
                || any_at(self.toks, a.q.last + 1, RESULT_AGAINST).is_some_and(|(_, end)| {
                    lexicon::stated_target_at(self.toks, end).is_some()
                        // "đạt 3,02% vượt chỉ tiêu đề ra (chỉ tiêu: 2,5-3%)":
                        // a plan passed judges the result; only "so với"
                        // makes it a share of the plan.
                        && self.toks[a.q.last + 1].is_word(lexicon::COMPARE)
                }))
                && !plan_stated();
            // "năm 2025 đạt 70,5%, mục tiêu đến năm 2030 là 80%": a target
            // for a later year than the first figure's measures nothing of it.
            // Not the year of the prices it is told at ("(theo giá so sánh
            // năm 2010) ước tăng 11,07% so với năm 2021 (KH tăng 8-9%)").
            let later_year = || {
                let own = (a.item_start..a.q.first)
                    .rev()
                    .find(|&k| {
                        self.toks[k].kind == Kind::Num
                            && quantity::is_year(&self.toks[k])
                            && !lexicon::prices_of_year(self.toks, k)
                    })
                    .and_then(|k| self.toks[k].value);
                own.is_some_and(|own| {
                    between.clone().any(|k| {
                        self.toks[k].kind == Kind::Num
                            && quantity::is_year(&self.toks[k])
                            && self.toks[k].value.is_some_and(|y| y > own)
                    })
                })
            };
            // "... lên khoảng 45%, đồng thời bổ sung vào nghị quyết chỉ
            // tiêu ... ở mức 42%", "..., để bám sát mục tiêu ... 30%": a
            // clause of its own names the target after a link, no pair.
            let index = tagger::index();
            let linked = between.clone().any(|k| {
                self.toks[k].kind == Kind::Word
                    && index.marked(self.toks[k].id, mark::CLAUSE_LINK_START)
                    && lexicon::CLAUSE_LINKS
                        .iter()
                        .any(|l| phrase_at(self.toks, k, l).is_some())
            });
            // "Để đạt mục tiêu ... từ 8% trở lên theo Nghị quyết ..., quý IV
            // phải tăng khoảng 10,5%": a goal a purpose names, or a figure
            // a modal requires, is no result; the two are goals.
            // "đặt mục tiêu phấn đấu ... đạt khoảng 11%, cao hơn mức mục
            // tiêu Chính phủ giao (trên 10%)": a figure a goal is set to
            // is no result either; nor is one given to each ("Chương
            // trình mỗi xã một sản phẩm").
            // ("Sau một năm phấn đấu, ...": the striving looked back on.)
            let sets_goal = |k: usize| {
                lexicon::GOAL_SETTERS
                    .iter()
                    .any(|p| phrase_at(self.toks, k, p).is_some())
                    && !(k > self.s && self.toks[k - 1].is_word(lexicon::YEAR))
            };
            // A goal set in an earlier item of a list ("...; phấn đấu năm
            // 2020 đạt 5.250 USD; sản lượng ... đạt gần 53.000 tấn (mục tiêu
            // đạt 52.000 tấn)") sets none of a later one.
            let clause = (self.s..a.q.first)
                .rev()
                .find(|&k| self.toks[k].is_punct(';'))
                .map_or(self.s, |k| k + 1);
            let goals = || {
                self.required(a)
                    || self.required(b)
                    || (clause..a.q.first).any(|k| {
                        sets_goal(k)
                            || lexicon::PURPOSES
                                .iter()
                                .any(|p| phrase_at(self.toks, k, p).is_some())
                    })
                    || self.toks[a.q.first].kind == Kind::Word
                        && a.q.first >= self.s + 2
                        && self.toks[a.q.first - 2].is_word(lexicon::EACH_ONE)
            };
            // "hơn 2 tỷ USD, vượt xa so với mục tiêu ... đến năm 2025 là
            // 1,765 tỷ USD": a result set against a later goal in so many
            // words is measured by it all the same.
            let compared = || {
                between.clone().any(|k| {
                    any_at(self.toks, k, RESULT_AGAINST).is_some()
                        && (k + 1..(k + COMPARED_REACH).min(b.q.first))
                            .any(|j| lexicon::stated_target_at(self.toks, j).is_some())
                })
            };
            // "ước tăng 7,36% ... (vượt mục tiêu Nghị quyết 0,36%)": the
            // excess over the plan, a small part of the result, is no target.
            let excess = || {
                b.q.value * EXCESS_SHARE < a.q.value
                    && super::reports::excess_over_the_plan(
                        self.toks,
                        self.chain_start(b.q.first, b.item_start),
                        self.s,
                    )
            };
            // "đạt 6,9%/năm (mục tiêu 2016-2020 đạt 7,5-8%)": a plan in
            // the result's own parenthesis measures it, whatever its years.
            let attached = || {
                b.group.is_some_and(|open| {
                    open == a.q.last + 1 && lexicon::stated_target_at(self.toks, open + 1).is_some()
                })
            };
            // "..., đạt mục tiêu đề ra, cao hơn giai đoạn 2011-2015 (6,93%)":
            // a parenthesis after a past base, past the plan's name, holds
            // the base's figure, not the plan's.
            let base_aside = || {
                b.group.is_some_and(|open| {
                    let from = between
                        .clone()
                        .rev()
                        .find(|&k| lexicon::stated_target_at(self.toks, k).is_some())
                        .unwrap_or(between.start);
                    (from..open).any(|k| past_base_after(self.toks, k))
                })
            };
            // A result is one figure: a range ("tăng thêm khoảng 0,2-0,3%,
            // bám sát kịch bản ... 7,5%") is an estimate's span.
            if cue
                && a.q.value_max.is_none()
                && !linked
                && !split
                && !measures_first
                && !base_aside()
                && (!later_year() || compared() || attached())
                && !goals()
                && !excess()
            {
                let v = a.q.value;
                let start = a.item_start;
                let left = (start, self.chain_start(a.q.first, start));
                found[first].consumed = true;
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
            // "đạt 3.120/7.450 tỷ đồng kế hoạch năm, tỷ lệ 41,9%": a share
            // told after a pair, past the plan's name, is its ratio.
            let ratio = a.q.achieved.is_some()
                && b.q.achieved.is_none()
                && b.group == a.group
                && b.q.unit == "%"
                && {
                    let comma = (a.q.last + 1..b.q.first)
                        .rev()
                        .find(|&k| self.toks[k].is_punct(','));
                    (a.q.last + 1..b.q.first)
                        .all(|k| self.toks[k].kind == Kind::Word || Some(k) == comma)
                        && comma.is_some_and(|c| {
                            // The head may be a word of the chain itself
                            // ("đạt", "bằng"), which then starts it.
                            let chain = self.chain_start(b.q.first, c + 1);
                            lexicon::RATIO_HEADS.iter().any(|h| {
                                phrase_at(self.toks, c + 1, h)
                                    .is_some_and(|e| e == chain || chain == c + 1)
                            })
                        })
                };
            if told || ratio {
                found[i].consumed = true;
            }
        }
        // A target told first, the result after it in the sentence, in the
        // same unit: "So với mục tiêu thu hút 1,5 tỷ USD vốn FDI cả nhiệm
        // kỳ, đến giữa nhiệm kỳ tỉnh đã thu hút được 1,86 tỷ USD" (an item
        // opening on comparing with it), "mục tiêu tăng trưởng đề ra là 8%
        // nhưng thực tế chỉ đạt 6,2%" (a result that fell short of it or
        // met it).
        for i in 1..found.len() {
            let (a, b) = (&found[i - 1], &found[i]);
            let compared = || {
                phrase_at(self.toks, a.item_start, lexicon::COMPARED_WITH)
                    .is_some_and(|e| lexicon::stated_target_at(self.toks, e).is_some())
                    && (a.q.last + 1..b.q.first).all(|k| !self.toks[k].is_punct(';'))
            };
            // The target named, or told set ("Chính phủ đề ra kim ngạch ...
            // đạt 32-33 tỷ USD nhưng đến hết năm đạt 36,37 tỷ USD").
            let contrasted = || {
                (a.item_start..a.q.first).any(|k| {
                    lexicon::stated_target_at(self.toks, k).is_some()
                        || lexicon::SET_OUT
                            .iter()
                            .any(|w| phrase_at(self.toks, k, w).is_some())
                }) && self.result_after_target(a.q.last + 1, b.q.first)
            };
            // "So với kế hoạch ... thì tỷ lệ giải ngân đạt 13,67%, tăng
            // 3,32% ...": a change told right after the first figure is
            // its own, no result of it.
            if a.q.achieved.is_none()
                && b.q.achieved.is_none()
                && !a.consumed
                && a.group.is_none()
                && b.group.is_none()
                && a.q.unit == b.q.unit
                && !self.change_told_after(a, b)
                && (compared() || contrasted())
            {
                let v = b.q.value;
                found[i].consumed = true;
                found[i - 1].q.achieved = Some(v);
                // The result's words name no subject of the target.
                found[i - 1].item_end = found[i - 1].item_end.min(found[i - 1].q.last);
            }
        }
    }

    /// Whether a modal requires the figure ("quý IV phải tăng 9,8%", "phải
    /// thu tối thiểu 2.430 tỷ đồng"): a verb at most between.
    fn required(&self, f: &Found) -> bool {
        let toks = self.toks;
        let chain = self.chain_start(f.q.first, f.item_start);
        (chain.saturating_sub(lexicon::MODAL_REACH).max(self.s)..chain)
            // "Cần Thơ đạt 95,1%": a name, not the modal.
            .find(|&k| lexicon::MODALS.contains(&toks[k].low.as_ref()) && !toks[k].is_capitalised())
            .is_some_and(|m| (m + 1..chain).all(|k| toks[k].kind == Kind::Word))
    }

    /// Whether the words `from..to` between a target and a figure tell the
    /// figure as the result against it: a contrast, then "đạt" ("nhưng thực
    /// tế chỉ đạt", ", song mới đạt").
    /// Or the result's label after a comma, as a review's table names its
    /// column ("chỉ tiêu ... đạt 9,4 bác sĩ, thực hiện đạt 11,5 bác sĩ").
    fn result_after_target(&self, from: usize, to: usize) -> bool {
        let toks = self.toks;
        let labelled = toks.get(from).is_some_and(|t| t.is_punct(','))
            && phrase_at(toks, from + 1, lexicon::CARRYING_OUT).is_some_and(|e| {
                e == to
                    || e + 1 == to
                        && (toks[e].is_word(lexicon::REACH)
                            || toks[e].is_word(lexicon::IS)
                            || toks[e].is_word(lexicon::ACHIEVED))
            });
        if labelled {
            return true;
        }
        let Some(at) = (from..to).find(|&k| {
            lexicon::CONTRASTS
                .iter()
                .any(|c| phrase_at(toks, k, c).is_some())
        }) else {
            return false;
        };
        // "nhưng đã thực hiện xuất khẩu được 50,14 tỷ USD": or the amount
        // a verb achieved, "được" right before the figure.
        let achieved =
            to >= 2 && toks[to - 1].is_word(lexicon::ACHIEVED) && toks[to - 2].kind == Kind::Word;
        (at..to).filter(|&k| toks[k].kind == Kind::Word).count() <= CONTRAST_WORDS
            && ((at..to).any(|k| toks[k].is_word(lexicon::REACH)) || achieved)
            && (at..to).all(|k| toks[k].kind == Kind::Word || toks[k].is_punct(','))
    }

    /// "giảm từ 8,5% xuống còn 3%": the value a change starts from is its
    /// baseline, not a target. With a year on that value ("từ 8,5% năm 2015
    /// xuống còn 3,2% năm 2020") and no goal cue in the sentence, the change
    /// is a report on the past, and its end is no target either.
    pub(in crate::extract) fn transitions(&self, found: &mut [Found]) {
        let toks = self.toks;
        // Asked only of a sentence with a transition to read: most have
        // one figure or none.
        let goal =
            found.len() > 1 && (self.s..self.e).any(|k| any_at(toks, k, TARGET_CUES).is_some());
        for i in 1..found.len() {
            let (a, b) = (&found[i - 1], &found[i]);
            // "từ dưới 10% hiện nay lên 30%": a comparator may stand
            // between "từ" and the level left.
            let from = a.q.first > self.s
                && (toks[a.q.first - 1].is_word(lexicon::FROM)
                    || (self.s + 1..a.q.first)
                        .rev()
                        .take(FROM_COMPARATOR_TOKENS)
                        .any(|p| {
                            toks[p - 1].is_word(lexicon::FROM)
                                && (lexicon::comparators_at(toks, p)
                                    .any(|(_, end)| end == a.q.first)
                                    || any_at(toks, p, lexicon::ABOUT)
                                        .is_some_and(|(_, end)| end == a.q.first))
                        }));
            let between = a.q.last + 1..b.q.first;
            // "lên" of "trở lên" is a bound, not a change; past a comma
            // ("từ 8 – 10%, có trường hợp lên tới 20%") another clause
            // goes up.
            let to = between
                .clone()
                .take_while(|&k| !toks[k].is_punct(','))
                .any(|k| {
                    toks[k].is_word(lexicon::DOWN)
                        || toks[k].is_word(lexicon::UP) && !toks[k - 1].is_word(lexicon::ONWARD)
                });
            let split = between
                .clone()
                .any(|k| toks[k].is_punct(';') || toks[k].is_punct(':'));
            // A range it leaves goes too ("điều chỉnh ... từ 6,5-7% lên 8%").
            let single = a.q.own_bound.is_none();
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
            // "6,8% năm 2020", "6,8% (năm 2020)", "6,8% (2020)", "4,06% cuối
            // năm 2024".
            let year_after = |q: &Quantity| {
                let mut k = q.last + 1;
                if toks.get(k).is_some_and(|t| t.is_punct('(')) {
                    k += 1;
                    if toks.get(k).is_some_and(|t| quantity::is_year(t)) {
                        return true;
                    }
                }
                if toks.get(k).is_some_and(|t| {
                    t.is_word(lexicon::START_OF) || lexicon::END_OF.contains(&t.low.as_ref())
                }) {
                    k += 1;
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
                || (a.q.last + 1..b.q.first).any(|k| comparators_at(toks, k).next().is_some());
            // The years of a term time its end unless the end is written as
            // measured ("Nhiệm kỳ 2020-2025, ... giảm từ 7,2% xuống còn
            // 2,1%"): a term's plan ends on a round figure.
            let end_measured =
                super::dated::measured_digits(toks[b.q.first].raw, b.q.class == UnitClass::Percent);
            let timed = (a.item_start..=b.item_end.min(self.e.saturating_sub(1))).any(|k| {
                toks[k].kind == Kind::Num
                    && quantity::is_year(&toks[k])
                    && !(end_measured && self.terms.covers(toks[k].start, toks[k].end()))
                    || lexicon::END_OF.contains(&toks[k].low.as_ref())
            });
            let stated = !(commanded || bounded || timed);
            let level = b.group;
            let item_end = (b.q.last + 1..self.e)
                .find(|&k| toks[k].is_punct(';'))
                .unwrap_or(self.e);
            found[i - 1].consumed = true;
            // The level the change ends on is told in the item of its start
            // ("mục tiêu tăng trưởng GRDP năm 2026 từ 12,5% lên trên 13%").
            found[i].item_start = found[i].item_start.min(found[i - 1].item_start);
            if (dated || stated) && !goal {
                found[i].consumed = true;
                // A stated change tells its own item only ("giảm từ 3,8%
                // xuống 1,2%; tỷ lệ che phủ rừng đạt 45%" sets the 45%).
                found[i].told = dated;
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

    /// Whether the sentence compares a figure with the year before, or with
    /// the start of the term it reviews: a result reported.
    pub(super) fn year_on_year(&self, mut bases: Bases) -> bool {
        let toks = self.toks;
        // "Năm 2024, ... tăng 18% so với năm 2023": a plan compares with the
        // start of its term; a figure of a year against the one before is a
        // result reported.
        // The years the sentence names ("cuối năm 2024", or a day's
        // "31/10/2026"), bases aside: read only when the sentence compares.
        let of_a_day = |k: usize| {
            k >= self.s + 4
                && toks[k - 1].is_punct('/')
                && toks[k - 2].kind == Kind::Num
                && toks[k - 3].is_punct('/')
                && toks[k - 4].kind == Kind::Num
        };
        let mut named = (self.s + 1..self.e)
            .filter(|&k| {
                toks[k].kind == Kind::Num
                    && quantity::is_year(&toks[k])
                    && (toks[k - 1].is_word(lexicon::YEAR) || of_a_day(k))
                    && !bases.at.contains(&k)
            })
            .filter_map(|k| toks[k].value);
        let year_on_year = !bases.years.is_empty() && {
            bases.years.sort_by(f64::total_cmp);
            // A year still ahead against the one before it is a plan's
            // when its figures are set round ("năm 2027 ... tăng 11% so với
            // năm 2026"); one told as measured ("tăng 11,4%") was counted.
            let measured = || (self.s..self.e).any(|k| super::dated::measured_number(toks, k));
            let follows = |y: f64| {
                let counted = !super::year_ahead(y as i32, self.published) || measured();
                counted
                    && bases
                        .years
                        .binary_search_by(|b| b.total_cmp(&(y - 1.0)))
                        .is_ok()
            };
            named.clone().any(follows)
                || self.year_mentions().iter().any(|y| follows(f64::from(y.2)))
        };
        // "Năm 2023, ... tăng 12% so với năm trước": a named year against the
        // year before it, as with the year in figures.
        let year_on_year = year_on_year
            || bases.year_before
                && (named.clone().next().is_some() || !self.year_mentions().is_empty());
        // "tăng 1,6 lần so với đầu nhiệm kỳ": growth over the term a report
        // reviews; a plan sets it by a time ("đến cuối nhiệm kỳ", "năm 2030").
        // "Giảm 10% số hộ cận nghèo so với đầu nhiệm kỳ": a sentence that
        // opens on the change commands it.
        let commanded = (self.s..self.e)
            .find(|&k| toks[k].kind == Kind::Word)
            .is_some_and(|k| lexicon::CHANGE_COMMANDS.contains(&toks[k].low.as_ref()));
        year_on_year
            || bases.since_start
                && !commanded
                && named.next().is_none()
                && !(self.s..self.e).any(|k| lexicon::END_OF.contains(&toks[k].low.as_ref()))
    }

    /// "dưới 109 bé trai sinh ra sống so với 100 bé gái sinh ra sống",
    /// "so với 5 năm trước", "cao hơn so với mức 7,09% của năm 2024": a
    /// figure right after "so với", or after the level or the estimate it
    /// names ("so với ước đạt 7,85%"), is what
    /// another is compared with, never a target (unlike a plan named
    /// there, "so với mục tiêu 10.000 tỷ đồng").
    pub(super) fn compared_with(&self, fig: &Figure<'_>) -> bool {
        let toks = self.toks;
        let first = fig.f.q.first;
        let before = if first > self.s && toks[first - 1].is_word(lexicon::LEVEL) {
            first - 1
        } else if (first.saturating_sub(ESTIMATE_AFTER_COMPARE).max(self.s)
            ..first.saturating_sub(2))
            .any(|k| toks[k].is_word(lexicon::COMPARE))
        {
            // "so với ước đạt 7,85%": an estimate compared with, its "so"
            // asked first (most figures follow none).
            lexicon::ESTIMATED_LEVELS
                .iter()
                .find_map(|e| lexicon::phrase_ending_at(toks, first, e))
                .unwrap_or(first)
        } else {
            first
        };
        before > self.s
            && lexicon::phrase_ending_at(toks, before, lexicon::COMPARED_WITH)
                .is_some_and(|st| st >= self.s)
    }

    /// "thấp hơn mức tăng 6,68% của năm 2015": the figure a year recorded,
    /// quoted to compare with.
    pub(super) fn of_a_year(&self, fig: &Figure<'_>) -> bool {
        let toks = self.toks;
        let after = fig.f.q.last + 1;
        toks.get(after).is_some_and(|t| t.is_word(lexicon::OF))
            && toks
                .get(after + 1)
                .is_some_and(|t| t.is_word(lexicon::YEAR))
            && toks
                .get(after + 2)
                .is_some_and(|t| t.kind == Kind::Num || t.is_word(lexicon::BEFORE))
    }

    /// "Kim ngạch xuất khẩu năm 2026 tăng 10% so với năm 2025" written
    /// in 2025: no report states a later year, so a figure against the
    /// year before is the plan's when its own year is ahead. Where the
    /// article's date does not tell, a range is the plan's ("năm 2026 tăng
    /// 14-15% so với năm 2025"): a change measured is one figure. (Reading
    /// a year after 2025 as ahead, as the undated reading of head years
    /// does, made plans of the reports of 2026 the clause set holds.)
    pub(super) fn year_ahead(&self, fig: &Figure<'_>) -> bool {
        let ranged = fig.f.q.value_max.is_some();
        let year = self.item_year(fig.f, fig.years, fig.first_main);
        match (self.published, year) {
            (Some(published), Some(y)) => match year_reading(y.2, published) {
                Some(reading) => reading == Reading::Goal,
                None => ranged,
            },
            _ => ranged,
        }
    }
}

/// Tokens a level and its change reach from the figure, each way.
const LEVEL_REACH: usize = 40;
/// How far past a goal cue the goal's own figure may stand ("phấn đấu đến
/// năm 2030 nâng lên 100%").
const GOAL_REACH: usize = 10;

impl Sentence<'_, '_> {
    /// "Tỷ lệ hộ dân dùng nước sạch đạt 92%, phấn đấu đến năm 2030 đạt
    /// 100%": a cue-less level right before a goal set for a year, for the
    /// same measure, is where the measure stands. The goal is the same
    /// measure when it names no subject of its own, only its cue, year and
    /// verbs, and counts in the same unit.
    pub(super) fn level_before_its_goal(&self, fig: &Figure<'_>) -> bool {
        let toks = self.toks;
        let q = &fig.f.q;
        let parted = toks
            .get(q.last + 1)
            .is_some_and(|t| t.is_punct(',') || t.is_punct(';'));
        if q.unit.is_empty() || !parted || self.thresholded(fig) {
            return false;
        }
        // A horizon ("hướng tới năm 2028 đạt 80%") stages the goal instead.
        let Some((cue, mut k)) = any_at(toks, q.last + 2, lexicon::TARGET_CUES) else {
            return false;
        };
        if !lexicon::GOVERNING_CUES.contains(&cue) {
            return false;
        }
        let mut dated = false;
        let end = (k + GOAL_REACH).min(self.e);
        while k < end {
            let t = &toks[k];
            if t.kind == Kind::Num && quantity::is_year(t) {
                dated = true;
            } else if t.kind == Kind::Num {
                return dated && quantity::read_at(toks, k).is_some_and(|n| n.unit == q.unit);
            } else if let Some((_, next)) = any_at(toks, k, lexicon::CHAIN) {
                k = next;
                continue;
            } else if !(t.is_word(lexicon::YEAR)
                || t.is_punct(',')
                || lexicon::BY_YEAR.contains(&t.low.as_ref())
                || lexicon::CHANGE_COMMANDS.contains(&t.low.as_ref()))
            {
                return false;
            }
            k += 1;
        }
        false
    }

    /// "Tổng dư nợ ... đạt 8.946 tỷ đồng, tăng 9,8% so với đầu năm", "...
    /// là 0,38%, giảm 0,12% so với năm học trước": a level told with its
    /// change since a past period is a result, both figures. A plan
    /// commands the change ("Giảm 5% số vụ ... so với năm trước"), sets a
    /// floor, or names the year it is for.
    pub(super) fn level_and_change(&self, fig: &Figure<'_>) -> bool {
        let toks = self.toks;
        let f = fig.f;
        // The comparison: near after the figure, in its clause. (Bounded,
        // as the clause below: each figure of a long sentence asks.)
        // "so với năm trước", or a comparative's "hơn năm trước" (", cao
        // hơn năm trước 1,4 tạ/ha"), after the level or right before the
        // change.
        // Or "so với năm trước" right before the change ("đạt 16,7 triệu
        // đồng, so với năm trước tăng 3,4 triệu đồng").
        let before = comparative_base_before(toks, fig.chain_start).or_else(|| {
            (fig.chain_start.saturating_sub(COMPARATIVE_BASE_WORDS + 2)..fig.chain_start)
                .find(|&k| change_after_a_past_base(toks, k) == Some(fig.chain_start))
                .map(|k| k + 2)
        });
        let Some(base) = before.or_else(|| {
            (f.q.last + 1..(f.q.last + 1 + LEVEL_REACH).min(self.e))
                .take_while(|&k| !toks[k].is_punct(';'))
                .find_map(|k| {
                    phrase_at(toks, k, lexicon::COMPARED_WITH)
                        .or_else(|| comparative_base(toks, k).map(|(start, _)| start))
                })
        }) else {
            return false;
        };
        if self.thresholded(fig) || !self.past_base(base, f.q.first) {
            return false;
        }
        // A clause longer than the reach is commanded by none of its words
        // near the figure.
        if super::cues::clause_commanded(toks, f.q.first, self.s, LEVEL_REACH) {
            return false;
        }
        let (clause_start, _) = super::cues::clause_opening(toks, f.q.first, self.s, LEVEL_REACH);
        // ", tăng" or ", giảm": the change after its level, or in
        // parentheses ("đạt 98,9% (tăng 0,91% so với nhiệm kỳ trước)"); or
        // a comparative (", cao hơn năm trước").
        let change_at = |c: usize| {
            (toks[c].is_punct(',') || toks[c].is_punct('('))
                && (toks.get(c + 1).is_some_and(|t| {
                    lexicon::UP_VERBS.contains(&t.low.as_ref())
                        || lexicon::DOWN_VERBS.contains(&t.low.as_ref())
                }) || comparative_base(toks, c + 2).is_some()
                    || change_after_a_past_base(toks, c + 1).is_some())
        };
        // The level: a change follows it before the base, stated as it
        // came, not as a floor or a ceiling ("tăng ít nhất 12%").
        let level = (f.q.last + 1..base)
            .find(|&c| change_at(c))
            .is_some_and(|c| {
                !(c + 2..base).any(|k| {
                    comparators_at(toks, k).next().is_some() && comparative_base(toks, k).is_none()
                })
            });
        // The change: its verb follows a level, told before it in the
        // clause ("có 12.000 trường ..., tăng 1.500 trường"), not a year.
        // (The verb opens the figure's modifiers, or comes right before.)
        let opened_at = before.map_or(fig.chain_start, |_| {
            // The ',' before "cao hơn năm trước" or "so với năm trước".
            (clause_start..fig.chain_start)
                .rev()
                .find(|&c| {
                    comparative_base(toks, c + 2).is_some()
                        || change_after_a_past_base(toks, c + 1).is_some()
                })
                .map_or(fig.chain_start, |c| c + 2)
        });
        let change = (opened_at.saturating_sub(2).max(clause_start)..opened_at)
            .find(|&c| change_at(c))
            .is_some_and(|c| {
                (clause_start..c).any(|k| toks[k].kind == Kind::Num && !quantity::is_year(&toks[k]))
            });
        level || change
    }

    /// "Số vụ tai nạn giao thông giảm 7%; số người chết giảm 4,7% so với
    /// năm 2016": changes told after what changed, against a past base
    /// that closes their list, with a figure of the list told as measured,
    /// are results. A plan commands the change ("Giảm 5% số vụ ..."),
    /// bounds it, names the year it is for, or sets it round.
    pub(super) fn change_against_the_past(&self, fig: &Figure<'_>) -> bool {
        let toks = self.toks;
        let f = fig.f;
        let q = &f.q;
        let changed = (fig.chain_start..q.first).any(|k| {
            lexicon::UP_VERBS.contains(&toks[k].low.as_ref())
                || lexicon::DOWN_VERBS.contains(&toks[k].low.as_ref())
        });
        // The year of another change's base ("...; tỷ lệ ... tăng 13,6% so
        // với năm 2018" after "tăng 3,7% so với năm 2018") names no year a
        // figure is for.
        if !changed
            || self.thresholded(fig)
            || fig
                .years
                .iter()
                .any(|y| y.1 < q.first && !compared_base(toks, y.1))
        {
            return false;
        }
        let commanded = (f.item_start..q.first)
            .find(|&k| toks[k].kind == Kind::Word)
            .is_some_and(|k| lexicon::CHANGE_COMMANDS.contains(&toks[k].low.as_ref()));
        if commanded {
            return false;
        }
        let Some(base) = (q.last + 1..(q.last + 1 + LEVEL_REACH).min(self.e))
            .find_map(|k| phrase_at(toks, k, lexicon::COMPARED_WITH))
        else {
            return false;
        };
        // A plan's list of changes is round ("giảm 20% so với năm 2025");
        // one figure told as measured ("4,7%") makes the list a count's. A
        // plan sets small changes in tenths ("giảm 0,3%").
        let measured = (q.first..base).any(|k| {
            toks[k].value.is_some_and(|v| v >= 1.0) && super::dated::measured_number(toks, k)
        });
        measured && self.past_base(base, q.first)
    }

    /// "So với nhiệm kỳ trước, số doanh nghiệp thành lập mới tăng 1,7 lần,
    /// đạt 4.265 doanh nghiệp": a sentence that opens on a past base sets
    /// its figures against it, as results.
    pub(super) fn opens_against_the_past(&self, fig: &Figure<'_>) -> bool {
        phrase_at(self.toks, self.s, lexicon::COMPARED_WITH)
            .is_some_and(|base| self.past_base(base, fig.f.q.first))
    }

    /// Whether what "so với" compares with from `at` (the token after it)
    /// is past for any article: a period before ("cùng kỳ", "năm trước",
    /// "đầu năm"), or a year when the sentence names no other near the
    /// figure at `first` (a plan names the year it is for).
    fn past_base(&self, at: usize, first: usize) -> bool {
        let toks = self.toks;
        if lexicon::PAST_BASES
            .iter()
            .any(|p| phrase_at(toks, at, p).is_some())
        {
            return true;
        }
        let Some(y) = compared_year(toks, at) else {
            return false;
        };
        let near = first.saturating_sub(LEVEL_REACH).max(self.s)..(y + LEVEL_REACH).min(self.e);
        quantity::is_year(&toks[y])
            && near
                .filter(|&k| toks[k].kind == Kind::Num && quantity::is_year(&toks[k]))
                .all(|k| k == y || compared_base(toks, k))
    }
}

/// Whether the year at `k` is one "so với" compares with ("so với năm
/// 2018", "so với cuối năm 2023").
pub(in crate::extract) fn compared_base(toks: &[Tok<'_>], k: usize) -> bool {
    (k.saturating_sub(COMPARED_YEAR_REACH)..k).any(|at| {
        lexicon::phrase_ending_at(toks, at, lexicon::COMPARED_WITH).is_some()
            && compared_year(toks, at) == Some(k)
    })
}

/// The most tokens from "so với" to the year it compares with ("so với
/// cuối năm 2023": three).
const COMPARED_YEAR_REACH: usize = 3;

/// The most words from a contrast to the result's "đạt" ("nhưng thực tế
/// chỉ đạt": five; "tuy nhiên, khi tính toán lại, chỉ đạt": eight).
const CONTRAST_WORDS: usize = 8;

/// The year compared with from `at`, the token after "so với", past the
/// year's end ("so với cuối năm 2023"): the index of its number.
/// The year may stand bare ("tăng 1,1 m2 so với 2014").
fn compared_year(toks: &[Tok<'_>], at: usize) -> Option<usize> {
    let at = past_end_of(toks, at);
    if toks
        .get(at)
        .is_some_and(|t| t.kind == Kind::Num && quantity::is_year(t))
    {
        return Some(at);
    }
    (toks.get(at).is_some_and(|t| t.is_word(lexicon::YEAR))
        && toks.get(at + 1).is_some_and(|t| t.kind == Kind::Num))
    .then_some(at + 1)
}

/// Where a comparative's base starts and ends when "hơn" at `k` governs
/// a past one ("cao hơn năm trước", "thấp hơn cùng kỳ"): before a number
/// "hơn" rounds it instead.
fn comparative_base(toks: &[Tok<'_>], k: usize) -> Option<(usize, usize)> {
    if !(toks.get(k)?.is_word(lexicon::MORE_THAN) && k > 0 && toks[k - 1].kind == Kind::Word) {
        return None;
    }
    lexicon::PAST_BASES
        .iter()
        .find_map(|p| phrase_at(toks, k + 1, p))
        .map(|end| (k + 1, end))
}

/// Where the change stands when "so với" at `k` compares with a past base
/// told before it ("so với năm trước tăng 3,4 triệu đồng"): the index of
/// its verb.
fn change_after_a_past_base(toks: &[Tok<'_>], k: usize) -> Option<usize> {
    let at = phrase_at(toks, k, lexicon::COMPARED_WITH)?;
    let end = lexicon::PAST_BASES
        .iter()
        .find_map(|p| phrase_at(toks, at, p))?;
    toks.get(end)
        .is_some_and(|t| {
            lexicon::UP_VERBS.contains(&t.low.as_ref())
                || lexicon::DOWN_VERBS.contains(&t.low.as_ref())
        })
        .then_some(end)
}

/// Whether a comparison at `k` ("hơn", "so với") names a past base: a
/// period, a year or one of the bases a report compares with ("cao hơn
/// giai đoạn 2011-2015", "so với năm 2020", "hơn cùng kỳ").
fn past_base_after(toks: &[Tok<'_>], k: usize) -> bool {
    let at = if toks[k].is_word(lexicon::MORE_THAN) {
        k + 1
    } else if toks[k].is_word(lexicon::COMPARE)
        && toks.get(k + 1).is_some_and(|t| t.is_word(lexicon::WITH))
    {
        k + 2
    } else {
        return false;
    };
    toks.get(at).is_some_and(|t| t.is_word(lexicon::YEAR))
        || any_at(toks, at, lexicon::PERIODS).is_some()
        || lexicon::PAST_BASES
            .iter()
            .any(|p| phrase_at(toks, at, p).is_some())
}

/// Where the past base of a comparative that ends right before `at`
/// starts (", cao hơn năm trước 1,4 tạ/ha"): the change told against it.
fn comparative_base_before(toks: &[Tok<'_>], at: usize) -> Option<usize> {
    (at.saturating_sub(COMPARATIVE_BASE_WORDS + 1)..at)
        .find_map(|k| comparative_base(toks, k).filter(|&(_, end)| end == at))
        .map(|(start, _)| start)
}

/// The most words of a past base ("năm học trước").
const COMPARATIVE_BASE_WORDS: usize = 4;

/// `at`, or the token after it when it is "cuối"/"hết" of a year's end.
fn past_end_of(toks: &[Tok<'_>], at: usize) -> usize {
    if toks
        .get(at)
        .is_some_and(|t| lexicon::END_OF.contains(&t.low.as_ref()))
    {
        at + 1
    } else {
        at
    }
}

/// The most tokens between the words that set a result against a target
/// ("vượt xa so với") and the target's name ("mục tiêu").
const COMPARED_REACH: usize = 4;

/// How many times an excess over the plan fits in the result at least: a
/// target the result is set against is of its order.
const EXCESS_SHARE: f64 = 3.0;

/// The most tokens of a plan's name between a share of the plan and the
/// plan's figure ("41,7 % so với mục tiêu đề ra đến năm 2020 (tại Kế
/// hoạch mục tiêu đến năm 2020 đạt 12,5 triệu m2)": seventeen).
const PLAN_FIGURE_REACH: usize = 20;

/// The most shares, or shares and the plans they measure, told between a
/// result and the share of the plan that measures it against the plan's
/// figure ("330.474 tỷ đồng, vượt 9,97% chỉ tiêu pháp lệnh, đạt 98,74% so
/// với chỉ tiêu phấn đấu (340.000 tỷ đồng)": one; "2.959 tỷ đồng, tương
/// ứng 31% chỉ tiêu giao (9.600 tỷ đồng), 19% mức phấn đấu (15.500 tỷ
/// đồng) và 16% ...": two of each).
const SHARES_BETWEEN: usize = 2;

/// The most tokens from "so" to a figure past the estimate named between
/// ("so với mức ước thực hiện 7,85%": six).
const ESTIMATE_AFTER_COMPARE: usize = 6;

/// How far, in points, a share of the plan told may stand from what the
/// result over the plan's figure works out to ("đạt hơn 108%" of 96.000
/// over 88.600: 108.4).
const SHARE_TOLERANCE: f64 = 2.5;

/// Whether the result `a` over the plan's figure `plan`, in the same
/// class of unit and their scales taken in, works out to `share` per cent;
/// `paired` when another plan measured it so already.
fn works_out(a: &Found, plan: &Found, share: f64, paired: bool) -> bool {
    let (result, target) = (in_base_units(&a.q), in_base_units(&plan.q));
    a.q.class == plan.q.class
        && a.q.achieved.is_none()
        && a.q.value_max.is_none()
        && (!a.consumed || paired)
        && target > 0.0
        && (result / target * 100.0 - share).abs() <= SHARE_TOLERANCE
}

/// A quantity's value with the scale words of its unit taken into it
/// ("2,7 triệu tấn": 2.700.000).
fn in_base_units(q: &Quantity) -> f64 {
    q.value * quantity::unscaled(&q.unit).0
}

/// The most tokens of a plan's name between "so với chỉ tiêu" and the
/// plan's figure a change is compared with ("tăng trưởng tín dụng định
/// hướng toàn hệ thống năm 2022": ten).
const PLAN_NAME_WORDS: usize = 12;

/// How many words may follow a plan's figure in its parenthesis.
const PLAN_TAIL_WORDS: usize = 2;

/// How many tokens a plan's name, its document cited, runs to before the
/// parenthesis that gives the plan's figure.
const PLAN_NAME_TOKENS: usize = 30;

/// The most tokens from the plan a result is measured against to the
/// aside that compares the two ("so với chỉ tiêu của Bộ Tư pháp, Tổng cục
/// Thi hành án dân sự giao (59,36% so với 65%)": fourteen).
const ASIDE_PLAN_REACH: usize = 16;

/// Punctuation that ends a clause: none stands in a plan's name.
const CLAUSE_ENDS: [char; 5] = [',', ';', ':', '(', ')'];
