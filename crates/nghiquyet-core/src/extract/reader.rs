//! The streaming reader: sentences pulled from the token stream one at a
//! time, each read by the clause grammar, its targets handed out in order.
//!
//! Only the tokens of the sentence being read (and a few around it) are
//! held, so memory does not grow with the text, and a caller can write each
//! target as it comes.

use std::cell::OnceCell;
use std::collections::VecDeque;

use chrono::NaiveDate;

use super::tagger::Tagger;
use super::token::{Kind, Tok, Tokens};
use super::{Room, Sentence, quantity, structure};
use crate::{Span, Target, Term};

/// Tokens kept before a sentence: rules look a few words back ("tuổi thọ").
const BEHIND: usize = 16;
/// Tokens read past a sentence: rules look a few words ahead.
const AHEAD: usize = 8;
/// A run-on "sentence" is cut at its next ';' past this many tokens, and
/// anywhere past [`HARD_CAP`], so hostile input costs linear time.
const SOFT_CAP: usize = 1_000;
const HARD_CAP: usize = 4_000;
/// Tokens that hold a sentence's opening time frame and its ':' ("Tính đến
/// năm 2030, ...", "Trong năm 2026 các chỉ tiêu gồm: ...").
const OPENING: usize = 12;
/// Tokens of the next sentence read for the time frame it opens on and a
/// goal cue ("Nhiệm kỳ 2025 - 2030, Đảng bộ tỉnh phấn đấu ...").
const NEXT_OPENING: usize = 16;
/// Tokens of the next sentence read for its reading (see
/// [`TargetReader::report_follows`]).
const NEXT_SENTENCE: usize = 120;
/// Tokens before the "năm" of a year that leads a sentence ("Đến hết năm
/// 2030, ...": three), and the "năm" itself.
const YEAR_OPENING: usize = 4;
/// Tokens before a sentence that make the reader drop those well before it
/// (all but [`BEHIND`]): dropping shifts the tokens kept to the front of
/// the buffer, which, done after every sentence, copied each token of a
/// long text once more.
const COMPACT_AT: usize = 512;
/// Tokens a reader reserves room for at first; a longer text grows the window.
const WINDOW: usize = 128;
/// Tokens pulled from the tokenizer at a time: one call reads many, where
/// a call per token cost as much again as its scan's bookkeeping.
const BATCH: usize = 32;

/// The terms named in a text, for the term in force at a position.
///
/// Found on first use: most lines of an article state no target, and
/// their terms are never asked for.
pub(crate) struct Terms<'t> {
    text: &'t str,
    found: OnceCell<FoundTerms>,
}

struct FoundTerms {
    list: Vec<(Term, Span)>,
    /// For each term, the last term of office at or before it.
    office: Vec<Option<usize>>,
}

impl<'t> Terms<'t> {
    fn new(text: &'t str) -> Self {
        Terms {
            text,
            found: OnceCell::new(),
        }
    }

    fn found(&self) -> &FoundTerms {
        self.found.get_or_init(|| {
            let text = self.text;
            let mut list = crate::find_terms(text);
            list.sort_by_key(|(_, sp)| (sp.end, sp.start));
            let mut office = Vec::with_capacity(list.len());
            let mut last = None;
            for (i, (_, sp)) in list.iter().enumerate() {
                if crate::term::is_term_of_office(text, *sp) {
                    last = Some(i);
                }
                office.push(last);
            }
            FoundTerms { list, office }
        })
    }

    /// Whether a term mention covers the bytes `start..end`.
    pub fn covers(&self, start: usize, end: usize) -> bool {
        let list = &self.found().list;
        let i = list.partition_point(|(_, sp)| sp.end < end);
        // Mentions do not overlap: sorted by end, they are sorted by start.
        list[i..]
            .iter()
            .take_while(|(_, sp)| sp.start <= start)
            .any(|(_, sp)| end <= sp.end)
    }

    /// The term in force at byte `at`: the nearest term of office named
    /// before it, else the nearest plan period.
    pub fn at(&self, at: usize) -> Option<Term> {
        let FoundTerms { list, office } = self.found();
        let n = list.partition_point(|(_, sp)| sp.end <= at);
        let last = n.checked_sub(1)?;
        let i = office[last].unwrap_or(last);
        Some(list[i].0)
    }
}

/// A sentence of the reader's buffer: its tokens, and the reading and
/// deadline it carries from the one before, so that a list of bullets goes
/// on with those of the sentence that opened it.
#[derive(Debug, Clone, Copy)]
struct SentenceAt {
    s: usize,
    e: usize,
    carried: Option<bool>,
    carried_year: Option<i32>,
    /// Its own reading, when reading its targets told it.
    reading: Option<super::Told>,
    /// It opens on a time frame the next sentence moves on from to set a
    /// goal (see [`TargetReader::later_term`]).
    later_term: bool,
    /// The result the next sentence gives for its plan's figure (see
    /// [`TargetReader::review_result`]).
    review_result: Option<f64>,
    /// The whole a next sentence opening on "Trong đó" breaks down: the
    /// deadline of the last target it read, if it read any.
    whole_year: Option<Option<i32>>,
}

impl SentenceAt {
    /// The opening words of the sentence `s..e`, with nothing carried into
    /// them: enough to read the time frame it opens on.
    fn opening(s: usize, e: usize) -> Self {
        SentenceAt {
            s,
            e: e.min(s + OPENING),
            carried: None,
            carried_year: None,
            reading: None,
            later_term: false,
            review_result: None,
            whole_year: None,
        }
    }
}

