//! Issue 13: the binary on a PostgreSQL store, many `serve` workers at once.
//!
//! The server's URL comes from `NGHIQUYET_TEST_POSTGRES`, which
//! `scripts/test` exports after starting PostgreSQL on loopback
//! (`scripts/setup.d/postgres.sh`); without it these tests fail and say so.
//! Each test works in a database of its own.

use std::collections::{BTreeMap, BTreeSet};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::fault::{FaultSmtp, Received, Running};
use crate::util::data;
use crate::web_server::WebServer;

const FROM: &str = "Bản tin <digest@nghiquyet.test>";

/// A new empty database on the test server, and the tokio runtime that
/// talks to it.
struct Database {
    url: String,
    dir: tempfile::TempDir,
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a tokio runtime")
}

async fn session(url: &str) -> tokio_postgres::Client {
    let (client, conn) = tokio_postgres::connect(url, tokio_postgres::NoTls)
        .await
        .unwrap_or_else(|e| panic!("connecting to {url}: {e}"));
    tokio::spawn(conn);
    client
}

impl Database {
    fn new(test: &str) -> Self {
        let server = std::env::var("NGHIQUYET_TEST_POSTGRES").unwrap_or_else(|_| {
            panic!(
                "NGHIQUYET_TEST_POSTGRES is not set: the PostgreSQL tests need a server. \
                 Run them through scripts/test, which starts one on loopback \
                 (scripts/setup.d/postgres.sh)"
            )
        });
        let name = format!(
            "{test}_{}",
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_nanos())
                .unwrap_or(0)
        );
        runtime().block_on(async {
            session(&server)
                .await
                .batch_execute(&format!("CREATE DATABASE {name}"))
                .await
                .expect("creating a database");
        });
        let mut url = url::Url::parse(&server).expect("NGHIQUYET_TEST_POSTGRES is a URL");
        url.set_path(&name);
        Database {
            url: url.to_string(),
            dir: tempfile::tempdir().expect("a temporary folder"),
        }
    }

    /// `nghiquyet --db URL ARGS...`, with no NGHIQUYET_* variables from outside.
    fn command(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_nghiquyet"));
        for (k, _) in std::env::vars() {
            if k.starts_with("NGHIQUYET_") {
                cmd.env_remove(k);
            }
        }
        // Mail over SMTP needs a real unsubscribe link.
        cmd.env("NGHIQUYET_PUBLIC_URL", crate::util::PUBLIC_URL);
        cmd.arg("--db")
            .arg(&self.url)
            .args(args)
            .current_dir(self.dir.path())
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        cmd
    }

    fn ok(&self, args: &[&str]) -> String {
        let out = self.command(args).output().expect("running nghiquyet");
        assert!(
            out.status.success(),
            "nghiquyet {args:?} failed: {}\n{}",
            String::from_utf8_lossy(&out.stderr),
            String::from_utf8_lossy(&out.stdout)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    fn sql(&self, sql: &str) {
        runtime().block_on(async {
            session(&self.url)
                .await
                .batch_execute(sql)
                .await
                .unwrap_or_else(|e| panic!("{sql}: {e}"));
        });
    }

    /// `n` daily subscribers whose first digest is due: one through the
    /// command, the others copied from it in SQL (n processes would take
    /// minutes), each with its own address and token.
    fn subscribers(&self, n: usize) -> Vec<String> {
        let people: Vec<String> = (0..n).map(|i| format!("reader{i:04}@example.vn")).collect();
        self.subscribe_daily(&people[0]);
        self.sql(&format!(
            "INSERT INTO subscribers (email, name, schedule, tz, lang, issuer, keywords, min_targets,
                token, position, anchor, created_at)
             SELECT format('reader%s@example.vn', lpad(i::text, 4, '0')), name, schedule, tz, lang,
                issuer, keywords, min_targets, md5(token || i), position, anchor, created_at
             FROM subscribers, generate_series(1, {}) i WHERE email = '{}'",
            n - 1,
            people[0]
        ));
        people
    }

    /// The same database with `query` after its URL (`sslmode=require`),
    /// and a folder of its own.
    fn with_query(&self, query: &str) -> Database {
        Database {
            url: format!("{}?{query}", self.url),
            dir: tempfile::tempdir().expect("a temporary folder"),
        }
    }

    /// Subscribes `email` to a daily digest of everything stored.
    fn subscribe_daily(&self, email: &str) {
        self.ok(&[
            "subscribe",
            email,
            "--schedule",
            "@daily",
            "--since",
            "2000-01-01",
        ]);
    }

    /// `digest send --json` of the day's digests to `smtp`: its report.
    fn send(&self, smtp: &FaultSmtp) -> Value {
        let sent = self.ok(&[
            "digest",
            "send",
            "--json",
            "--smtp",
            &smtp.url(),
            "--from",
            FROM,
            "--now",
            "2026-11-30T01:00:00Z",
        ]);
        serde_json::from_str(sent.trim()).expect("digest send --json prints JSON")
    }

    fn digests(&self, status: &str) -> Vec<Value> {
        let out = self.ok(&[
            "digest", "list", "--json", "--limit", "100000", "--status", status,
        ]);
        serde_json::from_str::<Value>(&out)
            .expect("digest list --json")
            .as_array()
            .cloned()
            .unwrap_or_default()
    }
}

