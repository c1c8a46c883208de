//! Issue 8, findings 6-12: the store busy mid-send, bad data, subscription
//! changes, hostile links and racing migrations, through the binary, with
//! the fault-injecting SMTP server (tests/fault_smtp.py) as the mail server.

use std::collections::BTreeSet;
use std::process::Stdio;
use std::time::{Duration, Instant};

use serde_json::json;

use crate::fault::{
    FaultSmtp, Running, article, command, db_path, digests, digests_of, env_with_articles, python,
    send, statuses_of, subscribe_daily, subscribers, unix_now,
};
use crate::util::Env;

const T0: &str = "2026-11-30T01:00:00Z";
const EX_TEMPFAIL: i32 = 75;

fn later(days: i64) -> String {
    (chrono::Utc::now() + chrono::Duration::days(days)).to_rfc3339()
}

fn day(n: i64) -> String {
    let t0 = chrono::DateTime::parse_from_rfc3339(T0).expect("T0");
    (t0 + chrono::Duration::days(n)).to_rfc3339()
}

/// Edits the store directly, as no command can (a row written by an older
/// version, or by hand). Panics unless exactly one row changed.
fn edit_store(env: &Env, sql: &str) {
    let code = "import sqlite3, sys\n\
        con = sqlite3.connect(sys.argv[1], timeout=30)\n\
        n = con.execute(sys.argv[2]).rowcount\n\
        con.commit()\n\
        sys.exit(0 if n == 1 else 3)";
    let status = python(code, &[&db_path(env), sql])
        .status()
        .expect("python runs");
    assert!(status.success(), "editing the store with {sql:?}: {status}");
}

/// Finding 6: the store is locked (past SQLite's busy timeout) while
/// messages are in flight. What the server accepted is recorded as sent
/// (the write is retried), so the rerun sends no second copy.
#[test]
fn accepted_messages_are_recorded_while_the_store_is_busy() {
    let env = env_with_articles();
    let smtp = FaultSmtp::start();
    let people: Vec<String> = (0..8).map(|i| format!("reader{i}@example.vn")).collect();
    for p in &people {
        subscribe_daily(&env, p);
    }
    // Each final dot is answered 1.5 s late: the lock comes while they wait.
    smtp.set(json!({"delay_ms": 1500}));
    let url = smtp.url();
    let sender = Running::spawn(command(
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
    ));
    let end = Instant::now() + Duration::from_secs(30);
    while smtp.mail_commands() == 0 && Instant::now() < end {
        std::thread::sleep(Duration::from_millis(5));
    }
    assert!(smtp.mail_commands() > 0, "nothing was sent");
    // Another process holds the write lock for 12 s (SQLite's busy timeout
    // in the store was 10 s).
    let lock = "import sqlite3, sys, time\n\
        con = sqlite3.connect(sys.argv[1], timeout=0.5, isolation_level=None)\n\
        con.execute('BEGIN IMMEDIATE')\n\
        print('LOCKED', flush=True)\n\
        time.sleep(12)\n\
        con.execute('ROLLBACK')";
    let mut holder = python(lock, &[&db_path(&env)])
        .stdout(Stdio::piped())
        .spawn()
        .expect("python runs");
    let mut line = String::new();
    std::io::BufRead::read_line(
        &mut std::io::BufReader::new(holder.stdout.take().expect("stdout")),
        &mut line,
    )
    .expect("reading the lock holder");
    assert_eq!(line.trim(), "LOCKED", "the lock holder could not lock");
    let first = sender.wait(Duration::from_secs(90), "digest send under a locked store");
    let _ = holder.wait();
    assert!(!first.panicked(), "{first}");
    // Reruns until done (a store error may have stopped new work).
    let mut runs = vec![first];
    while runs.last().and_then(|r| r.code()) != Some(0) && runs.len() < 4 {
        runs.push(send(&env, &url, T0, &["--retry-base", "0"]));
    }
    let log: Vec<String> = runs.iter().map(|r| r.to_string()).collect();
    assert_eq!(runs.last().and_then(|r| r.code()), Some(0), "{log:#?}");
    for p in &people {
        assert_eq!(
            smtp.delivered_to(p),
            1,
            "{p}: the server's acceptance was lost: {log:#?}"
        );
        assert_eq!(statuses_of(&env, p), ["sent"]);
    }
}

