//! The shape of a sentence: parenthesis groups and list markers, the
//! quantities in it, which parenthesised ones stand (equivalents,
//! breakdowns, stated targets), and the items each quantity heads.

use super::*;

/// The most words a place's name in an allocation list may take.
const ALLOCATION_NAME: usize = 5;

impl Sentence<'_, '_> {
    /// Parenthesis groups: for each token, the '(' holding it (outermost);
    /// for each '(', its ')'; and the numbered-list markers "(1)".
    pub(super) fn structure(&self) -> (Window<Option<usize>>, Window<Option<usize>>, Window<bool>) {
        // Sized to the sentence (and a marker's two tokens past it), not the
        // text: a long text must not cost a text-sized table per sentence.
        let len = (self.e + 2).min(self.toks.len()).saturating_sub(self.s);
        let mut group_of = Window::new(self.s, len, None);
        let mut close_of = Window::new(self.s, len, None);
        let mut markers = Window::new(self.s, len, false);
        let mut stack: Vec<usize> = Vec::new();
        for k in self.s..self.e {
            let t = &self.toks[k];
            if t.is_punct('(') {
                let is_marker = self.toks.get(k + 1).is_some_and(Tok::is_list_number)
                    && self.toks.get(k + 2).is_some_and(|c| c.is_punct(')'))
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
        (group_of, close_of, markers)
    }

    pub(super) fn read_quantities(
        &self,
        group_of: &Window<Option<usize>>,
        markers: &Window<bool>,
    ) -> Vec<Found> {
        let mut found = Vec::new();
        let mut k = self.s;
        while k < self.e {
            if markers[k] {
                k += 1;
                continue;
            }
            let q = quantity::read_at(self.toks, k)
                .or_else(|| quantity::read_words_at(self.toks, k))
                .or_else(|| self.read_allocation(k, &found));
            match q {
                Some(q) if q.last < self.e => {
                    k = q.last + 1;
                    found.push(Found {
                        group: group_of[q.first],
                        q,
                        host: None,
                        whole: None,
                        item_start: self.s,
                        item_end: self.e,
                        consumed: false,
                        pair_left: None,
                    });
                }
                _ => k += 1,
            }
        }
        found
    }

    /// A bare number in an allocation list ("Tam Kỳ 150 đảng viên mới; Hội
    /// An 110; Điện Bàn 150"): an item after ';' that is a name (capitalised)
    /// and a number takes the unit of the list's last count.
    fn read_allocation(&self, k: usize, found: &[Found]) -> Option<Quantity> {
        let toks = self.toks;
        if toks[k].kind != Kind::Num {
            return None;
        }
        let like = found
            .last()
            .filter(|f| f.group.is_none() && f.q.class == UnitClass::Count)?;
        // The item: a ';' after the last figure, then only words to `k`.
        let floor = k.saturating_sub(ALLOCATION_NAME + 1).max(like.q.last + 1);
        let semi = (floor..k).rev().find(|&j| toks[j].kind != Kind::Word)?;
        let named = toks[semi].is_punct(';')
            && toks
                .get(semi + 1)
                .filter(|t| t.kind == Kind::Word)
                .is_some_and(|t| t.raw.chars().next().is_some_and(char::is_uppercase));
        if !named {
            return None;
        }
        quantity::read_elided_at(toks, k, &like.q)
    }

    /// Keeps quantities in parentheses only as equivalents of the quantity
    /// just before ("50% (8 xã)", "(tương đương 11.000 USD)"), sub-cases
    /// ("(riêng ... 4%)") or stated targets ("(chỉ tiêu là 95%)", "mục tiêu ... (6,5 - 7%)").
    pub(super) fn place_parentheses(
        &self,
        found: &mut Vec<Found>,
        close_of: &Window<Option<usize>>,
    ) {
        let toks = self.toks;
        // "98/120 xã, chiếm 81,7%": a share after a count out of a whole
        // restates it, as "98/120 xã (81,7%)" does.
        for i in 1..found.len() {
            let (count, share) = (&found[i - 1], &found[i]);
            let of_whole = count.q.class == UnitClass::Count
                && count.q.achieved.is_none()
                && (count.q.first..count.q.last).any(|k| toks[k].is_punct('/'));
            let comma = count.q.last + 1;
            let right_after = of_whole
                && toks[comma].is_punct(',')
                && self.chain_start(share.q.first, comma + 1) == comma + 1;
            // "14 xã được công nhận đạt chuẩn, chiếm 87,5%": a share that a
            // count's item ends on takes it up.
            // "..., đạt tỷ lệ 68%", "..., chiếm tỷ lệ 68%" say it as well.
            let verb_at =
                share.q.first.checked_sub(1).map(|k| {
                    any_ending_at(toks, k + 1, lexicon::RATE).map_or(k, |st| st.max(1) - 1)
                });
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
        let mut keep = vec![true; found.len()];
        for i in 0..found.len() {
            let Some(open) = found[i].group else { continue };
            let opener = toks.get(open + 1);
            // "60% xã đạt chuẩn nông thôn mới nâng cao (9 xã)": a count that
            // restates a share may follow the share's whole item.
            let count_of_share = |h: &Found| {
                opener.is_some_and(|t| t.kind == Kind::Num)
                    && found[i].q.class == UnitClass::Count
                    && found[i].q.first == open + 1
                    && h.q.class == UnitClass::Percent
                    && (h.q.last + 1..open).all(|k| toks[k].kind == Kind::Word)
            };
            let host = found[..i]
                .iter()
                .rposition(|h| h.group.is_none() && (h.q.last + 1 == open || count_of_share(h)));
            let restates = opener.is_some_and(|t| t.kind == Kind::Num)
                || any_at(toks, open + 1, lexicon::RESTATES).is_some();
            // "(trong đó: A: 2 con; B: 3 con)", "(riêng ...)", or an item of its
            // own ("(hợp vệ sinh đạt 100%)"): quantities of their own.
            let sub_case = any_at(toks, open + 1, BREAKDOWNS).is_some()
                || (open + 1..found[i].q.first).any(|k| toks[k].kind == Kind::Word)
                    && found[i].q.first.checked_sub(1).is_some_and(|p| {
                        toks[p].is_word(lexicon::REACH)
                            || toks[p].is_word(lexicon::IS)
                            || toks[p].is_punct(':')
                    })
                || self.labelled_part(&found[i], open, close_of[open], host.map(|h| &found[h]));
            let cue_inside =
                (open..found[i].q.first).any(|k| any_at(toks, k, TARGET_CUES).is_some());
            let prev_main = found[..i].iter().rposition(|h| h.group.is_none());
            let cue_before = prev_main.is_some_and(|p| {
                (found[p].q.last + 1..open).any(|k| any_at(toks, k, TARGET_CUES).is_some())
            });
            if let Some(h) = host.filter(|_| restates) {
                found[i].host = Some(h);
            } else if let Some(w) = prev_main.filter(|&p| {
                // The whole is the item's last figure before the parenthesis.
                any_at(toks, open + 1, BREAKDOWNS).is_some()
                    && (found[p].q.last + 1..open).all(|k| !toks[k].is_punct(';'))
            }) {
                found[i].whole = Some(w);
            } else if !(sub_case || cue_inside || cue_before) {
                keep[i] = false;
            }
            // Items inside a parenthesis end at its ')'.
            found[i].item_start = open + 1;
            found[i].item_end = close_of[open].map_or(self.e, |c| c);
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
        &self,
        f: &Found,
        open: usize,
        close: Option<usize>,
        host: Option<&Found>,
    ) -> bool {
        let toks = self.toks;
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
        !label.is_empty()
            && ends
            && host.q.unit == f.q.unit
            && label.clone().all(|k| toks[k].kind == Kind::Word)
            && !lexicon::CONDITION_HEADS.contains(&toks[open + 1].low.as_ref())
            && !lexicon::CONDITION_HEADS.contains(&toks[from].low.as_ref())
            && self.chain_start(f.q.first, open + 1) == f.q.first
            && label
                .clone()
                .all(|k| any_at(toks, k, REPORT_CUES).is_none())
    }

    /// Splits the sentence into items, one per quantity of the same level:
    /// at ';' and list markers first, at ':' that ends a lead-in, then at the
    /// last ',' (or "và") between two quantities.
    pub(super) fn items(
        &self,
        found: &mut [Found],
        markers: &Window<bool>,
        group_of: &Window<Option<usize>>,
    ) {
        let toks = self.toks;
        for i in 0..found.len() {
            let level = found[i].group;
            let lo = found[i].item_start.max(self.s);
            let prev = found[..i]
                .iter()
                .rposition(|p| p.group == level && p.host.is_none())
                .map(|p| found[p].q.last);
            let floor = prev.map_or(lo, |p| (p + 1).max(lo));
            let chain_start = self.chain_start(found[i].q.first, floor);
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
                let commas: Vec<usize> = (p + 1..found[i].q.first)
                    .filter(|&k| same_level(k) && toks[k].is_punct(','))
                    .collect();
                let prev_bare = commas.first().is_some_and(|&c| {
                    (p + 1..c).all(|k| {
                        !toks[k].kind.eq(&Kind::Word)
                            || any_at(toks, k, lexicon::BARE_VALUE_WORDS).is_some()
                    })
                });
                let comma = if prev_bare {
                    commas.first()
                } else {
                    commas.last()
                }
                .copied();
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

    /// Where the modifiers before a number start ("đạt khoảng", "giảm xuống dưới").
    pub(super) fn chain_start(&self, first: usize, floor: usize) -> usize {
        let mut k = first;
        while k > floor {
            match any_ending_at(self.toks, k, CHAIN) {
                Some(st) if st >= floor => k = st,
                _ => break,
            }
        }
        k
    }
}