/// The commands of a day on PostgreSQL, through the binary: ingest,
/// subscribe, send, list, unsubscribe.
#[test]
fn postgres_end_to_end_through_the_binary() {
    let db = Database::new("e2e");
    db.ok(&["ingest", &data("digest")]);
    db.subscribe_daily("an@example.vn");
    db.subscribe_daily("binh@example.vn");
    let subs: Value = serde_json::from_str(&db.ok(&["subscribers", "--json"])).unwrap();
    assert_eq!(subs.as_array().map(Vec::len), Some(2), "{subs}");
    let smtp = FaultSmtp::start();
    let report = db.send(&smtp);
    assert_eq!(report["sent"], 2, "{report}");
    assert_eq!(smtp.delivered().len(), 2);
    // The same run again: nothing new, nothing sent twice.
    let again = db.send(&smtp);
    assert_eq!(again["sent"], 0, "{again}");
    assert_eq!(smtp.delivered().len(), 2);
    assert_eq!(db.digests("sent").len(), 2);
    db.ok(&["unsubscribe", "an@example.vn"]);
    let subs: Value = serde_json::from_str(&db.ok(&["subscribers", "--json"])).unwrap();
    assert_eq!(subs.as_array().map(Vec::len), Some(1), "{subs}");
    assert_eq!(db.digests("sent").len(), 2, "the history stays");
}

/// An operator's database over TLS (`sslmode=require` and the CA that
/// signed the server's certificate): the day's commands work through it;
/// with roots that do not hold that CA, a command fails, says why, and
/// changes nothing.
#[test]
fn postgres_over_tls_through_the_binary() {
    let plain = Database::new("tls");
    let ca = std::env::var("NGHIQUYET_TEST_POSTGRES_CA").unwrap_or_else(|_| {
        panic!("NGHIQUYET_TEST_POSTGRES_CA is not set: scripts/test sets it (scripts/pg-local ca)")
    });
    let db = plain.with_query(&format!("sslmode=require&sslrootcert={ca}"));
    db.ok(&["ingest", &data("digest")]);
    db.subscribe_daily("an@example.vn");
    let smtp = FaultSmtp::start();
    let report = db.send(&smtp);
    assert_eq!(report["sent"], 1, "{report}");
    assert_eq!(smtp.delivered().len(), 1);
    let unverified = plain.with_query("sslmode=require");
    let out = unverified
        .command(&["unsubscribe", "an@example.vn"])
        .output()
        .expect("running nghiquyet");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        !out.status.success() && err.contains("certificate"),
        "{err}"
    );
    let subs: Value = serde_json::from_str(&plain.ok(&["subscribers", "--json"])).unwrap();
    assert_eq!(subs.as_array().map(Vec::len), Some(1), "{subs}");
}

