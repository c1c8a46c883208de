//! Property tests of the article reader: any input gives a model or a
//! clear error, never a panic, and every span slices the body.

use nghiquyet_core::{ErrorKind, parse_article, parse_article_bytes};
use proptest::prelude::*;
use unicode_normalization::UnicodeNormalization;

/// Text that looks like a scraped article: Vietnamese words, numbers in
/// Vietnamese notation, bound words, punctuation and line breaks.
fn article_like() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "Đảng bộ",
        "tỉnh",
        "Nghị quyết",
        "Đại hội",
        "lần thứ",
        "XV",
        "khóa",
        "nhiệm kỳ",
        "2020-2025",
        "2015 – 2020",
        "giai đoạn",
        "95%",
        "trở lên",
        "từ",
        "đến",
        "6,5-7%/năm",
        "45.799/36.875",
        "tỷ đồng",
        "số",
        "10-NQ/TU",
        "Cập nhật:",
        "Thứ bẩy",
        "17/10/2020",
        "- 09:58",
        "\n",
        "\n\n",
        ":",
        ";",
        ",",
        ".",
        "(",
        ")",
        "hoà",
        "thuỷ",
        "Ý kiến bạn đọc",
        "In trang này",
        "Hằng Nga",
        "so với",
        "giảm",
        "tăng",
        "khoảng",
        "‰",
        "0/00",
        "USD",
    ]);
    prop::collection::vec(pieces, 0..60).prop_map(|v| v.join(" "))
}

fn check(text: &str) {
    match parse_article(text) {
        Ok(article) => {
            let body = article.body();
            for r in &article.resolutions {
                assert!(
                    body.get(r.span.range()).is_some(),
                    "resolution span {:?} off the body",
                    r.span
                );
            }
            for t in &article.targets {
                assert_eq!(
                    body.get(t.span.range()),
                    Some(t.text.as_str()),
                    "target span {:?}",
                    t.span
                );
                assert!(t.value.is_finite());
            }
            assert!(article.paragraphs.iter().all(|p| !p.trim().is_empty()));
        }
        Err(err) => assert!(
            matches!(err.kind(), ErrorKind::Empty | ErrorKind::Binary),
            "{err}"
        ),
    }
}

proptest! {
    #[test]
    fn arbitrary_strings_never_panic(text in any::<String>()) {
        check(&text);
    }

    #[test]
    fn article_like_text_never_panics(text in article_like()) {
        check(&text);
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        if let Err(err) = parse_article_bytes(&bytes) {
            prop_assert!(!err.to_string().is_empty());
        }
    }

    #[test]
    fn unicode_forms_and_tone_placement_do_not_matter(text in article_like(), words in prop::collection::vec(
        prop::sample::select(vec!["hoà", "hòa", "thuỷ", "thủy", "khoẻ", "Uỷ", "quý", "toàn", "HOÀ", "xoè", "quả", "QUỶ", "uà", "oỳ"]), 0..8)) {
        let text = format!("{text} {}", words.join(" "));
        let nfd: String = text.nfd().collect();
        let nfc: String = text.nfc().collect();
        let canonical = nghiquyet_core::normalize(&text);
        prop_assert_eq!(&nghiquyet_core::normalize(&nfd), &canonical);
        prop_assert_eq!(&nghiquyet_core::normalize(&nfc), &canonical);
        prop_assert_eq!(&nghiquyet_core::normalize(&canonical), &canonical, "normalize is idempotent");
    }

    #[test]
    fn line_endings_do_not_matter(text in article_like()) {
        let crlf = text.replace('\n', "\r\n");
        prop_assert_eq!(parse_article(&text).ok(), parse_article(&crlf).ok());
    }
}
