//! Subscribers: who gets a digest, when, and of which articles.

use chrono::{DateTime, Utc};
use lettre::Address;
use nghiquyet_core::{Article, fold};
use nghiquyet_store::{SubscriberRecord, SubscriberSettings, SubscriberStatus};
use serde::Serialize;

use crate::{Error, Lang, Schedule, parse_tz};

/// Checks an email address and returns it in the form the store keys on
/// (trimmed, lowercase).
///
/// ```
/// use nghiquyet_digest::normalize_address;
///
/// assert_eq!(normalize_address(" An@Example.VN ")?, "an@example.vn");
/// assert!(normalize_address("not an address").is_err());
/// # Ok::<(), nghiquyet_digest::Error>(())
/// ```
pub fn normalize_address(address: &str) -> Result<String, Error> {
    let lower = address.trim().to_lowercase();
    lower.parse::<Address>().map_err(|e| Error::Address {
        address: address.to_string(),
        message: e.to_string(),
    })?;
    Ok(lower)
}

/// Checks a display name: no control characters (a CR or LF would end the
/// To header); returns it trimmed, `None` when empty.
///
/// ```
/// use nghiquyet_digest::check_name;
///
/// assert_eq!(check_name(" Nguyễn Văn An ")?, Some("Nguyễn Văn An".to_string()));
/// assert!(check_name("An\r\nBcc: x@example.vn").is_err());
/// assert!(check_name("An\u{85}").is_err());
/// # Ok::<(), nghiquyet_digest::Error>(())
/// ```
pub fn check_name(name: &str) -> Result<Option<String>, Error> {
    if name.chars().any(char::is_control) {
        return Err(Error::Name(name.to_string()));
    }
    let name = name.trim();
    Ok((!name.is_empty()).then(|| name.to_string()))
}

/// Which articles a subscriber wants: all by default. Matching ignores case
/// and diacritics ("Ha Giang" finds "Hà Giang").
///
/// ```
/// use nghiquyet_digest::Filter;
///
/// let a = nghiquyet_core::parse_article("Tỉnh Hà Giang:\nĐại hội\nCập nhật: Thứ Hai 12/10/2020 - 08:00\nThu ngân sách tăng.")?;
/// let f = Filter { issuer: Some("ha giang".into()), ..Filter::default() };
/// assert!(f.matches(&a));
/// let f = Filter { keywords: vec!["NGAN SACH".into()], ..Filter::default() };
/// assert!(f.matches(&a));
/// let f = Filter { min_targets: 1, ..Filter::default() };
/// assert!(!f.matches(&a));
/// # Ok::<(), nghiquyet_core::Error>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize)]
pub struct Filter {
    /// Part of an issuer's name, matched against the resolutions' issuers,
    /// the kicker and the title.
    pub issuer: Option<String>,
    /// Words of which at least one must occur in the title, kicker or body.
    pub keywords: Vec<String>,
    /// The fewest targets an article must state.
    pub min_targets: usize,
}

impl Filter {
    /// Whether `article` passes the filter.
    pub fn matches(&self, article: &Article) -> bool {
        if article.targets.len() < self.min_targets {
            return false;
        }
        if let Some(issuer) = &self.issuer {
            let want = fold(issuer);
            let found = article
                .resolutions
                .iter()
                .filter_map(|r| r.issuer.as_deref())
                .chain(article.kicker.as_deref())
                .chain(article.title.as_deref())
                .any(|s| fold(s).contains(&want));
            if !found {
                return false;
            }
        }
        if !self.keywords.is_empty() {
            let hay = fold(&format!(
                "{}\n{}\n{}",
                article.kicker.as_deref().unwrap_or(""),
                article.title.as_deref().unwrap_or(""),
                article.body()
            ));
            if !self.keywords.iter().any(|k| hay.contains(&fold(k))) {
                return false;
            }
        }
        true
    }
}

/// What a subscriber asks for, checked by [`NewSubscriber::settings`].
#[derive(Debug, Clone)]
pub struct NewSubscriber {
    /// The address.
    pub email: String,
    /// The display name.
    pub name: Option<String>,
    /// When digests are sent.
    pub schedule: Schedule,
    /// The IANA zone the schedule is read in.
    pub tz: String,
    /// The digest's language.
    pub lang: Lang,
    /// Which articles the subscriber wants.
    pub filter: Filter,
    /// Start from articles stored since this instant rather than from now
    /// (for an existing subscriber: move back to them).
    pub since: Option<DateTime<Utc>>,
}

