//! Finding targets in text.

use crate::Target;

/// Every target stated in `text`, in order, with spans into `text`.
///
/// `text` may be a whole article body or a single clause.
///
/// ```
/// let targets = nghiquyet_core::extract_targets("Năm 2025 đạt 90% trở lên xã đạt chuẩn nông thôn mới");
/// assert_eq!(targets.len(), 1);
/// ```
pub fn extract_targets(text: &str) -> Vec<Target> {
    let _ = text;
    Vec::new()
}
