//! Deadlines: the years that may be one ("đến năm 2030"), and whether a
//! year leads a whole list or sits in one item.

use super::*;

/// The most words between a lead-in's year and its ':' ("năm 2019 được đề
/// ra như sau:", "năm 2021 đề ra một số chỉ tiêu nhiệm vụ sau:": eight).
const LEAD_WORDS: usize = 9;

/// The most words between the year of a lead that opens a list and its
/// closing ':' ("Nghị quyết ... năm 2026 với các chỉ tiêu chủ yếu sau:";
/// "Tháng Thanh niên năm 2024 được Tỉnh đoàn xác định một số chỉ tiêu
/// trọng tâm, như:": thirteen, and the comma).
const LIST_LEAD_WORDS: usize = 14;

/// The most tokens from "từ" to the year of the level a change starts
/// from ("từ 33,5 triệu đồng năm 2020").
const START_REACH: usize = 5;

/// The most words between "năm 2025 với" and the targets it gives the
/// year of ("với các chỉ tiêu", "với mục tiêu").
const WITH_TARGETS_WORDS: usize = 2;

/// The most words of the first item's indicator after "năm 2022 với"
/// ("lợi nhuận trước thuế", "tổng doanh thu hợp nhất dự kiến đạt").
const INDICATOR_WORDS: usize = 8;

/// The most words of a plan's or a resolution's name that heads what
/// follows with its year ("Nghị quyết phát triển kinh tế - xã hội 2020:").
const HEADING_WORDS: usize = 12;
/// The most words of a figure's noun before the "và" that joins the next
/// figure to it ("lượt khách quốc tế và ...").
const JOINED_NOUN_WORDS: usize = 8;

impl Sentence<'_, '_> {
    /// Years that may be deadlines: "(đến) năm 2025", "đến 2015", "vào năm 2030";
    /// not baselines ("so với năm 2020"), periods, or dates. Gives (phrase start, year token, year).
    pub(super) fn year_mentions(&self) -> Vec<(usize, usize, i32)> {
        let toks = self.toks;
        let mut out = Vec::new();
        for k in self.s..self.e {
            let t = &toks[k];
            if t.kind != Kind::Num || t.raw.len() != 4 {
                continue;
            }
            let Some(year) = t.value.filter(|v| (1900.0..2200.0).contains(v)) else {
                continue;
            };
            if self.terms.covers(t.start, t.end()) {
                continue;
            }
            // "2020 - 2025", "2021 - nay": a period's start; not a year a
            // bullet follows ("Chỉ tiêu kế hoạch năm 2020 - Giá trị sản
            // xuất ...").
            if toks.get(k + 1).is_some_and(|n| n.is_dash())
                && !toks
                    .get(k + 2)
                    .is_some_and(|n| n.kind == Kind::Word && n.is_capitalised())
            {
                continue;
            }
            let word = |i: usize| {
                k.checked_sub(i)
                    .filter(|&j| j >= self.s)
                    .map(|j| toks[j].low.as_ref())
            };
            let mut start;
            let is = |w: Option<&str>, list: &[&str]| w.is_some_and(|w| list.contains(&w));
            match word(1) {
                Some(lexicon::YEAR) => {
                    start = k - 1;
                    let before = word(2);
                    // "6 tháng cuối năm 2021", "những tháng cuối năm 2025":
                    // the months that close a year, a span of it as the
                    // year is, wherever it stands.
                    let closing_months = is(before, lexicon::END_OF)
                        && k >= self.s + 4
                        && toks[k - 3].is_word(lexicon::MONTH)
                        && (toks[k - 4].kind == Kind::Num
                            || toks[k - 4].starts & lexicon::PLURALS.bit != 0);
                    if is(before, lexicon::NOT_DEADLINE_BEFORE_YEAR)
                        || lexicon::DATED_EVENTS
                            .iter()
                            .any(|p| lexicon::phrase_ending_at(toks, k - 1, p).is_some())
                    {
                        continue;
                    } else if closing_months {
                        start = k - 4;
                    } else if is(before, lexicon::END_OF) {
                        // "đến cuối năm 2025", "vào cuối năm 2027", or "Cuối
                        // năm 2025, ..." leading the sentence or a list
                        // after ':'.
                        // Or right after a goal cue ("Phấn đấu cuối năm
                        // 2020 có 11 xã ...", "theo kế hoạch cuối năm 2020
                        // ..."): the end of the year the goal is due by.
                        let leads = k - 2 == self.s
                            || toks[k - 3].is_punct(':')
                            || toks[k - 3].is_punct(')')
                            || any_ending_at(toks, k - 2, TARGET_CUES).is_some_and(|c| c >= self.s);
                        if is(word(3), lexicon::DEADLINE_HEADS) {
                            start = k - 3;
                        } else if leads {
                            start = k - 2;
                        } else {
                            continue;
                        }
                    } else if is(before, lexicon::BY_YEAR) {
                        start = k - 2;
                    }
                    if !closing_months && k >= 3 && toks[k - 3].is_word(lexicon::MONTH) {
                        match self.month_deadline_start(k) {
                            Some(b) => start = b,
                            None => continue,
                        }
                    }
                    if k >= 3 && toks[k - 3].is_word(lexicon::TOWARDS) {
                        start = k - 3;
                    }
                }
                // "đến 2030", "vào 2030": a deadline with "năm" left out.
                w if is(w, lexicon::DEADLINE_HEADS) => start = k - 1,
                // "năm Quý Mão 2023": the year named by the lunar calendar
                // too.
                w if is(w, lexicon::EARTHLY_BRANCHES)
                    && is(word(2), lexicon::HEAVENLY_STEMS)
                    && word(3) == Some(lexicon::YEAR) =>
                {
                    if is(word(4), lexicon::NOT_DEADLINE_BEFORE_YEAR) {
                        continue;
                    }
                    start = if is(word(4), lexicon::BY_YEAR) {
                        k - 4
                    } else {
                        k - 3
                    };
                }
                // "đến cuối 2020", "đến hết 2025": the end of a year it is
                // due by, its "năm" left out.
                w if is(w, lexicon::END_OF) && is(word(2), lexicon::DEADLINE_HEADS) => {
                    start = k - 2;
                }
                // The year of a day a goal is due by ("đến ngày 31/8/2025
                // hoàn thành ...", "trước ngày 31/12/2025", "đến hết ngày
                // 20/7/2017"); not the date a count is told at ("Tính đến
                // ngày 30/9/2022, ...").
                _ if k > self.s && toks[k - 1].is_punct('/') => match self
                    .date_deadline_start(k)
                    .or_else(|| self.month_deadline_start(k))
                {
                    Some(b) => start = b,
                    None => continue,
                },
                // A plan's year heading what follows: a table's column read
                // as a lead ("Kế hoạch 2026: ..."), "KH 2027: ...".
                _ if toks.get(k + 1).is_some_and(|n| n.is_punct(':')) => {
                    let head = lexicon::PLAN_YEAR_HEADS
                        .iter()
                        .find_map(|p| lexicon::phrase_ending_at(toks, k, p))
                        .filter(|&b| b >= self.s);
                    match head.or_else(|| self.document_heading(k)) {
                        Some(b) => start = b,
                        None => continue,
                    }
                }
                _ => continue,
            }
            if self.closes_a_period(start) {
                continue;
            }
            out.push((start, k, year as i32));
        }
        out
    }

