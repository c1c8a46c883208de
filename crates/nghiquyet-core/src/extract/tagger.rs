//! One pass that tags every token with the lexicon lists whose phrases
//! start or end at it.
//!
//! Every phrase of every list is compiled once into a trie over word ids:
//! each word of the lexicon gets an id, each phrase is the path of its
//! words' ids. The tokenizer looks a token up once, as it reads it (a hash
//! of its lower-cased form, or its punctuation: see [`Index::id_at`]);
//! tokens that start a phrase walk the trie over the next tokens' ids. Each phrase found sets its lists' bits on its first
//! and last token. Rules then ask "does a phrase of this list start here?"
//! with a bit test, and only a set bit costs a phrase comparison.
//!
//! Working on tokens, not bytes, makes the pass cost a hash per token: an
//! Aho-Corasick automaton over the joined words cost nearly three times as
//! much.
//!
//! A [`Tagger`] follows a growing window of tokens and looks at each token
//! once, not once per sentence that looks at it.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::sync::LazyLock;

use rustc_hash::FxHasher;

use super::lexicon;
use super::token::Tok;

type FxMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// A word's id; [`NO_WORD`] for a word no phrase holds.
pub(crate) type WordId = u32;
pub(crate) const NO_WORD: WordId = 0;

/// The words rules look for token by token in their hot loops, each told
/// by a bit the index marks its id with (see [`Index::marked`]): a token
/// of none of them is passed over after one look-up, with no comparison.
pub(crate) mod mark {
    /// One of [`super::lexicon::UP_VERBS`].
    pub(crate) const UP_VERB: u8 = 1;
    /// One of [`super::lexicon::DOWN_VERBS`].
    pub(crate) const DOWN_VERB: u8 = 2;
    /// [`super::lexicon::TIMES`].
    pub(crate) const TIMES: u8 = 4;
    /// The first word of one of [`super::lexicon::CLAUSE_LINKS`].
    pub(crate) const CLAUSE_LINK_START: u8 = 8;
    /// One of [`super::lexicon::PER_ONE`].
    pub(crate) const PER_ONE: u8 = 16;
    /// One of [`super::lexicon::FAMILY_NAMES`], which the tokenizer asks of
    /// every capitalised word.
    pub(crate) const FAMILY_NAME: u8 = 32;
}
/// A trie node; the root is 0.
type Node = u32;

/// The lexicon's words and phrases, indexed for the tokenizer and the tagger.
#[derive(Debug)]
pub(crate) struct Index {
    /// Every word and punctuation of the phrases, with its id (from 1),
    /// keyed by [`short_key`]: a word is one syllable, a few bytes.
    words: FxMap<u128, WordId>,
    /// `words`, frozen for look-ups. Most words of an article are in the
    /// lexicon: a filter before the slots would cost more than it spares.
    word_table: Frozen<false>,
    /// The words too long for a short key.
    long_words: FxMap<&'static str, WordId>,
    /// Each id's word, from 1.
    spelling: Vec<&'static str>,
    /// The root's edges, by word id: most tokens that have an id start no phrase.
    roots: Vec<Node>,
    /// The trie's edges: a node and the next word's id give the next node.
    edges: FxMap<(Node, WordId), Node>,
    /// `edges`, frozen for look-ups, keyed by [`edge_key`].
    edge_table: Frozen,
    /// For each node, the bits of the lists with a phrase ending there.
    lists_of: Vec<u64>,
    /// For each node, whether a phrase goes on past it: the walk stops at
    /// the others without a look-up of the next token (most phrases are
    /// one word).
    branches: Vec<bool>,
    /// The most tokens a phrase spans.
    longest: usize,
    /// By word id: whether the word may start a quantity (see
    /// [`Index::starts_quantity`]).
    quantity_words: Vec<bool>,
    /// By byte: whether a word that may start a quantity starts with it.
    quantity_first: [bool; 256],
    /// For a small ASCII letter that starts a word that may start a
    /// quantity, a bit for each byte that may follow it (the lead byte of
    /// the word's second char, small or capital): most words starting with
    /// such a letter are told by their second byte.
    quantity_second: [[u64; 4]; 128],
    /// The longest word that may start a quantity, in bytes.
    quantity_len: usize,
    /// By byte: whether a word that may start a quantity, or its capital,
    /// may start with it (see [`Index::quantity_lead`]); `None` when a word
    /// that may start a quantity starts with a char beyond ASCII whose
    /// capital is not one char that lower-cases back to it.
    quantity_lead: Option<[bool; 256]>,
    /// The chars beyond ASCII that start a word that may start a quantity,
    /// and their capitals ("đ" of "đôi", and "Đ").
    quantity_lead_chars: Vec<char>,
    /// The words that may start a quantity, keyed by [`small_key`] in a
    /// table of [`QUANTITY_SLOTS`] with linear probing; empty when one is
    /// longer than a key holds. The quick scan of a line asks it of about
    /// every other word: a multiply and a compare, where the word's id
    /// costs a look-up in the whole index.
    quantity_keys: Vec<u64>,
    /// For the lists of more than [`SCANNED`] phrases, the phrases of each
    /// list by their first word and by their last, keyed by [`word_key`]:
    /// a look-up compares only the phrases that may match, in their order.
    by_first: Frozen,
    by_last: Frozen,
    /// The phrases' places in their lists, by `by_first` and `by_last`.
    candidates: Vec<Vec<u16>>,
    /// Each phrase of each list as its words' ids, by the list's place in
    /// [`lexicon::INDEXED`] and the phrase's in its list: a phrase is
    /// compared with the tokens by their ids, not their text.
    phrase_ids: Vec<Vec<Box<[WordId]>>>,
    /// By word id: whether the word is one of [`lexicon::CUE_PASS_WORDS`].
    cue_pass_words: Vec<bool>,
    /// By word id: the bits of [`mark`] for the word.
    marks: Vec<u8>,
    /// By word id: a bit for each comparator, by its place in
    /// [`lexicon::COMPARATORS`], whose first word it is, and whose last.
    comparators_first: Vec<u32>,
    comparators_last: Vec<u32>,
}

