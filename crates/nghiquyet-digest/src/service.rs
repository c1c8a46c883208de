//! One pass of the digest service: fix the digests due, claim what is
//! pending, send it over several connections at once, record every outcome.
//! Everything is batched: subscribers are read a page at a time, each
//! distinct content is rendered once, claims and outcomes are written in
//! one transaction per batch.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};
use nghiquyet_core::Article;
use nghiquyet_store::{
    Advance, BodyRecord, Claimed, FreezeBatch, NewDigest, Outcome as Fate, Record, SenderId, Store,
    StoredArticle, SubscriberStatus,
};
use serde::Serialize;
use tokio::sync::{Mutex, Notify, mpsc};

use crate::message::{Body, Parts};
use crate::{Composer, Error, Fault, Lang, Schedule, Step, Stop, Subscriber, Transport};

/// Subscribers read (and digests fixed) per transaction.
const PAGE: usize = 1000;
/// Digests claimed per transaction.
const CLAIM: usize = 512;
/// Outcomes recorded per transaction, at most.
const RECORD: usize = 512;
/// How often a sender renews its claims.
const HEARTBEAT: Duration = Duration::from_secs(20);
/// The longest wait before a deferred digest or a held subscriber is tried again.
const MAX_BACKOFF: Duration = Duration::from_secs(6 * 3600);
/// How long an outcome's write is retried while the store is busy.
const RECORD_PATIENCE: Duration = Duration::from_secs(300);
/// At most this many failed and deferred digests are listed in a report.
const DETAILS: usize = 1000;

/// How temporary failures are retried inside one pass before a digest is
/// deferred: exponential backoff with jitter.
#[derive(Debug, Clone, Copy)]
pub struct RetryPolicy {
    /// Attempts in one pass, the first included.
    pub attempts: u32,
    /// The first wait.
    pub base: Duration,
    /// The longest wait.
    pub max: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            attempts: 3,
            base: Duration::from_millis(250),
            max: Duration::from_secs(5),
        }
    }
}

/// `base * 2^(n-1)` capped at `max`, scaled by a random factor in [0.5, 1).
///
/// ```
/// use std::time::Duration;
/// let d = nghiquyet_digest::backoff(Duration::from_secs(60), 3, Duration::from_secs(3600));
/// assert!(d >= Duration::from_secs(120) && d < Duration::from_secs(240));
/// assert_eq!(nghiquyet_digest::backoff(Duration::ZERO, 9, Duration::from_secs(1)), Duration::ZERO);
/// ```
pub fn backoff(base: Duration, n: u32, max: Duration) -> Duration {
    let exp = base
        .saturating_mul(1u32 << n.saturating_sub(1).min(20))
        .min(max);
    let mut b = [0u8; 4];
    let r = if getrandom::fill(&mut b).is_ok() {
        u32::from_le_bytes(b)
    } else {
        0
    };
    exp.mul_f64(0.5 + (r as f64 / u32::MAX as f64) * 0.4999)
}

/// How a [`Service`] sends.
#[derive(Debug, Clone)]
pub struct Options {
    /// The first wait before a deferred digest (or a subscriber whose digest
    /// could not be built) is tried again, on the service clock; attempt n
    /// waits `retry_base * 2^(n-1)` with jitter, at most 6 hours. Zero: at
    /// the next pass.
    pub retry_base: Duration,
    /// Permanent refusals in a row after which a subscriber is `bouncing`.
    pub bounce_limit: u32,
    /// Retries of temporary failures inside a pass.
    pub retry: RetryPolicy,
    /// The most stored articles one digest covers (and a pass holds in
    /// memory); more come in the subscriber's next digest.
    pub window: usize,
    /// A limit on messages per second to the relay, shared through the
    /// store by every sender (none by default).
    pub rate: Option<crate::Rate>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            retry_base: Duration::from_secs(60),
            bounce_limit: 3,
            retry: RetryPolicy::default(),
            window: 1000,
            rate: None,
        }
    }
}

/// One digest's fate in a [`SendReport`].
#[derive(Debug, Clone, Serialize)]
pub struct Outcome {
    /// The recipient.
    pub recipient: String,
    /// The Message-ID (empty when no digest could be built).
    pub message_id: String,
    /// What went wrong.
    pub error: String,
}