    /// Where the phrase of a deadline day ends with the year at `k` opens
    /// ("đến ngày 31/8/2025", "trước ngày 31/12/2025", "đến hết ngày
    /// 20/7/2017", "chậm nhất ngày 30/6/2026"), if a day the goal is due by
    /// ends there: the head before the date, not after "tính" (a count's
    /// date, "tính đến ngày 30/9/2022").
    fn date_deadline_start(&self, k: usize) -> Option<usize> {
        let toks = self.toks;
        let date = k.checked_sub(4).filter(|&d| d >= self.s)?;
        let part = |j: usize| toks[j].kind == Kind::Num && toks[j].glued;
        if !(toks[date].kind == Kind::Num
            && toks[date + 1].is_punct('/')
            && part(date + 2)
            && toks[date + 3].is_punct('/')
            && toks[k].glued)
        {
            return None;
        }
        let mut head = date.checked_sub(1).filter(|&h| h >= self.s)?;
        let day_word = toks[head].is_word(lexicon::DAY_OF_MONTH);
        if day_word {
            head = head.checked_sub(1).filter(|&h| h >= self.s)?;
        }
        // A bare "đến 30/11/2025" is as often the date a stock is told at
        // ("Đến 30/11/2021, tổng nguồn vốn ... đạt"): "ngày" or a head of
        // a deadline only ("trước", "hết") makes the day one.
        if !lexicon::DAY_DEADLINE_HEADS.contains(&toks[head].low.as_ref())
            || !day_word && lexicon::BY.contains(&toks[head].low.as_ref())
        {
            return None;
        }
        self.deadline_phrase_start(head)
    }

    /// Where the phrase of a deadline month ends with the year at `k` opens
    /// ("đến tháng 9/2020", "đến cuối tháng 4 năm 2022", "trước tháng
    /// 6/2027"), if a month the goal is due by ends there; not after "tính"
    /// ("Tính đến tháng 6/2020, ...").
    fn month_deadline_start(&self, k: usize) -> Option<usize> {
        let toks = self.toks;
        let month = k.checked_sub(3).filter(|&m| m > self.s)?;
        let numbered = toks[month + 1].kind == Kind::Num
            && toks[month + 1]
                .value
                .is_some_and(|m| (1.0..=12.0).contains(&m))
            && (toks[month + 2].is_punct('/') && toks[month + 2].glued && toks[k].glued
                || toks[month + 2].is_word(lexicon::YEAR));
        if !(numbered && toks[month].is_word(lexicon::MONTH)) {
            return None;
        }
        let head = month - 1;
        // A bare "Đến tháng 6/2020, toàn tỉnh có ..." is as often the date a
        // stock is told at: a goal cue right before ("phấn đấu đến tháng
        // 9/2020") or a head of a deadline only ("trước", "hết") makes the
        // month one.
        if !lexicon::DAY_DEADLINE_HEADS.contains(&toks[head].low.as_ref())
            || lexicon::BY.contains(&toks[head].low.as_ref())
                && any_ending_at(toks, head, TARGET_CUES).is_none_or(|c| c < self.s)
        {
            return None;
        }
        self.deadline_phrase_start(head)
    }

