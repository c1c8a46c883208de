//! Subjects, criteria and deadlines.

use super::*;

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
    // A breakdown's figures share the year of their whole, in parentheses
    // or after "trong đó"; not past a ';'.
    let ts = all(
        "Tổng đàn gia súc đến năm 2030 đạt 120.000 con (trong đó: đàn trâu 25.000 con; đàn bò 45.000 con).",
    );
    assert!(ts.iter().all(|t| t.deadline_year == Some(2030)), "{ts:#?}");
    let ts = all(
        "Sản lượng thủy sản đến năm 2030 đạt 520.000 tấn, trong đó nuôi trồng chiếm 60%; kim ngạch xuất khẩu đạt 1,2 tỷ USD.",
    );
    assert_eq!(
        ts.iter().map(|t| t.deadline_year).collect::<Vec<_>>(),
        [Some(2030), Some(2030), None]
    );
    // A deadline after a lead-in with no figure leads the list.
    let ts = all(
        "Theo Quy hoạch điện VIII, đến năm 2030 công suất điện gió đạt 26.000 MW; điện mặt trời đạt 46.000 MW.",
    );
    assert!(ts.iter().all(|t| t.deadline_year == Some(2030)), "{ts:#?}");
    // A plan's year before its list's ':', six words away.
    let ts = all(
        "Kế hoạch chuyển đổi số năm 2026 của Bộ Tài chính yêu cầu: 100% hồ sơ được số hóa; tỷ lệ hóa đơn điện tử đạt trên 90%.",
    );
    assert!(ts.iter().all(|t| t.deadline_year == Some(2026)), "{ts:#?}");
    // A programme's name holds a figure; the deadline "phấn đấu" opens
    // after it leads the clause.
    assert_eq!(
        years(
            "Đề án 1 triệu ha lúa chất lượng cao phấn đấu đến năm 2030 giảm 30% lượng giống gieo sạ, giảm 20% lượng phân bón hóa học."
        ),
        [(30.0, Some(2030)), (20.0, Some(2030))]
    );
    // The end of a year, at the end of the item.
    assert_eq!(
        one("Giảm tỷ lệ hộ nghèo xuống dưới 2% vào cuối năm 2027.").deadline_year,
        Some(2027)
    );
    // A plan's year before the ':' of its list leads the list.
    assert_eq!(
        years(
            "Chương trình công tác năm 2021 đề ra một số chỉ tiêu nhiệm vụ sau: Tổng sản phẩm \
             trên địa bàn tăng 6,5-7%; Thu ngân sách đạt 19.350 tỷ đồng."
        ),
        [(6.5, Some(2021)), (19350.0, Some(2021))]
    );
    // Or with its "năm" left out.
    assert_eq!(
        one("GRDP bình quân đầu người đến cuối 2020 đạt 48,6 triệu đồng/người.").deadline_year,
        Some(2020)
    );
    assert_eq!(
        years("Phấn đấu tăng trưởng 8%/năm, và thu nhập bình quân 9.000 USD vào 2035."),
        [(8.0, None), (9000.0, Some(2035))]
    );
    // Or right after a goal cue; mid-sentence, past any, a report's date.
    assert_eq!(
        one("Theo kế hoạch cuối năm 2020 số xã đạt chuẩn nông thôn mới là 11 xã.").deadline_year,
        Some(2020)
    );
    assert_eq!(
        one("Phấn đấu cuối năm 2023 toàn tỉnh giảm tỷ lệ hộ nghèo từ 3% trở lên.").deadline_year,
        Some(2023)
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

/// A topic the sentence opens on ("Về giáo dục đại học, ...") heads its
/// figures and is no part of their subject.
#[test]
fn a_topic_opened_by_ve_is_no_subject() {
    let t = one("Về giáo dục đại học, số sinh viên đại học/vạn dân đạt ít nhất là 260.");
    assert_eq!(t.subject.as_deref(), Some("số sinh viên đại học/vạn dân"));
    let t = one("Về giáo dục, tỷ lệ trường đạt chuẩn quốc gia đạt 80%.");
    assert_eq!(t.subject.as_deref(), Some("trường"));
}

/// "gồm" opens a list as "như" does: the first item's subject starts
/// after it, colon or not.
#[test]
fn a_list_opened_by_gom_starts_its_first_subject() {
    let ts = all(
        "Đại hội thống nhất các mục tiêu chủ yếu, gồm tốc độ tăng trưởng kinh tế bình quân 8%/năm và thu nhập bình quân đầu người 90 triệu đồng.",
    );
    assert_eq!(
        ts.iter().map(|t| t.subject.as_deref()).collect::<Vec<_>>(),
        [
            Some("tốc độ tăng trưởng kinh tế bình quân"),
            Some("thu nhập bình quân đầu người")
        ]
    );
    let ts =
        all("Phấn đấu tổng vốn đầu tư 10.000 tỷ đồng, gồm vốn ngân sách Trung ương 3.000 tỷ đồng.");
    assert_eq!(
        ts.iter().map(|t| t.subject.as_deref()).collect::<Vec<_>>(),
        [Some("tổng vốn đầu tư"), Some("vốn ngân sách Trung ương")]
    );
}

/// The level a change ends on is told in the item of its start: it keeps
/// the indicator and the year named before "từ", not the level it leaves.
#[test]
fn a_change_s_end_keeps_the_words_before_its_start() {
    let t = one("HĐND tỉnh điều chỉnh mục tiêu tăng trưởng GRDP năm 2027 từ 12,5% lên trên 13%.");
    assert_eq!(
        (t.value, t.subject.as_deref(), t.deadline_year),
        (13.0, Some("tăng trưởng GRDP"), Some(2027))
    );
    let t = one("Phấn đấu tỷ lệ hộ nghèo giảm từ 6% xuống dưới 3%.");
    assert_eq!(t.subject.as_deref(), Some("tỷ lệ hộ nghèo"));
    // An age from which a population counts stays in its subject.
    let t = one("Phấn đấu tỷ lệ lao động từ 15 tuổi trở lên có việc làm đạt 90%.");
    assert_eq!(t.subject.as_deref(), Some("lao động từ 15 tuổi trở lên"));
}

/// The start of a span to a deadline ("Từ nay đến năm 2030, ...") is no
/// part of the subject; its year is the deadline.
#[test]
fn a_span_s_start_is_no_subject() {
    let t = one("Từ nay đến năm 2030, tỷ lệ che phủ rừng đạt 45%.");
    assert_eq!(
        (t.subject.as_deref(), t.deadline_year),
        (Some("tỷ lệ che phủ rừng"), Some(2030))
    );
    // Nor is the head of a year after the figure ("trong năm 2026").
    let t = one("Huyện đặt chỉ tiêu trồng mới 500 ha cây ăn quả trong năm 2026.");
    assert_eq!(
        (t.subject.as_deref(), t.deadline_year),
        (Some("cây ăn quả"), Some(2026))
    );
}

/// A verb of keeping ends the indicator it follows, and opens the one it
/// goes on to name; a change kept names none.
#[test]
fn a_keeping_verb_before_its_indicator_opens_it() {
    let subject = |text: &str| one(text).subject;
    assert_eq!(
        subject("Năm 2026, tỉnh tiếp tục duy trì tỷ lệ che phủ rừng ổn định 42%.").as_deref(),
        Some("tỷ lệ che phủ rừng")
    );
    assert_eq!(
        subject("Tỷ lệ che phủ rừng duy trì ổn định ở mức 42%.").as_deref(),
        Some("Tỷ lệ che phủ rừng")
    );
    assert_eq!(
        subject("Phấn đấu lượng khách du lịch tiếp tục duy trì tăng trung bình 10%/năm.")
            .as_deref(),
        Some("lượng khách du lịch")
    );
}

/// The indicator a figure comes with starts after "với" ("20 công trình
/// với tổng vốn 15.000 tỷ đồng"); "so với" compares and keeps its side.
#[test]
fn what_a_figure_comes_with_is_its_subject() {
    let ts = all("Phấn đấu xây dựng 20 công trình trọng điểm với tổng vốn 15.000 tỷ đồng.");
    assert_eq!(ts[1].subject.as_deref(), Some("tổng vốn"));
    let t =
        one("Đến năm 2030, tỉnh trở thành tỉnh khá với GRDP bình quân đầu người đạt 7.500 USD.");
    assert_eq!(t.subject.as_deref(), Some("GRDP bình quân đầu người"));
    // What a state relates to is part of the indicator.
    let t = one("Tỷ lệ người dân hài lòng với sự phục vụ của cơ quan hành chính đạt trên 90%.");
    assert_eq!(
        t.subject.as_deref(),
        Some("người dân hài lòng với sự phục vụ của cơ quan hành chính")
    );
}

/// A herd counted ("đàn lợn đạt 50.000 con") names its indicator; it is
/// no verb whose object the count noun is.
#[test]
fn a_herd_is_an_indicator() {
    assert_eq!(
        one("Phấn đấu đàn lợn đạt 50.000 con.").subject.as_deref(),
        Some("đàn lợn")
    );
}

/// The parts of a whole broken down are named by their labels.
#[test]
fn a_breakdown_s_parts_are_named_by_their_labels() {
    let ts =
        all("Phấn đấu đàn gia súc đạt 120.000 con (trong đó: trâu 20.000 con; bò 100.000 con).");
    let subjects: Vec<_> = ts.iter().map(|t| t.subject.as_deref()).collect();
    assert_eq!(subjects, [Some("đàn gia súc"), Some("trâu"), Some("bò")]);
}

/// A count a verb makes is named by its noun, after a leading year and
/// its comma as without them.
#[test]
fn a_count_after_a_leading_year_is_named_by_its_noun() {
    for text in [
        "Phấn đấu thành lập mới 500 doanh nghiệp.",
        "Đến năm 2030, thành lập mới 500 doanh nghiệp.",
    ] {
        assert_eq!(one(text).subject.as_deref(), Some("doanh nghiệp"), "{text}");
    }
}

/// "đạt tỷ lệ" before a share is the figure's verb, no part of what
/// reaches it.
#[test]
fn a_rate_reached_is_the_figure_s_verb() {
    assert_eq!(
        one("Phấn đấu lực lượng dân quân đạt tỷ lệ 1,5% so với dân số.")
            .subject
            .as_deref(),
        Some("lực lượng dân quân")
    );
}