/// Issue 13's crash test: four `serve` workers share 2,000 subscribers on
/// one PostgreSQL; two are killed with SIGKILL mid-run. Every digest
/// arrives; a second copy only of a message in flight at a kill, with the
/// first copy's Message-ID and bytes.
#[test]
fn postgres_four_workers_two_killed_every_digest_arrives_once() {
    const N: usize = 2000;
    let db = Database::new("crash");
    db.ok(&["ingest", &data("digest")]);
    let people = db.subscribers(N);
    let smtp = FaultSmtp::start();
    // Slow enough replies that the kills land mid-run.
    smtp.set(json!({"delay_ms": 15}));
    let url = smtp.url();
    let serve = ["serve", "--poll", "1", "--smtp", &url, "--from", FROM];
    let mut workers: Vec<Running> = (0..4).map(|_| Running::spawn(db.command(&serve))).collect();
    assert!(
        smtp.wait_for(Duration::from_secs(120), |r| r.len() >= N / 5),
        "the workers sent nothing"
    );
    for w in &workers[..2] {
        w.signal("KILL");
    }
    let at_kill = smtp.received().len();
    eprintln!("killed two workers after {at_kill} messages");
    assert!(at_kill < N, "the kills came after the run");
    let start = Instant::now();
    let all = smtp.wait_for(Duration::from_secs(180), |r| {
        r.iter()
            .filter(|m| m.delivered())
            .map(Received::rcpt)
            .collect::<BTreeSet<_>>()
            .len()
            >= N
    });
    let took = start.elapsed();
    let survivors: Vec<Running> = workers.drain(2..).collect();
    for w in &survivors {
        w.signal("TERM");
    }
    for w in survivors {
        let done = w.wait(Duration::from_secs(60), "serve after SIGTERM");
        assert_eq!(done.code(), Some(0), "{done}");
    }
    for w in workers {
        let _ = w.wait(Duration::from_secs(10), "killed serve");
    }
    assert!(all, "the survivors did not deliver everything in 180 s");
    eprintln!("the survivors finished {took:?} after the kills");

    let quit: BTreeMap<u64, bool> = smtp
        .connections()
        .into_iter()
        .map(|c| (c.conn, c.quit))
        .collect();
    let delivered = smtp.delivered();
    let mut by_rcpt: BTreeMap<&str, Vec<&Received>> = BTreeMap::new();
    for m in &delivered {
        by_rcpt.entry(m.rcpt()).or_default().push(m);
    }
    let known: BTreeSet<&str> = people.iter().map(String::as_str).collect();
    assert!(
        by_rcpt.keys().all(|r| known.contains(r)),
        "mail to strangers"
    );
    let mut duplicates = 0;
    for p in &people {
        let copies = by_rcpt.get(p.as_str()).cloned().unwrap_or_default();
        let ids: BTreeSet<&str> = copies.iter().map(|m| m.message_id.as_str()).collect();
        assert_eq!(ids.len(), 1, "{p}: digests {ids:?}");
        for c in &copies[1..] {
            assert_eq!(c.raw, copies[0].raw, "{p}: a resend differs");
        }
        for c in &copies[..copies.len() - 1] {
            assert_eq!(
                quit.get(&c.conn),
                Some(&false),
                "{p}: sent again though its first copy went over a connection that ended \
                 normally: not in flight at a kill"
            );
        }
        duplicates += copies.len() - 1;
    }
    eprintln!("{duplicates} in-flight duplicates of {N}");
    assert_eq!(db.digests("pending").len(), 0, "nothing left pending");
    assert_eq!(db.digests("sent").len(), N);
}

/// `--rate` holds across senders: two `digest send` processes on one
/// PostgreSQL, limited to 20 messages per second to the relay, together
/// never send more than a second's worth plus 20 per second.
#[test]
fn postgres_rate_limit_holds_across_workers() {
    const N: usize = 80;
    const RATE: f64 = 20.0;
    let db = Database::new("rate");
    db.ok(&["ingest", &data("digest")]);
    let people = db.subscribers(N);
    let smtp = FaultSmtp::start();
    let url = smtp.url();
    let args = [
        "digest",
        "send",
        "--json",
        "--smtp",
        &url,
        "--from",
        FROM,
        "--now",
        "2026-11-30T01:00:00Z",
        "--rate",
        "20",
    ];
    let senders: Vec<Running> = (0..2).map(|_| Running::spawn(db.command(&args))).collect();
    for s in senders {
        let done = s.wait(Duration::from_secs(120), "digest send --rate");
        assert!(matches!(done.code(), Some(0 | 75)), "{done}");
    }
    // Whatever one run left held by the other is sent by a last run.
    db.ok(&args);
    let mut times: Vec<f64> = smtp.delivered().iter().map(|m| m.t_mail).collect();
    assert_eq!(times.len(), people.len(), "every digest once");
    times.sort_by(f64::total_cmp);
    for (i, t0) in times.iter().enumerate() {
        for (j, t1) in times.iter().enumerate().skip(i) {
            let sends = (j - i + 1) as f64;
            // A second's worth at once, then the rate (and one for rounding).
            let most = RATE + RATE * (t1 - t0) + 1.0;
            assert!(
                sends <= most,
                "{sends} messages in {:.3} s at --rate {RATE}",
                t1 - t0
            );
        }
    }
}

