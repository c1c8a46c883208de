//! `__repr__` helpers: Python's own repr of plain values.

use pyo3::BoundObject;
use pyo3::prelude::*;

/// Python's `repr()` of a value converted to Python (so strings get Python's
/// quoting and `None` prints as `None`).
pub(crate) fn py_repr<'py, T>(py: Python<'py>, value: T) -> PyResult<String>
where
    T: IntoPyObject<'py>,
{
    let obj = value.into_pyobject(py).map_err(Into::into)?;
    Ok(obj.into_any().into_bound().repr()?.to_string())
}