    /// Where a deadline day's or month's phrase opens, its head at `head`:
    /// a word before it for "đến hết ngày", "chậm nhất ngày"; none after
    /// "tính", which dates a count.
    fn deadline_phrase_start(&self, head: usize) -> Option<usize> {
        let toks = self.toks;
        let start = if head > self.s
            && (lexicon::BY.contains(&toks[head - 1].low.as_ref())
                || toks[head].is_word(lexicon::AT_THE_LATEST))
        {
            head - 1
        } else {
            head
        };
        let counted_at = start > self.s && toks[start - 1].is_word(lexicon::COUNTED_AT);
        (!counted_at).then_some(start)
    }

    /// Whether the year phrase at `start` ends a period named before it
    /// ("giai đoạn từ nay đến 2020", "thời kỳ từ nay đến năm 2030"): a
    /// period, no deadline (rule 2).
    fn closes_a_period(&self, start: usize) -> bool {
        let toks = self.toks;
        lexicon::BY.contains(&toks[start].low.as_ref())
            && lexicon::phrase_ending_at(toks, start, lexicon::FROM_NOW)
                .is_some_and(|f| f > self.s && any_ending_at(toks, f, lexicon::PERIODS).is_some())
    }

    /// "Nghị quyết phát triển kinh tế - xã hội 2020: ...": a sentence that
    /// opens on a plan or a resolution, named in words up to the year at
    /// `k`, heads what follows with the year; gives where it opens.
    fn document_heading(&self, k: usize) -> Option<usize> {
        let toks = self.toks;
        let first = (self.s..k).find(|&j| toks[j].kind != Kind::Punct)?;
        let named = lexicon::DOCUMENTS
            .iter()
            .chain(lexicon::PLAN_YEAR_HEADS)
            .any(|p| lexicon::phrase_at(toks, first, p).is_some());
        let words_only = (first..k).all(|j| toks[j].kind == Kind::Word || toks[j].is_dash());
        let glued = toks[k].glued && toks[k - 1].kind == Kind::Punct;
        (named && words_only && !glued && k - first <= HEADING_WORDS).then_some(first)
    }

    /// Whether a deadline phrase leads a list rather than sits in one item:
    /// it opens the sentence, follows a cue ("phấn đấu đến năm 2025", "mục
    /// tiêu năm 2025"), or ends with ',' or ':' ("Đến năm 2030: ...").
    pub(super) fn is_lead_in(&self, start: usize, year: usize) -> bool {
        let toks = self.toks;
        // Or after a lead-in that states no figure ("Theo Quy hoạch điện
        // VIII, đến năm 2030 ...; ...", "Về môi trường, đến năm 2030 ...").
        let after_lead_in = || {
            start > self.s
                && toks[start - 1].is_punct(',')
                && lexicon::BY.contains(&toks[start].low.as_ref())
                && !(self.s..start)
                    .any(|k| toks[k].kind == Kind::Num && !quantity::is_year(&toks[k]))
        };
        // "mục tiêu cho ngành y tế năm 2024 có ...", "chỉ tiêu của tỉnh năm
        // 2026 là ...": the year of the goals a cue sets for a sector or a
        // body, named in a few words.
        let cue_for_whom = || {
            (start.saturating_sub(LEAD_WORDS).max(self.s)..start)
                .rev()
                .take_while(|&j| toks[j].kind == Kind::Word)
                .any(|j| {
                    lexicon::FOR_WHOM.contains(&toks[j].low.as_ref())
                        && any_ending_at(toks, j, TARGET_CUES).is_some()
                })
        };
        // After ':' or a list marker ("2) Đến năm 2030 ..."), or a plan's
        // year after a name's aside ("Chỉ số sản xuất công nghiệp (IIP) năm
        // 2026 phấn đấu ...; ..."); not a deadline after a name's aside
        // ("tổng sản phẩm (GRDP) đến năm 2030 đạt ...; ...": that item's).
        let opens_after_aside = |k: usize| {
            !lexicon::BY.contains(&toks[k].low.as_ref())
                || (k.saturating_sub(3).max(self.s)..k)
                    .any(|j| super::reader::list_marker(toks, j) == Some(k))
        };
        let opens = start == self.s
            || toks
                .get(start.wrapping_sub(1))
                .is_some_and(|t| t.is_punct(')') && opens_after_aside(start) || t.is_punct(':'))
            || any_ending_at(toks, start, TARGET_CUES).is_some()
            || lexicon::GOAL_KINDS.iter().any(|g| {
                lexicon::phrase_ending_at(toks, start, g)
                    .is_some_and(|b| b > self.s && any_ending_at(toks, b, TARGET_CUES).is_some())
            })
            // "phấn đấu trong năm 2026 ...": past the preposition of a frame.
            || start > self.s
                && lexicon::FRAME_PREPOSITIONS.contains(&toks[start - 1].low.as_ref())
                && any_ending_at(toks, start - 1, TARGET_CUES).is_some()
            // "Đại hội đề ra 24 chỉ tiêu, trong đó đến năm 2030 GRDP đạt
            // ...; ...": the year right after the list's opener leads it.
            || any_ending_at(toks, start, lexicon::BREAKDOWNS).is_some()
            || cue_for_whom()
            || after_lead_in()
            || self.frames_the_sentence(start, year)
            // "Chiến lược ... đến năm 2030 đặt mục tiêu ...": a deadline a
            // goal cue follows at once leads what the cue sets.
            || lexicon::BY.contains(&toks[start].low.as_ref())
                && (any_at(toks, year + 1, TARGET_CUES).is_some()
                    || lexicon::GOAL_SETTERS
                        .iter()
                        .any(|p| phrase_at(toks, year + 1, p).is_some()));
        // "Đến năm 2030: ...", "Đến năm 2030, ...", and a few words then ':'
        // ("Các chỉ tiêu của năm 2026 gồm: ...", "đến năm 2025 là: ...",
        // "năm 2024 cần phấn đấu thực hiện, gồm: ...").
        // Or ';' then the breakdown it opens ("... chỉ tiêu chủ yếu phát
        // triển kinh tế - xã hội năm 2024; trong đó, GRDP tăng ...").
        // So does "gồm" with no ':' ("các chỉ tiêu chủ yếu đến năm 2025 gồm
        // tốc độ tăng trưởng ...; ...").
        let closes = toks
            .get(year + 1)
            .is_some_and(|t| t.is_punct(',') || t.is_punct(':'))
            || any_at(toks, year + 1, lexicon::PARTS_LISTED).is_some()
            || self.colon_after_few_words(year + 1, LEAD_WORDS).is_some()
            || toks.get(year + 1).is_some_and(|t| t.is_punct(';'))
                && phrase_at(toks, year + 2, lexicon::IN_WHICH).is_some();
        // "kế hoạch kinh doanh năm 2025 với mục tiêu doanh thu ... và lợi
        // nhuận ...": a year the plan's targets are given with.
        // So is one its figures follow at once ("ổn định cơ cấu kinh tế đến
        // năm 2025 với 75% thương mại - dịch vụ và 25% công nghiệp - xây
        // dựng").
        // So is one the first item's indicator follows ("kế hoạch kinh
        // doanh năm 2022 với doanh thu 1.200 tỷ đồng và lợi nhuận trước
        // thuế 100 tỷ đồng").
        let with_targets = toks.get(year + 1).is_some_and(|t| t.is_word(lexicon::WITH))
            && ((year + 2..(year + 3 + INDICATOR_WORDS).min(self.e))
                .take_while(|&k| k == year + 2 || toks[k - 1].kind == Kind::Word)
                .any(|k| toks[k].kind == Kind::Num)
                || (year + 2..(year + 2 + WITH_TARGETS_WORDS).min(self.e))
                    .any(|k| any_at(toks, k, lexicon::QUOTAS).is_some()));
        opens || closes || with_targets
    }