/// `migrate` moves an SQLite store to PostgreSQL without losing or
/// repeating a digest: what was sent stays sent, what was pending is sent
/// once from PostgreSQL with its first Message-ID; running it again moves
/// nothing, and a run cut short is finished by running it again.
#[test]
fn postgres_migrate_from_sqlite_loses_and_repeats_nothing() {
    let env = crate::util::Env::new();
    env.ok(&["ingest", &data("digest")]);
    for who in ["an", "binh", "chi"] {
        env.ok(&[
            "subscribe",
            &format!("{who}@example.vn"),
            "--schedule",
            "@daily",
            "--since",
            "2000-01-01",
        ]);
    }
    let smtp = FaultSmtp::start();
    smtp.set(
        json!({"rules": [{"at": "data_end", "rcpt": "chi@", "action": "reply",
        "reply": "451 4.3.0 try again later"}]}),
    );
    let url = smtp.url();
    let send = [
        "digest",
        "send",
        "--json",
        "--smtp",
        &url,
        "--from",
        FROM,
        "--now",
        "2026-11-30T01:00:00Z",
        "--retry-base",
        "0",
    ];
    let first = crate::fault::run_within(&env, &send, Duration::from_secs(120));
    assert_eq!(first.code(), Some(75), "chi's digest is deferred: {first}");
    assert_eq!(smtp.delivered().len(), 2);
    // Tried a few times in the pass, always the same digest.
    let refused: Vec<String> = smtp
        .received()
        .iter()
        .filter(|m| !m.delivered())
        .map(|m| m.message_id.clone())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    assert_eq!(refused.len(), 1);

    let db = Database::new("migrate");
    let from = format!("sqlite:{}", env.db().display());
    let moved: Value = serde_json::from_str(
        db.ok(&["migrate", "--from", &from, "--to", &db.url, "--json"])
            .trim(),
    )
    .unwrap();
    assert_eq!(
        (&moved["articles"], &moved["subscribers"], &moved["digests"]),
        (&json!(3), &json!(3), &json!(3)),
        "{moved}"
    );
    // Again: nothing moves.
    let again: Value = serde_json::from_str(
        db.ok(&["migrate", "--from", &from, "--to", &db.url, "--json"])
            .trim(),
    )
    .unwrap();
    assert_eq!(again["digests"], 0, "{again}");
    assert_eq!(
        again["already_there"],
        moved["articles"].as_u64().unwrap() + 3 + 3 + moved["bodies"].as_u64().unwrap()
    );
    // A run cut short (here: the last digest rows missing) is finished by a rerun.
    db.sql("DELETE FROM digests WHERE id = (SELECT MAX(id) FROM digests)");
    let resumed: Value = serde_json::from_str(
        db.ok(&["migrate", "--from", &from, "--to", &db.url, "--json"])
            .trim(),
    )
    .unwrap();
    assert_eq!(resumed["digests"], 1, "{resumed}");

    // On PostgreSQL: chi's digest goes out once, with its first Message-ID;
    // nobody else gets anything again.
    smtp.heal();
    let out = db.ok(&send);
    let report: Value = serde_json::from_str(out.trim()).unwrap();
    assert_eq!(report["sent"], 1, "{report}");
    let delivered = smtp.delivered();
    assert_eq!(delivered.len(), 3);
    let chi: Vec<&Received> = delivered
        .iter()
        .filter(|m| m.rcpt() == "chi@example.vn")
        .collect();
    assert_eq!(chi.len(), 1);
    assert_eq!(
        chi[0].message_id, refused[0],
        "the same digest, not a new one"
    );
    assert_eq!(db.digests("pending").len(), 0);
    // New rows get new ids after the moved ones.
    db.ok(&["subscribe", "dung@example.vn", "--schedule", "@daily"]);
}

