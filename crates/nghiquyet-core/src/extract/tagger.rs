//! One pass that tags every token with the lexicon lists whose phrases
//! start or end at it.
//!
//! Every phrase of every tagged list is compiled once into one
//! Aho-Corasick automaton. A sentence's tokens, joined by single spaces
//! (words lower-cased, numbers masked), are searched once; each match that
//! falls on token boundaries sets its lists' bits on its first and last
//! token. Rules then ask "does a phrase of this list start here?" with a
//! bit test, and only a set bit costs a phrase comparison.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

use super::lexicon;
use super::token::{Kind, Tok};

/// The lists the tagger indexes; a list's bit is `1 << its position`.
fn tagged_lists() -> Vec<&'static [&'static str]> {
    use lexicon::*;
    vec![
        SCALES,
        CURRENCY_NAMES,
        MEASURES,
        COUNT_NOUNS,
        TARGET_CUES,
        STATED_TARGET,
        MET_TARGET,
        REPORT_CUES,
        SENTENCE_REPORT_CUES,
        CHAIN,
        ABOUT,
        LEAD_INS,
        LEADING_FILLER,
        PREDICATES,
        POPULATIONS,
        VERB_ENDINGS,
        CONTINUATIONS,
        RESULT_AGAINST,
        SHARE_OF_PLAN,
        LOCALITY_FACTS,
        BREAKDOWNS,
        DONE_AFTER,
    ]
}

struct Index {
    automaton: AhoCorasick,
    /// For each pattern, the bits of the lists holding it.
    lists_of: Vec<u64>,
    /// Address and length of each tagged list, to know a list by its slice.
    lists: Vec<(usize, usize)>,
}

static INDEX: LazyLock<Index> = LazyLock::new(|| {
    let lists = tagged_lists();
    let mut patterns: Vec<String> = Vec::new();
    let mut lists_of: Vec<u64> = Vec::new();
    for (bit, list) in lists.iter().enumerate() {
        for phrase in list.iter() {
            // Spaces around: a match lies on token boundaries by construction.
            let pattern = format!(" {phrase} ");
            match patterns.iter().position(|p| *p == pattern) {
                Some(at) => lists_of[at] |= 1 << bit,
                None => {
                    patterns.push(pattern);
                    lists_of.push(1 << bit);
                }
            }
        }
    }
    let automaton = AhoCorasick::builder()
        .match_kind(MatchKind::Standard)
        .kind(Some(AhoCorasickKind::DFA))
        .build(&patterns)
        .unwrap_or_else(|e| unreachable!("the lexicon compiles: {e}"));
    Index {
        automaton,
        lists_of,
        lists: lists
            .iter()
            .map(|l| (l.as_ptr() as usize, l.len()))
            .collect(),
    }
});

/// The bit of a tagged list, or `None` for a list the tagger does not index.
pub(crate) fn bit_of(list: &[&str]) -> Option<u64> {
    let key = (list.as_ptr() as usize, list.len());
    INDEX
        .lists
        .iter()
        .position(|l| *l == key)
        .map(|i| 1u64 << i)
}

/// Sets `starts` and `ends` of every token of `toks` from the lexicon.
///
/// A phrase is seen only when all its tokens are in `toks`.
pub(crate) fn tag(toks: &mut [Tok<'_>]) {
    let index = &*INDEX;
    let mut joined = String::with_capacity(toks.len() * 8);
    let mut offsets: Vec<usize> = Vec::with_capacity(toks.len());
    for t in toks.iter_mut() {
        t.starts = 0;
        t.ends = 0;
        joined.push(' ');
        offsets.push(joined.len());
        match t.kind {
            Kind::Word => joined.push_str(&t.low),
            Kind::Punct => joined.push_str(t.raw),
            // No phrase holds a number.
            Kind::Num => joined.push('\u{1}'),
        }
    }
    joined.push(' ');
    for m in index.automaton.find_overlapping_iter(&joined) {
        let Ok(first) = offsets.binary_search(&(m.start() + 1)) else {
            continue;
        };
        let last = offsets.partition_point(|&o| o < m.end() - 1) - 1;
        let bits = index.lists_of[m.pattern().as_usize()];
        toks[first].starts |= bits;
        toks[last].ends |= bits;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::lexicon::{CHAIN, TARGET_CUES, any_at, any_ending_at};
    use crate::extract::token::tokenize;

    #[test]
    fn phrases_are_tagged_on_token_boundaries_only() {
        let toks = tokenize("Đảng bộ phấn đấu đạt 95%; mục tiêuX không");
        let cue = bit_of(TARGET_CUES).unwrap_or(0);
        assert_ne!(cue, 0);
        assert_ne!(toks[2].starts & cue, 0);
        assert_ne!(toks[3].ends & cue, 0);
        assert!(toks[8..].iter().all(|t| t.starts & cue == 0));
        assert_eq!(any_at(&toks, 2, TARGET_CUES).map(|m| m.0), Some("phấn đấu"));
        assert_eq!(any_ending_at(&toks, 4, TARGET_CUES), Some(2));
        assert_eq!(any_at(&toks, 4, CHAIN).map(|m| m.0), Some("đạt"));
        assert!(any_at(&toks, 8, TARGET_CUES).is_none());
    }

    #[test]
    fn every_tagged_list_has_a_bit() {
        assert!(tagged_lists().len() <= 64);
        for list in tagged_lists() {
            assert!(bit_of(list).is_some());
        }
        assert!(bit_of(&["ad hoc"]).is_none());
    }
}
