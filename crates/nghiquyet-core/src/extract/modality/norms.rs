//! What a rule grants or allows, not what a plan aims at: the support a
//! beneficiary is given ("mỗi căn được hỗ trợ 60 triệu đồng", "hỗ trợ 30
//! triệu đồng đối với ..."), the terms of a loan ("được vay tối đa 100
//! triệu đồng/hộ", "với lãi suất 3,3%/năm").

use super::*;

/// The most words between a grant's verb and the figure it governs
/// ("được hỗ trợ học ngoại ngữ tối đa 3 triệu đồng": three, the cap's
/// among them).
const GRANT_WORDS: usize = 5;

/// The most tokens between a grant's verb and a cap on it later in its
/// clause ("được hỗ trợ một lần 70% chi phí con giống, tối đa 100 triệu
/// đồng/hộ": nine).
const CAP_REACH: usize = 16;

/// The most tokens between "hỗ trợ" and a sum it gives ("hỗ trợ một lần
/// 50 triệu đồng đối với sản phẩm đạt 4 sao, 30 triệu đồng": fourteen).
const SUPPORT_REACH: usize = 16;

/// The most words between "lãi suất" and its level ("lãi suất cho vay đối
/// với hộ nghèo là 6,6%/năm": six).
const RATE_WORDS: usize = 8;

impl Sentence<'_, '_> {
    /// "mỗi căn được hỗ trợ 60 triệu đồng", "được vay vốn tối đa 100%
    /// chi phí", "được hỗ trợ lãi suất 3%/năm trong thời gian tối đa 5
    /// năm": a sum, a share or a span of time that a passive verb of a
    /// benefit governs is what a rule grants, whatever the cue; so is a cap
    /// on it later in its clause. A count after such a verb is no grant.
    /// Those who get the benefit stand before the verb ("100% hộ nghèo
    /// được hỗ trợ nhà ở"), and a plan may set their number or their
    /// rate ("tỷ lệ trẻ em được cấp thẻ BHYT đạt 100%"). A plan that
    /// strives for the benefit sets its level ("phấn đấu 100% học sinh
    /// ... được hỗ trợ bữa ăn trưa với mức 30.000 đồng/ngày").
    pub(super) fn granted(&self, fig: &Figure<'_>) -> bool {
        let toks = self.toks;
        if fig.f.q.class == UnitClass::Count {
            return false;
        }
        // Most figures have no grant's verb anywhere before them in reach:
        // the tags say so with no comparison.
        let reach = fig
            .chain_start
            .saturating_sub(CAP_REACH.max(GRANT_WORDS))
            .max(self.s);
        // (Through a slice of the tokens: no bounds check for each.)
        let in_reach = toks.get(reach..fig.f.q.first).unwrap_or_default();
        if !in_reach.iter().any(|t| t.ends & lexicon::GRANTED.bit != 0) {
            return false;
        }
        let grant_ends_at = |end: usize| {
            any_ending_at(toks, end, lexicon::GRANTED).is_some_and(|at| {
                at >= self.s
                    && !(self.s..at)
                        .rev()
                        .take_while(|&k| !toks[k].is_punct(';'))
                        .any(|k| {
                            toks[k].starts & TARGET_CUES.bit != 0
                                && phrase_at(toks, k, lexicon::STRIVE).is_some()
                        })
            })
        };
        // The figure's own verb comes between ("được cấp thẻ BHYT đạt 100%").
        let own_verb =
            |k: usize| toks[k].is_word(lexicon::REACH) || toks[k].is_word(lexicon::TAKES_UP);
        let first = fig.f.q.first;
        let lowest = fig.chain_start.saturating_sub(GRANT_WORDS).max(self.s);
        let governed = (lowest + 1..=first)
            .rev()
            .take_while(|&end| end == first || toks[end].kind == Kind::Word && !own_verb(end))
            .any(grant_ends_at);
        let capped = || {
            comparators_at(toks, fig.chain_start).any(|(bound, _)| bound == Bound::AtMost)
                && (fig.chain_start.saturating_sub(CAP_REACH).max(self.s) + 1..fig.chain_start)
                    .rev()
                    .take_while(|&end| {
                        let t = &toks[end];
                        !(t.is_punct(';') || t.is_punct(':') || t.is_punct('.'))
                            && t.starts & TARGET_CUES.bit == 0
                            && !own_verb(end)
                    })
                    .any(grant_ends_at)
        };
        governed || capped()
    }

