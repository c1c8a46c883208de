//! `nghiquyet.Target`: a measurable threshold a resolution sets.

use nghiquyet_core::Target;
use pyo3::prelude::*;

use crate::convert;
use crate::html;
use crate::repr::py_repr;
use crate::span::{CharRange, PySpan};
use crate::term::PyTerm;

/// A target (*chỉ tiêu*): a measurable threshold set by a resolution.
///
/// Attributes are `None` where the text does not say.
#[pyclass(name = "Target", module = "nghiquyet", frozen, eq)]
#[derive(Clone)]
pub struct PyTarget(pub Target, pub Option<CharRange>);

/// Equal when the targets are: the code-point offsets only follow from them.
impl PartialEq for PyTarget {
    fn eq(&self, other: &Self) -> bool {
        self.0 == other.0
    }
}

impl From<Target> for PyTarget {
    fn from(target: Target) -> Self {
        PyTarget(target, None)
    }
}

impl From<PyTarget> for Target {
    fn from(target: PyTarget) -> Self {
        target.0
    }
}

#[pymethods]
impl PyTarget {
    /// The value; for ranges the lower end, for achieved/target pairs the target.
    #[getter]
    fn value(&self) -> f64 {
        self.0.value
    }

    /// The upper end of a range ("6,5-7%" gives 7).
    #[getter]
    fn value_max(&self) -> Option<f64> {
        self.0.value_max
    }

    /// The unit: "%", "‰", "tỷ đồng", "USD", "lần", or a count noun; None for an
    /// index's value ("chỉ số HDI đạt 0,8").
    #[getter]
    fn unit(&self) -> Option<&str> {
        self.0.unit.as_deref()
    }

    /// The denominator of a rate: "năm" for "%/năm".
    #[getter]
    fn per(&self) -> Option<&str> {
        self.0.per.as_deref()
    }

    /// How the value is bounded, by its JSON name: "exact", "at_least",
    /// "above", "at_most", "below", "about", "range", "increase_by",
    /// "decrease_by".
    #[getter]
    fn bound(&self) -> &'static str {
        self.0.bound.as_str()
    }

    /// What is measured: "cơ quan, đơn vị", "tốc độ tăng trưởng GRDP".
    #[getter]
    fn subject(&self) -> Option<&str> {
        self.0.subject.as_deref()
    }

    /// The condition the subject must meet: "hoàn thành tốt nhiệm vụ chính trị".
    #[getter]
    fn criterion(&self) -> Option<&str> {
        self.0.criterion.as_deref()
    }

    /// What the value is compared with ("so với ..."), without the "so với".
    #[getter]
    fn baseline(&self) -> Option<&str> {
        self.0.baseline.as_deref()
    }

    /// The value achieved, in achieved/target pairs.
    #[getter]
    fn achieved(&self) -> Option<f64> {
        self.0.achieved
    }

    /// The year the target is due ("đến năm 2025").
    #[getter]
    fn deadline_year(&self) -> Option<i32> {
        self.0.deadline_year
    }

    /// The term of the resolution that set the target.
    #[getter]
    fn term(&self) -> Option<PyTerm> {
        self.0.term.map(PyTerm)
    }

    /// Where the clause is, in bytes of the text the target was found in
    /// (`Article.body`, or the text given to `extract_targets`).
    #[getter]
    fn span(&self) -> PySpan {
        PySpan(self.0.span, self.1)
    }

    /// The clause, as it stands in the text.
    #[getter]
    fn text(&self) -> &str {
        &self.0.text
    }

    /// The value as a reader would write it in a table: "≥ 95%", "6,5–7%/năm".
    fn display_value(&self) -> String {
        self.0.display_value()
    }

    /// The target as a one-row HTML table, for notebooks.
    fn _repr_html_(&self) -> String {
        html::target(&self.0)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let t = &self.0;
        Ok(format!(
            "Target(value={}, value_max={}, unit={}, bound={}, subject={}, text={})",
            py_repr(py, t.value)?,
            py_repr(py, t.value_max)?,
            py_repr(py, &t.unit)?,
            py_repr(py, t.bound.as_str())?,
            py_repr(py, &t.subject)?,
            py_repr(py, &t.text)?,
        ))
    }
}

convert::serde_methods!(PyTarget(Target), "target", reduce);
