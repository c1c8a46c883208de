//! `nghiquyet.Resolution`: a resolution an article mentions.

use nghiquyet_core::Resolution;
use pyo3::prelude::*;
use pyo3::pybacked::PyBackedStr;
use pyo3::types::{PyTuple, PyType};

use crate::convert;
use crate::repr::py_repr;
use crate::span::PySpan;
use crate::term::PyTerm;

/// A resolution (*nghị quyết*) an article mentions.
#[pyclass(name = "Resolution", module = "nghiquyet", frozen, eq)]
#[derive(Clone, PartialEq)]
pub struct PyResolution(pub Resolution);

impl From<Resolution> for PyResolution {
    fn from(resolution: Resolution) -> Self {
        PyResolution(resolution)
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

    /// Where the first mention is, in bytes of `Article.body`.
    #[getter]
    fn span(&self) -> PySpan {
        PySpan(self.0.span)
    }

    /// The resolution as the JSON contract's plain Python objects.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        convert::to_dict(py, &self.0)
    }

    /// The resolution as JSON, compact or indented by `indent` spaces.
    #[pyo3(signature = (*, indent = None))]
    fn to_json(&self, py: Python<'_>, indent: Option<usize>) -> PyResult<String> {
        convert::to_json(py, &self.0, indent)
    }

    /// Reads a resolution back from `to_dict` output.
    #[classmethod]
    fn from_dict(_cls: &Bound<'_, PyType>, data: &Bound<'_, PyAny>) -> PyResult<Self> {
        convert::from_dict(data.py(), data).map(PyResolution)
    }

    /// Reads a resolution back from `to_json` output.
    #[classmethod]
    fn from_json(cls: &Bound<'_, PyType>, text: PyBackedStr) -> PyResult<Self> {
        convert::from_json(cls.py(), &text).map(PyResolution)
    }

    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyTuple>)> {
        convert::reduce(slf.as_any(), &slf.get().0)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let r = &self.0;
        Ok(format!(
            "Resolution(issuer={}, number={}, congress={}, term={}, span=Span(start={}, end={}))",
            py_repr(py, &r.issuer)?,
            py_repr(py, &r.number)?,
            py_repr(py, r.congress)?,
            r.term
                .map_or_else(|| "None".to_string(), |t| format!("'{t}'")),
            r.span.start,
            r.span.end,
        ))
    }
}
