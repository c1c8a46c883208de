//! Issue 8, findings 3-5 and 13: the fault-injecting SMTP server
//! (tests/fault_smtp.py) misbehaves, and `digest send` / `serve` must end,
//! defer, fail or stop exactly as CONTRACT-8 says. What arrived is read from
//! the server's own records; what the store says, from `digest list --json`
//! and `subscribers --json`.

use std::time::Duration;

use serde_json::json;

use crate::fault::{
    FaultSmtp, Finished, Running, command, digests, digests_of, env_with_articles, send, status_of,
    statuses_of, subscribe_daily,
};

const T0: &str = "2026-11-30T01:00:00Z"; // Monday 08:00 in Ho Chi Minh City
const EX_TEMPFAIL: i32 = 75;

fn day(n: i64) -> String {
    let t0 = chrono::DateTime::parse_from_rfc3339(T0).expect("T0");
    (t0 + chrono::Duration::days(n)).to_rfc3339()
}

fn hours_after_t0(n: i64) -> String {
    let t0 = chrono::DateTime::parse_from_rfc3339(T0).expect("T0");
    (t0 + chrono::Duration::hours(n)).to_rfc3339()
}

fn report_field(f: &Finished, name: &str) -> i64 {
    f.report()[name]
        .as_i64()
        .unwrap_or_else(|| panic!("the report has no {name}: {f}"))
}

/// A temporary fault: the run defers the digest (exit 75, still pending,
/// nothing delivered); once the server heals, a rerun sends it once.
fn temporary_fault_is_deferred(rule: serde_json::Value) {
    let env = env_with_articles();
    let smtp = FaultSmtp::start();
    subscribe_daily(&env, "an@example.vn");
    smtp.set(json!({ "rules": [rule] }));
    let run = send(
        &env,
        &smtp.url(),
        T0,
        &["--retry-base", "0", "--smtp-timeout", "5"],
    );
    assert!(!run.panicked(), "{run}");
    assert_eq!(run.code(), Some(EX_TEMPFAIL), "{rule}: {run}");
    assert_eq!(report_field(&run, "sent"), 0, "{run}");
    assert_eq!(report_field(&run, "deferred"), 1, "{run}");
    assert_eq!(report_field(&run, "pending"), 1, "{run}");
    assert_eq!(report_field(&run, "failed"), 0, "{run}");
    assert!(smtp.delivered().is_empty(), "{rule}");
    assert_eq!(statuses_of(&env, "an@example.vn"), ["pending"], "{rule}");
    let attempts_before = smtp.mail_commands();
    assert!(
        attempts_before <= 4,
        "{rule}: {attempts_before} attempts in one run; a temporary fault is retried with backoff, not at once"
    );

    smtp.heal();
    let run = send(&env, &smtp.url(), T0, &["--retry-base", "0"]);
    assert_eq!(run.code(), Some(0), "{rule}: {run}");
    assert_eq!(report_field(&run, "sent"), 1, "{run}");
    assert_eq!(report_field(&run, "pending"), 0, "{run}");
    assert_eq!(smtp.delivered_to("an@example.vn"), 1, "{rule}");
    assert_eq!(statuses_of(&env, "an@example.vn"), ["sent"]);
    // And never again.
    let run = send(&env, &smtp.url(), &day(0), &["--retry-base", "0"]);
    assert_eq!(run.code(), Some(0), "{run}");
    assert_eq!(smtp.delivered_to("an@example.vn"), 1);
}

#[test]
fn greeting_421_is_temporary() {
    temporary_fault_is_deferred(json!({"at": "greeting", "action": "reply",
        "reply": "421 4.3.2 service not available, closing channel"}));
}

#[test]
fn rcpt_451_is_temporary() {
    temporary_fault_is_deferred(json!({"at": "rcpt", "action": "reply",
        "reply": "451 4.3.0 temporary local problem"}));
}

#[test]
fn rcpt_452_is_temporary() {
    temporary_fault_is_deferred(json!({"at": "rcpt", "action": "reply",
        "reply": "452 4.2.2 mailbox full"}));
}

#[test]
fn reply_451_after_the_data_is_temporary() {
    temporary_fault_is_deferred(json!({"at": "data_end", "action": "reply",
        "reply": "451 4.3.0 queue file write error"}));
}

