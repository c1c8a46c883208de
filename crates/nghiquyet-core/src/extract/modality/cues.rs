//! The cues of a sentence, read in one pass: the nearest goal or report
//! cue before each token, the words that make what follows a report (a
//! period of months, "còn", "hiện", a look back, an estimate), an event
//! told in the passive, a person's story, and where a result is measured
//! against the plan.

use std::cell::OnceCell;

use super::*;

/// Whether "đến năm 2030" (a deadline head, "năm", a year) ends right
/// before `at`, after a word of the sentence from `s`: the deadline of what
/// that word names ("tổng giá trị sản xuất đến năm 2030 ước đạt"), not an
/// opener that looks back ("...; đến năm 2025 ước đạt 46,2%").
fn named_deadline_ends_at(toks: &[Tok<'_>], at: usize, s: usize) -> bool {
    at >= s + 4
        && quantity::is_year(&toks[at - 1])
        && toks[at - 2].is_word(lexicon::YEAR)
        && lexicon::DEADLINE_HEADS.contains(&toks[at - 3].low.as_ref())
        && toks[at - 4].kind == Kind::Word
}

/// The most tokens from the verb that opens a clause to its "còn"
/// ("giảm tỷ lệ lao động thất nghiệp khu vực thành thị còn": nine).
const COMMANDED_FALL_REACH: usize = 16;
/// How far into a sentence the plan it tells may be named ("Theo kế hoạch
/// của ngành ...", "Kế hoạch năm 2023, ...").
const PLAN_OPENING: usize = 3;
/// The most words of the setter that names a plan measured against on
/// ("chỉ tiêu Nghị quyết Đại hội Đảng bộ tỉnh").
const SETTER_WORDS: usize = 4;

/// Whether an indicator's code starts at `k`, right after the word that
/// names it ("chỉ tiêu 19.2", "tiêu chí số 19"): digits a dot parts in
/// no group of three, or a number after "số". No quantity is so printed.
pub(super) fn indicator_code_at(toks: &[Tok<'_>], k: usize) -> bool {
    let numbered = toks.get(k).is_some_and(|t| t.is_word(lexicon::NUMBER_OF))
        && toks.get(k + 1).is_some_and(|t| t.kind == Kind::Num);
    let dotted = toks.get(k).is_some_and(|t| {
        t.kind == Kind::Num
            && t.raw
                .rsplit_once('.')
                .is_some_and(|(_, tail)| !tail.is_empty() && tail.len() < 3)
    });
    numbered || dotted
}

/// Where the clause holding the token `at` opens: back to a ';' (commas
/// part a level from its change), within `reach` tokens of the sentence
/// from `s`; and whether it opens there rather than at the reach's end.
pub(super) fn clause_opening(toks: &[Tok<'_>], at: usize, s: usize, reach: usize) -> (usize, bool) {
    let floor = at.saturating_sub(reach).max(s);
    let start = (floor..at)
        .rev()
        .find(|&k| toks[k].is_punct(';'))
        .map_or(floor, |k| k + 1);
    (start, start > floor || floor == s)
}

/// Whether the clause holding the token `at` opens on a verb that commands
/// a change ("...; giảm tỷ lệ thất nghiệp khu vực thành thị còn 0,3%",
/// "Giảm 5% số vụ ... so với năm trước"): a goal's imperative, where a
/// report names its subject first ("tỷ lệ hộ nghèo giảm còn 1,8%"). The
/// command may follow the striving it is ("Phấn đấu giảm tỷ lệ ... còn 6%").
pub(super) fn clause_commanded(toks: &[Tok<'_>], at: usize, s: usize, reach: usize) -> bool {
    let (start, opens) = clause_opening(toks, at, s, reach);
    opens
        && (start..at)
            .find(|&j| toks[j].kind == Kind::Word)
            .map(|j| phrase_at(toks, j, lexicon::STRIVE).unwrap_or(j))
            .is_some_and(|j| j < at && lexicon::change_command_at(toks, j))
}

/// what follows a report: "còn" of a result ("còn 5,8%"), a period of
/// months or a quarter ("9 tháng", "quý III"), a look back ("Qua 5 năm"),
/// a shortfall ("chỉ đạt").
pub(super) fn report_word(toks: &[Tok<'_>], k: usize, s: usize) -> bool {
    let t = &toks[k];
    // Read only by the words that ask: most words match no arm.
    let prev = || k.checked_sub(1).map(|p| toks[p].low.as_ref());
    match t.low.as_ref() {
        // Not "xuống còn", "không còn" or "còn lại"; "còn dưới 2%" is a
        // level to reach. Opening a clause before a word, it is "as for"
        // ("Còn Hà Nội 8%, TP.HCM 8,5%"), not what is left.
        lexicon::LEFT => {
            let opens = k == s || toks[k - 1].kind == Kind::Punct;
            // "còn chiếm dưới 15%": a share capped, as "còn dưới" is.
            let level = any_at(toks, k + 1, lexicon::LEVEL_AFTER_LEFT).is_some()
                || toks
                    .get(k + 1)
                    .is_some_and(|n| n.is_word(lexicon::TAKES_UP))
                    && any_at(toks, k + 2, lexicon::LEVEL_AFTER_LEFT).is_some();
            // "đồng thời giảm khối lượng xuất khẩu còn 4 triệu tấn": a fall
            // opening its clause (or a link's) with its object named before
            // its level is commanded; a report names what fell first ("tỷ
            // lệ hộ nghèo giảm còn"), or who made it fall ("huyện đã giảm").
            let opens_its_clause = |j: usize| {
                j == s
                    || toks[j - 1].kind != Kind::Word
                    || lexicon::CLAUSE_LINKS
                        .iter()
                        .any(|l| lexicon::phrase_ending_at(toks, j, l).is_some())
            };
            let transitive_fall = || {
                (k.saturating_sub(COMMANDED_FALL_REACH).max(s)..k.saturating_sub(1))
                    .rev()
                    .take_while(|&j| toks[j].kind == Kind::Word)
                    .any(|j| {
                        lexicon::DOWN_VERBS.contains(&toks[j].low.as_ref()) && opens_its_clause(j)
                    })
            };
            (!opens || toks.get(k + 1).is_none_or(|n| n.kind != Kind::Word))
                && !transitive_fall()
                // A fall commanded to a level is no result.
                && !clause_commanded(toks, k, s, COMMANDED_FALL_REACH)
                && !prev().is_some_and(|p| lexicon::LEFT_PHRASE_HEADS.contains(&p))
                && !toks
                    .get(k + 1)
                    .is_some_and(|n| lexicon::LEFT_PHRASE_TAILS.contains(&n.low.as_ref()))
                && !level
        }
        // "6 tháng đầu năm" gone; not "6 tháng cuối năm", the months to
        // come a plan covers, nor an age ("trẻ em 6 - 23 tháng tuổi", "bú
        // sữa mẹ hoàn toàn trong 6 tháng đầu", "đến 01 tháng sau sinh"),
        // nor a day's date.
        lexicon::MONTH => {
            let next = toks.get(k + 1);
            let of_a_life = next.is_some_and(|n| {
                n.is_word(lexicon::AGE)
                    || n.is_word(lexicon::LATER)
                    || n.is_word(lexicon::START_OF)
                        && !toks.get(k + 2).is_some_and(|y| y.is_word(lexicon::YEAR))
            });
            // "ngày 24 tháng 01 năm 2019": a day's date, which
            // [`names_a_day`] reads, not months gone.
            let date = k >= s + 2 && toks[k - 2].is_word(lexicon::DAY_OF_MONTH);
            // The months counted in digits or in words ("Trong hai tháng
            // đầu năm, ...").
            let counted = k > s
                && (toks[k - 1].kind == Kind::Num
                    || any_at(toks, k - 1, lexicon::NUMERAL_WORDS).is_some_and(|(_, e)| e == k));
            // A length bounded is a condition ("lao động qua đào tạo từ 3
            // tháng trở lên", "đào tạo dưới 3 tháng"), no months gone.
            let bounded = || {
                phrase_at(toks, k + 1, lexicon::OR_MORE).is_some()
                    || k >= s + 2
                        && toks[k - 1].kind == Kind::Num
                        && comparators_at(toks, k - 2).any(|(_, end)| end == k - 1)
            };
            counted
                && !of_a_life
                && !date
                && !next.is_some_and(|n| lexicon::END_OF.contains(&n.low.as_ref()))
                && !bounded()
        }
        // Not a rate's unit ("ít nhất 1 lần/quý", "mỗi quý"), nor a lunar
        // year's name ("năm Quý Mão 2023").
        lexicon::QUARTER => {
            let per_quarter = prev().is_some_and(|p| lexicon::EACH_QUARTER_HEADS.contains(&p));
            let lunar_year = t.is_capitalised() && prev().is_some_and(|p| p == lexicon::YEAR);
            // Nor the quarter a goal's name is for ("mục tiêu GRDP quý
            // I/2024 tối thiểu 6,5%").
            let goal_s = (k.saturating_sub(QUARTER_GOAL_NAME_REACH).max(s)..k)
                .rev()
                .take_while(|&j| toks[j].kind == Kind::Word)
                .any(|j| any_at(toks, j, TARGET_CUES).is_some());
            !(per_quarter || lunar_year || goal_s)
        }
        // Not the end of a comparator ("tối thiếu", misspelt).
        lexicon::SHORT_OF => {
            t.ends & CHAIN.bit == 0 && toks.get(k + 1).is_some_and(|n| n.kind == Kind::Num)
        }
        // "Hiện toàn tỉnh có ...", "...: hiện đạt 9,5 bác sĩ": now, opening a
        // clause; not "Hiện đại hóa", "Hiện thực hóa".
        // "Lãi suất ... hiện là 6,6%/năm": now, before a verb of being.
        // "Tỉnh hiện có 250 km quốc lộ": what there is now.
        lexicon::NOW => {
            let next = toks.get(k + 1).filter(|n| n.kind == Kind::Word);
            let opens = k == s || toks[k - 1].kind == Kind::Punct;
            let compound = prev().is_some_and(|p| lexicon::NOW_LOOKALIKE_HEADS.contains(&p));
            // "bảo vệ 100% diện tích rừng hiện có;", "giảm 50% số hộ nghèo
            // hiện có và ...": what exists, closing a noun phrase, tells no
            // present state.
            let existing = next.is_some_and(|n| n.is_word(lexicon::HAS))
                && toks.get(k + 2).is_none_or(|a| {
                    a.kind == Kind::Punct && !a.is_punct('(') || a.is_word(lexicon::AND)
                });
            let word_after = |n: &Tok<'_>| {
                lexicon::NOW_BEFORE_WORDS.iter().any(|&(tail, second)| {
                    n.low == tail && toks.get(k + 2).is_some_and(|w| w.is_word(second))
                })
            };
            !existing
                && !dates_a_baseline(toks, k)
                && next.is_some_and(|n| {
                    opens
                        && (!lexicon::NOW_LOOKALIKE_TAILS.contains(&n.low.as_ref())
                            || word_after(n))
                        || !compound && lexicon::NOW_BEING.contains(&n.low.as_ref())
                })
        }
        // "chỉ đạt 87,6%", "chỉ chiếm khoảng 0,5%": only reached or taken
        // up; not "chứng chỉ đạt 40%".
        lexicon::ONLY => {
            toks.get(k + 1)
                .is_some_and(|n| n.is_word(lexicon::REACH) || n.is_word(lexicon::TAKES_UP))
                && !prev().is_some_and(|p| lexicon::ONLY_LOOKALIKE_HEADS.contains(&p))
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

/// "phấn đấu ...; gạo trắng thường chỉ chiếm khoảng 25%": whether "chỉ" at
/// `k` opens a share a goal keeps low, "only" as a plan caps it.
fn share_kept_low(toks: &[Tok<'_>], k: usize) -> bool {
    toks[k].is_word(lexicon::ONLY)
        && toks
            .get(k + 1)
            .is_some_and(|t| t.is_word(lexicon::TAKES_UP))
}

/// The most words of a unit between a figure and the word after it that
/// names its plan or its cause ("81.250/58.500 tỷ đồng dự toán", "giảm
/// 17% do").
const UNIT_WORDS: usize = 3;

/// Whether a count noun right after a number ends right before `end` ("40
/// di tích" before "đã được xếp hạng"), not a share ("51% đã ...").
/// The number must be a verb's object ("tu bổ 40 di tích"): after "có" or
/// a breakdown's "trong đó" ("trong đó 8 xã đã được công nhận") "đã" tells
/// what is done.
pub(super) fn counted_noun_before(toks: &[Tok<'_>], end: usize, s: usize) -> bool {
    end > s
        && toks[end - 1].kind == Kind::Word
        && figure_before(toks, end, s).is_some_and(|n| {
            toks.get(n + 1)
                .is_some_and(|u| u.kind == Kind::Word && u.starts & lexicon::COUNT_NOUNS.bit != 0)
                && n > s
                && toks[n - 1].kind == Kind::Word
                && !lexicon::NOT_A_VERB_BEFORE_COUNT.contains(&toks[n - 1].low.as_ref())
                // "năm 2025 phường Hạc Thành đã ...": a year, then the
                // place that acted.
                && !(quantity::is_year(&toks[n]) && toks[n - 1].is_word(lexicon::YEAR))
        })
}

/// Whether the goal cue `start..end` only names, not sets: a quota handed
/// down that closes a noun phrase ("đã giải ngân 100% vốn được giao với
/// tổng số ..."), resolve as a noun ("Với tinh thần quyết tâm cao,
/// ..."), a goal pointed back to ("Mục tiêu này có cơ sở ..."), a purpose
/// of results reached ("để đạt được nhiều kết quả"), or the
/// topic a sentence opens on ("Về các chỉ tiêu kinh tế, tăng trưởng GRDP
/// đạt 10,27%"), which names the indicators it goes on to tell.
fn cue_named_only(toks: &[Tok<'_>], start: usize, end: usize, s: usize) -> bool {
    let next = toks.get(end);
    if lexicon::goal_pointed_back_at(toks, start).is_some() {
        return true;
    }
    let topic = toks[s].is_word(lexicon::TOPIC_HEAD)
        && (start == s + 1 || start == s + 2 && toks[s + 1].starts & lexicon::PLURALS.bit != 0)
        && (end..(end + lexicon::TOPIC_WORDS).min(toks.len()))
            .take_while(|&k| toks[k].kind != Kind::Num && !toks[k].is_punct('.'))
            .any(|k| toks[k].is_punct(','));
    if topic {
        return true;
    }
    // "cao hơn năm học trước ở tất cả các chỉ tiêu": where a comparison
    // held, its indicators named.
    let compared_in = any_ending_at(toks, start, lexicon::MANY_OF)
        .is_some_and(|q| q > s && lexicon::LOCATIVES.contains(&toks[q - 1].low.as_ref()));
    if compared_in {
        return true;
    }
    // "để đạt được nhiều kết quả": results reached, no goal.
    if phrase_at(toks, start, lexicon::TO_REACH) == Some(end) {
        return lexicon::PURPOSES_OF_NO_GOAL
            .iter()
            .any(|p| phrase_at(toks, end, p).is_some());
    }
    if phrase_at(toks, start, lexicon::QUOTA_HANDED) == Some(end) {
        return next.is_none_or(|n| {
            n.kind != Kind::Word || lexicon::RELATIVE_TAILS.contains(&n.low.as_ref())
        });
    }
    phrase_at(toks, start, lexicon::RESOLVE) == Some(end)
        && (lexicon::RESOLVE_NOUN_HEADS
            .iter()
            .any(|h| lexicon::phrase_ending_at(toks, start, h).is_some())
            || next.is_some_and(|n| lexicon::RESOLVE_NOUN_TAILS.contains(&n.low.as_ref())))
}

/// The most words of a noun after "các" or "những" ("các xã", "những hộ
/// gia đình").
const PLURAL_NOUN_WORDS: usize = 3;

/// Whether a noun of many ends right before `end` ("các xã" before "đã đạt
/// chuẩn"): what follows qualifies it.
fn plural_noun_before(toks: &[Tok<'_>], end: usize, s: usize) -> bool {
    (end.saturating_sub(PLURAL_NOUN_WORDS + 1).max(s)..end.saturating_sub(1))
        .rev()
        .take_while(|&k| toks[k].kind == Kind::Word)
        .any(|k| {
            toks[k].starts & lexicon::PLURALS.bit != 0
                && any_at(toks, k, lexicon::PLURALS).is_some()
        })
}

/// The number of the figure whose unit ends right before `end`: its words
/// (or '%') only between.
pub(super) fn figure_before(toks: &[Tok<'_>], end: usize, s: usize) -> Option<usize> {
    (end.saturating_sub(UNIT_WORDS + 1).max(s)..end)
        .rev()
        .take_while(|&k| toks[k].kind != Kind::Punct || toks[k].is_punct('%'))
        .find(|&k| toks[k].kind == Kind::Num)
}

/// Whether the goal cue at `start` names the plan of the achieved/target
/// pair right before it ("đạt 81.250/58.500 tỷ đồng dự toán Trung ương
/// giao, tăng 19% so với năm trước"), or between its two figures ("là
/// 51%/ chỉ tiêu 50% (tăng 53% ...)"): the pair's target, no goal for what
/// follows.
fn names_a_pairs_plan(toks: &[Tok<'_>], start: usize, s: usize) -> bool {
    let between = start >= s + 2
        && toks[start - 1].is_punct('/')
        && figure_before(toks, start - 1, s).is_some();
    between
        || figure_before(toks, start, s).is_some_and(|num| {
            num >= s + 2
                && toks[num - 1].is_punct('/')
                && toks[num - 2].kind == Kind::Num
                && !toks[start - 1].is_punct('%')
        })
}

/// Whether the goal cue at `start` follows "theo" right after a result and
/// its comma ("đạt 99,8%, theo Nghị quyết từ 99% trở lên; tỷ lệ ... đạt
/// 99,1%"): it states that result's target, no goal for the items after.
fn states_a_results_target(toks: &[Tok<'_>], start: usize, s: usize) -> bool {
    start >= s + 2
        && toks[start - 1].is_word(lexicon::ACCORDING_TO)
        && toks[start - 2].is_punct(',')
        && figure_before(toks, start - 2, s).is_some()
}

/// The most tokens a count of units that met their goal stands before its
/// verb ("15/15 chi bộ hoàn thành chỉ tiêu": three).
const MET_BY_REACH: usize = 4;

/// The most words of a plan measured before the "và" that joins another
/// to it ("vượt dự toán tỉnh và Nghị quyết").
const JOINED_PLAN_WORDS: usize = 4;

/// Whether the goal cue at `start` is the object of a verb of reaching it
/// after "đã" ("Tỉnh đã hoàn thành mục tiêu đưa 6/9 huyện đạt chuẩn",
/// "đã đạt mục tiêu"), or all of it ("đã hoàn thành 100% chỉ tiêu giao
/// quân"), or a count of the units that reached it ("15/15 chi bộ hoàn
/// thành chỉ tiêu phát triển đảng viên"): a goal met, reported.
fn goal_met(toks: &[Tok<'_>], start: usize, s: usize, under_goal: bool) -> bool {
    let verb_end = met_verb_end(toks, start, s);
    let counted_units = |at: usize| {
        (at.saturating_sub(MET_BY_REACH).max(s + 1)..at).any(|k| {
            toks[k].is_punct('/')
                && toks[k - 1].kind == Kind::Num
                && toks
                    .get(k + 1)
                    .is_some_and(|n| n.kind == Kind::Num && n.glued)
        })
    };
    // "đã hoàn thành", or met for the most part ("cơ bản hoàn thành mục
    // tiêu", "đã cơ bản hoàn thành"), which a goal sets too ("Phấn đấu ...
    // cơ bản hoàn thành mục tiêu ...").
    // "đã hoàn thành và hoàn thành vượt mức ...": the second verb of a
    // pair is told done as its first is.
    let paired_verb = |at: usize| {
        (at >= s + 2 && toks[at - 1].is_word(lexicon::AND))
            .then(|| {
                lexicon::GOAL_MET_VERBS
                    .iter()
                    .find_map(|v| lexicon::phrase_ending_at(toks, at - 1, v))
            })
            .flatten()
            .filter(|&b| b > s)
            .unwrap_or(at)
    };
    let told_done = |at: usize| {
        let at = paired_verb(at);
        toks[at - 1].is_word(lexicon::PAST)
            || !under_goal
                && lexicon::phrase_ending_at(toks, at, lexicon::FOR_THE_MOST_PART)
                    .is_some_and(|b| b >= s)
    };
    // "thu nhập bình quân đầu người đạt 75 triệu đồng, hoàn thành mục tiêu
    // Đại hội": the goal a figure just told met, with no goal before.
    let after_a_figure = |at: usize| {
        !under_goal
            && at >= s + 2
            && toks[at - 1].is_punct(',')
            && figure_before(toks, at - 1, s).is_some()
    };
    lexicon::GOAL_MET_VERBS.iter().any(|v| {
        lexicon::phrase_ending_at(toks, verb_end, v)
            .is_some_and(|at| at > s && (told_done(at) || counted_units(at) || after_a_figure(at)))
    }) || !under_goal
        && lexicon::GOAL_MET_OUTRIGHT
            .iter()
            .any(|v| lexicon::phrase_ending_at(toks, verb_end, v).is_some_and(|at| at > s))
}

/// Where a verb of meeting the goal cue at `start` would end: before "100%"
/// ("hoàn thành 100% chỉ tiêu"), or past the quantifier and the excess
/// ("đã hoàn thành vượt mức các chỉ tiêu", "đã hoàn thành và vượt nhiều
/// chỉ tiêu").
fn met_verb_end(toks: &[Tok<'_>], start: usize, s: usize) -> usize {
    if start >= s + 2 && toks[start - 1].is_punct('%') && toks[start - 2].value == Some(100.0) {
        return start - 2;
    }
    let quantified = any_ending_at(toks, start, lexicon::MANY_OF)
        .filter(|&b| b > s)
        .unwrap_or(start);
    // "đã hoàn thành toàn diện các mục tiêu": how well, before them.
    let quantified = lexicon::MET_MANNERS
        .iter()
        .find_map(|m| lexicon::phrase_ending_at(toks, quantified, m).filter(|&b| b > s))
        .unwrap_or(quantified);
    lexicon::phrase_ending_at(toks, quantified, lexicon::IN_EXCESS)
        .or_else(|| {
            lexicon::AND_IN_EXCESS
                .iter()
                .find_map(|e| lexicon::phrase_ending_at(toks, quantified, e))
        })
        .filter(|&b| b > s)
        .unwrap_or(quantified)
}

/// Whether the count of targets at `c` follows a verb of meeting or
/// passing them ("đã hoàn thành vượt mức 17 chỉ tiêu", "thực hiện đạt và
/// vượt 19 chỉ tiêu"): met. Under a goal the verb must be told done ("đã",
/// "thực hiện"): "Phấn đấu hoàn thành 17 chỉ tiêu" sets them, as does
/// "Phấn đấu thực hiện đạt 17 chỉ tiêu".
/// A part of the whole ("đạt 5/13 chỉ tiêu") was met whatever cue is
/// before it: a goal sets the whole.
fn count_met(toks: &[Tok<'_>], c: usize, s: usize, under_goal: bool) -> bool {
    let part = (c >= s + 2
        && toks[c - 1].is_punct('/')
        && toks[c - 2].kind == Kind::Num
        && toks[c - 2]
            .value
            .is_some_and(|p| toks[c].value.is_some_and(|w| p < w)))
    .then(|| c - 2);
    let verb_end = met_verb_end(toks, part.unwrap_or(c), s);
    // The longest verb ("đạt và vượt", not its "vượt").
    let Some(verb) = lexicon::GOAL_MET_VERBS
        .iter()
        .chain(lexicon::PLAN_PASSED)
        .filter_map(|v| lexicon::phrase_ending_at(toks, verb_end, v).filter(|&at| at > s))
        .min()
    else {
        return false;
    };
    // "Phấn đấu thực hiện đạt một số chỉ tiêu chủ yếu: ...": carrying out
    // the goal verb governs is no more done than meeting.
    !under_goal
        || part.is_some()
        || toks[verb - 1].is_word(lexicon::PAST)
        || lexicon::phrase_ending_at(toks, verb, lexicon::CARRYING_OUT)
            .is_some_and(|c| any_ending_at(toks, c, TARGET_CUES).is_none_or(|b| b < s))
}

/// Whether a verb of meeting stands before the goal cue at `start`
/// ("hoàn thành các chỉ tiêu"), however it is told.
fn met_verb_before(toks: &[Tok<'_>], start: usize, s: usize) -> bool {
    let verb_end = met_verb_end(toks, start, s);
    lexicon::GOAL_MET_VERBS
        .iter()
        .any(|v| lexicon::phrase_ending_at(toks, verb_end, v).is_some_and(|at| at > s))
}

impl Sentence<'_, '_> {
    /// Whether the plan named from `start` to `end`, after a verb of
    /// meeting it, is told met rather than set to meet: not a purpose ("Để
    /// đạt mục tiêu ...") nor a duty ("phải đạt chỉ tiêu"), nor one that
    /// goes on to state its value ("đạt chỉ tiêu Đại hội đề ra là 10.370
    /// USD") or to measure a figure ("vượt kế hoạch 5%").
    fn met_as_told(&self, start: usize, end: usize) -> bool {
        let toks = self.toks;
        let purpose = lexicon::PURPOSES
            .iter()
            .any(|p| lexicon::phrase_ending_at(toks, start, p).is_some());
        let duty = start - 1 > self.s && lexicon::MODALS.contains(&toks[start - 2].low.as_ref());
        !purpose
            && !duty
            && (end..self.e)
                // "... với tổng số quỹ là 3.086.950.000 đồng": "với" opens
                // what came with it, no value of the plan.
                .take_while(|&j| {
                    !(toks[j].is_punct(',')
                        || toks[j].is_punct(';')
                        || toks[j].is_word(lexicon::WITH))
                })
                .all(|j| toks[j].kind != Kind::Num)
    }
}

/// Whether a cue at `start` goes on naming the plan whose name ended at
/// `end`: its setter or its year between, with no break and no new clause
/// ("chỉ tiêu mà Đại hội trước đã đề ra", "chỉ tiêu Nghị quyết Đại hội").
fn names_on(toks: &[Tok<'_>], end: usize, start: usize) -> bool {
    (end..=end + RELATIVE_REACH).contains(&start)
        && (end..start).all(|j| {
            // "các chỉ tiêu kinh tế - xã hội đề ra": a compound's dash too.
            matches!(toks[j].kind, Kind::Word | Kind::Num) && !toks[j].is_word(lexicon::AND)
                || toks[j].is_dash()
        })
}

/// Whether targets counted, ending at `end`, are stated next: their name
/// and year go on to "là" or ':' ("Một số mục tiêu trong năm 2016 là giảm
/// ...", "Một số chỉ tiêu chủ yếu đến năm 2030: ..."), which the items
/// after set.
fn stated_after_count(toks: &[Tok<'_>], end: usize, e: usize) -> bool {
    for t in toks[end..e].iter().take(lexicon::COUNTED_NAME_WORDS + 3) {
        if t.is_word(lexicon::IS) || t.is_punct(':') {
            return true;
        }
        let named =
            t.kind == Kind::Word || t.is_punct('-') || t.kind == Kind::Num && quantity::is_year(t);
        if !named {
            return false;
        }
    }
    false
}

/// Whether the tokens from `end`, where a count of targets ends, up to a
/// list's opener at `start` go on naming the targets counted: a few words
/// and dashes, a comma last ("chỉ tiêu chủ yếu gồm", "chỉ tiêu phát triển
/// kinh tế - xã hội, gồm").
fn names_counted(toks: &[Tok<'_>], end: usize, start: usize) -> bool {
    let name = if start > end && toks[start - 1].is_punct(',') {
        end..start - 1
    } else {
        end..start
    };
    name.len() <= lexicon::COUNTED_NAME_WORDS
        && toks[name]
            .iter()
            .all(|t| t.kind == Kind::Word || t.is_punct('-'))
}

/// Whether the plan named at `start` is joined to one a result was just
/// measured against ("vượt dự toán tỉnh và Nghị quyết HĐND giao"): a
/// verb of measure ("vượt", "so với") a few words before its "và", with
/// only words between.
fn also_measured(toks: &[Tok<'_>], start: usize, s: usize) -> bool {
    // A plan by its name; "... và đề ra mục tiêu ..." sets one anew.
    if start < s + 2
        || !toks[start - 1].is_word(lexicon::AND)
        || lexicon::stated_target_at(toks, start).is_none()
    {
        return false;
    }
    let joined = start - 1;
    (joined.saturating_sub(JOINED_PLAN_WORDS).max(s + 1)..joined)
        .rev()
        .take_while(|&k| toks[k].kind == Kind::Word)
        .any(|k| any_ending_at(toks, k, RESULT_AGAINST).is_some())
}

/// The most words of an issuer between "vừa được" and the verb of issuing
/// ("Thủ tướng Chính phủ": four).
const ISSUER_WORDS: usize = 6;

/// Whether "vừa" at `k` tells what was just done ("Tỉnh vừa tổ chức ...");
/// not "nhỏ và vừa", "vừa và nhỏ" (medium), "vừa ... vừa ..." (both ...
/// and), nor a plan
/// just issued, whose figures are its goals ("Đề án ... do UBND tỉnh vừa
/// ban hành, ...", "... vừa được Thủ tướng phê duyệt, ...").
fn just_now(toks: &[Tok<'_>], k: usize, (s, e): (usize, usize)) -> bool {
    // Most words are no "vừa": the sentence is scanned only for one.
    if !toks[k].is_word(lexicon::JUST) {
        return false;
    }
    let medium = k > s && toks[k - 1].is_word(lexicon::AND)
        || toks.get(k + 1).is_some_and(|t| t.is_word(lexicon::AND))
            && toks
                .get(k + 2)
                .is_some_and(|t| lexicon::SIZES.contains(&t.low.as_ref()));
    // "vừa ban hành", or in the passive past its issuer ("vừa được Thủ
    // tướng Chính phủ phê duyệt").
    let issued_at = |j: usize| {
        lexicon::ISSUED
            .iter()
            .any(|v| phrase_at(toks, j, v).is_some())
    };
    let issued = issued_at(k + 1)
        || toks.get(k + 1).is_some_and(|t| t.is_word(lexicon::PASSIVE))
            && (k + 2..(k + 2 + ISSUER_WORDS).min(e))
                .take_while(|&j| toks[j].kind == Kind::Word)
                .any(issued_at);
    let both = || (s..e).any(|j| j != k && toks[j].is_word(lexicon::JUST));
    !(medium || issued || both())
}

/// Whether targets just counted are told met, or passed, right after
/// their count ("có 9 chỉ tiêu vượt và 35 chỉ tiêu đạt so với Nghị quyết",
/// "17 chỉ tiêu hoàn thành"): a review, which goes on reporting.
fn met_by_count(toks: &[Tok<'_>], after: usize) -> bool {
    // "vận tải hàng không đạt": aviation, no "không đạt".
    let noun_tail = after > 0
        && toks.get(after).is_some_and(|t| t.is_word(lexicon::NOT))
        && lexicon::NOT_AS_NOUN_TAIL_AFTER.contains(&toks[after - 1].low.as_ref());
    !noun_tail
        && lexicon::MET_BY_COUNT
            .iter()
            .any(|v| phrase_at(toks, after, v).is_some())
}

/// Whether the targets named from `start` to `end`, all or most of them
/// ("các chỉ tiêu", "tất cả các chỉ tiêu", "hầu hết các chỉ tiêu"), are
/// told met or passed right after, or after their own words ("Các chỉ
/// tiêu đều đạt và vượt kế hoạch", "Các chỉ tiêu y tế chủ yếu đều đạt"):
/// a review. Not a list they
/// open ("Các chỉ tiêu đạt được đến năm 2030: ..."), unless told passed
/// ("Các chỉ tiêu chủ yếu đều đạt và vượt kế hoạch đề ra: ...": the
/// review's results follow).
fn all_told_met(toks: &[Tok<'_>], start: usize, end: usize, (s, e): (usize, usize)) -> bool {
    let all = any_ending_at(toks, start, lexicon::MANY_OF).is_some_and(|b| b >= s);
    all && lexicon::COUNTED_CUE_HEADS.contains(&toks[start].low.as_ref())
        && (met_past_own_words(toks, end, e) || carried_out_past_own_words(toks, end, e))
}

/// Whether a ':' opens a list after the targets' name ending at `end`,
/// before any ';'.
fn opens_a_list(toks: &[Tok<'_>], end: usize, e: usize) -> bool {
    toks[end.min(e)..e]
        .iter()
        .take_while(|t| !t.is_punct(';'))
        .any(|t| t.is_punct(':'))
}

/// Whether the token at `k` goes on naming targets whose name runs from
/// `end`: a word that is no goal cue ("kinh tế - xã hội" with its dash,
/// "đề ra" that says who set them), or the plan they follow after "theo"
/// ("21/21 chỉ tiêu theo Nghị quyết HĐND tỉnh đều đạt").
fn targets_own_word(toks: &[Tok<'_>], end: usize, k: usize) -> bool {
    toks[k].kind == Kind::Word && toks[k].starts & TARGET_CUES.bit == 0
        || toks[k].is_dash()
        || lexicon::SET_OUT
            .iter()
            .any(|p| phrase_at(toks, k, p).is_some())
        || toks[k].kind == Kind::Word && (end..k).any(|j| toks[j].is_word(lexicon::ACCORDING_TO))
}

/// Whether the targets whose name ends at `end` are told met or passed
/// past their own words ([`targets_own_word`]) and "đều" or "cơ bản"
/// ("Các chỉ tiêu Đại hội đề ra cơ bản đạt"). Before a list's ':' only
/// met in full or passed counts.
fn met_past_own_words(toks: &[Tok<'_>], end: usize, e: usize) -> bool {
    let lists = opens_a_list(toks, end, e);
    let met_after = |k: usize| {
        let verb = lexicon::MET_ALIKE
            .iter()
            .find_map(|a| phrase_at(toks, k, a))
            .unwrap_or(k);
        // "các chỉ tiêu về vận tải hàng không đạt mức sản lượng 95 triệu
        // khách": the level they are to reach, told next, sets them; "đều
        // đạt 100%" tells them met.
        let level_told = || {
            verb == k
                && toks[verb].is_word(lexicon::REACH)
                && toks
                    .get(verb + 1)
                    .is_some_and(|t| t.kind == Kind::Num || t.is_word(lexicon::LEVEL))
        };
        if lists {
            phrase_at(toks, verb, lexicon::MET_IN_FULL).is_some()
                || toks[verb].is_word(lexicon::EXCEED)
        } else {
            met_by_count(toks, verb) && !level_told()
        }
    };
    (end..(end + TARGETS_NAME_WORDS).min(e))
        .take_while(|&k| targets_own_word(toks, end, k))
        .any(met_after)
}

/// "Các chỉ tiêu kế hoạch chuyên môn bệnh viện thực hiện đạt 95-150%":
/// whether the targets' own words go on to how far they were carried out.
fn carried_out_past_own_words(toks: &[Tok<'_>], end: usize, e: usize) -> bool {
    !opens_a_list(toks, end, e)
        && (end..(end + TARGETS_NAME_WORDS).min(e))
            .take_while(|&k| {
                targets_own_word(toks, end, k) || phrase_at(toks, k, lexicon::PLAN).is_some()
            })
            .any(|k| {
                phrase_at(toks, k, lexicon::CARRYING_OUT).is_some_and(|v| met_by_count(toks, v))
            })
}

/// Whether the targets counted from `c` are adopted: a verb that adopts
/// them right before ("đã thông qua 33 chỉ tiêu"), or before another
/// object it takes with them ("thông qua các giải pháp hoạt động kinh
/// doanh và một số chỉ tiêu chính năm 2022: ...").
fn adopted_counted(toks: &[Tok<'_>], c: usize, s: usize) -> bool {
    let adopts = |at: usize| {
        lexicon::ADOPTS_COUNTED
            .iter()
            .any(|a| lexicon::phrase_ending_at(toks, at, a).is_some_and(|b| b >= s))
    };
    adopts(c)
        || c > s + 1
            && toks[c - 1].is_word(lexicon::AND)
            && (c.saturating_sub(1 + ADOPTED_OBJECT_WORDS).max(s + 1)..c - 1)
                .rev()
                .take_while(|&j| toks[j].kind == Kind::Word)
                .any(adopts)
}

/// The most words of another object an adopting verb takes before the
/// targets counted ("các giải pháp hoạt động kinh doanh": six).
const ADOPTED_OBJECT_WORDS: usize = 8;

/// The most words of the targets' name before how far they were carried
/// out ("kế hoạch chuyên môn bệnh viện"), or before they are told met
/// ("của Đại hội Đảng bộ công ty đề ra cơ bản").
const TARGETS_NAME_WORDS: usize = 12;

/// Whether "phấn đấu" at `start` is told in the past ("đã phấn đấu được
/// 11 chỉ tiêu", "đã nỗ lực phấn đấu thực hiện các nhiệm vụ"): efforts a
/// report looks back on, not a goal set. So are years of striving ("Sau
/// một năm phấn đấu ...", "qua 5 năm phấn đấu").
fn strived_in_the_past(toks: &[Tok<'_>], start: usize, s: usize) -> bool {
    if phrase_at(toks, start, lexicon::STRIVE).is_none() {
        return false;
    }
    let before = lexicon::EFFORTS
        .iter()
        .find_map(|e| lexicon::phrase_ending_at(toks, start, e))
        .unwrap_or(start);
    let years_of = before >= s + 3
        && toks[before - 1].is_word(lexicon::YEAR)
        && lexicon::LOOK_BACK.contains(&toks[before - 3].low.as_ref());
    // "đã đoàn kết, thống nhất, nỗ lực phấn đấu": the last of the verbs a
    // "đã" tells in the past, none of them a goal's cue ("đã đề ra mục
    // tiêu phấn đấu ..."). A place named between is the subject of a
    // clause of its own ("Trên cơ sở những kết quả đã đạt được, huyện
    // phấn đấu ..."), and so is a name a comma opens ("Theo Chiến lược
    // ... đã được Chính phủ phê duyệt, Việt Nam phấn đấu ...").
    let last_of_past_verbs = || {
        (before.saturating_sub(PAST_VERBS_REACH).max(s)..before)
            .rev()
            .take_while(|&k| {
                let named_clause =
                    toks[k].is_punct(',') && toks.get(k + 1).is_some_and(|n| n.is_capitalised());
                (toks[k].kind == Kind::Word || toks[k].is_punct(',') && !named_clause)
                    && toks[k].starts & TARGET_CUES.bit == 0
                    && !lexicon::ADMINISTRATIVE_UNITS.contains(&toks[k].low.as_ref())
            })
            .any(|k| toks[k].is_word(lexicon::PAST))
    };
    // "..., phấn đấu đến hết năm 2018, ...": striving by a deadline after
    // a comma opens a goal, whatever the clause before told.
    let by_a_deadline = || {
        toks[before - 1].is_punct(',')
            && phrase_at(toks, start, lexicon::STRIVE).is_some_and(|end| {
                toks.get(end)
                    .is_some_and(|t| lexicon::BY.contains(&t.low.as_ref()))
            })
    };
    before > s
        && (toks[before - 1].is_word(lexicon::PAST)
            || years_of
            || last_of_past_verbs() && !by_a_deadline())
}

/// The most tokens from "đã" to the last verb of its list ("đã đoàn kết,
/// thống nhất, nỗ lực phấn đấu": seven).
const PAST_VERBS_REACH: usize = 10;

/// Whether the word at `k` gives the cause of the change right before it
/// ("giảm 17% do giá xuất khẩu giảm", "tăng 9% nhờ ..."): a result
/// explained. Not what a thing is done by after a noun ("hợp tác xã do
/// phụ nữ quản lý").
#[inline]
fn explains_a_change(toks: &[Tok<'_>], k: usize, s: usize) -> bool {
    // The tag says whether the word is a cause's, with no comparison.
    toks[k].ends & lexicon::CAUSES.bit != 0
        && figure_before(toks, k, s).is_some_and(|num| {
            (num.saturating_sub(CHANGE_VERB_REACH).max(s)..num).any(|j| {
                lexicon::UP_VERBS.contains(&toks[j].low.as_ref())
                    || lexicon::DOWN_VERBS.contains(&toks[j].low.as_ref())
            })
        })
}

/// The most tokens between a change's verb and its number ("giảm khoảng
/// 17%", "tăng hơn 9%").
const CHANGE_VERB_REACH: usize = 3;

/// Whether "hiện" at `k` is "now" before the verb it tells of inside a
/// clause ("Công ty hiện quản lý, vận hành 6 nhà máy", "Hệ thống hiện
/// phục vụ tưới cho 38.500 ha"): the present state. Not a word "hiện"
/// makes with its neighbours ("thực hiện", "hiện đại", "hiện trạng"), nor
/// a verb of being, which [`report_word`] reads.
fn now_doing(toks: &[Tok<'_>], k: usize, s: usize) -> bool {
    toks[k].is_word(lexicon::NOW)
        && k > s
        && toks[k - 1].kind == Kind::Word
        && !lexicon::NOW_LOOKALIKE_HEADS.contains(&toks[k - 1].low.as_ref())
        && toks.get(k + 1).is_some_and(|n| {
            n.kind == Kind::Word
                && !n.raw.starts_with(char::is_uppercase)
                && ![
                    lexicon::NOW_LOOKALIKE_TAILS,
                    lexicon::NOW_NOUN_TAILS,
                    lexicon::NOW_BEING,
                ]
                .iter()
                .any(|l| l.contains(&n.low.as_ref()))
        })
}

/// Whether the sentence at `s` opens on the norm it cites ("Theo quy
/// định, ...", "Theo khoản 2 Điều 5 Nghị định ..."): a goal cue after it
/// still sets its goal.
fn cites_a_norm(toks: &[Tok<'_>], s: usize) -> bool {
    toks.get(s)
        .is_some_and(|t| t.is_word(lexicon::ACCORDING_TO))
        && lexicon::NORM_SOURCES
            .iter()
            .any(|p| phrase_at(toks, s + 1, p).is_some())
        // "Mức thu phí tham quan: ...", "Đối tượng áp dụng: ...": a
        // heading of what a rule sets.
        || lexicon::NORM_HEADINGS
            .iter()
            .any(|p| phrase_at(toks, s, p).is_some())
}

/// The most tokens between a norm's name opening a sentence and its "quy
/// định" ("Nghị quyết số 05/2025/NQ-HĐND quy định": eight).
const LAYS_DOWN_REACH: usize = 12;

/// Where a sentence at `s` that opens on a norm's name lays it down
/// ("Nghị định quy định lãi suất ...", "Bộ luật Lao động quy định số giờ
/// làm thêm ... không quá 40 giờ/tháng"): after it, what the norm allows
/// or requires is told, not aimed at. A goal cue after it sets its goal
/// still ("...; mục tiêu năm 2026 có thêm 1.500 hộ ...").
fn lays_down(toks: &[Tok<'_>], s: usize, e: usize) -> Option<usize> {
    let (_, head_end) = any_at(toks, s, lexicon::NORM_DOCUMENTS)?;
    let k = (head_end..e.min(head_end + LAYS_DOWN_REACH))
        .take_while(|&k| {
            let t = &toks[k];
            !(t.is_punct(',') || t.is_punct(';') || t.is_punct(':'))
                && (k == head_end || t.starts & TARGET_CUES.bit == 0)
        })
        .find(|&k| phrase_at(toks, k, lexicon::LAYS_DOWN).is_some())?;
    // "Nghị quyết cũng quy định 26 chỉ tiêu chủ yếu, trong đó: ...": the
    // goals it lays down, counted, are set; no rule is laid down.
    let mut j = phrase_at(toks, k, lexicon::LAYS_DOWN)?;
    if toks.get(j).is_some_and(|t| t.kind == Kind::Num) {
        j += 1;
    } else if let Some((_, end)) = any_at(toks, j, lexicon::PLURALS) {
        j = end;
    }
    lexicon::goal_noun_at(toks, j).is_none().then_some(k)
}

/// The most words between "So với" opening a sentence and the comma that
/// closes the plan it names ("So với kế hoạch Thủ tướng Chính phủ giao,":
/// seven).
const OPENING_PLAN_WORDS: usize = 8;

/// Where the comma closes a plan a sentence at `s` opens measuring against
/// ("So với kịch bản phấn đấu, tăng trưởng năm 2025 hụt khoảng 2,77 điểm
/// %", "So với dự toán, ..."): after it, how far a result came is told.
/// A figure in the plan's name ("So với mục tiêu thu hút 1,5 tỷ USD, ...")
/// pairs with the result instead.
fn measured_from_the_opening(toks: &[Tok<'_>], s: usize, e: usize) -> Option<usize> {
    let t = toks.get(s)?;
    if !t.is_word(lexicon::COMPARE) {
        return None;
    }
    let plan = lexicon::phrase_at(toks, s, lexicon::COMPARED_WITH).unwrap_or(s + 1);
    lexicon::stated_target_at(toks, plan)?;
    (plan..e.min(plan + OPENING_PLAN_WORDS + 1))
        .take_while(|&k| toks[k].kind == Kind::Word || toks[k].is_punct(','))
        .find(|&k| toks[k].is_punct(','))
}

/// Whether the quarter at `k` is a milestone ("hết quý I", "đến quý
/// III") or a goal's period ("chỉ tiêu quý IV"; "...: Quý II đạt 4,1%,
/// quý III đạt 4,2% và quý IV ...", opening an item of the goal's list):
/// under a goal cue, a step of the plan, not a period reported.
fn milestone(toks: &[Tok<'_>], k: usize, s: usize) -> bool {
    // A quarter that opens the goal's list, or that a goal names ("Chỉ
    // tiêu quý I, ... tăng 10,1%, quý II tăng 12,4%").
    let leads = |j: usize| {
        toks[j - 1].is_punct(':')
            || lexicon::PLANNED_PERIOD_HEADS
                .iter()
                .any(|h| lexicon::phrase_ending_at(toks, j, h).is_some_and(|st| st >= s))
    };
    toks[k].is_word(lexicon::QUARTER)
        && k > s
        && (lexicon::MILESTONE_HEADS.contains(&toks[k - 1].low.as_ref())
            || leads(k)
            || (toks[k - 1].is_punct(',') || toks[k - 1].is_word(lexicon::AND))
                && (s + 1..k).any(|j| toks[j].is_word(lexicon::QUARTER) && leads(j)))
}

/// Whether "còn" at `k` follows a verb of falling ("tỷ lệ hộ nghèo giảm
/// còn 0,8%"), or comes right before a figure or its modifiers ("tỷ lệ
/// số xã đạt dưới 10 tiêu chí còn khoảng 25%"): under a goal cue, the
/// level to fall to, as "xuống còn".
fn level_to_reach(toks: &[Tok<'_>], k: usize, s: usize) -> bool {
    toks[k].is_word(lexicon::LEFT)
        && k > s
        && (lexicon::DOWN_VERBS.contains(&toks[k - 1].low.as_ref())
            // Not "từ 63 còn 34": a change from one figure to another.
            || toks[k - 1].kind != Kind::Num
                && toks.get(k + 1).is_some_and(|n| n.kind == Kind::Num)
            || comparators_at(toks, k + 1).next().is_some()
            || any_at(toks, k + 1, lexicon::ABOUT).is_some())
}

/// Whether "còn" at `k` opens a parenthesis after a fall ("giảm 3% trở lên
/// (còn 7%)"): the level the fall leaves, read as the fall is.
fn level_after_a_fall(toks: &[Tok<'_>], k: usize, s: usize) -> bool {
    toks[k].is_word(lexicon::LEFT)
        && k > s
        && toks[k - 1].is_punct('(')
        && (k.saturating_sub(FALL_BEFORE_LEVEL).max(s)..k - 1)
            .any(|j| lexicon::DOWN_VERBS.contains(&toks[j].low.as_ref()))
}

/// The most words of a goal's name before the quarter it is for ("mục
/// tiêu tăng trưởng GRDP quý I": four).
const QUARTER_GOAL_NAME_REACH: usize = 5;
/// The most tokens back from a report's act to the passive marker before
/// it, past the acts listed with it ("được phát hiện, bắt giữ": three).
const PASSIVE_MARKER_REACH: usize = 4;
/// The most tokens of the clause before a passive act looked at for a
/// figure it would tell of.
const PASSIVE_NAME_REACH: usize = 16;

/// The most tokens between "còn" and the year its level is due by ("còn
/// 14‰ vào năm 2030").
const LEVEL_YEAR_REACH: usize = 6;

/// The most tokens between a verb of falling and the parenthesis that
/// gives the level it falls to ("giảm từ 1 - 2% (còn dưới 16%)").
const FALL_BEFORE_LEVEL: usize = 8;

/// The most tokens between a plan and the words that say it was set: a
/// relative clause, the setter or the plan's year ("chỉ tiêu mà Đại hội
/// trước đã đề ra").
const RELATIVE_REACH: usize = 10;

/// The most words of the verb a sentence may open on before "thêm"
/// ("Xây dựng thêm", "Tăng thêm").
const MORE_AFTER_VERB: usize = 2;

/// The most tokens before the comma of a day that opens a sentence ("Dịp
/// Quốc khánh 2/9/2026, ...": eight).
const DAY_OPENER: usize = 10;

/// Whether the sentence at `s` opens on a day of the calendar, or a month
/// of a year, then a comma ("Sáng 26/11, HĐND thành phố chất vấn ...",
/// "Dịp Quốc khánh 2/9/2026, tỉnh đón ...", "Tháng 10/2025, Ủy ban MTTQ
/// xã bàn giao ..."): news of an event. A deadline is no opener ("Đến ngày
/// 31/12/2026, ...", "Trước ngày 30/6, ...").
pub(super) fn opens_on_a_day(toks: &[Tok<'_>], s: usize, e: usize) -> bool {
    let head = toks.get(s).map(|t| t.low.as_ref());
    if head.is_some_and(|h| lexicon::DEADLINE_HEADS.contains(&h) || h == lexicon::BEFORE) {
        return false;
    }
    let Some(comma) = (s..e.min(s + DAY_OPENER + 1)).find(|&k| toks[k].is_punct(',')) else {
        return false;
    };
    let within = |k: usize, max: f64| whole_up_to(&toks[k], max);
    // "Tháng 10/2025, ..." opens on a month of a year as news does.
    (s..comma.saturating_sub(2)).any(|k| {
        let slash = toks[k + 1].is_punct('/') && toks[k + 2].glued;
        slash
            && (within(k, 31.0) && within(k + 2, 12.0)
                || k > s
                    && toks[k - 1].is_word(lexicon::MONTH)
                    && within(k, 12.0)
                    && quantity::is_year(&toks[k + 2]))
    })
}

/// Whether `t` is a whole number from 1 to `max`: a day (31) or a month
/// (12) of a date.
pub(super) fn whole_up_to(t: &Tok<'_>, max: f64) -> bool {
    // The value first: most numbers are out of range, and the count of
    // decimals scans the token's text.
    t.kind == Kind::Num && t.value.is_some_and(|v| (1.0..=max).contains(&v)) && t.frac_digits() == 0
}

/// The most tokens a document's number and code take before its date
/// ("Quyết định số 2145/QĐ-SGDĐT ngày 18/4/2026": six).
const DOCUMENT_CODE: usize = 6;

/// Whether the sentence at `s..e` names a day of the month anywhere
/// ("... xảy ra lúc 14h30 ngày 11/2/2026, làm 2 người chết", "Lễ hội diễn ra
/// từ ngày 12 đến 15/3/2026, thu hút ...", "... khánh thành ngày 19/8/2025"):
/// news of an event on that day, not a plan, which sets years and terms.
/// Not a deadline ("đến ngày 30/9", "trước ngày 31/12/2025", "chậm nhất
/// ngày 30/6") nor a document's date ("Quyết định số 1456/QĐ-UBND ngày
/// 12/6/2025", "Nghị quyết 57-NQ/TW ngày 22/12/2024").
pub(super) fn names_a_day(toks: &[Tok<'_>], s: usize, e: usize) -> bool {
    // From the numbers, fewer than the words: a kind test spares most
    // tokens the word comparison. Each number with the day word and the
    // word before it, read as a window of the sentence's tokens, with no
    // bounds check per token.
    toks.get(s..e).is_some_and(|sentence| {
        sentence.windows(3).enumerate().any(|(j, w)| {
            // A number of a day's size before the day word: only then are
            // its decimals counted (which scans its text).
            let day = &w[2];
            day.kind == Kind::Num
                && day.value.is_some_and(|v| (1.0..=31.0).contains(&v))
                && w[1].is_word(lexicon::DAY_OF_MONTH)
                && whole_up_to(day, 31.0)
                && !lexicon::DAY_DEADLINE_HEADS.contains(&w[0].low.as_ref())
                && !dated_document(toks, s + j + 1, s)
        })
    })
}

/// Whether the day at `k` dates a document: a number ("số") or a code in
/// capitals ("57-NQ/TW", "QĐ-UBND") just before it.
fn dated_document(toks: &[Tok<'_>], k: usize, s: usize) -> bool {
    let code = |t: &Tok<'_>| {
        t.kind == Kind::Word && t.raw.chars().count() >= 2 && !t.raw.chars().any(char::is_lowercase)
    };
    // "(theo Chỉ thị 12-CT/TU, ngày 13/2/2018 ...)": the code, then a comma.
    let before = if toks[k - 1].is_punct(',') && k - 1 > s {
        k - 2
    } else {
        k - 1
    };
    code(&toks[before])
        || (k.saturating_sub(DOCUMENT_CODE).max(s)..k).any(|j| {
            toks[j].is_word(lexicon::NUMBER_OF)
                && toks.get(j + 1).is_some_and(|n| n.kind == Kind::Num)
        })
}

/// Whether the word at `k` (of a sentence starting at `s`) tells where or
/// with what a passive verb was done ("Dự án được triển khai tại 4 huyện",
/// "được đầu tư với tổng kinh phí 900 tỷ đồng"): an event reported. Not
/// the things a rate counts ("Tỷ lệ chất thải được phân loại tại nguồn đạt
/// ít nhất 70%"), which a goal names as well as a report.
#[inline]
pub(super) fn passive_event(toks: &[Tok<'_>], k: usize, s: usize) -> bool {
    toks[k].kind == Kind::Word
        && lexicon::PASSIVE_EVENT_TAILS.contains(&toks[k].low.as_ref())
        && (k.saturating_sub(3).max(s)..k)
            .find(|&j| toks[j].is_word(lexicon::PASSIVE))
            .is_some_and(|j| {
                j + 1 < k
                    && (j + 1..k).all(|m| toks[m].kind == Kind::Word)
                    && !counted_by_a_rate(toks, j, s)
            })
}

/// Whether "hiện nay" or "hiện tại" at `k` dates the level a change
/// starts from ("nâng tỷ lệ ... từ 72% hiện nay lên 90%"), or what a
/// multiple is of ("quy mô nền kinh tế gấp đôi hiện nay"): the baseline
/// of a goal, not the present state told.
fn dates_a_baseline(toks: &[Tok<'_>], k: usize) -> bool {
    toks[k].is_word(lexicon::NOW)
        && (toks
            .get(k + 2)
            .is_some_and(|t| t.is_word(lexicon::UP) || t.is_word(lexicon::DOWN))
            || (k.saturating_sub(TIMES_REACH)..k).any(|j| toks[j].is_word(lexicon::TIMES)))
}

/// The most tokens between "gấp" and the baseline it multiplies ("gấp 2,5
/// lần hiện nay").
const TIMES_REACH: usize = 4;

/// Words a command of keeping may stand before the results it keeps
/// ("duy trì vững chắc kết quả").
const KEPT_RESULTS_REACH: usize = 4;

/// Words a rate may stand before what qualifies what it counts.
const RATE_QUALIFIER_REACH: usize = 20;

/// Where the words before `j` start, back to the clause's start past the
/// commas of what a rate or a count counts ("Tỷ lệ số hóa hồ sơ, | kết
/// quả ..."), within [`RATE_QUALIFIER_REACH`].
fn qualified_from(toks: &[Tok<'_>], j: usize, s: usize) -> usize {
    let floor = j.saturating_sub(RATE_QUALIFIER_REACH).max(s);
    (floor..j)
        .rev()
        .find(|&m| toks[m].kind != Kind::Word && !toks[m].is_punct(','))
        .map_or(floor, |m| m + 1)
}

/// Whether the words before `j` back to the clause's start name a rate
/// ("Tỷ lệ chất thải rắn sinh hoạt | được ...", "Phấn đấu tỷ lệ lấp đầy
/// các khu công nghiệp | đã ..."), past the commas of what it counts
/// ("Tỷ lệ số hóa hồ sơ, | kết quả giải quyết thủ tục"): what follows
/// qualifies what it counts.
fn counted_by_a_rate(toks: &[Tok<'_>], j: usize, s: usize) -> bool {
    (qualified_from(toks, j, s)..j).any(|m| any_at(toks, m, lexicon::RATE).is_some())
}

/// Whether the words before `j` back to the clause's start, past the
/// commas of what it counts, open on "số" ("số vụ phạm tội về ma túy được
/// phát hiện, | bắt giữ"): a count named, whose words qualify what it
/// counts.
fn opened_by_a_count(toks: &[Tok<'_>], j: usize, s: usize) -> bool {
    let start = qualified_from(toks, j, s);
    // Past the words of the year ("Hằng năm số vụ ...", "Hằng năm, số vụ
    // ...").
    let first = any_at(toks, start, lexicon::YEARLY_ANYWHERE).map_or(start, |(_, end)| {
        if toks.get(end).is_some_and(|t| t.is_punct(',')) {
            end + 1
        } else {
            end
        }
    });
    first < j && toks[first].is_word(lexicon::NUMBER_OF)
}

/// Whether the word at `k` tells a past inside a relative clause ("dữ liệu
/// mà người dùng đã cung cấp trước đó"): it qualifies a noun of the
/// sentence, and tells no result.
pub(super) fn past_in_a_relative(toks: &[Tok<'_>], k: usize, s: usize) -> bool {
    toks[k].is_word(lexicon::PAST)
        && (k.saturating_sub(lexicon::RELATIVE_SUBJECT_WORDS + 1).max(s)..k)
            .any(|j| toks[j].is_word(lexicon::RELATIVE))
}

/// Whether the word at `k` ends a mid-term ("Đến giữa nhiệm kỳ, ...").
#[inline]
fn midterm(toks: &[Tok<'_>], k: usize) -> bool {
    toks[k].is_word(lexicon::TERM_WORD)
        && lexicon::MIDTERM
            .iter()
            .any(|p| lexicon::phrase_ending_at(toks, k + 1, p).is_some())
}

/// Whether the word at `k` (of a sentence starting at `s`) is a title
/// before a person's full name ("ông Lò Văn Sơn", "Bà Trần Thị Lan"): two
/// capitalised words after a title written in lower case, or opening the
/// sentence ("Bà Rịa - Vũng Tàu" is a province, "đường Ông Ích Khiêm" a
/// street).
#[inline]
pub(super) fn person_named(toks: &[Tok<'_>], k: usize, s: usize) -> bool {
    let t = &toks[k];
    let capital = |j: usize| toks.get(j).is_some_and(Tok::is_capitalised);
    t.kind == Kind::Word
        && lexicon::PERSON_TITLES.contains(&t.low.as_ref())
        && (k == s || !capital(k))
        && capital(k + 1)
        && capital(k + 2)
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
    // "Tỷ lệ chia cổ tức dự kiến duy trì ở mức tối thiểu 16%": a floor or
    // a cap expected is a plan's; no result is expected so.
    let bounded = (end..toks.len().min(end + ESTIMATE_BOUND_REACH))
        .take_while(|&k| toks[k].kind == Kind::Word)
        .any(|k| lexicon::floor_or_cap_at(toks, k));
    !(lookalike || future || proposed || baseline || bounded)
}

/// How many words after an estimate a floor or a cap it expects may start.
const ESTIMATE_BOUND_REACH: usize = 6;

/// Whether "quyết định" at `k` is a body's decision ("HĐND tỉnh quyết
/// định ...", "Quốc hội đã quyết định ..."): a body's name or its tense
/// just before it, the verb lower case and no number after it. A decision's name
/// ("Quyết định số 1456"), one handed over ("trao quyết định chủ
/// trương đầu tư") or one that acts on whom it names ("quyết định công
/// nhận 10.945 hộ") sets nothing.
fn decided_by_a_body(toks: &[Tok<'_>], k: usize, s: usize) -> bool {
    let verb = !toks[k].is_capitalised()
        && !toks
            .get(k + 2)
            .is_some_and(|n| n.kind == Kind::Num || n.is_word(lexicon::NUMBER_OF))
        && !lexicon::DECISION_ACTS
            .iter()
            .any(|a| phrase_at(toks, k + 2, a).is_some());
    // The body's name ends right before the verb ("HĐND tỉnh", "Quốc
    // hội"), or a word of its tense does ("đã", "vừa", "sẽ").
    let after_subject = k.checked_sub(1).filter(|&p| p >= s).is_some_and(|p| {
        let t = &toks[p];
        t.kind == Kind::Word
            && (t.is_capitalised()
                || lexicon::ADMINISTRATIVE_UNITS.contains(&t.low.as_ref())
                || lexicon::DECISION_TENSES.contains(&t.low.as_ref())
                || (p.saturating_sub(BODY_WORDS).max(s)..p).any(|j| toks[j].is_capitalised())
                    && !lexicon::HANDED_OVER.contains(&t.low.as_ref()))
    });
    verb && after_subject
}

/// The most words between a body's name and its "quyết định" ("HĐND tỉnh
/// đã quyết định").
const BODY_WORDS: usize = 3;

/// The cues of one sentence, read in one pass (see [`Sentence::cues`]).
pub(in crate::extract) struct Cues {
    /// For each token, the nearest cue ending at or before it: `Some(true)`
    /// a goal cue, `Some(false)` a report.
    pub(super) nearest: Vec<Option<bool>>,
    /// For each token, whether a result-against-target phrase stands at or
    /// after it.
    pub(super) met_after: Vec<bool>,
    /// The sentence compares a figure with the year before, or with the
    /// start of the term it reviews.
    pub(super) year_on_year: bool,
    /// Where the sentence's last estimate or total brought to a level
    /// stands: the figures before it are results too ("GRDP tăng 7,5%, ước
    /// cả năm đạt ...", "kết nạp 326 đảng viên, nâng tổng số lên ...").
    pub(super) last_estimate: Option<usize>,
    /// Where the sentence's first locality fact ("dân số", "diện tích tự
    /// nhiên") starts.
    pub(super) first_fact: Option<usize>,
    /// Places in the sentence that rules of cue-less figures ask about,
    /// found on the first asking: a figure must not look along the whole
    /// sentence, which may run to thousands of tokens.
    pub(super) landmarks: Landmarks,
}

/// Places in a sentence found once, when a rule first asks (see
/// [`Cues::landmarks`]).
#[derive(Default)]
pub(in crate::extract) struct Landmarks {
    /// The first "cũ" after a unit merged away ("4 xã cũ").
    pub(super) first_former_unit: OnceCell<Option<usize>>,
    /// The last comma before a source cited ("..., theo số liệu của ...").
    pub(super) last_citation: OnceCell<Option<usize>>,
    /// The first place or body after a plain year ("Năm 2024, toàn
    /// tỉnh", "Năm 2024, Phú Quốc"), with where its narration ends: the
    /// first modal or later year after it.
    pub(super) narrated_whole: OnceCell<Option<(usize, Option<usize>)>>,
    /// Whether a goal cue stands anywhere in the sentence.
    pub(super) any_goal: OnceCell<bool>,
    /// The first day or month of a year that a stock or progress is told
    /// at ("Đến 31/12/2025, ...", "Tính đến hết tháng 11/2025, ..."): the
    /// token of its year, with the year and the month.
    pub(super) stock_date: OnceCell<Option<(usize, i32, u32)>>,
}

impl Sentence<'_, '_> {
    /// Whether the goal or the plan is told met at `k`, its value not
    /// restated in the clause ("bình quân 9,3%/năm, đạt mục tiêu nghị quyết
    /// đề ra;"), nor named by a purpose ("để đạt mục tiêu tăng trưởng
    /// 10%").
    fn goal_met_unstated(&self, k: usize) -> bool {
        let toks = self.toks;
        let Some(end) = lexicon::GOALS_MET
            .iter()
            .find_map(|p| phrase_at(toks, k, p))
        else {
            return false;
        };
        let purpose = k > self.s
            && lexicon::PURPOSES
                .iter()
                .any(|u| lexicon::phrase_ending_at(toks, k + 1, u) == Some(k - 1));
        // (Not how early: "... trước 02 năm".)
        let restated = (end..self.e)
            .take_while(|&j| !(toks[j].is_punct(',') || toks[j].is_punct(';')))
            .any(|j| {
                toks[j].kind == Kind::Num
                    && !quantity::is_year(&toks[j])
                    && !toks.get(j + 1).is_some_and(|n| n.is_word(lexicon::YEAR))
            });
        !purpose && !restated
    }
}

impl Cues {
    /// The reading the sentence ends on: its last cue.
    pub(in crate::extract) fn last(&self) -> Option<bool> {
        self.nearest.last().copied().flatten()
    }

    /// The cue nearest at or before the token `k` places past the
    /// sentence's start: `Some(true)` a goal cue, `Some(false)` a report.
    pub(in crate::extract) fn before(&self, k: usize) -> Option<bool> {
        self.nearest.get(k).copied().flatten()
    }

    /// Whether no cue, goal or report, stands in the sentence.
    pub(in crate::extract) fn none(&self) -> bool {
        self.nearest.iter().all(Option::is_none)
    }

    /// Whether a goal cue stands anywhere in the sentence, asked once.
    pub(in crate::extract) fn any_goal(&self) -> bool {
        *self
            .landmarks
            .any_goal
            .get_or_init(|| self.nearest.contains(&Some(true)))
    }

    /// Gives the tables back to the reader's room.
    pub(in crate::extract) fn give_back(self, room: &Room) {
        room.nearest.set(self.nearest);
        room.met_after.set(self.met_after);
    }
}

impl Sentence<'_, '_> {
    /// One pass over the sentence: for each token, the nearest cue ending at
    /// or before it (`Some(true)` a target cue, `Some(false)` a report), and
    /// whether a result-against-target phrase stands at or after it.
    pub(in crate::extract) fn cues(&self) -> Cues {
        let toks = self.toks;
        let n = self.e - self.s;
        let mut nearest = Room::take(&self.room.nearest);
        nearest.resize(n, None);
        let mut last = self.carried;
        // "hoàn thành 18/20 chỉ tiêu Nghị quyết" or "xác định 17 chỉ tiêu"
        // counts targets: the count and the name after it are no cue, so the
        // verb before them decides.
        // Where the last goal word that names the plan a share measures
        // ends.
        let mut against_end: Option<usize> = None;
        // Whether the sentence has counted targets met ("có 11/12 chỉ tiêu
        // đạt và vượt kế hoạch"): a quota named after it is one of them.
        let mut targets_met = false;
        // Where the last goal word a result is measured against ends.
        let mut measured_end: Option<usize> = None;
        // Where the name of the last plan told met ends ("đã hoàn thành
        // các chỉ tiêu").
        let mut met_plan_end: Option<usize> = None;
        // The reading before the name of the last plan measured.
        let mut before_measured: Option<bool> = None;
        // Whether a goal cue of this sentence has set a goal.
        let mut goal_here = false;
        let mut counted_end = None;
        // The reading before each open parenthesis: an aside holds its cues
        // to itself ("trên 500 tỷ USD (dự kiến đứng thứ 30), GDP ... 5.000 USD").
        let mut outside: Vec<Option<bool>> = Vec::new();
        let mut bases = Bases::default();
        let mut last_estimate = None;
        let mut first_fact = None;
        let norm = cites_a_norm(toks, self.s);
        if opens_on_a_day(toks, self.s, self.e) || names_a_day(toks, self.s, self.e) || norm {
            last = Some(false);
        }
        let laid_down = lays_down(toks, self.s, self.e);
        let measured_from = measured_from_the_opening(toks, self.s, self.e);
        // "Năm 2015, cả nước đón ... Tổng thu ... sẽ đạt 10 tỷ USD": a report
        // carried from the paragraph's past stops at what will be, and at a
        // floor or a cap to reach, which no report words so ("... đạt tối
        // thiểu 80%"); a norm's cap ("mỗi lớp không quá 35 học sinh") is
        // no level reached.
        let mut carried_report = last == Some(false) && self.carried == Some(false);
        let mut told_in_speech = false;
        let index = super::tagger::index();
        // The lists whose phrases, ending at a token, the pass reads.
        let cue_ends = TARGET_CUES.bit
            | REPORT_CUES.bit
            | lexicon::ESTIMATES.bit
            | lexicon::TOTALS_BROUGHT.bit
            | lexicon::CAUSES.bit;
        for k in self.s..self.e {
            let t = &toks[k];
            // Whether the token is a word the pass compares one by one: most
            // words are none of them, told by their id with no comparison.
            let compared = t.kind == Kind::Word && index.cue_pass_word(t.id);
            // Most tokens end no phrase the pass reads, start no fact, and
            // are no parenthesis nor a word it compares: the reading goes
            // on past them unchanged, told by their tags.
            if !carried_report
                && !compared
                && !t.is_punct('(')
                && !t.is_punct(')')
                && t.ends & cue_ends == 0
                && t.starts & LOCALITY_FACTS.bit == 0
                && laid_down != Some(k)
                && measured_from != Some(k)
            {
                nearest[k - self.s] = last;
                continue;
            }
            let floor_or_cap = || {
                k > self.s
                    && toks[k - 1].is_word(lexicon::REACH)
                    && lexicon::floor_or_cap_at(toks, k)
            };
            // "Cục ... cho biết, đến năm 2030, Việt Nam sẽ giảm 9% ...": what
            // is said goes by its own tense.
            if (carried_report || told_in_speech)
                && (toks[k].is_word(lexicon::FUTURE) || floor_or_cap())
            {
                last = None;
                carried_report = false;
                told_in_speech = false;
            }
            // "Tăng diện tích cây ăn quả lên 3.000 ha": an area to change is
            // no fact about the place.
            if first_fact.is_none()
                && any_at(toks, k, LOCALITY_FACTS).is_some()
                && !(k > self.s && subject::is_direction_verb(toks, k - 1).is_some())
                // "Ổn định diện tích cà phê khoảng 210.000 ha": one to keep, too.
                && any_ending_at(toks, k, lexicon::KEEP_VERBS).is_none()
            {
                first_fact = Some(k);
            }
            // "so với năm trước", or "hơn" governing its base with no "so
            // với" ("cao hơn năm trước 1,4 tạ/ha", "cao hơn năm 2025").
            if compared
                && (toks[k].is_word(lexicon::COMPARE) || toks[k].is_word(lexicon::MORE_THAN))
            {
                bases.note(toks, k);
            }
            if toks[k].is_punct('(') {
                outside.push(last);
            } else if toks[k].is_punct(')') {
                if let Some(before) = outside.pop() {
                    last = before;
                }
            } else if let Some(start) = any_ending_at(toks, k + 1, TARGET_CUES) {
                // Where the count before a counted cue starts: its number
                // or its quantifier ("33 chỉ tiêu", "một số chỉ tiêu").
                let count_start = lexicon::COUNTED_CUE_HEADS
                    .contains(&toks[start].low.as_ref())
                    .then(|| {
                        start
                            .checked_sub(1)
                            .filter(|&p| p >= self.s && toks[p].kind == Kind::Num)
                            .or_else(|| {
                                lexicon::COUNTING_QUANTIFIERS.iter().find_map(|q| {
                                    lexicon::phrase_ending_at(toks, start, q)
                                        .filter(|&b| b >= self.s)
                                })
                            })
                    })
                    .flatten();
                let counted = counted_end == Some(start) || count_start.is_some();
                // "vượt chỉ tiêu", "thấp hơn mục tiêu": a measure against the
                // goal, which a report and a goal both make; it sets neither.
                // "Sau 5 năm thực hiện Nghị quyết, ...": the document carried
                // out, which a report looks back on.
                // Past the documents listed before it, and how they were
                // carried out (asked only of a document's name).
                let carried_out = lexicon::DOCUMENTS
                    .iter()
                    .any(|d| phrase_at(toks, start, d) == Some(k + 1))
                    && {
                        let mut verb_end = start;
                        while verb_end > self.s
                            && (toks[verb_end - 1].is_punct(',')
                                || toks[verb_end - 1].is_word(lexicon::AND))
                        {
                            match lexicon::DOCUMENTS_LISTED
                                .iter()
                                .find_map(|d| lexicon::phrase_ending_at(toks, verb_end - 1, d))
                            {
                                Some(b) => verb_end = b,
                                None => break,
                            }
                        }
                        let verb_end = lexicon::MANNERS_CARRIED_OUT
                            .iter()
                            .find_map(|m| lexicon::phrase_ending_at(toks, verb_end, m))
                            .unwrap_or(verb_end);
                        any_ending_at(toks, verb_end, lexicon::CARRIED_OUT).is_some()
                    };
                // "đạt 102,8% kế hoạch", "vượt 3% so với chỉ tiêu Nghị
                // quyết": the plan a share or a comparison measures, at any
                // length. ("vượt mục tiêu Nghị quyết ...: giảm ..." goes on
                // to restate the goal.)
                let compared = (start.saturating_sub(2).max(self.s)..start)
                    .any(|p| toks[p].is_word(lexicon::COMPARE));
                // "có 18/20 chỉ tiêu đạt và vượt Nghị quyết đề ra": the plan
                // a count of targets met, at any length.
                // "đạt và vượt hầu hết các chỉ tiêu Nghị quyết": most of
                // them, or many.
                let met_end = any_ending_at(toks, start, lexicon::MANY_OF).unwrap_or(start);
                // Under a goal still, "đạt và vượt chỉ tiêu ..." is a target
                // to meet (see `governed` below), not one met.
                let met = last != Some(true)
                    && lexicon::phrase_ending_at(toks, met_end, lexicon::MET_IN_FULL).is_some();
                // "19% mức phấn đấu (15.500 tỷ đồng)": the share names the
                // level striven for, no goal.
                let level_head = start > self.s && toks[start - 1].is_word(lexicon::LEVEL);
                let share = start
                    .checked_sub(1 + usize::from(level_head))
                    .is_some_and(|p| p >= self.s && share_of_plan(toks, p))
                    || compared
                    || met
                    || against_end == Some(start);
                // "vượt mục tiêu đề ra", "thấp hơn kế hoạch đề ra": the words
                // that say the plan was set name it, as the plan measured.
                // "... chỉ tiêu mà Đại hội trước đã đề ra", "các chỉ tiêu
                // Nghị quyết Đại hội đề ra", "so với Nghị quyết năm 2021 đề
                // ra": the plan's setter or its year told before the words,
                // with no break and no new clause between.
                let relative = measured_end.is_some_and(|m| names_on(toks, m, start));
                let set_out = (measured_end == Some(start) || relative)
                    && lexicon::SET_OUT
                        .iter()
                        .any(|p| phrase_at(toks, start, p) == Some(k + 1));
                // "thành lập mới 110 doanh nghiệp, đạt chỉ tiêu so với kế
                // hoạch": the target reached, which names no goal; not one
                // to reach ("Để đạt mục tiêu ...", "phải đạt chỉ tiêu").
                let reached = start > self.s
                    && toks[start - 1].is_word(lexicon::REACH)
                    && self.met_as_told(start, k + 1);
                // "Thu ngân sách vượt kế hoạch.", "... đạt và vượt các chỉ
                // tiêu": a plan passed, or missed, with no figure measured
                // against it.
                let passed = lexicon::PLAN_PASSED.iter().any(|v| {
                    lexicon::phrase_ending_at(toks, met_end, v).is_some_and(|b| b > self.s)
                }) && self.met_as_told(met_end, k + 1);
                // "vượt mục tiêu Nghị quyết 0,36%": the plan's name goes on
                // to the excess over it; "..., vượt mục tiêu nghị quyết; 100%
                // trường học ...": or closes its clause. (To a verb, "vượt
                // mục tiêu Nghị quyết ...: giảm ..." restates the goal.)
                // Its setter may name it on ("vượt chỉ tiêu Nghị quyết đại
                // hội; 70 hộ ...").
                let named_on = measured_end == Some(start) && {
                    let close = (k + 1..self.e.min(k + 2 + SETTER_WORDS))
                        .find(|&j| {
                            toks[j].kind != Kind::Word || toks[j].starts & TARGET_CUES.bit != 0
                        })
                        .unwrap_or(self.e.min(k + 2 + SETTER_WORDS));
                    toks.get(close).is_none_or(|t| {
                        t.kind == Kind::Num && close == k + 1
                            || t.is_punct(';')
                            || t.is_punct(',')
                            || t.is_punct('.')
                    }) || close == self.e
                };
                // "hoàn thành vượt mức các chỉ tiêu ...": the verb may
                // govern the plan over a quantifier; "vượt dự toán tỉnh và
                // Nghị quyết HĐND giao": or over a plan measured before.
                let against = carried_out
                    || named_on
                    || any_ending_at(toks, met_end, RESULT_AGAINST).is_some()
                    || also_measured(toks, start, self.s)
                    || reached
                    || share
                    || set_out
                    || names_a_pairs_plan(toks, start, self.s)
                    || states_a_results_target(toks, start, self.s);
                if share {
                    against_end = Some(k + 1);
                }
                // "...; riêng chỉ tiêu thu hút đầu tư đạt 87%": after targets
                // counted as met, a quota names the indicator reported.
                let quota = any_at(toks, start, lexicon::QUOTAS)
                    .filter(|&(_, e)| e == k + 1)
                    .map(|(q, _)| q);
                let singled_out = quota.is_some_and(|q| {
                    targets_met
                        || q == lexicon::INDICATOR_QUOTA
                            && self.names_a_reported_indicator(start, k + 1, last)
                });
                targets_met |= met;
                if against {
                    // A new plan measured: the reading before its name.
                    if measured_end != Some(start) && !set_out {
                        before_measured = last;
                    }
                    measured_end = Some(k + 1);
                }
                // "vượt chỉ tiêu Nghị quyết đề ra; số hộ nghèo còn ...": the
                // words that say the plan was set close its name, and the
                // cues inside it ("Nghị quyết") set nothing after it. (With
                // no such close, "vượt mục tiêu Nghị quyết ...: giảm ..."
                // goes on to restate the goal.)
                if set_out {
                    last = before_measured;
                }
                // "..., đạt chỉ tiêu so với kế hoạch đề ra. Thu ngân sách đạt
                // 363 tỷ đồng": a target reached where no goal is set tells
                // results, and the sentences after go on telling them.
                if (reached || passed) && last.is_none() {
                    last = Some(false);
                }
                // "Chương trình mục tiêu quốc gia 1719": a programme's name;
                // "Sở Kế hoạch và Đầu tư": an office's; "Quyết định số
                // 1456": a decision's.
                let programme = lexicon::phrase_ending_at(toks, start, lexicon::PROGRAMME)
                    .is_some()
                    || lexicon::office_named_at(toks, start)
                    || lexicon::phrase_at(toks, start, lexicon::DECIDES) == Some(k + 1)
                        && !decided_by_a_body(toks, start, self.s);
                if counted {
                    counted_end = Some(k + 1);
                    // "Đại hội đã thông qua 33 chỉ tiêu chủ yếu. Trong đó,
                    // ...": targets adopted, which the items go on to set,
                    // however past the adopting is told.
                    // Targets counted and told met are a review's, whatever
                    // verb counts them ("dự kiến 18 chỉ tiêu đạt và vượt").
                    if met_by_count(toks, k + 1) {
                        last = Some(false);
                    } else if met_past_own_words(toks, k + 1, self.e) {
                        // "21/21 chỉ tiêu kinh tế - xã hội theo Nghị quyết
                        // HĐND tỉnh đều đạt và vượt kế hoạch": met past
                        // their name, which goes on naming the plan.
                        last = Some(false);
                        met_plan_end = Some(k + 1);
                    } else if count_start
                        .is_some_and(|c| count_met(toks, c, self.s, last == Some(true)))
                    {
                        // "đã hoàn thành vượt mức 17 chỉ tiêu chủ yếu Nghị
                        // quyết đề ra": met, and the plan named on after.
                        last = Some(false);
                        met_plan_end = Some(k + 1);
                    } else if count_start.is_some_and(|c| adopted_counted(toks, c, self.s))
                        || last != Some(false) && stated_after_count(toks, k + 1, self.e)
                    {
                        last = Some(true);
                    }
                } else if goal_met(toks, start, self.s, last == Some(true))
                    // "Nhiệm kỳ vừa qua, Đảng bộ ... hoàn thành các chỉ
                    // tiêu ...": under a report, met with no "đã".
                    || last == Some(false)
                        && met_verb_before(toks, start, self.s)
                        && self.met_as_told(start, k + 1)
                    || singled_out
                    || last != Some(true) && all_told_met(toks, start, k + 1, (self.s, self.e))
                    // "..., trong đó, có những chỉ tiêu đạt và vượt xa như:
                    // ...": under a report, targets told met past their name.
                    || last == Some(false)
                        && start > self.s
                        && toks[start - 1].starts & lexicon::PLURALS.bit != 0
                        && lexicon::COUNTED_CUE_HEADS.contains(&toks[start].low.as_ref())
                        && met_past_own_words(toks, k + 1, self.e)
                    // "hoàn thành mục tiêu với 2.010.720 lượt khách": met,
                    // with the figure it was met by, unless set to be met
                    // ("phấn đấu hoàn thành mục tiêu với ...").
                    || toks.get(k + 1).is_some_and(|t| t.is_word(lexicon::WITH))
                        && toks.get(k + 2).is_some_and(|t| t.kind == Kind::Num)
                        && lexicon::GOAL_MET_VERBS.iter().any(|v| {
                            lexicon::phrase_ending_at(toks, start, v).is_some_and(|at| {
                                at > self.s
                                    && any_ending_at(toks, at, TARGET_CUES).is_none()
                                    && !lexicon::MODALS.contains(&toks[at - 1].low.as_ref())
                            })
                        })
                {
                    last = Some(false);
                    met_plan_end = Some(k + 1);
                } else if met_plan_end.is_some_and(|m| names_on(toks, m, start)) {
                    // "đã hoàn thành các chỉ tiêu Nghị quyết Đại hội đề
                    // ra": the plan met goes on being named, no new goal.
                    met_plan_end = Some(k + 1);
                } else if !(against
                    || programme
                    || strived_in_the_past(toks, start, self.s)
                    || cue_named_only(toks, start, k + 1, self.s)
                    // "Theo Bộ tiêu chí ..., tỷ lệ ... phải đạt từ 90% trở
                    // lên": what a norm requires is its rule.
                    || norm && lexicon::MODALS.contains(&toks[start].low.as_ref()))
                {
                    last = Some(true);
                    goal_here = true;
                    // "... đạt và vượt kế hoạch và đề ra mục tiêu năm
                    // 2026 ...": a goal set anew singles out no target met.
                    targets_met = false;
                }
            } else if let Some(start) = any_ending_at(toks, k + 1, REPORT_CUES) {
                // "Các chỉ tiêu chủ yếu gồm: ...": listing goals is no report.
                // "Tỉnh quy hoạch diện tích ... đến năm 2020 là 79.218 ha,
                // gồm: ...": nor is breaking down a figure set for a deadline,
                // or one no cue has read yet, its parts listed after a colon
                // ("tổng chi sau điều chỉnh 216 tỷ đồng, gồm: ..."): they go
                // as their whole goes.
                let listing = toks[start].is_word(lexicon::LISTING)
                    && (last == Some(true)
                        || last.is_none()
                            && start >= self.s + 2
                            && toks[start - 1].is_punct(',')
                            && toks.get(k + 1).is_some_and(|t| t.is_punct(':'))
                            && figure_before(toks, start - 1, self.s).is_some()
                        // "Về kinh tế có 6 chỉ tiêu gồm: ...": the targets
                        // counted, listed, none told met; their name may go
                        // on first ("Một số chỉ tiêu chủ yếu gồm: ...", "20
                        // chỉ tiêu phát triển kinh tế - xã hội, gồm: ...").
                        || last.is_none()
                            && counted_end.is_some_and(|c| names_counted(toks, c, start))
                        || last.is_none()
                            && self.year_mentions().iter().any(|y| {
                                y.0 < start
                                    && lexicon::DEADLINE_HEADS.contains(&toks[y.0].low.as_ref())
                            }))
                    && !(start
                        .saturating_sub(lexicon::EACH_NAME_WORDS + 1)
                        .max(self.s)..start)
                        .any(|m| toks[m].is_word(lexicon::EACH));
                // "tỷ lệ nữ đại biểu HĐND đạt trên 35%": the people a share
                // counts, not the delegates of an event.
                // "nữ đại biểu hội đồng nhân dân các cấp từ 35% đến 40%":
                // women among them, a share of them a plan sets.
                let women = start > self.s && toks[start - 1].is_word(lexicon::WOMEN)
                    || toks.get(k + 1).is_some_and(|n| n.is_word(lexicon::WOMEN));
                let counted_people = lexicon::SHARED_PEOPLE
                    .iter()
                    .any(|p| phrase_at(toks, start, p) == Some(k + 1))
                    && (counted_by_a_rate(toks, start, self.s) || women)
                    && !lexicon::attending_at(toks, k + 1)
                    // "... sẽ có đại diện công đoàn tham gia": people a
                    // plan will have, not who speaks or attends.
                    || lexicon::SHARED_PEOPLE
                        .iter()
                        .any(|p| phrase_at(toks, start, p) == Some(k + 1))
                        && start >= self.s + 2
                        && toks[start - 1].is_word(lexicon::HAS)
                        && lexicon::MODALS.contains(&toks[start - 2].low.as_ref());
                // "Phấn đấu thành lập mới 2.000 doanh nghiệp": an action verb
                // a goal cue governs is the goal's content, not a report;
                // so are the results a goal keeps ("phấn đấu ... duy trì
                // kết quả giảm nghèo").
                // "phấn đấu 5 năm liền đạt trong sạch, vững mạnh": a streak
                // to keep.
                // "...; đạt và vượt chỉ tiêu giảm hộ nghèo; ...", "phấn đấu
                // thu ngân sách đạt và vượt dự toán": targets to meet, in a
                // goal, unless counted ("có 19/21 chỉ tiêu đạt và vượt").
                // "quán triệt Nghị quyết với sự tham gia của hơn 1,5 triệu
                // cán bộ": a phrase on "với" tells of the event the cue's
                // noun names, not what the cue sets.
                let governed = last == Some(true)
                    && !toks[start].is_word(lexicon::PAST)
                    && (any_ending_at(toks, start, TARGET_CUES).is_some()
                        && !toks[start].is_word(lexicon::WITH)
                        // A goal carried from the sentence before governs no
                        // judgement ("... thực hiện thắng lợi nhiều chỉ tiêu
                        // đề ra. Kinh tế tiếp tục tăng trưởng khá, ...").
                        || goal_here
                            && lexicon::EVALUATIONS
                                .iter()
                                .chain(lexicon::CHANGES_MANAGED)
                                .any(|p| phrase_at(toks, start, p) == Some(k + 1))
                        || lexicon::STREAKS
                            .iter()
                            .chain(lexicon::CUMULATIVE)
                            .any(|p| phrase_at(toks, start, p) == Some(k + 1))
                        || phrase_at(toks, start, lexicon::ALWAYS_REACHED) == Some(k + 1)
                        || any_ending_at(toks, start, lexicon::KEEP_VERBS).is_some()
                        || phrase_at(toks, start, lexicon::MET_IN_FULL) == Some(k + 1)
                            && counted_end.is_none_or(|c| c != start));
                // "Duy trì vững chắc kết quả phổ cập giáo dục; ...": the
                // results a command opening its clause keeps, no report.
                let kept_results = phrase_at(toks, start, lexicon::RESULTS) == Some(k + 1)
                    && (start.saturating_sub(KEPT_RESULTS_REACH).max(self.s)..start).any(|v| {
                        any_at(toks, v, lexicon::KEEP_VERBS).is_some()
                            && (v == self.s || toks[v - 1].kind == Kind::Punct)
                    });
                // "Phấn đấu tu bổ 40 di tích đã được xếp hạng", "100% thôn
                // của các xã đã đạt chuẩn được công nhận": "đã" right after
                // a goal's count noun, or a noun of many, says which things
                // it counts.
                let names_the_counted = last == Some(true)
                    && toks[start].is_word(lexicon::PAST)
                    && (counted_noun_before(toks, start, self.s)
                        || plural_noun_before(toks, start, self.s));
                // "Tỷ lệ lấp đầy các khu công nghiệp đã đi vào hoạt động đạt
                // trên 70%": the past qualifies what a rate counts; the
                // rate's own verb comes later, or its bound does ("... đã
                // hoạt động trên 80%").
                let bounds_a_figure = |m: usize| {
                    comparators_at(toks, m)
                        .any(|(_, e)| toks.get(e).is_some_and(|t| t.kind == Kind::Num))
                };
                let qualifies = toks[start].is_word(lexicon::PAST)
                    && counted_by_a_rate(toks, start, self.s)
                    && (k + 1..self.e)
                        .find(|&m| {
                            toks[m].kind != Kind::Word
                                || toks[m].is_word(lexicon::REACH)
                                || bounds_a_figure(m)
                        })
                        .is_some_and(|m| {
                            m > k + 1 && (toks[m].is_word(lexicon::REACH) || bounds_a_figure(m))
                        });
                // "Hằng năm số vụ phạm tội ... được phát hiện, bắt giữ tại
                // khu vực biên giới, ... tăng trên 3%": what a count named
                // by "số" counts, before a change bounded, which a plan
                // sets.
                let counts_named = !toks[start].is_word(lexicon::PAST)
                    && opened_by_a_count(toks, start, self.s)
                    && (k + 1..self.e)
                        .find(|&m| {
                            !(toks[m].kind == Kind::Word || toks[m].is_punct(','))
                                || bounds_a_figure(m)
                        })
                        .is_some_and(bounds_a_figure);
                // "Số vụ ... được phát hiện, bắt giữ hàng năm tăng 5%", "đối
                // tượng phạm tội bị bắt giữ": an act told in the passive, no
                // figure before it in its clause, names the things counted.
                let passive_named = || {
                    let clause = (self.s..start)
                        .rev()
                        .take_while(|&m| !toks[m].is_punct(';'))
                        .take(PASSIVE_NAME_REACH);
                    let marker = clause
                        .clone()
                        .take_while(|&m| toks[m].kind == Kind::Word || toks[m].is_punct(','))
                        .take(PASSIVE_MARKER_REACH)
                        .find(|&m| lexicon::PASSIVES.contains(&toks[m].low.as_ref()));
                    marker.is_some_and(|p| {
                        clause
                            .filter(|&m| m < p)
                            .take_while(|&m| !toks[m].is_punct(','))
                            .all(|m| toks[m].kind != Kind::Num)
                    })
                    // Not an act with its own amount ("bị phạt tiền từ 30
                    // đến 40 triệu đồng").
                    && !(toks.get(k + 1).is_some_and(|n| n.kind == Kind::Num)
                        || bounds_a_figure(k + 1)
                        || toks.get(k + 1).is_some_and(|n| n.is_word(lexicon::FROM))
                            && toks.get(k + 2).is_some_and(|n| n.kind == Kind::Num))
                };
                // "tỷ lệ thương mại hóa kết quả nghiên cứu": a result a rate
                // counts is the thing it measures.
                // So is a result a goal's verb handles ("100% hồ sơ được số
                // hóa, tái sử dụng kết quả"): the object of a word before it,
                // unless that word reaches or has them ("nhiều chỉ tiêu đạt
                // kết quả khả quan như: ...", "năm 2024 có kết quả khả quan
                // với ..."), which reports.
                let counted_result = lexicon::COUNTED_RESULTS
                    .iter()
                    .any(|p| phrase_at(toks, start, p) == Some(k + 1))
                    && (counted_by_a_rate(toks, start, self.s)
                        || last == Some(true)
                            && start > self.s
                            && toks[start - 1].kind == Kind::Word
                            && !toks[start - 1].is_word(lexicon::REACH)
                            && !toks[start - 1].is_word(lexicon::HAS));
                // "hộ dân vùng thường xuyên bị sạt lở": what befalls a place
                // as a rule names the kind of place.
                let habitual = lexicon::HABITUAL
                    .iter()
                    .any(|h| lexicon::phrase_ending_at(toks, start, h).is_some());
                // "sản phẩm có giá trị gia tăng cao": value added, no rise.
                let value_added =
                    lexicon::phrase_ending_at(toks, start, lexicon::VALUE_ADDED_HEAD).is_some();
                // "tăng 7,5% so với ước thực hiện năm 2025": the period a
                // plan compares with is its base, no report.
                // (Most report cues follow neither: the tags say so first.)
                let base = start > self.s
                    && (toks[start - 1].is_word(lexicon::WITH)
                        || toks[start - 1].ends & lexicon::ESTIMATES.bit != 0)
                    && {
                        let at = any_ending_at(toks, start, lexicon::ESTIMATES).unwrap_or(start);
                        // "so với", or "so" alone ("so ước thực hiện năm 2017").
                        lexicon::phrase_ending_at(toks, at, lexicon::COMPARED_WITH).is_some()
                            || at > self.s && toks[at - 1].is_word(lexicon::COMPARE)
                    };
                // "Phấn đấu ... cán mốc 12 tỷ USD": a mark to reach, under a
                // goal cue.
                let mark_to_reach = last == Some(true)
                    && lexicon::MARKS_REACHED
                        .iter()
                        .any(|m| phrase_at(toks, start, m) == Some(k + 1));
                // "60% lao động đã qua đào tạo": what things went through
                // names their kind.
                let kind_named = lexicon::KINDS_GONE_THROUGH
                    .iter()
                    .any(|p| phrase_at(toks, start, p).is_some());
                // "...; tính chung cả giai đoạn 2021 - 2030 đạt gần 8%": a
                // sum over a period still ahead is a plan's.
                let summed_ahead = phrase_at(toks, start, lexicon::SUMMED_UP) == Some(k + 1)
                    && super::dated::period_at(toks, k + 1)
                        .is_some_and(|(_, end, _)| super::year_ahead(end, self.published));
                if !(listing
                    || summed_ahead
                    || kind_named
                    || dates_a_baseline(toks, start)
                    || governed
                    || kept_results
                    || past_in_a_relative(toks, start, self.s)
                    || names_the_counted
                    || mark_to_reach
                    || counted_people
                    || qualifies
                    || counts_named
                    || passive_named()
                    || counted_result
                    || habitual
                    || value_added
                    || base)
                {
                    last = Some(false);
                    told_in_speech = lexicon::SPEECH
                        .iter()
                        .any(|p| phrase_at(toks, start, p) == Some(k + 1));
                }
            } else if let Some(start) = any_ending_at(toks, k + 1, lexicon::ESTIMATES) {
                // "Năm 2019, huyện phấn đấu ...; sản lượng lương thực dự kiến
                // đạt trên 53 nghìn tấn; ...": what a plan the sentence sets
                // expects is the plan's.
                // Not the funds it expects to spend ("kinh phí dự kiến
                // 1.250 tỷ đồng").
                let planned = goal_here
                    && phrase_at(toks, start, lexicon::PLANNED) == Some(k + 1)
                    && any_ending_at(toks, start, lexicon::FUNDS).is_none();
                // "Đảng bộ xã đặt mục tiêu ...; tổng giá trị sản xuất đến năm
                // 2030 ước đạt 2.900 tỷ đồng": an estimate for the deadline
                // of a plan the sentence sets is the plan's projection.
                // So is one of a goal the sentence sets for a term that
                // opens it and is not over ("Trong nhiệm kỳ 2025-2030, Đảng
                // bộ phường đề ra mục tiêu ..., với thu nhập bình quân đầu
                // người ước đạt 101 triệu đồng/năm").
                let term_ahead = || {
                    super::lead_period(toks, self.s)
                        .is_some_and(|(_, end, _)| !super::frame_is_past(end, self.published))
                };
                // So is one in a list of targets set for a year ahead
                // ("thống nhất mục tiêu năm 2026 với 32 chỉ tiêu chủ yếu,
                // trong đó ..., tổng vốn đầu tư phát triển ước đạt 168 nghìn
                // tỷ đồng").
                // Not the funds it expects to spend.
                let year_set_ahead = || {
                    any_ending_at(toks, start, lexicon::FUNDS).is_none()
                        && self.year_mentions().iter().any(|y| {
                            y.1 < start
                                && !super::dated::year_begun(y.2, self.published)
                                && self.governing_cue_in(self.s, y.0)
                        })
                };
                // "Theo dự thảo Quy hoạch ..., dự kiến tới năm 2030, tổng
                // công suất ... đạt 137,2 GW": what a plan named before
                // expects by a year ahead is its projection; a forecast
                // with no plan named ("Dự kiến đến năm 2030, dân số ...
                // khoảng 2,6 triệu người") is none.
                let by_a_year_ahead = || {
                    phrase_at(toks, start, lexicon::PLANNED) == Some(k + 1)
                        && (self.s..start).any(|j| {
                            lexicon::PLAN_DOCUMENTS
                                .iter()
                                .any(|d| phrase_at(toks, j, d).is_some())
                        })
                        && toks
                            .get(k + 1)
                            .is_some_and(|t| lexicon::BY.contains(&t.low.as_ref()))
                        && toks.get(k + 2).is_some_and(|t| t.is_word(lexicon::YEAR))
                        && toks.get(k + 3).is_some_and(|t| {
                            quantity::is_year(t)
                                && t.value
                                    .is_some_and(|y| super::year_ahead(y as i32, self.published))
                        })
                };
                // "Năm 2018, tỉnh đề ra một số mục tiêu chủ yếu: ...; GRDP
                // đầu người ước đạt 59,8 triệu đồng; ...": an item of a list
                // of goals a body sets.
                let item_of_goals_set = || {
                    (self.s..start)
                        .rev()
                        .find(|&j| toks[j].is_punct(':'))
                        .is_some_and(|colon| {
                            (self.s..colon).any(|j| {
                                lexicon::SETTING_A_PLAN
                                    .iter()
                                    .any(|v| phrase_at(toks, j, v).is_some())
                            })
                        })
                };
                // "Theo kế hoạch của ngành du lịch tỉnh, địa phương phấn đấu
                // đón ..., với tổng doanh thu ước đạt khoảng 77.000 tỉ
                // đồng": one in a sentence that opens on the plan it tells.
                // Not the funds it expects to spend.
                let plan_opens = || {
                    any_ending_at(toks, start, lexicon::FUNDS).is_none()
                        && (self.s..(self.s + PLAN_OPENING).min(start)).any(|j| {
                            lexicon::PLAN_DOCUMENTS
                                .iter()
                                .any(|d| phrase_at(toks, j, d).is_some())
                        })
                };
                let projected = goal_here
                    && last == Some(true)
                    && (named_deadline_ends_at(toks, start, self.s)
                        || term_ahead()
                        || year_set_ahead()
                        || item_of_goals_set()
                        || plan_opens())
                    || by_a_year_ahead();
                if !planned && !projected && estimate_reports(toks, start, k + 1) {
                    last = Some(false);
                    // The sentence's own estimate, not the report carried:
                    // "sẽ" after it ("Dự kiến ..., toàn tỉnh sẽ giải ngân
                    // 180,02 tỷ đồng") forecasts, it does not stop it.
                    carried_report = false;
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
                // "Năm 2026, tăng thêm 1.200 ha ...; nâng tổng số ... lên
                // 260": nor is one a year heading commands with no subject,
                // nor one after a verb that adds more, opening the sentence.
                && !self.year_commands()
                && !self.commands_more()
            {
                last = Some(false);
                if outside.is_empty() {
                    last_estimate = Some(k);
                }
            } else if compared
                && report_word(toks, k, self.s)
                && !(last == Some(true)
                    && (milestone(toks, k, self.s)
                        || level_to_reach(toks, k, self.s)
                        || share_kept_low(toks, k))
                    || level_after_a_fall(toks, k, self.s)
                    || self.level_by_a_year_ahead(k))
            {
                last = Some(false);
            } else if last != Some(true) && explains_a_change(toks, k, self.s) {
                // The figures before the change told with its cause are the
                // results it goes with ("đạt 8,1 triệu tấn, kim ngạch 4,2
                // tỷ USD, giảm 17% do giá ... giảm").
                last = Some(false);
                if outside.is_empty() {
                    last_estimate = Some(k);
                }
            } else if last != Some(true)
                && compared
                && (passive_event(toks, k, self.s)
                    || person_named(toks, k, self.s)
                    || midterm(toks, k)
                    || now_doing(toks, k, self.s)
                    || just_now(toks, k, (self.s, self.e)))
                && !self.led_by_deadline()
            {
                // A goal may well be done somewhere ("Phấn đấu mô hình được
                // nhân rộng tại 50 xã") or by the middle of a term: only a
                // sentence with no goal cue yet, and none a deadline leads
                // ("Đến năm 2030, tỷ lệ chất thải được phân loại tại nguồn
                // đạt 80%").
                last = Some(false);
            }
            if laid_down == Some(k) || measured_from == Some(k) {
                last = Some(false);
            }
            carried_report &= last == Some(false);
            told_in_speech &= last == Some(false);
            nearest[k - self.s] = last;
        }
        // "..., vượt chỉ tiêu Nghị quyết đề ra" and "..., bằng 108% dự toán":
        // a result measured against the target or the plan.
        let mut met_after = Room::take(&self.room.met_after);
        met_after.resize(n + 1, false);
        for k in (self.s..self.e).rev() {
            // Most tokens are none of a '%', a word the pass compares and
            // the start of a plan met: the flag after them holds.
            let t = &toks[k];
            let passed = match t.kind {
                Kind::Num => true,
                Kind::Word => !index.cue_pass_word(t.id),
                Kind::Punct => !t.raw.starts_with('%'),
            };
            if passed && t.starts & MET_TARGET.bit == 0 {
                // "đạt mục tiêu ..." after a figure: a goal met no tag marks,
                // asked of its one word.
                met_after[k - self.s] = met_after[k + 1 - self.s]
                    || (t.is_word(lexicon::REACH)
                        // Completed in a clause of its own: "100% xã hoàn
                        // thành chỉ tiêu giao quân" sets what the units do.
                        // (The comma first: most words follow none.)
                        || k > self.s
                            && toks[k - 1].is_punct(',')
                            && t.is_word(lexicon::COMPLETE_HEAD))
                        && self.goal_met_unstated(k);
                continue;
            }
            // Only a '%' or a "lần" may be one: the test here spares most
            // tokens a call. A floor on the share ("đạt trên 95% kế hoạch")
            // sets it; "gấp hơn 2 lần kế hoạch đề ra" is a multiple of it.
            let ratio_to_plan =
                toks[k].is_punct('%') && share_of_plan(toks, k) && !floored_share(toks, k)
                    || toks[k].kind == Kind::Word
                        && index.cue_pass_word(toks[k].id)
                        && toks[k].is_word(lexicon::TIMES_UNIT)
                        && k > self.s
                        && toks[k - 1].kind == Kind::Num
                        && any_at(toks, k + 1, SHARE_OF_PLAN).is_some();
            // "đạt và vượt 10.012 tấn": a floor to reach, no plan met.
            // "đạt chỉ tiêu 19.2 của tiêu chí số 19": an indicator named
            // by its code, what the units are to meet.
            let met = any_at(toks, k, MET_TARGET).is_some_and(|(p, e)| {
                (p != lexicon::MET_IN_FULL || toks.get(e).is_none_or(|t| t.kind != Kind::Num))
                    && !indicator_code_at(toks, e)
            });
            met_after[k - self.s] = met_after[k + 1 - self.s] || ratio_to_plan || met;
        }
        let year_on_year = self.year_on_year(bases);
        Cues {
            nearest,
            met_after,
            year_on_year,
            last_estimate,
            first_fact,
            landmarks: Landmarks::default(),
        }
    }

    /// Whether the quota "chỉ tiêu" from `start` to `end`, after a report,
    /// opens a clause on the indicator's name ("Theo báo cáo, chỉ tiêu tỷ
    /// lệ ... đạt 87%"): the indicator reported. A quota for a time ("chỉ
    /// tiêu năm 2026 ...", "chỉ tiêu đến năm 2030"), one that opens a list
    /// ("nội dung, chỉ tiêu như: ...") and a goal ("mục tiêu") move on to
    /// the plan.
    fn names_a_reported_indicator(&self, start: usize, end: usize, last: Option<bool>) -> bool {
        let toks = self.toks;
        let opens_clause =
            start == self.s || toks[start - 1].is_punct(',') || toks[start - 1].is_punct(';');
        last == Some(false)
            && opens_clause
            && toks.get(end).is_some_and(|t| {
                t.kind == Kind::Word
                    && !t.is_word(lexicon::YEAR)
                    && !lexicon::BY.contains(&t.low.as_ref())
                    && !lexicon::LIST_FOLLOWS.contains(&t.low.as_ref())
                    && any_at(toks, end, lexicon::PERIODS).is_none()
            })
    }

    /// Whether the sentence opens on a plain year and then commands a
    /// change with no subject ("Năm 2026, tăng thêm ...", "Trong năm 2027,
    /// nâng ..."): a plan for the year, as "Trong nhiệm kỳ, kết nạp ..."
    /// is one for the term; a report names who did it ("Năm 2025, toàn
    /// tỉnh có thêm ..."). A year before the article's date, where it is
    /// known, is the past whatever the words.
    fn year_commands(&self) -> bool {
        let toks = self.toks;
        let at = any_at(toks, self.s, lexicon::PERIOD_OPENERS).map_or(self.s, |(_, end)| end);
        let Some(year) = toks
            .get(at + 1)
            .filter(|t| toks[at].is_word(lexicon::YEAR) && t.kind == Kind::Num)
            .filter(|t| quantity::is_year(t))
            .and_then(|t| t.value)
        else {
            return false;
        };
        let past = self
            .published
            .is_some_and(|p| dated::year_reading(year as i32, p) == Some(Reading::Report));
        let command = lexicon::change_command_at(toks, at + 3);
        at + 3 < self.e && toks[at + 2].is_punct(',') && command && !past
    }

    /// Whether the sentence opens on a verb that adds more, then its figure
    /// ("Xây dựng thêm ba trường đạt chuẩn quốc gia, nâng tổng số lên 9/11
    /// trường"): a command with no subject, a plan's. A report names who
    /// did it or says it was done ("Xã đã xây dựng thêm ...").
    fn commands_more(&self) -> bool {
        let toks = self.toks;
        (self.s + 1..(self.s + MORE_AFTER_VERB + 1).min(self.e))
            .find(|&k| toks[k].is_word(lexicon::MORE))
            .is_some_and(|k| {
                (self.s..k).all(|j| {
                    toks[j].kind == Kind::Word
                        && any_at(toks, j, REPORT_CUES).is_none()
                        && any_at(toks, j, TARGET_CUES).is_none()
                }) && toks.get(k + 1).is_some_and(may_hold_quantity)
            })
    }

    /// Whether the sentence opens on a deadline ("Đến năm 2030, ...",
    /// "Đến cuối năm 2027: ..."): what it states is to be by then.
    fn led_by_deadline(&self) -> bool {
        self.year_mentions().iter().any(|y| {
            y.0 == self.s
                && lexicon::BY.contains(&self.toks[y.0].low.as_ref())
                && self.is_lead_in(y.0, y.1)
        })
    }

    /// Whether "còn" at `k` leaves a level due by a year still ahead
    /// ("tỷ suất chết ... giảm còn 14‰ vào năm 2030"): a plan's, no level
    /// left now.
    fn level_by_a_year_ahead(&self, k: usize) -> bool {
        let toks = self.toks;
        let ahead = |j: usize| {
            toks[j - 1].is_word(lexicon::YEAR)
                && quantity::is_year(&toks[j])
                && toks[j]
                    .value
                    .is_some_and(|y| super::year_ahead(y as i32, self.published))
        };
        // Or the year it is the level of, right before ("tỷ lệ hộ nghèo năm
        // 2030 còn 2%").
        toks[k].is_word(lexicon::LEFT)
            && ((k + 2..(k + LEVEL_YEAR_REACH).min(self.e)).any(ahead)
                || k >= self.s + 2 && ahead(k - 1))
    }

    /// How the sentence ends up reading, for the next one to carry: its last
    /// cue, or a report when a word makes the whole sentence one.
    /// "Có 31/32 chỉ tiêu ... hoàn thành và hoàn thành vượt mức kế hoạch.":
    /// a count of targets out of all of them reviews, whatever its verb; so
    /// does one of their groups ("hoàn thành và vượt 18/18 nhóm chỉ tiêu").
    pub(in crate::extract) fn reading(&self) -> Option<bool> {
        self.reading_at(false)
    }

    /// How the sentence reads its own figures, for the one before to look
    /// ahead to: the cue at the end of its last figure's clause ("Kinh tế
    /// số chiếm 25-30% GRDP ... – cho thấy hướng đi ..." comments on the
    /// figures after them, no report of them), or its last cue.
    pub(in crate::extract) fn reading_of_figures(&self) -> Option<bool> {
        self.reading_at(true)
    }

    fn reading_at(&self, at_figures: bool) -> Option<bool> {
        let toks = self.toks;
        let out_of_all = |k: usize| {
            let cue = if toks
                .get(k + 2)
                .is_some_and(|t| t.is_word(lexicon::GROUP_OF))
            {
                k + 3
            } else {
                k + 2
            };
            toks[k].is_punct('/')
                && k > self.s
                && toks[k - 1].kind == Kind::Num
                && toks.get(k + 1).is_some_and(|t| t.kind == Kind::Num)
                && any_at(toks, cue, TARGET_CUES)
                    .is_some_and(|_| lexicon::COUNTED_CUE_HEADS.contains(&toks[cue].low.as_ref()))
        };
        if (self.s..self.e)
            .any(|k| any_at(toks, k, SENTENCE_REPORT_CUES).is_some() || out_of_all(k))
        {
            return Some(false);
        }
        let cues = self.cues();
        // The end of the clause of the last figure: a cue within it
        // ("Đảng bộ 3 năm liền đạt ...") reads that figure.
        let last_clause_end = (self.s..self.e)
            .rev()
            .find(|&k| toks[k].kind == Kind::Num && !quantity::is_year(&toks[k]))
            .filter(|_| at_figures)
            .and_then(|k| {
                (k + 1..self.e)
                    .find(|&j| toks[j].is_punct(',') || toks[j].is_punct(';') || toks[j].is_dash())
            });
        let last = last_clause_end.map_or_else(|| cues.last(), |k| cues.nearest[k - self.s]);
        cues.give_back(self.room);
        last
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::token::tokenize;

    /// The cue pass compares only the words its index marks: every word
    /// a rule of the pass reads one by one must be marked.
    #[test]
    fn the_words_the_cue_pass_compares_are_marked() {
        let index = crate::extract::tagger::index();
        let text = "Còn Hà Nội còn 5%, 9 tháng đầu năm, quý III tăng 4%, thiếu 3 xã; \
                    Hiện toàn tỉnh có, hiện là 6%, tỉnh hiện quản lý 6 nhà máy, chỉ đạt 86%; \
                    Qua 5 năm, sau 10 năm, được triển khai tại 4 huyện, được đầu tư với 9 tỷ; \
                    ông Lò Văn Sơn, Bà Trần Thị Lan, giữa nhiệm kỳ, vừa tổ chức, sẽ đạt, \
                    so với năm trước, cao hơn năm 2025, gấp 2 lần kế hoạch; HIỆN, QUÝ, Vừa";
        let toks = tokenize(text);
        let mut read = 0;
        for k in 0..toks.len() {
            let t = &toks[k];
            let compared = report_word(&toks, k, 0)
                || passive_event(&toks, k, 0)
                || person_named(&toks, k, 0)
                || midterm(&toks, k)
                || now_doing(&toks, k, 0)
                || lexicon::CUE_PASS_WORDS
                    .iter()
                    .any(|words| words.iter().any(|w| t.is_word(w)));
            if compared {
                read += 1;
                assert!(
                    t.kind == Kind::Word && index.cue_pass_word(t.id),
                    "{:?}",
                    t.raw
                );
            }
        }
        assert!(read >= 20, "{read}");
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
        assert!(at("Hiện diện tích lúa toàn tỉnh khoảng 50.000 ha", "hiện"));
        assert!(!at("Hiện diện 50 doanh nghiệp tại hội chợ", "hiện"));
        assert!(at(
            "9 tháng đầu năm, thu ngân sách đạt 700 tỷ đồng",
            "tháng"
        ));
        assert!(at(
            "Trong hai tháng đầu năm, tổng thu ngân sách đạt 2.170 tỷ đồng",
            "tháng"
        ));
        assert!(!at("tháng 10 năm 2025", "tháng"));
        assert!(at("quý III, xuất khẩu tăng 4%", "quý"));
        assert!(at("Qua 5 năm thực hiện nghị quyết", "qua"));
        assert!(!at("lao động qua đào tạo đạt 70%", "qua"));
        assert!(at("tỷ lệ tiêm chủng chỉ đạt 86%", "chỉ"));
        assert!(!at("tỷ lệ có chứng chỉ đạt 40%", "chỉ"));
        assert!(!at("chỉ còn 2%", "chỉ"));
        assert!(at("đường sắt chỉ chiếm 0,5% thị phần", "chỉ"));
    }
}
