//! Bounds and comparators: floors, ceilings, ranges, levels and changes.

use super::*;

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
    assert_eq!(
        bound("phấn đấu chỉ số giá tiêu dùng bình quân thấp hơn 4,5%"),
        Bound::Below
    );
    // Signs typed in ASCII, as slides and minutes print them.
    assert_eq!(bound("Chỉ tiêu năm 2027: cổ tức >=12%"), Bound::AtLeast);
    assert_eq!(
        bound("Chỉ tiêu năm 2027: tỷ lệ nợ xấu <= 2%"),
        Bound::AtMost
    );
}

/// A bound glued to its figure by a lost space is still the figure's.
#[test]
fn a_bound_glued_to_its_figure() {
    assert_eq!(
        bound("phấn đấu điều tra, làm rõ trên75% các vụ phạm pháp hình sự"),
        Bound::Above
    );
    let t = one("Đến năm 2025, giảm tỷ suất tử vong trẻ dưới 5 tuổi xuống dưới18,5‰.");
    assert_eq!((t.value, t.bound), (18.5, Bound::Below));
}

/// A floor after the yearly words of a rate ("10% mỗi năm trở lên") is the
/// rate's, as after "/năm".
#[test]
fn a_floor_after_the_yearly_words_is_the_rate_s() {
    let t = one("Phấn đấu tốc độ tăng trưởng bình quân đạt 10% mỗi năm trở lên.");
    assert_eq!((t.bound, t.per.as_deref()), (Bound::AtLeast, Some("năm")));
    assert_eq!(
        bound("Phấn đấu tốc độ tăng trưởng đạt 10%/năm trở lên."),
        Bound::AtLeast
    );
    // A rating after the yearly words is no floor.
    assert_eq!(
        bound("Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ hằng năm đạt 90%."),
        Bound::Exact
    );
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
    // So is "tỷ lệ gia tăng", the verb's prefix between; the verb alone sets
    // a change.
    assert_eq!(bound("tỷ lệ gia tăng dân số tự nhiên 0,9%"), Bound::Exact);
    assert_eq!(
        bound("phấn đấu gia tăng tỷ lệ che phủ rừng 0,5%"),
        Bound::IncreaseBy
    );
    assert_eq!(bound("tỷ lệ hộ nghèo đa chiều khoảng 2%"), Bound::About);
    // A verb before the striving that sets the figure is the clause
    // before's.
    assert_eq!(
        bound(
            "có thể vượt mục tiêu đề ra là phấn đấu đến năm 2030 có khoảng 600 km đường ven biển"
        ),
        Bound::About
    );
    assert_eq!(bound("phấn đấu tăng khoảng 8%"), Bound::IncreaseBy);
    // A name is no verb ("Đồng chí Tăng Văn Bình"); a headline in capitals
    // still changes.
    assert_eq!(
        bound("Đồng chí Tăng Văn Bình đề nghị phấn đấu tỷ lệ xã đạt chuẩn 80%"),
        Bound::Exact
    );
    assert_eq!(
        bound("THU NGÂN SÁCH TĂNG BÌNH QUÂN 12%/NĂM"),
        Bound::IncreaseBy
    );
    assert_eq!(bound("tỷ lệ đô thị hóa đạt 35%"), Bound::Exact);
    // A floor past "bằng" bounds its share of the plan, which no result
    // then measures.
    assert_eq!(
        bounds(
            "Năm 2026, công ty lên kế hoạch doanh thu đạt 5.000 tỷ đồng, cổ tức tối thiểu bằng 30% kế hoạch lợi nhuận."
        ),
        [(5000.0, Bound::Exact), (30.0, Bound::AtLeast)]
    );
    // A rate of change a plan keeps is the change; a rate named as the
    // indicator is none.
    let t = one("tỷ lệ hộ nghèo đa chiều duy trì mức giảm 2-3%/năm");
    assert_eq!((t.bound, t.value_max), (Bound::DecreaseBy, Some(3.0)));
    assert_eq!(
        bound("mức giảm tỷ lệ hộ nghèo đa chiều bình quân 2-3%/năm"),
        Bound::Range
    );
}