/// The targets of a text, read sentence by sentence.
///
/// Yields the same targets as [`extract_targets`](crate::extract_targets),
/// in the same order, but holds only the sentence it is reading: a caller
/// that writes each target as it comes needs memory for one sentence, not
/// for the text's targets.
///
/// ```
/// use nghiquyet_core::{TargetReader, Bound};
///
/// let text = "Phấn đấu 95% trở lên đảng viên hoàn thành tốt nhiệm vụ. Thu ngân sách 900 tỷ đồng.";
/// let mut reader = TargetReader::new(text);
/// let first = reader.next().unwrap();
/// assert_eq!((first.value, first.bound), (95.0, Bound::AtLeast));
/// assert_eq!(reader.next().unwrap().unit.as_deref(), Some("tỷ đồng"));
/// assert!(reader.next().is_none());
/// ```
pub struct TargetReader<'t> {
    text: &'t str,
    tokens: Tokens<'t>,
    /// The tokens of the sentences being read, and a few around them; the
    /// tokenizer fills it [`BATCH`] tokens at a time.
    buf: Vec<Tok<'t>>,
    /// The tokens of `buf` the reader has asked for. Those after them were
    /// read ahead and are hidden from the rules and the tagger, so that what
    /// a rule sees does not hang on how far the tokenizer ran.
    seen: usize,
    /// Tags the tokens of `buf` that sentences read.
    tagger: Tagger,
    /// All of the token stream has been pulled into `buf`.
    drained: bool,
    /// Next token of `buf` to scan for sentence ends.
    cursor: usize,
    /// First token of the sentence being scanned.
    start: usize,
    new_par: bool,
    /// Sentences found and not read yet: token ranges of `buf`, and whether
    /// each starts a new line.
    ready: VecDeque<(usize, usize, bool)>,
    ended: bool,
    terms: Terms<'t>,
    prev_subject: Option<String>,
    /// The previous sentence of the paragraph, whose reading the next one
    /// carries.
    prev: Option<SentenceAt>,
    /// How the last sentence of the paragraph with figures read: a
    /// sentence with neither figures nor cues between passes it on.
    last_told: Option<super::Told>,
    /// The targets of the sentence read last, not yet yielded.
    out: VecDeque<Target>,
    /// The article's date, when known: years before it are the past.
    published: Option<NaiveDate>,
    /// Room for the temporaries of the sentence being read.
    room: Room,
}

impl<'t> TargetReader<'t> {
    /// A reader of the targets in `text`, which should be
    /// [`normalize`](crate::normalize())d; spans point into `text`.
    ///
    /// ```
    /// use nghiquyet_core::TargetReader;
    ///
    /// let n = TargetReader::new("tỷ lệ che phủ rừng 45%; 100% xã có đường ô tô").count();
    /// assert_eq!(n, 2);
    /// ```
    pub fn new(text: &'t str) -> Self {
        TargetReader {
            text,
            tokens: Tokens::new(text, 0),
            // A line of an article fits at once: a token per five bytes or so.
            buf: Vec::with_capacity((text.len() / 5 + 8).min(WINDOW)),
            seen: 0,
            tagger: Tagger::default(),
            drained: false,
            cursor: 0,
            start: 0,
            new_par: true,
            ready: VecDeque::new(),
            ended: false,
            terms: Terms::new(text),
            prev_subject: None,
            prev: None,
            last_told: None,
            out: VecDeque::new(),
            published: None,
            room: Room::default(),
        }
        .skipping_quantityless()
    }

    /// A text with no token that may start a quantity holds no target
    /// (the reader reads only sentences with one): it is not tokenized.
    fn skipping_quantityless(mut self) -> Self {
        if !super::token::may_hold_quantity(self.text) {
            self.drained = true;
            self.ended = true;
        }
        self
    }

    /// Starts reading `text` afresh, keeping this reader's date and its
    /// buffers: reading many short texts (the lines of a file, clauses)
    /// with one reader costs no allocation per text.
    ///
    /// ```
    /// use nghiquyet_core::TargetReader;
    ///
    /// let lines = ["Phấn đấu 95% xã đạt chuẩn nông thôn mới.", "Không có chỉ tiêu.", "Thu ngân sách 900 tỷ đồng."];
    /// let mut reader = TargetReader::new("");
    /// let mut counts = Vec::new();
    /// for line in lines {
    ///     reader.reset(line);
    ///     counts.push(reader.by_ref().count());
    /// }
    /// assert_eq!(counts, [1, 0, 1]);
    /// ```
    pub fn reset(&mut self, text: &'t str) {
        self.text = text;
        self.tokens.reset(text);
        for tok in self.buf.drain(..) {
            self.tokens.give_back(tok);
        }
        self.seen = 0;
        self.tagger = Tagger::default();
        self.drained = false;
        self.cursor = 0;
        self.start = 0;
        self.new_par = true;
        self.ready.clear();
        self.ended = false;
        self.terms = Terms::new(text);
        self.prev_subject = None;
        self.prev = None;
        self.last_told = None;
        self.out.clear();
        if !super::token::may_hold_quantity(text) {
            self.drained = true;
            self.ended = true;
        }
    }