#[test]
fn a_connection_lost_mid_data_is_temporary() {
    temporary_fault_is_deferred(json!({"at": "data_mid", "action": "drop"}));
}

/// A server that accepts the connection and never greets: the run ends
/// within about the timeout (here from NGHIQUYET_SMTP_TIMEOUT), deferred.
#[test]
fn a_silent_greeting_times_out() {
    let env = env_with_articles();
    let smtp = FaultSmtp::start();
    subscribe_daily(&env, "an@example.vn");
    smtp.set(json!({"rules": [{"at": "greeting", "action": "stall"}]}));
    let url = smtp.url();
    let mut cmd = command(
        &env,
        &[
            "digest",
            "send",
            "--json",
            "--smtp",
            &url,
            "--now",
            T0,
            "--retry-base",
            "0",
        ],
    );
    cmd.env("NGHIQUYET_SMTP_TIMEOUT", "1");
    let run = Running::spawn(cmd).wait(Duration::from_secs(60), "digest send");
    assert!(!run.panicked(), "{run}");
    assert!(
        run.took < Duration::from_secs(15),
        "a timeout of 1 s and the run took {:?}: {run}",
        run.took
    );
    assert_eq!(run.code(), Some(EX_TEMPFAIL), "{run}");
    assert_eq!(report_field(&run, "deferred"), 1, "{run}");
    assert_eq!(statuses_of(&env, "an@example.vn"), ["pending"]);
}

/// Usage errors exit 2 (clap), before anything is built.
#[test]
fn usage_errors_exit_2() {
    let env = env_with_articles();
    subscribe_daily(&env, "an@example.vn");
    for bad in [
        ["--smtp-timeout", "soon"],
        ["--retry-base", "-1"],
        ["--bounce-limit", "many"],
    ] {
        let mut args = vec!["digest", "send", "--outbox", "out", "--now", T0];
        args.extend(bad);
        let out = env.run(&args);
        assert_eq!(out.status.code(), Some(2), "{bad:?}");
    }
    assert!(digests(&env).is_empty());
}

/// Finding 3: a server that takes the message and never answers the final
/// dot. The run ends within about --smtp-timeout, the digest stays pending,
/// and the retry sends the very same bytes.
#[test]
fn a_stall_after_data_times_out_and_the_digest_waits() {
    let env = env_with_articles();
    let smtp = FaultSmtp::start();
    subscribe_daily(&env, "an@example.vn");
    smtp.set(json!({"rules": [{"at": "data_end", "action": "stall"}]}));
    let run = send(
        &env,
        &smtp.url(),
        T0,
        &["--smtp-timeout", "2", "--retry-base", "0"],
    );
    assert!(!run.panicked(), "{run}");
    // Bounded: a hang would be killed by `send` after a minute and fail there.
    assert!(
        run.took < Duration::from_secs(20),
        "--smtp-timeout 2 and the run took {:?}: {run}",
        run.took
    );
    assert_eq!(run.code(), Some(EX_TEMPFAIL), "{run}");
    assert_eq!(report_field(&run, "deferred"), 1, "{run}");
    assert_eq!(report_field(&run, "pending"), 1, "{run}");
    assert_eq!(statuses_of(&env, "an@example.vn"), ["pending"]);
    let stalled = smtp.received();
    assert!(!stalled.is_empty() && stalled.iter().all(|m| m.outcome == "stalled"));

    smtp.heal();
    let run = send(&env, &smtp.url(), T0, &["--retry-base", "0"]);
    assert_eq!(run.code(), Some(0), "{run}");
    let delivered = smtp.delivered();
    assert_eq!(delivered.len(), 1);
    assert_eq!(delivered[0].message_id, stalled[0].message_id);
    assert_eq!(
        delivered[0].raw, stalled[0].raw,
        "a retry sends the same bytes"
    );
    assert_eq!(statuses_of(&env, "an@example.vn"), ["sent"]);
}

