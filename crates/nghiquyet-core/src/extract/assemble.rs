//! Building a target from a quantity and its item: bound, per, deadline,
//! baseline, subject and criterion, span and term; subjects shared along a list.

use super::*;

impl Sentence<'_, '_> {
    pub(super) fn build(
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
        let chain_has =
            |list: &lexicon::List| chain.iter().any(|&k| any_at(toks, k, list).is_some());
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
                .find(|(p, _)| {
                    lexicon::phrase_ending_at(toks, k + 1, p).is_some_and(|st| st >= chain_start)
                })
                .map(|(_, b)| *b)
        });
        let level = chain.iter().any(|&k| {
            (toks[k].is_word(lexicon::DOWN) || toks[k].is_word(lexicon::LEFT))
                && !(k > 0 && toks[k - 1].is_word(lexicon::NOT))
        });
        // "lần lượt đạt khoảng 45%, 35%": a bare list value shares the modifiers before the list.
        // A value after ";" starts a new item and inherits nothing.
        let listed = chain.is_empty()
            && (f.item_start..q.first)
                .all(|k| toks[k].is_punct(',') || toks[k].is_word(lexicon::AND))
            && q.first
                .checked_sub(1)
                .is_some_and(|p| toks[p].is_punct(',') || toks[p].is_word(lexicon::AND));
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
                    any_at(toks, k, lexicon::YEARLY).is_some()
                        || (toks[k].is_punct('/')
                            && toks.get(k + 1).is_some_and(|n| n.is_word(lexicon::YEAR)))
                })
                .then(|| lexicon::YEAR.to_string())
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
        let left_is_verb = (left_from..left_to).filter(|&k| !in_year(k)).all(|k| {
            toks[k].kind == Kind::Word && !lexicon::INDICATOR_HEADS.contains(&toks[k].low.as_ref())
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
                            .filter(|&k| {
                                !toks[k].is_word(lexicon::ONWARD) && !toks[k].is_word(lexicon::UP)
                            })
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
        (toks[a].start, toks[b].end)
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
        let respectively_at =
            (self.s..self.e).find(|&k| phrase_at(toks, k, lexicon::RESPECTIVELY).is_some());
        for i in (0..emitted.len().saturating_sub(1)).rev() {
            let f = &found[emitted[i].0];
            let respectively = respectively_at.is_some_and(|r| r < f.q.first);
            let next_subject = emitted[i + 1].1.subject.clone();
            let empty_right = found[emitted[i + 1].0].q.first > f.q.last
                && (f.q.last + 1..found[emitted[i + 1].0].q.first)
                    .all(|k| toks[k].is_punct(',') || toks[k].is_word(lexicon::AND));
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
