//! Building a target from a quantity and its item: bound, per, deadline,
//! baseline, subject and criterion, span and term; subjects shared along a list.

use super::*;

/// The most tokens into a sentence a yearly scope may open it at
/// ("Giai đoạn 2026 - 2030, mỗi năm ...").
const YEARLY_LEAD_REACH: usize = 16;
/// The most tokens past the sentence's first figure a yearly scope
/// reaches, and before a breakdown its whole's yearly word may stand: each
/// figure of a run-on sentence asks.
const YEARLY_SCOPE_REACH: usize = 80;

impl Sentence<'_, '_> {
    /// Whether the sentence opens on a yearly scope before its first figure
    /// at `first_main` ("Hằng năm, ...", "Phấn đấu hằng năm có ...", "Mỗi
    /// năm sửa chữa ...", "Giai đoạn 2026 - 2030, mỗi năm ..."): each of
    /// its figures is per year. Not an indicator's own rate ("bình quân
    /// hằng năm 14%, GDP bình quân đầu người ...").
    /// Gives where the yearly word stands.
    fn yearly_lead(&self, first_main: usize) -> Option<usize> {
        let toks = self.toks;
        (self.s..first_main.min(self.s + YEARLY_LEAD_REACH)).find(|&p| {
            toks[p].starts & lexicon::YEARLY.bit != 0
                && any_at(toks, p, lexicon::YEARLY).is_some_and(|(_, end)| {
                    !toks.get(end).is_some_and(|t| t.kind == Kind::Num)
                        && (p == self.s
                            || toks[p - 1].is_punct(',')
                            || any_ending_at(toks, p, TARGET_CUES).is_some())
                })
        })
    }

    /// Whether "một năm", a year, follows a figure ending before `after`,
    /// or the aside right after it ("8.500 USD (khoảng 216 triệu đồng) một
    /// năm"): the figure's per.
    fn a_year_after(&self, after: usize) -> bool {
        let toks = self.toks;
        let at = match toks.get(after) {
            Some(t) if t.is_punct('(') => (after..self.e)
                .find(|&k| toks[k].is_punct(')'))
                .map(|c| c + 1),
            Some(t) if t.is_punct(')') => Some(after + 1),
            _ => Some(after),
        };
        at.is_some_and(|k| phrase_at(toks, k, lexicon::A_YEAR).is_some())
    }

    /// Whether the figure `f` falls under the sentence's yearly lead (see
    /// [`Self::yearly_lead`]): "hằng năm" frames every item ("Hằng năm tổ
    /// chức diễn tập cho 2 - 3 xã; 100% cán bộ ... được bồi dưỡng"), but
    /// "mỗi năm", each year's, reaches past the first ';' only a figure
    /// like the first ("Mỗi năm giải quyết việc làm cho 1.200 lao động;
    /// tỷ lệ thất nghiệp dưới 3%"); and neither reaches a figure of its own
    /// time ("đến cuối nhiệm kỳ", "năm 2030") or a share of a breakdown
    /// ("trong đó ... chiếm 60%") unless like the first, nor all of a norm
    /// ("100% trẻ em ...").
    fn under_a_yearly_lead(
        &self,
        f: &Found,
        years: &[(usize, usize, i32)],
        first_main: usize,
    ) -> bool {
        let toks = self.toks;
        let q = &f.q;
        if q.first > first_main + YEARLY_SCOPE_REACH || f.item_end > q.first + YEARLY_SCOPE_REACH {
            return false;
        }
        // A time named since the first figure ("...; trong nhiệm kỳ kết nạp
        // 120 đảng viên, trong đó ... 30%").
        let since = first_main.min(f.item_start)..f.item_end.min(self.e.saturating_sub(1)) + 1;
        let own_time = years.iter().any(|y| since.contains(&y.0))
            || since.clone().any(|k| {
                toks[k].starts & lexicon::PERIODS.bit != 0
                    && any_at(toks, k, lexicon::PERIODS).is_some()
                    // "... tổng số đảng viên đầu nhiệm kỳ": the start of a
                    // term is what a share counts against, no time of its own.
                    && !(k > 0 && toks[k - 1].is_word(lexicon::START_OF))
            });
        let Some(lead) = self.yearly_lead(first_main).filter(|_| !own_time) else {
            return false;
        };
        let like_the_first =
            || quantity::read_at(toks, first_main).is_some_and(|first| first.unit == q.unit);
        // "đào tạo nghề cho 2.000 lao động, trong đó ... chiếm 60%": a
        // share of the count; of a share ("100% chi bộ ..., trong đó từ 20%
        // ..."), a share of it, yearly too.
        let share_of_a_breakdown = q.class == UnitClass::Percent
            && (first_main..q.first).any(|k| any_at(toks, k, lexicon::BREAKDOWNS).is_some());
        let past_a_semicolon =
            toks[lead].is_word(lexicon::EACH) && (self.s..q.first).any(|k| toks[k].is_punct(';'));
        if share_of_a_breakdown || past_a_semicolon {
            q.value != 100.0 && like_the_first()
        } else {
            true
        }
    }