/// Finding 3, `serve`: hung on a stalled server, SIGTERM stops it within
/// --smtp-timeout (exit 0), and the digest it held is free at once.
#[test]
fn serve_stalled_on_a_server_stops_on_sigterm() {
    let env = env_with_articles();
    let smtp = FaultSmtp::start();
    subscribe_daily(&env, "an@example.vn");
    smtp.set(json!({"rules": [{"at": "data_end", "action": "stall"}]}));
    let url = smtp.url();
    let serve = Running::spawn(command(
        &env,
        &[
            "serve",
            "--poll",
            "1",
            "--smtp",
            &url,
            "--smtp-timeout",
            "4",
        ],
    ));
    assert!(
        smtp.wait_for(Duration::from_secs(30), |r| !r.is_empty()),
        "serve never sent"
    );
    std::thread::sleep(Duration::from_millis(300));
    let asked = std::time::Instant::now();
    serve.signal("TERM");
    let done = serve.wait(Duration::from_secs(30), "serve after SIGTERM");
    let took = asked.elapsed();
    assert!(
        took < Duration::from_secs(12),
        "SIGTERM with --smtp-timeout 4 took {took:?}: {done}"
    );
    assert_eq!(done.code(), Some(0), "{done}");
    assert_eq!(statuses_of(&env, "an@example.vn"), ["pending"]);

    // Nothing is left claimed: a send right after takes the digest.
    smtp.heal();
    let now = (chrono::Utc::now() + chrono::Duration::minutes(1)).to_rfc3339();
    let run = send(&env, &url, &now, &["--retry-base", "0"]);
    assert_eq!(run.code(), Some(0), "{run}");
    assert_eq!(report_field(&run, "held"), 0, "{run}");
    assert_eq!(smtp.delivered_to("an@example.vn"), 1);
    let all = smtp.received();
    assert_eq!(
        all.first().map(|m| &m.message_id),
        all.last().map(|m| &m.message_id)
    );
}

/// Finding 4: the connection is cut after the final dot. No resend in the
/// same run; the backoff runs on the service clock (--now); the later
/// retry carries the same Message-ID and bytes.
#[test]
fn a_drop_after_the_final_dot_is_deferred_with_backoff() {
    let env = env_with_articles();
    let smtp = FaultSmtp::start();
    subscribe_daily(&env, "an@example.vn");
    subscribe_daily(&env, "bob@example.org");
    smtp.set(json!({"rules": [
        {"at": "data_end", "rcpt": "^an@", "action": "drop", "times": 1}
    ]}));
    let run = send(&env, &smtp.url(), T0, &[]);
    assert_eq!(run.code(), Some(EX_TEMPFAIL), "{run}");
    assert_eq!(report_field(&run, "sent"), 1, "{run}");
    assert_eq!(report_field(&run, "deferred"), 1, "{run}");
    let to_an: Vec<_> = smtp
        .received()
        .into_iter()
        .filter(|m| m.rcpt() == "an@example.vn")
        .collect();
    assert_eq!(to_an.len(), 1, "resent in the same run: {to_an:#?}");
    assert_eq!(smtp.delivered_to("bob@example.org"), 1);

    // The same moment again: the backoff (default base 60 s) has not run out.
    let run = send(&env, &smtp.url(), T0, &[]);
    assert_eq!(run.code(), Some(EX_TEMPFAIL), "{run}");
    assert_eq!(
        smtp.delivered_to("an@example.vn"),
        1,
        "sent again before its backoff"
    );
    assert_eq!(statuses_of(&env, "an@example.vn"), ["pending"]);

    // Later: sent once more, the same message.
    let run = send(&env, &smtp.url(), &hours_after_t0(2), &[]);
    assert_eq!(run.code(), Some(0), "{run}");
    let to_an: Vec<_> = smtp
        .delivered()
        .into_iter()
        .filter(|m| m.rcpt() == "an@example.vn")
        .collect();
    assert_eq!(to_an.len(), 2);
    assert_eq!(to_an[0].message_id, to_an[1].message_id);
    assert_eq!(to_an[0].raw, to_an[1].raw);
    assert_eq!(statuses_of(&env, "an@example.vn"), ["sent"]);
    assert_eq!(statuses_of(&env, "bob@example.org"), ["sent"]);
}