    /// Where a ':' follows `from` past at most `words` words and a few
    /// commas ("cần phấn đấu thực hiện, gồm: ..."), if one does.
    fn colon_after_few_words(&self, from: usize, words: usize) -> Option<usize> {
        let mut seen = 0;
        for (k, t) in self.toks[from..self.e].iter().enumerate().take(words + 4) {
            if t.is_punct(':') {
                return Some(from + k);
            }
            if t.kind == Kind::Word {
                seen += 1;
                if seen > words {
                    return None;
                }
            } else if !t.is_punct(',') {
                return None;
            }
        }
        None
    }

    /// Whether the year phrase at `start`, with no figure before it,
    /// frames the whole sentence: it follows a lead-in and its comma
    /// ("Theo đó, năm 2026 tỉnh phấn đấu ...; ..."), a verb that sets what
    /// follows ("Chính phủ yêu cầu năm 2026 ...", "UBND tỉnh yêu cầu trong
    /// năm 2026 ..."), or a plan's or a resolution's name the sentence
    /// opens on ("Kế hoạch cải cách hành chính năm 2026 yêu cầu ...; ...",
    /// as [`Sentence::document_heading`] reads it). A year in the name
    /// of the first item's indicator ("Tỷ lệ ... năm 2026 đạt 80%; ...")
    /// stays in its item.
    fn frames_the_sentence(&self, start: usize, year: usize) -> bool {
        let toks = self.toks;
        if start <= self.s
            || (self.s..start).any(|k| toks[k].kind == Kind::Num && !quantity::is_year(&toks[k]))
        {
            return false;
        }
        let before = start - 1;
        let verb_end = if lexicon::FRAME_PREPOSITIONS.contains(&toks[before].low.as_ref()) {
            before
        } else {
            start
        };
        let set_by_a_verb = lexicon::FRAMING_VERBS
            .iter()
            .any(|v| lexicon::phrase_ending_at(toks, verb_end, v).is_some());
        let after_a_comma = toks[before].is_punct(',')
            && (self.s..before).all(|k| toks[k].kind == Kind::Word || toks[k].is_punct(','));
        set_by_a_verb || after_a_comma || self.document_heading(year).is_some()
    }

    /// The year of a lead-in that opens a list with ':' before the
    /// sentence's first quantity ("Các chỉ tiêu chủ yếu đến năm 2030: ..."):
    /// the sentences after it in its paragraph go on with the list.
    pub(super) fn colon_lead_year(&self) -> Option<i32> {
        let toks = self.toks;
        // Most sentences have no ':', and no lead-in then: the asking for
        // their first quantity and their years is spared.
        if !toks[self.s..self.e].iter().any(|t| t.is_punct(':')) {
            return None;
        }
        let first = (self.s..self.e)
            .find(|&k| quantity::read_at(toks, k).is_some_and(|q| q.last < self.e))
            .unwrap_or(self.e);
        self.year_mentions()
            .iter()
            .rfind(|y| {
                y.1 < first
                    && self
                        .colon_after_few_words(y.1 + 1, LIST_LEAD_WORDS)
                        .is_some()
            })
            .map(|y| y.2)
    }

