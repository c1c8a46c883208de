//! Lists and structure: items, breakdowns, parentheses, bullets, sentences that carry the reading before them.

use super::*;

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
fn respectively_lists() {
    let ts = all(
        "tỷ lệ tham gia bảo hiểm xã hội, bảo hiểm thất nghiệp lần lượt đạt khoảng 40%, 30% lực lượng lao động",
    );
    assert_eq!(ts.len(), 2);
    assert!(ts.iter().all(|t| t.bound == Bound::About));
    assert_eq!(ts[0].subject, ts[1].subject);
    assert_eq!(ts[1].subject.as_deref(), Some("lực lượng lao động"));
    // A range first: its "khoảng" goes on to the bare figure after it.
    assert_eq!(
        bounds(
            "tỷ lệ lao động tham gia bảo hiểm thất nghiệp, bảo hiểm xã hội tự nguyện đạt khoảng 28-29% và 4% lực lượng lao động"
        ),
        [(28.0, Bound::Range), (4.0, Bound::About)]
    );
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
    // A span the host comes to, "từ ... đến ...", restates it; a start
    // "từ" alone does not.
    assert_eq!(
        values(
            "Đến năm 2030, thu nhập bình quân tăng từ 40% trở lên (từ 95 triệu đến 100 triệu đồng/người/năm)."
        ),
        [40.0, 95.0]
    );
    assert_eq!(
        values("Phấn đấu tỷ lệ hộ nghèo giảm xuống 2% (từ 5,2% năm 2020)."),
        [2.0]
    );
    // Its host's year first, where an earlier one leads the sentence.
    assert_eq!(
        years(
            "Phấn đấu năm 2024 doanh thu đạt 3.636.752 tỷ đồng (hơn 149,3 tỷ USD) và năm 2025 \
             lên mức 3.828.160 tỷ đồng (157,1 tỷ USD)."
        ),
        [
            (3636752.0, Some(2024)),
            (149.3, Some(2024)),
            (3828160.0, Some(2025)),
            (157.1, Some(2025))
        ]
    );
    // A comma before the parenthesis leaves it with its host.
    assert_eq!(
        bounds("Phấn đấu đến năm 2030 tỷ lệ hộ nghèo còn dưới 20%, (bình quân giảm 3%/năm)."),
        [(20.0, Bound::Below), (3.0, Bound::DecreaseBy)]
    );
    assert_eq!(
        values(
            "Thu nhập bình quân đầu người đến năm 2030 đạt 120 triệu đồng, (tăng 50% so với năm 2025)."
        ),
        [120.0, 50.0]
    );
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
    // The breakdown of a figure set for a deadline.
    assert_eq!(
        values(
            "Huyện quy hoạch đất trồng lúa đến năm 2030 là 8.400 ha, gồm: lúa hai vụ 6.100 ha và lúa một vụ 2.300 ha."
        ),
        [8400.0, 6100.0, 2300.0]
    );
    // Nor of a figure no cue has read: its parts go as it goes.
    assert_eq!(
        values(
            "Tổng vốn sự nghiệp sau điều chỉnh khoảng 84 tỷ đồng, gồm: vốn đào tạo hơn 20,5 tỷ đồng và vốn y tế gần 63,5 tỷ đồng."
        ),
        [84.0, 20.5, 63.5]
    );
    // Not of what there is.
    assert!(
        all(
            "Năm 2024, toàn huyện có 8.400 ha lúa, gồm: lúa hai vụ 6.100 ha và lúa một vụ 2.300 ha."
        )
        .is_empty()
    );
    // The targets counted, then listed; none told met.
    assert_eq!(
        values("Về xã hội có 4 chỉ tiêu gồm: tỷ lệ hộ nghèo dưới 2%; 100% trạm y tế đạt chuẩn."),
        [2.0, 100.0]
    );
    assert!(
        all("Huyện có 18/20 chỉ tiêu đạt và vượt, gồm: tỷ lệ hộ nghèo còn 1,9%; 100% trạm y tế đạt chuẩn.")
            .is_empty()
    );
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
    // A sentence that opens on a command sets its own goals.
    for text in [
        "Năm qua, công an tỉnh bắt giữ 120 đối tượng. Kiềm chế tỷ lệ gia tăng người nghiện dưới 1%/năm.",
        "Năm qua, công an tỉnh bắt giữ 120 đối tượng.\n- Giảm tỷ lệ tái nghiện xuống dưới 10%.",
        "Năm qua, công an tỉnh bắt giữ 120 đối tượng. - Giảm tỷ lệ tái nghiện xuống dưới 10%.",
    ] {
        assert_eq!(all(text).len(), 1, "{text}");
    }
    // A sentence with neither figures nor cues passes the reading on.
    let text = "Giá trị sản xuất công nghiệp quý I tăng 9% so với cùng kỳ. Sản xuất nông nghiệp ổn định. Tổng mức bán lẻ hàng hóa tăng 7%.";
    assert!(all(text).is_empty(), "{:#?}", all(text));
    let text = "Năm 2027, tỉnh phấn đấu tăng trưởng 9%. Sản xuất nông nghiệp ổn định. Tổng mức bán lẻ hàng hóa tăng 7%.";
    assert_eq!(values(text), [9.0, 7.0]);
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
fn a_labelled_part_in_parentheses_is_a_target() {
    let text = "Tỷ lệ người dân tham gia bảo hiểm y tế trên 98% (bảo hiểm xã hội tự nguyện 90%)";
    assert_eq!(values(text), [98.0, 90.0]);
    // A change is a target of its own, as the host is (annotation rule
    // 10: "58,9% (66/112 thôn, tăng thêm 20 thôn)"); a count of another
    // unit qualifies its host.
    assert_eq!(
        values("Tỷ lệ che phủ rừng đạt 45% (tăng 3% so với đầu kỳ)"),
        [45.0, 3.0]
    );
    assert_eq!(
        values("Tỷ lệ trạm y tế có bác sĩ đạt 95% (bác sĩ chuyên khoa 40 người)"),
        [95.0]
    );
}

#[test]
fn a_bullet_goes_on_with_the_list_before_it() {
    let text = "Mục tiêu đến năm 2030: tốc độ tăng trưởng kinh tế bình quân đạt 9%/năm. - Có 100 doanh nghiệp công nghệ số.";
    assert_eq!(values(text), [9.0, 100.0]);
    let text = "Nhiệm kỳ qua, Đảng bộ đã đạt nhiều kết quả. - Có 1.200 doanh nghiệp mới thành lập.";
    assert!(all(text).is_empty(), "{:#?}", all(text));
    // A '+' spaced from its figure is a bullet; glued to it, a sign.
    let text = "Phấn đấu đạt các chỉ tiêu sau: + 80% cơ sở sản xuất đạt tiêu chuẩn môi trường. + 100% \
                đô thị có hệ thống xử lý nước thải tập trung.";
    assert_eq!(values(text), [80.0, 100.0]);
    assert!(values("Chỉ số giá tiêu dùng tháng 10 +0,5% so với tháng trước.").is_empty());
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
fn a_share_a_count_takes_up_restates_it() {
    let text = "Huyện có 14 xã được công nhận đạt chuẩn nông thôn mới, chiếm 87,5%";
    assert!(all(text).is_empty(), "{:#?}", all(text));
    let text = "Phấn đấu đến năm 2030 có 14 xã đạt chuẩn nông thôn mới nâng cao, chiếm 70%";
    assert_eq!(values(text), [14.0, 70.0]);
}

#[test]
fn a_list_lead_in_dates_every_item_of_its_list() {
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
    // A year past a ';', in a clause with no figure, dates no figure
    // before it.
    assert_eq!(
        years(
            "Các chỉ tiêu: tỷ lệ hài lòng của người dân đạt hơn 95%; phấn đấu xây dựng xã nông thôn mới kiểu mẫu vào năm 2028."
        ),
        [(95.0, None)]
    );
    // An item's own year stays its own.
    assert_eq!(
        years(
            "(2) Thu nhập bình quân đầu người đến năm 2028: 70 triệu đồng. (3) Tỷ lệ hộ nghèo dưới 2%."
        ),
        [(70.0, Some(2028)), (2.0, None)]
    ); // A sentence that goes on in words is no item: its lead-in leads
    // the sentence that goes on with it.
    assert_eq!(
        years(
            "Cụ thể, huyện phấn đấu đến năm 2028, tổng đàn gia cầm đạt 900.000 con. Trong đó, đàn vịt đạt 250.000 con."
        ),
        [(900000.0, Some(2028)), (250000.0, Some(2028))]
    );
}

/// A year closing the clause of a figure "và" joins to the one before,
/// under the same verb, dates both; not one after a comma, nor a figure
/// with its own words after "và".
#[test]
fn a_year_closing_figures_joined_by_and_dates_both() {
    assert_eq!(
        years(
            "Phấn đấu đón 12 triệu lượt khách nội địa và 3 triệu lượt khách quốc tế vào năm 2028."
        ),
        [(12.0, Some(2028)), (3.0, Some(2028))]
    );
    assert_eq!(
        years("Phấn đấu đạt 40 giường bệnh/10.000 dân và 14 bác sĩ/10.000 dân trong năm 2027."),
        [(40.0, Some(2027)), (14.0, Some(2027))]
    );
    assert_eq!(
        years("Phấn đấu tỷ lệ che phủ rừng đạt 45%, tỷ lệ đô thị hóa đạt 50% vào năm 2030."),
        [(45.0, None), (50.0, Some(2030))]
    );
    assert_eq!(
        years("Phấn đấu trồng mới 300 ha rừng và tỷ lệ che phủ rừng đạt 45% vào năm 2030."),
        [(300.0, None), (45.0, Some(2030))]
    );
}

#[test]
fn a_year_after_the_list_s_opener_or_its_cue_leads_the_list() {
    // Right after "trong đó" that opens the list of the targets counted.
    assert_eq!(
        years(
            "Hội nghị thông qua 18 chỉ tiêu, trong đó đến năm 2028 thu ngân sách đạt 900 tỷ đồng, tăng trưởng trên 8%/năm; tỷ lệ hộ nghèo dưới 1,5%."
        ),
        [(900.0, Some(2028)), (8.0, Some(2028)), (1.5, Some(2028))]
    );
    // A cue that names whom the goals are for, then the year.
    assert_eq!(
        years(
            "Tỉnh giao chỉ tiêu cho ngành giáo dục năm 2027 có 92% trường đạt chuẩn quốc gia, 45% trẻ em được học hai buổi mỗi ngày."
        ),
        [(92.0, Some(2027)), (45.0, Some(2027))]
    );
    // A comma before the list's ':' among the lead's few words.
    assert_eq!(
        years(
            "Các chỉ tiêu trong năm 2027 cần tập trung thực hiện, gồm: tỷ lệ tiêm chủng đầy đủ 97%; tỷ lệ khám sàng lọc 60%."
        ),
        [(97.0, Some(2027)), (60.0, Some(2027))]
    );
    // A year after a breakdown of a figure stays in its item.
    assert_eq!(
        years(
            "Phấn đấu tổng thu ngân sách đạt 900 tỷ đồng, trong đó đến năm 2028 thu nội địa 700 tỷ đồng; chi đầu tư 300 tỷ đồng."
        ),
        [(900.0, None), (700.0, Some(2028)), (300.0, None)]
    );
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
    // An area restates a share as a count does.
    assert_eq!(
        units("Phấn đấu 35% diện tích cây ăn quả (4.200 ha) áp dụng quy trình VietGAP."),
        [
            (35.0, Some("%".to_string())),
            (4200.0, Some("ha".to_string()))
        ]
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
fn a_breakdown_after_a_deadline_is_the_figures_own() {
    assert_eq!(
        values(
            "Số doanh nghiệp đang hoạt động đạt 6.000 doanh nghiệp vào năm 2030 (bình quân mỗi năm thành lập mới 600 doanh nghiệp)."
        ),
        [6000.0, 600.0]
    );
    // A change after the deadline is the figure's, read as it is.
    assert_eq!(
        values(
            "Tổng số doanh nghiệp đạt 6.000 doanh nghiệp vào năm 2030 (tăng 20% so với năm 2025)."
        ),
        [6000.0, 20.0]
    );
    // So is one told past the prices it is at.
    assert_eq!(
        pairs(
            "Phấn đấu thu nhập bình quân đầu người năm 2030 đạt 120 triệu đồng (theo giá hiện hành, tăng từ 9 đến 10%/năm)."
        ),
        [
            (120.0, None, Bound::Exact, None),
            (9.0, Some(10.0), Bound::IncreaseBy, None)
        ]
    );
    // An aside takes its item's year; a yearly figure in it keeps none.
    assert_eq!(
        years("Năm 2027 phấn đấu giải ngân 100% kế hoạch vốn (khoảng 950 tỷ đồng)."),
        [(100.0, Some(2027)), (950.0, Some(2027))]
    );
    assert_eq!(
        years(
            "Số doanh nghiệp đạt 6.000 doanh nghiệp vào năm 2030 (bình quân mỗi năm thành lập mới 600 doanh nghiệp)."
        ),
        [(6000.0, Some(2030)), (600.0, None)]
    );
}

#[test]
fn a_list_lead_s_deadline_reaches_the_sentences_of_its_list() {
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
        [5000.0, 8.0]
    );
    // Reported, the change is reported with its host.
    assert!(
        values("Năm 2024, thu ngân sách đạt 5.112 tỷ đồng (tăng 8,3% so với năm 2023).").is_empty()
    );
    // "tương ứng" restates as "tương đương" does; a count a share's change
    // comes to is that change, an amount a growth rate comes to the level.
    let readings = |text: &str| -> Vec<(f64, Option<f64>, Bound)> {
        all(text)
            .iter()
            .map(|t| (t.value, t.value_max, t.bound))
            .collect()
    };
    assert_eq!(
        readings("Năm 2027, phấn đấu giảm tỷ lệ hộ nghèo từ 1,5-2% (tương ứng từ 300-400 hộ)."),
        [
            (1.5, Some(2.0), Bound::DecreaseBy),
            (300.0, Some(400.0), Bound::DecreaseBy)
        ]
    );
    assert_eq!(
        readings("Phấn đấu kim ngạch xuất khẩu tăng 10% (tương ứng 2,2 tỷ USD)."),
        [(10.0, None, Bound::IncreaseBy), (2.2, None, Bound::Exact)]
    );
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

#[test]
fn a_breakdown_after_a_comma_reads_as_its_whole() {
    assert!(all("Phường có 1.860 ha đất nông nghiệp, trong đó đất trồng lúa 940 ha, đất nuôi trồng thủy sản 310 ha.").is_empty());
    // Past ';' when a colon opens it.
    assert!(
        all("Tổng ngân sách bố trí cho Chương trình khoảng 9.000 tỷ đồng, trong đó: ngân sách tỉnh 6.000 tỷ đồng; vốn lồng ghép khoảng 3.000 tỷ đồng.")
            .is_empty()
    );
    // A goal's breakdown is read on its own.
    assert_eq!(
        values(
            "Phấn đấu thu hút 500 tỷ đồng vốn đầu tư, trong đó vốn ngoài ngân sách chiếm trên 70%."
        ),
        [500.0, 70.0]
    );
    // A part no cue reads goes with a whole that is a goal.
    assert_eq!(
        values(
            "Diện tích nuôi tôm hằng năm duy trì 4.200 ha trở lên, trong đó nuôi công nghệ cao chiếm 35%."
        ),
        [4200.0, 35.0]
    );
    assert_eq!(
        values("Tổng đàn bò đạt trên 60.000 con (trong đó bò lai chiếm 45%)."),
        [60000.0, 45.0]
    );
    // A part told done is no goal, whatever its whole.
    assert_eq!(
        values("Có trên 60 xã đạt chuẩn nông thôn mới, trong đó 41 xã đã được công nhận."),
        [60.0]
    );
}

#[test]
fn a_sentence_opening_on_how_its_figures_were_found_reports_them() {
    assert!(all("Qua rà soát, có 86% hộ gia đình đạt danh hiệu gia đình văn hóa.").is_empty());
    assert!(all("Qua khảo sát 12 xã, 64% người dân hài lòng với dịch vụ y tế.").is_empty());
    // "Qua đó": thereby, through what the sentence before told done.
    assert!(
        all("Qua đó phát hiện có 18% số hồ sơ chưa đúng quy định, 82% là hồ sơ hợp lệ.").is_empty()
    );
    assert_eq!(
        values("Qua đó, phấn đấu đến năm 2030 có 50% xã đạt chuẩn."),
        [50.0]
    );
    // "qua" inside a sentence, or far from a comma, opens nothing.
    assert_eq!(values("Tỷ lệ lao động qua đào tạo đạt 75%."), [75.0]);
    assert_eq!(
        values(
            "Qua việc thực hiện các giải pháp đồng bộ về chuyển đổi số trong toàn tỉnh, phấn đấu 90% hồ sơ được xử lý trực tuyến."
        ),
        [90.0]
    );
}

#[test]
fn a_breakdown_of_a_sentence_that_described_describes_too() {
    assert!(
        all("Đến cuối năm 2024, toàn xã có gần 86.000 con gia súc, gia cầm. Trong đó: đàn trâu 1.250 con; đàn bò 3.400 con.")
            .is_empty()
    );
    // Of a sentence that set a goal, a goal.
    assert_eq!(
        values(
            "Phấn đấu tổng đàn gia súc đạt 5.000 con. Trong đó: đàn trâu 1.250 con; đàn bò 3.750 con."
        ),
        [5000.0, 1250.0, 3750.0]
    );
}

#[test]
fn a_sentence_the_next_one_follows_with_a_report_reviews_too() {
    assert!(
        all("Giá trị sản xuất công nghiệp tăng bình quân 12,5%/năm. Thu nhập bình quân đầu người năm 2025 ước đạt 64 triệu đồng.")
            .is_empty()
    );
    // Not across paragraphs, nor before a sentence that sets a goal, nor
    // in a sentence with a goal cue of its own.
    assert_eq!(
        values(
            "Giá trị sản xuất công nghiệp tăng bình quân 12,5%/năm.\nThu nhập bình quân đầu người năm 2025 ước đạt 64 triệu đồng."
        ),
        [12.5]
    );
    assert_eq!(
        values(
            "Giá trị sản xuất công nghiệp tăng bình quân 12,5%/năm. Phấn đấu thu nhập bình quân đạt 90 triệu đồng."
        ),
        [12.5, 90.0]
    );
    assert_eq!(
        values(
            "Phấn đấu giá trị sản xuất công nghiệp tăng bình quân 12,5%/năm. Năm 2025 thu nhập bình quân ước đạt 64 triệu đồng."
        ),
        [12.5]
    );
}

#[test]
fn a_count_of_targets_out_of_all_makes_the_next_sentence_a_review() {
    assert!(
        all("Có 14/15 chỉ tiêu chủ yếu hoàn thành vượt kế hoạch. Nổi bật là thu ngân sách trên địa bàn đạt 1.250 tỷ đồng.")
            .is_empty()
    );
    // A plain count of targets adopted sets goals after it.
    assert_eq!(
        values("Đại hội thông qua 15 chỉ tiêu chủ yếu. Tổng vốn đầu tư xã hội đạt 5.000 tỷ đồng."),
        [5000.0]
    );
}

#[test]
fn a_sentence_opening_on_carrying_out_a_document_tells_what_came_of_it() {
    assert!(
        all("Thực hiện Nghị quyết Đại hội Đảng bộ phường nhiệm kỳ 2020-2025, thu nhập bình quân đạt 68 triệu đồng/người/năm.")
            .is_empty()
    );
    // A plan made under it has its cue.
    assert_eq!(
        values(
            "Thực hiện Nghị quyết Đại hội Đảng bộ tỉnh, huyện phấn đấu thu nhập bình quân đạt 90 triệu đồng."
        ),
        [90.0]
    );
}

#[test]
fn a_sentence_opening_on_the_occasion_where_it_happened_tells_it() {
    assert!(all("Tại Hội khỏe Phù Đổng cấp tỉnh, học sinh huyện giành 12 huy chương vàng, 9 huy chương bạc.").is_empty());
    // A plan adopted there has its cue.
    assert_eq!(
        values("Tại kỳ họp thứ 8, HĐND tỉnh giao chỉ tiêu thu ngân sách 6.500 tỷ đồng."),
        [6500.0]
    );
    // A kind of place, plural, is no occasion.
    assert_eq!(
        values("Tại các vùng chuyên canh, tỷ lệ diện tích tưới tiết kiệm nước đạt 25-30%."),
        [25.0]
    );
    // The days an event took place, its dates in its name.
    assert!(
        all("Trong 5 ngày diễn ra Lễ hội hoa Đà Lạt 2024 từ 20 - 24/12, thành phố đón hơn 80.000 lượt khách.")
            .is_empty()
    );
    assert!(all("Trong dịp Tết Nguyên đán, toàn tỉnh đón 320.000 lượt khách.").is_empty());
    assert_eq!(
        values("Trong dịp Tết năm 2027, tỉnh phấn đấu đón 350.000 lượt khách."),
        [350000.0]
    );
}

#[test]
fn a_sentence_opening_on_years_it_looks_back_on_reports_them() {
    assert!(all("Trong 3 năm, huyện bê tông hóa 214 km đường ngõ xóm.").is_empty());
    // So do the years that go on to what there was.
    assert!(
        all("Trong 3 năm có 91,5% hợp tác xã làm ăn có lãi, không có hợp tác xã giải thể.")
            .is_empty()
    );
    // Years ahead, or years that bound the figure, are a plan's.
    assert_eq!(
        values("Trong 3 năm tới, huyện bê tông hóa 214 km đường ngõ xóm."),
        [214.0]
    );
    assert_eq!(
        values("Diện tích cây ăn quả trồng mới trong 3 năm không dưới 600 ha."),
        [600.0]
    );
}

#[test]
fn a_unit_formed_from_others_counts_no_target() {
    assert!(
        all("Phường Bình Minh được thành lập trên cơ sở hợp nhất 3 phường, có 42 khu phố.")
            .is_empty()
    );
}

/// A sentence that opens on a yearly scope ("Hằng năm, ...", "Phấn đấu
/// mỗi năm ...") makes each figure of its first clause yearly, and past a
/// ';' the figures like its first; not a figure of its own time, all of a
/// norm, or a share of a count's breakdown. An indicator's own rate
/// ("bình quân hằng năm 14%") scopes nothing else.
#[test]
fn a_yearly_lead_makes_each_figure_yearly() {
    let pers = |text: &str| -> Vec<(f64, Option<String>)> {
        all(text).into_iter().map(|t| (t.value, t.per)).collect()
    };
    let year = || Some("năm".to_string());
    assert_eq!(
        pers("Mỗi năm sửa chữa, nâng cấp 150 km đường xã và 25 cầu yếu."),
        [(150.0, year()), (25.0, year())]
    );
    assert_eq!(
        pers(
            "Phấn đấu hằng năm có trên 90% tổ chức cơ sở đảng được xếp loại hoàn thành tốt nhiệm vụ; trên 90% đảng viên hoàn thành tốt nhiệm vụ."
        ),
        [(90.0, year()), (90.0, year())]
    );
    assert_eq!(
        pers(
            "Mỗi năm giới thiệu ít nhất 500 đoàn viên ưu tú cho Đảng; 100% chi đoàn được xếp loại từ khá trở lên."
        ),
        [(500.0, year()), (100.0, None)]
    );
    assert_eq!(
        pers(
            "Mỗi năm đào tạo nghề cho hơn 2.000 lao động, trong đó lao động nữ chiếm 40%; đến năm 2030 có 80 hợp tác xã."
        ),
        [(2000.0, year()), (40.0, None), (80.0, None)]
    );
    assert_eq!(
        pers("Tốc độ tăng trưởng GDP bình quân hằng năm 7%, GDP bình quân đầu người 5.000 USD."),
        [(7.0, year()), (5000.0, None)]
    );
    // "Hằng năm" frames every item, past ';' too, whatever its figure;
    // the start of a term a share counts against is no time of its own.
    assert_eq!(
        pers(
            "Hằng năm tổ chức diễn tập phòng thủ cho 2 - 3 xã; 100% cán bộ chủ chốt được bồi dưỡng kiến thức quốc phòng."
        ),
        [(2.0, year()), (100.0, year())]
    );
    assert_eq!(
        pers(
            "Hằng năm, kết nạp đảng viên mới đạt từ 3-4% tổng số đảng viên đầu nhiệm kỳ; giảm từ 1-1,5% hộ nghèo."
        ),
        [(3.0, year()), (1.0, year())]
    );
    // A ';' ends the lead's clause even where its first figure is lost.
    assert_eq!(
        pers(
            "Mỗi năm tổ chức các đợt khám bệnh miễn phí; phấn đấu 100% người khuyết tật được trợ cấp."
        ),
        [(100.0, None)]
    );
    // The parts of a yearly whole are yearly: a count's parts, or a
    // share's; a share of a count is not.
    assert_eq!(
        pers(
            "Giải quyết việc làm cho 40.000 lao động mỗi năm, trong đó xuất khẩu lao động khoảng 4.000 người."
        ),
        [(40000.0, year()), (4000.0, year())]
    );
    assert_eq!(
        pers(
            "Duy trì tỷ lệ khám phá án hình sự hằng năm đạt trên 85%, trong đó án đặc biệt nghiêm trọng đạt 100%."
        ),
        [(85.0, year()), (100.0, year())]
    );
    assert_eq!(
        pers("Trồng rừng tập trung 4.500 ha mỗi năm, trong đó rừng gỗ lớn chiếm 30%."),
        [(4500.0, year()), (30.0, None)]
    );
    // A yearly figure in an aside is its own: the whole is not yearly.
    assert_eq!(
        pers(
            "Phấn đấu giải quyết việc làm cho 50.000 lao động (bình quân mỗi năm 10.000 lao động), trong đó xuất khẩu lao động 6.000 người."
        ),
        [(50000.0, None), (10000.0, year()), (6000.0, None)]
    );
}

/// A result a goal's verb handles ("tái sử dụng kết quả") is its object,
/// no report: the items after it stay goals.
#[test]
fn a_result_handled_by_a_goal_leaves_the_list_goals() {
    assert_eq!(
        values(
            "Chỉ tiêu năm 2026: 100% hồ sơ được số hóa, tái sử dụng kết quả; tỷ lệ thanh toán trực tuyến đạt khoảng 50%."
        ),
        [100.0, 50.0]
    );
    assert!(all("Kết quả, năm 2024 tỷ lệ thanh toán trực tuyến đạt 46,5%.").is_empty());
}

#[test]
fn a_parenthesis_listing_parts_in_the_unit_gives_them() {
    assert_eq!(
        values("Phấn đấu có 20 thôn đạt chuẩn văn hóa (gồm 12 thôn vùng cao và 8 thôn vùng thấp)."),
        [20.0, 12.0, 8.0]
    );
    // In another unit, it says what the units are made of.
    assert_eq!(
        values("Phấn đấu thành lập mới 30 tổ hợp tác (gồm từ 5 thành viên trở lên)."),
        [30.0]
    );
}

#[test]
fn an_aside_on_the_term_before_is_its_baseline() {
    assert_eq!(
        values(
            "Kết nạp mới 1.200 đảng viên mỗi năm (nhiệm kỳ trước bình quân đạt 1.050 đảng viên/năm)."
        ),
        [1200.0]
    );
}

#[test]
fn what_units_of_many_have_done_says_which_are_counted() {
    assert_eq!(
        values(
            "Mục tiêu đến năm 2027: 100% thôn của các xã đã đạt chuẩn được công nhận thôn kiểu mẫu; không còn xã đạt dưới 16 tiêu chí."
        ),
        [100.0, 0.0]
    );
}

#[test]
fn a_sentence_opened_by_con_goes_on_with_the_list() {
    // "Còn" before a name is "as for", not what is left.
    assert_eq!(
        values(
            "Tỉnh giao chỉ tiêu tăng trưởng năm 2026 cho các huyện: huyện A 9%; huyện B 8,5%. \
             Còn thị xã C 10%, huyện D 7,5%."
        ),
        [9.0, 8.5, 10.0, 7.5]
    );
    assert!(values("Năm 2025, tỷ lệ hộ nghèo còn 1,2%.").is_empty());
}

#[test]
fn goals_listed_in_a_parenthesis_keep_their_comparators() {
    assert_eq!(
        pairs(
            "Kế hoạch đã đặt ra 4 mục tiêu cụ thể (tỷ trọng kinh tế số đạt 25% GRDP; \
             tỷ lệ doanh nghiệp dùng hóa đơn điện tử đạt trên 90%; \
             tỷ lệ nhân lực số đạt tối thiểu 3%)."
        ),
        [
            (25.0, None, Bound::Exact, None),
            (90.0, None, Bound::Above, None),
            (3.0, None, Bound::AtLeast, None)
        ]
    );
}

#[test]
fn a_lead_s_goals_set_changes_against_the_plan_in_the_items_after() {
    // The item measured against the plan does not make the others results.
    let read = values(
        "UBND tỉnh đề ra 12 chỉ tiêu năm 2026. Trọng tâm là, GRDP tăng trên 9%; \
         thu ngân sách nội địa tăng 8% so với dự toán; tỷ lệ che phủ rừng đạt 42%.",
    );
    assert!(read.contains(&9.0) && read.contains(&42.0), "{read:?}");
    // A share of the plan is still a result.
    assert_eq!(
        values(
            "Năm 2026, kế hoạch giao trồng rừng 3.000 ha. Diện tích đã trồng là 3.150 ha, \
             đạt 105% kế hoạch."
        ),
        [3000.0]
    );
}

/// A year a ':' closes inside a sentence ("..., cơ cấu kinh tế đến năm
/// 2030: công nghiệp 45%, dịch vụ 40%") leads the figures after the ':',
/// and dates none before it; not past the next numbered item, nor from
/// inside an aside.
#[test]
fn a_year_a_colon_closes_leads_what_follows_it() {
    assert_eq!(
        years(
            "Tăng trưởng bình quân 9-10%/năm, cơ cấu kinh tế đến năm 2030: công nghiệp 45%, dịch vụ 40%; nông nghiệp 15%."
        ),
        [
            (9.0, None),
            (45.0, Some(2030)),
            (40.0, Some(2030)),
            (15.0, Some(2030))
        ]
    );
    assert_eq!(
        years(
            "Đại hội thông qua 15 chỉ tiêu, trong đó: (1) tăng trưởng bình quân 8%/năm; (2) cơ cấu kinh tế đến năm 2030: công nghiệp 45%, dịch vụ 40%; (3) tỷ lệ hộ nghèo dưới 2%."
        ),
        [
            (8.0, None),
            (45.0, Some(2030)),
            (40.0, Some(2030)),
            (2.0, None)
        ]
    );
    assert_eq!(
        years(
            "Năm 2027, ngành y tế phấn đấu đạt 36 giường bệnh/vạn dân (năm 2026: 33 giường); 100% trạm y tế có bác sĩ."
        ),
        [(36.0, Some(2027)), (100.0, Some(2027))]
    );
}

#[test]
fn a_bare_figure_listed_after_another_is_of_its_time() {
    assert_eq!(
        years(
            "Cơ cấu kinh tế: nông nghiệp, công nghiệp, dịch vụ đến năm 2025 lần lượt chiếm 12%, 45,5% và 42,5%."
        ),
        [(12.0, Some(2025)), (45.5, Some(2025)), (42.5, Some(2025))]
    );
    assert_eq!(
        years(
            "Tỷ trọng nông, lâm nghiệp - công nghiệp - dịch vụ vào năm 2030 lần lượt là 8% - 52% - 40%."
        ),
        [(8.0, Some(2030)), (52.0, Some(2030)), (40.0, Some(2030))]
    );
    // A figure of its own year keeps it.
    assert_eq!(
        years("Tỷ lệ đô thị hóa đạt 40% vào năm 2025, năm 2030 đạt 50%."),
        [(40.0, Some(2025)), (50.0, Some(2030))]
    );
}

/// An aside with a floor of its own past words of its own ("(mỗi huyện có
/// ít nhất 1 sản phẩm)") is a target of its own, whatever figure stands
/// before it.
#[test]
fn an_aside_with_a_floor_of_its_own_is_its_own_target() {
    assert_eq!(
        bounds(
            "Phấn đấu công nhận 6 - 8 sản phẩm 4 sao (mỗi huyện có ít nhất 1 sản phẩm); \
             tăng trưởng 8% trở lên (tương ứng tăng tối thiểu 250 tỷ đồng)."
        ),
        [
            (6.0, Bound::Range),
            (1.0, Bound::AtLeast),
            (8.0, Bound::AtLeast),
            (250.0, Bound::AtLeast)
        ]
    );
}