/// Finding 5: a 550 is recorded against that recipient only; after
/// --bounce-limit refusals in a row the subscriber is `bouncing` and gets no
/// more digests built; `subscribe` reactivates it.
#[test]
fn refused_recipients_fail_alone_then_bounce() {
    let env = env_with_articles();
    let smtp = FaultSmtp::start();
    subscribe_daily(&env, "ok@example.vn");
    subscribe_daily(&env, "reject@example.vn");
    smtp.set(
        json!({"rules": [{"at": "rcpt", "rcpt": "^reject@", "action": "reply",
        "reply": "550 5.1.1 <reject@example.vn>: mailbox unavailable"}]}),
    );

    let run = send(&env, &smtp.url(), T0, &[]);
    assert_eq!(
        run.code(),
        Some(0),
        "everything due is sent or permanently failed: {run}"
    );
    assert_eq!(report_field(&run, "sent"), 1, "{run}");
    assert_eq!(report_field(&run, "failed"), 1, "{run}");
    assert_eq!(report_field(&run, "pending"), 0, "{run}");
    assert_eq!(smtp.delivered_to("ok@example.vn"), 1);
    let rows = digests_of(&env, "reject@example.vn");
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0]["status"], "failed");
    assert!(
        rows[0]["error"].as_str().unwrap_or("").contains("550"),
        "{rows:?}"
    );
    assert_eq!(status_of(&env, "reject@example.vn"), "active");
    assert_eq!(status_of(&env, "ok@example.vn"), "active");

    // Two more slots, two more refusals: bouncing (default limit 3).
    for d in 1..=2 {
        let run = send(&env, &smtp.url(), &day(d), &[]);
        assert_eq!(run.code(), Some(0), "{run}");
    }
    assert_eq!(
        statuses_of(&env, "reject@example.vn"),
        ["failed", "failed", "failed"]
    );
    assert_eq!(status_of(&env, "reject@example.vn"), "bouncing");
    assert_eq!(status_of(&env, "ok@example.vn"), "active");
    let rcpts = |who: &str| {
        smtp.commands()
            .iter()
            .filter(|c| {
                c["command"]
                    .as_str()
                    .is_some_and(|t| t.to_ascii_uppercase().starts_with("RCPT") && t.contains(who))
            })
            .count()
    };
    assert_eq!(rcpts("reject@example.vn"), 3);

    // Bouncing: no digest built, nothing tried, however many slots pass.
    for d in 3..=5 {
        let run = send(&env, &smtp.url(), &day(d), &[]);
        assert_eq!(run.code(), Some(0), "{run}");
    }
    assert_eq!(digests_of(&env, "reject@example.vn").len(), 3);
    assert_eq!(rcpts("reject@example.vn"), 3);
    assert_eq!(smtp.delivered_to("ok@example.vn"), 1);

    // The text table shows the status too.
    let table = env.ok(&["subscribers"]);
    assert!(
        table.contains("STATUS") && table.contains("bouncing"),
        "{table}"
    );

    // Subscribing again reactivates; the server has healed: the digest comes.
    env.ok(&["subscribe", "reject@example.vn", "--schedule", "@daily"]);
    assert_eq!(status_of(&env, "reject@example.vn"), "active");
    smtp.heal();
    let run = send(&env, &smtp.url(), &day(7), &[]);
    assert_eq!(run.code(), Some(0), "{run}");
    assert_eq!(smtp.delivered_to("reject@example.vn"), 1);
}

/// --bounce-limit is configurable.
#[test]
fn the_bounce_limit_is_configurable() {
    let env = env_with_articles();
    let smtp = FaultSmtp::start();
    subscribe_daily(&env, "reject@example.vn");
    smtp.set(
        json!({"rules": [{"at": "rcpt", "rcpt": "^reject@", "action": "reply",
        "reply": "550 5.1.1 no such user"}]}),
    );
    let run = send(&env, &smtp.url(), T0, &["--bounce-limit", "1"]);
    assert_eq!(run.code(), Some(0), "{run}");
    assert_eq!(status_of(&env, "reject@example.vn"), "bouncing");
    let run = send(&env, &smtp.url(), &day(1), &["--bounce-limit", "1"]);
    assert_eq!(run.code(), Some(0), "{run}");
    assert_eq!(digests_of(&env, "reject@example.vn").len(), 1);
}