    /// Whether the figure `f` breaks down a whole measured yearly ("tỷ lệ
    /// ... hằng năm đạt trên 85%, trong đó án rất nghiêm trọng đạt
    /// 100%", "việc làm cho 40.000 lao động mỗi năm, trong đó ... 4.000
    /// người"): the parts are yearly too; a share of a count ("..., trong
    /// đó ... chiếm 60%") is a share of it, not of a year.
    fn yearly_whole(&self, f: &Found) -> bool {
        let toks = self.toks;
        self.breakdown_of(f).is_some_and(|opens| {
            let clause = (opens.saturating_sub(YEARLY_SCOPE_REACH).max(self.s)..opens)
                .rev()
                .take_while(|&k| !toks[k].is_punct(';'))
                .last()
                .unwrap_or(opens);
            // In words: a rate "/năm" is its own figure's, and so is an
            // aside's ("80.000 lao động (bình quân mỗi năm 16.000 lao
            // động), trong đó ... 65.000 lao động").
            let mut depth = 0i32;
            let yearly = (clause..opens).any(|k| {
                if toks[k].is_punct('(') {
                    depth += 1;
                } else if toks[k].is_punct(')') {
                    depth -= 1;
                }
                depth <= 0
                    && toks[k].starts & lexicon::YEARLY.bit != 0
                    && any_at(toks, k, lexicon::YEARLY).is_some()
            });
            let share_of_a_share =
                f.q.class != UnitClass::Percent || (clause..opens).any(|k| toks[k].is_punct('%'));
            yearly && share_of_a_share
        })
    }

