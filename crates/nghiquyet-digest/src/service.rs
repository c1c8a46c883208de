//! Making and sending digests: one pass ([`Service::send_due`]) and the
//! long-running scheduler ([`run`]).

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};
use serde::Serialize;
use tokio::sync::Notify;

use crate::{Composer, Digest, Error, Mailer, RetryPolicy, Store, Subscriber};

/// How long a sender's claim on a digest lasts if it crashes while sending.
const CLAIM_LEASE: Duration = Duration::from_secs(600);

/// How many digests are sent at once (the SMTP pool holds as many connections).
pub const CONCURRENCY: usize = 8;

/// Sends one digest, retrying temporary failures; the outcome of every attempt.
async fn send_with_retry(
    mailer: &Mailer,
    envelope: &lettre::address::Envelope,
    digest: &Digest,
    retry: RetryPolicy,
) -> Vec<Result<(), Error>> {
    let mut attempts = Vec::new();
    for n in 1..=retry.attempts.max(1) {
        let result = mailer
            .send_raw(envelope, &digest.message, &digest.message_id)
            .await;
        let again = matches!(&result, Err(e) if !matches!(e, Error::Send { transient: false, .. }));
        attempts.push(result);
        if !again || n == retry.attempts {
            break;
        }
        tokio::time::sleep(retry.backoff(n)).await;
    }
    attempts
}

/// What one pass of sending did.
#[derive(Debug, Default, Serialize)]
pub struct SendReport {
    /// Digests the server accepted.
    pub sent: Vec<Outcome>,
    /// Digests refused for good (5xx); their items come in the next digest.
    pub failed: Vec<Outcome>,
    /// Digests that failed temporarily and stay pending for a later attempt.
    pub deferred: Vec<Outcome>,
    /// Subscribers whose digest was due but had nothing new.
    pub nothing_new: usize,
}

/// One digest's fate in a [`SendReport`].
#[derive(Debug, Clone, Serialize)]
pub struct Outcome {
    /// The recipient.
    pub recipient: String,
    /// The Message-ID.
    pub message_id: String,
    /// How many articles it holds.
    pub articles: i64,
    /// The error, for failed and deferred digests.
    pub error: Option<String>,
}

impl Outcome {
    fn of(d: &Digest, error: Option<String>) -> Self {
        Outcome {
            recipient: d.recipient.clone(),
            message_id: d.message_id.clone(),
            articles: d.articles,
            error,
        }
    }
}

/// The digest service: a store, a composer and a mailer.
///
/// ```
/// use nghiquyet_digest::{Composer, Filter, Lang, MailSettings, Mailer, NewSubscriber, Renderer, Service, Store};
///
/// let mut store = Store::open_in_memory()?;
/// let day = |d: &str| -> chrono::DateTime<chrono::Utc> { d.parse().unwrap() };
/// store.subscribe(&NewSubscriber {
///     email: "an@example.vn".into(),
///     name: None,
///     schedule: "0 7 * * *".parse()?,
///     tz: "Asia/Ho_Chi_Minh".into(),
///     lang: Lang::Vi,
///     filter: Filter::default(),
///     since: None,
/// }, day("2026-11-27T00:00:00Z"))?;
/// let article = nghiquyet_core::parse_article("Tỉnh Mẫu:\nTin mới\nCập nhật: Thứ Hai 12/10/2020 - 08:00\nMột đoạn.")?;
/// store.ingest(&article, day("2026-11-27T01:00:00Z"))?;
///
/// let (mailer, sent) = Mailer::memory();
/// let mut service = Service::new(store, Composer::new(&MailSettings::default(), Renderer::new())?, mailer);
/// let rt = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
/// // 07:00 in Ho Chi Minh City is 00:00 UTC: not due yet, then due.
/// assert!(rt.block_on(service.send_due(day("2026-11-27T23:59:00Z")))?.sent.is_empty());
/// assert_eq!(rt.block_on(service.send_due(day("2026-11-28T00:00:00Z")))?.sent.len(), 1);
/// // Never twice.
/// assert!(rt.block_on(service.send_due(day("2026-11-29T00:00:00Z")))?.sent.is_empty());
/// assert_eq!(sent.lock().unwrap().len(), 1);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug)]
pub struct Service {
    store: Store,
    composer: Composer,
    mailer: Mailer,
    retry: RetryPolicy,
    notify: Arc<Notify>,
}

