//! The behaviour every backend must show, as functions generic over
//! [`Store`]: a second backend runs the same suite by calling them with its
//! own store.

pub(crate) mod feeds;
pub(crate) mod retention;

/// One `#[tokio::test]` per case of the suite that needs one store, run
/// against the backend that `$store` (an expression, awaited inside each
/// test, giving a fresh empty store) opens. Every backend invokes this once,
/// so a case added here runs on all of them.
macro_rules! single_store_cases {
    ($store:expr) => {
        $crate::suite::single_store_cases!(@cases $store;
            digest_life,
            deferred_waits_for_the_next_pass,
            refusals_make_a_subscriber_bouncing,
            unsubscribe_cancels_and_keeps_history,
            a_rewind_with_a_digest_pending_loses_nothing,
            web_requests_need_confirmation,
            import_adds_and_updates,
            feeds_are_added_polled_and_removed,
            a_web_article_is_stored_once,
            pruning_keeps_what_exactly_once_needs,
        );
    };
    (@cases $store:expr; $($case:ident),+ $(,)?) => {
        $(
            #[tokio::test]
            async fn $case() {
                $crate::suite::$case($store).await;
            }
        )+
    };
}
pub(crate) use feeds::{a_web_article_is_stored_once, feeds_are_added_polled_and_removed};
pub(crate) use retention::pruning_keeps_what_exactly_once_needs;
pub(crate) use single_store_cases;

mod sqlite {
    super::single_store_cases!(crate::SqliteStore::open_in_memory().unwrap());
}

use chrono::{DateTime, Utc};
use nghiquyet_core::Article;

use crate::{
    Advance, BodyRecord, DigestStatus, FreezeBatch, NewDigest, Outcome, Record, SqliteStore, Store,
    SubscriberSettings, SubscriberStatus, Unsubscribe,
};

fn t(s: &str) -> DateTime<Utc> {
    s.parse().unwrap()
}

fn article(title: &str) -> Article {
    nghiquyet_core::parse_article(&format!(
        "Tỉnh Mẫu:\n{title}\nCập nhật: Thứ Hai 12/10/2020 - 08:00\nMột đoạn.\nMai Anh"
    ))
    .unwrap()
}

fn settings(email: &str) -> SubscriberSettings {
    SubscriberSettings {
        email: email.into(),
        schedule: "@daily".into(),
        tz: "UTC".into(),
        lang: "vi".into(),
        since: Some(t("2000-01-01T00:00:00Z")),
        ..SubscriberSettings::default()
    }
}

/// A pending digest of everything the subscriber has not had yet.
async fn freeze_one<S: Store>(store: &S, email: &str, due: &str) -> usize {
    let sub = store.subscriber(email.into()).await.unwrap().unwrap();
    let last = store
        .articles_after(sub.position, 1000)
        .await
        .unwrap()
        .last()
        .map(|a| a.seq)
        .unwrap_or(sub.position);
    store
        .freeze(FreezeBatch {
            bodies: vec![BodyRecord {
                hash: "h1".into(),
                subject: "S".into(),
                bytes: b"body".to_vec(),
            }],
            digests: vec![NewDigest {
                subscriber_id: sub.id,
                from_seq: sub.position,
                to_seq: last,
                articles: last - sub.position,
                recipient: sub.settings.email.clone(),
                name: None,
                unsubscribe_url: "https://x.vn/u".into(),
                message_id: format!("<{email}.{due}@x.vn>"),
                due_at: t(due),
                body_hash: "h1".into(),
                dkim: None,
            }],
            advances: vec![],
        })
        .await
        .unwrap()
        .digests
}

