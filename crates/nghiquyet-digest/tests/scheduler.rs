//! The scheduler under a paused tokio clock: slots across daylight-saving
//! changes, new subscribers noticed while running, one catch-up digest after
//! downtime, graceful shutdown.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use chrono::{DateTime, Utc};
use nghiquyet_digest::{
    Clock, Composer, Filter, Lang, MailSettings, Mailer, NewSubscriber, Renderer, RunOptions,
    Service, Store,
};

fn t(s: &str) -> DateTime<Utc> {
    s.parse().expect("a time")
}

fn article(n: usize) -> nghiquyet_core::Article {
    nghiquyet_core::parse_article(&format!(
        "Tỉnh Mẫu:\nBài số {n}\nCập nhật: Thứ Hai 12/10/2020 - 08:00\nNhiệm kỳ 2020-2025, tỉnh phấn đấu số {n}.\nMai Anh"
    ))
    .expect("an article")
}

fn subscriber(email: &str, schedule: &str, tz: &str) -> NewSubscriber {
    NewSubscriber {
        email: email.into(),
        name: None,
        schedule: schedule.parse().expect("a schedule"),
        tz: tz.into(),
        lang: Lang::Vi,
        filter: Filter::default(),
        since: None,
    }
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
    let store = Store::open(&db).expect("store");
    let (mailer, sent) = Mailer::memory();
    let service = Service::new(
        store,
        Composer::new(&MailSettings::default(), Renderer::new()).expect("composer"),
        mailer,
    );
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
            let n = report.as_ref().map(|r| r.sent.len()).unwrap_or(usize::MAX);
            log.lock().expect("log").push((now, n));
        },
    ));

    // Another process subscribes and ingests while the service runs.
    let mut other = Store::open(&db).expect("second connection");
    tokio::time::sleep(Duration::from_secs(120)).await;
    other
        .subscribe(
            &subscriber("berlin@example.org", "30 2 * * *", "Europe/Berlin"),
            clock.now(),
        )
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
        other.ingest(&article(i), clock.now()).expect("ingest");
        tokio::time::sleep_until(instant(&clock, slot - chrono::Duration::seconds(1))).await;
        assert_eq!(sent.lock().expect("sent").len(), i, "nothing before {slot}");
        tokio::time::sleep_until(instant(&clock, slot + chrono::Duration::minutes(1))).await;
        assert_eq!(
            sent.lock().expect("sent").len(),
            i + 1,
            "a digest at {slot}"
        );
        let digests = other.digests(1).expect("digests");
        assert_eq!(digests[0].due_at, slot);
        assert_eq!(digests[0].articles, 1);
    }
    // Each digest held only its own new article.
    let bodies: Vec<String> = sent
        .lock()
        .expect("sent")
        .iter()
        .map(|(_, m)| String::from_utf8_lossy(m).into_owned())
        .collect();
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
    let mut store = Store::open_in_memory().expect("store");
    let sub = store
        .subscribe(
            &subscriber("ny@example.org", "@hourly", "America/New_York"),
            start,
        )
        .expect("subscribe");
    store
        .ingest(&article(1), start + chrono::Duration::minutes(5))
        .expect("ingest");
    store
        .ingest(&article(2), start + chrono::Duration::hours(30))
        .expect("ingest");
    // Down for a week, across the New York fall-back change (1 November).
    let back = t("2026-11-03T00:10:00Z");
    assert!(
        sub.schedule
            .count_between(start, back, chrono_tz::America::New_York, 1000)
            > 300
    );
    let (mailer, sent) = Mailer::memory();
    let service = Service::new(
        store,
        Composer::new(&MailSettings::default(), Renderer::new()).expect("composer"),
        mailer,
    );
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
    let sent = sent.lock().expect("sent").clone();
    assert_eq!(
        sent.len(),
        1,
        "one catch-up digest, not one per missed slot"
    );
    let body = String::from_utf8_lossy(&sent[0].1);
    assert!(
        body.contains("B=C3=A0i s=E1=BB=91 1") && body.contains("B=C3=A0i s=E1=BB=91 2"),
        "{body}"
    );
    stop.send(()).expect("running");
    task.await.expect("no panic").expect("a clean stop");
}

#[tokio::test(flavor = "current_thread", start_paused = true)]
async fn temporary_failure_leaves_the_digest_pending() {
    // A mailer into a folder that cannot be written: a temporary failure.
    let dir = tempfile::tempdir().expect("a folder");
    let blocked = dir.path().join("not-a-folder");
    std::fs::write(&blocked, b"a file").expect("write");
    let mut store = Store::open_in_memory().expect("store");
    let mut n = subscriber("x@example.org", "@daily", "UTC");
    n.since = Some(t("2026-01-01T00:00:00Z"));
    store
        .ingest(&article(1), t("2026-01-01T01:00:00Z"))
        .expect("ingest");
    store
        .subscribe(&n, t("2026-01-01T02:00:00Z"))
        .expect("subscribe");
    let mut service = Service::new(
        store,
        Composer::new(&MailSettings::default(), Renderer::new()).expect("composer"),
        Mailer::Outbox(blocked),
    );
    let report = service
        .send_due(t("2026-01-02T00:00:00Z"))
        .await
        .expect("a pass");
    assert_eq!(report.deferred.len(), 1);
    let pending = service.store().pending_digests().expect("pending");
    assert_eq!(pending.len(), 1);
    assert_eq!(pending[0].attempts, 4);
    assert_eq!(
        service
            .store()
            .subscriber("x@example.org")
            .expect("sub")
            .position,
        0
    );
}
