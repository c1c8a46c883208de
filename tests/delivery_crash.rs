//! Issue 8, findings 1 and 2, and the crash tests: `digest send` killed
//! with SIGKILL at random moments and rerun at once, `serve` stopped with
//! SIGTERM mid-pass. Every subscriber gets every digest; duplicates come
//! only from messages in flight at a kill and share the first copy's
//! Message-ID and bytes; no run exits 0 while digests are left.
//!
//! The randomness is seeded and the seed printed; rerun one case with
//! `NGHIQUYET_CRASH_SEED=<seed> cargo test --test integration crash`.

use std::collections::{BTreeMap, BTreeSet};
use std::time::{Duration, Instant};

use serde_json::json;

use crate::fault::{
    FaultSmtp, Finished, Received, Running, article, command, digests, send, subscribe_daily,
    unix_now,
};
use crate::util::{Env, data};

const T0: &str = "2026-11-30T01:00:00Z";
const FROM: &str = "Bản tin <digest@nghiquyet.test>";

/// splitmix64: enough randomness for kill moments, and no dependency.
struct Rng(u64);

impl Rng {
    fn seeded(test: &str) -> Self {
        let seed = std::env::var("NGHIQUYET_CRASH_SEED")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| {
                std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map(|d| d.as_nanos() as u64)
                    .unwrap_or(1)
            });
        println!("{test}: seed {seed} (NGHIQUYET_CRASH_SEED={seed} reruns it)");
        eprintln!("{test}: seed {seed} (NGHIQUYET_CRASH_SEED={seed} reruns it)");
        Rng(seed)
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Milliseconds in lo..hi.
    fn millis(&mut self, lo: u64, hi: u64) -> Duration {
        Duration::from_millis(lo + self.next() % (hi - lo).max(1))
    }
}

fn day(n: i64) -> String {
    let t0 = chrono::DateTime::parse_from_rfc3339(T0).expect("T0");
    (t0 + chrono::Duration::days(n)).to_rfc3339()
}

/// N subscribers, added four processes at a time.
fn subscribe_many(env: &Env, n: usize) -> Vec<String> {
    let people: Vec<String> = (0..n).map(|i| format!("reader{i:04}@example.vn")).collect();
    subscribe_daily(env, &people[0]); // creates the store alone
    for chunk in people[1..].chunks(4) {
        let runs: Vec<Running> = chunk
            .iter()
            .map(|p| {
                Running::spawn(command(
                    env,
                    &[
                        "subscribe",
                        p,
                        "--schedule",
                        "@daily",
                        "--since",
                        "2000-01-01",
                    ],
                ))
            })
            .collect();
        for r in runs {
            let done = r.wait(Duration::from_secs(60), "subscribe");
            assert_eq!(done.code(), Some(0), "{done}");
        }
    }
    people
}

fn send_args<'a>(url: &'a str, now: &'a str) -> Vec<&'a str> {
    vec![
        "digest", "send", "--json", "--quiet", "--smtp", url, "--now", now, "--from", FROM,
    ]
}

/// How long before a kill a message may have been accepted and still count
/// as in flight (its outcome not yet written): generous for a loaded
/// 2-core machine; an outcome recorded promptly takes milliseconds.
const IN_FLIGHT: f64 = 2.0;

/// How late the server may read what a client wrote (its loop is busy with
/// other connections): a dot stamped this long after a kill was still sent
/// by the killed run.
const READ_LAG: f64 = 0.5;

/// At most this many messages resent per connection a kill cut (seen: up to
/// 4 under load; an engine that recorded outcomes in batches left 49).
const RESENDS_PER_CUT: usize = 6;