/// What one pass did and what is left.
#[derive(Debug, Default, Clone, Serialize)]
pub struct SendReport {
    /// Digests the server accepted.
    pub sent: usize,
    /// Digests (and subscribers whose digest could not be built) left for a
    /// later pass after a temporary failure.
    pub deferred: usize,
    /// Digests refused for good; their articles come in the next digest.
    pub failed: usize,
    /// Pending digests held by another live sender.
    pub held: usize,
    /// Pending digests left after the pass, deferred ones included.
    pub pending: usize,
    /// Due subscribers with nothing new.
    pub empty: usize,
    /// The failed and deferred digests (the first thousand).
    #[serde(skip)]
    pub details: Vec<(&'static str, Outcome)>,
}

impl SendReport {
    /// Whether everything due was sent or recorded as failed for good.
    pub fn is_done(&self) -> bool {
        self.deferred == 0 && self.held == 0 && self.pending == 0
    }

    fn note(&mut self, what: &'static str, outcome: Outcome) {
        if self.details.len() < DETAILS {
            self.details.push((what, outcome));
        }
    }
}

/// The digest service: a store, a composer and a transport.
///
/// ```
/// use nghiquyet_digest::{Composer, Filter, Lang, MailSettings, NewSubscriber, Renderer, Service, SqliteStore, Stop, Store, Transport};
///
/// let day = |d: &str| -> chrono::DateTime<chrono::Utc> { d.parse().unwrap() };
/// let rt = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
/// rt.block_on(async {
///     let store = SqliteStore::open_in_memory()?;
///     let settings = NewSubscriber {
///         email: "an@example.vn".into(),
///         name: None,
///         schedule: "0 7 * * *".parse()?,
///         tz: "Asia/Ho_Chi_Minh".into(),
///         lang: Lang::Vi,
///         filter: Filter::default(),
///         since: None,
///     }
///     .settings()?;
///     store.subscribe(settings, day("2026-11-27T00:00:00Z")).await?;
///     let article = nghiquyet_core::parse_article("Tỉnh Mẫu:\nTin mới\nCập nhật: Thứ Hai 12/10/2020 - 08:00\nMột đoạn.")?;
///     store.ingest(article, day("2026-11-27T01:00:00Z")).await?;
///
///     let stub = Transport::stub();
///     let composer = Composer::new(&MailSettings::default(), Renderer::new())?;
///     let service = Service::new(store, composer, stub.clone());
///     let stop = Stop::new();
///     // 07:00 in Ho Chi Minh City is 00:00 UTC: not due yet, then due.
///     assert_eq!(service.send_due(day("2026-11-27T23:59:00Z"), &stop).await?.sent, 0);
///     let report = service.send_due(day("2026-11-28T00:00:00Z"), &stop).await?;
///     assert_eq!((report.sent, report.is_done()), (1, true));
///     // Never twice.
///     assert_eq!(service.send_due(day("2026-11-29T00:00:00Z"), &stop).await?.sent, 0);
///     assert_eq!(stub.messages().await.len(), 1);
///     Ok::<(), Box<dyn std::error::Error>>(())
/// })?;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug)]
pub struct Service<S> {
    store: S,
    composer: Arc<Composer>,
    transport: Transport,
    options: Options,
    notify: Arc<Notify>,
}

/// A digest handed to a sending worker.
struct Job {
    claimed: Claimed,
    body: Option<Arc<Body>>,
}

/// What a worker did with a job.
enum Done {
    Sent(u32),
    Deferred(Error, u32),
    Failed(Error, u32),
    Released,
    /// The server is unreachable: stop starting new digests.
    Down(Error, u32),
    /// The operator must act: stop the pass.
    Operator(Error),
}

/// What makes two digests' bodies the same: language, date label, whether
/// a name is greeted, and the articles.
type ContentKey = (Lang, String, bool, Vec<i64>);

/// What the pass caches across pages: articles, filter results, bodies.
#[derive(Default)]
struct Cache {
    /// The articles after `from`, at most `window` of them unless `complete`.
    from: Option<i64>,
    articles: Vec<StoredArticle>,
    complete: bool,
    filters: HashMap<crate::Filter, Arc<Vec<usize>>>,
    contents: HashMap<ContentKey, Result<Arc<Body>, String>>,
    /// The bodies the batch being built carries already.
    stored: HashSet<String>,
    schedules: HashMap<String, Result<Schedule, String>>,
}

impl<S: Store> Service<S> {
    /// A service over these parts with the default [`Options`].
    pub fn new(store: S, composer: Composer, transport: Transport) -> Self {
        Service {
            store,
            composer: Arc::new(composer),
            transport,
            options: Options::default(),
            notify: Arc::new(Notify::new()),
        }
    }

