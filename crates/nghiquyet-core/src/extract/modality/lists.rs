//! What there is, enumerated: a count or an area after "có", "với" or
//! "gồm" ("Huyện có 21 xã, thị trấn với 45.000 hộ dân"), directly or as a
//! later item of the same list, describes a place; a threshold or a
//! deadline makes it a goal.

use super::*;

/// The most words an enumerated count's noun may take ("9 đơn vị hành chính
/// cấp huyện, ..."): bounds the look back over an enumeration.
const ENUMERATED_NOUN: usize = 8;
/// The most words an enumerated item may take from its first number to a
/// later one ("5 sản phẩm được công nhận đạt chuẩn OCOP 3 sao").
const ENUMERATED_ITEM: usize = 12;
/// The most words a whole place's name takes ("toàn Đảng bộ", "toàn thị
/// xã"), between "toàn" and "có".
const WHOLE_PLACE_WORDS: usize = 2;
/// The most items an enumeration after "có" is followed back over: bounds
/// the cost on a run-on list.
const ENUMERATED_ITEMS: usize = 12;
/// The most tokens a share is looked back from for the breakdown it is a
/// part of ("trong đó A chiếm 41%, B chiếm 27,6% và C chiếm 31,2%").
const BREAKDOWN_REACH: usize = 40;
/// The most tokens from an occasion's name to its year ("Lễ hội
/// pháo hoa quốc tế năm 2025", "Vụ Đông Xuân 2024 - 2025").
const OCCASION_NAME_WORDS: usize = 10;
/// The most tokens of an opening on the days an event took place, its
/// name and dates with it ("Trong 7 ngày diễn ra Tuần lễ Festival nghệ
/// thuật quốc tế Huế 2024 từ 6 - 12/6,": twenty).
const EVENT_OPENING_TOKENS: usize = 24;
/// Words at most between "Qua" and the comma of an opener ("Qua kiểm tra,
/// rà soát hồ sơ, ..."): longer, "qua" is no opener.
const THROUGH_WORDS: usize = 6;

/// The most tokens of a rate's name before its figure ("tỷ lệ hộ dân sử
/// dụng nước sạch đạt").
const RATE_NAME_WORDS: usize = 10;

impl Sentence<'_, '_> {
    /// "Huyện có 21 xã, thị trấn với 45.000 hộ dân": without a cue, a count
    /// after "có", "với" or "gồm" describes what there is, not a goal.
    pub(super) fn what_there_is(&self, fig: &Figure<'_>) -> bool {
        let toks = self.toks;
        let Figure { f, chain_start, .. } = *fig;
        let q = &f.q;
        // "có thêm 3 xã ...": growth to reach, not what there is.
        let more = (chain_start..q.first).any(|k| toks[k].is_word(lexicon::MORE));
        // "Tỉnh có 250 km quốc lộ": a length or an area there is, too.
        // "có 12.000 sinh viên, 850 giảng viên, trong đó 60% có trình độ tiến
        // sĩ": a share of what there is, broken down.
        // "Xã có 11 dân tộc cùng sinh sống, trong đó người Mông chiếm 62%,
        // người Dao chiếm 20%": the shares a breakdown of what there is
        // gives, further on.
        let broken_down =
            q.class == UnitClass::Percent && self.breaks_down_what_there_is(chain_start);
        let share_of_what_there_is = q.class == UnitClass::Percent
            && any_ending_at(toks, chain_start, BREAKDOWNS).is_some()
            || broken_down;
        let counted = matches!(q.class, UnitClass::Count | UnitClass::Measure)
            || q.class == UnitClass::Percent && self.whole_place(fig)
            || share_of_what_there_is;
        // "nơi có hơn 2 triệu dân": "hơn" rounds what there is.
        let rounded = q.own_bound.is_none()
            && q.value_max.is_none()
            && chain_start < q.first
            && (chain_start..q.first).all(|k| toks[k].is_word(lexicon::MORE_THAN));
        let enumerated = broken_down || self.after_existential(chain_start);
        counted
            && q.achieved.is_none()
            && !more
            && enumerated
            && (rounded || !self.thresholded(fig))
            && !self.by_deadline(fig)
    }

