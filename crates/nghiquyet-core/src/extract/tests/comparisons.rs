//! Pairs and comparisons: achieved/target pairs, figures against a year or a season, times as much.

use super::*;

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
    // A part and its whole, the share it takes up told after, are a stock.
    assert!(
        all("Các hồ chứa hiện còn 85,3 triệu m3/140,2 triệu m3, chiếm 60,8% dung tích thiết kế.")
            .is_empty()
    );
    // The plan may be named between the two, and then sets no goal for
    // what follows.
    let t = all("tỷ lệ trường đạt chuẩn quốc gia là 63%/ chỉ tiêu 60% (tăng 8% so với năm 2022)");
    assert_eq!(
        t.iter().map(|t| (t.value, t.achieved)).collect::<Vec<_>>(),
        [(60.0, Some(63.0))]
    );
    let t = one("kết nạp 412/KH 400 đảng viên");
    assert_eq!((t.value, t.achieved), (400.0, Some(412.0)));
    // The plan named may bound its figure.
    let t = one("tốc độ tăng trưởng bình quân ước đạt 9,6%/chỉ tiêu trên 9%");
    assert_eq!(
        (t.value, t.achieved, t.bound),
        (9.0, Some(9.6), Bound::Above)
    );
    // Past the plan's abbreviation, and past its "là".
    let t = one("tốc độ tăng giá trị sản xuất ước đạt 12,4%/kế hoạch (KH) 12%");
    assert_eq!((t.value, t.achieved), (12.0, Some(12.4)));
    let t = one("tỷ lệ tăng dân số tự nhiên ở mức 0,61%/ kế hoạch là 0,9%");
    assert_eq!((t.value, t.achieved), (0.9, Some(0.61)));
}

#[test]
fn times_as_much_as_a_goal() {
    let t = one("Đến năm 2030, thu nhập bình quân đầu người gấp 2,5 lần năm 2020");
    assert_eq!(
        (t.value, t.unit.as_deref(), t.deadline_year),
        (2.5, Some("lần"), Some(2030))
    );
    // A deadline inside the item sets the multiple too, when it is the
    // sentence's first figure and not rounded.
    let t = one("Thu nhập bình quân đầu người đến năm 2030 gấp 1,5 lần năm 2025.");
    assert_eq!((t.value, t.deadline_year), (1.5, Some(2030)));
    assert!(all("Thu nhập bình quân đầu người đến năm 2020 gấp hơn 1,7 lần năm 2015.").is_empty());
}

#[test]
fn a_change_in_parentheses_set_against_the_target_is_the_result() {
    let t = one(
        "Tỷ lệ hộ nghèo của tỉnh còn 3,4% (giảm 1,6%), vượt chỉ tiêu Nghị quyết đề ra (giảm 1,2%).",
    );
    assert_eq!(
        (t.value, t.bound, t.achieved),
        (1.2, Bound::DecreaseBy, Some(1.6))
    );
    let t = one("Tỷ lệ lao động có việc làm đạt 68% (tăng 5%) đạt mục tiêu tỉnh giao (4%).");
    assert_eq!((t.value, t.achieved), (4.0, Some(5.0)));
    // Passed with no comma after the result, the plan still judges it; it
    // is no share of the plan, as "so với" would make it.
    let t = one(
        "Tốc độ tăng trưởng của ngành đạt 3,02% vượt chỉ tiêu đề ra (Chỉ tiêu năm 2021: 2,5-3%).",
    );
    assert_eq!(
        (t.value, t.value_max, t.achieved),
        (2.5, Some(3.0), Some(3.02))
    );
    // Set against nothing, the change is a target beside its level; an
    // excess over the plan is none.
    let ts = all("Phấn đấu tỷ lệ che phủ rừng đạt 46% (tăng 1% so với năm 2025).");
    let read: Vec<_> = ts.iter().map(|t| (t.value, t.bound)).collect();
    assert_eq!(read, [(46.0, Bound::Exact), (1.0, Bound::IncreaseBy)]);
    assert_eq!(
        values("Tỷ lệ người cao tuổi được trợ cấp đạt 100% (vượt so với Nghị quyết đề ra là 40%)."),
        [40.0]
    );
}

#[test]
fn a_multiple_in_words_is_so_many_times() {
    let t = one("Đến năm 2030, số hợp tác xã kiểu mới trên địa bàn gấp đôi năm 2025.");
    assert_eq!(
        (t.value, t.unit.as_deref(), t.bound, t.subject.as_deref()),
        (
            2.0,
            Some("lần"),
            Bound::Exact,
            Some("số hợp tác xã kiểu mới trên địa bàn")
        )
    );
    let t = one("Phấn đấu đến năm 2030, giá trị xuất khẩu tăng gấp ba lần so với năm 2025.");
    assert_eq!(
        (t.value, t.unit.as_deref(), t.bound, t.subject.as_deref()),
        (
            3.0,
            Some("lần"),
            Bound::IncreaseBy,
            Some("giá trị xuất khẩu")
        )
    );
    // A result told in words is no goal; "đôi" elsewhere is no numeral.
    assert!(all("Năm 2025, lượng khách đến tỉnh tăng gấp đôi so với năm 2024.").is_empty());
    assert_eq!(
        values("Phát triển đô thị đôi bờ sông, phấn đấu có 3 khu đô thị mới."),
        [3.0]
    );
}

#[test]
fn a_closed_parenthesis_keeps_its_cue_from_pairing() {
    let ts = all("trồng được 42 ha chè (vượt 12 ha so với chỉ tiêu), 80 ha rừng");
    assert!(ts.iter().all(|t| t.achieved.is_none()), "{ts:#?}");
    // A stated target in the same parenthesis still pairs.
    let t = one("tỷ lệ che phủ rừng đạt 46,2% (chỉ tiêu Nghị quyết là 45%)");
    assert_eq!((t.value, t.achieved), (45.0, Some(46.2)));
}

#[test]
fn an_aside_in_parentheses_keeps_its_cue_to_itself() {
    let text = "Với mục tiêu đến năm 2030 quy mô kinh tế đạt trên 500 nghìn tỷ đồng (dự kiến đứng thứ 10 cả nước), thu nhập bình quân đạt 6.000 USD";
    assert_eq!(values(text), [500.0, 6000.0]);
}