    /// Sets the options, builder style.
    pub fn with_options(mut self, options: Options) -> Self {
        self.options = options;
        self
    }

    /// The store.
    pub fn store(&self) -> &S {
        &self.store
    }

    /// The composer.
    pub fn composer(&self) -> &Composer {
        &self.composer
    }

    /// The transport.
    pub fn transport(&self) -> &Transport {
        &self.transport
    }

    /// A handle that wakes [`run`](crate::run) to look at the store again at
    /// once (for changes made in the same process).
    pub fn notifier(&self) -> Arc<Notify> {
        self.notify.clone()
    }

    /// One pass at `now` (the service clock): sends what is pending from
    /// before (deferred digests whose wait is over, digests of a sender that
    /// died), then fixes and sends every digest due, a page of subscribers
    /// at a time. Returns an error only when the pass had to stop (an
    /// operator fault, a store failure), after recording what was in flight.
    pub async fn send_due(&self, now: DateTime<Utc>, stop: &Stop) -> Result<SendReport, Error> {
        let sender = self.store.begin_pass().await?;
        let heartbeat = async {
            loop {
                tokio::time::sleep(HEARTBEAT).await;
                let _ = self.store.heartbeat(&sender).await;
            }
        };
        let result = tokio::select! {
            r = self.pass(now, &sender, stop) => r,
            _ = heartbeat => unreachable!("the heartbeat never ends"),
        };
        let counts = self.store.counts(&sender).await;
        let ended = self.store.end_pass(sender).await;
        let mut report = result?;
        let counts = counts?;
        ended?;
        report.held = counts.held;
        report.pending = counts.pending;
        Ok(report)
    }

    async fn pass(
        &self,
        now: DateTime<Utc>,
        sender: &SenderId,
        stop: &Stop,
    ) -> Result<SendReport, Error> {
        let mut report = SendReport::default();
        let mut cache = Cache::default();
        self.deliver(now, sender, stop, &mut report).await?;
        let mut after = 0;
        while !stop.is_stopped() {
            let page = self.store.subscribers(after, PAGE).await?;
            let Some(last) = page.last() else { break };
            after = last.id;
            if self.freeze(page, now, &mut cache, &mut report).await? > 0 {
                self.deliver(now, sender, stop, &mut report).await?;
            }
        }
        Ok(report)
    }