pub(crate) async fn digest_life<S: Store>(store: S) {
    store
        .ingest(article("A"), t("2026-01-01T00:00:00Z"))
        .await
        .unwrap();
    store
        .subscribe(settings("a@x.vn"), t("2026-01-01T01:00:00Z"))
        .await
        .unwrap();
    assert_eq!(
        freeze_one(&store, "a@x.vn", "2026-01-02T00:00:00Z").await,
        1
    );
    // A pending digest blocks the next one.
    assert_eq!(
        freeze_one(&store, "a@x.vn", "2026-01-03T00:00:00Z").await,
        0
    );
    let one = store.begin_pass().await.unwrap();
    let two = store.begin_pass().await.unwrap();
    let now = t("2026-01-02T00:00:00Z");
    let claimed = store.claim(&one, now, 10).await.unwrap();
    assert_eq!(claimed.len(), 1);
    assert_eq!(claimed[0].body_hash.as_deref(), Some("h1"));
    assert!(
        store.claim(&two, now, 10).await.unwrap().is_empty(),
        "held by one"
    );
    assert_eq!(store.counts(&two).await.unwrap().held, 1);
    // Only the holder records.
    let sent = Record {
        digest_id: claimed[0].id,
        attempts: 1,
        outcome: Outcome::Sent { at: now },
    };
    store.record(&two, vec![sent.clone()]).await.unwrap();
    assert_eq!(
        store
            .digests(Some(DigestStatus::Sent), 10)
            .await
            .unwrap()
            .len(),
        0
    );
    store.record(&one, vec![sent]).await.unwrap();
    let sub = store.subscriber("a@x.vn".into()).await.unwrap().unwrap();
    assert_eq!(sub.position, 1);
    assert!(!sub.has_pending);
    assert_eq!(store.counts(&one).await.unwrap().pending, 0);
    // Nothing new: the subscriber moves on without a digest.
    let frozen = store
        .freeze(FreezeBatch {
            advances: vec![Advance {
                subscriber_id: sub.id,
                from_seq: 1,
                to_seq: 1,
                due_at: t("2026-01-03T00:00:00Z"),
            }],
            ..FreezeBatch::default()
        })
        .await
        .unwrap();
    assert_eq!(frozen.advanced, 1);
    store.end_pass(one).await.unwrap();
    store.end_pass(two).await.unwrap();
}

pub(crate) async fn deferred_waits_for_the_next_pass<S: Store>(store: S) {
    store
        .ingest(article("A"), t("2026-01-01T00:00:00Z"))
        .await
        .unwrap();
    store
        .subscribe(settings("a@x.vn"), t("2026-01-01T01:00:00Z"))
        .await
        .unwrap();
    freeze_one(&store, "a@x.vn", "2026-01-02T00:00:00Z").await;
    let now = t("2026-01-02T00:00:00Z");
    let pass = store.begin_pass().await.unwrap();
    let c = store.claim(&pass, now, 10).await.unwrap();
    store
        .record(
            &pass,
            vec![Record {
                digest_id: c[0].id,
                attempts: 1,
                outcome: Outcome::Deferred {
                    error: "lost after the final dot".into(),
                    retry_at: now,
                },
            }],
        )
        .await
        .unwrap();
    assert!(
        store.claim(&pass, now, 10).await.unwrap().is_empty(),
        "not twice in a pass"
    );
    store.end_pass(pass).await.unwrap();
    let next = store.begin_pass().await.unwrap();
    assert!(
        store
            .claim(&next, t("2026-01-01T23:00:00Z"), 10)
            .await
            .unwrap()
            .is_empty(),
        "backoff"
    );
    let again = store.claim(&next, now, 10).await.unwrap();
    assert_eq!(again.len(), 1);
    assert_eq!(again[0].message_id, c[0].message_id);
    assert_eq!(again[0].attempts, 1);
    store.end_pass(next).await.unwrap();
}

pub(crate) async fn refusals_make_a_subscriber_bouncing<S: Store>(store: S) {
    store
        .subscribe(settings("r@x.vn"), t("2026-01-01T01:00:00Z"))
        .await
        .unwrap();
    for day in 2..=3 {
        store
            .ingest(article(&format!("A{day}")), t("2026-01-01T00:00:00Z"))
            .await
            .unwrap();
        let due = format!("2026-01-0{day}T00:00:00Z");
        assert_eq!(freeze_one(&store, "r@x.vn", &due).await, 1);
        let pass = store.begin_pass().await.unwrap();
        let c = store.claim(&pass, t(&due), 10).await.unwrap();
        store
            .record(
                &pass,
                vec![Record {
                    digest_id: c[0].id,
                    attempts: 1,
                    outcome: Outcome::Failed {
                        error: "550 no such user".into(),
                        bounce_limit: 2,
                    },
                }],
            )
            .await
            .unwrap();
        store.end_pass(pass).await.unwrap();
    }
    let sub = store.subscriber("r@x.vn".into()).await.unwrap().unwrap();
    assert_eq!(sub.status, SubscriberStatus::Bouncing);
    assert_eq!(sub.position, 0, "refused items come in a later digest");
    assert_eq!(
        freeze_one(&store, "r@x.vn", "2026-01-04T00:00:00Z").await,
        0
    );
    // Subscribing again reactivates.
    let sub = store
        .subscribe(settings("r@x.vn"), t("2026-01-05T00:00:00Z"))
        .await
        .unwrap();
    assert_eq!((sub.status, sub.refusals), (SubscriberStatus::Active, 0));
}

