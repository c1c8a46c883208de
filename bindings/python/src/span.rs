//! `nghiquyet.Span`: a byte range into an article's body, with the same range
//! in code points of the Python `str` when the text is known.

use std::hash::{Hash, Hasher};

use nghiquyet_core::Span;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::pybacked::PyBackedStr;
use pyo3::types::{PyTuple, PyType};

use crate::convert;

/// A half-open range `[start, end)` of UTF-8 **byte** offsets into the text a
/// model holds (`Article.body`), as in the JSON contract.
///
/// `char_start` and `char_end` are the same range in code points, to index
/// the Python `str` with: `article.body[span.char_start:span.char_end]`.
/// They are known for the spans of an `Article`'s targets and resolutions and
/// of `extract_targets`' targets; a span made by hand or read back alone from
/// JSON has `None` there (the text it indexes is not known).
///
/// Two spans are equal when their byte offsets are.
#[pyclass(name = "Span", module = "nghiquyet", frozen, eq, hash)]
#[derive(Clone)]
pub struct PySpan(pub Span, pub Option<CharRange>);

impl PartialEq for PySpan {
    fn eq(&self, other: &Self) -> bool {
        self.0 == other.0
    }
}

impl Eq for PySpan {}

impl Hash for PySpan {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.0.hash(state);
    }
}

impl From<Span> for PySpan {
    fn from(span: Span) -> Self {
        PySpan(span, None)
    }
}

/// A span in code points of the Python `str` it indexes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CharRange {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
}

impl CharRange {
    /// The code-point ranges of `spans` (byte ranges) in `text`, in one pass
    /// over the text; `None` for a span off the text or off char boundaries.
    pub(crate) fn of_spans(text: &str, spans: &[Span]) -> Vec<Option<CharRange>> {
        let bytes: Vec<usize> = spans.iter().flat_map(|s| [s.start, s.end]).collect();
        let chars = char_offsets(text, &bytes);
        chars
            .chunks(2)
            .map(|pair| match pair {
                [Some(start), Some(end)] => Some(CharRange {
                    start: *start,
                    end: *end,
                }),
                _ => None,
            })
            .collect()
    }
}

/// The code-point offset of each byte offset in `text` (Rust `char`s are
/// Python code points); `None` where a byte offset is past the end or inside
/// a character.
fn char_offsets(text: &str, bytes: &[usize]) -> Vec<Option<usize>> {
    let mut order: Vec<usize> = (0..bytes.len()).collect();
    order.sort_by_key(|&i| bytes[i]);
    let mut out = vec![None; bytes.len()];
    let mut boundaries = text
        .char_indices()
        .map(|(b, _)| b)
        .chain(std::iter::once(text.len()))
        .enumerate()
        .peekable();
    for i in order {
        while boundaries.next_if(|&(_, b)| b < bytes[i]).is_some() {}
        if let Some(&(c, b)) = boundaries.peek()
            && b == bytes[i]
        {
            out[i] = Some(c);
        }
    }
    out
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
    Ok(PySpan(span, None))
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
        Ok(PySpan(Span::new(start, end), None))
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

    /// First code point of the range in the Python `str` it indexes, or
    /// `None` when that text is not known (a span made by hand).
    #[getter]
    fn char_start(&self) -> Option<usize> {
        self.1.map(|c| c.start)
    }

    /// One past the last code point of the range in the Python `str` it
    /// indexes, or `None` when that text is not known.
    #[getter]
    fn char_end(&self) -> Option<usize> {
        self.1.map(|c| c.end)
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
        match self.1 {
            Some(c) => format!(
                "Span(start={}, end={}, char_start={}, char_end={})",
                self.0.start, self.0.end, c.start, c.end
            ),
            None => format!("Span(start={}, end={})", self.0.start, self.0.end),
        }
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
