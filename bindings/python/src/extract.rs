//! `extract_targets`: the core's target extractor on any text.

use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::pybacked::PyBackedStr;
use pyo3::types::PyString;

use crate::error::{self, catch};
use crate::target::PyTarget;

/// Every target stated in `text`, in order, with spans (UTF-8 byte offsets)
/// into `text`. `text` may be a whole article body or a single clause.
#[pyfunction]
fn extract_targets(py: Python<'_>, text: &Bound<'_, PyAny>) -> PyResult<Vec<PyTarget>> {
    let s = text.cast::<PyString>().map_err(|_| {
        PyTypeError::new_err(format!(
            "expected str, got {}",
            text.get_type()
                .name()
                .map_or_else(|_| "?".to_string(), |n| n.to_string())
        ))
    })?;
    let text = match PyBackedStr::try_from(s.clone()) {
        Ok(text) => text,
        Err(_) => {
            // Lone surrogates: report where, in bytes of the surrogatepass encoding.
            let bytes: Vec<u8> = s
                .call_method1("encode", ("utf-8", "surrogatepass"))?
                .extract()?;
            let offset = std::str::from_utf8(&bytes).err().map(|e| e.valid_up_to());
            let message = match offset {
                Some(o) => format!("invalid UTF-8 at byte {o}"),
                None => "invalid UTF-8".to_string(),
            };
            let value = error::new_parse_error(py, "invalid_utf8", &message, offset, None)?;
            return Err(PyErr::from_value(value));
        }
    };
    match py.detach(|| catch(|| nghiquyet_core::extract_targets(&text))) {
        Ok(targets) => Ok(targets.into_iter().map(PyTarget).collect()),
        Err(panic) => Err(error::internal_error(py, &*panic)),
    }
}

/// Adds `extract_targets` to the module.
pub(crate) fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(extract_targets, m)?)?;
    Ok(())
}