pub(crate) async fn unsubscribe_cancels_and_keeps_history<S: Store>(store: S) {
    store
        .ingest(article("A"), t("2026-01-01T00:00:00Z"))
        .await
        .unwrap();
    store
        .subscribe(settings("u@x.vn"), t("2026-01-01T01:00:00Z"))
        .await
        .unwrap();
    freeze_one(&store, "u@x.vn", "2026-01-02T00:00:00Z").await;
    let pass = store.begin_pass().await.unwrap();
    let c = store
        .claim(&pass, t("2026-01-02T00:00:00Z"), 10)
        .await
        .unwrap();
    store
        .record(
            &pass,
            vec![Record {
                digest_id: c[0].id,
                attempts: 1,
                outcome: Outcome::Sent {
                    at: t("2026-01-02T00:00:00Z"),
                },
            }],
        )
        .await
        .unwrap();
    store.end_pass(pass).await.unwrap();
    store
        .ingest(article("B"), t("2026-01-02T01:00:00Z"))
        .await
        .unwrap();
    freeze_one(&store, "u@x.vn", "2026-01-03T00:00:00Z").await;
    assert!(
        store
            .unsubscribe(Unsubscribe::Email("u@x.vn".into()), false)
            .await
            .unwrap()
    );
    assert!(store.subscriber("u@x.vn".into()).await.unwrap().is_none());
    let all = store.digests(None, 10).await.unwrap();
    assert_eq!(all.len(), 2);
    assert_eq!(all[0].status, DigestStatus::Cancelled);
    assert_eq!(all[1].status, DigestStatus::Sent);
    assert_eq!(all[1].recipient, "u@x.vn");
    assert!(
        !store
            .unsubscribe(Unsubscribe::Email("u@x.vn".into()), false)
            .await
            .unwrap()
    );
    assert!(
        store
            .unsubscribe(Unsubscribe::Email("u@x.vn".into()), true)
            .await
            .unwrap()
    );
    assert!(
        store
            .digests(None, 10)
            .await
            .unwrap()
            .iter()
            .all(|d| d.recipient == "(erased)")
    );
}

pub(crate) async fn a_rewind_with_a_digest_pending_loses_nothing<S: Store>(store: S) {
    store
        .ingest(article("Old"), t("2026-01-01T00:00:00Z"))
        .await
        .unwrap();
    let mut s = settings("w@x.vn");
    s.since = None;
    store
        .subscribe(s.clone(), t("2026-01-02T00:00:00Z"))
        .await
        .unwrap();
    store
        .ingest(article("New"), t("2026-01-03T00:00:00Z"))
        .await
        .unwrap();
    assert_eq!(
        freeze_one(&store, "w@x.vn", "2026-01-04T00:00:00Z").await,
        1
    );
    s.since = Some(t("2000-01-01T00:00:00Z"));
    let sub = store.subscribe(s, t("2026-01-04T01:00:00Z")).await.unwrap();
    assert_eq!(sub.position, 0);
    assert!(!sub.has_pending, "the pending digest is cancelled");
    let articles = store.articles_after(sub.position, 10).await.unwrap();
    assert_eq!(articles.len(), 2);
}

/// A sender's claims outlive it only as long as its process: a lock nobody
/// holds frees them at once (a crash), with no lease to wait out.
#[tokio::test]
async fn sqlite_a_dead_senders_claims_are_free_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.db");
    let store = SqliteStore::open(&path).unwrap();
    store
        .ingest(article("A"), t("2026-01-01T00:00:00Z"))
        .await
        .unwrap();
    store
        .subscribe(settings("d@x.vn"), t("2026-01-01T01:00:00Z"))
        .await
        .unwrap();
    freeze_one(&store, "d@x.vn", "2026-01-02T00:00:00Z").await;
    let now = t("2026-01-02T00:00:00Z");
    // Another "process": a second handle whose lock we drop without ending its pass.
    let crashed = SqliteStore::open(&path).unwrap();
    let ghost = crashed.begin_pass().await.unwrap();
    assert_eq!(crashed.claim(&ghost, now, 10).await.unwrap().len(), 1);
    let me = store.begin_pass().await.unwrap();
    assert!(
        store.claim(&me, now, 10).await.unwrap().is_empty(),
        "alive: held"
    );
    crashed.shared.live.release(&ghost.0);
    // The lock file is gone, as after the kernel released it and a judge removed it.
    assert_eq!(
        store.claim(&me, now, 10).await.unwrap().len(),
        1,
        "dead: free at once"
    );
}