    /// This reader, with its date and its buffers, reading `text` afresh
    /// as [`TargetReader::reset`] does, whatever the lifetime of `text`:
    /// the lines a caller normalises into a buffer of its own, one after
    /// the other, cost no reader's allocation each.
    ///
    /// ```
    /// use nghiquyet_core::TargetReader;
    ///
    /// let mut reader = TargetReader::new("");
    /// let mut line = String::new();
    /// for text in ["Phấn đấu 95% xã đạt chuẩn.", "Thu ngân sách 900 tỷ đồng."] {
    ///     line.clear();
    ///     line.push_str(text);
    ///     let mut on_line = reader.recycle(&line);
    ///     assert_eq!(on_line.by_ref().count(), 1);
    ///     reader = on_line.recycle("");
    /// }
    /// ```
    pub fn recycle<'u>(self, text: &'u str) -> TargetReader<'u> {
        let TargetReader {
            mut tokens,
            mut buf,
            ready,
            prev_subject,
            out,
            published,
            room,
            ..
        } = self;
        for tok in buf.drain(..) {
            tokens.give_back(tok);
        }
        // No token is left to borrow from the old text: the empty vector
        // becomes one of the new text's tokens in its own allocation (an
        // in-place collect: the two types have one layout).
        let buf: Vec<Tok<'u>> = buf.into_iter().map_while(|_| None).collect();
        let mut reader = TargetReader {
            text,
            tokens: tokens.recycle(text),
            buf,
            seen: 0,
            tagger: Tagger::default(),
            drained: false,
            cursor: 0,
            start: 0,
            new_par: true,
            ready,
            ended: false,
            terms: Terms::new(text),
            prev_subject,
            prev: None,
            last_told: None,
            out,
            published,
            room,
        };
        reader.reset(text);
        reader
    }

    /// Reads the text as an article published on `date`: a quantity tied
    /// to a year before the article's year, with no goal cue, is a result
    /// reported, not a target ("Năm 2024, thu ngân sách đạt 900 tỷ đồng"
    /// in an article of 2026); a year after it keeps an item a goal even
    /// after a report in the same sentence. A period leading a sentence
    /// ("Giai đoạn 2021-2025, ...") counts as a year when it is wholly
    /// before or after the article's year. The article's own year is left
    /// to the cues: it is planned early in the year and estimated late.
    ///
    /// Without a date (the default) the text is read as of late 2025, as
    /// the team's clauses are, and only a plain year up to 2025 heading a
    /// figure with no goal cue, no bound and no deadline makes it a result
    /// ("Năm 2024, thu ngân sách đạt 900 tỷ đồng"); other years say nothing
    /// of modality.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use nghiquyet_core::TargetReader;
    ///
    /// let text = "Năm 2027, thu ngân sách đạt 900 tỷ đồng.";
    /// let date = NaiveDate::from_ymd_opt(2028, 3, 2).ok_or("a date")?;
    /// assert_eq!(TargetReader::new(text).count(), 1);
    /// assert_eq!(TargetReader::new(text).published(date).count(), 0);
    /// // Written before 2024, a plan for it.
    /// let text = "Năm 2024, thu ngân sách đạt 900 tỷ đồng.";
    /// let date = NaiveDate::from_ymd_opt(2023, 12, 9).ok_or("a date")?;
    /// assert_eq!(TargetReader::new(text).count(), 0);
    /// assert_eq!(TargetReader::new(text).published(date).count(), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn published(mut self, date: NaiveDate) -> Self {
        self.published = Some(date);
        self
    }

    /// Shows the tokens up to `buf[i]`, pulling them as needed; whether
    /// `buf[i]` exists.
    #[inline]
    fn fill(&mut self, i: usize) -> bool {
        if i < self.seen {
            return true;
        }
        while self.buf.len() <= i && !self.drained {
            self.drained = !self.tokens.push_some(&mut self.buf, BATCH);
        }
        self.seen = (i + 1).min(self.buf.len());
        i < self.seen
    }

    /// The tokens the reader has asked for.
    #[inline]
    fn toks(&self) -> &[Tok<'t>] {
        &self.buf[..self.seen]
    }

    /// The next sentence: a token range of `buf`, and whether it starts a line.
    fn next_sentence(&mut self) -> Option<(usize, usize, bool)> {
        if let Some(s) = self.ready.pop_front() {
            return Some(s);
        }
        if self.ended {
            return None;
        }
        self.scan_to_sentence_end();
        self.ready.pop_front()
    }

    /// Scans tokens from `cursor` until a sentence is found or the tokens
    /// end, and queues what was found: a line break ends a sentence, and
    /// so does a '.', '!' or '?' (not one inside a word: "v.v", "TP.HCM").
    /// One loop over the tokens, which goes back to the queue only when
    /// it has queued.
    fn scan_to_sentence_end(&mut self) {
        let mut i = self.cursor;
        let mut start = self.start;
        let mut new_par = self.new_par;
        loop {
            // The token after `i` too: it tells whether a '.' ends. The
            // scan reads the tokens pulled ahead; the rules are shown only
            // those up to it (see `seen`), as if pulled one by one.
            if i + 1 >= self.buf.len() && !self.drained {
                self.drained = !self.tokens.push_some(&mut self.buf, BATCH);
                continue;
            }
            // Most tokens are words and numbers inside a line, short of the
            // hard cap and before the last token pulled: they end nothing,
            // and are passed over in a tight loop.
            let plain_to = (start + HARD_CAP - 1).min(self.buf.len().saturating_sub(1));
            if let Some(plain) = self.buf.get(i..plain_to) {
                let run = plain
                    .iter()
                    .position(|t| t.kind == Kind::Punct || t.line_start)
                    .unwrap_or(plain.len());
                if run > 0 {
                    i += run;
                    continue;
                }
            }
            let buf = &self.buf;
            let Some(t) = buf.get(i) else {
                self.seen = buf.len();
                self.ended = true;
                if start < buf.len() {
                    self.ready.push_back((start, buf.len(), new_par));
                }
                break;
            };
            let mut queued = false;
            if i > 0 && t.line_start {
                if i > start {
                    self.ready.push_back((start, i, new_par));
                    start = i;
                    queued = true;
                }
                new_par = true;
            }
            let long = i + 1 - start;
            // Only punctuation ends a sentence before the hard cap: most
            // tokens are told by their kind.
            // A '.' inside a word ("tỷ.đ"), or a decimal mark in a name
            // that ends in a digit ("PM2.5"), ends nothing.
            let inside = |n: &Tok<'_>| {
                n.glued
                    && (n.kind == Kind::Word
                        || n.kind == Kind::Num
                            && i > 0
                            && buf[i - 1].kind == Kind::Word
                            && buf[i - 1].raw.ends_with(|c: char| c.is_ascii_digit()))
            };
            // An ellipsis ends where its dots end, and then only before a
            // capital or a line's end: "bùng phát...nhưng với ..." goes on.
            let in_ellipsis = || {
                let dot = |n: &Tok<'_>| n.raw == "." && n.glued;
                let next = buf.get(i + 1);
                next.is_some_and(dot)
                    || i > 0
                        && dot(t)
                        && buf[i - 1].raw == "."
                        && next.is_some_and(|n| {
                            n.kind == Kind::Word && !n.line_start && !n.is_capitalised()
                        })
            };
            // "TP. Trà Vinh", "TS. Nguyễn Văn A": the '.' of a place's kind
            // or a title, abbreviated before its name, ends nothing.
            let abbreviated = || {
                t.glued
                    && i > 0
                    && super::lexicon::NAME_ABBREVIATIONS.contains(&buf[i - 1].low.as_ref())
                    && buf.get(i + 1).is_some_and(Tok::is_capitalised)
            };
            // "... 54 triệu đồng/người/năm.; thu ngân sách ...": a '.' a
            // list's ';' or ',' follows at once is a slip, the list goes on.
            let list_goes_on = || {
                buf.get(i + 1)
                    .is_some_and(|n| n.glued && (n.is_punct(';') || n.is_punct(',')))
            };
            let ends = t.kind == Kind::Punct
                && (matches!(t.raw, "." | "!" | "?")
                    && !(t.glued && buf.get(i + 1).is_some_and(inside))
                    && !(t.raw == "." && (in_ellipsis() || abbreviated() || list_goes_on()))
                    || long >= SOFT_CAP && t.raw.starts_with(';'));
            if ends || long >= HARD_CAP {
                self.ready.push_back((start, i + 1, new_par));
                start = i + 1;
                new_par = false;
                queued = true;
            }
            i += 1;
            if queued {
                self.seen = self.seen.max((i + 1).min(buf.len()));
                break;
            }
        }
        self.cursor = i;
        self.start = start;
        self.new_par = new_par;
    }

    /// The rules' view of the sentence `at`.
    fn sentence(&self, at: SentenceAt) -> Sentence<'t, '_> {
        Sentence {
            text: self.text,
            toks: self.toks(),
            room: &self.room,
            s: at.s,
            e: at.e,
            terms: &self.terms,
            carried: at.carried,
            carried_year: at.carried_year,
            published: self.published,
            later_term: at.later_term,
            review_result: at.review_result,
        }
    }

    /// The reading the sentence `s..e` carries from the previous one of its
    /// paragraph: a paragraph that opens on a report ("Nhiệm kỳ qua, ... đạt
    /// 7%/năm.") goes on reporting in its cue-less sentences ("Giá trị sản
    /// xuất công nghiệp tăng bình quân 11%/năm."), one that opens on a goal
    /// goes on setting goals. A sentence that opens its own time frame
    /// ("Đến năm 2030, ...", "Nhiệm kỳ 2025-2030, ...") starts afresh, unless
    /// it says it goes on ("Cụ thể, ...", a bullet). Its own cues still
    /// decide where it has them. Leaves the tags of `s..e` in place.
    fn carried_into(&mut self, s: usize, e: usize) -> Option<bool> {
        let prev = self.prev?;
        let goes_on =
            super::lexicon::any_at(self.toks(), s, super::lexicon::CONTINUATIONS).is_some();
        // "Mục tiêu này có cơ sở thực hiện tốt do ...": a sentence that
        // opens on the goal just set speaks of it, and sets none of its own.
        // "Kiềm chế tỷ lệ ... dưới 1%/năm.", "Giảm tỷ lệ ...": nor does one
        // that opens on a command carry a report; it sets its own goals.
        if super::lexicon::goal_pointed_back_at(self.toks(), s).is_some()
            || self
                .sentence(SentenceAt::opening(s, e))
                .opens_on_a_command()
        {
            return None;
        }
        if !goes_on {
            // A time frame opens the sentence: its first words are enough.
            let me = self.sentence(SentenceAt::opening(s, e));
            let own_frame = super::modality::lead_period(self.toks(), s).is_some()
                || me
                    .year_mentions()
                    .iter()
                    .any(|y| y.0 <= s + 1 && me.is_lead_in(y.0, y.1));
            if own_frame {
                return None;
            }
        }
        let told = match prev.reading {
            Some(told) => told,
            None => {
                self.tagger
                    .tag(&mut self.buf[..self.seen], prev.s.saturating_sub(BEHIND));
                // "... tăng 10% so với cùng kỳ. Sản xuất nông nghiệp phát
                // triển ổn định. Tổng mức bán lẻ ... tăng 8%.": a sentence
                // with neither figures nor cues passes on the reading before.
                match (self.sentence(prev).reading(), self.last_told) {
                    (None, Some(before)) => before,
                    (reading, _) => super::Told::by_cue(reading),
                }
            }
        };
        // "Đến hết năm 2022, toàn huyện có gần 1,26 triệu con vật nuôi.
        // Trong đó: trâu 11,9 nghìn con; ...": a sentence that goes on with
        // one that described what is or was describes too. "Đảng bộ xã
        // kết nạp 59 đảng viên (đạt 118% kế hoạch). Tỷ lệ ... đạt 97%.":
        // after a result measured against its plan the paragraph reports.
        if goes_on && told.described || told.measured {
            return Some(false);
        }
        // "12. Tốc độ tăng dân số ... dưới 1%. 13. Tỷ lệ lao động ... năm
        // 2025: 50%.": a numbered list whose item set targets with no cue
        // goes on setting them in its next item.
        let buf = self.toks();
        if told.reading.is_none()
            && told.set
            && list_marker(buf, prev.s).is_some()
            && (list_marker(buf, s).is_some() || ends_with_marker(buf, prev.s, prev.e))
        {
            return Some(true);
        }
        let reading = told.reading;
        // "Năm 2025, giá trị sản xuất ... đạt 185 nghìn tỷ đồng. Cùng với
        // đó, tỉnh thu hút 42 dự án ...": a paragraph that opens on a year
        // or a term gone by narrates it, cue or none; unless that sentence
        // set targets all the same ("Trong giai đoạn 2021 - 2025, tốc độ
        // tăng trưởng ... đạt 10,89% đến 14,02%/năm."), when it told a plan
        // for the term, not what the term brought.
        reading.or_else(|| (!told.set && self.opens_on_the_past(prev)).then_some(false))
    }

    /// Whether the sentence opens on a year or a term that is over ("Năm
    /// 2024, ...", "Nhiệm kỳ 2015-2020, ..."; not "Đến năm 2025, ...").
    fn opens_on_the_past(&self, at: SentenceAt) -> bool {
        self.opening_frame(at.s, at.e)
            .is_some_and(|(_, end, by)| !by && super::modality::frame_is_past(end, self.published))
    }

    /// The frame the tokens from `s` open on: a period ("Nhiệm kỳ
    /// 2020-2025, ...") or a year ("Năm 2025, ...", "Đến năm 2030, ..."),
    /// as its first and last year, and whether it is a deadline ("đến").
    fn opening_frame(&self, s: usize, e: usize) -> Option<(i32, i32, bool)> {
        if let Some((start, end, _)) = super::modality::lead_period(self.toks(), s) {
            return Some((start, end, false));
        }
        // A year that leads names it within its first words ("Năm 2025",
        // "Đến hết năm 2030"): most sentences are spared reading their years.
        let named = self.toks()[s..e.min(s + YEAR_OPENING)]
            .iter()
            .any(|t| t.is_word(super::lexicon::YEAR));
        if !named {
            return None;
        }
        let me = self.sentence(SentenceAt::opening(s, e));
        me.year_mentions()
            .iter()
            .find(|y| y.0 <= s + 1 && me.is_lead_in(y.0, y.1))
            .map(|y| {
                let by = super::lexicon::BY.contains(&self.toks()[y.0].low.as_ref());
                (y.2, y.2, by)
            })
    }

    /// Whether the sentence `s..e` opens on a time frame of its own ("Năm
    /// 2025, ...", "Nhiệm kỳ 2020-2025, ...", not a deadline) and the next
    /// sentence of its paragraph opens on a later one ("Năm 2026, ...",
    /// "Đến năm 2030, ...", "Nhiệm kỳ mới, ...", "Phấn đấu đến năm 2028,
    /// ...") to set a goal: a report
    /// on a year or a term, then the plan for the next. Looks a few tokens
    /// past the sentence, and only past one that opens on a frame.
    fn later_term(&mut self, s: usize, e: usize) -> bool {
        let Some((_, end, false)) = self.opening_frame(s, e) else {
            return false;
        };
        self.fill(e + NEXT_OPENING);
        if self.toks().get(e).is_none_or(|t| t.line_start) {
            return false;
        }
        self.tagger
            .tag(&mut self.buf[..self.seen], s.saturating_sub(BEHIND));
        let buf = self.toks();
        let next_end = (e..buf.len().min(e + NEXT_OPENING))
            .find(|&k| matches!(buf[k].raw, "." | "!" | "?"))
            .unwrap_or_else(|| buf.len().min(e + NEXT_OPENING));
        let at = super::lexicon::any_at(buf, e, super::lexicon::PERIOD_OPENERS).map_or(e, |p| p.1);
        // "Phấn đấu đến năm 2028, ...": the cue may come before the frame.
        let framed = super::lexicon::any_at(buf, e, super::lexicon::TARGET_CUES)
            .map_or(e, |p| p.1)
            .min(next_end);
        let later = super::lexicon::TERMS_AHEAD
            .iter()
            .any(|p| super::lexicon::phrase_at(buf, at, p).is_some())
            || [e, framed].into_iter().any(|from| {
                self.opening_frame(from, next_end)
                    .is_some_and(|(start, last, _)| start >= end && last > end)
            });
        later
            && (e..next_end).any(|k| {
                super::lexicon::any_at(self.toks(), k, super::lexicon::TARGET_CUES).is_some()
            })
    }

    /// "Tốc độ tăng giá trị sản xuất bình quân hằng năm đạt 10,7%. Thu
    /// nhập bình quân đầu người năm 2020 ước đạt 21,5 triệu đồng.": a
    /// sentence with no goal cue of its own, which the next one of its
    /// paragraph follows with a report, reviews too. Looks past the
    /// sentence only when it has no goal cue, nor a floor or a cap in
    /// words, which a plan sets ("Năm 2025 tỷ lệ ... ít nhất đạt 85%.
    /// Hiện tại, tỷ lệ ... hơn 80%.").
    fn report_follows(&mut self, s: usize, e: usize) -> bool {
        let toks = self.toks();
        let cue = toks[s..e]
            .iter()
            .any(|t| t.starts & super::lexicon::TARGET_CUES.bit != 0);
        if cue || (s..e).any(|k| super::lexicon::floor_or_cap_at(toks, k)) {
            return false;
        }
        self.fill(e + NEXT_SENTENCE);
        if self.toks().get(e).is_none_or(|t| t.line_start) {
            return false;
        }
        self.tagger
            .tag(&mut self.buf[..self.seen], s.saturating_sub(BEHIND));
        let buf = self.toks();
        let last = buf.len().min(e + NEXT_SENTENCE);
        let next_end = (e..last)
            .find(|&k| matches!(buf[k].raw, "." | "!" | "?") || k > e && buf[k].line_start)
            .unwrap_or(last);
        self.sentence(SentenceAt {
            e: next_end,
            ..SentenceAt::opening(e, next_end)
        })
        .reading_of_figures()
            == Some(false)
    }

    /// "Kế hoạch: 75%. Thực hiện: 78,4%.": a review table turned into
    /// text gives the plan's figure in a sentence of its own and the result
    /// in the next one of its paragraph; the figure after the result's
    /// label, when the sentence `s..e` opens on the plan's.
    fn review_result(&mut self, s: usize, e: usize) -> Option<f64> {
        structure::column_label(self.toks(), s, super::lexicon::REVIEW_PLAN)?;
        self.fill(e + NEXT_OPENING);
        let buf = self.toks();
        if buf.get(e).is_none_or(|t| t.line_start) {
            return None;
        }
        let at = structure::column_label(buf, e, super::lexicon::REVIEW_RESULT)?;
        buf.get(at)
            .filter(|t| t.kind == Kind::Num && !quantity::is_year(t))
            .and_then(|t| t.value)
    }

    /// The deadline the sentence at `s` carries from the previous one: the
    /// year of the list the previous one opened or went on with, when this
    /// one is an item of it (a bullet, "2.", "(2)", or after "... 2030: 1.").
    fn year_carried_into(&self, s: usize) -> Option<i32> {
        let prev = self.prev?;
        let buf = self.toks();
        // "Các chỉ tiêu chủ yếu đến năm 2030: Tốc độ ... 8%/năm. Giá trị ...
        // 12%/năm.": after a lead that opens a list with ':', the sentences
        // of its paragraph are its items, marked or not.
        let in_list = prev.carried_year.is_some();
        let item = super::lexicon::any_at(buf, s, super::lexicon::CONTINUATIONS).is_some()
            || list_marker(buf, s).is_some()
            || ends_with_marker(buf, prev.s, prev.e)
            || in_list;
        if !item {
            return self.sentence(prev).colon_lead_year();
        }
        // "... tuyển sinh năm 2023 đạt 2.295.000 người. Trong đó, trình độ
        // cao đẳng 530.000 người": the parts of a whole are due when it is.
        // "... xây dựng ba kịch bản tăng trưởng năm 2026. Trong đó, kịch bản
        // cao nhất là 10%": with no figure set, the whole is the sentence's,
        // due by the year it names.
        let whole_s_year = || {
            if !super::lexicon::in_which_at(buf, s) {
                return None;
            }
            match prev.whole_year {
                Some(year) => year,
                None => self.sentence(prev).year_mentions().last().map(|y| y.2),
            }
        };
        // An item's own year is its deadline, not its list's: "(2) Thu nhập
        // ... đến năm 2025: 45 triệu đồng. (3) ..." gives 2025 to (2) only.
        // A sentence that goes on in words ("Cụ thể, tỉnh phấn đấu đến năm
        // 2025, ... Trong đó, ...") is no item: its lead-in leads what goes
        // on with it.
        let prev_is_item = super::lexicon::any_at(buf, prev.s, super::lexicon::CONTINUATIONS)
            .is_some()
            && buf[prev.s].kind != Kind::Word
            || list_marker(buf, prev.s).is_some();
        if prev_is_item || in_list {
            return prev.carried_year;
        }
        self.sentence(prev).list_year().or_else(whole_s_year)
    }

    /// Drops the tokens well before `s`, shifting every index into `buf`.
    fn compact(&mut self, s: usize) {
        if s < COMPACT_AT {
            return;
        }
        let drop = s - BEHIND;
        for tok in self.buf.drain(..drop) {
            self.tokens.give_back(tok);
        }
        self.seen -= drop;
        self.tagger.shift(drop);
        self.cursor -= drop;
        self.start -= drop;
        for r in self.ready.iter_mut() {
            r.0 -= drop;
            r.1 -= drop;
        }
        if let Some(p) = self.prev.as_mut() {
            p.s -= drop;
            p.e -= drop;
        }
    }
}

