//! Quantities and units: numbers, count nouns, measures, money, per-units, numerals in words.

use super::*;

#[test]
fn per_units() {
    assert_eq!(one("tăng trưởng 8%/năm").per.as_deref(), Some("năm"));
    let t = one("GRDP đạt 3.500 USD/người/năm");
    assert_eq!(
        (t.unit.as_deref(), t.per.as_deref()),
        (Some("USD"), Some("người/năm"))
    );
    assert_eq!(one("năng suất lúa 62 tạ/ha").per.as_deref(), Some("ha"));
    // "/mỗi năm": each year, as "/năm".
    assert_eq!(
        one("Phấn đấu giải quyết việc làm cho 2.000 lao động/mỗi năm.")
            .per
            .as_deref(),
        Some("năm")
    );
    // Books a library holds per reader, not a village.
    let t = one("Phấn đấu đạt mức hưởng thụ bình quân 02 bản sách/người dân.");
    assert_eq!(
        (t.value, t.unit.as_deref(), t.per.as_deref()),
        (2.0, Some("bản sách"), Some("người dân"))
    );
    // A day and its night, spaced or dashed.
    for (text, per) in [
        (
            "Phấn đấu nâng công suất cấp nước lên 45.000 m3/ngày đêm",
            "ngày đêm",
        ),
        (
            "Phấn đấu nâng công suất cấp nước lên 45.000 m3/ngày-đêm",
            "ngày-đêm",
        ),
    ] {
        assert_eq!(one(text).per.as_deref(), Some(per), "{text}");
    }
    assert_eq!(
        one("thu ngân sách hằng năm tăng 9%").per.as_deref(),
        Some("năm")
    );
    assert_eq!(one("tỷ lệ che phủ rừng 45%").per, None);
    // Counts joined before a printed denominator share it.
    let ts = all("Đến năm 2030, có 12 bác sĩ và 35 giường bệnh/1 vạn dân.");
    assert_eq!(
        ts.iter().map(|t| t.per.as_deref()).collect::<Vec<_>>(),
        [Some("vạn dân"), Some("vạn dân")]
    );
    // An aside's yearly figure keeps its year to itself.
    let ts = all("Phấn đấu thu ngân sách đạt 2.400 tỷ đồng (bình quân mỗi năm tăng 10%).");
    assert_eq!(
        ts.iter()
            .map(|t| (t.value, t.per.as_deref()))
            .collect::<Vec<_>>(),
        [(2400.0, None), (10.0, Some("năm"))]
    );
    let ts = all("Phấn đấu thu ngân sách đạt 2.400 tỷ đồng (tăng 10%/năm).");
    assert_eq!(ts[0].per, None, "{ts:#?}");
}

#[test]
fn concentrations_over_a_volume() {
    for mu in ["µg", "μg"] {
        let t = one(&format!(
            "Đến năm 2030, nồng độ bụi mịn PM2.5 trung bình năm dưới 25 {mu}/m3"
        ));
        assert_eq!(
            (t.value, t.unit.as_deref(), t.per.as_deref(), t.bound),
            (25.0, Some("µg"), Some("m3"), Bound::Below)
        );
        // "PM2.5" is a name: no sentence ends inside it.
        assert_eq!(t.deadline_year, Some(2030));
    }
    let t = one("hàm lượng COD trong nước thải không quá 75 mg/l");
    assert_eq!(
        (t.unit.as_deref(), t.per.as_deref()),
        (Some("mg"), Some("l"))
    );
}

#[test]
fn pharmacists_by_their_degree_count_in_full() {
    let t = one("Đến năm 2030 đạt 3 dược sĩ đại học/vạn dân");
    assert_eq!(
        (t.unit.as_deref(), t.per.as_deref()),
        (Some("dược sĩ đại học"), Some("vạn dân"))
    );
}

#[test]
fn databases_count_in_full() {
    let t = one("Trong năm 2026, mỗi bộ, ngành hoàn thành 01 cơ sở dữ liệu chuyên ngành");
    assert_eq!((t.value, t.unit.as_deref()), (1.0, Some("cơ sở dữ liệu")));
}

#[test]
fn young_people_and_rooms_of_a_hotel_count() {
    let t = one("Phấn đấu mỗi năm thu hút 500 thanh niên tham gia tình nguyện");
    assert_eq!((t.value, t.unit.as_deref()), (500.0, Some("thanh niên")));
    let t = one("Đến năm 2030 có 3.000 buồng lưu trú đạt chuẩn");
    assert_eq!(
        (t.value, t.unit.as_deref()),
        (3000.0, Some("buồng lưu trú"))
    );
}

/// Parts of a count labelled in the parenthesis right after it, bare
/// ("(Quân đội 4.950, Công an 747)"), count in its unit; names
/// numbered ("(Dự án 1, Dự án 2)"), which add up to no count, do not.
#[test]
fn labelled_parts_in_parentheses_take_the_counts_unit() {
    let unit = || Some("thanh niên".to_string());
    assert_eq!(
        readings(
            "Năm 2026, tỉnh giao chỉ tiêu tuyển quân là 2.100 thanh niên (Lực lượng Quân đội 1.850, Lực lượng Công an 250)."
        ),
        [
            (2100.0, unit(), Bound::Exact),
            (1850.0, unit(), Bound::Exact),
            (250.0, unit(), Bound::Exact)
        ]
    );
    assert_eq!(
        values("Năm 2026, tỉnh phấn đấu hoàn thành 5 dự án (Dự án 1, Dự án 2)."),
        [5.0]
    );
}

/// A share told right after a word that numbers ("quý", "kỳ") is no
/// ordinal.
#[test]
fn a_share_after_a_numbering_word_is_a_quantity() {
    assert_eq!(
        values("Tỉnh phấn đấu giải quyết ngay trong quý 85% kiến nghị phát sinh."),
        [85.0]
    );
    assert!(values("Quý 3 năm 2025, tăng trưởng đạt 8%.").is_empty());
    assert_eq!(
        values("Phấn đấu hết nhiệm kỳ 100% các xóm, tổ dân phố đều có chi bộ đảng."),
        [100.0]
    );
    assert!(values("Kỳ họp thứ 9 thông qua 12 nghị quyết.").is_empty());
}

/// A range dashed with a non-breaking hyphen or a minus sign, as word
/// processors print it, is a range.
#[test]
fn ranges_dashed_by_any_hyphen() {
    for dash in ["\u{2010}", "\u{2011}", "\u{2012}", "\u{2212}"] {
        let t = one(&format!("Năm 2026, phấn đấu tăng tín dụng 12{dash}14%"));
        assert_eq!((t.value, t.value_max), (12.0, Some(14.0)), "{dash:?}");
    }
}

/// A bare number a later deadline gives after a figure ("..., đến năm
/// 2030 là 77") is the indicator's next milestone, in its unit.
#[test]
fn a_bare_milestone_after_a_figure_takes_its_unit() {
    assert_eq!(
        milestones(
            "Theo chỉ tiêu đề ra, đến năm 2025 tuổi thọ trung bình của người dân tỉnh là 74,5 tuổi, đến năm 2030 là 75."
        ),
        [
            (74.5, Some("tuổi".into()), Some(2025)),
            (75.0, Some("tuổi".into()), Some(2030))
        ]
    );
}

/// A zone is counted by its one-word noun, whatever kind follows it.
#[test]
fn zones_count_by_their_noun() {
    let t = one("Phấn đấu có ít nhất 04 vùng nông nghiệp ứng dụng công nghệ cao");
    assert_eq!(
        (t.value, t.unit.as_deref(), t.bound),
        (4.0, Some("vùng"), Bound::AtLeast)
    );
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
    // "đôla" written as one word.
    let t = one("Phấn đấu kim ngạch nhập khẩu đạt 820 triệu đôla Mỹ");
    assert_eq!((t.value, t.unit.as_deref()), (820.0, Some("triệu USD")));
}

/// Jobs counted as places of work keep the whole noun: "chỗ làm việc",
/// not "chỗ làm".
#[test]
fn places_of_work_are_counted_whole() {
    assert_eq!(
        one("Mỗi năm tạo thêm ít nhất 4.500 chỗ làm việc mới cho lao động nông thôn")
            .unit
            .as_deref(),
        Some("chỗ làm việc")
    );
}

