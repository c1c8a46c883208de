//! The scheduler under a paused tokio clock: slots across daylight-saving
//! changes, new subscribers noticed while running, one catch-up digest after
//! downtime, graceful shutdown, a subscriber whose digest cannot be built
//! backing off alone.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use chrono::{DateTime, Utc};
use nghiquyet_digest::{
    Clock, Composer, DigestStatus, Filter, Lang, MailSettings, NewSubscriber, Renderer, RunOptions,
    Service, SqliteStore, Stop, Store, Transport,
};
use nghiquyet_store::SubscriberSettings;

fn t(s: &str) -> DateTime<Utc> {
    s.parse().expect("a time")
}

fn article(n: usize) -> nghiquyet_core::Article {
    nghiquyet_core::parse_article(&format!(
        "Tỉnh Mẫu:\nBài số {n}\nCập nhật: Thứ Hai 12/10/2020 - 08:00\nNhiệm kỳ 2020-2025, tỉnh phấn đấu số {n}.\nMai Anh"
    ))
    .expect("an article")
}

fn subscriber(email: &str, schedule: &str, tz: &str) -> SubscriberSettings {
    NewSubscriber {
        email: email.into(),
        name: None,
        schedule: schedule.parse().expect("a schedule"),
        tz: tz.into(),
        lang: Lang::Vi,
        filter: Filter::default(),
        since: None,
    }
    .settings()
    .expect("valid settings")
}

fn composer() -> Composer {
    Composer::new(&MailSettings::default(), Renderer::new()).expect("composer")
}

/// The tokio instant at which `clock` reads `at`.
fn instant(clock: &Clock, at: DateTime<Utc>) -> tokio::time::Instant {
    let ahead = (at - clock.now()).to_std().unwrap_or(Duration::ZERO);
    tokio::time::Instant::now() + ahead
}

#[tokio::test(flavor = "current_thread", start_paused = true)]
async fn slots_across_daylight_saving_in_berlin() {
    let dir = tempfile::tempdir().expect("a folder");
    let db = dir.path().join("s.db");
    let clock = Clock::starting_at(t("2026-03-27T12:00:00Z"));
    let store = SqliteStore::open(&db).expect("store");
    let sent = Transport::stub();
    let service = Service::new(store, composer(), sent.clone());
    let passes = Arc::new(Mutex::new(Vec::new()));
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let log = passes.clone();
    let task = tokio::spawn(nghiquyet_digest::run(
        service,
        clock,
        RunOptions {
            poll: Duration::from_secs(60),
        },
        async move {
            let _ = stopped.await;
        },
        move |now, report| {
            let n = report.as_ref().map(|r| r.sent).unwrap_or(usize::MAX);
            log.lock().expect("log").push((now, n));
        },
    ));

    // Another process subscribes and ingests while the service runs.
    let other = SqliteStore::open(&db).expect("second connection");
    tokio::time::sleep(Duration::from_secs(120)).await;
    other
        .subscribe(
            subscriber("berlin@example.org", "30 2 * * *", "Europe/Berlin"),
            clock.now(),
        )
        .await
        .expect("subscribe");

    // 02:30 CET; 02:30 does not exist on the 29th (fires at 03:00 CEST); 02:30 CEST.
    let slots = [
        "2026-03-28T01:30:00Z",
        "2026-03-29T01:00:00Z",
        "2026-03-30T00:30:00Z",
    ];
    for (i, slot) in slots.iter().enumerate() {
        let slot = t(slot);
        tokio::time::sleep_until(instant(&clock, slot - chrono::Duration::hours(1))).await;
        other.ingest(article(i), clock.now()).await.expect("ingest");
        tokio::time::sleep_until(instant(&clock, slot - chrono::Duration::seconds(1))).await;
        assert_eq!(sent.messages().await.len(), i, "nothing before {slot}");
        tokio::time::sleep_until(instant(&clock, slot + chrono::Duration::minutes(1))).await;
        assert_eq!(sent.messages().await.len(), i + 1, "a digest at {slot}");
        let digests = other.digests(None, 1).await.expect("digests");
        assert_eq!(digests[0].due_at, slot);
        assert_eq!(digests[0].articles, 1);
    }
    // Each digest held only its own new article.
    let bodies: Vec<String> = sent.messages().await.into_iter().map(|(_, m)| m).collect();
    assert!(bodies[2].contains("Subject: =?utf-8?") && bodies.len() == 3);

    stop.send(()).expect("the service is running");
    task.await.expect("no panic").expect("a clean stop");
    let passes = passes.lock().expect("log");
    assert_eq!(
        passes.iter().filter(|(_, n)| *n > 0).count(),
        3,
        "{passes:?}"
    );
}