impl Service {
    /// A service over these parts, retrying with the default [`RetryPolicy`].
    pub fn new(store: Store, composer: Composer, mailer: Mailer) -> Self {
        Service {
            store,
            composer,
            mailer,
            retry: RetryPolicy::default(),
            notify: Arc::new(Notify::new()),
        }
    }

    /// Sets the retry policy, builder style.
    pub fn with_retry(mut self, retry: RetryPolicy) -> Self {
        self.retry = retry;
        self
    }

    /// The store.
    pub fn store(&self) -> &Store {
        &self.store
    }

    /// The store, to change.
    pub fn store_mut(&mut self) -> &mut Store {
        &mut self.store
    }

    /// The composer.
    pub fn composer(&self) -> &Composer {
        &self.composer
    }

    /// A handle that wakes [`run`] to look at the store again at once (for
    /// changes made in the same process).
    pub fn notifier(&self) -> Arc<Notify> {
        self.notify.clone()
    }

    /// Fixes every digest due at `now` as a pending digest (one per
    /// subscriber, however many slots were missed). Returns how many due
    /// subscribers had nothing new, and the subscribers whose digest could
    /// not be made (their transaction rolled back; the others go on).
    pub fn freeze_due(&mut self, now: DateTime<Utc>) -> Result<(usize, Vec<Outcome>), Error> {
        let mut nothing_new = 0;
        let mut errors = Vec::new();
        for sub in self.store.subscribers()? {
            if !sub.is_due(now) {
                continue;
            }
            let composer = &self.composer;
            let digest = self.store.freeze(sub.id, now, now, |f| {
                let id = composer.message_id(f.subscriber, f.digest_id, f.to_seq);
                let msg = composer.compose(f.subscriber, None, f.articles, &id, now)?;
                Ok((id, msg.formatted()))
            });
            match digest {
                Ok(Some(_)) => {}
                Ok(None) => nothing_new += 1,
                Err(e @ Error::Store(_)) => return Err(e),
                Err(e) => errors.push(Outcome {
                    recipient: sub.email.clone(),
                    message_id: String::new(),
                    articles: 0,
                    error: Some(e.to_string()),
                }),
            }
        }
        Ok((nothing_new, errors))
    }

    /// Sends every pending digest, up to [`CONCURRENCY`] at a time over the
    /// mailer's connection pool, retrying temporary failures with backoff
    /// and jitter; `now` stamps what was sent.
    pub async fn deliver_pending(&mut self, now: DateTime<Utc>) -> Result<SendReport, Error> {
        let mut report = SendReport::default();
        let mut queue = self.store.pending_digests()?.into_iter();
        let mut running = tokio::task::JoinSet::new();
        loop {
            while running.len() < CONCURRENCY {
                let Some(digest) = queue.next() else { break };
                // Another sender (a `digest send` beside a running `serve`)
                // may hold it: then it is theirs to send.
                if !self.store.claim(digest.id, now, CLAIM_LEASE)? {
                    continue;
                }
                let envelope = self.composer.envelope(&digest.recipient)?;
                let mailer = self.mailer.clone();
                let retry = self.retry;
                running.spawn(async move {
                    let attempts = send_with_retry(&mailer, &envelope, &digest, retry).await;
                    (digest, attempts)
                });
            }
            let Some(joined) = running.join_next().await else {
                break;
            };
            // A sending task that panicked leaves its claim to expire.
            let Ok((digest, attempts)) = joined else {
                continue;
            };
            let mut last = None;
            for attempt in &attempts {
                if let Err(e) = attempt {
                    let permanent = matches!(
                        e,
                        Error::Send {
                            transient: false,
                            ..
                        }
                    );
                    self.store
                        .mark_attempt_failed(digest.id, &e.to_string(), permanent)?;
                    last = Some((e.to_string(), permanent));
                }
            }
            match (attempts.last(), last) {
                (Some(Ok(())), _) => {
                    self.store.mark_sent(digest.id, now)?;
                    report.sent.push(Outcome::of(&digest, None));
                }
                (_, Some((msg, true))) => report.failed.push(Outcome::of(&digest, Some(msg))),
                (_, msg) => report
                    .deferred
                    .push(Outcome::of(&digest, msg.map(|(m, _)| m))),
            }
        }
        Ok(report)
    }