impl NewSubscriber {
    /// The settings as the store keeps them, after checking the address,
    /// the name and the zone.
    ///
    /// ```
    /// use nghiquyet_digest::{Filter, Lang, NewSubscriber};
    ///
    /// let mut new = NewSubscriber {
    ///     email: "An@Example.vn".into(),
    ///     name: Some("An\nBcc: x@y.vn".into()),
    ///     schedule: "@daily".parse()?,
    ///     tz: "Asia/Ho_Chi_Minh".into(),
    ///     lang: Lang::Vi,
    ///     filter: Filter::default(),
    ///     since: None,
    /// };
    /// assert!(new.settings().unwrap_err().to_string().contains("control characters"));
    /// new.name = Some("An".into());
    /// assert_eq!(new.settings()?.email, "an@example.vn");
    /// # Ok::<(), nghiquyet_digest::Error>(())
    /// ```
    pub fn settings(&self) -> Result<SubscriberSettings, Error> {
        let name = match &self.name {
            Some(n) => check_name(n)?,
            None => None,
        };
        parse_tz(self.tz.trim())?;
        Ok(SubscriberSettings {
            email: normalize_address(&self.email)?,
            name,
            schedule: self.schedule.as_str().to_string(),
            tz: self.tz.trim().to_string(),
            lang: self.lang.code().to_string(),
            issuer: self.filter.issuer.clone(),
            keywords: self.filter.keywords.clone(),
            min_targets: self.filter.min_targets as i64,
            since: self.since,
        })
    }
}

/// A stored subscriber, with its schedule and language read.
#[derive(Debug, Clone, Serialize)]
pub struct Subscriber {
    /// The row id.
    #[serde(skip)]
    pub id: i64,
    /// The address.
    pub email: String,
    /// The display name.
    pub name: Option<String>,
    /// When digests are sent.
    #[serde(serialize_with = "ser_display")]
    pub schedule: Schedule,
    /// The IANA zone the schedule is read in.
    pub tz: String,
    /// The digest's language.
    pub lang: Lang,
    /// Which articles the subscriber wants.
    #[serde(flatten)]
    pub filter: Filter,
    /// The secret in the unsubscribe URL.
    #[serde(skip)]
    pub token: String,
    /// The last ingest sequence number delivered (or skipped by the filter).
    pub position: i64,
    /// The previous digest's time (or the subscription's): the schedule fires after it.
    pub last_digest: DateTime<Utc>,
    /// When the subscriber subscribed.
    pub subscribed: DateTime<Utc>,
    /// `active`, or `bouncing` after too many refusals in a row.
    pub status: SubscriberStatus,
    /// No digest is built before this time (its last one could not be built).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub held_until: Option<DateTime<Utc>>,
    /// Why its last digest could not be built.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_error: Option<String>,
    /// Failed builds in a row.
    #[serde(skip)]
    pub holds: i64,
    /// Whether a digest of this subscriber is pending.
    #[serde(skip)]
    pub has_pending: bool,
}

fn ser_display<S: serde::Serializer>(v: &Schedule, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(v)
}

impl TryFrom<SubscriberRecord> for Subscriber {
    type Error = Error;

    fn try_from(r: SubscriberRecord) -> Result<Self, Error> {
        let schedule = r.settings.schedule.parse()?;
        Subscriber::with_schedule(r, schedule)
    }
}

impl Subscriber {
    /// The subscriber of a record whose schedule was read already (a pass
    /// reads each distinct schedule once).
    pub fn with_schedule(r: SubscriberRecord, schedule: Schedule) -> Result<Self, Error> {
        let s = r.settings;
        Ok(Subscriber {
            id: r.id,
            schedule,
            lang: s.lang.parse()?,
            email: s.email,
            name: s.name,
            tz: s.tz,
            filter: Filter {
                issuer: s.issuer,
                keywords: s.keywords,
                min_targets: s.min_targets.max(0) as usize,
            },
            token: r.token,
            position: r.position,
            last_digest: r.anchor,
            subscribed: r.created_at,
            status: r.status,
            held_until: r.hold_until,
            last_error: r.last_error,
            holds: r.holds,
            has_pending: r.has_pending,
        })
    }
}

impl Subscriber {
    /// When the next digest is due: the first time the schedule fires after
    /// the previous digest.
    pub fn next_due(&self) -> Option<DateTime<Utc>> {
        let tz = parse_tz(&self.tz).ok()?;
        self.schedule.next_after(self.last_digest, tz)
    }

    /// Whether a digest is due at `now`.
    pub fn is_due(&self, now: DateTime<Utc>) -> bool {
        self.next_due().is_some_and(|t| t <= now)
    }

    /// Whether a digest may be built at `now`: active, due, not held after
    /// a failed build, and without a pending digest.
    pub fn wants_digest(&self, now: DateTime<Utc>) -> bool {
        self.status == SubscriberStatus::Active
            && !self.has_pending
            && self.held_until.is_none_or(|t| t <= now)
            && self.is_due(now)
    }
}