    /// The year a heading ends on ("MỘT SỐ CHỈ TIÊU CHỦ YẾU ĐẾN NĂM
    /// 2030", with no ':'), when no quantity comes before it: the deadline
    /// of the numbered list below it.
    pub(super) fn heading_year(&self) -> Option<i32> {
        let last = self.e.checked_sub(1).filter(|&l| l >= self.s)?;
        if self.toks[last].kind != Kind::Num {
            return None;
        }
        let years = self.year_mentions();
        let &(start, _, year) = years.iter().find(|y| y.1 == last)?;
        let counted = (self.s..start)
            .any(|k| quantity::read_at(self.toks, k).is_some_and(|q| q.last < self.e));
        (!counted).then_some(year)
    }

    /// The deadline a lead-in of this sentence sets for the list it opens,
    /// else the one it carried: what its next sentence carries when it goes
    /// on with the list.
    pub(super) fn list_year(&self) -> Option<i32> {
        let first = (self.s..self.e)
            .find(|&k| quantity::read_at(self.toks, k).is_some_and(|q| q.last < self.e))
            .unwrap_or(self.e);
        self.year_mentions()
            .iter()
            .rfind(|y| y.1 < first && self.is_lead_in(y.0, y.1))
            .map(|y| y.2)
            .or_else(|| self.colon_lead_year())
            .or_else(|| self.heading_year())
            .or(self.carried_year)
    }