#[tokio::test(flavor = "current_thread", start_paused = true)]
async fn one_catch_up_digest_after_downtime() {
    let start = t("2026-10-20T00:00:00Z");
    let store = SqliteStore::open_in_memory().expect("store");
    let sub = nghiquyet_digest::Subscriber::try_from(
        store
            .subscribe(
                subscriber("ny@example.org", "@hourly", "America/New_York"),
                start,
            )
            .await
            .expect("subscribe"),
    )
    .expect("a subscriber");
    store
        .ingest(article(1), start + chrono::Duration::minutes(5))
        .await
        .expect("ingest");
    store
        .ingest(article(2), start + chrono::Duration::hours(30))
        .await
        .expect("ingest");
    // Down for a week, across the New York fall-back change (1 November).
    let back = t("2026-11-03T00:10:00Z");
    assert!(
        sub.schedule
            .count_between(start, back, chrono_tz::America::New_York, 1000)
            > 300
    );
    let sent = Transport::stub();
    let service = Service::new(store, composer(), sent.clone());
    let clock = Clock::starting_at(back);
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let task = tokio::spawn(nghiquyet_digest::run(
        service,
        clock,
        RunOptions::default(),
        async move {
            let _ = stopped.await;
        },
        |_, _| {},
    ));
    tokio::time::sleep(Duration::from_secs(3 * 3600)).await;
    let sent = sent.messages().await;
    assert_eq!(
        sent.len(),
        1,
        "one catch-up digest, not one per missed slot"
    );
    let body = &sent[0].1;
    assert!(
        body.contains("B=C3=A0i s=E1=BB=91 1") && body.contains("B=C3=A0i s=E1=BB=91 2"),
        "{body}"
    );
    stop.send(()).expect("running");
    task.await.expect("no panic").expect("a clean stop");
}

/// An outbox that cannot be written is the operator's to fix: the pass
/// stops with the error and the digest stays pending, not failed.
#[tokio::test(flavor = "current_thread", start_paused = true)]
async fn an_operator_fault_stops_the_pass_and_leaves_the_digest_pending() {
    let dir = tempfile::tempdir().expect("a folder");
    let blocked = dir.path().join("not-a-folder");
    std::fs::create_dir(&blocked).expect("mkdir");
    let transport = Transport::outbox(&blocked).expect("outbox");
    std::fs::remove_dir(&blocked).expect("rmdir");
    std::fs::write(&blocked, b"a file").expect("write");
    let store = SqliteStore::open_in_memory().expect("store");
    let mut n = subscriber("x@example.org", "@daily", "UTC");
    n.since = Some(t("2026-01-01T00:00:00Z"));
    store
        .ingest(article(1), t("2026-01-01T01:00:00Z"))
        .await
        .expect("ingest");
    store
        .subscribe(n, t("2026-01-01T02:00:00Z"))
        .await
        .expect("subscribe");
    let service = Service::new(store, composer(), transport);
    let err = service
        .send_due(t("2026-01-02T00:00:00Z"), &Stop::new())
        .await
        .expect_err("the pass stops");
    assert_eq!(err.fault(), nghiquyet_digest::Fault::Operator, "{err}");
    let pending = service
        .store()
        .digests(Some(DigestStatus::Pending), 10)
        .await
        .expect("pending");
    assert_eq!(pending.len(), 1);
    assert_eq!(pending[0].attempts, 0);
}

/// One subscriber whose digest cannot be built backs off on its own; the
/// others get theirs, and the scheduler does not spin.
#[tokio::test(flavor = "current_thread", start_paused = true)]
async fn a_digest_that_cannot_be_built_backs_off_alone() {
    let start = t("2026-01-01T00:00:00Z");
    let store = SqliteStore::open_in_memory().expect("store");
    store.ingest(article(1), start).await.expect("ingest");
    for email in ["good@example.org", "not an address"] {
        let mut s = subscriber("good@example.org", "@hourly", "UTC");
        s.email = email.into();
        s.since = Some(t("2025-12-31T00:00:00Z"));
        store.subscribe(s, start).await.expect("subscribe");
    }
    let sent = Transport::stub();
    let service = Service::new(store, composer(), sent.clone());
    let passes = Arc::new(Mutex::new(0usize));
    let count = passes.clone();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let task = tokio::spawn(nghiquyet_digest::run(
        service,
        Clock::starting_at(start + chrono::Duration::minutes(1)),
        RunOptions {
            poll: Duration::from_secs(3600),
        },
        async move {
            let _ = stopped.await;
        },
        move |_, _| *count.lock().expect("count") += 1,
    ));
    tokio::time::sleep(Duration::from_secs(3600 - 120)).await;
    let messages = sent.messages().await;
    assert_eq!(messages.len(), 1, "the good subscriber's digest");
    let n = *passes.lock().expect("count");
    // Waits of 60, 120, 240, 480, 960... seconds (with jitter): a handful.
    assert!((2..=12).contains(&n), "{n} passes in an hour");
    stop.send(()).expect("running");
    task.await.expect("no panic").expect("a clean stop");
}
