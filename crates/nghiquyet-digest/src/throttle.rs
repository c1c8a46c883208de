//! The send rate shared by every sender of a store: before each message, a
//! worker takes one send from the relay's allowance in the store (see
//! `Store::take_sends`), so a provider's limit holds across processes and
//! machines. One process asks the store for a few sends at a time and
//! hands them out to its connections.

use std::time::Duration;

use nghiquyet_store::Store;
use tokio::sync::Mutex;

use crate::Stop;

/// A limit on messages per second to one mail relay.
///
/// ```
/// let rate = nghiquyet_digest::Rate { relay: "smtp.example.vn:25".into(), per_second: 50.0 };
/// assert_eq!(rate.per_second, 50.0);
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Rate {
    /// The relay the limit is for (host and port): senders of the same
    /// store sending to it share the limit.
    pub relay: String,
    /// Messages per second, all senders together.
    pub per_second: f64,
}

/// One pass's share of the allowance.
pub(crate) struct Throttle<S> {
    store: S,
    rate: Rate,
    /// Sends taken from the store and not used yet.
    stash: Mutex<u32>,
    /// How many to take at once: about 50 ms worth, at most one per connection.
    batch: u32,
}

impl<S: Store> Throttle<S> {
    pub(crate) fn new(store: S, rate: Rate, connections: usize) -> Self {
        let batch = (rate.per_second / 20.0)
            .ceil()
            .clamp(1.0, connections.max(1) as f64) as u32;
        Throttle {
            store,
            rate,
            stash: Mutex::new(0),
            batch,
        }
    }

    /// Waits for one send; `false` when a stop came first. A store error
    /// is waited out (a second, then again): sending without the store's
    /// word would break the limit.
    pub(crate) async fn acquire(&self, halts: &[Stop]) -> bool {
        loop {
            if halts.iter().any(Stop::is_stopped) {
                return false;
            }
            let wait = {
                let mut stash = self.stash.lock().await;
                if *stash > 0 {
                    *stash -= 1;
                    return true;
                }
                match self
                    .store
                    .take_sends(self.rate.relay.clone(), self.rate.per_second, self.batch)
                    .await
                {
                    Ok(a) if a.granted > 0 => {
                        *stash = a.granted - 1;
                        return true;
                    }
                    Ok(a) => a.wait.max(Duration::from_millis(1)),
                    Err(_) => Duration::from_secs(1),
                }
            };
            // Sleep in short steps so a stop is seen at once.
            let deadline = tokio::time::Instant::now() + wait;
            while tokio::time::Instant::now() < deadline {
                if halts.iter().any(Stop::is_stopped) {
                    return false;
                }
                tokio::time::sleep_until(
                    deadline.min(tokio::time::Instant::now() + Duration::from_millis(100)),
                )
                .await;
            }
        }
    }
}