    /// The year tied to a quantity's item: in the item before the number,
    /// else after it (not a baseline "so với năm 2020"), else a lead-in
    /// before the sentence's first quantity ("Đến năm 2030: ...").
    /// Gives (phrase start, year token, year).
    pub(super) fn item_year<'y>(
        &self,
        f: &Found,
        years: &'y [(usize, usize, i32)],
        first_main: usize,
    ) -> Option<&'y (usize, usize, i32)> {
        let toks = self.toks;
        let q = &f.q;
        let in_item = |y: &&(usize, usize, i32)| y.1 >= f.item_start && y.1 <= f.item_end;
        // Not the year of the level a change starts from ("từ 33% năm 2020
        // lên 38% năm 2025", "từ 12,28‰ năm 2010", "từ 2 con (năm 2010)").
        let of_the_start = |y: &&(usize, usize, i32)| {
            (y.0.saturating_sub(START_REACH).max(f.item_start)..y.0).any(|k| {
                toks[k].is_word(lexicon::FROM)
                    && toks.get(k + 1).is_some_and(|n| n.kind == Kind::Num)
                    && (k + 1..y.0).all(|j| {
                        toks[j].kind != Kind::Punct
                            || ['%', '‰', '('].iter().any(|&c| toks[j].is_punct(c))
                    })
            })
        };
        let before = years
            .iter()
            .filter(in_item)
            .rfind(|y| y.1 < q.first)
            .filter(|y| !of_the_start(y));
        // Not a baseline ("so với năm 2020"), nor the year of an aside
        // after the figure ("đạt trên 50% (năm 2025 ước đạt 44,3%)").
        // The year's phrase may start inside the figure's own words: then
        // no aside stands between.
        let aside_opens = |from: usize, to: usize| {
            let mut depth = 0i32;
            for t in toks.get(from..to).unwrap_or_default() {
                if t.is_punct('(') {
                    depth += 1;
                } else if t.is_punct(')') {
                    depth -= 1;
                }
            }
            depth > 0
        };
        // Nor one a goal cue after a comma leads ("... với 724 đảng viên,
        // đặt mục tiêu đến năm 2030 đưa xã ..."): it dates the cue's clause.
        let cue_clause = |from: usize, to: usize| {
            (from..to).any(|k| {
                toks[k].is_punct(',')
                    && (k + 1..to).any(|j| {
                        toks[j].starts & TARGET_CUES.bit != 0
                            && any_at(toks, j, TARGET_CUES).is_some()
                    })
            })
        };
        // "..., cơ cấu kinh tế đến năm 2015: Công nghiệp – xây dựng 46,5%,
        // dịch vụ 38,5%": a year a ':' closes, past a few words, leads the
        // figures after the ':' in its sentence, and dates none before it.
        let colon_after =
            |y: &(usize, usize, i32)| self.colon_after_few_words(y.1 + 1, LIST_LEAD_WORDS);
        // Nor one past a ';', in a clause of its own ("...; phấn đấu xây
        // dựng xã nông thôn mới kiểu mẫu vào năm 2027").
        // Nor one that opens a clause of its own after "và" ("... 30% địa
        // bàn ... và đến năm 2030, 100% địa bàn ..."): it leads what follows.
        let opens_a_clause = |y: &(usize, usize, i32)| {
            y.0 > q.last + 1
                && toks[y.0 - 1].is_word(lexicon::AND)
                && lexicon::BY.contains(&toks[y.0].low.as_ref())
                && toks.get(y.1 + 1).is_some_and(|t| t.is_punct(','))
        };
        let after = years.iter().filter(in_item).find(|y| {
            y.1 > q.last
                && !opens_a_clause(y)
                && !(q.last..y.0)
                    .any(|k| toks[k].is_word(lexicon::COMPARE) || toks[k].is_punct(';'))
                && !aside_opens(q.last + 1, y.0)
                && !cue_clause(q.last + 1, y.0)
                && colon_after(y).is_none()
        });
        // Not from inside an aside ("(năm 2025: 33,5 giường)"), nor past the
        // next numbered item ("...; (3) tỷ lệ ...").
        let colon_lead = || {
            years.iter().rfind(|y| {
                y.1 < q.first
                    && colon_after(y).is_some_and(|c| {
                        c < q.first
                            && !(c..q.first).any(|k| {
                                toks[k].is_punct(';')
                                    && super::reader::list_marker(toks, k + 1).is_some()
                            })
                    })
                    && !aside_opens(self.s, y.0)
            })
        };
        // A lead-in before the sentence's first figure; or after a figure
        // of a name ("Đề án 1 triệu ha lúa ... phấn đấu đến năm 2030 giảm
        // 30% ..., giảm 20% ..."), one that "phấn đấu" opens leads its
        // clause.
        let lead = || {
            years
                .iter()
                .rfind(|y| y.1 < first_main && self.is_lead_in(y.0, y.1))
                .or_else(|| {
                    years.iter().rfind(|y| {
                        y.1 < q.first
                            && lexicon::phrase_ending_at(toks, y.0, lexicon::STRIVE)
                                .is_some_and(|c| c >= self.s)
                            && !(y.1..q.first).any(|k| toks[k].is_punct(';'))
                    })
                })
        };
        // "...; đến năm 2030 tỉnh đón 3,2 triệu lượt khách, tạo việc làm
        // cho 30 nghìn lao động": a deadline that opens a clause after ';'
        // or "và" ("... đạt 22.000 tấn và đến năm 2030, đưa diện tích lên
        // 2.000 ha, ...") leads the items of its clause.
        let clause_lead = || {
            years.iter().rfind(|y| {
                y.1 < q.first
                    && y.0 > self.s
                    && (toks[y.0 - 1].is_punct(';')
                        || toks[y.0 - 1].is_word(lexicon::AND)
                        // "..., đến năm 2025, du lịch ... chiếm tỷ trọng
                        // 10%": one framed by commas.
                        || toks[y.0 - 1].is_punct(',')
                            && toks.get(y.1 + 1).is_some_and(|t| t.is_punct(',')))
                    && lexicon::BY.contains(&toks[y.0].low.as_ref())
                    && !(y.1..q.first).any(|k| toks[k].is_punct(';'))
            })
        };
        // "Hoàn thành và vượt các chỉ tiêu năm 2025, phường ... đặt mục tiêu
        // tăng trưởng trên 10% trong năm 2026": a year a noun names before
        // the clause a goal cue opens tells what was done; the year after
        // the figure is the goal's.
        let before = before.filter(|y| {
            after.is_none()
                || !(y.0 > self.s
                    && toks[y.0 - 1].kind == Kind::Word
                    && cue_clause(y.1 + 1, q.first))
        });
        // "..., phấn đấu đến năm 2015 dưới 4,5% GDP, giai đoạn 2016 - 2020
        // tương đương 4% GDP": an item that names its own period is due by
        // no year led in before it ends; a lead's year its period closes
        // still dates it ("Đến năm 2030, tốc độ tăng ... bình quân giai
        // đoạn 2026 - 2030 đạt trên 8%").
        let own_period_end = || {
            (f.item_start..q.first).find_map(|k| {
                if toks[k].starts & lexicon::PERIODS.bit == 0 {
                    return None;
                }
                super::modality::period_at(toks, k)
                    .map(|(_, end, _)| end)
                    .or_else(|| after_a_year(toks, any_at(toks, k, lexicon::PERIODS)?.1))
            })
        };
        before
            .or(after)
            .or_else(|| self.joined_figure_s_year(f, years))
            .or_else(|| {
                // "...; năm 2025 đón 950 nghìn lượt khách, trong đó 300 lượt
                // khách quốc tế": the whole's own year before the lead's; not
                // one an aside closed ("(năm 2025 đạt 5,1 triệu lượt), trong đó
                // ...").
                let closed_aside = |y: &&(usize, usize, i32)| {
                    let mut depth = 0i32;
                    for t in &toks[y.1..q.first] {
                        if t.is_punct('(') {
                            depth += 1;
                        } else if t.is_punct(')') {
                            depth -= 1;
                        }
                    }
                    depth < 0
                };
                clause_lead()
                    .or_else(colon_lead)
                    // (With one year at most, the lead's is the whole's.)
                    .or_else(|| {
                        (years.len() > 1)
                            .then(|| self.whole_s_year(f, years).filter(|y| !closed_aside(y)))
                            .flatten()
                    })
                    .or_else(lead)
                    .or_else(|| self.whole_s_year(f, years))
                    .or_else(|| self.changed_level_s_year(f, years))
                    .filter(|y| own_period_end().is_none_or(|end| y.2 >= end))
            })
    }

    /// "đón 25 triệu lượt khách quốc tế và 150 triệu lượt khách nội địa
    /// vào năm 2030": the year that closes the clause of the figure "và"
    /// joins to this one's words, under the same verb, dates both.
    fn joined_figure_s_year<'y>(
        &self,
        f: &Found,
        years: &'y [(usize, usize, i32)],
    ) -> Option<&'y (usize, usize, i32)> {
        let toks = self.toks;
        let last_year = years.last()?;
        let and = (f.q.last + 1..self.e.min(f.q.last + 1 + JOINED_NOUN_WORDS))
            .take_while(|&k| toks[k].kind == Kind::Word)
            .find(|&k| toks[k].is_word(lexicon::AND))?;
        if last_year.0 <= and {
            return None;
        }
        toks.get(and + 1).filter(|t| t.kind == Kind::Num)?;
        let close = (and + 1..self.e)
            .find(|&k| toks[k].is_punct(';') || toks[k].is_punct('.') || toks[k].is_punct(','))
            .unwrap_or(self.e);
        if close < self.e && toks[close].is_punct(',') {
            return None;
        }
        years.iter().find(|y| y.0 > and + 1 && y.1 + 1 == close)
    }

    /// The deadline of the level a change or a multiple is told of right
    /// after ("đến năm 2030 đạt 120 triệu đồng, gấp 1,6 lần so với năm
    /// 2025", "..., tăng 60%"): the nearest "đến năm" before the comma in
    /// its clause. A yearly rate ("..., tăng bình quân 9%/năm") has none,
    /// nor does a year only attached to the level ("năm 2030 đạt ...").
    fn changed_level_s_year<'y>(
        &self,
        f: &Found,
        years: &'y [(usize, usize, i32)],
    ) -> Option<&'y (usize, usize, i32)> {
        let toks = self.toks;
        let at = f.item_start;
        let after_comma = at > self.s && toks[at - 1].is_punct(',');
        let told_of = after_comma
            && (toks[at].is_word(lexicon::TIMES)
                || super::subject::is_direction_verb(toks, at).is_some());
        // "Kim ngạch xuất khẩu năm 2026 tăng 10% so với năm 2025, đạt 1,2
        // tỷ USD": the level a change reaches, told right after it, is of
        // the change's year, which its subject names.
        let reached = after_comma
            && toks[at].is_word(lexicon::REACH)
            && (self.s..at - 1)
                .rev()
                .take_while(|&k| !toks[k].is_punct(';') && !toks[k].is_punct(','))
                .any(|k| super::subject::is_direction_verb(toks, k).is_some());
        if !(told_of || reached) || yearly_in(toks, at, f.item_end.min(self.e.saturating_sub(1))) {
            return None;
        }
        // The nearest year before, in the same sentence and item; a change
        // told of takes it only as a deadline ("đến năm 2030 ..., tăng").
        years
            .iter()
            .rfind(|y| y.1 < at)
            .filter(|y| at - y.1 <= WHOLE_REACH)
            .filter(|y| reached || lexicon::BY.contains(&toks[y.0].low.as_ref()))
            .filter(|y| !(y.1..at).any(|k| toks[k].is_punct(';') || toks[k].is_punct('.')))
    }

    /// The year of the whole a breakdown's figure is part of ("Tổng đàn
    /// gia súc đến năm 2030 đạt 120.000 con (trong đó: đàn trâu 25.000
    /// con; ...)", "... đến năm 2030 đạt 78%, trong đó ... đạt trên 47%"):
    /// the nearest year before "trong đó" in its clause. A figure in any
    /// aside takes its item's year so.
    fn whole_s_year<'y>(
        &self,
        f: &Found,
        years: &'y [(usize, usize, i32)],
    ) -> Option<&'y (usize, usize, i32)> {
        let toks = self.toks;
        // Or any aside that elaborates its item ("... năm 2023 đạt 100% kế
        // hoạch (814,3/814,3 tỷ đồng)"), unless it is a yearly figure of
        // its own ("(bình quân mỗi năm thành lập mới 600 doanh nghiệp)").
        let aside = || {
            f.group.filter(|&open| {
                !(open..f.q.first).any(|k| {
                    toks[k].starts & lexicon::YEARLY.bit != 0
                        && any_at(toks, k, lexicon::YEARLY).is_some()
                })
            })
        };
        let opens = self.breakdown_of(f).or_else(aside)?;
        years
            .iter()
            .rfind(|y| y.1 < opens)
            .filter(|y| opens - y.1 <= WHOLE_REACH)
            .filter(|y| !(y.1..opens).any(|k| toks[k].is_punct(';') || toks[k].is_punct('.')))
    }

    /// Where the breakdown the figure `f` is part of opens: its "trong đó"
    /// or the '(' before it ("(trong đó: đàn trâu 25.000 con; ...)").
    pub(super) fn breakdown_of(&self, f: &Found) -> Option<usize> {
        let toks = self.toks;
        let in_which = |k: usize| lexicon::in_which_at(toks, k);
        // "trong đó" opens the item, or an item or two before it.
        match f.group {
            Some(open) => (open + 1 < f.q.first && in_which(open + 1)).then_some(open),
            None => (f.item_start.saturating_sub(BREAKDOWN_REACH).max(self.s)
                ..(f.item_start + 1).min(f.q.first))
                .rev()
                .take_while(|&k| !toks[k].is_punct(';'))
                .find(|&k| in_which(k)),
        }
    }
}

