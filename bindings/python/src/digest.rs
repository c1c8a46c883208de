//! Digest rendering: the place for `render_digest`.
//!
//! `nghiquyet-digest` (another crate of the workspace) renders digests. Its
//! binding goes here, one file for the one core module, as
//! `render_digest(articles, *, lang="vi") -> Digest` with a frozen `Digest`
//! class (`subject`, `html`, `text`), registered below and re-exported from
//! `nghiquyet/__init__.py`, with its stub in `_nghiquyet.pyi`.
//! `examples/python/preview_digest.py` is written against that API.

use pyo3::prelude::*;

/// Adds the digest bindings to the module: none yet.
pub(crate) fn register(_m: &Bound<'_, PyModule>) -> PyResult<()> {
    Ok(())
}
