//! The clause grammar on sentences the team wrote.

use super::*;

fn one(text: &str) -> Target {
    let t = extract_targets(&crate::normalize(text));
    assert_eq!(t.len(), 1, "{text}: {t:#?}");
    t.into_iter().next().unwrap()
}

fn all(text: &str) -> Vec<Target> {
    extract_targets(&crate::normalize(text))
}

fn bound(text: &str) -> Bound {
    one(text).bound
}

#[test]
fn comparators() {
    assert_eq!(
        bound("phấn đấu 92% trở lên hộ gia đình đạt danh hiệu văn hóa"),
        Bound::AtLeast
    );
    assert_eq!(bound("có ít nhất 70% số xã đạt chuẩn"), Bound::AtLeast);
    assert_eq!(bound("tỷ lệ giao rừng tối thiểu 60%"), Bound::AtLeast);
    assert_eq!(bound("tỷ lệ che phủ rừng đạt trên 48%"), Bound::Above);
    assert_eq!(bound("thu hút đầu tư hơn 3.000 tỷ đồng"), Bound::Above);
    assert_eq!(bound("tỷ lệ thất nghiệp dưới 3,5%"), Bound::Below);
    assert_eq!(bound("nợ công không quá 50% GRDP"), Bound::AtMost);
    assert_eq!(bound("tỷ lệ tiêm chủng không dưới 95%"), Bound::AtLeast);
    assert_eq!(bound("bội chi không vượt quá 3% GRDP"), Bound::AtMost);
}

#[test]
fn bound_priority() {
    // A comparator beats the direction verb, which moves into the criterion.
    let t = one("kim ngạch xuất khẩu tăng bình quân 12% trở lên");
    assert_eq!(
        (t.bound, t.criterion.as_deref()),
        (Bound::AtLeast, Some("tăng"))
    );
    assert_eq!(
        bound("thu nhập người dân tăng ít nhất 2 lần so với năm 2020"),
        Bound::AtLeast
    );
    let t = one("tỷ lệ hộ cận nghèo giảm bình quân 2 - 3%/năm");
    assert_eq!((t.bound, t.value_max), (Bound::DecreaseBy, Some(3.0)));
    let t = one("vốn đầu tư tăng khoảng 8-8,5%");
    assert_eq!((t.bound, t.value_max), (Bound::IncreaseBy, Some(8.5)));
    // "khoảng" with two numbers is a range; a noun "tốc độ tăng" is no verb.
    assert_eq!(bound("tăng trưởng GRDP khoảng 7,5-8%"), Bound::Range);
    assert_eq!(
        bound("Tốc độ tăng giá trị sản xuất nông nghiệp 4-4,5%"),
        Bound::Range
    );
    assert_eq!(bound("tỷ lệ hộ nghèo đa chiều khoảng 2%"), Bound::About);
    assert_eq!(bound("tỷ lệ đô thị hóa đạt 35%"), Bound::Exact);
}

#[test]
fn reducing_to_a_level() {
    assert_eq!(
        bound("phấn đấu giảm tỷ lệ sinh con thứ ba xuống dưới 8%"),
        Bound::Below
    );
    assert_eq!(bound("giảm tỷ lệ hộ nghèo xuống còn 1,5%"), Bound::AtMost);
    let t = one("Giảm 0,2% tỷ lệ trẻ em dưới 5 tuổi thấp còi");
    assert_eq!((t.value, t.bound), (0.2, Bound::DecreaseBy));
    assert_eq!(
        t.subject.as_deref(),
        Some("tỷ lệ trẻ em dưới 5 tuổi thấp còi")
    );
}

#[test]
fn trailing_words_in_noun_phrases_are_not_bounds() {
    let t = one("phấn đấu 85% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên");
    assert_eq!(t.bound, Bound::Exact);
    let t = one("95% cơ sở sản xuất (có công suất từ 10m3/ngày trở lên) xử lý nước thải");
    assert_eq!((t.value, t.bound), (95.0, Bound::Exact));
}

#[test]
fn ranges() {
    let t = one("tỷ lệ trường đạt chuẩn quốc gia từ 75 đến 80%");
    assert_eq!(
        (t.value, t.value_max, t.bound),
        (75.0, Some(80.0), Bound::Range)
    );
    let t = one("GRDP bình quân đầu người 5.200 - 5.600 USD");
    assert_eq!(
        (t.value, t.value_max, t.unit.as_deref()),
        (5200.0, Some(5600.0), Some("USD"))
    );
    assert_eq!(one("từ 3-4 xã đạt chuẩn kiểu mẫu").value_max, Some(4.0));
}

#[test]
fn per_units() {
    assert_eq!(one("tăng trưởng 8%/năm").per.as_deref(), Some("năm"));
    let t = one("GRDP đạt 3.500 USD/người/năm");
    assert_eq!(
        (t.unit.as_deref(), t.per.as_deref()),
        (Some("USD"), Some("người/năm"))
    );
    assert_eq!(one("năng suất lúa 62 tạ/ha").per.as_deref(), Some("ha"));
    assert_eq!(
        one("thu ngân sách hằng năm tăng 9%").per.as_deref(),
        Some("năm")
    );
    assert_eq!(one("tỷ lệ che phủ rừng 45%").per, None);
}

#[test]
fn money_units() {
    assert_eq!(
        one("thu ngân sách 7.500 tỉ đồng").unit.as_deref(),
        Some("tỷ đồng")
    );
    assert_eq!(one("vốn đầu tư 640 tỷ.đ").unit.as_deref(), Some("tỷ đồng"));
    assert_eq!(
        one("thu nhập bình quân 95 triệu VND").unit.as_deref(),
        Some("triệu đồng")
    );
    assert_eq!(
        one("GRDP bình quân đầu người 6.000 đô la Mỹ")
            .unit
            .as_deref(),
        Some("USD")
    );
    let t = one("xuất khẩu đạt 2,5 tỷ USD");
    assert_eq!((t.value, t.unit.as_deref()), (2.5, Some("tỷ USD")));
}

#[test]
fn per_mille() {
    let t = one("Tỷ suất sinh thô giảm xuống dưới 15,50/00");
    assert_eq!((t.value, t.unit.as_deref()), (15.5, Some("‰")));
    assert_eq!(one("mức giảm sinh 0,2%0").unit.as_deref(), Some("‰"));
    assert_eq!(
        one("tỷ lệ tử vong trẻ sơ sinh dưới 9‰").unit.as_deref(),
        Some("‰")
    );
}

#[test]
fn counts_with_their_nouns() {
    let t = one("mỗi năm kết nạp 420 đảng viên mới");
    assert_eq!(
        (t.value, t.unit.as_deref(), t.per.as_deref()),
        (420.0, Some("đảng viên"), Some("năm"))
    );
    let t = one("giải quyết việc làm cho 18.000 lao động");
    assert_eq!(
        (t.unit.as_deref(), t.subject.as_deref()),
        (Some("lao động"), Some("lao động"))
    );
    assert_eq!(
        one("tạo việc làm cho 1,2 triệu lao động").unit.as_deref(),
        Some("triệu lao động")
    );
    assert_eq!(
        one("trồng mới 15 ngàn ha rừng").unit.as_deref(),
        Some("ngàn ha")
    );
    assert!(all("Ban Chấp hành gồm 47 đồng chí, bầu 12 đại biểu").is_empty());
}

#[test]
fn nouns_of_what_a_plan_builds_and_awards() {
    let unit = |text: &str| one(text).unit;
    assert_eq!(
        unit("Phấn đấu xây dựng 3 trung tâm dữ liệu").as_deref(),
        Some("trung tâm")
    );
    assert_eq!(
        unit("Đoàn thể thao phấn đấu giành 8 huy chương vàng").as_deref(),
        Some("huy chương vàng")
    );
    // The classifier names a bridge, not trees.
    assert_eq!(
        unit("Mục tiêu xây mới hai cây cầu dân sinh").as_deref(),
        Some("cây cầu")
    );
    assert_eq!(
        unit("Phấn đấu trồng mới 2 triệu cây xanh").as_deref(),
        Some("triệu cây xanh")
    );
    assert_eq!(
        unit("Mục tiêu hoàn thành 4 cảng cạn").as_deref(),
        Some("cảng cạn")
    );
    // The noun of a count ends before the "với" of the next figure.
    assert_eq!(
        all("Phấn đấu phát triển 4 cụm công nghiệp mới với tổng diện tích 300 ha")[0]
            .subject
            .as_deref(),
        Some("cụm công nghiệp mới")
    );
    // Nouns joined by a comma are one unit up to the "và" of the next item.
    assert_eq!(
        all("Phấn đấu xây mới 6 công viên, vườn hoa và trồng mới 9.000 cây xanh")[0]
            .unit
            .as_deref(),
        Some("công viên, vườn hoa")
    );
    // Units of power and speed keep their capitals.
    assert_eq!(
        unit("Phấn đấu tốc độ băng rộng cố định trên 300 Mbps").as_deref(),
        Some("Mbps")
    );
    assert_eq!(
        unit("Phấn đấu công suất điện gió đạt 1.200 MW").as_deref(),
        Some("MW")
    );
}

#[test]
fn a_compound_ending_on_a_page_word_counts_what_follows() {
    let t = one("Phấn đấu cải tạo, chỉnh trang 15 tuyến phố");
    assert_eq!((t.value, t.unit.as_deref()), (15.0, Some("tuyến phố")));
    // A page cited is no quantity.
    assert!(all("Phấn đấu theo hướng dẫn tại trang 15 tài liệu").is_empty());
}

#[test]
fn achieved_target_pairs() {
    let t = one("thu ngân sách trên địa bàn 12.300/10.500 tỷ đồng");
    assert_eq!((t.value, t.achieved), (10500.0, Some(12300.0)));
    let t = one("tỷ lệ xã đạt chuẩn nông thôn mới 76,5%/60%");
    assert_eq!((t.value, t.achieved), (60.0, Some(76.5)));
    let t = one("tỷ lệ tham gia bảo hiểm y tế đạt 96,2% (chỉ tiêu Nghị quyết là 95%)");
    assert_eq!((t.value, t.achieved), (95.0, Some(96.2)));
    let t = one("tỷ lệ lao động qua đào tạo đạt 72,3%, theo Nghị quyết 70% trở lên");
    assert_eq!(
        (t.value, t.achieved, t.bound),
        (70.0, Some(72.3), Bound::AtLeast)
    );
    // A count out of a whole is no pair; a reported one is no target.
    let t = one("(4) Số xã đạt chuẩn văn hóa: 05/12 xã.");
    assert_eq!((t.value, t.achieved), (5.0, None));
    assert!(all("Đến nay, toàn tỉnh đã có 47/60 xã đạt chuẩn nông thôn mới").is_empty());
    assert!(all("hoàn thành 18/21 chỉ tiêu Nghị quyết").is_empty());
    assert!(all("thu ngân sách đạt 104,6% so với chỉ tiêu").is_empty());
}

#[test]
fn deadlines() {
    let ts = all(
        "Đến năm 2030: tỷ lệ đô thị hóa 40%; 100% xã có đường ô tô; thu ngân sách 9.000 tỷ đồng",
    );
    assert_eq!(ts.len(), 3);
    assert!(ts.iter().all(|t| t.deadline_year == Some(2030)));
    let ts =
        all("tăng trưởng bình quân 7,5%; GRDP bình quân đầu người đến năm 2025 đạt 70 triệu đồng");
    assert_eq!(
        ts.iter().map(|t| t.deadline_year).collect::<Vec<_>>(),
        [None, Some(2025)]
    );
    assert_eq!(
        one("thu nhập tăng 1,8 lần so với năm 2020").deadline_year,
        None
    );
    assert_eq!(
        one("tăng trưởng giai đoạn 2021-2025 đạt 8%").deadline_year,
        None
    );
    assert_eq!(
        one("phấn đấu trong năm nay đạt 95% trở lên").deadline_year,
        None
    );
    assert_eq!(
        one("giá trị sản xuất (giá so sánh năm 2010) tăng 6%").deadline_year,
        None
    );
}

#[test]
fn attached_years_do_not_spread() {
    let ts = all("Kim ngạch nhập khẩu năm 2030 đạt 4 tỷ USD, tăng bình quân 9%/năm");
    assert_eq!(
        ts.iter().map(|t| t.deadline_year).collect::<Vec<_>>(),
        [Some(2030), None]
    );
    // A lead-in after a cue governs every item.
    let ts = all("với mục tiêu năm 2030 tăng trưởng đạt 8%, thu nhập đạt 150 triệu đồng");
    assert!(ts.iter().all(|t| t.deadline_year == Some(2030)));
}

#[test]
fn levels_after_con_are_targets() {
    let ts = all("Giảm tỷ lệ hộ nghèo bình quân 1 - 1,5%/năm, đến cuối nhiệm kỳ còn dưới 2,5%");
    assert_eq!(ts.len(), 2);
    assert_eq!((ts[1].value, ts[1].bound), (2.5, Bound::Below));
    assert_eq!(ts[1].subject, ts[0].subject);
    assert!(all("Năm 2022, tỷ lệ hộ nghèo còn 2,4%").is_empty());
}

#[test]
fn currency_names_follow_currencies() {
    // One table: every form a target reads has a code there, and the
    // đồng is named the same by both readers.
    for name in lexicon::CURRENCY_NAMES {
        assert!(lexicon::currency_code(name).is_some(), "{name}");
    }
    assert_eq!(lexicon::currency_code("vnd"), Some("VND"));
    assert_eq!(lexicon::money_unit("VND"), "đồng");
    let m = crate::read_money("500 vnđ").map(|m| m.currency);
    assert_eq!(m.as_deref(), Some("VND"));
}

#[test]
fn long_unpunctuated_input_is_read_whole() {
    // Speed is measured in the benchmarks; here a long run-on input must
    // still be read to its end, every span on the text.
    let text = "tỷ lệ xã đạt 95% trên 3.000 tỷ đồng ( 8 xã ) , và giảm 2-3%/năm hộ ".repeat(2000);
    let ts = extract_targets(&text);
    assert!(!ts.is_empty());
    assert!(
        ts.iter()
            .all(|t| text.get(t.span.range()) == Some(t.text.as_str()))
    );
    assert!(ts.last().is_some_and(|t| t.span.end > text.len() / 2));
}

#[test]
fn times_as_much_as_a_goal() {
    let t = one("Đến năm 2030, thu nhập bình quân đầu người gấp 2,5 lần năm 2020");
    assert_eq!(
        (t.value, t.unit.as_deref(), t.deadline_year),
        (2.5, Some("lần"), Some(2030))
    );
}

#[test]
fn denominators_are_not_quantities() {
    let t = one("giá trị sản xuất trên 1 ha đất trồng trọt đạt 180 triệu đồng/ha/năm");
    assert_eq!((t.value, t.per.as_deref()), (180.0, Some("ha/năm")));
}

#[test]
fn respectively_lists() {
    let ts = all(
        "tỷ lệ tham gia bảo hiểm xã hội, bảo hiểm thất nghiệp lần lượt đạt khoảng 40%, 30% lực lượng lao động",
    );
    assert_eq!(ts.len(), 2);
    assert!(ts.iter().all(|t| t.bound == Bound::About));
    assert_eq!(ts[0].subject, ts[1].subject);
    assert_eq!(ts[1].subject.as_deref(), Some("lực lượng lao động"));
}

#[test]
fn zero_and_verbal_quantities() {
    let t = one("phấn đấu không còn hộ nghèo theo chuẩn của tỉnh");
    assert_eq!(
        (t.value, t.unit.as_deref(), t.bound),
        (0.0, Some("hộ"), Bound::Exact)
    );
    let t = one("duy trì tăng trưởng ở mức hai con số");
    assert_eq!((t.value, t.bound), (10.0, Bound::AtLeast));
    let t = one("tăng trưởng đạt 2 con số");
    assert_eq!(t.value, 10.0);
}

#[test]
fn parenthetical_equivalents() {
    let ts = all("tỷ lệ xã đạt chuẩn nông thôn mới 60% (9 xã)");
    assert_eq!(ts.len(), 2);
    assert_eq!((ts[1].value, ts[1].unit.as_deref()), (9.0, Some("xã")));
    assert_eq!(ts[0].subject, ts[1].subject);
    let ts =
        all("GRDP bình quân đầu người đạt 190 triệu VND (tương đương 7.800 đô la Mỹ) vào năm 2030");
    assert_eq!(ts.len(), 2);
    assert!(ts.iter().all(|t| t.deadline_year == Some(2030)));
    assert_eq!(ts[1].unit.as_deref(), Some("USD"));
}

#[test]
fn a_short_verb_before_a_measure_acts_on_the_noun_after_it() {
    let t = one("Phấn đấu trồng mới 3.000 ha rừng sản xuất");
    assert_eq!(t.subject.as_deref(), Some("rừng sản xuất"));
    assert_eq!(t.criterion.as_deref(), Some("trồng mới"));
}

#[test]
fn changes_from_one_level_to_another() {
    // A report on the past: both ends dated, no goal.
    assert!(all("Tỷ lệ hộ nghèo giảm từ 9,1% năm 2015 xuống còn 2,8% năm 2020").is_empty());
    // A goal: the level to reach is the target, the start is no target.
    let t = one("Phấn đấu giảm tỷ lệ hộ nghèo từ 6% xuống còn dưới 3%");
    assert_eq!((t.value, t.bound), (3.0, Bound::Below));
}

#[test]
fn life_expectancy_is_a_quantity_ages_are_not() {
    let t = one("Tuổi thọ trung bình của người dân đạt 76 tuổi");
    assert_eq!((t.value, t.unit.as_deref()), (76.0, Some("tuổi")));
    assert!(
        all("Phấn đấu 100% người từ 80 tuổi trở lên được chúc thọ")
            .iter()
            .all(|t| t.value == 100.0)
    );
}

#[test]
fn guarantees_lead_into_the_subject() {
    let t = one("Bảo đảm 100% trạm y tế xã có bác sĩ");
    assert_eq!(t.subject.as_deref(), Some("trạm y tế xã"));
    // A page counter's "lượt xem" is no count noun.
    assert!(all("09/07/2022 14:30 Số lượt xem: 516 lượt").is_empty());
}

#[test]
fn a_share_without_a_noun_keeps_the_subject() {
    let ts =
        all("Đến năm 2030 có 70% số xã đạt chuẩn nông thôn mới, trong đó 20% đạt chuẩn kiểu mẫu");
    assert_eq!(ts.len(), 2);
    assert_eq!(ts[1].subject.as_deref(), Some("xã"));
    assert_eq!(ts[1].criterion.as_deref(), Some("đạt chuẩn kiểu mẫu"));
}

#[test]
fn thresholds_after_co_are_goals() {
    let t = one("Có ít nhất 4 huyện đạt chuẩn nông thôn mới");
    assert_eq!(
        (t.value, t.unit.as_deref(), t.bound),
        (4.0, Some("huyện"), Bound::AtLeast)
    );
    assert!(all("Toàn huyện có 18 xã, thị trấn").is_empty());
}

#[test]
fn scaled_quantities_after_tren_are_not_denominators() {
    let t = one("Sản lượng lúa ổn định trên 1 triệu tấn/năm");
    assert_eq!(
        (t.value, t.unit.as_deref(), t.bound),
        (1.0, Some("triệu tấn"), Bound::Above)
    );
}