/// Lists of at most this many phrases are compared phrase by phrase: a
/// look-up in [`Index::by_first`] would cost more.
const SCANNED: usize = 8;

/// Slots of [`Index::quantity_keys`]: a power of two, at least four times
/// the words that may start a quantity.
const QUANTITY_SLOTS: usize = 64;

impl Index {
    fn build() -> Index {
        let mut index = Index {
            words: FxMap::default(),
            word_table: Frozen::<false>::default(),
            long_words: FxMap::default(),
            spelling: vec![""],
            roots: Vec::new(),
            edges: FxMap::default(),
            edge_table: Frozen::default(),
            lists_of: vec![0],
            branches: Vec::new(),
            longest: 1,
            quantity_words: Vec::new(),
            quantity_first: [false; 256],
            quantity_second: [[0; 4]; 128],
            quantity_len: 0,
            quantity_lead: None,
            quantity_lead_chars: Vec::new(),
            quantity_keys: Vec::new(),
            by_first: Frozen::default(),
            by_last: Frozen::default(),
            candidates: Vec::new(),
            phrase_ids: Vec::new(),
            cue_pass_words: Vec::new(),
            marks: Vec::new(),
            comparators_first: Vec::new(),
            comparators_last: Vec::new(),
        };
        for list in lexicon::INDEXED {
            for phrase in list.phrases {
                let mut node = 0;
                let mut n = 0;
                for word in phrase.split(' ') {
                    let id = index.intern(word);
                    let next_node = index.lists_of.len() as Node;
                    node = *index.edges.entry((node, id)).or_insert_with(|| {
                        index.lists_of.push(0);
                        next_node
                    });
                    n += 1;
                }
                index.lists_of[node as usize] |= list.bit;
                index.longest = index.longest.max(n);
            }
        }
        // The words the cue pass compares get ids too, which no phrase's
        // walk in the trie takes: the tags stay the same.
        let cue_pass_ids: Vec<WordId> = lexicon::CUE_PASS_WORDS
            .iter()
            .flat_map(|words| words.iter())
            .map(|&word| index.intern(word))
            .collect();
        // And the words rules find by their marks.
        let clause_link_starts = lexicon::CLAUSE_LINKS
            .iter()
            .filter_map(|phrase| phrase.split(' ').next());
        let marked: Vec<(WordId, u8)> = [
            (lexicon::UP_VERBS, mark::UP_VERB),
            (lexicon::DOWN_VERBS, mark::DOWN_VERB),
            (&[lexicon::TIMES], mark::TIMES),
            (lexicon::PER_ONE, mark::PER_ONE),
            (lexicon::FAMILY_NAMES, mark::FAMILY_NAME),
        ]
        .into_iter()
        .flat_map(|(words, bit)| words.iter().map(move |&word| (word, bit)))
        .chain(clause_link_starts.map(|word| (word, mark::CLAUSE_LINK_START)))
        .map(|(word, bit)| (index.intern(word), bit))
        .collect();
        // Ids are looked up from here on.
        index.word_table = Frozen::new(index.words.iter().map(|(&k, &id)| (k, id)));
        let mut by_first: FxMap<u128, u32> = FxMap::default();
        let mut by_last: FxMap<u128, u32> = FxMap::default();
        for list in lexicon::INDEXED
            .iter()
            .filter(|l| l.phrases.len() > SCANNED)
        {
            for (place, phrase) in list.phrases.iter().enumerate() {
                let (Some(first), Some(last)) =
                    (phrase.split(' ').next(), phrase.split(' ').next_back())
                else {
                    continue;
                };
                for (word, table) in [(first, &mut by_first), (last, &mut by_last)] {
                    let key = word_key(list, index.id(word));
                    let next = index.candidates.len() as u32;
                    let at = *table.entry(key).or_insert(next);
                    if at == next {
                        index.candidates.push(Vec::new());
                    }
                    index.candidates[at as usize].push(place as u16);
                }
            }
        }
        index.phrase_ids = lexicon::INDEXED
            .iter()
            .map(|list| {
                list.phrases
                    .iter()
                    .map(|phrase| {
                        // A word with no id (an empty one) matches no token,
                        // as its text matches none.
                        let id = |word| Some(index.id(word)).filter(|&id| id != NO_WORD);
                        phrase
                            .split(' ')
                            .map(|word| id(word).unwrap_or(WordId::MAX))
                            .collect()
                    })
                    .collect()
            })
            .collect();
        index.by_first = Frozen::new(by_first.iter().map(|(&k, &v)| (k, v)));
        index.by_last = Frozen::new(by_last.iter().map(|(&k, &v)| (k, v)));
        index.edge_table = Frozen::new(
            index
                .edges
                .iter()
                .map(|(&(node, id), &next)| (edge_key(node, id), next)),
        );
        index.cue_pass_words = vec![false; index.spelling.len()];
        for id in cue_pass_ids {
            index.cue_pass_words[id as usize] = true;
        }
        index.marks = vec![0; index.spelling.len()];
        for (id, bit) in marked {
            index.marks[id as usize] |= bit;
        }
        let mut comparators_first = vec![0; index.spelling.len()];
        let mut comparators_last = vec![0; index.spelling.len()];
        for (place, (phrase, _)) in lexicon::COMPARATORS.iter().enumerate() {
            let (Some(first), Some(last)) =
                (phrase.split(' ').next(), phrase.split(' ').next_back())
            else {
                continue;
            };
            let bit = 1u32 << place;
            for (word, table) in [
                (first, &mut comparators_first),
                (last, &mut comparators_last),
            ] {
                if let Some(of_word) = table.get_mut(index.id(word) as usize) {
                    *of_word |= bit;
                }
            }
        }
        index.comparators_first = comparators_first;
        index.comparators_last = comparators_last;
        index.quantity_words = vec![false; index.spelling.len()];
        let numerals = lexicon::NUMERAL_WORDS.phrases.iter();
        for &word in numerals.chain([&lexicon::NOT]) {
            let id = index.id(word);
            if id != NO_WORD {
                index.quantity_words[id as usize] = true;
                index.quantity_first[usize::from(word.as_bytes()[0])] = true;
                index.note_second(word);
                index.quantity_len = index.quantity_len.max(word.len());
            }
        }
        index.quantity_keys = quantity_keys(&index);
        let first_chars = index
            .spelling
            .iter()
            .enumerate()
            .filter(|&(id, _)| index.quantity_words[id])
            .filter_map(|(_, w)| w.chars().next())
            .filter(|c| !c.is_ascii());
        match quantity_lead(&index.quantity_first, first_chars) {
            Some((lead, chars)) => {
                index.quantity_lead = Some(lead);
                index.quantity_lead_chars = chars;
            }
            None => index.quantity_lead = None,
        }
        index.branches = vec![false; index.lists_of.len()];
        for &(node, _) in index.edges.keys() {
            index.branches[node as usize] = true;
        }
        index.roots = vec![0; index.spelling.len()];
        for (&(node, id), &next) in &index.edges {
            if node == 0 {
                index.roots[id as usize] = next;
            }
        }
        index
    }

