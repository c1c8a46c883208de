//! `nghiquyet parse`: the article model as JSON.

use serde_json::{Value, json};
use unicode_normalization::UnicodeNormalization;

use crate::util::{data_path, json, read_data, run, run_with_stdin, stderr, tempdir};

fn parse_file(name: &str) -> Value {
    let path = data_path(name);
    let out = run(&["parse", path.to_str().expect("utf-8 path")]);
    assert!(
        out.status.success(),
        "parse {name} failed: {}",
        stderr(&out)
    );
    json(&out)
}

#[test]
fn district_congress_article_is_read_into_its_parts() {
    let a = parse_file("lam_son_congress.txt");
    assert_eq!(a["kicker"], "Đảng bộ huyện Lâm Sơn");
    assert_eq!(
        a["title"],
        "Đại hội lần thứ XXII xác định khâu đột phá về hạ tầng"
    );
    assert_eq!(a["published"], "2020-10-15T16:21:00+07:00");
    assert_eq!(a["author"], "Trần Minh Khôi");
    let paragraphs = a["paragraphs"].as_array().expect("paragraphs");
    assert_eq!(paragraphs.len(), 3);
    let body = paragraphs
        .iter()
        .map(|p| p.as_str().unwrap_or_default())
        .collect::<Vec<_>>()
        .join("\n\n");
    for chrome in [
        "Lượt xem",
        "Ý kiến bạn đọc",
        "In trang này",
        "Tìm kiếm",
        "Trần Minh Khôi",
    ] {
        assert!(!body.contains(chrome), "body keeps {chrome:?}");
    }
    assert!(a["id"].as_str().is_some_and(|id| id.len() == 16));
}

#[test]
fn resolutions_of_both_terms_are_found() {
    let a = parse_file("lam_son_congress.txt");
    let resolutions = a["resolutions"].as_array().expect("resolutions");
    let summary: Vec<(Value, Value)> = resolutions
        .iter()
        .map(|r| (r["congress"].clone(), r["term"].clone()))
        .collect();
    assert_eq!(
        summary,
        [
            (json!(21), json!({"start": 2015, "end": 2020})),
            (json!(22), json!({"start": 2020, "end": 2025})),
        ]
    );
    assert_eq!(resolutions[1]["issuer"], "Đảng bộ huyện Lâm Sơn");
}

#[test]
fn council_resolution_number_and_term() {
    let a = parse_file("ha_tay_council.txt");
    assert_eq!(a["published"], "2021-12-11T10:15:00+07:00");
    assert_eq!(a["author"], "Phương Thảo");
    let r = &a["resolutions"][0];
    assert_eq!(r["number"], "12/2021/NQ-HĐND");
    assert_eq!(r["term"], json!({"start": 2021, "end": 2025}));
    // The plan's targets belong to the council's term, not the plan period.
    let targets = a["targets"].as_array().expect("targets");
    assert_eq!(targets.len(), 3);
    for t in targets {
        assert_eq!(t["term"], json!({"start": 2021, "end": 2026}), "{t:#}");
    }
}

#[test]
fn spans_slice_the_body() {
    for name in ["lam_son_congress.txt", "ha_tay_council.txt"] {
        let a = parse_file(name);
        let body = a["paragraphs"]
            .as_array()
            .expect("paragraphs")
            .iter()
            .map(|p| p.as_str().unwrap_or_default())
            .collect::<Vec<_>>()
            .join("\n\n");
        let spans = a["resolutions"]
            .as_array()
            .into_iter()
            .flatten()
            .chain(a["targets"].as_array().into_iter().flatten());
        for item in spans {
            let (s, e) = (
                item["span"]["start"].as_u64().expect("start") as usize,
                item["span"]["end"].as_u64().expect("end") as usize,
            );
            let slice = body.get(s..e).unwrap_or_else(|| {
                panic!("{name}: span {s}..{e} is not on char boundaries of the body")
            });
            if let Some(text) = item["text"].as_str() {
                assert_eq!(slice, text, "{name}: target text is its span");
            }
        }
    }
}

#[test]
fn unicode_form_line_endings_and_tone_placement_do_not_change_the_model() {
    let text = read_data("lam_son_congress.txt");
    let reference = run_with_stdin(&["parse", "-"], text.as_bytes());
    let variants = [
        text.nfd().collect::<String>(),
        text.replace('\n', "\r\n"),
        text.replace("hòa", "hoà")
            .replace("Hòa", "Hoà")
            .replace("thủy", "thuỷ"),
    ];
    for variant in variants {
        let out = run_with_stdin(&["parse", "-"], variant.as_bytes());
        assert!(out.status.success(), "{}", stderr(&out));
        assert_eq!(json(&out), json(&reference));
    }
}

#[test]
fn several_inputs_give_an_array_and_jsonl_gives_lines() {
    let (a, b) = (
        data_path("lam_son_congress.txt"),
        data_path("ha_tay_council.txt"),
    );
    let (a, b) = (a.to_str().expect("path"), b.to_str().expect("path"));
    let out = run(&["parse", a, b]);
    assert!(out.status.success());
    let all = json(&out);
    assert_eq!(all.as_array().map(Vec::len), Some(2));
    assert_eq!(all[1]["author"], "Phương Thảo");

    let out = run(&["parse", "--jsonl", a, b]);
    let lines: Vec<Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect();
    assert_eq!(lines, all.as_array().cloned().unwrap_or_default());
}

#[test]
fn url_is_recorded() {
    let path = data_path("ha_tay_council.txt");
    let out = run(&[
        "parse",
        "--url",
        "https://hataynam.example.vn/nq-12",
        path.to_str().expect("path"),
    ]);
    assert_eq!(json(&out)["url"], "https://hataynam.example.vn/nq-12");
}