#[test]
fn a_new_item_inherits_no_bound() {
    let ts = all("tỷ lệ hộ nghèo giảm bình quân 2%/năm; 100% thôn có đường ô tô");
    assert_eq!(ts.len(), 2);
    assert_eq!((ts[1].value, ts[1].bound), (100.0, Bound::Exact));
}

#[test]
fn counted_targets_make_a_report() {
    let ts = all(
        "Nhiệm kỳ qua, huyện đã hoàn thành 17/19 chỉ tiêu Nghị quyết; thu nhập bình quân đầu người đạt 38 triệu đồng",
    );
    assert!(ts.is_empty(), "{ts:?}");
    let t = one(
        "Đại hội xác định 18 chỉ tiêu, trong đó thu nhập bình quân đầu người đạt 60 triệu đồng",
    );
    assert_eq!(t.value, 60.0);
}

#[test]
fn numbers_that_are_not_targets() {
    for text in [
        "Ước cả năm 2023, tốc độ tăng trưởng đạt 7,2%",
        "Đại hội có 285 đại biểu chính thức dự",
        "Hội nghị diễn ra từ ngày 14 đến ngày 16 tháng 9 năm 2020",
        "Thực hiện Quyết định số 2145/QĐ-UBND ngày 12/8/2021",
        "Lượt truy cập: 1.204.558",
        "Đường dây nóng: 0912 345 678",
        "Trẻ em dưới 6 tuổi được cấp thẻ",
        "Năm qua, huyện kết nạp được 212 đảng viên mới, đạt 6,84%",
        "tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ chiếm 84,37%",
        "Cập nhật: Thứ Tư, 21/10/2020 - 15:05",
        "Ban Chấp hành khóa XII gồm 51 người",
        "Qua 5 năm, tốc độ tăng trưởng bình quân đạt 6,9%/năm",
        "Năm 2022, toàn huyện có 72% xã đạt chuẩn, vượt chỉ tiêu Nghị quyết đề ra",
        "Thu ngân sách 9 tháng ước đạt 4.100 tỷ đồng",
        "GRDP quý II tăng 6,1% so với cùng kỳ",
        "Kết quả, có 97,5% đảng viên hoàn thành nhiệm vụ",
        "GRDP bình quân đầu người đến năm 2020 khoảng 3.900 USD, gấp 1,8 lần so năm 2015",
        "Thu ngân sách đạt 3.200 tỷ đồng, bằng 108% dự toán",
        "Huyện có 19 xã, thị trấn với 38.000 hộ dân",
        "Đảng bộ có 47 tổ chức cơ sở đảng",
    ] {
        assert!(all(text).is_empty(), "{text}: {:#?}", all(text));
    }
}

#[test]
fn subjects_and_criteria() {
    let t = one("tỷ lệ hộ dân được sử dụng nước sạch đạt 97%");
    assert_eq!(
        (t.subject.as_deref(), t.criterion.as_deref()),
        (Some("hộ dân"), Some("được sử dụng nước sạch"))
    );
    let t = one("phấn đấu 90% đơn vị hoàn thành xuất sắc nhiệm vụ");
    assert_eq!(
        (t.subject.as_deref(), t.criterion.as_deref()),
        (Some("đơn vị"), Some("hoàn thành xuất sắc nhiệm vụ"))
    );
    let t = one("tốc độ tăng trưởng kinh tế bình quân đạt 7%");
    assert_eq!(
        t.subject.as_deref(),
        Some("tốc độ tăng trưởng kinh tế bình quân")
    );
    let t = one("Kết nạp đảng viên mới đạt 4% trở lên so với tổng số đảng viên đầu nhiệm kỳ");
    assert_eq!(
        t.baseline.as_deref(),
        Some("tổng số đảng viên đầu nhiệm kỳ")
    );
}

#[test]
fn term_in_force_is_the_nearest_before() {
    let text = "Nhiệm kỳ 2015-2020, Đảng bộ đã hoàn thành các chỉ tiêu. Nhiệm kỳ 2020-2025, Đảng bộ phấn đấu: 90% trở lên chi bộ đạt trong sạch, vững mạnh.\n\nMột đoạn khác.";
    let t = one(text);
    assert_eq!(t.term, Some(Term::new(2020, 2025)));
    assert_eq!(&text[t.span.range()], t.text);
}

#[test]
fn results_measured_against_the_plan_are_reports() {
    for text in [
        "Thu ngân sách trên địa bàn đạt 1.250 tỷ đồng, vượt 12% so với nghị quyết",
        "Tổng vốn đầu tư toàn xã hội bằng 118% so với Nghị quyết",
        "Giá trị sản xuất công nghiệp đạt 97% nghị quyết đề ra",
        "trồng mới 120 ha rừng (vượt 20 ha so với chỉ tiêu Nghị quyết)",
        "Tính đến cuối năm, toàn huyện có 85% xã đạt chuẩn, vượt mục tiêu giai đoạn và 10% xã đạt chuẩn nâng cao",
    ] {
        assert!(all(text).is_empty(), "{text}: {:#?}", all(text));
    }
    // Exceeding a quota can be the goal itself.
    let t = one("Phấn đấu thu ngân sách vượt chỉ tiêu tỉnh giao hằng năm từ 5-8%");
    assert_eq!((t.value, t.value_max), (5.0, Some(8.0)));
}

#[test]
fn done_after_the_number_is_a_report() {
    assert!(all("Ở cấp xã, 64% đã đạt chuẩn nông thôn mới").is_empty());
    assert!(all("Toàn tỉnh có 12/20 xã (60%) đã được công nhận đạt chuẩn").is_empty());
    assert_eq!(all("Phấn đấu 90% xã đạt chuẩn nông thôn mới").len(), 1);
}

#[test]
fn facts_about_a_place_are_not_targets() {
    for text in [
        "Xã mới có diện tích tự nhiên 86 km2, dân số 18.400 người",
        "Hiện thành phố có quy mô dân số hơn 2 triệu người",
        "Tỷ lệ hộ nghèo của huyện vẫn chiếm 21,4% tổng số hộ",
        "Xã được thành lập trên cơ sở sáp nhập từ 3 xã",
    ] {
        assert!(all(text).is_empty(), "{text}: {:#?}", all(text));
    }
    let t = one("Phấn đấu đến năm 2030 quy mô dân số đạt 1,5 triệu người");
    assert_eq!(t.unit.as_deref(), Some("triệu người"));
}

#[test]
fn a_fall_dated_at_either_end_is_a_report() {
    assert!(all("Tỷ lệ nợ xấu giảm từ 4,2% đầu nhiệm kỳ xuống còn 2,1% năm 2019").is_empty());
    assert!(all("Tỷ lệ hộ nghèo giảm từ 12% xuống còn 4,5% năm 2024").is_empty());
}

#[test]
fn breakdowns_and_items_in_parentheses_are_targets() {
    let ts = all(
        "Phát triển đàn gia súc đạt 12.000 con (trong đó: đàn trâu 3.000 con; đàn bò 9.000 con)",
    );
    let values: Vec<f64> = ts.iter().map(|t| t.value).collect();
    assert_eq!(values, [12000.0, 3000.0, 9000.0]);
    let ts = all("Tỷ lệ hộ dùng nước sạch trên 95% (nước hợp vệ sinh đạt 100%)");
    assert_eq!(
        ts.iter().map(|t| t.value).collect::<Vec<_>>(),
        [95.0, 100.0]
    );
}

#[test]
fn a_breakdown_reads_as_its_whole() {
    let values = |text: &str| all(text).iter().map(|t| t.value).collect::<Vec<_>>();
    // The parts of a count already recognised are reported with it.
    assert_eq!(
        values(
            "Năm 2024, toàn tỉnh có 10 sản phẩm OCOP được công nhận (trong đó: 4 sản phẩm 4 sao, 6 sản phẩm 3 sao)."
        ),
        [] as [f64; 0]
    );
    assert_eq!(
        values("Qua 5 năm, đã kết nạp 1.200 đảng viên (trong đó: 300 đảng viên nữ)."),
        [] as [f64; 0]
    );
    // The parts of a goal are goals.
    assert_eq!(
        values(
            "Phấn đấu đến năm 2030 có 20 sản phẩm OCOP (trong đó: 5 sản phẩm 4 sao, 15 sản phẩm 3 sao)."
        ),
        [20.0, 5.0, 15.0]
    );
}

#[test]
fn lists_of_goals_after_gom_are_goals() {
    let ts = all(
        "Các chỉ tiêu chủ yếu năm 2026 gồm: tăng trưởng kinh tế trên 8%; thu nhập bình quân 80 triệu đồng",
    );
    assert_eq!(ts.len(), 2);
    assert!(all("Đoàn đại biểu gồm 14 thành viên").is_empty());
}

#[test]
fn a_sentence_that_goes_on_reads_as_the_one_before() {
    let text = "Nhiệm kỳ qua, huyện đạt nhiều kết quả quan trọng. Cụ thể, tốc độ tăng trưởng bình quân 7,1%/năm.";
    assert!(all(text).is_empty(), "{:#?}", all(text));
    let text = "Đại hội đề ra mục tiêu phấn đấu đến năm 2030. Cụ thể, tốc độ tăng trưởng bình quân 8%/năm.";
    assert_eq!(one(text).value, 8.0);
    // A new paragraph carries nothing.
    let text = "Nhiệm kỳ qua, huyện đạt nhiều kết quả.\nCụ thể, tăng trưởng bình quân 8%/năm.";
    assert_eq!(one(text).value, 8.0);
}

#[test]
fn thresholds_with_two_decimals_are_goals() {
    let t = one("Tỷ lệ lao động qua đào tạo đến năm 2030 đạt từ 72,25% trở lên");
    assert_eq!((t.value, t.bound), (72.25, Bound::AtLeast));
    assert!(all("Tỷ lệ lao động qua đào tạo đạt 72,25%").is_empty());
}

#[test]
fn misspelt_comparators() {
    assert_eq!(
        bound("tỷ trọng kinh tế số đạt tối thiếu 15%"),
        Bound::AtLeast
    );
}

#[test]
fn compared_with_the_plan_is_no_goal() {
    let text = "Đến nay có 24 xã đạt chuẩn, gấp 1,5 lần so kế hoạch, tăng 9 xã so với năm 2019";
    assert!(all(text).is_empty(), "{:#?}", all(text));
}

#[test]
fn a_closed_parenthesis_keeps_its_cue_from_pairing() {
    let ts = all("trồng được 42 ha chè (vượt 12 ha so với chỉ tiêu), 80 ha rừng");
    assert!(ts.iter().all(|t| t.achieved.is_none()), "{ts:#?}");
    // A stated target in the same parenthesis still pairs.
    let t = one("tỷ lệ che phủ rừng đạt 46,2% (chỉ tiêu Nghị quyết là 45%)");
    assert_eq!((t.value, t.achieved), (45.0, Some(46.2)));
}

fn values(text: &str) -> Vec<f64> {
    all(text).iter().map(|t| t.value).collect()
}

#[test]
fn shares_of_a_quota_and_excesses_over_the_plan_are_reports() {
    for text in [
        "Trong nhiệm kỳ, Đảng bộ huyện kết nạp 1.126 đảng viên mới, đạt 112% chỉ tiêu",
        "Giá trị sản xuất công nghiệp đạt 12.300 tỷ đồng, đạt 98,5% chỉ tiêu đề ra",
        "Tổng vốn đầu tư toàn xã hội đạt 8.900 tỷ đồng, vượt 6% mục tiêu nghị quyết",
        "Thu ngân sách trên địa bàn đạt 2.150 tỷ đồng, vượt dự toán 15%",
        "Năm 2024, huyện hoàn thành 100% chỉ tiêu nghị quyết đề ra",
    ] {
        assert!(all(text).is_empty(), "{text}: {:#?}", all(text));
    }
    // All of a quota named for what it counts, or an excess a goal cue sets.
    assert_eq!(
        values("Hoàn thành 100% chỉ tiêu tuyển quân hằng năm"),
        [100.0]
    );
    assert_eq!(
        values("Hoàn thành 100% chỉ tiêu giao quân hằng năm"),
        [100.0]
    );
    let t = one("Phấn đấu thu ngân sách hằng năm vượt dự toán từ 10% trở lên");
    assert_eq!((t.value, t.bound), (10.0, Bound::AtLeast));
}

#[test]
fn estimates_are_reports_unless_the_plan_looks_ahead() {
    for text in [
        "Dự kiến đến hết năm nay, tỷ lệ người dân tham gia bảo hiểm y tế đạt 95%",
        "Dự kiến cả năm thu ngân sách đạt 1.500 tỷ đồng",
        "Tốc độ tăng trưởng kinh tế dự kiến đạt 7,2%",
        "Dự báo năm nay kim ngạch xuất khẩu tăng khoảng 9%",
    ] {
        assert!(all(text).is_empty(), "{text}: {:#?}", all(text));
    }
    assert_eq!(
        values("Đến năm 2030, GRDP bình quân đầu người dự kiến sẽ đạt 6.500 USD"),
        [6500.0]
    );
    assert_eq!(
        values("Các chỉ tiêu dự kiến: tốc độ tăng trưởng GRDP bình quân 8-8,5%/năm"),
        [8.0]
    );
}

#[test]
fn an_aside_in_parentheses_keeps_its_cue_to_itself() {
    let text = "Với mục tiêu đến năm 2030 quy mô kinh tế đạt trên 500 nghìn tỷ đồng (dự kiến đứng thứ 10 cả nước), thu nhập bình quân đạt 6.000 USD";
    assert_eq!(values(text), [500.0, 6000.0]);
}

#[test]
fn an_action_a_goal_cue_governs_is_no_report() {
    assert_eq!(
        values("Phấn đấu thành lập mới 1.500 doanh nghiệp"),
        [1500.0]
    );
    assert!(all("Năm qua thành lập mới 320 doanh nghiệp").is_empty());
}

#[test]
fn an_amount_achieved_after_duoc_is_a_report() {
    for text in [
        "Toàn Đảng bộ kết nạp được 245 đảng viên mới",
        "Cả nhiệm kỳ trồng được 1.850 ha rừng tập trung",
    ] {
        assert!(all(text).is_empty(), "{text}: {:#?}", all(text));
    }
    // A goal cue, a threshold or a level to reach keep it a goal.
    assert_eq!(
        values("Phấn đấu mỗi năm kết nạp được 300 đảng viên mới"),
        [300.0]
    );
    assert_eq!(
        values("Mỗi chi bộ kết nạp thêm được 2 đảng viên trở lên"),
        [2.0]
    );
    assert_eq!(values("Giảm tỷ lệ hộ nghèo xuống còn được 1%"), [1.0]);
}

#[test]
fn what_there_is_by_a_deadline_is_a_goal() {
    let t = one("Đến năm 2030 có 2 đơn vị cấp huyện hoàn thành nhiệm vụ xây dựng nông thôn mới");
    assert_eq!(
        (t.value, t.unit.as_deref(), t.deadline_year),
        (2.0, Some("đơn vị cấp huyện"), Some(2030))
    );
    assert!(all("Năm 2024 có 12 xã đạt chuẩn nông thôn mới").is_empty());
    // "có thêm" is growth to reach, in words too (annotation rule 9).
    let t = one(
        "Có thêm một đơn vị cấp huyện được công nhận hoàn thành nhiệm vụ xây dựng nông thôn mới",
    );
    assert_eq!(
        (t.value, t.unit.as_deref()),
        (1.0, Some("đơn vị cấp huyện"))
    );
    assert_eq!(
        values("Có thêm 12 xã đạt chuẩn nông thôn mới nâng cao"),
        [12.0]
    );
}

#[test]
fn facts_after_the_number_and_densities_are_not_targets() {
    for text in [
        "Tỉnh có trên 80 km bờ biển và 5 cảng cá",
        "Thành phố có quy mô dân số khoảng 450.000 người, mật độ 1.200 người/km2",
    ] {
        assert!(all(text).is_empty(), "{text}: {:#?}", all(text));
    }
}

#[test]
fn a_share_after_a_count_of_a_whole_restates_it() {
    assert!(all("Hiện toàn tỉnh có 98/120 xã, chiếm 81,7%, đạt chuẩn nông thôn mới").is_empty());
    let ts = all("Phấn đấu đến năm 2030 có 110/120 xã, chiếm 91,7%, đạt chuẩn nông thôn mới");
    assert_eq!(
        ts.iter().map(|t| t.value).collect::<Vec<_>>(),
        [110.0, 91.7]
    );
    assert_eq!(ts[0].subject, ts[1].subject);
}

#[test]
fn a_change_stated_of_its_subject_is_a_report() {
    assert!(all("Tỷ lệ hộ nghèo giảm từ 6,2% xuống còn 2,8%").is_empty());
    assert!(all("Số hộ nghèo giảm từ 1.240 hộ xuống còn 410 hộ").is_empty());
    // Commanded, bounded or timed, the change is a goal.
    for text in [
        "Giảm tỷ lệ hộ nghèo từ 6,2% xuống còn 3%",
        "Tỷ lệ hộ nghèo giảm từ 6% xuống dưới 3%",
        "Tỷ lệ hộ nghèo giảm từ 6% xuống còn 3% vào cuối nhiệm kỳ",
    ] {
        assert_eq!(values(text), [3.0], "{text}");
    }
}

#[test]
fn a_labelled_part_in_parentheses_is_a_target() {
    let text = "Tỷ lệ người dân tham gia bảo hiểm y tế trên 98% (bảo hiểm xã hội tự nguyện 90%)";
    assert_eq!(values(text), [98.0, 90.0]);
    // A change or a count of another unit qualifies its host.
    assert_eq!(
        values("Tỷ lệ che phủ rừng đạt 45% (tăng 3% so với đầu kỳ)"),
        [45.0]
    );
    assert_eq!(
        values("Tỷ lệ trạm y tế có bác sĩ đạt 95% (bác sĩ chuyên khoa 40 người)"),
        [95.0]
    );
}

#[test]
fn a_figure_ranked_among_others_is_a_result() {
    assert!(
        all("Năm 2024, tốc độ tăng trưởng kinh tế của tỉnh đạt 8,2%, đứng thứ 10 cả nước")
            .is_empty()
    );
    // A rank without a number is a quality; one a goal cue sets is part of the goal.
    assert_eq!(
        values("Tỷ lệ hồ sơ giải quyết đúng hạn đạt trên 95%, xếp thứ hạng cao trong cả nước"),
        [95.0]
    );
    assert_eq!(
        values("Phấn đấu tốc độ tăng trưởng kinh tế đạt 9%, đứng thứ 5 trong vùng"),
        [9.0]
    );
}

#[test]
fn a_figure_against_the_year_before_is_a_result() {
    for text in [
        "Thu ngân sách năm 2024 đạt 5.600 tỷ đồng, tăng 12% so với năm 2023",
        "Năm 2024, toàn tỉnh đón hơn 3,2 triệu lượt khách du lịch, tăng 18% so với năm 2023",
    ] {
        assert!(all(text).is_empty(), "{text}: {:#?}", all(text));
    }
    // A plan compares with its term's start, or with the year before when
    // it commands the change.
    assert_eq!(
        values("Đến năm 2030, thu nhập bình quân đầu người tăng 1,8 lần so với năm 2025"),
        [1.8]
    );
    assert_eq!(
        values("Năm 2026, phấn đấu thu ngân sách tăng 10% so với năm 2025"),
        [10.0]
    );
    assert_eq!(
        values("Giảm 0,2% tỷ lệ sinh con thứ ba so với năm trước"),
        [0.2]
    );
}