/// Checks what the server got against what was due: every recipient has one
/// distinct message per batch whose text holds the batch's marker.
/// Duplicates share Message-ID and bytes, and each copy but the last was in
/// flight at a kill (`kills`: the instants of SIGKILL, unix time): the
/// server accepted it at most IN_FLIGHT seconds before the kill, over a
/// connection the kill cut (or that closed at most IN_FLIGHT before it),
/// and no kill leaves more duplicates than three per connection of the
/// killed run. Returns the duplicates.
fn check_deliveries(smtp: &FaultSmtp, people: &[String], markers: &[&str], kills: &[f64]) -> usize {
    let delivered = smtp.delivered();
    let connections = smtp.connections();
    let ended: BTreeMap<u64, (bool, f64)> = connections
        .iter()
        .map(|c| (c.conn, (c.quit, c.t)))
        .collect();
    let mut by_rcpt: BTreeMap<&str, Vec<&Received>> = BTreeMap::new();
    for m in &delivered {
        by_rcpt.entry(m.rcpt()).or_default().push(m);
    }
    let known: BTreeSet<&str> = people.iter().map(String::as_str).collect();
    let strangers: Vec<&&str> = by_rcpt.keys().filter(|r| !known.contains(**r)).collect();
    assert!(strangers.is_empty(), "mail to strangers: {strangers:?}");
    // The kill each resent copy was in flight at, and how many per kill.
    let mut per_kill: BTreeMap<usize, usize> = BTreeMap::new();
    // The connections each kill cut that carried a copy sent again.
    let mut cut_by_kill: BTreeMap<usize, BTreeSet<u64>> = BTreeMap::new();
    let mut duplicates = 0;
    for p in people {
        let got = by_rcpt.get(p.as_str()).cloned().unwrap_or_default();
        let mut by_id: BTreeMap<&str, Vec<&Received>> = BTreeMap::new();
        for m in &got {
            by_id.entry(m.message_id.as_str()).or_default().push(m);
        }
        assert_eq!(
            by_id.len(),
            markers.len(),
            "{p}: {} distinct digests, {} due: {:?}",
            by_id.len(),
            markers.len(),
            by_id.keys().collect::<Vec<_>>()
        );
        for marker in markers {
            assert!(
                by_id
                    .values()
                    .any(|copies| copies[0].text().contains(marker)),
                "{p} never got the digest of {marker}"
            );
        }
        for (id, copies) in &by_id {
            if copies.len() == 1 {
                continue;
            }
            duplicates += copies.len() - 1;
            assert!(
                !kills.is_empty(),
                "{p}: {} copies of {id} though no sender was killed",
                copies.len()
            );
            for c in &copies[1..] {
                assert_eq!(c.raw, copies[0].raw, "{p}: a resend of {id} differs");
            }
            for c in &copies[..copies.len() - 1] {
                // The server stamps a dot when it reads it: a dot written just
                // before a kill may be read a little after it on a loaded machine.
                let kill = kills
                    .iter()
                    .position(|k| *k >= c.t_dot - READ_LAG)
                    .unwrap_or_else(|| {
                        panic!(
                            "{p}: {id} was sent again though no kill came after copy {}",
                            c.n
                        )
                    });
                let before = kills[kill] - c.t_dot;
                assert!(
                    before <= IN_FLIGHT,
                    "{p}: {id} was accepted {before:.2} s before kill {kill} and sent again: \
                     its outcome was not recorded, it was not in flight"
                );
                // Its connection was cut by the kill, or (the run's last
                // messages) closed with QUIT just before it, the outcome
                // still on its way to the store.
                let (quit, closed) = ended.get(&c.conn).copied().unwrap_or((false, f64::MAX));
                assert!(
                    !quit || kills[kill] - closed <= IN_FLIGHT,
                    "{p}: {id} was sent again though its copy {} went over a connection \
                     that ended normally {:.2} s before kill {kill}: not in flight",
                    c.n,
                    kills[kill] - closed
                );
                *per_kill.entry(kill).or_default() += 1;
                cut_by_kill.entry(kill).or_default().insert(c.conn);
            }
        }
    }
    for (kill, n) in per_kill {
        // The connections the resent copies went over, each checked above
        // to have been cut by this kill (or closed just before it). Counting
        // them, rather than the connections the server saw end near the
        // kill, keeps a loaded server's late notice of a closed socket
        // from hiding a connection.
        let cut = cut_by_kill.get(&kill).map_or(0, BTreeSet::len);
        assert!(
            n <= RESENDS_PER_CUT * cut.max(1),
            "kill {kill} left {n} messages to be sent again, over {cut} connections it cut: \
             more than were in flight"
        );
    }
    duplicates
}

