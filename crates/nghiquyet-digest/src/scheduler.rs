//! The long-running scheduler: passes when digests are due, sleeps between.

use std::future::Future;
use std::time::Duration;

use chrono::{DateTime, Utc};
use nghiquyet_store::Store;

use crate::{Error, SendReport, Service, Stop};

/// Where the scheduler reads the time.
#[derive(Debug, Clone, Copy)]
pub enum Clock {
    /// The system clock.
    System,
    /// `start` at the moment the clock was made, then moving with tokio's
    /// clock: with `tokio::time::pause` tests move time by hand.
    Tokio {
        /// The time at `at`.
        start: DateTime<Utc>,
        /// The tokio instant `start` corresponds to.
        at: tokio::time::Instant,
    },
}

impl Clock {
    /// A clock that reads `start` now and moves with tokio's time.
    pub fn starting_at(start: DateTime<Utc>) -> Self {
        Clock::Tokio {
            start,
            at: tokio::time::Instant::now(),
        }
    }

    /// The time now.
    pub fn now(&self) -> DateTime<Utc> {
        match self {
            Clock::System => Utc::now(),
            Clock::Tokio { start, at } => {
                *start + chrono::Duration::from_std(at.elapsed()).unwrap_or_default()
            }
        }
    }
}

/// How [`run`] behaves.
#[derive(Debug, Clone, Copy)]
pub struct RunOptions {
    /// How often to look for changes made by other processes (new
    /// subscribers, schedule changes, new articles): a cheap check of the
    /// store's data version.
    pub poll: Duration,
}

impl Default for RunOptions {
    fn default() -> Self {
        RunOptions {
            poll: Duration::from_secs(5),
        }
    }
}

/// The scheduler: sends what is due, sleeps until the next digest is due,
/// wakes early when the store changes or [`Service::notifier`] fires, and
/// returns when `shutdown` completes. A pass in flight at shutdown starts no
/// new digest, finishes those in flight (within the SMTP timeout) and
/// records them before `run` returns.
///
/// After downtime, each subscriber gets one catch-up digest, not one per
/// missed slot. `on_pass` hears the outcome of every pass.
pub async fn run<S, G, F>(
    service: Service<S>,
    clock: Clock,
    options: RunOptions,
    shutdown: G,
    mut on_pass: F,
) -> Result<(), Error>
where
    S: Store,
    G: Future,
    F: FnMut(DateTime<Utc>, &Result<SendReport, Error>),
{
    tokio::pin!(shutdown);
    let notify = service.notifier();
    let mut version = service.store().data_version().await?;
    let mut failures = 0u32;
    loop {
        let now = clock.now();
        let stop = Stop::new();
        let report = {
            let pass = service.send_due(now, &stop);
            tokio::pin!(pass);
            tokio::select! {
                r = &mut pass => r,
                _ = &mut shutdown => {
                    stop.stop();
                    let report = pass.await;
                    on_pass(now, &report);
                    return Ok(());
                }
            }
        };
        on_pass(now, &report);
        let next = if report.is_err() {
            // A pass that had to stop (an operator fault, a store failure):
            // try again later and later, not in a loop.
            failures = failures.saturating_add(1);
            let wait = options
                .poll
                .max(Duration::from_secs(1))
                .saturating_mul(1 << failures.min(10))
                .min(Duration::from_secs(900));
            Some(clock.now() + chrono::Duration::from_std(wait).unwrap_or_default())
        } else {
            failures = 0;
            match service.next_wake(clock.now()).await {
                Ok(next) => next,
                Err(e) => {
                    // Look again at the next poll rather than stop serving.
                    on_pass(clock.now(), &Err(e));
                    None
                }
            }
        };
        loop {
            let now = clock.now();
            let poll_at = now + chrono::Duration::from_std(options.poll).unwrap_or_default();
            let target = next.map_or(poll_at, |n| n.min(poll_at));
            let wait = (target - now).to_std().unwrap_or(Duration::ZERO);
            tokio::select! {
                biased;
                _ = &mut shutdown => return Ok(()),
                _ = notify.notified() => break,
                _ = tokio::time::sleep(wait) => {}
            }
            if next.is_some_and(|n| clock.now() >= n) {
                break;
            }
            let v = service.store().data_version().await.unwrap_or(version + 1);
            if v != version {
                version = v;
                break;
            }
        }
    }
}