    pub(super) fn build(
        &self,
        f: &Found,
        years: &[(usize, usize, i32)],
        first_main: usize,
        inherited: Option<Bound>,
        group_of: &Window<Option<usize>>,
        lists: u64,
    ) -> Target {
        let toks = self.toks;
        let q = &f.q;
        let chain_start = self.chain_start(q.first, f.item_start);
        // Ranges, not lists of positions: a target costs fewer allocations.
        let chain = chain_start..q.first;
        let chain_has =
            |list: &lexicon::List| chain.clone().any(|k| any_at(toks, k, list).is_some());
        // Direction verb: the nearest one before the number, in the item.
        // In a pair the verbs before the target's name compare the result
        // with it ("vượt xa mục tiêu"); one after it is the target's own
        // ("(kế hoạch tăng 12%)", "(chỉ tiêu giảm 0,8%)").
        let own_from = match f.pair_left {
            None => f.item_start,
            // The name may end right at the number ("vượt mục tiêu 3.000
            // km"), after another named before it ("Sau 5 năm triển khai
            // Nghị quyết, ...").
            Some(_) => (f.item_start..=q.first)
                .rev()
                .find(|&k| any_ending_at(toks, k, STATED_TARGET).is_some())
                .unwrap_or(q.first),
        };
        // A verb before the striving that sets the figure is the clause
        // before's ("đạt và vượt mục tiêu ... là phấn đấu đến năm 2025 có
        // khoảng 3.000 km").
        let direction = (own_from..q.first)
            .rev()
            .take_while(|&k| phrase_at(toks, k, lexicon::STRIVE).is_none())
            .filter(|&k| f.group.is_some() || group_of[k].is_none())
            .find_map(|k| subject::is_direction_verb(toks, k).map(|up| (k, up)))
            // "thu ngân sách vượt dự toán tỉnh giao, thu nhập ... đạt gần
            // 90 triệu đồng": a verb of another clause, past a comma and the
            // level this one reaches.
            .filter(|&(k, _)| {
                !(k + 1..q.first)
                    .find(|&c| toks[c].is_punct(','))
                    .is_some_and(|c| (c + 1..q.first).any(|j| toks[j].is_word(lexicon::REACH)))
            })
            // "việc làm tăng thêm là 80.000 lao động": the verb names the
            // indicator whose level "là" then tells; unless a base it is
            // measured against comes between ("giảm tỷ lệ nghèo năm 2024 so
            // với năm 2023 là 4,1%"): the change, by so much.
            .filter(|&(k, _)| {
                !(k + 1..q.first).any(|j| toks[j].is_word(lexicon::IS))
                    || (k + 1..q.first)
                        .any(|j| phrase_at(toks, j, lexicon::COMPARED_WITH).is_some())
            });
        // The comparator nearest the number, read as the longest phrase ending
        // at each word: "không dưới 90%" is at least, not below.
        // "áp dụng trên khoảng 60% diện tích": "trên" before "khoảng" is
        // "on", no floor.
        let comparator_at = chain.clone().rev().find_map(|k| {
            lexicon::comparators_ending_at(toks, k + 1).find(|&(_, st)| st >= chain_start)
        });
        let comparator_at = comparator_at.filter(|&(_, st)| {
            !(toks[st].is_word(lexicon::ABOVE) && any_at(toks, st + 1, ABOUT).is_some())
        });
        let comparator = comparator_at.map(|(b, _)| b);
        // "còn khoảng 25%" with no fall told is about the level left; a
        // fall to it ("giảm còn", "xuống còn") is a ceiling.
        // "xuống còn bình quân 80kg/ha": the average comes between the fall
        // and the level it falls to.
        let level_chain = lexicon::phrase_ending_at(toks, chain_start, lexicon::ON_AVERAGE)
            .filter(|&b| b > f.item_start)
            .map_or(chain_start, |b| self.chain_start(b, f.item_start))
            ..q.first;
        let fell = || {
            level_chain
                .clone()
                .any(|k| lexicon::DOWN_VERBS.contains(&toks[k].low.as_ref()))
        };
        let level = level_chain.clone().any(|k| {
            (toks[k].is_word(lexicon::DOWN)
                || toks[k].is_word(lexicon::LEFT) && (!chain_has(ABOUT) || fell()))
                && !(k > 0 && toks[k - 1].is_word(lexicon::NOT))
        });
        // "tăng diện tích lên 3.000 ha": raised to a level, not by it.
        let raised = chain.clone().any(|k| {
            toks[k].is_word(lexicon::UP) && !(k > 0 && toks[k - 1].is_word(lexicon::ONWARD))
        }) || direction.is_some_and(|(k, _)| {
            // "tăng tỷ lệ điện tái tạo đạt khoảng 12%", "tăng tỷ trọng
            // ... đến năm 2025 khoảng 55%": a share raised to what it
            // reaches, or to what it is by a deadline.
            lexicon::SHARE_NOUNS
                .iter()
                .any(|n| phrase_at(toks, k + 1, n).is_some())
                && (chain.clone().any(|c| toks[c].is_word(lexicon::REACH))
                    // Not the year compared with ("so với năm 2023 là 4,1%").
                    || chain_start.checked_sub(1).is_some_and(|y| {
                        y > k
                            && quantity::is_year(&toks[y])
                            && !super::modality::compared_base(toks, y)
                    }))
        });
        // "Giảm tốc độ tăng ..., tiến tới đưa tỷ số này trở lại mức 105 -
        // 106 ...", "..., đưa tỷ lệ này về mức 2%": a level brought back
        // to, not a change by it.
        let raised = raised
            || chain.clone().any(|k| toks[k].is_word(lexicon::LEVEL))
                && lexicon::BACK_TO
                    .iter()
                    .any(|p| lexicon::phrase_ending_at(toks, chain_start, p).is_some());
        // "giảm hộ nghèo đạt 100% chỉ tiêu hằng năm": a share of the plan
        // reached measures the change done, by no amount.
        let raised = raised
            || direction.is_some()
                && chain.clone().any(|c| toks[c].is_word(lexicon::REACH))
                && any_at(toks, q.last + 1, lexicon::SHARE_OF_PLAN).is_some();
        // "Cơ cấu ... nông nghiệp tăng đến năm 2020 chiếm 27%": the share
        // taken up, which "chiếm" tells after the change, is a level.
        let taken_up = direction
            .is_some_and(|(k, _)| (k + 1..q.first).any(|t| toks[t].is_word(lexicon::TAKES_UP)));
        // "đưa quy mô nền kinh tế vượt 500 tỷ USD": a level exceeded right
        // after the verb, in an amount of its own, is a floor passed; by so
        // much over a plan it is an excess ("vượt 10 tỷ đồng so với dự
        // toán"), and a share over the plan ("vượt 5%") is the change.
        let exceeds_level = direction.is_some_and(|(k, up)| {
            up && toks[k].is_word(lexicon::EXCEED)
                && k + 1 == q.first
                && f.pair_left.is_none()
                && q.class != UnitClass::Percent
                && q.unit != lexicon::TIMES_UNIT
                && !toks
                    .get(q.last + 1)
                    .is_some_and(|t| t.is_word(lexicon::COMPARE))
        });
        // "vượt kế hoạch đề ra, với 84/80 hiện vật": the plan a pair's result
        // passed is its value, no change by it.
        let passed_plan = f.q.achieved.is_some()
            && direction.is_some_and(|(k, _)| toks[k].is_word(lexicon::EXCEED));
        let direction = direction
            .filter(|_| !taken_up && !passed_plan)
            .map(|(_, up)| up);
        // "lần lượt đạt khoảng 45%, 35%": a bare list value shares the modifiers before the list.
        // A value after ";" starts a new item and inherits nothing, nor does
        // a quantity in words ("trên 85%, không còn nhà đơn sơ": none is
        // exact, rule 9).
        // Nor does a share after a comma that names its own units ("giảm
        // bình quân 2 - 3%/năm, 80% số xã đạt chuẩn ..."): an item of its
        // own; joined by "và" it goes on ("giảm 2% tổng số hộ nghèo và 3%
        // số hộ nghèo dân tộc thiểu số").
        let own_units = q.class == UnitClass::Percent
            && q.first > self.s
            && toks[q.first - 1].is_punct(',')
            && toks.get(q.last + 1).is_some_and(|t| {
                t.is_word(lexicon::NUMBER_OF)
                    || any_at(toks, q.last + 1, lexicon::COUNT_NOUNS).is_some()
                    || any_at(toks, q.last + 1, lexicon::POPULATIONS).is_some()
            });
        let listed = chain.is_empty()
            && toks[q.first].kind == Kind::Num
            && !own_units
            && (f.item_start..q.first)
                .all(|k| toks[k].is_punct(',') || toks[k].is_word(lexicon::AND))
            && q.first
                .checked_sub(1)
                .is_some_and(|p| toks[p].is_punct(',') || toks[p].is_word(lexicon::AND));
        // "phấn đấu có ít nhất: 50% ...; 30% ...": a comparator that leads
        // the list bounds each item that opens on its bare figure.
        let bare_item = chain.is_empty()
            && toks[q.first].kind == Kind::Num
            && q.first
                .checked_sub(1)
                .is_some_and(|p| toks[p].is_punct(';') || toks[p].is_punct(':'));
        // "tăng khoảng 10,5% (phấn đấu 12%)", "tăng 8%, phấn đấu 8,5%": the
        // stretch goal of the same change, right after it and naming
        // nothing of its own ("..., phấn đấu 50% xã đạt ..." names a share).
        let stretch = chain.is_empty()
            && toks[q.first].kind == Kind::Num
            && lexicon::phrase_ending_at(toks, q.first, lexicon::STRIVE).is_some_and(|b| {
                b > self.s && (toks[b - 1].is_punct('(') || toks[b - 1].is_punct(','))
            })
            && toks.get(q.last + 1).is_none_or(|t| t.kind == Kind::Punct);
        let list_lead = || {
            (self.s..q.first)
                .rev()
                .find(|&k| toks[k].is_punct(':'))
                .and_then(|c| lexicon::comparators_ending_at(toks, c).next())
                .map(|(b, _)| b)
        };
        // "giảm ... xuống thấp hơn 6,5%": a fall to a level "dưới" does not
        // cap is at most it, as "xuống 6,5%" is (rule 3).
        let comparator = comparator.map(|b| match comparator_at {
            Some((Bound::Below, st)) if level && !toks[st].is_word(lexicon::UNDER) => Bound::AtMost,
            _ => b,
        });
        let bound = if let Some(b) = q.own_bound.or(comparator) {
            b
        } else if let Some(b) = bare_item.then(list_lead).flatten() {
            b
        } else if let Some(b) = listed
            .then_some(inherited)
            .flatten()
            // "ít nhất 40 sản phẩm ... và 3 - 5 sản phẩm": a range is its own
            // bound; a change by it goes on ("tăng 8%, 9 - 10%").
            .filter(|b| q.value_max.is_none() || matches!(b, Bound::IncreaseBy | Bound::DecreaseBy))
        {
            b
        } else if let Some(b) = stretch
            .then_some(inherited)
            .flatten()
            .filter(|b| matches!(b, Bound::IncreaseBy | Bound::DecreaseBy))
        {
            b
        } else if level {
            Bound::AtMost
        } else if exceeds_level {
            Bound::Above
        } else if let Some(up) = direction.filter(|_| !raised) {
            if up {
                Bound::IncreaseBy
            } else {
                Bound::DecreaseBy
            }
        } else if q.value_max.is_some() {
            Bound::Range
        } else if chain_has(ABOUT) {
            Bound::About
        } else {
            Bound::Exact
        };

        let mut item = f.item_start..=f.item_end.min(self.e.saturating_sub(1));
        let per = q.per.clone().or_else(|| {
            // Not an aside's own ("35 - 40 ngàn tỷ đồng (tăng 12%/năm)").
            item.any(|k| {
                (f.group.is_some() || group_of[k].is_none())
                    && (lexicon::each_year_at(toks, k)
                        || (toks[k].is_punct('/')
                            && toks.get(k + 1).is_some_and(|n| n.is_word(lexicon::YEAR))))
            })
            .then(|| lexicon::YEAR.to_string())
            .or_else(|| {
                self.a_year_after(q.last + 1)
                    .then(|| lexicon::YEAR.to_string())
            })
            // "số giường bệnh trên 1 vạn dân là 25,5 giường", "12 bác sĩ
            // trên 1 vạn dân".
            .or_else(|| quantity::per_in_indicator(toks, f.item_start, chain_start))
            .or_else(|| quantity::per_in_indicator(toks, q.last + 1, f.item_end.min(self.e)))
            .or_else(|| {
                (q.class == UnitClass::Count)
                    .then(|| quantity::shared_denominator(toks, q.last + 1, self.e))
                    .flatten()
            })
            // (Most sentences name no year in words: the bits say so.)
            .or_else(|| {
                (lists & lexicon::YEARLY.bit != 0
                    && (self.under_a_yearly_lead(f, years, first_main) || self.yearly_whole(f)))
                .then(|| lexicon::YEAR.to_string())
            })
        });

        let deadline_year = self
            .item_year(f, years, first_main)
            .map(|y| y.2)
            .or(self.carried_year);

        let baseline = self
            .baseline(q.last + 1, f.item_end)
            .or_else(|| self.baseline(f.item_start, chain_start));

        let (left_from, left_to) = f.pair_left.unwrap_or((f.item_start, chain_start));
        let in_year = |k: usize| years.iter().any(|y| (y.0..=y.1).contains(&k));
        // The comma after a leading year ("Đến năm 2030, xây dựng 5 khu
        // công nghiệp") goes with the year.
        let year_comma = |k: usize| toks[k].is_punct(',') && k > 0 && in_year(k - 1);
        // A part of a whole broken down is labelled by its kind ("(trong
        // đó: trâu 20.000 con; bò ...)"), no verb.
        let left_is_verb = f.whole.is_none()
            && (left_from..left_to)
                .filter(|&k| !in_year(k) && !year_comma(k))
                .all(|k| {
                    toks[k].kind == Kind::Word
                        && !lexicon::INDICATOR_HEADS.contains(&toks[k].low.as_ref())
                });
        // From the counted noun, or past the number, to the item's end.
        let right =
            q.noun_start.unwrap_or(q.last + 1)..f.item_end.min(self.e.saturating_sub(1)) + 1;
        let ctx = subject::Context {
            left_is_verb,
            left: left_from..left_to,
            right,
            year_phrases: years,
            // "giảm ... xuống dưới 6%" sets a level, not a change.
            change: direction.is_some() && !level && !raised,
            zero: q.value == 0.0,
            measure: q.class == UnitClass::Measure,
            count_noun: (q.class == UnitClass::Count).then(|| {
                let noun = q.unit.rsplit(' ').next().unwrap_or(&q.unit);
                let noun = if q.unit.contains(',') {
                    q.unit.as_ref()
                } else {
                    noun
                };
                match q.noun_start {
                    Some(n) => subject::render(
                        toks,
                        &(n..=q.last)
                            .filter(|&k| {
                                !toks[k].is_word(lexicon::ONWARD) && !toks[k].is_word(lexicon::UP)
                            })
                            .collect::<Vec<_>>(),
                    ),
                    None => noun.to_string(),
                }
            }),
        };
        let (mut left, mut right) = (Room::take(&self.room.left), Room::take(&self.room.right));
        let (subject, mut criterion, refines) = subject::read(toks, &ctx, &mut left, &mut right);
        self.room.left.set(left);
        self.room.right.set(right);
        // "4,8% GDP": a share of GDP; the aggregate is the criterion.
        if q.unit == "%"
            && criterion.is_none()
            && let Some(agg) = toks
                .get(q.last + 1)
                .filter(|t| lexicon::AGGREGATES.contains(&t.low.as_ref()))
        {
            criterion = Some(agg.raw.to_string());
        }
        let subject = if refines {
            subject.map(|s| format!("\u{1}{s}"))
        } else {
            subject
        };

        let (span_start, span_end) = self.span_of(f);
        let term = self.term_at(toks[q.first].start);
        Target {
            value: q.value,
            value_max: q.value_max,
            // An index's value has no unit ("chỉ số HDI đạt 0,8").
            unit: (!q.unit.is_empty()).then(|| q.unit.to_string()),
            per,
            bound,
            subject,
            criterion,
            baseline,
            achieved: q.achieved,
            deadline_year,
            term,
            span: Span::new(span_start, span_end),
            text: self.text[span_start..span_end].to_string(),
        }
    }

