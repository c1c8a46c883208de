//! Properties of the target extractor and the readers on arbitrary input:
//! they never panic, and every target's span slices the text and equals its
//! `text` field.

use nghiquyet_core::{
    TargetReader, extract_targets, is_normalized, normalize, parse_number_words, read_money,
    read_number, resolve_date,
};
use proptest::prelude::*;

/// Vietnamese-ish pieces: words of resolutions, numbers in every notation,
/// units, comparators, and the punctuation of ranges, pairs and lists.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "phấn đấu",
            "đến năm",
            "2025",
            "2030",
            "tỷ lệ",
            "xã",
            "đạt",
            "chuẩn",
            "trên",
            "dưới",
            "khoảng",
            "từ",
            "đến",
            "trở lên",
            "không quá",
            "tăng",
            "giảm",
            "xuống",
            "còn",
            "lần lượt",
            "so với",
            "năm",
            "%",
            "‰",
            "0/00",
            "%0",
            "/",
            "-",
            "–",
            ";",
            ":",
            ",",
            ".",
            "(",
            ")",
            "tỷ đồng",
            "tỉ",
            "triệu",
            "USD",
            "đô la Mỹ",
            "tỷ.đ",
            "hộ",
            "đảng viên",
            "không còn",
            "hai con số",
            "mục tiêu",
            "chỉ tiêu",
            "đã",
            "ước",
            "nhiệm kỳ 2020-2025",
            "hằng năm",
            "lần",
            "ha",
            "m2",
            "người/năm",
            "riêng",
            "tương đương",
            "thứ",
            "số",
            "\n",
            "  ",
        ])
        .prop_map(str::to_string),
        (0u32..100_000).prop_map(|n| n.to_string()),
        (0u32..1000, 0u32..100).prop_map(|(a, b)| format!("{a},{b}")),
        (1u32..999, 0u32..1000).prop_map(|(a, b)| format!("{a}.{b:03}")),
        (0u32..100, 0u32..100).prop_map(|(a, b)| format!("{a}/{b}")),
        (0u32..100, 0u32..100).prop_map(|(a, b)| format!("{a}-{b}%")),
        "[a-zA-Zàáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]{1,6}",
        any::<char>().prop_map(|c| c.to_string()),
    ]
}

fn sentence() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..40).prop_map(|ps| ps.join(" "))
}

fn check_spans(text: &str) {
    for t in extract_targets(text) {
        assert!(t.span.start <= t.span.end && t.span.end <= text.len());
        assert!(text.is_char_boundary(t.span.start) && text.is_char_boundary(t.span.end));
        assert_eq!(&text[t.span.range()], t.text);
        assert!(t.value.is_finite());
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn vietnamese_like_input_never_panics_and_spans_hold(s in sentence()) {
        check_spans(&s);
        check_spans(&normalize(&s));
    }

    #[test]
    fn arbitrary_input_never_panics_and_spans_hold(s in any::<String>()) {
        check_spans(&s);
    }

    #[test]
    fn a_reset_reader_reads_like_a_new_one(a in sentence(), b in sentence(), stop in 0usize..4) {
        // Reading `a` part way, then `b`, gives what a new reader gives on `b`.
        let mut reader = TargetReader::new(&a);
        for _ in 0..stop {
            reader.next();
        }
        reader.reset(&b);
        prop_assert_eq!(reader.collect::<Vec<_>>(), extract_targets(&b));
    }

    #[test]
    fn a_text_said_normalized_is(s in prop_oneof![sentence(), any::<String>(), "[a-zA-Zàáảãạâầấẩẫậăằắẳẵặoòóỏõọuùúủũụyỳýỷỹỵ\u{300}\u{301}\u{303}\u{309}\u{323}\r\n\u{a0} ]{0,40}"]) {
        if is_normalized(&s) {
            prop_assert_eq!(normalize(&s), s);
        }
    }

    #[test]
    fn readers_never_panic(s in sentence()) {
        let _ = read_number(&s);
        let _ = parse_number_words(&s);
        let _ = read_money(&s);
        let reference = chrono::NaiveDate::from_ymd_opt(2020, 10, 17).unwrap();
        let _ = resolve_date(&s, reference);
    }

    #[test]
    fn digits_read_back(n in 0u64..1_000_000_000) {
        // The number reader agrees with the digits it is given, grouped or not.
        let plain = n.to_string();
        prop_assert_eq!(read_number(&plain), Some(n as f64));
    }
}
