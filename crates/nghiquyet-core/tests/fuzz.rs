//! The fuzzing campaign: `parse_article`, `extract_targets` (and its
//! streaming reader), `normalize`, and the number and date readers on
//! generated input. No panic, every span on the text, and the readers agree
//! with what they were given.
//!
//! The normal test run makes 64 cases per property. The long
//! campaign is the same file with more cases:
//!
//! ```text
//! PROPTEST_CASES=100000 cargo test -p nghiquyet-core --release --test fuzz
//! ```
//!
//! Hangs show as a campaign that does not finish; memory is bounded by the
//! reader holding one sentence (cut at 4,000 tokens), which the long
//! repeated inputs here exercise.

use chrono::{Datelike, NaiveDate};
use nghiquyet_core::{
    TargetReader, extract_targets, normalize, parse_article, parse_article_bytes, parse_number,
    parse_number_words, parse_timestamp, read_money, read_number, resolve_date,
};
use proptest::prelude::*;
use unicode_normalization::UnicodeNormalization;

/// Pieces of provincial news: cue words, report words, numbers in every
/// notation, units, comparators, list marks, dates and page chrome.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::sample::select(vec![
            "Phấn đấu", "mục tiêu", "chỉ tiêu", "đến năm", "Đến năm 2030:", "nhiệm kỳ 2025-2030",
            "giai đoạn 2021 - 2025", "tỷ lệ", "hộ nghèo", "xã", "đạt", "chuẩn nông thôn mới",
            "trên", "dưới", "khoảng", "từ", "đến", "trở lên", "không quá", "tối thiểu", "tăng",
            "giảm", "xuống còn", "bình quân", "/năm", "so với", "Nghị quyết", "kế hoạch",
            "dự toán", "vượt", "đã", "được", "ước", "dự kiến", "Cụ thể,", "trong đó:", "riêng",
            "tương đương", "lần lượt", "không còn", "hai con số", "một", "ba", "đơn vị cấp huyện",
            "%", "‰", "0/00", "%0", "tỷ đồng", "tỉ", "triệu", "USD", "đô la Mỹ", "tỷ.đ", "ha",
            "km2", "con", "đảng viên", "lượt khách", "lần", "(", ")", "(1)", "-", "–", ";", ":",
            ",", ".", "\n", "\n\n", "  ", "Thứ Năm, 15/10/2020, 16:21 (GMT+7)",
            "Cập nhật: Thứ bẩy 17/10/2020 - 09:58", "Số lượt xem: 1.204",
            "Nghị quyết số 12-NQ/TU", "Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII",
            "Ý kiến bạn đọc", "hoà", "thuỷ", "Đảng bộ huyện Mẫu:",
        ])
        .prop_map(str::to_string),
        2 => (0u32..100_000).prop_map(|n| n.to_string()),
        1 => (0u32..1000, 0u32..100).prop_map(|(a, b)| format!("{a},{b}")),
        1 => (1u32..999, 0u32..1000).prop_map(|(a, b)| format!("{a}.{b:03}")),
        1 => (0u32..100, 0u32..100).prop_map(|(a, b)| format!("{a}/{b}")),
        1 => (0u32..100, 0u32..100).prop_map(|(a, b)| format!("{a}-{b}%")),
        1 => (1u32..29, 1u32..13, 1990i32..2100).prop_map(|(d, m, y)| format!("{d:02}/{m:02}/{y}")),
        1 => "[a-zA-Zàáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]{1,7}",
        1 => any::<char>().prop_map(|c| c.to_string()),
    ]
}

fn clause() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..60).prop_map(|ps| ps.join(" "))
}

/// An article: clauses as lines, sometimes repeated many times over.
fn article() -> impl Strategy<Value = String> {
    (prop::collection::vec(clause(), 1..8), 1usize..40)
        .prop_map(|(lines, times)| lines.join("\n").repeat(times))
}

fn check_targets(text: &str) {
    let all = extract_targets(text);
    for t in &all {
        assert!(t.span.start <= t.span.end && t.span.end <= text.len());
        assert!(text.is_char_boundary(t.span.start) && text.is_char_boundary(t.span.end));
        assert_eq!(&text[t.span.range()], t.text);
        assert!(t.value.is_finite());
        assert!(t.value_max.is_none_or(|m| m.is_finite()));
    }
    // The streaming reader gives the same targets, one at a time.
    assert_eq!(TargetReader::new(text).collect::<Vec<_>>(), all);
}

