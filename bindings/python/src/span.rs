//! `nghiquyet.Span`: a byte range into an article's body.

use nghiquyet_core::Span;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::pybacked::PyBackedStr;
use pyo3::types::{PyTuple, PyType};

use crate::convert;

/// A half-open range `[start, end)` of UTF-8 **byte** offsets into the text a
/// model holds (`Article.body`), as in the JSON contract.
///
/// Python strings index by code point, so use `span.slice(article.body)`
/// rather than `article.body[span.start:span.end]`.
#[pyclass(name = "Span", module = "nghiquyet", frozen, eq, hash)]
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct PySpan(pub Span);

impl From<Span> for PySpan {
    fn from(span: Span) -> Self {
        PySpan(span)
    }
}

impl From<PySpan> for Span {
    fn from(span: PySpan) -> Self {
        span.0
    }
}

/// A span read back from JSON, refused when it ends before it starts.
fn checked(py: Python<'_>, span: Span) -> PyResult<PySpan> {
    if span.end < span.start {
        let message = format!(
            "invalid value: span end {} is before its start {}",
            span.end, span.start
        );
        return Err(PyErr::from_value(crate::error::new_parse_error(
            py, "invalid", &message, None, None,
        )?));
    }
    Ok(PySpan(span))
}

#[pymethods]
impl PySpan {
    #[new]
    fn new(start: usize, end: usize) -> PyResult<Self> {
        if end < start {
            return Err(PyValueError::new_err(format!(
                "span end {end} is before its start {start}"
            )));
        }
        Ok(PySpan(Span::new(start, end)))
    }

    /// First byte of the range.
    #[getter]
    fn start(&self) -> usize {
        self.0.start
    }

    /// One past the last byte of the range.
    #[getter]
    fn end(&self) -> usize {
        self.0.end
    }

    /// The part of `text` the span covers, `text` being the string the span
    /// indexes into (usually `Article.body`).
    fn slice(&self, text: PyBackedStr) -> PyResult<String> {
        text.get(self.0.range()).map(str::to_string).ok_or_else(|| {
            PyValueError::new_err(format!(
                "span {}..{} is out of range or not on character boundaries of a text of {} bytes",
                self.0.start,
                self.0.end,
                text.len()
            ))
        })
    }

    /// The span as a `(start, end)` tuple.
    fn to_tuple(&self) -> (usize, usize) {
        (self.0.start, self.0.end)
    }

    fn __len__(&self) -> usize {
        self.0.end.saturating_sub(self.0.start)
    }

    /// The span as the JSON contract's plain Python objects.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        convert::to_dict(py, &self.0)
    }

    /// The span as JSON, compact or indented by `indent` spaces.
    #[pyo3(signature = (*, indent = None))]
    fn to_json(&self, py: Python<'_>, indent: Option<usize>) -> PyResult<String> {
        convert::to_json(py, &self.0, indent)
    }

    /// Reads a span back from `to_dict` output.
    #[classmethod]
    fn from_dict(_cls: &Bound<'_, PyType>, data: &Bound<'_, PyAny>) -> PyResult<Self> {
        checked(data.py(), convert::from_dict(data.py(), data)?)
    }

    /// Reads a span back from `to_json` output.
    #[classmethod]
    fn from_json(cls: &Bound<'_, PyType>, text: PyBackedStr) -> PyResult<Self> {
        checked(cls.py(), convert::from_json(cls.py(), &text)?)
    }

    fn __repr__(&self) -> String {
        format!("Span(start={}, end={})", self.0.start, self.0.end)
    }

    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> PyResult<(Bound<'py, PyType>, Bound<'py, PyTuple>)> {
        let span = slf.get().0;
        Ok((
            slf.get_type(),
            PyTuple::new(slf.py(), [span.start, span.end])?,
        ))
    }
}
