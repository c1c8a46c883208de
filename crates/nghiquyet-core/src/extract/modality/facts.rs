//! What a place or a thing is, not what it aims at: a locality's facts
//! (area, population, coastline) and their breakdowns, a price, where
//! something is, and a count that is the condition of a rate or a share.

use super::*;

/// The most tokens from a count to the floor that qualifies its units
/// ("70 DN có vốn hóa trên thị trường chứng khoán đạt trên": ten).
const COUNTED_THRESHOLD_REACH: usize = 14;
/// The most tokens of the units a count after "có" qualifies
/// ("% doanh nghiệp, đơn vị có": five).
const QUALIFIED_UNITS_REACH: usize = 6;

/// The most words of the verb in a programme's name before its figure
/// ("Đề án đầu tư xây dựng 1 triệu căn hộ", "Đề án phát triển bền vững
/// một triệu héc ta": four).
const PROGRAMME_VERB_WORDS: usize = 4;

/// The most tokens from "không còn" / "không có" back from the bound its
/// zero's condition opens with ("không có tỉnh, thành phố đạt dưới 60%").
const NONE_LEFT_REACH: usize = 12;

/// Tokens after the figure of a programme's name the sentence's own
/// figures may stand at.
const PROGRAMME_REACH: usize = 40;

/// The most tokens of a quoted name on either side of its figure ("“Mỗi
/// người trồng 1 cây xanh”"): a longer quotation is a speech's.
const QUOTED_NAME_WORDS: usize = 8;

/// The most words of a unit's name before "cũ" ("xã Tân Hòa cũ"), and a
/// parenthesis ("Tân Lập (cũ)").
const FORMER_NAME_WORDS: usize = 4;

/// The least count a fact told to the unit is read at ("1.468.520
/// người"): below it, round and exact numbers look alike.
const TO_THE_UNIT_FROM: f64 = 10_000.0;
/// The most words of the verb and its noun between "đang" and the figure
/// it governs ("đang quản lý nguồn vốn ủy thác 2.680 tỷ đồng": five).
const IN_PROGRESS_OBJECT_WORDS: usize = 5;

/// The most syllables of a count's noun after its unit before the verb
/// of a share it is the subject of ("4 xã đặc biệt khó khăn giảm ...").
const SUBJECT_TAIL_WORDS: usize = 6;

/// The most words between a verb and its share ("giảm bình quân từ 6%").
const SHARE_MODIFIER_WORDS: usize = 3;

/// The most words of the places a count names after it ("2 xã Pô Kô và
/// Đắk Rơ Nga": six).
const PLACE_NAMES_WORDS: usize = 10;

/// How many words a place's or a work's name may take before "có" or
/// "nằm" opens what it is ("Huyện Lâm Bình có ...", "Nhà máy điện mặt
/// trời có ...").
const PLACE_NAME_REACH: usize = 12;

