//! Runs the peers' Vietnamese test suites against the core's number, money
//! and date readers, and prints pass rates per suite and the failing cases.
//!
//! A benchmark, not a test: it reads `../shared/corpus/external` (or the
//! folder in `NGHIQUYET_PEERS`), which the repository does not ship.
//!
//!     cargo run --release --example peer_suites

use std::path::PathBuf;

use chrono::NaiveDate;
use nghiquyet_core::{Money, MoneyAmount, parse_roman, read_money, read_number, resolve_date};
use serde_json::Value;

#[derive(Default)]
struct Suite {
    name: String,
    pass: usize,
    total: usize,
    fails: Vec<String>,
}

impl Suite {
    fn new(name: &str) -> Self {
        Suite {
            name: name.to_string(),
            ..Default::default()
        }
    }
    fn check(&mut self, ok: bool, case: impl FnOnce() -> String) {
        self.total += 1;
        if ok {
            self.pass += 1;
        } else {
            self.fails.push(case());
        }
    }
    fn print(&self) {
        let rate = if self.total == 0 {
            0.0
        } else {
            self.pass as f64 / self.total as f64
        };
        println!(
            "{:<34} {:>4}/{:<4} {:.3}",
            self.name, self.pass, self.total, rate
        );
        for f in &self.fails {
            println!("    FAIL {f}");
        }
    }
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * a.abs().max(b.abs()).max(1.0)
}

fn main() -> anyhow::Result<()> {
    let root = std::env::var_os("NGHIQUYET_PEERS")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("../shared/corpus/external"));
    let mut suites = duckling(&root)?;
    suites.extend(nemo(&root)?);
    println!("suite                              pass/total rate");
    for s in &suites {
        s.print();
    }
    let (p, t) = suites
        .iter()
        .fold((0, 0), |(p, t), s| (p + s.pass, t + s.total));
    println!(
        "ALL                                {p}/{t} {:.3}",
        p as f64 / t.max(1) as f64
    );
    Ok(())
}

/// Duckling's currency names, mapped to the codes the core gives.
fn duckling_currency(c: &str) -> &str {
    match c {
        "$" => "USD",
        "£" => "GBP",
        other => other,
    }
}

fn duckling(root: &std::path::Path) -> anyhow::Result<Vec<Suite>> {
    let cases: Vec<Value> =
        serde_json::from_str(&std::fs::read_to_string(root.join("duckling-vi.json"))?)?;
    let mut numeral = Suite::new("duckling Numeral");
    let mut money = Suite::new("duckling AmountOfMoney");
    let mut time = Suite::new("duckling Time (absolute dates)");
    let mut time_policy = Suite::new("duckling Time (yearless, policy)");
    for c in &cases {
        let input = c["input"].as_str().unwrap_or_default();
        let expected = &c["expected"];
        match c["dimension"].as_str() {
            Some("Numeral") => {
                let want = expected.as_f64();
                let got = read_number(input);
                numeral.check(
                    matches!((got, want), (Some(g), Some(w)) if close(g, w)),
                    || format!("{input:?}: got {got:?}, want {want:?}"),
                );
            }
            Some("AmountOfMoney") => {
                let got = read_money(input);
                let ok = got.as_ref().is_some_and(|m| money_matches(m, expected));
                money.check(ok, || format!("{input:?}: got {got:?}, want {expected}"));
            }
            Some("Time") => {
                let Some(want) = absolute_date(input, expected) else {
                    continue;
                };
                let reference = c["reference_time"].as_str().and_then(|r| {
                    NaiveDate::parse_from_str(&r[..10.min(r.len())], "%Y-%m-%d").ok()
                });
                let Some(reference) = reference else { continue };
                let got = resolve_date(input, reference);
                if has_year(input) {
                    time.check(got == Some(want), || {
                        format!("{input:?}: got {got:?}, want {want}")
                    });
                } else {
                    // Duckling resolves a yearless date forward; the core resolves it
                    // to the most recent such date on or before the reference.
                    let policy =
                        chrono::Datelike::with_year(&want, chrono::Datelike::year(&want) - 1)
                            .filter(|d| *d <= reference)
                            .unwrap_or(want);
                    let policy = if want <= reference { want } else { policy };
                    time_policy.check(got == Some(policy), || {
                        format!("{input:?}: got {got:?}, core policy {policy}, duckling {want}")
                    });
                }
            }
            _ => {}
        }
    }
    Ok(vec![numeral, money, time, time_policy])
}

