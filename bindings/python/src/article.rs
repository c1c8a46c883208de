//! `nghiquyet.Article` and the readers: `parse_article`, `parse_many`.

use std::num::NonZeroUsize;
use std::sync::atomic::{AtomicUsize, Ordering};

use chrono::{DateTime, FixedOffset};
use nghiquyet_core::{Article, Error, parse_article, parse_article_bytes};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::pybacked::{PyBackedBytes, PyBackedStr};
use pyo3::types::{PyBytes, PyList, PyString};

use crate::convert;
use crate::error::{self, catch};
use crate::html;
use crate::repr::py_repr;
use crate::resolution::PyResolution;
use crate::span::{CharRange, PySpan};
use crate::target::PyTarget;

/// A news article about resolutions, read into its parts.
///
/// Every span in `resolutions` and `targets` is a byte range into `body`,
/// and knows its code-point range too: `body[span.char_start:span.char_end]`
/// or `article.text_of(span)` is the text it covers.
#[pyclass(name = "Article", module = "nghiquyet", frozen, eq)]
#[derive(Clone, PartialEq)]
pub struct PyArticle(pub Article);

impl From<Article> for PyArticle {
    fn from(article: Article) -> Self {
        PyArticle(article)
    }
}

impl From<PyArticle> for Article {
    fn from(article: PyArticle) -> Self {
        article.0
    }
}

#[pymethods]
impl PyArticle {
    /// A stable id: the same article always gets the same id.
    #[getter]
    fn id(&self) -> &str {
        &self.0.id
    }

    /// Where the article was read from, when known.
    #[getter]
    fn url(&self) -> Option<&str> {
        self.0.url.as_deref()
    }

    /// The kicker line above the headline, without its trailing colon.
    #[getter]
    fn kicker(&self) -> Option<&str> {
        self.0.kicker.as_deref()
    }

    /// The headline.
    #[getter]
    fn title(&self) -> Option<&str> {
        self.0.title.as_deref()
    }

    /// When the portal says it was published or last updated: a
    /// timezone-aware `datetime` keeping the portal's offset (UTC+07:00).
    #[getter]
    fn published(&self) -> Option<DateTime<FixedOffset>> {
        self.0.published
    }

    /// When the portal says it was last updated, when that differs from
    /// `published` (web pages give both; text articles give one).
    #[getter]
    fn updated(&self) -> Option<DateTime<FixedOffset>> {
        self.0.updated
    }

    /// The byline.
    #[getter]
    fn author(&self) -> Option<&str> {
        self.0.author.as_deref()
    }

    /// The body paragraphs, page chrome removed.
    #[getter]
    fn paragraphs(&self) -> Vec<String> {
        self.0.paragraphs.clone()
    }

    /// The resolutions the article mentions.
    #[getter]
    fn resolutions(&self) -> Vec<PyResolution> {
        let spans: Vec<_> = self.0.resolutions.iter().map(|r| r.span).collect();
        let chars = CharRange::of_spans(&self.0.body(), &spans);
        self.0
            .resolutions
            .iter()
            .zip(chars)
            .map(|(r, c)| PyResolution(r.clone(), c))
            .collect()
    }

    /// The targets the article states.
    #[getter]
    fn targets(&self) -> Vec<PyTarget> {
        let spans: Vec<_> = self.0.targets.iter().map(|t| t.span).collect();
        let chars = CharRange::of_spans(&self.0.body(), &spans);
        self.0
            .targets
            .iter()
            .zip(chars)
            .map(|(t, c)| PyTarget(t.clone(), c))
            .collect()
    }

    /// The text of `body` that `span` covers (a `Span` of this article's
    /// targets or resolutions: its byte offsets index the UTF-8 body).
    ///
    /// Raises `ValueError` when the span is not inside the body.
    fn text_of(&self, span: PyRef<'_, PySpan>) -> PyResult<String> {
        let body = self.0.body();
        body.get(span.0.range()).map(str::to_string).ok_or_else(|| {
            PyValueError::new_err(format!(
                "span {}..{} is not inside the body of article {} ({} bytes)",
                span.0.start,
                span.0.end,
                self.0.id,
                body.len()
            ))
        })
    }