/// Finding 5: a 530 at MAIL FROM is the operator's fault (a bad login): the
/// run stops with one clear error (exit 1) and the digests stay pending,
/// none failed; after the fix they all go out once.
#[test]
fn auth_530_stops_the_run_and_fails_nothing() {
    let env = env_with_articles();
    let smtp = FaultSmtp::start();
    let people: Vec<String> = (0..20).map(|i| format!("reader{i}@example.vn")).collect();
    for p in &people {
        subscribe_daily(&env, p);
    }
    smtp.set(json!({"rules": [{"at": "mail", "action": "reply",
        "reply": "530 5.7.0 Authentication required"}]}));
    let run = send(&env, &smtp.url(), T0, &[]);
    assert!(!run.panicked(), "{run}");
    assert_eq!(run.code(), Some(1), "{run}");
    let lines: Vec<&str> = run
        .stderr
        .lines()
        .filter(|l| !l.trim().is_empty())
        .collect();
    assert_eq!(lines.len(), 1, "one clear line on stderr: {run}");
    let line = lines[0].to_lowercase();
    assert!(
        line.contains("530") || line.contains("authentication"),
        "{run}"
    );
    assert!(
        smtp.mail_commands() < people.len(),
        "the pass did not stop: {} MAIL FROM for {} digests",
        smtp.mail_commands(),
        people.len()
    );
    let rows = digests(&env);
    assert!(
        rows.iter().all(|d| d["status"] == "pending"),
        "an operator fault fails no digest: {rows:?}"
    );

    smtp.heal();
    let run = send(&env, &smtp.url(), T0, &[]);
    assert_eq!(run.code(), Some(0), "{run}");
    for p in &people {
        assert_eq!(smtp.delivered_to(p), 1, "{p}");
    }
}

/// Finding 5: a TLS certificate the client does not trust is an operator
/// fault (exit 1, a clear error naming the certificate), not a temporary
/// one; the digest waits and goes out once the CA is trusted.
#[test]
fn an_untrusted_certificate_stops_the_run() {
    for mode in ["starttls", "smtps"] {
        let env = env_with_articles();
        let smtp = FaultSmtp::start_tls(mode);
        subscribe_daily(&env, "an@example.vn");
        let run = send(&env, &smtp.url(), T0, &["--smtp-timeout", "10"]);
        assert!(!run.panicked(), "{mode}: {run}");
        assert_eq!(run.code(), Some(1), "{mode}: {run}");
        assert!(
            run.stderr.to_lowercase().contains("certificate"),
            "{mode}: the error names the certificate: {run}"
        );
        assert!(smtp.delivered().is_empty(), "{mode}");
        assert_eq!(statuses_of(&env, "an@example.vn"), ["pending"], "{mode}");

        let ca = smtp.ca();
        let run = send(&env, &smtp.url(), T0, &["--smtp-ca", &ca]);
        assert_eq!(run.code(), Some(0), "{mode}: {run}");
        assert_eq!(smtp.delivered_to("an@example.vn"), 1, "{mode}");
        assert_eq!(statuses_of(&env, "an@example.vn"), ["sent"], "{mode}");
    }
}

/// Finding 13: one classifier. An outbox that cannot be written is an
/// operator fault: one clear error, exit 1, the digest still pending.
#[test]
fn an_unwritable_outbox_stops_the_run_and_fails_nothing() {
    let env = env_with_articles();
    subscribe_daily(&env, "an@example.vn");
    let blocker = env.dir.path().join("not-a-folder");
    std::fs::write(&blocker, b"a file where the outbox should be").expect("writing");
    let outbox = blocker.join("outbox").display().to_string();
    let run = crate::fault::run_within(
        &env,
        &["digest", "send", "--json", "--outbox", &outbox, "--now", T0],
        Duration::from_secs(60),
    );
    assert!(!run.panicked(), "{run}");
    assert_eq!(run.code(), Some(1), "{run}");
    assert!(!run.stderr.trim().is_empty(), "{run}");
    // Checked before anything was built, or built and left pending: never failed.
    let statuses = statuses_of(&env, "an@example.vn");
    assert!(
        statuses.is_empty() || statuses == ["pending"],
        "{statuses:?}"
    );
}