#[test]
fn reducing_to_a_level() {
    assert_eq!(
        bound("phấn đấu giảm tỷ lệ sinh con thứ ba xuống dưới 8%"),
        Bound::Below
    );
    assert_eq!(bound("giảm tỷ lệ hộ nghèo xuống còn 1,5%"), Bound::AtMost);
    // An average told between the fall and its level.
    assert_eq!(
        bound("Phấn đấu giảm lượng phân bón xuống còn bình quân 120 kg/ha"),
        Bound::AtMost
    );
    let t = one("Giảm 0,2% tỷ lệ trẻ em dưới 5 tuổi thấp còi");
    assert_eq!((t.value, t.bound), (0.2, Bound::DecreaseBy));
    assert_eq!(
        t.subject.as_deref(),
        Some("tỷ lệ trẻ em dưới 5 tuổi thấp còi")
    );
}

/// A fall opening its clause, or a link's ("đồng thời giảm ..."), with its
/// object named before "còn", is commanded: its level is to reach. One
/// named by who made it fall reports.
#[test]
fn a_fall_with_its_object_named_before_its_level_is_commanded() {
    let t = one(
        "Đến năm 2030, gạo xuất khẩu sẽ được nâng cao giá trị, đồng thời giảm khối lượng xuất khẩu còn 4 triệu tấn.",
    );
    assert_eq!((t.value, t.bound), (4.0, Bound::AtMost));
    assert!(all("Năm 2024, huyện đã giảm tỷ lệ hộ nghèo còn 2,1%.").is_empty());
}

/// "còn" after a fall the clause commands is the level to fall to, the
/// command told as the striving it is and its deadline between.
#[test]
fn a_fall_commanded_after_striving_leaves_a_level() {
    let t = one("Phấn đấu giảm tỷ lệ tổn thất điện năng đến năm 2028 còn 5,5%.");
    assert_eq!(
        (t.value, t.bound, t.deadline_year),
        (5.5, Bound::AtMost, Some(2028))
    );
    // A fall named first is told, not commanded.
    assert!(all("Tỷ lệ tổn thất điện năng giảm đến năm 2023 còn 5,5%.").is_empty());
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
    // Three figures joined by dashes are a list, no range.
    let ts =
        all("Đến năm 2030, nông nghiệp, công nghiệp, dịch vụ lần lượt chiếm 12% - 48% - 40% GRDP.");
    assert_eq!(
        ts.iter()
            .map(|t| (t.value, t.value_max))
            .collect::<Vec<_>>(),
        [(12.0, None), (48.0, None), (40.0, None)]
    );
}

#[test]
fn levels_after_con_are_targets() {
    let ts = all("Giảm tỷ lệ hộ nghèo bình quân 1 - 1,5%/năm, đến cuối nhiệm kỳ còn dưới 2,5%");
    assert_eq!(ts.len(), 2);
    assert_eq!((ts[1].value, ts[1].bound), (2.5, Bound::Below));
    assert_eq!(ts[1].subject, ts[0].subject);
    assert!(all("Năm 2022, tỷ lệ hộ nghèo còn 2,4%").is_empty());
    // A share capped, the verb of taking up between.
    assert_eq!(
        bounds("Đến năm 2040, tỷ trọng lao động nông nghiệp còn chiếm dưới 12%."),
        [(12.0, Bound::Below)]
    );
    assert!(all("Năm 2022, lao động nông nghiệp còn chiếm 31,2%.").is_empty());
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
    // A term's years time the change's end when the end is round; an end
    // written as measured was reached.
    assert!(
        all("Nhiệm kỳ 2020-2025, tỷ lệ hộ nghèo giảm từ 7,2% xuống còn 2,1%, bình quân giảm 1,02%/năm.")
            .is_empty()
    );
    assert_eq!(
        values("Giai đoạn 2026-2030, tỷ lệ hộ nghèo giảm từ 7,2% xuống còn 2%."),
        [2.0]
    );
    // Past a comma, another clause goes up: "từ" starts a range.
    let read: Vec<_> = pairs(
        "Các đơn vị được giao nhiệm vụ tăng trưởng cả năm từ 8 – 10%, có trường hợp lên tới 20%.",
    )
    .into_iter()
    .map(|(value, max, ..)| (value, max))
    .collect();
    assert_eq!(read, [(8.0, Some(10.0)), (20.0, None)]);
}

