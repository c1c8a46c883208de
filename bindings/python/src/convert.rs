//! The serde round trips every model class shares: `to_dict`, `to_json`,
//! `from_dict`, `from_json` and pickling.
//!
//! Dicts go through the core's serde and Python's `json`, so `to_dict` holds
//! exactly the JSON contract (spans as `{"start", "end"}` byte offsets,
//! `published` as an RFC 3339 string, `bound` as `"at_least"`).

use pyo3::prelude::*;
use pyo3::pybacked::PyBackedStr;
use pyo3::sync::PyOnceLock;
use pyo3::types::PyTuple;
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::error::json_error;

/// Serializes `value` as JSON, compact or with `indent` spaces.
pub(crate) fn to_json<T: Serialize>(
    py: Python<'_>,
    value: &T,
    indent: Option<usize>,
) -> PyResult<String> {
    let result = match indent {
        None => serde_json::to_string(value),
        Some(n) => {
            let pad = vec![b' '; n];
            let mut out = Vec::new();
            let formatter = serde_json::ser::PrettyFormatter::with_indent(&pad);
            let mut ser = serde_json::Serializer::with_formatter(&mut out, formatter);
            value
                .serialize(&mut ser)
                .map(|()| String::from_utf8_lossy(&out).into_owned())
        }
    };
    result.map_err(|e| json_error(py, &e))
}

/// Reads a value back from JSON.
pub(crate) fn from_json<T: DeserializeOwned>(py: Python<'_>, text: &str) -> PyResult<T> {
    serde_json::from_str(text).map_err(|e| json_error(py, &e))
}

/// Python's `json` module, imported once.
fn json_module(py: Python<'_>) -> PyResult<&Bound<'_, PyModule>> {
    static JSON: PyOnceLock<Py<PyModule>> = PyOnceLock::new();
    JSON.get_or_try_init(py, || Ok(PyModule::import(py, "json")?.unbind()))
        .map(|m| m.bind(py))
}

/// The value as plain Python objects (dicts, lists, str, int, float, None).
pub(crate) fn to_dict<'py, T: Serialize>(
    py: Python<'py>,
    value: &T,
) -> PyResult<Bound<'py, PyAny>> {
    let text = to_json(py, value, None)?;
    json_module(py)?.call_method1("loads", (text,))
}

/// Reads a value back from plain Python objects, as `to_dict` makes them.
pub(crate) fn from_dict<T: DeserializeOwned>(
    py: Python<'_>,
    data: &Bound<'_, PyAny>,
) -> PyResult<T> {
    let text: PyBackedStr = json_module(py)?.call_method1("dumps", (data,))?.extract()?;
    from_json(py, &text)
}

/// `__reduce__`: `(type(obj).from_json, (obj.to_json(),))`, so pickle,
/// multiprocessing, Dask and Spark ship the JSON form.
pub(crate) fn reduce<'py, T: Serialize>(
    obj: &Bound<'py, PyAny>,
    value: &T,
) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyTuple>)> {
    let py = obj.py();
    let constructor = obj.get_type().getattr("from_json")?;
    let args = PyTuple::new(py, [to_json(py, value, None)?])?;
    Ok((constructor, args))
}

/// The serde round trips of a model class that wraps its core value as `.0`
/// (and is made from it with `From`):
/// `to_dict`, `to_json`, `from_dict`, `from_json` and, with `reduce`,
/// pickling. One more `#[pymethods]` block per class (pyo3's
/// `multiple-pymethods`), so the classes do not each repeat them.
macro_rules! serde_methods {
    ($class:ident($core:ty), $noun:literal $(, $reduce:ident)?) => {
        #[pyo3::pymethods]
        impl $class {
            #[doc = concat!("The ", $noun, " as the JSON contract's plain Python objects.")]
            fn to_dict<'py>(
                &self,
                py: pyo3::Python<'py>,
            ) -> pyo3::PyResult<pyo3::Bound<'py, pyo3::PyAny>> {
                $crate::convert::to_dict(py, &self.0)
            }

            #[doc = concat!("The ", $noun, " as JSON, compact or indented by `indent` spaces.")]
            #[pyo3(signature = (*, indent = None))]
            fn to_json(&self, py: pyo3::Python<'_>, indent: Option<usize>) -> pyo3::PyResult<String> {
                $crate::convert::to_json(py, &self.0, indent)
            }

            #[doc = concat!("Reads the ", $noun, " back from `to_dict` output.")]
            #[classmethod]
            fn from_dict(
                _cls: &pyo3::Bound<'_, pyo3::types::PyType>,
                data: &pyo3::Bound<'_, pyo3::PyAny>,
            ) -> pyo3::PyResult<Self> {
                $crate::convert::from_dict(data.py(), data).map(<$class as From<$core>>::from)
            }

            #[doc = concat!("Reads the ", $noun, " back from `to_json` output.")]
            #[classmethod]
            fn from_json(
                cls: &pyo3::Bound<'_, pyo3::types::PyType>,
                text: pyo3::pybacked::PyBackedStr,
            ) -> pyo3::PyResult<Self> {
                $crate::convert::from_json(cls.py(), &text).map(<$class as From<$core>>::from)
            }
        }
        $($crate::convert::serde_methods!(@$reduce $class);)?
    };
    (@reduce $class:ident) => {
        #[pyo3::pymethods]
        impl $class {
            fn __reduce__<'py>(
                slf: &pyo3::Bound<'py, Self>,
            ) -> pyo3::PyResult<(pyo3::Bound<'py, pyo3::PyAny>, pyo3::Bound<'py, pyo3::types::PyTuple>)>
            {
                $crate::convert::reduce(slf.as_any(), &slf.get().0)
            }
        }
    };
}
pub(crate) use serde_methods;