    /// Fixes the digests of the due subscribers of a page; returns how many.
    async fn freeze(
        &self,
        page: Vec<nghiquyet_store::SubscriberRecord>,
        now: DateTime<Utc>,
        cache: &mut Cache,
        report: &mut SendReport,
    ) -> Result<usize, Error> {
        let mut due: Vec<Subscriber> = Vec::new();
        for record in page {
            if record.status != SubscriberStatus::Active || record.has_pending {
                continue;
            }
            let spec = record.settings.schedule.clone();
            let schedule = cache
                .schedules
                .entry(spec.clone())
                .or_insert_with(|| spec.parse::<Schedule>().map_err(|e| e.to_string()))
                .clone();
            let email_for_error = record.settings.email.clone();
            let email = record.settings.email.clone();
            let (id, holds) = (record.id, record.holds);
            match schedule
                .map_err(|message| Error::Message {
                    recipient: email_for_error,
                    message,
                })
                .and_then(|s| Subscriber::with_schedule(record, s))
            {
                Ok(sub) if sub.wants_digest(now) => due.push(sub),
                Ok(_) => {}
                Err(e) => self.hold(id, holds, &email, e, now, report).await?,
            }
        }
        if due.is_empty() {
            return Ok(0);
        }
        // By position, so that the window of articles only moves forward.
        due.sort_by_key(|s| s.position);
        let window = self.options.window.max(1);
        let mut batch = FreezeBatch::default();
        // Every batch carries the bodies its digests use: a body stored by
        // an earlier batch may since have been pruned (`Store::prune_sent`)
        // had no digest kept it.
        cache.stored.clear();
        for sub in &due {
            let start = cache.articles.partition_point(|a| a.seq <= sub.position);
            let covered = cache.from.is_some_and(|f| f <= sub.position)
                && (cache.complete || cache.articles.len() - start >= window);
            if !covered {
                cache.articles = self.store.articles_after(sub.position, window).await?;
                cache.complete = cache.articles.len() < window;
                cache.from = Some(sub.position);
                cache.filters.clear();
            }
            let start = cache.articles.partition_point(|a| a.seq <= sub.position);
            let end = cache.articles.len().min(start + window);
            let passing = cache
                .filters
                .entry(sub.filter.clone())
                .or_insert_with(|| {
                    Arc::new(
                        cache
                            .articles
                            .iter()
                            .enumerate()
                            .filter(|(_, a)| sub.filter.matches(&a.article))
                            .map(|(i, _)| i)
                            .collect(),
                    )
                })
                .clone();
            let picked: Vec<usize> = passing
                .iter()
                .copied()
                .filter(|&i| i >= start && i < end)
                .collect();
            // A digest covers at most `window` stored articles; the rest
            // come in the next one.
            let last = cache.articles[start..end]
                .last()
                .map_or(sub.position, |a| a.seq.max(sub.position));
            if picked.is_empty() {
                batch.advances.push(Advance {
                    subscriber_id: sub.id,
                    from_seq: sub.position,
                    to_seq: last,
                    due_at: now,
                });
                continue;
            }
            match self.digest(sub, &picked, last, now, cache, &mut batch) {
                Ok(digest) => batch.digests.push(digest),
                Err(e) => {
                    let e = Error::Message {
                        recipient: sub.email.clone(),
                        message: e.to_string(),
                    };
                    self.hold(sub.id, sub.holds, &sub.email, e, now, report)
                        .await?
                }
            }
        }
        let frozen = self.store.freeze(batch).await?;
        report.empty += frozen.advanced;
        Ok(frozen.digests)
    }

    /// The digest of `picked` (indexes into the cached articles) for `sub`;
    /// its body is rendered once per distinct content.
    fn digest(
        &self,
        sub: &Subscriber,
        picked: &[usize],
        last: i64,
        now: DateTime<Utc>,
        cache: &mut Cache,
        batch: &mut FreezeBatch,
    ) -> Result<NewDigest, Error> {
        let name = match &sub.name {
            Some(n) => crate::check_name(n)?,
            None => None,
        };
        self.composer.envelope(&sub.email)?;
        let label = Composer::date_label(&sub.tz, now);
        let seqs: Vec<i64> = picked.iter().map(|&i| cache.articles[i].seq).collect();
        let key = (sub.lang, label.clone(), name.is_some(), seqs);
        let body = match cache.contents.get(&key) {
            Some(b) => b.clone(),
            None => {
                let articles: Vec<Article> = picked
                    .iter()
                    .map(|&i| cache.articles[i].article.clone())
                    .collect();
                let body = self
                    .composer
                    .body(&articles, sub.lang, &label, name.is_some())
                    .map(Arc::new)
                    .map_err(|e| e.to_string());
                cache.contents.insert(key, body.clone());
                body
            }
        }
        .map_err(|message| Error::Message {
            recipient: sub.email.clone(),
            message,
        })?;
        if cache.stored.insert(body.hash.clone()) {
            batch.bodies.push(BodyRecord {
                hash: body.hash.clone(),
                subject: body.subject.clone(),
                bytes: body.bytes.clone(),
            });
        }
        let url = self.composer.unsubscribe_url(&sub.token);
        let message_id = self.composer.message_id(sub.id, sub.position, last, now);
        let parts = Parts {
            recipient: &sub.email,
            name: name.as_deref(),
            unsubscribe_url: &url,
            message_id: &message_id,
            date: now,
            dkim: None,
        };
        let dkim = self.composer.sign(&parts, &body)?;
        Ok(NewDigest {
            subscriber_id: sub.id,
            from_seq: sub.position,
            to_seq: last,
            articles: picked.len() as i64,
            recipient: sub.email.clone(),
            name,
            unsubscribe_url: url,
            message_id,
            due_at: now,
            body_hash: body.hash.clone(),
            dkim,
        })
    }

