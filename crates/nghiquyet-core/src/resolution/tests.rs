use super::*;

#[test]
fn numbers_and_councils() {
    let text =
        "Thống nhất với Nghị quyết số 95/2019/NQ-HĐND ngày 10 tháng 12 năm 2019 của HĐND tỉnh";
    let r = find_resolutions(text, None);
    assert_eq!(r.len(), 1);
    assert_eq!(r[0].number.as_deref(), Some("95/2019/NQ-HĐND"));
    assert_eq!(r[0].issuer, None);
}

#[test]
fn digit_ordinals_and_khoa() {
    let r = find_resolutions(
        "Nghị quyết Đại hội Đảng bộ huyện lần thứ 16 nhiệm kỳ 2025-2030",
        None,
    );
    assert_eq!(r[0].congress, Some(16));
    assert_eq!(r[0].term, Some(Term::new(2025, 2030)));
    let r = find_resolutions("Nghị quyết HĐND tỉnh khóa XX", None);
    assert_eq!(r[0].congress, Some(20));
    assert_eq!(r[0].issuer.as_deref(), Some("HĐND tỉnh"));
}

#[test]
fn repeated_mentions_collapse() {
    let text = "Nghị quyết Đại hội XV đề ra. Thực hiện Nghị quyết Đại hội XV, nhiệm kỳ 2020-2025.";
    assert_eq!(find_resolutions(text, None).len(), 1);
}

#[test]
fn an_organisation_named_at_the_start_ends_before_what_it_did() {
    for (text, name) in [
        (
            "Đảng bộ Khối các cơ quan tỉnh",
            Some("Đảng bộ Khối các cơ quan tỉnh"),
        ),
        (
            "HĐND tỉnh Bình Lâm thông qua Nghị quyết về kế hoạch năm 2026",
            Some("HĐND tỉnh Bình Lâm"),
        ),
        ("Đảng bộ huyện Mẫu lần thứ XXV", Some("Đảng bộ huyện Mẫu")),
        (
            "Tỉnh ủy Mẫu: ban hành Nghị quyết số 10-NQ/TU",
            Some("Tỉnh ủy Mẫu"),
        ),
        ("HĐND tỉnh", Some("HĐND tỉnh")),
        (
            "Thành ủy Hà Lâm ban hành Nghị quyết về chuyển đổi số",
            Some("Thành ủy Hà Lâm"),
        ),
        ("Đại hội Đảng bộ huyện Mẫu", None),
    ] {
        assert_eq!(organisation_at_start(text), name, "{text}");
    }
}

