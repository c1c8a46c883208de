//! `nghiquyet.Term`: a term of office or plan period.

use nghiquyet_core::Term;
use pyo3::prelude::*;
use pyo3::types::{PyTuple, PyType};

use crate::convert;

/// A term or period, from `start` to `end` year ("nhiệm kỳ 2020-2025").
#[pyclass(name = "Term", module = "nghiquyet", frozen, eq, hash)]
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct PyTerm(pub Term);

impl From<Term> for PyTerm {
    fn from(term: Term) -> Self {
        PyTerm(term)
    }
}

impl From<PyTerm> for Term {
    fn from(term: PyTerm) -> Self {
        term.0
    }
}

#[pymethods]
impl PyTerm {
    #[new]
    fn new(start: i32, end: i32) -> Self {
        PyTerm(Term::new(start, end))
    }

    /// First year.
    #[getter]
    fn start(&self) -> i32 {
        self.0.start
    }

    /// Last year.
    #[getter]
    fn end(&self) -> i32 {
        self.0.end
    }

    /// Whether `year` falls within the term (both ends included).
    fn __contains__(&self, year: i32) -> bool {
        self.0.contains(year)
    }

    /// The term as a `(start, end)` tuple.
    fn to_tuple(&self) -> (i32, i32) {
        (self.0.start, self.0.end)
    }

    /// The term as written: `"2020-2025"`.
    fn __str__(&self) -> String {
        self.0.to_string()
    }

    fn __repr__(&self) -> String {
        format!("Term(start={}, end={})", self.0.start, self.0.end)
    }

    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> PyResult<(Bound<'py, PyType>, Bound<'py, PyTuple>)> {
        let term = slf.get().0;
        Ok((
            slf.get_type(),
            PyTuple::new(slf.py(), [term.start, term.end])?,
        ))
    }
}

convert::serde_methods!(PyTerm(Term), "term");