    /// "Để làm được, xã cần khoảng 40 tỷ đồng đầu tư cơ sở vật chất": the
    /// sum a goal needs is its cost, not a goal of its own ("cần thực hiện
    /// 45.400 tỷ đồng", "cần đạt 12.430 tỷ đồng" set one: a verb comes
    /// between).
    pub(super) fn sum_needed(&self, fig: &Figure<'_>) -> bool {
        fig.f.q.class == UnitClass::Money
            && fig.chain_start > self.s
            && !(fig.chain_start..fig.f.q.first).any(|k| self.toks[k].is_word(lexicon::REACH))
            && lexicon::NEEDS
                .iter()
                .any(|n| lexicon::phrase_ending_at(self.toks, fig.chain_start, n).is_some())
    }

    /// "hỗ trợ một lần 50 triệu đồng đối với sản phẩm đạt 4 sao", "Ngân
    /// sách tỉnh hỗ trợ 100% kinh phí thẩm định": a sum the verb of support
    /// gives for each beneficiary, or the share of a cost it covers, is a
    /// rule's, unless a goal cue strives for it in its clause.
    pub(super) fn support_rate(&self, fig: &Figure<'_>) -> bool {
        let toks = self.toks;
        let q = &fig.f.q;
        // A sum for each, or a share of a cost, first: the tags tell most
        // figures they are neither.
        let after = q.last + 1;
        let rated = match q.class {
            UnitClass::Money => q.per.is_some() || any_at(toks, after, lexicon::FOR_EACH).is_some(),
            UnitClass::Percent => any_at(toks, after, lexicon::COSTS).is_some(),
            _ => false,
        };
        if !rated {
            return false;
        }
        // The figure's own verb ("Quỹ hỗ trợ hội viên bình quân đạt
        // 500.000 đồng/hội viên") makes the support a name.
        let own_verb =
            |k: usize| toks[k].is_word(lexicon::REACH) || toks[k].is_word(lexicon::TAKES_UP);
        // Later sums of the list ("..., 30 triệu đồng đối với ...") share it.
        if (fig.chain_start.saturating_sub(1).max(self.s)..q.first).any(own_verb) {
            return false;
        }
        let lowest = fig.chain_start.saturating_sub(SUPPORT_REACH).max(self.s);
        let Some(verb) = (lowest..fig.chain_start)
            .rev()
            .take_while(|&k| !toks[k].is_punct(';'))
            .find(|&k| {
                toks[k].kind == Kind::Word && phrase_at(toks, k, lexicon::SUPPORT).is_some()
            })
        else {
            return false;
        };
        let strived = (self.s..verb)
            .rev()
            .take_while(|&k| !toks[k].is_punct(';'))
            .any(|k| {
                toks[k].starts & TARGET_CUES.bit != 0
                    && phrase_at(toks, k, lexicon::STRIVE).is_some()
            });
        !strived
    }

