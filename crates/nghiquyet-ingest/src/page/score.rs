//! Finding the article among the text blocks, the way Readability and
//! trafilatura do: paragraphs score their container by length and commas,
//! a container loses what share of its text is link text, and the best
//! container (with its siblings that score nearly as well) is the article.

use std::collections::{HashMap, HashSet};

use ego_tree::NodeId;
use scraper::Html;

use super::blocks::{Block, class_weight, element, is_lead_box};

/// Shorter blocks do not vote for a container.
const MIN_VOTING_CHARS: usize = 25;
/// How many ancestors a paragraph's vote reaches.
const LEVELS: usize = 5;

/// The parent a block votes for first: a paragraph element's parent, or the
/// `<div>`/`<td>` a run of text stands in.
fn voter_parent(doc: &Html, block: &Block) -> Option<NodeId> {
    if block.is_paragraph_element() {
        doc.tree.get(block.container)?.parent().map(|p| p.id())
    } else {
        Some(block.container)
    }
}

/// Readability's weight of an element by its tag.
fn tag_weight(tag: &str) -> f64 {
    match tag {
        "div" | "article" | "main" | "section" => 5.0,
        "pre" | "td" | "blockquote" => 3.0,
        "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
        _ => 0.0,
    }
}

/// The ancestors of a node, itself first.
fn lineage(doc: &Html, id: NodeId) -> impl Iterator<Item = NodeId> + '_ {
    doc.tree
        .get(id)
        .into_iter()
        .flat_map(|n| std::iter::once(n).chain(n.ancestors()))
        .map(|n| n.id())
}

/// The indices of the blocks that make up the article, in document order.
pub(crate) fn article_blocks(doc: &Html, blocks: &[Block]) -> Vec<usize> {
    // Text and link characters under every element holding blocks.
    let mut totals: HashMap<NodeId, (usize, usize)> = HashMap::new();
    for b in blocks {
        for id in lineage(doc, b.container).take(64) {
            let t = totals.entry(id).or_default();
            t.0 += b.chars();
            t.1 += b.link_chars;
        }
    }
    let link_density = |id: NodeId| {
        totals
            .get(&id)
            .map_or(0.0, |(chars, links)| *links as f64 / (*chars).max(1) as f64)
    };

    let mut scores: HashMap<NodeId, f64> = HashMap::new();
    for b in blocks {
        let chars = b.chars();
        if chars < MIN_VOTING_CHARS || b.link_density() > 0.5 {
            continue;
        }
        let Some(parent) = voter_parent(doc, b) else {
            continue;
        };
        let vote = 1.0 + b.text.matches(',').count() as f64 + (chars as f64 / 100.0).min(3.0);
        for (level, id) in lineage(doc, parent).take(LEVELS).enumerate() {
            let Some(el) = element(doc, id) else { break };
            let score = scores
                .entry(id)
                .or_insert_with(|| tag_weight(el.value().name()) + class_weight(el.value()));
            *score += match level {
                0 => vote,
                1 => vote / 2.0,
                n => vote / (n as f64 * 3.0),
            };
        }
    }
    let finals: HashMap<NodeId, f64> = scores
        .iter()
        .map(|(id, s)| (*id, s * (1.0 - link_density(*id))))
        .collect();
    let Some((&top, &top_score)) = finals
        .iter()
        .max_by(|a, b| a.1.total_cmp(b.1).then_with(|| b.0.cmp(a.0)))
    else {
        // Nothing long enough to vote: every block with little link text.
        return (0..blocks.len())
            .filter(|&i| blocks[i].link_density() <= 0.5)
            .collect();
    };

    // The top container and its siblings that score nearly as well, or are
    // long paragraphs with few links (a lead paragraph outside the body box,
    // or a box its class names the lead).
    // Headlines that are whole links (the teasers of other articles) under
    // each element: a box holding two or more lists other articles.
    let mut teasers: HashMap<NodeId, usize> = HashMap::new();
    for b in blocks.iter().filter(|b| is_teaser(b)) {
        for id in lineage(doc, b.container).take(64) {
            *teasers.entry(id).or_default() += 1;
        }
    }
    let mut chosen: HashSet<NodeId> = HashSet::from([top]);
    let threshold = (top_score * 0.2).max(10.0);
    if let Some(parent) = doc.tree.get(top).and_then(|n| n.parent()) {
        for sibling in parent.children().filter(|s| s.id() != top) {
            let Some(el) = scraper::ElementRef::wrap(sibling) else {
                continue;
            };
            let score = finals.get(&sibling.id()).copied().unwrap_or(0.0);
            let (chars, _) = totals.get(&sibling.id()).copied().unwrap_or((0, 0));
            let lead = (matches!(el.value().name(), "p" | "h2" | "h3" | "blockquote")
                || is_lead_box(el.value()))
                && chars > 80
                && link_density(sibling.id()) < 0.25;
            let lists_articles = teasers.get(&sibling.id()).is_some_and(|&n| n >= 2);
            if (score >= threshold || lead) && !lists_articles {
                chosen.insert(sibling.id());
            }
        }
    }
    (0..blocks.len())
        .filter(|&i| {
            blocks[i].link_density() <= 0.5
                && lineage(doc, blocks[i].container)
                    .take(64)
                    .any(|id| chosen.contains(&id))
        })
        .collect()
}

/// How many articles the page lists, when its text is their teasers rather
/// than an article's: most of the text the page reads as its article
/// follows headings that are links, one each, and the page has two or more such
/// pairs. An article's own paragraphs follow its headline or one another,
/// and a box of related links in its body is one run of links.
pub(crate) fn listed_articles(blocks: &[Block], region: &[usize]) -> Option<usize> {
    // A listed article's headline is a heading; a "see also" link between
    // an article's paragraphs is not.
    let after_teaser = |i: usize| {
        i > 0
            && is_teaser(&blocks[i - 1])
            && matches!(blocks[i - 1].tag.as_str(), "h2" | "h3" | "h4" | "h5")
    };
    let text: Vec<usize> = region
        .iter()
        .copied()
        .filter(|&i| blocks[i].chars() >= MIN_VOTING_CHARS)
        .collect();
    let summaries = text.iter().filter(|&&i| after_teaser(i)).count();
    let listed = (0..blocks.len())
        .filter(|&i| after_teaser(i) && !is_teaser(&blocks[i]) && blocks[i].link_density() <= 0.5)
        .count();
    (listed >= 2 && summaries >= 1 && 3 * summaries >= 2 * text.len()).then_some(listed)
}

/// A headline that is all link: another article's teaser.
fn is_teaser(b: &Block) -> bool {
    b.chars() >= 20 && b.link_density() > 0.9
}