/// Finding 7: control characters in a name are refused at subscribe, with a
/// clear error; plain Vietnamese names pass.
#[test]
fn names_with_control_characters_are_refused() {
    let env = env_with_articles();
    for name in [
        "Evil\r\nBcc: victim@evil.test",
        "Line\nbreak",
        "Bell\u{7}",
        "Next line\u{85}",
        "Tab\there",
    ] {
        let out = env.run(&[
            "subscribe",
            "x@example.vn",
            "--schedule",
            "@daily",
            "--name",
            name,
        ]);
        let err = String::from_utf8_lossy(&out.stderr).to_lowercase();
        assert_eq!(out.status.code(), Some(1), "{name:?}: {err}");
        assert!(err.contains("control"), "{name:?}: {err}");
        assert!(!err.contains("panicked"), "{err}");
    }
    assert!(subscribers(&env).is_empty());
    env.ok(&[
        "subscribe",
        "an@example.vn",
        "--schedule",
        "@daily",
        "--name",
        "Nguyễn Thị Hòa",
    ]);
    assert_eq!(subscribers(&env)[0]["name"], "Nguyễn Thị Hòa");
}

/// Finding 7: a CR/LF name already in the store (written before the check,
/// or by hand) never panics the sender, never injects a header, and holds
/// up nobody else.
#[test]
fn a_stored_name_with_crlf_neither_panics_nor_injects() {
    let env = env_with_articles();
    let smtp = FaultSmtp::start();
    for who in ["a@example.vn", "b@example.vn", "c@example.vn"] {
        subscribe_daily(&env, who);
    }
    edit_store(
        &env,
        "UPDATE subscribers SET name = 'Evil' || char(13) || char(10) || 'Bcc: victim@evil.test' \
         WHERE email = 'b@example.vn'",
    );
    let run = send(&env, &smtp.url(), T0, &["--retry-base", "0"]);
    assert!(!run.panicked(), "{run}");
    assert_ne!(
        run.code(),
        Some(1),
        "one subscriber's data stopped the run: {run}"
    );
    assert_eq!(smtp.delivered_to("a@example.vn"), 1, "{run}");
    assert_eq!(smtp.delivered_to("c@example.vn"), 1, "{run}");
    for m in smtp.received() {
        assert!(
            !m.rcpts.iter().any(|r| r.contains("evil.test")),
            "{:?}",
            m.rcpts
        );
        let raw = String::from_utf8_lossy(&m.raw);
        assert!(
            !raw.lines()
                .any(|l| l.to_ascii_lowercase().starts_with("bcc:")),
            "an injected header:\n{raw}"
        );
    }
    // serve on the same store keeps going too.
    let url = smtp.url();
    let mut serve = Running::spawn(command(&env, &["serve", "--poll", "1", "--smtp", &url]));
    std::thread::sleep(Duration::from_secs(2));
    assert!(serve.is_running(), "serve died on a bad name");
    serve.signal("TERM");
    let done = serve.wait(Duration::from_secs(70), "serve");
    assert!(!done.panicked(), "{done}");
    assert_eq!(done.code(), Some(0), "{done}");
}

