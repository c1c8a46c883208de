//! Byte ranges into the text a model holds.

use serde::{Deserialize, Serialize};

/// A half-open byte range `[start, end)` into a text, always on char boundaries.
///
/// ```
/// use nghiquyet_core::Span;
///
/// let text = "đạt 95%";
/// let span = Span::new(7, 10);
/// assert_eq!(&text[span.range()], "95%");
/// ```
///
/// A range has exactly two ends, so `Span` stays exhaustive: `Span { start,
/// end }` works as well as [`Span::new`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Span {
    /// First byte of the range.
    pub start: usize,
    /// One past the last byte of the range.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (bytes).
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    /// The span as a range, to slice the text with.
    pub fn range(&self) -> std::ops::Range<usize> {
        self.start..self.end
    }

    /// This span moved `by` bytes to the right.
    pub fn shift(self, by: usize) -> Self {
        Span::new(self.start + by, self.end + by)
    }
}
