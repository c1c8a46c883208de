//! The scoring rules of the team's shared scorer, `../shared/tools/score_targets.py`,
//! in Rust, so that a test can score the extractor without `../shared`.
//!
//! This module MIRRORS score_targets.py: change one, change the other, and
//! check that `scripts/measure-extraction` and `tests/clauses.rs` print the
//! same figures. The rules, as the script states them:
//!
//! - a predicted target matches a gold target when the values are equal (to
//!   1e-6, relative) and the units are equal after Unicode NFC, case folding
//!   and removal of spaces;
//! - matching is one to one, greedy in gold order;
//! - on matched pairs the fields bound, value_max, achieved, per and
//!   deadline_year are compared exactly, and subject by token F1;
//! - "full" counts a matched pair whose bound, value_max and achieved are
//!   all right; full-match precision and recall divide it by the predicted
//!   and the gold targets;
//! - a negative clause (no gold target) is clean when nothing is predicted.
//!
//! Targets are JSON objects on both sides, as the script sees them: the gold
//! lines as written, the predictions as `nghiquyet targets` serialises them.

use serde_json::Value;
use unicode_normalization::UnicodeNormalization;

/// One clause of a gold file: the dev sets' fields this scorer reads.
#[derive(Debug, serde::Deserialize)]
pub struct Gold {
    /// The clause's id ("acc-001").
    pub id: String,
    /// The text given to the extractor.
    pub clause: String,
    /// The targets the clause states; empty for a negative clause.
    pub targets: Vec<Value>,
}

/// A gold target the extractor did not find, a matched one with wrong
/// fields, or a predicted target no gold target matched.
#[derive(Debug)]
pub struct Miss {
    /// The clause's id.
    pub id: String,
    /// "missed", "fields" or "spurious", as the script prints them.
    pub kind: &'static str,
    /// The gold target, the wrong fields, or the spurious value and unit.
    pub detail: Value,
    /// The clause.
    pub clause: String,
}

/// The script's counts over a gold file.
#[derive(Debug, Default)]
pub struct Score {
    /// Clauses scored.
    pub clauses: usize,
    /// Matched targets.
    pub tp: usize,
    /// Predicted targets no gold target matched.
    pub fp: usize,
    /// Gold targets nothing matched.
    pub fn_: usize,
    /// Matched targets with bound, value_max and achieved right.
    pub full: usize,
    /// Right fields among the matched targets: bound, value_max, achieved,
    /// per, deadline_year.
    pub field_ok: [usize; 5],
    /// Sum of the subject token F1 over the matched targets.
    pub subject: f64,
    /// Clauses without gold targets.
    pub neg_clauses: usize,
    /// Of those, the clauses with no predicted target.
    pub neg_clean: usize,
    /// Every miss, in the script's order.
    pub misses: Vec<Miss>,
}

/// The names of [`Score::field_ok`], in its order.
pub const FIELDS: [&str; 5] = ["bound", "value_max", "achieved", "per", "deadline_year"];

fn ratio(a: f64, b: f64) -> f64 {
    if b > 0.0 { a / b } else { 0.0 }
}

fn harmonic(p: f64, r: f64) -> f64 {
    if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    }
}

impl Score {
    /// Detection precision (value and unit).
    pub fn precision(&self) -> f64 {
        ratio(self.tp as f64, (self.tp + self.fp) as f64)
    }

    /// Detection recall (value and unit).
    pub fn recall(&self) -> f64 {
        ratio(self.tp as f64, (self.tp + self.fn_) as f64)
    }

    /// Detection F1.
    pub fn f1(&self) -> f64 {
        harmonic(self.precision(), self.recall())
    }

    /// Full-match F1: a target counts when matched with bound, value_max and
    /// achieved right.
    pub fn full_f1(&self) -> f64 {
        let p = ratio(self.full as f64, (self.tp + self.fp) as f64);
        let r = ratio(self.full as f64, (self.tp + self.fn_) as f64);
        harmonic(p, r)
    }

