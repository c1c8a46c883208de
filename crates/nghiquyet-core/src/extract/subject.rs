//! Subject and criterion: what a target measures and the condition on it.
//!
//! Two shapes cover the clauses: the indicator before the number
//! ("tỷ lệ xã đạt chuẩn nông thôn mới 80%") and the number before the
//! counted population ("95% cơ quan, đơn vị hoàn thành tốt nhiệm vụ").

use super::lexicon;
use super::lexicon::{
    LEAD_INS, LEADING_FILLER, POPULATIONS, PREDICATES, VERB_ENDINGS, any_at, any_ending_at,
    phrase_at,
};
use super::tagger::{self, mark};
use super::token::{Kind, Tok};

/// Token indices of a phrase, in order; gaps are allowed.
pub(crate) type Words = Vec<usize>;

/// Renders tokens as text: a space between tokens unless they were glued.
pub(crate) fn render(toks: &[Tok<'_>], words: &[usize]) -> String {
    // The words in order take no more room than the text they span.
    let span = match (words.first(), words.last()) {
        (Some(&a), Some(&b)) => match (toks.get(a), toks.get(b)) {
            (Some(a), Some(b)) => b.end().saturating_sub(a.start),
            _ => 0,
        },
        _ => 0,
    };
    let mut s = String::with_capacity(span);
    let mut prev: Option<usize> = None;
    for &k in words {
        let Some(t) = toks.get(k) else { continue };
        if let Some(p) = prev
            && !(t.glued && p + 1 == k)
        {
            s.push(' ');
        }
        s.push_str(t.raw);
        prev = Some(k);
    }
    s
}

/// Whether the word at `k` is a direction verb ("tăng", "giảm", "vượt")
/// rather than part of a noun ("tốc độ tăng", "tăng trưởng", "giảm nghèo").
pub(crate) fn is_direction_verb(toks: &[Tok<'_>], k: usize) -> Option<bool> {
    let t = toks.get(k)?;
    // Asked of every word before a figure: told by the word's marks.
    let index = tagger::index();
    if t.kind != Kind::Word || !index.marked(t.id, mark::UP_VERB | mark::DOWN_VERB) {
        return None;
    }
    // "Đồng chí Tăng Trung Bảo": a capital on both words past the
    // sentence's first is a name; a headline in capitals is none.
    let title_case = |t: &Tok<'_>| t.is_capitalised() && t.raw.chars().any(char::is_lowercase);
    if title_case(t)
        && k > 0
        && toks[k - 1].kind == Kind::Word
        && toks.get(k + 1).is_some_and(title_case)
    {
        return None;
    }
    let w = t.low.as_ref();
    let up = index.marked(t.id, mark::UP_VERB);
    let next = toks.get(k + 1).map(|n| n.low.as_ref());
    if next.is_some_and(|n| lexicon::VERB_NOUN_COMPOUNDS.contains(&(w, n))) {
        return None;
    }
    // "tỷ lệ gia tăng dân số" is a noun as "tỷ lệ tăng" is: the head
    // stands before the verb's prefix.
    let prefix = k > 0 && lexicon::VERB_PREFIXES.contains(&toks[k - 1].low.as_ref());
    let head = k - usize::from(prefix);
    // A rate of change kept ("duy trì mức giảm 1-1,5%/năm") is the change
    // the plan sets, as the verb alone is.
    if head > 0
        && lexicon::VERB_NOUN_HEADS.contains(&toks[head - 1].low.as_ref())
        && !(toks[head - 1].is_word(lexicon::LEVEL)
            && lexicon::any_ending_at(toks, head - 1, lexicon::KEEP_VERBS).is_some())
    {
        return None;
    }
    if lexicon::VALUE_ADDED
        .iter()
        .any(|p| lexicon::phrase_ending_at(toks, k, p).is_some())
    {
        return None;
    }
    Some(up)
}

fn strip_leading(toks: &[Tok<'_>], w: &mut Words, list: &lexicon::List) -> bool {
    let mut any = false;
    loop {
        let Some(&first) = w.first() else { return any };
        // Match against the contiguous run at the start.
        let Some((p, _)) = any_at(toks, first, list) else {
            return any;
        };
        let n = p.split(' ').count();
        if w.len() < n || w[n - 1] != first + n - 1 {
            return any;
        }
        w.drain(..n);
        any = true;
    }
}

/// Drops an item's marker at the start: "a)", "đ)", "2)" (legal texts
/// letter their items).
fn strip_marker(toks: &[Tok<'_>], w: &mut Words) {
    let [first, second, ..] = w[..] else { return };
    let mark = &toks[first];
    let closed = second == first + 1 && toks[second].glued && toks[second].is_punct(')');
    if (mark.is_item_letter() || mark.is_list_number()) && closed {
        w.drain(..2);
    }
}

fn trim_punct(toks: &[Tok<'_>], w: &mut Words) {
    let lead = w.iter().take_while(|&&k| is_sep(toks, k)).count();
    w.drain(..lead);
    while w
        .last()
        .is_some_and(|&k| is_sep(toks, k) || opens_a_group(toks, k))
    {
        w.pop();
    }
}

/// A '(' closing a phrase opens the group of the figure after it
/// ("mục tiêu tăng trưởng GRDP (13-13,5%)"): none of the phrase's.
fn opens_a_group(toks: &[Tok<'_>], k: usize) -> bool {
    toks.get(k).is_some_and(|t| t.is_punct('('))
}

/// `w` without the separators at either end, as [`trim_punct`] leaves it.
fn trimmed<'w>(toks: &[Tok<'_>], w: &'w [usize]) -> &'w [usize] {
    let lead = w.iter().take_while(|&&k| is_sep(toks, k)).count();
    let w = &w[lead..];
    let tail = w
        .iter()
        .rev()
        .take_while(|&&k| is_sep(toks, k) || opens_a_group(toks, k))
        .count();
    &w[..w.len() - tail]
}

fn is_sep(toks: &[Tok<'_>], k: usize) -> bool {
    toks.get(k).is_some_and(|t| {
        t.kind == Kind::Punct && matches!(t.raw, "," | ":" | "-" | "–" | ";" | "." | "/")
    })
}

/// Removes the topic a subject opens on ("Về giáo dục đại học, ..."), up
/// to its comma or colon.
fn drop_topic(toks: &[Tok<'_>], w: &mut Words) {
    if !w
        .first()
        .is_some_and(|&k| toks[k].is_word(lexicon::TOPIC_HEAD))
    {
        return;
    }
    let close = w
        .iter()
        .take(lexicon::TOPIC_WORDS + 1)
        .position(|&k| toks[k].is_punct(',') || toks[k].is_punct(':'));
    if let Some(at) = close.filter(|&at| at + 1 < w.len()) {
        w.drain(..=at);
    }
}

/// Removes the milestone a subject opens on ("hết quý III", "trong quý
/// II", "đến hết năm"): when a plan's step falls, not what it measures.
fn drop_milestone(toks: &[Tok<'_>], w: &mut Words) {
    let heads = w
        .iter()
        .take_while(|&&k| lexicon::MILESTONE_HEADS.contains(&toks[k].low.as_ref()))
        .count();
    let Some(&at) = w.get(heads) else { return };
    // "quý" and its number, or "năm" with no year after it.
    let numbered = w.get(heads + 1) == Some(&(at + 1));
    let end = if toks[at].is_word(lexicon::QUARTER) && numbered {
        heads + 2
    } else if heads > 0
        && toks[at].is_word(lexicon::YEAR)
        && toks.get(at + 1).is_none_or(|t| t.kind != Kind::Num)
    {
        heads + 1
    } else {
        return;
    };
    w.drain(..end.min(w.len()));
}

/// Removes what a figure's indicator comes with ("20 công trình với tổng
/// vốn 15.000 tỷ đồng", "trở thành tỉnh khá với GRDP bình quân đầu người
/// đạt ..."): the subject starts after the last "với" before an
/// indicator's name, unless it compares ("so với") or turns to a topic
/// ("đối với").
fn drop_before_with(toks: &[Tok<'_>], w: &mut Words) {
    let Some(pos) = w.iter().rposition(|&k| {
        toks[k].is_word(lexicon::WITH)
            && !(k > 0 && lexicon::WITH_HEADS.contains(&toks[k - 1].low.as_ref()))
    }) else {
        return;
    };
    // What follows names an indicator ("với tổng vốn", "với GRDP ..."),
    // not what a state relates to ("hài lòng với sự phục vụ ...").
    let named = w.get(pos + 1).is_some_and(|&k| {
        lexicon::WITH_INDICATORS
            .iter()
            .any(|p| phrase_at(toks, k, p).is_some())
    });
    if named {
        w.drain(..=pos);
    }
}

/// Removes the start of a span leading the subject ("Từ nay đến năm
/// 2030, ...": its year is read apart) and the comma after it.
fn drop_span_start(toks: &[Tok<'_>], w: &mut Words) {
    let Some(&first) = w.first() else { return };
    let Some(end) = phrase_at(toks, first, lexicon::FROM_NOW) else {
        return;
    };
    let words = end - first;
    let comma = w.get(words).is_some_and(|&k| toks[k].is_punct(','));
    w.drain(..(words + usize::from(comma)).min(w.len()));
}

/// Removes "hằng năm", "hàng năm", "mỗi năm" and "/năm" anywhere.
fn drop_yearly(toks: &[Tok<'_>], w: &mut Words) {
    // In place: the words kept are written at `kept`, never past `i`.
    let mut kept = 0;
    let mut i = 0;
    while i < w.len() {
        let k = w[i];
        let two =
            any_at(toks, k, lexicon::YEARLY_ANYWHERE).is_some() && w.get(i + 1) == Some(&(k + 1));
        if two {
            i += 2;
        } else {
            w[kept] = k;
            kept += 1;
            i += 1;
        }
    }
    w.truncate(kept);
}

/// Position in `w` of the first phrase of `list` at or after `from`, outside parentheses.
fn find(toks: &[Tok<'_>], w: &[usize], from: usize, list: &lexicon::List) -> Option<usize> {
    find_where(toks, w, from, |k| any_at(toks, k, list).is_some())
}

/// Position in `w` of the first token at or after `from`, outside
/// parentheses, where `is` holds.
fn find_where(
    toks: &[Tok<'_>],
    w: &[usize],
    from: usize,
    is: impl Fn(usize) -> bool,
) -> Option<usize> {
    let mut depth = 0i32;
    for (pos, &k) in w.iter().enumerate() {
        let t = &toks[k];
        if t.is_punct('(') {
            depth += 1;
        } else if t.is_punct(')') {
            depth -= 1;
        } else if depth == 0 && pos >= from && is(k) {
            return Some(pos);
        }
    }
    None
}

/// Drops the words in parentheses, and the parentheses, in place.
fn drop_parens(toks: &[Tok<'_>], w: &mut Words) {
    let mut depth = 0i32;
    w.retain(|&k| {
        let t = &toks[k];
        if t.is_punct('(') {
            depth += 1;
            false
        } else if t.is_punct(')') {
            depth -= 1;
            false
        } else {
            depth == 0
        }
    });
}

/// What the subject reader is given about one target.
pub(crate) struct Context<'y> {
    /// Tokens before the number's modifiers, from the item start: a range,
    /// so that the reader collects it once, without the deadline phrases.
    pub left: std::ops::Range<usize>,
    /// Tokens after the number (from the counted noun for counts), to the item end.
    pub right: std::ops::Range<usize>,
    /// The sentence's year mentions: the first and last token of each
    /// deadline phrase ("đến năm 2025") to drop, and its year.
    pub year_phrases: &'y [(usize, usize, i32)],
    /// A direction verb governs the number: the indicator is kept whole.
    pub change: bool,
    /// The number is zero ("không còn xã dưới 15 tiêu chí").
    pub zero: bool,
    /// The counted noun when the unit is a count noun ("lao động").
    pub count_noun: Option<String>,
    /// The unit is a measure ("ha", "km", "tấn"): the noun after it is what is measured.
    pub measure: bool,
    /// The left context is an action on the number ("thu hút", "trồng mới"),
    /// not an indicator: nothing but words, no "tỷ lệ", "số".
    pub left_is_verb: bool,
}

/// The subject, the criterion, and whether the subject refines the previous
/// one ("riêng các huyện nghèo"). `left` and `right` are room for the words
/// on either side of the number, kept by the caller from target to target.
/// The most words from a subject's end to the "lên" or "xuống" of the
/// change it names ("từ 6% xuống dưới 3%": the chain "xuống dưới").
const CHANGE_TO_WORDS: usize = 2;

pub(crate) fn read(
    toks: &[Tok<'_>],
    ctx: &Context<'_>,
    left: &mut Words,
    right: &mut Words,
) -> (Option<String>, Option<String>, bool) {
    left.clear();
    left.extend(
        ctx.left
            .clone()
            .filter(|k| !ctx.year_phrases.iter().any(|y| (y.0..=y.1).contains(k))),
    );
    // The subject starts after the last lead-in ("phấn đấu", "mục tiêu", "như").
    // A lead-in right after a direction verb is its object ("vượt chỉ tiêu"), not a lead-in.
    if let Some(pos) = (0..left.len()).rev().find(|&p| {
        any_at(toks, left[p], LEAD_INS).is_some()
            && !(p > 0 && is_direction_verb(toks, left[p - 1]).is_some())
    }) {
        let (p, _) = any_at(toks, left[pos], LEAD_INS).unwrap_or(("", 0));
        let n = p.split(' ').count();
        let rest = (pos + n).min(left.len());
        if left[rest..].iter().any(|&k| toks[k].kind != Kind::Punct) {
            left.drain(..rest);
        } else {
            // "Bội chi ngân sách phấn đấu dưới 4,8%": the subject is before the
            // lead-in, unless that is itself a lead-in clause ("... đề ra mục tiêu phấn đấu:").
            left.truncate(pos);
            if left.iter().any(|&k| any_at(toks, k, LEAD_INS).is_some()) {
                left.clear();
            }
        }
    }
    strip_marker(toks, left);
    drop_before_with(toks, left);
    drop_topic(toks, left);
    drop_yearly(toks, left);
    drop_milestone(toks, left);
    drop_span_start(toks, left);
    // The baseline is read apart: "Tỷ lệ tăng thu so năm trước: 10%".
    if let Some(at) = left.iter().position(|&k| toks[k].is_word(lexicon::COMPARE))
        && at > 0
    {
        left.truncate(at);
    }
    // "Tỷ lệ hộ nghèo giảm từ 6% xuống dưới 3%": the level a change starts
    // from is no part of its end's subject ("từ 15 tuổi trở lên" is).
    if let Some(at) = left.iter().position(|&k| {
        toks[k].is_word(lexicon::FROM) && toks.get(k + 1).is_some_and(|t| t.kind == Kind::Num)
    }) && at > 0
        && (left[at]..(ctx.left.end + CHANGE_TO_WORDS).min(toks.len())).any(|k| {
            toks[k].is_word(lexicon::DOWN)
                || toks[k].is_word(lexicon::UP) && !toks[k - 1].is_word(lexicon::ONWARD)
        })
    {
        left.truncate(at);
    }
    // "Tỷ lệ che phủ rừng duy trì ổn định ở mức 42%": the verb ends the
    // indicator; "tỉnh tiếp tục duy trì tỷ lệ che phủ rừng ổn định 42%":
    // or opens it, when words of its own follow.
    if let Some(at) = find(toks, left, 1, lexicon::KEEP_VERBS) {
        let words = any_at(toks, left[at], lexicon::KEEP_VERBS).map_or(1, |(_, e)| e - left[at]);
        let from = (at + words).min(left.len());
        let to = find(toks, &left[from..], 0, lexicon::KEEP_VERBS)
            .or_else(|| find(toks, &left[from..], 0, lexicon::AT))
            .map_or(left.len(), |p| from + p);
        // A change kept ("duy trì tăng trung bình 10%/năm") names none.
        let named = left[from..to].iter().any(|&k| toks[k].kind == Kind::Word)
            && is_direction_verb(toks, left[from]).is_none();
        if named {
            left.truncate(to);
            left.drain(..from);
        } else {
            left.truncate(at);
            // "lượng khách du lịch tiếp tục duy trì ...": the aspect
            // before the verb is the verb's.
            while let Some(&last) = left.last() {
                let Some(start) = lexicon::GOING_ON
                    .iter()
                    .find_map(|p| lexicon::phrase_ending_at(toks, last + 1, p))
                else {
                    break;
                };
                let words = last + 1 - start;
                left.truncate(left.len().saturating_sub(words));
            }
        }
    }
    // "thu nhập ... gấp 2 lần": "gấp" belongs to the multiple.
    if left
        .last()
        .is_some_and(|&k| toks[k].is_word(lexicon::TIMES))
    {
        left.pop();
    }
    trim_punct(toks, left);
    // "duy trì tỷ lệ 100% rác thải ...": a trailing "tỷ lệ" belongs to the number.
    while left.len() >= 2 && any_at(toks, left[left.len() - 2], lexicon::RATE).is_some() {
        left.truncate(left.len() - 2);
    }
    strip_leading(toks, left, LEADING_FILLER);
    let refines = strip_leading(toks, left, lexicon::SEPARATELY);
    strip_leading(toks, left, lexicon::PLURALS);
    trim_punct(toks, left);

    let verb_like = left.is_empty()
        || left
            .last()
            .is_some_and(|&k| any_ending_at(toks, k + 1, VERB_ENDINGS).is_some());
    let mut criterion: Option<String> = None;

    // A direction verb in the left context: the indicator is on one side of it.
    // The verb nearest the number governs it; the words after it are its
    // object ("giảm tỷ lệ hộ nghèo 2%") unless they are fillers ("giảm bình
    // quân 2%") or the verb is "vượt" (its object is the plan, "vượt chỉ tiêu").
    if let Some(pos) = left
        .iter()
        .rposition(|&k| is_direction_verb(toks, k).is_some())
    {
        let verb = render(toks, &left[pos..=pos]);
        let object = left[pos + 1..].iter().any(|&k| {
            toks[k].kind == Kind::Word
                && !lexicon::FILLERS_AFTER_VERB.contains(&toks[k].low.as_ref())
        });
        if pos == 0 || (object && !toks[left[pos]].is_word(lexicon::EXCEED)) {
            left.drain(..=pos);
            strip_leading(toks, left, lexicon::VERB_OBJECT_FILLERS);
        } else {
            left.truncate(pos);
        }
        criterion = Some(verb.to_lowercase());
        trim_punct(toks, left);
    }

    let right_criterion = right_phrase(toks, ctx, right);
    // A short verb before a count ("thu hút 3 triệu lượt khách") acts on the noun after it.
    let words = left.iter().filter(|&&k| toks[k].kind == Kind::Word).count();
    // Visits counted bare are of those named before them ("khách quốc tế
    // 320.000 lượt"): no verb there.
    let visitors = ctx.count_noun.as_deref() == Some(lexicon::VISITS)
        && left.iter().any(|&k| toks[k].is_word(lexicon::VISITORS));
    let short_verb =
        words <= 3 && (ctx.count_noun.is_some() || ctx.measure) && ctx.left_is_verb && !visitors;
    let left_empty = left.is_empty() || (verb_like || short_verb) && !right.is_empty();
    if left_empty {
        let subj = &right[..];
        let crit = right_criterion.or(criterion).or_else(|| {
            // The verb phrase, without an item's marker or "hằng năm".
            let mut verb: Words = ctx.left.clone().collect();
            trim_punct(toks, &mut verb);
            strip_marker(toks, &mut verb);
            drop_yearly(toks, &mut verb);
            trim_punct(toks, &mut verb);
            let l = render(toks, &verb);
            (!ctx.left.is_empty() && verb_like && !l.is_empty()).then_some(l)
        });
        // The action itself is the criterion: "trồng mới 3.000 ha rừng".
        let crit = crit.or_else(|| {
            (short_verb && ctx.measure && !left.is_empty()).then(|| render(toks, left))
        });
        if subj.is_empty() {
            if let Some(noun) = &ctx.count_noun {
                return (Some(noun.clone()), crit, refines);
            }
            return (None, crit, refines);
        }
        return (Some(render(toks, subj)), crit, refines);
    }

    // "[tỷ lệ | số] X [predicate ...]": X is the subject.
    let prefix = left
        .first()
        .and_then(|&k| any_at(toks, k, lexicon::INDICATOR_PREFIXES))
        .map(|(p, _)| p.split(' ').count());
    if let Some(n) = prefix
        && !ctx.change
        && left.len() > n
    {
        let body = &left[n..];
        if let Some(at) = find(toks, body, 1, lexicon::AT) {
            let subj = &body[at + 1..];
            let crit = &body[..at];
            return (Some(render(toks, subj)), Some(render(toks, crit)), refines);
        }
        if let Some(at) = find(toks, body, 1, PREDICATES) {
            let crit = trimmed(toks, &body[at..]);
            // "theo chuẩn mới" qualifies the indicator itself: keep "tỷ lệ".
            let subject = if toks[body[at]].is_word(lexicon::ACCORDING_TO) {
                &left[..n + at]
            } else {
                &body[..at]
            };
            return (
                Some(render(toks, subject)),
                Some(render(toks, crit)),
                refines,
            );
        }
        let population = any_at(toks, body[0], POPULATIONS).is_some()
            && phrase_at(toks, body[0], lexicon::POOR_HOUSEHOLDS).is_none();
        if population && n <= 2 && any_at(toks, left[0], lexicon::NUMBER_OF_LIST).is_none() {
            return (Some(render(toks, body)), criterion, refines);
        }
    }
    (Some(render(toks, left)), criterion, refines)
}

/// The noun phrase after the number, split at the predicate: the subject's
/// words are left in `r`, the criterion returned.
fn right_phrase(toks: &[Tok<'_>], ctx: &Context<'_>, r: &mut Words) -> Option<String> {
    r.clear();
    for k in ctx.right.clone() {
        // "... cây ăn quả trong năm 2026": the year's head ends it too.
        let year_head = lexicon::MILESTONE_HEADS.contains(&toks[k].low.as_ref())
            && ctx.year_phrases.iter().any(|y| y.0 == k + 1);
        if ctx.year_phrases.iter().any(|y| y.0 == k)
            || year_head
            || toks[k].is_word(lexicon::COMPARE)
            || toks[k].is_punct(';')
        {
            break;
        }
        if ctx.year_phrases.iter().any(|y| (y.0..=y.1).contains(&k)) {
            continue;
        }
        r.push(k);
    }
    // Drop a trailing comparator the quantity already read; in place, as
    // `drop_yearly` does.
    let mut kept = 0;
    let mut i = 0;
    while i < r.len() {
        if phrase_at(toks, r[i], lexicon::OR_MORE).is_some() {
            i += 2;
            continue;
        }
        r[kept] = r[i];
        kept += 1;
        i += 1;
    }
    r.truncate(kept);
    drop_yearly(toks, r);
    // A restatement right after the number ("6,25% (1 xã) đạt ...") is not the noun phrase.
    if r.first().is_some_and(|&k| toks[k].is_punct('(')) {
        let mut depth = 0i32;
        let mut cut = r.len();
        for (pos, &k) in r.iter().enumerate() {
            if toks[k].is_punct('(') {
                depth += 1;
            } else if toks[k].is_punct(')') {
                depth -= 1;
                if depth == 0 {
                    cut = pos + 1;
                    break;
                }
            }
        }
        // Its counted noun names the subject when a predicate follows: "(1 xã) đạt ...".
        let noun: Words = r[..cut]
            .iter()
            .copied()
            .take_while(|&k| !toks[k].is_punct(','))
            .filter(|&k| toks[k].kind == Kind::Word)
            .collect();
        r.drain(..cut);
        if !noun.is_empty()
            && r.first()
                .is_some_and(|&k| any_at(toks, k, PREDICATES).is_some())
        {
            let crit = render(toks, trimmed(toks, r));
            r.clear();
            r.extend_from_slice(&noun);
            return Some(crit);
        }
    }
    if ctx.change {
        // A change keeps the indicator whole: "giảm 0,2% tỷ lệ trẻ em thấp còi".
        strip_leading(toks, r, lexicon::PLURALS);
    } else {
        strip_leading(toks, r, lexicon::LEADING_AFTER_NUMBER);
        // "số" goes before a single noun ("80% số xã" counts "xã") and stays
        // before an enumeration ("90% số cơ quan, đơn vị, doanh nghiệp").
        let comma = find_where(toks, r, 1, |k| toks[k].is_punct(','));
        let predicate = find(toks, r, 1, PREDICATES);
        let enumeration = comma.is_some_and(|c| predicate.is_none_or(|p| c < p));
        if !enumeration {
            strip_leading(toks, r, lexicon::NUMBER_OF_LIST);
        }
        strip_leading(toks, r, lexicon::PLURALS);
    }
    trim_punct(toks, r);
    // "1 nhà máy chế tạo chip và 10 nhà máy ...", "5 khu công nghiệp mới
    // với tổng diện tích ...": the "và" or "với" before the next figure
    // joins the items; it is no word of this one's noun.
    while r
        .last()
        .is_some_and(|&k| toks[k].is_word(lexicon::AND) || toks[k].is_word(lexicon::WITH))
    {
        r.pop();
        trim_punct(toks, r);
    }
    if ctx.change || r.is_empty() {
        drop_parens(toks, r);
        return None;
    }
    // "60% số xã đạt chuẩn, trong đó 15% đạt chuẩn nâng cao": no noun after
    // the number, only a predicate; the subject is the previous one.
    if any_at(toks, r[0], PREDICATES).is_some() {
        let crit = render(toks, r);
        r.clear();
        return Some(crit);
    }
    let is_predicate = |k: usize| {
        let t = &toks[k];
        any_at(toks, k, PREDICATES).is_some()
            || t.is_word(lexicon::ALL_ALIKE)
            || ctx.zero
                && t.kind == Kind::Word
                && lexicon::ZERO_PREDICATES.contains(&t.low.as_ref())
    };
    let crit = find_where(toks, r, 1, is_predicate).map(|at| {
        let crit = render(toks, trimmed(toks, &r[at..]));
        r.truncate(at);
        crit
    });
    drop_parens(toks, r);
    crit
}

#[cfg(test)]
mod tests {
    use crate::extract_targets;

    #[test]
    fn an_item_s_marker_is_no_part_of_its_subject() {
        let subject = |text: &str| extract_targets(text)[0].subject.clone();
        for text in [
            "a) Tỷ lệ hộ nghèo giảm 1%.",
            "đ) Tỷ lệ hộ nghèo giảm 1%.",
            "2) Tỷ lệ hộ nghèo giảm 1%.",
        ] {
            assert_eq!(subject(text).as_deref(), Some("Tỷ lệ hộ nghèo"), "{text}");
        }
        // Not without its ')': "x 2" is no marker.
        assert_eq!(
            subject("x Tỷ lệ hộ nghèo giảm 1%.").as_deref(),
            Some("x Tỷ lệ hộ nghèo")
        );
    }

    #[test]
    fn an_action_as_criterion_loses_the_item_s_marker_and_its_yearly_words() {
        let criterion = |text: &str| extract_targets(text)[0].criterion.clone();
        for text in [
            "- Hằng năm kết nạp từ 30 đảng viên trở lên.",
            "b) Hằng năm, kết nạp từ 30 đảng viên trở lên.",
            "Mỗi năm kết nạp từ 30 đảng viên trở lên.",
        ] {
            assert_eq!(criterion(text).as_deref(), Some("kết nạp"), "{text}");
        }
    }
}
