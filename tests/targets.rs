//! `nghiquyet targets`: the targets of any text.

use serde_json::Value;

use crate::util::{data_path, json, run, run_with_stdin, stderr};

fn values(targets: &Value) -> Vec<(f64, String, String)> {
    targets
        .as_array()
        .expect("an array")
        .iter()
        .map(|t| {
            (
                t["value"].as_f64().expect("value"),
                t["unit"].as_str().unwrap_or_default().to_string(),
                t["bound"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

#[test]
fn targets_of_a_whole_article() {
    let path = data_path("lam_son_congress.txt");
    let out = run(&["targets", path.to_str().expect("path")]);
    assert!(out.status.success(), "{}", stderr(&out));
    let targets = json(&out);
    let found = values(&targets);
    let expected = [
        (8.5, "%", "range"),
        (65.0, "triệu đồng", "exact"),
        (1.5, "%", "decrease_by"),
        (100.0, "%", "exact"),
        (85.0, "%", "at_least"),
        (1200.0, "đảng viên", "at_least"),
    ];
    let expected: Vec<(f64, String, String)> = expected
        .iter()
        .map(|(v, u, b)| (*v, u.to_string(), b.to_string()))
        .collect();
    assert_eq!(found, expected, "{targets:#}");
    // Reported results of the past term and delegate counts are not targets.
    assert!(
        !found
            .iter()
            .any(|(v, _, _)| *v == 41.0 || *v == 280.0 || *v == 18.0)
    );
    assert_eq!(targets[0]["value_max"], 9.0);
    assert_eq!(targets[0]["per"], "năm");
    assert_eq!(targets[1]["deadline_year"], 2025);
    for t in targets.as_array().into_iter().flatten() {
        assert_eq!(t["term"]["start"], 2020, "{t:#}");
    }
}

#[test]
fn each_line_prints_one_array_per_line_in_order() {
    let input = "Phấn đấu 90% trở lên hộ gia đình đạt danh hiệu gia đình văn hóa\n\
                 Đại hội có 312 đại biểu tham dự\n\
                 \n\
                 thu ngân sách trên địa bàn đạt 3.500 tỷ đồng\n";
    let out = run_with_stdin(&["targets", "--each-line", "-"], input.as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
    let lines: Vec<Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON line"))
        .collect();
    assert_eq!(lines.len(), 4);
    assert_eq!(
        values(&lines[0]),
        [(90.0, "%".to_string(), "at_least".to_string())]
    );
    assert_eq!(values(&lines[1]), []);
    assert_eq!(values(&lines[2]), []);
    assert_eq!(
        values(&lines[3]),
        [(3500.0, "tỷ đồng".to_string(), "exact".to_string())]
    );
}

#[test]
fn each_line_reads_every_line_as_if_it_were_alone() {
    // Canonical lines are read in place by one reader, the others after
    // normalising: neither may carry anything into the next line, and both
    // must read as the line would alone.
    let nfd_old_tone = "Phấn đấu 90% gia đình đạt chuẩn văn hoá".replace('ấ', "a\u{302}\u{301}");
    let lines = [
        "Trong 5 năm qua, tăng trưởng kinh tế bình quân đạt 7,2%/năm.".to_string(),
        "Giá trị sản xuất công nghiệp tăng bình quân 11%/năm.".to_string(),
        nfd_old_tone,
        "Các chỉ tiêu đến năm 2030: 1. Tỷ lệ che phủ rừng 45%.\r".to_string(),
        "2. Thu ngân sách 900 tỷ đồng.".to_string(),
        "\u{feff}Phấn đấu 95% xã đạt chuẩn nông thôn mới".to_string(),
    ];
    let input = lines.join("\n");
    let out = run_with_stdin(&["targets", "--each-line", "-"], input.as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
    let read: Vec<Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON line"))
        .collect();
    assert_eq!(read.len(), lines.len());
    for (line, got) in lines.iter().zip(&read) {
        let alone = run_with_stdin(&["targets", "-"], line.trim_end_matches('\r').as_bytes());
        assert!(alone.status.success(), "{}", stderr(&alone));
        assert_eq!(got, &json(&alone), "{line}");
    }
    // The line after the review is a goal of its own; the item after the
    // list's lead-in has no year, for it is a line of its own.
    assert_eq!(values(&read[0]), []);
    assert_eq!(values(&read[1]).len(), 1);
    assert_eq!(read[2][0]["value"], 90.0);
    assert_eq!(read[3][0]["deadline_year"], 2030);
    assert_eq!(read[4][0]["deadline_year"], Value::Null);
    assert_eq!(read[5][0]["value"], 95.0);
}

#[test]
fn empty_input_is_an_error_not_a_panic() {
    let out = run_with_stdin(&["targets", "-"], b"");
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(err.contains("<stdin>") && err.contains("empty"), "{err}");
    assert!(!err.contains("panicked"));
}

#[test]
fn a_long_line_streams_every_target_in_order() {
    // One line of 20,000 goals, in sentences and ';' lists: the reader
    // streams them and the array holds every one, in order, spans on the line.
    let mut line = String::from("Phấn đấu ");
    for i in 0..20_000 {
        line.push_str(&format!("tỷ lệ xã đạt {}%", 10 + i % 80));
        line.push_str(if i % 5 == 4 { ". Phấn đấu " } else { "; " });
    }
    line.push('\n');
    for args in [&["targets", "--each-line", "-"][..], &["targets", "-"][..]] {
        let out = run_with_stdin(args, line.as_bytes());
        assert!(out.status.success(), "{}", stderr(&out));
        let targets: Value = serde_json::from_slice(&out.stdout).expect("one JSON array");
        let targets = targets.as_array().cloned().unwrap_or_default();
        assert_eq!(targets.len(), 20_000, "{args:?}");
        for (i, t) in targets.iter().enumerate().step_by(997) {
            assert_eq!(t["value"], f64::from(10 + (i as u32) % 80), "{t:#}");
            let (a, b) = (t["span"]["start"].as_u64(), t["span"]["end"].as_u64());
            let (a, b) = (a.unwrap_or(0) as usize, b.unwrap_or(0) as usize);
            assert_eq!(line.get(a..b), t["text"].as_str(), "{t:#}");
        }
    }
}

#[test]
fn published_reads_figures_of_earlier_years_as_results() {
    let clause = "Năm 2027, thu ngân sách trên địa bàn đạt 900 tỷ đồng.\n";
    let targets = |clause: &str, args: &[&str]| {
        let out = run_with_stdin(args, clause.as_bytes());
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
        values(&json(&out)).len()
    };
    assert_eq!(targets(clause, &["targets", "-"]), 1);
    let late = ["targets", "--published", "2028-03-02", "-"];
    assert_eq!(targets(clause, &late), 0);
    // Written before 2027, the figure is a plan for it.
    let early = ["targets", "--published", "2026-12-09", "-"];
    assert_eq!(targets(clause, &early), 1);
    // Undated, a text is read as of late 2025: 2024 is past.
    let past = clause.replace("2027", "2024");
    assert_eq!(targets(&past, &["targets", "-"]), 0);
    assert_eq!(
        targets(&past, &["targets", "--published", "2023-12-09", "-"]),
        1
    );
    // The date applies to every line of --each-line.
    let out = run_with_stdin(
        &["targets", "--each-line", "--published", "2028-03-02", "-"],
        format!("{clause}Đến năm 2030, thu ngân sách đạt 1.500 tỷ đồng.\n").as_bytes(),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let lines: Vec<Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect();
    let counts: Vec<usize> = lines.iter().map(|l| values(l).len()).collect();
    assert_eq!(counts, [0, 1]);
}

#[test]
fn a_published_date_that_is_no_date_is_refused() {
    let out = run_with_stdin(&["targets", "--published", "2026-13-40", "-"], b"x");
    assert!(!out.status.success());
    assert!(stderr(&out).contains("--published"), "{}", stderr(&out));
}
