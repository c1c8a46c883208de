//! `nghiquyet.Resolution`: a resolution an article mentions.

use nghiquyet_core::Resolution;
use pyo3::prelude::*;

use crate::convert;
use crate::repr::py_repr;
use crate::span::{CharRange, PySpan};
use crate::term::PyTerm;

/// A resolution (*nghị quyết*) an article mentions.
#[pyclass(name = "Resolution", module = "nghiquyet", frozen, eq)]
#[derive(Clone)]
pub struct PyResolution(pub Resolution, pub Option<CharRange>);

/// Equal when the resolutions are: the code-point offsets only follow from them.
impl PartialEq for PyResolution {
    fn eq(&self, other: &Self) -> bool {
        self.0 == other.0
    }
}

impl From<Resolution> for PyResolution {
    fn from(resolution: Resolution) -> Self {
        PyResolution(resolution, None)
    }
}

impl From<PyResolution> for Resolution {
    fn from(resolution: PyResolution) -> Self {
        resolution.0
    }
}

#[pymethods]
impl PyResolution {
    /// The body that adopted it: "Đảng bộ Khối các cơ quan tỉnh", "HĐND tỉnh".
    #[getter]
    fn issuer(&self) -> Option<&str> {
        self.0.issuer.as_deref()
    }

    /// The document number: "10-NQ/TU", "95/2019/NQ-HĐND".
    #[getter]
    fn number(&self) -> Option<&str> {
        self.0.number.as_deref()
    }

    /// The congress that adopted it, as an integer ("lần thứ XV" is 15).
    #[getter]
    fn congress(&self) -> Option<u32> {
        self.0.congress
    }

    /// The term it covers.
    #[getter]
    fn term(&self) -> Option<PyTerm> {
        self.0.term.map(PyTerm)
    }

    /// What it is about, as its title says after "về": "kế hoạch phát
    /// triển kinh tế - xã hội năm 2026".
    #[getter]
    fn subject(&self) -> Option<&str> {
        self.0.subject.as_deref()
    }

    /// Where the first mention is, in bytes of `Article.body`.
    #[getter]
    fn span(&self) -> PySpan {
        PySpan(self.0.span, self.1)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let r = &self.0;
        Ok(format!(
            "Resolution(issuer={}, number={}, congress={}, term={}, subject={}, span=Span(start={}, end={}))",
            py_repr(py, &r.issuer)?,
            py_repr(py, &r.number)?,
            py_repr(py, r.congress)?,
            r.term
                .map_or_else(|| "None".to_string(), |t| format!("'{t}'")),
            py_repr(py, &r.subject)?,
            r.span.start,
            r.span.end,
        ))
    }
}

convert::serde_methods!(PyResolution(Resolution), "resolution", reduce);
