//! The `Store` trait: what the digest service asks of its ledger.

use std::future::Future;

use chrono::{DateTime, Utc};
use nghiquyet_core::Article;

use crate::{
    Allowance, BodyRecord, Claimed, Counts, DigestRecord, DigestStatus, Error, FreezeBatch, Frozen,
    IngestOutcome, Pruned, Record, SenderId, StatusCounts, StoredArticle, SubscriberRecord,
    SubscriberSettings, Unsubscribe,
};

/// The ledger of the digest service: articles in ingest order,
/// subscribers, digests, and the claims senders hold on them.
///
/// Every call is async so that a backend with an async driver (PostgreSQL)
/// fits without a change to the service; the SQLite backend runs its work on
/// tokio's blocking threads. Times named `now` are the service's clock (the
/// `--now` of a run); claims are timed on the real clock of the store.
///
/// The claim protocol: [`Store::begin_pass`] registers a live sender;
/// [`Store::claim`] hands it pending digests that no other live sender holds
/// (a sender whose process died is noticed at once); only the holder can
/// [`Store::record`] an outcome; [`Store::heartbeat`] renews its claims while
/// it works; [`Store::end_pass`] gives back whatever it still holds.
///
/// ```
/// use nghiquyet_store::{SqliteStore, Store};
///
/// let rt = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
/// rt.block_on(async {
///     let store = SqliteStore::open_in_memory()?;
///     let article = nghiquyet_core::parse_article("Tỉnh Mẫu:\nĐại hội\nCập nhật: Thứ Hai 12/10/2020 - 08:00\nMột đoạn.")
///         .map_err(|e| nghiquyet_store::Error::Corrupt(e.to_string()))?;
///     let now = "2026-11-27T07:00:00Z".parse().unwrap();
///     store.ingest(article, now).await?;
///     assert_eq!(store.article_count().await?, 1);
///     Ok::<(), nghiquyet_store::Error>(())
/// })?;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub trait Store: Clone + Send + Sync + 'static {
    /// Stores an article: a new one goes to the end of the ingest order, the
    /// same one again is a no-op, a correction (same id, other content)
    /// replaces the stored one in place, keeping its sequence number.
    fn ingest(
        &self,
        article: Article,
        now: DateTime<Utc>,
    ) -> impl Future<Output = Result<IngestOutcome, Error>> + Send;

    /// How many articles the store holds.
    fn article_count(&self) -> impl Future<Output = Result<i64, Error>> + Send;

    /// Up to `limit` articles stored after sequence number `seq`, in order.
    fn articles_after(
        &self,
        seq: i64,
        limit: usize,
    ) -> impl Future<Output = Result<Vec<StoredArticle>, Error>> + Send;

    /// Adds a subscriber, or changes an existing one's settings (keeping its
    /// position and token; a bouncing one becomes active again). With
    /// `since`, an existing subscriber's position moves back to the articles
    /// stored since then, and a pending digest no sender holds is cancelled
    /// (the next digest covers its articles too).
    fn subscribe(
        &self,
        settings: SubscriberSettings,
        now: DateTime<Utc>,
    ) -> impl Future<Output = Result<SubscriberRecord, Error>> + Send;

    /// Removes a subscriber and cancels its pending digests, keeping the
    /// history of what was sent; with `erase`, the history's address is
    /// redacted too. `false` when there was nobody to remove.
    fn unsubscribe(
        &self,
        who: Unsubscribe,
        erase: bool,
    ) -> impl Future<Output = Result<bool, Error>> + Send;

    /// Up to `limit` subscribers with ids above `after_id`, by id.
    fn subscribers(
        &self,
        after_id: i64,
        limit: usize,
    ) -> impl Future<Output = Result<Vec<SubscriberRecord>, Error>> + Send;

    /// The subscriber with this (normalized) address.
    fn subscriber(
        &self,
        email: String,
    ) -> impl Future<Output = Result<Option<SubscriberRecord>, Error>> + Send;

    /// A number that changes when another connection commits a change.
    fn data_version(&self) -> impl Future<Output = Result<i64, Error>> + Send;

    /// Fixes digests as pending and moves subscribers with nothing new on,
    /// in one transaction. A digest or advance is skipped when its
    /// subscriber is gone, not active, has a pending digest, or its position
    /// moved since it was read.
    fn freeze(&self, batch: FreezeBatch) -> impl Future<Output = Result<Frozen, Error>> + Send;

    /// Holds a subscriber whose digest could not be built until `until`.
    fn hold(
        &self,
        subscriber_id: i64,
        until: DateTime<Utc>,
        error: String,
    ) -> impl Future<Output = Result<(), Error>> + Send;

    /// Registers a live sender for one pass.
    fn begin_pass(&self) -> impl Future<Output = Result<SenderId, Error>> + Send;

    /// Renews the sender's claims.
    fn heartbeat(&self, sender: &SenderId) -> impl Future<Output = Result<(), Error>> + Send;

    /// Gives back the sender's remaining claims and ends it.
    fn end_pass(&self, sender: SenderId) -> impl Future<Output = Result<(), Error>> + Send;

    /// Claims up to `limit` pending digests due for an attempt at `now` (the
    /// service clock) that no other live sender holds and that this sender
    /// has not deferred already.
    fn claim(
        &self,
        sender: &SenderId,
        now: DateTime<Utc>,
        limit: usize,
    ) -> impl Future<Output = Result<Vec<Claimed>, Error>> + Send;

    /// Whether the sender still holds its claim on the digest and the
    /// digest is still pending (an unsubscribe cancels it): asked just
    /// before a message starts, so none starts after `unsubscribe` returns.
    /// A quick read that never waits for writers.
    fn still_mine(
        &self,
        sender: &SenderId,
        digest_id: i64,
    ) -> impl Future<Output = Result<bool, Error>> + Send;

    /// The bodies with these hashes.
    fn bodies(
        &self,
        hashes: Vec<String>,
    ) -> impl Future<Output = Result<Vec<BodyRecord>, Error>> + Send;

    /// Records outcomes in one transaction; only the sender's own claims
    /// change. A sent digest moves its subscriber's position on and resets
    /// its refusals; a refusal counts towards bouncing.
    fn record(
        &self,
        sender: &SenderId,
        records: Vec<Record>,
    ) -> impl Future<Output = Result<(), Error>> + Send;

    /// Pending digests, split by whether another live sender holds them.
    fn counts(&self, sender: &SenderId) -> impl Future<Output = Result<Counts, Error>> + Send;

    /// Digests, newest first, at most `limit`, optionally of one status.
    fn digests(
        &self,
        status: Option<DigestStatus>,
        limit: usize,
    ) -> impl Future<Output = Result<Vec<DigestRecord>, Error>> + Send;

    /// The earliest time after `now` at which a deferred digest may be
    /// tried again, if any waits.
    fn next_attempt(
        &self,
        now: DateTime<Utc>,
    ) -> impl Future<Output = Result<Option<DateTime<Utc>>, Error>> + Send;

    /// Takes up to `want` sends from the allowance that every sender of
    /// this store shares for the mail relay `relay`: a token bucket that
    /// refills at `per_second` up to one second's worth, timed on the
    /// store's clock, so a provider's limit holds however many senders
    /// run. Never waits: when nothing is granted, the answer says how long
    /// until the next send.
    fn take_sends(
        &self,
        relay: String,
        per_second: f64,
        want: u32,
    ) -> impl Future<Output = Result<Allowance, Error>> + Send;

    // Subscriptions from the web (double opt-in) and the operator's counts.

    /// Stores a request to subscribe as a `pending` subscriber whose token
    /// is the confirmation token, or renews a pending one (new settings, new
    /// token, its expiry counted from `now`). An active or bouncing
    /// subscriber with that address is left as it is and returned.
    fn request(
        &self,
        settings: SubscriberSettings,
        now: DateTime<Utc>,
    ) -> impl Future<Output = Result<SubscriberRecord, Error>> + Send;

    /// Confirms the pending subscriber holding `token` that asked at or
    /// after `asked_since` (older requests have expired): it becomes active,
    /// starts from the articles stored from `now` on, and gets a new token
    /// (the confirmation link works once). `None` when no pending subscriber
    /// matches.
    fn confirm(
        &self,
        token: String,
        asked_since: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> impl Future<Output = Result<Option<SubscriberRecord>, Error>> + Send;

    /// The subscriber holding `token` (the secret of its mail links).
    fn subscriber_by_token(
        &self,
        token: String,
    ) -> impl Future<Output = Result<Option<SubscriberRecord>, Error>> + Send;

    /// Removes the pending subscribers that asked before `before`; how many.
    fn expire_pending(
        &self,
        before: DateTime<Utc>,
    ) -> impl Future<Output = Result<usize, Error>> + Send;

    /// Subscribers and digests counted by status.
    fn status_counts(&self) -> impl Future<Output = Result<StatusCounts, Error>> + Send;

    /// Adds or updates many subscribers in one transaction (a bulk import):
    /// each new one starts from the articles stored from `now` on (active);
    /// an existing one gets the settings given, keeping its token and
    /// position (a pending or bouncing one becomes active). How many rows
    /// were written.
    fn import(
        &self,
        batch: Vec<SubscriberSettings>,
        now: DateTime<Utc>,
    ) -> impl Future<Output = Result<usize, Error>> + Send;

    /// Drops the message parts (the body link, a stored message, the DKIM
    /// signature, the name and unsubscribe URL it was addressed with) of the
    /// digests that ended (sent, failed or cancelled) before
    /// `before`, and deletes the bodies no remaining digest uses. The rows
    /// stay, with their status, recipient, article range, Message-ID and
    /// times: nothing is rebuilt or sent again, and the history still lists
    /// them. Pending digests (claimed, deferred or not) and the bodies they
    /// use are never touched. Works in short transactions of at most
    /// [`PRUNE_BATCH`](crate::PRUNE_BATCH) rows, so senders are never kept
    /// waiting long; a second call finds nothing more to drop.
    ///
    /// A digest's end is its `sent_at` when sent, else the time it was due.
    ///
    /// ```
    /// use nghiquyet_store::{Pruned, SqliteStore, Store};
    ///
    /// let rt = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
    /// rt.block_on(async {
    ///     let store = SqliteStore::open_in_memory()?;
    ///     let now = "2026-11-27T07:00:00Z".parse().unwrap();
    ///     assert_eq!(store.prune_sent(now).await?, Pruned::default());
    ///     Ok::<(), nghiquyet_store::Error>(())
    /// })?;
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    fn prune_sent(
        &self,
        before: DateTime<Utc>,
    ) -> impl Future<Output = Result<Pruned, Error>> + Send;
}