    /// "với lãi suất 3,3%/năm", "Lãi suất cho vay ... được áp dụng ở mức
    /// 6,6%/năm": a loan's rate at a level is a term of the loan. A plan
    /// changes it ("giảm lãi suất cho vay 0,5-1%").
    pub(super) fn loan_rate(&self, fig: &Figure<'_>) -> bool {
        let toks = self.toks;
        let q = &fig.f.q;
        if q.class != UnitClass::Percent {
            return false;
        }
        // Near the figure, or heading its item ("Lãi suất cho vay ưu đãi
        // nhà ở xã hội đối với người thu nhập thấp được áp dụng ở mức
        // 6,6%/năm").
        let heads = (fig.f.item_start..fig.chain_start)
            .find(|&k| toks[k].kind == Kind::Word)
            .is_some_and(|k| phrase_at(toks, k, lexicon::INTEREST_RATE).is_some());
        let lowest = if heads {
            fig.f.item_start
        } else {
            fig.chain_start
                .saturating_sub(RATE_WORDS)
                .max(fig.f.item_start)
        };
        let rate = (lowest..fig.chain_start)
            .rev()
            .take_while(|&k| toks[k].kind == Kind::Word)
            .find(|&k| phrase_at(toks, k, lexicon::INTEREST_RATE).is_some());
        // Only then the verbs between are asked whether they change it.
        rate.is_some_and(|at| {
            !(at..fig.chain_start).any(|k| subject::is_direction_verb(toks, k).is_some())
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::extract_targets;

    fn values(text: &str) -> Vec<f64> {
        extract_targets(text).iter().map(|t| t.value).collect()
    }

    #[test]
    fn what_a_rule_grants_is_no_goal() {
        for text in [
            "Theo nghị quyết, mỗi hợp tác xã được hỗ trợ tối đa 300 triệu đồng để đầu tư nhà màng.",
            "Hộ chuyển đổi sang cây ăn quả được hỗ trợ 5 triệu đồng/ha.",
            "Hội viên được vay tối đa 100 triệu đồng/hộ, thời hạn không quá 36 tháng.",
            "Hộ nuôi tôm được hỗ trợ một lần 70% chi phí con giống, tối đa 100 triệu đồng/hộ.",
            "Người lao động được vay vốn tối đa 100% chi phí ghi trong hợp đồng.",
            "Doanh nghiệp được hỗ trợ lãi suất 3%/năm trong thời gian tối đa 5 năm.",
        ] {
            assert_eq!(values(text), [] as [f64; 0], "{text}");
        }
    }

    #[test]
    fn those_granted_a_benefit_may_be_a_goal() {
        // The share or the number of those who get it, before the verb.
        assert_eq!(
            values("Phấn đấu 100% hộ nghèo được hỗ trợ nhà ở; 95% trẻ em được tiêm chủng."),
            [100.0, 95.0]
        );
        assert_eq!(
            values("Năm 2026, phấn đấu 2.000 lao động được vay vốn tạo việc làm."),
            [2000.0]
        );
        // A count after the verb is those helped, not a grant.
        assert_eq!(
            values("Phấn đấu mỗi năm có 500 hộ được hỗ trợ 300 con giống."),
            [500.0, 300.0]
        );
        // The rate of those who get it, with a verb of its own.
        assert_eq!(
            values("Tỷ lệ trẻ em dưới 6 tuổi được cấp thẻ BHYT đạt 100%."),
            [100.0]
        );
        // A level a plan strives to grant.
        assert_eq!(
            values(
                "Phấn đấu 100% học sinh bán trú được hỗ trợ bữa ăn trưa với mức 30.000 đồng/ngày."
            ),
            [100.0, 30000.0]
        );
    }

    #[test]
    fn what_a_norm_lays_down_is_no_goal() {
        for text in [
            "Thông tư số 05/2025/TT-BGDĐT quy định mỗi lớp tiểu học không quá 35 học sinh.",
            "Bộ luật Lao động quy định số giờ làm thêm không quá 40 giờ/tháng.",
            "Nghị định quy định lãi suất cho vay đối với hộ nghèo là 6,6%/năm.",
        ] {
            assert_eq!(values(text), [] as [f64; 0], "{text}");
        }
        // A goal cue after it sets its goal; a resolution that sets goals
        // lays down none.
        assert_eq!(
            values(
                "Nghị quyết quy định mức hỗ trợ tối đa 100 triệu đồng cho mỗi hộ; \
                 mục tiêu năm 2026 có thêm 1.500 hộ kinh doanh chuyển đổi thành doanh nghiệp."
            ),
            [1500.0]
        );
        assert_eq!(
            values("Nghị quyết đề ra mục tiêu năm 2026 thu ngân sách đạt 900 tỷ đồng."),
            [900.0]
        );
    }

    #[test]
    fn a_loan_s_rate_is_a_term_and_a_change_to_it_a_goal() {
        for text in [
            "Hộ nghèo vay vốn với lãi suất 6,6%/năm.",
            "Lãi suất cho vay ưu đãi nhà ở xã hội được áp dụng ở mức 6,6%/năm.",
        ] {
            assert_eq!(values(text), [] as [f64; 0], "{text}");
        }
        assert_eq!(
            values("Mục tiêu năm 2026: mặt bằng lãi suất cho vay giảm thêm 0,5-1%."),
            [0.5]
        );
    }
}