    /// The resolution that set `target`: the one of its term, else the last
    /// one mentioned before it, else the first; `None` when the article
    /// mentions no resolution.
    fn resolution_of(&self, target: PyRef<'_, PyTarget>) -> Option<PyResolution> {
        let r = self.0.resolution_of(&target.0)?;
        let chars = CharRange::of_spans(&self.0.body(), &[r.span]);
        Some(PyResolution(r.clone(), chars.into_iter().next().flatten()))
    }

    /// The article as HTML for notebooks: its header and a table of its targets.
    fn _repr_html_(&self) -> String {
        html::article(&self.0)
    }

    /// The text every span points into: the paragraphs joined by a blank line.
    #[getter]
    fn body(&self) -> String {
        self.0.body()
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let a = &self.0;
        Ok(format!(
            "Article(id={}, kicker={}, title={}, published={}, resolutions={}, targets={})",
            py_repr(py, &a.id)?,
            py_repr(py, &a.kicker)?,
            py_repr(py, &a.title)?,
            py_repr(py, a.published.map(|p| p.to_rfc3339()))?,
            a.resolutions.len(),
            a.targets.len(),
        ))
    }
}

/// What `parse_article` and `parse_many` accept: text, or bytes that should
/// be UTF-8. Both own their data, so they can cross into other threads while
/// the GIL is released.
pub(crate) enum Input {
    Text(PyBackedStr),
    Bytes(PyBackedBytes),
}

impl Input {
    /// Reads `obj` as `str` or `bytes`. A `str` that cannot be UTF-8 (lone
    /// surrogates) is taken as its `surrogatepass` bytes, so the core reports
    /// it as invalid UTF-8 with its offset.
    pub(crate) fn extract(obj: &Bound<'_, PyAny>) -> PyResult<Option<Input>> {
        if let Ok(s) = obj.cast::<PyString>() {
            return Ok(Some(match PyBackedStr::try_from(s.clone()) {
                Ok(text) => Input::Text(text),
                Err(_) => {
                    let bytes = s.call_method1("encode", ("utf-8", "surrogatepass"))?;
                    Input::Bytes(PyBackedBytes::from(bytes.cast_into::<PyBytes>()?))
                }
            }));
        }
        if let Ok(b) = obj.cast::<PyBytes>() {
            return Ok(Some(Input::Bytes(PyBackedBytes::from(b.clone()))));
        }
        Ok(None)
    }

    fn parse(&self) -> Result<Article, Error> {
        match self {
            Input::Text(text) => parse_article(text),
            Input::Bytes(bytes) => parse_article_bytes(bytes),
        }
    }
}

pub(crate) fn type_error(obj: &Bound<'_, PyAny>, index: Option<usize>) -> PyErr {
    let name = obj
        .get_type()
        .name()
        .map_or_else(|_| "?".to_string(), |n| n.to_string());
    match index {
        Some(i) => PyTypeError::new_err(format!("item {i}: expected str or bytes, got {name}")),
        None => PyTypeError::new_err(format!("expected str or bytes, got {name}")),
    }
}

/// Reads an article in the scraped-page form from `str` or UTF-8 `bytes`.
///
/// Raises `ParseError` for input with no text, bytes that are not UTF-8, or
/// binary input. The GIL is released while parsing.
#[pyfunction(name = "parse_article")]
#[pyo3(signature = (text, *, url = None))]
fn py_parse_article(
    py: Python<'_>,
    text: &Bound<'_, PyAny>,
    url: Option<String>,
) -> PyResult<PyArticle> {
    let input = Input::extract(text)?.ok_or_else(|| type_error(text, None))?;
    match py.detach(|| catch(|| input.parse())) {
        Ok(Ok(article)) => Ok(PyArticle(match url {
            Some(url) => article.with_url(url),
            None => article,
        })),
        Ok(Err(err)) => Err(error::parse_error(py, &err, None)),
        Err(panic) => Err(error::internal_error(py, &*panic)),
    }
}

/// How many items a worker takes at a time: small enough to balance uneven
/// articles, large enough to keep the shared counter cold.
const BATCH: usize = 16;

