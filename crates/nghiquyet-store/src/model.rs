//! The records the store keeps and hands out. Plain data: the digest crate
//! gives them meaning (schedules, languages, filters, messages).

use chrono::{DateTime, Utc};
use nghiquyet_core::Article;
use serde::Serialize;

/// What [`Store::ingest`](crate::Store::ingest) did with an article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum IngestOutcome {
    /// A new article, stored at the end of the ingest order.
    Added,
    /// A correction of a stored article (same id, other content): replaced in
    /// place, keeping its position in the ingest order.
    Updated,
    /// The same article again: nothing done.
    Unchanged,
}

/// An article and its place in the ingest order.
#[derive(Debug, Clone)]
pub struct StoredArticle {
    /// The ingest sequence number.
    pub seq: i64,
    /// The article.
    pub article: Article,
}

/// A subscriber's settings as the store keeps them (checked by the caller).
#[derive(Debug, Clone, Default)]
pub struct SubscriberSettings {
    /// The address, normalized.
    pub email: String,
    /// The display name.
    pub name: Option<String>,
    /// The crontab line.
    pub schedule: String,
    /// The IANA zone.
    pub tz: String,
    /// The language code.
    pub lang: String,
    /// The issuer filter.
    pub issuer: Option<String>,
    /// The keyword filter.
    pub keywords: Vec<String>,
    /// The fewest targets an article must state.
    pub min_targets: i64,
    /// Start from the articles stored since this instant (a rewind for an
    /// existing subscriber) rather than from now.
    pub since: Option<DateTime<Utc>>,
}

/// Whether digests are made for a subscriber.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SubscriberStatus {
    /// Digests are made and sent.
    Active,
    /// The server refused the address too many times in a row: no digests
    /// are made until the subscriber subscribes again.
    Bouncing,
    /// Asked to subscribe on the web and not confirmed yet (double opt-in):
    /// no digests; the request expires.
    Pending,
}

impl SubscriberStatus {
    /// The name stored and shown.
    ///
    /// ```
    /// assert_eq!(nghiquyet_store::SubscriberStatus::Pending.as_str(), "pending");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            SubscriberStatus::Active => "active",
            SubscriberStatus::Bouncing => "bouncing",
            SubscriberStatus::Pending => "pending",
        }
    }
}

/// How many subscribers and digests the store holds in each status, for
/// the operator's metrics.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct StatusCounts {
    /// Subscribers by status name (`active`, `bouncing`, `pending`).
    pub subscribers: Vec<(String, i64)>,
    /// Digests by status name (`pending`, `sent`, `failed`, `cancelled`).
    pub digests: Vec<(String, i64)>,
}

/// A stored subscriber.
#[derive(Debug, Clone)]
pub struct SubscriberRecord {
    /// The row id.
    pub id: i64,
    /// Its settings (`since` is always `None` here).
    pub settings: SubscriberSettings,
    /// The secret in the unsubscribe URL.
    pub token: String,
    /// The last ingest sequence number delivered (or skipped by the filter).
    pub position: i64,
    /// The previous digest's slot (or the subscription's time).
    pub anchor: DateTime<Utc>,
    /// When the subscriber subscribed.
    pub created_at: DateTime<Utc>,
    /// Active or bouncing.
    pub status: SubscriberStatus,
    /// Permanent refusals in a row.
    pub refusals: i64,
    /// No digest is built before this time (after a digest that could not be built).
    pub hold_until: Option<DateTime<Utc>>,
    /// Failed builds in a row.
    pub holds: i64,
    /// Why the last build failed.
    pub last_error: Option<String>,
    /// Whether a digest of this subscriber is pending.
    pub has_pending: bool,
}

/// A rendered body stored once, addressed by its content hash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BodyRecord {
    /// The content hash (hex SHA-256).
    pub hash: String,
    /// The subject line, with the per-recipient placeholders.
    pub subject: String,
    /// The encoded MIME body, with the per-recipient placeholders.
    pub bytes: Vec<u8>,
}