    /// Holds a subscriber whose digest could not be built, with its own
    /// backoff; the others go on.
    async fn hold(
        &self,
        id: i64,
        holds: i64,
        email: &str,
        error: Error,
        now: DateTime<Utc>,
        report: &mut SendReport,
    ) -> Result<(), Error> {
        let wait = backoff(
            self.options.retry_base,
            (holds + 1).clamp(1, 30) as u32,
            MAX_BACKOFF,
        );
        let until = now + chrono::Duration::from_std(wait).unwrap_or_default();
        self.store.hold(id, until, error.to_string()).await?;
        report.deferred += 1;
        report.note(
            "deferred",
            Outcome {
                recipient: email.to_string(),
                message_id: String::new(),
                error: error.to_string(),
            },
        );
        Ok(())
    }

    /// Claims and sends pending digests until none is left (or the pass
    /// stops), recording outcomes in batches.
    async fn deliver(
        &self,
        now: DateTime<Utc>,
        sender: &SenderId,
        stop: &Stop,
        report: &mut SendReport,
    ) -> Result<(), Error> {
        let halt = Stop::new();
        let (job_tx, job_rx) = mpsc::unbounded_channel::<Job>();
        let job_rx = Arc::new(Mutex::new(job_rx));
        let (done_tx, mut done_rx) = mpsc::unbounded_channel::<(Claimed, Done)>();
        let mut workers = tokio::task::JoinSet::new();
        let throttle = self.options.rate.clone().map(|rate| {
            Arc::new(crate::throttle::Throttle::new(
                self.store.clone(),
                rate,
                self.transport.connections(),
            ))
        });
        for _ in 0..self.transport.connections() {
            let throttle = throttle.clone();
            let jobs = job_rx.clone();
            let done = done_tx.clone();
            let (transport, composer) = (self.transport.clone(), self.composer.clone());
            let halts = [stop.clone(), halt.clone()];
            let retry = self.options.retry;
            let (store, sender) = (self.store.clone(), sender.clone());
            workers.spawn(async move {
                let mut session = transport.session();
                loop {
                    let job = jobs.lock().await.recv().await;
                    let Some(job) = job else { break };
                    let held_back = match &throttle {
                        Some(t) => !t.acquire(&halts).await,
                        None => false,
                    };
                    if held_back || halts.iter().any(Stop::is_stopped) {
                        if done.send((job.claimed, Done::Released)).is_err() {
                            break;
                        }
                        continue;
                    }
                    // Each attempt in a task of its own: should it panic, the
                    // digest is deferred (it may have gone out) and the
                    // worker goes on with a new session.
                    let (composer, store, sender, halts) = (
                        composer.clone(),
                        store.clone(),
                        sender.clone(),
                        halts.clone(),
                    );
                    let id = job.claimed.id;
                    let claimed = job.claimed.clone();
                    let run = tokio::spawn(async move {
                        let fate =
                            attempt(&mut session, &composer, &job, &halts, retry, || async {
                                // Cancelled meanwhile (unsubscribe)? A failed
                                // check does not stop a claim we hold.
                                store.still_mine(&sender, id).await.unwrap_or(true)
                            })
                            .await;
                        (session, fate)
                    });
                    let fate = match run.await {
                        Ok((back, fate)) => {
                            session = back;
                            fate
                        }
                        Err(e) => {
                            session = transport.session();
                            Done::Deferred(
                                Error::Send {
                                    recipient: claimed.recipient.clone(),
                                    message: format!("internal error while sending: {e}"),
                                    fault: Fault::Ambiguous,
                                },
                                1,
                            )
                        }
                    };
                    if done.send((claimed, fate)).is_err() {
                        break;
                    }
                }
                session.close().await;
            });
        }
        drop(done_tx);
        let mut bodies: HashMap<String, Arc<Body>> = HashMap::new();
        let mut in_flight = 0usize;
        let mut claiming = true;
        let mut records = Vec::new();
        let mut failure: Option<Error> = None;
        loop {
            if claiming && (stop.is_stopped() || halt.is_stopped()) {
                claiming = false;
            }
            if claiming && in_flight < CLAIM {
                match self.claim(now, sender, &mut bodies).await {
                    Ok(jobs) if jobs.is_empty() => claiming = false,
                    Ok(jobs) => {
                        in_flight += jobs.len();
                        for job in jobs {
                            // The workers live until the channel closes.
                            let _ = job_tx.send(job);
                        }
                    }
                    Err(e) => {
                        claiming = false;
                        halt.stop();
                        failure.get_or_insert(e);
                    }
                }
                continue;
            }
            if in_flight == 0 {
                break;
            }
            let Some((claimed, fate)) = done_rx.recv().await else {
                break;
            };
            in_flight -= 1;
            if let Some(record) = self.outcome(now, claimed, fate, &halt, &mut failure, report) {
                records.push(record);
            }
            // Whatever else finished meanwhile goes in the same transaction,
            // but an outcome never waits for more: a crash can then only
            // repeat what was in flight.
            while records.len() < RECORD
                && let Ok((claimed, fate)) = done_rx.try_recv()
            {
                in_flight -= 1;
                if let Some(record) = self.outcome(now, claimed, fate, &halt, &mut failure, report)
                {
                    records.push(record);
                }
            }
            if !records.is_empty() {
                let batch = std::mem::take(&mut records);
                if let Err(e) = self.record(sender, batch.clone()).await {
                    // Kept for the next write: a store that recovers still
                    // learns what the server accepted.
                    records = batch;
                    halt.stop();
                    failure.get_or_insert(e);
                }
            }
        }
        drop(job_tx);
        while workers.join_next().await.is_some() {}
        if !records.is_empty()
            && let Err(e) = self.record(sender, records).await
        {
            failure.get_or_insert(e);
        }
        match failure {
            Some(e) => Err(e),
            None => Ok(()),
        }
    }

