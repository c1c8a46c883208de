//! The flag that stops a pass (SIGTERM, an operator fault, a store failure).

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

/// A flag that stops a pass: no new digest is started, what is in flight
/// is finished (within the SMTP timeout) and recorded.
///
/// ```
/// let stop = nghiquyet_digest::Stop::new();
/// let seen_by_a_worker = stop.clone();
/// stop.stop();
/// assert!(seen_by_a_worker.is_stopped());
/// ```
#[derive(Debug, Clone, Default)]
pub struct Stop(Arc<AtomicBool>);

impl Stop {
    /// A flag not raised.
    pub fn new() -> Self {
        Self::default()
    }

    /// Raises the flag.
    pub fn stop(&self) {
        self.0.store(true, Ordering::SeqCst);
    }

    /// Whether the flag is raised.
    pub fn is_stopped(&self) -> bool {
        self.0.load(Ordering::SeqCst)
    }
}