/// Fails unless every recipient has a delivered copy of the digest with
/// this marker: what a run exiting 0 promises.
fn assert_all_have(smtp: &FaultSmtp, people: &[String], marker: &str, run: &Finished) {
    let mut have: BTreeSet<String> = BTreeSet::new();
    for m in smtp.delivered() {
        if !have.contains(m.rcpt()) && m.text().contains(marker) {
            have.insert(m.rcpt().to_string());
        }
    }
    let missing: Vec<&String> = people.iter().filter(|p| !have.contains(*p)).collect();
    assert!(
        missing.is_empty(),
        "a run reported done (exit 0) with {} digests of {marker} undelivered, e.g. {:?}\n{run}",
        missing.len(),
        missing.iter().take(3).collect::<Vec<_>>()
    );
}

/// Finding 1: killed mid-send and rerun at once, the rerun takes over the
/// dead run's claims and delivers everything (exit 0, nothing pending).
#[test]
fn a_rerun_right_after_sigkill_takes_over() {
    let env = Env::new();
    env.ok(&["ingest", &data("digest")]);
    let people = subscribe_many(&env, 30);
    let smtp = FaultSmtp::start();
    smtp.set(json!({"delay_ms": 150}));
    let url = smtp.url();
    let killed = Running::spawn(command(&env, &send_args(&url, T0)));
    assert!(
        smtp.wait_for(Duration::from_secs(60), |r| r.len() >= 3),
        "nothing arrived"
    );
    killed.signal("KILL");
    // After `kill` returned: the signal was sent, nothing leaves the process later.
    let kills = [unix_now()];
    let _ = killed.wait(Duration::from_secs(10), "killed send");
    let rerun =
        Running::spawn(command(&env, &send_args(&url, T0))).wait(Duration::from_secs(120), "rerun");
    assert_eq!(rerun.code(), Some(0), "{rerun}");
    assert_eq!(rerun.report()["pending"], 0, "{rerun}");
    assert_eq!(rerun.report()["held"], 0, "{rerun}");
    check_deliveries(&smtp, &people, &["Hà Giang"], &kills);
    assert!(
        digests(&env).iter().all(|d| d["status"] == "sent"),
        "the store lags the server"
    );
}

/// Finding 2: two senders whose --now differ by 30 minutes, at the same
/// time, never send the same digest twice.
#[test]
fn two_senders_with_different_clocks_send_each_digest_once() {
    let env = Env::new();
    env.ok(&["ingest", &data("digest")]);
    let people = subscribe_many(&env, 40);
    let smtp = FaultSmtp::start();
    smtp.set(json!({"delay_ms": 60}));
    let url = smtp.url();
    let later = (chrono::DateTime::parse_from_rfc3339(T0).expect("T0")
        + chrono::Duration::minutes(30))
    .to_rfc3339();
    let a = Running::spawn(command(&env, &send_args(&url, T0)));
    let b = Running::spawn(command(&env, &send_args(&url, &later)));
    let a = a.wait(Duration::from_secs(120), "sender A");
    let b = b.wait(Duration::from_secs(120), "sender B");
    for run in [&a, &b] {
        assert!(matches!(run.code(), Some(0 | 75)), "{run}");
    }
    let sent = |r: &Finished| r.report()["sent"].as_i64().unwrap_or(-1);
    assert_eq!(sent(&a) + sent(&b), people.len() as i64, "{a}\n{b}");
    check_deliveries(&smtp, &people, &["Hà Giang"], &[]);
    let last = send(&env, &url, &later, &[]);
    assert_eq!(last.code(), Some(0), "{last}");
    assert_eq!(last.report()["sent"], 0, "{last}");
}

