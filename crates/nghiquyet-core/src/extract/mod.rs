//! Finding targets in text.
//!
//! The reader works in four layers, each in its own module:
//!
//! 1. [`token`]: words, Vietnamese numbers ("45.799", "6,5") and punctuation;
//! 2. [`quantity`]: the quantity grammar (number, range, pair, unit, per);
//! 3. this module, the clause grammar: sentences, items ("A; B, C"),
//!    whether a number is a target or a report, its bound, deadline, term,
//!    baseline, achieved/target pairs and parenthetical equivalents;
//! 4. [`subject`]: what is measured and the condition on it.
//!
//! The words each layer reads are in [`lexicon`].

pub(crate) mod lexicon;
mod quantity;
mod reader;
mod subject;
mod tagger;
mod token;

use lexicon::{
    ABOUT, BREAKDOWNS, CHAIN, COMPARATORS, DONE_AFTER, LOCALITY_FACTS, MET_TARGET, REPORT_CUES,
    RESULT_AGAINST, SENTENCE_REPORT_CUES, SHARE_OF_PLAN, STATED_TARGET, TARGET_CUES, any_at,
    any_ending_at, phrase_at,
};
use quantity::{Quantity, UnitClass};
use token::{Kind, Tok};

pub use reader::TargetReader;

use crate::{Bound, Span, Target, Term};

/// Every target stated in `text`, in order, with spans into `text`.
///
/// `text` may be a whole article body or a single clause; it should be
/// [`normalize`](crate::normalize)d. Reported results, delegate counts,
/// dates, document numbers and the like are left out.
///
/// ```
/// use nghiquyet_core::{extract_targets, Bound};
///
/// let targets = extract_targets(
///     "Đến năm 2030: tỷ lệ hộ nghèo giảm bình quân 1-1,5%/năm; 85% xã đạt chuẩn nông thôn mới.",
/// );
/// assert_eq!(targets.len(), 2);
/// let t = &targets[0];
/// assert_eq!((t.value, t.value_max, t.bound), (1.0, Some(1.5), Bound::DecreaseBy));
/// assert_eq!((t.per.as_deref(), t.deadline_year), (Some("năm"), Some(2030)));
/// assert_eq!(targets[1].subject.as_deref(), Some("xã"));
/// assert_eq!(targets[1].criterion.as_deref(), Some("đạt chuẩn nông thôn mới"));
/// ```
pub fn extract_targets(text: &str) -> Vec<Target> {
    TargetReader::new(text).collect()
}

/// Whether a token may start a quantity: a number, or a word that reads as
/// one ("hai con số", "không còn", "một"). Most sentences have none: the
/// reader skips them before tagging.
fn may_hold_quantity(t: &Tok<'_>) -> bool {
    t.kind == Kind::Num
        || t.kind == Kind::Word
            && (t.low == "không" || lexicon::NUMERAL_WORDS.contains(&t.low.as_ref()))
}

/// A quantity found in a sentence, with where it stands.
#[derive(Debug, Clone)]
struct Found {
    q: Quantity,
    /// The '(' of the parenthesis holding it, if any.
    group: Option<usize>,
    /// For an equivalent in parentheses ("50% (8 xã)"), the quantity it restates.
    host: Option<usize>,
    item_start: usize,
    item_end: usize,
    /// Set when this quantity is the achieved half of a pair.
    consumed: bool,
    /// For the target half of a pair, the achieved half's subject tokens.
    pair_left: Option<(usize, usize)>,
}

struct Sentence<'t, 'a> {
    text: &'t str,
    toks: &'a [Tok<'t>],
    s: usize,
    e: usize,
    terms: &'a reader::Terms,
    /// The reading carried from the previous sentence ("Cụ thể, ..." goes on
    /// with it): `Some(false)` a report, `Some(true)` a goal.
    carried: Option<bool>,
}

/// A per-token table for one sentence, indexed by the token's position in
/// the whole text.
struct Window<T> {
    base: usize,
    items: Vec<T>,
}

impl<T: Clone> Window<T> {
    fn new(base: usize, len: usize, fill: T) -> Self {
        Window {
            base,
            items: vec![fill; len],
        }
    }
}

impl<T> std::ops::Index<usize> for Window<T> {
    type Output = T;

    fn index(&self, k: usize) -> &T {
        &self.items[k - self.base]
    }
}

impl<T> std::ops::IndexMut<usize> for Window<T> {
    fn index_mut(&mut self, k: usize) -> &mut T {
        &mut self.items[k - self.base]
    }
}

impl Sentence<'_, '_> {
    fn targets(&self, prev_subject: &mut Option<String>, out: &mut Vec<Target>) {
        let toks = self.toks;
        let (group_of, close_of, markers) = self.structure();
        if (self.s..self.e).any(|k| any_at(toks, k, SENTENCE_REPORT_CUES).is_some()) {
            return;
        }
        // "gấp 1,7 lần so năm 2015" compares a result with the past, unless the
        // sentence states a goal ("phấn đấu", "Đến năm 2030, ...").
        if (self.s..self.e).any(|k| toks[k].is_word("gấp")) {
            let goal = (self.s..self.e).any(|k| any_at(toks, k, TARGET_CUES).is_some())
                || self
                    .year_mentions()
                    .iter()
                    .any(|y| self.is_lead_in(y.0, y.1));
            if !goal {
                return;
            }
        }
        let mut found = self.read_quantities(&group_of, &markers);
        if found.is_empty() {
            return;
        }
        self.place_parentheses(&mut found, &close_of);
        self.items(&mut found, &markers, &group_of);
        self.pairs(&mut found);
        self.transitions(&mut found);
        let years = self.year_mentions();
        let first_main = found
            .iter()
            .find(|f| f.group.is_none())
            .map_or(self.e, |f| f.q.first);
        let cues = self.cues();
        let mut emitted: Vec<(usize, Target)> = Vec::new();
        for (idx, f) in found.iter().enumerate() {
            if f.consumed || !self.is_target(f, &cues, &group_of) {
                continue;
            }
            let inherited = emitted
                .last()
                .map(|(_, t)| t.bound)
                .filter(|b| !matches!(b, Bound::Exact | Bound::Range));
            let mut target = self.build(f, &years, first_main, inherited, &group_of);
            if let Some(h) = f.host {
                // An equivalent shares its host's subject and deadline, and
                // its reading: it restates a report as a report.
                let Some((_, ht)) = emitted.iter().find(|(i, _)| *i == h) else {
                    continue;
                };
                target.subject = ht.subject.clone();
                target.deadline_year = target.deadline_year.or(ht.deadline_year);
                target.span = ht.span;
                target.text = ht.text.clone();
            }
            emitted.push((idx, target));
        }
        self.share_subjects(&found, &mut emitted, prev_subject);
        out.extend(emitted.into_iter().map(|(_, t)| t));
    }

