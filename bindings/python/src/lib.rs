//! Python bindings for nghiquyet: the private native module
//! `nghiquyet._nghiquyet`, re-exported by the `nghiquyet` package.
//!
//! A thin layer over `nghiquyet-core` (and the page reader of
//! `nghiquyet-ingest`, without its HTTP client): newtype wrappers (`PyArticle` over
//! `Article`, ...) with `From` both ways and no logic of their own, one file
//! per core module, and one conversion from core errors to the Python
//! exception hierarchy (`error`). No panic reaches Python: every call into
//! the core is guarded and a panic becomes `NghiquyetError`.

mod article;
mod convert;
mod digest;
mod error;
mod extract;
mod frame;
mod html;
mod page;
mod repr;
mod resolution;
mod span;
mod target;
mod term;

use pyo3::prelude::*;

pub use article::PyArticle;
pub use resolution::PyResolution;
pub use span::PySpan;
pub use target::PyTarget;
pub use term::PyTerm;

/// The native module.
#[pymodule]
fn _nghiquyet(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    error::register(m)?;
    m.add_class::<PySpan>()?;
    m.add_class::<PyTerm>()?;
    m.add_class::<PyResolution>()?;
    m.add_class::<PyTarget>()?;
    article::register(m)?;
    extract::register(m)?;
    digest::register(m)?;
    frame::register(m)?;
    page::register(m)?;
    Ok(())
}
