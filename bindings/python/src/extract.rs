//! `extract_targets`: the core's target extractor on any text.

use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::pybacked::PyBackedStr;
use pyo3::types::{PyBytes, PyString};

use crate::error::{self, catch};
use crate::span::CharRange;
use crate::target::PyTarget;

/// A `ParseError` of kind "invalid_utf8" at byte `offset` of the input.
fn invalid_utf8(py: Python<'_>, offset: usize) -> PyErr {
    let message = format!("invalid UTF-8 at byte {offset}");
    match error::new_parse_error(py, "invalid_utf8", &message, Some(offset), None) {
        Ok(value) => PyErr::from_value(value),
        Err(err) => err,
    }
}

/// Every target stated in `text` (`str`, or `bytes` that must be UTF-8), in
/// order. `text` may be a whole article body or a single clause; give it
/// NFC text (as `Article.body` is). Spans index `text`: byte offsets into its
/// UTF-8 form, and `char_start`/`char_end` into the `str` (for `bytes`, the
/// decoded `str`).
///
/// `published`, the day the text was published (a `datetime.date`), reads
/// figures tied to earlier years as reported results, not targets, as
/// `parse_article` does with an article's own date. Without it the text is
/// read as of late 2025: a plain year up to 2025 heading a figure with no
/// goal cue tells what that year brought.
#[pyfunction]
#[pyo3(signature = (text, *, published = None))]
fn extract_targets(
    py: Python<'_>,
    text: &Bound<'_, PyAny>,
    published: Option<chrono::NaiveDate>,
) -> PyResult<Vec<PyTarget>> {
    let text: String = if let Ok(s) = text.cast::<PyString>() {
        match PyBackedStr::try_from(s.clone()) {
            Ok(text) => text.to_string(),
            Err(_) => {
                // Lone surrogates: report where, in bytes of the surrogatepass encoding.
                let bytes: Vec<u8> = s
                    .call_method1("encode", ("utf-8", "surrogatepass"))?
                    .extract()?;
                let offset = std::str::from_utf8(&bytes).map_or_else(|e| e.valid_up_to(), |_| 0);
                return Err(invalid_utf8(py, offset));
            }
        }
    } else if let Ok(b) = text.cast::<PyBytes>() {
        match std::str::from_utf8(b.as_bytes()) {
            Ok(text) => text.to_string(),
            Err(e) => return Err(invalid_utf8(py, e.valid_up_to())),
        }
    } else {
        return Err(PyTypeError::new_err(format!(
            "expected str or bytes, got {}",
            text.get_type()
                .name()
                .map_or_else(|_| "?".to_string(), |n| n.to_string())
        )));
    };
    let found = py.detach(|| {
        catch(|| {
            let reader = nghiquyet_core::TargetReader::new(&text);
            let targets: Vec<_> = match published {
                Some(date) => reader.published(date).collect(),
                None => reader.collect(),
            };
            let spans: Vec<_> = targets.iter().map(|t| t.span).collect();
            let chars = CharRange::of_spans(&text, &spans);
            targets.into_iter().zip(chars).collect::<Vec<_>>()
        })
    });
    match found {
        Ok(targets) => Ok(targets.into_iter().map(|(t, c)| PyTarget(t, c)).collect()),
        Err(panic) => Err(error::internal_error(py, &*panic)),
    }
}

/// Adds `extract_targets` to the module.
pub(crate) fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(extract_targets, m)?)?;
    Ok(())
}