impl Database {
    /// The stored articles as JSON, in ingest order.
    fn articles(&self) -> Vec<Value> {
        runtime().block_on(async {
            session(&self.url)
                .await
                .query("SELECT json FROM articles ORDER BY seq", &[])
                .await
                .expect("the articles")
                .iter()
                .map(|r| serde_json::from_str(r.get::<_, &str>(0)).expect("an article's JSON"))
                .collect()
        })
    }

    /// `fetch --json` with no delay between requests: its report and log.
    fn fetch(&self) -> (Value, String) {
        let out = self
            .command(&["fetch", "--json", "--delay", "0s"])
            .output()
            .expect("running nghiquyet fetch");
        let log = String::from_utf8_lossy(&out.stderr).into_owned();
        let report = serde_json::from_slice(&out.stdout)
            .unwrap_or_else(|e| panic!("fetch printed no JSON ({e}):\n{log}"));
        (report, log)
    }
}

/// Issue 11's commands on PostgreSQL: feeds, fetch (twice: the second
/// asks conditionally and gets 304), ingest of a saved page and of URLs
/// already known, and the digest engine sending what the web brought.
#[test]
fn postgres_reads_the_web_through_the_binary() {
    let server = WebServer::start();
    let db = Database::new("web");
    db.ok(&["feeds", "add", &server.url("/rss.xml"), "--name", "Báo Mẫu"]);
    db.ok(&["feeds", "add", &server.url("/atom.xml")]);
    let (report, log) = db.fetch();
    assert_eq!(
        report,
        json!({"feeds": 2, "items": 6, "new": 4, "updated": 0, "failed": 0}),
        "{log}"
    );
    let articles = db.articles();
    assert_eq!(articles.len(), 4);
    assert!(
        articles.iter().any(|a| a["title"]
            == "Khối các cơ quan tỉnh phát huy vai trò nêu gương của đảng viên"
            && a["url"] == server.url("/tin/1258.html")),
        "the Windows-1258 page: {articles:?}"
    );
    let (report, log) = db.fetch();
    assert_eq!(
        report,
        json!({"feeds": 2, "items": 0, "new": 0, "updated": 0, "failed": 0}),
        "{log}"
    );
    assert_eq!(server.hits_of("/rss.xml").len(), 2);
    let list: Value = serde_json::from_str(&db.ok(&["feeds", "list", "--json"])).unwrap();
    assert_eq!(list[0]["name"], "Báo Mẫu");
    assert_eq!(list[0]["etag"], "\"rss-1\"");
    assert!(list[1]["fetched_at"].is_string(), "{list}");

    // Saved pages and URLs of articles the feeds brought: stored once.
    let saved = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("crates/nghiquyet-ingest/tests/data/pages/bao_trung_uong.html");
    let out = db.ok(&["ingest", "--json", "--html", &saved.display().to_string()]);
    assert_eq!(
        out.trim(),
        r#"{"added":0,"updated":0,"unchanged":1,"failed":0}"#
    );
    let out = db.ok(&[
        "ingest",
        "--json",
        "--delay",
        "0s",
        &server.url("/tin/trung-uong.html?utm_source=zalo"),
        &server.url("/tin/huyen.html"),
    ]);
    assert_eq!(
        out.trim(),
        r#"{"added":0,"updated":0,"unchanged":2,"failed":0}"#
    );
    assert_eq!(db.articles().len(), 4);

    db.ok(&["feeds", "remove", &server.url("/rss.xml")]);
    let list: Value = serde_json::from_str(&db.ok(&["feeds", "list", "--json"])).unwrap();
    assert_eq!(list.as_array().map(Vec::len), Some(1));

    // The digest engine sees the web's articles like any other.
    db.subscribe_daily("an@example.vn");
    let smtp = FaultSmtp::start();
    let sent = db.send(&smtp);
    assert_eq!(sent["sent"], 1, "{sent}");
    let digests = db.digests("sent");
    assert_eq!(digests[0]["articles"], 4, "{digests:?}");
}