#[test]
fn the_state_of_a_whole_place_is_described() {
    assert!(all("Toàn huyện có 85% hộ dân sử dụng nước hợp vệ sinh").is_empty());
    assert_eq!(
        values("Đến năm 2030, toàn huyện có 95% hộ dân sử dụng nước sạch"),
        [95.0]
    );
    assert_eq!(values("100% xã có trạm y tế đạt chuẩn"), [100.0]);
}

#[test]
fn a_change_told_with_the_level_it_left_is_a_result() {
    assert!(all("Tỷ lệ hộ nghèo giảm 1,2% so với cuối năm 2023, còn 3,4%").is_empty());
    let ts = all("Tỷ lệ hộ nghèo giảm bình quân 1%/năm, đến cuối nhiệm kỳ còn dưới 2%");
    assert_eq!(ts.iter().map(|t| t.value).collect::<Vec<_>>(), [1.0, 2.0]);
}

#[test]
fn a_share_of_the_population_is_no_fact_about_the_place() {
    let t = one("Tỷ lệ bao phủ bảo hiểm y tế đạt trên 95% dân số");
    assert_eq!((t.value, t.bound), (95.0, Bound::Above));
}

#[test]
fn a_sentence_measuring_its_figures_against_the_plan_reports_them_all() {
    let text = "Cụ thể, tổng doanh thu thương mại, dịch vụ đạt hơn 12.400 tỷ đồng, vượt hơn 5% so với nghị quyết, tăng hơn 14% so với năm trước";
    assert!(all(text).is_empty(), "{:#?}", all(text));
    // Before any figure, exceeding the quota is the goal's verb.
    let t = one("Thu ngân sách vượt chỉ tiêu tỉnh giao hằng năm từ 6% đến 9%");
    assert_eq!((t.value, t.value_max), (6.0, Some(9.0)));
    // A target stated after the measure still pairs with the result.
    let t = one("Kim ngạch xuất khẩu đạt hơn 3 tỷ USD, vượt xa mục tiêu đề ra là 2,4 tỷ USD");
    assert_eq!((t.value, t.achieved), (2.4, Some(3.0)));
}

#[test]
fn an_estimate_reports_the_figures_but_keeps_the_targets_it_is_measured_against() {
    for text in [
        "GRDP tăng 7,5%, ước thực hiện cả năm đạt kế hoạch",
        "Thu ngân sách 6 tháng ước đạt 2.300 tỷ đồng",
    ] {
        assert!(all(text).is_empty(), "{text}: {:#?}", all(text));
    }
    let t = one("Thu ngân sách ước đạt 10,2% (kế hoạch là 9%)");
    assert_eq!((t.value, t.achieved), (9.0, Some(10.2)));
    let t = one("Tỷ lệ thất nghiệp cả năm ước khoảng 2,6%, thấp hơn mục tiêu khoảng 3%");
    assert_eq!((t.value, t.achieved), (3.0, Some(2.6)));
    // "quy ước", "hương ước" are village rules, not estimates.
    assert_eq!(
        values("Phấn đấu 100% thôn, bản xây dựng quy ước, hương ước"),
        [100.0]
    );
    assert_eq!(
        values("Tỷ lệ người dân thực hiện tốt hương ước, quy ước đạt 95%"),
        [95.0]
    );
}

#[test]
fn a_bullet_goes_on_with_the_list_before_it() {
    let text = "Mục tiêu đến năm 2030: tốc độ tăng trưởng kinh tế bình quân đạt 9%/năm. - Có 100 doanh nghiệp công nghệ số.";
    assert_eq!(values(text), [9.0, 100.0]);
    let text = "Nhiệm kỳ qua, Đảng bộ đã đạt nhiều kết quả. - Có 1.200 doanh nghiệp mới thành lập.";
    assert!(all(text).is_empty(), "{:#?}", all(text));
}

#[test]
fn an_enumeration_after_co_describes_what_there_is() {
    let text = "Tỉnh có 9 đơn vị hành chính cấp huyện, 142 xã, phường, thị trấn.";
    assert!(all(text).is_empty(), "{:#?}", all(text));
    let t = one("Phấn đấu có 142 xã, phường, thị trấn.");
    assert_eq!(t.unit.as_deref(), Some("xã, phường, thị trấn"));
    // A threshold at the head of the enumeration sets all of it.
    assert_eq!(
        values("Có ít nhất 3 huyện, 40 xã đạt chuẩn nông thôn mới nâng cao"),
        [3.0, 40.0]
    );
}

#[test]
fn the_figure_a_past_year_recorded_is_quoted_not_set() {
    let t =
        one("Tăng trưởng năm nay cao hơn mức 6,2% của năm 2023 nhưng chưa đạt mục tiêu 7% đề ra");
    assert_eq!(t.value, 7.0);
}

#[test]
fn an_allocation_list_names_its_unit_once() {
    let ts = all(
        "Cụ thể, chỉ tiêu kết nạp đảng viên mới của các đảng bộ: huyện Tân Lạc 120 đảng viên; Lạc Sơn 80; Kim Bôi 95.",
    );
    assert_eq!(
        ts.iter()
            .map(|t| (t.value, t.unit.as_deref(), t.subject.as_deref()))
            .collect::<Vec<_>>(),
        [
            (120.0, Some("đảng viên"), Some("đảng viên")),
            (80.0, Some("đảng viên"), Some("Lạc Sơn")),
            (95.0, Some("đảng viên"), Some("Kim Bôi")),
        ]
    );
    // Numbers after a code word, or items that are no names, take no unit.
    assert_eq!(
        values("Phấn đấu kết nạp 40 đảng viên; Khóa 15; điều 3."),
        [40.0]
    );
}

#[test]
fn a_total_brought_to_a_level_reports_the_sentence() {
    let text = "Đảng bộ huyện kết nạp 326 đảng viên mới, nâng tổng số đảng viên lên 8.450 đồng chí";
    assert!(all(text).is_empty(), "{:#?}", all(text));
    // Under a goal cue the total is the goal's too (as by a deadline).
    let text = "Phấn đấu kết nạp 300 đảng viên mới, nâng tổng số đảng viên lên 9.000 đảng viên";
    assert_eq!(values(text), [300.0, 9000.0]);
}

#[test]
fn a_share_a_count_takes_up_restates_it() {
    let text = "Huyện có 14 xã được công nhận đạt chuẩn nông thôn mới, chiếm 87,5%";
    assert!(all(text).is_empty(), "{:#?}", all(text));
    let text = "Phấn đấu đến năm 2030 có 14 xã đạt chuẩn nông thôn mới nâng cao, chiếm 70%";
    assert_eq!(values(text), [14.0, 70.0]);
}

#[test]
fn a_breakdown_of_a_fact_is_a_fact() {
    let text = "Dân số toàn tỉnh hơn 1,2 triệu người, trong đó dân tộc thiểu số chiếm 34%";
    assert!(all(text).is_empty(), "{:#?}", all(text));
    assert_eq!(
        values("Tỷ lệ lao động qua đào tạo đạt 70%, trong đó có bằng cấp, chứng chỉ đạt 35%"),
        [70.0, 35.0]
    );
}

#[test]
fn a_list_lead_in_dates_every_item_of_its_list() {
    let years = |text: &str| {
        all(text)
            .iter()
            .map(|t| (t.value, t.deadline_year))
            .collect::<Vec<_>>()
    };
    // Items split into sentences by their markers keep the lead-in's year.
    assert_eq!(
        years(
            "Chỉ tiêu chủ yếu đến năm 2030: (1). Tỷ lệ đô thị hóa đạt 40%. (2). Tỷ lệ che phủ rừng 52%."
        ),
        [(40.0, Some(2030)), (52.0, Some(2030))]
    );
    assert_eq!(
        years(
            "Mục tiêu đến năm 2028: 1. Kim ngạch xuất khẩu tăng 9%/năm. 2. Thu ngân sách 2.000 tỷ đồng."
        ),
        [(9.0, Some(2028)), (2000.0, Some(2028))]
    );
    assert_eq!(
        years(
            "Mục tiêu chuyển đổi số đến năm 2027: - 90% hồ sơ được xử lý trực tuyến. - 70% người dân có tài khoản định danh."
        ),
        [(90.0, Some(2027)), (70.0, Some(2027))]
    );
    // A few words between the year and its ':', and "Cuối năm ..." leading.
    assert_eq!(
        years(
            "Các chỉ tiêu chủ yếu của năm 2027 gồm: tăng trưởng trên 8%; thu nhập bình quân 75 triệu đồng."
        ),
        [(8.0, Some(2027)), (75.0, Some(2027))]
    );
    assert_eq!(
        years("Cuối năm 2029, ít nhất 60% số thôn có nhà văn hóa đạt chuẩn."),
        [(60.0, Some(2029))]
    );
    // An item's own year stays its own.
    assert_eq!(
        years(
            "(2) Thu nhập bình quân đầu người đến năm 2028: 70 triệu đồng. (3) Tỷ lệ hộ nghèo dưới 2%."
        ),
        [(70.0, Some(2028)), (2.0, None)]
    );
}

#[test]
fn a_decimal_of_four_characters_is_no_year() {
    // "22,4" is written with four characters; it does not time the change.
    assert!(all("Tỷ lệ trẻ em suy dinh dưỡng thể thấp còi giảm từ 22,4% xuống 18,6%.").is_empty());
    assert!(all("Diện tích lúa giảm từ 12,5 ha xuống 9,75 ha.").is_empty());
    // A year does time it, and a command sets it.
    assert_eq!(
        values("Tỷ lệ trẻ em suy dinh dưỡng thể thấp còi giảm từ 22,4% xuống 18,6% vào năm 2030."),
        [18.6]
    );
    assert_eq!(
        values("Giảm tỷ lệ trẻ em suy dinh dưỡng thể thấp còi từ 22,4% xuống 18,6%."),
        [18.6]
    );
}

#[test]
fn what_a_rate_counts_may_be_done_before_its_goal() {
    // A passive told where, or a past, inside the rate's own noun phrase
    // qualifies what it counts; the rate's verb comes after.
    let t = one("Tỷ lệ rác thải được xử lý tại nhà máy đạt trên 90%");
    assert_eq!((t.value, t.bound), (90.0, Bound::Above));
    let t = one("Tỷ lệ các cụm công nghiệp đã có chủ đầu tư hạ tầng đạt 80% trở lên");
    assert_eq!((t.value, t.bound), (80.0, Bound::AtLeast));
    // Told of the thing itself, the same words report.
    assert!(all("Dự án được triển khai tại 4 huyện miền núi").is_empty());
    assert!(all("Các cụm công nghiệp đã đạt tỷ lệ lấp đầy 80%").is_empty());
    assert!(all("Tỷ lệ hộ dân đã được cấp giấy chứng nhận 92%").is_empty());
}

#[test]
fn a_level_reached_now_or_only_is_a_result() {
    assert!(all("Khu công nghiệp Tân Bình có 420 ha, tỷ lệ lấp đầy hiện đạt 68%.").is_empty());
    assert!(all("Tỷ lệ trẻ em được tiêm chủng đầy đủ chỉ đạt 86%, thấp hơn cả nước.").is_empty());
    // A goal of the same words, and a certificate ("chứng chỉ") reached; a
    // rank to reach is no rank held.
    let t = all(
        "Đến năm 2030, khoa học và công nghệ thuộc nhóm dẫn đầu khu vực; kinh tế số đạt tối thiểu 25% GRDP",
    );
    assert_eq!(t.iter().map(|t| t.value).collect::<Vec<_>>(), [25.0]);
    assert_eq!(one("Phấn đấu tỷ lệ lấp đầy đạt 75%").value, 75.0);
    assert_eq!(
        one("Phấn đấu tỷ lệ lao động có bằng cấp, chứng chỉ đạt 40%").value,
        40.0
    );
}

#[test]
fn a_direction_verb_lowers_whatever_noun_follows() {
    let t = one("Phấn đấu giảm cường độ năng lượng từ 1-1,5%/năm");
    assert_eq!(
        (t.value, t.value_max, t.bound),
        (1.0, Some(1.5), Bound::DecreaseBy)
    );
    // "tăng cường" strengthens: no increase by the count.
    let t = one("Phấn đấu tăng cường đào tạo nghề cho 2.000 lao động");
    assert_eq!((t.value, t.bound), (2000.0, Bound::Exact));
}

#[test]
fn a_floor_around_a_share_and_a_noun_of_three_words() {
    assert_eq!(
        bound("Hằng năm có từ 70% hộ hội viên trở lên đăng ký thi đua"),
        Bound::AtLeast
    );
    // Further on, "trở lên" rates what they did.
    assert_eq!(
        bound("Hằng năm có 70% hộ hội viên đạt danh hiệu khá trở lên"),
        Bound::Exact
    );
}

#[test]
fn a_span_of_time_after_an_abbreviation_in_parentheses() {
    let t = one("Thời gian mất điện bình quân của khách hàng (SAIDI) không quá 280 phút/năm");
    assert_eq!(
        (t.value, t.unit.as_deref(), t.bound),
        (280.0, Some("phút"), Bound::AtMost)
    );
    // Without a measure of time before the aside, no span.
    assert!(all("Phấn đấu chỉ số hài lòng (SIPAS) không quá 280 phút").is_empty());
}

#[test]
fn the_bar_a_benefit_is_granted_at_is_a_condition() {
    assert!(
        all("Người lao động có thời gian đóng BHXH từ đủ 20 năm trở lên được hưởng lương hưu.")
            .is_empty()
    );
    assert!(
        all("Hộ có từ 3 lao động trở lên thì được vay tối đa 100 triệu đồng.")
            .iter()
            .all(|t| t.value != 3.0)
    );
    // The share of those who get it is still a goal.
    let t = one("Phấn đấu 100% người có từ 20 năm đóng BHXH trở lên được hưởng lương hưu");
    assert_eq!((t.value, t.unit.as_deref()), (100.0, Some("%")));
}

#[test]
fn a_year_led_by_truoc_is_a_deadline_out_of_the_subject() {
    let t = one("Trước năm 2028, xây dựng 2 cảng cạn");
    assert_eq!(t.deadline_year, Some(2028));
    assert!(
        !t.subject
            .as_deref()
            .unwrap_or("")
            .to_lowercase()
            .contains("trước"),
        "{t:?}"
    );
}

#[test]
fn the_plan_a_share_measures_is_no_goal_cue() {
    // "đạt 102,8% kế hoạch" names the plan a result is measured against:
    // the figures after it are results too.
    for text in [
        "Kim ngạch xuất khẩu cả năm đạt 1,85 tỷ USD, đạt 102,8% kế hoạch, tăng 7,3% so với năm trước.",
        "Giá trị sản xuất công nghiệp đạt 4.560 tỷ đồng, bằng 101,3% kế hoạch, tăng 8% so với năm trước.",
    ] {
        assert!(all(text).is_empty(), "{text}");
    }
    // A goal cue of the sentence's own still sets its figures.
    assert_eq!(
        values("Phấn đấu kim ngạch xuất khẩu đạt 2 tỷ USD, tăng 10% so với năm trước."),
        [2.0, 10.0]
    );
}

#[test]
fn growth_over_the_year_before_or_since_the_term_began_is_a_result() {
    for text in [
        "Tỷ lệ hộ nghèo cuối năm 2024 là 2,15%, giảm 0,85% so với cuối năm 2023.",
        "So với đầu nhiệm kỳ, thu nhập bình quân đầu người tăng 1,6 lần, đạt 62 triệu đồng.",
        "Thu nhập bình quân đầu người đạt 68 triệu đồng, tăng 22 triệu đồng so với đầu nhiệm kỳ.",
    ] {
        assert!(all(text).is_empty(), "{text}");
    }
    // A plan sets growth by a time; the membership at the start of the term
    // is the base of a share.
    for (text, value) in [
        (
            "Đến cuối nhiệm kỳ, thu nhập bình quân đầu người tăng 1,6 lần so với đầu nhiệm kỳ.",
            1.6,
        ),
        (
            "Thu nhập bình quân đầu người năm 2030 tăng 1,6 lần so với năm 2025.",
            1.6,
        ),
        (
            "Kết nạp đảng viên mới đạt 3% so với tổng số đảng viên đầu nhiệm kỳ.",
            3.0,
        ),
    ] {
        assert_eq!(values(text), [value], "{text}");
    }
}

#[test]
fn a_breakdown_in_parentheses_reads_as_its_whole_not_as_a_fact() {
    assert_eq!(
        values(
            "Diện tích nuôi trồng thủy sản 1.200 ha (trong đó nuôi tôm 800 ha, nuôi cá 400 ha)."
        ),
        [1200.0, 800.0, 400.0]
    );
    // The breakdown of a fact about the place stays a fact.
    assert!(all("Dân số hơn 1,2 triệu người, trong đó dân tộc thiểu số chiếm 34%.").is_empty());
}

#[test]
fn a_list_of_labelled_parts_in_parentheses_are_targets() {
    assert_eq!(
        values(
            "Tỷ lệ trường đạt chuẩn quốc gia đạt 85% (mầm non 80%, tiểu học 90%, trung học cơ sở 85%)."
        ),
        [85.0, 80.0, 90.0, 85.0]
    );
    // A parenthesis that opens on a change qualifies its host.
    assert_eq!(
        values("Phấn đấu 100% trường học đạt chuẩn xanh (tăng 10%, vượt 5%)."),
        [100.0]
    );
}

#[test]
fn founding_says_nothing_of_the_past() {
    assert_eq!(
        values("Mỗi năm thành lập mới từ 50 đến 70 doanh nghiệp."),
        [50.0]
    );
    assert!(all("Năm 2024, toàn tỉnh đã thành lập mới 1.250 doanh nghiệp.").is_empty());
}

#[test]
fn a_fact_opens_its_item_in_an_enumeration_of_what_there_is() {
    for text in [
        "Huyện có diện tích tự nhiên 452,6 km2, dân số trên 98.000 người, 21 đơn vị hành chính cấp xã.",
        "Tỉnh có đường biên giới dài 62 km, 5 huyện biên giới.",
    ] {
        assert!(all(text).is_empty(), "{text}");
    }
    // What there is to be by a deadline is still a goal.
    assert_eq!(
        values(
            "Đến năm 2030, huyện có trên 5.000 hộ sản xuất giỏi, 21 xã đạt chuẩn nông thôn mới nâng cao."
        ),
        [5000.0, 21.0]
    );
}

#[test]
fn a_year_before_a_later_years_goal_is_the_past() {
    assert_eq!(
        values("Năm 2024, tốc độ tăng trưởng kinh tế đạt 7,1%; năm 2025 phấn đấu đạt 8%."),
        [8.0]
    );
    assert_eq!(
        values(
            "Nếu như năm 2020 tỷ lệ hộ nghèo là 5,6% thì đến nay chỉ còn 1,9%; mục tiêu đến năm 2030 giảm xuống dưới 0,5%."
        ),
        [0.5]
    );
    // Milestones of a plan: a deadline, or a threshold, before the later goal.
    assert_eq!(
        values("Tỷ lệ hộ nghèo đến năm 2025 dưới 3%, phấn đấu đến năm 2030 dưới 1%."),
        [3.0, 1.0]
    );
    assert_eq!(
        values("Năm 2025 tỷ lệ hộ nghèo dưới 3%; năm 2030 phấn đấu dưới 1%."),
        [3.0, 1.0]
    );
}