    /// Notes the bytes that may follow the first letter of `word`, a word
    /// that may start a quantity, in a text: the lead byte of its second
    /// char and of that char's capitals. A word whose first char is not an
    /// ASCII letter or that has one char leaves every byte possible.
    fn note_second(&mut self, word: &str) {
        let mut chars = word.chars();
        let (Some(first), second) = (chars.next(), chars.next()) else {
            return;
        };
        let Some(row) = u8::try_from(u32::from(first))
            .ok()
            .filter(u8::is_ascii_lowercase)
            .and_then(|f| self.quantity_second.get_mut(usize::from(f)))
        else {
            return;
        };
        let Some(second) = second else {
            *row = [u64::MAX; 4];
            return;
        };
        let mut utf8 = [0u8; 4];
        for c in std::iter::once(second).chain(second.to_uppercase()) {
            let b = c.encode_utf8(&mut utf8).as_bytes()[0];
            row[usize::from(b / 64)] |= 1 << (b % 64);
        }
    }

    /// Whether a word whose first byte is the ASCII letter `first` and
    /// whose next byte is `second` (`None` at the end of the text) may
    /// start a quantity, told by those two bytes: `false` only when it
    /// cannot. (A first byte that starts no such word is told by
    /// [`Index::quantity_lead`].)
    #[inline]
    pub fn may_follow(&self, first: u8, second: Option<u8>) -> bool {
        let Some(row) = self
            .quantity_second
            .get(usize::from(first.to_ascii_lowercase()))
        else {
            return true;
        };
        match second {
            Some(b) => row[usize::from(b / 64)] & (1 << (b % 64)) != 0,
            None => row.iter().all(|&w| w == u64::MAX),
        }
    }

    fn intern(&mut self, word: &'static str) -> WordId {
        let next = self.spelling.len() as WordId;
        let id = match short_key(word) {
            Some(key) => *self.words.entry(key).or_insert(next),
            None => *self.long_words.entry(word).or_insert(next),
        };
        if id == next {
            self.spelling.push(word);
        }
        id
    }

    /// The id of `word` (lower case, or punctuation), as the phrases spell it.
    pub fn id(&self, word: &str) -> WordId {
        match short_key(word) {
            Some(short) => self.word_table.get(short),
            None => self.long_words.get(word).copied(),
        }
        .unwrap_or(NO_WORD)
    }