/// `serve --fetch-every` on PostgreSQL polls the feeds with the service's
/// own store.
#[test]
fn postgres_serve_polls_the_feeds() {
    let server = WebServer::start();
    let db = Database::new("web_serve");
    db.ok(&["feeds", "add", &server.url("/rss.xml")]);
    let outbox = db.dir.path().join("outbox");
    let outbox = outbox.display().to_string();
    let mut child = db
        .command(&[
            "serve",
            "--fetch-every",
            "1s",
            "--delay",
            "0s",
            "--outbox",
            &outbox,
        ])
        .stdout(Stdio::null())
        .spawn()
        .expect("serve");
    let deadline = Instant::now() + Duration::from_secs(30);
    while server.hits_of("/rss.xml").len() < 2 && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(100));
    }
    let _ = child.kill();
    let out = child.wait_with_output().expect("serve's output");
    let log = String::from_utf8_lossy(&out.stderr);
    assert!(server.hits_of("/rss.xml").len() >= 2, "{log}");
    assert!(
        log.contains("fetched feeds feeds=1 items=3 new=3 updated=0 failed=0"),
        "{log}"
    );
    assert_eq!(db.articles().len(), 3);
}

/// `migrate` moves the feeds and web sources too: on PostgreSQL the feeds
/// are asked with their validators, and known articles stay known.
#[test]
fn postgres_migrate_moves_the_feeds_and_web_sources() {
    let server = WebServer::start();
    let env = crate::util::Env::new();
    env.ok(&["feeds", "add", &server.url("/rss.xml"), "--name", "Báo Mẫu"]);
    env.ok(&["feeds", "add", &server.url("/atom.xml")]);
    env.ok(&["fetch", "--delay", "0s"]);
    let feeds_before: Value = serde_json::from_str(&env.ok(&["feeds", "list", "--json"])).unwrap();

    let db = Database::new("migrate_feeds");
    let from = format!("sqlite:{}", env.db().display());
    let moved: Value = serde_json::from_str(
        db.ok(&["migrate", "--from", &from, "--to", &db.url, "--json"])
            .trim(),
    )
    .unwrap();
    assert_eq!(moved["articles"], 4, "{moved}");
    assert_eq!(moved["feeds"], 2, "{moved}");
    assert!(moved["web_sources"].as_u64().unwrap_or(0) >= 6, "{moved}");
    let feeds_after: Value = serde_json::from_str(&db.ok(&["feeds", "list", "--json"])).unwrap();
    assert_eq!(feeds_after, feeds_before);

    let (report, log) = db.fetch();
    assert_eq!(
        report,
        json!({"feeds": 2, "items": 0, "new": 0, "updated": 0, "failed": 0}),
        "the feeds answer 304 to the moved validators: {log}"
    );
    let out = db.ok(&[
        "ingest",
        "--json",
        "--delay",
        "0s",
        &server.url("/tin/trung-uong.html?utm_source=zalo"),
    ]);
    assert_eq!(
        out.trim(),
        r#"{"added":0,"updated":0,"unchanged":1,"failed":0}"#
    );
    assert_eq!(db.articles().len(), 4);

    let again: Value = serde_json::from_str(
        db.ok(&["migrate", "--from", &from, "--to", &db.url, "--json"])
            .trim(),
    )
    .unwrap();
    assert_eq!(
        (&again["feeds"], &again["web_sources"]),
        (&json!(0), &json!(0))
    );
}