/// What parsing one item gave: the article, a core error, or a caught panic.
type Outcome = Result<Result<Article, Error>, Box<dyn std::any::Any + Send>>;

/// Parses every input on up to `threads` threads (the calling one included),
/// results in input order.
fn parse_all(inputs: &[Input], threads: usize) -> Vec<Outcome> {
    let n = inputs.len();
    let next = AtomicUsize::new(0);
    let work = || {
        let mut done = Vec::new();
        loop {
            let start = next.fetch_add(BATCH, Ordering::Relaxed);
            if start >= n {
                break done;
            }
            for (i, input) in inputs.iter().enumerate().skip(start).take(BATCH) {
                done.push((i, catch(|| input.parse())));
            }
        }
    };
    let mut slots: Vec<Option<Outcome>> = std::iter::repeat_with(|| None).take(n).collect();
    std::thread::scope(|scope| {
        // A thread that cannot be spawned is no error: the others, and this
        // one, take its share.
        let workers: Vec<_> = (1..threads)
            .filter_map(|_| std::thread::Builder::new().spawn_scoped(scope, work).ok())
            .collect();
        let mut all = vec![work()];
        all.extend(workers.into_iter().filter_map(|w| w.join().ok()));
        for (i, outcome) in all.into_iter().flatten() {
            slots[i] = Some(outcome);
        }
    });
    slots
        .into_iter()
        .map(|slot| slot.unwrap_or_else(|| Err(Box::new("a worker thread failed"))))
        .collect()
}

/// Reads many articles in parallel, with the GIL released.
///
/// `threads` caps the number of threads (default: every core). With
/// `errors="raise"` (the default) the first bad item raises `ParseError`
/// with its `index`; with `errors="collect"` a bad item comes back as its
/// `ParseError` in its place. Items that are neither `str` nor `bytes`
/// raise `TypeError` in either mode.
#[pyfunction]
#[pyo3(signature = (texts, *, threads = None, errors = "raise"))]
fn parse_many<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    threads: Option<i64>,
    errors: &str,
) -> PyResult<Bound<'py, PyList>> {
    let collect = match errors {
        "raise" => false,
        "collect" => true,
        other => {
            return Err(PyValueError::new_err(format!(
                "errors must be \"raise\" or \"collect\", not {other:?}"
            )));
        }
    };
    let cores = std::thread::available_parallelism().map_or(1, NonZeroUsize::get);
    let threads = match threads {
        None => cores,
        Some(t) if t >= 1 => usize::try_from(t).unwrap_or(usize::MAX),
        Some(t) => {
            return Err(PyValueError::new_err(format!(
                "threads must be at least 1, not {t}"
            )));
        }
    };
    let mut inputs = Vec::new();
    for (i, item) in texts.try_iter()?.enumerate() {
        let item = item?;
        inputs.push(Input::extract(&item)?.ok_or_else(|| type_error(&item, Some(i)))?);
    }
    let threads = threads.min(inputs.len().div_ceil(BATCH)).max(1);
    let outcomes = py.detach(|| parse_all(&inputs, threads));
    drop(inputs);

    let list = PyList::empty(py);
    for (i, outcome) in outcomes.into_iter().enumerate() {
        match outcome {
            Ok(Ok(article)) => list.append(PyArticle(article))?,
            Ok(Err(err)) if collect => list.append(error::parse_error_value(py, &err, Some(i))?)?,
            Ok(Err(err)) => return Err(error::parse_error(py, &err, Some(i))),
            Err(panic) => {
                let value = error::internal_error_value(py, &*panic, Some(i))?;
                if collect {
                    list.append(value)?;
                } else {
                    return Err(PyErr::from_value(value));
                }
            }
        }
    }
    Ok(list)
}

/// Adds `Article`, `parse_article` and `parse_many` to the module.
pub(crate) fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<PyArticle>()?;
    m.add_function(wrap_pyfunction!(py_parse_article, m)?)?;
    m.add_function(wrap_pyfunction!(parse_many, m)?)?;
    Ok(())
}

convert::serde_methods!(PyArticle(Article), "article", reduce);