    /// "Xã có 42,6 km đường trục xã, 96 km đường thôn xóm, tỷ lệ cứng hóa
    /// đạt 88%": a rate told next to what there is, past a comma, measures
    /// it: what there is too. A deadline makes a goal of both.
    pub(super) fn rate_of_what_there_is(&self, fig: &Figure<'_>) -> bool {
        let toks = self.toks;
        if fig.f.q.class != UnitClass::Percent {
            return false;
        }
        // The rate's name opens its part, right after the comma.
        let floor = fig.chain_start.saturating_sub(RATE_NAME_WORDS).max(self.s);
        let Some(comma) = (floor..fig.chain_start)
            .rev()
            .find(|&k| toks[k].kind == Kind::Punct)
            .filter(|&k| toks[k].is_punct(',') && any_at(toks, k + 1, lexicon::RATE).is_some())
        else {
            return false;
        };
        // The count before the comma, enumerated after "có".
        let floor = comma.saturating_sub(ENUMERATED_NOUN).max(self.s);
        (floor..comma)
            .rev()
            .take_while(|&j| toks[j].kind != Kind::Punct || toks[j].is_punct('/'))
            .find(|&j| toks[j].kind == Kind::Num)
            .is_some_and(|n| self.after_existential(n))
            && !self.by_deadline(fig)
    }

    /// Whether the part of the sentence before `from` opens on a breakdown
    /// ("..., trong đó ...") of a count that is what there is ("có 11 dân
    /// tộc cùng sinh sống, trong đó ..."), no ';' between.
    fn breaks_down_what_there_is(&self, from: usize) -> bool {
        let toks = self.toks;
        let floor = from.saturating_sub(BREAKDOWN_REACH).max(self.s + 1);
        let Some(b) = (floor..from)
            .rev()
            .take_while(|&k| !toks[k].is_punct(';'))
            .find(|&k| any_at(toks, k, BREAKDOWNS).is_some())
        else {
            return false;
        };
        let comma = b - 1;
        if !toks[comma].is_punct(',') {
            return false;
        }
        // The count broken down, its noun between it and the comma.
        (comma.saturating_sub(ENUMERATED_NOUN).max(self.s)..comma)
            .rev()
            .take_while(|&j| toks[j].kind != Kind::Punct)
            .find(|&j| toks[j].kind == Kind::Num)
            .is_some_and(|n| self.after_existential(self.chain_start(n, self.s)))
    }

    /// "Toàn tỉnh có 85% hộ dân ...", "toàn Đảng bộ có hơn 4.000 đảng
    /// viên": the state of the whole place, named in one word or two.
    pub(super) fn whole_place(&self, fig: &Figure<'_>) -> bool {
        let toks = self.toks;
        let has = fig.chain_start.checked_sub(1).filter(|&k| k > self.s);
        has.is_some_and(|h| {
            toks[h].is_word(lexicon::HAS)
                && (h.saturating_sub(WHOLE_PLACE_WORDS + 1).max(self.s)..h - 1)
                    .rev()
                    .take_while(|&k| toks[k].kind == Kind::Word)
                    .any(|k| toks[k].is_word(lexicon::WHOLE) || toks[k].is_word(lexicon::ALL))
        }) || fig
            .chain_start
            .checked_sub(3)
            .is_some_and(|k| k >= self.s && toks[k].is_word(lexicon::WHOLE))
    }

    /// "Năm 2024, toàn tỉnh đón 3,5 triệu lượt khách", "Năm 2025, Phú Quốc
    /// đón ...": a plain year heading a place or a body as its subject
    /// narrates what it did or had that year. A plan gives the subject a
    /// cue ("toàn tỉnh phấn đấu ...", "toàn tỉnh phải đạt ...") or a
    /// deadline ("Đến năm 2030, toàn tỉnh có ..."), so this is asked of
    /// cue-less figures only; a range or a bound is set, not told, and a
    /// year not begun when the article was written is never narrated.
    pub(super) fn narrated_year(&self, fig: &Figure<'_>) -> bool {
        let toks = self.toks;
        let narrated = fig.cues.landmarks.narrated_whole.get_or_init(|| {
            // Only the word or the comma after a number can follow a year.
            let w = (self.s..self.e)
                .filter(|&k| toks[k].kind == Kind::Num)
                .flat_map(|k| [k + 1, k + 2])
                .take_while(|&w| w < self.e)
                .find(|&w| self.plain_year_before(w) && self.actor_at(w))?;
            // A modal makes a plan; a later year moves on ("...; năm 2026
            // thu ngân sách đạt ...").
            let modal = (w + 1..self.e).find(|&k| lexicon::MODALS.contains(&toks[k].low.as_ref()));
            let next = fig.years.partition_point(|m| m.1 < w);
            let head = next.checked_sub(1).map(|i| fig.years[i].2);
            let later = fig.years[next..]
                .iter()
                .find(|m| head.is_some_and(|h| m.2 > h))
                .map(|m| m.1);
            Some((w, modal.into_iter().chain(later).min()))
        });
        narrated
            .is_some_and(|(w, end)| w < fig.chain_start && end.is_none_or(|m| m >= fig.chain_start))
            && !self.thresholded(fig)
    }