    /// Claims a batch and pairs each digest with its shared body.
    async fn claim(
        &self,
        now: DateTime<Utc>,
        sender: &SenderId,
        bodies: &mut HashMap<String, Arc<Body>>,
    ) -> Result<Vec<Job>, Error> {
        let claimed = self.store.claim(sender, now, CLAIM).await?;
        let missing: Vec<String> = claimed
            .iter()
            .filter_map(|c| c.body_hash.clone())
            .filter(|h| !bodies.contains_key(h))
            .collect::<HashSet<_>>()
            .into_iter()
            .collect();
        if !missing.is_empty() {
            if bodies.len() > 64 {
                bodies.clear();
            }
            for b in self.store.bodies(missing).await? {
                bodies.insert(
                    b.hash.clone(),
                    Arc::new(Body {
                        hash: b.hash,
                        subject: b.subject,
                        bytes: b.bytes,
                    }),
                );
            }
        }
        Ok(claimed
            .into_iter()
            .map(|c| Job {
                body: c.body_hash.as_ref().and_then(|h| bodies.get(h).cloned()),
                claimed: c,
            })
            .collect())
    }

    /// Turns a worker's result into the record to write and the report's lines.
    fn outcome(
        &self,
        now: DateTime<Utc>,
        claimed: Claimed,
        fate: Done,
        halt: &Stop,
        failure: &mut Option<Error>,
        report: &mut SendReport,
    ) -> Option<Record> {
        let line = |e: &Error| Outcome {
            recipient: claimed.recipient.clone(),
            message_id: claimed.message_id.clone(),
            error: e.to_string(),
        };
        let deferred = |e: &Error, attempts: u32| {
            let n = (claimed.attempts + i64::from(attempts)).clamp(1, 30) as u32;
            let wait = backoff(self.options.retry_base, n, MAX_BACKOFF);
            Fate::Deferred {
                error: e.to_string(),
                retry_at: now + chrono::Duration::from_std(wait).unwrap_or_default(),
            }
        };
        let (outcome, attempts) = match fate {
            Done::Sent(n) => {
                report.sent += 1;
                (Fate::Sent { at: now }, n)
            }
            Done::Deferred(e, n) => {
                report.deferred += 1;
                report.note("deferred", line(&e));
                (deferred(&e, n), n)
            }
            Done::Down(e, n) => {
                halt.stop();
                report.deferred += 1;
                report.note("deferred", line(&e));
                (deferred(&e, n), n)
            }
            Done::Failed(e, n) => {
                report.failed += 1;
                report.note("failed", line(&e));
                (
                    Fate::Failed {
                        error: e.to_string(),
                        bounce_limit: self.options.bounce_limit,
                    },
                    n,
                )
            }
            Done::Operator(e) => {
                halt.stop();
                failure.get_or_insert(e);
                (Fate::Released, 0)
            }
            Done::Released => (Fate::Released, 0),
        };
        Some(Record {
            digest_id: claimed.id,
            attempts,
            outcome,
        })
    }