/// Finding 8: one subscriber whose digest cannot be built (settings the
/// renderer cannot use) gets its own backoff: the others get theirs, and
/// `serve` neither crashes nor spins.
#[test]
fn an_unbuildable_digest_holds_up_nobody_and_does_not_spin() {
    let env = env_with_articles();
    let smtp = FaultSmtp::start();
    for who in ["a@example.vn", "b@example.vn", "c@example.vn"] {
        subscribe_daily(&env, who);
    }
    edit_store(
        &env,
        "UPDATE subscribers SET lang = 'xx' WHERE email = 'b@example.vn'",
    );
    let url = smtp.url();
    let mut serve = Running::spawn(command(&env, &["serve", "--poll", "1", "--smtp", &url]));
    let both = smtp.wait_for(Duration::from_secs(20), |r| r.len() >= 2);
    std::thread::sleep(Duration::from_secs(4));
    let alive = serve.is_running();
    serve.signal("TERM");
    let done = serve.wait(Duration::from_secs(70), "serve");
    assert!(!done.panicked(), "{done}");
    assert!(alive, "serve stopped on one bad subscriber: {done}");
    assert!(both, "the others got nothing: {done}");
    assert_eq!(smtp.delivered_to("a@example.vn"), 1);
    assert_eq!(smtp.delivered_to("c@example.vn"), 1);
    let lines = done.stderr.lines().count();
    assert!(
        lines <= 60,
        "{lines} log lines in about 5 s: serve spins\n{done}"
    );

    // `digest send` as well: the others are not held up, no panic.
    let env = env_with_articles();
    let smtp = FaultSmtp::start();
    for who in ["a@example.vn", "b@example.vn", "c@example.vn"] {
        subscribe_daily(&env, who);
    }
    edit_store(
        &env,
        "UPDATE subscribers SET lang = 'xx' WHERE email = 'b@example.vn'",
    );
    let run = send(&env, &smtp.url(), T0, &[]);
    assert!(!run.panicked(), "{run}");
    assert!(matches!(run.code(), Some(0 | EX_TEMPFAIL)), "{run}");
    assert_eq!(smtp.delivered_to("a@example.vn"), 1, "{run}");
    assert_eq!(smtp.delivered_to("c@example.vn"), 1, "{run}");
}

/// Finding 8: templates run in strict mode and `--templates DIR` is checked
/// before anything is built or sent.
#[test]
fn bad_templates_are_refused_at_start() {
    for (file, text) in [
        ("subject.hbs", "Tin mới: {{no_such_field}}"),
        ("subject.hbs", "{{#if article_count}}unclosed"),
        (
            "digest.txt.hbs",
            "{{recipient_nam}} {{#each articles}}{{this.titel}}{{/each}}",
        ),
    ] {
        let env = env_with_articles();
        let smtp = FaultSmtp::start();
        subscribe_daily(&env, "an@example.vn");
        let dir = env.dir.path().join("tpl");
        std::fs::create_dir(&dir).expect("mkdir");
        std::fs::write(dir.join(file), text).expect("write");
        let tpl = dir.display().to_string();
        let run = send(&env, &smtp.url(), T0, &["--templates", &tpl]);
        assert!(!run.panicked(), "{run}");
        assert_eq!(run.code(), Some(1), "{file}: {text:?}: {run}");
        let name = file.trim_end_matches(".hbs");
        assert!(run.stderr.contains(name), "the error names {name}: {run}");
        assert!(smtp.received().is_empty());
        assert!(
            digests(&env).is_empty(),
            "built before the templates were checked"
        );
        let url = smtp.url();
        let serve = crate::fault::run_within(
            &env,
            &["serve", "--smtp", &url, "--templates", &tpl],
            Duration::from_secs(30),
        );
        assert_eq!(serve.code(), Some(1), "serve with {file}: {serve}");
    }
}

/// Finding 9: `subscribe --since` while a digest is pending rewinds: the
/// earlier article still comes.
#[test]
fn since_rewinds_even_with_a_digest_pending() {
    let env = Env::new();
    let smtp = FaultSmtp::start();
    env.ok(&["ingest", &article("tan-phu-congress.txt")]);
    // Subscribed now: Tân Phú is before its start.
    env.ok(&["subscribe", "an@example.vn", "--schedule", "@daily"]);
    env.ok(&["ingest", &article("yen-lac-congress.txt")]);
    env.ok(&["ingest", &article("cam-lo-council.txt")]);
    // A digest of Yên Lạc and Cẩm Lộ is frozen and stays pending.
    smtp.set(json!({"rules": [{"at": "greeting", "action": "reply", "reply": "421 4.3.2 busy"}]}));
    let run = send(&env, &smtp.url(), &later(1), &["--retry-base", "0"]);
    assert_eq!(run.code(), Some(EX_TEMPFAIL), "{run}");
    assert_eq!(statuses_of(&env, "an@example.vn"), ["pending"]);
    // Rewind to include Tân Phú.
    env.ok(&[
        "subscribe",
        "an@example.vn",
        "--schedule",
        "@daily",
        "--since",
        "2000-01-01",
    ]);
    smtp.heal();
    for d in 1..=4 {
        let run = send(&env, &smtp.url(), &later(d), &["--retry-base", "0"]);
        assert_eq!(run.code(), Some(0), "{run}");
    }
    let texts: Vec<String> = smtp.delivered().iter().map(|m| m.text()).collect();
    for place in ["Tân Phú", "Yên Lạc", "Cam Lộ"] {
        assert!(
            texts.iter().any(|t| t.contains(place)),
            "{place} never arrived: {texts:#?}"
        );
    }
}