    /// "Vụ Đông Xuân 2024 - 2025, toàn tỉnh gieo cấy 190.000 ha", "Lễ hội
    /// hoa năm 2025 thu hút 300.000 lượt khách": a sentence that opens on an
    /// occasion or a season named with its year tells what it brought. A
    /// plan for one gives it a cue, a modal or a deadline; an occasion in a
    /// year not begun when the article was written is never told.
    pub(super) fn narrated_occasion(&self, fig: &Figure<'_>) -> bool {
        let toks = self.toks;
        let Some(name_end) = lexicon::OCCASIONS
            .iter()
            .find_map(|p| phrase_at(toks, self.s, p))
        else {
            return false;
        };
        let window = name_end..(name_end + OCCASION_NAME_WORDS).min(fig.chain_start);
        let Some(last_year) = window
            .take_while(|&k| toks[k].kind != Kind::Punct || toks[k].is_dash())
            .filter(|&k| toks[k].kind == Kind::Num && quantity::is_year(&toks[k]))
            .last()
        else {
            return false;
        };
        let ahead = toks[last_year]
            .value
            .is_some_and(|v| !year_begun(v as i32, self.published));
        !ahead
            && !(last_year + 1..fig.chain_start)
                .any(|k| lexicon::MODALS.contains(&toks[k].low.as_ref()))
            && !self.by_deadline(fig)
    }

    /// "Trong nhiệm kỳ, tỉnh thu hút 96 dự án", "Nhiệm kỳ qua, Đoàn phường
    /// thực hiện 25 công trình": a term named with no years, then a place
    /// or a body as the subject, narrates what it did in the term under
    /// review. A plan for the term commands with no subject ("Trong nhiệm
    /// kỳ, kết nạp 150 đảng viên"), or gives it a cue or a deadline.
    pub(super) fn narrated_term(&self, fig: &Figure<'_>) -> bool {
        let toks = self.toks;
        // A period named with its years is as often the plan's: only a
        // sentence that sets no goal anywhere narrates it, and only once
        // its last year has begun ("Nhiệm kỳ 2025 - 2030, Đoàn xã ..." in
        // 2025 lists what the term is to bring).
        let Some(comma) = lexicon::TERMS_UNDER_REVIEW
            .iter()
            .find_map(|p| phrase_at(toks, self.s, p))
            .or_else(|| {
                lead_period(toks, self.s)
                    .filter(|&(_, end, _)| !fig.cues.any_goal() && year_begun(end, self.published))
                    .map(|(.., after)| after - 1)
            })
            .filter(|&k| k < fig.chain_start && toks[k].is_punct(','))
        else {
            return false;
        };
        let w = comma + 1;
        self.actor_at(w)
            && w < fig.chain_start
            && !(w + 1..fig.chain_start).any(|k| lexicon::MODALS.contains(&toks[k].low.as_ref()))
            && !self.by_deadline(fig)
    }

    /// Whether a place or a body stands at `w` as a subject: the whole
    /// of a place ("toàn tỉnh", "cả nước"), a unit ("tỉnh", "xã", "thành
    /// phố") or a name ("Quảng Ninh", "Đảng bộ"). A word in capitals only is as often
    /// an indicator ("GDP", "FDI") as a body, so it is none.
    fn actor_at(&self, w: usize) -> bool {
        self.toks.get(w).is_some_and(|t| {
            w < self.e
                && t.kind == Kind::Word
                && (t.is_word(lexicon::WHOLE)
                    || t.is_word(lexicon::ALL)
                    || lexicon::ADMINISTRATIVE_UNITS.contains(&t.low.as_ref())
                    || t.is_capitalised() && t.raw.chars().any(char::is_lowercase)
                    || lexicon::PLACES_AS_ACTORS
                        .iter()
                        .any(|p| phrase_at(self.toks, w, p).is_some()))
        })
    }