#[test]
fn a_year_in_parentheses_dates_a_change() {
    assert!(all("Tỷ lệ hộ nghèo giảm từ 6,8% (năm 2020) xuống còn 2,1% (năm 2024).").is_empty());
    assert!(all("Tỷ lệ hộ nghèo giảm từ 6,8% (2020) xuống còn 2,1%.").is_empty());
    assert_eq!(
        values("Phấn đấu giảm tỷ lệ hộ nghèo từ 6,8% (năm 2020) xuống còn 2,1%."),
        [2.1]
    );
}

#[test]
fn the_rest_of_a_reported_change_is_reported_with_it() {
    assert!(
        all("Tỷ lệ hộ nghèo giảm từ 3,8% xuống 1,2%, bình quân mỗi năm giảm 0,65%.").is_empty()
    );
    // The next item after ';' is read on its own; a command sets the change
    // and its rate.
    assert_eq!(
        values("Tỷ lệ hộ nghèo giảm từ 3,8% xuống 1,2%; tỷ lệ che phủ rừng đạt 45%."),
        [45.0]
    );
    assert_eq!(
        values("Giảm tỷ lệ hộ nghèo từ 3,8% xuống 1,2%, bình quân mỗi năm giảm 0,65%."),
        [1.2, 0.65]
    );
}

#[test]
fn a_target_for_a_later_year_is_no_pair() {
    let t = all("Tỷ lệ lao động qua đào tạo năm 2025 đạt 70,5%, mục tiêu đến năm 2030 là 80%.");
    assert_eq!(
        t.iter().map(|t| (t.value, t.achieved)).collect::<Vec<_>>(),
        [(80.0, None)]
    );
    // The target the figure is measured against still pairs with it.
    let t = one("Tỷ lệ lao động qua đào tạo năm 2025 đạt 70,5%, mục tiêu năm 2025 là 70%.");
    assert_eq!((t.value, t.achieved), (70.0, Some(70.5)));
}

#[test]
fn a_range_after_co_is_a_span_to_reach() {
    assert_eq!(
        values("Có từ 3 đến 5 sản phẩm OCOP đạt 4 sao trở lên."),
        [3.0]
    );
    // A single count after "có" describes what there is.
    assert!(all("Huyện có 5 sản phẩm OCOP đạt 4 sao.").is_empty());
}

#[test]
fn the_resolution_carried_out_is_no_goal_cue() {
    for text in [
        "Sau 5 năm thực hiện Nghị quyết, toàn tỉnh có 85% số xã đạt chuẩn nông thôn mới.",
        "Qua 3 năm triển khai kế hoạch, tỷ lệ hộ nghèo còn 2,3%.",
    ] {
        assert!(all(text).is_empty(), "{text}");
    }
    // The resolution that sets a figure still does.
    assert_eq!(
        values("Nghị quyết đề ra đến năm 2030 có 85% số xã đạt chuẩn nông thôn mới."),
        [85.0]
    );
}

#[test]
fn visits_count_but_page_counters_do_not() {
    let t = one("Lượng khách du lịch đến năm 2030 đạt 3 triệu lượt.");
    assert_eq!((t.value, t.unit.as_deref()), (3.0, Some("triệu lượt")));
    assert!(all("Tin đã đăng: 25/11/2025 | 1.024 lượt xem").is_empty());
    assert!(all("Bài viết có 2.350 lượt đọc và 45 lượt chia sẻ.").is_empty());
    assert!(all("Số lượt truy cập: 1,2 triệu lượt xem").is_empty());
}

#[test]
fn a_count_restating_a_share_may_follow_its_item() {
    let t = all("Phấn đấu 60% xã đạt chuẩn nông thôn mới nâng cao (9 xã).");
    assert_eq!(
        t.iter()
            .map(|t| (t.value, t.unit.as_deref(), t.subject.as_deref()))
            .collect::<Vec<_>>(),
        [(60.0, Some("%"), Some("xã")), (9.0, Some("xã"), Some("xã"))]
    );
    // A parenthesis that is no count keeps to itself.
    assert_eq!(
        values("Phấn đấu 60% xã đạt chuẩn nông thôn mới nâng cao (theo Bộ tiêu chí 2021)."),
        [60.0]
    );
}

#[test]
fn from_a_share_of_a_noun_or_more_is_a_lower_bound() {
    for text in [
        "Hằng năm có từ 90% tổ chức cơ sở đảng trở lên được xếp loại hoàn thành tốt nhiệm vụ.",
        "Phấn đấu hằng năm kết nạp từ 3% đảng viên mới trở lên so với tổng số đảng viên.",
    ] {
        assert_eq!(bound(text), Bound::AtLeast, "{text}");
    }
    // After a predicate, "trở lên" is a rating, not a bound.
    assert_eq!(
        bound("Phấn đấu 90% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên."),
        Bound::Exact
    );
}

#[test]
fn a_rate_of_the_population_is_no_fact() {
    let t = one("Đến năm 2030, tỷ lệ dân số đô thị đạt 40-45%.");
    assert_eq!(
        (t.value, t.value_max, t.bound),
        (40.0, Some(45.0), Bound::Range)
    );
    // The population itself is a fact about the place.
    assert!(all("Dân số đô thị đạt 450.000 người.").is_empty());
}

#[test]
fn an_election_counts_votes() {
    for text in [
        "Ông Phạm Văn Tuấn tái đắc cử Bí thư với 100% phiếu bầu.",
        "Đồng chí Nguyễn Văn Nam trúng cử với 98,5% số phiếu.",
    ] {
        assert!(all(text).is_empty(), "{text}");
    }
    assert_eq!(
        values("Phấn đấu 100% cử tri đi bầu cử đại biểu Hội đồng nhân dân."),
        [100.0]
    );
}

#[test]
fn the_excess_told_after_a_pair_is_the_results() {
    let t = all("Thu ngân sách nhà nước đạt 1.020/950 tỷ đồng, vượt 7,4%.");
    assert_eq!(
        t.iter().map(|t| (t.value, t.achieved)).collect::<Vec<_>>(),
        [(950.0, Some(1020.0))]
    );
    // After a goal that is no pair, the excess is a goal too.
    assert_eq!(
        values("Phấn đấu thu ngân sách đạt 950 tỷ đồng, vượt 5% so với năm 2025."),
        [950.0, 5.0]
    );
}

#[test]
fn a_length_or_an_area_after_co_is_what_there_is() {
    for text in ["Tỉnh có 250 km quốc lộ đi qua.", "Xã có 1.200 ha đất lúa."] {
        assert!(all(text).is_empty(), "{text}");
    }
    // By a deadline, or with a threshold, it is a goal.
    assert_eq!(
        values("Đến năm 2030, tỉnh có 250 km đường cao tốc."),
        [250.0]
    );
    assert_eq!(values("Xã có ít nhất 1.200 ha đất lúa."), [1200.0]);
}

#[test]
fn numerals_of_several_words_count_their_noun() {
    let t = one("Phấn đấu có thêm hai mươi xã đạt chuẩn nông thôn mới nâng cao.");
    assert_eq!((t.value, t.unit.as_deref()), (20.0, Some("xã")));
    assert_eq!(
        values("Phát triển một trăm hai mươi doanh nghiệp."),
        [120.0]
    );
    // Years in words are no count: "hai mươi năm" is left alone.
    assert!(all("Hai mươi năm qua, xã đã đổi thay.").is_empty());
}

#[test]
fn the_figure_of_the_year_before_is_quoted_not_set() {
    let text = "Tổng sản phẩm trên địa bàn tăng 7,26% so với năm 2023, cao hơn mức tăng 6,5% của năm trước.";
    assert!(all(text).is_empty());
    // A goal for the year before the deadline stays a goal.
    assert_eq!(values("Tăng trưởng kinh tế đạt 8% trước năm 2030."), [8.0]);
}

#[test]
fn a_figure_taken_over_the_whole_term_is_a_result() {
    assert!(
        all("Tính chung cả nhiệm kỳ, thu ngân sách đạt 15.230 tỷ đồng, tăng bình quân 14,2%/năm.")
            .is_empty()
    );
    assert_eq!(
        values("Tính chung cả nhiệm kỳ, phấn đấu thu ngân sách đạt 16.000 tỷ đồng."),
        [16000.0]
    );
}

#[test]
fn an_estimate_compared_with_is_a_baseline() {
    let text = "Năm 2026: tổng thu ngân sách nhà nước trên địa bàn đạt 4.500 tỷ đồng, tăng 12% so với ước thực hiện năm 2025.";
    assert_eq!(values(text), [4500.0, 12.0]);
    // An estimate of the sentence's own still reports what comes before it.
    assert!(all("Thu ngân sách tăng 12%, ước cả năm đạt 4.500 tỷ đồng.").is_empty());
}

#[test]
fn a_total_to_bring_by_a_deadline_is_a_goal() {
    assert_eq!(
        values(
            "Số xã đạt chuẩn nông thôn mới tăng thêm 8 xã, nâng tổng số xã đạt chuẩn lên 45 xã vào năm 2030."
        ),
        [8.0, 45.0]
    );
    // Brought to a level already, or in the whole of a past year: reported.
    for text in [
        "Kết nạp 326 đảng viên, nâng tổng số đảng viên lên 8.450 đảng viên.",
        "Cả năm 2024 thu hút 12 dự án, nâng tổng số dự án lên 210 dự án.",
    ] {
        assert!(all(text).is_empty(), "{text}");
    }
}

#[test]
fn a_cumulative_count_since_the_term_began_is_a_result() {
    for text in [
        "Lũy kế từ đầu nhiệm kỳ, toàn huyện kết nạp 685 đảng viên mới.",
        "Từ đầu nhiệm kỳ, toàn huyện kết nạp 685 đảng viên mới.",
    ] {
        assert!(all(text).is_empty(), "{text}");
    }
    assert_eq!(
        values("Trong nhiệm kỳ, phấn đấu kết nạp 700 đảng viên mới trở lên."),
        [700.0]
    );
}

#[test]
fn a_share_said_of_a_count_restates_it() {
    assert!(all("Toàn huyện có 32 trường đạt chuẩn quốc gia, đạt tỷ lệ 68%.").is_empty());
    assert!(all("Toàn huyện có 32 trường đạt chuẩn quốc gia, chiếm tỷ lệ 68%.").is_empty());
    // A share of a goal's count restates a goal.
    let t = all("Đến năm 2030 có 32 trường đạt chuẩn quốc gia, đạt tỷ lệ 68%.");
    assert_eq!(t.iter().map(|t| t.value).collect::<Vec<_>>(), [32.0, 68.0]);
}

#[test]
fn a_breakdown_of_what_there_is_is_what_there_is() {
    assert!(all("Chi bộ có 35 đảng viên, trong đó 12 đảng viên nữ.").is_empty());
    // A breakdown of a goal is a goal.
    assert_eq!(
        values("Phấn đấu kết nạp 35 đảng viên, trong đó 12 đảng viên nữ."),
        [35.0, 12.0]
    );
}

#[test]
fn a_season_against_the_season_before_is_a_result() {
    let text = "Diện tích lúa vụ đông xuân đạt 12.500 ha, năng suất bình quân 68 tạ/ha, tăng 2 tạ/ha so với vụ trước.";
    assert!(all(text).is_empty());
    assert_eq!(
        values("Diện tích lúa vụ đông xuân đạt 12.500 ha, năng suất bình quân 68 tạ/ha."),
        [12500.0, 68.0]
    );
}

#[test]
fn more_or_less_is_about() {
    assert_eq!(
        bound("Phấn đấu thu hút trên dưới 1.000 tỷ VNĐ vốn đầu tư."),
        Bound::About
    );
    // Each word alone keeps its own bound.
    assert_eq!(bound("Phấn đấu thu hút trên 1.000 tỷ đồng."), Bound::Above);
    assert_eq!(bound("Tỷ lệ thất nghiệp dưới 3%."), Bound::Below);
}

#[test]
fn raised_to_a_level_is_the_level() {
    let t = one("Tăng diện tích cây ăn quả lên 3.000 ha.");
    assert_eq!((t.value, t.bound), (3000.0, Bound::Exact));
    assert!(!t.subject.as_deref().unwrap_or("").contains("lên"), "{t:?}");
    // Raised by an amount is a change.
    assert_eq!(
        bound("Tăng diện tích cây ăn quả thêm 3.000 ha."),
        Bound::IncreaseBy
    );
    assert_eq!(
        bound("Tỷ lệ hộ dùng nước sạch đạt 95% trở lên."),
        Bound::AtLeast
    );
}

#[test]
fn what_a_place_is_to_be_by_a_deadline_is_a_goal() {
    let t = one("Đến năm 2030, mật độ dân số đô thị đạt 2.000 người/km2.");
    assert_eq!(
        (
            t.value,
            t.unit.as_deref(),
            t.per.as_deref(),
            t.deadline_year
        ),
        (2000.0, Some("người"), Some("km2"), Some(2030))
    );
    // Without a deadline it is what the place is.
    assert!(all("Mật độ dân số đô thị là 2.000 người/km2.").is_empty());
    assert!(all("Tỉnh có diện tích tự nhiên 4.860 km2, dân số 1,2 triệu người.").is_empty());
}

#[test]
fn an_area_to_change_is_no_fact_about_the_place() {
    assert_eq!(
        values(
            "Tăng diện tích cây ăn quả lên 3.000 ha, trong đó diện tích đạt tiêu chuẩn VietGAP 500 ha."
        ),
        [3000.0, 500.0]
    );
    // The breakdown of a fact about the place is a fact too.
    assert!(
        all("Huyện có diện tích tự nhiên 450 km2, trong đó đất lâm nghiệp 200 km2.").is_empty()
    );
}

#[test]
fn a_total_a_goal_cue_governs_is_the_goals() {
    assert_eq!(
        values("Phấn đấu xây dựng 5 trường học, nâng tổng số lên 32 trường."),
        [5.0, 32.0]
    );
    // Without a cue, a total brought is a result.
    assert!(all("Trong năm, kết nạp 326 đảng viên, nâng tổng số đảng viên lên 8.450.").is_empty());
}

#[test]
fn a_projects_total_investment_is_a_fact() {
    assert!(all("Dự án có tổng mức đầu tư 1.500 tỷ VNĐ.").is_empty());
    assert!(all("Tổng mức đầu tư dự án là 350 tỷ đồng.").is_empty());
    // A cue or a bound sets it as a goal.
    assert_eq!(
        values("Phấn đấu tổng mức đầu tư các dự án đạt 5.000 tỷ đồng."),
        [5000.0]
    );
    assert_eq!(
        bound("Quốc hội xác định tổng mức đầu tư vốn trái phiếu không quá 225.000 tỷ đồng."),
        Bound::AtMost
    );
}

#[test]
fn a_named_year_against_the_year_before_is_a_result() {
    assert!(
        all(
            "Năm 2023, tổng vốn đầu tư toàn xã hội đạt 2 nghìn tỷ đồng, tăng 12% so với năm trước."
        )
        .is_empty()
    );
    // A goal cue sets it; without a named year it is a plan's change.
    assert_eq!(
        values("Mục tiêu năm 2026: thu ngân sách tăng 10% so với năm trước."),
        [10.0]
    );
    assert_eq!(values("Thu ngân sách tăng 10% so với năm trước."), [10.0]);
}

#[test]
fn houses_are_counted_as_printed() {
    for (text, unit) in [
        (
            "Hỗ trợ xây mới, sửa chữa 2.000 căn nhà cho hộ nghèo.",
            "căn nhà",
        ),
        ("Xây dựng 300 ngôi nhà đại đoàn kết.", "ngôi nhà"),
        ("Xây dựng 300 căn hộ nhà ở xã hội.", "căn hộ"),
    ] {
        assert_eq!(one(text).unit.as_deref(), Some(unit), "{text}");
    }
}

#[test]
fn so_many_of_a_population_in_figures_is_per_the_population() {
    let t = all("Phấn đấu đạt 35 giường bệnh/10.000 dân và 15 bác sĩ/10.000 dân vào năm 2030.");
    let read: Vec<_> = t
        .iter()
        .map(|t| (t.value, t.unit.as_deref(), t.per.as_deref()))
        .collect();
    assert_eq!(
        read,
        [
            (35.0, Some("giường bệnh"), Some("10.000 dân")),
            (15.0, Some("bác sĩ"), Some("10.000 dân"))
        ]
    );
    let t = one("Số thuê bao băng rộng cố định đạt 40 thuê bao/100 hộ gia đình.");
    assert_eq!(t.per.as_deref(), Some("100 hộ gia đình"));
    // A count out of a whole and a pair keep their reading.
    let t = one("Phấn đấu đến năm 2030 kết nạp 8.793/6.500 đảng viên.");
    assert_eq!((t.value, t.achieved), (6500.0, Some(8793.0)));
    assert!(all("Toàn huyện có 12/15 xã đạt chuẩn nông thôn mới.").is_empty());
}

#[test]
fn the_counts_of_a_sector_programme_are_counted_as_printed() {
    for (text, unit) in [
        ("Đến năm 2030, toàn tỉnh có 3 đô thị loại III.", "đô thị"),
        (
            "Phấn đấu xây dựng thêm hai khu du lịch đạt chuẩn quốc gia.",
            "khu du lịch",
        ),
        (
            "Hình thành 10 điểm du lịch cộng đồng trong giai đoạn 2026-2030.",
            "điểm du lịch cộng đồng",
        ),
        ("Số thuê bao băng rộng di động đạt 95 thuê bao.", "thuê bao"),
        ("Phát triển 5 làng nghề truyền thống.", "làng nghề"),
        (
            "Tổng vốn đầu tư toàn xã hội khoảng 1,2 triệu tỷ đồng.",
            "triệu tỷ đồng",
        ),
    ] {
        assert_eq!(one(text).unit.as_deref(), Some(unit), "{text}");
    }
    // What a place has is still no goal.
    assert!(all("Tỉnh hiện có 3 đô thị loại III và 120 làng nghề.").is_empty());
}

#[test]
fn a_price_is_no_goal() {
    for text in [
        "Giá lúa tươi hiện dao động từ 7.200 - 7.500 đồng/kg, tăng 300 đồng/kg so với tuần trước.",
        "Giá vàng miếng SJC niêm yết ở mức 152 triệu đồng/lượng.",
        "Giá xăng RON 95 là 21.500 đồng/lít.",
    ] {
        assert!(all(text).is_empty(), "{text}: {:#?}", all(text));
    }
    // Money per a field, a head or a year is a goal's.
    assert_eq!(
        values("Giá trị sản xuất nông nghiệp đạt 230 triệu đồng/ha/năm."),
        [230.0]
    );
    assert_eq!(
        values("Thu nhập bình quân đạt 70 triệu đồng/người/năm."),
        [70.0]
    );
}

#[test]
fn reported_speech_and_the_present_state_are_reports() {
    for text in [
        "Bà Lan cho biết gia đình có 2 ha cà phê, mỗi năm thu hoạch khoảng 7 tấn.",
        "Ông Nam cho biết: \"Hiện toàn tỉnh mới đạt 9,5 bác sĩ/vạn dân\".",
        "Hiện toàn tỉnh đạt 9,5 bác sĩ/vạn dân.",
        "Hiện nay, tỷ lệ hộ nghèo của huyện là 3,2%.",
    ] {
        assert!(all(text).is_empty(), "{text}: {:#?}", all(text));
    }
    // A goal an official announces is still a goal; "Hiện đại hóa" is no "now".
    assert_eq!(
        values("Chủ tịch UBND tỉnh cho biết, năm 2026 tỉnh phấn đấu thu hút 1 tỷ USD vốn FDI."),
        [1.0]
    );
    assert_eq!(
        values("Hiện đại hóa nông nghiệp, giá trị sản xuất tăng bình quân 4%/năm."),
        [4.0]
    );
}