#[test]
fn a_figure_ranked_among_others_is_a_result() {
    assert!(
        all("Năm 2024, tốc độ tăng trưởng kinh tế của tỉnh đạt 8,2%, đứng thứ 10 cả nước")
            .is_empty()
    );
    // In an aside right after the figure too.
    assert!(all("Tỷ lệ che phủ rừng của tỉnh đạt trên 57% (xếp thứ ba toàn quốc).").is_empty());
    // A rank without a number is a quality; one a goal cue sets is part of the goal.
    assert_eq!(
        values("Tỷ lệ hồ sơ giải quyết đúng hạn đạt trên 95%, xếp thứ hạng cao trong cả nước"),
        [95.0]
    );
    assert_eq!(
        values("Phấn đấu tốc độ tăng trưởng kinh tế đạt 9%, đứng thứ 5 trong vùng"),
        [9.0]
    );
    // The rank first, with the score it was ranked by.
    assert!(all("Tỉnh xếp thứ 7 cả nước (tăng 2 bậc so với năm 2024) với 89,32%.").is_empty());
    // A level to reach that is set against the average is no rank.
    assert_eq!(
        values(
            "Đến hết năm 2027, 100% hộ nghèo có mức sống bằng hoặc cao hơn mức trung bình của \
             cộng đồng dân cư."
        ),
        [100.0]
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
fn a_change_told_with_the_level_it_left_is_a_result() {
    assert!(all("Tỷ lệ hộ nghèo giảm 1,2% so với cuối năm 2023, còn 3,4%").is_empty());
    let ts = all("Tỷ lệ hộ nghèo giảm bình quân 1%/năm, đến cuối nhiệm kỳ còn dưới 2%");
    assert_eq!(ts.iter().map(|t| t.value).collect::<Vec<_>>(), [1.0, 2.0]);
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
fn an_estimate_compared_with_is_a_baseline() {
    let text = "Năm 2026: tổng thu ngân sách nhà nước trên địa bàn đạt 4.500 tỷ đồng, tăng 12% so với ước thực hiện năm 2025.";
    assert_eq!(values(text), [4500.0, 12.0]);
    // An estimate of the sentence's own still reports what comes before it.
    assert!(all("Thu ngân sách tăng 12%, ước cả năm đạt 4.500 tỷ đồng.").is_empty());
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

/// A result given again in another unit right after it ("đạt 96,5%, khoảng
/// 420 tấn/ngày") is still the result the plan after it measures.
#[test]
fn a_result_restated_in_another_unit_pairs_past_it() {
    assert_eq!(
        pairs(
            "Tỷ lệ chất thải rắn y tế được xử lý đạt 96,5%, khoảng 420 tấn/ngày (chỉ tiêu năm là 97%)."
        ),
        [(97.0, None, Bound::Exact, Some(96.5))]
    );
    assert_eq!(
        pairs(
            "Tỷ lệ nước thải được xử lý đạt 61%, tương đương 150.000 m3/ngày (mục tiêu Nghị quyết 65%)."
        ),
        [(65.0, None, Bound::Exact, Some(61.0))]
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
    // Before the pair too: the sentence reviews.
    assert_eq!(
        values(
            "Diện tích cây ăn quả 12.400 ha; giá trị sản xuất đạt 5.200 tỷ đồng (kế hoạch 5.000 tỷ đồng)."
        ),
        [5000.0]
    );
}

/// A parenthesis that opens on the plan, with as many figures as stand
/// right before it in the same units and order, pairs each with its target.
#[test]
fn plans_in_parallel_pair_with_the_results_before_them() {
    assert_eq!(
        pairs(
            "Sản lượng lương thực 5 năm đạt 1,9 triệu tấn, bình quân tăng 2,4%/năm (Nghị quyết \
             đề ra 2 triệu tấn, bình quân tăng 2,5%/năm)."
        ),
        [
            (2.0, None, Bound::Exact, Some(1.9)),
            (2.5, None, Bound::IncreaseBy, Some(2.4))
        ]
    );
    // Units out of order pair in parallel no more than the nearest.
    assert!(
        pairs("Sản lượng đạt 1,9 triệu tấn, tăng 2,4%/năm (kế hoạch 2,5%/năm, 2 triệu tấn).")
            .contains(&(2.0, None, Bound::Exact, None))
    );
    // A floor is a goal's, never a result: goals set against earlier ones.
    assert_eq!(
        pairs(
            "Tỉnh yêu cầu tăng trưởng GRDP năm 2026 đạt ít nhất 9% và phấn đấu 10% trở lên \
             (cao hơn mục tiêu Nghị quyết đề ra là 7,5-8%, phấn đấu 8-8,5%)."
        ),
        [
            (9.0, None, Bound::AtLeast, None),
            (10.0, None, Bound::AtLeast, None),
            (7.5, Some(8.0), Bound::Range, None),
            (8.0, Some(8.5), Bound::Range, None)
        ]
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

#[test]
fn a_level_told_with_its_change_since_a_past_period_is_a_result() {
    for text in [
        "Dư nợ cho vay hộ sản xuất đạt 4.120 tỷ đồng, tăng 7,5% so với đầu năm.",
        "Số doanh nghiệp thành lập mới là 612, giảm 38 doanh nghiệp so với cùng kỳ.",
        "Tỷ lệ trẻ suy dinh dưỡng thấp còi là 14,8%, giảm 0,6% so với năm học trước.",
        "Số giường bệnh công lập đạt 27 giường/vạn dân, tăng 3 giường so với năm 2021.",
        // The change may be told in parentheses.
        "Tỷ lệ huy động trẻ 5 tuổi đến trường đạt 99,2% (tăng 0,8% so với nhiệm kỳ trước).",
    ] {
        assert!(all(text).is_empty(), "{text}: {:#?}", all(text));
    }
    // A plan commands the change, sets a floor, or names its own year; a
    // change alone is read by the other rules.
    assert_eq!(values("Giảm 8% số vụ cháy rừng so với năm trước."), [8.0]);
    assert_eq!(
        values(
            "Đến năm 2027, số giường bệnh đạt 30 giường/vạn dân, tăng 3 giường so với năm 2025."
        ),
        [30.0, 3.0]
    );
    assert_eq!(
        values(
            "Đến năm 2027, số giường bệnh đạt 30 giường/vạn dân (tăng 3 giường so với năm 2025)."
        ),
        [30.0, 3.0]
    );
    assert_eq!(
        values("Tỷ lệ sinh con thứ ba giảm 0,2% so với năm trước."),
        [0.2]
    );
    // The level may be qualified before its change, past a comma.
    assert!(
        all("Toàn tỉnh có 640 trường học tổ chức bán trú, tăng 45 trường so với năm học trước.")
            .is_empty()
    );
}

#[test]
fn a_figure_set_against_others_or_the_past_is_a_result() {
    for text in [
        "Tuổi thọ trung bình của người dân tỉnh là 74,6 tuổi, cao hơn mức bình quân cả nước.",
        "Tốc độ tăng thu ngân sách đạt 18,4%, cao nhất từ trước đến nay.",
        "Giá trị sản xuất công nghiệp tăng bình quân mỗi năm 14%, cao hơn so với mức tăng bình quân chung của vùng.",
    ] {
        assert!(all(text).is_empty(), "{text}: {:#?}", all(text));
    }
    // A floor against others' is a norm; a goal cue sets the rest.
    assert_eq!(
        values("Tốc độ tăng trưởng không thấp hơn mức bình quân của vùng, phấn đấu đạt 8%/năm."),
        [8.0]
    );
    assert_eq!(
        values("Phấn đấu tỷ lệ lao động qua đào tạo đạt 80%, cao hơn mức bình quân cả nước."),
        [80.0]
    );
    // A later item set against others is that item's alone.
    assert_eq!(
        values(
            "Về xã hội, tỷ lệ đô thị hóa trên 45%, lao động qua đào tạo trên 75%, tỷ lệ hộ nghèo \
             thấp hơn bình quân cả nước."
        ),
        [45.0, 75.0]
    );
}

/// The plan a share measures a result against, its figure in parentheses
/// right after the plan's name ("đạt 81,4% kế hoạch năm (3.600 hộ)"), is
/// the target of a pair with the result; the share states none.
#[test]
fn a_plan_in_parentheses_after_its_share_pairs_with_the_result() {
    let t = one(
        "Lũy kế 9 tháng, toàn huyện hỗ trợ được 2.930 hộ thoát nghèo, đạt 81,4% kế hoạch năm (3.600 hộ).",
    );
    assert_eq!(
        (t.value, t.unit.as_deref(), t.achieved),
        (3600.0, Some("hộ"), Some(2930.0))
    );
    let t = one(
        "Vốn huy động bình quân 2 năm đạt 1.840 tỷ đồng/năm, vượt 15% so với Nghị quyết (1.600 tỷ đồng/năm).",
    );
    assert_eq!((t.value, t.achieved), (1600.0, Some(1840.0)));
    // The plan's name may carry its year: the pair's deadline.
    let t = one(
        "Giá trị sản xuất trên 1 ha năm 2023 đạt 118 triệu đồng, bằng 90% chỉ tiêu đến năm 2025 (130 triệu đồng).",
    );
    assert_eq!(
        (t.value, t.achieved, t.deadline_year),
        (130.0, Some(118.0), Some(2025))
    );
    // The parenthesis may tell its figure as the plan's ("chỉ tiêu là").
    let t = one(
        "Tỷ lệ hộ nghèo của huyện giảm 2,3%, đạt 115% so với chỉ tiêu giao đầu năm (chỉ tiêu là 2%).",
    );
    assert_eq!((t.value, t.achieved), (2.0, Some(2.3)));
    // The plan's name may cite its document, and the result its own
    // abbreviation.
    let t = one(
        "Tỷ lệ lao động tham gia BHXH đạt 41,2%, vượt 1,2% so với chỉ tiêu đề ra tại Nghị quyết số 05-NQ/TU ngày 12/1/2023 của Tỉnh ủy (40%).",
    );
    assert_eq!((t.value, t.achieved), (40.0, Some(41.2)));
    let t = one(
        "Số người tham gia BHTN chiếm tỷ lệ 30,2% lực lượng lao động (LLLĐ), thấp hơn 0,8% so với chỉ tiêu UBND tỉnh giao (31%).",
    );
    assert_eq!((t.value, t.achieved), (31.0, Some(30.2)));
    // "so" alone compares as "so với" does; the plan's figure may close on
    // what it counts.
    let t = one("Toàn huyện trồng được 519 ha rừng, đạt 86,5% so mục tiêu (600 ha rừng).");
    assert_eq!((t.value, t.achieved), (600.0, Some(519.0)));
    // A count that restates a share of the result, with no plan named, or
    // a share that measures nothing, pairs nothing.
    assert!(
        all("Năm 2024, toàn tỉnh đã có 1.120 hộ thoát nghèo, đạt 12,5% (140 xã).")
            .iter()
            .all(|t| t.achieved.is_none())
    );
    let ts =
        all("Năm 2024, xã đã trồng được 85 ha rừng, chiếm 30% diện tích quy hoạch (280 ha rừng).");
    assert!(ts.iter().all(|t| t.achieved.is_none()), "{ts:#?}");
    // The same result against a second plan after "và".
    assert_eq!(
        pairs(
            "Tỷ lệ hộ dùng nước sạch đạt 88,4%, thấp hơn 1,6% so với chỉ tiêu kế hoạch (90%) và thấp hơn 3,6% so với chỉ tiêu Nghị quyết (92%)."
        ),
        [
            (90.0, None, Bound::Exact, Some(88.4)),
            (92.0, None, Bound::Exact, Some(88.4))
        ]
    );
}

/// A figure compared with the plan's, named right after it ("giảm 3% so
/// với 1,8% kế hoạch giao"), is the result of a pair, in an aside too.
#[test]
fn a_result_compared_with_the_plans_figure_pairs() {
    assert_eq!(
        pairs("Tỷ lệ hộ nghèo giảm 2,1% so với 1,5% kế hoạch."),
        [(1.5, None, Bound::Exact, Some(2.1))]
    );
    assert_eq!(
        pairs("Huyện Ninh Sơn đạt 150% (giảm 3% so với 2% kế hoạch giao)."),
        [(2.0, None, Bound::Exact, Some(3.0))]
    );
}

/// A change an aside tells against a base of its own ("(tăng 2,1% so
/// với cùng kỳ)") is its host's, and pairs with no plan after it.
#[test]
fn a_change_in_an_aside_against_its_own_base_pairs_nothing() {
    let ts = all(
        "Đã thi hành xong 12.400 việc, đạt tỉ lệ 82,3% (tăng 2,1% so với cùng kỳ), vượt chỉ tiêu được giao là 2,3%.",
    );
    assert!(ts.iter().all(|t| t.achieved != Some(2.1)), "{ts:#?}");
}

/// The growth a period was planned at ("kịch bản tăng trưởng ... (7%)")
/// is the target of a pair with the growth reached; a baseline scenario
/// ("so với kịch bản phát triển bình thường") is none.
#[test]
fn a_growth_scenario_is_a_stated_target() {
    let t = one(
        "Quý II/2026, GRDP tăng 6,4% so với cùng kỳ, thấp hơn kịch bản tăng trưởng đề ra (7%).",
    );
    assert_eq!((t.value, t.achieved), (7.0, Some(6.4)));
    let ts = all(
        "Giảm 10% lượng phát thải khí nhà kính so với kịch bản phát triển bình thường, 25% với hỗ trợ quốc tế.",
    );
    assert!(ts.iter().all(|t| t.achieved.is_none()), "{ts:#?}");
}

/// A share told after a pair, past the plan's name ("..., tỷ lệ 38,5%"), is
/// the pair's ratio; a share of a goal's own is a target.
#[test]
fn the_ratio_told_after_a_pair_is_no_target() {
    let t = one("9 tháng, thu ngân sách đạt 2.150/3.400 tỷ đồng dự toán năm, tỷ lệ 63,2%.");
    assert_eq!((t.value, t.achieved), (3400.0, Some(2150.0)));
    // The head may be a word of the chain ("bằng").
    let t = one("Đến nay, toàn tỉnh trồng được 39.845 ha/40.000 ha kế hoạch, bằng 99,6%.");
    assert_eq!((t.value, t.achieved), (40000.0, Some(39845.0)));
    assert_eq!(
        values("Phấn đấu thu ngân sách đạt 3.400 tỷ đồng, tỷ lệ thu nội địa đạt 70%."),
        [3400.0, 70.0]
    );
}

/// An item opening on the target it compares with ("So với mục tiêu ...
/// Y, ...") pairs it with the result told after it in the sentence.
#[test]
fn a_target_compared_with_first_pairs_with_the_result_after_it() {
    let t = one(
        "So với mục tiêu trồng mới 5.000 ha rừng cả nhiệm kỳ, đến nay toàn tỉnh đã trồng được 3.800 ha.",
    );
    assert_eq!((t.value, t.achieved), (5000.0, Some(3800.0)));
    // A goal after a comparison's share pairs nothing.
    let ts = all("Thu ngân sách tăng 12% so với mục tiêu đề ra; năm 2026 phấn đấu tăng 15%.");
    assert!(ts.iter().all(|t| t.achieved.is_none()), "{ts:#?}");
}

#[test]
fn a_rank_in_words_closing_a_list_of_results_ranks_them_all() {
    assert!(
        all("Đoàn vận động viên tỉnh giành 24 huy chương vàng, 30 huy chương bạc và 41 huy chương đồng, xếp thứ hai toàn đoàn.")
            .is_empty()
    );
    // A goal cue sets the rank with the figures.
    assert_eq!(
        values("Phấn đấu giành 24 huy chương vàng, xếp thứ hai toàn đoàn."),
        [24.0]
    );
}

/// A goal cue that only names the plan of a pair ("..., cả năm duy trì
/// mục tiêu dưới 4%") governs no later item: past the pair, with no cue
/// and no year of its own, the item is a result. A cue before the pair
/// still governs it.
#[test]
fn a_pair_s_own_cue_governs_no_later_item() {
    assert_eq!(
        values(
            "Tỷ lệ thất nghiệp thành thị trong năm là 2,6%, cả năm duy trì mục tiêu dưới 4%; tỷ lệ thất nghiệp chung là 2,1% (giảm 0,05% so với cùng kỳ)."
        ),
        [4.0]
    );
    assert_eq!(
        values(
            "Tỷ lệ thất nghiệp thành thị trong năm là 2,6%, cả năm duy trì mục tiêu dưới 4%; năm 2027 phấn đấu tỷ lệ thất nghiệp chung dưới 2%."
        ),
        [4.0, 2.0]
    );
}

/// The plan named right after an achieved/target pair ("7.420/6.800 tỷ
/// đồng dự toán giao") is the pair's: it sets no goal for the change told
/// after it. A plan's estimate named alone still sets one.
#[test]
fn the_plan_named_after_a_pair_sets_no_goal_after_it() {
    let ts = all(
        "Thu ngân sách năm 2025 đạt 7.420/6.800 tỷ đồng dự toán giao, tăng 11% so với năm trước.",
    );
    assert_eq!(
        ts.iter().map(|t| (t.value, t.achieved)).collect::<Vec<_>>(),
        [(6800.0, Some(7420.0))]
    );
    assert_eq!(
        values("Năm 2027, dự toán thu ngân sách 8.100 tỷ đồng, tăng 9% so với năm 2026."),
        [8100.0, 9.0]
    );
}

/// A result's change told between it and the target it passed ("đạt 2,6
/// triệu lượt khách, tăng 18% so với năm 2024, vượt mục tiêu 2,4 triệu
/// lượt") parts no pair, nor does a multiple of a past period; a change
/// alone before a target of another unit pairs nothing.
#[test]
fn a_change_between_a_result_and_its_target_parts_no_pair() {
    let ts = all(
        "Năm 2025, tỉnh đón 2,6 triệu lượt khách, tăng 18% so với năm 2024, vượt mục tiêu 2,4 triệu lượt.",
    );
    assert_eq!(
        ts.iter().map(|t| (t.value, t.achieved)).collect::<Vec<_>>(),
        [(2.4, Some(2.6))]
    );
    let ts = all("Phấn đấu năm 2026 đón 3 triệu lượt khách, tăng 15% so với năm 2025.");
    assert!(ts.iter().all(|t| t.achieved.is_none()), "{ts:#?}");
    // Nor does a multiple of a past period, before "và" and the plan passed.
    let ts = all(
        "Vốn huy động giai đoạn 2021-2025 đạt 42.000 tỷ đồng, gấp 1,5 lần giai đoạn trước và vượt mục tiêu đề ra (40.000 tỷ đồng).",
    );
    assert_eq!(
        ts.iter().map(|t| (t.value, t.achieved)).collect::<Vec<_>>(),
        [(40000.0, Some(42000.0))]
    );
    // A multiple of the plan is the result's measure: no pair across it.
    assert!(
        all("Đến nay số xã đạt chuẩn là 37 xã, gấp 2,46 lần so kế hoạch, tăng 25 xã so năm 2013.")
            .iter()
            .all(|t| t.achieved.is_none())
    );
}

/// The period a plan compares with ("so với thực hiện năm 2026", "so với
/// ước thực hiện năm 2026") is its base: the goals after it stay goals.
/// A sentence opening on the year's performance reports it.
#[test]
fn the_performance_compared_with_is_a_base() {
    assert_eq!(
        values(
            "Năm 2027, tổng công ty phấn đấu doanh thu đạt 5.000 tỷ đồng, tăng 8% so với ước thực hiện năm 2026; lợi nhuận đạt 300 tỷ đồng."
        ),
        [5000.0, 8.0, 300.0]
    );
    assert!(all("Thực hiện năm 2025, doanh thu của tổng công ty đạt 4.600 tỷ đồng.").is_empty());
}

/// An excess over the plan counted in a shorter unit right after the
/// result ("xóa 1.420 căn nhà tạm, vượt kế hoạch 70 căn") is no pair.
#[test]
fn an_excess_in_a_shorter_unit_is_no_pair() {
    assert!(
        all("Đến ngày 15/9/2025, huyện đã hoàn thành xóa 1.420 căn nhà tạm, vượt kế hoạch 70 căn.")
            .is_empty()
    );
    // In parentheses after the plan's name, it is the plan's figure.
    let t = one(
        "Năm 2025, huyện đã hoàn thành xóa 1.420 căn nhà tạm, vượt kế hoạch đề ra (1.350 căn).",
    );
    assert_eq!((t.value, t.achieved), (1350.0, Some(1420.0)));
}

/// A comparative governs its base with no "so với" ("cao hơn năm trước
/// 1,4 tạ/ha", "thấp hơn năm 2025"): a named year against the year before
/// is a result, as with "so với"; a plan's cue still sets its figures.
#[test]
fn a_comparative_against_the_year_before_is_a_result() {
    for text in [
        "Năm 2026 toàn huyện thu hoạch 8,2 nghìn tấn ngô, năng suất bình quân 58 tạ/ha, cao hơn năm trước 2,1 tạ/ha.",
        "Tỷ lệ hồ sơ giải quyết trước hạn năm 2026 đạt 96%, cao hơn năm 2025 (91,5%).",
        // With no year named: a level and its change against a past base.
        "Năng suất lúa bình quân đạt 62 tạ/ha, cao hơn năm trước 1,4 tạ/ha.",
        "Tỷ lệ hộ nghèo còn 2,1%, thấp hơn cùng kỳ 0,6%.",
        // "so với" before the change, as the comparative stands.
        "Số thuê bao băng rộng cố định đạt 41.200 thuê bao, so với năm trước tăng 5.300 thuê bao.",
    ] {
        assert!(all(text).is_empty(), "{text}: {:?}", values(text));
    }
    assert_eq!(
        values("Năm 2027, phấn đấu năng suất lúa đạt 64 tạ/ha, cao hơn năm trước 1 tạ/ha."),
        [64.0, 1.0]
    );
    assert_eq!(
        values("Phấn đấu số thuê bao đạt 45.000 thuê bao, so với năm trước tăng 3.800 thuê bao."),
        [45000.0, 3800.0]
    );
    // A floor is a norm's, whatever it is compared with.
    assert_eq!(
        values("Năng suất lúa đạt 64 tạ/ha trở lên, cao hơn năm trước."),
        [64.0]
    );
}

/// A gap told right after a figure, its own figure straight after the
/// comparative ("đạt 7,1%, cao hơn 1,8% so với năm trước"), bounds nothing:
/// it keeps a year gone by told, and is no target itself.
#[test]
fn a_gap_right_after_a_figure_bounds_nothing() {
    for text in [
        "Năm 2023 tốc độ tăng trưởng kinh tế của huyện đạt khoảng 7,1%, cao hơn 1,8% so với năm 2022.",
        "Tỷ lệ học sinh thi đỗ vào lớp 10 đạt 84%, thấp hơn 3 điểm phần trăm so với bình quân của tỉnh.",
    ] {
        assert!(all(text).is_empty(), "{text}: {:?}", values(text));
    }
    // A goal cue sets both.
    assert_eq!(
        values("Phấn đấu năm 2027 tăng trưởng đạt 8%, cao hơn 0,5% so với năm 2026."),
        [8.0, 0.5]
    );
}

/// A figure of a year gone by measured against an earlier year after it
/// ("tăng 16 triệu đồng so năm 2015", "gấp 1,8 lần năm 2010") is told: its
/// "trên" rounds what came, as "hơn" does, and a gap in an aside bounds
/// nothing either.
#[test]
fn above_a_figure_measured_against_an_earlier_year_rounds_it() {
    for text in [
        "Thu nhập bình quân đầu người năm 2020 đạt trên 52,5 triệu đồng, tăng 18 triệu đồng so năm 2015.",
        "Năm 2015 đạt GDP bình quân đầu người trên 2.100 USD, gấp 1,7 lần năm 2010 (cao hơn 1,2 lần bình quân cả nước).",
    ] {
        assert!(all(text).is_empty(), "{text}: {:?}", values(text));
    }
    // Against a later year, a milestone of a plan.
    assert_eq!(
        values(
            "Năm 2030 thu nhập bình quân đầu người đạt trên 120 triệu đồng, gấp 2 lần năm 2025."
        ),
        [120.0, 2.0]
    );
}

/// A stock counted at a date against the same date of the year before is a
/// result, as a flow against the same period is.
#[test]
fn a_stock_against_the_same_date_a_year_before_is_a_result() {
    assert!(
        all("Đàn bò toàn tỉnh tăng 4,1%, đàn dê tăng 1,9% so với cùng thời điểm năm trước.")
            .is_empty()
    );
    assert_eq!(
        values("Phấn đấu đến năm 2030, đàn bò toàn tỉnh đạt 60.000 con."),
        [60000.0]
    );
}

/// A level with no cue right before a goal for a year that names no
/// subject of its own and counts in the same unit is where that measure
/// stands; a goal of another measure, a stretch with no year, or a
/// threshold leave it a goal.
#[test]
fn a_level_before_the_goal_of_its_measure_is_where_it_stands() {
    assert_eq!(
        values("Tỷ lệ trạm y tế có bác sĩ đạt 87%, phấn đấu đến năm 2030 đạt 100%."),
        [100.0]
    );
    assert_eq!(
        values("Số thôn có nhà văn hóa là 212 thôn; mục tiêu đến năm 2028 nâng lên 240 thôn."),
        [240.0]
    );
    assert_eq!(
        values(
            "Tỷ lệ trạm y tế có bác sĩ đạt 87%, phấn đấu đến năm 2030 tỷ lệ hộ dùng nước sạch đạt 100%."
        ),
        [87.0, 100.0]
    );
    assert_eq!(
        values("Tăng trưởng GRDP đạt 8%, phấn đấu đạt 10%."),
        [8.0, 10.0]
    );
    assert_eq!(
        values("Tỷ lệ trạm y tế có bác sĩ đạt trên 87%, phấn đấu đến năm 2030 đạt 100%."),
        [87.0, 100.0]
    );
    // A horizon stages the goal: both are set.
    assert_eq!(
        values("Tỷ lệ trạm y tế có bác sĩ đạt 87%, hướng tới năm 2030 đạt 100%."),
        [87.0, 100.0]
    );
}

/// Changes told after what changed, against a past base that closes
/// their list, are results when a figure of the list is told as measured;
/// a plan's changes are round, or commanded.
#[test]
fn measured_changes_against_a_past_base_are_results() {
    assert!(all("Số vụ cháy giảm 9%; thiệt hại về tài sản giảm 13,6% so với năm 2019.").is_empty());
    // Each item against its own base: the base before names no year the
    // next is for.
    assert!(
        all("Tỷ lệ hộ dùng nước sạch đạt 97,4%, tăng 2,3% so với năm 2019; tỷ lệ thu gom rác đạt 88,6%, tăng 6,2% so với năm 2019.")
            .is_empty()
    );
    assert_eq!(
        values("Số ngày có chỉ số chất lượng không khí ở mức kém giảm 20% so với năm 2025."),
        [20.0]
    );
    assert_eq!(
        values("Tỷ lệ sinh con thứ 3 trở lên giảm 0,3% so với năm trước."),
        [0.3]
    );
    assert_eq!(values("Giảm 13,6% số vụ cháy so với năm 2025."), [13.6]);
}

/// A change against the year before is a result unless its own year is
/// ahead of the article; where no date tells, a range is the plan's, since
/// a change measured is one figure.
#[test]
fn a_range_against_the_year_before_is_a_plan() {
    assert_eq!(
        values("Kim ngạch xuất khẩu năm 2027 tăng 10-12% so với năm 2026."),
        [10.0]
    );
    assert!(all("Kim ngạch xuất khẩu năm 2027 tăng 11,4% so với năm 2026.").is_empty());
}

/// A sentence that opens on a past base ("So với nhiệm kỳ trước, ...")
/// sets its figures against it, as results; one that opens on a base year
/// the plan names a goal for is the rules' own.
#[test]
fn a_sentence_opening_on_a_past_base_reports() {
    assert!(
        all("So với nhiệm kỳ trước, số hợp tác xã tăng 1,4 lần, đạt 312 hợp tác xã.").is_empty()
    );
    assert!(all("So với cùng kỳ, kim ngạch xuất khẩu tăng 12%.").is_empty());
    assert_eq!(
        values("So với năm 2025, đến năm 2030 thu nhập bình quân đầu người tăng 1,5 lần."),
        [1.5]
    );
}

#[test]
fn a_result_s_stated_target_sets_no_goal_after_it() {
    // "đạt X%, theo Nghị quyết Y%": a pair; the items after it are read as
    // the sentence reads them, not under the resolution's cue.
    assert_eq!(
        pairs(
            "Tỷ lệ huy động trẻ 5 tuổi đến trường năm 2025 đạt 99,8%, theo Nghị quyết từ 99% trở \
             lên; tỷ lệ học sinh tốt nghiệp trung học phổ thông đạt 99,1%, cao hơn bình quân cả nước."
        ),
        [(99.0, None, Bound::AtLeast, Some(99.8))]
    );
}

#[test]
fn a_result_set_against_the_target_before_it_pairs_with_it() {
    assert_eq!(
        pairs(
            "Năm 2023 mục tiêu thu ngân sách đề ra là 1.500 tỷ đồng nhưng thực tế chỉ đạt 1.320 tỷ đồng."
        ),
        [(1500.0, None, Bound::Exact, Some(1320.0))]
    );
    // A target told set ("đề ra"), with no goal noun.
    assert_eq!(
        pairs(
            "Tỉnh đề ra tổng vốn đầu tư đạt 9-10 nghìn tỷ đồng nhưng đến hết năm đạt 11,2 nghìn tỷ đồng."
        ),
        [(9.0, Some(10.0), Bound::Range, Some(11.2))]
    );
    // The result may be the amount a verb achieved ("được"); its words
    // name no subject of the target.
    let t = one(
        "Thành phố đề ra mục tiêu là 49,7 tỷ USD nhưng đã thực hiện xuất khẩu được 50,14 tỷ USD.",
    );
    assert_eq!((t.value, t.achieved), (49.7, Some(50.14)));
    assert_ne!(t.subject.as_deref(), Some("nhưng"));
    // Without a contrast, the second figure is one of its own.
    assert_eq!(
        values("Mục tiêu thu ngân sách năm 2027 là 1.500 tỷ đồng, chi thường xuyên 900 tỷ đồng."),
        [1500.0, 900.0]
    );
}

#[test]
fn a_target_named_after_a_clause_link_is_no_pair() {
    let ts = all(
        "Đại biểu đề nghị nâng chỉ tiêu tỷ lệ đô thị hóa năm 2027 lên 48%, đồng thời bổ sung chỉ tiêu tỷ lệ che phủ rừng ở mức 40%.",
    );
    assert_eq!(ts.iter().map(|t| t.value).collect::<Vec<_>>(), [48.0, 40.0]);
    assert!(ts.iter().all(|t| t.achieved.is_none()), "{ts:#?}");
    // What a result went to ("góp phần nâng ... lên") is none of its target.
    let text = "Trong nhiệm kỳ, Đảng bộ đã kết nạp được 142 đảng viên, vượt chỉ tiêu giao, góp phần nâng tổng số đảng viên lên 1.320 đảng viên.";
    assert!(all(text).is_empty(), "{text}: {:#?}", all(text));
}

#[test]
fn a_range_left_for_a_new_level_is_its_baseline() {
    assert_eq!(
        pairs(
            "Chính phủ đề nghị điều chỉnh chỉ tiêu tăng trưởng năm 2027 từ 6-6,5% lên 7% trở lên."
        ),
        [(7.0, None, Bound::AtLeast, None)]
    );
}

/// A figure right after "so với" is what another is compared with, past
/// the level or the estimate named there.
#[test]
fn a_figure_compared_with_is_no_target() {
    assert_eq!(
        values(
            "Một số chỉ tiêu cụ thể là: tỷ số giới tính khi sinh đến năm 2030 giảm xuống dưới \
             109 bé trai sinh ra sống so với 100 bé gái sinh ra sống."
        ),
        [109.0]
    );
    // Or right after the level it names; a plan named there is the goal.
    assert_eq!(
        values(
            "Việt Nam đặt mục tiêu tăng trưởng GDP cả năm đạt 8,3% – 8,5%, cao hơn nhiều so với \
             mức 7,09% của năm 2024."
        ),
        [8.3]
    );
    // Or after the estimate it names.
    assert_eq!(
        values(
            "Năm 2026, phường đề ra mục tiêu tăng trưởng đạt 11,51%, cao hơn đáng kể so với \
             ước đạt 7,85% của năm 2025."
        ),
        [11.51]
    );
}

/// A comparator may stand between "từ" and the level a change leaves.
#[test]
fn a_level_left_under_a_comparator_is_the_baseline() {
    assert_eq!(
        pairs("Đưa tỷ lệ cà phê chế biến sâu từ dưới 10% hiện nay lên 30% vào năm 2030."),
        [(30.0, None, Bound::Exact, None)]
    );
    assert_eq!(
        pairs("Phấn đấu giảm tỷ lệ hộ nghèo từ khoảng 8% xuống còn 3%."),
        [(3.0, None, Bound::AtMost, None)]
    );
}

#[test]
fn a_change_dated_at_a_year_s_end_is_told() {
    let text = "Tỷ lệ hộ nghèo của tỉnh giảm từ 5,12% cuối năm 2023 xuống còn 3,4% cuối năm 2024.";
    assert!(all(text).is_empty(), "{text}: {:#?}", all(text));
}

#[test]
fn a_review_table_in_text_pairs_the_plan_with_its_result() {
    assert_eq!(
        pairs(
            "Chỉ tiêu 5: Tỷ lệ hộ dùng nước hợp vệ sinh. Kế hoạch: từ 96% trở lên. Thực hiện: 97,2%. Đánh giá: đạt."
        ),
        [(96.0, None, Bound::AtLeast, Some(97.2))]
    );
    // A year may come with the label; the result may fall short.
    assert_eq!(
        pairs(
            "Chỉ tiêu 8: Thu ngân sách. Kế hoạch năm 2025: 1.200 tỷ đồng. Kết quả thực hiện: 1.150 tỷ đồng. Đánh giá chung: không đạt do 2 dự án lớn chậm tiến độ."
        ),
        [(1200.0, None, Bound::Exact, Some(1150.0))]
    );
    // A plan with no result after it stands alone; a result in another
    // paragraph is not its.
    assert_eq!(
        pairs("Kế hoạch: 85%.\nThực hiện: 88%."),
        [(85.0, None, Bound::Exact, None)]
    );
}

#[test]
fn a_goal_a_purpose_names_and_a_figure_required_for_it_make_no_pair() {
    assert_eq!(
        pairs(
            "Để đạt mục tiêu thu ngân sách năm 2026 là 6.200 tỷ đồng theo Nghị quyết của HĐND tỉnh, số thu 2 tháng cuối năm phải đạt khoảng 1.100 tỷ đồng."
        ),
        [
            (6200.0, None, Bound::Exact, None),
            (1100.0, None, Bound::About, None)
        ]
    );
    assert_eq!(
        values("Quý IV, GRDP phải tăng 11,2% thì cả năm mới đạt mục tiêu 8% mà Nghị quyết đề ra."),
        [11.2, 8.0]
    );
    // A name that opens on the modal's word is no modal.
    assert_eq!(
        pairs(
            "Tỷ lệ hộ dùng nước sạch của Cần Giờ đạt 97,4%, vượt chỉ tiêu Nghị quyết đề ra (từ 95% trở lên)."
        ),
        [(95.0, None, Bound::AtLeast, Some(97.4))]
    );
}

#[test]
fn a_result_set_against_a_later_goal_in_so_many_words_is_a_pair() {
    assert_eq!(
        pairs(
            "Ước cả năm 2026 kim ngạch xuất khẩu hơn 3 tỷ USD, vượt xa so với mục tiêu theo \
             Nghị quyết đến năm 2030 là 2,8 tỷ USD."
        ),
        [(2.8, None, Bound::Exact, Some(3.0))]
    );
    // With no such words, a later goal measures nothing of it.
    assert_eq!(
        pairs("Năm 2026 đạt 70,5%, mục tiêu đến năm 2030 là 80%."),
        [(80.0, None, Bound::Exact, None)]
    );
    // A later goal in the result's own parenthesis measures it.
    assert_eq!(
        pairs("Bình quân giai đoạn 2021-2023 đạt 6,4%/năm (mục tiêu 2021-2025 đạt 7-7,5%)."),
        [(7.0, Some(7.5), Bound::Range, Some(6.4))]
    );
}

/// Two counts of other things joined by '/' ("6.109 trẻ trai/5.365 trẻ
/// gái") are no achieved/target pair; the same noun twice is.
#[test]
fn counts_of_other_things_on_either_side_of_a_slash_are_no_pair() {
    let ts = pairs("Phấn đấu năm 2026 tiêm chủng cho 6.100 trẻ trai/5.400 trẻ gái.");
    assert_eq!(ts.first(), Some(&(6100.0, None, Bound::Exact, None)));
    assert!(ts.iter().all(|t| t.3.is_none()), "{ts:?}");
    assert_eq!(
        pairs("Kết nạp 412 đảng viên/350 đảng viên, vượt chỉ tiêu."),
        [(350.0, None, Bound::Exact, Some(412.0))]
    );
}

#[test]
fn a_pair_inside_a_parenthesis() {
    assert_eq!(
        pairs(
            "Có 3 chỉ tiêu không đạt là tỷ lệ lao động qua đào tạo (66,2% so với kế hoạch là \
             68%) và tỷ lệ thất nghiệp (4,21% so với kế hoạch là dưới 4%)."
        ),
        [
            (68.0, None, Bound::Exact, Some(66.2)),
            (4.0, None, Bound::Below, Some(4.21))
        ]
    );
}

/// A figure right after the plan's name is its value, a target however
/// the sentence reports ("không đạt chỉ tiêu 60%", "so với mục tiêu giảm
/// 5 - 10%", "mục tiêu ... đặt ra đến cuối năm 2020 là 100%"); not the gap
/// to it ("vượt kế hoạch 5%"), nor how far targets
/// counted came ("14/22 chỉ tiêu đạt trên 50% kế hoạch").
#[test]
fn a_figure_right_after_the_plan_s_name_is_its_value() {
    assert_eq!(
        bounds(
            "Năm 2016, kết quả thu hồi tài sản cũng không đạt chỉ tiêu 60% nêu trong nghị quyết."
        ),
        [(60.0, Bound::Exact)]
    );
    assert_eq!(
        pairs(
            "Các giải pháp đã giảm mạnh số vụ tai nạn so với mục tiêu giảm 5 - 10% do Quốc hội đề ra."
        ),
        [(5.0, Some(10.0), Bound::DecreaseBy, None)]
    );
    // The name may run on to who set it and when, before its "là".
    assert_eq!(
        values(
            "Như vậy, tỉnh cơ bản hoàn thành mục tiêu phổ cập giáo dục mầm non đặt ra đến cuối năm 2025 là 100% số xã đạt chuẩn."
        ),
        [100.0]
    );
    for text in [
        "Thu ngân sách đạt 1.200 tỷ đồng, vượt kế hoạch 5%.",
        "6 tháng đầu năm có 14/22 chỉ tiêu đạt trên 50% kế hoạch.",
        "Năm 2025 có 11 chỉ tiêu vượt trên 10%.",
    ] {
        assert!(values(text).is_empty(), "{text}: {:?}", values(text));
    }
}

/// The plan abbreviated as a report's table prints it ("KH") names the
/// target after a result: "8,31%/KH tăng 3-4%", "16.133 con/KH
/// 16.200-16.500 con", "(KH tăng 8-9%)"; it is no denominator.
#[test]
fn the_plan_abbreviated_names_the_target_of_a_pair() {
    assert_eq!(
        pairs(
            "Khu vực nông nghiệp ước tăng 8,31%/KH tăng 3-4%, khu vực dịch vụ ước tăng 12,30%/KH tăng 9-10%."
        ),
        [
            (3.0, Some(4.0), Bound::IncreaseBy, Some(8.31)),
            (9.0, Some(10.0), Bound::IncreaseBy, Some(12.3))
        ]
    );
    assert_eq!(
        pairs("Tổng đàn trâu, bò đạt 16.133 con/KH 16.200-16.500 con."),
        [(16200.0, Some(16500.0), Bound::Range, Some(16133.0))]
    );
    assert_eq!(
        pairs("Tổng giá trị sản xuất ước tăng 11,07% (KH tăng 8-9%)."),
        [(8.0, Some(9.0), Bound::IncreaseBy, Some(11.07))]
    );
    // Past the base the result is compared with, too.
    assert_eq!(
        pairs("Tỷ lệ hộ nghèo còn 3,1%, giảm 1,85% so với năm 2015 (KH giảm từ 1,5 - 2%)."),
        [(1.5, Some(2.0), Bound::DecreaseBy, Some(1.85))]
    );
}

/// So does the resolution abbreviated ("NQ"), unless it is a document's
/// number ("57-NQ/TW"); a plan's figures listed by label in the aside pair
/// with no result of another label.
#[test]
fn the_resolution_abbreviated_names_the_target_of_a_pair() {
    assert_eq!(
        pairs("Tốc độ tăng thu ngân sách bình quân đạt 14,2% (NQ 11%)."),
        [(11.0, None, Bound::Exact, Some(14.2))]
    );
    assert_eq!(
        pairs("GRDP ước tăng bình quân 5%/năm (NQ: 7-8%/năm)."),
        [(7.0, Some(8.0), Bound::Range, Some(5.0))]
    );
    assert_eq!(
        values("Thực hiện Nghị quyết số 57-NQ/TW, tỉnh phấn đấu có 40 doanh nghiệp công nghệ số."),
        [40.0]
    );
    assert!(
        pairs(
            "Cơ cấu kinh tế năm 2025 ước đạt: dịch vụ 58%; công nghiệp 30%; thuế sản phẩm 12% (NQ: dịch vụ: 55-57%; công nghiệp: 31-33%)."
        )
        .iter()
        .all(|p| p.3 != Some(12.0))
    );
}

/// The year of the prices a result is told at ("theo giá so sánh năm
/// 2010", "giá SS năm 2010") is no year of the result's own: a plan after
/// a later base still pairs with it, and no target is due that year.
#[test]
fn the_year_of_the_prices_is_no_year_of_the_result() {
    for text in [
        "Giá trị sản xuất (theo giá so sánh năm 2010) ước tăng 9,6% so với năm 2022 (KH tăng 8-9%).",
        "Giá trị sản xuất (theo giá SS năm 2010) ước tăng 9,6% so với năm 2022 (KH tăng 8-9%).",
    ] {
        assert_eq!(
            pairs(text),
            [(8.0, Some(9.0), Bound::IncreaseBy, Some(9.6))],
            "{text}"
        );
        assert_eq!(years(text), [(8.0, None)], "{text}");
    }
}

/// Two figures an aside compares ("(87,15% so với 85%)"), after the words
/// that measure a result against the plan, are the result and its target;
/// each aside keeps its pair to itself.
#[test]
fn two_figures_an_aside_compares_after_the_plan_are_a_pair() {
    assert_eq!(
        pairs(
            "Kết quả thi hành xong về việc vượt 2,15% so với chỉ tiêu được giao (87,15% so với \
             85%), tuy nhiên về tiền còn thấp hơn so với chỉ tiêu Bộ Tư pháp giao (59,36% so với 65%)."
        ),
        [
            (85.0, None, Bound::Exact, Some(87.15)),
            (65.0, None, Bound::Exact, Some(59.36))
        ]
    );
}

#[test]
fn the_excess_over_a_plan_named_with_its_document_is_no_target() {
    assert!(
        values("GRDP ước tăng 8,45% so với năm 2025 (vượt mục tiêu Nghị quyết 0,45%).").is_empty()
    );
    // Or with its period.
    assert!(
        values("Tính hết tháng 11, huyện đón 2,1 triệu lượt khách, tăng 30% so với cùng kỳ, vượt mục tiêu năm gần 4%.")
            .is_empty()
    );
    // Or as set.
    assert!(values("Đã giải quyết 874 vụ, đạt tỷ lệ 99,3%, vượt chỉ tiêu đề ra 4,3%.").is_empty());
    // A target of the result's order is the one it is set against.
    assert_eq!(
        pairs("GDP tăng 8,5%, vượt mục tiêu tăng trưởng 8%."),
        [(8.0, None, Bound::Exact, Some(8.5))]
    );
    // A goal to exceed the plan by so much is set.
    assert_eq!(
        values("Phấn đấu thu ngân sách vượt chỉ tiêu Nghị quyết 10%."),
        [10.0]
    );
}

/// The plan's name closing a result's clause ("..., vượt mục tiêu nghị
/// quyết; ...") sets nothing after it; before a colon it goes on to
/// restate the goal.
#[test]
fn a_plan_named_at_the_close_of_a_result_sets_nothing_after_it() {
    assert!(
        all("Thu ngân sách đạt 720 tỷ đồng, vượt mục tiêu nghị quyết; 100% trường học đạt chuẩn quốc gia.")
            .is_empty()
    );
    // Nor when its setter names it on.
    assert!(
        all("Đã kết nạp 52 hội viên, vượt chỉ tiêu Nghị quyết đại hội; 64 hộ được công nhận hộ giỏi.")
            .is_empty()
    );
    assert_eq!(
        values("Thu ngân sách vượt mục tiêu nghị quyết: giảm tỷ lệ hộ nghèo 2%/năm."),
        [2.0]
    );
    assert_eq!(
        values("Thu ngân sách vượt mục tiêu nghị quyết đại hội: giảm tỷ lệ hộ nghèo 2%/năm."),
        [2.0]
    );
}

/// The verb that compares a result with its target ("vượt mục tiêu 3.000
/// km") is no change of the target's, whatever plan a lead-in named
/// before ("Sau 5 năm triển khai Nghị quyết, ...").
#[test]
fn a_pair_s_comparing_verb_is_no_change_after_a_plan_named_before() {
    let t = one(
        "Sau 5 năm triển khai Nghị quyết, cả nước đã đưa vào khai thác 3.345 km \
         đường bộ cao tốc, vượt mục tiêu 3.000 km.",
    );
    assert_eq!(
        (t.value, t.achieved, t.bound),
        (3000.0, Some(3345.0), Bound::Exact)
    );
}

/// A result told as a multiple of the plan ("gấp hơn 2 lần kế hoạch đề
/// ra") measures its sentence against the plan, as a share of it does.
#[test]
fn a_multiple_of_the_plan_reports_its_sentence() {
    assert!(
        values("Xuất khẩu tăng trưởng bình quân khoảng 12%/năm, gấp hơn 2 lần kế hoạch đề ra.")
            .is_empty()
    );
    assert_eq!(
        values("Xuất khẩu tăng trưởng bình quân khoảng 12%/năm."),
        [12.0]
    );
}

/// The change told between a result and the target it passed may go on
/// in its own words ("tăng 12% và là mức cao nhất ...") before the target:
/// the pair still holds.
#[test]
fn a_pair_holds_across_a_change_that_goes_on() {
    let t = one(
        "Kim ngạch xuất khẩu ước đạt 70,09 tỷ USD, tăng 12% và là mức cao nhất \
         từ trước đến nay, vượt xa mục tiêu 65 tỷ USD.",
    );
    assert_eq!((t.value, t.achieved), (65.0, Some(70.09)));
}

/// Nor does a past level the result is compared with, told between
/// ("..., cao hơn so với mức tăng 4,3%/năm của giai đoạn trước và vượt
/// mục tiêu ..."): the result before it is the one the target passed.
#[test]
fn a_pair_holds_across_a_base_compared_with() {
    let t = one(
        "Giai đoạn 2021 - 2023, năng suất lao động tăng 6,1%, cao hơn so với mức tăng \
         bình quân 4,8%/năm của giai đoạn 2016 - 2020 và vượt mục tiêu tăng bình quân 5,5%/năm.",
    );
    assert_eq!((t.value, t.achieved), (5.5, Some(6.1)));
}

/// A figure a goal is set to, above a target set by another ("đặt mục tiêu
/// phấn đấu ... đạt khoảng 11%, cao hơn mức mục tiêu Chính phủ giao (trên
/// 10%)"), is a goal too: two targets, no pair. Nor is a share given to
/// each ("Chương trình mỗi xã một sản phẩm") a result. Striving looked
/// back on ("Sau một năm phấn đấu") sets no goal.
#[test]
fn a_goal_set_above_another_is_no_result() {
    assert_eq!(
        pairs(
            "Tỉnh đặt mục tiêu phấn đấu tăng trưởng GRDP năm 2026 đạt khoảng 11%, \
             cao hơn mức mục tiêu Chính phủ giao (trên 10%)."
        ),
        [
            (11.0, None, Bound::About, None),
            (10.0, None, Bound::Above, None)
        ]
    );
    // A body's requirement sets a goal as well.
    assert_eq!(
        pairs(
            "UBND tỉnh yêu cầu giải ngân 100% vốn đầu tư công năm 2026 (mục tiêu trước đây là 95%)."
        ),
        [
            (100.0, None, Bound::Exact, None),
            (95.0, None, Bound::Exact, None)
        ]
    );
    assert_eq!(
        pairs(
            "Theo Chương trình mỗi xã một sản phẩm, mục tiêu đến năm 2025 có ít nhất 10.000 sản phẩm OCOP."
        ),
        [(10000.0, None, Bound::AtLeast, None)]
    );
    assert_eq!(
        pairs(
            "Sau một năm phấn đấu, tỷ lệ gia đình văn hóa đạt 82%, vượt chỉ tiêu Nghị quyết (80%)."
        ),
        [(80.0, None, Bound::Exact, Some(82.0))]
    );
}

/// A parenthesis after a past base, past the plan's name, holds the base's
/// figure: no pair ("..., đạt mục tiêu đề ra, cao hơn giai đoạn 2016-2020
/// (6,93%)"). One right after the plan's name is the plan's.
#[test]
fn a_figure_in_parentheses_after_a_past_base_is_no_target() {
    for text in [
        "Tăng trưởng GRDP bình quân giai đoạn ước đạt 7,4%, đạt mục tiêu đề ra, cao hơn giai đoạn 2016-2020 (6,9%).",
        "Thu ngân sách ước đạt 8.200 tỷ đồng, vượt kế hoạch, cao hơn so với năm 2024 (7.600 tỷ đồng).",
    ] {
        assert!(all(text).is_empty(), "{text}: {:#?}", all(text));
    }
    let t = one("Tăng trưởng GRDP bình quân giai đoạn ước đạt 7,4%, vượt mục tiêu đề ra (6,5%).");
    assert_eq!((t.value, t.achieved), (6.5, Some(7.4)));
}

/// A plan compared with first, then a figure and the change told right
/// after it ("So với kế hoạch ... thì tỷ lệ giải ngân đạt 13,67%, tăng
/// 3,32%"): the change is the figure's own, no result of a pair.
#[test]
fn a_change_told_after_the_figure_compared_makes_no_pair() {
    let ts = all(
        "So với kế hoạch được giao thì tỷ lệ giải ngân đạt 14,21%, tăng 2,75% so với cùng kỳ năm trước.",
    );
    assert!(ts.iter().all(|t| t.achieved.is_none()), "{ts:#?}");
    // With no change between, the plan told first pairs with the result.
    let t = one(
        "So với mục tiêu thu hút 1,5 tỷ USD vốn FDI, đến giữa nhiệm kỳ tỉnh đã thu hút được 1,86 tỷ USD.",
    );
    assert_eq!((t.value, t.achieved), (1.5, Some(1.86)));
}

/// The "và" of "nhỏ và vừa" (small and medium) is one noun's words: it
/// splits no result from the target its aside states.
#[test]
fn small_and_medium_splits_no_pair() {
    let t = one(
        "Khoảng 31.000 doanh nghiệp nhỏ và vừa được hỗ trợ chuyển đổi số (vượt mục tiêu là 25.000 doanh nghiệp).",
    );
    assert_eq!((t.value, t.achieved), (25000.0, Some(31000.0)));
}

/// The plan's figure told past a share of the plan pairs with the result
/// the share works out from, whatever the scale or the noun of its unit,
/// the shares told between, or the "là" or parenthesis that gives it; a
/// share the two figures do not work out to pairs nothing.
#[test]
fn the_plan_s_figure_a_share_works_out_to() {
    for (text, plan, result) in [
        (
            "Sản lượng lúa cả năm đạt 1.512.600 tấn, bằng 100,8% kế hoạch (1,5 triệu tấn).",
            1.5,
            1_512_600.0,
        ),
        (
            "Tổng thu ngân sách đạt 8.215 tỷ đồng, vượt 4,2% dự toán Trung ương giao, đạt 102,7% so với dự toán tỉnh giao (8.000 tỷ đồng).",
            8000.0,
            8215.0,
        ),
        (
            "Đã giải ngân 4.620 tỷ đồng, đạt 84% kế hoạch vốn năm 2024 là 5.500 tỷ đồng.",
            5500.0,
            4620.0,
        ),
        (
            "Đã tạo việc làm mới cho 31.250 lao động (đạt 125% so với chỉ tiêu 25.000 người).",
            25000.0,
            31250.0,
        ),
        (
            "Cả năm thu hút 2,3 tỷ USD vốn FDI, vượt 15% so với kế hoạch cả năm là 2 tỷ USD.",
            2.0,
            2.3,
        ),
        // The plan's name may hold a parenthesis of its own.
        (
            "Đã xây dựng 3,1 triệu m2 nhà ở xã hội, đạt khoảng 62 % so với mục tiêu đề ra đến năm 2025 (theo Kế hoạch mục tiêu đến năm 2025 đạt 5 triệu m2).",
            5.0,
            3.1,
        ),
        // The plan may be named in the parenthesis after the share.
        (
            "Toàn Đảng bộ đã kết nạp 3.105 đảng viên, chiếm 64,29% (Nghị quyết là 4.830 đảng viên).",
            4830.0,
            3105.0,
        ),
        (
            "Tổng vốn đầu tư ước đạt 18.610 tỷ đồng, đạt 88% (kế hoạch 21.208 tỷ đồng).",
            21208.0,
            18610.0,
        ),
        // An item may open comparing with the plan, its figure first.
        (
            "Số người tham gia BHXH tự nguyện đạt 4.182 người; tăng 622 người so với cùng kỳ; So với chỉ tiêu giao của UBND tỉnh (4.000 người) đạt 104,5%.",
            4000.0,
            4182.0,
        ),
    ] {
        let found = pairs(text);
        assert!(
            found
                .iter()
                .any(|&(v, _, _, a)| v == plan && a == Some(result)),
            "{text}: {found:?}"
        );
    }
    // One result measured against several plans in turn pairs with each.
    let text = "Thu ngân sách đạt 1.230 tỷ đồng, tương ứng 41% chỉ tiêu giao (3.000 tỷ đồng), 30% mức phấn đấu (4.100 tỷ đồng).";
    let plans: Vec<_> = pairs(text)
        .into_iter()
        .filter(|p| p.3 == Some(1230.0))
        .collect();
    assert_eq!(plans.len(), 2, "{text}: {:?}", pairs(text));
    // The level striven for names a plan, no goal: a share of a plan
    // after it is still a result, no target.
    let text = "Thu ngân sách đạt 1.230 tỷ đồng, tương ứng 41% chỉ tiêu giao (3.000 tỷ đồng), 30% mức phấn đấu (4.100 tỷ đồng) và 25% mục tiêu nội bộ (4.900 tỷ đồng).";
    assert!(
        pairs(text).iter().all(|p| p.0 != 25.0),
        "{text}: {:?}",
        pairs(text)
    );
    let text = "Kết nạp 120 đảng viên mới, chiếm 80% (Nghị quyết là 300 đảng viên).";
    assert!(
        pairs(text).iter().all(|&(_, _, _, a)| a != Some(120.0)),
        "{text}: {:?}",
        pairs(text)
    );
    let text = "Kết nạp 120 đảng viên mới, đạt 80% so với chỉ tiêu 300 người.";
    assert!(
        pairs(text).iter().all(|&(_, _, _, a)| a != Some(120.0)),
        "{text}: {:?}",
        pairs(text)
    );
}

/// A target told first and a result after a contrast pair, however many
/// words of an aside the contrast opens before "đạt".
#[test]
fn a_result_after_a_long_contrast_pairs_with_the_target() {
    let text = "Mục tiêu Quốc hội đề ra là giảm 2%, tuy nhiên, sau khi rà soát, chỉ đạt 0,8%.";
    assert_eq!(pairs(text), [(2.0, None, Bound::DecreaseBy, Some(0.8))]);
}

/// An excess its own clause sets against the plan measures that clause's
/// result; it pairs with no figure of the next clause.
#[test]
fn an_excess_over_the_plan_pairs_with_no_later_figure() {
    let text = "Đến hết năm 2022, đã hoàn thành vượt 8,5% số trường đạt chuẩn so với mục tiêu, đến tháng 6-2023 toàn tỉnh có 71,2% số trường đạt chuẩn quốc gia.";
    assert!(
        pairs(text).iter().all(|&(_, _, _, a)| a != Some(8.5)),
        "{text}: {:?}",
        pairs(text)
    );
}

/// A change compared with a plan whose name runs on to its own figure in
/// the same unit pairs with that figure; an excess over the plan does not.
#[test]
fn a_change_compared_with_a_plan_s_figure() {
    let text = "Đến nay, dư nợ tín dụng tăng khoảng 9,2% so với chỉ tiêu tăng trưởng tín dụng năm 2023 khoảng 12%.";
    assert_eq!(pairs(text), [(12.0, None, Bound::About, Some(9.2))]);
    let text =
        "Công an tỉnh vượt 12% so với chỉ tiêu Bộ giao về kéo giảm 40% số đối tượng truy nã.";
    assert!(
        pairs(text).iter().all(|&(_, _, _, a)| a != Some(12.0)),
        "{text}: {:?}",
        pairs(text)
    );
}

/// A goal set in an earlier item of a list keeps no later item's result
/// from pairing with the plan in its parenthesis.
#[test]
fn a_goal_in_an_earlier_item_leaves_a_later_pair() {
    let text = "Thu nhập bình quân năm 2019 đạt 3.100 USD, phấn đấu năm 2020 đạt 3.400 USD; sản lượng thủy sản hằng năm đạt 41.000 tấn (mục tiêu đạt 40.000 tấn).";
    assert!(
        pairs(text).contains(&(40_000.0, None, Bound::Exact, Some(41_000.0))),
        "{text}: {:?}",
        pairs(text)
    );
}

/// A goal replaced by the figure before it ("..., thay cho mục tiêu 12%
/// trước đó") is a goal too, no target a result is set against.
#[test]
fn a_goal_replaced_is_no_pair() {
    assert_eq!(
        pairs(
            "Tăng trưởng quý IV được xác định trong khoảng 9,5 - 10%, thay cho mục tiêu 11% trước đó."
        ),
        [
            (9.5, Some(10.0), Bound::Range, None),
            (11.0, None, Bound::Exact, None)
        ]
    );
}

/// A share of the plan after a result ("..., vượt 1,5% chỉ tiêu của Chính
/// phủ giao") measures it and is no target of a pair; nor is a figure past
/// a contrast after the plan's name, which turns to another base. A target
/// the plan's name gives ("chưa đạt mục tiêu 95% Nghị quyết đề ra") pairs.
#[test]
fn a_share_of_the_plan_or_a_figure_past_a_contrast_pairs_with_no_result() {
    assert!(
        all("Tính đến hết năm 2026, tỷ lệ bao phủ bảo hiểm y tế đạt 93,5%, đạt chỉ tiêu của HĐND tỉnh giao, vượt 1,5% chỉ tiêu của Chính phủ giao.")
            .is_empty()
    );
    assert!(
        all("Đáp ứng khoảng 25-30% nhu cầu đi lại năm 2026 là mục tiêu đã đặt ra, nhưng thực tế con số này mới chỉ dừng lại ở 19%.")
            .iter()
            .all(|t| t.value != 19.0)
    );
    assert_eq!(
        pairs(
            "Tỷ lệ bao phủ bảo hiểm y tế năm 2026 đạt 94,8%, chưa đạt mục tiêu 95% Nghị quyết đề ra."
        ),
        [(95.0, None, Bound::Exact, Some(94.8))]
    );
}

/// "KH" glued to a dash or '&' abbreviates another name ("DN KH-CN":
/// doanh nghiệp khoa học - công nghệ), no plan a later figure states.
#[test]
fn an_abbreviation_glued_to_a_dash_is_no_plan() {
    assert_eq!(
        pairs(
            "Theo đó, một số mục tiêu được điều chỉnh trong năm 2027 như: Có hơn 40 DN KH-CN, \
             250 cán bộ nghiên cứu KH-CN, 60 DN đổi mới sáng tạo."
        ),
        [
            (40.0, None, Bound::Above, None),
            (60.0, None, Bound::Exact, None)
        ]
    );
}

/// A share worked out from the part and the whole told after it
/// ("đạt 95,9% (17.076/17.807 trẻ)") was counted; the sentence reports.
/// A fraction the share does not work out to restates no count.
#[test]
fn a_share_worked_out_from_its_fraction_was_counted() {
    assert!(
        all(
            "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 97,4% (8.215/8.433 trẻ); tỷ lệ phụ nữ có thai được tiêm phòng uốn ván đạt 96% (7.790/8.112 người)."
        )
        .is_empty()
    );
    assert_eq!(
        values("Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ đạt 97% (8.433 trẻ)."),
        [97.0]
    );
}

/// The year a change is measured against may stand bare, with no "năm"
/// ("tăng 1,1 m2 so với 2014"): the level and its change were counted.
#[test]
fn a_change_against_a_bare_year_gone_by_was_counted() {
    assert!(
        all("Diện tích cây xanh bình quân đạt khoảng 6,5 m2/người (tăng 0,4 m2 so với 2019).")
            .is_empty()
    );
}

/// The growth scenario a plan is run by is its target, named alone
/// ("ước đạt 7,58%/kịch bản 7,61%", "thấp hơn kịch bản đề ra (5,8%)"); a
/// scenario a forecaster models ("kịch bản biến đổi khí hậu") sets nothing.
#[test]
fn a_growth_scenario_is_the_plan() {
    let t = one("Sáu tháng đầu năm, GRDP của tỉnh ước đạt 6,92%/kịch bản 7,15%.");
    assert_eq!((t.value, t.achieved), (7.15, Some(6.92)));
    let t = one("Tăng trưởng quý I đạt 5,71%, thấp hơn kịch bản đề ra (5,8%).");
    assert_eq!((t.value, t.achieved), (5.8, Some(5.71)));
    // So is the level a plan expected.
    let t = one(
        "Tốc độ tăng trưởng đạt 6,42% dù tích cực nhưng vẫn chưa chạm tới ngưỡng kỳ vọng 7,5%.",
    );
    assert_eq!((t.value, t.achieved), (7.5, Some(6.42)));
    assert!(
        all("Theo kịch bản biến đổi khí hậu, đến năm 2050 nhiệt độ trung bình tăng 1,5 độ C.")
            .is_empty()
    );
}

/// A result is one figure: a range before a plan's value ("tăng thêm
/// khoảng 0,2-0,3%, bám sát mục tiêu ... 7,5%") pairs with none.
#[test]
fn a_range_is_no_result_of_a_pair() {
    let t =
        one("Dự kiến GDP 6 tháng tăng thêm khoảng 0,3-0,4%, bám sát mục tiêu đã đề ra khoảng 7%.");
    assert_eq!((t.value, t.achieved), (7.0, None));
}

/// A target told first and its result labelled after a comma, as a
/// review's table names its column ("chỉ tiêu ... đạt 9,4 bác sĩ, thực
/// hiện đạt 11,5 bác sĩ"), are a pair.
#[test]
fn a_result_labelled_after_its_target_pairs_with_it() {
    let t = one("Chỉ tiêu số giường bệnh/10.000 dân đạt 28 giường, thực hiện là 30,5 giường.");
    assert_eq!((t.value, t.achieved), (28.0, Some(30.5)));
    // A label with no plan named before it pairs nothing.
    assert!(
        all("Số giường bệnh đạt 28 giường, thực hiện đạt 30,5 giường.")
            .iter()
            .all(|t| t.achieved.is_none())
    );
}

/// The plan a pair's result passed ("vượt kế hoạch đề ra, với 84/80 hiện
/// vật", "đạt và vượt chỉ tiêu (1.897/1.490 triệu đồng)") is the plan's
/// value, no change by it.
#[test]
fn the_plan_a_pair_passed_is_its_value() {
    for text in [
        "Công tác sưu tầm hiện vật đã vượt kế hoạch đề ra, với 96/90 hiện vật.",
        "Thu ngân sách đạt và vượt chỉ tiêu huyện giao (2.150/1.900 triệu đồng).",
    ] {
        let ts = all(text);
        assert_eq!(ts.len(), 1, "{text}: {ts:#?}");
        assert!(ts[0].achieved.is_some(), "{text}: {ts:#?}");
        assert_eq!(ts[0].bound, Bound::Exact, "{text}");
    }
}

/// A plan whose value is stated after "là" pairs with the result before
/// it, however far the result passed it; the plan passed by so much
/// ("vượt kế hoạch 5%") is the excess.
#[test]
fn a_plan_stated_after_la_pairs_with_the_result() {
    assert_eq!(
        pairs("Tốc độ tăng năng suất lao động đạt 21%, cao hơn so với kế hoạch là 6 - 7%."),
        [(6.0, Some(7.0), Bound::Range, Some(21.0))]
    );
    assert!(all("Tốc độ tăng trưởng đạt 21%, vượt kế hoạch 5%.").is_empty());
}