/// A digest to fix as pending: the per-recipient parts beside a shared body.
#[derive(Debug, Clone)]
pub struct NewDigest {
    /// The subscriber.
    pub subscriber_id: i64,
    /// The subscriber's position the digest starts after; the digest is not
    /// made when the position moved meanwhile.
    pub from_seq: i64,
    /// The last sequence number covered.
    pub to_seq: i64,
    /// How many articles it holds.
    pub articles: i64,
    /// The address.
    pub recipient: String,
    /// The display name at the time it was made.
    pub name: Option<String>,
    /// The unsubscribe URL.
    pub unsubscribe_url: String,
    /// The Message-ID.
    pub message_id: String,
    /// The schedule slot it was made for (the Date header too).
    pub due_at: DateTime<Utc>,
    /// The body's hash.
    pub body_hash: String,
    /// A DKIM-Signature header value, when signing.
    pub dkim: Option<String>,
}

/// A due subscriber with nothing new: its position moves past what its
/// filter left out, and its schedule moves on.
#[derive(Debug, Clone, Copy)]
pub struct Advance {
    /// The subscriber.
    pub subscriber_id: i64,
    /// The position read when deciding (nothing happens if it moved).
    pub from_seq: i64,
    /// The new position.
    pub to_seq: i64,
    /// The slot.
    pub due_at: DateTime<Utc>,
}

/// One transaction of [`Store::freeze`](crate::Store::freeze).
#[derive(Debug, Clone, Default)]
pub struct FreezeBatch {
    /// Bodies the digests use that may not be stored yet.
    pub bodies: Vec<BodyRecord>,
    /// The digests.
    pub digests: Vec<NewDigest>,
    /// Subscribers with nothing new.
    pub advances: Vec<Advance>,
}

/// What [`Store::freeze`](crate::Store::freeze) did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Frozen {
    /// Digests fixed as pending.
    pub digests: usize,
    /// Subscribers moved on with nothing new.
    pub advanced: usize,
}

/// What [`Store::prune_sent`](crate::Store::prune_sent) dropped.
///
/// ```
/// let p = nghiquyet_store::Pruned { digests: 2, bodies: 1, bytes: 4096 };
/// assert_eq!(serde_json::to_string(&p).unwrap(), r#"{"digests":2,"bodies":1,"bytes":4096}"#);
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Pruned {
    /// Ended digests whose message parts were dropped (their rows stay).
    pub digests: u64,
    /// Shared bodies deleted because no remaining digest uses them.
    pub bodies: u64,
    /// The message bytes dropped: bodies' subjects and bytes; digests'
    /// stored messages, signatures, names and unsubscribe URLs.
    pub bytes: u64,
}

impl std::ops::AddAssign for Pruned {
    fn add_assign(&mut self, other: Pruned) {
        self.digests += other.digests;
        self.bodies += other.bodies;
        self.bytes += other.bytes;
    }
}

/// Where a digest is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum DigestStatus {
    /// Fixed and not yet accepted by the server.
    Pending,
    /// Accepted by the server.
    Sent,
    /// Refused for good; its items come in the next digest.
    Failed,
    /// Cancelled by an unsubscribe or a rewind before it was sent.
    Cancelled,
}

impl DigestStatus {
    /// The name stored and shown.
    ///
    /// ```
    /// assert_eq!(nghiquyet_store::DigestStatus::Cancelled.as_str(), "cancelled");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            DigestStatus::Pending => "pending",
            DigestStatus::Sent => "sent",
            DigestStatus::Failed => "failed",
            DigestStatus::Cancelled => "cancelled",
        }
    }
}

impl std::str::FromStr for DigestStatus {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "pending" => Ok(DigestStatus::Pending),
            "sent" => Ok(DigestStatus::Sent),
            "failed" => Ok(DigestStatus::Failed),
            "cancelled" => Ok(DigestStatus::Cancelled),
            _ => Err(format!(
                "unknown digest status {s:?}: expected pending, sent, failed or cancelled"
            )),
        }
    }
}

/// A digest as listed.
#[derive(Debug, Clone, Serialize)]
pub struct DigestRecord {
    /// The row id.
    pub id: i64,
    /// The address ("(erased)" after `unsubscribe --erase`).
    pub recipient: String,
    /// The slot it was made for.
    pub due_at: DateTime<Utc>,
    /// The sequence numbers it covers: after `from_seq`, up to `to_seq`.
    pub from_seq: i64,
    /// See `from_seq`.
    pub to_seq: i64,
    /// How many articles it holds.
    pub articles: i64,
    /// The Message-ID, the same on every attempt.
    pub message_id: String,
    /// Where it is in its life.
    pub status: DigestStatus,
    /// Sending attempts made.
    pub attempts: i64,
    /// The last failure.
    pub error: Option<String>,
    /// When the server accepted it.
    pub sent_at: Option<DateTime<Utc>>,
    /// No attempt before this time (a deferred digest).
    pub next_attempt_at: Option<DateTime<Utc>>,
}