    /// One pass: sends what is still pending from before (after a crash or
    /// a temporary failure, with the same Message-ID), then fixes and sends
    /// every digest due at `now`.
    pub async fn send_due(&mut self, now: DateTime<Utc>) -> Result<SendReport, Error> {
        let mut report = self.deliver_pending(now).await?;
        let (nothing_new, errors) = self.freeze_due(now)?;
        report.nothing_new = nothing_new;
        let fresh = self.deliver_pending(now).await?;
        report.sent.extend(fresh.sent);
        report.failed.extend(fresh.failed);
        report.failed.extend(errors);
        // A digest deferred in the first round was tried again in the second.
        report.deferred = fresh.deferred;
        Ok(report)
    }

    /// Sends a test of `subscriber`'s next digest (what it would hold now)
    /// to `to`, changing nothing in the store. `None` when there is nothing
    /// new to show.
    pub async fn send_test(
        &self,
        subscriber: &Subscriber,
        to: &str,
        now: DateTime<Utc>,
    ) -> Result<Option<String>, Error> {
        let articles = self.store.preview(subscriber)?;
        if articles.is_empty() {
            return Ok(None);
        }
        let id = format!(
            "<test.{}.{}@{}>",
            subscriber.id,
            now.timestamp(),
            self.composer.from().email.domain()
        );
        let msg = self
            .composer
            .compose(subscriber, Some(to), &articles, &id, now)?;
        let envelope = self.composer.envelope(to)?;
        self.mailer
            .send_raw(&envelope, &msg.formatted(), &id)
            .await?;
        Ok(Some(id))
    }

    /// When the scheduler should next look: the earliest next-due time of
    /// any subscriber, or sooner when digests wait for a retry.
    pub fn next_wake(&self, now: DateTime<Utc>) -> Result<Option<DateTime<Utc>>, Error> {
        let pending = self.store.pending_digests()?;
        // A subscriber with a digest waiting for a retry gets no other.
        let mut next = self
            .store
            .subscribers()?
            .iter()
            .filter(|s| !pending.iter().any(|d| d.subscriber_id == s.id))
            .filter_map(Subscriber::next_due)
            .min();
        if !pending.is_empty() {
            let retry = now + chrono::Duration::from_std(self.retry.max).unwrap_or_default();
            next = Some(next.map_or(retry, |n| n.min(retry)));
        }
        Ok(next)
    }
}

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
/// returns when `shutdown` completes (after finishing a pass in flight).
///
/// After downtime, each subscriber gets one catch-up digest, not one per
/// missed slot. `on_pass` hears the outcome of every pass.
pub async fn run<S, F>(
    mut service: Service,
    clock: Clock,
    options: RunOptions,
    shutdown: S,
    mut on_pass: F,
) -> Result<(), Error>
where
    S: Future,
    F: FnMut(DateTime<Utc>, &Result<SendReport, Error>),
{
    tokio::pin!(shutdown);
    let notify = service.notifier();
    let mut version = service.store.data_version()?;
    loop {
        let now = clock.now();
        let report = service.send_due(now).await;
        on_pass(now, &report);
        let next = match service.next_wake(clock.now()) {
            Ok(next) => next,
            Err(e) => {
                // Look again at the next poll rather than stop serving.
                on_pass(clock.now(), &Err(e));
                None
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
            let v = service.store.data_version().unwrap_or(version + 1);
            if v != version {
                version = v;
                break;
            }
        }
    }
}
