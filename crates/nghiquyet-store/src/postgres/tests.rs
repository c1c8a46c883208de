//! The store suite against a real PostgreSQL, and what only many workers on
//! one database can show.
//!
//! The server's URL comes from `NGHIQUYET_TEST_POSTGRES`, which
//! `scripts/test` exports after starting a server on loopback
//! (`scripts/setup.d/postgres.sh`). Without it these tests fail, naming
//! the script: a backend left untested must not look green. Each test works
//! in a database of its own.

use std::collections::HashSet;

use chrono::{DateTime, Utc};
use tokio_postgres::NoTls;

use super::{PostgresStore, schema};
use crate::suite;
use crate::{BodyRecord, Error, FreezeBatch, NewDigest, Store, SubscriberSettings};

fn t(s: &str) -> DateTime<Utc> {
    s.parse().unwrap()
}

fn server() -> String {
    std::env::var("NGHIQUYET_TEST_POSTGRES").unwrap_or_else(|_| {
        panic!(
            "NGHIQUYET_TEST_POSTGRES is not set: the PostgreSQL tests need a server. \
             Run them through scripts/test, which starts one on loopback \
             (scripts/setup.d/postgres.sh), or set NGHIQUYET_TEST_POSTGRES to the URL \
             of a database whose user may create databases"
        )
    })
}

/// A new empty database on the test server; its URL.
async fn fresh_database() -> String {
    let url = server();
    let (client, conn) = tokio_postgres::connect(&url, NoTls)
        .await
        .unwrap_or_else(|e| panic!("connecting to NGHIQUYET_TEST_POSTGRES={url}: {e}"));
    tokio::spawn(conn);
    let name = format!("t_{}", crate::sqlite::random_hex().unwrap());
    client
        .batch_execute(&format!("CREATE DATABASE {name}"))
        .await
        .unwrap();
    let mut u = url::Url::parse(&url).unwrap();
    u.set_path(&name);
    u.to_string()
}

async fn store() -> PostgresStore {
    PostgresStore::open(&fresh_database().await).await.unwrap()
}

/// A plain session on the store's database, for what no store call does.
async fn sql(url: &str) -> tokio_postgres::Client {
    let (client, conn) = tokio_postgres::connect(url, NoTls).await.unwrap();
    tokio::spawn(conn);
    client
}