    /// The id of the word `bytes[start..end]`, already lower case: the
    /// same as [`Index::id`] of it, with the key read in one load of the 16
    /// bytes from `start`, or of the 16 up to `end` near the text's end.
    #[inline(always)]
    pub fn id_at(&self, bytes: &[u8], start: usize, end: usize) -> WordId {
        let len = end - start;
        if len > 15 {
            return self.id_of_bytes(&bytes[start..end]);
        }
        let word = if let Some(&window) =
            bytes.get(start..).and_then(|rest| rest.first_chunk::<16>())
        {
            u128::from_le_bytes(window) & KEEP[len]
        } else if let Some(&window) = bytes.get(..end).and_then(|head| head.last_chunk::<16>()) {
            // The word is the window's last `len` bytes.
            u128::from_le_bytes(window)
                .checked_shr(8 * (16 - len as u32))
                .unwrap_or(0)
        } else {
            return self.id_of_bytes(&bytes[start..end]);
        };
        let key = word | ((len as u128) << 120);
        self.word_table.get(key).unwrap_or(NO_WORD)
    }

    /// The id of the word `bytes[start..end]` lower-cased, when its only
    /// capital is its first char, of `n` bytes, whose small letter `small`
    /// is as long: the key of [`Index::id_at`] with its first char
    /// replaced. `None` when the word is longer than a key holds or the
    /// window runs past the text's end (the caller lower-cases the word).
    #[inline(always)]
    pub fn id_of_title(
        &self,
        bytes: &[u8],
        start: usize,
        end: usize,
        small: char,
        n: usize,
    ) -> Option<WordId> {
        let len = end.checked_sub(start).filter(|&len| len <= 15 && n <= 4)?;
        let &window = bytes.get(start..)?.first_chunk::<16>()?;
        let mut utf8 = [0u8; 4];
        small.encode_utf8(&mut utf8);
        let first = u128::from(u32::from_le_bytes(utf8)) & KEEP[n];
        let word = (u128::from_le_bytes(window) & KEEP[len] & !KEEP[n]) | first;
        let key = word | ((len as u128) << 120);
        Some(self.word_table.get(key).unwrap_or(NO_WORD))
    }

    /// [`Index::id`] of a long word, or one in a text shorter than 16 bytes.
    #[cold]
    fn id_of_bytes(&self, word: &[u8]) -> WordId {
        match short_key_of(word) {
            Some(key) => self.word_table.get(key),
            None => std::str::from_utf8(word)
                .ok()
                .and_then(|w| self.long_words.get(w).copied()),
        }
        .unwrap_or(NO_WORD)
    }

    /// The trie node after `node` on the word `id`.
    #[inline]
    fn edge(&self, node: Node, id: WordId) -> Option<Node> {
        self.edge_table.get(edge_key(node, id))
    }

    /// Whether the word of `id` may start a quantity: a numeral in words
    /// ("hai", "một") or "không"; never [`NO_WORD`].
    #[inline]
    pub fn starts_quantity(&self, id: WordId) -> bool {
        self.quantity_words
            .get(id as usize)
            .copied()
            .unwrap_or(false)
    }

    /// Whether the word of `id` is one of [`lexicon::CUE_PASS_WORDS`];
    /// never [`NO_WORD`].
    #[inline]
    pub fn cue_pass_word(&self, id: WordId) -> bool {
        self.cue_pass_words
            .get(id as usize)
            .copied()
            .unwrap_or(false)
    }

    /// Whether the word of `id` bears any of the bits `marks` of [`mark`];
    /// never [`NO_WORD`].
    #[inline]
    pub fn marked(&self, id: WordId, marks: u8) -> bool {
        self.marks
            .get(id as usize)
            .is_some_and(|&bits| bits & marks != 0)
    }

    /// The comparators whose first word is the word of `id`: a bit for
    /// each, by its place in [`lexicon::COMPARATORS`].
    #[inline]
    pub fn comparators_starting(&self, id: WordId) -> u32 {
        self.comparators_first
            .get(id as usize)
            .copied()
            .unwrap_or(0)
    }

    /// The comparators whose last word is the word of `id` (see
    /// [`Index::comparators_starting`]).
    #[inline]
    pub fn comparators_ending(&self, id: WordId) -> u32 {
        self.comparators_last.get(id as usize).copied().unwrap_or(0)
    }

    /// Whether the lower-case word `bytes[start..end]` may start a
    /// quantity: most words are told by their first byte or their length,
    /// without a look-up.
    #[inline]
    pub fn starts_quantity_at(&self, bytes: &[u8], start: usize, end: usize) -> bool {
        if end - start > self.quantity_len || !self.quantity_first[usize::from(bytes[start])] {
            return false;
        }
        if self.quantity_keys.is_empty() {
            return self.starts_quantity(self.id_at(bytes, start, end));
        }
        let key = match bytes.get(start..).and_then(|rest| rest.first_chunk::<8>()) {
            Some(&window) => u64::from_le_bytes(window) & small_mask(end - start),
            None => small_key(&bytes[start..end]).unwrap_or(0),
        };
        let mut slot = quantity_slot(key);
        loop {
            match self.quantity_keys[slot] {
                0 => return false,
                k if k == key => return true,
                _ => slot = (slot + 1) % QUANTITY_SLOTS,
            }
        }
    }

