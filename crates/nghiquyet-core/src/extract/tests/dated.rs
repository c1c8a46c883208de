//! Dated figures: past years, terms, days and occasions that tell what happened rather than set a goal.

use super::*;

#[test]
fn the_figure_a_past_year_recorded_is_quoted_not_set() {
    let t =
        one("Tăng trưởng năm nay cao hơn mức 6,2% của năm 2023 nhưng chưa đạt mục tiêu 7% đề ra");
    assert_eq!(t.value, 7.0);
}

#[test]
fn founding_says_nothing_of_the_past() {
    assert_eq!(
        values("Mỗi năm thành lập mới từ 50 đến 70 doanh nghiệp."),
        [50.0]
    );
    assert!(all("Năm 2024, toàn tỉnh đã thành lập mới 1.250 doanh nghiệp.").is_empty());
}

/// "Nếu ... X thì ... Y": the first half of a contrast is what was, told
/// by a time with no year ("đầu nhiệm kỳ", "nhiệm kỳ trước") as by one;
/// a goal's condition ("nếu muốn hoàn thành mục tiêu ...") names the goal.
#[test]
fn the_first_half_of_a_contrast_is_what_was() {
    assert!(
        all("Nếu đầu nhiệm kỳ, tỷ trọng nông nghiệp chiếm tới 45,9% thì nay chỉ còn 36,6%.")
            .is_empty()
    );
    assert_eq!(
        values(
            "Nếu nhiệm kỳ trước xã xây dựng 25 km đường bê tông thì nhiệm kỳ này phấn đấu xây \
             dựng thêm 40 km."
        ),
        [40.0]
    );
    assert_eq!(
        values(
            "Nếu muốn hoàn thành mục tiêu GRDP bình quân đầu người 10.000 USD vào năm 2030 thì \
             tỉnh phải duy trì tốc độ tăng trưởng không dưới 9,5% mỗi năm."
        ),
        [10000.0, 9.5]
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
fn a_sentence_that_opens_on_a_day_is_news() {
    for text in [
        "Sáng 26/11, HĐND thành phố chất vấn về tiến độ 14 dự án nhà ở xã hội.",
        "Dịp Quốc khánh 2/9/2026, tỉnh đón khoảng 385.000 lượt khách, công suất phòng đạt 92%.",
        "Tháng 10/2025, Ủy ban MTTQ xã bàn giao 12 căn nhà Đại đoàn kết cho hộ nghèo.",
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
    assert_eq!(values("Đến tháng 6/2026, 100% hồ sơ được số hóa."), [100.0]);
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
    // A place or a body by its name, or the country, narrates as well.
    for text in [
        "Năm 2024, Lâm Đồng đón 9,1 triệu lượt khách, doanh thu du lịch đạt 26.400 tỷ đồng.",
        "Năm 2023, cả nước đạt 13 bác sĩ trên 1 vạn dân.",
        "Năm 2025, Bệnh viện Nhi tỉnh khám cho 310.000 lượt trẻ em.",
        "Năm 2022, tỉnh thu hút 41 dự án đầu tư với tổng vốn 8.200 tỷ đồng.",
        "Năm 2023, thành phố có 3 bệnh viện được nâng cấp, đạt 30 giường bệnh/vạn dân.",
    ] {
        assert_eq!(values(text), [] as [f64; 0], "{text}");
    }
    // An indicator in capitals is no actor, and a range is set, not told.
    assert_eq!(values("Năm 2027 GRDP tăng 8-8,5%."), [8.0]);
    assert_eq!(
        values("Năm 2027, Lâm Đồng đón 10-11 triệu lượt khách."),
        [10.0]
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

/// A plain year heading clauses that write a figure as measured (a share
/// to a tenth, a count to its last unit) tells what the year brought,
/// whatever its clause after ';'. A plan sets round figures, a bound, a
/// modal or a later year; a list the year opens with a colon is left to
/// the cues.
#[test]
fn a_year_of_measured_figures_is_told() {
    for text in [
        "Năm 2024, sản lượng cà phê nhân toàn tỉnh đạt 1,37 triệu tấn.",
        "Trong năm 2023, tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi đạt 17,3%.",
        "Năm 2022, số thuê bao di động đạt 2.614 nghìn thuê bao; doanh thu viễn thông đạt 940 tỷ đồng.",
        "Năm 2021, tỷ lệ đảng viên hoàn thành tốt nhiệm vụ đạt 89,6%; tỷ lệ tổ chức đảng trong sạch, vững mạnh đạt 80%.",
        "- Năm 2024, hội hỗ trợ hơn 4.300 lượt hội viên vay vốn với tổng dư nợ 213 tỷ đồng.",
        // A plain year of the item's own, not heading the sentence.
        "Số hộ tham gia bảo hiểm y tế năm 2024 đạt khoảng 31,7 nghìn hộ, chiếm 93,1% số hộ.",
        // The end of a year a stock is told at.
        "Đến hết năm 2023, tỷ lệ dân số tham gia bảo hiểm y tế đạt 91,4%.",
        "Cuối năm 2022, dư nợ tín dụng chính sách đạt 3.870 tỷ đồng.",
        // A course run from one year gone by to another.
        "Doanh thu du lịch năm 2010 đạt 1.240 tỷ đồng, đến năm 2015 đã tăng lên 3.100 tỷ đồng.",
    ] {
        assert_eq!(values(text), [] as [f64; 0], "{text}");
    }
    // By the end of a year, round figures are a deadline's.
    assert_eq!(
        values("Đến hết năm 2028, tỷ lệ dân số tham gia bảo hiểm y tế đạt 95%."),
        [95.0]
    );
    // Round figures, a bound, a modal, a later year, a kept level, a colon.
    for (text, want) in [
        (
            "Năm 2028, tuyển sinh đào tạo nghề cho 12.500 người; tỷ lệ có việc làm trên 85%.",
            &[12500.0, 85.0][..],
        ),
        (
            "Năm 2028, tỷ lệ che phủ rừng đạt 47,3%, tỷ lệ hộ nghèo dưới 1,5%.",
            &[47.3, 1.5],
        ),
        (
            "Năm 2028, tổng vốn đầu tư toàn xã hội cần đạt 12.430 tỷ đồng.",
            &[12430.0],
        ),
        (
            "Năm 2025, huyện thu ngân sách 412 tỷ đồng; năm 2026 thu ngân sách đạt 457 tỷ đồng.",
            &[457.0],
        ),
        (
            "Bội chi ngân sách năm 2028 khoảng 3,7% GRDP; dư nợ vay không quá 20% thu ngân sách.",
            &[3.7, 20.0],
        ),
        ("Năm 2028, duy trì tỷ lệ che phủ rừng ở mức 51,2%.", &[51.2]),
        (
            "Năm 2028: tăng trưởng kinh tế đạt 8,5%; tỷ lệ đô thị hóa đạt 41,3%.",
            &[8.5, 41.3],
        ),
    ] {
        assert_eq!(values(text), want, "{text}");
    }
    // Written before that year, the measured figure is the plan's.
    assert_eq!(
        values_published(
            "Năm 2024, sản lượng cà phê nhân toàn tỉnh đạt 1,37 triệu tấn.",
            (2023, 12, 5)
        ),
        [1.37]
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
    // The goal's cue may come before its frame.
    assert_eq!(
        values(
            "Năm 2024, tỷ lệ thu gom rác thải đạt 61%. Phấn đấu đến năm 2027, tỷ lệ này đạt 75%."
        ),
        [75.0]
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
            "Nhiệm kỳ 2025-2030, số doanh nghiệp tăng bình quân 12%/năm; đến năm 2030 đạt 900 doanh nghiệp."
        ),
        [12.0, 900.0]
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

/// A term named with no years ("Trong nhiệm kỳ", "Nhiệm kỳ qua"), then a
/// place or a body as the subject, narrates what was done in the term under
/// review, as does one named with its years, over or closing, in a
/// sentence that sets no goal. A plan for the term commands with no
/// subject, or sets a cue or a deadline.
#[test]
fn a_term_under_review_with_its_subject_is_narrated() {
    for text in [
        "Trong nhiệm kỳ, huyện xây dựng 42 km đường giao thông nông thôn với tổng vốn 86 tỷ đồng.",
        "Nhiệm kỳ qua, Hội Nông dân xã vận động 310 hộ chuyển đổi cây trồng; 12 tổ hợp tác được thành lập.",
        // Named with its years, when the sentence sets no goal.
        "Giai đoạn 2016-2020, Bình Định thu hút 3,2 tỷ USD vốn đầu tư.",
        "Nhiệm kỳ 2015-2020, toàn Đảng bộ kết nạp 846 đảng viên mới.",
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
        // A goal set anywhere in it makes the named period the plan's.
        (
            "Giai đoạn 2026-2030, huyện xây dựng 12 trường học mới, phấn đấu đến năm 2030 có 90% trường đạt chuẩn.",
            vec![12.0, 90.0],
        ),
        // A term whose last year has not begun is still to come.
        (
            "Nhiệm kỳ 2025 - 2030, Hội Nông dân xã chú trọng công tác tuyên truyền; hằng năm, kết nạp trên 150 hội viên mới.",
            vec![150.0],
        ),
    ] {
        assert_eq!(values(text), want, "{text}");
    }
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
        "Năm học 2024-2025, tỷ lệ trẻ mầm non được học 2 buổi/ngày đạt 97%.",
    ] {
        assert_eq!(values(text), [] as [f64; 0], "{text}");
    }
    assert_eq!(
        values("Năm học 2025-2026, phấn đấu tỷ lệ trường đạt chuẩn quốc gia đạt 88%."),
        [88.0]
    );
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
    assert_eq!(
        values_published(
            "Vụ Hè Thu 2026, toàn huyện xuống giống 41.000 ha.",
            (2025, 11, 2)
        ),
        [41000.0]
    );
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

/// Where the article's date is not known, a deadline that opens an item
/// after a word of the present ("hiện nay", "hiện", "đến nay") is ahead of
/// it: the plan's, unless a report word follows the year.
#[test]
fn a_deadline_after_the_present_is_ahead() {
    assert_eq!(
        values("Hiện nay tỷ lệ trường đạt chuẩn quốc gia là 71%; đến năm 2030 nâng lên 85%."),
        [85.0]
    );
    assert_eq!(
        values("Tỷ lệ hộ cận nghèo hiện còn 3,4%, đến năm 2028 giảm xuống dưới 2%."),
        [2.0]
    );
    assert!(all("Đến nay đã có 41 xã đạt chuẩn; đến năm 2025 đã có 52 xã đạt chuẩn.").is_empty());
}

#[test]
fn a_year_after_a_lead_in_is_told_too() {
    // Undated, read as of late 2025: a year after "Theo báo cáo ...," heads
    // the figures it tells, as it does opening the sentence.
    assert!(
        all(
            "Theo báo cáo của UBND thành phố, năm 2025 GRDP bình quân đầu người đạt \
             6.150 USD; tỷ lệ đô thị hóa đạt 58%."
        )
        .is_empty()
    );
    // Short of the goal set is measured against it, no goal of its own.
    assert!(
        all(
            "Năm 2025, tăng trưởng đạt 9,1%, chưa đạt mục tiêu đề ra; tỷ lệ đô thị hóa \
             đạt 58%."
        )
        .is_empty()
    );
}

#[test]
fn a_baseline_s_year_is_no_deadline() {
    // The year a multiple is of, and the year of an aside after the goal.
    assert_eq!(
        years(
            "Đến năm 2030, Hội Nông dân phấn đấu: thu nhập của hộ hội viên gấp 1,5 lần \
               năm 2025; có ít nhất 5 sản phẩm."
        ),
        [(1.5, Some(2030)), (5.0, Some(2030))]
    );
    assert_eq!(
        years(
            "Các chỉ tiêu đến năm 2030 gồm: (1) Tỷ lệ đô thị hóa đạt trên 50% (năm 2025 \
               ước đạt 44,3%); (2) Tỷ lệ lao động nông nghiệp giảm xuống dưới 20%."
        ),
        [(50.0, Some(2030)), (20.0, Some(2030))]
    );
    // Nor is the year of the level a change starts from, when the new
    // level's own comes after it.
    assert_eq!(
        years(
            "Định hướng đến năm 2030, phấn đấu đưa tỷ lệ hộ dùng nước sạch từ 62% năm 2024 lên 75% năm 2027 và 90% vào năm 2030."
        ),
        [(75.0, Some(2027)), (90.0, Some(2030))]
    );
    // In per mille, or in an aside, the start's year is as much its own.
    assert_eq!(
        years(
            "Phấn đấu hạ tỷ lệ tăng dân số tự nhiên từ 12,28‰ năm 2010 xuống 11,5‰ vào năm 2015."
        ),
        [(11.5, Some(2015))]
    );
    assert_eq!(
        years("Phấn đấu đưa tổng tỷ suất sinh từ 2 con (năm 2010) giảm xuống còn 1,9 con."),
        [(1.9, None)]
    );
    // Nor is the year a period named ends on; "từ nay đến" alone leads.
    assert_eq!(
        years("Phấn đấu số lượt khách giai đoạn từ nay đến 2028 tăng 12%/năm."),
        [(12.0, None)]
    );
    assert_eq!(
        years("Từ nay đến năm 2028, tỉnh phấn đấu thu hút thêm 20 dự án."),
        [(20.0, Some(2028))]
    );
}

#[test]
fn a_stock_told_at_a_past_day_or_month_is_no_goal() {
    for text in [
        "Đến 31/12/2025, toàn tỉnh có 186.420 người tham gia BHXH; số người tham gia BHYT \
         đạt 1,48 triệu người.",
        "Tỷ lệ nợ xấu của các tổ chức tín dụng đến 31/10/2025 ở mức 1,85%.",
        "Đến hết tháng 11/2025, tỷ lệ tham gia bảo hiểm y tế đạt 94,1% dân số.",
    ] {
        assert!(all(text).is_empty(), "{text}: {:?}", values(text));
    }
    // A day ahead is a deadline; a goal cue sets its goal whatever the date.
    assert_eq!(
        values("Đến ngày 31/12/2026, 100% hồ sơ được số hóa."),
        [100.0]
    );
    assert_eq!(
        values("Phấn đấu đến ngày 30/6/2025 giải ngân tối thiểu 50% kế hoạch vốn."),
        [50.0]
    );
}

#[test]
fn a_denominator_s_one_bounds_no_figure_told() {
    assert!(
        all("Năm 2025, giá trị sản phẩm thu được trên 1 ha đất trồng trọt đạt 128 triệu đồng.")
            .is_empty()
    );
}

#[test]
fn a_paragraph_that_opens_on_a_past_year_narrates_on() {
    for text in [
        "Năm 2024, huyện trồng mới 850 ha rừng tập trung. Bên cạnh đó, huyện xây dựng 12 nhà văn hóa thôn.",
        "Năm 2023, sản lượng lương thực đạt 52.000 tấn. Giá trị sản xuất trên 1 ha đất trồng trọt đạt 120 triệu đồng.",
    ] {
        assert!(all(text).is_empty(), "{text}: {:#?}", all(text));
    }
    // A goal's paragraph goes on setting goals; a deadline is no past.
    assert_eq!(
        values(
            "Năm 2026, huyện phấn đấu trồng mới 850 ha rừng. Huyện xây dựng 12 nhà văn hóa thôn."
        ),
        [850.0, 12.0]
    );
    assert_eq!(
        values("Đến năm 2030, huyện phấn đấu trồng mới 850 ha rừng. Tỷ lệ che phủ rừng đạt 45%."),
        [850.0, 45.0]
    );
}

#[test]
fn a_floor_for_a_year_to_come_is_a_goal_whoever_tells_it() {
    assert_eq!(
        years(
            "Giám đốc Sở cho biết năm 2027, sản lượng thủy sản tăng tối thiểu 5%, giá trị xuất khẩu đạt 300 triệu USD trở lên."
        ),
        [(5.0, Some(2027)), (300.0, Some(2027))]
    );
    let text = "Giám đốc Sở cho biết năm 2024 sản lượng thủy sản tăng 5,2%.";
    assert!(all(text).is_empty(), "{text}: {:#?}", all(text));
    // Dated, before that year: a goal too, so a date only adds goals.
    let text = "Giám đốc Sở ước năm 2027 sản lượng tăng không quá 3%.";
    assert_eq!(values_published(text, (2020, 1, 1)), values(text));
}

#[test]
fn a_stock_taken_at_a_year_s_start_is_told() {
    let text = "Huyện có 18 xã; tỷ lệ hộ nghèo đầu năm 2024 là 7,45%.";
    assert!(all(text).is_empty(), "{text}: {:#?}", all(text));
    // A year to come is no stock taken.
    assert_eq!(
        values("Phấn đấu tỷ lệ hộ nghèo đến đầu năm 2027 còn dưới 3%."),
        [3.0]
    );
}

#[test]
fn a_level_kept_later_is_its_own_item_s() {
    let text = "Năm 2024, tỷ lệ thu gom rác thải đô thị đạt 97%, tỷ lệ hộ dùng nước sạch đạt 70%, tỷ lệ che phủ rừng duy trì ở mức 51,3%.";
    let told = values(text);
    assert!(
        !told.contains(&97.0) && !told.contains(&70.0),
        "{text}: {told:?}"
    );
}

#[test]
fn a_heading_year_not_yet_begun_plans_for_its_body() {
    // With no date, a year after 2025 heading a body is planned for.
    assert_eq!(
        values(
            "Định hướng năm 2027, Huyện ủy Tân Phú tập trung 5 nhiệm vụ trọng tâm, trong đó: (1) thu ngân sách 320 tỷ đồng (năm 2026 ước đạt 290 tỷ đồng); (2) 95% thôn có nhà văn hóa."
        ),
        [320.0, 95.0]
    );
    // A year begun is still told.
    assert!(all("Năm 2025, Huyện ủy Tân Phú kết nạp 310 đảng viên mới.").is_empty());
    // A year after the article's date likewise plans.
    assert!(
        values_published(
            "Năm 2026, Huyện ủy Tân Phú kết nạp 310 đảng viên mới.",
            (2027, 3, 1)
        )
        .is_empty()
    );
}

#[test]
fn a_year_then_the_place_that_acted_counts_nothing() {
    // "2025 phường" is a year and a place, not a count of wards that "đã"
    // would qualify.
    assert!(
        all("Với mục tiêu xây dựng đô thị xanh, năm 2025 phường Tân Định đã cải tạo 14 công viên, lát mới 9 km vỉa hè.")
            .is_empty()
    );
    // A count the goal names keeps its qualifier.
    assert_eq!(
        values("Phấn đấu sửa chữa 30 phường đã xuống cấp trụ sở."),
        [30.0]
    );
}

#[test]
fn a_report_carried_from_the_sentence_before_stops_at_a_year_ahead() {
    assert_eq!(
        values(
            "Năm qua, trên địa bàn xảy ra 9 vụ cháy. Đảng ủy xã thống nhất năm 2026 kéo giảm 10-15% số vụ cháy; xử lý 100% điểm nóng về môi trường."
        ),
        [10.0, 100.0]
    );
    // A sentence that tells its own year ahead keeps its report.
    assert!(
        all("Năm qua, xã đón 2 đoàn khách. Ước cả năm 2026, xã đón 1.200 lượt khách.").is_empty()
    );
    // Dated, the year is read against the date: before it, the same goal;
    // after it, the report goes on.
    let text = "Năm qua, trên địa bàn xảy ra 9 vụ cháy. Đảng ủy xã thống nhất năm 2026 kéo giảm 10-15% số vụ cháy.";
    assert_eq!(values_published(text, (2025, 6, 1)), [10.0]);
    assert!(values_published(text, (2027, 6, 1)).is_empty());
}

/// A sentence with no cue does not mix goals and results: one figure
/// evidently measured (a share to the hundredth, or taken up to the tenth,
/// a year gone by, a level told with its change, a count told done with
/// "đã") makes its others told too. A year not begun still sets its own
/// figure, and a sentence with nothing measured sets goals.
#[test]
fn a_sentence_with_no_cue_does_not_mix_goals_and_results() {
    for text in [
        "Tỷ lệ đảng viên trẻ dưới 35 tuổi chiếm 28,4%, đảng viên nữ chiếm 41%.",
        "Toàn huyện 22.038 hộ đạt danh hiệu gia đình văn hóa, chiếm tỷ lệ 94,2%.",
        // What there is, told first, makes the sentence a description.
        "Toàn tỉnh có trên 25.700 phòng học kiên cố; tỷ lệ trường chuẩn quốc gia đạt 86,8%.",
        "Tỷ lệ hồ sơ giải quyết đúng hạn trong năm 2025 đạt 99,2%, tỷ lệ số hóa hồ sơ đạt 86%.",
        "Quy mô nền kinh tế năm 2023 đạt 430 tỷ USD; thu nhập bình quân đầu người đạt 4.284 USD.",
        // A level told with its change against the past.
        "Tổng số lượt khám bệnh đạt gần 3 triệu lượt, tăng 4,5% so với năm 2024; công suất sử dụng giường bệnh đạt 82%.",
        // A change dated in the past tells too, read with its figures.
        "Giá trị sản xuất nông nghiệp bình quân tăng 3%/năm; thu nhập trên 1 ha tăng từ 80 triệu đồng (năm 2015) lên 120 triệu đồng (năm 2020).",
        // A report cue after the figures sets no goal either.
        "Tốc độ tăng trưởng bình quân đạt 7,26%; thu ngân sách tăng bình quân 12%/năm; cơ cấu kinh tế chuyển dịch đúng hướng.",
        // A count tallied to the unit.
        "Hỗ trợ vốn vay cho 704 thanh niên; 112.850 thanh niên được giới thiệu việc làm; giới thiệu 17.227 đoàn viên ưu tú cho Đảng.",
        "51 tỉnh, thành phố công nhận 2.956 sản phẩm OCOP 3 sao trở lên.",
        // A figure told done in the past, last: the others are told too.
        "Tỷ lệ chi bộ hoàn thành tốt nhiệm vụ hằng năm đạt trên 85%; tỷ lệ đảng viên hoàn thành tốt nhiệm vụ đạt 90% trở lên; trong nhiệm kỳ đã kết nạp 412 đảng viên mới.",
    ] {
        assert!(all(text).is_empty(), "{text}: {:#?}", all(text));
    }
    assert_eq!(
        values(
            "Năm 2025, huyện thu ngân sách 412 tỷ đồng; năm 2026 thu ngân sách đạt 457 tỷ đồng."
        ),
        [457.0]
    );
    assert_eq!(
        values("Tỷ lệ che phủ rừng đạt 45%; tỷ lệ đô thị hóa đạt 40%."),
        [45.0, 40.0]
    );
    // A round count, or a tally for a deadline, is a plan's.
    assert_eq!(
        values("Hỗ trợ vốn vay cho 700 thanh niên; giới thiệu 1.200 đoàn viên ưu tú cho Đảng."),
        [700.0, 1200.0]
    );
    assert_eq!(
        values("Đến năm 2030, giới thiệu 17.227 đoàn viên ưu tú cho Đảng."),
        [17227.0]
    );
    // By a deadline opening the sentence, a composition is set to the
    // hundredth as a plan works it out, no figure measured.
    assert_eq!(
        values(
            "Đến năm 2030, sản lượng khai thác đạt 90.000 tấn; khai thác chiếm 64,93% và nuôi trồng chiếm 35,07%."
        ),
        [90000.0, 64.93, 35.07]
    );
}

/// A floor or a cap in words is a plan's: in a sentence with no cue, what
/// there is told first is then planned too, not described.
#[test]
fn a_floor_in_words_makes_what_there_is_a_plan() {
    assert_eq!(
        values(
            "có 12 bác sĩ và 35 giường bệnh trên 1 vạn dân; tỷ lệ xã có trạm y tế đạt 98%; tỷ lệ dân số được quản lý sức khỏe tối thiểu 90%."
        ),
        [12.0, 35.0, 98.0, 90.0]
    );
    // With no floor, the same list describes.
    assert!(
        values("có 12 bác sĩ và 35 giường bệnh trên 1 vạn dân; tỷ lệ xã có trạm y tế đạt 98%.")
            .is_empty()
    );
}

/// "tính chung" sums up a span: a report over one gone by, a plan's over
/// one still ahead.
#[test]
fn a_sum_over_a_period_ahead_is_a_plan_s() {
    assert_eq!(
        values(
            "Đến năm 2035, tăng trưởng bình quân giai đoạn 2031 - 2035 đạt trên 9%; tính chung cả giai đoạn 2026 - 2035 đạt khoảng 8,5%; thu nhập bình quân đầu người đạt 200 triệu đồng."
        ),
        [9.0, 8.5, 200.0]
    );
    assert!(
        values("Tính chung cả giai đoạn 2016 - 2020, tăng trưởng bình quân đạt 7%; thu ngân sách tăng 10%/năm.")
            .is_empty()
    );
}

/// A period that leads the sentence and is over heads its figures as its
/// last year would: with no cue, modal or bound they tell what it brought.
/// One closing in the year an undated text is read as of (2025) does so
/// too; a period ahead, or a goal's cue, sets goals.
#[test]
fn a_period_over_heads_its_figures_as_a_year_does() {
    for text in [
        "Trong năm học 2023-2024, tỷ lệ học sinh lên lớp của trường đạt 99%.",
        "Trong nhiệm kỳ 2015-2020, tỷ lệ học sinh lên lớp của trường đạt 99%.",
        "Giai đoạn 2021-2025, tổng vốn đầu tư toàn xã hội đạt 385.600 tỷ đồng.",
        // A text with no date is read as written late in 2025: a period
        // closing then is over too, whatever its digits.
        "Giai đoạn 2021-2025, thu ngân sách tăng bình quân 9%/năm.",
        "Trong giai đoạn 2021-2025, nguồn lực dành cho an sinh xã hội đạt 1,1 triệu tỷ đồng, chiếm 17% tổng chi ngân sách.",
    ] {
        assert!(all(text).is_empty(), "{text}: {:#?}", all(text));
    }
    for (text, want) in [
        ("Nhiệm kỳ 2025-2030, tỷ lệ học sinh lên lớp đạt 99%.", 99.0),
        (
            "Giai đoạn 2026-2030, thu ngân sách tăng bình quân 9%/năm.",
            9.0,
        ),
        (
            "Nhiệm kỳ 2015-2020, phấn đấu tỷ lệ học sinh lên lớp đạt 99%.",
            99.0,
        ),
    ] {
        assert_eq!(values(text), [want], "{text}");
    }
}

/// A sentence that opens on a period gone by and sets targets all the
/// same (a range to reach) told a plan for the term: the next sentence of
/// its paragraph is not carried into a report of it.
#[test]
fn a_term_s_plan_carries_no_report_of_it() {
    assert_eq!(
        values(
            "Trong giai đoạn 2021 - 2025, tốc độ tăng trưởng bình quân của tổng mức bán lẻ \
             đạt 10,89% đến 14,02%/năm. Tốc độ tăng trưởng bình quân của hàng hóa đạt 11,6% \
             đến 12,52%/năm."
        ),
        [10.89, 11.6]
    );
    // One that told what the term brought still carries its report.
    assert!(
        values(
            "Giai đoạn 2021-2025, tổng vốn đầu tư toàn xã hội đạt 385.600 tỷ đồng. Thu ngân \
             sách tăng bình quân 9,5 - 10%/năm."
        )
        .is_empty()
    );
}

/// The level a change reaches, told right after it (", đạt ..."), is of
/// the year the change's subject names; a yearly rate is of none.
#[test]
fn the_level_a_change_reaches_takes_its_year() {
    assert_eq!(
        milestones(
            "Phấn đấu kim ngạch xuất khẩu năm 2026 tăng 10% so với năm 2025, đạt 1,2 tỷ USD."
        ),
        [
            (10.0, Some("%".into()), Some(2026)),
            (1.2, Some("tỷ USD".into()), Some(2026))
        ]
    );
    assert_eq!(
        milestones(
            "Phấn đấu doanh thu năm 2026 tăng 8% so với năm 2025, đạt bình quân 500 tỷ đồng/năm."
        ),
        [
            (8.0, Some("%".into()), Some(2026)),
            (500.0, Some("tỷ đồng".into()), None)
        ]
    );
}

/// A multiple of the past after a level for a deadline not yet come is the
/// goal's too ("đến năm 2030 đạt ..., gấp 1,6 lần so với năm 2025"), and a
/// change or a multiple told right after a level takes its deadline; one
/// for a deadline gone by was measured.
#[test]
fn a_multiple_after_a_level_for_a_deadline_ahead_is_the_goal_s() {
    assert_eq!(
        milestones(
            "Thu nhập bình quân đầu người đến năm 2030 đạt từ 110 đến 120 triệu \
             đồng/người/năm, gấp 1,6 lần so với năm 2025."
        ),
        [
            (110.0, Some("triệu đồng".into()), Some(2030)),
            (1.6, Some("lần".into()), Some(2030))
        ]
    );
    let ts = all("Phấn đấu thu nhập đến năm 2030 đạt 120 triệu đồng, tăng 60% so với năm 2025.");
    assert_eq!(ts[1].deadline_year, Some(2030));
    assert!(
        all("Thu nhập bình quân đầu người đến năm 2020 khoảng 3.900 USD, gấp 1,8 lần so năm 2015.")
            .is_empty()
    );
}

/// A report carried from a paragraph's past year stops at what will be
/// ("... sẽ đạt"): the future sets the goal. With no "sẽ", the paragraph
/// goes on telling.
#[test]
fn a_carried_report_stops_at_what_will_be() {
    assert_eq!(
        values("Năm 2024, tỉnh đón 7 triệu lượt khách. Tổng thu từ du lịch sẽ đạt 10 tỷ USD."),
        [10.0]
    );
    assert!(
        all("Năm 2024, tỉnh đón 7 triệu lượt khách. Tổng thu từ du lịch đạt 10 tỷ USD.").is_empty()
    );
}

/// In a text with no date, a year after the one it may be written in is
/// ahead, whatever its figure's digits: a goal, not a year told.
#[test]
fn a_year_well_ahead_sets_goals_in_any_digits() {
    assert_eq!(
        values("Năm 2030, doanh thu du lịch đạt 102 tỷ đồng."),
        [102.0]
    );
    assert_eq!(
        values("Doanh thu du lịch năm 2030 đạt 1.235 tỷ đồng."),
        [1235.0]
    );
    assert!(values("Năm 2026, tỷ lệ trẻ đến trường đạt 98,6%.").is_empty());
}

/// A deadline that opens a clause after ';' or "và" leads every item of its
/// clause, past commas, as one framed by commas does; the lead-in of the
/// sentence leads the clause before it.
#[test]
fn a_deadline_after_a_semicolon_leads_its_clause() {
    let ts = all(
        "Mục tiêu đến năm 2027, tỉnh đón 2 triệu lượt khách, tổng thu từ du lịch đạt 3.000 \
         tỷ đồng; đến năm 2030 tỉnh đón 3 triệu lượt khách, tạo việc làm cho 30 nghìn lao động.",
    );
    let read: Vec<_> = ts.iter().map(|t| (t.value, t.deadline_year)).collect();
    assert_eq!(
        read,
        [
            (2.0, Some(2027)),
            (3000.0, Some(2027)),
            (3.0, Some(2030)),
            (30.0, Some(2030))
        ]
    );
    // So does one that opens a clause after "và".
    assert_eq!(
        years(
            "Huyện phấn đấu đến năm 2027, tỷ lệ che phủ rừng đạt 45% và đến năm 2030, \
             đưa diện tích rừng trồng lên 9.000 ha, sản lượng gỗ đạt 60.000 m3."
        ),
        [
            (45.0, Some(2027)),
            (9000.0, Some(2030)),
            (60000.0, Some(2030))
        ]
    );
    // So does one a goal cue follows at once, past a name.
    assert_eq!(
        years(
            "Chiến lược phát triển ngành đến năm 2035 đặt mục tiêu khoảng 70% lao động tham gia \
             bảo hiểm, nông dân chiếm khoảng 8%; trên 98% dân số tham gia bảo hiểm y tế."
        ),
        [(70.0, Some(2035)), (8.0, Some(2035)), (98.0, Some(2035))]
    );
    // So does one framed by commas.
    assert_eq!(
        years(
            "Phấn đấu đến năm 2027, du lịch trở thành ngành kinh tế quan trọng, chiếm 6% GRDP, \
             đến năm 2030, du lịch trở thành ngành mũi nhọn, chiếm 9% GRDP."
        ),
        [(6.0, Some(2027)), (9.0, Some(2030))]
    );
}

/// A plan's year that its targets are given with ("kế hoạch ... năm 2027
/// với mục tiêu ...", "với các chỉ tiêu", "năm 2030 với 70% ...") leads
/// every item of the list.
#[test]
fn a_year_given_with_the_targets_leads_them() {
    let ts = all(
        "Công ty sẽ trình cổ đông kế hoạch kinh doanh năm 2027 với mục tiêu doanh thu đạt \
         1.500 tỷ đồng và lợi nhuận sau thuế 182 tỷ đồng.",
    );
    let read: Vec<_> = ts.iter().map(|t| (t.value, t.deadline_year)).collect();
    assert_eq!(read, [(1500.0, Some(2027)), (182.0, Some(2027))]);
    // So does one its figures follow at once.
    assert_eq!(
        years(
            "Phấn đấu giữ cơ cấu kinh tế đến năm 2030 với 70% dịch vụ - du lịch và 30% \
             công nghiệp - xây dựng."
        ),
        [(70.0, Some(2030)), (30.0, Some(2030))]
    );
    // And one the first item's indicator follows.
    assert_eq!(
        years(
            "Công ty trình cổ đông kế hoạch kinh doanh năm 2027 với doanh thu 1.200 tỷ đồng và \
             lợi nhuận trước thuế 100 tỷ đồng."
        ),
        [(1200.0, Some(2027)), (100.0, Some(2027))]
    );
    // However long the indicator's name, and its verb.
    assert_eq!(
        years(
            "Công ty thông qua kế hoạch kinh doanh năm 2027 với tổng doanh thu hợp nhất dự kiến \
             đạt 10.500 tỷ đồng và lợi nhuận sau thuế dự kiến đạt 1.512 tỷ đồng."
        ),
        [(10500.0, Some(2027)), (1512.0, Some(2027))]
    );
}

/// A multiple in a sentence whose item names a year still ahead is a
/// goal's ("năm 2030 đạt ..., gấp 2 lần năm 2025"); for a year gone by,
/// a result measured.
#[test]
fn a_multiple_for_a_year_ahead_is_a_goal_s() {
    assert_eq!(
        values("Thu nhập bình quân đầu người năm 2030 đạt 150 triệu đồng, gấp 2 lần năm 2025."),
        [150.0, 2.0]
    );
    assert!(
        values("Năm 2020, thu nhập bình quân đầu người đạt 50 triệu đồng, gấp 2 lần năm 2015.")
            .is_empty()
    );
    // A deadline leading the sentence that is over is no goal's either.
    assert!(
        values("Đến năm 2024, GRDP của tỉnh đạt 182.415 tỷ đồng, gấp 1,5 lần năm 2019.").is_empty()
    );
}

/// A figure of a year still ahead compared with the year before is a
/// plan's when set round ("năm 2027 ... tăng 11% so với năm 2026"); of a
/// year gone by, or told as measured, a result.
#[test]
fn a_year_ahead_against_the_one_before_is_a_plan() {
    assert_eq!(
        values("Thu ngân sách năm 2027 đạt 62.000 tỷ đồng, tăng 11% so với năm 2026."),
        [62000.0, 11.0]
    );
    assert!(
        values("Năm 2024, thu ngân sách đạt 62.000 tỷ đồng, tăng 11% so với năm 2023.").is_empty()
    );
}

/// A floor or a cap is a plan's however the sentence compares with the
/// year before ("Năm 2023, tăng ... tối thiểu 5% so với năm 2022"), and a
/// report carried from the sentence before stops at a floor to reach.
/// An age in months is no period gone by.
#[test]
fn a_floor_against_the_year_before_is_set() {
    assert_eq!(
        values("Năm 2023, tăng tỷ lệ trẻ em ăn bổ sung đúng tối thiểu 5% so với năm 2022."),
        [5.0]
    );
    assert!(values("Năm 2023, tỷ lệ trẻ em ăn bổ sung đúng tăng 5% so với năm 2022.").is_empty());
    assert_eq!(
        values(
            "Năm 2023, tăng tỷ lệ trẻ em ăn bổ sung đúng tối thiểu 5% so với năm 2022. \
             Tỷ lệ hộ nghèo được cung cấp sản phẩm dinh dưỡng đạt tối thiểu 80%."
        ),
        [5.0, 80.0]
    );
    assert_eq!(
        values("Phấn đấu tăng tỷ lệ trẻ em 6 - 23 tháng tuổi ăn bổ sung đúng tối thiểu 5%."),
        [5.0]
    );
}

/// Months of a life ("6 tháng đầu", "01 tháng sau sinh") are no months of
/// a year gone by: the goals around them stand.
#[test]
fn months_of_a_life_are_no_period_gone_by() {
    assert_eq!(
        values(
            "Theo đó, tối thiểu 80% trẻ em được bổ sung vi chất. Tối thiểu 80% phụ nữ mang thai \
             được cung cấp viên đa vi chất đến 01 tháng sau sinh."
        ),
        [80.0, 80.0]
    );
    assert_eq!(
        values("Tỷ lệ trẻ bú sữa mẹ hoàn toàn trong 6 tháng đầu đạt 30%."),
        [30.0]
    );
    assert!(values("6 tháng đầu năm, tỷ lệ giải ngân đạt 30%.").is_empty());
    // Nor is the length of a training a bound names.
    assert_eq!(
        values(
            "Tỷ lệ lao động qua đào tạo đạt 70%, trong đó tỷ lệ lao động qua đào tạo từ 3 tháng trở lên có chứng chỉ đạt 28,5%."
        ),
        [70.0, 28.5]
    );
    assert_eq!(
        values("Tuyển sinh đào tạo nghề 12.000 người, trong đó dưới 3 tháng 8.000 người."),
        [12000.0, 8000.0]
    );
}

/// A year after a figure, in the clause a goal cue opens past a comma,
/// dates that clause, not the figure told before it ("... hiện có 38 chi
/// bộ với 724 đảng viên, đặt mục tiêu đến năm 2030 đưa xã ...").
#[test]
fn a_year_a_later_goal_cue_leads_dates_its_own_clause() {
    assert!(
        all(
            "Đảng bộ xã hiện có 41 chi bộ với 815 đảng viên, đặt mục tiêu đến năm 2030 \
             xây dựng xã phát triển nhanh, bền vững."
        )
        .is_empty()
    );
    assert_eq!(
        years("Phấn đấu tăng trưởng hai con số, phấn đấu đến năm 2045 trở thành tỉnh phát triển."),
        [(10.0, None)]
    );
    // With no cue between, the year after the figure is its own.
    assert_eq!(
        years("Tỷ lệ che phủ rừng đạt 47%, vào năm 2030."),
        [(47.0, Some(2030))]
    );
}

/// In a text with no date, a year "đến" ends ("Đến cuối năm 2025, ...")
/// is a deadline as often as the date of a stock: its figures are told by
/// their digits, not by the year alone. Opening on the year's end without
/// "đến", a year gone by still narrates.
#[test]
fn a_year_by_its_end_leaves_the_figures_to_their_digits() {
    assert_eq!(
        values(
            "Đến cuối năm 2023, có 12/12 xã đạt chuẩn nông thôn mới; có 4/12 xã đạt chuẩn nâng cao."
        ),
        [12.0, 4.0]
    );
    assert!(values("Đến cuối năm 2023, tỷ lệ hộ nghèo toàn huyện còn 3,17%.").is_empty());
    assert!(values("Cuối năm 2023, có 12/12 xã đạt chuẩn nông thôn mới.").is_empty());
}

/// The day a goal is due by gives its year ("trước ngày 31/12/2025", "đến
/// ngày 31/8/2025", "đến hết ngày 31/01/2027"); the date a count is told at
/// gives none ("Tính đến ngày 30/9/2024", a bare "Đến 30/11/2024").
#[test]
fn the_day_a_goal_is_due_by_gives_its_year() {
    for (text, year) in [
        (
            "Phấn đấu hoàn thành 1.200 căn nhà tạm trước ngày 31/12/2025.",
            2025,
        ),
        (
            "Tỉnh đặt mục tiêu đến ngày 31/8/2026 hoàn thành 1.200 căn nhà.",
            2026,
        ),
        (
            "Phấn đấu đến hết ngày 31/01/2027 giải ngân đạt 100% kế hoạch vốn.",
            2027,
        ),
        (
            "Chậm nhất ngày 30/6/2026 giải ngân tối thiểu 50% kế hoạch vốn.",
            2026,
        ),
    ] {
        assert_eq!(one(text).deadline_year, Some(year), "{text}");
    }
    assert!(all("Tính đến ngày 30/9/2024, tỷ lệ tham gia bảo hiểm y tế đạt 93,12%.").is_empty());
    assert!(all("Đến 30/11/2024, dư nợ tín dụng tăng 12,6%.").is_empty());
}

#[test]
fn a_plan_s_year_before_its_breakdown_after_a_semicolon_leads_it() {
    assert_eq!(
        years(
            "HĐND tỉnh thông qua 20 chỉ tiêu kinh tế - xã hội năm 2025; trong đó, GRDP tăng 8%, thu ngân sách đạt 9.000 tỷ đồng."
        ),
        [(8.0, Some(2025)), (9000.0, Some(2025))]
    );
    // A year of the item's own indicator before ';' leads nothing.
    assert_eq!(
        years("Phấn đấu tỷ lệ hộ nghèo năm 2025 còn dưới 2%; tỷ lệ lao động qua đào tạo đạt 75%."),
        [(2.0, Some(2025)), (75.0, None)]
    );
}

/// A '.' a list's ';' follows at once is a slip: the list, and its lead's
/// year, go on past it.
#[test]
fn a_stray_full_stop_before_a_semicolon_ends_no_list() {
    assert_eq!(
        years(
            "Năm 2027, huyện đề ra mục tiêu tăng trưởng 8,5%; thu nhập đạt 60 triệu đồng.; thu ngân sách đạt 410 tỷ đồng."
        ),
        [(8.5, Some(2027)), (60.0, Some(2027)), (410.0, Some(2027))]
    );
}

/// A deadline that opens a clause after "và" leads the figures after it,
/// not the one before.
#[test]
fn a_deadline_opening_a_clause_after_and_leads_what_follows() {
    assert_eq!(
        years("Phấn đấu xây dựng 40% xã không có ma túy và đến năm 2030, 100% xã không có ma túy."),
        [(40.0, None), (100.0, Some(2030))]
    );
    // One that closes the item is its own.
    assert_eq!(
        years("Phấn đấu 40% xã không có ma túy vào năm 2028 và 100% xã vào năm 2030."),
        [(40.0, Some(2028)), (100.0, Some(2030))]
    );
}

/// A breakdown inside an item is due by its whole's own year before the
/// sentence's lead; not by a year an aside closed before it.
#[test]
fn a_breakdown_takes_its_whole_s_year_before_the_lead_s() {
    assert_eq!(
        years(
            "Phấn đấu đến năm 2025 đón 400 nghìn lượt khách; năm 2030 đón 700 nghìn lượt khách, trong đó 120 nghìn lượt khách quốc tế."
        ),
        [
            (400.0, Some(2025)),
            (700.0, Some(2030)),
            (120.0, Some(2030))
        ]
    );
    assert_eq!(
        years(
            "Năm 2026, tỉnh phấn đấu đón 3 triệu lượt khách (năm 2025 đạt 2,6 triệu lượt), trong đó khách quốc tế đạt 200.000 lượt."
        ),
        [(3.0, Some(2026)), (200_000.0, Some(2026))]
    );
}

/// A sentence opening on "Trong đó" breaks down the whole the sentence
/// before set: its parts are due when the whole is, however that year was
/// named.
#[test]
fn the_parts_of_a_whole_broken_down_in_the_next_sentence_share_its_year() {
    assert_eq!(
        years(
            "Bộ đặt mục tiêu tuyển sinh năm 2024 đạt 1.900.000 người. Trong đó, trình độ cao đẳng 420.000 người; sơ cấp: 1.480.000 người."
        ),
        [
            (1_900_000.0, Some(2024)),
            (420_000.0, Some(2024)),
            (1_480_000.0, Some(2024))
        ]
    );
    // With no figure set, the whole is the sentence's, due by its year.
    assert_eq!(
        years(
            "Thành phố xây dựng ba kịch bản tăng trưởng năm 2027. Trong đó, kịch bản cao nhất là 9%, thu ngân sách đạt 600.000 tỷ đồng."
        ),
        [(9.0, Some(2027)), (600_000.0, Some(2027))]
    );
    // A sentence that adds another figure ("Ngoài ra") takes none.
    assert_eq!(
        years(
            "Bộ đặt mục tiêu tuyển sinh năm 2024 đạt 1.900.000 người. Ngoài ra, đào tạo 5.000 giáo viên."
        ),
        [(1_900_000.0, Some(2024)), (5000.0, None)]
    );
}

/// An item that names its own period is not due by the year led in
/// before it, unless that year closes its period; what comes after a year
/// ("sau năm 2020") is due by none.
#[test]
fn an_item_with_a_period_of_its_own_is_not_due_by_the_lead_s_year() {
    assert_eq!(
        years(
            "Phấn đấu đến năm 2015 bội chi dưới 4,5% GDP, giai đoạn 2016 - 2020 khoảng 4% GDP và giai đoạn sau năm 2020 bình quân khoảng 3% GDP."
        ),
        [(4.5, Some(2015)), (4.0, None), (3.0, None)]
    );
    assert_eq!(
        years(
            "Đến năm 2030, tốc độ tăng trưởng bình quân giai đoạn 2026 - 2030 đạt trên 8%; thu ngân sách đạt 9.000 tỷ đồng."
        ),
        [(8.0, Some(2030)), (9000.0, Some(2030))]
    );
}

#[test]
fn a_deadline_after_a_name_s_aside_is_its_item_s() {
    assert_eq!(
        years(
            "Tổng sản phẩm trên địa bàn (GRDP) đến năm 2030 đạt hơn 600.000 tỷ đồng; tốc độ tăng trưởng GRDP bình quân 5 năm đạt từ 10% trở lên."
        ),
        [(600000.0, Some(2030)), (10.0, None)]
    );
    // A list marker's ')' leads, and so does a plan's year after the aside.
    assert_eq!(
        years("2) Đến năm 2030, tỷ lệ đô thị hóa đạt 50%; thu nhập bình quân đạt 150 triệu đồng."),
        [(50.0, Some(2030)), (150.0, Some(2030))]
    );
    assert_eq!(
        years(
            "Chỉ số sản xuất công nghiệp (IIP) năm 2027 phấn đấu tăng 10%; giá trị sản xuất công nghiệp đạt khoảng 90.000 tỷ đồng."
        ),
        [(10.0, Some(2027)), (90000.0, Some(2027))]
    );
}

#[test]
fn a_year_after_a_kind_of_goals_leads_them() {
    assert_eq!(
        years(
            "Mục tiêu tổng quát năm 2027 phấn đấu tổng thu nhập trên địa bàn xã đạt 700 tỷ đồng, tốc độ tăng trưởng kinh tế đạt 12%/năm."
        ),
        [(700.0, Some(2027)), (12.0, Some(2027))]
    );
    assert_eq!(
        years(
            "Các chỉ tiêu chủ yếu năm 2026 phấn đấu thu ngân sách đạt 300 tỷ đồng, giảm tỷ lệ hộ nghèo 1,5%."
        ),
        [(300.0, Some(2026)), (1.5, Some(2026))]
    );
    // So does "gồm" with no ':'.
    assert_eq!(
        years(
            "Theo đó, Kế hoạch đưa ra các chỉ tiêu phát triển chủ yếu đến năm 2027 gồm tốc độ \
             tăng trưởng 8%/năm; thu nhập bình quân 70 triệu đồng; về cơ cấu kinh tế, nông, lâm \
             nghiệp, thủy sản chiếm 12,5%; dịch vụ 40,5%;"
        ),
        [
            (8.0, Some(2027)),
            (70.0, Some(2027)),
            (12.5, Some(2027)),
            (40.5, Some(2027))
        ]
    );
    // A bullet's dash after the year opens the list; a period's does not.
    assert_eq!(
        years(
            "Chỉ tiêu kế hoạch năm 2027 - Sản lượng điện: 4.500 triệu kWh, tăng 6% so với năm 2026."
        ),
        [(4500.0, Some(2027)), (6.0, Some(2027))]
    );
    assert_eq!(
        years("Chỉ tiêu giai đoạn 2026 - 2030: sản lượng điện tăng bình quân 6%/năm."),
        [(6.0, None)]
    );
}

#[test]
fn a_decade_is_no_deadline() {
    assert_eq!(
        years("Phấn đấu giảm thiệt hại do thiên tai xuống dưới 1% GDP như những năm 1990."),
        [(1.0, None)]
    );
}

/// "năm Quý Mão 2023": a year named by the lunar calendar too, no quarter.
#[test]
fn a_year_named_by_the_lunar_calendar_is_its_year() {
    assert_eq!(
        years(
            "Phấn đấu năm Giáp Thìn 2024 trồng mới 150.000 cây xanh; chăm sóc trên 2.000 ha rừng trồng."
        ),
        [(150000.0, Some(2024)), (2000.0, Some(2024))]
    );
}

/// Asserts the fuzz property "a date only drops or keeps targets": every
/// target read with a date far ahead is one read with none, at the same
/// span.
fn assert_a_date_only_drops_or_keeps(text: &str) {
    let spans = |date: Option<chrono::NaiveDate>| -> Vec<(usize, usize)> {
        let reader = TargetReader::new(text);
        let ts: Vec<Target> = match date {
            Some(d) => reader.published(d).collect(),
            None => reader.collect(),
        };
        ts.iter().map(|t| (t.span.start, t.span.end)).collect()
    };
    let undated = spans(None);
    let late = spans(chrono::NaiveDate::from_ymd_opt(3000, 1, 1));
    assert!(
        late.iter().all(|s| undated.contains(s)),
        "{late:?} ⊄ {undated:?}"
    );
}

/// A date only drops or keeps targets: a report it makes of the sentence
/// before carries into the next, which then mixes no goal with its
/// results (found by the fuzz campaign).
#[test]
fn a_report_a_date_makes_carries_no_goal_into_the_next_sentence() {
    let text = crate::normalize(
        "Đến năm 2030: 0-0% Đảng bộ huyện Mẫu:\n0-1% trong đó: đã Cụ thể, 0 đơn vị cấp huyện",
    );
    assert_a_date_only_drops_or_keeps(&text);
}

/// A year a noun names before the clause a goal cue opens ("Hoàn thành
/// và vượt các chỉ tiêu năm 2025, phường ... đặt mục tiêu ...") tells what
/// was done; a year after the figure is the goal's.
#[test]
fn a_year_of_what_was_done_before_a_goal_s_clause_is_not_its_deadline() {
    assert_eq!(
        years(
            "Hoàn thành các chỉ tiêu năm 2026, xã Tân Hòa đặt mục tiêu tăng trưởng trên 9% \
             trong năm 2027."
        ),
        [(9.0, Some(2027))]
    );
    // With no year after the figure, the year before stays.
    assert_eq!(
        years("Theo kế hoạch năm 2027, xã Tân Hòa đặt mục tiêu tăng trưởng trên 9%."),
        [(9.0, Some(2027))]
    );
}

/// A report carried from the sentence before makes no figure here a goal
/// that the sentence alone reads as measured: a share told to the
/// hundredth measures under a carried report as with no cue (fuzz: "a
/// date only drops or keeps targets").
#[test]
fn a_carried_report_keeps_a_sentence_measured() {
    let text = "Đến năm 2030: 0 đơn vị cấp huyện :\n0 đơn vị cấp huyện 1,10 % Phấn \
                đấuĐến năm 2030: 0 đơn vị cấp huyện :\n0 đơn vị cấp huyện 1,10 % Phấn đấu";
    assert_a_date_only_drops_or_keeps(text);
}

/// A document's date spelt out ("Nghị quyết số 43-NQ/TW ngày 24 tháng 01
/// năm 2019") tells no months gone: the goals after it stand.
#[test]
fn a_date_spelt_out_tells_no_months_gone() {
    assert_eq!(
        values(
            "Phấn đấu tăng trưởng 9%/năm theo Nghị quyết số 26-NQ/TW ngày 15 tháng 3 năm 2022 \
             của Bộ Chính trị, trong đó: công nghiệp tăng 10-11%; dịch vụ tăng 8,5-9%."
        ),
        [9.0, 10.0, 8.5]
    );
    assert!(values("6 tháng đầu năm, công nghiệp tăng 7,2%; dịch vụ tăng 6,8%.").is_empty());
}

/// What a plan named before expects by a year ahead ("Theo dự thảo Quy
/// hoạch ..., dự kiến tới năm 2035, ...") is its projection; a forecast
/// with no plan named is none.
#[test]
fn a_plans_projection_by_a_year_ahead_is_a_goal() {
    assert_eq!(
        values(
            "Theo dự thảo Quy hoạch phát triển năng lượng, dự kiến tới năm 2035, tổng công suất \
             đạt 150 GW, trong đó điện gió 30%."
        ),
        [150.0, 30.0]
    );
    assert!(
        all("Dự kiến đến năm 2035, dân số của tỉnh khoảng 2,8 triệu người theo kịch bản cơ sở.")
            .is_empty()
    );
}

/// A list a floor leads ("cắt giảm ít nhất: 30% ..., 30% ...") sets its
/// items as goals, even under a year a text with no date looks back on.
#[test]
fn a_list_a_floor_leads_is_no_year_measured() {
    assert_eq!(
        values(
            "Bảo đảm năm 2025 cắt giảm ít nhất: 30% thời gian giải quyết, 30% chi phí tuân thủ."
        ),
        [30.0, 30.0]
    );
}

/// A crop season gone by that opens a sentence ("Niên vụ 2016-2017, ...")
/// frames a report, as a term does.
#[test]
fn a_crop_season_gone_by_frames_a_report() {
    assert!(
        all(
            "Niên vụ 2018-2019, diện tích cà phê của toàn tỉnh là 205.120 ha (tăng 410 ha so \
             với niên vụ trước), sản lượng 451.300 tấn."
        )
        .is_empty()
    );
}

/// The level of a plain earlier year told after a goal due by a later one
/// ("đến năm 2027 ... còn 21%, năm 2024 là 35%") is its baseline.
#[test]
fn an_earlier_years_level_after_a_later_goal_is_its_baseline() {
    assert_eq!(
        values(
            "Mục tiêu cụ thể là tỷ lệ hộ nghèo giảm 4-5%/năm (đến năm 2027 tỷ lệ hộ nghèo còn \
             21%, năm 2024 là 35%); 60% xã đạt chuẩn."
        ),
        [4.0, 21.0, 60.0]
    );
    // A milestone before the later goal is the plan's.
    assert_eq!(
        values("Tỷ lệ hộ nghèo đến năm 2030 dưới 1%, năm 2027 dưới 3%."),
        [1.0, 3.0]
    );
}

/// The months that close a year are a span of it: the goals set for them
/// are due by that year, wherever the span is named.
#[test]
fn the_months_closing_a_year_give_its_year() {
    for text in [
        "6 tháng cuối năm 2027, xã phấn đấu thu ngân sách trên 45 tỷ đồng.",
        "Công ty phấn đấu sản lượng 3 tháng cuối năm 2027 đạt 12 triệu tấn.",
        "Đẩy nhanh giải ngân vốn đầu tư công những tháng cuối năm 2027, phấn đấu giải ngân 95% kế hoạch vốn.",
    ] {
        assert_eq!(one(text).deadline_year, Some(2027), "{text}");
    }
}

/// A month a goal is due by gives its year: after a goal cue, or after a
/// deadline's own head ("trước", "hết", "cuối").
#[test]
fn a_month_due_by_gives_its_year() {
    for text in [
        "Phấn đấu đến tháng 6 năm 2027 thu ngân sách 45 tỷ đồng.",
        "Bồi dưỡng giáo viên, phấn đấu đến tháng 9/2027, 100% giáo viên đạt chuẩn.",
        "Mục tiêu đề ra là đến cuối tháng 4 năm 2027 sẽ vận động 100% hộ dân tham gia.",
        "Theo kế hoạch, trước tháng 6/2027 hoàn thành 120 căn nhà.",
    ] {
        assert_eq!(one(text).deadline_year, Some(2027), "{text}");
    }
    // A month a stock is told at, or counted to, is no deadline.
    let t = one("Phấn đấu tỷ lệ bao phủ đạt 95%, tính đến tháng 6/2027.");
    assert_eq!(t.deadline_year, None);
}

/// A lead's year a ':' closes past a long lead-in and its comma dates
/// every item after the ':'.
#[test]
fn a_long_lead_in_s_year_dates_its_list() {
    let all = all(
        "Tháng Thanh niên năm 2027 được Tỉnh đoàn xác định một số chỉ tiêu trọng tâm, như: 90% đoàn viên, 50% thanh niên được học tập nghị quyết; 5.000 lượt đoàn viên tham gia hoạt động tình nguyện; 1.000 cây xanh được trồng mới.",
    );
    assert_eq!(all.len(), 4);
    assert!(
        all.iter().all(|t| t.deadline_year == Some(2027)),
        "{all:#?}"
    );
}

/// A multiple measured against the present looks ahead: a goal, whatever
/// year it names; one measured against a past year is a result.
#[test]
fn a_multiple_of_the_present_is_a_goal() {
    let t = one("Góp phần tăng thu nhập của các hộ nghèo gấp 2 lần so với hiện nay.");
    assert_eq!((t.value, t.bound), (2.0, Bound::IncreaseBy));
    let t = one("Góp phần tăng thu nhập của các hộ nghèo năm 2020 gấp 2 lần so với hiện nay.");
    assert_eq!((t.value, t.deadline_year), (2.0, Some(2020)));
    assert!(all("Thu nhập của các hộ nghèo năm 2020 gấp 2 lần so với năm 2015.").is_empty());
}

/// The year a document was issued, or a body founded, dates an event gone
/// by, no deadline; power spelt out reads as its unit.
#[test]
fn the_year_a_document_was_issued_is_no_deadline() {
    let ts = all(
        "Trong Quy hoạch điện lực sửa đổi ban hành năm 2016, Chính phủ đặt mục tiêu 12 gigawatt (GW) công suất điện mặt trời, trong đó 850 megawatt (MW) vào năm 2027.",
    );
    let read: Vec<_> = ts
        .iter()
        .map(|t| (t.value, t.unit.as_deref(), t.deadline_year))
        .collect();
    assert_eq!(
        read,
        [(12.0, Some("GW"), None), (850.0, Some("MW"), Some(2027))]
    );
}

/// An equivalent told after a comma ("..., tương đương 33% GRDP") is of
/// the time of the figure it restates.
#[test]
fn an_equivalent_after_a_comma_shares_its_figure_s_year() {
    assert_eq!(
        years(
            "Tổng vốn đầu tư phát triển toàn xã hội năm 2027 khoảng 120.000 tỷ đồng, tương đương 33% GRDP."
        ),
        [(120000.0, Some(2027)), (33.0, Some(2027))]
    );
    assert_eq!(
        years(
            "Công ty trình kế hoạch trả cổ tức năm 2027 lên mức 70%, tương ứng 7.000 đồng/cổ phần."
        ),
        [(70.0, Some(2027)), (7000.0, Some(2027))]
    );
}