/// The suite's single-store cases (`postgres::tests::suite::CASE`).
mod suite_cases {
    crate::suite::single_store_cases!(super::store().await);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_one_article_from_two_feeds_at_once_is_stored_once() {
    let url = fresh_database().await;
    let a = PostgresStore::open(&url).await.unwrap();
    let b = PostgresStore::open(&url).await.unwrap();
    suite::feeds::one_article_from_two_feeds_at_once_is_stored_once(a, b).await;
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

fn article(title: &str) -> nghiquyet_core::Article {
    nghiquyet_core::parse_article(&format!(
        "Tỉnh Mẫu:\n{title}\nCập nhật: Thứ Hai 12/10/2020 - 08:00\nMột đoạn.\nMai Anh"
    ))
    .unwrap()
}

fn digest(id: i64, email: &str, due: DateTime<Utc>) -> NewDigest {
    NewDigest {
        subscriber_id: id,
        from_seq: 0,
        to_seq: 1,
        articles: 1,
        recipient: email.into(),
        name: None,
        unsubscribe_url: "https://x.vn/u".into(),
        message_id: format!("<{email}.{}@x.vn>", due.timestamp()),
        due_at: due,
        body_hash: "h".into(),
        dkim: None,
    }
}

fn body() -> BodyRecord {
    BodyRecord {
        hash: "h".into(),
        subject: "S".into(),
        bytes: b"body".to_vec(),
    }
}

/// `n` subscribers, each with one pending digest, due a minute apart in
/// the reverse order of their ids.
async fn with_pending(store: &PostgresStore, n: usize) {
    store
        .ingest(article("A"), t("2026-01-01T00:00:00Z"))
        .await
        .unwrap();
    let mut digests = Vec::new();
    for i in 0..n {
        let email = format!("s{i}@x.vn");
        let sub = store
            .subscribe(settings(&email), t("2026-01-01T01:00:00Z"))
            .await
            .unwrap();
        let due = t("2026-01-02T00:00:00Z") - chrono::Duration::minutes(i as i64);
        digests.push(digest(sub.id, &email, due));
    }
    let frozen = store
        .freeze(FreezeBatch {
            bodies: vec![body()],
            digests,
            advances: vec![],
        })
        .await
        .unwrap();
    assert_eq!(frozen.digests, n);
}

#[tokio::test]
async fn postgres_claims_come_in_order_of_due_time() {
    let store = store().await;
    with_pending(&store, 5).await;
    let me = store.begin_pass().await.unwrap();
    let claimed = store
        .claim(&me, t("2026-01-03T00:00:00Z"), 3)
        .await
        .unwrap();
    let dues: Vec<_> = claimed.iter().map(|c| c.due_at).collect();
    let mut sorted = dues.clone();
    sorted.sort();
    assert_eq!(dues, sorted);
    assert_eq!(
        claimed[0].due_at,
        t("2026-01-02T00:00:00Z") - chrono::Duration::minutes(4),
        "the earliest due first"
    );
}

/// Four workers, each with its own store handle (its own connections and
/// session), claim at once: each digest goes to exactly one of them.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn postgres_concurrent_workers_never_claim_the_same_digest() {
    let url = fresh_database().await;
    let first = PostgresStore::open(&url).await.unwrap();
    with_pending(&first, 200).await;
    let mut workers = Vec::new();
    for _ in 0..4 {
        let url = url.clone();
        workers.push(tokio::spawn(async move {
            let store = PostgresStore::open(&url).await.unwrap();
            let me = store.begin_pass().await.unwrap();
            let mut mine = Vec::new();
            loop {
                let got = store
                    .claim(&me, t("2026-01-03T00:00:00Z"), 7)
                    .await
                    .unwrap();
                if got.is_empty() {
                    break;
                }
                mine.extend(got.iter().map(|c| c.id));
                tokio::task::yield_now().await;
            }
            // Alive until every worker is done: a store dropped is a
            // worker gone, whose claims the others may take.
            (mine, store)
        }));
    }
    let mut all = Vec::new();
    let mut alive = Vec::new();
    for w in workers {
        let (mine, store) = w.await.unwrap();
        all.extend(mine);
        alive.push(store);
    }
    let distinct: HashSet<_> = all.iter().collect();
    assert_eq!(all.len(), 200, "every digest claimed once");
    assert_eq!(distinct.len(), 200);
}

/// Two workers building the same subscriber's digest at once: one digest.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn postgres_two_workers_freezing_one_subscriber_make_one_digest() {
    let url = fresh_database().await;
    let a = PostgresStore::open(&url).await.unwrap();
    let b = PostgresStore::open(&url).await.unwrap();
    a.ingest(article("A"), t("2026-01-01T00:00:00Z"))
        .await
        .unwrap();
    let mut ids = Vec::new();
    for i in 0..50 {
        let email = format!("f{i}@x.vn");
        ids.push((
            a.subscribe(settings(&email), t("2026-01-01T01:00:00Z"))
                .await
                .unwrap()
                .id,
            email,
        ));
    }
    let batch = |due: &str| FreezeBatch {
        bodies: vec![body()],
        digests: ids
            .iter()
            .map(|(id, email)| digest(*id, email, t(due)))
            .collect(),
        advances: vec![],
    };
    let (one, two) = tokio::join!(
        a.freeze(batch("2026-01-02T00:00:00Z")),
        b.freeze(batch("2026-01-02T00:00:01Z"))
    );
    assert_eq!(one.unwrap().digests + two.unwrap().digests, 50);
    assert_eq!(a.digests(None, 1000).await.unwrap().len(), 50);
}