/// A digest claimed for sending, with what it takes to assemble its bytes.
#[derive(Debug, Clone)]
pub struct Claimed {
    /// The row id.
    pub id: i64,
    /// The address.
    pub recipient: String,
    /// The display name.
    pub name: Option<String>,
    /// The unsubscribe URL.
    pub unsubscribe_url: String,
    /// The Message-ID.
    pub message_id: String,
    /// The Date header.
    pub due_at: DateTime<Utc>,
    /// The shared body, or `None` for a digest stored whole by an older version.
    pub body_hash: Option<String>,
    /// The whole message of a digest stored by an older version.
    pub legacy_message: Option<Vec<u8>>,
    /// The DKIM-Signature header value.
    pub dkim: Option<String>,
    /// Attempts made so far.
    pub attempts: i64,
    /// How many articles it holds.
    pub articles: i64,
}

/// A sender's identity for one pass: the claims it makes are its own.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct SenderId(pub String);

/// How a claimed digest ended.
#[derive(Debug, Clone)]
pub enum Outcome {
    /// The server accepted it at this time.
    Sent {
        /// When.
        at: DateTime<Utc>,
    },
    /// A temporary failure: try again at `retry_at` (not in this pass).
    Deferred {
        /// What went wrong.
        error: String,
        /// The earliest next attempt.
        retry_at: DateTime<Utc>,
    },
    /// The recipient refused it for good; after `bounce_limit` refusals in a
    /// row the subscriber becomes bouncing.
    Failed {
        /// What the server said.
        error: String,
        /// Refusals in a row that make a subscriber bouncing.
        bounce_limit: u32,
    },
    /// Not attempted: the claim is given back.
    Released,
}

/// One outcome to record.
#[derive(Debug, Clone)]
pub struct Record {
    /// The digest.
    pub digest_id: i64,
    /// Attempts made in this pass (none for a released claim).
    pub attempts: u32,
    /// What happened.
    pub outcome: Outcome,
}

/// How much work is left.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Pending digests not held by another live sender.
    pub pending: usize,
    /// Pending digests claimed by another live sender.
    pub held: usize,
}

/// Whom to unsubscribe.
#[derive(Debug, Clone)]
pub enum Unsubscribe {
    /// By address.
    Email(String),
    /// By the token of a List-Unsubscribe URL.
    Token(String),
}

/// What [`Store::take_sends`](crate::Store::take_sends) granted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Allowance {
    /// Sends granted now (at most the number asked for).
    pub granted: u32,
    /// When fewer were granted than asked: how long until the next one.
    pub wait: std::time::Duration,
}

impl Allowance {
    /// The token bucket's arithmetic, on the store's clock: a bucket that
    /// held `tokens` `elapsed` seconds ago refills at `per_second`, up to
    /// one second's worth (at least one send), and gives up to `want`
    /// whole sends. Returns what it grants and the tokens left.
    ///
    /// ```
    /// use nghiquyet_store::Allowance;
    ///
    /// let (a, left) = Allowance::refill(0.0, 0.5, 10.0, 8);
    /// assert_eq!((a.granted, left), (5, 0.0));
    /// let (a, left) = Allowance::refill(0.2, 0.0, 10.0, 1);
    /// assert_eq!(a.granted, 0);
    /// assert_eq!(a.wait, std::time::Duration::from_millis(80));
    /// assert_eq!(left, 0.2);
    /// ```
    pub fn refill(tokens: f64, elapsed: f64, per_second: f64, want: u32) -> (Allowance, f64) {
        let per_second = if per_second.is_finite() && per_second > 0.0 {
            per_second
        } else {
            f64::MAX
        };
        let burst = per_second.max(1.0);
        let avail = (tokens + per_second * elapsed.max(0.0)).clamp(0.0, burst);
        let granted = avail.floor().min(f64::from(want)) as u32;
        let left = avail - f64::from(granted);
        let wait = if granted < want && left < 1.0 {
            std::time::Duration::from_secs_f64(((1.0 - left) / per_second).min(3600.0))
        } else {
            std::time::Duration::ZERO
        };
        (Allowance { granted, wait }, left)
    }
}
