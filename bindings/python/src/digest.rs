//! `render_digest`: a digest preview from a notebook, with the very
//! templates the digest service sends (`nghiquyet-digest`, built
//! rendering-only: no store, mailer or scheduler in the wheel).

use nghiquyet_core::Article;
use nghiquyet_digest::{Lang, RenderedDigest};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;

use crate::article::PyArticle;
use crate::error::{self, catch};

/// A rendered digest: `subject`, `html` and the plain-text alternative `text`.
#[pyclass(name = "Digest", module = "nghiquyet", frozen, eq)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PyDigest(pub RenderedDigest);

#[pymethods]
impl PyDigest {
    /// The email subject.
    #[getter]
    fn subject(&self) -> &str {
        &self.0.subject
    }

    /// The HTML body: table layout, inline CSS, no scripts or remote assets.
    #[getter]
    fn html(&self) -> &str {
        &self.0.html
    }

    /// The plain-text alternative.
    #[getter]
    fn text(&self) -> &str {
        &self.0.text
    }

    /// The digest's HTML, for notebooks.
    fn _repr_html_(&self) -> &str {
        &self.0.html
    }

    fn __repr__(&self) -> String {
        format!(
            "Digest(subject={:?}, html=<{} chars>, text=<{} chars>)",
            self.0.subject,
            self.0.html.chars().count(),
            self.0.text.chars().count()
        )
    }
}

/// Renders `articles` as a digest in `lang` ("vi" or "en").
#[pyfunction(signature = (articles, *, lang = "vi"))]
fn render_digest(py: Python<'_>, articles: &Bound<'_, PyAny>, lang: &str) -> PyResult<PyDigest> {
    let lang: Lang = lang
        .parse()
        .map_err(|e: nghiquyet_digest::Error| PyValueError::new_err(e.to_string()))?;
    let mut items: Vec<Article> = Vec::new();
    for (i, item) in articles.try_iter()?.enumerate() {
        let item = item?;
        let article = item.cast::<PyArticle>().map_err(|_| {
            PyTypeError::new_err(format!(
                "item {i}: expected Article, got {}",
                item.get_type()
                    .name()
                    .map_or_else(|_| "?".to_string(), |n| n.to_string())
            ))
        })?;
        items.push(article.get().0.clone());
    }
    match py.detach(|| catch(|| nghiquyet_digest::render_digest(&items, lang))) {
        Ok(Ok(rendered)) => Ok(PyDigest(rendered)),
        Ok(Err(err)) => Err(PyErr::from_value(
            error::nghiquyet_error(py)?.call1((format!("cannot render the digest: {err}"),))?,
        )),
        Err(panic) => Err(error::internal_error(py, &*panic)),
    }
}

/// Adds `Digest` and `render_digest` to the module.
pub(crate) fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<PyDigest>()?;
    m.add_function(wrap_pyfunction!(render_digest, m)?)?;
    Ok(())
}