impl Iterator for TargetReader<'_> {
    type Item = Target;

    fn next(&mut self) -> Option<Target> {
        loop {
            if let Some(t) = self.out.pop_front() {
                return Some(t);
            }
            let (s, e, new_par) = self.next_sentence()?;
            if new_par {
                self.prev_subject = None;
                // A list whose lead ends its paragraph with ':' may set its
                // items in paragraphs of their own (a page's list items):
                // the list goes on while they end with ';' or open on a
                // marker ("2.", "(2)", "-").
                let list_goes_on = self.prev.as_ref().is_some_and(|p| {
                    let toks = self.toks();
                    let last = toks[p.s..p.e].last();
                    let marked = list_marker(toks, s).is_some() || toks[s].is_dash();
                    last.is_some_and(|t| t.is_punct(':'))
                        || (last.is_some_and(|t| t.is_punct(';')) || marked)
                            && p.carried_year.is_some()
                        || marked && self.sentence(*p).heading_year().is_some()
                });
                if !list_goes_on {
                    self.prev = None;
                    self.last_told = None;
                }
            }
            self.fill(e + AHEAD);
            let mut carried = None;
            let mut carried_year = None;
            let mut reading = None;
            let mut later_term = false;
            let mut review_result = None;
            let mut whole_year = None;
            // A list's number alone ("13.") holds no quantity: the reading
            // before it goes on to its item.
            let marker_only = list_marker(self.toks(), s).is_some_and(|end| end >= e);
            if self.toks()[s..e].iter().any(super::may_hold_quantity) {
                self.tagger
                    .tag(&mut self.buf[..self.seen], s.saturating_sub(BEHIND));
                carried = self.carried_into(s, e);
                if carried.is_none() && self.report_follows(s, e) {
                    carried = Some(false);
                }
                carried_year = self.year_carried_into(s);
                later_term = self.later_term(s, e);
                review_result = self.review_result(s, e);
                if !marker_only {
                    let mut prev_subject = std::mem::take(&mut self.prev_subject);
                    let mut out = std::mem::take(&mut self.out);
                    let before = out.len();
                    let at = SentenceAt {
                        s,
                        e,
                        carried,
                        carried_year,
                        reading: None,
                        later_term,
                        review_result,
                        whole_year: None,
                    };
                    reading = self.sentence(at).targets(&mut prev_subject, &mut out);
                    whole_year =
                        (out.len() > before).then(|| out.back().and_then(|t| t.deadline_year));
                    self.prev_subject = prev_subject;
                    self.out = out;
                    self.last_told = reading;
                }
            }
            self.prev = Some(SentenceAt {
                s,
                e,
                carried,
                carried_year,
                reading,
                later_term,
                review_result,
                whole_year,
            });
            self.compact(s);
        }
    }
}