#[test]
fn thresholds_after_co_are_goals() {
    let t = one("Có ít nhất 4 huyện đạt chuẩn nông thôn mới");
    assert_eq!(
        (t.value, t.unit.as_deref(), t.bound),
        (4.0, Some("huyện"), Bound::AtLeast)
    );
    assert!(all("Toàn huyện có 18 xã, thị trấn").is_empty());
    // The floor may come first, "có" repeated after it.
    let t = one("Phấn đấu có tối thiểu có 1 doanh nghiệp công nghệ số hoạt động tại thành phố.");
    assert_eq!((t.value, t.bound), (1.0, Bound::AtLeast));
}

/// A direction verb of another clause, past a comma and the level this
/// one reaches, changes nothing of its figure.
#[test]
fn a_verb_past_a_comma_and_a_level_reached_is_another_clause_s() {
    assert_eq!(
        bounds(
            "Mục tiêu: thu ngân sách vượt dự toán tỉnh giao, thu nhập bình quân đầu người đạt gần 75 triệu đồng."
        ),
        [(75.0, Bound::About)]
    );
    assert_eq!(
        bounds("Tăng diện tích rừng phòng hộ, đạt khoảng 5% vào năm 2030."),
        [(5.0, Bound::About)]
    );
    // Its own clause's verb still changes it.
    assert_eq!(
        bounds("Phấn đấu thu ngân sách tăng bình quân 10%/năm."),
        [(10.0, Bound::IncreaseBy)]
    );
}

#[test]
fn a_new_item_inherits_no_bound() {
    let ts = all("tỷ lệ hộ nghèo giảm bình quân 2%/năm; 100% thôn có đường ô tô");
    assert_eq!(ts.len(), 2);
    assert_eq!((ts[1].value, ts[1].bound), (100.0, Bound::Exact));
    // Nor does a share after a comma that names its own units; joined by
    // "và", a share of the same change goes on with it.
    assert_eq!(
        bounds("Tỷ lệ hộ nghèo giảm bình quân 2%/năm, 85% số xã đạt chuẩn nông thôn mới."),
        [(2.0, Bound::DecreaseBy), (85.0, Bound::Exact)]
    );
    assert_eq!(
        bounds("Phấn đấu giảm 2% tổng số hộ nghèo và 3% số hộ nghèo dân tộc thiểu số."),
        [(2.0, Bound::DecreaseBy), (3.0, Bound::DecreaseBy)]
    );
    // Unless a comparator leads the list, before its ':': each item that
    // opens on its bare figure takes it.
    assert_eq!(
        bounds(
            "Tỉnh phấn đấu có ít nhất: 40% sản phẩm OCOP được đánh giá lại; 25% chủ thể là doanh nghiệp; và có 100% sản phẩm bán trực tuyến."
        ),
        [
            (40.0, Bound::AtLeast),
            (25.0, Bound::AtLeast),
            (100.0, Bound::Exact)
        ]
    );
    // Nor does an aside's figure hand its bound on past the aside.
    assert_eq!(
        bounds(
            "Phấn đấu 95% di tích quốc gia đặc biệt (tương đương khoảng 127 di tích) và 70% di tích quốc gia được tu bổ."
        ),
        [
            (95.0, Bound::Exact),
            (127.0, Bound::About),
            (70.0, Bound::Exact)
        ]
    );
}