/// Senders share one allowance per relay: however many ask, no more than a
/// second's worth at once, then the refill rate, on the store's clock.
pub(crate) async fn sends_share_one_allowance<S: Store>(a: S, b: S) {
    let relay = "smtp.x.vn:25".to_string();
    let first = a.take_sends(relay.clone(), 5.0, 8).await.unwrap();
    assert_eq!(first.granted, 5, "a new bucket holds a second's worth");
    let none = b.take_sends(relay.clone(), 5.0, 1).await.unwrap();
    assert_eq!(none.granted, 0, "shared: the other sender finds it empty");
    assert!(none.wait > std::time::Duration::ZERO);
    assert!(none.wait <= std::time::Duration::from_millis(200));
    // Another relay has its own.
    let other = b.take_sends("smtp.y.vn:25".into(), 5.0, 1).await.unwrap();
    assert_eq!(other.granted, 1);
    // Two senders asking as fast as they can for a while get the refill
    // and no more.
    let start = std::time::Instant::now();
    let mut got = 0u32;
    while start.elapsed() < std::time::Duration::from_millis(600) {
        for s in [&a, &b] {
            let g = s.take_sends(relay.clone(), 5.0, 2).await.unwrap();
            got += g.granted;
        }
        tokio::time::sleep(std::time::Duration::from_millis(10)).await;
    }
    let most = (5.0 * start.elapsed().as_secs_f64()).ceil() as u32 + 1;
    assert!(got <= most, "{got} sends in {:?}", start.elapsed());
    assert!(got >= 1, "the bucket refills");
}

#[tokio::test]
async fn sqlite_sends_share_one_allowance() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.db");
    let (a, b) = (
        SqliteStore::open(&path).unwrap(),
        SqliteStore::open(&path).unwrap(),
    );
    sends_share_one_allowance(a, b).await;
}

/// Double opt-in: a request is pending (no digests), renewing it changes
/// its token, confirming activates it once with a fresh token, and
/// unconfirmed requests expire; an active subscriber is never downgraded.
pub(crate) async fn web_requests_need_confirmation<S: Store>(store: S) {
    let now = t("2026-11-27T00:00:00Z");
    let mut new = settings("web@example.vn");
    new.since = None;
    let first = store.request(new.clone(), now).await.unwrap();
    assert_eq!(first.status, SubscriberStatus::Pending);
    let again = store.request(new.clone(), now).await.unwrap();
    assert_eq!(again.status, SubscriberStatus::Pending);
    assert_ne!(
        first.token, again.token,
        "a renewed request gets a new token"
    );
    assert!(
        store
            .confirm(first.token.clone(), now, now)
            .await
            .unwrap()
            .is_none()
    );
    let week_later = t("2026-12-05T00:00:00Z");
    assert!(
        store
            .confirm(again.token.clone(), t("2026-11-28T00:00:00Z"), week_later)
            .await
            .unwrap()
            .is_none(),
        "an expired request does not confirm"
    );
    let confirmed = store
        .confirm(again.token.clone(), now, now)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(confirmed.status, SubscriberStatus::Active);
    assert_ne!(confirmed.token, again.token);
    assert!(
        store
            .confirm(again.token.clone(), now, now)
            .await
            .unwrap()
            .is_none()
    );
    let by_token = store
        .subscriber_by_token(confirmed.token.clone())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(by_token.settings.email, "web@example.vn");
    // A new request for an active address changes nothing.
    let kept = store.request(new.clone(), now).await.unwrap();
    assert_eq!(
        (kept.status, kept.token),
        (SubscriberStatus::Active, confirmed.token)
    );

    let mut other = settings("late@example.vn");
    other.since = None;
    store.request(other, now).await.unwrap();
    let counts = store.status_counts().await.unwrap();
    assert_eq!(
        counts.subscribers,
        [("active".to_string(), 1), ("pending".to_string(), 1)]
    );
    assert_eq!(store.expire_pending(week_later).await.unwrap(), 1);
    assert!(
        store
            .subscriber("late@example.vn".into())
            .await
            .unwrap()
            .is_none()
    );
    assert!(
        store
            .subscriber("web@example.vn".into())
            .await
            .unwrap()
            .is_some()
    );
}

/// A bulk import adds new subscribers and updates existing ones in place,
/// keeping their tokens.
pub(crate) async fn import_adds_and_updates<S: Store>(store: S) {
    let now = t("2026-11-27T00:00:00Z");
    let old = store
        .subscribe(settings("old@example.vn"), now)
        .await
        .unwrap();
    let mut changed = settings("old@example.vn");
    changed.tz = "Europe/Berlin".into();
    let fresh: Vec<SubscriberSettings> = (0..50)
        .map(|i| settings(&format!("n{i}@example.vn")))
        .chain([changed])
        .collect();
    assert_eq!(store.import(fresh, now).await.unwrap(), 51);
    let after = store
        .subscriber("old@example.vn".into())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (after.settings.tz.as_str(), after.token),
        ("Europe/Berlin", old.token)
    );
    assert_eq!(store.subscribers(0, 1000).await.unwrap().len(), 51);
}