/// A numbered list marker at token `k` ("2.", "2)", "(2)", "c)"): the
/// token after it.
pub(super) fn list_marker(toks: &[Tok<'_>], k: usize) -> Option<usize> {
    let small = |i: usize| toks.get(i).is_some_and(Tok::is_list_number);
    let glued = |i: usize, c: char| toks.get(i).is_some_and(|t| t.glued && t.is_punct(c));
    if small(k) && (glued(k + 1, '.') || glued(k + 1, ')')) {
        return Some(k + 2);
    }
    if toks.get(k).is_some_and(Tok::is_item_letter) && glued(k + 1, ')') {
        return Some(k + 2);
    }
    let open = toks.get(k).is_some_and(|t| t.is_punct('('));
    (open && small(k + 1) && glued(k + 2, ')')).then_some(k + 3)
}

/// Whether the sentence `s..e` ends on a numbered list marker after ':' or
/// is one ("Các chỉ tiêu đến năm 2030: 1.", "...: (1).", "2."): the list's
/// next item is the next sentence.
fn ends_with_marker(toks: &[Tok<'_>], s: usize, e: usize) -> bool {
    (e.saturating_sub(4).max(s)..e).any(|k| {
        list_marker(toks, k).is_some_and(|end| end == e || end + 1 == e && toks[end].is_punct('.'))
            && (k == s || toks[k - 1].is_punct(':'))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_texts_hold_a_window_not_the_text() {
        let sentence = "Phấn đấu 95% xã đạt chuẩn nông thôn mới. ";
        let text = sentence.repeat(5_000);
        let mut reader = TargetReader::new(&text);
        let mut n = 0;
        let mut max_buf = 0;
        while let Some(t) = reader.next() {
            assert_eq!(&text[t.span.range()], t.text);
            max_buf = max_buf.max(reader.buf.capacity());
            n += 1;
        }
        assert_eq!(n, 5_000);
        assert!(max_buf <= 2 * COMPACT_AT, "{max_buf}");
    }

    #[test]
    fn a_run_on_text_is_cut_into_bounded_sentences() {
        // No sentence end in 80,000 tokens: the reader still holds a window
        // (cut at ';' past SOFT_CAP, anywhere past HARD_CAP), not the text.
        for piece in ["xã đạt 95% ", "xã đạt 95%; "] {
            let text = piece.repeat(20_000);
            let mut reader = TargetReader::new(&text);
            let mut max_buf = 0;
            let mut n = 0;
            while let Some(t) = reader.next() {
                assert_eq!(&text[t.span.range()], t.text);
                max_buf = max_buf.max(reader.buf.len());
                n += 1;
            }
            assert!(n > 0);
            assert!(
                max_buf <= COMPACT_AT + HARD_CAP + AHEAD + 2 + BATCH,
                "{piece}: {max_buf}"
            );
        }
    }

    #[test]
    fn an_ellipsis_before_a_small_letter_ends_no_sentence() {
        let values = |text: &str| TargetReader::new(text).map(|t| t.value).collect::<Vec<_>>();
        // The review goes on past "..." as past "…": no goal after it.
        for dots in ["...", "…"] {
            let text = format!(
                "Trong nhiệm kỳ qua, tỉnh gặp nhiều khó khăn; dịch bệnh bùng phát{dots}nhưng \
                 năng suất lao động tăng 10,9%, thu ngân sách vượt 25,2%."
            );
            assert_eq!(values(&text), [] as [f64; 0], "{text}");
        }
        // Before a capital it ends one.
        let text = "Trong nhiệm kỳ qua, tỉnh gặp nhiều khó khăn... Phấn đấu năm 2026 thu \
                    ngân sách 900 tỷ đồng.";
        assert_eq!(values(text), [900.0]);
    }

    #[test]
    fn a_place_s_kind_abbreviated_before_its_name_ends_no_sentence() {
        let years = |text: &str| {
            TargetReader::new(text)
                .map(|t| (t.value, t.deadline_year))
                .collect::<Vec<_>>()
        };
        let text = "Năm 2027, các huyện phấn đấu có 60 sản phẩm OCOP, cụ thể: TP. Sa Đéc \
                    20 sản phẩm; TX. Hồng Ngự 15 sản phẩm.";
        assert_eq!(
            years(text),
            [(60.0, Some(2027)), (20.0, Some(2027)), (15.0, Some(2027))]
        );
    }

    #[test]
    fn a_list_of_bullets_goes_on_with_the_reading_that_opened_it() {
        let values = |text: &str| TargetReader::new(text).map(|t| t.value).collect::<Vec<_>>();
        // Each bullet carries the one before, back to the estimate.
        let report = "Năm 2024, tổng sản phẩm trên địa bàn ước đạt 7,5%. - Giá trị sản xuất \
                      công nghiệp tăng 12%. - Thu ngân sách 900 tỷ đồng. - Tỷ lệ che phủ rừng 45%.";
        assert_eq!(values(report), [] as [f64; 0]);
        let goal = "Các chỉ tiêu chủ yếu đến năm 2030: tốc độ tăng trưởng 8%/năm. - Giá trị sản \
                    xuất công nghiệp tăng 12%. - Thu ngân sách 900 tỷ đồng. - Tỷ lệ che phủ rừng 45%.";
        assert_eq!(values(goal), [8.0, 12.0, 900.0, 45.0]);
        // A new paragraph carries nothing.
        let apart = "Năm 2024, tổng sản phẩm ước đạt 7,5%.\n- Thu ngân sách 900 tỷ đồng.";
        assert_eq!(values(apart), [900.0]);
        // A numbered item that set targets with no cue: the next item goes
        // on setting them, even for a year a report would tell.
        let numbered = "12. Tốc độ tăng dân số bình quân hằng năm dưới 1%. 13. Tỷ lệ lao động \
                        nông nghiệp năm 2025: 50%. 14. Tỷ lệ lao động qua đào tạo năm 2025: 65%.";
        assert_eq!(values(numbered), [1.0, 50.0, 65.0]);
        assert_eq!(
            values("Tỷ lệ lao động qua đào tạo năm 2025: 65%."),
            [] as [f64; 0]
        );
    }

    #[test]
    fn a_list_lead_s_year_reaches_its_items_in_paragraphs_of_their_own() {
        let years = |text: &str| {
            TargetReader::new(text)
                .map(|t| t.deadline_year)
                .collect::<Vec<_>>()
        };
        // A page's list items: one paragraph each, while they end with ';'.
        let items = "Các chỉ tiêu chủ yếu đến năm 2030:\nTỷ lệ trường đạt chuẩn quốc gia đạt 85%;\n\
                     100% giáo viên đạt chuẩn.\nThu ngân sách đạt 900 tỷ đồng.";
        assert_eq!(years(items), [Some(2030), Some(2030), None]);
        // A lead that ends with '.' opens no list of paragraphs.
        let closed = "Các chỉ tiêu chủ yếu đến năm 2030.\nTỷ lệ trường đạt chuẩn quốc gia đạt 85%.";
        assert_eq!(years(closed), [None]);
        // Numbered or dashed items, one paragraph each, whatever they end
        // with; the lead's year may sit further from its ':'.
        let numbered = "Kỳ họp thông qua Nghị quyết về nhiệm vụ năm 2026 với các chỉ tiêu chủ yếu sau:\n\
                        1. Tổng giá trị sản xuất tăng 9% trở lên.\n\
                        2. Thu ngân sách nhà nước trên địa bàn đạt 330 tỷ đồng.\n\
                        - Tỷ lệ hộ nghèo giảm 1,5%.\n\
                        Thu ngân sách đạt 900 tỷ đồng.";
        assert_eq!(years(numbered), [Some(2026), Some(2026), Some(2026), None]);
    }

    #[test]
    fn a_paragraph_goes_on_with_its_reading_until_a_new_time_frame() {
        let values = |text: &str| TargetReader::new(text).map(|t| t.value).collect::<Vec<_>>();
        // A review of the past term: its cue-less sentences report too.
        let review = "Trong 5 năm qua, tốc độ tăng trưởng kinh tế bình quân đạt 7,2%/năm. \
                      Giá trị sản xuất công nghiệp tăng bình quân 11%/năm.";
        assert_eq!(values(review), [] as [f64; 0]);
        // The same sentence alone, or in a paragraph of goals, is a goal.
        assert_eq!(
            values("Giá trị sản xuất công nghiệp tăng bình quân 11%/năm."),
            [11.0]
        );
        let goals = "Mục tiêu đến năm 2030: tổng vốn đầu tư toàn xã hội đạt 50.000 tỷ đồng. \
                     Giá trị sản xuất công nghiệp tăng bình quân 11%/năm.";
        assert_eq!(values(goals), [50000.0, 11.0]);
        // A sentence that opens its own time frame starts afresh.
        for next in [
            "Đến năm 2030, thu nhập bình quân đầu người đạt 90 triệu đồng.",
            "Nhiệm kỳ 2025-2030, tốc độ tăng trưởng kinh tế bình quân 8%/năm.",
        ] {
            let text = format!("Nhiệm kỳ qua, kinh tế tăng trưởng bình quân 7%/năm. {next}");
            assert_eq!(values(&text).len(), 1, "{text}");
        }
        // A new paragraph carries nothing.
        let apart = "Trong 5 năm qua, tăng trưởng bình quân đạt 7,2%/năm.\nGiá trị sản xuất \
                     công nghiệp tăng bình quân 11%/năm.";
        assert_eq!(values(apart), [11.0]);
    }

    #[test]
    fn a_reset_reader_reads_as_a_new_one() {
        let texts = [
            "Nhiệm kỳ 2020-2025, kết nạp 500 đảng viên. Trong 5 năm qua, tăng trưởng đạt 7%/năm.",
            "Giá trị sản xuất công nghiệp tăng bình quân 11%/năm.",
            "Các chỉ tiêu đến năm 2030: 1. Tỷ lệ che phủ rừng 45%. 2. Thu ngân sách 900 tỷ đồng.",
            "",
            "- Thu nhập bình quân 70 triệu đồng/người.",
        ];
        let mut reader = TargetReader::new("Phấn đấu 95% xã đạt chuẩn. Thu ngân sách 900 tỷ đồng.");
        // Left half read: nothing of it may reach the next text.
        assert!(reader.next().is_some());
        for text in texts {
            reader.reset(text);
            let again: Vec<Target> = reader.by_ref().collect();
            assert_eq!(again, TargetReader::new(text).collect::<Vec<_>>(), "{text}");
        }
    }

    #[test]
    fn a_recycled_reader_reads_as_a_new_one_in_its_own_room() {
        let texts = [
            "Phấn đấu 95% xã đạt chuẩn. Thu ngân sách 900 tỷ đồng.",
            "Các chỉ tiêu đến năm 2030: 1. Tỷ lệ che phủ rừng 45%. 2. Thu ngân sách 900 tỷ đồng.",
            "",
            "Năm 2024, thu ngân sách đạt 900 tỷ đồng.",
        ];
        let date = NaiveDate::from_ymd_opt(2026, 3, 2).unwrap_or_default();
        let mut reader = TargetReader::new(texts[0]).published(date);
        assert!(reader.next().is_some());
        let room = reader.buf.capacity();
        let mut line = String::new();
        for text in texts {
            line.clear();
            line.push_str(text);
            let mut on_line = reader.recycle(&line);
            assert!(on_line.buf.capacity() >= room, "{text}");
            let again: Vec<Target> = on_line.by_ref().collect();
            let fresh: Vec<Target> = TargetReader::new(text).published(date).collect();
            assert_eq!(again, fresh, "{text}");
            reader = on_line.recycle("");
        }
    }

    #[test]
    fn terms_in_force() {
        let text = "nhiệm kỳ 2015-2020 và giai đoạn 2021-2025, nhiệm kỳ 2020-2025";
        let terms = Terms::new(text);
        assert_eq!(terms.at(0), None);
        let after_first = text.find(" và").unwrap_or(0);
        assert_eq!(terms.at(after_first), Some(Term::new(2015, 2020)));
        assert_eq!(terms.at(text.len()), Some(Term::new(2020, 2025)));
        let y = text.find("2021").unwrap_or(0);
        assert!(terms.covers(y, y + 4));
        assert!(!terms.covers(0, 4));
    }
}