    /// "so với X": X up to the item end or a comma.
    pub(super) fn baseline(&self, from: usize, to: usize) -> Option<String> {
        let toks = self.toks;
        let to = to.min(self.e.saturating_sub(1));
        let k = (from..=to).find(|&k| toks[k].is_word(lexicon::COMPARE))?;
        let begin = if phrase_at(toks, k, lexicon::COMPARED_WITH).is_some() {
            k + 2
        } else {
            k + 1
        };
        let end = (begin..=to)
            .find(|&j| matches!(toks[j].raw, "," | ";" | "." | ")"))
            .map_or(to, |j| j.saturating_sub(1));
        (begin <= end).then(|| subject::render(toks, &(begin..=end).collect::<Vec<_>>()))
    }

    pub(super) fn span_of(&self, f: &Found) -> (usize, usize) {
        let toks = self.toks;
        let mut a = f.item_start.min(f.q.first);
        let mut b = f.item_end.max(f.q.last).min(self.e.saturating_sub(1));
        while a < f.q.first && matches!(toks[a].raw, "," | ":" | "-" | ";") {
            a += 1;
        }
        while b > f.q.last && matches!(toks[b].raw, "," | ":" | ";" | "." | "(") {
            b -= 1;
        }
        (toks[a].start, toks[b].end())
    }

