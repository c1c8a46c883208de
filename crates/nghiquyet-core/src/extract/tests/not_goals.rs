//! Figures that set no goal: prices, norms, rules, stories, damage and other numbers.

use super::*;

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

/// A sum that a later clause measures the progress to date against is
/// set already; a plan's figure there has its cue.
#[test]
fn a_sum_before_the_progress_to_date_is_no_goal() {
    for text in [
        "Tỉnh được phân bổ 860 tỷ đồng vốn sự nghiệp, đến nay đã giải ngân 61%.",
        "Tổng mức đầu tư dự án là 1.200 tỷ đồng; hiện đã giải ngân 730 tỷ đồng.",
        "Nhiệm kỳ 2015-2020, vốn hỗ trợ giảm nghèo của huyện là 96 tỷ đồng; đã xây 410 căn nhà.",
    ] {
        assert!(all(text).is_empty(), "{text}: {:#?}", all(text));
    }
    assert_eq!(
        values("Nghị quyết đặt mục tiêu trồng mới 2.000 ha rừng, đến nay đã trồng 1.450 ha."),
        [2000.0]
    );
}

/// The size of a list drawn up is no goal, unless a cue sets it.
#[test]
fn the_size_of_a_list_is_no_goal() {
    assert!(
        all("Quyết định số 2145/QĐ-UBND của UBND tỉnh phê duyệt danh sách 128 xã, phường thực hiện thí điểm.")
            .is_empty()
    );
    assert_eq!(
        values("Phấn đấu đến năm 2030 có 128 xã, phường thực hiện thí điểm."),
        [128.0]
    );
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
fn what_a_gift_is_worth_and_a_land_price_are_no_goals() {
    for text in [
        "Dịp Tết, Ủy ban MTTQ tỉnh trao 500 suất quà, mỗi suất trị giá 600.000 đồng cho hộ nghèo.",
        "Giá đất ở mặt tiền đường Trần Phú được điều chỉnh lên 85 triệu đồng/m2.",
    ] {
        assert!(all(text).is_empty(), "{text}: {:#?}", all(text));
    }
    // Floor area per head is a goal, in "m2 sàn" as printed.
    let t = one("Diện tích nhà ở bình quân đầu người đạt 28 m2 sàn/người vào năm 2030.");
    assert_eq!(
        (t.value, t.unit.as_deref(), t.per.as_deref()),
        (28.0, Some("m2 sàn"), Some("người"))
    );
    // Squares printed as superscripts are the same units.
    let t = one("Phấn đấu diện tích nhà ở bình quân đạt 27,5 m² sàn/người.");
    assert_eq!(
        (t.value, t.unit.as_deref(), t.per.as_deref()),
        (27.5, Some("m2 sàn"), Some("người"))
    );
    let t = one("Phấn đấu diện tích cây xanh đô thị đạt tối thiểu 7 m²/người.");
    assert_eq!(
        (t.value, t.unit.as_deref(), t.per.as_deref()),
        (7.0, Some("m2"), Some("người"))
    );
    let t = one("Đến năm 2030, diện tích nhà ở bình quân đầu người ở đô thị đạt 32 m2 sàn.");
    assert_eq!(
        (t.value, t.unit.as_deref(), t.per),
        (32.0, Some("m2 sàn"), None)
    );
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
    // What a service allows to be done is no limit allowed.
    assert_eq!(
        values(
            "Đề án đặt mục tiêu có 70% thủ tục cho phép nộp hồ sơ trực tuyến, 85% hồ sơ được \
             giải quyết đúng hạn."
        ),
        [70.0, 85.0]
    );
    // A resolution laying down its goals by count sets them; one laying
    // down a rule does not.
    assert_eq!(
        values(
            "Nghị quyết quy định 20 chỉ tiêu chủ yếu, trong đó: GRDP tăng 9%; xuất khẩu tăng 10%."
        ),
        [9.0, 10.0]
    );
    assert!(
        values("Nghị quyết số 05/2025/NQ-HĐND quy định hộ nuôi tôm được hỗ trợ 50% chi phí.")
            .is_empty()
    );
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

/// A group ranked at the top ("thuộc nhóm 100 trường hàng đầu") is named
/// by its number, which counts nothing to reach; the count of those in
/// it is the goal.
#[test]
fn a_group_ranked_at_the_top_is_no_quantity() {
    assert_eq!(
        values(
            "Phấn đấu có ít nhất 2 trường đại học thuộc nhóm 500 trường đại học hàng đầu thế giới."
        ),
        [2.0]
    );
    // Nor is the group a place ranks first among.
    for text in [
        "Thành phố có tốc độ tăng trưởng thứ 2 toàn quốc và đứng đầu 6 thành phố trực thuộc Trung ương.",
        "Phấn đấu dẫn đầu 63 tỉnh, thành về chỉ số PCI.",
    ] {
        assert!(values(text).is_empty(), "{text}: {:?}", values(text));
    }
}

/// A vote makes its sentence a report ("Với 92% đại biểu tán thành, ..."),
/// up to a later clause that opens on a cue to set goals ("trong đó đặt
/// mục tiêu ...", "theo đó, phấn đấu ..."): those are still set.
#[test]
fn a_vote_is_told_but_the_goals_after_it_are_set() {
    assert!(
        all(
            "Với 94,6% đại biểu tán thành, HĐND tỉnh đã thông qua Nghị quyết về kế hoạch năm 2027."
        )
        .is_empty()
    );
    // The share of the delegates attending is the vote, whatever its words.
    assert!(
        all("HĐND tỉnh đã thông qua 12 nghị quyết với sự đồng thuận của 100% đại biểu dự họp.")
            .is_empty()
    );
    // And so is that of the delegates voting, past their body's name.
    assert!(
        all("100% đại biểu HĐND huyện biểu quyết thông qua Nghị quyết về kế hoạch năm 2027.")
            .is_empty()
    );
    assert_eq!(
        values(
            "Với 94,6% đại biểu tán thành, HĐND tỉnh đã thông qua Nghị quyết, trong đó đặt mục tiêu tăng trưởng GRDP năm 2027 từ 8,5% trở lên."
        ),
        [8.5]
    );
    assert_eq!(
        values(
            "Đại hội bầu 45 đồng chí vào Ban Chấp hành với số phiếu cao, theo đó phấn đấu kết nạp 600 đảng viên mỗi năm."
        ),
        [600.0]
    );
}

/// A year in an aside earlier than the year its list sets is where the
/// goal starts from; a later one is a milestone.
#[test]
fn a_past_year_in_an_aside_is_the_baseline() {
    assert_eq!(
        years(
            "Các mục tiêu đến năm 2030: 100% người lao động có nhu cầu được tư vấn việc làm (năm 2025 đạt 87%); tỷ lệ lao động nông nghiệp giảm xuống còn 25%."
        ),
        [(100.0, Some(2030)), (25.0, Some(2030))]
    );
    assert_eq!(
        years("Năm 2026, tỷ lệ trường đạt chuẩn đạt 80% (năm 2030 đạt 100%)."),
        [(80.0, Some(2026)), (100.0, Some(2030))]
    );
}

/// The bound in the phrase of what none is left of is the zero's
/// condition (as "không còn xã dưới 15 tiêu chí"), not a target.
#[test]
fn a_bound_in_what_none_is_left_of_is_its_condition() {
    let ts = all("Phấn đấu không còn hộ có thu nhập dưới 20 triệu đồng.");
    assert_eq!(
        values("Phấn đấu không còn hộ có thu nhập dưới 20 triệu đồng."),
        [0.0],
        "{ts:#?}"
    );
    // A bound past the clause is a target of its own.
    assert_eq!(
        values("Phấn đấu không còn hộ nghèo; thu nhập bình quân trên 80 triệu đồng."),
        [0.0, 80.0]
    );
    // Nouns joined by a comma are one phrase of what none is left of; a
    // comma past them opens another item.
    assert_eq!(
        values("Tỷ lệ trẻ em đi học đúng độ tuổi đạt 95%, không có xã, phường đạt dưới 80%."),
        [95.0, 0.0]
    );
    assert_eq!(
        values("Phấn đấu không còn hộ nghèo, tỷ lệ hộ cận nghèo dưới 3%."),
        [0.0, 3.0]
    );
    // "không có" in a rate's noun tells whom it counts, and a level a
    // change goes down to is no zero's condition.
    for text in [
        "Giảm tỷ lệ người không có bảo hiểm y tế dưới 5%.",
        "Giảm tỷ lệ lao động không có việc làm ở khu vực thành thị xuống còn 3%.",
    ] {
        assert_eq!(all(text).len(), 1, "{text}");
    }
}

/// The units a body hands a task or a budget to are counted, not set; a
/// quota handed over sets its figures.
#[test]
fn units_handed_a_task_are_no_target() {
    for none in [
        "Hội nghị thống nhất 12 nhóm nhiệm vụ cho năm 2026, giao 18 sở, ngành và 96 xã, phường xây dựng kế hoạch triển khai.",
        "Năm 2026, HĐND tỉnh giao dự toán thu ngân sách nhà nước cho 68 xã, phường.",
        // Bodies besides places, and the units told before their passive.
        "Năm 2026, Sở Y tế giao thêm 240 giường bệnh kế hoạch cho 9 bệnh viện.",
    ] {
        assert!(all(none).is_empty(), "{none}: {:#?}", all(none));
    }
    assert_eq!(
        values("Giao chỉ tiêu năm 2026: 12 xã đạt chuẩn nông thôn mới."),
        [12.0]
    );
    assert_eq!(
        values("UBND tỉnh giao chỉ tiêu năm 2026 có thêm 12 xã đạt chuẩn nông thôn mới."),
        [12.0]
    );
    assert_eq!(
        values(
            "Đến năm 2030, cả 34 tỉnh, thành phố đều được giao chỉ tiêu tỷ lệ đô thị hóa đạt trên 50%."
        ),
        [50.0]
    );
    // The quota handed, told after "là", is set.
    assert_eq!(
        values("Phấn đấu có trên 300 đơn vị đạt chuẩn (cao hơn Chính phủ giao là 280 đơn vị)."),
        [300.0, 280.0]
    );
}

#[test]
fn casualties_are_told() {
    for text in [
        "Xe khách lao xuống vực sâu khiến 5 hành khách bị thương.",
        "Vụ cháy làm 3 người tử vong.",
    ] {
        assert!(all(text).is_empty(), "{text}: {:?}", values(text));
    }
    // A plan that cuts them sets a goal.
    assert_eq!(
        values("Phấn đấu giảm 5 người chết do tai nạn giao thông."),
        [5.0]
    );
}

#[test]
fn damage_is_told() {
    assert!(all("Bão số 3 làm 1.245 ha lúa bị ngập úng.").is_empty());
    // So is the damage an item names as its subject, unless lowered.
    assert!(all("Thiệt hại do thiên tai trong năm lên tới 12 nghìn tỷ đồng.").is_empty());
    assert_eq!(
        values("Phấn đấu giảm thiệt hại về kinh tế do thiên tai 20% so với giai đoạn trước."),
        [20.0]
    );
}

#[test]
fn what_support_gives_each_or_covers_is_a_rule_s() {
    for text in [
        "Ngân sách huyện hỗ trợ 100% kinh phí cấp mã số vùng trồng.",
        "Hỗ trợ một lần 40 triệu đồng đối với mô hình đạt loại A, 25 triệu đồng đối với mô hình đạt loại B.",
    ] {
        assert!(all(text).is_empty(), "{text}: {:#?}", all(text));
    }
    // Striven for, or a fund's level, it is a goal.
    assert_eq!(
        values("Phấn đấu hỗ trợ 100% kinh phí đóng bảo hiểm y tế cho người cao tuổi."),
        [100.0]
    );
    assert_eq!(
        values("Phấn đấu Quỹ hỗ trợ nông dân bình quân đạt 2 triệu đồng/hội viên."),
        [2.0]
    );
}

#[test]
fn a_rule_s_headings_open_no_goals() {
    for text in [
        "Mức thu phí trông giữ xe: xe máy 5.000 đồng/lượt; ô tô 25.000 đồng/lượt.",
        "Đối tượng áp dụng: hộ kinh doanh có doanh thu năm không quá 3 tỷ đồng và sử dụng dưới 10 lao động.",
    ] {
        assert!(all(text).is_empty(), "{text}: {:#?}", all(text));
    }
}

#[test]
fn the_stock_market_s_day_is_news() {
    for text in [
        "Kết phiên, VN-Index tăng 8,2 điểm lên 1.702,1 điểm; giá trị giao dịch trên HOSE đạt hơn 21.000 tỷ đồng.",
        "Khối ngoại bán ròng 950 tỷ đồng, tập trung vào cổ phiếu ngân hàng.",
    ] {
        assert!(all(text).is_empty(), "{text}: {:#?}", all(text));
    }
    // A plan may set the value of payments.
    assert_eq!(
        values("Đến năm 2030, giá trị giao dịch thanh toán không dùng tiền mặt gấp 25-30 lần GDP."),
        [25.0]
    );
}

#[test]
fn the_sum_a_goal_needs_is_its_cost() {
    assert_eq!(
        values(
            "Năm 2026, phường phấn đấu có thêm 3 trường đạt chuẩn quốc gia. Để hoàn thành, phường cần khoảng 25 tỷ đồng sửa chữa, nâng cấp phòng học."
        ),
        [3.0]
    );
    // A verb between the need and the sum sets it.
    assert_eq!(
        values("Quý IV/2026, các chủ đầu tư cần giải ngân khoảng 900 tỷ đồng."),
        [900.0]
    );
}

#[test]
fn a_share_of_the_contribution_support_pays_is_a_rule() {
    assert!(
        all("Theo nghị quyết, người thuộc hộ làm nông nghiệp được ngân sách tỉnh hỗ trợ 30% mức đóng bảo hiểm y tế.")
            .is_empty()
    );
}

#[test]
fn what_each_unit_is_made_of_is_no_goal() {
    assert_eq!(
        values(
            "Kỳ họp thông qua nghị quyết thành lập các tổ đại biểu, mỗi tổ gồm 6 đại biểu; mục tiêu năm 2026 tổ chức 12 cuộc giám sát."
        ),
        [12.0]
    );
}

#[test]
fn a_technical_standard_s_limits_are_norms() {
    assert!(
        all("Theo quy chuẩn kỹ thuật quốc gia, nước thải chăn nuôi có hàm lượng COD tối đa 100 mg/l; mật độ nuôi không quá 20 con/m2.")
            .is_empty()
    );
}

#[test]
fn national_criteria_are_norms() {
    assert!(
        all("Theo Bộ tiêu chí quốc gia về xã an toàn thực phẩm, tỷ lệ cơ sở được kiểm tra phải đạt từ 90% trở lên.")
            .is_empty()
    );
}

#[test]
fn a_plan_adopted_by_a_vote_sets_the_goals_it_names() {
    assert_eq!(
        values(
            "Với 96% đại biểu tán thành, HĐND tỉnh thông qua Nghị quyết kế hoạch phát triển \
             kinh tế - xã hội năm 2027 với chỉ tiêu tăng trưởng GRDP từ 8 - 8,5%."
        ),
        [8.0]
    );
    // The vote alone sets none.
    assert!(values("Với 96% đại biểu tán thành, HĐND tỉnh thông qua 12 nghị quyết.").is_empty());
}

/// With no cue, an effect told after a comma ("..., giúp 6.400 hộ vay
/// vốn") and the figure that had it are told, not aimed at; a goal cue
/// sets the effect to reach.
#[test]
fn an_effect_told_and_its_cause_are_results() {
    for text in [
        "Tổng nguồn vốn Quỹ Hỗ trợ nông dân các cấp đạt 182 tỷ đồng, giúp 6.400 hộ hội viên vay vốn.",
        "Công tác đào tạo nghề được đẩy mạnh, giúp cho 1.015 hộ vươn lên thoát nghèo.",
    ] {
        assert!(all(text).is_empty(), "{text}: {:#?}", all(text));
    }
    assert_eq!(
        values("Phấn đấu hỗ trợ vốn, giúp 500 hộ thoát nghèo."),
        [500.0]
    );
    // Help with no comma before is the plan's own verb.
    assert_eq!(values("Năm 2026, tỉnh giúp 500 hộ thoát nghèo."), [500.0]);
    // A comma that closes a yearly lead closes no thing done.
    for text in [
        "Hằng năm, giúp 30 hộ hội viên thoát nghèo bền vững.",
        "Hội phấn đấu: mỗi năm, giúp cho 12 hộ vươn lên khá giả.",
    ] {
        assert_eq!(values(text).len(), 1, "{text}: {:#?}", all(text));
    }
}

/// A plan's outline counts its solutions and its tasks named with them:
/// no targets. Tasks of a kind a goal sets still count.
#[test]
fn a_plan_s_solutions_are_its_outline() {
    for text in [
        "Để thực hiện các mục tiêu chủ yếu, kế hoạch đưa ra 8 nhiệm vụ, giải pháp.",
        "Nghị quyết đề ra 3 nhóm giải pháp và 8 giải pháp trọng tâm.",
        // Tasks listed after the plan's targets counted, or handed out.
        "Chiến lược đề ra 5 mục tiêu phát triển, 9 nhiệm vụ nền móng.",
        "Kế hoạch cụ thể hóa 180 nhiệm vụ giao cho các bộ, ngành.",
        // Named with no comma, after "và", beside the plan's breakthroughs.
        "Nghị quyết gồm 18 chỉ tiêu, 3 khâu đột phá và 7 nhiệm vụ giải pháp thực hiện trong nhiệm kỳ.",
        "Đại hội xác định 3 đột phá chiến lược, 22 chỉ tiêu và 6 nhiệm vụ.",
        // Its key programmes and breakthrough tasks, after its targets.
        "Đại hội thông qua 16 chỉ tiêu phấn đấu, 3 chương trình trọng điểm và 5 nhiệm vụ đột phá.",
    ] {
        assert!(all(text).is_empty(), "{text}: {:#?}", all(text));
    }
    assert_eq!(
        values("Phấn đấu mỗi năm có ít nhất 30 nhiệm vụ khoa học và công nghệ được ứng dụng."),
        [30.0]
    );
}

/// Money told to the thousandth of its scale was counted: with no cue, its
/// sentence tells results. A cue, or a deadline, sets it however precise.
#[test]
fn money_counted_to_the_million_is_told() {
    assert!(
        values(
            "Thu ngân sách trên địa bàn đạt 13,9 tỷ đồng; vốn đầu tư thực hiện đạt 186,556 tỷ đồng."
        )
        .is_empty()
    );
    assert_eq!(
        values("Dự toán chi ngân sách địa phương năm 2027 là 25.130,457 tỷ đồng."),
        [25130.457]
    );
    assert_eq!(
        values("Đến năm 2030, vốn đầu tư thực hiện đạt 186,556 tỷ đồng."),
        [186.556]
    );
}

/// A count in the phrase a sentence opens on to name whom it deals with
/// ("Đối với đảng bộ 16 phường, ...") is that scope; the goals come after.
#[test]
fn a_count_in_the_scope_a_sentence_opens_on_is_no_goal() {
    assert_eq!(
        values(
            "Đối với đảng bộ 16 phường, phải kết nạp được từ 1-2 đảng viên trong lực lượng dân quân."
        ),
        [1.0]
    );
    assert_eq!(
        values("Đối với 5 xã còn lại, phấn đấu đến năm 2027 có 100% hộ dùng nước sạch."),
        [100.0]
    );
    // Not a count after the scope's close.
    assert_eq!(
        values("Đối với khu vực nông thôn, phấn đấu xây mới 12 nhà văn hóa."),
        [12.0]
    );
}

/// A figure whose item ends on its excess over the plan, in an aside
/// ("(vượt 40%)", "(vượt 8% so với chỉ tiêu)"), is a result, whatever cue
/// stands before it; an excess over a past level may be a goal's.
#[test]
fn a_figure_told_with_its_excess_in_an_aside_is_a_result() {
    for text in [
        "Cụ thể: 100% hội viên được học tập nghị quyết; vận động hội viên đóng góp quỹ được hơn 2 tỷ đồng (vượt 25%).",
        "Cụ thể: 100% hội viên được học tập nghị quyết; hằng năm, 70% hộ đăng ký danh hiệu “Nông dân sản xuất, kinh doanh giỏi” (vượt 5% so với chỉ tiêu).",
    ] {
        assert!(
            !values(text).contains(&2.0) && !values(text).contains(&70.0),
            "{text}"
        );
    }
    assert_eq!(
        values("Phấn đấu kết nạp 60 hội viên mới (vượt 10% so với nhiệm kỳ trước)."),
        [60.0]
    );
}

/// A goal noun that points back to a goal set before ("Mục tiêu này ...",
/// "chỉ tiêu nói trên") names it and sets none; the sentence it opens
/// speaks of that goal and carries no goal reading into its counts.
#[test]
fn a_goal_pointed_back_to_sets_none() {
    assert_eq!(
        values(
            "Đại hội xác định mục tiêu mỗi năm giảm 0,5% số hộ hội viên nghèo. \
             Mục tiêu này có cơ sở thực hiện do toàn xã có 40 trang trại, 12 hợp tác xã."
        ),
        [0.5]
    );
    assert!(values("Mục tiêu này có cơ sở thực hiện do toàn xã có 40 trang trại.").is_empty());
    // Not a floor after the noun.
    assert_eq!(
        values("Năm 2026, phấn đấu đạt chỉ tiêu trên 90% hộ gia đình văn hóa."),
        [90.0]
    );
}

/// Figures told with the plan all but met, or met in the main ("gần
/// hoàn thành kế hoạch năm", "cơ bản hoàn thành chỉ tiêu"): a report's
/// words.
#[test]
fn figures_of_a_plan_all_but_met_are_results() {
    for text in [
        "Doanh thu du lịch đạt 1.250 tỷ đồng, tăng 32%, gần hoàn thành kế hoạch năm.",
        "Thu ngân sách đạt 860 tỷ đồng, cơ bản hoàn thành chỉ tiêu được giao.",
        "Doanh thu dịch vụ cảng tăng bình quân 12,5%/năm, sát với mục tiêu của Nghị quyết.",
    ] {
        assert!(values(text).is_empty(), "{text}");
    }
}

/// A share past the whole, reached with no cue ("Công suất sử dụng giường
/// bệnh đạt 118%"), is measured against a plan or a capacity: a result,
/// and the paragraph it opens goes on reporting. With a cue, a threshold
/// or a deadline it is set.
#[test]
fn a_share_past_the_whole_reached_is_a_result() {
    for text in [
        "Công suất sử dụng giường bệnh của bệnh viện đạt 118%, số ca phẫu thuật đạt 112%.",
        "Số lượt khám bệnh bằng 104%, tỷ lệ bệnh nhân hài lòng đạt 96%. \
         Tỷ lệ tiêm chủng đầy đủ đạt 98%.",
    ] {
        assert!(values(text).is_empty(), "{text}");
    }
    assert_eq!(
        values("Phấn đấu công suất sử dụng giường bệnh đạt 105%."),
        [105.0]
    );
    assert_eq!(
        values("Đến năm 2030, tỷ lệ huy động vốn so với dư nợ đạt 110%."),
        [110.0]
    );
    // A change past the whole is no share reached.
    assert_eq!(values("Doanh thu du lịch tăng 130%."), [130.0]);
}

/// What an occasion gone by brought ("Trong 3 ngày diễn ra lễ hội, ...
/// đón 52.000 lượt khách") is narrated, and the paragraph it opens goes
/// on narrating: the next sentence's figure with no cue is the occasion's
/// result too. A goal cue of its own still sets one.
#[test]
fn a_paragraph_that_narrates_an_occasion_goes_on_reporting() {
    assert!(
        values(
            "Trong 3 ngày diễn ra lễ hội, thành phố đón 52.000 lượt khách. \
             Tổng thu từ du lịch đạt 31 tỷ đồng."
        )
        .is_empty()
    );
    assert_eq!(
        values(
            "Trong 3 ngày diễn ra lễ hội, thành phố đón 52.000 lượt khách. \
             Năm sau, thành phố phấn đấu tổng thu từ du lịch đạt 40 tỷ đồng."
        ),
        [40.0]
    );
}

/// A sentence's own forecast after a report ("Dự kiến đến hết năm 2025,
/// toàn tỉnh sẽ giải ngân ...", "Dự báo đến năm 2030, ... sẽ xấp xỉ 18
/// triệu người") forecasts: its "sẽ" stops the report carried, not its own
/// estimate.
#[test]
fn a_forecast_after_a_report_stays_a_forecast() {
    for text in [
        "Tổng số tiền đã chi trả là 96,4 tỷ đồng. Dự kiến đến hết năm 2025, toàn tỉnh sẽ giải ngân được 150,7 tỷ đồng.",
        "Tỉnh có trên 210.000 người cao tuổi. Dự báo đến năm 2030, số người cao tuổi sẽ xấp xỉ 260.000 người.",
    ] {
        assert!(all(text).is_empty(), "{text}: {:#?}", all(text));
    }
    // A report carried still stops at what will be.
    assert_eq!(
        values(
            "Năm 2015, tỉnh đón 2,1 triệu lượt khách. Năm 2020, tổng thu từ du lịch sẽ đạt 10.000 tỷ đồng."
        ),
        [10000.0]
    );
}

/// The part a group takes up, told to a decimal and restated as its count
/// ("Tỷ lệ hộ nghèo của xã chiếm 12,5% (118 hộ)"), is what there is.
#[test]
fn a_part_taken_up_restated_as_its_count_is_counted() {
    let text = "Tỷ lệ hộ nghèo của xã chiếm 9,5% (87 hộ), hộ cận nghèo chiếm 6,21% (57 hộ).";
    assert!(all(text).is_empty(), "{text}: {:#?}", all(text));
}

/// The parts of a composition a sentence heads with its bare name are
/// set to the tenth as often as they are found: each part it takes up is
/// a target. A name that tells the year found or how it moved reports.
#[test]
fn the_parts_a_composition_s_bare_name_heads_are_set() {
    assert_eq!(
        values(
            "2. Cơ cấu kinh tế: Công nghiệp - xây dựng chiếm 42,8%; dịch vụ chiếm 40,8%; nông, lâm nghiệp và thủy sản chiếm 16,4%."
        ),
        [42.8, 40.8, 16.4]
    );
    assert_eq!(
        values("Cơ cấu kinh tế đến năm 2030: dịch vụ chiếm 52,5%, công nghiệp chiếm 38,5%."),
        [52.5, 38.5]
    );
    for text in [
        "Cơ cấu kinh tế của huyện năm 2024: nông nghiệp chiếm 30,6%; dịch vụ chiếm 45,2%.",
        "Cơ cấu kinh tế tiếp tục chuyển dịch theo hướng tích cực: công nghiệp chiếm 42,3%, dịch vụ chiếm 31,5%.",
    ] {
        assert!(all(text).is_empty(), "{text}: {:?}", values(text));
    }
}

/// A figure in the short quoted name of a programme or a campaign is the
/// name's, even after a goal cue; the goals the sentence goes on to set,
/// and a quoted target with no such head, stay.
#[test]
fn a_figure_in_a_programme_s_quoted_name_is_no_goal() {
    for text in [
        "Ngày 27/12/2022, UBND tỉnh ban hành kế hoạch thực hiện Chương trình “Mỗi xã một sản phẩm” giai đoạn 2021 – 2025.",
        "Phấn đấu thực hiện tốt phong trào \"Mỗi đoàn viên 1 việc làm tốt\" trong toàn huyện.",
    ] {
        assert!(all(text).is_empty(), "{text}: {:?}", values(text));
    }
    assert_eq!(
        values("Hưởng ứng cuộc vận động “Mỗi người 1 cây xanh”, phấn đấu trồng 10.000 cây."),
        [10000.0]
    );
    assert_eq!(
        values("“Tỷ lệ đô thị hóa trên 27%” là một trong những chỉ tiêu chủ yếu đến năm 2025."),
        [27.0]
    );
}

/// A measure per person that a share is given is the standard it sets, a
/// target as the share is; how often they are given something is still
/// the share's condition. A floor on the standard bounds no share after.
#[test]
fn a_standard_per_person_is_a_target_beside_its_share() {
    assert_eq!(
        bounds(
            "Đến năm 2030, 90% dân cư nông thôn được dùng nước sạch tối thiểu 80 lít/người/ngày, 75% hộ có nhà tiêu hợp vệ sinh."
        ),
        [
            (90.0, Bound::Exact),
            (80.0, Bound::AtLeast),
            (75.0, Bound::Exact)
        ]
    );
    assert_eq!(
        values("Phấn đấu 85% người cao tuổi được khám sức khỏe định kỳ ít nhất 1 lần/năm."),
        [85.0]
    );
    // "khoảng" passes to a figure of another kind all the same.
    assert_eq!(
        bounds(
            "Đến năm 2040, sân bay phấn đấu đạt khoảng 30 triệu hành khách/năm và 2 triệu tấn hàng hóa/năm."
        ),
        [(30.0, Bound::About), (2.0, Bound::About)]
    );
}

/// A floor on an amount after the units a count names, which "có" or
/// "được" qualify with it, says which units are counted: no target.
#[test]
fn a_floor_that_qualifies_the_units_counted_is_no_target() {
    assert_eq!(
        values(
            "Phấn đấu đến năm 2030 có 50 doanh nghiệp có doanh thu đạt trên 500 tỷ đồng; 20 \
             doanh nghiệp khởi nghiệp được định giá trên 10 triệu USD."
        ),
        [50.0, 20.0]
    );
    // A rate sets its own level, whatever qualifies whom it counts.
    assert_eq!(
        values("Phấn đấu tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt trên 98%."),
        [98.0]
    );
}

/// A count "từ ... trở lên" after "có" that the units a share or "các"
/// picks out have says which units are meant: no target. What places are
/// to have is a goal.
#[test]
fn a_count_that_qualifies_the_units_meant_is_no_target() {
    assert_eq!(
        values(
            "Phấn đấu 100% doanh nghiệp, đơn vị có từ 30 lao động trở lên thành lập công đoàn cơ sở."
        ),
        [100.0]
    );
    assert!(
        values("Khảo sát các DN có từ 25 LĐ trở lên để vận động thành lập công đoàn.").is_empty()
    );
    assert_eq!(
        values("Phấn đấu 100% xã, phường có ít nhất 1 công trình thanh niên."),
        [100.0, 1.0]
    );
}

/// A figure a condition states, in a sentence that sets no goal, defines
/// or supposes ("Được tính là ... nếu ... từ 15 ngày trở lên", "nếu duy
/// trì tốc độ này, đến năm 2030 tỉnh sẽ có ..."); a goal cue keeps it a
/// goal.
#[test]
fn a_figure_a_condition_states_sets_nothing() {
    for text in [
        "Hộ được tính là có việc làm nếu làm việc từ 20 ngày trở lên trong tháng.",
        "Nếu tiếp tục duy trì tốc độ này, đến năm 2030 tỉnh sẽ có 12.500 doanh nghiệp.",
    ] {
        assert!(all(text).is_empty(), "{text}: {:?}", values(text));
    }
    assert_eq!(
        values("Nếu điều kiện thuận lợi, huyện phấn đấu thu ngân sách đạt 500 tỷ đồng."),
        [500.0]
    );
}

/// A programme approved or issued is named by its figure, however long
/// its verb ("phê duyệt Đề án phát triển bền vững một triệu héc ta ...").
#[test]
fn a_programme_approved_is_named_by_its_figure() {
    for text in [
        "Quyết định số 1490/QĐ-TTg của Thủ tướng Chính phủ phê duyệt Đề án phát triển bền vững một triệu héc ta chuyên canh lúa chất lượng cao.",
        "UBND tỉnh ban hành Đề án xây dựng 5.000 căn nhà ở xã hội cho công nhân.",
    ] {
        assert!(all(text).is_empty(), "{text}: {:#?}", all(text));
    }
}

/// With no cue, those a count names attending an event, or coming to it,
/// came: told, whatever noun counts them. A goal cue sets the count.
#[test]
fn those_attending_an_event_are_told() {
    for text in [
        "Gần 3.000 vận động viên từ 40 tỉnh, thành phố tham dự Giải việt dã toàn quốc năm nay.",
        "Giải bơi năm nay thu hút hơn 800 vận động viên đến từ 12 tỉnh, thành phố.",
        "Hơn 500 hội viên có mặt tại lễ kỷ niệm.",
    ] {
        assert!(all(text).is_empty(), "{text}: {:#?}", all(text));
    }
    let read: Vec<_> = all("Phấn đấu hằng năm đào tạo 300 vận động viên, 20 nghiên cứu sinh.")
        .into_iter()
        .map(|t| (t.value, t.unit))
        .collect();
    assert_eq!(
        read,
        [
            (300.0, Some("vận động viên".to_string())),
            (20.0, Some("nghiên cứu sinh".to_string()))
        ]
    );
}

/// With no cue, a figure whose excess over a plan it leaves unnamed
/// follows it ("đạt 93,5%, vượt 0,3%") was reached: told, with its excess.
/// A goal cue sets both.
#[test]
fn a_figure_told_with_its_excess_is_a_result() {
    for text in [
        "Đến cuối năm 2024, tỷ lệ bao phủ BHYT đạt 93,2%, vượt 0,4%.",
        "Tỷ lệ lao động tham gia BHXH đạt 41,5%, vượt 1,8%; tỷ lệ thất nghiệp dưới 3%, vượt 0,2%.",
    ] {
        assert!(all(text).is_empty(), "{text}: {:#?}", all(text));
    }
    assert_eq!(
        values("Phấn đấu tỷ lệ bao phủ BHYT đạt 95%, vượt 1%."),
        [95.0, 1.0]
    );
}
