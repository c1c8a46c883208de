//! English digests: numbers and units written the English way, and the
//! glossary of common indicators (`glossary/indicators.tsv`, embedded).

use std::sync::OnceLock;

use nghiquyet_core::{Target, fold};

const GLOSSARY: &str = include_str!("../glossary/indicators.tsv");

struct Glossary {
    /// (folded Vietnamese, English), longest first.
    subjects: Vec<(String, String)>,
    /// (folded Vietnamese, English).
    units: Vec<(String, String)>,
}

fn glossary() -> &'static Glossary {
    static G: OnceLock<Glossary> = OnceLock::new();
    G.get_or_init(|| {
        let mut g = Glossary {
            subjects: Vec::new(),
            units: Vec::new(),
        };
        for line in GLOSSARY.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let mut parts = line.split('\t');
            let (Some(kind), Some(vi), Some(en)) = (parts.next(), parts.next(), parts.next())
            else {
                continue;
            };
            let entry = (fold(vi.trim()), en.trim().to_string());
            match kind {
                "subject" => g.subjects.push(entry),
                "unit" => g.units.push(entry),
                _ => {}
            }
        }
        g.subjects
            .sort_by_key(|(vi, _)| std::cmp::Reverse(vi.len()));
        g
    })
}

/// The English gloss of a subject holding a known indicator (the longest
/// one found, on word boundaries), or `None`.
///
/// ```
/// use nghiquyet_digest::gloss_subject;
///
/// assert_eq!(gloss_subject("Thu ngân sách").as_deref(), Some("budget revenue"));
/// assert_eq!(gloss_subject("tỷ lệ xã đạt chuẩn nông thôn mới").as_deref(),
///            Some("share of communes meeting the new-rural standard"));
/// assert_eq!(gloss_subject("hộ nghèo trên địa bàn").as_deref(), Some("poor households"));
/// assert_eq!(gloss_subject("cán bộ trẻ"), None);
/// ```
pub fn gloss_subject(subject: &str) -> Option<String> {
    let hay = format!(" {} ", fold(subject));
    glossary()
        .subjects
        .iter()
        .find(|(vi, _)| hay.contains(&format!(" {vi} ")))
        .map(|(_, en)| en.clone())
}

fn unit_en(unit: &str) -> Option<&'static str> {
    let key = fold(unit.trim());
    glossary()
        .units
        .iter()
        .find(|(vi, _)| *vi == key)
        .map(|(_, en)| en.as_str())
}

/// A number the English way: commas group thousands, a point marks
/// decimals (at most three).
///
/// ```
/// assert_eq!(nghiquyet_digest::format_en(45799.0), "45,799");
/// assert_eq!(nghiquyet_digest::format_en(7.5), "7.5");
/// assert_eq!(nghiquyet_digest::format_en(1234567.125), "1,234,567.125");
/// ```
pub fn format_en(v: f64) -> String {
    let neg = v < 0.0;
    let rounded = (v.abs() * 1000.0).round() / 1000.0;
    let int = rounded.trunc() as u64;
    let digits = int.to_string();
    let mut s = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            s.push(',');
        }
        s.push(c);
    }
    let frac = format!("{:.3}", rounded - int as f64);
    let frac = frac.trim_start_matches('0').trim_end_matches('0');
    if frac.len() > 1 {
        s.push_str(frac);
    }
    if neg { format!("-{s}") } else { s }
}

/// A target's value the English way: "7–7.5%/year", "≥ 3,000 billion VND",
/// "≥ 6,500 party members". Units outside the glossary stay as written.
pub(crate) fn display_value_en(t: &Target) -> String {
    let unit = t.unit.as_deref().unwrap_or("");
    let unit = unit_en(unit).map_or_else(|| unit.to_string(), str::to_string);
    let mut s = String::new();
    let sym = t.bound.symbol();
    if !sym.is_empty() {
        s.push_str(sym);
        s.push(' ');
    }
    s.push_str(&format_en(t.value));
    if let Some(max) = t.value_max {
        s.push('–');
        s.push_str(&format_en(max));
    }
    if !(unit.is_empty() || unit == "%" || unit == "‰") {
        s.push(' ');
    }
    s.push_str(&unit);
    if let Some(per) = &t.per {
        s.push('/');
        s.push_str(unit_en(per).unwrap_or(per));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn target(value: f64, max: Option<f64>, unit: &str, per: Option<&str>, bound: &str) -> Target {
        serde_json::from_value(serde_json::json!({
            "value": value, "value_max": max, "unit": unit, "per": per, "bound": bound,
            "subject": null, "criterion": null, "baseline": null, "achieved": null,
            "deadline_year": null, "term": null, "span": {"start": 0, "end": 1}, "text": "x"
        }))
        .unwrap()
    }

    #[test]
    fn english_numbers_and_units() {
        assert_eq!(
            display_value_en(&target(7.0, Some(7.5), "%", Some("năm"), "range")),
            "7–7.5%/year"
        );
        assert_eq!(
            display_value_en(&target(3000.0, None, "tỷ đồng", None, "at_least")),
            "≥ 3,000 billion VND"
        );
        assert_eq!(
            display_value_en(&target(6500.0, None, "đảng viên", None, "at_least")),
            "≥ 6,500 party members"
        );
        assert_eq!(
            display_value_en(&target(12.0, None, "cây số", None, "exact")),
            "12 cây số"
        );
        assert_eq!(format_en(0.25), "0.25");
        assert_eq!(format_en(-1500.0), "-1,500");
    }
}