    /// The term in force at `at`: the nearest term of office ("nhiệm kỳ",
    /// "khóa") named before it, in this paragraph or an earlier one (an
    /// article names its term once); else the nearest plan period
    /// ("giai đoạn 2021-2025"). A council's resolution on a five-year plan
    /// belongs to the council's term.
    pub(super) fn term_at(&self, at: usize) -> Option<Term> {
        self.terms.at(at)
    }

    /// Subjects left empty take the previous one; "lần lượt" lists share the
    /// last one; "riêng X" refines the previous one.
    pub(super) fn share_subjects(
        &self,
        found: &[Found],
        emitted: &mut [(usize, Target)],
        prev: &mut Option<String>,
    ) {
        let toks = self.toks;
        // "lần lượt đạt 45%, 35% lực lượng lao động": earlier items borrow the last subject.
        // Looked for once, and only when a target's subject is left empty
        // before the next one's: most sentences leave none.
        let mut respectively_at = None;
        for i in (0..emitted.len().saturating_sub(1)).rev() {
            let f = &found[emitted[i].0];
            let empty_right = found[emitted[i + 1].0].q.first > f.q.last
                && (f.q.last + 1..found[emitted[i + 1].0].q.first)
                    .all(|k| toks[k].is_punct(',') || toks[k].is_word(lexicon::AND));
            if !empty_right {
                continue;
            }
            let respectively = respectively_at
                .get_or_insert_with(|| {
                    (self.s..self.e).find(|&k| phrase_at(toks, k, lexicon::RESPECTIVELY).is_some())
                })
                .is_some_and(|r| r < f.q.first);
            if respectively {
                emitted[i].1.subject = emitted[i + 1].1.subject.clone();
            }
        }
        for (_, t) in emitted.iter_mut() {
            match t.subject.take() {
                None => t.subject = prev.clone(),
                Some(s) if s.is_empty() => t.subject = prev.clone(),
                Some(s) => {
                    if let Some(rest) = s.strip_prefix('\u{1}') {
                        let base = prev.clone().unwrap_or_default();
                        t.subject = Some(format!("{base} {rest}").trim().to_string());
                    } else if let Some(whole) = prev.as_deref().and_then(|p| with_head_of(p, &s)) {
                        t.subject = Some(whole);
                        // Into the previous subject's room: most fit.
                        prev.clone_from(&t.subject);
                    } else {
                        t.subject = Some(s);
                        prev.clone_from(&t.subject);
                    }
                }
            }
        }
        // The parts of a composition name it: "Cơ cấu kinh tế: dịch vụ".
        if let Some((colon, whole)) = emitted
            .first()
            .and_then(|(i, _)| self.composition(found[*i].q.first))
        {
            for (i, t) in emitted.iter_mut() {
                let f = &found[*i];
                if f.group.is_none()
                    && f.item_start > colon
                    && let Some(part) = t.subject.as_mut()
                    && !part.starts_with(&whole)
                {
                    *part = format!("{whole}: {part}");
                }
            }
        }
    }