#[test]
fn the_body_that_adopted_a_resolution_is_its_issuer() {
    let issuer = |text: &str| {
        find_resolutions(text, Some("Báo Mẫu"))
            .first()
            .and_then(|r| r.issuer.clone())
    };
    assert_eq!(
        issuer("Ban Thường vụ Thành ủy Mẫu vừa ban hành Nghị quyết số 15-NQ/TU về chuyển đổi số.")
            .as_deref(),
        Some("Thành ủy Mẫu")
    );
    // "Thị" of a town's body folds as "thì", which ends a name.
    assert_eq!(
        issuer("Ban Thường vụ Thị ủy Mẫu ban hành Nghị quyết số 05-NQ/TU về đô thị.").as_deref(),
        Some("Thị ủy Mẫu")
    );
    assert_eq!(
        issuer("Ban Chấp hành Đảng bộ thị xã Mẫu ban hành Nghị quyết số 05-NQ/TU.").as_deref(),
        Some("Ban Chấp hành Đảng bộ thị xã Mẫu")
    );
    assert_eq!(
        issuer("Nếu Đảng bộ huyện Mẫu thì ban hành Nghị quyết số 05-NQ/HU.").as_deref(),
        Some("Báo Mẫu")
    );
    assert_eq!(
        issuer("Ngày 12/12, HĐND tỉnh Mẫu đã chính thức thông qua Nghị quyết số 45/NQ-HĐND.")
            .as_deref(),
        Some("HĐND tỉnh Mẫu")
    );
    assert_eq!(
        issuer("Chủ tịch UBND tỉnh Mẫu đã ký ban hành Nghị quyết số 3/NQ-UBND.").as_deref(),
        Some("UBND tỉnh Mẫu")
    );
    assert_eq!(
        issuer("Chiều 9/12, kỳ họp thứ 15 HĐND tỉnh Mẫu khóa XVII đã thông qua Nghị quyết số 45/2020/NQ-HĐND.")
            .as_deref(),
        Some("HĐND tỉnh Mẫu")
    );
    // A body named by its level alone is the one named in full before.
    let found = find_resolutions(
        "Ban Chấp hành Đảng bộ quận Tây Hà tổ chức Hội nghị sơ kết thực hiện Nghị quyết Đại hội Đảng bộ quận lần thứ XXIII.",
        None,
    );
    assert_eq!(found[0].issuer.as_deref(), Some("Đảng bộ quận Tây Hà"));
    let found = find_resolutions(
        "Hội nghị sơ kết thực hiện Nghị quyết Đại hội Đảng bộ quận lần thứ XXIII.",
        None,
    );
    assert_eq!(found[0].issuer.as_deref(), Some("Đảng bộ quận"));
    // "và" inside a body's name, not between two bodies.
    let found = implied_resolutions(
        "Đại hội Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh Mẫu lần thứ IV, nhiệm kỳ 2025-2030 đề ra 12 chỉ tiêu.",
        None,
    );
    assert_eq!(
        found[0].issuer.as_deref(),
        Some("Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh Mẫu")
    );
    assert_eq!(found[0].congress, Some(4));
    let found = find_resolutions(
        "Nghị quyết Đại hội Đảng bộ tỉnh Mẫu lần thứ XV và Nghị quyết Đại hội Đảng bộ huyện Khác lần thứ XX.",
        None,
    );
    let issuers: Vec<_> = found.iter().map(|r| r.issuer.as_deref()).collect();
    assert_eq!(
        issuers,
        [Some("Đảng bộ tỉnh Mẫu"), Some("Đảng bộ huyện Khác")]
    );
    // A congress named with its term adopted it: its body, its number.
    let found = find_resolutions(
        "Đại hội Đảng bộ huyện Mẫu lần thứ XX, nhiệm kỳ 2025-2030 đã thông qua Nghị quyết với nhiều chỉ tiêu.",
        None,
    );
    assert_eq!(found[0].issuer.as_deref(), Some("Đảng bộ huyện Mẫu"));
    assert_eq!(found[0].congress, Some(20));
    // A council's session number is no congress.
    let found = find_resolutions(
        "Kỳ họp thứ 15 HĐND tỉnh Mẫu khóa XVII đã thông qua Nghị quyết số 45/2020/NQ-HĐND.",
        None,
    );
    assert_eq!(found[0].issuer.as_deref(), Some("HĐND tỉnh Mẫu"));
    assert_eq!(found[0].congress, None);
    // The body named in short is the one the headline names in full.
    let found = find_resolutions(
        "Tại kỳ họp, HĐND tỉnh đã thông qua Nghị quyết số 45/NQ-HĐND.",
        Some("HĐND tỉnh Mẫu"),
    );
    assert_eq!(found[0].issuer.as_deref(), Some("HĐND tỉnh Mẫu"));
    // A name inside the mention wins; without a verb, the hint stands.
    assert_eq!(
        issuer("Hội nghị thông qua Nghị quyết Đại hội Đảng bộ tỉnh Khác lần thứ XV.").as_deref(),
        Some("Đảng bộ tỉnh Khác")
    );
    assert_eq!(
        issuer("Tại Đảng bộ huyện Mẫu, Nghị quyết số 10-NQ/HU được quán triệt.").as_deref(),
        Some("Báo Mẫu")
    );
}

#[test]
fn a_resolution_s_own_text_names_it_by_its_number_label() {
    let text = "HỘI ĐỒNG NHÂN DÂN TỈNH MẪU\nSố: 35/2025/NQ-HĐND\nNGHỊ QUYẾT\n\
                Về kế hoạch phát triển kinh tế - xã hội năm 2026";
    let found = find_resolutions(text, None);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].number.as_deref(), Some("35/2025/NQ-HĐND"));
    // Its closing line names the body that adopted it.
    let text = format!(
        "{text}\nĐiều 2. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.\n\
         Nghị quyết này đã được Hội đồng nhân dân tỉnh Mẫu khóa XI, kỳ họp thứ 28 thông qua ngày 10 tháng 12 năm 2025."
    );
    let found = find_resolutions(&text, None);
    assert_eq!(found.len(), 1);
    assert_eq!(
        found[0].issuer.as_deref(),
        Some("Hội đồng nhân dân tỉnh Mẫu")
    );
    // Another document's number is no resolution.
    assert!(find_resolutions("Số: 210/TTr-UBND ngày 25/11/2025", None).is_empty());
    // Nor is a resolution number's label without its colon, in prose.
    assert!(find_resolutions("Tại phiên họp số 35/NQ mở rộng", None).is_empty());
}