#[test]
fn an_event_told_in_the_passive_is_a_report() {
    for text in [
        "Dự án được triển khai tại 4 huyện miền núi với sự tham gia của 1.500 hộ đồng bào dân tộc thiểu số.",
        "Mô hình được thực hiện tại 3 huyện, với sự tham gia của 1.200 hộ.",
        "Bệnh viện có quy mô 500 giường, được đầu tư với tổng kinh phí hơn 900 tỷ đồng.",
    ] {
        assert!(all(text).is_empty(), "{text}: {:#?}", all(text));
    }
    // A goal cue before governs the place it names; a goal's passive share
    // ("100% xã được công nhận") is no event.
    assert_eq!(values("Phấn đấu mô hình được nhân rộng tại 50 xã."), [50.0]);
    assert_eq!(
        values("Tỷ lệ hộ dân được sử dụng nước sạch đạt 95%."),
        [95.0]
    );
}

#[test]
fn what_there_is_with_a_rounded_count_is_what_there_is() {
    assert!(
        all("Năm học 2025-2026, toàn tỉnh có 452 trường học với hơn 310.000 học sinh.").is_empty()
    );
    assert!(all("Đảng bộ có 58 tổ chức cơ sở đảng với gần 4.300 đảng viên.").is_empty());
    // A threshold after "với" still sets one.
    assert_eq!(
        values("Toàn tỉnh có 20 hợp tác xã với ít nhất 500 hộ tham gia."),
        [500.0]
    );
}

#[test]
fn a_share_of_the_plan_to_strive_for_is_the_goal() {
    let t = one("Tỷ lệ giải ngân vốn đầu tư công phấn đấu đạt trên 95% kế hoạch vốn được giao.");
    assert_eq!((t.value, t.bound), (95.0, Bound::Above));
    // Reached, it is a result; a plan named before is no striving.
    assert!(all("Giải ngân vốn đầu tư công năm 2024 đạt 92,3% kế hoạch vốn được giao.").is_empty());
    assert!(all("Theo kế hoạch, giá trị sản xuất đạt 101,3% kế hoạch năm.").is_empty());
}

#[test]
fn a_breakdown_after_a_deadline_is_the_figures_own() {
    assert_eq!(
        values(
            "Số doanh nghiệp đang hoạt động đạt 6.000 doanh nghiệp vào năm 2030 (bình quân mỗi năm thành lập mới 600 doanh nghiệp)."
        ),
        [6000.0, 600.0]
    );
    // A parenthesis of another unit after the deadline is still no item.
    assert_eq!(
        values(
            "Tổng số doanh nghiệp đạt 6.000 doanh nghiệp vào năm 2030 (tăng 20% so với năm 2025)."
        ),
        [6000.0]
    );
}

#[test]
fn an_excess_over_the_plan_to_strive_for_is_the_goal() {
    let t = one("Phấn đấu thu ngân sách nhà nước trên địa bàn vượt 15% so với dự toán được giao.");
    assert_eq!((t.value, t.bound), (15.0, Bound::IncreaseBy));
    // Reported, it is a result.
    assert!(
        all("Thu ngân sách nhà nước trên địa bàn vượt 15% so với dự toán được giao.").is_empty()
    );
}

#[test]
fn now_inside_a_clause_states_the_present() {
    for text in [
        "Lãi suất cho vay hộ nghèo của Ngân hàng Chính sách xã hội hiện là 6,6%/năm.",
        "Tỷ lệ hộ nghèo của huyện hiện ở mức 3,2%.",
    ] {
        assert!(all(text).is_empty(), "{text}: {:#?}", all(text));
    }
    // "thực hiện", "thể hiện" are no "now".
    assert_eq!(
        values("Tỷ lệ giải ngân vốn đầu tư công thực hiện là 95%."),
        [95.0]
    );
}

#[test]
fn a_rate_of_exchange_and_a_plants_scale_are_facts() {
    for text in [
        "Tỷ giá trung tâm được Ngân hàng Nhà nước công bố ở mức 25.100 đồng/USD.",
        "Nhà máy điện mặt trời có công suất 50 MW.",
        "Tòa nhà cao 25 tầng, tổng diện tích sàn xây dựng 12.000 m2.",
    ] {
        assert!(all(text).is_empty(), "{text}: {:#?}", all(text));
    }
    // A capacity or a floor area to reach by a deadline, or under a cue, is a goal.
    assert_eq!(
        values("Đến năm 2030, tổng công suất điện mặt trời đạt 500 MW."),
        [500.0]
    );
    assert_eq!(
        values("Phấn đấu diện tích sàn nhà ở xã hội hoàn thành khoảng 150.000 m2."),
        [150000.0]
    );
}

#[test]
fn citizens_called_up_are_counted() {
    let t =
        one("Trong năm 2026, HĐND tỉnh giao chỉ tiêu tuyển chọn và gọi 1.800 công dân nhập ngũ.");
    assert_eq!((t.value, t.unit.as_deref()), (1800.0, Some("công dân")));
}

#[test]
fn what_a_gift_is_worth_and_a_land_price_are_no_goals() {
    for text in [
        "Dịp Tết, Ủy ban MTTQ tỉnh trao 500 suất quà, mỗi suất trị giá 600.000 đồng cho hộ nghèo.",
        "Giá đất ở mặt tiền đường Trần Phú được điều chỉnh lên 85 triệu đồng/m2.",
    ] {
        assert!(all(text).is_empty(), "{text}: {:#?}", all(text));
    }
    // Floor area per head is a goal, in m2 ("sàn" says what is measured).
    let t = one("Diện tích nhà ở bình quân đầu người đạt 28 m2 sàn/người vào năm 2030.");
    assert_eq!(
        (t.value, t.unit.as_deref(), t.per.as_deref()),
        (28.0, Some("m2"), Some("người"))
    );
    let t = one("Đến năm 2030, diện tích nhà ở bình quân đầu người ở đô thị đạt 32 m2 sàn.");
    assert_eq!(
        (t.value, t.unit.as_deref(), t.per),
        (32.0, Some("m2"), None)
    );
}

#[test]
fn what_was_just_done_is_a_report() {
    assert!(
        all("Tỉnh vừa tổ chức Hội nghị xúc tiến đầu tư, trao quyết định chủ trương đầu tư cho 12 dự án với tổng vốn 18.500 tỷ đồng.")
            .is_empty()
    );
    // "vừa ... vừa ..." is "both ... and"; a goal cue governs what follows.
    assert_eq!(
        values("Vừa phát triển kinh tế vừa bảo vệ môi trường, tỷ lệ che phủ rừng đạt 45%."),
        [45.0]
    );
    assert_eq!(values("Tỉnh phấn đấu vừa thu hút 12 dự án đầu tư."), [12.0]);
}

#[test]
fn a_persons_story_is_no_goal() {
    assert!(
        all("Hộ gia đình ông Lò Văn Sơn ở bản Mường có 5 khẩu, nuôi 12 con bò và 3 ha rừng trồng.")
            .is_empty()
    );
    // A goal an official names is still one; a province is no person.
    assert_eq!(
        values("Ông Phạm Văn Tâm khẳng định tỉnh quyết tâm hoàn thành mục tiêu tăng trưởng 10%."),
        [10.0]
    );
    assert_eq!(
        values("Tỉnh Bà Rịa - Vũng Tàu: tỷ lệ đô thị hóa đạt 65%."),
        [65.0]
    );
}

#[test]
fn a_count_of_where_is_no_goal() {
    for text in [
        "Xã có tổng diện tích tự nhiên hơn 3.200 ha, với 2.150 hộ, sinh sống ở 9 thôn.",
        "Hội Nông dân huyện có 12.500 hội viên, sinh hoạt ở 25 cơ sở hội.",
    ] {
        assert!(all(text).is_empty(), "{text}: {:#?}", all(text));
    }
    // A goal cue governs where it is to be done.
    assert_eq!(values("Phấn đấu triển khai mô hình ở 20 xã."), [20.0]);
}

#[test]
fn trade_places_are_counted() {
    let t = one("Đến năm 2030, mỗi huyện có ít nhất một trung tâm thương mại.");
    assert_eq!(
        (t.value, t.unit.as_deref(), t.bound),
        (1.0, Some("trung tâm thương mại"), Bound::AtLeast)
    );
    let t = one("Phấn đấu xây dựng 5 siêu thị.");
    assert_eq!(t.unit.as_deref(), Some("siêu thị"));
}

#[test]
fn the_items_after_a_count_of_targets_met_are_results() {
    assert!(
        all("Nhiệm kỳ 2020-2025, có 19/21 chỉ tiêu đạt và vượt; thu ngân sách bình quân tăng 11,2%/năm; tỷ lệ hộ nghèo còn 1,8%.")
            .is_empty()
    );
    // A goal cue after it sets the next term's targets.
    assert_eq!(
        values(
            "Nhiệm kỳ qua có 19/21 chỉ tiêu đạt và vượt; nhiệm kỳ tới phấn đấu thu ngân sách tăng bình quân 12%/năm."
        ),
        [12.0]
    );
}

#[test]
fn statistics_and_casualties_are_reports() {
    for text in [
        "Theo thống kê, năm 2024 toàn tỉnh xảy ra 215 vụ tai nạn giao thông, làm chết 98 người.",
        "Kết quả khảo sát cho thấy 88% người dân hài lòng với dịch vụ hành chính công.",
    ] {
        assert!(all(text).is_empty(), "{text}: {:#?}", all(text));
    }
    assert_eq!(
        values("Giảm số người chết do tai nạn giao thông 5% mỗi năm."),
        [5.0]
    );
}

#[test]
fn every_item_of_a_facts_breakdown_is_a_fact() {
    assert!(
        all("Chương trình có tổng kinh phí 1.250 tỷ đồng, trong đó ngân sách trung ương 800 tỷ đồng, ngân sách địa phương 450 tỷ đồng.")
            .is_empty()
    );
    // After a ';' a new item is no longer the fact's.
    assert_eq!(
        values(
            "Dự án có tổng kinh phí 1.250 tỷ đồng, trong đó ngân sách trung ương 800 tỷ đồng; thu ngân sách tăng 10%."
        ),
        [10.0]
    );
}

#[test]
fn what_the_whole_place_has_rounded_is_what_there_is() {
    assert!(
        all("Năm học mới 2025-2026, toàn tỉnh có trên 420.000 học sinh các cấp học.").is_empty()
    );
    // A threshold or a deadline makes it a goal; a share stays the rules' own.
    assert_eq!(
        values("Toàn tỉnh có ít nhất 420.000 học sinh các cấp học."),
        [420000.0]
    );
    assert_eq!(
        values("Đến năm 2030, toàn tỉnh có trên 500 doanh nghiệp."),
        [500.0]
    );
}

#[test]
fn a_policys_norms_are_no_goals() {
    for text in [
        "Mức hỗ trợ xây mới nhà ở cho hộ nghèo là 60 triệu đồng/căn, sửa chữa là 30 triệu đồng/căn.",
        "Mức lương cơ sở từ ngày 1/7/2024 là 2,34 triệu đồng/tháng.",
    ] {
        assert!(all(text).is_empty(), "{text}: {:#?}", all(text));
    }
    // Houses to support are a goal.
    assert_eq!(
        values("Hỗ trợ xây mới 2.000 căn nhà cho hộ nghèo."),
        [2000.0]
    );
}

#[test]
fn an_area_a_verb_adds_to_is_no_fact() {
    let t = all(
        "Tăng thêm 500 ha diện tích cây ăn quả, nâng tổng diện tích lên 6.000 ha vào năm 2030.",
    );
    let read: Vec<_> = t.iter().map(|t| (t.value, t.bound)).collect();
    assert_eq!(read, [(500.0, Bound::IncreaseBy), (6000.0, Bound::Exact)]);
    // The area a place has is still a fact.
    assert!(all("Xã có 500 ha diện tích cây ăn quả.").is_empty());
}

#[test]
fn a_count_in_a_rates_subject_is_its_condition() {
    let t = one(
        "Tỷ lệ tổ chức cơ sở đảng có từ 3 đảng viên trở lên được kết nạp mới trong năm đạt 50%.",
    );
    assert_eq!((t.value, t.unit.as_deref()), (50.0, Some("%")));
    // A count in its own item stays.
    assert_eq!(
        values("Tỷ lệ lao động qua đào tạo đạt 70%, giải quyết việc làm cho 3.000 lao động."),
        [70.0, 3000.0]
    );
}

#[test]
fn a_change_commanded_against_the_term_start_is_a_goal() {
    assert_eq!(
        values(
            "Giảm 10% số hộ cận nghèo so với đầu nhiệm kỳ; 100% trường học có nhà vệ sinh đạt chuẩn."
        ),
        [10.0, 100.0]
    );
    // Told of its subject, it is growth a report reviews.
    assert!(
        all("Thu nhập bình quân đầu người đạt 50,1 triệu đồng/năm, tăng 2,6 lần so với đầu nhiệm kỳ.")
            .is_empty()
    );
}

#[test]
fn a_budget_estimate_for_the_year_is_its_target() {
    assert_eq!(
        values(
            "Năm 2025, tổng thu ngân sách trên địa bàn ước đạt 9.800 tỷ đồng; năm 2026, dự toán thu 10.500 tỷ đồng."
        ),
        [10500.0]
    );
    // A share of it measures a result.
    assert!(all("Thu ngân sách đạt 480 tỷ đồng, bằng 55,2% dự toán.").is_empty());
}

#[test]
fn a_seizure_is_a_report() {
    assert!(all("Công an tỉnh bắt giữ 12 đối tượng, thu giữ 2 kg ma túy tổng hợp.").is_empty());
}

#[test]
fn what_the_units_of_a_share_have_is_its_condition() {
    let t = one("Phấn đấu 100% các xã có từ 2 sản phẩm OCOP trở lên.");
    assert_eq!((t.value, t.unit.as_deref()), (100.0, Some("%")));
    // A count in an item of its own stays.
    assert_eq!(
        values("Phấn đấu 100% xã đạt chuẩn nông thôn mới, xây dựng 5 xã kiểu mẫu."),
        [100.0, 5.0]
    );
}

#[test]
fn a_share_of_what_there_is_broken_down_is_what_there_is() {
    assert!(
        all("Trường có 12.000 sinh viên, 850 giảng viên, trong đó 60% có trình độ tiến sĩ.")
            .is_empty()
    );
    // By a deadline it is a goal.
    assert_eq!(
        values("Đến năm 2030, Đảng bộ có 900 đảng viên, trong đó 60% có trình độ đại học."),
        [900.0, 60.0]
    );
}

#[test]
fn count_nouns_of_sector_plans_and_centimetres() {
    let units = |text: &str| {
        all(text)
            .into_iter()
            .map(|t| (t.value, t.unit.unwrap_or_default(), t.per))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        units("Sửa chữa, nâng cấp 150 km đường xã và 25 cầu yếu."),
        [(150.0, "km".into(), None), (25.0, "cầu".into(), None)]
    );
    assert_eq!(
        units("Trồng mới 15 triệu cây xanh phân tán, bình quân 3 triệu cây/năm."),
        [
            (15.0, "triệu cây xanh".into(), None),
            (3.0, "triệu cây".into(), Some("năm".into()))
        ]
    );
    assert_eq!(
        units("Đến năm 2030, đạt 3,2 dược sĩ và 33 điều dưỡng trên 10.000 dân.")
            .iter()
            .map(|u| u.1.as_str())
            .collect::<Vec<_>>(),
        ["dược sĩ", "điều dưỡng"]
    );
    assert_eq!(
        units(
            "Giới thiệu ít nhất 3.000 đoàn viên ưu tú; tổ chức 2 hội chợ; nâng cấp 45 tuyến hẻm."
        )
        .iter()
        .map(|u| u.1.as_str())
        .collect::<Vec<_>>(),
        ["đoàn viên", "hội chợ", "tuyến hẻm"]
    );
    assert_eq!(
        units("Tỷ số giới tính khi sinh dưới 109 bé trai/100 bé gái."),
        [(109.0, "bé trai".into(), Some("100 bé gái".into()))]
    );
    assert_eq!(
        units("Chiều cao trung bình của thanh niên 18 tuổi: nam 168,5 cm, nữ 157,5 cm."),
        [(168.5, "cm".into(), None), (157.5, "cm".into(), None)]
    );
    // What a hotel has stays what there is, not a goal.
    assert!(all("Khách sạn 5 sao có 356 phòng, đi vào hoạt động từ tháng 6/2026.").is_empty());
}

#[test]
fn a_sentence_a_deadline_leads_states_no_passive_event() {
    assert_eq!(
        values(
            "Đến năm 2030, tỷ lệ chất thải rắn sinh hoạt được phân loại tại nguồn đạt 80%; tỷ lệ chôn lấp trực tiếp không quá 15%."
        ),
        [80.0, 15.0]
    );
    // Without a deadline leading, or with a year that is none, the passive
    // tells an event.
    assert!(all("Mô hình được triển khai tại 12 xã với 1.500 hộ tham gia.").is_empty());
    assert!(all("Năm 2024, mô hình được triển khai tại 12 xã với 1.500 hộ tham gia.").is_empty());
}

#[test]
fn an_item_of_what_there_is_counts_with_its_first_number() {
    for text in [
        "Năm 2025, toàn xã có 5 sản phẩm được công nhận đạt chuẩn OCOP 3 sao, 1 sản phẩm đạt 4 sao.",
        "Năm học 2025-2026, toàn tỉnh có 96,2% trẻ 5 tuổi ra lớp, 1.245 học sinh khuyết tật học hòa nhập.",
        // The item starts after "có", not at a year before it.
        "Năm 2024 toàn phường có 312 học sinh khuyết tật, trong đó 9 học sinh học hòa nhập.",
    ] {
        assert!(all(text).is_empty(), "{text}: {:?}", values(text));
    }
    // A threshold on the first item still sets the list.
    assert_eq!(
        values("Có ít nhất 5 sản phẩm đạt chuẩn OCOP 3 sao, 1 sản phẩm đạt 4 sao."),
        [5.0, 1.0]
    );
}

#[test]
fn caps_standard_rates_sanctions_and_surveys_are_no_goals() {
    for text in [
        "Mức trần học phí đại học công lập năm học 2026-2027 là 1,69 triệu đồng/sinh viên/tháng.",
        "Mức chuẩn trợ giúp xã hội áp dụng từ ngày 1/7/2025 là 500.000 đồng/tháng.",
        "Cơ quan chức năng xử phạt 19 chủ tàu cá với tổng số tiền 1,25 tỷ đồng.",
        "Người vi phạm bị phạt tiền từ 30 đến 40 triệu đồng.",
        "Theo điều tra, năng suất lao động ngành nông nghiệp chỉ bằng 38% mức bình quân chung.",
        "Tăng trưởng kinh tế năm 2025 đạt 8,1%, về đích sớm mục tiêu đề ra.",
    ] {
        assert!(all(text).is_empty(), "{text}: {:?}", values(text));
    }
    // A goal cue before them still sets its goal.
    assert_eq!(
        values("Phấn đấu xử phạt 100% các vụ vi phạm được phát hiện."),
        [100.0]
    );
}