    /// Parenthesis groups: for each token, the '(' holding it (outermost);
    /// for each '(', its ')'; and the numbered-list markers "(1)".
    fn structure(&self) -> (Window<Option<usize>>, Window<Option<usize>>, Window<bool>) {
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
                let is_marker = self.toks.get(k + 1).is_some_and(|n| {
                    n.kind == Kind::Num && n.raw.len() <= 2 && !n.raw.contains([',', '.'])
                }) && self.toks.get(k + 2).is_some_and(|c| c.is_punct(')'))
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

    fn read_quantities(
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
            let q =
                quantity::read_at(self.toks, k).or_else(|| quantity::read_words_at(self.toks, k));
            match q {
                Some(q) if q.last < self.e => {
                    k = q.last + 1;
                    found.push(Found {
                        group: group_of[q.first],
                        q,
                        host: None,
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

    /// Keeps quantities in parentheses only as equivalents of the quantity
    /// just before ("50% (8 xã)", "(tương đương 11.000 USD)"), sub-cases
    /// ("(riêng ... 4%)") or stated targets ("(chỉ tiêu là 95%)", "mục tiêu ... (6,5 - 7%)").
    fn place_parentheses(&self, found: &mut Vec<Found>, close_of: &Window<Option<usize>>) {
        let toks = self.toks;
        let mut keep = vec![true; found.len()];
        for i in 0..found.len() {
            let Some(open) = found[i].group else { continue };
            let host = found[..i]
                .iter()
                .rposition(|h| h.group.is_none() && h.q.last + 1 == open);
            let opener = toks.get(open + 1);
            let restates = opener.is_some_and(|t| t.kind == Kind::Num)
                || any_at(toks, open + 1, &["tương đương", "tức", "khoảng", "hay"]).is_some();
            // "(trong đó: A: 2 con; B: 3 con)", "(riêng ...)", or an item of its
            // own ("(hợp vệ sinh đạt 100%)"): quantities of their own.
            let sub_case = any_at(toks, open + 1, BREAKDOWNS).is_some()
                || (open + 1..found[i].q.first).any(|k| toks[k].kind == Kind::Word)
                    && found[i].q.first.checked_sub(1).is_some_and(|p| {
                        toks[p].is_word("đạt") || toks[p].is_word("là") || toks[p].is_punct(':')
                    });
            let cue_inside =
                (open..found[i].q.first).any(|k| any_at(toks, k, TARGET_CUES).is_some());
            let prev_main = found[..i].iter().rposition(|h| h.group.is_none());
            let cue_before = prev_main.is_some_and(|p| {
                (found[p].q.last + 1..open).any(|k| any_at(toks, k, TARGET_CUES).is_some())
            });
            if let Some(h) = host.filter(|_| restates) {
                found[i].host = Some(h);
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
        }
    }

    /// Splits the sentence into items, one per quantity of the same level:
    /// at ';' and list markers first, at ':' that ends a lead-in, then at the
    /// last ',' (or "và") between two quantities.
    fn items(&self, found: &mut [Found], markers: &Window<bool>, group_of: &Window<Option<usize>>) {
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
                            || any_at(toks, k, &["trở lên", "trở", "lên", "năm", "hằng", "hàng"])
                                .is_some()
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
                    .find(|&k| same_level(k) && toks[k].is_word("và"));
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
    fn chain_start(&self, first: usize, floor: usize) -> usize {
        let mut k = first;
        while k > floor {
            match any_ending_at(self.toks, k, CHAIN) {
                Some(st) if st >= floor => k = st,
                _ => break,
            }
        }
        k
    }

    /// Achieved/target pairs across a cue: "đạt 97,3% (chỉ tiêu là 95%)",
    /// "đạt 91,6%, theo Nghị quyết 90% trở lên", "hơn 2 tỷ USD, vượt mục tiêu là 1,8 tỷ USD".
    fn pairs(&self, found: &mut [Found]) {
        for i in 1..found.len() {
            let (a, b) = (&found[i - 1], &found[i]);
            if a.q.achieved.is_some()
                || b.q.achieved.is_some()
                || a.q.unit != b.q.unit
                || b.host.is_some()
            {
                continue;
            }
            let between = a.q.last + 1..b.q.first;
            let cue = between
                .clone()
                .any(|k| any_at(self.toks, k, STATED_TARGET).is_some());
            // "..., vượt mục tiêu và 10% ...": "và" starts another item.
            let split = between
                .clone()
                .any(|k| self.toks[k].is_punct(';') || self.toks[k].is_word("và"));
            if cue && !split {
                let v = a.q.value;
                let start = a.item_start;
                let left = (start, self.chain_start(a.q.first, start));
                found[i - 1].consumed = true;
                found[i].q.achieved = Some(v);
                found[i].item_start = start;
                found[i].pair_left = Some(left);
            }
        }
    }

    /// "giảm từ 8,5% xuống còn 3%": the value a change starts from is its
    /// baseline, not a target. With a year on that value ("từ 8,5% năm 2015
    /// xuống còn 3,2% năm 2020") and no goal cue in the sentence, the change
    /// is a report on the past, and its end is no target either.
    fn transitions(&self, found: &mut [Found]) {
        let toks = self.toks;
        let goal = (self.s..self.e).any(|k| any_at(toks, k, TARGET_CUES).is_some());
        for i in 1..found.len() {
            let (a, b) = (&found[i - 1], &found[i]);
            let from = a.q.first > self.s && toks[a.q.first - 1].is_word("từ");
            let between = a.q.last + 1..b.q.first;
            // "lên" of "trở lên" is a bound, not a change.
            let to = between.clone().any(|k| {
                toks[k].is_word("xuống") || toks[k].is_word("lên") && !toks[k - 1].is_word("trở")
            });
            let split = between
                .clone()
                .any(|k| toks[k].is_punct(';') || toks[k].is_punct(':'));
            let single = a.q.value_max.is_none() && a.q.own_bound.is_none();
            if !(from && to && single && !split && a.q.unit == b.q.unit) {
                continue;
            }
            // A year on either end ("từ 8,5% năm 2015", "xuống 3% năm 2019")
            // or "đầu nhiệm kỳ" dates the change in the past.
            let year_after = |q: &Quantity| {
                toks.get(q.last + 1).is_some_and(|t| t.is_word("năm"))
                    && toks.get(q.last + 2).is_some_and(|t| t.kind == Kind::Num)
            };
            let dated = year_after(&a.q)
                || year_after(&b.q)
                || (a.q.last + 1..b.q.first).any(|k| phrase_at(toks, k, "đầu nhiệm kỳ").is_some());
            found[i - 1].consumed = true;
            if dated && !goal {
                found[i].consumed = true;
            }
        }
    }

    /// Whether a quantity is a target: the nearest cue before it decides;
    /// plan-fulfilment ratios and two-decimal shares without a cue are reports.
    /// One pass over the sentence: for each token, the nearest cue ending at
    /// or before it (`Some(true)` a target cue, `Some(false)` a report), and
    /// whether a result-against-target phrase stands at or after it.
    fn cues(&self) -> (Vec<Option<bool>>, Vec<bool>) {
        let toks = self.toks;
        let n = self.e - self.s;
        let mut nearest = vec![None; n];
        let mut last = self.carried;
        // "hoàn thành 18/20 chỉ tiêu Nghị quyết" or "xác định 17 chỉ tiêu"
        // counts targets: the count and the name after it are no cue, so the
        // verb before them decides.
        let mut counted_end = None;
        for k in self.s..self.e {
            if let Some(start) = any_ending_at(toks, k + 1, TARGET_CUES) {
                let counted = counted_end == Some(start)
                    || matches!(toks[start].low.as_ref(), "chỉ" | "mục")
                        && start
                            .checked_sub(1)
                            .is_some_and(|p| p >= self.s && toks[p].kind == Kind::Num);
                // "vượt chỉ tiêu", "thấp hơn mục tiêu": a measure against the
                // goal, which a report and a goal both make; it sets neither.
                let against = any_ending_at(toks, start, RESULT_AGAINST).is_some();
                if counted {
                    counted_end = Some(k + 1);
                } else if !against {
                    last = Some(true);
                }
            } else if let Some(start) = any_ending_at(toks, k + 1, REPORT_CUES) {
                // "Các chỉ tiêu chủ yếu gồm: ...": listing goals is no report.
                let listing = toks[start].is_word("gồm") && last == Some(true);
                if !listing {
                    last = Some(false);
                }
            } else if self.is_report_word(k) {
                last = Some(false);
            }
            nearest[k - self.s] = last;
        }
        // "..., vượt chỉ tiêu Nghị quyết đề ra" and "..., bằng 108% dự toán":
        // a result measured against the target or the plan.
        let mut met_after = vec![false; n + 1];
        for k in (self.s..self.e).rev() {
            let ratio_to_plan =
                toks[k].is_punct('%') && any_at(toks, k + 1, SHARE_OF_PLAN).is_some();
            met_after[k - self.s] =
                met_after[k + 1 - self.s] || ratio_to_plan || any_at(toks, k, MET_TARGET).is_some();
        }
        (nearest, met_after)
    }

    fn is_target(
        &self,
        f: &Found,
        cues: &(Vec<Option<bool>>, Vec<bool>),
        group_of: &Window<Option<usize>>,
    ) -> bool {
        let toks = self.toks;
        let q = &f.q;
        // An achieved/target pair states its target (rule 6), whatever
        // words compare the two.
        if q.achieved.is_some() && (f.group.is_some() || f.pair_left.is_some()) {
            return true;
        }
        let after = q.last + 1;
        if any_at(toks, after, SHARE_OF_PLAN).is_some() {
            return false;
        }
        let (nearest, met_after) = cues;
        if met_after.get(q.last + 1 - self.s).copied().unwrap_or(false) {
            return false;
        }
        // "51% đã hoàn thành", "(30%) đã được công nhận": done, not to do.
        let level = f.group;
        if (after..=f.item_end.min(self.e.saturating_sub(1)))
            .take_while(|&k| !toks[k].is_punct(';'))
            .any(|k| group_of[k] == level && any_at(toks, k, DONE_AFTER).is_some())
        {
            return false;
        }
        let before = q.first.checked_sub(1).filter(|&k| k >= self.s);
        if let Some(cue) = before.and_then(|k| nearest[k - self.s]) {
            return cue;
        }
        // "Huyện có 21 xã, thị trấn với 45.000 hộ dân": without a cue, a count
        // after "có", "với" or "gồm" describes what there is, not a goal.
        let chain_start = self.chain_start(q.first, f.item_start);
        let existential = chain_start
            .checked_sub(1)
            .filter(|&k| k >= self.s)
            .is_some_and(|k| matches!(toks[k].low.as_ref(), "có" | "với" | "gồm"));
        // A comparator ("có ít nhất 3 huyện", "có trên 500 doanh nghiệp") or a
        // trailing "trở lên" sets a threshold: that is a goal, not a description.
        let compared = q.own_bound.is_some()
            || (chain_start..q.first).any(|k| {
                COMPARATORS
                    .iter()
                    .any(|(p, _)| phrase_at(toks, k, p).is_some())
            });
        if q.class == UnitClass::Count && existential && !compared && q.achieved.is_none() {
            return false;
        }
        // "có diện tích tự nhiên 112 km2, dân số 22.000 người": what a place
        // is, not what it aims at (a goal cue before would have decided).
        let fact = (f.item_start.max(chain_start.saturating_sub(3))..chain_start)
            .any(|k| any_ending_at(toks, k + 1, LOCALITY_FACTS).is_some());
        if fact {
            return false;
        }
        // A share restated as a count ("6,25% (1 xã)") is exact by nature.
        let restated = toks.get(q.last + 1).is_some_and(|t| t.is_punct('('))
            && toks.get(q.last + 2).is_some_and(|t| t.kind == Kind::Num);
        // A threshold ("từ 78,75% trở lên") or a deadline is a goal's.
        let dated = (f.item_start..q.first).any(|k| {
            toks[k].is_word("năm")
                && toks
                    .get(k + 1)
                    .is_some_and(|n| n.kind == Kind::Num && n.raw.len() == 4)
        });
        let reported_share = q.unit == "%"
            && !restated
            && !compared
            && !dated
            && q.frac_digits >= 2
            && q.value >= 1.0
            && q.achieved.is_none();
        !reported_share
    }

    /// How the sentence ends up reading, for the next one to carry: its last
    /// cue, or a report when a word makes the whole sentence one.
    fn reading(&self) -> Option<bool> {
        if (self.s..self.e).any(|k| any_at(self.toks, k, SENTENCE_REPORT_CUES).is_some()) {
            return Some(false);
        }
        self.cues().0.last().copied().flatten()
    }

    fn is_report_word(&self, k: usize) -> bool {
        let toks = self.toks;
        let t = &toks[k];
        let prev = k.checked_sub(1).map(|p| toks[p].low.as_ref());
        match t.low.as_ref() {
            // "còn" of a result ("còn 5,8%"), not "xuống còn" or "không còn".
            // "còn dưới 2%" is a level to reach.
            "còn" => {
                !matches!(prev, Some("xuống" | "không"))
                    && any_at(toks, k + 1, &["dưới", "không quá", "tối đa"]).is_none()
            }
            // A period of months or a quarter: "9 tháng", "quý III".
            "tháng" => k > self.s && toks[k - 1].kind == Kind::Num,
            "quý" => true,
            // "Qua 5 năm", "sau 10 năm thực hiện": a look back.
            "qua" | "sau" => {
                toks.get(k + 1).is_some_and(|n| n.kind == Kind::Num)
                    && toks
                        .get(k + 2)
                        .is_some_and(|n| n.is_word("năm") || n.is_word("tháng"))
            }
            _ => false,
        }
    }

    /// Years that may be deadlines: "(đến) năm 2025", "đến 2015", "vào năm 2030";
    /// not baselines ("so với năm 2020"), periods, or dates. Gives (phrase start, year token, year).
    fn year_mentions(&self) -> Vec<(usize, usize, i32)> {
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
            if self.terms.covers(t.start, t.end) {
                continue;
            }
            if toks.get(k + 1).is_some_and(|n| n.is_dash()) {
                continue;
            }
            let word = |i: usize| {
                k.checked_sub(i)
                    .filter(|&j| j >= self.s)
                    .map(|j| toks[j].low.as_ref())
            };
            let mut start;
            match word(1) {
                Some("năm") => {
                    start = k - 1;
                    match word(2) {
                        Some("so" | "với" | "sánh" | "từ" | "đầu" | "giữa") => continue,
                        Some("cuối" | "hết") => {
                            if matches!(word(3), Some("đến" | "tới")) {
                                start = k - 3;
                            } else {
                                continue;
                            }
                        }
                        Some("đến" | "tới" | "vào" | "cả") => start = k - 2,
                        _ => {}
                    }
                    if k >= 3 && toks[k - 3].is_word("tháng") {
                        continue;
                    }
                    if k >= 3 && toks[k - 3].is_word("hướng") {
                        start = k - 3;
                    }
                }
                Some("đến" | "tới") => start = k - 1,
                _ => continue,
            }
            out.push((start, k, year as i32));
        }
        out
    }

    fn build(
        &self,
        f: &Found,
        years: &[(usize, usize, i32)],
        first_main: usize,
        inherited: Option<Bound>,
        group_of: &Window<Option<usize>>,
    ) -> Target {
        let toks = self.toks;
        let q = &f.q;
        let chain_start = self.chain_start(q.first, f.item_start);
        let chain: Vec<usize> = (chain_start..q.first).collect();
        let chain_has = |list: &[&str]| chain.iter().any(|&k| any_at(toks, k, list).is_some());
        // Direction verb: the nearest one before the number, in the item.
        // In a pair the verbs compare the result with the target ("vượt xa mục tiêu").
        let direction = (f.item_start..q.first)
            .filter(|_| f.pair_left.is_none())
            .rev()
            .filter(|&k| f.group.is_some() || group_of[k].is_none())
            .find_map(|k| subject::is_direction_verb(toks, k));
        // The comparator nearest the number, read as the longest phrase ending
        // at each word: "không dưới 90%" is at least, not below.
        let comparator = chain.iter().rev().find_map(|&k| {
            COMPARATORS
                .iter()
                .find(|(p, _)| any_ending_at(toks, k + 1, &[p]).is_some_and(|st| st >= chain_start))
                .map(|(_, b)| *b)
        });
        let level = chain.iter().any(|&k| {
            (toks[k].is_word("xuống") || toks[k].is_word("còn"))
                && !(k > 0 && toks[k - 1].is_word("không"))
        });
        // "lần lượt đạt khoảng 45%, 35%": a bare list value shares the modifiers before the list.
        // A value after ";" starts a new item and inherits nothing.
        let listed = chain.is_empty()
            && (f.item_start..q.first).all(|k| toks[k].is_punct(',') || toks[k].is_word("và"))
            && q.first
                .checked_sub(1)
                .is_some_and(|p| toks[p].is_punct(',') || toks[p].is_word("và"));
        let bound = if let Some(b) = q.own_bound.or(comparator) {
            b
        } else if let Some(b) = listed.then_some(inherited).flatten() {
            b
        } else if level {
            Bound::AtMost
        } else if let Some(up) = direction {
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

        let item: Vec<usize> = (f.item_start..=f.item_end.min(self.e.saturating_sub(1))).collect();
        let per = q.per.clone().or_else(|| {
            item.iter()
                .any(|&k| {
                    ["hằng năm", "hàng năm", "mỗi năm"]
                        .iter()
                        .any(|p| phrase_at(toks, k, p).is_some())
                        || (toks[k].is_punct('/')
                            && toks.get(k + 1).is_some_and(|n| n.is_word("năm")))
                })
                .then(|| "năm".to_string())
        });

        // Deadline: in the item (before, else after the number), else a lead-in.
        let in_item = |y: &&(usize, usize, i32)| y.1 >= f.item_start && y.1 <= f.item_end;
        let before = years.iter().filter(in_item).rfind(|y| y.1 < q.first);
        let after = years
            .iter()
            .filter(in_item)
            .find(|y| y.1 > q.last && !(q.last..y.0).any(|k| toks[k].is_word("so")));
        let lead = years
            .iter()
            .rfind(|y| y.1 < first_main && self.is_lead_in(y.0, y.1));
        let deadline_year = before.or(after).or(lead).map(|y| y.2);

        let baseline = self
            .baseline(q.last + 1, f.item_end)
            .or_else(|| self.baseline(f.item_start, chain_start));

        let (left_from, left_to) = f.pair_left.unwrap_or((f.item_start, chain_start));
        let in_year = |k: usize| years.iter().any(|y| (y.0..=y.1).contains(&k));
        let left_is_verb = (left_from..left_to).filter(|&k| !in_year(k)).all(|k| {
            toks[k].kind == Kind::Word
                && !matches!(toks[k].low.as_ref(), "tỷ" | "tỉ" | "số" | "tổng" | "lệ")
        });
        let ctx = subject::Context {
            left_is_verb,
            left: (left_from..left_to).collect(),
            right: (q.noun_start.unwrap_or(q.last + 1)..=f.item_end.min(self.e.saturating_sub(1)))
                .filter(|&k| k > q.last || q.noun_start.is_some_and(|n| k >= n))
                .collect(),
            year_phrases: years.iter().map(|y| (y.0, y.1)).collect(),
            // "giảm ... xuống dưới 6%" sets a level, not a change.
            change: direction.is_some() && !level,
            zero: q.value == 0.0,
            measure: q.class == UnitClass::Measure,
            count_noun: (q.class == UnitClass::Count).then(|| {
                let noun = q.unit.rsplit(' ').next().unwrap_or(&q.unit);
                let noun = if q.unit.contains(',') {
                    q.unit.as_str()
                } else {
                    noun
                };
                match q.noun_start {
                    Some(n) => subject::render(
                        toks,
                        &(n..=q.last)
                            .filter(|&k| !toks[k].is_word("trở") && !toks[k].is_word("lên"))
                            .collect::<Vec<_>>(),
                    ),
                    None => noun.to_string(),
                }
            }),
        };
        let (subject, mut criterion, refines) = subject::read(toks, &ctx);
        // "4,8% GDP": a share of GDP; the aggregate is the criterion.
        if q.unit == "%"
            && criterion.is_none()
            && let Some(agg) = toks
                .get(q.last + 1)
                .filter(|t| matches!(t.low.as_ref(), "gdp" | "grdp"))
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
            unit: Some(q.unit.clone()),
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

    /// Whether a deadline phrase leads a list rather than sits in one item:
    /// it opens the sentence, follows a cue ("phấn đấu đến năm 2025", "mục
    /// tiêu năm 2025"), or ends with ',' or ':' ("Đến năm 2030: ...").
    fn is_lead_in(&self, start: usize, year: usize) -> bool {
        let toks = self.toks;
        let opens = start == self.s
            || toks
                .get(start.wrapping_sub(1))
                .is_some_and(|t| t.is_punct(')') || t.is_punct(':'))
            || any_ending_at(toks, start, TARGET_CUES).is_some();
        let closes = toks
            .get(year + 1)
            .is_some_and(|t| t.is_punct(',') || t.is_punct(':'));
        opens || closes
    }

    /// "so với X": X up to the item end or a comma.
    fn baseline(&self, from: usize, to: usize) -> Option<String> {
        let toks = self.toks;
        let to = to.min(self.e.saturating_sub(1));
        let k = (from..=to)
            .find(|&k| phrase_at(toks, k, "so với").is_some() || toks[k].is_word("so"))?;
        let begin = if phrase_at(toks, k, "so với").is_some() {
            k + 2
        } else {
            k + 1
        };
        let end = (begin..=to)
            .find(|&j| matches!(toks[j].raw, "," | ";" | "." | ")"))
            .map_or(to, |j| j.saturating_sub(1));
        (begin <= end).then(|| subject::render(toks, &(begin..=end).collect::<Vec<_>>()))
    }

    fn span_of(&self, f: &Found) -> (usize, usize) {
        let toks = self.toks;
        let mut a = f.item_start.min(f.q.first);
        let mut b = f.item_end.max(f.q.last).min(self.e.saturating_sub(1));
        while a < f.q.first && matches!(toks[a].raw, "," | ":" | "-" | ";") {
            a += 1;
        }
        while b > f.q.last && matches!(toks[b].raw, "," | ":" | ";" | "." | "(") {
            b -= 1;
        }
        (toks[a].start, toks[b].end)
    }

    /// The term in force at `at`: the nearest term of office ("nhiệm kỳ",
    /// "khóa") named before it, in this paragraph or an earlier one (an
    /// article names its term once); else the nearest plan period
    /// ("giai đoạn 2021-2025"). A council's resolution on a five-year plan
    /// belongs to the council's term.
    fn term_at(&self, at: usize) -> Option<Term> {
        self.terms.at(at)
    }

    /// Subjects left empty take the previous one; "lần lượt" lists share the
    /// last one; "riêng X" refines the previous one.
    fn share_subjects(
        &self,
        found: &[Found],
        emitted: &mut [(usize, Target)],
        prev: &mut Option<String>,
    ) {
        let toks = self.toks;
        // "lần lượt đạt 45%, 35% lực lượng lao động": earlier items borrow the last subject.
        let respectively_at = (self.s..self.e).find(|&k| phrase_at(toks, k, "lần lượt").is_some());
        for i in (0..emitted.len().saturating_sub(1)).rev() {
            let f = &found[emitted[i].0];
            let respectively = respectively_at.is_some_and(|r| r < f.q.first);
            let next_subject = emitted[i + 1].1.subject.clone();
            let empty_right = found[emitted[i + 1].0].q.first > f.q.last
                && (f.q.last + 1..found[emitted[i + 1].0].q.first)
                    .all(|k| toks[k].is_punct(',') || toks[k].is_word("và"));
            if respectively && empty_right {
                emitted[i].1.subject = next_subject;
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
                    } else {
                        *prev = Some(s.clone());
                        t.subject = Some(s);
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str) -> Target {
        let t = extract_targets(&crate::normalize(text));
        assert_eq!(t.len(), 1, "{text}: {t:#?}");
        t.into_iter().next().unwrap()
    }

    fn all(text: &str) -> Vec<Target> {
        extract_targets(&crate::normalize(text))
    }

    fn bound(text: &str) -> Bound {
        one(text).bound
    }

    #[test]
    fn comparators() {
        assert_eq!(
            bound("phấn đấu 92% trở lên hộ gia đình đạt danh hiệu văn hóa"),
            Bound::AtLeast
        );
        assert_eq!(bound("có ít nhất 70% số xã đạt chuẩn"), Bound::AtLeast);
        assert_eq!(bound("tỷ lệ giao rừng tối thiểu 60%"), Bound::AtLeast);
        assert_eq!(bound("tỷ lệ che phủ rừng đạt trên 48%"), Bound::Above);
        assert_eq!(bound("thu hút đầu tư hơn 3.000 tỷ đồng"), Bound::Above);
        assert_eq!(bound("tỷ lệ thất nghiệp dưới 3,5%"), Bound::Below);
        assert_eq!(bound("nợ công không quá 50% GRDP"), Bound::AtMost);
        assert_eq!(bound("tỷ lệ tiêm chủng không dưới 95%"), Bound::AtLeast);
        assert_eq!(bound("bội chi không vượt quá 3% GRDP"), Bound::AtMost);
    }

    #[test]
    fn bound_priority() {
        // A comparator beats the direction verb, which moves into the criterion.
        let t = one("kim ngạch xuất khẩu tăng bình quân 12% trở lên");
        assert_eq!(
            (t.bound, t.criterion.as_deref()),
            (Bound::AtLeast, Some("tăng"))
        );
        assert_eq!(
            bound("thu nhập người dân tăng ít nhất 2 lần so với năm 2020"),
            Bound::AtLeast
        );
        let t = one("tỷ lệ hộ cận nghèo giảm bình quân 2 - 3%/năm");
        assert_eq!((t.bound, t.value_max), (Bound::DecreaseBy, Some(3.0)));
        let t = one("vốn đầu tư tăng khoảng 8-8,5%");
        assert_eq!((t.bound, t.value_max), (Bound::IncreaseBy, Some(8.5)));
        // "khoảng" with two numbers is a range; a noun "tốc độ tăng" is no verb.
        assert_eq!(bound("tăng trưởng GRDP khoảng 7,5-8%"), Bound::Range);
        assert_eq!(
            bound("Tốc độ tăng giá trị sản xuất nông nghiệp 4-4,5%"),
            Bound::Range
        );
        assert_eq!(bound("tỷ lệ hộ nghèo đa chiều khoảng 2%"), Bound::About);
        assert_eq!(bound("tỷ lệ đô thị hóa đạt 35%"), Bound::Exact);
    }

    #[test]
    fn reducing_to_a_level() {
        assert_eq!(
            bound("phấn đấu giảm tỷ lệ sinh con thứ ba xuống dưới 8%"),
            Bound::Below
        );
        assert_eq!(bound("giảm tỷ lệ hộ nghèo xuống còn 1,5%"), Bound::AtMost);
        let t = one("Giảm 0,2% tỷ lệ trẻ em dưới 5 tuổi thấp còi");
        assert_eq!((t.value, t.bound), (0.2, Bound::DecreaseBy));
        assert_eq!(
            t.subject.as_deref(),
            Some("tỷ lệ trẻ em dưới 5 tuổi thấp còi")
        );
    }

    #[test]
    fn trailing_words_in_noun_phrases_are_not_bounds() {
        let t = one("phấn đấu 85% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên");
        assert_eq!(t.bound, Bound::Exact);
        let t = one("95% cơ sở sản xuất (có công suất từ 10m3/ngày trở lên) xử lý nước thải");
        assert_eq!((t.value, t.bound), (95.0, Bound::Exact));
    }

    #[test]
    fn ranges() {
        let t = one("tỷ lệ trường đạt chuẩn quốc gia từ 75 đến 80%");
        assert_eq!(
            (t.value, t.value_max, t.bound),
            (75.0, Some(80.0), Bound::Range)
        );
        let t = one("GRDP bình quân đầu người 5.200 - 5.600 USD");
        assert_eq!(
            (t.value, t.value_max, t.unit.as_deref()),
            (5200.0, Some(5600.0), Some("USD"))
        );
        assert_eq!(one("từ 3-4 xã đạt chuẩn kiểu mẫu").value_max, Some(4.0));
    }

    #[test]
    fn per_units() {
        assert_eq!(one("tăng trưởng 8%/năm").per.as_deref(), Some("năm"));
        let t = one("GRDP đạt 3.500 USD/người/năm");
        assert_eq!(
            (t.unit.as_deref(), t.per.as_deref()),
            (Some("USD"), Some("người/năm"))
        );
        assert_eq!(one("năng suất lúa 62 tạ/ha").per.as_deref(), Some("ha"));
        assert_eq!(
            one("thu ngân sách hằng năm tăng 9%").per.as_deref(),
            Some("năm")
        );
        assert_eq!(one("tỷ lệ che phủ rừng 45%").per, None);
    }

    #[test]
    fn money_units() {
        assert_eq!(
            one("thu ngân sách 7.500 tỉ đồng").unit.as_deref(),
            Some("tỷ đồng")
        );
        assert_eq!(one("vốn đầu tư 640 tỷ.đ").unit.as_deref(), Some("tỷ đồng"));
        assert_eq!(
            one("thu nhập bình quân 95 triệu VND").unit.as_deref(),
            Some("triệu đồng")
        );
        assert_eq!(
            one("GRDP bình quân đầu người 6.000 đô la Mỹ")
                .unit
                .as_deref(),
            Some("USD")
        );
        let t = one("xuất khẩu đạt 2,5 tỷ USD");
        assert_eq!((t.value, t.unit.as_deref()), (2.5, Some("tỷ USD")));
    }

    #[test]
    fn per_mille() {
        let t = one("Tỷ suất sinh thô giảm xuống dưới 15,50/00");
        assert_eq!((t.value, t.unit.as_deref()), (15.5, Some("‰")));
        assert_eq!(one("mức giảm sinh 0,2%0").unit.as_deref(), Some("‰"));
        assert_eq!(
            one("tỷ lệ tử vong trẻ sơ sinh dưới 9‰").unit.as_deref(),
            Some("‰")
        );
    }

    #[test]
    fn counts_with_their_nouns() {
        let t = one("mỗi năm kết nạp 420 đảng viên mới");
        assert_eq!(
            (t.value, t.unit.as_deref(), t.per.as_deref()),
            (420.0, Some("đảng viên"), Some("năm"))
        );
        let t = one("giải quyết việc làm cho 18.000 lao động");
        assert_eq!(
            (t.unit.as_deref(), t.subject.as_deref()),
            (Some("lao động"), Some("lao động"))
        );
        assert_eq!(
            one("tạo việc làm cho 1,2 triệu lao động").unit.as_deref(),
            Some("triệu lao động")
        );
        assert_eq!(
            one("trồng mới 15 ngàn ha rừng").unit.as_deref(),
            Some("ngàn ha")
        );
        assert!(all("Ban Chấp hành gồm 47 đồng chí, bầu 12 đại biểu").is_empty());
    }

    #[test]
    fn achieved_target_pairs() {
        let t = one("thu ngân sách trên địa bàn 12.300/10.500 tỷ đồng");
        assert_eq!((t.value, t.achieved), (10500.0, Some(12300.0)));
        let t = one("tỷ lệ xã đạt chuẩn nông thôn mới 76,5%/60%");
        assert_eq!((t.value, t.achieved), (60.0, Some(76.5)));
        let t = one("tỷ lệ tham gia bảo hiểm y tế đạt 96,2% (chỉ tiêu Nghị quyết là 95%)");
        assert_eq!((t.value, t.achieved), (95.0, Some(96.2)));
        let t = one("tỷ lệ lao động qua đào tạo đạt 72,3%, theo Nghị quyết 70% trở lên");
        assert_eq!(
            (t.value, t.achieved, t.bound),
            (70.0, Some(72.3), Bound::AtLeast)
        );
        // A count out of a whole is no pair; a reported one is no target.
        let t = one("(4) Số xã đạt chuẩn văn hóa: 05/12 xã.");
        assert_eq!((t.value, t.achieved), (5.0, None));
        assert!(all("Đến nay, toàn tỉnh đã có 47/60 xã đạt chuẩn nông thôn mới").is_empty());
        assert!(all("hoàn thành 18/21 chỉ tiêu Nghị quyết").is_empty());
        assert!(all("thu ngân sách đạt 104,6% so với chỉ tiêu").is_empty());
    }

    #[test]
    fn deadlines() {
        let ts = all(
            "Đến năm 2030: tỷ lệ đô thị hóa 40%; 100% xã có đường ô tô; thu ngân sách 9.000 tỷ đồng",
        );
        assert_eq!(ts.len(), 3);
        assert!(ts.iter().all(|t| t.deadline_year == Some(2030)));
        let ts = all(
            "tăng trưởng bình quân 7,5%; GRDP bình quân đầu người đến năm 2025 đạt 70 triệu đồng",
        );
        assert_eq!(
            ts.iter().map(|t| t.deadline_year).collect::<Vec<_>>(),
            [None, Some(2025)]
        );
        assert_eq!(
            one("thu nhập tăng 1,8 lần so với năm 2020").deadline_year,
            None
        );
        assert_eq!(
            one("tăng trưởng giai đoạn 2021-2025 đạt 8%").deadline_year,
            None
        );
        assert_eq!(
            one("phấn đấu trong năm nay đạt 95% trở lên").deadline_year,
            None
        );
        assert_eq!(
            one("giá trị sản xuất (giá so sánh năm 2010) tăng 6%").deadline_year,
            None
        );
    }

    #[test]
    fn attached_years_do_not_spread() {
        let ts = all("Kim ngạch nhập khẩu năm 2030 đạt 4 tỷ USD, tăng bình quân 9%/năm");
        assert_eq!(
            ts.iter().map(|t| t.deadline_year).collect::<Vec<_>>(),
            [Some(2030), None]
        );
        // A lead-in after a cue governs every item.
        let ts = all("với mục tiêu năm 2030 tăng trưởng đạt 8%, thu nhập đạt 150 triệu đồng");
        assert!(ts.iter().all(|t| t.deadline_year == Some(2030)));
    }

    #[test]
    fn levels_after_con_are_targets() {
        let ts = all("Giảm tỷ lệ hộ nghèo bình quân 1 - 1,5%/năm, đến cuối nhiệm kỳ còn dưới 2,5%");
        assert_eq!(ts.len(), 2);
        assert_eq!((ts[1].value, ts[1].bound), (2.5, Bound::Below));
        assert_eq!(ts[1].subject, ts[0].subject);
        assert!(all("Năm 2022, tỷ lệ hộ nghèo còn 2,4%").is_empty());
    }

    #[test]
    fn currency_names_follow_currencies() {
        // One table: every form a target reads has a code there, and the
        // đồng is named the same by both readers.
        for name in lexicon::CURRENCY_NAMES {
            assert!(lexicon::currency_code(name).is_some(), "{name}");
        }
        assert_eq!(lexicon::currency_code("vnd"), Some("VND"));
        assert_eq!(lexicon::money_unit("VND"), "đồng");
        let m = crate::read_money("500 vnđ").map(|m| m.currency);
        assert_eq!(m.as_deref(), Some("VND"));
    }

    #[test]
    fn long_unpunctuated_input_is_read_whole() {
        // Speed is measured in the benchmarks; here a long run-on input must
        // still be read to its end, every span on the text.
        let text =
            "tỷ lệ xã đạt 95% trên 3.000 tỷ đồng ( 8 xã ) , và giảm 2-3%/năm hộ ".repeat(2000);
        let ts = extract_targets(&text);
        assert!(!ts.is_empty());
        assert!(
            ts.iter()
                .all(|t| text.get(t.span.range()) == Some(t.text.as_str()))
        );
        assert!(ts.last().is_some_and(|t| t.span.end > text.len() / 2));
    }

    #[test]
    fn times_as_much_as_a_goal() {
        let t = one("Đến năm 2030, thu nhập bình quân đầu người gấp 2,5 lần năm 2020");
        assert_eq!(
            (t.value, t.unit.as_deref(), t.deadline_year),
            (2.5, Some("lần"), Some(2030))
        );
    }

    #[test]
    fn denominators_are_not_quantities() {
        let t = one("giá trị sản xuất trên 1 ha đất trồng trọt đạt 180 triệu đồng/ha/năm");
        assert_eq!((t.value, t.per.as_deref()), (180.0, Some("ha/năm")));
    }

    #[test]
    fn respectively_lists() {
        let ts = all(
            "tỷ lệ tham gia bảo hiểm xã hội, bảo hiểm thất nghiệp lần lượt đạt khoảng 40%, 30% lực lượng lao động",
        );
        assert_eq!(ts.len(), 2);
        assert!(ts.iter().all(|t| t.bound == Bound::About));
        assert_eq!(ts[0].subject, ts[1].subject);
        assert_eq!(ts[1].subject.as_deref(), Some("lực lượng lao động"));
    }

    #[test]
    fn zero_and_verbal_quantities() {
        let t = one("phấn đấu không còn hộ nghèo theo chuẩn của tỉnh");
        assert_eq!(
            (t.value, t.unit.as_deref(), t.bound),
            (0.0, Some("hộ"), Bound::Exact)
        );
        let t = one("duy trì tăng trưởng ở mức hai con số");
        assert_eq!((t.value, t.bound), (10.0, Bound::AtLeast));
        let t = one("tăng trưởng đạt 2 con số");
        assert_eq!(t.value, 10.0);
    }

    #[test]
    fn parenthetical_equivalents() {
        let ts = all("tỷ lệ xã đạt chuẩn nông thôn mới 60% (9 xã)");
        assert_eq!(ts.len(), 2);
        assert_eq!((ts[1].value, ts[1].unit.as_deref()), (9.0, Some("xã")));
        assert_eq!(ts[0].subject, ts[1].subject);
        let ts = all(
            "GRDP bình quân đầu người đạt 190 triệu VND (tương đương 7.800 đô la Mỹ) vào năm 2030",
        );
        assert_eq!(ts.len(), 2);
        assert!(ts.iter().all(|t| t.deadline_year == Some(2030)));
        assert_eq!(ts[1].unit.as_deref(), Some("USD"));
    }

    #[test]
    fn a_short_verb_before_a_measure_acts_on_the_noun_after_it() {
        let t = one("Phấn đấu trồng mới 3.000 ha rừng sản xuất");
        assert_eq!(t.subject.as_deref(), Some("rừng sản xuất"));
        assert_eq!(t.criterion.as_deref(), Some("trồng mới"));
    }

    #[test]
    fn changes_from_one_level_to_another() {
        // A report on the past: both ends dated, no goal.
        assert!(all("Tỷ lệ hộ nghèo giảm từ 9,1% năm 2015 xuống còn 2,8% năm 2020").is_empty());
        // A goal: the level to reach is the target, the start is no target.
        let t = one("Phấn đấu giảm tỷ lệ hộ nghèo từ 6% xuống còn dưới 3%");
        assert_eq!((t.value, t.bound), (3.0, Bound::Below));
    }

    #[test]
    fn life_expectancy_is_a_quantity_ages_are_not() {
        let t = one("Tuổi thọ trung bình của người dân đạt 76 tuổi");
        assert_eq!((t.value, t.unit.as_deref()), (76.0, Some("tuổi")));
        assert!(
            all("Phấn đấu 100% người từ 80 tuổi trở lên được chúc thọ")
                .iter()
                .all(|t| t.value == 100.0)
        );
    }

    #[test]
    fn guarantees_lead_into_the_subject() {
        let t = one("Bảo đảm 100% trạm y tế xã có bác sĩ");
        assert_eq!(t.subject.as_deref(), Some("trạm y tế xã"));
        // A page counter's "lượt xem" is no count noun.
        assert!(all("09/07/2022 14:30 Số lượt xem: 516 lượt").is_empty());
    }

    #[test]
    fn a_share_without_a_noun_keeps_the_subject() {
        let ts = all(
            "Đến năm 2030 có 70% số xã đạt chuẩn nông thôn mới, trong đó 20% đạt chuẩn kiểu mẫu",
        );
        assert_eq!(ts.len(), 2);
        assert_eq!(ts[1].subject.as_deref(), Some("xã"));
        assert_eq!(ts[1].criterion.as_deref(), Some("đạt chuẩn kiểu mẫu"));
    }

    #[test]
    fn thresholds_after_co_are_goals() {
        let t = one("Có ít nhất 4 huyện đạt chuẩn nông thôn mới");
        assert_eq!(
            (t.value, t.unit.as_deref(), t.bound),
            (4.0, Some("huyện"), Bound::AtLeast)
        );
        assert!(all("Toàn huyện có 18 xã, thị trấn").is_empty());
    }

    #[test]
    fn scaled_quantities_after_tren_are_not_denominators() {
        let t = one("Sản lượng lúa ổn định trên 1 triệu tấn/năm");
        assert_eq!(
            (t.value, t.unit.as_deref(), t.bound),
            (1.0, Some("triệu tấn"), Bound::Above)
        );
    }

    #[test]
    fn a_new_item_inherits_no_bound() {
        let ts = all("tỷ lệ hộ nghèo giảm bình quân 2%/năm; 100% thôn có đường ô tô");
        assert_eq!(ts.len(), 2);
        assert_eq!((ts[1].value, ts[1].bound), (100.0, Bound::Exact));
    }

    #[test]
    fn counted_targets_make_a_report() {
        let ts = all(
            "Nhiệm kỳ qua, huyện đã hoàn thành 17/19 chỉ tiêu Nghị quyết; thu nhập bình quân đầu người đạt 38 triệu đồng",
        );
        assert!(ts.is_empty(), "{ts:?}");
        let t = one(
            "Đại hội xác định 18 chỉ tiêu, trong đó thu nhập bình quân đầu người đạt 60 triệu đồng",
        );
        assert_eq!(t.value, 60.0);
    }

    #[test]
    fn numbers_that_are_not_targets() {
        for text in [
            "Ước cả năm 2023, tốc độ tăng trưởng đạt 7,2%",
            "Đại hội có 285 đại biểu chính thức dự",
            "Hội nghị diễn ra từ ngày 14 đến ngày 16 tháng 9 năm 2020",
            "Thực hiện Quyết định số 2145/QĐ-UBND ngày 12/8/2021",
            "Lượt truy cập: 1.204.558",
            "Đường dây nóng: 0912 345 678",
            "Trẻ em dưới 6 tuổi được cấp thẻ",
            "Năm qua, huyện kết nạp được 212 đảng viên mới, đạt 6,84%",
            "tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ chiếm 84,37%",
            "Cập nhật: Thứ Tư, 21/10/2020 - 15:05",
            "Ban Chấp hành khóa XII gồm 51 người",
            "Qua 5 năm, tốc độ tăng trưởng bình quân đạt 6,9%/năm",
            "Năm 2022, toàn huyện có 72% xã đạt chuẩn, vượt chỉ tiêu Nghị quyết đề ra",
            "Thu ngân sách 9 tháng ước đạt 4.100 tỷ đồng",
            "GRDP quý II tăng 6,1% so với cùng kỳ",
            "Kết quả, có 97,5% đảng viên hoàn thành nhiệm vụ",
            "GRDP bình quân đầu người đến năm 2020 khoảng 3.900 USD, gấp 1,8 lần so năm 2015",
            "Thu ngân sách đạt 3.200 tỷ đồng, bằng 108% dự toán",
            "Huyện có 19 xã, thị trấn với 38.000 hộ dân",
            "Đảng bộ có 47 tổ chức cơ sở đảng",
        ] {
            assert!(all(text).is_empty(), "{text}: {:#?}", all(text));
        }
    }

    #[test]
    fn subjects_and_criteria() {
        let t = one("tỷ lệ hộ dân được sử dụng nước sạch đạt 97%");
        assert_eq!(
            (t.subject.as_deref(), t.criterion.as_deref()),
            (Some("hộ dân"), Some("được sử dụng nước sạch"))
        );
        let t = one("phấn đấu 90% đơn vị hoàn thành xuất sắc nhiệm vụ");
        assert_eq!(
            (t.subject.as_deref(), t.criterion.as_deref()),
            (Some("đơn vị"), Some("hoàn thành xuất sắc nhiệm vụ"))
        );
        let t = one("tốc độ tăng trưởng kinh tế bình quân đạt 7%");
        assert_eq!(
            t.subject.as_deref(),
            Some("tốc độ tăng trưởng kinh tế bình quân")
        );
        let t = one("Kết nạp đảng viên mới đạt 4% trở lên so với tổng số đảng viên đầu nhiệm kỳ");
        assert_eq!(
            t.baseline.as_deref(),
            Some("tổng số đảng viên đầu nhiệm kỳ")
        );
    }

    #[test]
    fn term_in_force_is_the_nearest_before() {
        let text = "Nhiệm kỳ 2015-2020, Đảng bộ đã hoàn thành các chỉ tiêu. Nhiệm kỳ 2020-2025, Đảng bộ phấn đấu: 90% trở lên chi bộ đạt trong sạch, vững mạnh.\n\nMột đoạn khác.";
        let t = one(text);
        assert_eq!(t.term, Some(Term::new(2020, 2025)));
        assert_eq!(&text[t.span.range()], t.text);
    }

    #[test]
    fn results_measured_against_the_plan_are_reports() {
        for text in [
            "Thu ngân sách trên địa bàn đạt 1.250 tỷ đồng, vượt 12% so với nghị quyết",
            "Tổng vốn đầu tư toàn xã hội bằng 118% so với Nghị quyết",
            "Giá trị sản xuất công nghiệp đạt 97% nghị quyết đề ra",
            "trồng mới 120 ha rừng (vượt 20 ha so với chỉ tiêu Nghị quyết)",
            "Tính đến cuối năm, toàn huyện có 85% xã đạt chuẩn, vượt mục tiêu giai đoạn và 10% xã đạt chuẩn nâng cao",
        ] {
            assert!(all(text).is_empty(), "{text}: {:#?}", all(text));
        }
        // Exceeding a quota can be the goal itself.
        let t = one("Phấn đấu thu ngân sách vượt chỉ tiêu tỉnh giao hằng năm từ 5-8%");
        assert_eq!((t.value, t.value_max), (5.0, Some(8.0)));
    }

    #[test]
    fn done_after_the_number_is_a_report() {
        assert!(all("Ở cấp xã, 64% đã đạt chuẩn nông thôn mới").is_empty());
        assert!(all("Toàn tỉnh có 12/20 xã (60%) đã được công nhận đạt chuẩn").is_empty());
        assert_eq!(all("Phấn đấu 90% xã đạt chuẩn nông thôn mới").len(), 1);
    }

    #[test]
    fn facts_about_a_place_are_not_targets() {
        for text in [
            "Xã mới có diện tích tự nhiên 86 km2, dân số 18.400 người",
            "Hiện thành phố có quy mô dân số hơn 2 triệu người",
            "Tỷ lệ hộ nghèo của huyện vẫn chiếm 21,4% tổng số hộ",
            "Xã được thành lập trên cơ sở sáp nhập từ 3 xã",
        ] {
            assert!(all(text).is_empty(), "{text}: {:#?}", all(text));
        }
        let t = one("Phấn đấu đến năm 2030 quy mô dân số đạt 1,5 triệu người");
        assert_eq!(t.unit.as_deref(), Some("triệu người"));
    }

    #[test]
    fn a_fall_dated_at_either_end_is_a_report() {
        assert!(all("Tỷ lệ nợ xấu giảm từ 4,2% đầu nhiệm kỳ xuống còn 2,1% năm 2019").is_empty());
        assert!(all("Tỷ lệ hộ nghèo giảm từ 12% xuống còn 4,5% năm 2024").is_empty());
    }

    #[test]
    fn breakdowns_and_items_in_parentheses_are_targets() {
        let ts = all(
            "Phát triển đàn gia súc đạt 12.000 con (trong đó: đàn trâu 3.000 con; đàn bò 9.000 con)",
        );
        let values: Vec<f64> = ts.iter().map(|t| t.value).collect();
        assert_eq!(values, [12000.0, 3000.0, 9000.0]);
        let ts = all("Tỷ lệ hộ dùng nước sạch trên 95% (nước hợp vệ sinh đạt 100%)");
        assert_eq!(
            ts.iter().map(|t| t.value).collect::<Vec<_>>(),
            [95.0, 100.0]
        );
    }

    #[test]
    fn lists_of_goals_after_gom_are_goals() {
        let ts = all(
            "Các chỉ tiêu chủ yếu năm 2026 gồm: tăng trưởng kinh tế trên 8%; thu nhập bình quân 80 triệu đồng",
        );
        assert_eq!(ts.len(), 2);
        assert!(all("Đoàn đại biểu gồm 14 thành viên").is_empty());
    }

    #[test]
    fn a_sentence_that_goes_on_reads_as_the_one_before() {
        let text = "Nhiệm kỳ qua, huyện đạt nhiều kết quả quan trọng. Cụ thể, tốc độ tăng trưởng bình quân 7,1%/năm.";
        assert!(all(text).is_empty(), "{:#?}", all(text));
        let text = "Đại hội đề ra mục tiêu phấn đấu đến năm 2030. Cụ thể, tốc độ tăng trưởng bình quân 8%/năm.";
        assert_eq!(one(text).value, 8.0);
        // A new paragraph carries nothing.
        let text = "Nhiệm kỳ qua, huyện đạt nhiều kết quả.\nCụ thể, tăng trưởng bình quân 8%/năm.";
        assert_eq!(one(text).value, 8.0);
    }

    #[test]
    fn thresholds_with_two_decimals_are_goals() {
        let t = one("Tỷ lệ lao động qua đào tạo đến năm 2030 đạt từ 72,25% trở lên");
        assert_eq!((t.value, t.bound), (72.25, Bound::AtLeast));
        assert!(all("Tỷ lệ lao động qua đào tạo đạt 72,25%").is_empty());
    }

    #[test]
    fn misspelt_comparators() {
        assert_eq!(
            bound("tỷ trọng kinh tế số đạt tối thiếu 15%"),
            Bound::AtLeast
        );
    }
}