#[test]
fn per_mille() {
    let t = one("Tỷ suất sinh thô giảm xuống dưới 15,50/00");
    assert_eq!((t.value, t.unit.as_deref()), (15.5, Some("‰")));
    assert_eq!(one("mức giảm sinh 0,2%0").unit.as_deref(), Some("‰"));
    assert_eq!(one("mức giảm sinh 0,3%o").unit.as_deref(), Some("‰"));
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
    // A noun of one concept in full, as "trung tâm logistics".
    assert_eq!(
        unit("Phấn đấu xây dựng 3 trung tâm dữ liệu").as_deref(),
        Some("trung tâm dữ liệu")
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
fn denominators_are_not_quantities() {
    let t = one("giá trị sản xuất trên 1 ha đất trồng trọt đạt 180 triệu đồng/ha/năm");
    assert_eq!((t.value, t.per.as_deref()), (180.0, Some("ha/năm")));
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
fn life_expectancy_is_a_quantity_ages_are_not() {
    let t = one("Tuổi thọ trung bình của người dân đạt 76 tuổi");
    assert_eq!((t.value, t.unit.as_deref()), (76.0, Some("tuổi")));
    assert!(
        all("Phấn đấu 100% người từ 80 tuổi trở lên được chúc thọ")
            .iter()
            .all(|t| t.value == 100.0)
    );
    // A sibling of a life expectancy is one, however far back its name.
    assert_eq!(
        years(
            "Đến năm 2025, phấn đấu tuổi thọ trung bình của người dân trong tỉnh là 74 tuổi và 75 tuổi vào năm 2030."
        ),
        [(74.0, Some(2025)), (75.0, Some(2030))]
    );
    assert_eq!(
        values("Phấn đấu 100% người cao tuổi từ 75 tuổi và 80 tuổi được chúc thọ."),
        [100.0]
    );
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
fn visits_count_but_page_counters_do_not() {
    let t = one("Lượng khách du lịch đến năm 2030 đạt 3 triệu lượt.");
    assert_eq!((t.value, t.unit.as_deref()), (3.0, Some("triệu lượt")));
    assert!(all("Tin đã đăng: 25/11/2025 | 1.024 lượt xem").is_empty());
    assert!(all("Bài viết có 2.350 lượt đọc và 45 lượt chia sẻ.").is_empty());
    assert!(all("Số lượt truy cập: 1,2 triệu lượt xem").is_empty());
}

/// Visits counted bare, with no scale, count when the words before name
/// the visitors: the parts of a goal's number of tourists, each told
/// with no verb. A page's counter names none.
#[test]
fn visits_of_named_visitors_count_bare() {
    let ts = all(
        "Phấn đấu đến năm 2025, tổng lượng khách du lịch đạt 5.250.000 lượt, \
         trong đó khách quốc tế 320.000 lượt, khách nội địa 4.930.000 lượt.",
    );
    let read: Vec<_> = ts
        .iter()
        .map(|t| (t.value, t.unit.as_deref(), t.subject.as_deref()))
        .collect();
    assert_eq!(
        read,
        [
            (5_250_000.0, Some("lượt"), Some("tổng lượng khách du lịch")),
            (320_000.0, Some("lượt"), Some("khách quốc tế")),
            (4_930_000.0, Some("lượt"), Some("khách nội địa")),
        ]
    );
    assert!(all("Lượt xem: 516 lượt").is_empty());
    assert!(all("Phấn đấu đến năm 2025, bài viết có 516 lượt.").is_empty());
    // A range of visits names its visitors before its first number.
    let t = one("Đến năm 2035, lượng hành khách qua cảng đạt từ 80.000-120.000 lượt.");
    assert_eq!(
        (t.value, t.value_max, t.unit.as_deref()),
        (80_000.0, Some(120_000.0), Some("lượt"))
    );
}

/// "cơ sở" before a count noun counts establishments of that kind, in
/// full; alone, establishments of no named kind.
#[test]
fn establishments_count_with_their_kind() {
    let units =
        |text: &str| -> Vec<String> { all(text).into_iter().filter_map(|t| t.unit).collect() };
    assert_eq!(
        units("Phấn đấu có 50 cơ sở khách sạn được xếp hạng sao."),
        ["cơ sở khách sạn"]
    );
    assert_eq!(units("Phấn đấu có 50 cơ sở được xếp hạng sao."), ["cơ sở"]);
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
fn houses_are_counted_as_printed() {
    for (text, unit) in [
        // "căn" is the classifier; the house is what it counts.
        (
            "Hỗ trợ xây mới, sửa chữa 2.000 căn nhà cho hộ nghèo.",
            "căn",
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
fn citizens_called_up_are_counted() {
    let t =
        one("Trong năm 2026, HĐND tỉnh giao chỉ tiêu tuyển chọn và gọi 1.800 công dân nhập ngũ.");
    assert_eq!((t.value, t.unit.as_deref()), (1800.0, Some("công dân")));
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
fn count_nouns_of_sector_plans_and_centimetres() {
    let units = |text: &str| {
        all(text)
            .into_iter()
            .map(|t| (t.value, t.unit.unwrap_or_default(), t.per))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        units("Phấn đấu mỗi năm có 3 tác giả đạt giải thưởng văn học."),
        [(3.0, "tác giả".into(), Some("năm".into()))]
    );
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
        units("Đến năm 2030, thành phố sẽ có 21 bác sĩ và 35 y tá trên 10.000 dân.")
            .iter()
            .map(|u| u.1.as_str())
            .collect::<Vec<_>>(),
        ["bác sĩ", "y tá"]
    );
    assert_eq!(
        units(
            "Giới thiệu ít nhất 3.000 đoàn viên ưu tú; tổ chức 2 hội chợ; nâng cấp 45 tuyến hẻm; hoàn thành 4 tuyến metro."
        )
        .iter()
        .map(|u| u.1.as_str())
        .collect::<Vec<_>>(),
        ["đoàn viên", "hội chợ", "tuyến hẻm", "tuyến metro"]
    );
    // Those trained to join the Party are a person category of their own.
    assert_eq!(
        units("Phấn đấu năm 2026 bồi dưỡng trên 450 quần chúng ưu tú cho Đảng.")
            .iter()
            .map(|u| u.1.as_str())
            .collect::<Vec<_>>(),
        ["quần chúng ưu tú"]
    );
    assert_eq!(
        units("Tỷ số giới tính khi sinh dưới 109 bé trai/100 bé gái."),
        [(109.0, "bé trai".into(), Some("100 bé gái".into()))]
    );
    assert_eq!(
        units("Phấn đấu tỷ số giới tính khi sinh 110 trẻ trai/100 trẻ gái."),
        [(110.0, "trẻ trai".into(), Some("100 trẻ gái".into()))]
    );
    assert_eq!(
        units("Phấn đấu tỷ số giới tính khi sinh 107 trẻ sơ sinh trai/100 trẻ sơ sinh gái."),
        [(
            107.0,
            "trẻ sơ sinh trai".into(),
            Some("100 trẻ sơ sinh gái".into())
        )]
    );
    assert_eq!(
        units("Chiều cao trung bình của thanh niên 18 tuổi: nam 168,5 cm, nữ 157,5 cm."),
        [(168.5, "cm".into(), None), (157.5, "cm".into(), None)]
    );
    // What a hotel has stays what there is, not a goal.
    assert!(all("Khách sạn 5 sao có 356 phòng, đi vào hoạt động từ tháng 6/2026.").is_empty());
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
        ["thanh niên", "hội viên"]
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
        "Đoàn thể thao tỉnh giành 12 cúp tại Đại hội.",
        "Theo Nghị quyết, giai đoạn 31-36 tỉnh phấn đấu thu hút 5 dự án.",
    ] {
        assert!(
            all(text).iter().all(|t| !matches!(
                t.unit.as_deref(),
                Some("đột phá" | "khán giả" | "tiêu chí" | "cúp" | "tỉnh phấn")
            )),
            "{text}: {:?}",
            all(text)
        );
    }
}

/// Counts of the Party's organisations ("tổ chức đảng", not "tổ") and of
/// women ("phụ nữ", a person by sex as "hội viên" by role) are count
/// nouns; what is done "đối với" (towards) them is no enumeration of what
/// there is ("có ... với 5 xã").
#[test]
fn party_organisations_women_and_what_is_done_towards_them() {
    let t = all(
        "Năm 2027, Ủy ban Kiểm tra Huyện ủy sẽ kiểm tra đối với 4 tổ chức đảng, 9 đảng viên; hỗ trợ 300 phụ nữ vay vốn.",
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
    assert_eq!((t.value, t.unit.as_deref()), (7.0, Some("ngày làm việc")));
    let t = one("Thời gian lưu trú của du khách từ 3 ngày trở lên.");
    assert_eq!((t.value, t.bound), (3.0, Bound::AtLeast));
    // A range of a span, the stay its own measure.
    let t = one("Các chỉ tiêu chủ yếu gồm: lưu trú bình quân 4–5 ngày.");
    assert_eq!(
        (t.value, t.value_max, t.unit.as_deref()),
        (4.0, Some(5.0), Some("ngày"))
    );
    for none in [
        "Trong thời gian 5 năm tới, tỉnh tập trung phát triển du lịch biển.",
        "Ưu tiên cán bộ có trên 10 năm công tác tại vùng khó khăn.",
        "Thời hạn thuê nhà ở tối thiểu 5 năm kể từ ngày ký hợp đồng.",
        "Thời gian tiếp công dân từ 8 giờ 30 đến 16 giờ các ngày làm việc.",
        "Thời gian tiếp công dân từ 8 giờ đến 16 giờ.",
        "Lễ hội diễn ra trong 3-5 ngày.",
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
    // A score is no share's points: an index's own.
    let t = one("Chỉ số hài lòng của người dân đạt 82 điểm.");
    assert_eq!((t.value, t.unit.as_deref()), (82.0, Some("điểm")));
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
    // So does none to arise ("không phát sinh"), before a count noun only.
    assert_eq!(
        readings("Đến năm 2030, không còn hộ cận nghèo, không phát sinh hộ nghèo."),
        [
            (0.0, Some("hộ".into()), Bound::Exact),
            (0.0, Some("hộ".into()), Bound::Exact)
        ]
    );
    assert_eq!(
        values("Phấn đấu không phát sinh nợ đọng xây dựng cơ bản mới."),
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

/// Energy in tonnes of oil equivalent ("150 - 170 triệu TOE") is a measure
/// with its scale, not a bare scale read as money.
#[test]
fn tonnes_of_oil_equivalent_are_a_measure() {
    let t = one("Đến năm 2030, tổng cung năng lượng sơ cấp đạt khoảng 90 - 110 triệu TOE.");
    assert_eq!(
        (t.value, t.value_max, t.unit.as_deref()),
        (90.0, Some(110.0), Some("triệu TOE"))
    );
    let t = one("Đến năm 2030, vốn đầu tư cho năng lượng đạt khoảng 90 - 110 triệu.");
    assert_eq!(t.unit.as_deref(), Some("triệu đồng"));
}

/// Greenhouse gases are measured in tonnes of CO2 or its equivalent, the
/// gas part of the unit; emissions brought to zero are a zero in no unit.
#[test]
fn greenhouse_gases_in_tonnes_of_co2_and_net_zero() {
    assert_eq!(
        milestones(
            "Đến năm 2035, lượng phát thải của ngành xi măng không vượt quá 60 triệu tấn CO2tđ."
        ),
        [(60.0, Some("triệu tấn CO2tđ".into()), Some(2035))]
    );
    assert_eq!(
        milestones("Phấn đấu mỗi năm giảm 2,5 triệu tấn CO2 tương đương."),
        [(2.5, Some("triệu tấn CO2 tương đương".into()), None)]
    );
    assert_eq!(
        milestones("Tỉnh cam kết đưa phát thải khí nhà kính ròng về 0 vào năm 2050."),
        [(0.0, None, Some(2050))]
    );
    // A zero of anything else, or a bare number, is still no quantity.
    assert!(all("Phấn đấu đến năm 2050 số vụ cháy rừng bằng 0.").is_empty());
}

#[test]
fn parts_of_a_plan_counted_in_its_outline_are_no_targets() {
    assert!(all("Kế hoạch gồm 7 nhiệm vụ trọng tâm và 28 nhiệm vụ cụ thể.").is_empty());
    assert!(all("Kế hoạch gồm 5 nhiệm vụ, 31 chỉ tiêu cụ thể đến năm 2030.").is_empty());
    // Tasks of research to carry out are counted.
    assert_eq!(
        one("Phấn đấu triển khai 25 nhiệm vụ khoa học và công nghệ")
            .unit
            .as_deref(),
        Some("nhiệm vụ")
    );
    // Heritage counts.
    assert_eq!(
        one("Phấn đấu số hóa 3D tối thiểu 40 di tích tiêu biểu.")
            .unit
            .as_deref(),
        Some("di tích")
    );
}

/// A centre named for what it does ("trung tâm logistics") and passengers
/// carried ("lượt hành khách") count in full; passengers counted bare, as
/// news of an accident counts them, are no unit of a plan.
#[test]
fn logistics_centres_and_passengers_carried_count_in_full() {
    let t = one("Đến năm 2030, xây dựng 3 trung tâm logistics cấp tỉnh.");
    assert_eq!(t.unit.as_deref(), Some("trung tâm logistics"));
    let t = one("Năm 2026, cảng hàng không phấn đấu phục vụ 4,5 triệu lượt hành khách.");
    assert_eq!(t.unit.as_deref(), Some("triệu lượt hành khách"));
    assert!(all("Xe khách lật trên đèo khiến 12 hành khách bị thương.").is_empty());
}

#[test]
fn a_count_noun_that_opens_another_word_counts_nothing() {
    // "tổ chức": held, not teams; the games' number is its name.
    assert_eq!(
        values("Đoàn đặt mục tiêu giành 60 huy chương vàng tại Đại hội 11 tổ chức ở Hà Nội."),
        [60.0]
    );
    let t = one("Phấn đấu thành lập 11 tổ hợp tác.");
    assert_eq!((t.value, t.unit.as_deref()), (11.0, Some("tổ hợp tác")));
}

/// "con số" before a number is "the figure", no numbered thing ("số 12"):
/// the figure reached is a target, its words no part of the subject.
#[test]
fn the_figure_reached_is_no_ordinal() {
    let t = one("Phấn đấu vận động Quỹ khuyến học đạt con số 25 tỷ đồng.");
    assert_eq!(
        (t.value, t.unit.as_deref(), t.subject.as_deref()),
        (25.0, Some("tỷ đồng"), Some("vận động Quỹ khuyến học"))
    );
}

/// Hectares, cubic and square metres spelt out are those units, after a
/// scale word too.
#[test]
fn hectares_spelt_out_are_hectares() {
    assert_eq!(
        units(
            "Phấn đấu giữ ổn định 48 nghìn héc ta lúa, trồng mới 1.500 hécta rừng và 300 héc-ta chè."
        ),
        [
            (48.0, Some("nghìn ha".to_string())),
            (1500.0, Some("ha".to_string())),
            (300.0, Some("ha".to_string()))
        ]
    );
    // So are cubic and square metres.
    assert_eq!(
        units(
            "Phấn đấu khai thác 2,4 triệu mét khối gỗ rừng trồng, xây dựng 60.000 mét vuông nhà ở."
        ),
        [
            (2.4, Some("triệu m3".to_string())),
            (60000.0, Some("m2".to_string()))
        ]
    );
}

/// Units of a grid and a network ("MVA", "Gb/s", "Mb/s") are measures; a
/// line's voltage ("500 kV") is no quantity.
#[test]
fn transformer_capacity_and_network_speeds_are_measures() {
    let t = one("Đến năm 2028, lắp đặt thêm 3.500 MVA công suất trạm biến áp 220 kV.");
    assert_eq!((t.value, t.unit.as_deref()), (3500.0, Some("MVA")));
    let ts = all(
        "Tốc độ mạng cáp quang đạt tối thiểu 2 Gb/s, mạng di động đạt tối thiểu 80 Mb/s vào năm 2029.",
    );
    let units: Vec<_> = ts.iter().map(|t| t.unit.as_deref()).collect();
    assert_eq!(units, [Some("Gb/s"), Some("Mb/s")]);
    assert!(all("Đến năm 2030, xây dựng mới đường dây 500 kV mạch 3.").is_empty());
}

/// A range written in words counts its noun as one in digits does; a
/// range of years in words is no count.
#[test]
fn a_range_in_words_counts_its_noun() {
    let t = one("Mỗi xã phấn đấu xây dựng từ hai đến ba mô hình kinh tế tập thể.");
    assert_eq!(
        (t.value, t.value_max, t.bound, t.unit.as_deref()),
        (2.0, Some(3.0), Bound::Range, Some("mô hình"))
    );
    assert!(all("Trong hai đến ba năm tới, tỉnh sẽ hoàn thiện hạ tầng.").is_empty());
}

/// Accounts, agreements, banks of one kind, households and reservoirs are
/// counted with their nouns as printed.
#[test]
fn accounts_agreements_banks_and_reservoirs_count_with_their_nouns() {
    let t = one("Phấn đấu đến năm 2027 có 4 triệu tài khoản giao dịch chứng khoán.");
    assert_eq!(t.unit.as_deref(), Some("triệu tài khoản"));
    let t = one("Phấn đấu ký kết thêm hai hiệp định thương mại song phương.");
    assert_eq!((t.value, t.unit.as_deref()), (2.0, Some("hiệp định")));
    let t =
        one("Đến năm 2030, có ít nhất hai ngân hàng thương mại được xếp hạng tín nhiệm quốc tế.");
    assert_eq!(
        (t.value, t.unit.as_deref()),
        (2.0, Some("ngân hàng thương mại"))
    );
    let t = one("Năm 2027, phấn đấu bố trí tái định cư cho 800 hộ dân vùng ven sông.");
    assert_eq!(t.unit.as_deref(), Some("hộ dân"));
    let t = one("Đến năm 2030, nâng cấp ba hồ chứa nước xung yếu.");
    assert_eq!((t.value, t.unit.as_deref()), (3.0, Some("hồ chứa nước")));
    // Agreements already in force are counted in a report.
    assert!(all("Hiện cả nước đã tham gia 16 hiệp định thương mại tự do.").is_empty());
}

/// Cases of a disease and sets of a thing are counted with their nouns;
/// cases reported against the same period are no target.
#[test]
fn cases_and_sets_are_count_nouns() {
    let t = one("Năm 2027, khống chế tỷ lệ mắc lao dưới 90 ca/100.000 dân.");
    assert_eq!(
        (t.value, t.unit.as_deref(), t.per.as_deref()),
        (90.0, Some("ca"), Some("100.000 dân"))
    );
    let t = one("Năm 2027, lắp đặt 1.200 bộ thiết bị cảnh báo lũ sớm.");
    assert_eq!((t.value, t.unit.as_deref()), (1200.0, Some("bộ")));
    assert!(
        all("Trong tháng, toàn tỉnh ghi nhận 215 ca mắc sởi, giảm 20% so với cùng kỳ.").is_empty()
    );
}

/// Branches of a union or an association and farmers are counted as
/// "chi bộ" and "thanh niên" are, in a list past the verb too; so are
/// unions of cooperatives and visits by the public.
#[test]
fn branches_and_farmers_are_count_nouns() {
    assert_eq!(
        units(
            "Phấn đấu thành lập mới 20 hợp tác xã, 6 chi Hội nông dân nghề nghiệp, \
             10 chi đoàn; tập huấn cho 1.300 nông dân xuất sắc."
        ),
        [
            (20.0, Some("hợp tác xã".to_string())),
            (6.0, Some("chi hội".to_string())),
            (10.0, Some("chi đoàn".to_string())),
            (1300.0, Some("nông dân".to_string())),
        ]
    );
    // Unions of cooperatives, named in full.
    assert_eq!(
        units("Phấn đấu có 02 liên hiệp hợp tác xã với 10 hợp tác xã thành viên."),
        [
            (2.0, Some("liên hiệp hợp tác xã".to_string())),
            (10.0, Some("hợp tác xã".to_string())),
        ]
    );
    // Visits by the public, named in full.
    assert_eq!(
        units("Phấn đấu có 40 triệu lượt người dân sử dụng Sổ sức khỏe điện tử."),
        [(40.0, Some("triệu lượt người dân".to_string()))]
    );
}

/// A figure whose unit is a scale word alone ("16 nghìn" of "gần 16 nghìn
/// đại biểu") counts a noun left unread: no target.
#[test]
fn a_bare_scale_is_no_target() {
    for text in [
        "Hội nghị được kết nối với gần 16 nghìn đại biểu tham dự.",
        "Phấn đấu trồng mới hơn 35 nghìn gốc sâm Ngọc Linh.",
    ] {
        assert!(all(text).is_empty(), "{text}: {:#?}", all(text));
    }
    assert_eq!(
        units("Phấn đấu đón 35 nghìn lượt khách."),
        [(35.0, Some("nghìn lượt khách".to_string()))]
    );
}

/// A number right after a verb that makes, holds or serves what it counts
/// counts the verb's object, a noun the lexicon may lack; after a verb that
/// names or chooses, or with no verb, it counts nothing.
#[test]
fn a_verb_that_makes_or_serves_counts_its_object() {
    let t = one("Năm 2027, phường phấn đấu lắp mới 360 cột đèn chiếu sáng trên các tuyến hẻm.");
    assert_eq!((t.value, t.unit.as_deref()), (360.0, Some("cột đèn")));
    let t = one("Phấn đấu mỗi năm tổ chức 4 liên hoan văn nghệ quần chúng.");
    assert_eq!((t.value, t.unit.as_deref()), (4.0, Some("liên hoan")));
    let t = one("Mục tiêu đến năm 2030 hỗ trợ 800 thanh niên nông thôn học nghề.");
    assert_eq!((t.value, t.unit.as_deref()), (800.0, Some("thanh niên")));
    // Its adverb of new or more may stand before the number.
    let t = one("Thanh niên thành phố phấn đấu xây dựng mới 100 sân chơi cho trẻ em.");
    assert_eq!((t.value, t.unit.as_deref()), (100.0, Some("sân chơi")));
    let t = one("Phấn đấu đào tạo thêm 50 y tá.");
    assert_eq!((t.value, t.unit.as_deref()), (50.0, Some("y tá")));
    for text in [
        "Đại hội xác định 4 đột phá chiến lược và 5 nhiệm vụ trọng tâm.",
        "Huyện xây dựng mới 100 sân chơi cho trẻ em.",
        "Phấn đấu đến năm 2030, Quốc lộ 14 đoạn qua tỉnh được mở rộng.",
        // No goal sets the verb: a report of what was held.
        "Huyện tổ chức 12 liên hoan văn nghệ quần chúng.",
    ] {
        assert!(all(text).is_empty(), "{text}: {:?}", all(text));
    }
    // A noun the lexicon starts is its own to read: visits of ships.
    let t = one("Phấn đấu năm 2027 đón 1.900 lượt tàu.");
    assert_eq!((t.value, t.unit.as_deref()), (1900.0, Some("lượt tàu")));
}

/// "năm" is five where a count stands, after a word of a list or a bound
/// and before a noun the lexicon counts; after a word of time it is the
/// year.
#[test]
fn nam_is_five_where_a_count_stands() {
    assert_eq!(
        units(
            "Phấn đấu đến năm 2030 có hai phường đạt chuẩn đô thị văn minh, năm xã đạt chuẩn nông thôn mới kiểu mẫu."
        ),
        [
            (2.0, Some("phường".to_string())),
            (5.0, Some("xã".to_string()))
        ]
    );
    let t = one("Đến năm 2030, có ít nhất năm doanh nghiệp công nghệ số quy mô lớn.");
    assert_eq!(
        (t.value, t.unit.as_deref(), t.bound),
        (5.0, Some("doanh nghiệp"), Bound::AtLeast)
    );
    for text in [
        "Phấn đấu đến năm 2030 có 12 xã đạt chuẩn; trong năm xã trồng mới 40 ha rừng.",
        "Hằng năm xã tổ chức 2 hội thi văn nghệ quần chúng theo kế hoạch năm 2027.",
    ] {
        assert!(
            all(text).iter().all(|t| t.value != 5.0),
            "{text}: {:?}",
            all(text)
        );
    }
}

/// People named by a compound noun count in full ("người khuyết tật"),
/// a verb after "người" does not ("người đi làm việc"); working days are
/// one span of time, where a measure of time names them.
#[test]
fn compound_nouns_of_people_and_working_days_count_in_full() {
    let t = one("Mỗi năm tạo việc làm cho ít nhất 800 người khuyết tật.");
    assert_eq!(
        (t.value, t.unit.as_deref()),
        (800.0, Some("người khuyết tật"))
    );
    let t = one("Phấn đấu mỗi năm đưa 2.500 người đi làm việc ở nước ngoài.");
    assert_eq!((t.value, t.unit.as_deref()), (2500.0, Some("người")));
    let t = one("Thời gian cấp giấy phép xây dựng không quá 7 ngày làm việc.");
    assert_eq!((t.value, t.unit.as_deref()), (7.0, Some("ngày làm việc")));
    assert!(all("Kỳ họp bế mạc sau 4 ngày làm việc, thông qua 25 nghị quyết.").is_empty());
}

/// A number in words counts a noun the lexicon lacks where digits would:
/// after a floor or a ceiling, or a verb that makes what it counts under a
/// goal cue; "năm" after such a verb is five.
#[test]
fn numbers_in_words_count_what_digits_would() {
    let t = one("Mỗi năm tổ chức ít nhất hai hội thi văn nghệ quần chúng cấp tỉnh.");
    assert_eq!(
        (t.value, t.unit.as_deref(), t.bound),
        (2.0, Some("hội thi"), Bound::AtLeast)
    );
    assert_eq!(values("Phấn đấu tổ chức ba hội thi cấp tỉnh."), [3.0]);
    assert!(all("Huyện đã tổ chức ba hội thi cấp tỉnh.").is_empty());
    let t = one("Trong năm 2027, xây dựng năm mô hình kinh tế tập thể.");
    assert_eq!((t.value, t.unit.as_deref()), (5.0, Some("mô hình")));
}

/// "đồng chí" is no money: members counted as comrades are a count, and a
/// council's members elected are none of a goal's.
#[test]
fn comrades_are_counted_not_paid() {
    let t = one("Phấn đấu đến cuối nhiệm kỳ tổng số đảng viên đạt trên 9.500 đồng chí.");
    assert_eq!(
        (t.value, t.unit.as_deref(), t.bound),
        (9500.0, Some("đồng chí"), Bound::Above)
    );
    assert!(all("Đại hội đã bầu 47 đồng chí vào Ban Chấp hành Đảng bộ tỉnh.").is_empty());
}

/// Administrative units joined by commas are one kind of place whatever
/// follows ("40 thôn, bản đạt chuẩn"); a name after them is the last
/// one's, and other kinds joined as two may be a list.
#[test]
fn joined_administrative_units_are_one_kind_of_place() {
    let t = one("Phấn đấu có thêm 25 thôn, bản đạt chuẩn nông thôn mới.");
    assert_eq!((t.value, t.unit.as_deref()), (25.0, Some("thôn, bản")));
    let t = one("Phấn đấu có thêm 3 xã, phường Tân An đạt chuẩn.");
    assert_eq!(t.unit.as_deref(), Some("xã"));
    // Towns too.
    let t = one("Phấn đấu có 9/12 huyện, thành phố, thị xã đạt chuẩn nông thôn mới.");
    assert_eq!(t.unit.as_deref(), Some("huyện, thành phố, thị xã"));
}

/// The points and the ranks of an index count after the index, named by its
/// word or its initials, in parentheses too; a stock index's points do not.
#[test]
fn points_and_ranks_of_an_index() {
    assert_eq!(
        readings(
            "Phấn đấu năm 2026, Chỉ số cải cách hành chính (PAR Index) của tỉnh đạt từ 90 điểm trở lên; chỉ số PCI tăng ít nhất 3 bậc so với năm 2025."
        ),
        [
            (90.0, Some("điểm".into()), Bound::AtLeast),
            (3.0, Some("bậc".into()), Bound::AtLeast)
        ]
    );
    assert_eq!(
        readings(
            "Mục tiêu nâng Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) đạt trên 45 điểm."
        ),
        [(45.0, Some("điểm".into()), Bound::Above)]
    );
    assert!(all("Phấn đấu VN-Index tăng 100 điểm.").is_empty());
    // A series on one index goes past its figures and commas: a result
    // and the goal it fell short of are a pair.
    assert_eq!(
        pairs("Chỉ số PAR Index năm 2024 đạt 87,4 điểm, chưa đạt mục tiêu 88 điểm."),
        [(88.0, None, Bound::Exact, Some(87.4))]
    );
    assert_eq!(
        readings("Phấn đấu năm 2026 chỉ số PCI đạt 70 điểm, tăng 3 bậc."),
        [
            (70.0, Some("điểm".into()), Bound::Exact),
            (3.0, Some("bậc".into()), Bound::IncreaseBy)
        ]
    );
}

/// A restating aside may round its figure ("(tương đương khoảng 36.000
/// người)"), and a housing estate to build counts whole.
#[test]
fn a_rounded_restatement_and_a_housing_estate() {
    assert_eq!(
        readings(
            "Đến năm 2030, hoàn thành một khu nhà ở công nhân, đáp ứng khoảng 50% nhu cầu nhà ở của công nhân (tương đương khoảng 36.000 người)."
        ),
        [
            (1.0, Some("khu nhà ở".into()), Bound::Exact),
            (50.0, Some("%".into()), Bound::About),
            (36_000.0, Some("người".into()), Bound::About)
        ]
    );
}

#[test]
fn count_nouns_in_quotes_after_scales_and_named_again() {
    let units = |text: &str| {
        all(text)
            .into_iter()
            .map(|t| (t.value, t.unit.unwrap_or_default()))
            .collect::<Vec<_>>()
    };
    // A house a union builds, named in quotes as printed.
    assert_eq!(
        units("Phấn đấu xây dựng mới 30 “Mái ấm tình thương” cho hội viên nghèo."),
        [(30.0, "mái ấm tình thương".to_string())]
    );
    // Passengers and files after a scale.
    assert_eq!(
        units("Đến năm 2030, cảng hàng không đạt công suất 10 triệu hành khách/năm."),
        [(10.0, "triệu hành khách".to_string())]
    );
    // A kind of "khu" counted again alone, in an aside.
    assert_eq!(
        units("Đến năm 2030, phấn đấu 50% khu dân cư (18 khu) đạt chuẩn kiểu mẫu."),
        [(50.0, "%".to_string()), (18.0, "khu".to_string())]
    );
    // Compounds of "phòng" and "cơ sở" in full.
    assert_eq!(
        units("Phấn đấu có thêm ít nhất 3 cơ sở lưu trú đạt chuẩn 5 sao, 10 phòng thí nghiệm."),
        [
            (3.0, "cơ sở lưu trú".to_string()),
            (10.0, "phòng thí nghiệm".to_string())
        ]
    );
}

#[test]
fn visits_reached_count_without_a_scale() {
    let t = &all(
        "Năm 2026, phấn đấu đón 6 triệu lượt khách, trong đó khách quốc tế đạt \
                  450.000 lượt.",
    )[1];
    assert_eq!((t.value, t.unit.as_deref()), (450_000.0, Some("lượt")));
    // A page's counter is none.
    assert!(all("Số lượt xem: 516 lượt").is_empty());
}

#[test]
fn containers_data_centres_and_heritage_count() {
    let units = |text: &str| {
        all(text)
            .into_iter()
            .map(|t| t.unit.unwrap_or_default())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        units(
            "Phấn đấu đến năm 2030, sản lượng container đạt 3,5-4 triệu TEU; xây dựng 1 trung tâm dữ liệu; hai di sản được UNESCO ghi danh; khoảng 30 cảng hàng không được khai thác."
        ),
        [
            "triệu TEU",
            "trung tâm dữ liệu",
            "di sản",
            "cảng hàng không"
        ]
    );
}

#[test]
fn numerals_of_many_words_count_any_noun() {
    assert_eq!(
        readings(
            "Giao chỉ tiêu giảm nghèo năm 2027: xã Yên Hòa một trăm mười hộ, xã Tân Lập bảy mươi lăm hộ."
        ),
        [
            (110.0, Some("hộ".to_string()), Bound::Exact),
            (75.0, Some("hộ".to_string()), Bound::Exact)
        ]
    );
    assert_eq!(
        values("Phấn đấu có 20 xã đạt chuẩn và ít nhất năm trăm lao động có việc làm mới."),
        [20.0, 500.0]
    );
    // One of a prose noun is no count.
    assert!(all("Hằng năm xã có một hộ đạt danh hiệu gia đình hiếu học.").is_empty());
}

#[test]
fn a_phase_s_number_counts_nothing() {
    assert_eq!(
        values(
            "Đến năm 2030, đưa vào khai thác ít nhất 3 cảng hàng không mới và hoàn thành giai đoạn 1 Cảng hàng không quốc tế Long Thành."
        ),
        [3.0]
    );
    // A section counts its length.
    assert_eq!(
        values("Phấn đấu cải tạo đoạn 12 km đường tỉnh 293."),
        [12.0]
    );
}

#[test]
fn posts_and_learners_are_counted() {
    assert_eq!(
        readings("Hằng năm, Trường phấn đấu tuyển sinh từ 2.800 người học trở lên."),
        [(2800.0, Some("người học".to_string()), Bound::AtLeast)]
    );
    assert_eq!(
        readings("Phê duyệt chỉ tiêu biên chế công chức năm 2027 của huyện là 312 biên chế."),
        [(312.0, Some("biên chế".to_string()), Bound::Exact)]
    );
}

#[test]
fn one_in_words_after_per_is_a_denominator() {
    assert_eq!(
        values("Đến năm 2030, giảm 20% điện năng tiêu thụ trên một đơn vị sản phẩm."),
        [20.0]
    );
    // "Một" counting things is a quantity.
    assert_eq!(
        values("Đến năm 2030, mỗi huyện xây dựng một trung tâm văn hóa."),
        [1.0]
    );
}

#[test]
fn titles_cages_and_eggs_are_counted() {
    assert_eq!(
        readings("Năm 2026, xã phấn đấu cấp mới 650 giấy chứng nhận quyền sử dụng đất; phát triển 1.200 lồng nuôi cá; sản lượng trứng đạt 35 triệu quả.")
            .iter()
            .map(|r| (r.0, r.1.clone()))
            .collect::<Vec<_>>(),
        [
            (650.0, Some("giấy chứng nhận".to_owned())),
            (1200.0, Some("lồng".to_owned())),
            (35.0, Some("triệu quả".to_owned())),
        ]
    );
}

#[test]
fn one_of_a_scale_of_people_after_a_slash_is_a_denominator() {
    let t = all("Phấn đấu đến năm 2030 có 12 bác sỹ và 40 giường bệnh/1 vạn dân.");
    let read: Vec<_> = t
        .iter()
        .map(|t| (t.value, t.unit.as_deref(), t.achieved))
        .collect();
    assert_eq!(
        read,
        [
            (12.0, Some("bác sỹ"), None),
            (40.0, Some("giường bệnh"), None)
        ]
    );
    assert_eq!(t[1].per.as_deref(), Some("vạn dân"));
}

#[test]
fn visitors_count_in_full() {
    let units: Vec<_> =
        readings("Mục tiêu năm 2026 đón 9 triệu khách du lịch, trong đó 2 triệu du khách quốc tế.")
            .into_iter()
            .map(|(_, unit, _)| unit)
            .collect();
    assert_eq!(
        units,
        [
            Some("triệu khách du lịch".into()),
            Some("triệu du khách".into())
        ]
    );
}

#[test]
fn double_digits_stated_in_figures_are_the_figures() {
    assert_eq!(
        pairs("Phấn đấu tăng trưởng kinh tế đạt hai con số từ 10 - 10,5%/năm."),
        [(10.0, Some(10.5), Bound::Range, None)]
    );
    assert_eq!(
        pairs("Mục tiêu tăng trưởng 2 con số trong năm 2026."),
        [(10.0, None, Bound::AtLeast, None)]
    );
}

#[test]
fn hotels_count_and_criteria_count_per_commune() {
    assert_eq!(
        readings("Đến năm 2030 có 140 khách sạn đạt tiêu chuẩn từ 3 sao trở lên."),
        [(140.0, Some("khách sạn".into()), Bound::Exact)]
    );
    let t = one("Phấn đấu bình quân toàn huyện đạt 17,5 tiêu chí/xã.");
    assert_eq!(
        (t.value, t.unit.as_deref(), t.per.as_deref()),
        (17.5, Some("tiêu chí"), Some("xã"))
    );
    // "Cả 3 tiêu chí" are the kinds a fall is counted in, no count.
    assert_eq!(
        values("Phấn đấu kéo giảm tai nạn giao thông trên cả 3 tiêu chí từ 5-10%."),
        [5.0]
    );
}

#[test]
fn respectively_and_sectors_are_no_units() {
    assert_eq!(
        values("Tỷ trọng kinh tế số và tốc độ tăng năng suất lao động 2027 lần lượt là 20% và 6%."),
        [20.0, 6.0]
    );
    assert_eq!(
        values("Tốc độ tăng trưởng 3 khu vực kinh tế lần lượt là: nông nghiệp 3,5%/năm."),
        [3.5]
    );
}

/// A bare number after an indicator that names what it counts per how many
/// people ("số sinh viên đại học/vạn dân") counts that noun per them; the
/// items around it keep their own readings.
#[test]
fn a_bare_number_takes_its_indicator_s_count_per_people() {
    let ts = all(
        "Về giáo dục đại học, số sinh viên đại học/vạn dân đạt ít nhất là 260, \
         tỷ lệ giảng viên có trình độ tiến sĩ đạt ít nhất 40%.",
    );
    let read: Vec<_> = ts
        .iter()
        .map(|t| (t.value, t.unit.as_deref(), t.per.as_deref(), t.bound))
        .collect();
    assert_eq!(
        read,
        [
            (260.0, Some("sinh viên"), Some("vạn dân"), Bound::AtLeast),
            (40.0, Some("%"), None, Bound::AtLeast),
        ]
    );
    let ts = all("Phấn đấu đến năm 2030, số bác sĩ/vạn dân đạt 15; số giường bệnh/vạn dân: 35.");
    let read: Vec<_> = ts.iter().map(|t| (t.value, t.unit.as_deref())).collect();
    assert_eq!(read, [(15.0, Some("bác sĩ")), (35.0, Some("giường bệnh"))]);
    // No count named after "số", or no population after '/': no unit.
    assert!(all("Phấn đấu đến năm 2030, chỉ số/vạn dân đạt 15.").is_empty());
    assert!(all("Phấn đấu đến năm 2030, số bác sĩ/xã đạt 3.").is_empty());
}

/// A span of time after one in the same unit goes on its series past the
/// comma, its measure named for the first ("thời gian ... không quá 48
/// giờ, hàng xuất khẩu không quá 24 giờ"); a span in another unit does
/// not.
#[test]
fn a_series_of_spans_shares_its_measure() {
    let ts = all(
        "Thời gian giải phóng hàng hóa nhập khẩu không quá 48 giờ, hàng xuất khẩu không quá 24 giờ.",
    );
    let read: Vec<_> = ts.iter().map(|t| (t.value, t.unit.as_deref())).collect();
    assert_eq!(read, [(48.0, Some("giờ")), (24.0, Some("giờ"))]);
    assert_eq!(
        values("Thời gian chờ khám bệnh dưới 45 phút, năm 2024 có 5 giờ."),
        [45.0]
    );
    // A change from one span to another, past a long aside and an "và":
    // the span it starts from is the baseline, a time of day none.
    assert_eq!(
        values(
            "Mục tiêu rút ngắn thời gian giải quyết thủ tục (kể cả thời gian thẩm định hồ sơ) từ 30 ngày xuống 20 ngày trong năm 2026 và dưới 15 ngày đến năm 2030."
        ),
        [20.0, 15.0]
    );
    assert!(all("Thời gian làm việc từ 7 giờ đến 17 giờ.").is_empty());
}

/// Count nouns abbreviated in capitals count as printed ("15 HTX"); the
/// same letters in lower case are no noun.
#[test]
fn abbreviated_count_nouns_count_as_printed() {
    let ts =
        all("Năm 2023, tỉnh phấn đấu thành lập mới 15 HTX, nâng số HTX toàn tỉnh lên 173 HTX.");
    let read: Vec<_> = ts.iter().map(|t| (t.value, t.unit.as_deref())).collect();
    assert_eq!(read, [(15.0, Some("HTX")), (173.0, Some("HTX"))]);
    assert!(all("Phấn đấu có 20 dn.").is_empty());
    // After a scale, in digits or in words, as a noun spelt out is.
    for (text, value) in [
        (
            "Đến năm 2030, cả nước có ít nhất 1,5 triệu DN hoạt động.",
            1.5,
        ),
        (
            "Đến năm 2030, cả nước có ít nhất một triệu DN hoạt động.",
            1.0,
        ),
    ] {
        let t = one(text);
        assert_eq!(
            (t.value, t.unit.as_deref()),
            (value, Some("triệu DN")),
            "{text}"
        );
    }
}

/// Visitors counted whole, of any kind or none, keep their noun as
/// printed after the scale: the unit is never the scale alone.
#[test]
fn visitors_of_every_kind_keep_their_noun() {
    let units =
        |text: &str| -> Vec<String> { all(text).into_iter().filter_map(|t| t.unit).collect() };
    assert_eq!(
        units("Phấn đấu đón 2 triệu khách quốc tế và 300 nghìn khách nội địa."),
        ["triệu khách quốc tế", "nghìn khách nội địa"]
    );
    assert_eq!(units("Phấn đấu đón 5 triệu khách."), ["triệu khách"]);
    assert_eq!(units("Phấn đấu có 500 khách hàng mới."), ["khách hàng"]);
}

/// "một" after "của" or "là" is an article ("of a customer", "is a
/// province"), never a count; after "có" it counts.
#[test]
fn one_of_a_kind_is_no_count() {
    let t = one("Phấn đấu thời gian mất điện của một khách hàng dưới 300 phút.");
    assert_eq!((t.value, t.unit.as_deref()), (300.0, Some("phút")));
    let t = one("Phấn đấu trở thành là một tỉnh khá, thu nhập bình quân đạt 90 triệu đồng.");
    assert_eq!((t.value, t.unit.as_deref()), (90.0, Some("triệu đồng")));
    let t = one("Phấn đấu mỗi huyện có một đơn vị đạt chuẩn.");
    assert_eq!((t.value, t.unit.as_deref()), (1.0, Some("đơn vị")));
}

/// Roads and lines count by route ("172 tuyến quốc lộ").
#[test]
fn routes_count() {
    let ts = all("Đến năm 2030, hoàn thành 5.000 km đường bộ cao tốc và 172 tuyến quốc lộ.");
    let read: Vec<_> = ts.iter().map(|t| (t.value, t.unit.as_deref())).collect();
    assert_eq!(read, [(5000.0, Some("km")), (172.0, Some("tuyến quốc lộ"))]);
}

/// Provinces and cities count ("5 tỉnh, thành phố được công nhận"), as
/// the places joined of any administrative kind do ("thôn, làng"), in
/// words and for none left too; the country's provinces where something
/// happens ("tại 34 tỉnh, thành phố") and the places whose figure is
/// given ("của 5 xã") are no count.
#[test]
fn provinces_count_unless_they_say_where() {
    let units = |text: &str| -> Vec<(f64, String)> {
        all(text)
            .into_iter()
            .map(|t| (t.value, t.unit.unwrap_or_default()))
            .collect()
    };
    assert_eq!(
        units("Phấn đấu có 5 tỉnh, thành phố được công nhận hoàn thành nhiệm vụ."),
        [(5.0, "tỉnh, thành phố".to_string())]
    );
    assert_eq!(
        units("Phấn đấu có hai thôn, làng đạt chuẩn."),
        [(2.0, "thôn, làng".to_string())]
    );
    assert_eq!(
        units("Phấn đấu không còn xã, thôn đặc biệt khó khăn."),
        [(0.0, "xã, thôn".to_string())]
    );
    assert!(units("Phấn đấu triển khai chương trình tại 34 tỉnh, thành phố.").is_empty());
    // Nor are the places whose figure the sentence gives, after "của".
    assert_eq!(
        units("Phấn đấu tổng giá trị sản xuất của 5 xã vùng biển đạt 2.000 tỷ đồng."),
        [(2000.0, "tỷ đồng".to_string())]
    );
    // A noun before a ':' labels the figure after it.
    assert_eq!(
        units(
            "Phấn đấu đón 1 triệu lượt khách, trong đó khách quốc tế là 120.000 lượt khách, khách nội địa: 880.000 lượt khách."
        ),
        [
            (1.0, "triệu lượt khách".to_string()),
            (120000.0, "lượt khách".to_string()),
            (880000.0, "lượt khách".to_string())
        ]
    );
}

/// An index or a ratio takes a number with no unit ("chỉ số HDI đạt trên
/// 0,85", "hệ số ICOR ... xuống còn 4,5"); a whole number there is a score
/// or a rank, and "liên hệ số" no ratio.
#[test]
fn an_index_s_value_has_no_unit() {
    assert_eq!(
        readings(
            "Phấn đấu chỉ số phát triển con người (HDI) đạt từ 0,8 trở lên; hệ số ICOR giảm từ khoảng 6 xuống còn 4,5."
        ),
        [(0.8, None, Bound::AtLeast), (4.5, None, Bound::AtMost)]
    );
    for text in [
        "Mọi thông tin xin liên hệ số điện thoại 0912 345 678.",
        "Chỉ số chất lượng không khí (AQI) trung bình năm 2026 là 86, giảm so với mức 104 của năm 2025.",
    ] {
        assert!(all(text).is_empty(), "{text}: {:#?}", all(text));
    }
}

/// Visits of those a two-word noun the lexicon lacks names, after a floor:
/// the whole noun, not its first word.
#[test]
fn visits_of_a_two_word_noun_keep_it_whole() {
    let t = one("Phấn đấu khám bệnh miễn phí cho ít nhất 1.000 lượt công nhân.");
    assert_eq!(
        (t.value, t.unit.as_deref(), t.bound),
        (1000.0, Some("lượt công nhân"), Bound::AtLeast)
    );
}

/// A share in parentheses restates a count before it, its bound aside, as
/// a count restates a share ("50% (8 xã)"): both are targets.
#[test]
fn a_share_restating_a_count_is_a_target_of_its_own() {
    assert_eq!(
        readings("Phấn đấu có 2.765 xã đạt chuẩn nông thôn mới (ít nhất 31%)."),
        [
            (2765.0, Some("xã".to_string()), Bound::Exact),
            (31.0, Some("%".to_string()), Bound::AtLeast)
        ]
    );
    // Counted as done, both are told.
    assert!(all("Toàn tỉnh có 12/20 xã (60%) đã được công nhận đạt chuẩn.").is_empty());
}

/// A rate printed with its slash left out ("trên 10% năm;") is per year
/// when "năm" ends its item; a year or "năm nay" after it is no
/// denominator.
#[test]
fn a_rate_with_its_slash_left_out_is_per_year() {
    let ts = all("Tốc độ tăng trưởng bình quân trên 9% năm; thu ngân sách đạt 600 tỷ đồng.");
    let read: Vec<_> = ts.iter().map(|t| (t.value, t.per.as_deref())).collect();
    assert_eq!(read, [(9.0, Some("năm")), (600.0, None)]);
    for text in [
        "Phấn đấu tỷ lệ che phủ rừng đạt 45% năm 2030.",
        "Phấn đấu tăng trưởng kinh tế đạt 8% năm nay.",
    ] {
        assert_eq!(one(text).per, None, "{text}");
    }
}

/// "một năm", a year, right after a figure or its aside is its per; not
/// "trong một năm", within a year.
#[test]
fn a_year_right_after_a_figure_is_its_per() {
    let ts = all(
        "Phấn đấu đến năm 2030, thu nhập bình quân đầu người đạt 6.000 USD (khoảng 150 triệu \
         đồng) một năm.",
    );
    let read: Vec<_> = ts.iter().map(|t| (t.value, t.per.as_deref())).collect();
    assert_eq!(read, [(6000.0, Some("năm")), (150.0, Some("năm"))]);
    assert_eq!(
        one("Phấn đấu xuất khẩu 300 lao động một năm.")
            .per
            .as_deref(),
        Some("năm")
    );
    assert_eq!(
        one("Phấn đấu đưa 300 lao động đi làm việc trong một năm.").per,
        None
    );
}

/// One dot with one or two digits after it is a decimal point before a
/// scale or a per cent sign, alone or first of a range; elsewhere (a day
/// and month) it is no number.
#[test]
fn a_decimal_point_written_as_a_dot() {
    assert_eq!(
        readings("Đến năm 2030 hoàn thành khoảng 3.75 triệu m2 sàn nhà ở xã hội."),
        [(3.75, Some("triệu m2 sàn".to_string()), Bound::About)]
    );
    let t = one("Phấn đấu tốc độ tăng trưởng đạt 6.5-7.5%.");
    assert_eq!((t.value, t.value_max), (6.5, Some(7.5)));
    // Past any dash, spaced or not.
    let t = one("Phấn đấu tốc độ tăng trưởng từ 6.5 – 7%.");
    assert_eq!((t.value, t.value_max), (6.5, Some(7.0)));
    assert_eq!(values("Phấn đấu tăng trưởng 8.25%."), [8.25]);
    // Three digits after the dot group thousands.
    assert_eq!(values("Phấn đấu trồng mới 1.250 ha rừng."), [1250.0]);
    assert!(all("Nhân dịp 30.4 và 1.5, các xã tổ chức vui chơi.").is_empty());
}

/// After "chỉ số" or "hệ số" a number is the index's value, where "số"
/// alone numbers a document.
#[test]
fn an_index_s_value_is_no_document_number() {
    let t = one("Đến năm 2030, diện tích cây xanh đô thị đạt chỉ số 7-8 m2/người.");
    assert_eq!((t.value, t.value_max), (7.0, Some(8.0)));
    assert_eq!(
        values("Phấn đấu đến năm 2030 hệ số sử dụng đất đạt hệ số 2,5 lần."),
        [2.5]
    );
    assert!(all("Thực hiện Nghị quyết số 15 của Tỉnh ủy về phát triển đô thị.").is_empty());
}

/// The criteria a unit reaches count ("xã đạt 16/19 tiêu chí"); the
/// criteria a count of units reaches are their condition, and with no
/// "đạt" criteria count nothing ("trên cả 3 tiêu chí").
#[test]
fn criteria_a_unit_reaches_count() {
    let t = one("Phấn đấu đến năm 2030 xã đạt 17/19 tiêu chí nông thôn mới.");
    assert_eq!((t.value, t.unit.as_deref()), (17.0, Some("tiêu chí")));
    assert_eq!(
        values(
            "Phấn đấu huyện đạt 9/9 tiêu chí huyện nông thôn mới; giải quyết việc làm cho 1.500 lao động."
        ),
        [9.0, 1500.0]
    );
    // With no cue, criteria reached short of all of them tell where a
    // place stands: the sentence reports.
    assert!(
        all(
            "Xã Phúc Lộc đạt 11/19 tiêu chí nông thôn mới, tỷ lệ hộ nghèo giảm bình quân 3-4%/năm."
        )
        .is_empty()
    );
    // So do criteria reached on average, short of all of them: no pair.
    assert!(all("Bình quân toàn huyện đạt 12,6/19 tiêu chí nông thôn mới.").is_empty());
    let t = one("Phấn đấu đến năm 2030 bình quân mỗi xã đạt 16,5/19 tiêu chí.");
    assert_eq!((t.value, t.achieved), (16.5, None));
    // Criteria completed are reached too.
    assert_eq!(
        values(
            "Phấn đấu xã Tân Lập hoàn thành 19/19 tiêu chí nông thôn mới; kết nạp 15 đảng viên."
        ),
        [19.0, 15.0]
    );
    assert_eq!(
        values("Phấn đấu có thêm 30 xã đạt 19/19 tiêu chí nông thôn mới."),
        [30.0]
    );
    assert_eq!(
        values("Kéo giảm tai nạn giao thông từ 5% trở lên trên cả 3 tiêu chí."),
        [5.0]
    );
}

/// "từ N đến M" may print the unit, and the noun past it, at both ends.
#[test]
fn a_range_that_repeats_its_unit() {
    let t = one("Đến năm 2035, có từ 30 cầu cảng đến 36 cầu cảng.");
    assert_eq!(
        (t.value, t.value_max, t.bound),
        (30.0, Some(36.0), Bound::Range)
    );
    let t = one("Đến năm 2040, tốc độ tăng trưởng bình quân từ 5,2%/năm đến 6%/năm.");
    assert_eq!(
        (t.value, t.value_max, t.per.as_deref()),
        (5.2, Some(6.0), Some("năm"))
    );
    // A deadline after "đến" is no end of a range.
    assert_eq!(
        years("Phấn đấu giảm từ 5% đến năm 2030."),
        [(5.0, Some(2030))]
    );
}

/// Money on the two sides of a slash may be printed in two scales: the
/// pair keeps each as printed.
#[test]
fn a_pair_of_money_in_two_scales() {
    let t = one("Quỹ cấp huyện vận động được 3.412.500.000 đồng/3 tỷ đồng, đạt 113,7%.");
    assert_eq!(
        (t.value, t.unit.as_deref(), t.achieved),
        (3.0, Some("tỷ đồng"), Some(3_412_500_000.0))
    );
}

/// "tháng" before a number above twelve names no month: the number is a
/// figure of its own.
#[test]
fn no_month_is_numbered_past_twelve() {
    assert_eq!(
        values("Phấn đấu bình quân mỗi tháng 1.500 lượt khách."),
        [1500.0]
    );
    assert_eq!(
        values("Phấn đấu đến tháng 12 hoàn thành 100% kế hoạch."),
        [100.0]
    );
}

/// "chương trình mỗi xã một sản phẩm": each given one is a name, no count;
/// "mỗi xã có một sản phẩm" counts.
#[test]
fn each_given_one_is_no_count() {
    assert_eq!(
        values(
            "Theo đó, chương trình mỗi xã một sản phẩm năm 2027 tại tỉnh đề ra 4 mục tiêu: \
             đánh giá ít nhất 40 sản phẩm."
        ),
        [40.0]
    );
    assert_eq!(
        values("Phấn đấu năm 2027 mỗi xã có một sản phẩm đạt 3 sao."),
        [1.0]
    );
}

/// Ages that name whom a figure counts ("trong độ tuổi từ 15 đến 18", "độ
/// tuổi 6 - 14") are no figure.
#[test]
fn ages_naming_whom_a_figure_counts_are_no_figure() {
    assert_eq!(
        values(
            "Phấn đấu đến năm 2028 ít nhất 92% thanh niên trong độ tuổi từ 15 đến 18 tốt nghiệp \
             trung học cơ sở; 99% trẻ em độ tuổi 6 - 14 đến trường."
        ),
        [92.0, 99.0]
    );
}

/// One area of land a value is given per ("giá trị sản xuất 1ha đất trồng
/// trọt đạt 190 triệu đồng") is no count of it.
#[test]
fn one_area_of_land_a_value_is_given_per_is_no_figure() {
    assert_eq!(
        values(
            "Đến năm 2030, giá trị sản xuất 1ha đất trồng trọt đạt hơn 190 triệu đồng, giá trị \
             sản xuất 1 ha đất nuôi trồng thủy sản đạt 3,5 tỷ đồng."
        ),
        [190.0, 3.5]
    );
}

/// A denominator after '/' may say "trên" (per) again ("32,5 giường
/// bệnh/trên 10.000 dân").
#[test]
fn a_denominator_may_say_per_again() {
    let t = one("Phấn đấu năm 2027 đạt 34 giường bệnh/trên 10.000 dân.");
    assert_eq!((t.value, t.per.as_deref()), (34.0, Some("10.000 dân")));
}

/// Railway and road lines count by "tuyến": "đường sắt", "đường bộ" are
/// words of their own; streets still count as "tuyến đường".
#[test]
fn lines_of_a_railway_count_by_the_line() {
    let t = one("Phấn đấu đến năm 2030 hoàn thành 4 tuyến đường sắt đô thị.");
    assert_eq!((t.value, t.unit.as_deref()), (4.0, Some("tuyến")));
    let t = one("Đến năm 2040 cả nước có 50 tuyến đường bộ cao tốc.");
    assert_eq!(t.unit.as_deref(), Some("tuyến"));
    let t = one("Phấn đấu chỉnh trang 5 tuyến đường trọng điểm.");
    assert_eq!(t.unit.as_deref(), Some("tuyến đường"));
    // In words as in digits.
    let t = one("Phấn đấu đến năm 2030 hoàn thành bảy tuyến đường sắt đô thị.");
    assert_eq!((t.value, t.unit.as_deref()), (7.0, Some("tuyến")));
}

/// People a campaign reaches count as "đối tượng"; suspects a police
/// report counts stay a result.
#[test]
fn people_a_campaign_reaches_are_counted() {
    let t =
        one("Phấn đấu đến cuối năm 2027 vận động khoảng 3.000 đối tượng tham gia BHXH tự nguyện.");
    assert_eq!(
        (t.value, t.unit.as_deref(), t.bound),
        (3000.0, Some("đối tượng"), Bound::About)
    );
    assert!(all("Công an tỉnh đã triệt phá 45 đường dây, bắt giữ 312 đối tượng.").is_empty());
}

/// None of a noun abbreviated ("HTX") or of local governments counts.
#[test]
fn none_of_an_abbreviated_noun_counts() {
    let t = one("Năm 2027, phấn đấu nâng cao năng lực các HTX, không còn HTX xếp loại yếu.");
    assert_eq!((t.value, t.unit.as_deref()), (0.0, Some("HTX")));
    let ts = all("Phấn đấu 70% chính quyền đạt vững mạnh, không có chính quyền yếu kém.");
    assert_eq!(
        ts.last().map(|t| (t.value, t.unit.as_deref())),
        Some((0.0, Some("chính quyền")))
    );
}

/// A denominator of one of each ("/1 người/1 năm") reads as the noun
/// alone; a share of stock is one denominator of two words.
#[test]
fn denominators_of_one_and_of_a_share() {
    let t =
        one("Phấn đấu nâng thu nhập người dân nông thôn lên khoảng 78 triệu đồng/1 người/1 năm.");
    assert_eq!(t.per.as_deref(), Some("người/năm"));
    let t = one("Phấn đấu trả cổ tức 7.000 đồng/cổ phần.");
    assert_eq!(t.per.as_deref(), Some("cổ phần"));
}

/// "một xã hội" is a society, no commune; a numeral in words with a scale
/// counts a measure as digits would ("bốn triệu tấn").
#[test]
fn a_society_is_no_commune_and_words_scale_a_measure() {
    let t = one(
        "Phấn đấu hằng năm giảm 5-10% số người chết do tai nạn giao thông, tiến tới xây dựng một xã hội có giao thông an toàn.",
    );
    assert_eq!(t.value, 5.0);
    let t = one("Phấn đấu vào năm 2030 lượng gạo xuất khẩu khoảng bốn triệu tấn.");
    assert_eq!(
        (t.value, t.unit.as_deref(), t.bound),
        (4.0, Some("triệu tấn"), Bound::About)
    );
}

/// Annual crops ("cây hằng năm") name a kind of crop, no rate per year.
#[test]
fn annual_crops_set_no_rate_per_year() {
    let t = one("Năm 2027, tỉnh phấn đấu tăng diện tích cây hằng năm khoảng 53.000 ha.");
    assert_eq!((t.value, t.per.as_deref()), (53000.0, None));
}
