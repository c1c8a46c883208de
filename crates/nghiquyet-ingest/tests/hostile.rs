//! Hostile bytes: whatever a server sends, reading it gives an article or
//! an error, never a panic.

use nghiquyet_ingest::{read_feed, read_listing, read_page};
use proptest::prelude::*;

/// Fragments of real markup, shuffled into broken pages.
const PIECES: &[&str] = &[
    "<html>",
    "<body>",
    "<div class=\"content\">",
    "</div>",
    "<p>",
    "</p>",
    "<td>",
    "</td>",
    "<th>",
    "<tr>",
    "</tr>",
    "<table>",
    "</table>",
    "<td colspan=\"3\">",
    "Tốc độ tăng trưởng (%)",
    "8,5 - 9",
    "12.500",
    "triệu đồng",
    "<br>",
    "<h1>",
    "</h1>",
    "<a href=\"/x\">",
    "</a>",
    "<script>",
    "</script>",
    "<!--",
    "-->",
    "<meta charset=windows-1258>",
    "<meta charset=x-nope>",
    "<link rel=canonical href=\"::\">",
    "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":[1]}</script>",
    "Thứ Bảy, 07/03/2026, 08:01 (GMT+7)",
    "Cập nhật: ",
    "Đại hội đã thảo luận, thống nhất các mục tiêu, ",
    "95% trở lên đảng viên hoàn thành tốt nhiệm vụ.",
    "Hằng Nga",
    "\u{feff}",
    "\u{0300}",
    "\u{0}",
    "&nbsp;",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn random_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2000), ct in prop::option::of("[a-z/; =-]{0,40}")) {
        let _ = read_page(&bytes, ct.as_deref(), Some("http://127.0.0.1/a"));
        let _ = read_feed(&bytes, Some("http://127.0.0.1/rss"));
        let _ = read_listing(&bytes, None, Some("http://127.0.0.1/"), "a");
    }

    #[test]
    fn broken_markup_never_panics(picks in proptest::collection::vec(0..PIECES.len(), 0..200)) {
        let page: String = picks.iter().map(|&i| PIECES[i]).collect();
        if let Ok(article) = read_page(page.as_bytes(), None, None) {
            prop_assert!(!article.paragraphs.is_empty());
            for t in &article.targets {
                prop_assert_eq!(&article.body()[t.span.range()], t.text.as_str());
            }
        }
    }
}
