//! The columns behind `nghiquyet.targets_frame`, `targets_table`,
//! `articles_frame` and `articles_table`: one pass in Rust over the articles
//! gives a dict of plain Python lists, one per column; the Python side
//! (`nghiquyet/_frames.py`) turns them into pandas or Arrow arrays with their
//! dtypes.
//!
//! `published` comes as two columns, `published_us` (microseconds since the
//! Unix epoch) and `published_offset` (seconds east of UTC), so the Python
//! side can choose the zone of the whole column. `bound` comes as codes
//! into `BOUNDS`, the categories.

use nghiquyet_core::Article;
use nghiquyet_core::Bound as TargetBound;
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::PyDict;

use crate::article::PyArticle;
use crate::span::CharRange;

/// Every bound name, in the order of `Bound::ALL`: the categories of the
/// `bound` column, and what its codes index.
pub(crate) fn bound_names() -> Vec<&'static str> {
    TargetBound::ALL.iter().map(|b| b.as_str()).collect()
}

/// The articles of an iterable, refusing anything else with its index.
fn articles<'py>(items: &Bound<'py, PyAny>) -> PyResult<Vec<Bound<'py, PyArticle>>> {
    let mut out = Vec::new();
    for (i, item) in items.try_iter()?.enumerate() {
        let item = item?;
        let article = item.cast_into::<PyArticle>().map_err(|e| {
            let name = e
                .into_inner()
                .get_type()
                .name()
                .map_or_else(|_| "?".to_string(), |n| n.to_string());
            PyTypeError::new_err(format!("item {i}: expected Article, got {name}"))
        })?;
        out.push(article);
    }
    Ok(out)
}

fn published(a: &Article) -> (Option<i64>, Option<i32>) {
    match a.published {
        Some(p) => (
            Some(p.timestamp_micros()),
            Some(p.offset().local_minus_utc()),
        ),
        None => (None, None),
    }
}

/// Sets `dict[name] = list(values)` for each column.
macro_rules! columns {
    ($dict:ident; $($name:ident),* $(,)?) => {
        $( $dict.set_item(stringify!($name), $name)?; )*
    };
}

/// One row per target of `articles`: the columns of `targets_frame`, with
/// `published_us`/`published_offset` for `published` and bound codes.
#[pyfunction]
pub(crate) fn _target_columns<'py>(
    py: Python<'py>,
    articles: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyDict>> {
    let articles = self::articles(articles)?;
    let n: usize = articles.iter().map(|a| a.get().0.targets.len()).sum();
    let mut article_id = Vec::with_capacity(n);
    let mut url = Vec::with_capacity(n);
    let mut published_us = Vec::with_capacity(n);
    let mut published_offset = Vec::with_capacity(n);
    let mut kicker = Vec::with_capacity(n);
    let mut title = Vec::with_capacity(n);
    let mut issuer = Vec::with_capacity(n);
    let mut resolution_number = Vec::with_capacity(n);
    let mut congress = Vec::with_capacity(n);
    let mut term_start = Vec::with_capacity(n);
    let mut term_end = Vec::with_capacity(n);
    let mut value = Vec::with_capacity(n);
    let mut value_max = Vec::with_capacity(n);
    let mut unit = Vec::with_capacity(n);
    let mut per = Vec::with_capacity(n);
    let mut bound = Vec::with_capacity(n);
    let mut subject = Vec::with_capacity(n);
    let mut criterion = Vec::with_capacity(n);
    let mut baseline = Vec::with_capacity(n);
    let mut achieved = Vec::with_capacity(n);
    let mut deadline_year = Vec::with_capacity(n);
    let mut text = Vec::with_capacity(n);
    let mut char_start = Vec::with_capacity(n);
    let mut char_end = Vec::with_capacity(n);
    let mut resolution_subject = Vec::with_capacity(n);
    for a in &articles {
        let a = &a.get().0;
        let (us, offset) = published(a);
        let spans: Vec<_> = a.targets.iter().map(|t| t.span).collect();
        let chars = CharRange::of_spans(&a.body(), &spans);
        for (t, c) in a.targets.iter().zip(chars) {
            let r = a.resolution_of(t);
            // The target's own term, else its resolution's.
            let term = t.term.or_else(|| r.and_then(|r| r.term));
            article_id.push(a.id.as_str());
            url.push(a.url.as_deref());
            published_us.push(us);
            published_offset.push(offset);
            kicker.push(a.kicker.as_deref());
            title.push(a.title.as_deref());
            issuer.push(r.and_then(|r| r.issuer.as_deref()));
            resolution_number.push(r.and_then(|r| r.number.as_deref()));
            congress.push(r.and_then(|r| r.congress));
            term_start.push(term.map(|t| t.start));
            term_end.push(term.map(|t| t.end));
            value.push(t.value);
            value_max.push(t.value_max);
            unit.push(t.unit.as_deref());
            per.push(t.per.as_deref());
            bound.push(TargetBound::ALL.iter().position(|b| *b == t.bound));
            subject.push(t.subject.as_deref());
            criterion.push(t.criterion.as_deref());
            baseline.push(t.baseline.as_deref());
            achieved.push(t.achieved);
            deadline_year.push(t.deadline_year);
            text.push(t.text.as_str());
            char_start.push(c.map(|c| c.start));
            char_end.push(c.map(|c| c.end));
            resolution_subject.push(r.and_then(|r| r.subject.as_deref()));
        }
    }
    let dict = PyDict::new(py);
    columns!(dict; article_id, url, published_us, published_offset, kicker, title, issuer,
        resolution_number, congress, term_start, term_end, value, value_max, unit, per, bound,
        subject, criterion, baseline, achieved, deadline_year, text, char_start, char_end,
        resolution_subject);
    Ok(dict)
}

/// One row per article: the columns of `articles_frame`.
#[pyfunction]
pub(crate) fn _article_columns<'py>(
    py: Python<'py>,
    articles: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyDict>> {
    let articles = self::articles(articles)?;
    let n = articles.len();
    let mut article_id = Vec::with_capacity(n);
    let mut url = Vec::with_capacity(n);
    let mut published_us = Vec::with_capacity(n);
    let mut published_offset = Vec::with_capacity(n);
    let mut kicker = Vec::with_capacity(n);
    let mut title = Vec::with_capacity(n);
    let mut author = Vec::with_capacity(n);
    let mut issuer = Vec::with_capacity(n);
    let mut resolution_count = Vec::with_capacity(n);
    let mut target_count = Vec::with_capacity(n);
    let mut body = Vec::with_capacity(n);
    for a in &articles {
        let a = &a.get().0;
        let (us, offset) = published(a);
        article_id.push(a.id.clone());
        url.push(a.url.clone());
        published_us.push(us);
        published_offset.push(offset);
        kicker.push(a.kicker.clone());
        title.push(a.title.clone());
        author.push(a.author.clone());
        issuer.push(a.resolutions.iter().find_map(|r| r.issuer.clone()));
        resolution_count.push(a.resolutions.len());
        target_count.push(a.targets.len());
        body.push(a.body());
    }
    let dict = PyDict::new(py);
    columns!(dict; article_id, url, published_us, published_offset, kicker, title, author,
        issuer, resolution_count, target_count, body);
    Ok(dict)
}

/// Adds `BOUNDS` and the private column builders to the module.
pub(crate) fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("BOUNDS", pyo3::types::PyTuple::new(m.py(), bound_names())?)?;
    m.add_function(wrap_pyfunction!(_target_columns, m)?)?;
    m.add_function(wrap_pyfunction!(_article_columns, m)?)?;
    Ok(())
}