#[test]
fn a_count_past_its_year_shares_the_bound_before_it() {
    assert_eq!(
        bounds(
            "Phấn đấu đón khoảng 2,5 triệu lượt khách vào năm 2027 và 3 triệu lượt khách vào năm 2030."
        ),
        [(2.5, Bound::About), (3.0, Bound::About)]
    );
    // Past words of its own, it counts other things.
    assert_eq!(
        bounds("Phấn đấu có ít nhất 12 xã đạt chuẩn nâng cao và 3 xã đạt chuẩn kiểu mẫu."),
        [(12.0, Bound::AtLeast), (3.0, Bound::Exact)]
    );
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
fn a_direction_verb_lowers_whatever_noun_follows() {
    let t = one("Phấn đấu giảm cường độ năng lượng từ 1-1,5%/năm");
    assert_eq!(
        (t.value, t.value_max, t.bound),
        (1.0, Some(1.5), Bound::DecreaseBy)
    );
    // "tăng cường" strengthens: no increase by the count.
    let t = one("Phấn đấu tăng cường đào tạo nghề cho 2.000 lao động");
    assert_eq!((t.value, t.bound), (2000.0, Bound::Exact));
    // Nor does the momentum of a rise ("đà tăng"), a noun.
    let t = one(
        "Đà tăng của công nghiệp tạo nền tảng để thành phố hướng tới mục tiêu tăng trưởng GRDP 10 - 11%.",
    );
    assert_eq!(t.bound, Bound::Range);
    // Nor does "tăng tốc": it speeds up.
    let t = one("Năm 2026, tỉnh xác định tăng tốc phát triển với mục tiêu GRDP đạt từ 9-10%.");
    assert_eq!((t.value, t.bound), (9.0, Bound::Range));
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

/// "trở lên" after a count's noun and the words naming it floors the
/// count, with no "từ" before it; after a predicate or a rating it rates
/// what the units did.
#[test]
fn a_floor_after_a_count_and_its_noun() {
    assert_eq!(
        bound("Giai đoạn 2026 - 2030, hoàn thành 12.000 căn nhà ở công nhân trở lên."),
        Bound::AtLeast
    );
    assert_eq!(
        bound("Phấn đấu có 15 xã đạt chuẩn nông thôn mới nâng cao trở lên."),
        Bound::Exact
    );
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
fn a_share_of_a_noun_or_more_is_a_lower_bound() {
    for text in [
        "Hằng năm có từ 90% tổ chức cơ sở đảng trở lên được xếp loại hoàn thành tốt nhiệm vụ.",
        "Phấn đấu hằng năm kết nạp từ 3% đảng viên mới trở lên so với tổng số đảng viên.",
        // Without "từ", right after the noun, too.
        "Phấn đấu hằng năm 92% chi bộ trở lên được xếp loại hoàn thành tốt nhiệm vụ.",
        // After "số" ("the number of").
        "Phấn đấu đến năm 2030 có 15% số xã trở lên đạt chuẩn nông thôn mới kiểu mẫu.",
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
    // The share taken up after the change is a level too.
    assert_eq!(
        bound("Tỷ trọng dịch vụ tăng dần, đến năm 2030 chiếm 48% cơ cấu kinh tế."),
        Bound::Exact
    );
    // So is the level a change brings a rate back to.
    assert_eq!(
        bounds("Giảm tỷ lệ trẻ suy dinh dưỡng, tiến tới đưa tỷ lệ này về mức 8%."),
        [(8.0, Bound::Exact)]
    );
    assert_eq!(
        pairs("Giảm tỷ suất sinh ở vùng cao, đưa mức sinh trở lại mức 2,1 - 2,2 con."),
        [(2.1, Some(2.2), Bound::Range, None)]
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
    // A bare value listed after it shares the comparator; a count past the
    // words of the first is of other things, as the set's writers read it.
    assert_eq!(
        pairs("Đến năm 2030, có ít nhất 40 sản phẩm và 30 sản phẩm đạt 4 sao."),
        [
            (40.0, None, Bound::AtLeast, None),
            (30.0, None, Bound::AtLeast, None)
        ]
    );
    assert_eq!(
        pairs("Đến năm 2030, có ít nhất 40 sản phẩm đạt 4 sao và 30 sản phẩm đạt 5 sao."),
        [
            (40.0, None, Bound::AtLeast, None),
            (30.0, None, Bound::Exact, None)
        ]
    );
}

/// A bound printed after its figure closes that figure's item: the share
/// after it has its own noun and no floor.
#[test]
fn a_trailing_bound_does_not_spread() {
    assert_eq!(
        pairs(
            "Mục tiêu đến năm 2030: tỷ lệ cây xanh đạt 12% trở lên, 95% ngõ xóm được bê tông hóa."
        ),
        [
            (12.0, None, Bound::AtLeast, None),
            (95.0, None, Bound::Exact, None)
        ]
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

/// A change told right after a figure (", tăng 250 đồng", ", giảm 3%") is
/// that figure's: it reads as the figure does, so a price's change or a
/// reported level's is no goal, and a goal's change stays one.
#[test]
fn a_change_told_after_a_figure_reads_as_the_figure() {
    for text in [
        "Giá cà phê nhân hôm nay ở mức 118.500 đồng/kg, tăng 1.200 đồng.",
        "Giá lúa tươi 7.800 đồng/kg (lúa thường), giảm 150 đồng so với tuần trước.",
        "Năm 2024, thu ngân sách đạt 1.450 tỷ đồng, tăng 9,3%; năm 2025 phấn đấu thu 1.600 tỷ đồng.",
        // Growth told of the level is its change too.
        "Doanh thu hợp nhất của tập đoàn năm 2025 đạt 182,5 nghìn tỷ đồng, tăng trưởng 11,2%, đóng góp vào mục tiêu tăng trưởng GDP cao của Việt Nam.",
    ] {
        let kept: Vec<f64> = values(text).into_iter().filter(|v| *v != 1600.0).collect();
        assert_eq!(kept, [] as [f64; 0], "{text}");
    }
    assert_eq!(
        values("Phấn đấu thu ngân sách đạt 1.600 tỷ đồng, tăng 10% so với năm 2025."),
        [1600.0, 10.0]
    );
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
    // However many words name the noun.
    assert_eq!(
        bound("Phấn đấu thành lập từ 3 hợp tác xã nuôi tôm ứng dụng công nghệ cao trở lên."),
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

/// All of a whole (100%) takes no floor or ceiling from the figure before
/// it ("có ít nhất 5 ... và 100% ..."); another share does.
#[test]
fn all_of_a_whole_inherits_no_bound() {
    let ts = all(
        "Đến năm 2030, có ít nhất 3 bệnh viện đạt chuẩn quốc tế và 100% trạm y tế xã có bác sĩ.",
    );
    let bounds: Vec<_> = ts.iter().map(|t| (t.value, t.bound)).collect();
    assert_eq!(bounds, [(3.0, Bound::AtLeast), (100.0, Bound::Exact)]);
    let ts = all("Tỷ lệ tiêm chủng đầy đủ ở hai xã lần lượt đạt tối thiểu 95%, 90%.");
    let bounds: Vec<_> = ts.iter().map(|t| (t.value, t.bound)).collect();
    assert_eq!(bounds, [(95.0, Bound::AtLeast), (90.0, Bound::AtLeast)]);
    // A share that names its whole after it, past the comma that closed
    // the item before, opens an item of its own.
    let ts = all(
        "Phấn đấu tỷ lệ che phủ rừng duy trì trên 42%, 90% chất thải rắn sinh hoạt được thu gom.",
    );
    let bounds: Vec<_> = ts.iter().map(|t| (t.value, t.bound)).collect();
    assert_eq!(bounds, [(42.0, Bound::Above), (90.0, Bound::Exact)]);
}

#[test]
fn a_count_of_other_things_takes_no_floor_from_the_one_before() {
    let bounds = |text: &str| all(text).iter().map(|t| t.bound).collect::<Vec<_>>();
    assert_eq!(
        bounds(
            "Phấn đấu có ít nhất 6 xã đạt chuẩn nông thôn mới nâng cao và 2 xã đạt chuẩn kiểu mẫu."
        ),
        [Bound::AtLeast, Bound::Exact]
    );
    // A change goes on with the list: its floor bounds every object.
    assert_eq!(
        bounds(
            "Phấn đấu giảm ít nhất 20% thời gian giải quyết hồ sơ và 20% chi phí đi lại của người dân."
        ),
        [Bound::AtLeast, Bound::AtLeast]
    );
    // So does a floor leading a list after a change verb, to every item.
    assert_eq!(
        bounds(
            "Bảo đảm năm 2027 cắt giảm ít nhất: 25% thời gian giải quyết hồ sơ, 25% chi phí \
             tuân thủ, 20% điều kiện kinh doanh."
        ),
        [Bound::AtLeast, Bound::AtLeast, Bound::AtLeast]
    );
    // A share past words of its own is its own item, as a count is.
    assert_eq!(
        bounds(
            "Đến năm 2028, tối thiểu 65% hồ sơ được giải quyết đúng hạn và 40% doanh nghiệp \
             nộp hồ sơ trực tuyến; trên 80% hội viên hài lòng, 85% người lao động có việc làm."
        ),
        [Bound::AtLeast, Bound::Exact, Bound::Above, Bound::Exact]
    );
    assert_eq!(
        bounds("Đến năm 2030, tăng thêm 800 ha cây ăn quả, 12 cơ sở sơ chế được cấp mã số."),
        [Bound::IncreaseBy, Bound::IncreaseBy]
    );
}

#[test]
fn value_added_is_a_noun() {
    assert_eq!(
        pairs(
            "Mục tiêu giá trị tăng thêm ngành công nghiệp tăng bình quân 9 - 10%/năm; \
             giá trị gia tăng bình quân đầu người đạt 80 - 85 triệu đồng."
        ),
        [
            (9.0, Some(10.0), Bound::IncreaseBy, None),
            (80.0, Some(85.0), Bound::Range, None)
        ]
    );
    assert_eq!(
        bound("Phấn đấu tốc độ tăng giá trị tăng thêm bình quân đạt 7 - 7,5%."),
        Bound::Range
    );
    // The level "là" tells of an indicator a verb names is no change.
    assert_eq!(
        bound("Phấn đấu giai đoạn 2026 - 2030 số việc làm tăng thêm là 60.000 lao động."),
        Bound::Exact
    );
}

/// A share a direction verb raises to what it reaches, or to what it is by
/// a deadline, is a level; by an amount, a change.
#[test]
fn a_share_raised_to_a_level() {
    assert_eq!(
        bound("Mục tiêu tăng tỷ lệ đô thị hóa toàn tỉnh đạt khoảng 40% vào năm 2030."),
        Bound::About
    );
    assert_eq!(
        bound("Phấn đấu tăng tỷ trọng công nghiệp chế biến trong GRDP đến năm 2030 khoảng 30%."),
        Bound::About
    );
    assert_eq!(
        bound("Phấn đấu tăng tỷ lệ che phủ rừng thêm 2%."),
        Bound::IncreaseBy
    );
    assert_eq!(
        bound("Phấn đấu giảm tỷ lệ hộ nghèo bình quân 1,5%/năm."),
        Bound::DecreaseBy
    );
    // The year a change is compared with is no deadline: "là" then tells
    // the change, by so much.
    assert_eq!(
        bound("Phấn đấu giảm tỷ lệ hộ nghèo năm 2027 so với năm 2026 là 1,8%."),
        Bound::DecreaseBy
    );
}

/// The level a fall leaves, told in parentheses after it, is a target of
/// its own: at most, or below with "dưới".
#[test]
fn the_level_left_after_a_fall() {
    assert_eq!(
        pairs("Tỷ lệ hộ cận nghèo giảm 2% trở lên (còn 6%)."),
        [
            (2.0, None, Bound::AtLeast, None),
            (6.0, None, Bound::AtMost, None)
        ]
    );
    // As printed in text drawn from a PDF ("dƣới" for "dưới").
    assert_eq!(
        pairs("Tỷ lệ trẻ em thấp còi giảm từ 1 - 1,5% (còn dƣới 18%)."),
        [
            (1.0, Some(1.5), Bound::DecreaseBy, None),
            (18.0, None, Bound::Below, None)
        ]
    );
    // A report keeps the level a report.
    assert!(values("Năm 2025, tỷ lệ hộ cận nghèo đã giảm 2% (còn 6%).").is_empty());
}

/// A change that reaches a share of its plan ("giảm hộ nghèo đạt 100% chỉ
/// tiêu") is measured by the plan, not changed by the share; the change
/// by an amount stays one.
#[test]
fn a_change_that_reaches_its_plan_is_no_change_by_it() {
    assert_eq!(
        bounds("Các chỉ tiêu: giảm hộ nghèo đạt 100% chỉ tiêu hằng năm; giảm tỷ lệ sinh 0,2‰."),
        [(100.0, Bound::Exact), (0.2, Bound::DecreaseBy)]
    );
}

/// Signs bound as their words do, before the direction verb ("tăng ... ≥
/// 1,5 cm" is at least), and go between a measure and its span.
#[test]
fn signs_bound_as_words_do() {
    assert_eq!(
        bound("Phấn đấu tăng chiều cao trung bình trẻ em ≥ 1,5 cm."),
        Bound::AtLeast
    );
    assert_eq!(bound("Phấn đấu tỷ lệ hộ nghèo ≤2%."), Bound::AtMost);
    // "<" and ">" are strict, as "dưới" and "trên" are.
    assert_eq!(
        bounds("Phấn đấu tỷ lệ tổn thất điện năng <4,5%; hệ số tin cậy > 0,95."),
        [(4.5, Bound::Below), (0.95, Bound::Above)]
    );
    let t = one("Phấn đấu số năm sống khỏe mạnh ≥ 68 năm.");
    assert_eq!(
        (t.value, t.unit.as_deref(), t.bound),
        (68.0, Some("năm"), Bound::AtLeast)
    );
}

/// "vượt" right before a level in an amount of its own passes it (above);
/// over a plan by so much it is the change.
#[test]
fn a_level_exceeded_is_a_floor_passed() {
    assert_eq!(
        bounds(
            "Phấn đấu đến năm 2030 kim ngạch xuất khẩu vượt 12 tỷ USD, sản lượng thủy sản vượt 50.000 tấn."
        ),
        [(12.0, Bound::Above), (50000.0, Bound::Above)]
    );
    assert_eq!(
        bounds("Phấn đấu năm 2027 thu ngân sách vượt 15 tỷ đồng so với dự toán."),
        [(15.0, Bound::IncreaseBy)]
    );
}

/// A stretch goal right after a change ("tăng khoảng 10,5% (phấn đấu
/// 12%)") is the same change; one that names its own share is not.
#[test]
fn a_stretch_goal_keeps_the_change_s_direction() {
    for text in [
        "Năm 2027, tổng mức bán lẻ hàng hóa tăng khoảng 10,5% (phấn đấu 12%).",
        "Năm 2027, kim ngạch xuất khẩu tăng 8%, phấn đấu 9%.",
    ] {
        let ts = all(text);
        assert_eq!(ts.len(), 2, "{text}");
        assert!(
            ts.iter().all(|t| t.bound == Bound::IncreaseBy),
            "{text}: {ts:#?}"
        );
    }
    let ts = all("Kéo giảm 10% số người nghiện ma túy, phấn đấu 50% xã đạt tiêu chí không ma túy.");
    assert_eq!(ts[1].bound, Bound::Exact);
}

/// A fall to a level is at most it unless "dưới" caps it (rule 3): "xuống
/// thấp hơn 6,5%" is at most, "xuống dưới 6,5%" below; "thấp hơn" with no
/// fall is below.
#[test]
fn a_fall_to_a_level_lower_than_is_at_most() {
    assert_eq!(
        bound("Đến năm 2030, giảm tổn thất điện năng xuống thấp hơn 6,5%."),
        Bound::AtMost
    );
    assert_eq!(
        bound("Đến năm 2030, giảm tổn thất điện năng xuống dưới 6,5%."),
        Bound::Below
    );
    assert_eq!(
        bound("Phấn đấu chỉ số giá tiêu dùng bình quân thấp hơn 4,5%."),
        Bound::Below
    );
}

/// "trở lên" after a share's noun, or after a count's nouns listed with
/// commas, is a floor however the nouns are named; a predicate, a rating,
/// an ordinal or a rate between makes it something else.
#[test]
fn onward_after_any_short_noun_is_a_floor() {
    assert_eq!(
        bounds(
            "Phấn đấu đến năm 2030 có 85% gia đình trở lên đạt danh hiệu văn hoá, 70% thôn, tổ dân phố trở lên đạt chuẩn văn hóa."
        ),
        [(85.0, Bound::AtLeast), (70.0, Bound::AtLeast)]
    );
    assert_eq!(
        bound("Phấn đấu mỗi năm có từ 25 thôn, bản, tổ dân phố trở lên đạt chuẩn văn hóa."),
        Bound::AtLeast
    );
    assert_eq!(
        bound("Mỗi năm mở rộng từ 12 km đường giao thông nông thôn trở lên."),
        Bound::AtLeast
    );
    for text in [
        "Phấn đấu 90% đảng viên xếp loại khá trở lên.",
        "Phấn đấu 90% chi bộ hoàn thành tốt nhiệm vụ trở lên.",
        "Giảm 0,2% tỷ lệ sinh con thứ ba trở lên so với năm trước.",
    ] {
        assert_ne!(bound(text), Bound::AtLeast, "{text}");
    }
}

/// "trên" before "khoảng" is "on": the figure is about its value.
#[test]
fn on_about_a_share_is_about_it() {
    assert_eq!(
        bound("Đến năm 2030, cơ giới hóa được áp dụng trên khoảng 70% diện tích lúa."),
        Bound::About
    );
    assert_eq!(bound("Đến năm 2030, tăng trưởng trên 7%."), Bound::Above);
}

/// "từ ... trở lên" around a count whose noun names a rating ("từ 2 mô hình
/// kinh tế giỏi trở lên") is a floor; after a share's units the rating
/// rates them ("70% hộ hội viên khá trở lên").
#[test]
fn a_count_s_noun_may_name_a_rating_inside_its_floor() {
    assert_eq!(
        bound("Phấn đấu mỗi năm có từ 3 mô hình kinh tế giỏi trở lên."),
        Bound::AtLeast
    );
    assert_eq!(
        bound("Phấn đấu có 70% hộ hội viên khá trở lên."),
        Bound::Exact
    );
}
