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

struct Index {
    automaton: AhoCorasick,
    /// For each pattern, the bits of the lists holding it.
    lists_of: Vec<u64>,
}

static INDEX: LazyLock<Index> = LazyLock::new(|| {
    let mut patterns: Vec<String> = Vec::new();
    let mut lists_of: Vec<u64> = Vec::new();
    for list in lexicon::INDEXED {
        for phrase in list.phrases {
            // Spaces around: a match lies on token boundaries by construction.
            let pattern = format!(" {phrase} ");
            match patterns.iter().position(|p| *p == pattern) {
                Some(at) => lists_of[at] |= list.bit,
                None => {
                    patterns.push(pattern);
                    lists_of.push(list.bit);
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
    }
});

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
    use crate::extract::lexicon::{CHAIN, INDEXED, TARGET_CUES, any_at, any_ending_at};
    use crate::extract::token::tokenize;

    #[test]
    fn phrases_are_tagged_on_token_boundaries_only() {
        let toks = tokenize("Đảng bộ phấn đấu đạt 95%; mục tiêuX không");
        let cue = TARGET_CUES.bit;
        assert_ne!(toks[2].starts & cue, 0);
        assert_ne!(toks[3].ends & cue, 0);
        assert!(toks[8..].iter().all(|t| t.starts & cue == 0));
        assert_eq!(any_at(&toks, 2, TARGET_CUES).map(|m| m.0), Some("phấn đấu"));
        assert_eq!(any_ending_at(&toks, 4, TARGET_CUES), Some(2));
        assert_eq!(any_at(&toks, 4, CHAIN).map(|m| m.0), Some("đạt"));
        assert!(any_at(&toks, 8, TARGET_CUES).is_none());
    }

    #[test]
    fn every_list_has_its_own_bit() {
        assert!(INDEXED.len() <= 64);
        for (n, list) in INDEXED.iter().enumerate() {
            assert_eq!(list.bit, 1 << n, "{:?}", list.phrases);
        }
    }
}
