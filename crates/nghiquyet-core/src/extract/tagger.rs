//! One pass that tags every token with the lexicon lists whose phrases
//! start or end at it.
//!
//! Every phrase of every list is compiled once into one Aho-Corasick
//! automaton. Tokens, joined by single spaces (words lower-cased, numbers
//! masked), are searched once; each match sets its lists' bits on its first
//! and last token. Rules then ask "does a phrase of this list start here?"
//! with a bit test, and only a set bit costs a phrase comparison.
//!
//! A [`Tagger`] follows a growing window of tokens and searches each token
//! once, not once per sentence that looks at it.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

use super::lexicon;
use super::token::{Kind, Tok};

struct Index {
    automaton: AhoCorasick,
    /// For each pattern, the bits of the lists holding it.
    lists_of: Vec<u64>,
    /// The most tokens a phrase spans.
    longest: usize,
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
    let longest = lexicon::INDEXED
        .iter()
        .flat_map(|l| l.phrases)
        .map(|p| p.split(' ').count())
        .max()
        .unwrap_or(1);
    Index {
        automaton,
        lists_of,
        longest,
    }
});

/// Sets `starts` and `ends` of every token of `toks` from the lexicon.
///
/// A phrase is seen only when all its tokens are in `toks`.
#[cfg(test)]
pub(crate) fn tag(toks: &mut [Tok<'_>]) {
    Tagger::default().tag(toks, 0);
}

/// Tags a window of tokens that grows at its end and loses tokens at its
/// start, searching each token about once.
///
/// Tags only grow: a phrase found among the tokens read so far stays a
/// phrase when more are read, so a search need only cover what it has not
/// seen, plus the last few tokens a phrase may still run on from.
#[derive(Debug, Default)]
pub(crate) struct Tagger {
    /// The tokens searched: every phrase starting in `lo..hi` and ending
    /// before `hi` is tagged.
    lo: usize,
    hi: usize,
    joined: String,
    offsets: Vec<usize>,
}

impl Tagger {
    /// Tags every phrase of `toks` that starts at or after `from`.
    pub fn tag(&mut self, toks: &mut [Tok<'_>], from: usize) {
        let longest = INDEX.longest;
        if from < self.lo || from > self.hi {
            // A gap, or a start before the searched tokens: search anew from
            // `from`; matches found again only set the same bits.
            self.lo = from;
            self.hi = from;
        }
        // Phrases starting in the last `longest - 1` searched tokens may run
        // on into the new ones.
        let start = self.hi.saturating_sub(longest - 1).max(self.lo);
        if start < toks.len() {
            self.search(toks, start);
        }
        self.hi = toks.len();
    }

    /// Drops `n` tokens from the front of the window.
    pub fn shift(&mut self, n: usize) {
        self.lo = self.lo.saturating_sub(n);
        self.hi = self.hi.saturating_sub(n);
    }

    fn search(&mut self, toks: &mut [Tok<'_>], start: usize) {
        let index = &*INDEX;
        let joined = &mut self.joined;
        let offsets = &mut self.offsets;
        joined.clear();
        offsets.clear();
        let n = toks.len() - start;
        joined.reserve(n * 8);
        offsets.reserve(n);
        for t in &toks[start..] {
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
        for m in index.automaton.find_overlapping_iter(joined.as_str()) {
            let Ok(first) = offsets.binary_search(&(m.start() + 1)) else {
                continue;
            };
            let last = offsets.partition_point(|&o| o < m.end() - 1) - 1;
            let bits = index.lists_of[m.pattern().as_usize()];
            toks[start + first].starts |= bits;
            toks[start + last].ends |= bits;
        }
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