/// The crash test of `digest send`: several rounds of SIGKILL at random
/// moments, each followed at once by a rerun; three batches of articles.
#[test]
fn crash_digest_send_sigkill_at_random_moments() {
    let mut rng = Rng::seeded("crash_digest_send_sigkill_at_random_moments");
    let started = Instant::now();
    let env = Env::new();
    let people = subscribe_many(&env, 240);
    let smtp = FaultSmtp::start();
    // A little latency per message so that kills land mid-delivery.
    smtp.set(json!({"delay_ms": 8}));
    let url = smtp.url();
    let batches: [(Vec<String>, &str); 3] = [
        (vec![data("digest")], "Hà Giang"),
        (
            vec![
                article("tan-phu-congress.txt"),
                article("yen-lac-congress.txt"),
            ],
            "Tân Phú",
        ),
        (vec![article("cam-lo-council.txt")], "Cam Lộ"),
    ];
    let mut markers = Vec::new();
    let mut kills = Vec::new();
    for (b, (files, marker)) in batches.iter().enumerate() {
        for f in files {
            env.ok(&["ingest", f]);
        }
        markers.push(*marker);
        let now = day(b as i64);
        for round in 0..6 {
            let run = Running::spawn(command(&env, &send_args(&url, &now)));
            std::thread::sleep(rng.millis(5, 700));
            run.signal("KILL");
            let at = unix_now();
            let done = run.wait(Duration::from_secs(30), "killed send");
            match done.code() {
                None => kills.push(at),
                Some(0) => {
                    assert_eq!(done.report()["pending"], 0, "{done}");
                    assert_all_have(&smtp, &people, marker, &done);
                }
                Some(75) => {
                    let r = done.report();
                    let left = ["pending", "held", "deferred"]
                        .iter()
                        .map(|k| r[k].as_i64().unwrap_or(0))
                        .sum::<i64>();
                    assert!(left > 0, "exit 75 with nothing left: {done}");
                }
                Some(_) => panic!("batch {b} round {round}: {done}"),
            }
        }
        // The rerun after the last kill runs to its end.
        let done = Running::spawn(command(&env, &send_args(&url, &now)))
            .wait(Duration::from_secs(120), "the rerun");
        assert_eq!(
            done.report()["held"],
            0,
            "the dead runs' claims are free: {done}"
        );
        assert_eq!(
            done.code(),
            Some(0),
            "batch {b}: the rerun after the kills did not finish: {done}"
        );
        assert_eq!(done.report()["pending"], 0, "{done}");
        assert_all_have(&smtp, &people, marker, &done);
    }
    let duplicates = check_deliveries(&smtp, &people, &markers, &kills);
    let rows = digests(&env);
    assert_eq!(
        rows.len(),
        people.len() * markers.len(),
        "one digest row per slot"
    );
    assert!(rows.iter().all(|d| d["status"] == "sent"));
    println!(
        "{} subscribers, {} batches, {} kills, {duplicates} duplicates from in-flight messages, {:.1?}",
        people.len(),
        markers.len(),
        kills.len(),
        started.elapsed()
    );
}

