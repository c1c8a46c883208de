//! Every fixture page reads into exactly the expected article: body
//! paragraphs, title, kicker, times, author and URL; no boilerplate kept.

use std::path::{Path, PathBuf};

use nghiquyet_ingest::read_page;
use serde_json::Value;

fn pages() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/pages");
    let mut pages: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("the fixtures folder")
        .map(|e| e.expect("an entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
        .collect();
    pages.sort();
    pages
}

/// The fixture page `name` (tests/data/pages/NAME.html), read.
fn fixture(name: &str) -> nghiquyet_core::Article {
    let page = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/data/pages/{name}.html"));
    read_page(&std::fs::read(page).expect("the page"), None, None).expect("an article")
}

fn check(page: &Path) -> Vec<String> {
    let bytes = std::fs::read(page).expect("the page");
    let expected: Value = serde_json::from_slice(
        &std::fs::read(page.with_extension("json")).expect("the expected article"),
    )
    .expect("JSON");
    let article = read_page(&bytes, None, None).expect("an article");
    let got = serde_json::to_value(&article).expect("JSON");
    let mut problems = Vec::new();
    for field in [
        "url",
        "kicker",
        "title",
        "published",
        "updated",
        "author",
        "paragraphs",
    ] {
        let got = got.get(field).unwrap_or(&Value::Null);
        if got != &expected[field] {
            problems.push(format!(
                "{field}:\n  expected {}\n  got      {got}",
                expected[field]
            ));
        }
    }
    let body = article.body();
    for snippet in expected["boilerplate"].as_array().into_iter().flatten() {
        let snippet = snippet.as_str().expect("a snippet");
        if body.contains(snippet) {
            problems.push(format!("boilerplate kept: {snippet:?}"));
        }
    }
    problems
}

#[test]
fn fixture_pages_read_exactly() {
    let pages = pages();
    assert!(pages.len() >= 4, "fixtures missing: {pages:?}");
    let mut report = String::new();
    for page in &pages {
        let problems = check(page);
        if !problems.is_empty() {
            report.push_str(&format!(
                "\n== {}\n{}\n",
                page.display(),
                problems.join("\n")
            ));
        }
    }
    assert!(report.is_empty(), "{report}");
}

#[test]
fn windows_1258_page_reads_as_nfc() {
    let page = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/pages/bao_cu_1258.html");
    let bytes = std::fs::read(page).expect("the page");
    assert!(
        std::str::from_utf8(&bytes).is_err(),
        "the fixture must not be UTF-8"
    );
    let article = read_page(&bytes, None, None).expect("an article");
    let body = article.body();
    assert!(body.contains("văn hóa"), "{body}");
    use unicode_normalization::UnicodeNormalization;
    assert_eq!(body.nfc().collect::<String>(), body);
    assert!(!article.targets.is_empty());
}

#[test]
fn a_declared_charset_is_honoured_over_a_guess() {
    // The header says Windows-1258: the bytes are read so, not as UTF-8.
    let page = "<p>Đại hội đã thảo luận, thống nhất các mục tiêu của nhiệm kỳ mới, với nhiều giải pháp.</p>";
    let (bytes, _, _) = encoding_rs::WINDOWS_1258.encode(page);
    let article =
        read_page(&bytes, Some("text/html; charset=windows-1258"), None).expect("an article");
    assert!(
        article.paragraphs[0].starts_with("Đại hội đã thảo luận"),
        "{:?}",
        article.paragraphs
    );
}

/// A resolution's targets printed as a table (indicator, unit, plan) are
/// read from its rows, and the results beside them in the text are not;
/// the share of the plan the chair asks for after it is a goal too.
#[test]
fn a_table_of_targets_gives_its_targets() {
    let article = fixture("cong_tinh_binh_lam");
    let read: Vec<(f64, Option<f64>, Option<&str>)> = article
        .targets
        .iter()
        .map(|t| (t.value, t.value_max, t.unit.as_deref()))
        .collect();
    assert_eq!(
        read,
        [
            (8.5, Some(9.0), Some("%")),
            (95.0, None, Some("triệu đồng")),
            (12_500.0, None, Some("tỷ đồng")),
            (1.2, None, Some("%")),
            (100.0, None, Some("%")),
        ]
    );
    // A row's subject is its indicator alone: the column's header leads
    // the row's sentence rather than trailing the indicator.
    let subjects: Vec<Option<&str>> = article.targets[..4]
        .iter()
        .map(|t| t.subject.as_deref())
        .collect();
    assert_eq!(
        subjects,
        [
            Some("Tốc độ tăng trưởng GRDP"),
            Some("GRDP bình quân đầu người"),
            Some("Tổng thu ngân sách nhà nước trên địa bàn"),
            Some("Tỷ lệ hộ nghèo"),
        ]
    );
    let r = &article.resolutions[0];
    assert_eq!(r.issuer.as_deref(), Some("HĐND tỉnh Bình Lâm"));
    assert_eq!(r.number.as_deref(), Some("45/NQ-HĐND"));
    // Its title, without what it holds ("với 20 chỉ tiêu chủ yếu").
    assert_eq!(
        r.subject.as_deref(),
        Some("kế hoạch phát triển kinh tế - xã hội năm 2026")
    );
}

/// The body that adopted a resolution, named before the mention ("Ban
/// Thường vụ Thành ủy Hà Lâm vừa ban hành Nghị quyết số ..."), is its
/// issuer; the targets of a list under the lead are read item by item.
#[test]
fn the_body_that_adopted_it_and_a_list_of_targets() {
    let article = fixture("bao_ha_lam");
    let r = &article.resolutions[0];
    assert_eq!(r.issuer.as_deref(), Some("Thành ủy Hà Lâm"));
    assert_eq!(r.number.as_deref(), Some("15-NQ/TU"));
    assert_eq!(
        r.subject.as_deref(),
        Some("đẩy mạnh chuyển đổi số, phát triển kinh tế số giai đoạn 2025-2030")
    );
    let values: Vec<f64> = article.targets.iter().map(|t| t.value).collect();
    assert_eq!(values, [30.0, 100.0, 95.0, 80.0]);
}

/// A lead set in a box of its own beside the body's ("sapo") is the
/// article's first paragraph, and names the congress that adopted the
/// resolution; figures with superscripts and subscripts keep their units
/// ("m<sup>2</sup>" is "m2", "CO<sub>2</sub>" is "CO2").
#[test]
fn a_lead_box_and_units_in_markup() {
    let article = fixture("bao_dong_lam");
    assert!(article.paragraphs[0].starts_with("Đại hội Đảng bộ huyện Đông Lâm lần thứ XX"));
    let r = &article.resolutions[0];
    assert_eq!(r.issuer.as_deref(), Some("Đảng bộ huyện Đông Lâm"));
    assert_eq!(r.congress, Some(20));
    let read: Vec<(f64, Option<&str>, Option<&str>)> = article
        .targets
        .iter()
        .map(|t| (t.value, t.unit.as_deref(), t.per.as_deref()))
        .collect();
    assert_eq!(
        read,
        [
            (80.0, Some("triệu đồng"), None),
            (30.0, Some("m2 sàn"), Some("người")),
            (1.5, Some("km"), Some("km2")),
            (10.0, Some("%"), None),
            (42.0, Some("%"), None),
        ]
    );
    assert_eq!(
        article.targets[3].subject.as_deref(),
        Some("phát thải khí CO2")
    );
}

/// A congress that sets targets without naming its resolution gives that
/// resolution, with the whole name of its body ("Đảng bộ Khối Cơ quan và
/// Doanh nghiệp tỉnh Bắc Lâm"), so its targets reach the digests; the
/// document the page links to after them is read too.
#[test]
fn a_congress_whose_body_has_and_in_its_name() {
    let article = fixture("cong_khoi_bac_lam");
    assert_eq!(article.resolutions.len(), 2);
    let r = &article.resolutions[0];
    assert_eq!(
        r.issuer.as_deref(),
        Some("Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh Bắc Lâm")
    );
    assert_eq!(r.congress, Some(4));
    assert_eq!(article.resolutions[1].number.as_deref(), Some("01-NQ/ĐU"));
    let values: Vec<f64> = article.targets.iter().map(|t| t.value).collect();
    assert_eq!(values, [95.0, 600.0, 100.0]);
    for t in &article.targets {
        assert_eq!(article.resolution_of(t).and_then(|r| r.congress), Some(4));
    }
}

/// An interview names the congress in its lead and its resolution only as
/// "Nghị quyết Đại hội" in a question: that resolution is the congress's.
#[test]
fn a_resolution_named_by_its_congress_alone() {
    let article = fixture("bao_bac_lam_phong_van");
    assert_eq!(article.resolutions.len(), 1);
    let r = &article.resolutions[0];
    assert_eq!(r.issuer.as_deref(), Some("Đảng bộ huyện Tân Lâm"));
    assert_eq!(r.congress, Some(22));
    // The past term's results in the first answer are no targets.
    let values: Vec<f64> = article.targets.iter().map(|t| t.value).collect();
    assert_eq!(values, [9.0, 95.0, 100.0, 4.0, 1.0, 90.0, 250.0]);
}

/// A table with two rows of headers ("Năm 2025" over "Kế hoạch" and "Ước
/// thực hiện") and rows of sections: the plan's figures are targets of its
/// year, the estimates none.
#[test]
fn a_table_with_two_header_rows() {
    let article = fixture("cong_tinh_dong_lam");
    let of_2026: Vec<(f64, &str)> = article
        .targets
        .iter()
        .filter(|t| t.deadline_year == Some(2026))
        .map(|t| (t.value, t.unit.as_deref().unwrap_or("")))
        .collect();
    assert_eq!(
        of_2026,
        [
            (10.0, "%"),
            (108.0, "triệu đồng"),
            (16000.0, "tỷ đồng"),
            (2500.0, "triệu USD"),
            (1.0, "%"),
            (13.0, "bác sĩ"),
            (73.0, "%"),
        ]
    );
    for estimate in [8.3, 97.2, 15820.0, 2250.0, 1.1, 12.1, 71.0] {
        assert!(
            !article.targets.iter().any(|t| t.value == estimate),
            "{estimate}"
        );
    }
}

/// A portal whose main column's class says "sidebar" ("sidebar-1"): the
/// column holds the headline, so it is the article's. Its resolution is
/// the Provincial Committee's, named after "của".
#[test]
fn a_main_column_named_sidebar() {
    let article = fixture("bao_vn_tin");
    assert_eq!(article.paragraphs.len(), 4);
    assert_eq!(article.resolutions.len(), 1);
    assert_eq!(
        article.resolutions[0].issuer.as_deref(),
        Some("Tỉnh ủy Hà Lâm")
    );
    // The past term's figures and the photo's caption are no targets; the
    // goal's multiple of the term before ("gấp đôi") is.
    let values: Vec<f64> = article.targets.iter().map(|t| t.value).collect();
    assert_eq!(values, [15.0, 2.0, 2.5, 60.0, 25.0, 40.0, 80000.0]);
}

/// A list's items show their markers, as a reader of the page sees them:
/// under a heading that ends on its year, each target of the list has that
/// year. An item that shows a marker of its own keeps it alone.
#[test]
fn a_numbered_list_under_a_heading_with_its_year() {
    let page = "<html><head><title>Thành phố Mẫu đề ra 3 chỉ tiêu</title></head><body>\
        <article><h1>Thành phố Mẫu đề ra 3 chỉ tiêu</h1>\
        <p>Đại hội Đảng bộ thành phố Mẫu lần thứ XXI, nhiệm kỳ 2025-2030 đã thông qua Nghị quyết.</p>\
        <p><b>MỘT SỐ CHỈ TIÊU CHỦ YẾU ĐẾN NĂM 2030</b></p>\
        <ol><li>Tốc độ tăng trưởng kinh tế bình quân đạt 10%/năm trở lên.</li>\
        <li>Thu nhập bình quân đầu người đạt 180 triệu đồng.</li></ol>\
        <ol type=a start=3><li>Tỷ lệ đô thị hóa đạt 75%.</li></ol>\
        <ul><li>Tỷ lệ hộ nghèo giảm 1%.</li><li> - Tỷ lệ che phủ rừng đạt 45%.</li></ul>\
        <ol start=4><li>4. Tỷ lệ lao động qua đào tạo đạt 80%.</li></ol></article></body></html>";
    let article = read_page(page.as_bytes(), None, None).expect("an article");
    assert_eq!(
        &article.paragraphs[2..],
        [
            "1. Tốc độ tăng trưởng kinh tế bình quân đạt 10%/năm trở lên.",
            "2. Thu nhập bình quân đầu người đạt 180 triệu đồng.",
            "c) Tỷ lệ đô thị hóa đạt 75%.",
            "- Tỷ lệ hộ nghèo giảm 1%.",
            "- Tỷ lệ che phủ rừng đạt 45%.",
            "4. Tỷ lệ lao động qua đào tạo đạt 80%.",
        ]
    );
    let years: Vec<Option<i32>> = article.targets.iter().map(|t| t.deadline_year).collect();
    assert_eq!(years, [Some(2030); 6]);
}

/// A council's session names its resolution only in the link to its text:
/// the link to a document is part of the article, and the resolution is
/// found; a link to another page is still no part of it.
#[test]
fn a_resolution_named_in_the_link_to_its_text() {
    let page = |href: &str| {
        format!(
            "<html><head><title>Kỳ họp thứ 28 HĐND tỉnh Mẫu</title></head><body>\
             <div class=newsdetail><h1>Kỳ họp thứ 28 HĐND tỉnh Mẫu thông qua 21 nghị quyết</h1>\
             <p>Chiều 10/12, HĐND tỉnh Mẫu khóa XVI bế mạc kỳ họp thứ 28 sau 3 ngày làm việc với nhiều nội dung quan trọng.</p>\
             <p>Theo Nghị quyết, năm 2026 tỉnh phấn đấu tốc độ tăng trưởng GRDP đạt 8,5 - 9%; thu ngân sách 14.500 tỷ đồng.</p>\
             <p>Tải về: <a href=\"{href}\">Nghị quyết số 45/2025/NQ-HĐND</a></p></div></body></html>"
        )
    };
    let numbers = |href: &str| {
        let article = read_page(page(href).as_bytes(), None, None).expect("an article");
        article
            .resolutions
            .iter()
            .filter_map(|r| r.number.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(numbers("/files/nq-45-2025.PDF?v=2"), ["45/2025/NQ-HĐND"]);
    assert_eq!(numbers("/van-ban/nq-45-2025.docx"), ["45/2025/NQ-HĐND"]);
    assert!(numbers("/tin/nghi-quyet-45.html").is_empty());
}

/// A section's page lists articles, headline links each with a summary:
/// it is refused as an article; an article with a box of related links in
/// its body, or with "see also" links between its paragraphs, is read.
#[test]
fn a_list_of_articles_is_no_article() {
    let item = |n: u32| {
        format!(
            "<div class=item><h3><a href=/a{n}>Huyện Mẫu {n} phấn đấu 100% xã đạt chuẩn nông thôn mới</a></h3>\
             <p>Đại hội Đảng bộ huyện Mẫu {n} đề ra mục tiêu đến năm 2030 có 100% xã đạt chuẩn nông thôn mới.</p></div>"
        )
    };
    let listing = format!(
        "<html><body><h1>Xây dựng Đảng</h1><div class=list>{}{}{}</div></body></html>",
        item(1),
        item(2),
        item(3)
    );
    let err = read_page(listing.as_bytes(), None, None).expect_err("a list");
    assert!(
        matches!(err.kind(), nghiquyet_ingest::ErrorKind::ListOfArticles(3)),
        "{err}"
    );
    let para = |n: u32| {
        format!(
            "<p>Đoạn {n}: Đại hội đã thảo luận, thống nhất các mục tiêu của nhiệm kỳ mới, với nhiều giải pháp đột phá.</p>"
        )
    };
    let see_also = |n: u32| {
        format!("<p><a href=/x{n}>Xem thêm: Huyện Khác {n} tổ chức Đại hội thành công</a></p>")
    };
    let article = format!(
        "<html><body><h1>Đại hội thành công</h1><div class=detail>{}{}{}{}{}{}{}\
         <div class=box><h3><a href=/r1>Tin một: Huyện Một tổ chức Đại hội thành công</a></h3>\
         <h3><a href=/r2>Tin hai: Huyện Hai tổ chức Đại hội thành công</a></h3></div>{}</div></body></html>",
        para(1),
        see_also(1),
        para(2),
        see_also(2),
        para(3),
        see_also(3),
        para(4),
        para(5)
    );
    let a = read_page(article.as_bytes(), None, None).expect("an article");
    assert_eq!(a.paragraphs.len(), 5, "{:?}", a.paragraphs);
}