fn has_year(input: &str) -> bool {
    input.contains("năm 1") || input.contains("năm 2") || input.matches('/').count() == 2
}

/// The expected date of a Time case that names a day and month (or a month
/// and year) outright; `None` for relative expressions ("hôm nay", "thứ 2
/// tới"), times of day alone, and intervals.
fn absolute_date(input: &str, expected: &Value) -> Option<NaiveDate> {
    if expected.get("type")?.as_str()? != "value" {
        return None;
    }
    let lower = input.to_lowercase();
    let numeric = lower.split(|c: char| c.is_whitespace()).any(|w| {
        let parts: Vec<&str> = w.split('/').collect();
        parts.len() >= 2
            && parts
                .iter()
                .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
    });
    let named = lower.contains("tháng")
        && (lower.contains("ngày")
            || lower.contains("mồng")
            || lower.contains("năm 1")
            || lower.contains("năm 2")
            || lower
                .split_whitespace()
                .next()
                .is_some_and(|w| w.bytes().all(|b| b.is_ascii_digit())));
    let relative = [
        "tới",
        "sau",
        "trước",
        "này",
        "đầu tiên",
        "mai",
        "qua",
        "nay",
    ]
    .iter()
    .any(|w| lower.contains(w));
    if !(numeric || named) || relative {
        return None;
    }
    let dt = expected.get("datetime")?.as_array()?;
    let y = i32::try_from(dt.first()?.as_i64()?).ok()?;
    let m = u32::try_from(dt.get(1)?.as_i64()?).ok()?;
    let d = u32::try_from(dt.get(2)?.as_i64()?).ok()?;
    NaiveDate::from_ymd_opt(y, m, d)
}

fn money_matches(m: &Money, expected: &Value) -> bool {
    let cur_ok = expected["currency"]
        .as_str()
        .is_some_and(|c| duckling_currency(c) == m.currency);
    let num = |k: &str| expected.get(k).and_then(Value::as_f64);
    let opt_eq = |a: Option<f64>, b: Option<f64>| match (a, b) {
        (Some(a), Some(b)) => close(a, b),
        (None, None) => true,
        _ => false,
    };
    let value_ok = match (expected["type"].as_str(), m.amount) {
        (Some("value"), MoneyAmount::Exact(v)) => num("value").is_some_and(|w| close(v, w)),
        (Some("interval"), MoneyAmount::Interval { from, to }) => {
            opt_eq(from, num("from")) && opt_eq(to, num("to"))
        }
        _ => false,
    };
    value_ok && cur_ok
}

fn nemo(root: &std::path::Path) -> anyhow::Result<Vec<Suite>> {
    let dir = root.join("nemo-vi");
    let mut out = Vec::new();
    for kind in ["cardinal", "decimal", "roman", "money"] {
        let mut suite = Suite::new(&format!("nemo {kind} (tn+itn)"));
        for (sub, written_first) in [
            ("text_normalization", true),
            ("inverse_text_normalization", false),
        ] {
            let path = dir.join(sub).join(format!("test_cases_{kind}.txt"));
            let Ok(body) = std::fs::read_to_string(&path) else {
                continue;
            };
            for line in body.lines().filter(|l| l.contains('~')) {
                let Some((a, b)) = line.split_once('~') else {
                    continue;
                };
                let (written, spoken) = if written_first {
                    (a.trim(), b.trim())
                } else {
                    (b.trim(), a.trim())
                };
                // NeMo's inverse normalisation writes a decimal point ("0.2 triệu");
                // the core reads Vietnamese notation, so the point becomes a comma.
                let written = if written_first {
                    written.to_string()
                } else {
                    written.replace('.', ",")
                };
                let ok = match kind {
                    "roman" => roman_pair(&written, spoken),
                    "money" => money_pair(&written, spoken),
                    _ => number_pair(&written, spoken),
                };
                suite.check(ok, || format!("[{sub}] {line}"));
            }
        }
        out.push(suite);
    }
    Ok(out)
}

