//! Goals against reports: cues, estimates, results measured against the plan, what was done.

use super::*;

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

/// All the targets told passed open a list of results ("Các chỉ tiêu kinh
/// tế - xã hội chủ yếu đều đạt và vượt kế hoạch đề ra: ..."); targets to
/// reach open one of goals.
#[test]
fn targets_told_passed_open_a_review_s_list() {
    for text in [
        "Các chỉ tiêu kinh tế- xã hội chủ yếu đều đạt và vượt kế hoạch đề ra: tốc độ tăng trưởng bình quân 5 năm đạt 9,5%; thu ngân sách 1.200 tỷ đồng.",
        "Các chỉ tiêu chủ yếu cơ bản đạt và vượt 50% so với kế hoạch đề ra như: giá trị sản xuất nông nghiệp đạt 52,4%; giải quyết việc làm cho 1.100 người.",
    ] {
        assert!(all(text).is_empty(), "{text}: {:#?}", all(text));
    }
    assert_eq!(
        values("Các chỉ tiêu đạt được đến năm 2030: tăng trưởng 8%; thu nhập 120 triệu đồng."),
        [8.0, 120.0]
    );
}

#[test]
fn results_measured_against_the_plan_are_reports() {
    for text in [
        "Thu ngân sách trên địa bàn đạt 1.250 tỷ đồng, vượt 12% so với nghị quyết",
        "Tổng vốn đầu tư toàn xã hội bằng 118% so với Nghị quyết",
        "Giá trị sản xuất công nghiệp đạt 97% nghị quyết đề ra",
        "trồng mới 120 ha rừng (vượt 20 ha so với chỉ tiêu Nghị quyết)",
        "Tính đến cuối năm, toàn huyện có 85% xã đạt chuẩn, vượt mục tiêu giai đoạn và 10% xã đạt chuẩn nâng cao",
        // The plan abbreviated.
        "Giá trị sản xuất nông nghiệp đạt 54,8% KH năm",
        "Cơ cấu kinh tế dịch vụ chiếm 62%, nông nghiệp chiếm 38%, đạt 100% KH",
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
    // Under a goal, "đã" may tell that the plan was set, not what was done.
    assert_eq!(
        values("Phấn đấu đến năm 2030 có 1.500 km đường bộ cao tốc như Nghị quyết đã đề ra."),
        [1500.0]
    );
    assert!(values("Tỷ lệ đô thị hóa đạt 45%, đạt mục tiêu Nghị quyết đã đề ra.").is_empty());
    // Under a goal, a later figure's "đã" is that figure's.
    assert_eq!(
        values(
            "Huyện đặt mục tiêu thu ngân sách 850 tỷ đồng trong năm 2027, dựa trên kết quả 12/14 \
             chỉ tiêu đã hoàn thành năm 2026."
        ),
        [850.0]
    );
}

#[test]
fn a_fall_dated_at_either_end_is_a_report() {
    assert!(all("Tỷ lệ nợ xấu giảm từ 4,2% đầu nhiệm kỳ xuống còn 2,1% năm 2019").is_empty());
    assert!(all("Tỷ lệ hộ nghèo giảm từ 12% xuống còn 4,5% năm 2024").is_empty());
}

#[test]
fn compared_with_the_plan_is_no_goal() {
    let text = "Đến nay có 24 xã đạt chuẩn, gấp 1,5 lần so kế hoạch, tăng 9 xã so với năm 2019";
    assert!(all(text).is_empty(), "{:#?}", all(text));
}

#[test]
fn shares_of_a_quota_and_excesses_over_the_plan_are_reports() {
    for text in [
        "Trong nhiệm kỳ, Đảng bộ huyện kết nạp 1.126 đảng viên mới, đạt 112% chỉ tiêu",
        "Giá trị sản xuất công nghiệp đạt 12.300 tỷ đồng, đạt 98,5% chỉ tiêu đề ra",
        "Tổng vốn đầu tư toàn xã hội đạt 8.900 tỷ đồng, vượt 6% mục tiêu nghị quyết",
        "Thu ngân sách trên địa bàn đạt 2.150 tỷ đồng, vượt dự toán 15%",
        "Năm 2024, huyện hoàn thành 100% chỉ tiêu nghị quyết đề ra",
        // A bare excess after one over the plan is over the same plan.
        "Huyện A vượt dự toán 14%, huyện B vượt 11% và huyện C vượt 6%.",
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
    // A floor or a cap expected is a plan's; "trên" rounds what is expected.
    assert_eq!(
        values("Tỷ lệ chia cổ tức dự kiến duy trì ở mức tối thiểu 12%."),
        [12.0]
    );
    assert!(values("Sản lượng lương thực dự kiến đạt trên 53 nghìn tấn.").is_empty());
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
        // It makes a sentence with no cue a report.
        "Hằng năm có 85% chi bộ hoàn thành tốt nhiệm vụ, Đảng bộ kết nạp được 96 đảng viên mới.",
        // So does one whose noun no unit list knows.
        "Mỗi năm, hội mở được 40 lớp dạy nghề, giới thiệu việc làm cho 1.250 lượt đoàn viên.",
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
        // Preliminary figures are estimates.
        "Sản lượng thủy sản cả năm sơ bộ đạt 52.300 tấn; diện tích nuôi trồng đạt 4.150 ha.",
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
    // Nor is a labour agreement, which sums up none of the goals before it.
    assert_eq!(
        values("100% thôn có chi bộ; 75% doanh nghiệp có công đoàn ký thỏa ước lao động tập thể."),
        [100.0, 75.0]
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
fn the_resolution_carried_out_is_no_goal_cue() {
    for text in [
        "Sau 5 năm thực hiện Nghị quyết, toàn tỉnh có 85% số xã đạt chuẩn nông thôn mới.",
        "Qua 3 năm triển khai kế hoạch, tỷ lệ hộ nghèo còn 2,3%.",
        // However it was carried out, last of the documents listed.
        "Năm qua, Đảng ủy đã triển khai hiệu quả nghị quyết; tổ chức huấn luyện đạt 98,5%.",
        "6 tháng đầu năm, huyện đã quán triệt, triển khai tốt chỉ thị, kết luận, nghị quyết chuyên đề; tuyển quân đạt 99,2%.",
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
fn a_total_a_goal_cue_governs_is_the_goals() {
    assert_eq!(
        values("Phấn đấu xây dựng 5 trường học, nâng tổng số lên 32 trường."),
        [5.0, 32.0]
    );
    // Without a cue, a total brought is a result.
    assert!(all("Trong năm, kết nạp 326 đảng viên, nâng tổng số đảng viên lên 8.450.").is_empty());
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
fn what_dates_or_qualifies_a_goal_s_figure_tells_no_report() {
    // "hiện nay" right after a figure dates it: the level the goal raises.
    assert_eq!(
        values(
            "Thị trấn phấn đấu nâng tỷ lệ hộ có nhà vệ sinh hợp chuẩn từ 64% hiện nay lên 85% vào năm 2029."
        ),
        [85.0]
    );
    assert_eq!(
        values("Đưa tỷ lệ cây xanh đô thị từ 3,1 m2/người hiện nay lên 5 m2/người."),
        [5.0]
    );
    // The rate's bound after what qualifies what it counts.
    assert_eq!(
        values("Tỷ lệ lấp đầy các cụm công nghiệp đã đi vào vận hành trên 75%."),
        [75.0]
    );
    assert!(
        all("Các cụm công nghiệp đã đi vào vận hành trên địa bàn thu hút 4.200 lao động.")
            .is_empty()
    );
    // Opening a clause, it tells the present state still.
    assert!(
        all("Đến nay đã hoàn thành 9 tuyến đường, hiện nay tỷ lệ đường được cứng hóa là 78%.")
            .is_empty()
    );
}

#[test]
fn an_event_told_in_the_passive_is_a_report() {
    for text in [
        "Dự án được triển khai tại 4 huyện miền núi với sự tham gia của 1.500 hộ đồng bào dân tộc thiểu số.",
        "Mô hình được thực hiện tại 3 huyện, với sự tham gia của 1.200 hộ.",
        "Bệnh viện có quy mô 500 giường, được đầu tư với tổng kinh phí hơn 900 tỷ đồng.",
        // Those who took part in an event a resolution names.
        "Bộ Chính trị đã tổ chức hội nghị toàn quốc quán triệt nội dung của Nghị quyết với \
         sự tham gia của hơn 1,5 triệu cán bộ, đảng viên.",
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
fn a_share_of_the_plan_to_strive_for_is_the_goal() {
    let t = one("Tỷ lệ giải ngân vốn đầu tư công phấn đấu đạt trên 95% kế hoạch vốn được giao.");
    assert_eq!((t.value, t.bound), (95.0, Bound::Above));
    // Reached, it is a result; a plan named before is no striving.
    assert!(all("Giải ngân vốn đầu tư công năm 2024 đạt 92,3% kế hoạch vốn được giao.").is_empty());
    assert!(all("Theo kế hoạch, giá trị sản xuất đạt 101,3% kế hoạch năm.").is_empty());
    // A goal cue in its own item governs it, whatever an item before
    // measured against the plan.
    assert_eq!(
        values(
            "Huyện phấn đấu thu ngân sách vượt dự toán từ 5% trở lên; phấn đấu giải ngân vốn \
             đầu tư công đạt 98% so với kế hoạch tỉnh giao."
        ),
        [5.0, 98.0]
    );
}

/// A level restated as its share of the plan ("đạt 665 tỷ đồng, bằng
/// 147,6% dự toán") is measured against it, whatever goal the sentence
/// before set; a goal cue of its own keeps it a goal.
#[test]
fn a_level_restated_as_a_share_of_the_plan_is_a_result() {
    assert!(
        all(
            "Huyện đặt mục tiêu trở thành thị xã trước năm 2030. Thu ngân sách đạt gần 712 tỷ \
             đồng, bằng 131,4% dự toán giao."
        )
        .is_empty()
    );
    assert_eq!(
        values("Phấn đấu thu ngân sách đạt 800 tỷ đồng, bằng 110% dự toán giao.").first(),
        Some(&800.0)
    );
}

/// A share of the plan told in the future ("sẽ ... đạt 100% chỉ tiêu") is
/// to reach, as one a goal cue governs is; an estimate told in the future
/// is still measured.
#[test]
fn a_share_of_the_plan_told_in_the_future_is_the_goal() {
    let t = one("Đảng bộ sẽ tuyển chọn và gọi công dân nhập ngũ đạt 100% chỉ tiêu.");
    assert_eq!((t.value, t.bound), (100.0, Bound::Exact));
    for text in [
        "Dự kiến cả năm kim ngạch xuất khẩu sẽ đạt 105% kế hoạch.",
        "Năm 2025, thu ngân sách ước sẽ đạt 102% dự toán.",
    ] {
        assert!(all(text).is_empty(), "{text}: {:#?}", all(text));
    }
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
    // A plan just issued is told of; its figures are its goals.
    assert_eq!(
        values(
            "Theo Đề án do UBND huyện vừa ban hành, từ nay đến năm 2027, huyện tu bổ 45 di tích."
        ),
        [45.0]
    );
    // So is one just issued in the passive, past its issuer.
    assert_eq!(
        values(
            "Theo Đề án vừa được Thủ tướng Chính phủ phê duyệt, đến năm 2025 sẽ có khoảng 100 dự án gọi được vốn."
        ),
        [100.0]
    );
    let text = "Huyện vừa được tỉnh khen thưởng, năm nay thu ngân sách 412 tỷ đồng.";
    assert!(values(text).is_empty(), "{text}");
}

/// Targets set in number, however a report word before tells it ("vẫn
/// đặt nhiều mục tiêu"), lead the items the sentences after go on with.
#[test]
fn targets_set_in_number_lead_the_items_after() {
    assert_eq!(
        values(
            "Dù còn khó khăn, tỉnh vẫn đặt nhiều mục tiêu ở mức cao. Trong đó, tốc độ tăng trưởng GRDP bình quân đạt khoảng 9%/năm."
        ),
        [9.0]
    );
    assert_eq!(
        values("Đại hội xác định 17 chỉ tiêu chủ yếu. Trong đó, thu ngân sách đạt 2.500 tỷ đồng."),
        [2500.0]
    );
    assert_eq!(
        values(
            "Sở Kế hoạch và Đầu tư cho biết, trong năm 2026, tỉnh xây dựng 30 chỉ tiêu tổng hợp. Trong đó, GRDP tăng từ 9% trở lên."
        ),
        [9.0]
    );
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
    // A part of the targets met, under a line labelled "Chỉ tiêu".
    assert!(
        all("- Chỉ tiêu đạt 4/12 chỉ tiêu, bằng 33,3% KH (thu ngân sách, tỷ lệ che phủ rừng).")
            .is_empty()
    );
    // Groups of targets counted out of all of them review too, and the
    // sentence after goes on reviewing.
    assert!(
        values(
            "Tỉnh hoàn thành và vượt 16/16 nhóm chỉ tiêu chủ yếu. Kinh tế tăng trưởng bình quân 8%/năm."
        )
        .is_empty()
    );
}

#[test]
fn statistics_and_casualties_are_reports() {
    for text in [
        "Theo thống kê, năm 2024 toàn tỉnh xảy ra 215 vụ tai nạn giao thông, làm chết 98 người.",
        "Kết quả khảo sát cho thấy 88% người dân hài lòng với dịch vụ hành chính công.",
        "Số liệu từ Cục Thống kê chỉ ra, trung bình mỗi năm thải ra khoảng 1,8 triệu tấn rác thải nhựa.",
    ] {
        assert!(all(text).is_empty(), "{text}: {:#?}", all(text));
    }
    assert_eq!(
        values("Giảm số người chết do tai nạn giao thông 5% mỗi năm."),
        [5.0]
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
    // Under goals carried from the sentence before, the plan met in full
    // is one of them; a share past it is still a result.
    assert_eq!(
        values(
            "Nhiệm kỳ 2026-2031, xã phấn đấu đạt 18 chỉ tiêu. Trong đó, thu ngân sách \
             được giao hằng năm đạt 100% so với dự toán; tỷ lệ hộ nghèo giảm 1%/năm."
        ),
        [100.0, 1.0]
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
    // Women among them, with no "tỷ lệ": their share all the same.
    assert_eq!(
        values(
            "Phấn đấu đến năm 2030, cán bộ nữ tham gia cấp ủy đạt từ 30% trở lên; nữ đại biểu HĐND các cấp từ 35% đến 40%."
        ),
        [30.0, 35.0]
    );
    assert_eq!(values("Tỷ lệ đại biểu tham dự đạt 98%."), [] as [f64; 0]);
    // So does the turnout of an election, however long the name of its
    // bodies and term.
    assert_eq!(
        values(
            "Phấn đấu tỷ lệ cử tri đi bầu cử đại biểu Quốc hội và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031 đạt trên 98%."
        ),
        [98.0]
    );
    assert!(all("Đại hội bầu 45 đồng chí vào Ban Chấp hành, trong đó nữ chiếm 20%.").is_empty());
    assert_eq!(
        values("Đại hội có 300 đại biểu, đại diện cho hơn 12.000 đảng viên."),
        [] as [f64; 0]
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
    assert!(
        values_published(
            "Năm 2024, tăng thêm 6 hợp tác xã, nâng tổng số lên 38 hợp tác xã.",
            (2025, 11, 2)
        )
        .is_empty()
    );
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

#[test]
fn looking_back_on_recent_years_a_record_an_inspection_or_mid_term_reports() {
    for text in [
        "Tăng trưởng tín dụng những năm gần đây khoảng 12 - 14%/năm, thấp hơn giai đoạn trước.",
        "Trong 5 năm gần đây, doanh thu của tổng công ty tăng bình quân 8%/năm.",
        "Kim ngạch xuất khẩu nông sản năm nay đạt kỷ lục 62 tỷ USD.",
        "Qua thanh tra, kiến nghị thu hồi 45,6 tỷ đồng và 3,2 ha đất.",
        "Qua khảo sát sự hài lòng của người bệnh tại các bệnh viện đều đạt trên 85%.",
        "Hàng năm, qua bình xét có từ 92% đến 94% hộ đạt gia đình văn hóa.",
        "Qua đánh giá, có 604 tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ. Có 8,8% số tổ chức cơ sở đảng hoàn thành nhiệm vụ.",
        "Đến giữa nhiệm kỳ, toàn huyện có 9 xã đạt chuẩn nông thôn mới nâng cao.",
        "Đường thủy nội địa chỉ chiếm khoảng 2,5% thị phần vận tải hành khách.",
        "Sau 3 năm thực hiện Chương trình mục tiêu quốc gia giảm nghèo, tỷ lệ hộ nghèo giảm bình quân 1,8%/năm.",
        "Những năm trước đó, kim ngạch xuất khẩu của tỉnh tăng dưới 4%/năm.",
    ] {
        assert!(all(text).is_empty(), "{text}: {:#?}", all(text));
    }
    // A goal cue before the mid-term keeps the goal; a programme's goal set
    // in words of its own is one.
    assert_eq!(
        one("Phấn đấu đến giữa nhiệm kỳ có 12 xã đạt chuẩn nông thôn mới nâng cao").value,
        12.0
    );
    assert_eq!(
        one("Chương trình mục tiêu quốc gia giảm nghèo đặt mục tiêu giảm tỷ lệ hộ nghèo 1%/năm")
            .value,
        1.0
    );
}

#[test]
fn a_rate_named_after_a_goal_cue_may_count_what_was_done() {
    let t = one("Phấn đấu tỷ lệ lấp đầy các cụm công nghiệp đã đi vào hoạt động đạt trên 75%");
    assert_eq!((t.value, t.bound), (75.0, Bound::Above));
}

/// What a rate counts may be several nouns parted by commas ("tỷ lệ số
/// hóa hồ sơ, kết quả giải quyết thủ tục hành chính"): a report word
/// among them names the thing counted. After a figure, the comma ends
/// the rate, and "kết quả" opens a review.
#[test]
fn a_rate_may_count_results_past_a_comma() {
    assert_eq!(
        values(
            "Tỷ lệ cấp phép xây dựng, kết quả giải quyết thủ tục đất đai trực tuyến đạt 80%; tỷ lệ hồ sơ được số hóa đạt 100%."
        ),
        [80.0, 100.0]
    );
    assert_eq!(
        values("Tỷ lệ hộ dân dùng nước sạch đạt 95%, kết quả giải quyết 412 đơn thư."),
        [95.0]
    );
}

#[test]
fn all_of_a_plan_to_carry_out_is_a_goal() {
    let t = all(
        "Giải ngân 100% kế hoạch vốn đầu tư công được giao; thu hồi về ngân sách đạt trên 85% số tiền sai phạm.",
    );
    assert_eq!(t.iter().map(|t| t.value).collect::<Vec<_>>(), [100.0, 85.0]);
    // Reached, or done, it is a result.
    assert!(all("Đã xây dựng được 30 nhà văn hóa, đạt 100% kế hoạch.").is_empty());
    assert!(all("Xã hoàn thành 100% kế hoạch xây dựng nhà ở cho hộ nghèo.").is_empty());
}

#[test]
fn what_exists_closing_a_noun_phrase_is_no_present_state() {
    assert_eq!(
        values(
            "Mục tiêu: giữ 100% diện tích rừng hiện có; tỷ lệ che phủ rừng đạt trên 58%; giảm 15% số vụ cháy rừng."
        ),
        [100.0, 58.0, 15.0]
    );
    // Before a figure, "hiện có" tells what there is now.
    assert!(all("Mục tiêu của Đề án rất cao, nhưng toàn tỉnh hiện có 42 trạm sạc.").is_empty());
    // "hiện chiếm": the share there is now.
    assert!(all("Dư nợ tín dụng xanh hiện chiếm khoảng 4,5% tổng dư nợ.").is_empty());
}

/// A result a rate counts ("tỷ lệ ứng dụng kết quả nghiên cứu") is the
/// thing it measures, not a review's "Kết quả, ..."; what befalls a place
/// as a rule ("vùng thường xuyên bị ngập") names the kind of place. Both
/// leave a goal's items goals; the review and the event still report.
#[test]
fn report_words_inside_what_a_goal_counts_report_nothing() {
    assert_eq!(
        values(
            "Số sáng chế được đăng ký đạt 50 sáng chế/năm; tỷ lệ ứng dụng kết quả nghiên cứu vào sản xuất đạt 60 - 70%."
        ),
        [50.0, 60.0]
    );
    assert!(all("Kết quả, tỷ lệ ứng dụng tiến bộ kỹ thuật vào sản xuất đạt 68%.").is_empty());
    assert_eq!(
        values(
            "Đến năm 2030, 100% hộ dân vùng thường xuyên bị ngập được hỗ trợ nâng nền nhà; 90% trường học có phòng học kiên cố."
        ),
        [100.0, 90.0]
    );
    assert!(
        all("Đợt mưa lớn vừa qua, toàn huyện có 1.200 hộ dân bị ngập, 35 trường học bị hư hỏng.")
            .is_empty()
    );
}

/// A level the item's verb commands to keep ("duy trì ... ở mức 41,85%")
/// is a goal however precise; a share told to two decimals with no verb
/// of the plan is a result measured.
#[test]
fn a_level_to_keep_is_a_goal_however_precise() {
    assert_eq!(
        values("Năm 2026, trồng mới 3.000 ha rừng; duy trì tỷ lệ che phủ rừng ở mức 41,85%."),
        [3000.0, 41.85]
    );
    assert!(all("Tỷ lệ che phủ rừng toàn tỉnh đạt 41,85%.").is_empty());
}

/// So is a change an item opens on commanding ("...; giảm bình quân 2,76%
/// hộ nghèo mỗi năm"): a report names its subject first, and "tăng
/// trưởng" opening a sentence is its subject.
#[test]
fn a_change_an_item_commands_is_a_goal_however_precise() {
    assert_eq!(
        values(
            "thu nhập bình quân đầu người đến năm 2030 đạt 53 triệu đồng; giảm bình quân 2,76% \
             hộ nghèo mỗi năm; tỷ lệ người dân tham gia bảo hiểm y tế đạt 100%."
        ),
        [53.0, 2.76, 100.0]
    );
    assert!(all("Tăng trưởng GDP cả nước đạt 7,09% năm 2024.").is_empty());
    assert!(all("Sản lượng đạt 11,987 tỷ kWh, tăng trưởng bình quân 8,58%/năm.").is_empty());
}

/// "đã" after the figure tells what was done ("51% đã hoàn thành"), but
/// after a plural noun it picks which of them count.
#[test]
fn done_after_a_plural_noun_picks_what_counts() {
    assert_eq!(
        values("Phấn đấu lấp đầy trên 75% diện tích các cụm công nghiệp đã được đầu tư hạ tầng."),
        [75.0]
    );
    assert_eq!(
        values("Phấn đấu có 12 xã, trong đó 8 xã đã được công nhận đạt chuẩn."),
        [12.0]
    );
    // A plural right after the share is its units: "đã" tells their deed.
    assert!(
        all("100% các sở, ngành, địa phương đã ban hành kế hoạch thực hiện Nghị quyết.").is_empty()
    );
}

/// A result set against what the plan expected ("thấp hơn kỳ vọng của
/// Nghị quyết", "vượt kỳ vọng") is measured, as against its goal.
#[test]
fn a_result_against_what_was_expected_is_measured() {
    assert!(
        all("Thu nhập bình quân năm 2025 đạt 64 triệu đồng/người, vẫn thấp hơn kỳ vọng của Nghị quyết.")
            .is_empty()
    );
    assert!(all("Tăng trưởng GRDP đạt 9,1%, vượt kỳ vọng.").is_empty());
    // Near the goal, as short of it or above it, or far above it.
    assert!(all("Tỷ lệ lao động qua đào tạo đạt 70%, tiệm cận mục tiêu đề ra.").is_empty());
    assert!(
        all("Xuất khẩu duy trì đà tăng trưởng ở mức 17%, vượt xa kế hoạch được giao.").is_empty()
    );
}

/// The part a group takes up, told to a tenth with no cue ("chiếm
/// 38,6%"), was counted; a plan sets such parts round, and a cue or a year
/// makes a goal of a tenth too.
#[test]
fn a_part_told_to_a_tenth_was_counted() {
    assert!(all("Hội viên là người dân tộc Khmer chiếm 27,4% tổng số hội viên.").is_empty());
    assert_eq!(
        values("Hội viên là người dân tộc Khmer chiếm 30% tổng số hội viên."),
        [30.0]
    );
    assert_eq!(
        values("Phấn đấu hội viên là người dân tộc Khmer chiếm 27,4% tổng số hội viên."),
        [27.4]
    );
    assert_eq!(
        values("Đến năm 2030, công nghiệp chế biến chiếm 42,5% giá trị sản xuất."),
        [42.5]
    );
    assert_eq!(
        values("Đến năm 2030, công suất điện gió đạt 6.000 MW, chiếm 12,3% tổng công suất."),
        [6000.0, 12.3]
    );
}

/// A sentence opening on a verb that adds more, with no subject ("Xây
/// dựng thêm 4 trạm y tế ..., nâng tổng số lên ..."), commands it: the
/// total it brings is a goal. One that names who did it reports.
#[test]
fn a_total_after_a_command_to_add_more_is_a_goal() {
    assert_eq!(
        values("Xây dựng thêm 4 trạm y tế đạt chuẩn quốc gia, nâng tổng số lên 12/15 trạm."),
        [4.0, 12.0]
    );
    assert!(
        all(
            "Huyện Tân Phú xây dựng thêm 4 trạm y tế đạt chuẩn quốc gia, nâng tổng số lên 12 trạm."
        )
        .is_empty()
    );
}

/// The words that say the plan a result is measured against was set
/// ("vượt mục tiêu đề ra", "thấp hơn mục tiêu đề ra") name it: they set no
/// goal for the figures after them. "đề ra" after a goal's own words
/// still sets one.
#[test]
fn the_plan_measured_against_set_out_sets_no_goal() {
    assert!(
        all(
            "Tăng trưởng kinh tế đạt 6,3%, thấp hơn mục tiêu đề ra; thu ngân sách đạt 980 tỷ đồng."
        )
        .is_empty()
    );
    assert!(
        all("Giá trị sản xuất tăng 9,5%, vượt mục tiêu đề ra; xuất khẩu đạt 420 triệu USD.")
            .is_empty()
    );
    assert_eq!(
        values("Các chỉ tiêu đề ra: thu ngân sách đạt 1.100 tỷ đồng; xuất khẩu đạt 450 triệu USD."),
        [1100.0, 450.0]
    );
}

/// A finish line or a mark reached ("cán đích", "cán mốc") reports,
/// unless a goal cue sets the mark to reach.
#[test]
fn a_mark_reached_is_reported() {
    assert!(all("Xuất khẩu thủy sản cán đích 11 tỷ USD").is_empty());
    assert!(all("Lượng khách quốc tế năm nay chạm mốc 20 triệu lượt.").is_empty());
    assert_eq!(
        values("Phấn đấu năm 2026 xuất khẩu thủy sản cán mốc 12 tỷ USD."),
        [12.0]
    );
}

/// A goal met ("đã hoàn thành mục tiêu", "đã đạt mục tiêu", or right
/// after the figure that met it) is reported: its figures are results. A
/// goal to complete stays a goal.
#[test]
fn a_goal_met_reports_its_figures() {
    assert!(
        all("Huyện đã hoàn thành mục tiêu đưa 11/14 xã đạt chuẩn nông thôn mới nâng cao, vượt 3 xã so với Nghị quyết.")
            .is_empty()
    );
    assert!(all("Thành phố đã đạt mục tiêu trồng 1 triệu cây xanh.").is_empty());
    // Every one of them met ("mọi", "toàn bộ"), before the figures told.
    for text in [
        "Năm 2019, tập đoàn đã hoàn thành mọi chỉ tiêu kế hoạch được giao, tổng doanh thu đạt 16.000 tỷ đồng.",
        "Năm 2019, tập đoàn đã hoàn thành toàn bộ chỉ tiêu kế hoạch được giao, tổng doanh thu đạt 16.000 tỷ đồng.",
    ] {
        assert!(values(text).is_empty(), "{text}");
    }
    // Under a report cue, met with no "đã"; the sentences after go on
    // reporting, until a goal is set.
    let text = "Nhiệm kỳ qua, Đảng bộ phường lãnh đạo nhân dân hoàn thành các chỉ tiêu phát triển kinh tế - xã hội. Tổng giá trị sản xuất đạt 820 tỷ đồng, tăng bình quân 12%/năm. Năm 2027, phấn đấu thu ngân sách 900 tỷ đồng.";
    assert_eq!(values(text), [900.0]);
    // What came with the plan met ("với tổng số quỹ là ...") states no
    // value of it.
    assert!(
        values(
            "Hội đã phát triển 2.838 hội viên mới; hoàn thành 100% chỉ tiêu chi hội có quỹ với \
             tổng số quỹ là 3.086.950.000 đồng; 100% cơ sở Hội đạt danh hiệu khá."
        )
        .is_empty()
    );
    // The goal a figure just told met: the figures after it are results.
    // (The figure that met it is not yet read as one.)
    let told = values(
        "Thu nhập bình quân đạt 68 triệu đồng, hoàn thành mục tiêu Đại hội; tỷ lệ hộ nghèo còn 1,2%.",
    );
    assert!(!told.contains(&1.2), "{told:?}");
    assert_eq!(
        values("Phấn đấu thu nhập bình quân đạt 90 triệu đồng, hoàn thành mục tiêu Đại hội."),
        [90.0]
    );
    // All of a quota met, told with the people who filled it.
    assert!(
        all("Năm 2025, tỉnh đã hoàn thành 100% chỉ tiêu giao quân với 2.150 thanh niên lên đường nhập ngũ, trong đó có 245 đảng viên.")
            .is_empty()
    );
    assert!(all("Huyện giao quân đạt 100% chỉ tiêu với 320 thanh niên nhập ngũ.").is_empty());
    // A goal met with the figure it was met by, even after a plan told set.
    assert!(
        all(
            "Năm 2026, ngành du lịch đã đặt ra kế hoạch rõ ràng, hoàn thành mục tiêu với \
             1.250.400 lượt khách, gấp 1,4 lần so với năm 2025."
        )
        .is_empty()
    );
    assert_eq!(
        values("Năm 2027, phấn đấu hoàn thành mục tiêu với 1,5 triệu lượt khách."),
        [1.5]
    );
    assert_eq!(
        values("Phấn đấu hằng năm hoàn thành 100% chỉ tiêu giao quân với 300 thanh niên."),
        [100.0, 300.0]
    );
    assert_eq!(
        values("Phấn đấu hoàn thành mục tiêu đưa 14/14 xã đạt chuẩn nông thôn mới nâng cao."),
        [14.0]
    );
    assert_eq!(
        values("Nghị quyết đã đề ra mục tiêu đến năm 2030 tỷ lệ đô thị hóa đạt 40%."),
        [40.0]
    );
}

/// A change told with its cause ("giảm 12% do giá ... giảm") is a result
/// explained, and so are the figures told before it; a plan's "do" names
/// who runs a thing ("hợp tác xã do phụ nữ làm chủ").
#[test]
fn a_change_told_with_its_cause_is_a_result() {
    assert!(
        all("Xuất khẩu cà phê đạt 1,4 triệu tấn, kim ngạch 5,6 tỷ USD, tăng 28% nhờ giá thế giới tăng cao.")
            .is_empty()
    );
    assert!(all("Sản lượng khai thác hải sản giảm 6% do thời tiết bất lợi kéo dài.").is_empty());
    assert_eq!(
        values("Phấn đấu thành lập 300 hợp tác xã do phụ nữ làm chủ, tăng 10% so với năm 2025."),
        [300.0, 10.0]
    );
}

/// "hiện" before the verb of its clause tells what is done now ("Công ty
/// hiện quản lý 4 nhà máy"); its lookalikes ("thực hiện", "hiện đại
/// hóa") and a goal cue before it leave the goal alone.
#[test]
fn now_before_a_verb_tells_the_present() {
    assert!(
        all("Tổng công ty hiện quản lý, khai thác 9 cảng cá với tổng công suất 120.000 tấn hàng mỗi năm.")
            .is_empty()
    );
    assert!(
        all("Hệ thống kênh mương hiện tưới cho 21.000 ha lúa, đáp ứng 85% nhu cầu.").is_empty()
    );
    assert_eq!(
        values("Thực hiện hiện đại hóa 12 trạm bơm, bảo đảm tưới cho 90% diện tích lúa."),
        [12.0, 90.0]
    );
    assert_eq!(
        values(
            "Phấn đấu đến năm 2030, nâng cấp các cảng cá hiện xuống cấp, bảo đảm 100% tàu cá có nơi neo đậu."
        ),
        [100.0]
    );
}

/// A sentence opening on the year it covers with no number ("Trong năm,
/// ...", "Trong năm qua, ...") reports it; one naming its year may plan.
#[test]
fn a_year_told_with_no_number_is_the_year_reported() {
    assert!(
        all("Trong năm, lực lượng chức năng bắt giữ 52 vụ buôn lậu; thu giữ 14 tấn hàng hóa.")
            .is_empty()
    );
    assert!(all("Trong năm qua, toàn tỉnh trồng mới 3.200 ha rừng.").is_empty());
    assert_eq!(
        values("Trong năm 2027, trồng mới 3.500 ha rừng tập trung."),
        [3500.0]
    );
    // A count of years opening the sentence alone looks back on them too.
    assert!(
        all("5 năm, Hội Chữ thập đỏ các cấp vận động ủng hộ 12 tỷ đồng cho quỹ nhân đạo.")
            .is_empty()
    );
    assert_eq!(
        values("5 năm, phấn đấu vận động 15 tỷ đồng cho quỹ nhân đạo."),
        [15.0]
    );
}

/// A stock measured against the end of the year before ("so với cuối năm
/// trước") is reported, as a flow against the same period is; a plan
/// names the year it compares with.
#[test]
fn a_stock_against_the_end_of_the_year_before_is_reported() {
    assert!(
        all("Tổng dư nợ cho vay tăng 9,1%, tiền gửi của dân cư tăng 7,6% so với cuối năm trước.")
            .is_empty()
    );
    assert_eq!(
        values("Phấn đấu tổng dư nợ cho vay năm 2026 tăng 14% so với cuối năm 2025."),
        [14.0]
    );
}

/// After a count of targets met ("có 14/16 chỉ tiêu đạt và vượt kế
/// hoạch"), a quota named later is one of them, reported ("riêng chỉ
/// tiêu ... đạt 91%"); with no such count, "chỉ tiêu" still sets a goal.
#[test]
fn a_quota_named_after_targets_met_is_reported() {
    assert!(
        all("Năm qua có 14/16 chỉ tiêu chủ yếu đạt và vượt kế hoạch; riêng chỉ tiêu tỷ lệ đô thị hóa đạt 91%.")
            .is_empty()
    );
    assert_eq!(
        values(
            "Năm 2027, chỉ tiêu tỷ lệ đô thị hóa đạt 45%; chỉ tiêu thu ngân sách đạt 3.000 tỷ đồng."
        ),
        [45.0, 3000.0]
    );
    // After a report, a clause opening on "chỉ tiêu" and the indicator's
    // name tells the indicator's result; a quota for a time, or a goal,
    // moves on to the plan.
    assert!(all("Theo báo cáo, chỉ tiêu tỷ lệ hộ dùng nước sạch đạt 87%.").is_empty());
    assert_eq!(
        values(
            "Trong năm 2024, tỷ lệ hộ nghèo giảm 1,2%, còn 2,8%; chỉ tiêu năm 2025 giảm thêm 1%."
        ),
        [1.0]
    );
    assert_eq!(
        values(
            "Sau nửa nhiệm kỳ, tỷ lệ hộ nghèo còn 3,2%; mục tiêu đến cuối nhiệm kỳ giảm xuống dưới 2%."
        ),
        [2.0]
    );
}

/// A floor on a share of the plan sets what to reach, and leaves a goal
/// before it a goal; a share told as it came measures a result.
#[test]
fn a_floor_on_a_share_of_the_plan_is_a_goal() {
    assert_eq!(
        values(
            "Hoàn thành 100% hồ sơ đo đạc đất lâm nghiệp trong năm 2027; giải ngân vốn sự nghiệp đạt trên 90% kế hoạch."
        ),
        [100.0, 90.0]
    );
    assert!(all("Giải ngân vốn sự nghiệp đạt 91,2% kế hoạch.").is_empty());
    assert!(all("Giải ngân vốn sự nghiệp đạt hơn 90% kế hoạch.").is_empty());
    // An excess over the plan is no floor on a share of it.
    assert_eq!(
        values(
            "Tỷ lệ hộ dùng nước sạch năm 2025 đạt 71,5%, cao hơn 1,5% so với mục tiêu Nghị quyết (70%)."
        ),
        [70.0]
    );
}

/// A body's decision sets the figures it decides, to the unit as budgets
/// are; a decision named or handed over sets none.
#[test]
fn a_body_s_decision_sets_its_figures() {
    assert_eq!(
        values("HĐND huyện quyết định tổng chi ngân sách năm 2027 là 1.246,3 tỷ đồng."),
        [1246.3]
    );
    assert_eq!(
        values("Quốc hội đã quyết định bội chi ngân sách nhà nước năm 2027 khoảng 3,8% GDP."),
        [3.8]
    );
    for text in [
        "Theo Quyết định số 1456/QĐ-UBND, toàn tỉnh có 45 xã đạt chuẩn nông thôn mới.",
        "Tại hội nghị, tỉnh đã trao quyết định chủ trương đầu tư cho 12 dự án với tổng vốn 18.500 tỷ đồng.",
        // A decision that acts on whom it names: recognised, no goal.
        "UBND huyện quyết định công nhận 1.240/1.300 hộ đạt danh hiệu gia đình văn hóa, chiếm tỷ lệ 95,4%.",
    ] {
        assert!(all(text).is_empty(), "{text}: {:#?}", all(text));
    }
}

#[test]
fn the_rest_is_no_level_left() {
    // "còn lại": the rest a goal names, not a level a report tells ("còn 2%").
    assert_eq!(
        values(
            "UBND tỉnh giao chỉ tiêu năm 2026: 50% số xã còn lại (6 xã) đạt chuẩn nông thôn \
             mới nâng cao; tỷ lệ trường học đạt chuẩn quốc gia đạt 85%."
        ),
        [50.0, 6.0, 85.0]
    );
    assert!(all("Tỷ lệ hộ nghèo năm 2024 còn 2,1%.").is_empty());
}

#[test]
fn a_quarter_as_a_rate_s_unit_reports_nothing() {
    // "1 lần/quý" is how often, not a quarter told: the goals after it stand.
    let v = values(
        "Hằng năm phấn đấu 100% chi bộ tổ chức sinh hoạt chuyên đề ít nhất 1 lần/quý; \
         tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên đạt 90%.",
    );
    assert!(v.contains(&90.0), "{v:?}");
    // A quarter told is a report.
    assert!(all("Quý III, thu ngân sách đạt 1.200 tỷ đồng.").is_empty());
}

#[test]
fn units_counted_as_meeting_their_goal_report() {
    assert!(
        all(
            "Kết quả, 15/15 chi bộ hoàn thành chỉ tiêu phát triển đảng viên; toàn Đảng bộ \
             kết nạp 47 đảng viên, đạt 117,5% chỉ tiêu."
        )
        .is_empty()
    );
}

#[test]
fn a_fall_to_a_level_under_a_goal_is_the_level_to_reach() {
    assert_eq!(
        values("Chỉ tiêu đến năm 2030: 100% trạm y tế xã có bác sĩ; tỷ lệ hộ nghèo giảm còn 0,8%."),
        [100.0, 0.8]
    );
    // Told with no goal, it is a report.
    assert!(all("Năm 2024, tỷ lệ hộ nghèo của tỉnh giảm còn 2,4%.").is_empty());
    // Commanded, the verb opening its clause, it is the level to reach.
    assert_eq!(
        bounds(
            "Tỷ lệ lao động qua đào tạo đạt 70%; giảm tỷ lệ thất nghiệp khu vực thành thị còn 0,5%."
        ),
        [(70.0, Bound::Exact), (0.5, Bound::AtMost)]
    );
    assert_eq!(
        bounds("Giảm tỷ lệ hộ nghèo còn 2%."),
        [(2.0, Bound::AtMost)]
    );
}

#[test]
fn a_goal_s_count_noun_may_be_qualified_by_the_past() {
    assert_eq!(
        values("Tỉnh phấn đấu tu bổ, tôn tạo 40 di tích đã được xếp hạng; số hóa 100% hiện vật."),
        [40.0, 100.0]
    );
}

#[test]
fn all_of_a_quota_handed_down_met_is_a_report() {
    assert!(
        all(
            "Năm 2025, toàn tỉnh đã giao 1.850 công dân nhập ngũ, đạt 100% chỉ tiêu trên giao; \
             tội phạm về trật tự xã hội giảm 12,4% so với cùng kỳ."
        )
        .is_empty()
    );
}

#[test]
fn a_quota_handed_down_is_a_goal() {
    let t = one("Năm 2027, huyện được giao tuyển chọn và gọi 320 công dân nhập ngũ");
    assert_eq!((t.value, t.unit.as_deref()), (320.0, Some("công dân")));
    // A share of it is a result.
    let text = "Năm 2024, huyện giao quân đạt 100% kế hoạch được giao";
    assert!(all(text).is_empty(), "{text}: {:#?}", all(text));
}

#[test]
fn all_of_a_plan_to_carry_out_pairs_with_no_later_figure() {
    assert_eq!(
        pairs(
            "Phấn đấu giải ngân 100% kế hoạch vốn năm 2027, trong đó vốn ngân sách tỉnh tối thiểu 60%"
        ),
        [
            (100.0, None, Bound::Exact, None),
            (60.0, None, Bound::AtLeast, None)
        ]
    );
    let ts = all(
        "Huyện yêu cầu phải giải ngân 100% kế hoạch vốn được giao, không để chuyển nguồn quá 3% tổng vốn",
    );
    assert_eq!(ts.iter().map(|t| t.value).collect::<Vec<_>>(), [100.0, 3.0]);
    assert!(ts.iter().all(|t| t.achieved.is_none()), "{ts:#?}");
}

#[test]
fn what_must_be_reached_for_a_goal_is_a_goal() {
    let t = one(
        "Để đạt mục tiêu cả năm, quý IV thành phố phải tăng trưởng tối thiểu 11,2%, trong khi 9 tháng mới ước tăng 7,9%",
    );
    assert_eq!((t.value, t.bound), (11.2, Bound::AtLeast));
    let t = one(
        "Để hoàn thành kế hoạch năm, quý IV tỉnh cần thực hiện khoảng 30.000 tỷ đồng vốn đầu tư",
    );
    assert_eq!((t.value, t.bound), (30000.0, Bound::About));
}

#[test]
fn a_gap_to_others_after_a_figure_is_a_comparison() {
    let text =
        "Năm 2024, tỷ lệ hộ dùng nước sạch đạt 92%, cao hơn bình quân vùng 3,1 điểm phần trăm";
    assert!(all(text).is_empty(), "{text}: {:#?}", all(text));
    let text = "Tỷ lệ giải ngân của huyện (81,2%), thấp hơn huyện Yên Lập 2,4 điểm phần trăm";
    assert!(!values(text).contains(&2.4), "{text}: {:#?}", all(text));
    // A goal cue governs the gap it sets.
    assert_eq!(
        values("Phấn đấu tỷ lệ hộ dùng nước sạch đạt 95%, cao hơn bình quân vùng 3 điểm phần trăm"),
        [95.0, 3.0]
    );
}

#[test]
fn a_leader_s_resolve_is_a_goal_cue() {
    assert_eq!(
        values(
            "Ông Nguyễn Văn Bình, Chủ tịch UBND xã, khẳng định xã quyết tâm đến năm 2027 có 100% thôn đạt chuẩn."
        ),
        [100.0]
    );
}

#[test]
fn approving_a_goal_sets_it() {
    assert_eq!(
        values("Ủy ban Kinh tế tán thành chỉ tiêu tăng trưởng năm 2027 từ 9% trở lên."),
        [9.0]
    );
    assert!(all("Nghị quyết được thông qua với 96% đại biểu có mặt tán thành.").is_empty());
}

#[test]
fn a_cue_that_only_names_sets_nothing() {
    for text in [
        "Xã Tân Lập đã giải ngân 100% vốn đầu tư công được giao với tổng số 21,5 tỷ đồng, thuộc nhóm sớm nhất trong 38 xã của tỉnh.",
        "Với tinh thần quyết tâm cao, năm 2024 xã đã xóa 120 căn nhà tạm cho hộ nghèo.",
    ] {
        assert!(all(text).is_empty(), "{text}: {:#?}", all(text));
    }
}

#[test]
fn a_result_that_fell_short_of_the_plan_is_told_whatever_goal_names_it() {
    assert_eq!(
        values(
            "Năm qua, tỷ lệ che phủ rừng đạt 42,1% (chỉ tiêu 42%). Riêng chỉ tiêu xây dựng nhà văn hóa thôn mới đạt 76% kế hoạch do thiếu vốn."
        ),
        [42.0]
    );
    // A certificate is no shortfall: a goal still strives for its share.
    assert_eq!(
        values("Phấn đấu tỷ lệ lao động có chứng chỉ đạt 95% kế hoạch đào tạo."),
        [95.0]
    );
}

#[test]
fn what_may_come_is_a_forecast() {
    assert!(
        all("Theo các chuyên gia, kim ngạch xuất khẩu gỗ năm 2026 có thể đạt 19-20 tỷ USD, tăng khoảng 6%.")
            .is_empty()
    );
    // So is what will hardly be reached.
    assert!(all("Đến năm 2030, tỷ lệ đô thị hóa của vùng rất khó đạt 35%.").is_empty());
    // A prediction is a forecast whatever future it speaks in.
    assert!(all("Nhiều tổ chức dự đoán kinh tế tỉnh sẽ tăng trưởng 7,4% vào năm 2027.").is_empty());
    // A goal set beside a forecast is still set.
    assert_eq!(
        values("Sản lượng có thể giảm 5% do hạn hán; tỉnh vẫn phấn đấu đạt 1,2 triệu tấn."),
        [1.2]
    );
}

#[test]
fn the_condition_of_none_left_stops_at_the_next_item() {
    assert_eq!(
        values(
            "Đến năm 2030, không còn thôn dưới 10 tiêu chí và thu nhập bình quân đầu người khu vực nông thôn đạt 80 triệu đồng/người/năm."
        ),
        [0.0, 80.0]
    );
}

#[test]
fn a_quarter_a_goal_names_is_its_period() {
    assert_eq!(
        values("Cục Thuế đề ra chỉ tiêu quý IV phải thu tối thiểu 3.100 tỷ đồng."),
        [3100.0]
    );
    // So does the growth named for it, under a goal cue.
    assert_eq!(
        values("Phấn đấu tăng trưởng cả năm 2024 khoảng trên 7%, tăng trưởng quý IV từ 7,5-8%."),
        [7.0, 7.5]
    );
    // A quarter reported is told.
    assert!(all("Quý III, kim ngạch xuất khẩu tăng 6,2%.").is_empty());
    // A quarter a goal's name is for tells none, whatever is reported after.
    assert_eq!(
        values(
            "Với mục tiêu GRDP quý II/2026 tối thiểu 7%, thành phố chọn kịch bản lạc quan nhất trong 3 kịch bản được dự báo."
        ),
        [7.0]
    );
}

/// A task handed down ("Chính phủ giao nhiệm vụ cho tỉnh là đạt ...") sets
/// its figure as a goal, whatever year it is for.
#[test]
fn a_task_handed_down_is_a_goal() {
    let t = one("Năm 2025, Chính phủ giao nhiệm vụ cho tỉnh là đạt mức tăng trưởng 10,5%.");
    assert_eq!((t.value, t.deadline_year), (10.5, Some(2025)));
}

/// So is a duty a body bears ("có nhiệm vụ"), even after "gồm" has
/// started a list of what there is.
#[test]
fn a_duty_borne_is_a_goal() {
    assert_eq!(
        values(
            "Các chủ dự án gồm Hạt kiểm lâm có nhiệm vụ trồng 450 ha; \
             UBND huyện 440 ha; Đồn Biên phòng Pù Nhi 400 ha."
        ),
        [450.0, 440.0, 400.0]
    );
}

/// A plan's figures told with their change on the same period, in an
/// aside, stay its goals: the change measures no plan.
#[test]
fn a_goal_s_change_on_the_same_period_measures_no_plan() {
    assert_eq!(
        values(
            "Năm nay, công ty đặt kế hoạch doanh thu 3.139 tỷ đồng (tăng 140% so với cùng kỳ), \
             lợi nhuận 239 tỷ đồng (giảm 46% so với cùng kỳ)."
        ),
        [3139.0, 140.0, 239.0, 46.0]
    );
}

/// A purpose to reach a level sets it ("để đạt ..."); one of results
/// reached, or of a norm's numbered criterion, sets none.
#[test]
fn a_purpose_to_reach_a_level_is_a_goal() {
    assert_eq!(
        values("Bộ trưởng cho biết, để đạt được tăng trưởng trên 8% thì quý II phải đạt 8,2%."),
        [8.0, 8.2]
    );
    assert_eq!(
        values("Các cơ quan cần nỗ lực hơn nữa để đạt mức hài lòng từ 80% trở lên vào năm 2020."),
        [80.0]
    );
    for text in [
        "Nhiệm kỳ qua, xã đã vượt qua khó khăn để đạt được nhiều kết quả nổi bật: tăng trưởng bình quân 9,45%/năm.",
        "Theo Bộ tiêu chí, để đạt tiêu chí số 10 về thu nhập, thu nhập bình quân năm 2024 phải từ 62 triệu đồng/người/năm trở lên.",
    ] {
        assert!(values(text).is_empty(), "{text}: {:?}", values(text));
    }
}

#[test]
fn targets_adopted_in_the_past_tense_are_set_by_the_items_after() {
    assert_eq!(
        values(
            "Hội nghị đã biểu quyết thông qua 18 chỉ tiêu chủ yếu năm 2026. Trong đó, \
             giá trị sản xuất tăng 9%; trồng mới 300 ha rừng."
        ),
        [9.0, 300.0]
    );
    // Adopted after another object of the same verb.
    assert_eq!(
        values(
            "Đại hội đã biểu quyết thông qua các giải pháp hoạt động kinh doanh và một số chỉ tiêu chính năm 2027: doanh thu 80 tỷ đồng; cổ tức 20%."
        ),
        [80.0, 20.0]
    );
    // Put forward, counted by a quantifier or listed after the targets'
    // name with "như".
    for text in [
        "Cụm thi đua đã đưa ra nhiều chỉ tiêu như: số vụ cháy giảm 10%; tỷ lệ khám phá án đạt hơn 80%.",
        "Cụm thi đua đã đưa ra nội dung, chỉ tiêu như: số vụ cháy giảm 10%; tỷ lệ khám phá án đạt hơn 80%.",
    ] {
        assert_eq!(values(text), [10.0, 80.0], "{text}");
    }
    // Proposed, as a draft plan's are; told met, a review's.
    assert_eq!(
        values(
            "Dự kiến một số chỉ tiêu chủ yếu năm 2027: GRDP tăng 8%; thu ngân sách 900 tỷ đồng."
        ),
        [8.0, 900.0]
    );
    assert!(values("Dự kiến 18 chỉ tiêu đạt và vượt kế hoạch; GRDP tăng 8%.").is_empty());
    // A count of resolutions adopted sets nothing.
    assert!(
        values("Kỳ họp đã thông qua 22 nghị quyết. Tỷ lệ hộ nghèo đã giảm còn 1,1%.").is_empty()
    );
}

#[test]
fn most_targets_met_make_a_report_of_the_items_after() {
    assert!(
        values(
            "Nhiệm kỳ qua, huyện đã thực hiện đạt và vượt hầu hết các chỉ tiêu Nghị quyết; \
         trong đó, giá trị sản xuất tăng bình quân 8,2%/năm; thu nhập bình quân đầu người \
         đạt 61 triệu đồng."
        )
        .is_empty()
    );
    assert!(
        values(
            "Nhiệm kỳ 2020-2025, Đảng bộ xã đạt và vượt nhiều chỉ tiêu mà Đại hội đã đề ra. \
         Thu nhập bình quân đầu người đạt 58 triệu đồng/người/năm."
        )
        .is_empty()
    );
}

#[test]
fn the_first_half_of_the_year_is_a_report() {
    assert_eq!(
        values(
            "Năm 2026, ngành đặt mục tiêu tăng trưởng 4,5%. Trong nửa đầu năm, \
             tốc độ tăng trưởng đạt 4,1%."
        ),
        [4.5]
    );
}

#[test]
fn a_change_on_the_same_period_abbreviated_is_a_report() {
    assert!(values("Thu ngân sách đạt gần 410 tỷ đồng, tăng 21% so CK.").is_empty());
    assert!(values("Kim ngạch xuất khẩu tăng 12,5% so với CK.").is_empty());
}

#[test]
fn quarters_listed_under_a_goal_are_its_steps() {
    assert_eq!(
        values(
            "Để đạt mục tiêu cả năm tăng 6,5%, Sở Công Thương đã đặt mục tiêu cho các quý còn \
             lại: Quý II tăng 6,2%, quý III tăng 6,8% và quý IV tăng 7,1%."
        ),
        [6.5, 6.2, 6.8, 7.1]
    );
    // So are those after a quarter the goal names.
    assert_eq!(
        values(
            "Chỉ tiêu quý I, tăng trưởng GRDP tăng 8,1%, quý II tăng 9,4% và quý III tăng 9,7%."
        ),
        [8.1, 9.4, 9.7]
    );
    // A quarter told after a goal, in no list of its own, is reported.
    assert_eq!(values("Phấn đấu tăng trưởng 7%, quý I đạt 5,2%."), [7.0]);
}

#[test]
fn a_judgement_a_review_passes_reports() {
    assert!(
        values("Kinh tế tăng trưởng khá; giá trị sản xuất tăng bình quân 9,5%/năm;").is_empty()
    );
    assert!(
        values("Nông nghiệp có bước phát triển, giá trị sản xuất trên 1 ha đạt 150 triệu đồng.")
            .is_empty()
    );
    // So is how high a result came.
    for text in [
        "Tỷ lệ chi bộ hoàn thành tốt nhiệm vụ hằng năm đạt khá cao, khoảng 90%.",
        "Giá trị sản xuất công nghiệp tăng cao, bình quân 14%/năm.",
        "Thu ngân sách tăng mạnh, đạt 1.200 tỷ đồng.",
        // Or the mark it left.
        "Công tác giảm nghèo tạo dấu ấn với việc xóa hơn 2.500 căn nhà tạm.",
        // Or a change plain to see.
        "Công tác giảm nghèo đạt hiệu quả rõ rệt, đến cuối nhiệm kỳ 100% hộ nghèo thoát nghèo.",
        // Or a turn for the better, or a level found too low.
        "Công tác cải cách hành chính có nhiều chuyển biến tích cực, tỷ lệ hồ sơ đúng hạn đạt 100%.",
        "Mật độ bác sĩ ở 5 tỉnh còn lại rất thấp: Tây Ninh 4,3 bác sĩ, Bình Phước 3,6 bác sĩ.",
        // Or where the place stands among all.
        "Tỉnh là một trong những địa phương dẫn đầu cả nước về độ che phủ rừng với tỷ lệ hơn 60%.",
    ] {
        assert!(values(text).is_empty(), "{text}: {:?}", values(text));
    }
    // Under a goal cue, the goal's.
    assert_eq!(
        values("Phấn đấu kinh tế tăng trưởng khá, giá trị sản xuất tăng bình quân 9,5%/năm."),
        [9.5]
    );
    assert_eq!(
        values("Phấn đấu giá trị sản xuất công nghiệp tăng cao, bình quân 14%/năm."),
        [14.0]
    );
    assert_eq!(
        values("Phấn đấu dẫn đầu cả nước về tỷ lệ che phủ rừng, đạt trên 62%."),
        [62.0]
    );
    // Value added high names the products, no result.
    assert_eq!(
        values(
            "Đổi mới công nghệ chế biến sản phẩm có giá trị gia tăng cao, đưa tỷ lệ chè chế biến sâu lên 40% vào năm 2030."
        ),
        [40.0]
    );
}

/// A change brought about ("giảm được") reports, unless a goal cue of the
/// sentence sets out to bring it.
#[test]
fn a_change_a_goal_sets_out_to_bring_is_the_goal_s() {
    assert_eq!(
        values("Phấn đấu đến năm 2025 giảm được 50% ngư cụ bị thải bỏ."),
        [50.0]
    );
    assert_eq!(
        values("Mục tiêu đến năm 2027: tăng được 20% số hộ khá."),
        [20.0]
    );
    assert!(values("Năm 2024, tỉnh đã giảm được 2% hộ nghèo.").is_empty());
}

/// A sentence that opens measuring against a plan ("So với kế hoạch, ...")
/// tells how far a result came; a figure the plan's name holds pairs with
/// the result.
#[test]
fn a_sentence_opening_on_the_plan_measured_reports() {
    for text in [
        "So với kịch bản phấn đấu, tăng trưởng năm 2025 hụt khoảng 2,77 điểm %.",
        "So với kế hoạch Thủ tướng Chính phủ giao, tăng trưởng thấp hơn 1,5 điểm %.",
    ] {
        assert!(all(text).is_empty(), "{text}: {:#?}", all(text));
    }
    let t = one(
        "So với mục tiêu thu hút 1,5 tỷ USD vốn FDI cả nhiệm kỳ, đến giữa nhiệm kỳ tỉnh đã thu hút được 1,86 tỷ USD.",
    );
    assert_eq!((t.value, t.achieved), (1.5, Some(1.86)));
}

#[test]
fn a_change_on_the_plan_with_so_alone_is_a_report() {
    assert!(
        values("Lượng khách du lịch đạt 4,6 triệu lượt khách, tăng 3% so kế hoạch năm.").is_empty()
    );
    assert!(values("Giá trị sản xuất công nghiệp tăng 4,2% so KH.").is_empty());
    // A plan's own figure set against another plan is the plan's.
    assert_eq!(
        values("Số giao thu ngân sách trên địa bàn tăng 15% so dự toán trung ương giao."),
        [15.0]
    );
}

#[test]
fn an_excess_over_a_plan_named_with_its_giver_is_a_report() {
    assert!(values("Thu ngân sách vượt chỉ tiêu Trung ương giao 18,4%.").is_empty());
    assert!(values("Thu ngân sách vượt mức chỉ tiêu tỉnh giao 7%.").is_empty());
    assert_eq!(
        values("Phấn đấu thu ngân sách vượt chỉ tiêu Trung ương giao 10%."),
        [10.0]
    );
}

/// Targets counted after a verb of meeting them ("đã hoàn thành vượt mức
/// 17 chỉ tiêu"), their plan named on however long ("... Nghị quyết Đại hội
/// Đảng bộ huyện lần thứ XIII đã đề ra"), are met: the items after report.
#[test]
fn targets_counted_after_a_verb_of_meeting_them_are_met() {
    for text in [
        "Nhiệm kỳ qua, Đảng bộ huyện đã hoàn thành vượt mức 17 chỉ tiêu chủ yếu Nghị quyết đề ra. \
         Trong đó giá trị sản xuất tăng bình quân 15,7%/năm.",
        "Nhiệm kỳ qua, Đảng bộ huyện đã hoàn thành 17 chỉ tiêu chủ yếu Nghị quyết Đại hội Đảng \
         bộ huyện lần thứ XIII đã đề ra. Trong đó giá trị sản xuất tăng bình quân 15,7%/năm.",
        // Under the goal just set, carried out.
        "Năm 2024, huyện đề ra 22 chỉ tiêu, trong đó thực hiện đạt và vượt 19 chỉ tiêu. Cụ thể, \
         tổng giá trị sản xuất đạt 372,4 tỷ đồng.",
    ] {
        assert!(values(text).is_empty(), "{text}: {:?}", values(text));
    }
    // Counted to be met, they are set, and to be carried out too.
    assert_eq!(
        values(
            "Phấn đấu hoàn thành 17 chỉ tiêu chủ yếu. Trong đó giá trị sản xuất tăng bình quân 15%/năm."
        ),
        [15.0]
    );
    assert_eq!(
        values(
            "Năm 2026, tỉnh phấn đấu thực hiện đạt một số chỉ tiêu chủ yếu: GRDP đạt 352.035 tỷ \
             đồng; thu ngân sách đạt 32.362 tỷ đồng."
        ),
        [352035.0, 32362.0]
    );
}

#[test]
fn targets_counted_by_a_quantifier_are_a_report() {
    assert!(
        values(
            "Năm 2025, nhiều chỉ tiêu của thị xã tăng khá so với năm 2024. Cụ thể, \
             thu ngân sách đạt 412 tỷ đồng; tỷ lệ giải ngân vốn đầu tư công đạt 93,5%."
        )
        .is_empty()
    );
    assert!(
        values(
            "Trong đó có một số chỉ tiêu đạt khá như: thu ngân sách đạt 21 tỷ đồng, \
             bằng 125% chỉ tiêu nghị quyết; đào tạo nghề cho lao động nông thôn đạt 118%."
        )
        .is_empty()
    );
    // Counted targets an adopting verb takes on are set by it.
    assert_eq!(
        values("Tại kỳ họp, HĐND tỉnh điều chỉnh một số chỉ tiêu năm 2027: tăng trưởng GRDP 9,5%."),
        [9.5]
    );
    // "Các chỉ tiêu" leads a plan's list, as before.
    assert_eq!(
        values("Các chỉ tiêu chủ yếu đến năm 2030: tỷ lệ đô thị hóa đạt 45%."),
        [45.0]
    );
    // Counted targets listed after their name set them ("gồm" lists no
    // report then), with a comma or not.
    for text in [
        "Một số chỉ tiêu cơ bản của nhiệm kỳ, gồm: tỷ lệ hộ nghèo giảm 1,5%/năm; 100% xã đạt chuẩn nông thôn mới.",
        "Nhiều chỉ tiêu quan trọng gồm: tỷ lệ hộ nghèo giảm 1,5%/năm; 100% xã đạt chuẩn nông thôn mới.",
        // A long name, all words.
        "Thành phố có 2 chỉ tiêu đóng góp trực tiếp vào phát triển khoa học công nghệ toàn quốc gồm: \
         tỷ lệ hộ nghèo giảm 1,5%/năm; 100% xã đạt chuẩn nông thôn mới.",
    ] {
        assert_eq!(values(text), [1.5, 100.0], "{text}");
    }
    // So do counted targets stated next, their name and year going on to
    // "là" or ':', where no report came before.
    for text in [
        "Một số mục tiêu trong năm 2016 là giảm tỷ lệ hộ nghèo xuống 5,5%; 86% trẻ em được trợ giúp.",
        "Một số chỉ tiêu chủ yếu đến năm 2020: giảm tỷ lệ hộ nghèo xuống 5,5%; 86% trẻ em được trợ giúp.",
    ] {
        assert_eq!(values(text), [5.5, 86.0], "{text}");
    }
    assert!(
        values(
            "Nhiệm kỳ qua, Đảng bộ xã đã hoàn thành 11/12 chỉ tiêu, một số mục tiêu nổi bật như: \
             thu ngân sách đạt 2,7 tỷ đồng."
        )
        .is_empty()
    );
}

#[test]
fn striving_told_in_the_past_is_a_report() {
    assert!(
        values(
            "Năm 2024, thị trấn đã nỗ lực phấn đấu thực hiện các nhiệm vụ và đạt được \
             những kết quả quan trọng; tốc độ tăng trưởng đạt 9,6%, sản lượng lúa đạt hơn \
             12 nghìn tấn."
        )
        .is_empty()
    );
    assert_eq!(
        values("Thị trấn tiếp tục nỗ lực phấn đấu tốc độ tăng trưởng đạt 10%."),
        [10.0]
    );
    // Years of striving, looked back on.
    assert!(
        values("Sau một năm phấn đấu thực hiện các tiêu chí, toàn huyện có 22.038 hộ đạt danh hiệu gia đình văn hóa.")
            .is_empty()
    );
    assert_eq!(values("Năm 2026 phấn đấu có 120 xã đạt chuẩn."), [120.0]);
    // Striving by a deadline after a comma opens a goal, whatever the
    // clause before told.
    assert_eq!(
        values(
            "Với kết quả đã đạt được trong thời gian qua, phấn đấu đến hết năm 2027, Đảng ủy \
             sẽ kết nạp từ 150-180 đảng viên."
        ),
        [150.0]
    );
    // The last of the verbs a "đã" tells, and the paragraph it opens.
    assert!(
        values(
            "Nhiệm kỳ qua, Đảng bộ và nhân dân xã đã đoàn kết, thống nhất, nỗ lực phấn đấu \
             và đạt được những kết quả khá toàn diện. Tốc độ tăng giá trị sản xuất bình quân \
             hàng năm đạt 3,5%."
        )
        .is_empty()
    );
    // A goal's cue between is no verb told done.
    assert_eq!(
        values("Đại hội đã đề ra mục tiêu, phấn đấu tốc độ tăng trưởng đạt 10%."),
        [10.0]
    );
    // Nor is a place named between, the subject of a clause of its own.
    assert_eq!(
        values(
            "Trên cơ sở những kết quả đã đạt được, huyện Quỳnh Phụ phấn đấu giảm tỷ trọng \
             ngành nông nghiệp xuống còn khoảng 10%."
        ),
        [10.0]
    );
    // Nor is a name a comma opens, past a plan told approved.
    assert_eq!(
        values(
            "Theo Đề án đã được Chính phủ phê duyệt, Lạng Sơn phấn đấu đến năm 2030 \
             có 100% thôn có nhà văn hóa."
        ),
        [100.0]
    );
}

#[test]
fn a_plan_named_with_its_setter_measures_the_items_after() {
    assert!(
        values(
            "Nhiệm kỳ qua, Đảng bộ xã đạt và vượt các chỉ tiêu Nghị quyết Đại hội đề ra: \
             tỷ lệ lao động qua đào tạo đạt 71,2%; tỷ lệ hộ nghèo giảm còn 3,15%."
        )
        .is_empty()
    );
    assert!(
        values(
            "Có 15/17 chỉ tiêu đạt và vượt so với Nghị quyết năm 2024 đề ra. \
             Thu ngân sách trên địa bàn đạt 912,4 tỷ đồng."
        )
        .is_empty()
    );
    // A new clause after the plan sets goals of its own.
    assert_eq!(
        values("Năm 2025 đạt và vượt kế hoạch và đề ra mục tiêu năm 2026 tăng trưởng 8%."),
        [8.0]
    );
}

/// A plan told met over a quantifier or an excess ("đã hoàn thành vượt
/// mức các chỉ tiêu"), by the second of two verbs, or joined to a plan
/// exceeded before ("vượt dự toán và Nghị quyết"), is measured: the
/// sentences after it go on reporting. Striving to meet it is a goal.
#[test]
fn plans_told_met_in_many_words_make_a_review() {
    for lead in [
        "Nhiệm kỳ qua, huyện đã hoàn thành vượt mức các chỉ tiêu Nghị quyết đề ra.",
        "Huyện đã cơ bản hoàn thành và hoàn thành vượt mức các chỉ tiêu Nghị quyết Đại hội đề ra.",
        "Huyện đã hoàn thành các chỉ tiêu Nghị quyết Đại hội.",
        // How well, between the verb and the targets.
        "Năm qua, ngành thuế đã hoàn thành toàn diện các mục tiêu được giao.",
        "Nhiệm kỳ qua, xã đã hoàn thành cơ bản các mục tiêu Nghị quyết đề ra.",
        "Thu ngân sách vượt dự toán tỉnh giao và Nghị quyết HĐND huyện giao.",
        "Thu ngân sách vượt kế hoạch.",
        // "thực hiện thắng lợi" tells it met with no "đã".
        "Nhiệm kỳ qua, Đảng bộ lãnh đạo Nhân dân thực hiện thắng lợi các mục tiêu Nghị quyết đề ra.",
    ] {
        let text = format!("{lead} Thu nhập bình quân đầu người đạt 72 triệu đồng.");
        assert!(values(&text).is_empty(), "{text}");
    }
    assert_eq!(
        values(
            "Huyện phấn đấu hoàn thành vượt mức các chỉ tiêu Nghị quyết đề ra. \
             Thu nhập bình quân đầu người đạt 72 triệu đồng."
        ),
        [72.0]
    );
    assert_eq!(
        values(
            "Huyện phấn đấu thực hiện thắng lợi các mục tiêu Nghị quyết đề ra. \
             Thu nhập bình quân đầu người đạt 72 triệu đồng."
        ),
        [72.0]
    );
    assert_eq!(
        values(
            "Để vượt kế hoạch, huyện tập trung chỉ đạo. \
             Thu nhập bình quân đầu người đạt 72 triệu đồng."
        ),
        [72.0]
    );
}

#[test]
fn targets_to_meet_under_a_goal_are_no_report() {
    assert_eq!(
        values(
            "Đại hội thông qua các chỉ tiêu chủ yếu: thu ngân sách tăng bình quân 8%/năm; \
             đạt và vượt chỉ tiêu giảm hộ nghèo; tỷ lệ gia đình văn hóa đạt 90% trở lên."
        ),
        [8.0, 90.0]
    );
    assert_eq!(
        values(
            "Năm 2027, xã phấn đấu thu ngân sách đạt và vượt dự toán huyện giao; duy trì kết \
             quả giảm nghèo bền vững, giảm 40% số hộ nghèo."
        ),
        [40.0]
    );
    // Counted, they are met.
    assert!(
        values("Năm 2025, xã có 17/19 chỉ tiêu đạt và vượt; thu ngân sách tăng 11%.").is_empty()
    );
}

#[test]
fn what_is_left_under_a_goal_is_a_level_to_reach() {
    assert_eq!(
        readings(
            "Phấn đấu đến năm 2030, tỷ lệ lao động nông nghiệp trong tổng lao động xã hội \
             còn khoảng 20%; số xã đạt dưới 12 tiêu chí còn dưới 5%."
        ),
        [
            (20.0, Some("%".into()), Bound::About),
            (5.0, Some("%".into()), Bound::Below)
        ]
    );
    // A change from one figure to another is no level ("từ 63 còn 34").
    assert!(
        values(
            "Theo Nghị quyết của Quốc hội, cả nước sắp xếp từ 63 còn 34 đơn vị hành chính cấp tỉnh."
        )
        .is_empty()
    );
}

#[test]
fn a_plan_closed_by_the_words_that_set_it_sets_nothing_after() {
    assert!(
        values(
            "Giai đoạn 2021-2025, tỷ lệ hộ nghèo giảm bình quân 1,1%/năm, vượt chỉ tiêu Nghị \
             quyết đề ra; số hộ nghèo còn 2.845 hộ."
        )
        .is_empty()
    );
}

#[test]
fn the_months_to_come_are_a_plans_period() {
    assert_eq!(
        readings(
            "Kỳ họp thông qua Nghị quyết về nhiệm vụ 6 tháng cuối năm 2027 với 18 chỉ tiêu \
             chủ yếu: sản lượng lương thực đạt và vượt 9.500 tấn; tỷ lệ lao động qua đào tạo \
             đạt 80%."
        ),
        [
            (9500.0, Some("tấn".into()), Bound::AtLeast),
            (80.0, Some("%".into()), Bound::Exact)
        ]
    );
    // The months gone are a report's.
    assert!(values("6 tháng đầu năm 2027, sản lượng lương thực đạt 4.900 tấn.").is_empty());
}

#[test]
fn a_multiple_of_the_present_is_a_baseline() {
    assert_eq!(
        values(
            "Đại hội đặt mục tiêu: quy mô kinh tế gấp 2 lần hiện nay, thu nhập bình quân \
             đầu người đạt 95 triệu đồng vào năm 2030."
        ),
        [2.0, 95.0]
    );
}

#[test]
fn a_target_reached_with_no_goal_set_tells_results() {
    assert!(
        values(
            "Thành lập mới 96 doanh nghiệp, đạt chỉ tiêu so với kế hoạch đề ra. Thu ngân \
             sách nhà nước đạt 318 tỷ đồng."
        )
        .is_empty()
    );
    // A target to reach, or one whose value is stated, is not reached.
    assert_eq!(
        values("Để đạt mục tiêu tăng trưởng 9% năm 2027, quý IV phải tăng 11%."),
        [9.0, 11.0]
    );
    assert_eq!(
        values("GRDP bình quân đầu người đạt chỉ tiêu Đại hội đề ra là 9.800 USD/người/năm."),
        [9800.0]
    );
}

#[test]
fn what_a_plan_expects_is_the_plans() {
    assert_eq!(
        values(
            "Năm 2027, xã phấn đấu thu ngân sách đạt 42 tỷ đồng; sản lượng lương thực dự \
             kiến đạt trên 18 nghìn tấn; trồng mới 350 ha rừng."
        ),
        [42.0, 18.0, 350.0]
    );
    // Not the funds it expects to spend, nor an estimate with no goal set.
    assert_eq!(
        values("Kế hoạch đặt mục tiêu 95% hộ dân dùng nước sạch; kinh phí dự kiến 820 tỷ đồng."),
        [95.0]
    );
    assert!(values("Năm 2026, sản lượng lương thực dự kiến đạt 18 nghìn tấn.").is_empty());
}

/// An estimate for the deadline of a goal the sentence sets, or within a
/// goal set for a term or a year ahead, is the goal's projection.
#[test]
fn an_estimate_for_the_deadline_of_a_plan_set_is_its_projection() {
    assert_eq!(
        values(
            "Đảng bộ phường đặt mục tiêu đến năm 2030 tăng trưởng bình quân 9%/năm, thu \
             ngân sách đến năm 2030 ước đạt 75 tỷ đồng, thu nhập bình quân đạt 95 triệu đồng."
        ),
        [9.0, 75.0, 95.0]
    );
    // So is one of a goal set for a term ahead that opens the sentence.
    assert_eq!(
        values(
            "Nhiệm kỳ 2025-2030, Đảng bộ xã đề ra mục tiêu xây dựng xã phát triển khá, với \
             thu nhập bình quân đầu người ước đạt 88 triệu đồng/năm và 100% thôn có nhà văn hóa."
        ),
        [88.0, 100.0]
    );
    // So is one in a list of targets set for a year ahead, and so are the
    // items after it.
    assert_eq!(
        years(
            "Tỉnh ủy thống nhất mục tiêu năm 2027 với 30 chỉ tiêu, trong đó tăng trưởng từ              10% trở lên, vốn đầu tư ước đạt 95 nghìn tỷ đồng, xuất khẩu khoảng 6 tỷ USD."
        ),
        [(10.0, Some(2027)), (95.0, Some(2027)), (6.0, Some(2027))]
    );
    // An item that opens on the year looks back on it.
    assert_eq!(
        values("Nghị quyết đề ra tỷ lệ hộ dùng nước sạch 92%; đến năm 2025 ước đạt 93,4%."),
        [92.0]
    );
    // So is one in a sentence that opens on the plan it tells; not the
    // funds the plan expects to spend.
    assert_eq!(
        values(
            "Theo kế hoạch của ngành, tỉnh phấn đấu đón 9 triệu lượt khách, với tổng thu ước đạt 21.000 tỷ đồng."
        ),
        [9.0, 21000.0]
    );
    assert_eq!(
        values("Kế hoạch phấn đấu trồng 500 ha rừng, kinh phí ước 12 tỷ đồng."),
        [500.0]
    );
}

#[test]
fn a_programmes_funds_are_its_means() {
    assert!(
        values(
            "Tổng ngân sách nhà nước bố trí cho Chương trình giai đoạn 2026 - 2030 khoảng \
             120.000 tỷ đồng."
        )
        .is_empty()
    );
    assert!(
        values(
            "Tổng nguồn vốn ngân sách trung ương bố trí cho chương trình trong giai đoạn \
             2026-2030 là 41.250 tỷ đồng."
        )
        .is_empty()
    );
}

#[test]
fn a_change_on_the_years_estimate_is_the_next_years_plan() {
    assert_eq!(
        values(
            "3. Kim ngạch xuất khẩu 2.150 triệu USD, tăng 2,37% so ước thực hiện năm 2026. \
             Kim ngạch nhập khẩu 510 triệu USD, giảm 4,18% so với ước thực hiện năm 2026."
        ),
        [2150.0, 2.37, 510.0, 4.18]
    );
}

#[test]
fn a_sentence_that_opens_on_keeping_sets_precise_shares_too() {
    assert_eq!(
        values(
            "Duy trì tỷ lệ thất nghiệp khu vực thành thị dưới 2%; tỷ lệ lực lượng lao động \
             tham gia bảo hiểm xã hội đạt 18,36%."
        ),
        [2.0, 18.36]
    );
}

/// "đã qua đào tạo" names a kind of worker, not what was done: under a
/// goal the share counts, and the items after it stay the goal's. A
/// share done ("51% đã hoàn thành") is still told. What a count leaves
/// out ("đã trừ ...") is no deed either, nor are decisions in force ("đã
/// có hiệu lực pháp luật").
#[test]
fn what_things_went_through_names_their_kind() {
    let ts =
        all("Phấn đấu đến năm 2030 không còn hộ nghèo đã trừ hộ thuộc đối tượng bảo trợ xã hội.");
    assert_eq!(
        ts.iter()
            .map(|t| (t.value, t.deadline_year))
            .collect::<Vec<_>>(),
        [(0.0, Some(2030))]
    );
    // Nor are decisions in force ("đã có hiệu lực pháp luật").
    assert_eq!(
        values(
            "Nỗ lực thi hành xong trên 85% các quyết định giải quyết khiếu nại, tố cáo đã có hiệu lực pháp luật;"
        ),
        [85.0]
    );
    let ts = all(
        "Phấn đấu đến năm 2025: thu hút 7.500 lao động trong ngành du lịch, \
         trong đó có 60% lao động đã qua đào tạo; có 50 cơ sở khách sạn được xếp hạng sao; \
         công nhận 1 khu và 2 điểm du lịch.",
    );
    let read: Vec<_> = ts.iter().map(|t| (t.value, t.deadline_year)).collect();
    assert_eq!(
        read,
        [
            (7500.0, Some(2025)),
            (60.0, Some(2025)),
            (50.0, Some(2025)),
            (1.0, Some(2025)),
            (2.0, Some(2025)),
        ]
    );
    assert_eq!(ts[1].subject.as_deref(), Some("lao động"));
    assert!(
        all("Phấn đấu kiên cố hóa 120 km kênh mương, đến nay 51% đã hoàn thành.")
            .iter()
            .all(|t| t.value != 51.0)
    );
}

/// In a goal's list, an item to meet and exceed a quota, with no figure,
/// measures no result: the shares of the plan after it stay goals. Told
/// of a year with no goal, it still reports.
#[test]
fn a_goal_s_item_to_meet_a_quota_measures_nothing() {
    let ts = all(
        "Đại hội thông qua nghị quyết với một số chỉ tiêu chủ yếu: thu ngân sách tăng \
         bình quân hằng năm 5-10%; đạt và vượt chỉ tiêu giảm hộ nghèo; giảm tỷ suất sinh thô \
         0,3‰/năm; gọi công dân nhập ngũ hằng năm đạt 100% chỉ tiêu.",
    );
    let read: Vec<_> = ts.iter().map(|t| (t.value, t.unit.as_deref())).collect();
    assert_eq!(
        read,
        [(5.0, Some("%")), (0.3, Some("‰")), (100.0, Some("%"))]
    );
    assert!(
        all("Năm 2025, huyện đạt và vượt chỉ tiêu giảm hộ nghèo; thu ngân sách đạt 120% dự toán.")
            .is_empty()
    );
}

/// A goal named with its value in parentheses, no figure before it
/// ("đặt mục tiêu tăng trưởng GRDP (13-13,5%)"), sets that value, under the
/// goal's name; a parenthesis with no goal named before it sets nothing.
#[test]
fn a_goal_s_value_may_stand_in_parentheses_after_its_name() {
    let t = one("Năm 2026, Hải Phòng đặt mục tiêu tăng trưởng GRDP (13-13,5%).");
    assert_eq!(
        (t.value, t.value_max, t.bound),
        (13.0, Some(13.5), Bound::Range)
    );
    assert_eq!(t.subject.as_deref(), Some("tăng trưởng GRDP"));
    assert_eq!(t.deadline_year, Some(2026));
    let t = one("Phấn đấu duy trì mức sinh thay thế (bình quân mỗi phụ nữ có 2,1 con).");
    assert_eq!((t.value, t.unit.as_deref()), (2.1, Some("con")));
    assert!(all("Năm 2025, tăng trưởng GRDP của tỉnh (8,2%) cao nhất vùng.").is_empty());
    // Past a ';', the goal named is another item's.
    assert!(all("Tỉnh đặt mục tiêu tăng trưởng nhanh; năm 2024 (tăng 7,1%).").is_empty());
}

/// A review's marks carry to the cue-less sentences of its paragraph: a
/// streak kept ("3 năm liền", "3 năm liên tiếp"), a judgement on how the economy moved
/// ("chuyển dịch đúng hướng"), targets counted as met or passed ("có 9
/// chỉ tiêu vượt và 35 chỉ tiêu đạt"), a result measured against its plan
/// ("đạt 105% kế hoạch"). A goal still sets a streak to keep,
/// and targets counted as set carry no report.
#[test]
fn a_review_s_marks_carry_to_its_paragraph() {
    for text in [
        "Hằng năm 100% chi bộ hoàn thành tốt nhiệm vụ trở lên. Đảng bộ 3 năm liền đạt trong sạch, vững mạnh.",
        "Trong 3 năm liên tiếp, huyện thu ngân sách trên 500 tỷ đồng.",
        "Cơ cấu kinh tế chuyển dịch đúng hướng, thu ngân sách tăng bình quân 10% mỗi năm.",
        "Có 9 chỉ tiêu vượt và 35 chỉ tiêu đạt so với Nghị quyết. Thu ngân sách tăng bình quân 10% mỗi năm.",
        // A result measured against its plan, or of a year gone by.
        "Đảng bộ phường kết nạp 42 đảng viên (đạt 105% kế hoạch). Tỷ lệ chi bộ hoàn thành tốt nhiệm vụ đạt 92%.",
        "Thu ngân sách năm 2023 là 245 tỷ đồng. Tỷ lệ hộ nghèo dưới 1,5%.",
        // Targets met and passed, named on past a compound's dash.
        "Đảng bộ xã đã hoàn thành và vượt nhiều chỉ tiêu kinh tế - xã hội đề ra. Thu nhập bình quân đầu người đạt 68 triệu đồng/năm.",
        // A past term's report carries past a sentence opening on a noun
        // a direction verb starts ("Hạ tầng": infrastructure).
        "Nhiệm kỳ 2015-2020, huyện thu ngân sách đạt 500 tỷ đồng. Hạ tầng được đầu tư, thu nhập bình quân đầu người đạt gần 93 triệu đồng/năm.",
    ] {
        assert!(all(text).is_empty(), "{text}: {:#?}", all(text));
    }
    assert_eq!(
        values(
            "Đảng bộ phấn đấu 5 năm liền đạt trong sạch, vững mạnh; 100% chi bộ hoàn thành tốt nhiệm vụ."
        ),
        [100.0]
    );
    assert_eq!(
        values("Phấn đấu 5 năm liên tiếp thu ngân sách trên 500 tỷ đồng."),
        [500.0]
    );
    assert_eq!(
        values("Nghị quyết đề ra 18 chỉ tiêu. Thu ngân sách tăng bình quân 10% mỗi năm."),
        [10.0]
    );
}

/// Under a goal, a quarter after "trong" is the period the goal is for,
/// as after "hết" or "đến"; the milestone is no part of the subject, which
/// the next step takes up. With no goal, the quarter is a period told.
#[test]
fn a_goal_s_quarters_are_its_steps_and_no_subject() {
    let ts = all("Phấn đấu trong quý III giải ngân đạt 60% kế hoạch vốn, đến hết năm đạt 100%.");
    let read: Vec<_> = ts.iter().map(|t| (t.value, t.subject.as_deref())).collect();
    assert_eq!(
        read,
        [(60.0, Some("giải ngân")), (100.0, Some("giải ngân"))]
    );
    assert!(all("Trong quý III, tỉnh giải ngân đạt 60% kế hoạch vốn.").is_empty());
}

/// A goal met for the most part ("cơ bản hoàn thành mục tiêu") is met, as
/// after "đã": the review goes on telling. Under a goal it is the goal's.
#[test]
fn a_goal_met_for_the_most_part_is_told() {
    assert!(
        all(
            "Cả nước có 6.084 xã đạt chuẩn, cơ bản hoàn thành mục tiêu giai đoạn được giao; \
         có 2.567 xã đạt chuẩn nâng cao, tăng 2.064 xã so với cuối năm 2021."
        )
        .is_empty()
    );
    assert_eq!(
        values(
            "Phấn đấu đến năm 2025 cơ bản hoàn thành mục tiêu xóa nhà tạm; 100% hộ nghèo có nhà ở an toàn."
        ),
        [100.0]
    );
}

/// A plan a company sets itself ("đặt kế hoạch") governs what follows as
/// "mục tiêu" does, and leads its subject in.
#[test]
fn a_plan_set_governs_its_figures() {
    let ts = all("Công ty đặt kế hoạch doanh thu 3.100 tỷ đồng, tăng 40% so với cùng kỳ.");
    let read: Vec<_> = ts.iter().map(|t| (t.value, t.subject.as_deref())).collect();
    assert_eq!(
        read,
        [(3100.0, Some("doanh thu")), (40.0, Some("doanh thu"))]
    );
    // So does an expectation it sets ("đặt kỳ vọng"), in a year gone by.
    assert_eq!(
        values(
            "Năm 2023, ngành gỗ đang đặt kỳ vọng đạt tốc độ tăng trưởng từ 7 - 9%, tương \
             đương kim ngạch xuất khẩu 18 tỷ USD."
        ),
        [7.0, 18.0]
    );
}

/// All the targets told met ("Các chỉ tiêu đều đạt và vượt kế hoạch")
/// make a review the next sentences go on with; a list they open, or a
/// goal that they all be met, does not.
#[test]
fn all_targets_told_met_make_a_review() {
    for lead in [
        "Các chỉ tiêu đều đạt và vượt kế hoạch.",
        "Tất cả các chỉ tiêu đều hoàn thành.",
        // Past the targets' own words.
        "Các chỉ tiêu giáo dục chủ yếu đều đạt và vượt mục tiêu đề ra.",
        // Past who set them, met in the main.
        "Các chỉ tiêu của Đại hội Đảng bộ tổng công ty đề ra cơ bản đạt.",
    ] {
        let text = format!("{lead} Thu nhập bình quân đầu người đạt 72 triệu đồng.");
        assert!(values(&text).is_empty(), "{text}");
    }
    assert_eq!(
        values("Các chỉ tiêu đạt được đến năm 2030: thu nhập bình quân đầu người 80 triệu đồng."),
        [80.0]
    );
    assert_eq!(
        values("Phấn đấu các chỉ tiêu đều đạt và vượt kế hoạch; thu nhập đạt 80 triệu đồng."),
        [80.0]
    );
    // How far the targets, by their own name, were carried out.
    assert!(values("Các chỉ tiêu kế hoạch chuyên môn bệnh viện thực hiện đạt 95-150%.").is_empty());
    assert_eq!(values("Các chỉ tiêu kinh tế phấn đấu đạt 95%."), [95.0]);
    // The level they reach, told right after, sets them; "hàng không"
    // before "đạt" is their name (aviation), no "không đạt".
    assert_eq!(
        values(
            "Cục xây dựng các chỉ tiêu về vận tải hàng không đạt mức sản lượng 95 triệu khách và 1,6 triệu tấn hàng hóa."
        ),
        [95.0, 1.6]
    );
    assert_eq!(
        values("Cục xây dựng các chỉ tiêu đạt mức 95 triệu khách."),
        [95.0]
    );
    let text =
        "Các chỉ tiêu về môi trường đều đạt 100%. Thu nhập bình quân đầu người đạt 72 triệu đồng.";
    assert!(values(text).is_empty(), "{text}");
}

/// A part of a reported whole that a goal cue of its own sets ("..., trong
/// đó phấn đấu hoàn thành 100 căn") is a goal; a plain part is reported
/// with its whole.
#[test]
fn a_part_with_its_own_goal_cue_is_a_goal() {
    assert_eq!(
        values(
            "Toàn tỉnh có 633 căn đang triển khai, trong đó phấn đấu hoàn thành 100 căn trong năm 2027."
        ),
        [100.0]
    );
    assert!(
        values("Toàn tỉnh có 633 căn đang triển khai, trong đó 100 căn đã hoàn thành.").is_empty()
    );
}

/// "luôn đạt" tells what has always been so, a record; under a goal it is
/// a level to keep.
#[test]
fn what_has_always_been_reached_is_a_record() {
    assert!(values("Tốc độ tăng trưởng kinh tế bình quân của huyện luôn đạt trên 12%.").is_empty());
    assert_eq!(
        values("Phấn đấu tốc độ tăng trưởng kinh tế luôn đạt trên 12%."),
        [12.0]
    );
}

/// Requirements a programme sets ("đặt ra yêu cầu: ...") are its goals.
#[test]
fn requirements_set_are_goals() {
    assert_eq!(
        values(
            "Chương trình nông thôn mới của tỉnh đặt ra yêu cầu: thu nhập tăng ít nhất 1,5 lần; có 12 xã đạt chuẩn nông thôn mới nâng cao."
        ),
        [1.5, 12.0]
    );
}

/// What actually came ("thực tế năm 2026", "thực tế đạt") is reported,
/// even after a plan is named; a check of the real thing ("kiểm tra thực
/// tế hàng hóa") is no such word.
#[test]
fn what_actually_came_is_reported() {
    assert!(
        values(
            "Khi xây dựng kế hoạch năm 2027, tỉnh dựa trên tỷ lệ che phủ rừng thực tế năm 2026 (đạt hơn 45,2%)."
        )
        .is_empty()
    );
    assert_eq!(
        values("Mục tiêu của Đề án: tỷ lệ kiểm tra thực tế hàng hóa không quá 5%."),
        [5.0]
    );
}

/// A report's verb inside what a count named by "số" counts ("số vụ ...
/// được phát hiện, bắt giữ") qualifies it: a bounded change after it is a
/// plan's. An arrest told with its own figure is reported.
#[test]
fn what_a_count_counts_may_name_a_report_s_verb() {
    assert_eq!(
        values(
            "Hằng năm số vụ phạm tội về ma túy được phát hiện, bắt giữ tại khu vực biên giới, tuyến đường biển tăng trên 5%."
        ),
        [5.0]
    );
    // Past a comma after the year, and past a long name of what it counts.
    assert_eq!(
        values(
            "Hằng năm, số vụ phạm tội về buôn lậu có tổ chức xuyên quốc gia được phát hiện, \
             bắt giữ tăng trên 4%; số vụ phạm tội lợi dụng không gian mạng được phát hiện, \
             triệt phá tăng trên 6%."
        ),
        [4.0, 6.0]
    );
    assert!(values("Năm 2024, lực lượng công an bắt giữ 120 đối tượng.").is_empty());
}

/// A report's act told in the passive ("được phát hiện, bắt giữ", "bị bắt
/// giữ"), with no figure before it in its clause, names the things counted,
/// whether the change after it is bounded or not. With its figure before
/// it, the passive reports.
#[test]
fn a_report_s_act_in_the_passive_names_what_is_counted() {
    assert_eq!(
        values(
            "Số vụ phạm tội về buôn lậu được phát hiện, bắt giữ hằng năm tăng 6% so với năm trước; 100% vụ việc được xác minh."
        ),
        [6.0, 100.0]
    );
    assert_eq!(
        values(
            "Phấn đấu tăng trên 5% số vụ, đối tượng bị bắt giữ so với năm 2024, nâng tỷ lệ số vụ được phát hiện, bắt giữ lên 20%."
        ),
        [5.0, 20.0]
    );
    assert!(values("Trong năm, 120 đối tượng bị bắt giữ, thu giữ 5 kg ma túy.").is_empty());
}

/// An indicator named by its code ("chỉ tiêu 19.2", "tiêu chí số 19") is
/// what the units counted are to meet: no plan met, and its code no figure
/// measured.
#[test]
fn an_indicator_named_by_its_code_is_no_plan_met() {
    assert_eq!(
        values(
            "Đến hết năm 2025, có 95% số xã đạt chỉ tiêu 18.5 của tiêu chí số 18 về hệ thống \
             chính trị; 40% số xã đạt chỉ tiêu 18.5 trong Bộ tiêu chí xã nông thôn mới nâng cao."
        ),
        [95.0, 40.0]
    );
    // The plan met, named with no code, still measures a result.
    assert!(values("Năm 2024, có 95% số xã đạt chỉ tiêu đề ra.").is_empty());
}

/// A figure told under a report word of a year gone by ("năm 2015 còn
/// 5%") makes a sentence with no goal cue a report: the figures before it
/// are results too.
#[test]
fn a_year_gone_by_told_under_a_report_word_reports_its_sentence() {
    assert!(
        values(
            "Tốc độ tăng trưởng kinh tế bình quân đạt 7%, thu nhập bình quân đầu người đạt 30 \
             triệu đồng/người/năm, tỷ lệ hộ nghèo năm 2015 còn 4%."
        )
        .is_empty()
    );
    // A year ahead is a plan's.
    assert_eq!(
        values("Tăng trưởng kinh tế bình quân đạt 7%, tỷ lệ hộ nghèo năm 2030 còn 2%."),
        [7.0, 2.0]
    );
}

/// The sum to a date ("lũy kế") reports, unless a goal cue governs it;
/// examples cited ("Điển hình như ...") tell what came.
#[test]
fn a_sum_to_a_date_reports_unless_a_goal_sets_it() {
    assert!(
        values("Lũy kế đến nay, toàn tỉnh có 1.250 doanh nghiệp đăng ký thành lập.").is_empty()
    );
    assert_eq!(
        values(
            "Đề án đặt mục tiêu, lũy kế đến năm 2030, tỉnh có 5.000 doanh nghiệp đăng ký thành lập."
        ),
        [5000.0]
    );
    assert!(values("Điển hình như huyện A chỉ thoát 2/15 xã; huyện B thoát 3/12 xã.").is_empty());
    assert!(
        values(
            "Chẳng hạn, tỷ lệ nữ cấp ủy nhiệm kỳ 2015 - 2020 là 12,5%, nhiệm kỳ 2020 - 2025 là 15%."
        )
        .is_empty()
    );
}

/// The goal told met after a figure, its value not restated ("đạt mục
/// tiêu nghị quyết đề ra"), measures the figure: a result. Before a figure
/// it names the goal, and after a purpose it is none met.
#[test]
fn the_goal_told_met_after_a_figure_measures_it() {
    assert!(
        values("Tốc độ tăng giá trị sản xuất bình quân 8,5%/năm, đạt mục tiêu nghị quyết đề ra.")
            .is_empty()
    );
    assert_eq!(
        values("Để đạt mục tiêu tăng trưởng 9% năm 2026, quý IV phải tăng tối thiểu 11%."),
        [9.0, 11.0]
    );
    assert_eq!(
        values("Tỉnh phấn đấu tăng trưởng 9%, thu ngân sách đạt kế hoạch 5.000 tỷ đồng."),
        [9.0, 5000.0]
    );
    // Completed, in a clause of its own, and however early.
    assert!(
        values("Thu ngân sách nhà nước đạt 8.215 tỷ đồng, hoàn thành chỉ tiêu Nghị quyết Đại hội trước 02 năm.")
            .is_empty()
    );
    // The units' own predicate sets what they are to do.
    assert_eq!(
        values("Hằng năm, 100% xã, phường hoàn thành chỉ tiêu tuyển quân."),
        [100.0]
    );
}

/// Reported speech is a report cue, but what is said goes by its own
/// tense: "sẽ" after it sets a goal.
#[test]
fn what_is_said_goes_by_its_own_tense() {
    assert_eq!(
        values(
            "Sở Tài nguyên và Môi trường cho biết, đến năm 2030, tỉnh sẽ giảm 10% lượng phát thải khí nhà kính."
        ),
        [10.0]
    );
    assert!(
        all("Sở Công Thương cho biết, kim ngạch xuất khẩu năm 2024 đạt 1,2 tỷ USD.").is_empty()
    );
}

/// A result told as the fruit of what was done ("Nhờ vậy, ...", "Nhờ đó,
/// ...") is reported, whatever year it is told of; a goal cue after it
/// still sets a goal.
#[test]
fn a_result_told_as_the_fruit_of_an_effort_is_reported() {
    assert!(
        all("Nhờ vậy đến hết năm 2025, tỷ lệ hộ gia đình văn hóa của xã đạt 95,1%; 30,2% số thôn đạt chuẩn.")
            .is_empty()
    );
    assert_eq!(
        values("Nhờ đó, huyện phấn đấu năm 2027 tỷ lệ hộ gia đình văn hóa đạt 96%."),
        [96.0]
    );
}

/// A change against a past year told under a report word ("giảm còn
/// 1,53%, giảm 1% so với năm 2024") measures, and makes the sentence's
/// figures with no cue told too.
#[test]
fn a_change_against_a_past_year_under_a_report_word_makes_a_report() {
    assert!(
        all("Xã đạt 12/19 tiêu chí nông thôn mới; tỷ lệ hộ nghèo giảm còn 2,1%, giảm 0,8% so với năm 2024.")
            .is_empty()
    );
}

/// A scenario proposed for the plan ("Theo kịch bản đề xuất, ...") sets
/// goals; one a forecaster models ("Theo kịch bản biến đổi khí hậu, ...")
/// reports what may come.
#[test]
fn a_scenario_proposed_for_the_plan_sets_goals() {
    assert_eq!(
        values("Theo kịch bản đề xuất, khu vực dịch vụ tăng khoảng 9-10%; nông nghiệp tăng 3%."),
        [9.0, 3.0]
    );
    assert!(
        all("Theo kịch bản biến đổi khí hậu, đến năm 2050 nhiệt độ trung bình có thể tăng 1,5°C.")
            .is_empty()
    );
}

/// The level a measure is to bring a rate to ("..., nhằm đưa tỷ lệ ... đạt
/// 58,5%") is a goal, whatever report word stands before the purpose.
#[test]
fn a_level_a_measure_is_to_bring_a_rate_to_is_a_goal() {
    assert_eq!(
        values(
            "Năm 2027, tuyển sinh đào tạo nghề 20.000 người ở các trình độ sơ cấp, dưới 3 tháng, \
             nhằm đưa tỷ lệ lao động qua đào tạo đạt 72%."
        ),
        [20000.0, 72.0]
    );
}

/// The topic a sentence opens on ("Về các chỉ tiêu kinh tế, ...") names
/// the indicators it goes on to tell: no goal cue.
#[test]
fn the_topic_a_sentence_opens_on_sets_no_goal() {
    assert!(
        all("Về các chỉ tiêu kinh tế, tăng trưởng GRDP đạt 9,15% - đứng thứ 4 toàn quốc.")
            .is_empty()
    );
    assert_eq!(
        values("Về các chỉ tiêu kinh tế, phấn đấu tăng trưởng GRDP đạt 10%."),
        [10.0]
    );
}

/// People a plan will have ("sẽ có đại diện công đoàn tham gia") are its
/// content, not a speaker who reports: the goals after them stand.
#[test]
fn people_a_plan_will_have_are_no_speaker() {
    assert_eq!(
        values(
            "Ít nhất 85% vụ việc sẽ có đại diện hội nông dân tham gia; ít nhất 60% hội viên \
             được tập huấn kỹ thuật; 75% chi hội đạt danh hiệu vững mạnh."
        ),
        [85.0, 60.0, 75.0]
    );
    assert!(all("Đại diện hội nông dân cho biết 60% hội viên được tập huấn kỹ thuật.").is_empty());
}

/// The results a command opening its clause keeps ("Duy trì vững chắc kết
/// quả phổ cập giáo dục; ...") are its object, no report of them.
#[test]
fn results_a_command_keeps_are_no_report() {
    assert_eq!(
        values(
            "Duy trì vững chắc kết quả xây dựng nông thôn mới; tỷ lệ hộ nghèo bình quân hằng \
             năm giảm 1,5%."
        ),
        [1.5]
    );
    assert!(
        all("Kết quả xây dựng nông thôn mới được duy trì; tỷ lệ hộ nghèo giảm bình quân 1,5%/năm.")
            .is_empty()
    );
}

/// A sentence with no cue reviews when the next one reports its figures
/// ("... đạt 10,7%. Thu nhập ... ước đạt 21,5 triệu đồng."), but not when the
/// next one only comments on its own after them ("... đóng góp 70% GRDP –
/// cho thấy hướng đi ...").
#[test]
fn a_comment_after_the_next_sentences_figures_reports_nothing_back() {
    assert_eq!(
        values(
            "Trong đó, tăng trưởng GRDP bình quân đạt 9–9,5%/năm. Kinh tế số chiếm 20–25% \
             GRDP, kinh tế tư nhân đóng góp 70% GRDP – cho thấy hướng đi quyết liệt."
        ),
        [9.0, 20.0, 70.0]
    );
    assert!(
        all(
            "Tốc độ tăng giá trị sản xuất bình quân hằng năm đạt 10,7%. Thu nhập bình quân \
             đầu người năm 2020 ước đạt 21,5 triệu đồng."
        )
        .is_empty()
    );
    // A floor in words is a plan's: the state of things told after it
    // reviews nothing back.
    assert_eq!(
        values(
            "Năm 2025 tỷ lệ trường học có nhà vệ sinh đạt chuẩn ít nhất đạt 90%, trong đó \
             trường mầm non đạt ít nhất 80%. Hiện tại, tỷ lệ này bình quân của tỉnh hơn 72%, trong \
             đó, trường mầm non dưới 60%."
        ),
        [90.0, 80.0]
    );
}

/// A sentence with no goal cue does not mix goals and results: a figure a
/// report cue makes no target ("... nhưng tỉ lệ thu gom mới chỉ đạt khoảng
/// 50-60%") makes the others told too.
#[test]
fn a_figure_a_report_cue_takes_makes_its_sentence_a_report() {
    assert!(
        all(
            "Khoảng 12.000 tấn rác thải phát sinh mỗi ngày ở nông thôn nhưng tỉ lệ thu gom \
             mới chỉ đạt khoảng 40-50%."
        )
        .is_empty()
    );
    // A goal cue keeps the goal before the report.
    assert_eq!(
        values(
            "Phấn đấu thu gom 12.000 tấn rác thải mỗi ngày, trong khi tỉ lệ thu gom hiện nay \
             mới chỉ đạt khoảng 40-50%."
        ),
        [12000.0]
    );
}

/// "còn" leaves a level now, unless a year still ahead is given for it
/// ("giảm còn 14‰ vào năm 2030"); "vừa" in "quy mô vừa và nhỏ" is medium,
/// no "just".
#[test]
fn a_level_due_by_a_year_ahead_and_a_medium_size_are_no_report() {
    assert_eq!(
        values(
            "Tỷ suất sinh duy trì ở mức 15 - 16‰; tỷ suất chết của trẻ em dưới 1 tuổi giảm \
             còn 9‰ vào năm 2030."
        ),
        [15.0, 9.0]
    );
    assert_eq!(
        values("Xây dựng 4 - 6 hồ chứa quy mô vừa và nhỏ; nạo vét 80 km kênh nội đồng mỗi năm."),
        [4.0, 80.0]
    );
}

/// A past told inside a relative clause ("dữ liệu mà người dùng đã cung
/// cấp") qualifies a noun: no report of the figures around it.
#[test]
fn a_past_inside_a_relative_clause_reports_nothing() {
    assert_eq!(
        values(
            "Kế hoạch đề ra các yêu cầu: 100% dịch vụ công được điền sẵn dữ liệu mà người dân \
             đã cung cấp trước đó; tối thiểu 85% hồ sơ được xử lý trực tuyến."
        ),
        [100.0, 85.0]
    );
    assert!(all("Năm 2024, tỉnh đã xử lý trực tuyến 85% hồ sơ.").is_empty());
}

/// An estimate that is an item of a list of goals a body sets ("tỉnh đề ra
/// một số mục tiêu chủ yếu: ...; GRDP đầu người ước đạt 59,8 triệu đồng")
/// is the plan's projection; one in a review of results is reported.
#[test]
fn an_estimate_in_a_list_of_goals_set_is_the_plans() {
    assert_eq!(
        values(
            "Năm 2019, huyện đề ra một số mục tiêu chủ yếu: tăng trưởng kinh tế 7 - 7,5%; thu \
             nhập bình quân đầu người ước đạt 48 triệu đồng; thu ngân sách đạt 320 tỷ đồng."
        ),
        [7.0, 48.0, 320.0]
    );
    assert!(
        all(
            "Kết quả thực hiện các chỉ tiêu chủ yếu: thu nhập bình quân đầu người ước đạt 48 \
             triệu đồng; thu ngân sách đạt 320 tỷ đồng."
        )
        .is_empty()
    );
}

/// Targets that "reached good results" ("nhiều chỉ tiêu đạt kết quả khả
/// quan như: ...") report what was reached: "kết quả" after "đạt" is no
/// object a goal's verb handles, however near "chỉ tiêu" stands.
#[test]
fn targets_that_reached_results_report() {
    assert_eq!(
        values(
            "Nhiều chỉ tiêu về người cao tuổi đạt kết quả tốt như: tỷ lệ người cao tuổi được khám sức khỏe định kỳ đạt 87,5%; tỷ lệ được cấp thẻ bảo hiểm y tế đạt 100%."
        ),
        Vec::<f64>::new()
    );
    // Nor after "có": results had.
    assert_eq!(
        values(
            "Mục tiêu năm 2026 tăng trưởng 9%. Với năm 2025 có kết quả tích cực với sản lượng tăng 6,8% và doanh thu tăng 7,3%, công ty tin sẽ đạt mục tiêu."
        ),
        [9.0]
    );
    assert_eq!(
        values(
            "Phấn đấu 100% hồ sơ được số hóa, tái sử dụng kết quả; tỷ lệ thanh toán trực tuyến đạt 60%."
        ),
        [100.0, 60.0]
    );
}

/// A goal cue carried from the sentence before governs no judgement a
/// review passes ("... thực hiện thắng lợi các chỉ tiêu đề ra. Kinh tế
/// tiếp tục tăng trưởng khá, ..."); one in the sentence does ("phấn đấu
/// kinh tế tăng trưởng khá, ...").
#[test]
fn a_carried_goal_governs_no_judgement() {
    assert!(
        all(
            "Nhiệm kỳ 2015 - 2020, Đảng bộ xã tập trung lãnh đạo, chỉ đạo thực hiện thắng lợi nhiều chỉ tiêu, nhiệm vụ quan trọng đề ra. Kinh tế tiếp tục tăng trưởng khá, tốc độ tăng trưởng bình quân đạt 11,4%; giá trị thương mại dịch vụ tăng 15%."
        )
        .is_empty()
    );
    assert_eq!(
        values("Phấn đấu kinh tế tăng trưởng khá, tốc độ tăng trưởng bình quân đạt 11%/năm."),
        [11.0]
    );
}

/// The indicators a comparison held in ("cao hơn năm trước ở tất cả các
/// chỉ tiêu") are named, no goal set.
#[test]
fn indicators_a_comparison_held_in_set_nothing() {
    assert!(
        all(
            "Kết quả năm học này cao hơn năm học trước ở tất cả các chỉ tiêu, với 100% xã đạt chuẩn phổ cập giáo dục tiểu học, 35% xã đạt mức độ 3."
        )
        .is_empty()
    );
}

/// A planning office's name holds "kế hoạch" but sets no plan: what it
/// reports is a result; a plan it issues is one.
#[test]
fn a_planning_office_named_sets_no_goal() {
    for text in [
        "Theo Bộ Kế hoạch và Đầu tư, tỷ lệ hộ nghèo theo chuẩn đa chiều còn 2,93%.",
        "Theo Phòng Tài chính - Kế hoạch huyện, tỷ lệ hộ nghèo còn 3,2%.",
    ] {
        assert!(all(text).is_empty(), "{text}: {:#?}", all(text));
    }
    for text in [
        "Theo kế hoạch, năm 2026 thu ngân sách đạt 1.200 tỷ đồng.",
        "Sở Y tế ban hành Kế hoạch năm 2026, tỷ lệ bao phủ bảo hiểm y tế đạt 95%.",
    ] {
        assert_eq!(all(text).len(), 1, "{text}: {:#?}", all(text));
    }
}

/// The year so far, up to a day or the present, sums results; a year's
/// span set ahead from its start does not.
#[test]
fn the_year_so_far_is_reported() {
    for text in [
        "Vốn đầu tư trong nước thu hút từ đầu năm đến ngày 16-4 đạt gần 900 tỷ đồng.",
        "Tổng vốn FDI đăng ký từ đầu năm đến ngày 20/11 đạt 3,05 tỷ USD.",
        "Theo Sở Công Thương, từ đầu năm tới ngày 30/9 kim ngạch xuất khẩu đạt 2,4 tỷ USD.",
    ] {
        assert!(all(text).is_empty(), "{text}: {:#?}", all(text));
    }
    let t = one("Ngay từ đầu năm 2026, tỉnh phấn đấu thu hút 900 tỷ đồng vốn đầu tư trong nước.");
    assert_eq!(t.value, 900.0);
}

/// Targets counted and told met past their name, which may name the plan
/// they follow ("theo Nghị quyết ..."), open a review: the figures after
/// are results.
#[test]
fn targets_counted_met_past_the_plan_they_follow_open_a_review() {
    let text = "Nổi bật là 18/18 chỉ tiêu kinh tế - xã hội theo Nghị quyết HĐND tỉnh đều đạt và vượt kế hoạch, tăng trưởng GRDP đạt 8,1%, thu ngân sách đạt 1.200 tỷ đồng.";
    assert!(all(text).is_empty(), "{:#?}", all(text));
    // Counted and set, they still set the items after.
    let text = "Đại hội đề ra 18 chỉ tiêu theo Nghị quyết, trong đó tăng trưởng GRDP đạt 8,1%.";
    assert_eq!(one(text).value, 8.1);
}

/// A reading given of the figures after a comma (", phản ánh ...", ", cho
/// thấy ...") tells they were measured; a goal with its cue keeps it.
#[test]
fn a_reading_given_of_the_figures_tells_them_measured() {
    for text in [
        "GRDP bình quân đầu người đạt trên 4.400 USD; năng suất lao động tăng gần 9%, phản ánh chất lượng tăng trưởng được cải thiện.",
        "Thu nhập bình quân đầu người đạt 94 triệu đồng, cho thấy đời sống người dân được nâng lên.",
    ] {
        assert!(all(text).is_empty(), "{text}: {:#?}", all(text));
    }
    let t = one(
        "Thành phố phấn đấu tăng trưởng GRDP trên 10% trong năm 2027, cho thấy quyết tâm bứt phá.",
    );
    assert_eq!(t.value, 10.0);
}

/// Under a goal, "chỉ chiếm" caps a share the plan keeps low; a rank
/// ("xếp hạng 119/126") is a result.
#[test]
fn a_share_kept_low_under_a_goal_and_a_rank_told() {
    let ts = all(
        "Phấn đấu vào năm 2030 tỷ trọng gạo trắng thường chỉ chiếm khoảng 25%, gạo thơm chiếm khoảng 40%.",
    );
    assert_eq!(ts.iter().map(|t| t.value).collect::<Vec<_>>(), [25.0, 40.0]);
    assert!(all("Cụ thể, tháng 7/2025, phường xếp hạng 119/126 xã, phường.").is_empty());
}

/// Under a report, the targets a plural names and tells met past their
/// name ("có những chỉ tiêu đạt và vượt xa như: ...") list results; a
/// goal named alone ("mục tiêu ... là xây dựng hoàn thành 540 căn") is set.
#[test]
fn targets_told_met_under_a_report_list_results() {
    let text = "Huyện đã lãnh đạo thực hiện đạt và vượt 17/19 chỉ tiêu nghị quyết đề ra, trong đó, có những chỉ tiêu đạt và vượt xa như: tốc độ tăng trưởng kinh tế đạt 11%/năm, tỷ lệ hộ nghèo giảm còn 3,14%.";
    assert!(all(text).is_empty(), "{:#?}", all(text));
    let t = one(
        "Tính đến nay, đã khởi công được 81 căn và mục tiêu của UBND tỉnh là xây dựng hoàn thành 540 căn trước 15/7/2027.",
    );
    assert_eq!(t.value, 540.0);
}

/// The words of a person's name after a family name are no verbs
/// ("Nguyễn Văn Được"), even after a place's name ("Thành phố Hồ Chí Minh
/// Nguyễn Văn Được"): "Được" tells nothing done.
#[test]
fn a_person_s_name_is_no_verb() {
    for (text, value) in [
        (
            "Chủ tịch UBND Thành phố Hồ Chí Minh Nguyễn Văn Được nhấn mạnh với mức tăng trưởng 10% \
             đến 11% đề ra cho năm 2026 là một chỉ tiêu rất cao.",
            10.0,
        ),
        (
            "Chủ tịch UBND tỉnh Nguyễn Văn Được nhấn mạnh với mức tăng trưởng 9% đề ra cho năm 2027 \
             là chỉ tiêu rất cao.",
            9.0,
        ),
    ] {
        assert_eq!(values(text), [value], "{text}");
    }
}