#[test]
fn the_body_a_resolution_is_of_is_its_issuer() {
    let found = find_resolutions(
        "Thực hiện Nghị quyết số 12-NQ/TU của Ban Thường vụ Tỉnh ủy Hà Mẫu về thu hút đầu tư.",
        Some("Đảng bộ huyện Mẫu"),
    );
    assert_eq!(found[0].issuer.as_deref(), Some("Tỉnh ủy Hà Mẫu"));
    // "của" before no body: the hint stands in.
    let found = find_resolutions(
        "Kết quả của Nghị quyết số 12-NQ/TU của năm qua.",
        Some("Đảng bộ huyện Mẫu"),
    );
    assert_eq!(found[0].issuer.as_deref(), Some("Đảng bộ huyện Mẫu"));
}

#[test]
fn bare_mentions_are_not_resolutions() {
    assert!(find_resolutions("các nghị quyết chuyên đề", None).is_empty());
}

#[test]
fn a_resolution_s_subject_is_what_its_title_says_after_ve() {
    let subject = |text: &str| {
        find_resolutions(text, None)
            .first()
            .and_then(|r| r.subject.clone())
    };
    assert_eq!(
        subject("Nghị quyết số 45/2025/NQ-HĐND về kế hoạch phát triển kinh tế - xã hội năm 2026 đã được thông qua.")
            .as_deref(),
        Some("kế hoạch phát triển kinh tế - xã hội năm 2026")
    );
    // Past the mention's date and the body it is of; commas inside the title.
    assert_eq!(
        subject("Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia, Tỉnh ủy Mẫu yêu cầu ...")
            .as_deref(),
        Some("đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia")
    );
    assert_eq!(
        subject("Nghị quyết số 12-NQ/TU, ngày 10 tháng 12 năm 2021 của Ban Thường vụ Tỉnh ủy Mẫu về phát triển du lịch gắn với bảo tồn di sản, trong đó đặt mục tiêu ...")
            .as_deref(),
        Some("phát triển du lịch gắn với bảo tồn di sản")
    );
    // Two resolutions, one after the other.
    let found = find_resolutions(
        "Quán triệt Nghị quyết số 57-NQ/TW về khoa học, công nghệ và Nghị quyết số 66-NQ/TW về đổi mới công tác xây dựng pháp luật.",
        None,
    );
    let subjects: Vec<_> = found.iter().map(|r| r.subject.as_deref()).collect();
    assert_eq!(
        subjects,
        [
            Some("khoa học, công nghệ"),
            Some("đổi mới công tác xây dựng pháp luật")
        ]
    );
    // What the resolution holds is not its title; what it is tied to is.
    assert_eq!(
        subject("HĐND tỉnh thông qua Nghị quyết số 45/NQ-HĐND về kế hoạch năm 2026, với 20 chỉ tiêu chủ yếu.")
            .as_deref(),
        Some("kế hoạch năm 2026")
    );
    // "về" that opens no title.
    assert_eq!(
        subject("Nghị quyết số 10-NQ/TU về phía huyện đã triển khai."),
        None
    );
    assert_eq!(
        subject("Thực hiện Nghị quyết số 10-NQ/TU.\n\nVề kinh tế, tăng trưởng khá."),
        None
    );
    assert_eq!(
        subject("Thực hiện Nghị quyết số 10-NQ/TU\n\nVề kinh tế, tăng trưởng khá."),
        None
    );
    // A later mention of the same number brings the title.
    let found = find_resolutions(
        "HĐND tỉnh ban hành Nghị quyết số 45/NQ-HĐND. Nghị quyết số 45/NQ-HĐND về bảng giá đất có hiệu lực từ ngày 1/1.",
        None,
    );
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].subject.as_deref(), Some("bảng giá đất"));
}

#[test]
fn a_resolution_named_by_its_subject_counts_when_the_text_makes_it() {
    let found = find_resolutions(
        "Chiều 10/12, HĐND tỉnh Mẫu đã thông qua Nghị quyết về kế hoạch phát triển kinh tế - xã hội năm 2026 và Nghị quyết về bảng giá đất giai đoạn 2026-2030.",
        None,
    );
    let read: Vec<_> = found.iter().map(|r| r.subject.as_deref()).collect();
    assert_eq!(
        read,
        [
            Some("kế hoạch phát triển kinh tế - xã hội năm 2026"),
            Some("bảng giá đất giai đoạn 2026-2030")
        ]
    );
    assert_eq!(found[0].issuer.as_deref(), Some("HĐND tỉnh Mẫu"));
    let found = find_resolutions(
        "Tỉnh ủy Mẫu ban hành Nghị quyết về phát triển nông nghiệp. HĐND tỉnh Mẫu thông qua Nghị quyết về bảng giá đất.",
        None,
    );
    assert_eq!(found.len(), 2);
    // Carried out or cited, a subject alone names a policy more than a document.
    assert!(find_resolutions("Triển khai Nghị quyết về chuyển đổi số đến cơ sở.", None).is_empty());
    assert!(
        find_resolutions(
            "Nhiều nghị quyết về phát triển kinh tế đã đi vào cuộc sống.",
            None
        )
        .is_empty()
    );
    // A resolution's own text gives its title under its heading.
    let text = "HỘI ĐỒNG NHÂN DÂN TỈNH MẪU\n\nSố: 35/2025/NQ-HĐND\n\nNGHỊ QUYẾT\n\nVề kế hoạch phát triển kinh tế - xã hội năm 2026\n\nHỘI ĐỒNG NHÂN DÂN TỈNH MẪU";
    let found = find_resolutions(text, None);
    assert_eq!(found.len(), 1);
    assert_eq!(
        found[0].subject.as_deref(),
        Some("kế hoạch phát triển kinh tế - xã hội năm 2026")
    );
}

