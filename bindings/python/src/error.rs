//! The exception hierarchy, and the one conversion from core errors to it.
//!
//! The orphan rule forbids `impl From<nghiquyet_core::Error> for PyErr` here,
//! so every binding goes through [`parse_error`] (or [`internal_error`] for a
//! panic caught at the boundary). Python sees:
//!
//! - `NghiquyetError(Exception)`: the base of everything this package raises;
//! - `ParseError(NghiquyetError, ValueError)`: input that cannot be read, with
//!   `kind`, `message`, `offset` (byte offset into the UTF-8 input) and
//!   `index` (the item of `parse_many`) attributes.

use std::any::Any;

use nghiquyet_core::{Error, ErrorKind};
use pyo3::exceptions::{PyException, PyValueError};
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyDict, PyTuple, PyType};

static NGHIQUYET_ERROR: PyOnceLock<Py<PyType>> = PyOnceLock::new();
static PARSE_ERROR: PyOnceLock<Py<PyType>> = PyOnceLock::new();

/// Makes an exception class with `bases` by calling `type(name, bases, ns)`,
/// which (unlike `create_exception!`) allows several bases.
fn new_class<'py>(
    py: Python<'py>,
    name: &str,
    doc: &str,
    bases: Bound<'py, PyTuple>,
    attrs: &[(&str, Bound<'py, PyAny>)],
) -> PyResult<Py<PyType>> {
    let ns = PyDict::new(py);
    ns.set_item("__module__", "nghiquyet")?;
    ns.set_item("__doc__", doc)?;
    for (key, value) in attrs {
        ns.set_item(key, value)?;
    }
    let class = py.get_type::<PyType>().call1((name, bases, ns))?;
    Ok(class.cast_into::<PyType>()?.unbind())
}

/// The base class, `nghiquyet.NghiquyetError`.
pub(crate) fn nghiquyet_error(py: Python<'_>) -> PyResult<&Bound<'_, PyType>> {
    NGHIQUYET_ERROR
        .get_or_try_init(py, || {
            let bases = PyTuple::new(py, [py.get_type::<PyException>()])?;
            new_class(
                py,
                "NghiquyetError",
                "Base class of every error nghiquyet raises.",
                bases,
                &[],
            )
        })
        .map(|class| class.bind(py))
}

/// `nghiquyet.ParseError`, for input that cannot be read.
pub(crate) fn parse_error_class(py: Python<'_>) -> PyResult<&Bound<'_, PyType>> {
    PARSE_ERROR
        .get_or_try_init(py, || {
            let bases = PyTuple::new(
                py,
                [nghiquyet_error(py)?.clone(), py.get_type::<PyValueError>()],
            )?;
            let none = py.None().into_bound(py);
            new_class(
                py,
                "ParseError",
                "Input that cannot be read as an article.\n\n\
                 Attributes: `kind` (\"empty\", \"invalid_utf8\", \"binary\", \"invalid\"; \
                 for `read_page` also \"unknown_charset\", \"undecodable\", \
                 \"no_article\", \"list_of_articles\", \"too_deep\"), \
                 `message`, `offset` (byte offset into the UTF-8 input, or None) and \
                 `index` (the position of the item in `parse_many`, or None).",
                bases,
                &[
                    ("kind", "invalid".into_pyobject(py)?.into_any()),
                    ("message", "".into_pyobject(py)?.into_any()),
                    ("offset", none.clone()),
                    ("index", none),
                ],
            )
        })
        .map(|class| class.bind(py))
}

/// The name of an error kind, as the `kind` attribute holds it.
fn kind_name(kind: &ErrorKind) -> &'static str {
    match kind {
        ErrorKind::Empty => "empty",
        ErrorKind::InvalidUtf8 => "invalid_utf8",
        ErrorKind::Binary => "binary",
        _ => "invalid",
    }
}

/// A `ParseError` instance for a core error, `index` set for `parse_many`.
pub(crate) fn parse_error_value<'py>(
    py: Python<'py>,
    err: &Error,
    index: Option<usize>,
) -> PyResult<Bound<'py, PyAny>> {
    new_parse_error(
        py,
        kind_name(err.kind()),
        &err.to_string(),
        err.offset(),
        index,
    )
}