/// Finding 13: `serve` against a server refusing the login does not spin:
/// it tries a few times at most, logs a few lines, and stops on SIGTERM.
#[test]
fn serve_does_not_spin_on_an_operator_fault() {
    let env = env_with_articles();
    let smtp = FaultSmtp::start();
    for i in 0..5 {
        subscribe_daily(&env, &format!("reader{i}@example.vn"));
    }
    smtp.set(json!({"rules": [{"at": "mail", "action": "reply",
        "reply": "530 5.7.0 Authentication required"}]}));
    let url = smtp.url();
    let mut serve = Running::spawn(command(&env, &["serve", "--poll", "1", "--smtp", &url]));
    std::thread::sleep(Duration::from_secs(5));
    let still = serve.is_running();
    if still {
        serve.signal("TERM");
    }
    let done = serve.wait(Duration::from_secs(70), "serve");
    assert!(!done.panicked(), "{done}");
    // Attempts come in bursts (one per pass, over the pool's connections);
    // after an operator fault the next pass waits (backoff), not the next poll.
    let mut times: Vec<f64> = smtp
        .commands()
        .iter()
        .filter(|c| {
            c["command"]
                .as_str()
                .is_some_and(|t| t.to_ascii_uppercase().starts_with("MAIL"))
        })
        .filter_map(|c| c["t"].as_f64())
        .collect();
    times.sort_by(f64::total_cmp);
    let bursts = times.windows(2).filter(|w| w[1] - w[0] > 0.5).count() + 1;
    assert!(
        bursts <= 2,
        "{bursts} passes tried the server in 5 s ({} MAIL FROM): serve retries an operator fault at every poll\n{done}",
        times.len()
    );
    let lines = done.stderr.lines().count();
    assert!(lines <= 40, "{lines} log lines in 5 s: serve spins\n{done}");
    assert!(
        digests(&env).iter().all(|d| d["status"] == "pending"),
        "an operator fault fails no digest"
    );
}

/// Every fault at once, over one pool of connections: each recipient's
/// fault touches that recipient only. Reruns until done; a run that exits 0
/// leaves nothing undelivered; a message cut after its final dot is resent
/// only by a later run, with the same bytes.
#[test]
fn mixed_faults_in_one_run_touch_only_their_recipients() {
    let env = env_with_articles();
    let smtp = FaultSmtp::start();
    let people: Vec<String> = (0..40).map(|i| format!("r{i:02}@example.vn")).collect();
    for p in &people {
        subscribe_daily(&env, p);
    }
    smtp.set(json!({"delay_ms": 20, "rules": [
        {"at": "rcpt", "rcpt": "^r01@", "action": "reply", "reply": "550 5.1.1 no such user"},
        {"at": "rcpt", "rcpt": "^r02@", "action": "reply", "reply": "451 4.3.0 later", "times": 1},
        {"at": "rcpt", "rcpt": "^r03@", "action": "reply", "reply": "421 4.4.2 closing", "times": 1},
        {"at": "data_mid", "rcpt": "^r04@", "action": "drop", "times": 1},
        {"at": "data_end", "rcpt": "^r05@", "action": "drop", "times": 1},
        {"at": "data_end", "rcpt": "^r06@", "action": "reply", "reply": "554 5.7.1 rejected as spam"},
        {"at": "data", "rcpt": "^r07@", "action": "reply", "reply": "452 4.3.1 insufficient storage", "times": 1}
    ]}));
    let permanent = ["r01@example.vn", "r06@example.vn"];
    let mut runs = Vec::new();
    loop {
        let started = crate::fault::unix_now();
        let run = send(&env, &smtp.url(), T0, &["--retry-base", "0"]);
        assert!(!run.panicked(), "{run}");
        let code = run.code();
        runs.push((started, run));
        if code == Some(0) {
            break;
        }
        assert_eq!(code, Some(EX_TEMPFAIL), "{}", runs.last().expect("a run").1);
        assert!(runs.len() < 5, "still not done after 5 runs: {}", runs[4].1);
    }
    for p in &people {
        let want = usize::from(!permanent.contains(&p.as_str()));
        let got = smtp.delivered_to(p);
        if p == "r05@example.vn" {
            assert_eq!(got, 2, "{p}: the copy cut after its dot, then the retry");
        } else {
            assert_eq!(got, want, "{p}");
        }
        let expected = if want == 1 { "sent" } else { "failed" };
        assert_eq!(statuses_of(&env, p), [expected], "{p}");
    }
    let r05: Vec<_> = smtp
        .delivered()
        .into_iter()
        .filter(|m| m.rcpt() == "r05@example.vn")
        .collect();
    assert_eq!(r05[0].outcome, "dropped_after_dot");
    assert_eq!(r05[0].raw, r05[1].raw);
    let run_of = |t: f64| runs.iter().rposition(|(s, _)| *s <= t);
    assert_ne!(
        run_of(r05[0].t_dot),
        run_of(r05[1].t_dot),
        "resent in the run that lost the connection"
    );
    let failed: Vec<String> = digests(&env)
        .into_iter()
        .filter(|d| d["status"] == "failed")
        .map(|d| d["error"].as_str().unwrap_or("").to_string())
        .collect();
    assert_eq!(failed.len(), 2, "{failed:?}");
    assert!(
        failed.iter().any(|e| e.contains("550")) && failed.iter().any(|e| e.contains("554")),
        "{failed:?}"
    );
}