    /// For each byte, whether a word starting with it may start a
    /// quantity, once lower-cased: ASCII letters whose small letter starts
    /// one, the lead bytes of [`super::token::LOWER_TO_ASCII`] chars whose
    /// small letter does, and those of [`Index::quantity_lead_chars`].
    /// `None` when a word that may start a quantity starts with a char
    /// beyond ASCII whose capitals cannot be listed: then any word may.
    pub fn quantity_lead(&self) -> Option<&[bool; 256]> {
        self.quantity_lead.as_ref()
    }

    /// The chars beyond ASCII that start a word that may start a quantity,
    /// small ("đ" of "đôi") or capital ("Đ"): a char of a lead byte of
    /// [`Index::quantity_lead`] that is none of them (nor of
    /// [`super::token::LOWER_TO_ASCII`]) starts no such word.
    pub fn quantity_lead_chars(&self) -> &[char] {
        &self.quantity_lead_chars
    }

    /// The longest word that may start a quantity, in bytes.
    pub fn quantity_len(&self) -> usize {
        self.quantity_len
    }

    /// Whether the lower-case word `word` may start a quantity.
    pub fn starts_quantity_word(&self, word: &str) -> bool {
        word.len() <= self.quantity_len && self.starts_quantity(self.id(word))
    }

    /// The places in `list` of the phrases that may start at a token of
    /// `id`, in order; `None` when the list is compared phrase by phrase.
    #[inline]
    pub fn phrases_starting(&self, list: &lexicon::List, id: WordId) -> Option<&[u16]> {
        self.candidates_of(&self.by_first, list, id)
    }

    /// The places in `list` of the phrases that may end at a token of
    /// `id`, in order; `None` when the list is compared phrase by phrase.
    #[inline]
    pub fn phrases_ending(&self, list: &lexicon::List, id: WordId) -> Option<&[u16]> {
        self.candidates_of(&self.by_last, list, id)
    }

    fn candidates_of(&self, table: &Frozen, list: &lexicon::List, id: WordId) -> Option<&[u16]> {
        if list.phrases.len() <= SCANNED {
            return None;
        }
        let found = table
            .get(word_key(list, id))
            .and_then(|at| self.candidates.get(at as usize));
        Some(found.map_or(&[], Vec::as_slice))
    }

    /// The ids of the words of the phrase at `place` in `list`.
    #[inline]
    pub fn phrase_ids(&self, list: &lexicon::List, place: usize) -> &[WordId] {
        self.phrase_ids
            .get(list.bit.trailing_zeros() as usize)
            .and_then(|phrases| phrases.get(place))
            .map_or(&[], |ids| ids)
    }

    /// The word of `id`, as the phrases spell it; `""` for [`NO_WORD`].
    pub fn word(&self, id: WordId) -> &'static str {
        self.spelling.get(id as usize).copied().unwrap_or("")
    }
}

/// A word of at most 15 bytes as one number: its bytes and its length, so
/// a look-up hashes and compares two machine words, not a string.
fn short_key(word: &str) -> Option<u128> {
    short_key_of(word.as_bytes())
}

fn short_key_of(bytes: &[u8]) -> Option<u128> {
    if bytes.len() > 15 {
        return None;
    }
    let mut key = [0u8; 16];
    key[..bytes.len()].copy_from_slice(bytes);
    key[15] = bytes.len() as u8;
    Some(u128::from_le_bytes(key))
}

/// A word of at most 8 bytes as one number, its bytes zero-padded: no
/// word holds a zero byte, so two words never share a key.
fn small_key(bytes: &[u8]) -> Option<u64> {
    let mut key = [0u8; 8];
    key.get_mut(..bytes.len())?.copy_from_slice(bytes);
    Some(u64::from_le_bytes(key))
}

/// Keeps the first `len` (at most 8) bytes of a little-endian word.
#[inline]
fn small_mask(len: usize) -> u64 {
    u64::MAX.checked_shr(8 * (8 - len as u32)).unwrap_or(0)
}

#[inline]
fn quantity_slot(key: u64) -> usize {
    (key.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - QUANTITY_SLOTS.trailing_zeros())) as usize
}

/// The table of [`Index::quantity_lead`], from the first bytes of the words
/// that may start a quantity and their first chars beyond ASCII, with
/// [`Index::quantity_lead_chars`].
fn quantity_lead(
    first: &[bool; 256],
    first_chars: impl Iterator<Item = char>,
) -> Option<([bool; 256], Vec<char>)> {
    let mut lead = [false; 256];
    for b in 0..0x80u8 {
        lead[usize::from(b)] = first[usize::from(b.to_ascii_lowercase())];
    }
    // A first char beyond ASCII ("đ"), with its capital ("Đ"): only when
    // the capital is one char that lower-cases back to it (a test checks
    // no other char lower-cases to it).
    let mut chars = Vec::new();
    for small in first_chars {
        let mut capitals = small.to_uppercase();
        let capital = match (capitals.next(), capitals.next()) {
            (Some(c), None) if c.to_lowercase().eq([small]) => c,
            _ => return None,
        };
        for c in [small, capital] {
            let mut utf8 = [0u8; 4];
            lead[usize::from(c.encode_utf8(&mut utf8).as_bytes()[0])] = true;
            if !chars.contains(&c) {
                chars.push(c);
            }
        }
    }
    for c in super::token::LOWER_TO_ASCII {
        let small = c.to_lowercase().next().map_or(0, |s| s as u32);
        if u8::try_from(small).is_ok_and(|s| first[usize::from(s)]) {
            let mut utf8 = [0u8; 4];
            lead[usize::from(c.encode_utf8(&mut utf8).as_bytes()[0])] = true;
        }
    }
    Some((lead, chars))
}