/// `digest prune` on PostgreSQL: 200 subscribers get two days of digests;
/// pruning the first day's leaves the history whole, sends nothing again,
/// and the next article reaches each subscriber once.
#[test]
fn postgres_prune_resends_nothing() {
    let db = Database::new("prune");
    db.ok(&["ingest", &data("digest")]);
    let people = db.subscribers(200);
    let smtp = FaultSmtp::start();
    let day = |n: u32| format!("2026-12-{n:02}T01:00:00Z");
    let send = |now: &str| {
        db.ok(&[
            "digest",
            "send",
            "--smtp",
            &smtp.url(),
            "--from",
            FROM,
            "--now",
            now,
        ]);
    };
    let ingest_day = |n: u32| {
        let text = std::fs::read_to_string(data("digest/ha-giang.json")).expect("fixture");
        let mut a: Value = serde_json::from_str(&text).expect("fixture JSON");
        a["id"] = format!("ngay-{n}").into();
        let path = db.dir.path().join(format!("day-{n}.json"));
        std::fs::write(&path, a.to_string()).expect("writing");
        db.ok(&["ingest", &path.display().to_string()]);
    };
    send(&day(1));
    ingest_day(2);
    send(&day(2));
    assert_eq!(smtp.delivered().len(), 400);
    let listed = db.ok(&["digest", "list", "--json", "--limit", "1000"]);
    let prune = |args: &[&str]| -> Value {
        let mut all = vec!["digest", "prune", "--json", "--now", "2026-12-02T12:00:00Z"];
        all.extend_from_slice(args);
        serde_json::from_str(&db.ok(&all)).expect("prune --json")
    };
    let vacuum = db
        .command(&["digest", "prune", "--older-than", "1d", "--vacuum"])
        .output()
        .expect("running nghiquyet");
    assert!(
        !vacuum.status.success() && String::from_utf8_lossy(&vacuum.stderr).contains("--vacuum"),
        "--vacuum is SQLite's: {vacuum:?}"
    );
    let pruned = prune(&["--older-than", "1d"]);
    assert_eq!(
        pruned["digests"], 200,
        "the first day's, untouched by the refused --vacuum: {pruned}"
    );
    assert_eq!(pruned["bodies"], 1, "{pruned}");
    assert_eq!(pruned["file"], Value::Null, "{pruned}");
    let again = prune(&["--older-than", "1d"]);
    assert_eq!((&again["digests"], &again["bytes"]), (&json!(0), &json!(0)));
    assert_eq!(
        db.ok(&["digest", "list", "--json", "--limit", "1000"]),
        listed,
        "the history is whole"
    );
    send(&day(1));
    send(&day(2));
    assert_eq!(smtp.delivered().len(), 400, "nothing sent twice");
    ingest_day(3);
    send(&day(3));
    send(&day(3));
    let mails = smtp.delivered();
    assert_eq!(mails.len(), 600);
    let third: BTreeSet<&String> = mails[400..].iter().flat_map(|m| &m.rcpts).collect();
    assert_eq!(third.len(), people.len(), "each subscriber once");
}

/// `digest prune` over and over during a send of 2,500 digests on
/// PostgreSQL (three pages of subscribers sharing one body): the lock on
/// `bodies` makes a prune wait for a freeze storing its body, so no
/// digest loses it.
#[test]
fn postgres_pruning_during_a_send_loses_no_body() {
    let db = Database::new("prune_race");
    db.ok(&["ingest", &data("digest")]);
    db.subscribers(2500);
    let outbox = db.dir.path().join("outbox");
    let done = std::sync::atomic::AtomicBool::new(false);
    let prunes = std::thread::scope(|s| {
        let pruner = s.spawn(|| {
            let mut n = 0;
            while !done.load(std::sync::atomic::Ordering::SeqCst) {
                db.ok(&[
                    "digest",
                    "prune",
                    "--older-than",
                    "0s",
                    "--now",
                    "2100-01-01T00:00:00Z",
                ]);
                n += 1;
            }
            n
        });
        db.ok(&[
            "digest",
            "send",
            "--outbox",
            &outbox.display().to_string(),
            "--now",
            "2026-11-30T01:00:00Z",
        ]);
        done.store(true, std::sync::atomic::Ordering::SeqCst);
        pruner.join().expect("the pruner")
    });
    assert!(prunes > 1, "pruned {prunes} times during the send");
    assert_eq!(
        db.digests("failed"),
        Vec::<Value>::new(),
        "no digest lost its body"
    );
    assert_eq!(db.digests("sent").len(), 2500);
    let files = std::fs::read_dir(&outbox).expect("the outbox").count();
    assert_eq!(files, 2500, "every digest once");
}
