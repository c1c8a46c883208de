//! The shape of a sentence: parenthesis groups and list markers, the
//! quantities in it, which parenthesised ones stand (equivalents,
//! breakdowns, stated targets), and the items each quantity heads.
//!
//! Each step is a pure function of the sentence's tokens (`toks[s..e]`,
//! tagged), tested on its own below; [`Sentence::targets`] composes them.

use super::*;

/// The most tokens of a review column's label and its ':' ("Kết quả thực
/// hiện năm 2025:").
const COLUMN_LABEL_TOKENS: usize = 7;
/// The most words a place's name in an allocation list may take.
const ALLOCATION_NAME: usize = 5;

/// The parenthesis groups and numbered-list markers of a sentence: read
/// once from its tokens, then consulted by every rule that needs to know
/// what a token stands inside.
pub(super) struct Groups {
    /// For each token, the '(' holding it (the outermost one).
    pub group_of: Window<Option<usize>>,
    /// For each '(' that opens a group, its ')'.
    pub close_of: Window<Option<usize>>,
    /// The tokens of list markers ("(1)"), which open no group.
    pub markers: Window<bool>,
}

/// The token after the ':' of a review column's label at `k` (one of
/// `labels`, a year between allowed: "Kế hoạch năm 2025:", "Thực hiện:").
pub(super) fn column_label(toks: &[Tok<'_>], k: usize, labels: &[&str]) -> Option<usize> {
    // Most sentences have no ':' among their first words: the labels are
    // spared.
    toks.get(k..(k + COLUMN_LABEL_TOKENS).min(toks.len()))?
        .iter()
        .find(|t| t.is_punct(':'))?;
    let mut at = labels.iter().filter_map(|l| phrase_at(toks, k, l)).max()?;
    if toks.get(at).is_some_and(|t| t.is_word(lexicon::YEAR))
        && toks.get(at + 1).is_some_and(quantity::is_year)
    {
        at += 2;
    }
    toks.get(at)
        .is_some_and(|t| t.is_punct(':'))
        .then_some(at + 1)
}

/// The groups of the sentence `s..e` of `toks`.
pub(super) fn groups(toks: &[Tok<'_>], s: usize, e: usize) -> Groups {
    // Sized to the sentence (and a marker's two tokens past it), not the
    // text: a long text must not cost a text-sized table per sentence.
    let len = (e + 2).min(toks.len()).saturating_sub(s);
    if !toks[s..e].iter().any(|t| t.is_punct('(')) {
        return Groups {
            group_of: Window::uniform(s, None),
            close_of: Window::uniform(s, None),
            markers: Window::uniform(s, false),
        };
    }
    let mut group_of = Window::new(s, len, None);
    let mut close_of = Window::new(s, len, None);
    let mut markers = Window::new(s, len, false);
    let mut stack: Vec<usize> = Vec::new();
    for k in s..e {
        let t = &toks[k];
        if t.is_punct('(') {
            let is_marker = toks.get(k + 1).is_some_and(Tok::is_list_number)
                && toks.get(k + 2).is_some_and(|c| c.is_punct(')'))
                && stack.is_empty();
            if is_marker {
                markers[k] = true;
                markers[k + 1] = true;
                markers[k + 2] = true;
                continue;
            }
            stack.push(k);
        } else if t.is_punct(')') && !markers[k] {
            if let Some(o) = stack.pop() {
                if stack.is_empty() {
                    close_of[o] = Some(k);
                }
                group_of[k] = stack.first().copied().or(Some(o));
            }
            continue;
        }
        group_of[k] = stack.first().copied();
    }
    // An unclosed '(' opens no group: what follows stays at the top level.
    for g in group_of.items.iter_mut() {
        if g.is_some_and(|o| close_of[o].is_none()) {
            *g = None;
        }
    }
    Groups {
        group_of,
        close_of,
        markers,
    }
}

/// Where the modifiers before the number at `first` start ("đạt khoảng",
/// "giảm xuống dưới"), not before `floor`.
pub(super) fn chain_start(toks: &[Tok<'_>], first: usize, floor: usize) -> usize {
    let mut k = first;
    while k > floor {
        match any_ending_at(toks, k, CHAIN) {
            Some(st) if st >= floor => k = st,
            // "có tối thiểu có 1 doanh nghiệp": a floor on what there is to
            // be, past "có", which elsewhere tells what there is.
            _ if k > floor + 1
                && toks[k - 1].is_word(lexicon::HAS)
                && lexicon::floor_or_cap_ending_at(toks, k - 1) =>
            {
                k -= 1
            }
            _ => break,
        }
    }
    k
}

/// The quantities of the sentence `s..e`, each its own item for now,
/// pushed to `found` (the reader's room, empty).
pub(super) fn quantities(
    toks: &[Tok<'_>],
    s: usize,
    e: usize,
    groups: &Groups,
    found: &mut Vec<Found>,
) {
    let Groups {
        group_of, markers, ..
    } = groups;
    let mut k = s;
    while k < e {
        // Most tokens start no quantity: skip them without a call.
        if !quantity::may_start(&toks[k]) || markers[k] {
            k += 1;
            continue;
        }
        if dashed_marker(toks, s, k) {
            k += 2;
            continue;
        }
        // The readers in turn, the first that reads one wins. (Not a chain
        // of `or_else`: each link moved the quantity read, a copy of its
        // hundred-odd bytes, through a call.)
        let q = if let Some(q) = quantity::read_at(toks, k) {
            Some(q)
        } else if let Some(q) = quantity::read_words_at(toks, k) {
            Some(q)
        } else if let Some(q) = read_allocation(toks, k, found) {
            Some(q)
        } else if let Some(q) = read_labelled_part(toks, k, e, found, group_of) {
            Some(q)
        } else if let Some(q) = read_milestone(toks, k, found) {
            Some(q)
        } else {
            quantity::read_rated_indicator_at(toks, k, s)
        };
        match q {
            Some(q) if q.last < e => {
                k = q.last + 1;
                found.push(Found {
                    group: group_of[q.first],
                    q,
                    host: None,
                    whole: None,
                    item_start: s,
                    item_end: e,
                    consumed: false,
                    told: false,
                    pair_left: None,
                });
            }
            _ => k += 1,
        }
    }
}

/// "6- 80% xã đạt chuẩn ...; 7- ...": an item's number and a dash glued
/// to it, a space after, opening the sentence, a line or an item after
/// ';', mark the item, no range ("6 - 8%", "6-8%").
fn dashed_marker(toks: &[Tok<'_>], s: usize, k: usize) -> bool {
    let opens = k == s || toks[k].line_start || toks[k - 1].is_punct(';');
    opens
        && toks[k].is_list_number()
        && toks.get(k + 1).is_some_and(|d| d.is_dash() && d.glued)
        && toks.get(k + 2).is_some_and(|n| !n.glued)
}

/// A bare number in an allocation list ("Tam Kỳ 150 đảng viên mới; Hội
/// An 110; Điện Bàn 150", "...; phường Trần Phú 95; xã Thạch Hà 80"): an
/// item after ';' that is a name (capitalised, or a unit's kind before
/// one) and a number takes the unit of the list's last count.
fn read_allocation(toks: &[Tok<'_>], k: usize, found: &[Found]) -> Option<Quantity> {
    if toks[k].kind != Kind::Num {
        return None;
    }
    let like = found
        .last()
        .filter(|f| f.group.is_none() && f.q.class == UnitClass::Count)?;
    // The item: a ';' after the last figure, then only words to `k`.
    let floor = k.saturating_sub(ALLOCATION_NAME + 1).max(like.q.last + 1);
    let semi = (floor..k).rev().find(|&j| toks[j].kind != Kind::Word)?;
    let capital = |j: usize| toks.get(j).is_some_and(Tok::is_capitalised);
    // "; phường Trần Phú 95; xã Thạch Hà 80": a unit's kind in lower case
    // before its name names it too.
    let unit_named = toks
        .get(semi + 1)
        .is_some_and(|t| lexicon::ADMINISTRATIVE_UNITS.contains(&t.low.as_ref()))
        && capital(semi + 2);
    let named = toks[semi].is_punct(';') && (capital(semi + 1) || unit_named);
    if !named {
        return None;
    }
    quantity::read_elided_at(toks, k, &like.q)
}

/// A bare number labelled in the parenthesis right after a count ("là
/// 5.697 thanh niên (Lực lượng Quân đội 4.950, Lực lượng Công an 747)"):
/// a part of the count, named by a capitalised label, in its unit. `e`
/// ends the sentence.
fn read_labelled_part(
    toks: &[Tok<'_>],
    k: usize,
    e: usize,
    found: &[Found],
    group_of: &Window<Option<usize>>,
) -> Option<Quantity> {
    if toks[k].kind != Kind::Num {
        return None;
    }
    let open = group_of[k]?;
    let like = found
        .iter()
        .rev()
        .find(|f| f.group.is_none())
        .filter(|f| f.q.class == UnitClass::Count && f.q.last + 1 == open)?;
    // The label: words only since the '(' or the ',' before it.
    let floor = k.saturating_sub(ALLOCATION_NAME + 1).max(open);
    let sep = (floor..k).rev().find(|&j| toks[j].kind != Kind::Word)?;
    let labelled = (toks[sep].is_punct('(') || toks[sep].is_punct(','))
        && sep + 1 < k
        && toks[sep + 1].is_capitalised();
    if !labelled {
        return None;
    }
    // The parts add up to the count: not names numbered ("(Dự án 1, Dự
    // án 2)", "(Nghị quyết 57, Nghị quyết 68)").
    let parts: f64 = (open + 1..k + PARTS_REACH)
        .take_while(|&j| j < e && group_of[j] == Some(open))
        .filter(|&j| {
            toks[j].kind == Kind::Num
                && toks[j - 1].kind == Kind::Word
                && toks
                    .get(j + 1)
                    .is_some_and(|n| n.is_punct(',') || n.is_punct(')'))
        })
        .filter_map(|j| toks[j].value)
        .sum();
    if (parts - like.q.value).abs() > like.q.value * PARTS_ROUNDING {
        return None;
    }
    quantity::read_elided_at(toks, k, &like.q)
}

/// A bare number a later deadline gives after a figure ("tuổi thọ ...
/// đến năm 2025 là 76,8 tuổi, đến năm 2030 là 77"): the next milestone of
/// the same indicator, in its unit.
fn read_milestone(toks: &[Tok<'_>], k: usize, found: &[Found]) -> Option<Quantity> {
    if toks[k].kind != Kind::Num || k < 5 {
        return None;
    }
    let like = found.last().filter(|f| f.group.is_none())?;
    let milestone = (toks[k - 1].is_word(lexicon::IS) || toks[k - 1].is_word(lexicon::REACH))
        && quantity::is_year(&toks[k - 2])
        && toks[k - 3].is_word(lexicon::YEAR)
        && lexicon::BY.contains(&toks[k - 4].low.as_ref())
        && toks[k - 5].is_punct(',')
        && like.q.last < k - 5;
    if !milestone {
        return None;
    }
    quantity::read_elided_at(toks, k, &like.q)
}

/// How far past a labelled part its siblings are looked for.
const PARTS_REACH: usize = 40;
/// How far the labelled parts of a count may add up short of it or over
/// it, rounded.
const PARTS_ROUNDING: f64 = 0.005;

/// Where what follows the prices a figure is told at starts, past their
/// comma ("theo giá hiện hành, ...", "giá so sánh năm 2010, ..."); `at`
/// when none opens there.
fn priced_from(toks: &[Tok<'_>], at: usize) -> usize {
    let Some(mut end) = lexicon::PRICE_BASES
        .iter()
        .find_map(|p| lexicon::phrase_at(toks, at, p))
    else {
        return at;
    };
    if toks.get(end).is_some_and(|t| t.is_word(lexicon::YEAR))
        && toks.get(end + 1).is_some_and(quantity::is_year)
    {
        end += 2;
    }
    if toks.get(end).is_some_and(|t| t.is_punct(',')) {
        end + 1
    } else {
        at
    }
}

/// Keeps quantities in parentheses only as equivalents of the quantity
/// just before ("50% (8 xã)", "(tương đương 11.000 USD)"), sub-cases
/// ("(riêng ... 4%)") or stated targets ("(chỉ tiêu là 95%)", "mục tiêu ... (6,5 - 7%)").
pub(super) fn place_parentheses(
    toks: &[Tok<'_>],
    e: usize,
    found: &mut Vec<Found>,
    close_of: &Window<Option<usize>>,
) {
    // "98/120 xã, chiếm 81,7%": a share after a count out of a whole
    // restates it, as "98/120 xã (81,7%)" does.
    for i in 1..found.len() {
        let (count, share) = (&found[i - 1], &found[i]);
        let of_whole = count.q.of_whole(toks);
        let comma = count.q.last + 1;
        let right_after = of_whole
            && toks[comma].is_punct(',')
            && chain_start(toks, share.q.first, comma + 1) == comma + 1;
        // "14 xã được công nhận đạt chuẩn, chiếm 87,5%": a share that a
        // count's item ends on takes it up.
        // "..., đạt tỷ lệ 68%", "..., chiếm tỷ lệ 68%" say it as well.
        let verb_at = share
            .q
            .first
            .checked_sub(1)
            .map(|k| any_ending_at(toks, k + 1, lexicon::RATE).map_or(k, |st| st.max(1) - 1));
        let taken_up = count.q.class == UnitClass::Count
            && verb_at.is_some_and(|v| {
                v >= 1
                    && (toks[v].is_word(lexicon::TAKES_UP) || toks[v].is_word(lexicon::REACH))
                    && toks[v - 1].is_punct(',')
            })
            && (comma..share.q.first).all(|k| !toks[k].is_punct(';'));
        if (right_after || taken_up)
            && count.group.is_none()
            && share.group.is_none()
            && share.q.class == UnitClass::Percent
        {
            found[i].host = Some(i - 1);
        }
    }
    // Most sentences have no quantity in parentheses: all are kept, and
    // no index moves.
    if found.iter().all(|f| f.group.is_none()) {
        return;
    }
    let mut keep = vec![true; found.len()];
    for i in 0..found.len() {
        let Some(open) = found[i].group else { continue };
        let opener = toks.get(open + 1);
        // "60% xã đạt chuẩn nông thôn mới nâng cao (9 xã)": a count that
        // restates a share may follow the share's whole item.
        // "(tương đương 35 xã)" restates as a bare "(35 xã)" does, and so
        // does "(tương đương khoảng 36.000 người)".
        let restated_at = |k: usize| any_at(toks, k, lexicon::RESTATES).map_or(k, |(_, e)| e);
        let figure_at = restated_at(restated_at(open + 1));
        // "2.765 xã đạt chuẩn nông thôn mới (ít nhất 31%)": a share that
        // restates a count, its bound aside, likewise.
        let share_at = lexicon::comparators_at(toks, figure_at)
            .map(|(_, end)| end)
            .next()
            .unwrap_or(figure_at);
        // "20% diện tích đất rừng trồng (30.000 ha)": an area or another
        // measure restates a share as a count does.
        let count_of_share = |h: &Found| {
            let (inside, host) = match found[i].q.class {
                UnitClass::Count | UnitClass::Measure => (figure_at, UnitClass::Percent),
                UnitClass::Percent => (share_at, UnitClass::Count),
                _ => return false,
            };
            toks.get(inside).is_some_and(|t| t.kind == Kind::Num)
                && found[i].q.first == inside
                && h.q.class == host
                && (h.q.last + 1..open).all(|k| toks[k].kind == Kind::Word)
        };
        // "6.000 doanh nghiệp vào năm 2030 (...)": a deadline between leaves
        // the figure the parenthesis's host.
        // A comma before the parenthesis leaves it next to its host ("còn
        // dưới 30%, (bình quân giảm 4%/năm)").
        let next_to = |h: &Found| {
            h.q.last + 1 == open
                || h.q.last + 2 == open && toks[h.q.last + 1].is_punct(',')
                || h.q.last + 4 == open
                    && lexicon::DEADLINE_HEADS.contains(&toks[h.q.last + 1].low.as_ref())
                    && toks[h.q.last + 2].is_word(lexicon::YEAR)
                    && quantity::is_year(&toks[h.q.last + 3])
        };
        // "15 triệu lượt khách du lịch (khách quốc tế 2 triệu lượt)": the
        // host's noun may go on up to the parenthesis, for a part labelled.
        let named_before = |h: &Found| (h.q.last + 1..open).all(|k| toks[k].kind == Kind::Word);
        let host = found[..i]
            .iter()
            .rposition(|h| h.group.is_none() && (next_to(h) || count_of_share(h)));
        let part_host = host.or_else(|| {
            found[..i]
                .iter()
                .rposition(|h| h.group.is_none() && named_before(h))
        });
        // "là 38,62% (giảm 6,35%) đạt chỉ tiêu ... giao (4%)": the change a
        // level made, set right after against the target, is the result of
        // a pair; otherwise it only qualifies its host.
        // The change may open past the prices it is told at ("(theo giá
        // hiện hành, tăng từ 12,5 đến 13,5%/năm)").
        let verb = priced_from(toks, open + 1);
        let change_set_against = || {
            super::subject::is_direction_verb(toks, verb).is_some()
                && (verb + 1..found[i].q.first).all(|k| toks[k].kind == Kind::Word)
                && close_of[open].is_some_and(|close| {
                    let next = found.get(i + 1).map_or(e, |n| n.q.first);
                    (close + 1..next).any(|k| lexicon::stated_target_at(toks, k).is_some())
                })
        };
        // "3.100 tỷ đồng (tăng 40% so với cùng kỳ)": the change the host
        // makes, read as its host is; not its excess over a plan ("(tăng
        // 7,07% so với kế hoạch)").
        let change_of_host = || {
            super::subject::is_direction_verb(toks, verb).is_some()
                && !toks[verb].is_word(lexicon::EXCEED)
                && (verb + 1..found[i].q.first).all(|k| toks[k].kind == Kind::Word)
                && close_of[open].is_some_and(|close| {
                    !(open + 1..close).any(|k| {
                        any_at(toks, k, lexicon::SHARE_OF_PLAN).is_some()
                            || lexicon::stated_target_at(toks, k).is_some()
                    })
                })
        };
        // "tăng từ 50% trở lên (từ 120 triệu đến 130 triệu đồng/người/năm)":
        // a span the host comes to, in an amount of its own; not a start
        // ("(từ 5,2% năm 2020)").
        let span = opener.is_some_and(|t| t.is_word(lexicon::FROM))
            && found[i].q.first == open + 2
            && found[i].q.value_max.is_some();
        let restates = opener.is_some_and(|t| t.kind == Kind::Num)
            || span
            || any_at(toks, open + 1, lexicon::RESTATES).is_some()
            || share_at != figure_at && share_at == found[i].q.first
            || change_set_against()
            || change_of_host();
        let prev_main = found[..i].iter().rposition(|h| h.group.is_none());
        // "(trong đó: A: 2 con; B: 3 con)", "(riêng ...)", "15 thôn (gồm 9
        // thôn ... và 6 thôn ...)": the parts of the figure before.
        let broken_down = any_at(toks, open + 1, BREAKDOWNS).is_some()
            || any_at(toks, open + 1, lexicon::PARTS_LISTED).is_some()
                && prev_main.is_some_and(|p| found[p].q.unit == found[i].q.unit);
        // A breakdown, or an item of its own ("(hợp vệ sinh đạt 100%)"):
        // quantities of their own.
        let sub_case = broken_down
            || (open + 1..found[i].q.first).any(|k| toks[k].kind == Kind::Word)
                // "(... đạt trên 10%; ...)": past the figure's comparators.
                // "giảm 3% (còn 7%)": the level left after a fall, too.
                && (chain_start(toks, found[i].q.first, open + 1)..found[i].q.first).any(|p| {
                    toks[p].is_word(lexicon::REACH)
                        || toks[p].is_word(lexicon::IS)
                        || toks[p].is_word(lexicon::LEFT)
                        || toks[p].is_punct(':')
                })
            // "(mỗi huyện có ít nhất 1 sản phẩm)": a floor or a cap of its
            // own, past words of its own.
            || {
                let chain = chain_start(toks, found[i].q.first, open + 1);
                (open + 1..chain).any(|k| toks[k].kind == Kind::Word)
                    && (chain..found[i].q.first).any(|p| lexicon::floor_or_cap_at(toks, p))
            }
            || labelled_part(
                toks,
                &found[i],
                open,
                close_of[open],
                part_host.map(|h| &found[h]),
            );
        // The plan may be named by its abbreviation ("(KH tăng 10 - 11%)").
        let cue_inside = (open..found[i].q.first).any(|k| {
            any_at(toks, k, TARGET_CUES).is_some() || lexicon::stated_target_at(toks, k).is_some()
        });
        // "(64,5% so với kế hoạch là 65%)": a result and the target it is
        // set against, the whole pair inside.
        // ("(giảm 3% so với 1,8% kế hoạch giao)" after a share: two
        // figures of their own, no restatement of it.)
        let two_inside = found
            .iter()
            .filter(|g| g.group == Some(open))
            .nth(1)
            .is_some();
        let pair_inside = (host.is_none() || !restates && two_inside)
            && close_of[open].is_some_and(|close| {
                (found[i].q.last + 1..close).any(|k| lexicon::stated_target_at(toks, k).is_some())
            });
        // With no figure before, the goal the parenthesis gives the value of
        // ("đặt mục tiêu tăng trưởng GRDP (13-13,5%)"), in the same item.
        let cue_from = prev_main.map_or(found[i].item_start, |p| found[p].q.last + 1);
        let cue_before = (cue_from..open).any(|k| any_at(toks, k, TARGET_CUES).is_some())
            && (prev_main.is_some() || (cue_from..open).all(|k| !toks[k].is_punct(';')));
        if let Some(h) = host.filter(|_| restates) {
            found[i].host = Some(h);
        } else if let Some(w) = prev_main.filter(|&p| {
            // The whole is the item's last figure before the parenthesis.
            broken_down && (found[p].q.last + 1..open).all(|k| !toks[k].is_punct(';'))
        }) {
            found[i].whole = Some(w);
        } else if !(sub_case || cue_inside || cue_before || pair_inside) {
            keep[i] = false;
        }
        // Items inside a parenthesis end at its ')'; one that gives the
        // value of the goal named before it has its words there.
        let value_of_named_goal = prev_main.is_none()
            && cue_before
            && toks.get(open + 1).is_some_and(|t| t.kind == Kind::Num);
        if !value_of_named_goal {
            found[i].item_start = open + 1;
        }
        found[i].item_end = close_of[open].map_or(e, |c| c);
    }
    let mut it = keep.iter();
    found.retain(|_| *it.next().unwrap_or(&false));
    // Hosts were indices before filtering; re-point them.
    let mut map = Vec::new();
    let mut kept = 0;
    for k in &keep {
        map.push(kept);
        if *k {
            kept += 1;
        }
    }
    for f in found.iter_mut() {
        if let Some(h) = f.host {
            f.host = map.get(h).copied();
        }
        if let Some(w) = f.whole {
            f.whole = map.get(w).copied();
        }
    }
}

/// Whether a parenthesis holds just a label and a figure in the unit of
/// the quantity it follows: a part of it with its own figure ("trên 98%
/// (bảo hiểm xã hội tự nguyện 90%)"). A parenthesis opening on a verb or
/// a comparison ("(tăng 0,5% so với kế hoạch)", "(có công suất từ 10 m3
/// trở lên)") qualifies its host instead.
fn labelled_part(
    toks: &[Tok<'_>],
    f: &Found,
    open: usize,
    close: Option<usize>,
    host: Option<&Found>,
) -> bool {
    let Some(host) = host else { return false };
    // A list of parts ("(mầm non 80%, tiểu học 90%)"): each label starts
    // after the ',' or ';' before it.
    let from = (open + 1..f.q.first)
        .rev()
        .find(|&k| toks[k].is_punct(',') || toks[k].is_punct(';'))
        .map_or(open + 1, |k| k + 1);
    let label = from..f.q.first;
    let ends = close == Some(f.q.last + 1)
        || toks
            .get(f.q.last + 1)
            .is_some_and(|t| t.is_punct(',') || t.is_punct(';'));
    // In the host's unit, a narrower count ("15 triệu lượt khách (khách
    // quốc tế 2 triệu lượt)"), or a share of the host ("380.000 tỷ đồng
    // (vốn ngân sách chiếm khoảng 18%, ...)").
    let part_unit = host.q.unit == f.q.unit
        || host.q.class == f.q.class && host.q.unit.starts_with(f.q.unit.as_ref())
        || f.q.class == UnitClass::Percent && host.q.class != UnitClass::Percent;
    !label.is_empty()
        && ends
        && part_unit
        && label.clone().all(|k| toks[k].kind == Kind::Word)
        && !lexicon::CONDITION_HEADS.contains(&toks[open + 1].low.as_ref())
        && !lexicon::CONDITION_HEADS.contains(&toks[from].low.as_ref())
        // A label before the figure's modifiers ("vốn FDI khoảng 20%").
        && chain_start(toks, f.q.first, from) > from
        && label
            .clone()
            .all(|k| any_at(toks, k, REPORT_CUES).is_none())
}

/// Splits the sentence into items, one per quantity of the same level:
/// at ';' and list markers first, at ':' that ends a lead-in, then at the
/// last ',' (or "và") between two quantities.
pub(super) fn items(toks: &[Tok<'_>], s: usize, found: &mut [Found], groups: &Groups) {
    let Groups {
        group_of, markers, ..
    } = groups;
    for i in 0..found.len() {
        let level = found[i].group;
        let lo = found[i].item_start.max(s);
        let prev = found[..i]
            .iter()
            .rposition(|p| p.group == level && p.host.is_none())
            .map(|p| found[p].q.last);
        let floor = prev.map_or(lo, |p| (p + 1).max(lo));
        let chain_start = chain_start(toks, found[i].q.first, floor);
        let same_level = |k: usize| group_of[k] == level;
        let mut start = None;
        for k in (floor..found[i].q.first).rev() {
            if !same_level(k) {
                continue;
            }
            let t = &toks[k];
            if t.is_punct(';') || markers[k] || (t.is_punct(':') && k < chain_start) {
                start = Some(k + 1);
                break;
            }
        }
        if start.is_none()
            && let Some(p) = prev
        {
            // The previous number's noun phrase may hold commas ("95% cơ quan,
            // đơn vị hoàn thành ..., 80% ..."): split at the last comma. When it has
            // none ("là 12,5%, trong đó tỷ trọng dịch vụ, thương mại đạt"), the
            // commas after the first belong to this item: split at the first.
            let mut commas =
                (p + 1..found[i].q.first).filter(|&k| same_level(k) && toks[k].is_punct(','));
            let first_comma = commas.next();
            let last_comma = commas.next_back().or(first_comma);
            let prev_bare = first_comma.is_some_and(|c| {
                (p + 1..c).all(|k| {
                    !toks[k].kind.eq(&Kind::Word)
                        || any_at(toks, k, lexicon::BARE_VALUE_WORDS).is_some()
                })
            });
            let comma = if prev_bare { first_comma } else { last_comma };
            let and = (p + 1..found[i].q.first)
                .rev()
                .find(|&k| same_level(k) && toks[k].is_word(lexicon::AND));
            start = Some(comma.or(and).map_or(p + 1, |k| k + 1));
        }
        let start = start.unwrap_or(lo);
        found[i].item_start = start;
        if let Some(p) = found[..i]
            .iter()
            .rposition(|p| p.group == level && p.host.is_none())
            && found[i].host.is_none()
        {
            found[p].item_end = start.saturating_sub(1).max(found[p].q.last + 1);
        }
    }
}

impl Sentence<'_, '_> {
    /// Where the modifiers before a number start (see [`chain_start`]).
    pub(super) fn chain_start(&self, first: usize, floor: usize) -> usize {
        chain_start(self.toks, first, floor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::token::tokenize;

    /// The tokens of a whole text and their groups.
    fn grouped(text: &str) -> (Vec<Tok<'_>>, Groups) {
        let toks = tokenize(text);
        let g = groups(&toks, 0, toks.len());
        (toks, g)
    }

    #[test]
    fn a_group_is_its_outermost_parenthesis() {
        let (toks, g) = grouped("đạt 95% (trong đó (riêng) 90%) và 80%");
        let opens: Vec<usize> = (0..toks.len()).filter(|&k| toks[k].is_punct('(')).collect();
        let open = opens[0];
        let inside: Vec<&str> = (0..toks.len())
            .filter(|&k| g.group_of[k] == Some(open))
            .map(|k| toks[k].raw)
            .collect();
        assert_eq!(
            inside,
            ["(", "trong", "đó", "(", "riêng", ")", "90", "%", ")"]
        );
        let close = toks.iter().rposition(|t| t.is_punct(')'));
        assert_eq!(g.close_of[open], close);
        // The inner parenthesis closes no group of its own.
        assert_eq!(g.close_of[opens[1]], None);
        assert_eq!(g.group_of[toks.len() - 1], None);
    }

    #[test]
    fn list_markers_open_no_group() {
        let (toks, g) = grouped("(1) Thu ngân sách 900 tỷ đồng; (2) 95% xã");
        assert!(g.markers[0] && g.markers[1] && g.markers[2]);
        assert!((0..toks.len()).all(|k| g.group_of[k].is_none()));
        // Inside a group, "(2)" is a parenthesis like any other.
        let (toks, g) = grouped("95% xã (gồm (2) huyện)");
        let opens: Vec<usize> = (0..toks.len()).filter(|&k| toks[k].is_punct('(')).collect();
        assert!(!g.markers[opens[1]]);
        assert_eq!(g.group_of[opens[1] + 1], Some(opens[0]));
    }

    #[test]
    fn an_unclosed_parenthesis_opens_no_group() {
        let (toks, g) = grouped("đạt 95% (trong đó 90% xã");
        assert!((0..toks.len()).all(|k| g.group_of[k].is_none()));
        assert!((0..toks.len()).all(|k| g.close_of[k].is_none()));
        // A stray ')' closes nothing either.
        let (toks, g) = grouped("đạt 95%) xã 80%");
        assert!((0..toks.len()).all(|k| g.group_of[k].is_none()));
    }

    /// The values of a text's quantities and the words of the items they head.
    fn read_items(text: &str) -> Vec<(f64, String)> {
        let (toks, g) = grouped(text);
        let mut found = Vec::new();
        quantities(&toks, 0, toks.len(), &g, &mut found);
        place_parentheses(&toks, toks.len(), &mut found, &g.close_of);
        items(&toks, 0, &mut found, &g);
        found
            .iter()
            .map(|f| {
                let words: Vec<&str> = (f.item_start..f.item_end).map(|k| toks[k].raw).collect();
                (f.q.value, words.join(" "))
            })
            .collect()
    }

    #[test]
    fn list_markers_are_no_quantities() {
        let values: Vec<f64> = read_items("(1) Thu ngân sách 900 tỷ đồng; (2) 95% xã đạt chuẩn")
            .into_iter()
            .map(|(v, _)| v)
            .collect();
        assert_eq!(values, [900.0, 95.0]);
        // A number with a dash glued to it and a space after marks an item
        // too; spaced alike on both sides, or not at all, it is a range.
        let read = |text: &str| {
            read_items(text)
                .into_iter()
                .map(|(v, _)| v)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            read("6- 80% xã đạt chuẩn; 7- 45% hộ dùng nước sạch"),
            [80.0, 45.0]
        );
        assert_eq!(read("6 - 8% xã đạt chuẩn"), [6.0]);
        assert_eq!(read("6-8% xã đạt chuẩn"), [6.0]);
    }

    #[test]
    fn each_quantity_heads_its_own_item() {
        // ';' ends an item; the commas of a noun phrase do not.
        let read = read_items(
            "95% cơ quan, đơn vị hoàn thành tốt nhiệm vụ, 80% đảng viên đạt chuẩn; thu ngân sách 900 tỷ đồng",
        );
        let words: Vec<&str> = read.iter().map(|(_, w)| w.as_str()).collect();
        assert_eq!(
            words,
            [
                "95 % cơ quan , đơn vị hoàn thành tốt nhiệm vụ",
                "80 % đảng viên đạt chuẩn",
                "thu ngân sách 900 tỷ đồng",
            ]
        );
    }

    #[test]
    fn an_aside_without_a_cue_or_host_is_dropped() {
        // "(8 xã)" restates the share before it and stays, as its equivalent;
        // a count in an aside of its own ("(năm 2020 là 3 xã)") does not.
        let values = |text: &str| {
            read_items(text)
                .into_iter()
                .map(|(v, _)| v)
                .collect::<Vec<_>>()
        };
        assert_eq!(values("phấn đấu 50% (8 xã) đạt chuẩn"), [50.0, 8.0]);
        assert_eq!(
            values("phấn đấu 50% xã đạt chuẩn (năm 2020 có 3 xã)"),
            [50.0]
        );
    }

    #[test]
    fn a_chain_runs_back_over_modifiers_to_its_floor() {
        let toks = tokenize("tỷ lệ hộ nghèo giảm xuống dưới 2%");
        let num = toks.iter().position(|t| t.raw == "2").unwrap_or(0);
        let verb = toks.iter().position(|t| t.raw == "giảm").unwrap_or(0);
        let start = chain_start(&toks, num, 0);
        assert_eq!(start, verb);
        // Never below the floor.
        assert_eq!(chain_start(&toks, num, num), num);
    }
}