#[test]
fn a_long_subject_in_a_long_text_is_read_whole() {
    let subject = "đẩy mạnh phát triển kinh tế tư nhân, kinh tế tập thể, hợp tác xã, doanh nghiệp nhỏ và vừa, \
                   thu hút đầu tư, phát triển nguồn nhân lực chất lượng cao gắn với chuyển đổi số \
                   giai đoạn 2026-2030 tầm nhìn đến năm 2045";
    let text = format!(
        "Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Ban Chấp hành Đảng bộ tỉnh Mẫu về {subject}. {}",
        "Các cấp ủy tổ chức quán triệt sâu rộng. ".repeat(100)
    );
    let found = find_resolutions(&text, None);
    assert_eq!(found[0].subject.as_deref(), Some(subject));
}

#[test]
fn a_list_of_resolutions_a_body_makes_are_each_made_by_it() {
    let subjects = |found: &[Resolution]| -> Vec<Option<String>> {
        found.iter().map(|r| r.subject.clone()).collect()
    };
    let found = find_resolutions(
        "Kỳ họp thứ 28, HĐND tỉnh Mẫu khóa XVIII đã thông qua các nghị quyết: Nghị quyết về kế hoạch phát triển kinh tế - xã hội năm 2026; Nghị quyết về dự toán ngân sách địa phương năm 2026 và Nghị quyết về bảng giá đất.",
        None,
    );
    assert_eq!(
        subjects(&found),
        [
            Some("kế hoạch phát triển kinh tế - xã hội năm 2026".to_string()),
            Some("dự toán ngân sách địa phương năm 2026".to_string()),
            Some("bảng giá đất".to_string()),
        ]
    );
    assert!(
        found
            .iter()
            .all(|r| r.issuer.as_deref() == Some("HĐND tỉnh Mẫu"))
    );
    // Laid out in lines, numbered, after the count of the group.
    let found = find_resolutions(
        "HĐND tỉnh Mẫu thông qua 12 nghị quyết, gồm:\n1. Nghị quyết về chính sách hỗ trợ doanh nghiệp.\n2. Nghị quyết về phát triển du lịch cộng đồng.\n",
        Some("HĐND tỉnh Mẫu"),
    );
    assert_eq!(found.len(), 2);
    // The issuer of the list's verb, not the article's, for numbered ones too.
    let found = find_resolutions(
        "HĐND tỉnh Mẫu đã thông qua Nghị quyết số 45/NQ-HĐND về giá đất và Nghị quyết số 46/NQ-HĐND về học phí.",
        Some("Báo Mẫu"),
    );
    assert_eq!(found.len(), 2);
    assert!(
        found
            .iter()
            .all(|r| r.issuer.as_deref() == Some("HĐND tỉnh Mẫu"))
    );
    // A new sentence ends the list; a group alone names none.
    let found = find_resolutions(
        "HĐND tỉnh Mẫu thông qua Nghị quyết về giá đất. Thực hiện Nghị quyết về chuyển đổi số, tỉnh đã số hóa hồ sơ.",
        None,
    );
    assert_eq!(found.len(), 1);
    assert!(
        find_resolutions(
            "HĐND tỉnh thông qua các nghị quyết quan trọng. Triển khai Nghị quyết về chuyển đổi số.",
            None
        )
        .is_empty()
    );
    // Words that say something of a resolution end the list.
    let found = find_resolutions(
        "HĐND tỉnh thông qua Nghị quyết về giá đất, sau khi thảo luận về Nghị quyết về chuyển đổi số của Tỉnh ủy.",
        None,
    );
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].subject.as_deref(), Some("giá đất"));
}
