//! The target model: a measurable threshold a resolution sets.

use serde::{Deserialize, Serialize};

use crate::{Span, Term};

/// How a target's value is bounded.
///
/// Serialized in snake case (`"at_least"`), the names of the JSON contract.
///
/// ```
/// use nghiquyet_core::Bound;
///
/// assert_eq!(serde_json::to_string(&Bound::AtLeast).unwrap(), "\"at_least\"");
/// assert_eq!(Bound::AtLeast.symbol(), "≥");
/// ```
///
/// New kinds of bound may come in minor versions: match with a `_` arm.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Bound {
    /// Exactly the value ("đạt 80%", a bare "80%").
    #[default]
    Exact,
    /// The value or more ("trở lên", "ít nhất", "tối thiểu").
    AtLeast,
    /// More than the value ("trên", "hơn").
    Above,
    /// The value or less ("không quá", "tối đa", "xuống còn").
    AtMost,
    /// Less than the value ("dưới").
    Below,
    /// About the value ("khoảng", "gần").
    About,
    /// Between `value` and `value_max` ("6,5-7%", "từ 96 đến 97%").
    Range,
    /// An increase by the value ("tăng 10%").
    IncreaseBy,
    /// A decrease by the value ("giảm 1,5%/năm").
    DecreaseBy,
}

impl Bound {
    /// Every bound, in declaration order.
    pub const ALL: [Bound; 9] = [
        Bound::Exact,
        Bound::AtLeast,
        Bound::Above,
        Bound::AtMost,
        Bound::Below,
        Bound::About,
        Bound::Range,
        Bound::IncreaseBy,
        Bound::DecreaseBy,
    ];

    /// The JSON name of the bound (`"at_least"`).
    ///
    /// ```
    /// assert_eq!(nghiquyet_core::Bound::DecreaseBy.as_str(), "decrease_by");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Bound::Exact => "exact",
            Bound::AtLeast => "at_least",
            Bound::Above => "above",
            Bound::AtMost => "at_most",
            Bound::Below => "below",
            Bound::About => "about",
            Bound::Range => "range",
            Bound::IncreaseBy => "increase_by",
            Bound::DecreaseBy => "decrease_by",
        }
    }

    /// A short mathematical sign for tables: "≥", ">", "≤", "<", "≈", "+", "−";
    /// empty for exact values and ranges.
    ///
    /// ```
    /// assert_eq!(nghiquyet_core::Bound::Below.symbol(), "<");
    /// ```
    pub fn symbol(self) -> &'static str {
        match self {
            Bound::Exact | Bound::Range => "",
            Bound::AtLeast => "≥",
            Bound::Above => ">",
            Bound::AtMost => "≤",
            Bound::Below => "<",
            Bound::About => "≈",
            Bound::IncreaseBy => "+",
            Bound::DecreaseBy => "−",
        }
    }
}

impl std::fmt::Display for Bound {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A target (*chỉ tiêu*): a measurable threshold set by a resolution.
///
/// Fields are `None` (JSON `null`) where the text does not say. New fields
/// may come in minor versions, so a target is built with [`Target::new`] and
/// then its public fields are set.
///
/// ```
/// use nghiquyet_core::{extract_targets, Bound};
///
/// let targets = extract_targets("phấn đấu 95% trở lên đảng viên hoàn thành tốt nhiệm vụ");
/// let t = &targets[0];
/// assert_eq!((t.value, t.unit.as_deref(), t.bound), (95.0, Some("%"), Bound::AtLeast));
/// assert_eq!(t.display_value(), "≥ 95%");
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Target {
    /// The value; for ranges the lower end, for achieved/target pairs the target.
    pub value: f64,
    /// The upper end of a range ("6,5-7%" gives 7).
    pub value_max: Option<f64>,
    /// The unit as normalised: "%", "‰", "tỷ đồng", "USD", "lần", or a count noun as printed;
    /// `None` for an index's value ("chỉ số HDI đạt 0,8").
    pub unit: Option<String>,
    /// The printed denominator of a rate: "năm" for "%/năm", "người/năm".
    pub per: Option<String>,
    /// How the value is bounded.
    pub bound: Bound,
    /// What is measured: "cơ quan, đơn vị", "tốc độ tăng trưởng GRDP".
    pub subject: Option<String>,
    /// The condition the subject must meet: "hoàn thành tốt nhiệm vụ chính trị".
    pub criterion: Option<String>,
    /// What the value is compared with ("so với ..."), without the "so với".
    pub baseline: Option<String>,
    /// The value achieved, in achieved/target pairs ("45.799/36.875 tỷ đồng" gives 45799).
    pub achieved: Option<f64>,
    /// The year the target is due ("đến năm 2025").
    pub deadline_year: Option<i32>,
    /// The term of the resolution that set the target.
    pub term: Option<Term>,
    /// Where the clause is, in bytes of the text the model holds.
    pub span: Span,
    /// The clause, as it stands in the text.
    pub text: String,
}

impl Target {
    /// A target of `value` stated by the clause `text` at `span`: bound
    /// [`Bound::Exact`], every other field `None`.
    ///
    /// ```
    /// use nghiquyet_core::{Bound, Span, Target, Term};
    ///
    /// let mut t = Target::new(95.0, Span::new(0, 26), "95% trở lên đảng viên");
    /// t.unit = Some("%".into());
    /// t.bound = Bound::AtLeast;
    /// t.term = Some(Term::new(2020, 2025));
    /// assert_eq!(t.display_value(), "≥ 95%");
    /// ```
    pub fn new(value: f64, span: Span, text: impl Into<String>) -> Self {
        Target {
            value,
            value_max: None,
            unit: None,
            per: None,
            bound: Bound::Exact,
            subject: None,
            criterion: None,
            baseline: None,
            achieved: None,
            deadline_year: None,
            term: None,
            span,
            text: text.into(),
        }
    }

    /// The value as a reader would write it in a table: "≥ 95%", "6,5–7%/năm",
    /// "36.875 tỷ đồng", with Vietnamese number formatting.
    pub fn display_value(&self) -> String {
        let unit = self.unit.as_deref().unwrap_or("");
        let sep = if unit.is_empty() || unit == "%" || unit == "‰" {
            ""
        } else {
            " "
        };
        let mut s = String::new();
        let sym = self.bound.symbol();
        if !sym.is_empty() {
            s.push_str(sym);
            s.push(' ');
        }
        s.push_str(&crate::number::format_vi(self.value));
        if let Some(max) = self.value_max {
            s.push('–');
            s.push_str(&crate::number::format_vi(max));
        }
        s.push_str(sep);
        s.push_str(unit);
        if let Some(per) = &self.per {
            s.push('/');
            s.push_str(per);
        }
        s
    }
}