/// The crash test of `serve`: SIGTERM mid-pass, at random moments, then a
/// restart; a graceful stop records what was in flight, so nothing is sent
/// twice, and each stop takes less than --smtp-timeout.
#[test]
fn crash_serve_sigterm_mid_pass() {
    let mut rng = Rng::seeded("crash_serve_sigterm_mid_pass");
    let env = Env::new();
    env.ok(&["ingest", &data("digest")]);
    let people = subscribe_many(&env, 200);
    let smtp = FaultSmtp::start();
    // About a second per pass over a pool of 8, so that SIGTERMs land mid-pass.
    smtp.set(json!({"delay_ms": 40}));
    let url = smtp.url();
    let serve_args = [
        "serve",
        "--poll",
        "1",
        "--smtp",
        &url,
        "--smtp-timeout",
        "5",
        "--from",
        FROM,
    ];
    let mut stops = 0;
    for round in 0..5 {
        let before = smtp.mail_commands();
        let serve = Running::spawn(command(&env, &serve_args));
        let end = Instant::now() + Duration::from_secs(30);
        while smtp.mail_commands() == before && Instant::now() < end {
            std::thread::sleep(Duration::from_millis(5));
        }
        if smtp.delivered().len() >= people.len() {
            serve.signal("TERM");
            let _ = serve.wait(Duration::from_secs(30), "serve");
            break;
        }
        std::thread::sleep(rng.millis(0, 400));
        let asked = Instant::now();
        serve.signal("TERM");
        let done = serve.wait(Duration::from_secs(60), "serve after SIGTERM");
        assert!(
            asked.elapsed() < Duration::from_secs(10),
            "round {round}: SIGTERM took {:?} with --smtp-timeout 5",
            asked.elapsed()
        );
        assert_eq!(done.code(), Some(0), "round {round}: {done}");
        stops += 1;
    }
    // The last one runs until everything is there.
    let serve = Running::spawn(command(&env, &serve_args));
    let all = smtp.wait_for(Duration::from_secs(60), |r| {
        r.iter().filter(|m| m.delivered()).count() >= people.len()
    });
    std::thread::sleep(Duration::from_millis(500));
    serve.signal("TERM");
    let done = serve.wait(Duration::from_secs(60), "serve");
    assert!(all, "serve never delivered everything: {done}");
    assert_eq!(done.code(), Some(0), "{done}");
    check_deliveries(&smtp, &people, &["Hà Giang"], &[]);
    println!("{} subscribers, {stops} SIGTERMs mid-pass", people.len());
    let now = (chrono::Utc::now() + chrono::Duration::minutes(1)).to_rfc3339();
    let last = send(&env, &url, &now, &[]);
    assert_eq!(last.code(), Some(0), "{last}");
    assert_eq!(last.report()["sent"], 0, "{last}");
}

/// Findings 1-3 together: a sender hung on a stalled server holds its
/// claim; another run reports it as held (exit 75) and sends no second
/// copy; once the hung sender is killed, a rerun takes the digest at once.
#[test]
fn a_live_senders_claim_is_held_and_a_dead_ones_taken_over() {
    let env = Env::new();
    env.ok(&["ingest", &data("digest")]);
    subscribe_daily(&env, "an@example.vn");
    let smtp = FaultSmtp::start();
    smtp.set(json!({"rules": [{"at": "data_end", "action": "stall"}]}));
    let url = smtp.url();
    let mut args = send_args(&url, T0);
    args.extend(["--smtp-timeout", "60"]);
    let hung = Running::spawn(command(&env, &args));
    assert!(
        smtp.wait_for(Duration::from_secs(30), |r| !r.is_empty()),
        "the first sender never sent"
    );
    let other = send(
        &env,
        &url,
        T0,
        &["--retry-base", "0", "--smtp-timeout", "2"],
    );
    assert_eq!(other.code(), Some(75), "{other}");
    assert_eq!(other.report()["held"], 1, "{other}");
    assert_eq!(other.report()["sent"], 0, "{other}");
    assert_eq!(
        smtp.received().len(),
        1,
        "a second copy while the first sender lives"
    );

    smtp.heal();
    hung.signal("KILL");
    let _ = hung.wait(Duration::from_secs(10), "the hung sender");
    let rerun = send(&env, &url, T0, &[]);
    assert_eq!(rerun.code(), Some(0), "{rerun}");
    assert_eq!(rerun.report()["sent"], 1, "{rerun}");
    assert_eq!(rerun.report()["held"], 0, "{rerun}");
    let got = smtp.received();
    assert_eq!(got.len(), 2);
    assert_eq!(got[0].outcome, "stalled");
    assert_eq!(got[1].outcome, "accepted");
    assert_eq!(got[0].raw, got[1].raw, "the retry sends the same bytes");
}