fn pairs(text: &str) -> Vec<(f64, Option<f64>, Bound, Option<f64>)> {
    all(text)
        .into_iter()
        .map(|t| (t.value, t.value_max, t.bound, t.achieved))
        .collect()
}

#[test]
fn a_count_out_of_a_whole_is_whole_and_no_more_than_it() {
    // A fraction, or more than the second number: an achieved/target pair,
    // which a share of the plan after it does not make a report.
    assert_eq!(
        pairs("Kết quả thực hiện chỉ tiêu năm 2025: số bác sĩ/vạn dân đạt 10,8/12 bác sĩ."),
        [(12.0, None, Bound::Exact, Some(10.8))]
    );
    assert_eq!(
        pairs("Nhiệm kỳ 2020-2025, kết nạp 2.845/2.500 đảng viên, đạt 113,8% chỉ tiêu."),
        [(2500.0, None, Bound::Exact, Some(2845.0))]
    );
    // A count out of a whole is the count; a result measured against the
    // plan stays a report.
    assert_eq!(
        pairs("Phấn đấu đến cuối nhiệm kỳ có 4/6 thôn đạt chuẩn nông thôn mới kiểu mẫu."),
        [(4.0, None, Bound::Exact, None)]
    );
    assert!(all("Nhiệm kỳ 2020-2025, kết nạp 845 đảng viên, đạt 113,8% chỉ tiêu.").is_empty());
}

#[test]
fn a_pair_target_keeps_its_own_direction() {
    assert_eq!(
        pairs("Chỉ số sản xuất công nghiệp (IIP) năm 2026 ước tăng 13,1% (kế hoạch tăng 12%)."),
        [(12.0, None, Bound::IncreaseBy, Some(13.1))]
    );
    assert_eq!(
        pairs("Năm 2026, tỷ lệ hộ nghèo giảm 0,95% (chỉ tiêu giảm 0,8%)."),
        [(0.8, None, Bound::DecreaseBy, Some(0.95))]
    );
    // The verbs before the target's name compare the result with it.
    assert_eq!(
        pairs("Kim ngạch xuất khẩu tăng hơn 2 tỷ USD, vượt xa mục tiêu là 1,8 tỷ USD."),
        [(1.8, None, Bound::Exact, Some(2.0))]
    );
}

#[test]
fn a_listed_range_is_its_own_bound() {
    assert_eq!(
        pairs("Đến năm 2030, có ít nhất 40 sản phẩm đạt 4 sao và 3 - 5 sản phẩm đạt 5 sao."),
        [
            (40.0, None, Bound::AtLeast, None),
            (3.0, Some(5.0), Bound::Range, None)
        ]
    );
    // A single value listed after it shares the comparator.
    assert_eq!(
        pairs("Đến năm 2030, có ít nhất 40 sản phẩm đạt 4 sao và 30 sản phẩm đạt 5 sao."),
        [
            (40.0, None, Bound::AtLeast, None),
            (30.0, None, Bound::AtLeast, None)
        ]
    );
}

#[test]
fn a_thousand_billion_spelt_ti_is_one_scale() {
    let t = all(
        "Tổng vốn đầu tư toàn xã hội 5 năm đạt khoảng 120 nghìn tỉ đồng; thu ngân sách năm 2030 đạt 9.500 tỉ đồng.",
    );
    let units: Vec<_> = t.iter().map(|t| (t.value, t.unit.as_deref())).collect();
    assert_eq!(
        units,
        [(120.0, Some("nghìn tỷ đồng")), (9500.0, Some("tỷ đồng"))]
    );
}

#[test]
fn a_sentence_that_opens_on_a_day_is_news() {
    for text in [
        "Sáng 26/11, HĐND thành phố chất vấn về tiến độ 14 dự án nhà ở xã hội.",
        "Dịp Quốc khánh 2/9/2026, tỉnh đón khoảng 385.000 lượt khách, công suất phòng đạt 92%.",
    ] {
        assert!(all(text).is_empty(), "{text}: {:?}", values(text));
    }
    // A deadline on a day is a goal's; a goal cue after the day sets one.
    assert_eq!(
        values("Đến ngày 31/12/2026, 100% hồ sơ được số hóa."),
        [100.0]
    );
    assert_eq!(
        values("Ngày 15/3, UBND tỉnh ban hành kế hoạch, phấn đấu 100% hồ sơ được số hóa."),
        [100.0]
    );
}

#[test]
fn the_damage_a_disaster_did_and_a_programme_s_funds_are_no_goals() {
    for text in [
        "Cơn bão đổ bộ với sức gió mạnh cấp 12, làm tốc mái 2.316 ngôi nhà.",
        "Đoạn tuyến bị sạt lở taluy dương với khối lượng khoảng 15.000 m3.",
        "Chương trình sữa học đường hỗ trợ mỗi trẻ mầm non 2 hộp sữa/tuần, với kinh phí 45 tỷ đồng/năm.",
    ] {
        assert!(all(text).is_empty(), "{text}: {:?}", values(text));
    }
    // A goal against the damage is a goal.
    assert_eq!(
        values("Phấn đấu giảm 20% số ngôi nhà bị hư hỏng do thiên tai."),
        [20.0]
    );
}

#[test]
fn a_day_s_year_against_the_year_before_is_a_result() {
    assert!(
        all("Đến ngày 31/10/2026, số người tham gia bảo hiểm xã hội tăng 6.240 người so với cuối năm 2025.")
            .is_empty()
    );
    // A later year than the day's is no year-on-year comparison.
    assert_eq!(
        values("Đến ngày 31/12/2030, số người tham gia bảo hiểm xã hội tăng 20% so với năm 2025."),
        [20.0]
    );
}

#[test]
fn a_dimension_told_by_its_adjective_is_a_fact() {
    assert!(all("Tuyến cao tốc dài 88 km, tổng mức đầu tư 17.700 tỷ đồng.").is_empty());
    assert!(all("Tỉnh có bờ biển dài 134 km, 12 huyện, thị xã, thành phố.").is_empty());
    // A goal cue sets the length to build.
    assert_eq!(
        values("Phấn đấu xây dựng tuyến đường ven biển dài 88 km."),
        [88.0]
    );
}

#[test]
fn a_project_s_total_investment_is_a_fact() {
    assert!(all("Khách sạn 5 sao có 356 phòng, tổng vốn đầu tư 1.800 tỷ đồng.").is_empty());
    // The investment of the whole economy over a term is a goal.
    assert_eq!(
        values("Tổng vốn đầu tư toàn xã hội 5 năm đạt khoảng 120 nghìn tỷ đồng."),
        [120.0]
    );
}

#[test]
fn a_list_lead_s_deadline_reaches_the_sentences_of_its_list() {
    let years = |text: &str| {
        all(text)
            .into_iter()
            .map(|t| (t.value, t.deadline_year))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        years(
            "Các chỉ tiêu chủ yếu đến năm 2030: Tốc độ tăng trưởng kinh tế bình quân 8%/năm. Giá trị sản xuất công nghiệp tăng bình quân 12%/năm. Thu nhập bình quân đầu người năm 2028 đạt 100 triệu đồng."
        ),
        [(8.0, Some(2030)), (12.0, Some(2030)), (100.0, Some(2028))]
    );
    // A deadline that leads one sentence with a comma stays in it.
    assert_eq!(
        years(
            "Đến năm 2030, tốc độ tăng trưởng kinh tế bình quân 8%/năm. Giá trị sản xuất công nghiệp tăng bình quân 12%/năm."
        ),
        [(8.0, Some(2030)), (12.0, None)]
    );
}

/// "Theo báo cáo" tells what a report found, as "theo thống kê" does; a
/// goal cue after it still sets its goal.
#[test]
fn what_a_report_found_is_no_goal() {
    let text = "Theo báo cáo, 98% hộ gia đình đạt danh hiệu gia đình văn hóa; \
                100% tổ dân phố đạt danh hiệu tổ dân phố văn hóa.";
    assert!(all(text).is_empty(), "{text}: {:?}", values(text));
    assert_eq!(
        values("Theo Báo cáo chính trị, mục tiêu đến năm 2030 có 100% xã đạt chuẩn nông thôn mới."),
        [100.0]
    );
}

/// A result measured against the plan by words that name it at length
/// ("so với chỉ tiêu Nghị quyết") sets no goal for the items after it; the
/// same words as a goal's lead still do.
#[test]
fn a_measure_against_the_plan_at_length_sets_no_goal() {
    let text = "Đến nay 98% hộ gia đình đạt danh hiệu gia đình văn hóa, vượt 3% so với chỉ tiêu \
                Nghị quyết; 100% tổ dân phố đạt danh hiệu văn hóa.";
    assert!(all(text).is_empty(), "{text}: {:?}", values(text));
    assert_eq!(
        values("Theo chỉ tiêu Nghị quyết, 100% tổ dân phố đạt danh hiệu văn hóa."),
        [100.0]
    );
}

/// A table's column of results, read as the row's lead ("Thực hiện năm
/// 2025: ..."), reports; a plan for carrying out a year still sets goals.
#[test]
fn a_column_of_results_reports() {
    let text = "Thực hiện năm 2025: Số xã đạt chuẩn nông thôn mới 45 xã.";
    assert!(all(text).is_empty(), "{text}: {:?}", values(text));
    assert_eq!(
        values("Kế hoạch thực hiện năm 2026: Số xã đạt chuẩn nông thôn mới 50 xã."),
        [50.0]
    );
}

/// The funds an item opens on are a programme's means, however long the
/// name of what they pay for; funds a goal mobilises, or a share of the
/// economy they make, stay goals.
#[test]
fn the_funds_an_item_opens_on_are_no_goal() {
    for text in [
        "Tổng kinh phí thực hiện Nghị quyết khoảng 2.500 tỷ đồng.",
        "Kinh phí thực hiện Đề án xây dựng nông thôn mới giai đoạn 2026-2030 khoảng 2.500 tỷ đồng.",
    ] {
        assert!(all(text).is_empty(), "{text}: {:?}", values(text));
    }
    assert_eq!(
        values("Huy động tổng kinh phí thực hiện chương trình 500 tỷ đồng."),
        [500.0]
    );
    assert_eq!(
        values("Phấn đấu tổng kinh phí đầu tư cho khoa học đạt 2% GDP."),
        [2.0]
    );
}

/// Thousands grouped by spaces ("2 400 hộ") make one number when a unit
/// follows the last group; numbers that merely stand side by side, or a
/// group that opens a new line, stay apart.
#[test]
fn thousands_grouped_by_spaces() {
    assert_eq!(
        values("Phấn đấu mỗi năm giải quyết việc làm cho 2 400 lao động."),
        [2400.0]
    );
    assert_eq!(
        values("Đến năm 2030 có 1 350 000 người tham gia bảo hiểm y tế."),
        [1_350_000.0]
    );
    // A group needs its unit, and a number before it is another number.
    assert!(!values("Phấn đấu xếp thứ 3 250 doanh nghiệp.").contains(&3250.0));
    assert_eq!(
        values("Phấn đấu có thêm 12 xã đạt chuẩn, 2 300 hộ thoát nghèo."),
        [12.0, 2300.0]
    );
}

/// A person named by role in two words ending "viên", "sĩ" or "sư" is a
/// count noun, as are kinds of "cơ sở" named in full and visits of a
/// counted noun; people met at an event or a shortage stated are no goal.
#[test]
fn nouns_of_several_words_count_in_full() {
    let units =
        |text: &str| -> Vec<String> { all(text).into_iter().filter_map(|t| t.unit).collect() };
    assert_eq!(
        units("Phấn đấu mỗi năm kết nạp 300 thanh niên, 120 hội viên mới."),
        ["hội viên"]
    );
    // After a floor, any noun counts (see
    // `a_count_noun_the_lexicon_lacks_is_known_by_its_place`).
    assert_eq!(
        units("Phấn đấu mỗi năm kết nạp ít nhất 300 thanh niên."),
        ["thanh niên"]
    );
    assert_eq!(
        units("Đến năm 2030, đào tạo 800 kỹ sư và 40 tiến sĩ."),
        ["kỹ sư", "tiến sĩ"]
    );
    assert_eq!(
        units("Phấn đấu có 6 cơ sở giáo dục nghề nghiệp đạt chuẩn chất lượng."),
        ["cơ sở giáo dục nghề nghiệp"]
    );
    assert_eq!(
        units("Mỗi năm bồi dưỡng cho 1.200 lượt giáo viên."),
        ["lượt giáo viên"]
    );
    assert_eq!(
        units("Phấn đấu có thêm 45 hộ kinh doanh lên doanh nghiệp."),
        ["hộ kinh doanh"]
    );
    // A page's counter, people met at an event, a shortage: none.
    for text in [
        "Bài viết có 1.200 lượt xem.",
        "Hội tổ chức gặp mặt 75 hội viên nhân ngày truyền thống.",
        "Toàn huyện thiếu 320 giáo viên mầm non.",
    ] {
        assert!(all(text).is_empty(), "{text}: {:?}", values(text));
    }
    // "tối thiếu" (misspelt "tối thiểu") is a comparator, not a shortage.
    assert_eq!(
        values("Tỷ lệ lao động qua đào tạo đạt tối thiếu 75%."),
        [75.0]
    );
}

/// A goal may be stated against the plan: a floor or a ceiling over the
/// estimate ("tối thiểu ... so với dự toán", "từ ... kế hoạch trở lên"),
/// shares of the plan a goal cue sets, with the quarters it steps through,
/// and a pledge. A share of the plan reached, a rise told as it came, a
/// quarter reported, or a share after a result against the plan stay
/// reports.
#[test]
fn goals_stated_against_the_plan() {
    let t = one("Năm 2027, chi thường xuyên giảm ít nhất 5% so với dự toán được giao.");
    assert_eq!((t.value, t.bound), (5.0, Bound::AtLeast));
    let t = one("Tỷ lệ giải ngân vốn hằng năm đạt từ 90% kế hoạch trở lên.");
    assert_eq!((t.value, t.bound), (90.0, Bound::AtLeast));
    assert_eq!(
        values(
            "Huyện giao chỉ tiêu thu ngân sách: hết quý II đạt 45%, hết quý IV đạt 100% \
             dự toán."
        ),
        [45.0, 100.0]
    );
    assert_eq!(
        values("Giám đốc Sở cam kết đến năm 2028 có 20 bác sĩ trên 10.000 dân."),
        [20.0]
    );
    for text in [
        "Thu ngân sách trên địa bàn tăng trên 12% so với dự toán.",
        "Thu ngân sách đạt 4.120 tỷ đồng, bằng 103% dự toán.",
        "Quý II, thu ngân sách đạt 45%.",
        "Thu ngân sách các năm đều vượt chỉ tiêu, đạt 180% kế hoạch.",
    ] {
        assert!(all(text).is_empty(), "{text}: {:?}", values(text));
    }
}

/// A norm cited from a law, a decree or a rule, or a limit allowed, is no
/// goal; the same ceiling a council resolves for its own plan is one.
#[test]
fn norms_cited_from_the_law_are_no_goal() {
    for text in [
        "Theo khoản 3 Điều 12 Luật Đầu tư công, tỷ lệ vốn chuẩn bị dự án không quá 3% tổng mức vốn.",
        "Theo quy định, số học sinh mỗi lớp không quá 35 học sinh.",
        "Theo Nghị định, mức đóng bảo hiểm bằng 4,5% mức lương cơ sở.",
        "Tải trọng tối đa cho phép trên cầu là 30 tấn.",
    ] {
        assert!(all(text).is_empty(), "{text}: {:?}", values(text));
    }
    let t = one("HĐND tỉnh quyết nghị: bội chi ngân sách tỉnh năm 2027 không vượt quá 3%.");
    assert_eq!((t.value, t.bound), (3.0, Bound::AtMost));
    // A rule named inside the item qualifies its criterion.
    assert_eq!(
        values("Tỷ lệ viên chức đạt chuẩn theo quy định đạt 98%."),
        [98.0]
    );
}

/// Parts labelled in a parenthesis after a whole are targets of their own
/// without "trong đó": shares of it ("(vốn ngân sách khoảng 25%, ...)") and
/// a narrower count ("(khách quốc tế 1 - 1,2 triệu lượt)"), even when the
/// whole's noun goes on to the parenthesis; "(tương đương 48 thôn)"
/// restates a share as "(48 thôn)" does. A parenthesis that opens on a
/// verb or a comparison qualifies its host instead.
#[test]
fn parts_labelled_in_parentheses() {
    assert_eq!(
        values(
            "Phấn đấu huy động 12.000 tỷ đồng vốn đầu tư (vốn ngân sách khoảng 25%, vốn ngoài \
             ngân sách khoảng 75%)."
        ),
        [12000.0, 25.0, 75.0]
    );
    assert_eq!(
        values("Phấn đấu đón 8 triệu lượt khách du lịch (khách quốc tế 1 - 1,2 triệu lượt)."),
        [8.0, 1.0]
    );
    assert_eq!(
        values("Đến năm 2030 có 60% số thôn (tương đương 48 thôn) đạt chuẩn."),
        [60.0, 48.0]
    );
    assert_eq!(
        values("Phấn đấu thu ngân sách 5.000 tỷ đồng (tăng 8% so với năm 2025)."),
        [5000.0]
    );
}

/// A quantity in words after a bounded list value starts afresh: "không
/// còn ..." is zero, exact (rule 9), whatever bound the value before has;
/// a bare number in the list shares it.
#[test]
fn none_left_after_a_bound_is_exact() {
    let t = all("Đến năm 2030, tỷ lệ hộ có nhà vệ sinh đạt trên 95%, không còn hộ nghèo.");
    assert_eq!(
        t.iter().map(|t| (t.value, t.bound)).collect::<Vec<_>>(),
        [(95.0, Bound::Above), (0.0, Bound::Exact)]
    );
    let t = all("Tỷ lệ che phủ rừng và tỷ lệ trồng rừng lần lượt đạt trên 45%, 40%.");
    assert_eq!(
        t.iter().map(|t| t.bound).collect::<Vec<_>>(),
        [Bound::Above, Bound::Above]
    );
}

/// A plain year heading the whole place as subject narrates what the place
/// did or had that year; a cue, a modal or a deadline makes it a plan.
#[test]
fn a_year_of_the_whole_place_is_narrated() {
    assert_eq!(
        values("Năm 2023, toàn huyện đón 420.000 lượt khách, doanh thu du lịch đạt 310 tỷ đồng."),
        [] as [f64; 0]
    );
    assert_eq!(
        values(
            "Hết năm 2024, toàn xã có 7/9 thôn đạt chuẩn văn hóa, trong đó 3 thôn đạt chuẩn \
             kiểu mẫu."
        ),
        [] as [f64; 0]
    );
    assert_eq!(
        values("Năm 2024 toàn huyện có thêm 4 xã được công nhận đạt chuẩn nông thôn mới."),
        [] as [f64; 0]
    );
    // The near misses: a deadline, a modal, a cue.
    assert_eq!(
        values("Đến năm 2030, toàn huyện có 6 xã đạt chuẩn nông thôn mới nâng cao."),
        [6.0]
    );
    assert_eq!(
        values("Năm 2027, toàn huyện phải đạt tỷ lệ tiêm chủng từ 98% trở lên."),
        [98.0]
    );
    assert_eq!(
        values("Năm 2027, toàn huyện phấn đấu đón 500.000 lượt khách."),
        [500000.0]
    );
}