/// A worker whose process dies loses its session, and with it its lock:
/// its claims are free at once, without waiting for the lease.
#[tokio::test]
async fn postgres_a_dead_workers_claims_are_free_at_once() {
    let url = fresh_database().await;
    let store = PostgresStore::open(&url).await.unwrap();
    with_pending(&store, 1).await;
    let now = t("2026-01-03T00:00:00Z");
    let crashed = PostgresStore::open(&url).await.unwrap();
    let ghost = crashed.begin_pass().await.unwrap();
    assert_eq!(crashed.claim(&ghost, now, 10).await.unwrap().len(), 1);
    let me = store.begin_pass().await.unwrap();
    assert!(
        store.claim(&me, now, 10).await.unwrap().is_empty(),
        "alive: held"
    );
    assert_eq!(store.counts(&me).await.unwrap().held, 1);
    crashed.shared.live.sever().await;
    // The server notices the session's end a moment later.
    let mut got = Vec::new();
    for _ in 0..100 {
        got = store.claim(&me, now, 10).await.unwrap();
        if !got.is_empty() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    assert_eq!(got.len(), 1, "dead: free at once");
    // The dead worker cannot record over the new holder.
    crashed
        .record(
            &ghost,
            vec![crate::Record {
                digest_id: got[0].id,
                attempts: 1,
                outcome: crate::Outcome::Sent { at: now },
            }],
        )
        .await
        .unwrap();
    assert_eq!(
        store
            .digests(Some(crate::DigestStatus::Sent), 10)
            .await
            .unwrap()
            .len(),
        0
    );
}

/// A worker alive but silent (hung) keeps its claims until its lease runs
/// out on the database's clock, whatever the workers' `now`.
#[tokio::test]
async fn postgres_a_lease_runs_on_the_databases_clock() {
    let url = fresh_database().await;
    let store = PostgresStore::open(&url).await.unwrap();
    with_pending(&store, 1).await;
    let hung = PostgresStore::open(&url).await.unwrap();
    let slow = hung.begin_pass().await.unwrap();
    assert_eq!(
        hung.claim(&slow, t("2026-01-03T00:00:00Z"), 10)
            .await
            .unwrap()
            .len(),
        1
    );
    let me = store.begin_pass().await.unwrap();
    // A service clock far ahead changes nothing: the lease is the database's.
    assert!(
        store
            .claim(&me, t("2030-01-01T00:00:00Z"), 10)
            .await
            .unwrap()
            .is_empty()
    );
    // The heartbeat renews; once the lease is past on the server, it is free.
    hung.heartbeat(&slow).await.unwrap();
    sql(&url)
        .await
        .execute(
            "UPDATE digests SET lease_until = now() - interval '1 second'",
            &[],
        )
        .await
        .unwrap();
    assert_eq!(
        store
            .claim(&me, t("2026-01-03T00:00:00Z"), 10)
            .await
            .unwrap()
            .len(),
        1
    );
}

/// Workers starting at once on a new database all open it.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn postgres_concurrent_first_opens_all_succeed() {
    let url = fresh_database().await;
    let opens: Vec<_> = (0..8)
        .map(|_| {
            let url = url.clone();
            tokio::spawn(async move { PostgresStore::open(&url).await.map(|_| ()) })
        })
        .collect();
    for o in opens {
        o.await.unwrap().unwrap();
    }
    let version: i64 = sql(&url)
        .await
        .query_one("SELECT MAX(version) FROM nghiquyet_migrations", &[])
        .await
        .unwrap()
        .get(0);
    assert_eq!(version, schema::latest());
}

#[tokio::test]
async fn postgres_a_newer_schema_is_refused() {
    let url = fresh_database().await;
    drop(PostgresStore::open(&url).await.unwrap());
    sql(&url)
        .await
        .execute(
            "INSERT INTO nghiquyet_migrations (version) VALUES (99)",
            &[],
        )
        .await
        .unwrap();
    assert!(matches!(
        PostgresStore::open(&url).await.unwrap_err(),
        Error::Newer { found: 99, .. }
    ));
}

#[tokio::test]
async fn postgres_errors_name_the_address_without_its_password() {
    let e = PostgresStore::open("postgres://u:secret@127.0.0.1:1/db?bogus=1")
        .await
        .unwrap_err();
    assert!(!e.to_string().contains("secret"), "{e}");
}

#[tokio::test]
async fn postgres_sends_share_one_allowance() {
    let url = fresh_database().await;
    let (a, b) = (
        PostgresStore::open(&url).await.unwrap(),
        PostgresStore::open(&url).await.unwrap(),
    );
    suite::sends_share_one_allowance(a, b).await;
}

/// A sender's lock in this test's own database: the tests share one
/// server, and every fresh database numbers its senders from 1, so a key
/// alone also matches the senders of tests running beside this one.
const SENDER_LOCK: &str = "locktype = 'advisory' AND classid = 28273::oid AND objsubid = 2
    AND database = (SELECT oid FROM pg_database WHERE datname = current_database())";