    /// Share of the negative clauses that came out with no target.
    pub fn negatives_clean(&self) -> f64 {
        ratio(self.neg_clean as f64, self.neg_clauses as f64)
    }

    /// The script's report, line for line (misses after the counts, as many
    /// as `show_misses`).
    pub fn report(&self, show_misses: usize) -> String {
        let mut out = format!(
            "clauses {}  gold targets {}  predicted {}\n",
            self.clauses,
            self.tp + self.fn_,
            self.tp + self.fp
        );
        out += &format!(
            "detection (value+unit): precision {:.3} recall {:.3} F1 {:.3}\n",
            self.precision(),
            self.recall(),
            self.f1()
        );
        if self.tp > 0 {
            let tp = self.tp as f64;
            let fields: Vec<String> = FIELDS
                .iter()
                .zip(self.field_ok)
                .map(|(k, v)| format!("{k} {:.3}", v as f64 / tp))
                .collect();
            out += &format!(
                "on matched targets: {}  subject-token-F1 {:.3}\n",
                fields.join("  "),
                self.subject / tp
            );
        }
        out += &format!(
            "negative clauses with no target: {}/{}\n",
            self.neg_clean, self.neg_clauses
        );
        for m in self.misses.iter().take(show_misses) {
            let clause: String = m.clause.chars().take(160).collect();
            out += &format!("   {} {} {} | {clause}\n", m.id, m.kind, m.detail);
        }
        out += &format!("full-match F1 {:.3}\n", self.full_f1());
        out
    }
}

/// `norm_unit`: NFC, case folded, without whitespace; `None` is "".
///
/// `to_lowercase` stands for Python's `casefold`: they differ only on a few
/// letters (German ß, ligatures) that no unit holds.
fn norm_unit(u: Option<&Value>) -> String {
    let s = match u {
        None | Some(Value::Null) => return String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
    };
    s.nfc()
        .collect::<String>()
        .to_lowercase()
        .split_whitespace()
        .collect()
}

/// `float(x)` of a JSON value, where Python would manage one.
fn as_float(v: &Value) -> Option<f64> {
    match v {
        Value::Number(n) => n.as_f64(),
        Value::String(s) => s.trim().parse().ok(),
        Value::Bool(b) => Some(f64::from(u8::from(*b))),
        _ => None,
    }
}

/// `same_num`: both absent, or both numbers equal to 1e-6 relative.
fn same_num(a: Option<&Value>, b: Option<&Value>) -> bool {
    let a = a.filter(|v| !v.is_null());
    let b = b.filter(|v| !v.is_null());
    match (a, b) {
        (None, None) => true,
        (Some(a), Some(b)) => match (as_float(a), as_float(b)) {
            (Some(a), Some(b)) => (a - b).abs() <= 1e-6 * 1f64.max(a.abs()).max(b.abs()),
            _ => false,
        },
        _ => false,
    }
}

/// `tokens`: NFC, case folded, split at whitespace, stripped of `.,;:()"'`.
fn tokens(s: Option<&Value>) -> Vec<String> {
    let Some(Value::String(s)) = s else {
        return Vec::new();
    };
    let s: String = s.nfc().collect::<String>().to_lowercase();
    s.split_whitespace()
        .map(|t| t.trim_matches(|c| ".,;:()\"'".contains(c)).to_string())
        .filter(|t| !t.is_empty())
        .collect()
}

/// `token_f1`: F1 of the multisets of tokens; 1 when both are empty.
fn token_f1(a: Option<&Value>, b: Option<&Value>) -> f64 {
    let (ta, tb) = (tokens(a), tokens(b));
    if ta.is_empty() && tb.is_empty() {
        return 1.0;
    }
    if ta.is_empty() || tb.is_empty() {
        return 0.0;
    }
    let mut pool = tb.clone();
    let mut common = 0usize;
    for t in &ta {
        if let Some(i) = pool.iter().position(|p| p == t) {
            pool.remove(i);
            common += 1;
        }
    }
    if common == 0 {
        return 0.0;
    }
    let p = common as f64 / ta.len() as f64;
    let r = common as f64 / tb.len() as f64;
    2.0 * p * r / (p + r)
}