    /// Whether a plain year ("năm 2024", "hết năm 2024", not "đến năm
    /// 2024") ends right before `w`, with or without a comma, and is not
    /// after the article's date. "Đến hết năm 2024" dates a stock told,
    /// as a plain year does.
    fn plain_year_before(&self, w: usize) -> bool {
        let toks = self.toks;
        let Some(p) = w.checked_sub(1).filter(|&p| p > self.s) else {
            return false;
        };
        let y = if toks[p].is_punct(',') { p - 1 } else { p };
        if y <= self.s {
            return false;
        }
        let t = &toks[y];
        if !(t.kind == Kind::Num && quantity::is_year(t) && toks[y - 1].is_word(lexicon::YEAR)) {
            return false;
        }
        let deadline = y.checked_sub(2).is_some_and(|h| {
            h >= self.s && lexicon::DEADLINE_HEADS.contains(&toks[h].low.as_ref())
        });
        // "Phương hướng năm 2026, Đảng ủy xã ...": a year not begun when
        // the article was written (after 2025 in a text with no date) is
        // planned for, not told.
        let ahead = t
            .value
            .is_some_and(|v| !year_begun(v as i32, self.published));
        !deadline && !ahead
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
            // "đối với 5 tổ chức đảng": towards, not with.
            let towards = toks[p].is_word(lexicon::WITH)
                && p > self.s
                && toks[p - 1].is_word(lexicon::WITH_LOOKALIKE_HEAD);
            if lexicon::EXISTENTIALS.contains(&toks[p].low.as_ref()) && !towards {
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
                // "có 11 bác sĩ/vạn dân và 30 giường bệnh/vạn dân": a rate's
                // denominator is of its item.
                .take_while(|&j| {
                    toks[j].kind != Kind::Punct || toks[j].is_punct(',') || toks[j].is_punct('/')
                })
                .find(|&j| toks[j].kind == Kind::Num)
            else {
                return false;
            };
            // "có 5 sản phẩm đạt chuẩn OCOP 3 sao, 1 sản phẩm ...": the item
            // counts with its first number; a later one qualifies its noun.
            let floor = n.saturating_sub(ENUMERATED_ITEM).max(self.s);
            let n = (floor..n)
                .rev()
                .take_while(|&j| {
                    (toks[j].kind != Kind::Punct || toks[j].is_punct('%'))
                        && !lexicon::EXISTENTIALS.contains(&toks[j].low.as_ref())
                })
                .filter(|&j| toks[j].kind == Kind::Num)
                .last()
                .unwrap_or(n);
            k = self.chain_start(n, self.s);
            // "có diện tích tự nhiên 452 km2, dân số 98.000 người, 21 xã": a
            // fact's noun opens its item of what there is.
            // Its comparator ("dân số trên 98.000 người") sets no threshold.
            // Not one of a clause before ("134 km bờ biển; có 3 khu ...").
            if let Some(st) = (k.saturating_sub(2).max(self.s + 1)..=k)
                .rev()
                .take_while(|&e| e == k || toks[e].kind == Kind::Word)
                .find_map(|e| any_ending_at(toks, e, LOCALITY_FACTS))
            {
                k = st;
                // "bờ biển dài 134 km": a fact told by its noun and its adjective.
                while let Some(st) =
                    any_ending_at(toks, k, LOCALITY_FACTS).filter(|&st| st > self.s)
                {
                    k = st;
                }
                continue;
            }
            // "Có ít nhất 3 huyện, 40 xã ...": a threshold sets the whole list;
            // "có thêm 05 xã ..., 06 xã ...": so does growth to reach.
            let threshold = (k..n).any(|j| {
                comparators_at(toks, j).next().is_some() || toks[j].is_word(lexicon::MORE)
            });
            if threshold {
                return false;
            }
        }
        false
    }

    /// "Qua bình xét, có 97% hộ ... đạt gia đình văn hóa": a sentence that
    /// opens on what was done to find its figures (a review, an
    /// inspection, years of work) tells what was found, its own figures
    /// too ("Qua khảo sát 12 xã, ..."); so does one that opens on "Qua
    /// đó", what the sentence before told done ("Qua đó phát hiện có 23%
    /// số đơn ...").
    pub(super) fn found_through(&self) -> bool {
        self.opens_on(lexicon::THROUGH, THROUGH_WORDS)
            || self
                .first_word()
                .is_some_and(|first| phrase_at(self.toks, first, lexicon::THEREBY).is_some())
    }

