//! `read_page`: a saved news page (HTML) read into an `Article`, by the
//! reader `nghiquyet ingest` uses on the web.

use nghiquyet_ingest::read_page;
use pyo3::prelude::*;

use crate::article::{Input, PyArticle, type_error};
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
    // A `str` is Unicode already: read as UTF-8, whatever its <meta> says.
    let input = Input::extract(html)?.ok_or_else(|| type_error(html, None))?;
    let (bytes, content_type): (&[u8], Option<&str>) = match &input {
        Input::Text(text) => (text.as_bytes(), Some("text/html; charset=utf-8")),
        Input::Bytes(bytes) => (bytes.as_ref(), content_type.as_deref()),
    };
    match py.detach(|| catch(|| read_page(bytes, content_type, url.as_deref()))) {
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