#[test]
fn bad_inputs_are_reported_by_name_and_the_rest_still_parsed() {
    let dir = tempdir();
    let empty = dir.path().join("empty.txt");
    let binary = dir.path().join("image.bin");
    let latin1 = dir.path().join("latin1.txt");
    let missing = dir.path().join("missing.txt");
    std::fs::write(&empty, "  \n").expect("write");
    std::fs::write(&binary, [0x89, b'P', b'N', b'G', 0, 0, 1]).expect("write");
    std::fs::write(&latin1, b"Ngh\xe9 quy\xe9t").expect("write");
    let good = data_path("ha_tay_council.txt");
    let paths = [&empty, &binary, &latin1, &missing, &good];
    let args: Vec<&str> = std::iter::once("parse")
        .chain(paths.iter().map(|p| p.to_str().expect("path")))
        .collect();
    let out = run(&args);
    assert!(
        !out.status.success(),
        "a failed input makes the exit non-zero"
    );
    let err = stderr(&out);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 4, "one line per bad input: {err}");
    assert!(
        lines[0].contains("empty.txt") && lines[0].contains("empty"),
        "{err}"
    );
    assert!(
        lines[1].contains("image.bin") && lines[1].contains("binary"),
        "{err}"
    );
    assert!(
        lines[2].contains("latin1.txt") && lines[2].contains("invalid UTF-8 at byte 3"),
        "{err}"
    );
    assert!(lines[3].contains("missing.txt"), "{err}");
    assert!(!err.contains("panicked"));
    let parsed = json(&out);
    assert_eq!(
        parsed.as_array().map(Vec::len),
        Some(1),
        "the good input is still printed"
    );
}

#[test]
fn a_congress_that_sets_targets_implies_its_resolution() {
    // No "Nghị quyết" in the text: the congress's targets are its resolution's.
    let a = parse_file("song_hong_congress.txt");
    assert_eq!(
        a["title"],
        "Đại hội Đảng bộ thành phố Sông Hồng lần thứ XX: Khát vọng phát triển"
    );
    assert_eq!(a["author"], "NGUYỄN HÀ");
    let body = a["paragraphs"].to_string();
    for chrome in ["Trang chủ", "Chia sẻ", "Tin liên quan"] {
        assert!(!body.contains(chrome), "body keeps {chrome:?}");
    }
    let r = &a["resolutions"][0];
    assert_eq!(r["congress"], 20);
    assert_eq!(r["term"], json!({"start": 2020, "end": 2025}));
    assert_eq!(a["targets"].as_array().map(Vec::len), Some(2));
    assert_eq!(a["targets"][0]["deadline_year"], 2025);
}

/// The targets of a `parse` output as (value, unit, deadline year).
fn target_values(a: &Value) -> Vec<(f64, String, Option<i64>)> {
    a["targets"]
        .as_array()
        .expect("targets")
        .iter()
        .map(|t| {
            (
                t["value"].as_f64().expect("value"),
                t["unit"].as_str().unwrap_or_default().to_string(),
                t["deadline_year"].as_i64(),
            )
        })
        .collect()
}

#[test]
fn a_dated_article_reads_figures_of_past_years_as_results() {
    let a = parse_file("dated/song_ma_congress_2026.txt");
    assert_eq!(a["published"], "2026-03-02T09:00:00+07:00");
    let found = target_values(&a);
    let has = |v: f64, unit: &str| found.iter().any(|t| t.0 == v && t.1 == unit);
    // Figures of 2024 and 2023, with no goal cue, are what was achieved.
    assert!(!has(900.0, "tỷ đồng"), "{found:?}");
    assert!(!has(93.0, "%"), "{found:?}");
    // So are the figures of a sentence led by a period now over.
    assert!(!has(9.0, "%"), "{found:?}");
    // A target set for a past year is still a target the article states.
    assert!(has(1200.0, "ha"), "{found:?}");
    // A goal for 2030 after a report in the same sentence stays a goal.
    assert!(
        found.contains(&(1.0, "%".to_string(), Some(2030))),
        "{found:?}"
    );
    // Goals for later years and for the article's own year stay.
    for (v, unit) in [(1500.0, "tỷ đồng"), (100.0, "%"), (8.0, "%")] {
        assert!(has(v, unit), "{v} {unit} missing: {found:?}");
    }
    assert_eq!(found.len(), 5, "{found:?}");
}

#[test]
fn without_its_date_the_same_article_reads_as_of_late_2025() {
    // The date line removed: the text is read as of late 2025, so the
    // figures plain years up to 2025 head are results still, and so is the
    // figure of a period closing in 2025 told with no cue; the 2030 item
    // after "đã" falls with the report.
    let text = read_data("dated/song_ma_congress_2026.txt");
    let undated: String = text
        .lines()
        .filter(|l| !l.starts_with("Thứ Hai, 02/03/2026"))
        .map(|l| format!("{l}\n"))
        .collect();
    let out = run_with_stdin(&["parse", "-"], undated.as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
    let a = json(&out);
    assert!(a["published"].is_null());
    let found = target_values(&a);
    let has = |v: f64, unit: &str| found.iter().any(|t| t.0 == v && t.1 == unit);
    assert!(!has(900.0, "tỷ đồng") && !has(93.0, "%"), "{found:?}");
    assert!(!has(9.0, "%") && has(1200.0, "ha"), "{found:?}");
    assert!(!has(1.0, "%"), "{found:?}");
}