/// Finding 10: only http and https article URLs become links.
#[test]
fn only_http_links_in_the_html_digest() {
    let env = Env::new();
    let smtp = FaultSmtp::start();
    let urls = [
        ("tan-phu-congress.txt", "javascript:alert(document.cookie)"),
        ("yen-lac-congress.txt", " JaVaScRiPt:alert(1)"),
        (
            "cam-lo-council.txt",
            "data:text/html,<script>alert(1)</script>",
        ),
    ];
    for (file, url) in urls {
        let parsed = env.ok(&["parse", &article(file)]);
        let mut a: serde_json::Value = serde_json::from_str(&parsed).expect("JSON");
        a["url"] = url.into();
        let path = env.dir.path().join(format!("{file}.json"));
        std::fs::write(&path, a.to_string()).expect("writing");
        env.ok(&["ingest", &path.display().to_string()]);
    }
    let safe = crate::util::data("digest/ha-giang.json");
    env.ok(&["ingest", &safe]);
    // An http URL that tries to leave its attribute.
    let text = std::fs::read_to_string(crate::util::data("digest/mau-son.json")).expect("fixture");
    let mut a: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    a["url"] = "https://example.vn/mau-son\"onmouseover=\"alert(1)\"><script>x</script>".into();
    let path = env.dir.path().join("mau-son.json");
    std::fs::write(&path, a.to_string()).expect("writing");
    env.ok(&["ingest", &path.display().to_string()]);
    subscribe_daily(&env, "an@example.vn");
    let run = send(&env, &smtp.url(), T0, &[]);
    assert_eq!(run.code(), Some(0), "{run}");
    let mails = smtp.delivered();
    assert_eq!(mails.len(), 1);
    let html = mails[0].html();
    for place in ["Tân Phú", "Yên Lạc", "Cam Lộ", "Hà Giang"] {
        assert!(html.contains(place), "{place} is missing from the digest");
    }
    let lower = html.to_lowercase();
    for bad in [
        "javascript:",
        "data:text/html",
        "vbscript:",
        "\"onmouseover=",
        "<script",
    ] {
        assert!(!lower.contains(bad), "{bad} in the HTML digest");
    }
    let mut hrefs = BTreeSet::new();
    for part in lower.split("href=").skip(1) {
        let value = part
            .trim_start_matches(['"', '\''])
            .split(['"', '\'', ' ', '>'])
            .next()
            .unwrap_or("")
            .to_string();
        hrefs.insert(value);
    }
    assert!(
        hrefs.iter().all(|h| h.starts_with("https://")
            || h.starts_with("http://")
            || h.starts_with("mailto:")),
        "{hrefs:?}"
    );
    assert!(
        hrefs.contains("https://example.vn/ha-giang-dai-hoi-xvii"),
        "the safe link stays a link: {hrefs:?}"
    );
}