/// Both sides read as the same number, after dropping the words they share
/// at either end ("iPhone mười lăm" and "iPhone 15").
fn number_pair(written: &str, spoken: &str) -> bool {
    if written == spoken {
        return true;
    }
    let w: Vec<&str> = written.split_whitespace().collect();
    let s: Vec<&str> = spoken.split_whitespace().collect();
    let mut a = 0;
    while a < w.len() && a < s.len() && w[a] == s[a] && read_number(w[a]).is_none() {
        a += 1;
    }
    let mut z = 0;
    while z < w.len() - a
        && z < s.len() - a
        && w[w.len() - 1 - z] == s[s.len() - 1 - z]
        && read_number(w[w.len() - 1 - z]).is_none()
    {
        z += 1;
    }
    let (w, s) = (w[a..w.len() - z].join(" "), s[a..s.len() - z].join(" "));
    matches!((read_number(&w), read_number(&s)), (Some(x), Some(y)) if close(x, y))
}

/// Each Roman numeral of the written side against the numeral words the
/// spoken side holds between the same context words.
fn roman_pair(written: &str, spoken: &str) -> bool {
    let w: Vec<&str> = written.split_whitespace().collect();
    let s: Vec<&str> = spoken.split_whitespace().collect();
    let mut p = 0;
    let mut pending: Option<u32> = None;
    let mut pairs = Vec::new();
    for tok in &w {
        if let Some(r) = parse_roman(tok) {
            pending = Some(r);
            continue;
        }
        let from = if pending.is_some() { p + 1 } else { p };
        let Some(pos) = (from..s.len()).find(|&k| s[k] == *tok) else {
            return false;
        };
        if let Some(r) = pending.take() {
            pairs.push((r, s[p..pos].join(" ")));
        }
        p = pos + 1;
    }
    if let Some(r) = pending {
        pairs.push((r, s[p.min(s.len())..].join(" ")));
    }
    !pairs.is_empty()
        && pairs
            .iter()
            .all(|(r, words)| read_number(words).is_some_and(|v| close(v, f64::from(*r))))
}

/// Both sides read as the same amount and currency; a denominator ("/ngày",
/// "trên giờ") is outside the money reader and cut from the written side.
fn money_pair(written: &str, spoken: &str) -> bool {
    let written = written.split('/').next().unwrap_or(written);
    let (Some(a), Some(b)) = (read_money(written), read_money(spoken)) else {
        return false;
    };
    let norm = |m: &Money| -> (String, MoneyAmount) {
        if m.currency == "cent" {
            let scale = |v: f64| v / 100.0;
            let amount = match m.amount {
                MoneyAmount::Exact(v) => MoneyAmount::Exact(scale(v)),
                MoneyAmount::Interval { from, to } => MoneyAmount::Interval {
                    from: from.map(scale),
                    to: to.map(scale),
                },
                other => other,
            };
            ("USD".into(), amount)
        } else {
            (m.currency.clone(), m.amount)
        }
    };
    let (ca, aa) = norm(&a);
    let (cb, ab) = norm(&b);
    let same = match (aa, ab) {
        (MoneyAmount::Exact(x), MoneyAmount::Exact(y)) => close(x, y),
        (
            MoneyAmount::Interval { from: f1, to: t1 },
            MoneyAmount::Interval { from: f2, to: t2 },
        ) => {
            f1.zip(f2).is_none_or(|(x, y)| close(x, y))
                && t1.zip(t2).is_none_or(|(x, y)| close(x, y))
                && f1.is_some() == f2.is_some()
                && t1.is_some() == t2.is_some()
        }
        _ => false,
    };
    same && ca == cb
}