/// The first year of a period told as what comes after one at `k` ("giai
/// đoạn sau năm 2020").
fn after_a_year(toks: &[Tok<'_>], k: usize) -> Option<i32> {
    (toks.get(k)?.is_word(lexicon::LATER) && toks.get(k + 1)?.is_word(lexicon::YEAR))
        .then(|| toks.get(k + 2))
        .flatten()
        .filter(|t| quantity::is_year(t))
        .and_then(|t| t.value)
        .map(|v| v as i32 + 1)
}

/// Whether the tokens `from..=to` tell a yearly rate ("bình quân mỗi
/// năm", "%/năm"), which no deadline dates.
fn yearly_in(toks: &[Tok<'_>], from: usize, to: usize) -> bool {
    (from..=to).any(|k| {
        any_at(toks, k, lexicon::YEARLY).is_some()
            || toks[k].is_punct('/') && toks.get(k + 1).is_some_and(|n| n.is_word(lexicon::YEAR))
    })
}

/// How far before its item a breakdown's "trong đó" may stand.
const BREAKDOWN_REACH: usize = 12;
/// How far before a breakdown its whole's year may stand (each part of a
/// run-on sentence asks).
const WHOLE_REACH: usize = 40;

#[cfg(test)]
mod tests {
    use crate::extract_targets;

    fn years(text: &str) -> Vec<(f64, Option<i32>)> {
        extract_targets(text)
            .iter()
            .map(|t| (t.value, t.deadline_year))
            .collect()
    }

    /// A year's phrase that starts inside the figure's own words (found by
    /// the fuzzing campaign: the aside check sliced backwards).
    #[test]
    fn a_year_inside_a_figure_s_words_is_read_without_panic() {
        for text in ["0-0% /năm 1900", "ha / Đến năm 2030: 0ha / Đến năm 2030: 0"] {
            let _ = years(text);
        }
    }

    #[test]
    fn a_year_that_frames_the_sentence_leads_its_list() {
        let framed = [
            // After a lead-in and its comma.
            "Theo đó, năm 2026 tỉnh phấn đấu tăng trưởng đạt 8%; thu ngân sách đạt 6.200 tỷ đồng.",
            // After a verb that sets what follows.
            "Chính phủ yêu cầu năm 2026 kiểm soát lạm phát khoảng 8%; bội chi không quá 6.200 tỷ đồng.",
            "UBND tỉnh yêu cầu trong năm 2026 tăng trưởng đạt 8%; thu ngân sách đạt 6.200 tỷ đồng.",
            // After a goal cue and the preposition of a frame.
            "Cụ thể, phấn đấu trong năm 2026 toàn tỉnh đạt 8%; thu ngân sách đạt 6.200 tỷ đồng.",
            // In the name of the plan the sentence opens on.
            "Kế hoạch cải cách hành chính năm 2026 yêu cầu tăng trưởng đạt 8%; thu ngân sách đạt \
             6.200 tỷ đồng.",
        ];
        for text in framed {
            assert_eq!(
                years(text),
                [(8.0, Some(2026)), (6200.0, Some(2026))],
                "{text}"
            );
        }
        // A year in the name of the first item's indicator stays there.
        assert_eq!(
            years("Tỷ lệ hộ nghèo năm 2026 giảm 8%; thu ngân sách đạt 6.200 tỷ đồng."),
            [(8.0, Some(2026)), (6200.0, None)]
        );
        // Nor does a year after a figure frame anything.
        assert_eq!(
            years("Theo đó, thu 200 tỷ đồng, năm 2026 tăng 8%; chi đạt 6.200 tỷ đồng."),
            [(200.0, None), (8.0, Some(2026)), (6200.0, None)]
        );
    }

    #[test]
    fn a_plan_s_year_before_a_colon_is_its_deadline() {
        // A table's columns, read as leads.
        assert_eq!(
            years("Kế hoạch 2026: Thu ngân sách trên địa bàn 330 tỷ đồng."),
            [(330.0, Some(2026))]
        );
        assert_eq!(
            years("KH 2027: Tốc độ tăng trưởng 8%."),
            [(8.0, Some(2027))]
        );
        // A resolution named in words up to its year; not a document's number.
        assert_eq!(
            years(
                "Nghị quyết về nhiệm vụ phát triển kinh tế - xã hội 2027: thu ngân sách tăng 9%."
            ),
            [(9.0, Some(2027))]
        );
        assert_eq!(
            years("Nghị quyết số 15/2027: thu ngân sách tăng 9%."),
            [(9.0, None)]
        );
        // A heading that ends on its year heads the numbered list below it.
        let heading = "MỘT SỐ CHỈ TIÊU CHỦ YẾU ĐẾN NĂM 2030\n1. Tốc độ tăng trưởng đạt 10%.\n\
                       2. Tỷ lệ đô thị hóa đạt 75%.\nThu ngân sách đạt 900 tỷ đồng.";
        assert_eq!(
            years(heading),
            [(10.0, Some(2030)), (75.0, Some(2030)), (900.0, None)]
        );
        // Items lettered as in legal texts, and dashed items, go on with it.
        let lettered = "CÁC CHỈ TIÊU ĐẾN NĂM 2030\na) Tỷ lệ đô thị hóa đạt 75%.\n\
                        b) Tỷ lệ che phủ rừng đạt 45%.\n- Thu ngân sách 900 tỷ đồng.";
        assert_eq!(
            years(lettered),
            [(75.0, Some(2030)), (45.0, Some(2030)), (900.0, Some(2030))]
        );
        // Not a line that states a figure before its year, nor a list unmarked.
        assert_eq!(
            years("Tăng trưởng 8% đến năm 2030\n1. Tỷ lệ đô thị hóa đạt 75%."),
            [(8.0, Some(2030)), (75.0, None)]
        );
        // A year that heads no plan, or heads no ':', is no deadline.
        assert_eq!(
            years("Phấn đấu thu ngân sách theo kế hoạch 2026 đạt 330 tỷ đồng."),
            [(330.0, None)]
        );
    }
}
