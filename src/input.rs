//! Reading the inputs named on the command line.

use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};

/// One input: a file or standard input.
#[derive(Debug, Clone)]
pub enum Source {
    /// Standard input, named "-".
    Stdin,
    /// A file.
    File(PathBuf),
}

impl Source {
    /// The source a command-line argument names.
    pub fn from_arg(path: &Path) -> Self {
        if path.as_os_str() == "-" {
            Source::Stdin
        } else {
            Source::File(path.to_path_buf())
        }
    }

    /// The sources of a list of arguments; none means standard input.
    pub fn from_args(paths: &[PathBuf]) -> Vec<Self> {
        if paths.is_empty() {
            vec![Source::Stdin]
        } else {
            paths.iter().map(|p| Self::from_arg(p)).collect()
        }
    }

    /// Reads the whole input as bytes.
    pub fn read(&self) -> Result<Vec<u8>, InputError> {
        let mut buf = Vec::new();
        let res = match self {
            Source::Stdin => std::io::stdin().lock().read_to_end(&mut buf).map(|_| ()),
            Source::File(p) => std::fs::read(p).map(|b| buf = b),
        };
        res.map_err(|e| InputError {
            source: self.clone(),
            what: e.to_string(),
        })?;
        Ok(buf)
    }

    /// `bytes` read from this input as UTF-8 text, refusing empty, binary
    /// and non-UTF-8 input, without a copy.
    pub fn check_text<'b>(&self, bytes: &'b [u8]) -> Result<&'b str, InputError> {
        if bytes.iter().all(u8::is_ascii_whitespace) {
            return Err(self.error("empty input: no text to read".into()));
        }
        if let Some(pos) = memchr::memchr(0, bytes) {
            return Err(self.error(format!("binary input: NUL byte at byte {pos}")));
        }
        // simdutf8 checks a valid text several times faster than the
        // standard library; only a fault pays for finding its position.
        simdutf8::basic::from_utf8(bytes).or_else(|_| {
            std::str::from_utf8(bytes)
                .map_err(|e| self.error(format!("invalid UTF-8 at byte {}", e.valid_up_to())))
        })
    }

    /// Whether this input is a web page rather than article text: a file
    /// named `*.html` or `*.htm`, or bytes that open as an HTML document
    /// (`<!DOCTYPE html` or `<html`, after a byte-order mark and white
    /// space). Read as text, a page's markup would end up in the targets.
    pub fn is_page(&self, bytes: &[u8]) -> bool {
        let named = matches!(self, Source::File(p) if is_html_name(p));
        named || opens_as_html(bytes)
    }

    fn error(&self, what: String) -> InputError {
        InputError {
            source: self.clone(),
            what,
        }
    }
}

/// A file name that says web page: `*.html` or `*.htm`, in any case.
pub fn is_html_name(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm"))
}

/// Bytes that open as an HTML document. Only the document's own opening
/// counts: article text may well quote a tag later on.
fn opens_as_html(bytes: &[u8]) -> bool {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let start = bytes
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(bytes.len());
    let head = &bytes[start..bytes.len().min(start + 14)];
    [&b"<!doctype html"[..], &b"<html"[..]]
        .iter()
        .any(|tag| head.len() >= tag.len() && head[..tag.len()].eq_ignore_ascii_case(tag))
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::Stdin => f.write_str("<stdin>"),
            Source::File(p) => write!(f, "{}", p.display()),
        }
    }
}

/// An input that could not be read, with the input it came from.
#[derive(Debug)]
pub struct InputError {
    /// The input.
    pub source: Source,
    /// What was wrong.
    pub what: String,
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.source, self.what)
    }
}

impl std::error::Error for InputError {}