/// Finding 11: `unsubscribe` cancels pending digests and keeps the sent
/// history; `--erase` also removes the address.
#[test]
fn unsubscribe_cancels_pending_and_keeps_history() {
    let env = env_with_articles();
    let smtp = FaultSmtp::start();
    subscribe_daily(&env, "an@example.vn");
    subscribe_daily(&env, "bob@example.org");
    let run = send(&env, &smtp.url(), T0, &[]);
    assert_eq!(run.code(), Some(0), "{run}");
    env.ok(&["ingest", &article("tan-phu-congress.txt")]);
    smtp.set(json!({"rules": [{"at": "greeting", "action": "reply", "reply": "421 4.3.2 busy"}]}));
    let run = send(&env, &smtp.url(), &day(1), &["--retry-base", "0"]);
    assert_eq!(run.code(), Some(EX_TEMPFAIL), "{run}");
    assert_eq!(statuses_of(&env, "an@example.vn"), ["sent", "pending"]);

    env.ok(&["unsubscribe", "an@example.vn"]);
    assert_eq!(statuses_of(&env, "an@example.vn"), ["sent", "cancelled"]);
    let cancelled = env.ok(&["digest", "list", "--json", "--status", "cancelled"]);
    assert!(cancelled.contains("an@example.vn"), "{cancelled}");
    assert!(
        !subscribers(&env)
            .iter()
            .any(|s| s["email"] == "an@example.vn")
    );
    smtp.heal();
    let run = send(&env, &smtp.url(), &day(1), &["--retry-base", "0"]);
    assert_eq!(run.code(), Some(0), "{run}");
    assert_eq!(
        smtp.delivered_to("an@example.vn"),
        1,
        "a cancelled digest went out"
    );
    assert_eq!(smtp.delivered_to("bob@example.org"), 2);

    let rows_before = digests(&env).len();
    env.ok(&["unsubscribe", "--erase", "bob@example.org"]);
    assert!(
        !subscribers(&env)
            .iter()
            .any(|s| s["email"] == "bob@example.org")
    );
    let list = env.ok(&["digest", "list", "--json", "--limit", "1000"]);
    assert!(
        !list.contains("bob@example.org"),
        "the address is still stored: {list}"
    );
    assert_eq!(
        digests(&env).len(),
        rows_before,
        "the history of sends is kept"
    );
    let run = send(&env, &smtp.url(), &day(2), &[]);
    assert_eq!(run.code(), Some(0), "{run}");
    assert_eq!(smtp.delivered_to("bob@example.org"), 2);
}

/// Finding 11: a digest already claimed by a running sender does not go
/// out after `unsubscribe` has returned.
#[test]
fn no_digest_starts_after_unsubscribe_returns() {
    let env = env_with_articles();
    let smtp = FaultSmtp::start();
    let people: Vec<String> = (0..30)
        .map(|i| format!("reader{i:02}@example.vn"))
        .collect();
    for p in &people {
        subscribe_daily(&env, p);
    }
    smtp.set(json!({"delay_ms": 300}));
    let url = smtp.url();
    let sender = Running::spawn(command(
        &env,
        &["digest", "send", "--json", "--smtp", &url, "--now", T0],
    ));
    let rcpt_times = |smtp: &FaultSmtp| -> Vec<(String, f64)> {
        smtp.commands()
            .iter()
            .filter_map(|c| {
                let t = c["command"].as_str()?;
                t.to_ascii_uppercase()
                    .starts_with("RCPT")
                    .then(|| (t.to_string(), c["t"].as_f64().unwrap_or(0.0)))
            })
            .collect()
    };
    let end = Instant::now() + Duration::from_secs(30);
    while rcpt_times(&smtp).is_empty() && Instant::now() < end {
        std::thread::sleep(Duration::from_millis(5));
    }
    let started: Vec<String> = rcpt_times(&smtp).into_iter().map(|(c, _)| c).collect();
    let gone: Vec<&String> = people
        .iter()
        .rev()
        .filter(|p| !started.iter().any(|c| c.contains(p.as_str())))
        .take(5)
        .collect();
    assert!(!gone.is_empty(), "everyone was sent to at once");
    let mut unsubscribed = Vec::new();
    for p in &gone {
        env.ok(&["unsubscribe", p]);
        unsubscribed.push((p.to_string(), unix_now()));
    }
    let run = sender.wait(Duration::from_secs(90), "digest send");
    assert!(!run.panicked(), "{run}");
    for (p, t) in &unsubscribed {
        let late: Vec<f64> = rcpt_times(&smtp)
            .into_iter()
            // The server stamps a command when it reads it, a little after the
            // client wrote it on a loaded machine.
            .filter(|(c, at)| c.contains(p.as_str()) && *at > t + 0.3)
            .map(|(_, at)| at - t)
            .collect();
        assert!(
            late.is_empty(),
            "{p}: sent {late:?} s after unsubscribe returned\n{run}"
        );
        let rows = digests_of(&env, p);
        assert!(
            rows.iter()
                .all(|d| d["status"] == "cancelled" || d["status"] == "sent"),
            "{p}: {rows:?}"
        );
    }
}