    /// "Tại Đại hội Thể thao toàn quốc lần thứ X, đoàn vận động viên tỉnh
    /// giành 18 huy chương vàng": a sentence that opens on the occasion
    /// where it happened tells what happened. Asked of cue-less figures
    /// only: a plan adopted there has its cue ("Tại kỳ họp, HĐND tỉnh
    /// điều chỉnh chỉ tiêu ..."). "Tại các vùng sản xuất tập trung, ...": a kind of
    /// place, plural, is no occasion. So does one that opens on the days
    /// an event took place ("Trong 7 ngày diễn ra lễ hội, ...").
    pub(super) fn told_at_an_occasion(&self) -> bool {
        let toks = self.toks;
        // "Trong 7 ngày diễn ra Tuần lễ Festival ..., tỉnh đón ...", "Trong
        // dịp Tết, ...": the days an event took place.
        // The event's name may hold its dates ("từ 6 - 12/6").
        let during = || {
            self.first_word().is_some_and(|first| {
                toks[first].is_word(lexicon::WITHIN)
                    && (first + 1..(first + 1 + EVENT_OPENING_TOKENS).min(self.e))
                        .find(|&k| toks[k].is_punct(','))
                        .is_some_and(|comma| {
                            (first + 1..comma).any(|k| {
                                lexicon::EVENT_TIMES
                                    .iter()
                                    .any(|p| phrase_at(toks, k, p).is_some())
                            })
                        })
            })
        };
        self.opens_on(lexicon::AT_OCCASION, OCCASION_NAME_WORDS)
            && self
                .first_word()
                .is_none_or(|first| any_at(toks, first + 1, lexicon::PLURALS).is_none())
            || during()
    }

    /// "Thực hiện Nghị quyết Đại hội Đảng bộ xã nhiệm kỳ 2020-2025, tốc độ
    /// tăng trưởng kinh tế bình quân đạt 14,8%": a sentence that opens on
    /// carrying out a resolution tells what came of it. Asked of cue-less
    /// figures only: a plan made under it has its cue ("Thực hiện Nghị
    /// quyết số 57-NQ/TW, tỉnh phấn đấu ...").
    pub(super) fn told_of_carrying_out(&self) -> bool {
        let toks = self.toks;
        self.first_word()
            .and_then(|first| any_at(toks, first, lexicon::CARRIED_OUT))
            .is_some_and(|(_, end)| phrase_at(toks, end, lexicon::CARRIED_RESOLUTION).is_some())
    }

    /// "Trong 5 năm, toàn tỉnh xây dựng mới 1.840 km đường": a sentence
    /// that opens on a count of years, closed by a comma, looks back on
    /// them, and so does one that goes on to what there was ("Trong 5 năm
    /// có 92,8% doanh nghiệp ..."); a plan's years are ahead ("trong 5 năm tới") or bound its
    /// figure ("trồng mới trong 5 năm không dưới 10.000 ha").
    /// "Trong năm, lực lượng kiểm lâm phát hiện 186 vụ", "Trong năm qua,
    /// ...": the year a report covers, named by no number; a plan names
    /// its year ("Trong năm 2026, ..."). The count of years may open the
    /// sentence alone ("5 năm, MTTQ các cấp vận động ...").
    pub(super) fn over_years_past(&self) -> bool {
        let toks = self.toks;
        let Some(first) = self.first_word() else {
            return false;
        };
        let year = if toks[first].is_word(lexicon::WITHIN) {
            if toks.get(first + 1).is_some_and(|t| t.kind == Kind::Num) {
                first + 2
            } else {
                first + 1
            }
        } else if toks[first].kind == Kind::Num && !quantity::is_year(&toks[first]) {
            first + 1
        } else {
            return false;
        };
        let past = usize::from(
            toks.get(year + 1)
                .is_some_and(|t| t.is_word(lexicon::THROUGH)),
        );
        toks.get(year).is_some_and(|t| t.is_word(lexicon::YEAR))
            && toks
                .get(year + 1 + past)
                .is_some_and(|t| t.is_punct(',') || t.is_word(lexicon::HAS))
    }

    /// Whether the sentence's first word is `head` and a comma closes the
    /// opener it starts within `words` words.
    fn opens_on(&self, head: &str, words: usize) -> bool {
        let toks = self.toks;
        let Some(first) = self.first_word() else {
            return false;
        };
        toks[first].is_word(head)
            && (first + 2..(first + 2 + words).min(self.e))
                .take_while(|&k| toks[k].kind != Kind::Punct || toks[k].is_punct(','))
                .any(|k| toks[k].is_punct(','))
    }

    /// Whether the sentence opens on a command, past a list's marks: a verb
    /// of change or of restraint ("Giảm tỷ lệ hộ nghèo ...", "- Kiềm chế tỷ
    /// lệ ..."), which sets goals of its own.
    pub(in crate::extract) fn opens_on_a_command(&self) -> bool {
        let toks = self.toks;
        self.first_word().is_some_and(|first| {
            lexicon::change_command_at(toks, first)
                || lexicon::RESTRAINTS
                    .iter()
                    .any(|r| phrase_at(toks, first, r).is_some())
        })
    }

    /// The sentence's first token past a list's marks.
    fn first_word(&self) -> Option<usize> {
        (self.s..self.e).find(|&k| self.toks[k].kind != Kind::Punct)
    }
}