/// A worker whose session to the database is cut (the network, a server
/// restart) loses its claims to the others at once; its heartbeat opens a
/// new session and takes its lock again, and what it then records for a
/// digest another worker took changes nothing.
#[tokio::test]
async fn postgres_a_worker_cut_off_loses_its_claims_and_comes_back() {
    let url = fresh_database().await;
    let a = PostgresStore::open(&url).await.unwrap();
    with_pending(&a, 2).await;
    let now = t("2026-01-03T00:00:00Z");
    let one = a.begin_pass().await.unwrap();
    let mine = a.claim(&one, now, 1).await.unwrap();
    assert_eq!(mine.len(), 1);
    let key = a.shared.live.key(&one.0).await.unwrap();
    let admin = sql(&url).await;
    admin
        .execute(
            &format!(
                "SELECT pg_terminate_backend(pid) FROM pg_locks
                 WHERE {SENDER_LOCK} AND objid = $1::integer::oid"
            ),
            &[&key],
        )
        .await
        .unwrap();
    let b = PostgresStore::open(&url).await.unwrap();
    let two = b.begin_pass().await.unwrap();
    let mut taken = Vec::new();
    for _ in 0..100 {
        taken = b.claim(&two, now, 10).await.unwrap();
        if taken.len() == 2 {
            break;
        }
        b.record(
            &two,
            taken
                .iter()
                .map(|c| crate::Record {
                    digest_id: c.id,
                    attempts: 0,
                    outcome: crate::Outcome::Released,
                })
                .collect(),
        )
        .await
        .unwrap();
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    assert_eq!(taken.len(), 2, "the cut-off worker's claim is free at once");
    // Back: the heartbeat reopens the session and the lock.
    a.heartbeat(&one).await.unwrap();
    let alive: i64 = admin
        .query_one(
            &format!(
                "SELECT COUNT(*) FROM pg_locks WHERE {SENDER_LOCK} AND granted
                 AND objid = $1::integer::oid"
            ),
            &[&key],
        )
        .await
        .unwrap()
        .get(0);
    assert_eq!(alive, 1, "the lock is held again");
    a.record(
        &one,
        vec![crate::Record {
            digest_id: mine[0].id,
            attempts: 1,
            outcome: crate::Outcome::Sent { at: now },
        }],
    )
    .await
    .unwrap();
    assert_eq!(
        a.digests(Some(crate::DigestStatus::Sent), 10)
            .await
            .unwrap()
            .len(),
        0,
        "only the holder records"
    );
    assert!(
        a.claim(&one, now, 10).await.unwrap().is_empty(),
        "held by b"
    );
}

fn server_ca() -> String {
    std::env::var("NGHIQUYET_TEST_POSTGRES_CA").unwrap_or_else(|_| {
        panic!(
            "NGHIQUYET_TEST_POSTGRES_CA is not set: the TLS test needs the CA that signed \
             the test server's certificate (scripts/pg-local ca DIR); scripts/test sets it"
        )
    })
}

/// `sslmode=require` with the CA that signed the server's certificate
/// encrypts every connection the store makes: its pool's and its senders'
/// session. With the system's roots, which do not hold that CA, it makes
/// none: the certificate is verified, not only used.
#[tokio::test]
async fn postgres_over_tls_verifies_the_server() {
    let url = fresh_database().await;
    let tls_url = format!("{url}?sslmode=require&sslrootcert={}", server_ca());
    let store = PostgresStore::open(&tls_url).await.unwrap();
    with_pending(&store, 1).await;
    let pass = store.begin_pass().await.unwrap();
    assert_eq!(
        store
            .claim(&pass, t("2026-01-03T00:00:00Z"), 1)
            .await
            .unwrap()
            .len(),
        1
    );
    let (tls, all): (i64, i64) = {
        let row = sql(&url)
            .await
            .query_one(
                "SELECT count(*) FILTER (WHERE s.ssl), count(*)
                 FROM pg_stat_ssl s JOIN pg_stat_activity a USING (pid)
                 WHERE a.datname = current_database() AND a.pid <> pg_backend_pid()",
                &[],
            )
            .await
            .unwrap();
        (row.get(0), row.get(1))
    };
    assert!(all >= 2, "the pool's and the sender's connections: {all}");
    assert_eq!(tls, all, "every connection of the store is encrypted");
    let e = PostgresStore::open(&format!("{url}?sslmode=require"))
        .await
        .unwrap_err()
        .to_string();
    assert!(e.contains("certificate"), "{e}");
}