/// Finding 12: processes opening a new store at once all succeed: the
/// migrations run in one exclusive transaction.
#[test]
fn processes_racing_on_a_new_store_all_succeed() {
    for round in 0..5 {
        let env = Env::new();
        let outbox = env.dir.path().join("outbox").display().to_string();
        let mut serve = Running::spawn(command(
            &env,
            &["serve", "--poll", "1", "--outbox", &outbox],
        ));
        let subs: Vec<Running> = (0..6)
            .map(|i| {
                Running::spawn(command(
                    &env,
                    &[
                        "subscribe",
                        &format!("r{i}@example.vn"),
                        "--schedule",
                        "@daily",
                    ],
                ))
            })
            .collect();
        for (i, s) in subs.into_iter().enumerate() {
            let done = s.wait(Duration::from_secs(60), "subscribe");
            assert_eq!(
                done.code(),
                Some(0),
                "round {round}, subscriber {i}: {done}"
            );
            for bad in ["already exists", "duplicate column"] {
                assert!(!done.stderr.contains(bad), "{done}");
            }
        }
        std::thread::sleep(Duration::from_millis(200));
        let alive = serve.is_running();
        serve.signal("TERM");
        let done = serve.wait(Duration::from_secs(70), "serve");
        assert!(alive, "round {round}: serve died: {done}");
        assert_eq!(done.code(), Some(0), "round {round}: {done}");
        assert_eq!(subscribers(&env).len(), 6, "round {round}");
    }
}

/// Hostile bytes in names and articles: a name that looks like an address
/// list, a very long name, markup in a title. Every message is built (no
/// panic), goes to its own recipient only, and the HTML escapes the markup.
#[test]
fn hostile_names_and_titles_never_break_a_message() {
    let env = env_with_articles();
    let smtp = FaultSmtp::start();
    let text = std::fs::read_to_string(crate::util::data("digest/mau-son.json")).expect("fixture");
    let mut a: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    a["id"] = "hostile-title-0001".into();
    a["title"] = "Tiêu đề <img src=x onerror=alert(1)> & \"trích dẫn\"".into();
    let path = env.dir.path().join("hostile.json");
    std::fs::write(&path, a.to_string()).expect("writing");
    env.ok(&["ingest", &path.display().to_string()]);
    let long = "Nguyễn Văn Ánh ".repeat(150);
    let names = [
        ("list@example.vn", "An, Bình <victim@evil.test>, \"Chi\""),
        ("long@example.vn", long.trim()),
        ("quote@example.vn", "\"Trần\" 'Thị' =?utf-8?q?L=C3=AA?="),
        ("rtl@example.vn", "Lê\u{202e}moc.live"),
    ];
    for (email, name) in names {
        let out = env.run(&[
            "subscribe",
            email,
            "--schedule",
            "@daily",
            "--since",
            "2000-01-01",
            "--name",
            name,
        ]);
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!err.contains("panicked"), "{email}: {err}");
    }
    let subscribed: Vec<String> = subscribers(&env)
        .iter()
        .filter_map(|s| s["email"].as_str().map(String::from))
        .collect();
    let run = send(&env, &smtp.url(), T0, &[]);
    assert!(!run.panicked(), "{run}");
    assert_eq!(run.code(), Some(0), "{run}");
    for email in &subscribed {
        assert_eq!(smtp.delivered_to(email), 1, "{email}: {run}");
    }
    for m in smtp.delivered() {
        assert_eq!(m.rcpts.len(), 1);
        assert!(!m.rcpts[0].contains("evil.test"), "{:?}", m.rcpts);
        let mail = crate::util::Mail::parse(m.rcpt().to_string(), m.raw.clone());
        assert!(
            mail.to.ends_with(&format!("<{}>", m.rcpt())),
            "the To header names someone else: {}",
            mail.to
        );
        assert!(!mail.html.contains("<img"), "unescaped markup from a title");
        assert!(
            mail.html.contains("Tiêu đề"),
            "the hostile article is missing"
        );
    }
}