    /// Records outcomes, retrying while the store is busy: a message the
    /// server accepted must not be left pending.
    async fn record(&self, sender: &SenderId, records: Vec<Record>) -> Result<(), Error> {
        let start = tokio::time::Instant::now();
        let mut wait = Duration::from_millis(50);
        let mut tries = 0;
        loop {
            match self.store.record(sender, records.clone()).await {
                Ok(()) => return Ok(()),
                Err(e) if e.is_busy() && start.elapsed() < RECORD_PATIENCE => {}
                // Another failure (a full disk): a few more tries, then stop.
                Err(_) if tries < 5 => tries += 1,
                Err(e) => return Err(e.into()),
            }
            tokio::time::sleep(wait).await;
            wait = (wait * 2).min(Duration::from_secs(2));
        }
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
        let articles = new_articles(&self.store, subscriber).await?;
        if articles.is_empty() {
            return Ok(None);
        }
        let id = format!(
            "<test.{}.{}@{}>",
            subscriber.id,
            now.timestamp(),
            self.composer.from().email.domain()
        );
        let bytes = self
            .composer
            .compose(subscriber, Some(to), &articles, &id, now)?;
        let envelope = self.composer.envelope(to)?;
        let mut session = self.transport.session();
        let sent = session.send(&envelope, &bytes, &[], async { true }).await;
        session.close().await;
        sent.map(|_| Some(id))
    }