/// The table of [`Index::quantity_keys`]: empty when a word that may start
/// a quantity is longer than a key, or they are too many for the slots.
fn quantity_keys(index: &Index) -> Vec<u64> {
    let words: Vec<&str> = index
        .spelling
        .iter()
        .enumerate()
        .filter(|&(id, _)| index.quantity_words[id])
        .map(|(_, &w)| w)
        .collect();
    if 4 * words.len() > QUANTITY_SLOTS {
        return Vec::new();
    }
    let mut table = vec![0; QUANTITY_SLOTS];
    for word in words {
        let Some(key) = small_key(word.as_bytes()) else {
            return Vec::new();
        };
        let mut slot = quantity_slot(key);
        while table[slot] != 0 {
            slot = (slot + 1) % QUANTITY_SLOTS;
        }
        table[slot] = key;
    }
    table
}

/// `KEEP[n]` keeps the first `n` bytes of a little-endian key.
static KEEP: [u128; 17] = {
    let mut keep = [0u128; 17];
    keep[16] = u128::MAX;
    let mut n = 1;
    while n < 16 {
        keep[n] = (1u128 << (8 * n)) - 1;
        n += 1;
    }
    keep
};

/// A list and a word as one non-zero key.
fn word_key(list: &lexicon::List, id: WordId) -> u128 {
    (u128::from(list.bit.trailing_zeros() + 1) << 32) | u128::from(id)
}

fn edge_key(node: Node, id: WordId) -> u128 {
    (u128::from(node) << 32) | u128::from(id)
}

/// A map from non-zero keys to ids, frozen once built: open addressing with
/// linear probing, at most a quarter full, so a look-up mostly reads one
/// slot. Every token is looked up: hashbrown's general probing cost about
/// twice the instructions.
///
/// With `FILTER`, a bit per eighth of a slot, in a table an eighth the
/// size of the keys, tells most missing keys apart without reading a key
/// out of cache: for tables most look-ups miss (the trie's edges).
#[derive(Debug, Default)]
struct Frozen<const FILTER: bool = true> {
    /// A power of two of slots; key 0 for an empty slot.
    slots: Vec<Slot>,
    /// 64 less the bits of a slot's number.
    shift: u32,
    /// `shift` less the filter's three more bits.
    filter_shift: u32,
    /// A bit for each value of a hash's top `64 - shift + 3` bits: set
    /// when a key has it.
    filter: Vec<u64>,
}

/// A key and its value, read together.
#[derive(Debug, Default, Clone, Copy)]
struct Slot {
    key: u128,
    value: u32,
}

impl<const FILTER: bool> Frozen<FILTER> {
    fn new(entries: impl Iterator<Item = (u128, u32)> + Clone) -> Self {
        let n = entries.clone().count();
        let slots = (4 * n).next_power_of_two().max(8);
        let shift = 64 - slots.trailing_zeros();
        let mut table = Frozen {
            slots: vec![Slot::default(); slots],
            shift,
            filter_shift: shift.saturating_sub(3),
            filter: vec![0; slots / 8],
        };
        // No token has the empty key: an empty word could not be found.
        for (key, value) in entries.filter(|&(key, _)| key != 0) {
            let bit = table.filter_bit(table.hash(key));
            table.filter[bit / 64] |= 1 << (bit % 64);
            let mut i = table.slot(key);
            while table.slots[i].key != 0 {
                i = (i + 1) & (slots - 1);
            }
            table.slots[i] = Slot { key, value };
        }
        table
    }

    #[inline]
    fn hash(&self, key: u128) -> u64 {
        const K: u64 = 0x9e37_79b9_7f4a_7c15;
        ((key as u64) ^ ((key >> 64) as u64).wrapping_mul(K)).wrapping_mul(K)
    }

    #[inline]
    fn slot(&self, key: u128) -> usize {
        (self.hash(key) >> self.shift) as usize
    }

    /// The filter's bit for a hash: its slot's bits and three more.
    #[inline]
    fn filter_bit(&self, h: u64) -> usize {
        (h >> self.filter_shift) as usize
    }

    #[inline]
    fn get(&self, key: u128) -> Option<u32> {
        let h = self.hash(key);
        if FILTER {
            let bit = self.filter_bit(h);
            if self.filter.get(bit / 64)? & (1 << (bit % 64)) == 0 {
                return None;
            }
        }
        let mask = self.slots.len().wrapping_sub(1);
        let mut i = (h >> self.shift) as usize;
        loop {
            let slot = self.slots.get(i)?;
            if slot.key == key {
                return Some(slot.value);
            }
            if slot.key == 0 {
                return None;
            }
            i = (i + 1) & mask;
        }
    }
}