/// Finding 5, with AUTH: credentials the server refuses (535) are the
/// operator's fault: exit 1, one clear line, digests pending; the right
/// login sends them.
#[test]
fn refused_credentials_stop_the_run_and_fail_nothing() {
    let env = env_with_articles();
    let smtp = FaultSmtp::start();
    subscribe_daily(&env, "an@example.vn");
    subscribe_daily(&env, "bob@example.org");
    smtp.set(
        json!({"auth": true, "rules": [{"at": "auth", "action": "reply",
        "reply": "535 5.7.8 Authentication credentials invalid"}]}),
    );
    let url = format!("smtp://digest:wrong-password@127.0.0.1:{}", smtp.port);
    let run = send(&env, &url, T0, &[]);
    assert!(!run.panicked(), "{run}");
    assert_eq!(run.code(), Some(1), "{run}");
    let lines: Vec<&str> = run
        .stderr
        .lines()
        .filter(|l| !l.trim().is_empty())
        .collect();
    assert_eq!(lines.len(), 1, "one clear line on stderr: {run}");
    assert!(
        lines[0].contains("535") || lines[0].to_lowercase().contains("auth"),
        "{run}"
    );
    assert!(
        !run.stderr.contains("wrong-password") && !run.stdout.contains("wrong-password"),
        "the password is printed: {run}"
    );
    assert!(smtp.delivered().is_empty());
    assert!(digests(&env).iter().all(|d| d["status"] == "pending"));

    smtp.set(json!({"auth": true}));
    let url = format!("smtp://digest:right-password@127.0.0.1:{}", smtp.port);
    let run = send(&env, &url, T0, &[]);
    assert_eq!(run.code(), Some(0), "{run}");
    assert_eq!(smtp.delivered_to("an@example.vn"), 1);
    assert_eq!(smtp.delivered_to("bob@example.org"), 1);
    let authed = smtp
        .commands()
        .iter()
        .filter(|c| c["command"].as_str().is_some_and(|t| t.starts_with("AUTH")))
        .count();
    assert!(authed >= 1, "the client never logged in");
}

/// Speed, structurally: connections are pooled (fewer connections than
/// messages) and used at once (more than one open together), never more
/// than --smtp-connections.
#[test]
fn connections_are_pooled_parallel_and_bounded() {
    for (limit, flag) in [(8, None), (3, Some("3"))] {
        let env = env_with_articles();
        let smtp = FaultSmtp::start();
        let people: Vec<String> = (0..30).map(|i| format!("r{i:02}@example.vn")).collect();
        for p in &people {
            subscribe_daily(&env, p);
        }
        smtp.set(json!({"delay_ms": 50}));
        let mut extra = vec![];
        if let Some(n) = flag {
            extra.extend(["--smtp-connections", n]);
        }
        let run = send(&env, &smtp.url(), T0, &extra);
        assert_eq!(run.code(), Some(0), "{run}");
        assert_eq!(smtp.delivered().len(), people.len());
        // Each connection's life: its first command to its end.
        let mut opened: std::collections::BTreeMap<u64, f64> = Default::default();
        for c in smtp.commands() {
            if let (Some(conn), Some(t)) = (c["conn"].as_u64(), c["t"].as_f64()) {
                opened.entry(conn).or_insert(t);
            }
        }
        let ended = smtp.connections();
        assert!(
            ended.len() < people.len(),
            "{} connections for {} messages: no pooling",
            ended.len(),
            people.len()
        );
        let mut events: Vec<(f64, i32)> = Vec::new();
        for c in &ended {
            if let Some(t) = opened.get(&c.conn) {
                events.push((*t, 1));
                events.push((c.t, -1));
            }
        }
        events.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        let (mut open, mut most) = (0, 0);
        for (_, d) in events {
            open += d;
            most = most.max(open);
        }
        assert!(most >= 2, "one connection at a time (limit {limit})");
        assert!(most <= limit, "{most} connections at once, limit {limit}");
    }
}
