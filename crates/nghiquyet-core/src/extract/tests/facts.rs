//! Facts and descriptions: what a place is and has, enumerations after "có", conditions.

use super::*;

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
fn what_there_is_by_a_deadline_is_a_goal() {
    let t = one("Đến năm 2030 có 2 đơn vị cấp huyện hoàn thành nhiệm vụ xây dựng nông thôn mới");
    assert_eq!(
        (t.value, t.unit.as_deref(), t.deadline_year),
        (2.0, Some("đơn vị cấp huyện"), Some(2030))
    );
    assert!(all("Năm 2024 có 12 xã đạt chuẩn nông thôn mới").is_empty());
    // "có thêm" is growth to reach, in words too (annotation rule 9), and
    // for every count it lists.
    assert_eq!(
        values(
            "Duy trì 100% số xã đạt chuẩn; có thêm 05 xã nông thôn mới nâng cao, 06 xã đạt nông thôn mới kiểu mẫu;"
        ),
        [100.0, 5.0, 6.0]
    );
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
fn the_state_of_a_whole_place_is_described() {
    assert!(all("Toàn huyện có 85% hộ dân sử dụng nước hợp vệ sinh").is_empty());
    assert_eq!(
        values("Đến năm 2030, toàn huyện có 95% hộ dân sử dụng nước sạch"),
        [95.0]
    );
    assert_eq!(values("100% xã có trạm y tế đạt chuẩn"), [100.0]);
}

#[test]
fn a_share_of_the_population_is_no_fact_about_the_place() {
    let t = one("Tỷ lệ bao phủ bảo hiểm y tế đạt trên 95% dân số");
    assert_eq!((t.value, t.bound), (95.0, Bound::Above));
}

#[test]
fn a_yield_per_unit_of_area_is_no_fact_about_the_place() {
    let t = one("Giá trị sản xuất trên đơn vị diện tích canh tác: 140 triệu đồng/ha;");
    assert_eq!((t.value, t.per.as_deref()), (140.0, Some("ha")));
    // Nor is one per hectare of it, in a list of such yields.
    assert_eq!(
        values(
            "Nâng giá trị sản phẩm trên 1ha diện tích trồng trọt đạt 180 triệu đồng/ha, thủy \
             sản đạt 450 triệu đồng/ha."
        ),
        [180.0, 450.0]
    );
    assert!(all("Xã có diện tích tự nhiên 2.450 ha.").is_empty());
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
fn a_breakdown_of_a_fact_is_a_fact() {
    let text = "Dân số toàn tỉnh hơn 1,2 triệu người, trong đó dân tộc thiểu số chiếm 34%";
    assert!(all(text).is_empty(), "{:#?}", all(text));
    assert_eq!(
        values("Tỷ lệ lao động qua đào tạo đạt 70%, trong đó có bằng cấp, chứng chỉ đạt 35%"),
        [70.0, 35.0]
    );
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
fn a_breakdown_of_what_there_is_is_what_there_is() {
    assert!(all("Chi bộ có 35 đảng viên, trong đó 12 đảng viên nữ.").is_empty());
    // A breakdown of a goal is a goal.
    assert_eq!(
        values("Phấn đấu kết nạp 35 đảng viên, trong đó 12 đảng viên nữ."),
        [35.0, 12.0]
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
    // So is the year it is to be so in, told after it.
    assert_eq!(
        milestones("Quy mô dân số của tỉnh khoảng 1,9 triệu người vào năm 2030."),
        [(1.9, Some("triệu người".into()), Some(2030))]
    );
    // Without a deadline it is what the place is.
    assert!(all("Mật độ dân số đô thị là 2.000 người/km2.").is_empty());
    assert!(all("Quy mô dân số của tỉnh khoảng 1,9 triệu người.").is_empty());
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
    // The area of a work the item opens on is its size, past a
    // breakdown's opener too.
    assert_eq!(
        values(
            "Khoanh nuôi tái sinh rừng giai đoạn 2026 - 2030 diện tích 12.000 ha. Trong đó, trồng rừng phòng hộ diện tích 2.500 ha."
        ),
        [12000.0, 2500.0]
    );
}

#[test]
fn a_projects_total_investment_is_a_fact() {
    assert!(all("Dự án có tổng mức đầu tư 1.500 tỷ VNĐ.").is_empty());
    assert!(all("Tổng mức đầu tư dự án là 350 tỷ đồng.").is_empty());
    assert!(all("Tổng đầu tư dự án là 350 tỷ đồng.").is_empty());
    // What a work is by design, even under a plan only cited.
    assert!(
        all(
            "Theo kế hoạch, lễ khởi công dự án diễn ra lúc 8h ngày 19/12/2026, tổng mức đầu \
             tư 2.450,75 tỷ đồng."
        )
        .is_empty()
    );
    assert!(all("Tuyến đường sắt dài khoảng 419 km, tốc độ thiết kế 160 km/h.").is_empty());
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
fn every_item_of_a_facts_breakdown_is_a_fact() {
    assert!(
        all("Chương trình có tổng kinh phí 1.250 tỷ đồng, trong đó ngân sách trung ương 800 tỷ đồng, ngân sách địa phương 450 tỷ đồng.")
            .is_empty()
    );
    // After a ';' a new item is no longer the fact's.
    assert_eq!(
        values(
            "Chương trình có tổng kinh phí 1.250 tỷ đồng, trong đó ngân sách trung ương 800 tỷ đồng; thu ngân sách tăng 10%."
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
fn an_area_a_verb_adds_to_is_no_fact() {
    let t = all(
        "Tăng thêm 500 ha diện tích cây ăn quả, nâng tổng diện tích lên 6.000 ha vào năm 2030.",
    );
    let read: Vec<_> = t.iter().map(|t| (t.value, t.bound)).collect();
    assert_eq!(read, [(500.0, Bound::IncreaseBy), (6000.0, Bound::Exact)]);
    // The area a place has is still a fact.
    assert!(all("Xã có 500 ha diện tích cây ăn quả.").is_empty());
}

/// The size of the works an item opens on commanding, told after "với",
/// is theirs to reach as their count is; with a subject named first, it
/// is what there is.
#[test]
fn the_size_of_works_commanded_is_no_fact() {
    for text in [
        "Xây dựng 2 nhà máy điện với tổng công suất 1.200 MW.",
        "Thu hút đầu tư; hoàn thành 3 tuyến đường với tổng chiều dài 45 km.",
    ] {
        assert_eq!(values(text).len(), 2, "{text}: {:?}", values(text));
    }
    assert!(all("Tỉnh có 15 khu công nghiệp với tổng diện tích 6.800 ha.").is_empty());
}

#[test]
fn a_count_in_a_rates_subject_is_its_condition() {
    let t = one(
        "Tỷ lệ tổ chức cơ sở đảng có từ 3 đảng viên trở lên được kết nạp mới trong năm đạt 50%.",
    );
    assert_eq!((t.value, t.unit.as_deref()), (50.0, Some("%")));
    // So is a count of places named one by one, across their commas.
    let t =
        one("Phấn đấu tỷ lệ hộ nghèo 02 huyện Trạm Tấu, Mù Cang Chải bình quân giảm trên 5%/năm.");
    assert_eq!((t.value, t.unit.as_deref()), (5.0, Some("%")));
    // A count in its own item stays.
    assert_eq!(
        values("Tỷ lệ lao động qua đào tạo đạt 70%, giải quyết việc làm cho 3.000 lao động."),
        [70.0, 3000.0]
    );
}

#[test]
fn what_the_units_of_a_share_have_is_its_condition() {
    let t = one("Phấn đấu 100% các xã có từ 2 sản phẩm OCOP trở lên.");
    assert_eq!((t.value, t.unit.as_deref()), (100.0, Some("%")));
    // How often they are given something is one too.
    let t = one("Đến năm 2030, 80% người cao tuổi được khám sức khỏe định kỳ ít nhất 1 lần/năm.");
    assert_eq!((t.value, t.unit.as_deref()), (80.0, Some("%")));
    // A count in an item of its own stays.
    assert_eq!(
        values("Phấn đấu 100% xã đạt chuẩn nông thôn mới, xây dựng 5 xã kiểu mẫu."),
        [100.0, 5.0]
    );
    // Nor does one after "và", which opens another item.
    assert_eq!(
        values("Đến năm 2030, trên 70% số xã đạt chuẩn và có ít nhất 3 huyện đạt chuẩn."),
        [70.0, 3.0]
    );
}

#[test]
fn a_share_that_qualifies_a_kind_of_units_is_their_condition() {
    assert_eq!(
        values(
            "Phấn đấu tỷ lệ hộ nghèo ở các thôn có tỷ lệ hộ nghèo cao trên 30% giảm từ 5% trở lên."
        ),
        [5.0]
    );
    assert_eq!(
        values("Phấn đấu giảm 3% tỷ lệ hộ nghèo ở các xã có tỷ lệ hộ nghèo trên 20%."),
        [3.0]
    );
    // With no figure beside it, the share is the goal for those units.
    assert_eq!(values("Phấn đấu các xã có tỷ lệ hộ nghèo dưới 3%."), [3.0]);
    // Units counted right before it are what the share qualifies.
    assert_eq!(
        values("Phấn đấu đến năm 2030 có 5 huyện có tỷ lệ che phủ rừng trên 60%."),
        [5.0]
    );
    assert!(
        all("Toàn tỉnh có 12/15 huyện, thị xã có tỷ lệ giải ngân dưới 50%, trong đó 3 huyện dưới 20%.")
            .iter()
            .all(|t| t.unit.as_deref() != Some("%"))
    );
}

#[test]
fn a_count_whose_units_a_share_s_change_is_told_of_is_its_subject() {
    assert_eq!(
        values(
            "Năm 2027, huyện phấn đấu giảm tỷ lệ hộ nghèo 1,5%; trong đó, 4 xã đặc biệt khó khăn giảm từ 3% trở lên."
        ),
        [1.5, 3.0]
    );
    // A count of what reaches a share is the target still.
    assert!(
        values("Phấn đấu đến năm 2030 có 6 trường đạt 100% tiêu chí trường học hạnh phúc.")
            .contains(&6.0)
    );
    // So is a level its change follows: a range, or an amount in millions.
    assert_eq!(
        values("Phấn đấu khách quốc tế 2,3 - 2,5 triệu lượt tăng gần 20%."),
        [2.3, 20.0]
    );
    assert_eq!(
        values("Phấn đấu khách quốc tế 2,5 triệu lượt tăng gần 20%."),
        [2.5, 20.0]
    );
}

#[test]
fn units_of_a_whole_counted_by_what_goes_on_now_are_what_there_is() {
    assert!(all("12/35 xã vùng cao đang được đầu tư hạ tầng giao thông.").is_empty());
    assert_eq!(
        values("Phấn đấu đến năm 2030 có 30/35 xã đạt chuẩn nông thôn mới."),
        [30.0]
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
        // Past its first ';', a clause that opens on a fact goes on.
        "Xã Quảng Phú có 24 thôn với 8.710 hộ; bờ biển dài 12 km và hơn 1.100 ha đất nuôi trồng thủy sản.",
        // A body by its proper name and what it has, counted.
        "Trường Mầm non Hoa Sen có 12 nhóm, lớp với 386 trẻ, 100% trẻ được ăn bán trú tại trường.",
        "Hợp tác xã Nông nghiệp Thành Công có 126 xã viên, liên kết tiêu thụ 320 ha lúa.",
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
        // A name goes on to its first ';'.
        (
            "Thành phố Hà Nội có 30 quận, huyện; phấn đấu đến năm 2030 có 100% xã đạt chuẩn.",
            vec![100.0],
        ),
        (
            "Dân số đến năm 2030 khoảng 1,6 triệu người; tỷ lệ đô thị hóa đến năm 2030 đạt 45%.",
            vec![1.6, 45.0],
        ),
    ] {
        assert_eq!(values(text), want, "{text}");
    }
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

/// A statistic of a place ("dân số trung bình") or a fact of it counted to
/// the unit is measured, whatever its year; a population a plan sets is
/// round and dated by a goal.
#[test]
fn statistics_of_a_place_are_facts_whatever_their_year() {
    assert!(all("Dân số trung bình của huyện năm 2025 khoảng 215 nghìn người.").is_empty());
    assert!(all("Dân số toàn huyện đến cuối năm 2025 là 214.736 người.").is_empty());
    assert_eq!(
        values("Quy mô dân số của tỉnh đến năm 2030 khoảng 1,5 triệu người."),
        [1.5]
    );
    assert_eq!(
        values("Phấn đấu đến năm 2030 dân số toàn tỉnh đạt 1.500.000 người."),
        [1_500_000.0]
    );
}

/// A figure whose item goes on, past a comma, with what is going on now
/// ("..., đang vận hành") tells what its thing is; one to reach, with a
/// cue or a "đang" inside what a share counts, is still a goal.
#[test]
fn a_thing_in_operation_is_described_not_aimed_at() {
    assert!(
        all("Trạm xử lý nước thải khu công nghiệp công suất 6.000 m3/ngày, xử lý 4.500 m3 mỗi ngày, đang hoạt động ổn định.")
            .is_empty()
    );
    assert!(
        all("Nhà máy thủy điện có 2 tổ máy, phát điện 60 MW, đang chạy hết công suất.").is_empty()
    );
    assert_eq!(
        values(
            "Phấn đấu đến năm 2030 điện mặt trời mái nhà đạt 300 MW, đang triển khai tại các khu công nghiệp."
        ),
        [300.0]
    );
    assert_eq!(
        values("100% cụm công nghiệp đang hoạt động có hệ thống xử lý nước thải tập trung."),
        [100.0]
    );
}

/// What goes on now, the verb governing the figure ("đang quản lý 2.680
/// tỷ đồng"), is what there is; "đang" in an indicator's name, with its
/// own predicate, is not.
#[test]
fn the_object_of_what_goes_on_is_what_there_is() {
    for text in [
        "Quỹ tín dụng nhân dân đang quản lý khoảng 1.900 tỷ đồng tiền gửi của thành viên.",
        "Sở Giao thông vận tải đang triển khai 14 dự án đường tỉnh.",
    ] {
        assert!(all(text).is_empty(), "{text}: {:#?}", all(text));
    }
    assert_eq!(
        values("Đến năm 2030, số hợp tác xã đang hoạt động đạt 120 hợp tác xã."),
        [120.0]
    );
    assert_eq!(
        values("Số lao động đang làm việc trong các khu công nghiệp tăng 20%."),
        [20.0]
    );
    // So is the number of them named, its bound right after.
    assert_eq!(
        values(
            "Tổng số hợp tác xã đang hoạt động trên 450 hợp tác xã; thu nhập đạt trên 80 triệu đồng."
        ),
        [450.0, 80.0]
    );
}

/// What arises of itself, the verb governing the figure ("phát sinh
/// khoảng 900 tấn rác"), is a fact of the place; what a plan does to it
/// is a goal.
#[test]
fn what_arises_is_a_fact() {
    assert!(
        all("Mỗi ngày toàn thành phố phát sinh khoảng 900 tấn chất thải rắn sinh hoạt.").is_empty()
    );
    assert_eq!(
        values("Giảm 15% lượng chất thải rắn sinh hoạt phát sinh so với năm 2025."),
        [15.0]
    );
}

/// A rate told next to what a place has, past a comma ("có 30 km đường
/// ..., tỷ lệ cứng hóa đạt 91%"), measures what there is; by a deadline
/// both are goals.
#[test]
fn a_rate_next_to_what_there_is_measures_it() {
    assert!(
        all("Phường có 18,5 km đường nội thị, 40 km đường tổ dân phố, tỷ lệ nhựa hóa đạt 93%.")
            .is_empty()
    );
    assert_eq!(
        values("Đến năm 2030, xã có 60 km đường giao thông nông thôn, tỷ lệ cứng hóa đạt 100%."),
        [60.0, 100.0]
    );
}

/// A figure in the name a sentence opens on names the programme when the
/// sentence goes on to figures of its own; a floor or a cue in the name
/// states the programme's goal.
#[test]
fn a_figure_in_a_programme_s_name_names_it() {
    assert_eq!(
        values(
            "Đề án phát triển 500.000 ha rừng gỗ lớn của Chính phủ giao tỉnh chỉ tiêu 12.000 ha đến năm 2030."
        ),
        [12000.0]
    );
    assert_eq!(
        values(
            "Chương trình kiên cố hóa 5.000 km kênh mương: đến năm 2027 tỉnh hoàn thành 320 km."
        ),
        [320.0]
    );
    assert_eq!(
        values("Đề án phát triển ít nhất 500.000 ha rừng gỗ lớn đến năm 2030."),
        [500000.0]
    );
}

/// A sentence that opens on a place's name and what it has or where it
/// lies ("Xã ... có diện tích tự nhiên", "Huyện nằm cách ...") tells what
/// the place is to its end; a goal cue in it still sets its goals.
#[test]
fn a_sentence_opening_on_what_a_place_has_tells_it_to_the_end() {
    assert!(
        all("Huyện Mường Tè có đường biên giới dài 98 km, rừng đặc dụng rộng hơn 33.000 ha với 14 đồn biên phòng.")
            .is_empty()
    );
    assert!(all("Xã nằm cách trung tâm huyện 18 km, có 9 thôn, bản.").is_empty());
    // And one that opens on what a place of a kind has, counted.
    assert!(
        all("Xã có 9 thôn với 2.150 hộ, thu nhập bình quân đạt 58 triệu đồng/người/năm.")
            .is_empty()
    );
    // So does one that opens on what a work has.
    assert!(
        all("Nhà máy thủy điện Sông Bung có công suất 100 MW, sản lượng điện bình quân 410 triệu kWh/năm.")
            .is_empty()
    );
    assert_eq!(
        values("Xã có dân số 9.400 người, phấn đấu đến năm 2030 có 100% thôn đạt chuẩn văn hóa."),
        [100.0]
    );
}

#[test]
fn a_work_s_profile_is_told_in_all_its_figures() {
    // Opening on a work and naming what it is by design, with no goal cue.
    assert!(
        all(
            "Nhà máy điện gió Phước Hữu 2 có 24 tua-bin, tổng công suất 50 MW, sản lượng \
             điện bình quân khoảng 160 triệu kWh/năm; dự án chiếm dụng 32 ha đất, tổng vốn \
             đầu tư 2.100 tỷ đồng."
        )
        .is_empty()
    );
    // A goal cue makes a plan of it.
    assert!(
        values(
            "Dự án có tổng mức đầu tư 900 tỷ đồng, phấn đấu hoàn thành 100% khối lượng năm 2026."
        )
        .contains(&100.0)
    );
}

#[test]
fn what_exists_closing_a_phrase_governs_no_later_figure() {
    assert_eq!(
        values("Phấn đấu bảo vệ 100% diện tích rừng hiện có và trồng mới ít nhất 500 ha rừng"),
        [100.0, 500.0]
    );
    assert_eq!(
        values("Phấn đấu giảm 30% số hộ cận nghèo hiện có và tạo việc làm cho 900 lao động"),
        [30.0, 900.0]
    );
    // What a share's units have, or have none of, is still its condition.
    assert_eq!(
        values("Phấn đấu 100% xã có từ 3 sản phẩm OCOP trở lên"),
        [100.0]
    );
    assert_eq!(
        values("Bảo đảm 100% hộ gia đình chính sách không còn nhà tạm"),
        [100.0]
    );
}

#[test]
fn a_fact_of_the_clause_before_ends_no_enumeration() {
    let text = "Huyện có 52 km bờ biển; có 2 cụm công nghiệp và 14 hợp tác xã nông nghiệp.";
    assert!(all(text).is_empty(), "{text}: {:#?}", all(text));
}

#[test]
fn what_an_event_is_made_of_is_no_goal() {
    for text in [
        "Hội thi thu hút 900 thí sinh đến từ 36 trường; tổng giá trị giải thưởng 150 triệu đồng.",
        "Năm nay hội chợ đón gần 2 triệu lượt khách, tăng 200.000 lượt so với năm ngoái.",
    ] {
        assert!(all(text).is_empty(), "{text}: {:#?}", all(text));
    }
}

#[test]
fn counts_joined_to_where_are_where_too() {
    assert!(
        all("Đồng bào dân tộc thiểu số sinh sống tại 12 xã và 3 thị trấn của huyện.").is_empty()
    );
    // A goal joined by "và" is still a goal.
    assert_eq!(
        values("Năm 2026 phấn đấu có thêm 4 xã và 2 thị trấn đạt chuẩn văn minh đô thị."),
        [4.0, 2.0]
    );
}

#[test]
fn the_share_of_a_place_a_part_takes_up_is_a_fact() {
    assert!(
        all("Khu vực miền núi của tỉnh chiếm 64% diện tích tự nhiên và 21% dân số.").is_empty()
    );
    // A share to take up by a deadline is a goal.
    assert_eq!(
        values("Đến năm 2030, khu vực đô thị chiếm 45% dân số của tỉnh."),
        [45.0]
    );
}

#[test]
fn an_area_a_rate_counts_is_no_fact() {
    assert_eq!(
        values("Tỷ lệ cơ giới hóa trên diện tích gieo trồng 85%."),
        [85.0]
    );
    assert!(values("Xã có diện tích tự nhiên 2.450 ha.").is_empty());
}

/// A count of places that names each of them tells which they are; a cue
/// sets it still.
#[test]
fn a_count_of_places_named_one_by_one_is_no_goal() {
    assert!(
        all("Tỉnh mới được hợp nhất từ ba tỉnh Lâm Đồng, Đắk Nông và Bình Thuận, dân số hơn 3,8 triệu người.")
            .is_empty()
    );
    assert_eq!(
        values("Phấn đấu 2 xã Tân An và Tân Hòa đạt chuẩn nông thôn mới nâng cao."),
        [2.0]
    );
    // A count with no names after it is left to the other rules.
    assert_eq!(
        values("Xây dựng 3 xã đạt chuẩn nông thôn mới kiểu mẫu."),
        [3.0]
    );
}

/// The share of units counted by what goes on with them now tells what
/// there is, with no cue; under a deadline its words pick which count.
#[test]
fn a_share_of_what_goes_on_now_is_told() {
    assert!(
        all("Hơn 90% lượng rác toàn tỉnh đang được xử lý bằng chôn lấp, song hạ tầng quá tải.")
            .is_empty()
    );
    assert_eq!(
        values("Đến năm 2030, 100% khu công nghiệp đang hoạt động có hệ thống xử lý nước thải."),
        [100.0]
    );
}

/// A capacity is what a plant or a port has ("Cảng có công suất 200.000
/// tấn/năm"), but one a verb after it changes is a goal's change, as one
/// a verb before it changes is.
#[test]
fn a_capacity_a_verb_changes_is_no_fact() {
    assert!(values("Cảng cá Lạch Bạng có công suất 200.000 tấn/năm.").is_empty());
    for text in [
        "Công suất cảng cá tăng thêm khoảng 200.000 tấn/năm.",
        "Nâng công suất cảng cá lên 200.000 tấn/năm.",
    ] {
        assert_eq!(values(text), [200000.0], "{text}");
    }
    // Vessels are counted.
    let t = one("Công suất neo đậu tăng thêm khoảng 1.500 tàu.");
    assert_eq!((t.value, t.unit.as_deref()), (1500.0, Some("tàu")));
}

/// A work's investment is its size; the economy's ("tổng vốn đầu tư phát
/// triển", "toàn xã hội", or a share of GRDP) is a goal like any other.
#[test]
fn the_economy_s_investment_is_no_work_s_fact() {
    assert!(all("Dự án có tổng vốn đầu tư khoảng 2.500 tỷ đồng.").is_empty());
    let ts = all(
        "Về kinh tế: GRDP tăng bình quân 8%/năm; tổng vốn đầu tư phát triển đạt khoảng 32% GRDP.",
    );
    assert_eq!(ts.iter().map(|t| t.value).collect::<Vec<_>>(), [8.0, 32.0]);
    let ts = all(
        "Về kinh tế: GRDP tăng bình quân 8%/năm; tổng vốn đầu tư toàn xã hội đạt khoảng 95.000 tỷ đồng.",
    );
    assert_eq!(
        ts.iter().map(|t| t.value).collect::<Vec<_>>(),
        [8.0, 95000.0]
    );
}

/// None of the very units a share counts is a goal of its own, not the
/// share's condition; none of another noun still is one.
#[test]
fn none_of_the_units_a_share_counts_is_a_goal() {
    let ts = all("Phấn đấu có 70% chi bộ trở lên đạt vững mạnh không có chi bộ yếu kém.");
    let read: Vec<_> = ts.iter().map(|t| (t.value, t.unit.as_deref())).collect();
    assert_eq!(read, [(70.0, Some("%")), (0.0, Some("chi bộ"))]);
    assert_eq!(
        all("Phấn đấu 100% hộ người có công không còn nhà tạm.").len(),
        1
    );
}

/// A count of places named right after it, going on to a figure they
/// reach, says which places reach it: that figure is the target.
#[test]
fn places_named_after_their_count_reach_the_figure() {
    let ts = all(
        "Phấn đấu đến năm 2027, xã Văn Lem đạt 15/19 tiêu chí, 2 xã Pô Kô và Đắk Rơ Nga đạt 14/19 tiêu chí.",
    );
    let read: Vec<_> = ts.iter().map(|t| (t.value, t.unit.as_deref())).collect();
    assert_eq!(read, [(15.0, Some("tiêu chí")), (14.0, Some("tiêu chí"))]);
    // A count of places to bring to a standard is one.
    let t = one("Phấn đấu có thêm 2 huyện Tam Đường, Than Uyên đạt chuẩn nông thôn mới.");
    assert_eq!((t.value, t.unit.as_deref()), (2.0, Some("huyện")));
}