/// 64 cases per property in the normal run; `PROPTEST_CASES` for a campaign.
fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(64);
    ProptestConfig::with_cases(cases)
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn extract_targets_holds_on_news_like_text(s in article()) {
        check_targets(&s);
        check_targets(&normalize(&s));
    }

    #[test]
    fn a_date_only_drops_or_keeps_targets(s in article()) {
        // Before every year of the text, years can only make goals; after
        // every year, only reports: the targets found are a superset, then
        // a subset, of the undated ones (by span and value).
        let key = |ts: Vec<nghiquyet_core::Target>| -> Vec<(usize, usize, u64)> {
            ts.iter().map(|t| (t.span.start, t.span.end, t.value.to_bits())).collect()
        };
        let read = |date: Option<chrono::NaiveDate>| {
            let reader = TargetReader::new(&s);
            key(match date {
                Some(d) => reader.published(d).collect(),
                None => reader.collect(),
            })
        };
        let undated = read(None);
        let early = read(chrono::NaiveDate::from_ymd_opt(1000, 1, 1));
        let late = read(chrono::NaiveDate::from_ymd_opt(3000, 1, 1));
        prop_assert!(undated.iter().all(|t| early.contains(t)), "early lost one");
        prop_assert!(late.iter().all(|t| undated.contains(t)), "late added one");
    }

    #[test]
    fn extract_targets_holds_on_any_string(s in any::<String>()) {
        check_targets(&s);
    }

    #[test]
    fn parse_article_never_panics_and_spans_hold(s in article()) {
        if let Ok(article) = parse_article(&s) {
            let body = article.body();
            for t in &article.targets {
                prop_assert_eq!(body.get(t.span.range()), Some(t.text.as_str()));
            }
            for r in &article.resolutions {
                prop_assert!(body.get(r.span.range()).is_some());
            }
        }
    }

    #[test]
    fn parse_article_bytes_never_panics(b in prop::collection::vec(any::<u8>(), 0..2000)) {
        let _ = parse_article_bytes(&b);
    }

    #[test]
    fn normalize_is_idempotent_and_form_blind(s in clause()) {
        let n = normalize(&s);
        prop_assert_eq!(normalize(&n), n.clone());
        let nfd: String = s.nfd().collect();
        prop_assert_eq!(normalize(&nfd), n);
    }

    #[test]
    fn number_readers_never_panic(s in clause()) {
        let _ = parse_number(&s);
        let _ = read_number(&s);
        let _ = parse_number_words(&s);
        let _ = read_money(&s);
    }

    #[test]
    fn grouped_and_decimal_numbers_read_back(int in 0u64..10_000_000_000, frac in 0u32..100) {
        // Vietnamese notation: '.' groups thousands, ',' is the decimal mark.
        let digits = int.to_string();
        let mut grouped = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                grouped.push('.');
            }
            grouped.push(c);
        }
        let text = format!("{grouped},{frac:02}");
        let want = int as f64 + f64::from(frac) / 100.0;
        let got = parse_number(&text);
        prop_assert!(got.is_some_and(|g| (g - want).abs() <= 1e-6 * want.max(1.0)), "{text}: {got:?}");
    }

    #[test]
    fn date_readers_never_panic(s in clause(), y in 1900i32..2200, m in 1u32..13, d in 1u32..29) {
        let _ = parse_timestamp(&s);
        let reference = NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default();
        let _ = resolve_date(&s, reference);
    }

    #[test]
    fn dates_read_back(y in 1990i32..2100, m in 1u32..13, d in 1u32..29, h in 0u32..24, min in 0u32..60) {
        let line = format!("Cập nhật: {d:02}/{m:02}/{y} - {h:02}:{min:02}");
        let t = parse_timestamp(&line);
        prop_assert!(t.is_some(), "{line}");
        let t = t.unwrap_or_default();
        prop_assert_eq!((t.year(), t.month(), t.day()), (y, m, d));
    }
}
