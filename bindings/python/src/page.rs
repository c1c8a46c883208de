//! `read_page`: a saved news page (HTML) read into an `Article`, by the
//! reader `nghiquyet ingest` uses on the web.

use nghiquyet_ingest::read_page;
use pyo3::prelude::*;
use pyo3::pybacked::PyBackedBytes;
use pyo3::types::{PyBytes, PyString};

use crate::article::PyArticle;
use crate::error::{self, catch};

/// Reads a news page, its HTML as `bytes` (any charset the page or
/// `content_type` declares) or `str`, into an `Article`: title, times,
/// author and body paragraphs, with navigation, related boxes, comments and
/// the footer left out; a data table's rows read as sentences.
///
/// Raises `ParseError` for a page that is no article (`kind` "no_article",
/// "list_of_articles", "binary", "undecodable", ...). The GIL
/// is released while reading.
#[pyfunction(name = "read_page")]
#[pyo3(signature = (html, *, url = None, content_type = None))]
fn py_read_page(
    py: Python<'_>,
    html: &Bound<'_, PyAny>,
    url: Option<String>,
    content_type: Option<String>,
) -> PyResult<PyArticle> {
    let bytes: PyBackedBytes = if let Ok(s) = html.cast::<PyString>() {
        // A `str` is Unicode already: its UTF-8, whatever its <meta> says.
        let utf8 = s.call_method1("encode", ("utf-8", "surrogatepass"))?;
        PyBackedBytes::from(utf8.cast_into::<PyBytes>()?)
    } else if let Ok(b) = html.cast::<PyBytes>() {
        PyBackedBytes::from(b.clone())
    } else {
        let name = html
            .get_type()
            .name()
            .map_or_else(|_| "?".to_string(), |n| n.to_string());
        return Err(pyo3::exceptions::PyTypeError::new_err(format!(
            "expected str or bytes, got {name}"
        )));
    };
    let content_type = match (html.is_instance_of::<PyString>(), content_type) {
        (true, _) => Some("text/html; charset=utf-8".to_string()),
        (false, given) => given,
    };
    match py.detach(|| catch(|| read_page(&bytes, content_type.as_deref(), url.as_deref()))) {
        Ok(Ok(article)) => Ok(PyArticle(article)),
        Ok(Err(err)) => Err(error::page_error(py, &err)),
        Err(panic) => Err(error::internal_error(py, &*panic)),
    }
}

/// Adds `read_page` to the module.
pub(crate) fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(py_read_page, m)?)?;
    Ok(())
}