/// Two `serve` and a `digest send` on one store at once: each digest goes
/// out once, whoever sends it.
#[test]
fn two_serves_and_a_send_at_once_send_each_digest_once() {
    let env = Env::new();
    env.ok(&["ingest", &data("digest")]);
    let people = subscribe_many(&env, 120);
    let smtp = FaultSmtp::start();
    smtp.set(json!({"delay_ms": 25}));
    let url = smtp.url();
    let serve_args = ["serve", "--poll", "1", "--smtp", &url, "--from", FROM];
    let serves: Vec<Running> = (0..2)
        .map(|_| Running::spawn(command(&env, &serve_args)))
        .collect();
    let now = (chrono::Utc::now() + chrono::Duration::seconds(1)).to_rfc3339();
    let sender = Running::spawn(command(&env, &send_args(&url, &now)));
    let all = smtp.wait_for(Duration::from_secs(60), |r| {
        r.iter().filter(|m| m.delivered()).count() >= people.len()
    });
    let sent = sender.wait(Duration::from_secs(60), "digest send");
    assert!(matches!(sent.code(), Some(0 | 75)), "{sent}");
    std::thread::sleep(Duration::from_millis(500));
    for s in serves {
        s.signal("TERM");
        let done = s.wait(Duration::from_secs(60), "serve");
        assert_eq!(done.code(), Some(0), "{done}");
    }
    assert!(all, "not everything arrived");
    check_deliveries(&smtp, &people, &["Hà Giang"], &[]);
}

/// `serve` killed with SIGKILL mid-pass and restarted at once: the restart
/// takes the dead one's claims; duplicates only from what was in flight.
#[test]
fn crash_serve_sigkill_then_restart() {
    let mut rng = Rng::seeded("crash_serve_sigkill_then_restart");
    let env = Env::new();
    env.ok(&["ingest", &data("digest")]);
    let people = subscribe_many(&env, 150);
    let smtp = FaultSmtp::start();
    smtp.set(json!({"delay_ms": 30}));
    let url = smtp.url();
    let serve_args = ["serve", "--poll", "1", "--smtp", &url, "--from", FROM];
    let mut kills = Vec::new();
    for _ in 0..4 {
        let before = smtp.mail_commands();
        let serve = Running::spawn(command(&env, &serve_args));
        let end = Instant::now() + Duration::from_secs(30);
        while smtp.mail_commands() == before && Instant::now() < end {
            std::thread::sleep(Duration::from_millis(5));
        }
        std::thread::sleep(rng.millis(0, 500));
        serve.signal("KILL");
        kills.push(unix_now());
        let _ = serve.wait(Duration::from_secs(30), "killed serve");
        if smtp.delivered().len() >= people.len() {
            break;
        }
    }
    let serve = Running::spawn(command(&env, &serve_args));
    let all = smtp.wait_for(Duration::from_secs(60), |r| {
        let mut got: Vec<&str> = r
            .iter()
            .filter(|m| m.delivered())
            .map(Received::rcpt)
            .collect();
        got.sort_unstable();
        got.dedup();
        got.len() >= people.len()
    });
    std::thread::sleep(Duration::from_millis(500));
    serve.signal("TERM");
    let done = serve.wait(Duration::from_secs(60), "serve");
    assert!(all, "serve never delivered everything: {done}");
    assert_eq!(done.code(), Some(0), "{done}");
    let duplicates = check_deliveries(&smtp, &people, &["Hà Giang"], &kills);
    println!(
        "{} subscribers, {} SIGKILLs of serve, {duplicates} duplicates from in-flight messages",
        people.len(),
        kills.len()
    );
}