/// A unit merged away ("3 thôn cũ", "xã Phú Mỹ cũ", "huyện Đông Sơn
/// (cũ)") is the past: a sentence that tells of it with no goal cue
/// reports, and a count of such units is no goal. An old thing ("nhà
/// văn hóa cũ") is no former unit, and a goal cue or a deadline still
/// sets a goal.
#[test]
fn figures_of_units_merged_away_are_the_past() {
    for text in [
        "Giai đoạn 2021-2025, sản lượng lúa của 3 thôn cũ tăng bình quân 4,5%/năm.",
        "Thu nhập bình quân đầu người của xã Phú Mỹ cũ năm 2025 đạt 58 triệu đồng.",
        "Đảng bộ thị trấn Đông Sơn (cũ) có tỷ lệ đảng viên trẻ 28%.",
    ] {
        assert_eq!(values(text), [] as [f64; 0], "{text}");
    }
    assert_eq!(
        values("Phấn đấu cải tạo 12 nhà văn hóa cũ, xây mới 8 nhà văn hóa thôn."),
        [12.0, 8.0]
    );
    assert_eq!(
        values("Sau hợp nhất 3 xã cũ, Đảng bộ xã phấn đấu thu nhập bình quân đạt 90 triệu đồng."),
        [90.0]
    );
    assert_eq!(
        values(
            "Đến năm 2030, thu nhập bình quân đầu người trên địa bàn các xã cũ đạt 95 triệu đồng."
        ),
        [95.0]
    );
}

/// "Năm 2024, ... đạt 61%. Năm 2025, phấn đấu ...": a sentence that opens
/// on a year or a term, followed in its paragraph by one that opens on a
/// later one to set a goal, reports what the earlier brought. Not when
/// the next names no later frame, sets no goal, or starts a paragraph;
/// nor a milestone with its own deadline.
#[test]
fn a_frame_that_the_next_sentence_moves_on_from_is_the_past() {
    assert_eq!(
        values(
            "Năm 2024, tỷ lệ thu gom rác thải đạt 61%. Năm 2025, phấn đấu tỷ lệ thu gom rác thải đạt 70%."
        ),
        [70.0]
    );
    assert_eq!(
        values(
            "Giai đoạn 2021-2025, số hợp tác xã tăng bình quân 6%/năm. Giai đoạn 2026-2030, tỉnh phấn đấu mỗi năm thành lập mới 40 hợp tác xã."
        ),
        [40.0]
    );
    assert_eq!(
        values(
            "Nhiệm kỳ 2020-2025, kim ngạch nhập khẩu tăng 9%/năm. Nhiệm kỳ mới, Đảng bộ phấn đấu kim ngạch nhập khẩu tăng 11%/năm."
        ),
        [11.0]
    );
    // A frame not later, no goal, a paragraph of its own: left to the cues.
    assert_eq!(
        values("Năm 2026, tỷ lệ thu gom rác thải đạt 72%. Năm 2026, phấn đấu trồng 300 ha rừng."),
        [72.0, 300.0]
    );
    assert_eq!(
        values("Năm 2026, tỷ lệ thu gom rác thải đạt 72%. Năm 2027, tỷ lệ này là 75%."),
        [72.0, 75.0]
    );
    assert_eq!(
        values("Năm 2026, tỷ lệ thu gom rác thải đạt 72%.\nNăm 2027, phấn đấu đạt 75%."),
        [72.0, 75.0]
    );
    // A deadline leads the first: a milestone of the plan.
    assert_eq!(
        values("Đến năm 2027, tỷ lệ thu gom rác thải đạt 72%. Đến năm 2030, phấn đấu đạt 80%."),
        [72.0, 80.0]
    );
}

/// A change told right after a figure (", tăng 250 đồng", ", giảm 3%") is
/// that figure's: it reads as the figure does, so a price's change or a
/// reported level's is no goal, and a goal's change stays one.
#[test]
fn a_change_told_after_a_figure_reads_as_the_figure() {
    for text in [
        "Giá cà phê nhân hôm nay ở mức 118.500 đồng/kg, tăng 1.200 đồng.",
        "Giá lúa tươi 7.800 đồng/kg (lúa thường), giảm 150 đồng so với tuần trước.",
        "Năm 2024, thu ngân sách đạt 1.450 tỷ đồng, tăng 9,3%; năm 2025 phấn đấu thu 1.600 tỷ đồng.",
    ] {
        let kept: Vec<f64> = values(text).into_iter().filter(|v| *v != 1600.0).collect();
        assert_eq!(kept, [] as [f64; 0], "{text}");
    }
    assert_eq!(
        values("Phấn đấu thu ngân sách đạt 1.600 tỷ đồng, tăng 10% so với năm 2025."),
        [1600.0, 10.0]
    );
}

/// A whole place named in two words ("toàn Đảng bộ", "toàn thị xã") has
/// what it has, as "toàn tỉnh" does: a rounded count is no threshold.
#[test]
fn a_whole_place_of_two_words_has_what_it_has() {
    assert_eq!(
        values("Toàn Đảng bộ có hơn 6.200 đảng viên sinh hoạt tại 310 chi bộ."),
        [] as [f64; 0]
    );
    assert_eq!(
        values("Toàn thị xã có gần 4.500 hộ kinh doanh cá thể."),
        [] as [f64; 0]
    );
    // A threshold to reach is a goal still.
    assert_eq!(
        values("Đến năm 2030, toàn Đảng bộ có ít nhất 7.000 đảng viên."),
        [7000.0]
    );
}

/// "Nhiệm kỳ 2020-2025, ... tăng 12%/năm; đến năm 2030, phấn đấu ...": a
/// cue-less figure of the period that leads the sentence, before a goal
/// for a later year, is the period's result. Without that later goal the
/// cues decide, as before.
#[test]
fn a_leading_period_before_a_later_goal_in_its_sentence_is_the_past() {
    assert_eq!(
        values(
            "Nhiệm kỳ 2020-2025, số doanh nghiệp tăng bình quân 12%/năm; đến năm 2030, phấn đấu có 1.500 doanh nghiệp."
        ),
        [1500.0]
    );
    assert_eq!(
        values(
            "Nhiệm kỳ 2020-2025, số doanh nghiệp tăng bình quân 12%/năm; đến năm 2025 đạt 900 doanh nghiệp."
        ),
        [12.0, 900.0]
    );
}

/// "đại biểu" reports the delegates of an event ("Đại hội có 300 đại
/// biểu"), but after "tỷ lệ" it names the people a share counts: a goal
/// for women or minorities among the deputies is still a goal. Their
/// attendance is not.
#[test]
fn delegates_a_share_counts_are_no_report() {
    assert_eq!(
        values("Phấn đấu tỷ lệ nữ đại biểu HĐND các cấp đạt trên 35%."),
        [35.0]
    );
    assert_eq!(
        values(
            "Tỷ lệ cán bộ nữ đạt 20% trở lên; tỷ lệ đại biểu Quốc hội là người dân tộc thiểu số đạt 18%."
        ),
        [20.0, 18.0]
    );
    assert_eq!(values("Tỷ lệ đại biểu tham dự đạt 98%."), [] as [f64; 0]);
    assert_eq!(
        values("Đại hội có 300 đại biểu, đại diện cho hơn 12.000 đảng viên."),
        [] as [f64; 0]
    );
}

/// A day of the month named anywhere in a sentence ("... lúc 9h ngày
/// 4/3/2026", "từ ngày 2 đến 6/9", "khai trương ngày 20/7/2025") tells news of
/// an event: its counts are no goal. A deadline day ("trước ngày 30/6",
/// "đến ngày 31/12") or a document's date ("Kế hoạch số 88/KH-UBND ngày
/// 3/2/2026", "Chỉ thị 05-CT/TU, ngày 9/1/2025") leaves the plan a plan.
#[test]
fn a_day_of_the_month_tells_an_event() {
    for text in [
        "Vụ cháy xảy ra lúc 9h ngày 4/3/2026 tại khu chợ, làm 3 người bị thương, thiêu rụi 12 ki-ốt.",
        "Hội chợ diễn ra từ ngày 2 đến 6/9/2026, thu hút khoảng 40.000 lượt người tham quan.",
        "Nhà máy nước có công suất 30.000 m3/ngày đêm, vốn đầu tư 620 tỷ đồng, khai trương ngày 20/7/2025.",
    ] {
        assert_eq!(values(text), [] as [f64; 0], "{text}");
    }
    for (text, want) in [
        (
            "Phường giải ngân 100% vốn đầu tư công trước ngày 30/6/2026.",
            vec![100.0],
        ),
        (
            "Thực hiện Kế hoạch số 88/KH-UBND ngày 3/2/2026, toàn tỉnh xây mới 1.200 căn nhà cho hộ nghèo.",
            vec![1200.0],
        ),
        (
            "Số xã đạt chuẩn văn hóa (theo Chỉ thị 05-CT/TU, ngày 9/1/2025): 14 xã.",
            vec![14.0],
        ),
    ] {
        assert_eq!(values(text), want, "{text}");
    }
}

/// A count noun the lexicon lacks is known by its place: after a floor or
/// a ceiling, or in a range, a number counts the noun after it, two words
/// in lower case or an abbreviation. A rounding comparator ("hơn", "trên")
/// or a bare number before unknown words reads nothing, and a comparator
/// after a noun qualifies it.
#[test]
fn a_count_noun_the_lexicon_lacks_is_known_by_its_place() {
    let t = one("Đến năm 2030, tỉnh có ít nhất 4 bảo tàng chuyên đề được đầu tư mới.");
    assert_eq!(
        (t.value, t.unit.as_deref(), t.bound),
        (4.0, Some("bảo tàng"), Bound::AtLeast)
    );
    let t = one("Phấn đấu tại Hội khỏe Phù Đổng năm 2027, đội tuyển giành từ 15 HCB trở lên.");
    assert_eq!(
        (t.value, t.unit.as_deref(), t.bound),
        (15.0, Some("HCB"), Bound::AtLeast)
    );
    let t = one("Đến năm 2030, xây dựng 2 - 3 cảng cạn phục vụ xuất nhập khẩu.");
    assert_eq!(
        (t.value, t.value_max, t.unit.as_deref(), t.bound),
        (2.0, Some(3.0), Some("cảng cạn"), Bound::Range)
    );
    let t = one("Mỗi năm tổ chức không quá 3 hội thảo quốc tế.");
    assert_eq!(
        (t.unit.as_deref(), t.bound),
        (Some("hội thảo"), Bound::AtMost)
    );
    // No floor or ceiling: no quantity.
    for text in [
        "Đại hội xác định 3 đột phá chiến lược và 6 nhiệm vụ trọng tâm.",
        "Buổi lễ có hơn 2.000 khán giả theo dõi.",
        "Phấn đấu không còn thôn dưới 10 tiêu chí nông thôn mới.",
        "Đoàn thể thao tỉnh giành 12 HCV tại Đại hội.",
        "Theo Nghị quyết, giai đoạn 31-36 tỉnh phấn đấu thu hút 5 dự án.",
    ] {
        assert!(
            all(text).iter().all(|t| !matches!(
                t.unit.as_deref(),
                Some("đột phá" | "khán giả" | "tiêu chí" | "HCV" | "tỉnh phấn")
            )),
            "{text}: {:?}",
            all(text)
        );
    }
}

/// A term named with no years ("Trong nhiệm kỳ", "Nhiệm kỳ qua"), then a
/// place or a body as the subject, narrates what was done in the term under
/// review. A plan for the term commands with no subject, or sets a cue or
/// a deadline.
#[test]
fn a_term_under_review_with_its_subject_is_narrated() {
    for text in [
        "Trong nhiệm kỳ, huyện xây dựng 42 km đường giao thông nông thôn với tổng vốn 86 tỷ đồng.",
        "Nhiệm kỳ qua, Hội Nông dân xã vận động 310 hộ chuyển đổi cây trồng; 12 tổ hợp tác được thành lập.",
    ] {
        assert_eq!(values(text), [] as [f64; 0], "{text}");
    }
    for (text, want) in [
        (
            "Trong nhiệm kỳ, xây dựng mới 40 km đường giao thông nông thôn.",
            vec![40.0],
        ),
        (
            "Trong nhiệm kỳ, huyện phấn đấu xây dựng 40 km đường giao thông nông thôn.",
            vec![40.0],
        ),
        (
            "Trong nhiệm kỳ, Đảng bộ xã phải kết nạp 60 đảng viên mới.",
            vec![60.0],
        ),
    ] {
        assert_eq!(values(text), want, "{text}");
    }
}

/// A market's swing ("dao động") is observed, and money per anything a
/// target does not count a sum against (a bunch, a kWp, a m2 a month) is a
/// price or a unit cost. Money per person, per year, per hectare is a
/// target's.
#[test]
fn market_swings_and_prices_per_thing_are_no_goal() {
    for text in [
        "Dịp Trung thu, giá bánh dao động từ 80.000 đồng đến 1,2 triệu đồng/hộp; lượng bán tăng khoảng 10%.",
        "Suất đầu tư trạm sạc hiện khoảng 6 - 8 triệu đồng/kW.",
        "Giá thuê mặt bằng tại chợ mới là 120.000 đồng/m2/tháng.",
    ] {
        assert_eq!(values(text), [] as [f64; 0], "{text}");
    }
    for (text, want) in [
        (
            "Thu nhập bình quân đầu người đạt 85 triệu đồng/người/năm.",
            vec![85.0],
        ),
        (
            "Giá trị sản xuất trên 1 ha đất trồng trọt đạt 180 triệu đồng/ha.",
            vec![180.0],
        ),
        (
            "Phấn đấu giá điện mặt trời mái nhà dưới 1.500 đồng/kWh.",
            vec![1500.0],
        ),
    ] {
        assert_eq!(values(text), want, "{text}");
    }
}

/// An allocation list names its unit once: an item after ';' that names a
/// unit, capitalised or after its kind in lower case ("phường Bắc Hà",
/// "xã Tân Lập"), takes the unit of the list's count. A number after other
/// words in lower case is no item of it.
#[test]
fn an_allocation_list_names_its_items_by_their_kind_too() {
    let t = all(
        "Năm 2026, giao Đảng bộ phường Nam Lý kết nạp 70 đảng viên; phường Bắc Hà 55; xã Tân Lập 40; Đảng bộ Quân sự tỉnh 25.",
    );
    let got: Vec<(f64, Option<&str>)> = t.iter().map(|t| (t.value, t.unit.as_deref())).collect();
    assert_eq!(
        got,
        [
            (70.0, Some("đảng viên")),
            (55.0, Some("đảng viên")),
            (40.0, Some("đảng viên")),
            (25.0, Some("đảng viên"))
        ]
    );
    assert_eq!(
        values(
            "Năm 2026, giao Đảng bộ phường Nam Lý kết nạp 70 đảng viên; tổ chức 3 lớp bồi dưỡng 150."
        ),
        [70.0]
    );
}

/// "doanh nghiệp nhỏ và vừa": "vừa" after "và" is medium, not "just now",
/// so the goals after it stay goals. "vừa" before a verb still tells what
/// was just done.
#[test]
fn small_and_medium_is_no_just_now() {
    assert_eq!(
        values(
            "Mỗi năm hỗ trợ 300 doanh nghiệp nhỏ và vừa đổi mới công nghệ; đến năm 2030 có 2.500 doanh nghiệp."
        ),
        [300.0, 2500.0]
    );
    assert_eq!(
        values("Huyện vừa khánh thành 3 trường học đạt chuẩn với tổng vốn 45 tỷ đồng."),
        [] as [f64; 0]
    );
}

/// A floor or a ceiling on an area or a length is a plan's ("diện tích cây
/// cao su không quá 15.000 ha"), never a fact about the place, which is
/// told plain ("diện tích tự nhiên 452 km2").
#[test]
fn a_bounded_area_is_no_fact_of_the_place() {
    assert_eq!(
        values("Diện tích lúa ổn định khoảng 30.000 ha; diện tích cây cao su không quá 15.000 ha."),
        [30000.0, 15000.0]
    );
    assert_eq!(
        values("Huyện có diện tích tự nhiên 452 km2, dân số khoảng 98.000 người."),
        [] as [f64; 0]
    );
}

/// Counts of the Party's organisations ("tổ chức đảng", not "tổ") and of
/// women ("phụ nữ", a person by sex as "hội viên" by role) are count
/// nouns; what is done "đối với" (towards) them is no enumeration of what
/// there is ("có ... với 5 xã").
#[test]
fn party_organisations_women_and_what_is_done_towards_them() {
    let t = all(
        "Năm 2027, Ủy ban Kiểm tra Huyện ủy kiểm tra đối với 4 tổ chức đảng, 9 đảng viên; hỗ trợ 300 phụ nữ vay vốn.",
    );
    let got: Vec<(f64, Option<&str>)> = t.iter().map(|t| (t.value, t.unit.as_deref())).collect();
    assert_eq!(
        got,
        [
            (4.0, Some("tổ chức đảng")),
            (9.0, Some("đảng viên")),
            (300.0, Some("phụ nữ"))
        ]
    );
    // What there is, with what: no goal.
    assert_eq!(values("Xã có 12 thôn với 4.300 hộ dân."), [] as [f64; 0]);
}

/// What a place or a work is: its population stated with "là" however far
/// from the word ("Dân số trung bình năm 2024 của huyện là ..."), a work's
/// size ("dung tích", "sức chứa"), and what all the country or the province
/// has ("cả nước có hơn ..."). A deadline or a threshold makes a plan.
#[test]
fn what_a_place_or_a_work_is_however_told() {
    for text in [
        "Dân số trung bình năm 2024 của huyện là 152.300 người.",
        "Hồ thủy lợi Sông Lũy có dung tích 128 triệu m3, tưới cho vùng hạ du.",
        "Sân vận động tỉnh có sức chứa 20.000 chỗ ngồi.",
        "Cả tỉnh có hơn 6.800 doanh nghiệp đang hoạt động.",
        // A sentence that opens on what the place is goes on telling it.
        "Dân số của phường năm 2025 là 24.100 người; tỷ lệ tăng dân số tự nhiên 0,9%.",
    ] {
        assert_eq!(values(text), [] as [f64; 0], "{text}");
    }
    for (text, want) in [
        ("Quy mô dân số đến năm 2030 là 1,6 triệu người.", vec![1.6]),
        (
            "Đến năm 2030, cả tỉnh có ít nhất 9.000 doanh nghiệp.",
            vec![9000.0],
        ),
        ("Tỷ lệ dân số tham gia bảo hiểm y tế là 95%.", vec![95.0]),
        (
            "Dân số đến năm 2030 khoảng 1,6 triệu người; tỷ lệ đô thị hóa đến năm 2030 đạt 45%.",
            vec![1.6, 45.0],
        ),
    ] {
        assert_eq!(values(text), want, "{text}");
    }
}

/// A figure cited from a source of data ("Theo số liệu thống kê", "Theo
/// báo cáo") is what was counted, not what is planned; a goal cue after
/// it, or a plan as the source, sets a goal still.
#[test]
fn figures_cited_from_a_source_of_data_report() {
    assert_eq!(
        values("Theo số liệu thống kê, dân số trung bình của huyện năm 2024 là 1,2 triệu người."),
        [] as [f64; 0]
    );
    assert_eq!(
        values("Theo báo cáo của Sở Tài chính, tổng chi đầu tư phát triển đạt 4.300 tỷ đồng."),
        [] as [f64; 0]
    );
    assert_eq!(
        values("Theo báo cáo, năm 2026 huyện phấn đấu thu ngân sách đạt 900 tỷ đồng."),
        [900.0]
    );
    assert_eq!(
        values("Theo kế hoạch, đến năm 2030 tỷ lệ đô thị hóa đạt 45%."),
        [45.0]
    );
}