/// `get`: a field of a target; deadline_year falls back on "deadline", and
/// on its "year" when that is an object.
fn get<'v>(t: &'v Value, k: &str) -> Option<&'v Value> {
    let mut v = t.get(k).filter(|v| !v.is_null());
    if k == "deadline_year" && v.is_none() {
        v = t.get("deadline").filter(|v| !v.is_null());
    }
    if k == "deadline_year"
        && let Some(Value::Object(o)) = v
    {
        v = o.get("year");
    }
    v
}

/// Python's `str()` of a field, for the bound: None is "None".
fn py_str(v: Option<&Value>) -> String {
    match v {
        None | Some(Value::Null) => "None".into(),
        Some(Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
    }
}

/// Python's `==` on two JSON values, where 2026 equals 2026.0.
fn py_eq(a: Option<&Value>, b: Option<&Value>) -> bool {
    let a = a.filter(|v| !v.is_null());
    let b = b.filter(|v| !v.is_null());
    match (a, b) {
        (Some(Value::Number(x)), Some(Value::Number(y))) => x.as_f64() == y.as_f64(),
        (a, b) => a == b,
    }
}

/// Scores `preds` (one array of targets per clause, in order) against `gold`.
pub fn score(gold: &[Gold], preds: &[Vec<Value>]) -> Score {
    assert_eq!(gold.len(), preds.len(), "one prediction per gold clause");
    let mut s = Score {
        clauses: gold.len(),
        ..Score::default()
    };
    for (g, p) in gold.iter().zip(preds) {
        let mut used = vec![false; p.len()];
        if g.targets.is_empty() {
            s.neg_clauses += 1;
            s.neg_clean += usize::from(p.is_empty());
        }
        for gt in &g.targets {
            let hit = (0..p.len()).find(|&i| {
                !used[i]
                    && same_num(get(&p[i], "value"), gt.get("value"))
                    && norm_unit(get(&p[i], "unit")) == norm_unit(gt.get("unit"))
            });
            let Some(hit) = hit else {
                s.fn_ += 1;
                s.misses.push(Miss {
                    id: g.id.clone(),
                    kind: "missed",
                    detail: gt.clone(),
                    clause: g.clause.clone(),
                });
                continue;
            };
            used[hit] = true;
            s.tp += 1;
            let pt = &p[hit];
            let ok = [
                py_str(get(pt, "bound")) == py_str(gt.get("bound")),
                same_num(get(pt, "value_max"), gt.get("value_max")),
                same_num(get(pt, "achieved"), gt.get("achieved")),
                norm_unit(get(pt, "per")) == norm_unit(gt.get("per")),
                py_eq(get(pt, "deadline_year"), gt.get("deadline_year")),
            ];
            for (n, v) in s.field_ok.iter_mut().zip(ok) {
                *n += usize::from(v);
            }
            if ok[0] && ok[1] && ok[2] {
                s.full += 1;
            } else {
                let wrong: serde_json::Map<String, Value> = FIELDS
                    .iter()
                    .zip(ok)
                    .filter(|(_, v)| !v)
                    .map(|(k, _)| ((*k).to_string(), Value::Bool(false)))
                    .collect();
                s.misses.push(Miss {
                    id: g.id.clone(),
                    kind: "fields",
                    detail: Value::Object(wrong),
                    clause: g.clause.clone(),
                });
            }
            s.subject += token_f1(get(pt, "subject"), gt.get("subject"));
        }
        for (pt, _) in p.iter().zip(&used).filter(|(_, u)| !**u) {
            s.fp += 1;
            s.misses.push(Miss {
                id: g.id.clone(),
                kind: "spurious",
                detail: serde_json::json!({
                    "value": get(pt, "value"),
                    "unit": get(pt, "unit"),
                }),
                clause: g.clause.clone(),
            });
        }
    }
    s
}