static INDEX: LazyLock<Index> = LazyLock::new(Index::build);

/// The lexicon's index, built on first use.
pub(crate) fn index() -> &'static Index {
    &INDEX
}

/// Sets `starts` and `ends` of every token of `toks` from the lexicon.
///
/// A phrase is seen only when all its tokens are in `toks`.
#[cfg(test)]
pub(crate) fn tag(toks: &mut [Tok<'_>]) {
    Tagger::default().tag(toks, 0);
}

/// Tags a window of tokens that grows at its end and loses tokens at its
/// start, looking at each token about once.
///
/// Tags only grow: a phrase found among the tokens read so far stays a
/// phrase when more are read, so a pass need only cover what it has not
/// seen, plus the last few tokens a phrase may still run on from.
#[derive(Debug, Default)]
pub(crate) struct Tagger {
    /// The tokens searched: every phrase starting in `lo..hi` and ending
    /// before `hi` is tagged.
    lo: usize,
    hi: usize,
}

impl Tagger {
    /// Tags every phrase of `toks` that starts at or after `from`.
    pub fn tag(&mut self, toks: &mut [Tok<'_>], from: usize) {
        let longest = INDEX.longest;
        if from < self.lo || from > self.hi {
            // A gap, or a start before the searched tokens: search anew from
            // `from`; phrases found again only set the same bits.
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
        for first in start..toks.len() {
            let mut node = index.roots[toks[first].id as usize];
            if node == 0 {
                continue;
            }
            let mut last = first;
            loop {
                let bits = index.lists_of[node as usize];
                if bits != 0 {
                    toks[first].starts |= bits;
                    toks[last].ends |= bits;
                }
                if !index.branches[node as usize] {
                    break;
                }
                last += 1;
                let Some(id) = toks.get(last).map(|t| t.id) else {
                    break;
                };
                if id == NO_WORD {
                    break;
                }
                let Some(next) = index.edge(node, id) else {
                    break;
                };
                node = next;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::lexicon::{CHAIN, INDEXED, TARGET_CUES, any_at, any_ending_at};
    use crate::extract::token::tokenize;

    #[test]
    fn the_marked_words_are_told_by_their_ids() {
        use super::{index, mark};
        use crate::extract::lexicon::{CLAUSE_LINKS, DOWN_VERBS, PER_ONE, TIMES, UP_VERBS};
        use crate::extract::token::Kind;
        let mut text =
            String::from("Tăng VƯỢT Giảm GẤP Để đồng thời tăng trưởng 5 lần, đê gập Trên 1 ha/năm");
        let words = UP_VERBS.iter().chain(DOWN_VERBS).chain([&TIMES]);
        for word in words.chain(CLAUSE_LINKS).chain(PER_ONE) {
            text.push(' ');
            text.push_str(word);
        }
        let index = index();
        for t in tokenize(&text) {
            let w = t.low.as_ref();
            let word = t.kind == Kind::Word;
            let link_start = CLAUSE_LINKS.iter().any(|l| l.split(' ').next() == Some(w));
            for (bit, is) in [
                (mark::UP_VERB, UP_VERBS.contains(&w)),
                (mark::DOWN_VERB, DOWN_VERBS.contains(&w)),
                (mark::TIMES, w == TIMES),
                (mark::CLAUSE_LINK_START, link_start),
                (mark::PER_ONE, PER_ONE.contains(&w)),
            ] {
                assert_eq!(word && index.marked(t.id, bit), word && is, "{w}");
            }
        }
    }

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
    fn tags_agree_with_comparing_every_phrase() {
        use crate::extract::lexicon::{phrase_at, phrase_ending_at};
        // Every phrase of the lexicon, in runs that overlap and nest, with
        // numbers, capitals and punctuation between, and in capitals.
        let phrases: Vec<&str> = INDEXED
            .iter()
            .flat_map(|l| l.phrases.iter().copied())
            .collect();
        let seps = [" ", " 12 ", ", ", " Và ", " "];
        for (n, sep) in seps.into_iter().enumerate() {
            let text: String = phrases
                .iter()
                .skip(n)
                .step_by(n + 1)
                .copied()
                .collect::<Vec<_>>()
                .join(sep);
            let text = if n == 4 { text.to_uppercase() } else { text };
            let toks = tokenize(&text);
            for list in INDEXED {
                for k in 0..toks.len() {
                    // The look-ups compare words by their ids: they find
                    // the first phrase comparing the text finds.
                    let first = list
                        .phrases
                        .iter()
                        .find_map(|p| phrase_at(&toks, k, p).map(|end| (*p, end)));
                    let first_ending = list
                        .phrases
                        .iter()
                        .find_map(|p| phrase_ending_at(&toks, k + 1, p));
                    assert_eq!(any_at(&toks, k, list), first, "{:?} at {k}", toks[k].raw);
                    assert_eq!(
                        any_ending_at(&toks, k + 1, list),
                        first_ending,
                        "{:?} at {k}",
                        toks[k].raw
                    );
                    let starts = list
                        .phrases
                        .iter()
                        .any(|p| phrase_at(&toks, k, p).is_some());
                    let ends = list
                        .phrases
                        .iter()
                        .any(|p| phrase_ending_at(&toks, k + 1, p).is_some());
                    assert_eq!(
                        toks[k].starts & list.bit != 0,
                        starts,
                        "{:?} at {k}",
                        toks[k].raw
                    );
                    assert_eq!(
                        toks[k].ends & list.bit != 0,
                        ends,
                        "{:?} at {k}",
                        toks[k].raw
                    );
                }
            }
        }
    }

    #[test]
    fn no_list_holds_a_phrase_twice() {
        for list in INDEXED {
            let mut seen = std::collections::HashSet::new();
            for p in list.phrases {
                assert!(
                    seen.insert(p),
                    "{p:?} twice in the list of bit {}",
                    list.bit.trailing_zeros()
                );
            }
        }
    }

    /// The comparator look-ups trust the chain's tags: they must find what
    /// comparing every comparator at every token finds.
    #[test]
    fn comparators_are_found_through_the_chain_tags() {
        use crate::extract::lexicon::{
            COMPARATORS, comparators_at, comparators_ending_at, phrase_at, phrase_ending_at,
        };
        let text: String = COMPARATORS
            .iter()
            .map(|(p, _)| format!("{p} 12% , Không {p} ; "))
            .collect();
        let toks = tokenize(&text);
        for k in 0..=toks.len() {
            let at: Vec<_> = COMPARATORS
                .iter()
                .filter_map(|(p, b)| phrase_at(&toks, k, p).map(|e| (*b, e)))
                .collect();
            assert_eq!(comparators_at(&toks, k).collect::<Vec<_>>(), at, "at {k}");
            let ending: Vec<_> = COMPARATORS
                .iter()
                .filter_map(|(p, b)| phrase_ending_at(&toks, k, p).map(|st| (*b, st)))
                .collect();
            assert_eq!(
                comparators_ending_at(&toks, k).collect::<Vec<_>>(),
                ending,
                "ending at {k}"
            );
        }
        assert!(comparators_at(&toks, 0).next().is_some());
    }

    #[test]
    fn a_word_has_its_id_wherever_it_stands_in_its_text() {
        use super::{NO_WORD, index};
        let index = index();
        let words = INDEXED
            .iter()
            .flat_map(|l| l.phrases.iter().flat_map(|p| p.split(' ')))
            .chain(["không có", "x", "ỹ"]);
        for word in words {
            let id = index.id(word);
            assert_eq!(id == NO_WORD, index.word(id) != word, "{word}");
            let filler = "ab cd ef gh ij kl mn";
            for (before, after) in [
                ("", ""),
                ("", filler),
                (filler, ""),
                (filler, filler),
                ("a ", ""),
            ] {
                let text = format!("{before}{word}{after}");
                let start = before.len();
                let id_at = index.id_at(text.as_bytes(), start, start + word.len());
                assert_eq!(id_at, id, "{text:?}");
            }
        }
    }

    /// The reader skips a sentence whose words have no id before it reads
    /// any quantity: every word that may start one must have an id.
    #[test]
    fn words_that_may_start_a_quantity_have_ids() {
        use super::{NO_WORD, index};
        let words = crate::extract::lexicon::NUMERAL_WORDS
            .iter()
            .chain([&crate::extract::lexicon::NOT]);
        for word in words {
            assert_ne!(index().id(word), NO_WORD, "{word}");
        }
    }

    /// The quick scan's table holds every word that may start a quantity
    /// (the scan's tests check it against the tokens): a word too long
    /// for it would fall back to the slower look-up, not read wrong.
    #[test]
    fn the_quantity_words_fit_their_table() {
        use super::{index, small_key};
        let index = index();
        assert!(!index.quantity_keys.is_empty());
        let words = crate::extract::lexicon::NUMERAL_WORDS
            .iter()
            .chain([&crate::extract::lexicon::NOT]);
        for word in words {
            let key = small_key(word.as_bytes());
            assert!(
                key.is_some_and(|k| index.quantity_keys.contains(&k)),
                "{word}"
            );
            let text = format!("{word} ");
            assert!(
                index.starts_quantity_at(text.as_bytes(), 0, word.len()),
                "{word}"
            );
        }
    }

    #[test]
    fn every_comparator_has_a_bit_and_ids_for_its_ends() {
        use crate::extract::lexicon::COMPARATORS;
        assert!(COMPARATORS.len() <= 32);
        let index = super::index();
        for (place, (phrase, _)) in COMPARATORS.iter().enumerate() {
            let words: Vec<&str> = phrase.split(' ').collect();
            let (first, last) = (words[0], words[words.len() - 1]);
            assert_ne!(
                index.comparators_starting(index.id(first)) & (1 << place),
                0,
                "{phrase}"
            );
            assert_ne!(
                index.comparators_ending(index.id(last)) & (1 << place),
                0,
                "{phrase}"
            );
        }
        assert_eq!(index.comparators_starting(super::NO_WORD), 0);
    }

    #[test]
    fn every_list_has_its_own_bit() {
        assert!(INDEXED.len() <= 64);
        for (n, list) in INDEXED.iter().enumerate() {
            assert_eq!(list.bit, 1 << n, "{:?}", list.phrases);
        }
    }
}