    /// When the scheduler should next look: the earliest next-due time of an
    /// active subscriber without a pending digest (or the end of its hold),
    /// and the earliest retry of a deferred digest. (A digest another
    /// sender holds is looked at again when the store changes.)
    pub async fn next_wake(&self, now: DateTime<Utc>) -> Result<Option<DateTime<Utc>>, Error> {
        let mut next = self.store.next_attempt(now).await?;
        let mut after = 0;
        let mut schedules: HashMap<String, Option<Schedule>> = HashMap::new();
        loop {
            let page = self.store.subscribers(after, PAGE).await?;
            let Some(last) = page.last() else { break };
            after = last.id;
            for r in page {
                if r.status != SubscriberStatus::Active || r.has_pending {
                    continue;
                }
                let spec = r.settings.schedule.clone();
                let Some(schedule) = schedules
                    .entry(spec.clone())
                    .or_insert_with(|| spec.parse().ok())
                    .clone()
                else {
                    continue;
                };
                let Ok(sub) = Subscriber::with_schedule(r, schedule) else {
                    continue;
                };
                let due = sub
                    .next_due()
                    .map(|d| sub.held_until.map_or(d, |h| d.max(h)));
                next = match (next, due) {
                    (Some(a), Some(b)) => Some(a.min(b)),
                    (a, b) => a.or(b),
                };
            }
        }
        // Never sooner than a second from now: nothing spins.
        Ok(next.map(|n| n.max(now + chrono::Duration::seconds(1))))
    }
}

/// Sends one job: retries temporary failures inside the pass, with backoff.
/// `gate` says, just before each attempt's first RCPT, whether the digest
/// is still ours to send.
async fn attempt<G, F>(
    session: &mut crate::Session,
    composer: &Composer,
    job: &Job,
    halts: &[Stop],
    retry: RetryPolicy,
    gate: G,
) -> Done
where
    G: Fn() -> F,
    F: std::future::Future<Output = bool>,
{
    let c = &job.claimed;
    let bytes = match (&c.legacy_message, &job.body) {
        (Some(m), _) => Ok(m.clone()),
        (None, Some(body)) => composer.assemble(
            &Parts {
                recipient: &c.recipient,
                name: c.name.as_deref(),
                unsubscribe_url: &c.unsubscribe_url,
                message_id: &c.message_id,
                date: c.due_at,
                dkim: c.dkim.as_deref(),
            },
            body,
        ),
        (None, None) => Err(Error::Message {
            recipient: c.recipient.clone(),
            message: "its stored body is missing".into(),
        }),
    };
    let envelope = bytes.and_then(|b| composer.envelope(&c.recipient).map(|e| (e, b)));
    let (envelope, bytes) = match envelope {
        Ok(v) => v,
        Err(e) => return Done::Failed(e, 1),
    };
    let attempts = retry.attempts.max(1);
    for n in 1..=attempts {
        match session.send(&envelope, &bytes, halts, gate()).await {
            Ok(true) => return Done::Sent(n),
            Ok(false) => return Done::Released,
            Err(e) => match e.fault() {
                Fault::Ambiguous => return Done::Deferred(e, n),
                Fault::Recipient => return Done::Failed(e, n),
                Fault::Operator => return Done::Operator(e),
                Fault::Transient if n == attempts => {
                    let down = session.failed_at().is_some_and(|s| {
                        matches!(s, Step::Connect | Step::Greeting | Step::Tls | Step::Auth)
                    });
                    return if down {
                        Done::Down(e, n)
                    } else {
                        Done::Deferred(e, n)
                    };
                }
                Fault::Transient => {
                    let wait = backoff(retry.base, n, retry.max);
                    let deadline = tokio::time::Instant::now() + wait;
                    while tokio::time::Instant::now() < deadline {
                        if halts.iter().any(Stop::is_stopped) {
                            return Done::Deferred(e, n);
                        }
                        tokio::time::sleep_until(
                            deadline.min(tokio::time::Instant::now() + Duration::from_millis(100)),
                        )
                        .await;
                    }
                }
            },
        }
    }
    Done::Released
}

/// The articles stored since the subscriber's position that pass its
/// filter: what its next digest would hold now. Changes nothing.
pub async fn new_articles<S: Store>(store: &S, sub: &Subscriber) -> Result<Vec<Article>, Error> {
    Ok(store
        .articles_after(sub.position, usize::MAX)
        .await?
        .into_iter()
        .map(|a| a.article)
        .filter(|a| sub.filter.matches(a))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Filter, MailSettings, NewSubscriber, Renderer};
    use nghiquyet_store::SqliteStore;

    fn t(s: &str) -> DateTime<Utc> {
        s.parse().unwrap()
    }

    /// A digest covers at most `window` stored articles; the next ones come
    /// in the next digests, none lost, none twice, whatever the positions.
    #[tokio::test]
    async fn a_backlog_comes_a_window_at_a_time() {
        let store = SqliteStore::open_in_memory().unwrap();
        for i in 0..5 {
            let a = nghiquyet_core::parse_article(&format!(
                "Tỉnh Mẫu:\nBài {i}\nCập nhật: Thứ Hai 12/10/2020 - 08:00\nĐoạn {i}."
            ))
            .unwrap();
            store.ingest(a, t("2026-01-01T00:00:00Z")).await.unwrap();
        }
        for email in ["a@x.vn", "b@x.vn"] {
            let settings = NewSubscriber {
                email: email.into(),
                name: None,
                schedule: "@daily".parse().unwrap(),
                tz: "UTC".into(),
                lang: Lang::Vi,
                filter: Filter::default(),
                since: Some(t("2000-01-01T00:00:00Z")),
            }
            .settings()
            .unwrap();
            store
                .subscribe(settings, t("2026-01-01T01:00:00Z"))
                .await
                .unwrap();
        }
        let stub = Transport::stub();
        let composer = Composer::new(&MailSettings::default(), Renderer::new()).unwrap();
        let service = Service::new(store, composer, stub.clone()).with_options(Options {
            window: 2,
            ..Options::default()
        });
        let stop = Stop::new();
        for day in 2..=5 {
            service
                .send_due(t(&format!("2026-01-0{day}T00:00:00Z")), &stop)
                .await
                .unwrap();
        }
        let digests = service.store().digests(None, 100).await.unwrap();
        for who in ["a@x.vn", "b@x.vn"] {
            let mut mine: Vec<_> = digests.iter().filter(|d| d.recipient == who).collect();
            mine.sort_by_key(|d| d.id);
            let spans: Vec<(i64, i64)> = mine.iter().map(|d| (d.from_seq, d.to_seq)).collect();
            assert_eq!(spans, [(0, 2), (2, 4), (4, 5)], "{who}");
        }
        assert_eq!(stub.messages().await.len(), 6);
    }
}