/// A span of time is a target's figure after a measure of time with what
/// it measures between ("thời gian chờ khám bệnh dưới 45 phút"); a while
/// of the text, a condition's term or a time of day is none.
#[test]
fn spans_of_time_after_a_measure_of_time() {
    let t = one("Phấn đấu đến năm 2028, thời gian chờ khám bệnh ngoại trú dưới 45 phút.");
    assert_eq!(
        (t.value, t.unit.as_deref(), t.bound),
        (45.0, Some("phút"), Bound::Below)
    );
    assert_eq!(
        t.subject.as_deref(),
        Some("thời gian chờ khám bệnh ngoại trú")
    );
    let t = one("Số năm sống khỏe của người dân trong tỉnh đạt tối thiểu 67 năm.");
    assert_eq!(
        (t.value, t.unit.as_deref(), t.bound),
        (67.0, Some("năm"), Bound::AtLeast)
    );
    let t = one("Thời gian giải quyết thủ tục cấp phép xây dựng không quá 7 ngày làm việc.");
    assert_eq!((t.value, t.unit.as_deref()), (7.0, Some("ngày")));
    let t = one("Thời gian lưu trú của du khách từ 3 ngày trở lên.");
    assert_eq!((t.value, t.bound), (3.0, Bound::AtLeast));
    for none in [
        "Trong thời gian 5 năm tới, tỉnh tập trung phát triển du lịch biển.",
        "Ưu tiên cán bộ có trên 10 năm công tác tại vùng khó khăn.",
        "Thời hạn thuê nhà ở tối thiểu 5 năm kể từ ngày ký hợp đồng.",
        "Thời gian tiếp công dân từ 8 giờ 30 đến 16 giờ các ngày làm việc.",
        "Thời gian tiếp công dân từ 8 giờ đến 16 giờ.",
    ] {
        assert!(all(none).is_empty(), "{none}: {:#?}", all(none));
    }
}

/// A share that moves by points of itself ("giảm 2 điểm phần trăm", "tăng
/// 1,2 điểm %") moves in one unit, however printed.
#[test]
fn points_of_a_share_are_one_unit() {
    let t = one("Năm 2027, phấn đấu giảm 2 điểm phần trăm tỷ lệ hộ cận nghèo.");
    assert_eq!(
        (t.value, t.unit.as_deref(), t.bound),
        (2.0, Some("điểm phần trăm"), Bound::DecreaseBy)
    );
    let t = one("Tỷ lệ lao động có bằng cấp tăng 1,2 điểm % mỗi năm.");
    assert_eq!((t.value, t.unit.as_deref()), (1.2, Some("điểm phần trăm")));
    // A score is no share's points.
    assert!(all("Chỉ số hài lòng của người dân đạt 82 điểm.").is_empty());
}

/// Nouns whose first word counts alone too count whole: a factory is no
/// house, an economic zone no quarter; the "và" before the next figure is
/// no part of a noun.
#[test]
fn factories_and_economic_zones_count_whole() {
    let ts = all(
        "Đến năm 2032, có ít nhất 50 doanh nghiệp công nghệ số; xây dựng 2 nhà máy xử lý rác thải phát điện và 5 nhà máy nước sạch.",
    );
    let read: Vec<_> = ts[1..]
        .iter()
        .map(|t| (t.value, t.unit.as_deref(), t.subject.as_deref()))
        .collect();
    assert_eq!(
        read,
        [
            (
                2.0,
                Some("nhà máy"),
                Some("nhà máy xử lý rác thải phát điện")
            ),
            (5.0, Some("nhà máy"), Some("nhà máy nước sạch")),
        ]
    );
    let t = one("Phấn đấu hình thành ít nhất 1 khu kinh tế ven biển.");
    assert_eq!(t.unit.as_deref(), Some("khu kinh tế"));
    let t = one("Hỗ trợ xây dựng 300 nhà ở cho hộ nghèo.");
    assert_eq!(t.unit.as_deref(), Some("nhà"));
}

/// "từ N ... trở lên" with a word or two of the noun between the number
/// and "trở lên" is a lower bound, whatever the unit; a predicate between
/// them rates it instead.
#[test]
fn from_a_number_and_its_noun_onward_is_a_floor() {
    assert_eq!(
        bound("Mỗi năm có từ 12 sản phẩm OCOP trở lên được công nhận."),
        Bound::AtLeast
    );
    assert_eq!(
        bound("Mỗi khóa học có từ 20% học viên trở lên đạt loại giỏi."),
        Bound::AtLeast
    );
    // With no "từ", or "trở lên" far past the noun, no floor of its own.
    assert_eq!(
        bound("Phấn đấu mỗi năm có 12 sản phẩm OCOP được công nhận."),
        Bound::Exact
    );
    assert_eq!(
        bound("Phấn đấu từ 90% chi bộ được xếp loại hoàn thành tốt nhiệm vụ trở lên."),
        Bound::Exact
    );
}

/// "Ổn định", "duy trì" before an area set it as a plan, as a verb of
/// change does; an area stated of a place stays a fact.
#[test]
fn an_area_to_keep_is_a_plan_not_a_fact() {
    assert_eq!(
        values(
            "Ổn định diện tích chè khoảng 18.000 ha, trong đó diện tích chè giống mới đạt 9.000 ha."
        ),
        [18000.0, 9000.0]
    );
    assert_eq!(values("Duy trì diện tích lúa 42.000 ha."), [42000.0]);
    assert_eq!(
        values("Huyện có diện tích tự nhiên 520 km2, trong đó diện tích đất lúa 9.000 ha."),
        [] as [f64; 0]
    );
}

/// "có N/M chỉ tiêu đạt và vượt Nghị quyết đề ra; ...": the plan named
/// after a count of targets met is what was met, no goal cue, so the items
/// after it are results; a goal cue of their own still sets a goal.
#[test]
fn the_plan_a_count_of_targets_met_names_is_no_cue() {
    assert_eq!(
        values(
            "Năm qua, có 14/16 chỉ tiêu đạt và vượt kế hoạch đề ra; sản lượng lương thực đạt 410.000 tấn."
        ),
        [] as [f64; 0]
    );
    assert_eq!(
        values(
            "Có 14/16 chỉ tiêu đạt và vượt Nghị quyết; năm tới phấn đấu sản lượng lương thực đạt 420.000 tấn."
        ),
        [420000.0]
    );
}

/// After an achieved/target pair the sentence reviews the plan: a later
/// figure with no cue of its own is a result; one with a cue or a year of
/// its own is not.
#[test]
fn figures_after_an_achieved_target_pair_are_results() {
    assert_eq!(
        values(
            "Tỷ lệ trường đạt chuẩn quốc gia đạt 71% (chỉ tiêu Nghị quyết là 70%); tỷ lệ huy động trẻ 5 tuổi đến lớp đạt 99,8%."
        ),
        [70.0]
    );
    assert_eq!(
        values(
            "Tỷ lệ trường đạt chuẩn quốc gia đạt 71% (chỉ tiêu Nghị quyết là 70%); năm 2027 phấn đấu đạt 75%."
        ),
        [70.0, 75.0]
    );
    // No pair, no review: a plain list of goals.
    assert_eq!(
        values(
            "Tỷ lệ trường đạt chuẩn quốc gia đạt 71%; tỷ lệ huy động trẻ 5 tuổi đến lớp đạt 99,8%."
        ),
        [71.0, 99.8]
    );
}

/// A sentence that opens on an occasion or a season named with its year
/// ("Vụ Hè Thu 2024, ...", "Lễ hội ... năm 2024 ...") tells what it
/// brought; a cue, a modal or a deadline makes a plan of it, and so does
/// a year after the article's date.
#[test]
fn an_occasion_of_a_year_is_told() {
    for text in [
        "Vụ Hè Thu 2024, toàn huyện xuống giống 41.000 ha, năng suất đạt 58 tạ/ha.",
        "Lễ hội hoa xuân năm 2024 đón khoảng 120.000 lượt khách, doanh thu dịch vụ đạt 30 tỷ đồng.",
        "Đợt rét đậm rét hại năm 2023 - 2024 làm 1.200 con trâu, bò bị chết.",
    ] {
        assert_eq!(values(text), [] as [f64; 0], "{text}");
    }
    assert_eq!(
        values("Vụ Hè Thu 2026, toàn huyện phấn đấu xuống giống 41.000 ha."),
        [41000.0]
    );
    assert_eq!(
        values("Vụ Hè Thu 2026, toàn huyện phải xuống giống 41.000 ha."),
        [41000.0]
    );
    // Not an occasion: a count of cases.
    assert_eq!(
        values("Giảm 10% số vụ tai nạn giao thông so với năm 2025."),
        [10.0]
    );
    let published = chrono::NaiveDate::from_ymd_opt(2025, 11, 2).unwrap_or_default();
    let text = crate::normalize("Vụ Hè Thu 2026, toàn huyện xuống giống 41.000 ha.");
    let read: Vec<f64> = TargetReader::new(&text)
        .published(published)
        .map(|t| t.value)
        .collect();
    assert_eq!(read, [41000.0]);
}

/// "hơn" after "có", or as a later item of what there is, rounds a count
/// there is ("nơi có hơn 2 triệu dân"); "trên" or "ít nhất" sets a floor.
#[test]
fn more_than_rounds_what_there_is() {
    let t = one("Đến năm 2030, quy mô dân số của vùng đạt 6 triệu dân.");
    assert_eq!((t.value, t.unit.as_deref()), (6.0, Some("triệu dân")));
    for text in [
        "Tỉnh là cửa ngõ của vùng Tây Nguyên, nơi có hơn 6 triệu dân.",
        "Thị xã có 24 tổ chức cơ sở đảng, hơn 3.500 đảng viên.",
    ] {
        assert_eq!(values(text), [] as [f64; 0], "{text}");
    }
    assert_eq!(values("Mỗi xã có trên 50 hộ tham gia mô hình."), [50.0]);
    assert_eq!(values("Mỗi xã có ít nhất 50 hộ tham gia mô hình."), [50.0]);
}

/// Rates per population enumerated after "có" ("có 9 bác sĩ/vạn dân và
/// 28 giường bệnh/vạn dân") are all what there is; a floor still sets one.
#[test]
fn rates_per_population_enumerated_are_what_there_is() {
    assert_eq!(
        values("Hiện nay huyện có 9,6 bác sĩ/vạn dân và 28 giường bệnh/vạn dân."),
        [] as [f64; 0]
    );
    assert_eq!(
        values("Đến năm 2030, huyện có 12 bác sĩ/vạn dân và 35 giường bệnh/vạn dân."),
        [12.0, 35.0]
    );
}

/// The shares a breakdown of what there is gives ("Huyện có 14 dân tộc
/// cùng sinh sống, trong đó người Tày chiếm 48%, người Nùng chiếm 30%")
/// are facts too; the shares of a goal's breakdown are goals.
#[test]
fn shares_of_what_there_is_broken_down_are_facts() {
    assert_eq!(
        values(
            "Huyện có 14 dân tộc cùng sinh sống, trong đó người Tày chiếm 48%, người Nùng chiếm 30%."
        ),
        [] as [f64; 0]
    );
    assert_eq!(
        values(
            "Phấn đấu đến năm 2030 có 20.000 lao động được đào tạo, trong đó lao động nữ chiếm 40%."
        ),
        [20000.0, 40.0]
    );
    assert_eq!(
        values("Tỷ lệ lao động qua đào tạo đạt 75%, trong đó có bằng cấp, chứng chỉ chiếm 35%."),
        [75.0, 35.0]
    );
}

/// An aside opening on the budget's estimate after a result ("đạt 1.240
/// tỷ đồng (dự toán giao 1.100 tỷ đồng)") states the target the result
/// is measured against, as "(kế hoạch ...)" does; two items of a budget
/// ("dự toán thu ... , dự toán chi ...") are no pair.
#[test]
fn a_budget_estimate_in_an_aside_pairs_with_the_result() {
    let t =
        one("Thu ngân sách trên địa bàn ước đạt 1.240 tỷ đồng (dự toán tỉnh giao 1.100 tỷ đồng).");
    assert_eq!((t.value, t.achieved), (1100.0, Some(1240.0)));
    let t = all("Năm 2027, dự toán thu ngân sách huyện là 640 tỷ đồng, dự toán chi 910 tỷ đồng.");
    let got: Vec<(f64, Option<f64>)> = t.iter().map(|t| (t.value, t.achieved)).collect();
    assert_eq!(got, [(640.0, None), (910.0, None)]);
}

/// A year heading that commands with no subject ("Năm 2027, tăng thêm
/// ...; nâng tổng số ... lên N") sets the year's plan, and the total it
/// brings is the plan's; one that names who did it ("Năm 2024, toàn
/// huyện có thêm ..."), or a year before the article's date, reports.
#[test]
fn a_total_a_year_heading_commands_is_the_plan() {
    assert_eq!(
        values(
            "Năm 2027, tăng thêm 800 ha lúa chất lượng cao, 6 hợp tác xã kiểu mới; nâng tổng số hợp tác xã lên 45 hợp tác xã."
        ),
        [800.0, 6.0, 45.0]
    );
    assert_eq!(
        values("Năm 2024, toàn huyện có thêm 6 hợp tác xã, nâng tổng số lên 38 hợp tác xã."),
        [] as [f64; 0]
    );
    assert_eq!(
        values("Năm 2027, huyện tăng thêm 6 hợp tác xã, nâng tổng số lên 38 hợp tác xã."),
        [] as [f64; 0]
    );
    let published = chrono::NaiveDate::from_ymd_opt(2025, 11, 2).unwrap_or_default();
    let text =
        crate::normalize("Năm 2024, tăng thêm 6 hợp tác xã, nâng tổng số lên 38 hợp tác xã.");
    let read: Vec<f64> = TargetReader::new(&text)
        .published(published)
        .map(|t| t.value)
        .collect();
    assert_eq!(read, [] as [f64; 0]);
}

/// "mới đạt 41,2% so với mục tiêu 45%": the plan's own figure right after
/// it makes an achieved/target pair; a plan named with no figure measures
/// the result ("vượt 4% so với mục tiêu, ...").
#[test]
fn a_plan_stated_after_so_voi_pairs_with_the_result() {
    let t = one("Tỷ lệ che phủ rừng mới đạt 41,2% so với mục tiêu 45%.");
    assert_eq!((t.value, t.achieved), (45.0, Some(41.2)));
    assert_eq!(
        values(
            "Tổng vốn đầu tư đạt 5.200 tỷ đồng, vượt 4% so với mục tiêu, tăng 9% so với năm trước."
        ),
        [] as [f64; 0]
    );
}

/// "Không để xảy ra" before a count noun sets a zero ("không để xảy ra chi
/// bộ yếu kém"); before an event it counts nothing.
#[test]
fn none_to_let_happen_is_a_zero() {
    let t = one("Không để xảy ra chi bộ yếu kém, mất đoàn kết nội bộ.");
    assert_eq!((t.value, t.unit.as_deref()), (0.0, Some("chi bộ")));
    assert_eq!(
        values("Không để xảy ra cháy rừng lớn trong mùa khô."),
        [] as [f64; 0]
    );
}

/// A numeral in words with a scale ("hai mươi nghìn đoàn viên") reads as
/// the same in digits does ("20 nghìn đoàn viên"); a page's counter does not.
#[test]
fn numerals_in_words_take_their_scale() {
    let t = one("Toàn tỉnh phấn đấu kết nạp mới hai mươi nghìn đoàn viên.");
    assert_eq!(
        (t.value, t.unit.as_deref()),
        (20.0, Some("nghìn đoàn viên"))
    );
    let t = one("Đến năm 2030 thu hút ba nghìn hội viên tham gia tổ hợp tác.");
    assert_eq!((t.value, t.unit.as_deref()), (3.0, Some("nghìn hội viên")));
    assert_eq!(
        values("Bài viết đạt mười nghìn lượt xem sau một ngày."),
        [] as [f64; 0]
    );
}

/// Count nouns joined by commas make one unit before "và" ("12 công viên,
/// vườn hoa và ..."), and three or more before their modifier ("40 câu lạc
/// bộ, đội, nhóm tình nguyện"); "đội" and "nhóm" count only so joined.
#[test]
fn joined_count_nouns_make_one_unit() {
    let units = |text: &str| -> Vec<(f64, Option<String>)> {
        all(text).into_iter().map(|t| (t.value, t.unit)).collect()
    };
    assert_eq!(
        units("Phấn đấu xây dựng 12 công viên, vườn hoa và trồng 5.000 cây xanh."),
        [
            (12.0, Some("công viên, vườn hoa".to_string())),
            (5000.0, Some("cây xanh".to_string()))
        ]
    );
    assert_eq!(
        units("Thành lập mới 40 câu lạc bộ, đội, nhóm tình nguyện."),
        [(40.0, Some("câu lạc bộ, đội, nhóm".to_string()))]
    );
    for text in [
        "Nghị quyết đề ra 4 nhóm giải pháp trọng tâm.",
        "Hội thao có 30 đội tham gia ở 6 môn.",
    ] {
        assert_eq!(values(text), [] as [f64; 0], "{text}");
    }
}

/// A source cited after the figures, closing the sentence (", theo số liệu
/// của Cục Thống kê"), tells what was measured; a plan named so is no
/// source.
#[test]
fn a_source_cited_at_the_end_reports() {
    assert_eq!(
        values(
            "Tỷ lệ hộ nghèo năm 2023 là 4,2%, tuổi thọ trung bình 73 tuổi, theo số liệu của Cục Thống kê tỉnh."
        ),
        [] as [f64; 0]
    );
    assert_eq!(
        values("Tỷ lệ hộ nghèo đến năm 2030 dưới 2%, theo kế hoạch của tỉnh."),
        [2.0]
    );
}

/// Energy in tonnes of oil equivalent ("150 - 170 triệu TOE") is a measure
/// with its scale, not a bare scale read as money.
#[test]
fn tonnes_of_oil_equivalent_are_a_measure() {
    let t = one("Đến năm 2030, tổng cung năng lượng sơ cấp đạt khoảng 90 - 110 triệu TOE.");
    assert_eq!(
        (t.value, t.value_max, t.unit.as_deref()),
        (90.0, Some(110.0), Some("triệu toe"))
    );
    let t = one("Đến năm 2030, vốn đầu tư cho năng lượng đạt khoảng 90 - 110 triệu.");
    assert_eq!(t.unit.as_deref(), Some("triệu"));
}

/// A unit formed by merging others, in either word ("trên cơ sở sáp nhập",
/// "trên cơ sở nhập 2 phường"), tells what was merged; a plan founded on
/// something else still counts.
#[test]
fn units_merged_into_one_are_told() {
    for text in [
        "Phường Hòa An được thành lập trên cơ sở nhập 2 phường và 1 xã, có 14 khu phố.",
        "Xã mới được thành lập trên cơ sở sáp nhập 3 xã, có 22 thôn.",
    ] {
        assert_eq!(values(text), [] as [f64; 0], "{text}");
    }
    assert_eq!(
        values("Thành lập mới 3 hợp tác xã trên cơ sở liên kết các tổ hợp tác."),
        [3.0]
    );
}