/// Whether the word at `k` is "cũ" after an administrative unit, its
/// name between ("4 xã cũ", "xã Tân Hòa cũ", "huyện Tân Kỳ (cũ)"): a
/// unit merged away. Not an old thing ("khu chung cư cũ").
pub(super) fn former_unit(toks: &[Tok<'_>], k: usize, s: usize) -> bool {
    if !toks[k].is_word(lexicon::FORMER) {
        return false;
    }
    let unit = |t: &Tok<'_>| lexicon::ADMINISTRATIVE_UNITS.contains(&t.low.as_ref());
    let named = |t: &Tok<'_>| t.is_punct('(') || t.is_capitalised();
    (k.saturating_sub(FORMER_NAME_WORDS + 1).max(s)..k)
        .rev()
        .find(|&j| unit(&toks[j]) || !named(&toks[j]))
        .is_some_and(|j| unit(&toks[j]))
}

/// Punctuation a sentence may open on before its first word ("- ", "+) ").
const BULLET_TOKENS: usize = 2;

/// The most words between what a work is by design and its figure
/// ("tổng mức đầu tư giai đoạn này khoảng 109.000 tỷ đồng": three).
const WORK_FACT_WORDS: usize = 4;

/// The most words of the units a count names before what qualifies them
/// ("11 quận, huyện có tỷ lệ ...": two, and a comma).
const COUNTED_UNIT_WORDS: usize = 4;

/// The most tokens between "giao" and the units it hands a task to
/// ("giao dự toán thu ngân sách nhà nước cho 68 xã").
const HANDED_REACH: usize = 10;

impl Sentence<'_, '_> {
    /// "Nhiệm kỳ 2020-2025, giá trị sản xuất trên địa bàn 4 xã cũ tăng
    /// 9%/năm": a sentence that names a unit merged away tells its past,
    /// and a count of such units is no goal. A deadline of the figure's
    /// own makes a goal of it still.
    pub(super) fn of_former_units(&self, fig: &Figure<'_>) -> bool {
        let last = fig.f.q.last + 1;
        let first = fig
            .cues
            .landmarks
            .first_former_unit
            .get_or_init(|| (self.s..self.e).find(|&k| former_unit(self.toks, k, self.s)));
        first.is_some_and(|k| k <= last) && !self.by_deadline(fig)
    }

    /// "7.500 đồng/kg", "152 triệu đồng/lượng": a price. So is money per
    /// anything a target does not count a sum against ("2,5 triệu
    /// đồng/cành", "75.000 đồng/m2/tháng", "10 triệu đồng/kWp").
    pub(super) fn price(&self, fig: &Figure<'_>) -> bool {
        let q = &fig.f.q;
        q.class == UnitClass::Money
            && fig.cue != Some(true)
            && q.per.as_deref().is_some_and(|p| {
                lexicon::PRICE_DENOMINATORS.contains(&p)
                    || p.split('/')
                        .next()
                        .is_some_and(|first| !lexicon::TARGET_DENOMINATORS.contains(&first))
            })
    }

    /// "giao 18 sở, ngành và 96 xã, phường xây dựng kế hoạch", "giao dự
    /// toán thu ngân sách cho 68 xã, phường": the units a body hands a task
    /// or a budget to, right after "giao" or its "cho", or joined to the
    /// units before, are counted, not set. A quota handed over sets its
    /// figures ("giao chỉ tiêu năm 2026 có thêm 12 xã đạt chuẩn").
    pub(super) fn handed_a_task(&self, fig: &Figure<'_>) -> bool {
        let toks = self.toks;
        let unit: &str = &fig.f.q.unit;
        let administrative = unit
            .split([' ', ','])
            .next()
            .is_some_and(|w| lexicon::ADMINISTRATIVE_UNITS.contains(&w))
            || lexicon::HANDED_BODIES.iter().any(|b| {
                unit.strip_prefix(b)
                    .is_some_and(|r| r.is_empty() || r.starts_with([' ', ',']))
            });
        if !administrative {
            return false;
        }
        // "63 tỉnh, thành phố đều được giao chỉ tiêu ...": the units a quota
        // is handed to, told before the passive.
        let mut k = fig.f.q.last + 1;
        if toks.get(k).is_some_and(|t| t.is_word(lexicon::ALL_ALIKE)) {
            k += 1;
        }
        if toks.get(k).is_some_and(|t| t.is_word(lexicon::PASSIVE))
            && toks
                .get(k + 1)
                .is_some_and(|t| t.is_word(lexicon::HAND_OVER))
        {
            return true;
        }
        let lowest = fig.chain_start.saturating_sub(HANDED_REACH).max(self.s);
        let handed_from = |k: usize| {
            toks[k].is_word(lexicon::HAND_OVER)
                || toks[k].is_word(lexicon::TO_WHOM)
                    && (lowest..k).any(|j| toks[j].is_word(lexicon::HAND_OVER))
        };
        // "(cao hơn Chính phủ giao là 235 đơn vị)": what was handed, told
        // after "là", is the quota itself.
        let told_as_quota = (fig.chain_start..fig.f.q.first).any(|k| toks[k].is_word(lexicon::IS));
        let Some(before) = fig
            .chain_start
            .checked_sub(1)
            .filter(|&b| b >= lowest && !told_as_quota)
        else {
            return false;
        };
        // "18 sở, ngành và 96 xã": the first group's number opens after "giao".
        let joined = toks[before].is_word(lexicon::AND)
            && (lowest..before)
                .rev()
                .take_while(|&k| toks[k].kind != Kind::Punct || toks[k].is_punct(','))
                .find(|&k| toks[k].kind == Kind::Num)
                .and_then(|n| n.checked_sub(1))
                .is_some_and(|b| b >= lowest && handed_from(b));
        handed_from(before) || joined
    }

    /// "Không còn xã dưới 15 tiêu chí", "không có xã dưới 60 điểm chỉ số
    /// cải cách hành chính", "không có tỉnh, thành phố đạt dưới 60%": a
    /// bound in the phrase of what none is left of is that zero's
    /// condition, not a target of its own.
    pub(super) fn condition_of_none_left(&self, fig: &Figure<'_>) -> bool {
        let toks = self.toks;
        let q = &fig.f.q;
        // Most figures are bounded by nothing: ask no more of them.
        if q.own_bound.is_none() && fig.chain_start >= q.first {
            return false;
        }
        // "không còn xã dưới 15 tiêu chí và thu nhập ... đạt 85 triệu
        // đồng": "và" opens another item, as punctuation does past the
        // zero's nouns ("không còn hộ nghèo, tỷ lệ ... dưới 2%").
        let one_phrase = |from: usize| {
            (from..fig.chain_start)
                .all(|k| toks[k].kind != Kind::Punct && !toks[k].is_word(lexicon::AND))
        };
        // "Giảm tỷ lệ lao động không có việc làm khu vực đô thị xuống còn
        // 2,4%": a level a change goes down to is no zero's condition, and
        // "không có" after a rate's head tells whom the rate counts.
        let down_to = (fig.chain_start..q.first).any(|k| toks[k].is_word(lexicon::DOWN));
        let floor = (self.s.max(fig.chain_start.saturating_sub(NONE_LEFT_REACH))..fig.chain_start)
            .rev()
            .take_while(|&k| !toks[k].is_punct(';') && !toks[k].is_punct(':'))
            .last()
            .unwrap_or(fig.chain_start);
        let of_a_rate = |k: usize| (floor..k).any(|j| any_at(toks, j, lexicon::RATE).is_some());
        !down_to
            && (floor..fig.chain_start).rev().any(|k| {
                any_at(toks, k, lexicon::NONE_LEFT).is_some()
                    && !of_a_rate(k)
                    && one_phrase(quantity::read_words_at(toks, k).map_or(k, |zero| zero.last + 1))
            })
    }

    /// "Tỷ lệ tổ chức cơ sở đảng có từ 3 đảng viên trở lên được kết nạp
    /// mới trong năm đạt 50%": a count in a rate's subject is its
    /// condition; the share is the target.
    /// "100% các xã có từ 2 sản phẩm OCOP trở lên", "100% hộ người có
    /// công không còn nhà tạm": what the share's units have, or have none
    /// of, after it, is its condition too; not a figure of the next clause
    /// ("giảm 50% số hộ nghèo hiện có và tạo việc làm cho ít nhất 1.300
    /// lao động"), which "có" does not govern.
    /// "80% người cao tuổi được khám sức khỏe định kỳ ít nhất 1 lần/năm":
    /// so is how often they are given something; not the level of a grant
    /// ("100% học sinh được hỗ trợ ... với mức 30.000 đồng/ngày").
    pub(super) fn condition_of_rate(&self, fig: &Figure<'_>) -> bool {
        let toks = self.toks;
        let f = fig.f;
        let q = &f.q;
        let condition_of_share = || {
            // "85% cư dân được dùng nước sạch ít nhất 60 lít/người/ngày": a
            // measure per person is the standard they are given, a target as
            // the share is; how often is their condition.
            let per_person = q.class == UnitClass::Measure
                && q.per.as_deref().is_some_and(|p| {
                    p.split('/')
                        .next()
                        .is_some_and(|w| lexicon::PERSONS.contains(&w))
                });
            let given = || {
                if q.class == UnitClass::Money || per_person {
                    return None;
                }
                (f.item_start.max(self.s)..fig.chain_start)
                    .rev()
                    .take_while(|&k| toks[k].kind == Kind::Word)
                    .find(|&k| toks[k].is_word(lexicon::PASSIVE))
            };
            let had = fig
                .chain_start
                .checked_sub(1)
                .filter(|&k| toks[k].is_word(lexicon::HAS))
                .or((q.value == 0.0 && toks[q.first].kind == Kind::Word).then_some(q.first))
                .or_else(given);
            // Not past "và", which opens another item ("trên 65% số xã đạt
            // chuẩn và có ít nhất 4 huyện đạt chuẩn").
            // Nor none of the units the share counts ("70% chi bộ đạt vững
            // mạnh không có chi bộ yếu kém"): a goal for them all.
            (self.s..q.first)
                .rev()
                .take_while(|&k| {
                    (toks[k].kind == Kind::Word && !toks[k].is_word(lexicon::AND))
                        || toks[k].is_punct('%')
                })
                .find(|&k| toks[k].is_punct('%'))
                .is_some_and(|pct| {
                    had.is_some_and(|k| pct < k)
                        && !(q.value == 0.0 && phrase_at(toks, pct + 1, &q.unit).is_some())
                })
        };
        // A comma between the names of the places counted goes on ("tỷ lệ
        // hộ nghèo 02 huyện Trạm Tấu, Mù Cang Chải ... giảm trên 5%/năm").
        let names_on =
            |k: usize| toks[k].is_punct(',') && toks.get(k + 1).is_some_and(Tok::is_capitalised);
        q.class != UnitClass::Percent
            && ((f.item_start..q.first).any(|k| any_at(toks, k, lexicon::RATE).is_some())
                && (q.last + 1..self.e)
                    .take_while(|&k| {
                        !(toks[k].is_punct(';') || toks[k].is_punct(',') && !names_on(k))
                    })
                    .any(|k| toks[k].is_punct('%'))
                || condition_of_share())
    }

    /// "trong đó, 7 huyện nghèo giảm từ 6% trở lên/năm": a count whose
    /// units a share's change right after it is told of says which units
    /// the share is of; the share is the target.
    pub(super) fn subject_of_a_share(&self, fig: &Figure<'_>) -> bool {
        let toks = self.toks;
        let q = &fig.f.q;
        // "khách quốc tế 2,3 - 2,5 triệu lượt tăng gần 20%": a range, or an
        // amount in thousands or millions, is a level its change follows,
        // no count of units named.
        let level = q.value_max.is_some() || any_at(toks, q.first + 1, lexicon::SCALES).is_some();
        if q.class != UnitClass::Count || q.achieved.is_some() || level {
            return false;
        }
        let words = |from: usize| (from..self.e).take_while(|&k| toks[k].kind == Kind::Word);
        // Not "đạt": "3 trường đạt 100% tiêu chí" counts what reaches it.
        let Some(verb) = words(q.last + 1)
            .take(SUBJECT_TAIL_WORDS + 1)
            .find(|&k| subject::is_direction_verb(toks, k).is_some())
        else {
            return false;
        };
        let share = verb + 1 + words(verb + 1).count();
        share <= verb + 1 + SHARE_MODIFIER_WORDS
            && toks.get(share).is_some_and(|t| t.kind == Kind::Num)
            && toks.get(share + 1).is_some_and(|t| t.is_punct('%'))
    }

    /// "xã Văn Lem đạt 15/19 tiêu chí, 2 xã Pô Kô và Đắk Rơ Nga đạt 14/19
    /// tiêu chí": a count of places named right after it, whose names go
    /// on to a figure they reach, says which places reach it; that figure
    /// is the target.
    pub(super) fn named_places_reaching(&self, fig: &Figure<'_>) -> bool {
        let toks = self.toks;
        let q = &fig.f.q;
        let place = q.class == UnitClass::Count
            && lexicon::ADMINISTRATIVE_UNITS.contains(&q.unit.as_ref())
            && toks.get(q.last + 1).is_some_and(Tok::is_capitalised);
        if !place {
            return false;
        }
        let names_end = (q.last + 1..self.e.min(q.last + 2 + PLACE_NAMES_WORDS))
            .find(|&k| {
                !(toks[k].kind == Kind::Word
                    && (toks[k].is_capitalised()
                        || toks[k].is_word(lexicon::AND)
                        || lexicon::ADMINISTRATIVE_UNITS.contains(&toks[k].low.as_ref()))
                    || toks[k].is_punct(','))
            })
            .unwrap_or(self.e);
        toks.get(names_end)
            .is_some_and(|t| t.is_word(lexicon::REACH))
            && toks.get(names_end + 1).is_some_and(|t| t.kind == Kind::Num)
    }

    /// "tỷ lệ hộ nghèo tại các xã có tỷ lệ hộ nghèo cao trên 25% giảm từ
    /// 4% trở lên": a share that qualifies a kind of units ("các xã có tỷ
    /// lệ ..."), with the item's figure beside it, says which units the
    /// figure is of; it is no target.
    /// So does one that qualifies units counted right before it ("25/63
    /// địa phương có tỷ lệ giải ngân đạt dưới 25%", "11 quận, huyện có tỷ
    /// lệ giải ngân dưới 95%"): the count is told, the share its condition.
    pub(super) fn condition_of_units(&self, fig: &Figure<'_>) -> bool {
        let toks = self.toks;
        let f = fig.f;
        let q = &f.q;
        let counted_before = |k: usize| {
            (k.saturating_sub(COUNTED_UNIT_WORDS + 1).max(self.s)..k)
                .rev()
                .take_while(|&j| toks[j].kind != Kind::Punct || toks[j].is_punct(','))
                .find(|&j| toks[j].kind != Kind::Word && !toks[j].is_punct(','))
                .is_some_and(|j| toks[j].kind == Kind::Num && !quantity::is_year(&toks[j]))
        };
        let qualifies = |k: usize| {
            toks[k].is_word(lexicon::HAS)
                && any_at(toks, k + 1, lexicon::RATE).is_some()
                && (k >= f.item_start + 2 && any_at(toks, k - 2, lexicon::PLURALS).is_some()
                    || k > self.s && toks[k - 1].kind == Kind::Word && counted_before(k))
        };
        let is_figure = |k: usize| toks[k].kind == Kind::Num && !quantity::is_year(&toks[k]);
        let within = |k: &usize| toks[*k].kind != Kind::Punct || toks[*k].is_punct('%');
        if q.class != UnitClass::Percent {
            return false;
        }
        (f.item_start..fig.chain_start)
            .find(|&k| qualifies(k))
            .is_some_and(|has| {
                (q.last + 1..self.e).take_while(within).any(is_figure)
                    || (self.s..has).rev().take_while(within).any(is_figure)
                    || counted_before(has)
            })
    }

    /// "khoảng 70 doanh nghiệp có vốn hóa trên thị trường chứng khoán đạt
    /// trên 1 tỷ USD", "10 doanh nghiệp được định giá trên 1 tỷ USD": a
    /// floor after the units a count names, which "có" or "được" qualify
    /// with it, says which units are counted; it is no target.
    pub(super) fn threshold_of_the_counted(&self, fig: &Figure<'_>) -> bool {
        let toks = self.toks;
        let q = &fig.f.q;
        // An amount or a measure: a rate ("tỷ lệ trẻ em dưới 1 tuổi được
        // tiêm chủng đạt trên 98%") sets its own level.
        if !matches!(q.class, UnitClass::Money | UnitClass::Measure) {
            return false;
        }
        let floored = self.floored_or_capped_in(fig.f)
            || (fig.chain_start..q.first).any(|k| toks[k].is_word(lexicon::ABOVE));
        if !floored {
            return false;
        }
        // The count ends the item before: read back past its start.
        let floor = fig
            .chain_start
            .saturating_sub(COUNTED_THRESHOLD_REACH)
            .max(self.s);
        let mut qualified = false;
        for k in (floor..fig.chain_start).rev() {
            let t = &toks[k];
            if t.kind == Kind::Punct {
                return false;
            }
            qualified |= t.is_word(lexicon::HAS) || t.is_word(lexicon::ACHIEVED);
            if t.kind == Kind::Num && !quantity::is_year(t) {
                // The count: its noun right after it, no age, the qualifier
                // past.
                return qualified
                    && toks
                        .get(k + 1)
                        .is_some_and(|n| n.kind == Kind::Word && !n.is_word(lexicon::AGE));
            }
        }
        false
    }

    /// "100% doanh nghiệp, đơn vị có từ 20 lao động trở lên thành lập Công
    /// đoàn", "các DN có từ 20 LĐ trở lên": a count "từ ... trở lên" after
    /// "có" that the units a share or "các" picks out have says which of
    /// them are meant (rule 3's noun phrase); it is no target. What places
    /// are to have is a goal ("100% xã có ít nhất 1 công trình").
    pub(super) fn count_that_qualifies_units(&self, fig: &Figure<'_>) -> bool {
        let toks = self.toks;
        let has = fig.chain_start;
        if fig.f.q.class != UnitClass::Count
            || fig.f.q.own_bound != Some(Bound::AtLeast)
            || has < self.s + 2
            || !toks[has - 1].is_word(lexicon::HAS)
            || toks[has - 2].kind != Kind::Word
            || lexicon::ADMINISTRATIVE_UNITS.contains(&toks[has - 2].low.as_ref())
        {
            return false;
        }
        // Back over the units' nouns (joined by commas) to what picks them.
        (has.saturating_sub(QUALIFIED_UNITS_REACH + 1).max(self.s)..has - 1)
            .rev()
            .take_while(|&k| {
                toks[k].kind == Kind::Word || toks[k].is_punct(',') || toks[k].is_punct('%')
            })
            .any(|k| toks[k].is_punct('%') || any_at(toks, k, lexicon::PLURALS).is_some())
    }

    /// "tổng mức đầu tư sơ bộ hơn 67 tỷ USD", "tốc độ thiết kế 160 km/h":
    /// what a work or a project is by design, even under a plan only cited
    /// ("Theo kế hoạch, lễ khởi công ..., tổng mức đầu tư 2.450 tỷ đồng").
    /// A cap or a floor on it is a plan's ("không quá 225.000 tỉ đồng"), and
    /// so is a figure a goal cue governs ("Phấn đấu tổng mức đầu tư các dự
    /// án đạt 5.000 tỷ đồng").
    pub(super) fn work_by_design(&self, fig: &Figure<'_>) -> bool {
        let toks = self.toks;
        let described = (fig.chain_start.saturating_sub(WORK_FACT_WORDS).max(self.s)
            ..=fig.chain_start)
            .rev()
            .take_while(|&end| end == fig.chain_start || toks[end].kind == Kind::Word)
            .any(|end| any_ending_at(toks, end, lexicon::WORK_FACTS).is_some())
            // "đến từ 48 trường": "từ" is no comparator there.
            || any_ending_at(toks, fig.f.q.first, lexicon::WORK_FACTS).is_some();
        let capped = || lexicon::floor_or_cap_at(toks, fig.chain_start);
        let governed = || fig.cue == Some(true) && self.governing_cue_before(fig.f.q.first);
        described && !capped() && !governed()
    }

    /// "Dự án Khu công nghiệp ... có diện tích 620 ha, tổng vốn đầu tư
    /// 3.200 tỷ đồng; ... di dời 412 hộ dân", "Nhà máy điện gió ... tổng
    /// công suất 50 MW, sản lượng điện bình quân khoảng 160 triệu
    /// kWh/năm": a sentence that opens on a work and names what it is by
    /// design or what it has (its investment, capacity, scale), with no
    /// goal cue anywhere, describes the work in all its figures.
    pub(super) fn in_a_work_s_profile(&self, fig: &Figure<'_>) -> bool {
        let toks = self.toks;
        let Some(first) = (self.s..self.e)
            .take(BULLET_TOKENS + 1)
            .find(|&k| toks[k].kind == Kind::Word)
        else {
            return false;
        };
        lexicon::WORKS
            .iter()
            .any(|w| phrase_at(toks, first, w).is_some())
            && !fig.cues.any_goal()
            && (self.s..self.e).any(|k| {
                let described = lexicon::WORK_FACTS.bit | LOCALITY_FACTS.bit;
                toks[k].ends & described != 0
                    && (any_ending_at(toks, k + 1, lexicon::WORK_FACTS).is_some()
                        || any_ending_at(toks, k + 1, LOCALITY_FACTS).is_some())
            })
    }

    /// "Người lao động có thời gian đóng từ đủ 15 năm trở lên được hưởng
    /// lương hưu": the bar a benefit is granted at, a rule's condition
    /// whatever the cue; the share of those who get it may be a goal.
    pub(super) fn entitlement(&self, fig: &Figure<'_>) -> bool {
        let toks = self.toks;
        let q = &fig.f.q;
        q.class != UnitClass::Percent && any_at(toks, q.last + 1, lexicon::ENTITLED).is_some()
    }

    /// "Mỗi ngày trên địa bàn phát sinh khoảng 1.450 tấn rác thải": what
    /// arises of itself, the verb governing the figure, is a fact of the
    /// place; a plan acts on it ("giảm 10% lượng rác thải phát sinh").
    pub(super) fn arising(&self, fig: &Figure<'_>) -> bool {
        lexicon::ARISING.iter().any(|v| {
            lexicon::phrase_ending_at(self.toks, fig.chain_start, v)
                .is_some_and(|at| at >= fig.f.item_start)
        })
    }

    /// "Đề án xây dựng 1 triệu căn hộ ... giao tỉnh chỉ tiêu 8.600 căn",
    /// "Chương trình phát triển 1 triệu ha lúa ...: đến năm 2030 giảm
    /// 20% ...": a figure in the name a sentence opens on, the verb of the
    /// name right before it, names the programme when the sentence goes on
    /// to figures of its own. A floor ("Đề án ... ít nhất 1 triệu căn hộ")
    /// or a cue ("Đề án đặt mục tiêu ...") states the programme's goal.
    /// Inside a sentence the name's capital tells it ("... phê duyệt
    /// Chương trình mỗi xã một sản phẩm giai đoạn 2021-2025, mục tiêu ...").
    pub(super) fn in_a_programme_name(&self, fig: &Figure<'_>) -> bool {
        let toks = self.toks;
        let f = fig.f;
        let floor = fig
            .chain_start
            .saturating_sub(PROGRAMME_VERB_WORDS + 2)
            .max(self.s);
        let head_at = |k: usize| {
            (k == self.s || toks[k].is_capitalised())
                .then(|| {
                    lexicon::PROGRAMME_NAMES
                        .iter()
                        .find_map(|p| phrase_at(toks, k, p))
                        .map(|end| (k, end))
                })
                .flatten()
        };
        let Some((head, head_end)) =
            head_at(self.s).or_else(|| (floor..fig.chain_start).rev().find_map(head_at))
        else {
            return false;
        };
        // The name holds the figure after its verb ("Đề án xây dựng 1 triệu
        // căn hộ") or right after its head ("Đề án 1 triệu ha lúa").
        let verb = head_end..fig.chain_start;
        let named = fig.chain_start == f.q.first
            && verb.len() <= PROGRAMME_VERB_WORDS
            && verb.clone().all(|k| {
                toks[k].kind == Kind::Word
                    && toks[k].starts & (TARGET_CUES.bit | lexicon::CHAIN.bit) == 0
            });
        // A programme approved or issued ("phê duyệt Đề án phát triển bền
        // vững một triệu héc ta ...") is named, whatever follows.
        let approved = lexicon::DATED_EVENTS
            .iter()
            .any(|v| lexicon::phrase_ending_at(toks, head, v).is_some_and(|b| b >= self.s));
        named
            && (approved
                || (f.q.last + 1..(f.q.last + 1 + PROGRAMME_REACH).min(self.e)).any(|k| {
                    toks[k].kind == Kind::Num
                        && !quantity::is_year(&toks[k])
                        && !toks[k - 1].is_punct('-')
                }))
    }

    /// "thực hiện Chương trình “Mỗi xã một sản phẩm”", "hưởng ứng cuộc vận
    /// động “Mỗi người 1 cây xanh”": a figure inside the short quotation
    /// a programme's or a campaign's head word opens is the name's,
    /// whatever the cue before it.
    pub(super) fn in_a_quoted_name(&self, fig: &Figure<'_>) -> bool {
        let toks = self.toks;
        let is_quote = |k: usize| ['“', '”', '"'].iter().any(|&q| toks[k].is_punct(q));
        let from = fig
            .chain_start
            .saturating_sub(QUOTED_NAME_WORDS)
            .max(self.s);
        let Some(open) = (from..fig.chain_start).rev().find(|&k| is_quote(k)) else {
            return false;
        };
        // A straight quote opens when an even number of them come before.
        let opens = toks[open].is_punct('“')
            || toks[open].is_punct('"')
                && (self.s..open).filter(|&k| toks[k].is_punct('"')).count() % 2 == 0;
        let after = fig.f.q.last + 1;
        let closed = || {
            (after..(after + QUOTED_NAME_WORDS).min(self.e))
                .find(|&k| is_quote(k))
                .is_some_and(|k| toks[k].is_punct('”') || toks[k].is_punct('"'))
        };
        opens
            && closed()
            && lexicon::QUOTED_NAME_HEADS
                .iter()
                .any(|h| lexicon::phrase_ending_at(toks, open, h).is_some())
    }

    /// "Đối với đảng bộ 16 phường, chú ý phải kết nạp ...": a count in the
    /// phrase a sentence opens on to name whom it deals with is that scope,
    /// not a goal set for it.
    pub(super) fn in_the_scope_opened(&self, fig: &Figure<'_>) -> bool {
        let toks = self.toks;
        let Some(after) = lexicon::SCOPE_OPENERS
            .iter()
            .find_map(|o| phrase_at(toks, self.s, o))
        else {
            return false;
        };
        let breaks = |k: usize| toks[k].kind == Kind::Punct && !toks[k].is_punct('/');
        !(after..fig.f.q.first).any(breaks)
            && (fig.f.q.last + 1..self.e).any(|k| toks[k].is_punct(','))
    }

    /// "tỉnh mới hợp nhất từ ba tỉnh Lâm Đồng, Đắk Nông và Bình Thuận":
    /// a count of places that goes on to name each of them tells which
    /// they are, no goal, when no cue sets it.
    pub(super) fn places_named_one_by_one(&self, fig: &Figure<'_>) -> bool {
        let toks = self.toks;
        let q = &fig.f.q;
        if q.class != UnitClass::Count
            || !lexicon::ADMINISTRATIVE_UNITS.contains(&toks[q.last].low.as_ref())
            || !toks.get(q.last + 1).is_some_and(Tok::is_capitalised)
        {
            return false;
        }
        // The first name, then a comma or "và" and the next.
        let end = (q.last + 1 + NAMED_PLACE_WORDS).min(self.e);
        (q.last + 2..end).any(|k| {
            (toks[k].is_punct(',') || toks[k].is_word(lexicon::AND))
                && (q.last + 1..k).all(|j| toks[j].is_capitalised())
                && toks.get(k + 1).is_some_and(Tok::is_capitalised)
        })
    }

    /// "phê duyệt danh sách 128 xã, phường thực hiện thí điểm": the size
    /// of a list drawn up, no goal, when no cue sets it.
    pub(super) fn size_of_a_list(&self, fig: &Figure<'_>) -> bool {
        lexicon::phrase_ending_at(self.toks, fig.chain_start, lexicon::LIST_DRAWN_UP)
            .is_some_and(|at| at >= self.s)
    }

    /// "sinh sống ở 9 thôn", "sinh hoạt tại 25 cơ sở": where, not a goal;
    /// so are the counts joined to it ("tại 19 xã và 2 thị trấn").
    pub(super) fn located(&self, fig: &Figure<'_>) -> bool {
        let toks = self.toks;
        let after_locative = |chain: usize| {
            chain
                .checked_sub(1)
                .is_some_and(|p| p >= self.s && lexicon::LOCATIVES.contains(&toks[p].low.as_ref()))
        };
        if fig.f.q.class != UnitClass::Count {
            return false;
        }
        if after_locative(fig.chain_start) {
            return true;
        }
        // The count before "và", its noun only between.
        fig.chain_start
            .checked_sub(1)
            .filter(|&p| p > self.s && toks[p].is_word(lexicon::AND))
            .and_then(|p| super::cues::figure_before(toks, p, self.s))
            .is_some_and(|n| after_locative(self.chain_start(n, self.s)))
    }

    /// "có diện tích tự nhiên 112 km2, dân số 22.000 người", "có 80 km bờ
    /// biển": what a place is, not what it aims at (a goal cue before
    /// would have decided).
    /// "Đến năm 2030, mật độ dân số đô thị đạt 2.000 người/km2": what a
    /// place is to be by a deadline is a goal, as for counts.
    pub(super) fn locality_fact(&self, fig: &Figure<'_>) -> bool {
        let toks = self.toks;
        let Figure {
            f,
            cues,
            chain_start,
            ..
        } = *fig;
        let q = &f.q;
        let after = q.last + 1;
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
        // "Ổn định diện tích lúa 190.000 ha": nor is an area to keep.
        let changed = |st: usize| {
            (st.saturating_sub(2).max(f.item_start)..st)
                .any(|k| lexicon::CHANGE_COMMANDS.contains(&toks[k].low.as_ref()))
                || any_ending_at(toks, st, lexicon::KEEP_VERBS).is_some()
        };
        // "tỷ lệ bảo đảm nước tưới cho diện tích cần tưới 85%": the area
        // a rate's share counts, further on, is no fact either.
        let rated = |st: usize| {
            q.class == UnitClass::Percent
                && (f.item_start..st).any(|k| any_at(toks, k, lexicon::RATE).is_some())
        };
        // "Công suất cảng cá tăng thêm khoảng 350.000 tấn/năm": nor is one
        // a verb after it changes.
        let changed_after = |from: usize| {
            (from..q.first).any(|k| lexicon::CHANGE_COMMANDS.contains(&toks[k].low.as_ref()))
        };
        // "Trồng rừng tập trung giai đoạn 2021 - 2025 diện tích 40.000 ha":
        // the area of a work the item opens on commanding is its size.
        // Past a breakdown's opener ("Trong đó, trồng rừng gỗ lớn ...").
        let worked = || {
            let first = (f.item_start..q.first).find(|&k| toks[k].kind == Kind::Word);
            let first = first.map(|k| {
                any_at(toks, k, BREAKDOWNS).map_or(k, |(_, end)| {
                    (end..q.first)
                        .find(|&j| toks[j].kind == Kind::Word)
                        .unwrap_or(k)
                })
            });
            first.is_some_and(|k| {
                lexicon::AREA_WORKS
                    .iter()
                    .any(|w| phrase_at(toks, k, w).is_some())
            })
        };
        // "Xây dựng 2 nhà máy điện với tổng công suất 1.200 MW": the size of
        // the works an item opens on commanding, told after "với", is theirs
        // to reach as their count is. A subject named first tells what
        // there is ("Tỉnh có 15 khu công nghiệp với tổng diện tích ...").
        let sized_works = |st: usize| {
            let clause = (self.s..st)
                .rfind(|&k| toks[k].is_punct(';'))
                .map_or(self.s, |k| k + 1);
            let Some(first) = (clause..st).find(|&k| toks[k].kind == Kind::Word) else {
                return false;
            };
            let verb_end = any_at(toks, first, lexicon::COUNTING_VERBS)
                .map(|(_, end)| end)
                .or_else(|| {
                    lexicon::WORKS_COMMANDED
                        .iter()
                        .find_map(|w| phrase_at(toks, first, w))
                });
            verb_end.is_some_and(|count| {
                count < st
                    && toks[count].kind == Kind::Num
                    && (st.saturating_sub(2)..st).any(|k| toks[k].is_word(lexicon::WITH))
                    && (count + 1..st).all(|k| toks[k].kind == Kind::Word)
            })
        };
        // "tổng vốn đầu tư phát triển đạt khoảng 25% GRDP": a share of the
        // economy is a ratio of the whole, no work's size.
        let of_the_economy = q.class == UnitClass::Percent
            && toks
                .get(after)
                .is_some_and(|t| lexicon::AGGREGATES.contains(&t.low.as_ref()));
        let fact = !of_the_economy
            && (f.item_start.max(chain_start.saturating_sub(3))..chain_start).any(|k| {
            any_ending_at(toks, k + 1, LOCALITY_FACTS).is_some_and(|st| {
                any_ending_at(toks, st, lexicon::RATE).is_none()
                    && !changed(st)
                    && !changed_after(k + 1)
                    && !rated(st)
                    && !worked()
                    && !sized_works(st)
                    // "Giá trị trên đơn vị diện tích: 115 triệu đồng/ha": a
                    // yield per unit of area is no fact about the place.
                    && lexicon::phrase_ending_at(toks, st, lexicon::UNIT_OF).is_none()
                    // Nor per one hectare of it ("giá trị sản phẩm trên 1ha
                    // diện tích trồng trọt đạt 180 triệu đồng/ha").
                    && !per_one_area_before(toks, st)
                    // "tổng vốn đầu tư phát triển (toàn xã hội)": the
                    // economy's investment, no work's.
                    && !lexicon::OF_THE_ECONOMY
                        .iter()
                        .any(|w| phrase_at(toks, k + 1, w).is_some())
            })
        }) || q.class == UnitClass::Measure
            && any_at(toks, after, LOCALITY_FACTS).is_some()
            && !lexicon::CHANGE_COMMANDS
                .contains(&toks[chain_start.max(f.item_start)].low.as_ref())
            && !(f.item_start..q.first)
                .find(|&k| toks[k].kind == Kind::Word)
                .is_some_and(|k| lexicon::CHANGE_COMMANDS.contains(&toks[k].low.as_ref()))
            || breakdown_of_fact
            // "Vùng ven biển chiếm 38% diện tích tự nhiên và 52% dân số":
            // the share of the place's land or people a part takes up.
            || q.class == UnitClass::Percent
                && lexicon::PLACE_WHOLES.iter().any(|w| phrase_at(toks, after, w).is_some())
                && (self.s..q.first)
                    .rev()
                    .take_while(|&k| !toks[k].is_punct(';'))
                    .any(|k| toks[k].is_word(lexicon::TAKES_UP))
            // "Tổng kinh phí thực hiện Nghị quyết khoảng 2.500 tỷ đồng": the
            // funds an item opens on, however long the name of what they pay
            // for, are the programme's means, not a goal.
            // So are funds allocated to it ("Tổng nguồn vốn ngân sách trung
            // ương bố trí cho chương trình ... là 39.632 tỷ đồng").
            || q.class == UnitClass::Money
                && (any_at(toks, f.item_start, lexicon::FUNDS).is_some()
                    || (f.item_start..chain_start)
                        .any(|k| phrase_at(toks, k, lexicon::ALLOCATED_TO).is_some()))
            // "Dân số trung bình năm 2025 của tỉnh là 3.217.450 người": what
            // the place is, opening its item and stated with "là", however
            // far from its number.
            || (chain_start.saturating_sub(1).max(f.item_start)..q.first)
                .any(|k| toks[k].is_word(lexicon::IS))
                && lexicon::PLACE_FACTS
                    .iter()
                    .any(|p| phrase_at(toks, f.item_start, p).is_some())
            // "Dân số ... là 18.420 người, mật độ 612 người/km2; tỷ lệ tăng
            // dân số tự nhiên 0,85%", "Tỉnh có bờ biển dài 254 km, vùng biển
            // rộng hơn 71.000 km2": a sentence that opens on what the place
            // is goes on telling it.
            || f.item_start > self.s && self.opens_on_a_place_fact(self.s)
            // One that opens on a name and what it has goes on to its first
            // ';' ("Dự án có tổng kinh phí ...; thu ngân sách tăng 10%").
            // ("...; bờ biển dài 12 km và hơn 1.100 ha đất nuôi trồng thủy
            // sản": past it, a clause that opens on a fact goes on.)
            || self.names_what_it_has()
                && (self.s..f.q.first)
                    .rfind(|&k| toks[k].is_punct(';'))
                    .is_none_or(|k| {
                        any_at(toks, k + 1, LOCALITY_FACTS).is_some()
                            || self.opens_on_a_place_fact(k + 1)
                    });
        // "diện tích sầu riêng không quá 40.000 ha": a floor or a ceiling is
        // a plan's, never a fact's.
        fact && !self.by_deadline(fig) && !self.normed(fig) || self.statistic(fig)
    }

    /// Whether a fact of a place opens the sentence at `k`.
    fn opens_on_a_place_fact(&self, k: usize) -> bool {
        lexicon::PLACE_FACTS
            .iter()
            .any(|p| phrase_at(self.toks, k, p).is_some())
    }

    /// Whether the sentence opens on what a place or a work is, after its
    /// name and "có" or "nằm" ("Huyện Lâm Bình có diện tích tự nhiên ...",
    /// "Huyện nằm cách trung tâm tỉnh 45 km", "Nhà máy điện mặt trời có
    /// công suất 50 MW, sản lượng ...").
    fn names_what_it_has(&self) -> bool {
        let toks = self.toks;
        // A place by its kind ("Xã có 12 thôn với 2.300 hộ, ...", "Toàn
        // tỉnh có ..."): what it has, counted, is its profile.
        let place = toks[self.s].is_word(lexicon::WHOLE)
            || lexicon::ADMINISTRATIVE_UNITS.contains(&toks[self.s].low.as_ref());
        // Or one by its proper name ("Trường Mầm non Hoa Sen có 12 nhóm,
        // lớp với 386 trẻ", "Hợp tác xã Nông nghiệp Thành Công có 126 thành
        // viên").
        let named = |k: usize| {
            toks[self.s].is_capitalised() && (self.s + 1..k).any(|j| toks[j].is_capitalised())
        };
        (self.s + 1..(self.s + PLACE_NAME_REACH).min(self.e))
            .take_while(|&k| toks[k - 1].kind == Kind::Word)
            .any(|k| {
                lexicon::PLACE_FACT_VERBS.contains(&toks[k - 1].low.as_ref())
                    && (self.opens_on_a_place_fact(k)
                        || toks[k - 1].is_word(lexicon::HAS)
                            && (any_at(toks, k, LOCALITY_FACTS).is_some()
                                || (place || named(k - 1)) && toks[k].kind == Kind::Num)
                        || toks[k - 1].is_word(lexicon::LIES))
            })
    }

    /// "Dân số trung bình của tỉnh năm 2025 khoảng 3,35 triệu người",
    /// "Dân số toàn tỉnh đến cuối năm 2025 là 1.468.520 người": a statistic
    /// of the place opening the item, or a fact of it counted to the unit,
    /// is measured, whatever year it is of: no plan sets a population to
    /// the person.
    fn statistic(&self, fig: &Figure<'_>) -> bool {
        let toks = self.toks;
        let f = fig.f;
        let q = &f.q;
        let opens = |list: &[&str]| {
            list.iter()
                .any(|p| phrase_at(toks, f.item_start, p).is_some())
        };
        let to_the_unit =
            q.class == UnitClass::Count && q.value >= TO_THE_UNIT_FROM && q.value % 1000.0 != 0.0;
        !self.normed(fig)
            && (opens(lexicon::STATISTICS) || to_the_unit && opens(lexicon::PLACE_FACTS))
    }

    /// "Hội Nông dân tỉnh đang quản lý nguồn vốn 2.680 tỷ đồng", "Tỉnh
    /// đang triển khai 12 dự án": the object of what goes on now is what
    /// there is. "Số doanh nghiệp đang hoạt động đạt 12.000 doanh nghiệp"
    /// names an indicator instead: another predicate stands between, or
    /// the number of them is named ("Tổng số doanh nghiệp đang hoạt động
    /// trên 45.000 doanh nghiệp").
    pub(super) fn object_of_what_goes_on(&self, fig: &Figure<'_>) -> bool {
        let toks = self.toks;
        let floor = fig
            .chain_start
            .saturating_sub(IN_PROGRESS_OBJECT_WORDS + 2)
            .max(fig.f.item_start);
        let Some(at) = (floor..fig.chain_start)
            .rev()
            .find(|&k| toks[k].is_word(lexicon::IN_PROGRESS))
        else {
            return false;
        };
        // "Tổng số doanh nghiệp đang hoạt động trên 45.000": what goes on
        // is part of a number's name, an indicator.
        if (fig.f.item_start..at).any(|k| toks[k].is_word(lexicon::NUMBER_OF)) {
            return false;
        }
        // Only a comparator may stand between ("đang quản lý khoảng 7.100
        // km"); a predicate ("đạt", "tăng", "là", "có") makes "đang" a part
        // of the indicator's name.
        (at + 1..fig.f.q.first).all(|k| {
            let t = &toks[k];
            t.kind == Kind::Word
                && !lexicon::NOW_BEING.contains(&t.low.as_ref())
                && (t.starts & lexicon::CHAIN.bit == 0
                    || lexicon::ROUNDING_COMPARATORS.contains(&t.low.as_ref())
                    || comparators_at(toks, k).next().is_some())
        })
    }

    /// "22/74 huyện nghèo đang được hỗ trợ đầu tư": units of a whole
    /// counted by what goes on with them now are what there is; so is the
    /// share of them that something is being done to ("hơn 90% lượng rác
    /// toàn tỉnh đang được xử lý bằng chôn lấp"), unless a deadline makes
    /// its words pick which count. "đang hoạt động" picks which count
    /// ("100% cụm công nghiệp đang hoạt động có ...").
    pub(super) fn whole_in_progress(&self, fig: &Figure<'_>) -> bool {
        let toks = self.toks;
        let q = &fig.f.q;
        let deadline_before = || {
            self.year_mentions()
                .iter()
                .any(|y| y.1 < q.first && lexicon::BY.contains(&toks[y.0].low.as_ref()))
        };
        let share = q.class == UnitClass::Percent;
        (q.of_whole(toks) || share && !deadline_before())
            && (q.last + 1..self.e)
                .take_while(|&k| toks[k].kind == Kind::Word)
                .take(IN_PROGRESS_OBJECT_WORDS)
                .any(|k| {
                    toks[k].is_word(lexicon::IN_PROGRESS)
                        && (!share || toks.get(k + 1).is_some_and(|n| n.is_word(lexicon::PASSIVE)))
                })
    }

    /// "Nhà máy ... phát điện 90 MW, đang vận hành ổn định": a figure whose
    /// item goes on, past a comma, with what is going on now tells what
    /// its thing is, not what it is to be.
    pub(super) fn in_operation(&self, fig: &Figure<'_>) -> bool {
        let toks = self.toks;
        let Figure { f, group_of, .. } = *fig;
        let level = f.group;
        (f.q.last + 1..=f.item_end.min(self.e.saturating_sub(1)))
            .take_while(|&k| !toks[k].is_punct(';'))
            .any(|k| {
                group_of[k] == level
                    && toks[k].is_punct(',')
                    && toks
                        .get(k + 1)
                        .is_some_and(|t| t.is_word(lexicon::IN_PROGRESS))
            })
    }
}

/// The most words of a place's name ("Bà Rịa - Vũng Tàu" counts its dash
/// out: four).
const NAMED_PLACE_WORDS: usize = 5;

/// Whether "trên 1 ha" (a denominator, one of an area) ends right before
/// `st`: the words at `st` name what that area is of.
fn per_one_area_before(toks: &[Tok<'_>], st: usize) -> bool {
    st >= 3
        && lexicon::PER_AREA.contains(&toks[st - 1].low.as_ref())
        && toks[st - 2].kind == Kind::Num
        && toks[st - 2].value == Some(1.0)
        && lexicon::PER_ONE.contains(&toks[st - 3].low.as_ref())
}