    /// The composition a list of parts after ':' belongs to, before the
    /// quantity at `first`: the ':' and the lead-in's words from "cơ cấu",
    /// without its deadline ("Cơ cấu kinh tế đến năm 2030:" gives "Cơ cấu
    /// kinh tế").
    fn composition(&self, first: usize) -> Option<(usize, String)> {
        let toks = self.toks;
        let colon = (self.s..first).find(|&k| toks[k].is_punct(':'))?;
        let start =
            (self.s..colon).find(|&k| phrase_at(toks, k, lexicon::COMPOSITION).is_some())?;
        let years = self.year_mentions();
        let words: Vec<usize> = (start..colon)
            .take_while(|k| !years.iter().any(|y| (y.0..=y.1).contains(k)))
            .collect();
        let whole = subject::render(toks, &words);
        let whole = whole.trim_end_matches([',', ' ']).to_string();
        Some((colon, whole))
    }
}

/// A parallel item's subject that names only another part of the previous
/// indicator ("cấp trung học cơ sở" after "Tỷ lệ đi học đúng độ tuổi cấp
/// tiểu học"), given the indicator's head: the previous subject up to the
/// same qualifier, then the item's words.
fn with_head_of(prev: &str, subject: &str) -> Option<String> {
    let qualifier = lexicon::PART_QUALIFIERS.iter().find(|q| {
        subject
            .get(..q.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(q))
            && subject[q.len()..].starts_with(' ')
    })?;
    let at = prev
        .match_indices(qualifier)
        .map(|(i, _)| i)
        .filter(|&i| i > 0 && prev[..i].ends_with(' '))
        .filter(|&i| prev[i + qualifier.len()..].starts_with(' '))
        .last()?;
    Some(format!("{}{subject}", &prev[..at]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_part_of_the_same_indicator_takes_its_head() {
        assert_eq!(
            with_head_of(
                "Tỷ lệ đi học đúng độ tuổi cấp tiểu học",
                "cấp trung học cơ sở"
            )
            .as_deref(),
            Some("Tỷ lệ đi học đúng độ tuổi cấp trung học cơ sở")
        );
        assert_eq!(
            with_head_of("tỷ lệ hộ nghèo khu vực thành thị", "khu vực nông thôn").as_deref(),
            Some("tỷ lệ hộ nghèo khu vực nông thôn")
        );
        // A subject of its own, a qualifier the previous one lacks, or one it
        // opens on, keeps the item's words.
        assert_eq!(with_head_of("tỷ lệ che phủ rừng", "cấp xã"), None);
        assert_eq!(with_head_of("cấp tiểu học", "cấp trung học cơ sở"), None);
        assert_eq!(with_head_of("tỷ lệ đi học cấp tiểu học", "cấpđộ"), None);
        assert_eq!(with_head_of("thu nhập vùng cao", "lao động"), None);
    }

    #[test]
    fn so_many_of_a_population_is_per_the_population() {
        let pers = |text: &str| {
            crate::extract_targets(text)
                .into_iter()
                .map(|t| t.per.unwrap_or_default())
                .collect::<Vec<_>>()
        };
        assert_eq!(pers("Phấn đấu đạt 20 bác sĩ/vạn dân"), ["vạn dân"]);
        assert_eq!(
            pers("Phấn đấu đạt 12 bác sĩ trên 1 vạn dân; 95% xã đạt chuẩn"),
            ["vạn dân", ""]
        );
        assert_eq!(
            pers("Chỉ tiêu số giường bệnh trên 1 vạn dân là 32 giường."),
            ["vạn dân"]
        );
        // Per an area the indicator names.
        assert_eq!(
            pers("Phấn đấu giá trị thu hoạch trên 1 ha đất canh tác đạt 140 triệu đồng."),
            ["ha"]
        );
        // A scale of money is no population: "trên 1 triệu tấn" is a quantity.
        assert_eq!(pers("Phấn đấu sản lượng trên 1 triệu tấn"), [""]);
        // The name's printed denominator; a power of ten of the people.
        assert_eq!(
            pers("Chỉ tiêu số bác sĩ/vạn dân đạt 14 bác sĩ."),
            ["vạn dân"]
        );
        assert_eq!(
            pers("Phấn đấu đạt 2 dược sĩ trên 10.000 dân."),
            ["10.000 dân"]
        );
        // Counts joined before a denominator share it; a share does not.
        assert_eq!(
            pers("Phấn đấu có 16 bác sĩ và 42 giường bệnh trên 1 vạn dân."),
            ["vạn dân", "vạn dân"]
        );
        assert_eq!(
            pers("Phấn đấu đạt 9 bác sĩ, 1,5 dược sĩ và 20 điều dưỡng trên 10.000 dân."),
            ["10.000 dân", "10.000 dân", "10.000 dân"]
        );
        assert_eq!(
            pers("Phấn đấu 98% dân số có bảo hiểm y tế, 16 bác sĩ trên 1 vạn dân."),
            ["", "vạn dân"]
        );
    }

    /// The subjects of a text's targets, "" for none.
    fn subjects(text: &str) -> Vec<String> {
        crate::extract_targets(text)
            .into_iter()
            .map(|t| t.subject.unwrap_or_default())
            .collect()
    }

    #[test]
    fn the_parts_of_a_composition_name_it() {
        assert_eq!(
            subjects(
                "Cơ cấu kinh tế đến năm 2030: nông nghiệp 20%, công nghiệp - xây dựng 35%, dịch vụ 45%."
            ),
            [
                "Cơ cấu kinh tế: nông nghiệp",
                "Cơ cấu kinh tế: công nghiệp - xây dựng",
                "Cơ cấu kinh tế: dịch vụ"
            ]
        );
        // A list after ':' that names no composition keeps its own subjects.
        assert_eq!(
            subjects("Các chỉ tiêu chủ yếu: tỷ lệ che phủ rừng 45%; tỷ lệ hộ nghèo dưới 2%."),
            ["tỷ lệ che phủ rừng", "tỷ lệ hộ nghèo"]
        );
    }

    #[test]
    fn parallel_items_name_the_whole_indicator() {
        assert_eq!(
            subjects(
                "Phấn đấu tỷ lệ đi học đúng độ tuổi cấp tiểu học đạt 99,5%, cấp trung học cơ sở đạt 97%."
            ),
            [
                "tỷ lệ đi học đúng độ tuổi cấp tiểu học",
                "tỷ lệ đi học đúng độ tuổi cấp trung học cơ sở"
            ]
        );
    }
}
