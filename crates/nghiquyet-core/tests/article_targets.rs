//! An article in the seed's shape (own fixture): the targets of the new term
//! only, each with the term in force where it stands.

use nghiquyet_core::{Bound, Term, parse_article};

const ARTICLE: &str = "Đảng bộ huyện Mẫu Sơn:\n\
Đại hội xác định các chỉ tiêu nhiệm kỳ mới\n\
\n\
Cập nhật: Thứ Hai 19/10/2020 - 07:45\n\
\n\
Nhìn lại nhiệm kỳ 2015-2020, Đảng bộ huyện đã hoàn thành 14/16 chỉ tiêu Nghị quyết đề ra. \
Nhiệm kỳ 2020-2025, Đảng bộ huyện đề ra mục tiêu phấn đấu: 90% trở lên tổ chức cơ sở đảng \
hoàn thành tốt nhiệm vụ; 85% trở lên số thôn, bản, tổ dân phố đạt danh hiệu văn hóa; \
tỷ lệ hộ nghèo giảm bình quân 2 - 2,5%/năm. Kết nạp đảng viên mới đạt từ 4% trở lên so với \
tổng số đảng viên đầu nhiệm kỳ.\n\
\n\
Đại hội có 210 đại biểu chính thức dự, thay mặt cho hơn 4.300 đảng viên.\n\
\n\
Minh Châu\n";

#[test]
fn only_the_new_terms_targets() {
    let article = parse_article(ARTICLE).expect("article");
    let body = article.body();
    let got: Vec<(f64, Bound)> = article.targets.iter().map(|t| (t.value, t.bound)).collect();
    assert_eq!(
        got,
        [
            (90.0, Bound::AtLeast),
            (85.0, Bound::AtLeast),
            (2.0, Bound::DecreaseBy),
            (4.0, Bound::AtLeast),
        ]
    );
    for t in &article.targets {
        assert_eq!(t.term, Some(Term::new(2020, 2025)), "{t:?}");
        assert_eq!(&body[t.span.range()], t.text);
    }
    assert_eq!(
        article.targets[0].subject.as_deref(),
        Some("tổ chức cơ sở đảng")
    );
    assert_eq!(article.targets[2].value_max, Some(2.5));
    assert_eq!(
        article.targets[3].baseline.as_deref(),
        Some("tổng số đảng viên đầu nhiệm kỳ")
    );
}