/// A `ParseError` instance from its parts.
pub(crate) fn new_parse_error<'py>(
    py: Python<'py>,
    kind: &str,
    message: &str,
    offset: Option<usize>,
    index: Option<usize>,
) -> PyResult<Bound<'py, PyAny>> {
    let text = match index {
        Some(i) => format!("item {i}: {message}"),
        None => message.to_string(),
    };
    let value = parse_error_class(py)?.call1((text,))?;
    value.setattr("kind", kind)?;
    value.setattr("message", message)?;
    value.setattr("offset", offset)?;
    value.setattr("index", index)?;
    Ok(value)
}

/// The `PyErr` to raise for a core error.
pub(crate) fn parse_error(py: Python<'_>, err: &Error, index: Option<usize>) -> PyErr {
    match parse_error_value(py, err, index) {
        Ok(value) => PyErr::from_value(value),
        Err(e) => e,
    }
}

/// The name of a page error's kind, as the `kind` attribute holds it.
fn page_kind_name(kind: &nghiquyet_ingest::ErrorKind) -> &'static str {
    use nghiquyet_ingest::ErrorKind as K;
    match kind {
        K::UnknownCharset(_) => "unknown_charset",
        K::Undecodable { .. } => "undecodable",
        K::Binary(_) => "binary",
        K::NoArticle => "no_article",
        K::ListOfArticles(_) => "list_of_articles",
        K::TooDeep { .. } => "too_deep",
        _ => "invalid",
    }
}

/// The `PyErr` to raise for a page that cannot be read as an article.
pub(crate) fn page_error(py: Python<'_>, err: &nghiquyet_ingest::Error) -> PyErr {
    let offset = match err.kind() {
        nghiquyet_ingest::ErrorKind::Binary(at) => Some(*at),
        _ => None,
    };
    match new_parse_error(
        py,
        page_kind_name(err.kind()),
        &err.to_string(),
        offset,
        None,
    ) {
        Ok(value) => PyErr::from_value(value),
        Err(e) => e,
    }
}

/// The `PyErr` for a serialized value (`from_json`, `from_dict`) that cannot
/// be read back.
pub(crate) fn json_error(py: Python<'_>, err: &serde_json::Error) -> PyErr {
    match new_parse_error(py, "invalid", &format!("invalid value: {err}"), None, None) {
        Ok(value) => PyErr::from_value(value),
        Err(e) => e,
    }
}

/// A `NghiquyetError` instance for a panic caught at the boundary: a bug in
/// the core, reported instead of crashing or raising `PanicException`.
pub(crate) fn internal_error_value<'py>(
    py: Python<'py>,
    payload: &(dyn Any + Send),
    index: Option<usize>,
) -> PyResult<Bound<'py, PyAny>> {
    let why = payload
        .downcast_ref::<&str>()
        .map(|s| (*s).to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown panic".to_string());
    let text = match index {
        Some(i) => format!("item {i}: internal error in nghiquyet-core: {why}"),
        None => format!("internal error in nghiquyet-core: {why}"),
    };
    nghiquyet_error(py)?.call1((text,))
}

/// The `PyErr` for a panic caught at the boundary.
pub(crate) fn internal_error(py: Python<'_>, payload: &(dyn Any + Send)) -> PyErr {
    match internal_error_value(py, payload, None) {
        Ok(value) => PyErr::from_value(value),
        Err(e) => e,
    }
}

/// Runs `f`, turning a panic into `Err(payload)` so that none reaches Python.
pub(crate) fn catch<T>(f: impl FnOnce() -> T) -> Result<T, Box<dyn Any + Send>> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f))
}

/// Adds the exception classes to the module.
pub(crate) fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add("NghiquyetError", nghiquyet_error(py)?)?;
    m.add("ParseError", parse_error_class(py)?)?;
    Ok(())
}
