//! The digest service end to end: ingest, subscribe, send to a real SMTP
//! server on loopback, and read what arrived with a MIME parser.

use crate::util::{Env, Smtp, data};

const T0: &str = "2026-11-30T01:00:00Z"; // Monday 08:00 in Ho Chi Minh City

/// A store with the three fixture articles (16 targets), ingested now.
fn env_with_articles() -> Env {
    let env = Env::new();
    let out = env.ok(&["ingest", &data("digest")]);
    assert_eq!(out.trim(), "added 3, updated 0, unchanged 0, failed 0");
    env
}

/// A new article: Hà Giang's, renamed Tuyên Quang, with another id.
fn later_article(env: &Env) -> String {
    let text = std::fs::read_to_string(data("digest/ha-giang.json")).expect("fixture");
    let mut a: serde_json::Value = serde_json::from_str(&text).expect("fixture JSON");
    a["id"] = "tuyen-quang-0001".into();
    a["kicker"] = "Đảng bộ tỉnh Tuyên Quang".into();
    a["title"] = "Tuyên Quang đặt mục tiêu mới".into();
    a["resolutions"][0]["issuer"] = "Đảng bộ tỉnh Tuyên Quang".into();
    a["targets"] = serde_json::json!([a["targets"][2].clone()]);
    a["targets"][0]["subject"] = "thu ngân sách Tuyên Quang".into();
    let path = env.dir.path().join("later.json");
    std::fs::write(&path, serde_json::to_string(&a).expect("JSON")).expect("writing");
    path.display().to_string()
}

fn send(env: &Env, smtp: &Smtp, now: &str) -> std::process::Output {
    env.run(&[
        "digest",
        "send",
        "--smtp",
        &smtp.url(),
        "--now",
        now,
        "--from",
        "Bản tin <digest@nghiquyet.test>",
    ])
}

#[test]
fn digests_arrive_once_with_both_parts_and_list_headers() {
    let env = env_with_articles();
    let smtp = Smtp::start();
    env.ok(&[
        "subscribe",
        "an@example.vn",
        "--name",
        "Nguyễn Văn An",
        "--schedule",
        "0 8 * * 1",
        "--since",
        "2000-01-01",
    ]);
    env.ok(&[
        "subscribe",
        "bob@example.org",
        "--schedule",
        "@daily",
        "--tz",
        "Europe/Berlin",
        "--lang",
        "en",
        "--issuer",
        "ha giang",
        "--since",
        "2000-01-01",
    ]);
    let out = send(&env, &smtp, T0);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mails = smtp.messages();
    assert_eq!(mails.len(), 2, "{mails:#?}");
    let an = mails
        .iter()
        .find(|m| m.rcpt == "an@example.vn")
        .expect("An's digest");
    assert_eq!(an.subject, "Nghị quyết mới: 3 bài, 16 chỉ tiêu");
    assert!(
        an.content_type.starts_with("multipart/alternative"),
        "{}",
        an.content_type
    );
    let raw = String::from_utf8_lossy(&an.raw);
    let (plain, html) = (
        raw.find("text/plain").expect("a text part"),
        raw.find("text/html").expect("an HTML part"),
    );
    assert!(plain < html, "text comes before HTML");
    assert_eq!(an.to, "Nguyễn Văn An <an@example.vn>");
    assert_eq!(an.from, "Bản tin <digest@nghiquyet.test>");
    for needle in [
        "≥ 3.000 tỷ đồng",
        "7–7,5%/năm",
        "≥ 20.000 tỷ đồng",
        "tổng số đảng viên đầu nhiệm kỳ",
        "Kính gửi Nguyễn Văn An",
    ] {
        assert!(an.text.contains(needle), "text lacks {needle}: {}", an.text);
        assert!(an.html.contains(needle), "HTML lacks {needle}");
    }
    assert!(
        an.html.contains("Đảng bộ tỉnh Hà Giang")
            && an.html.contains("https://example.vn/ha-giang-dai-hoi-xvii")
    );
    for remote in ["<script", "<img", "<link", "src=", "url("] {
        assert!(!an.html.contains(remote), "the HTML holds {remote}");
    }
    assert!(
        an.html.contains("style=\"") && an.html.contains("<table"),
        "inline CSS, table layout"
    );
    assert!(
        an.message_id.starts_with("digest.") && an.message_id.ends_with("@nghiquyet.test"),
        "{}",
        an.message_id
    );
    assert!(
        an.list_unsubscribe
            .contains("https://nghiquyet.test/unsubscribe?token="),
        "{}",
        an.list_unsubscribe
    );
    assert!(
        an.list_unsubscribe
            .contains("<mailto:digest@nghiquyet.test?subject=unsubscribe>")
    );
    assert_eq!(an.list_unsubscribe_post, "List-Unsubscribe=One-Click");
    assert!(
        an.list_id.contains("digest.nghiquyet.test"),
        "{}",
        an.list_id
    );
    // The token is the subscriber's own and long.
    let token = an
        .list_unsubscribe
        .split("token=")
        .nth(1)
        .and_then(|t| t.split('>').next())
        .unwrap_or("");
    assert_eq!(token.len(), 32);

    // Filtered, in English: only Hà Giang.
    let bob = mails
        .iter()
        .find(|m| m.rcpt == "bob@example.org")
        .expect("Bob's digest");
    assert_eq!(bob.subject, "New resolutions: 1 article, 7 targets");
    // English numbers and units (issue 10).
    assert!(bob.text.contains("Resolution digest") && bob.text.contains("≥ 3,000 billion VND"));
    assert!(!bob.text.contains("Mẫu Sơn"));
    let bob_token = bob
        .list_unsubscribe
        .split("token=")
        .nth(1)
        .and_then(|t| t.split('>').next())
        .unwrap_or("");
    assert_ne!(token, bob_token);

    // A second run, then a later one with nothing new: nothing is sent.
    smtp.clear();
    assert!(send(&env, &smtp, T0).status.success());
    assert!(send(&env, &smtp, "2026-12-07T01:00:00Z").status.success());
    assert!(smtp.messages().is_empty());

    // A new article: the next digest holds only it, and only for An.
    let later = later_article(&env);
    env.ok(&["ingest", &later]);
    env.ok(&["ingest", &later]); // the same again is a no-op
    assert!(send(&env, &smtp, "2026-12-14T01:00:00Z").status.success());
    let mails = smtp.messages();
    assert_eq!(mails.len(), 1, "{mails:#?}");
    assert_eq!(mails[0].rcpt, "an@example.vn");
    assert_eq!(mails[0].subject, "Nghị quyết mới: 1 bài, 1 chỉ tiêu");
    assert!(mails[0].text.contains("Tuyên Quang") && !mails[0].text.contains("Mẫu Sơn"));
    assert!(!mails[0].text.contains("7–7,5%/năm"));

    // The token of the List-Unsubscribe URL unsubscribes its owner only.
    env.ok(&["unsubscribe", "--token", token]);
    let subs = env.ok(&["subscribers", "--json"]);
    assert!(
        !subs.contains("an@example.vn") && subs.contains("bob@example.org"),
        "{subs}"
    );
}

#[test]
fn not_due_before_the_schedule_fires() {
    let env = env_with_articles();
    let smtp = Smtp::start();
    // Subscribed "now" (the real clock) with a weekly schedule: a --now in
    // the past is before its first slot; its first digest holds only what is
    // stored after it subscribed, so nothing now.
    env.ok(&["subscribe", "an@example.vn", "--schedule", "@weekly"]);
    assert!(send(&env, &smtp, T0).status.success());
    assert!(send(&env, &smtp, "2099-01-01T00:00:00Z").status.success());
    assert!(smtp.messages().is_empty());
}

#[test]
fn a_test_send_changes_nothing() {
    let env = env_with_articles();
    let smtp = Smtp::start();
    env.ok(&[
        "subscribe",
        "an@example.vn",
        "--schedule",
        "@daily",
        "--since",
        "2000-01-01",
        "--keyword",
        "MAU SON",
    ]);
    let out = env.ok(&[
        "digest",
        "send",
        "--smtp",
        &smtp.url(),
        "--to",
        "editor@example.vn",
        "--as",
        "an@example.vn",
    ]);
    assert!(out.contains("sent a test"), "{out}");
    let mails = smtp.messages();
    assert_eq!(mails.len(), 1);
    assert_eq!(mails[0].rcpt, "editor@example.vn");
    assert_eq!(mails[0].subject, "Nghị quyết mới: 1 bài, 4 chỉ tiêu");
    let list = env.ok(&["digest", "list", "--json"]);
    assert_eq!(list.trim(), "[]");
    // The real digest still comes, with the same items.
    smtp.clear();
    assert!(send(&env, &smtp, T0).status.success());
    let mails = smtp.messages();
    assert_eq!(mails.len(), 1);
    assert_eq!(mails[0].rcpt, "an@example.vn");
    assert!(mails[0].text.contains("Mẫu Sơn"));
}

#[test]
fn temporary_failures_are_retried_and_permanent_ones_recorded() {
    let env = env_with_articles();
    let smtp = Smtp::start();
    for who in ["tempfail@example.vn", "reject@example.vn", "ok@example.vn"] {
        env.ok(&[
            "subscribe",
            who,
            "--schedule",
            "@daily",
            "--since",
            "2000-01-01",
        ]);
    }
    let out = send(&env, &smtp, T0);
    // Everything due is sent or recorded as refused for good: nothing is left.
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("failed reject@example.vn") && stdout.contains("550"),
        "{stdout}"
    );
    let mut rcpts: Vec<String> = smtp.messages().into_iter().map(|m| m.rcpt).collect();
    rcpts.sort();
    assert_eq!(rcpts, ["ok@example.vn", "tempfail@example.vn"]);
    let list: serde_json::Value =
        serde_json::from_str(&env.ok(&["digest", "list", "--json"])).expect("JSON");
    let status = |who: &str| {
        list.as_array()
            .and_then(|l| l.iter().find(|d| d["recipient"] == who))
            .map(|d| {
                (
                    d["status"].as_str().unwrap_or("").to_string(),
                    d["attempts"].as_i64().unwrap_or(0),
                )
            })
            .expect("a digest row")
    };
    assert_eq!(status("tempfail@example.vn"), ("sent".into(), 2));
    assert_eq!(status("reject@example.vn"), ("failed".into(), 1));
    assert_eq!(status("ok@example.vn"), ("sent".into(), 1));
    // Shown in the list with the server's reply.
    let table = env.ok(&["digest", "list"]);
    assert!(table.contains("failed") && table.contains("550"), "{table}");
}

#[test]
fn after_a_failed_run_a_rerun_sends_the_same_message() {
    let env = env_with_articles();
    env.ok(&[
        "subscribe",
        "an@example.vn",
        "--schedule",
        "@daily",
        "--since",
        "2000-01-01",
    ]);
    // No server: the digest is fixed as pending and deferred.
    let dead = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").expect("a free port");
        l.local_addr().expect("its address").port()
    };
    let out = env.run(&[
        "digest",
        "send",
        "--smtp",
        &format!("smtp://127.0.0.1:{dead}"),
        "--now",
        T0,
    ]);
    assert_eq!(out.status.code(), Some(75), "work is left");
    assert!(String::from_utf8_lossy(&out.stdout).contains("deferred an@example.vn"));
    let list: serde_json::Value =
        serde_json::from_str(&env.ok(&["digest", "list", "--json"])).expect("JSON");
    assert_eq!(list[0]["status"], "pending");
    let message_id = list[0]["message_id"].as_str().expect("an id").to_string();
    // The server is back: the rerun, even at a later time, sends the same message once.
    let smtp = Smtp::start();
    assert!(send(&env, &smtp, "2026-11-30T09:00:00Z").status.success());
    let mails = smtp.messages();
    assert_eq!(mails.len(), 1);
    assert_eq!(format!("<{}>", mails[0].message_id), message_id);
    assert!(send(&env, &smtp, "2026-12-01T09:00:00Z").status.success());
    assert_eq!(smtp.messages().len(), 1);
}

#[test]
fn bad_input_is_refused_and_loses_nothing() {
    let env = env_with_articles();
    env.ok(&["subscribe", "an@example.vn", "--schedule", "0 7 * * 1"]);
    for (args, msg) in [
        (
            vec!["subscribe", "not-an-address", "--schedule", "@daily"],
            "invalid email address",
        ),
        (
            vec!["subscribe", "x@example.vn", "--schedule", "0 7 * *"],
            "invalid schedule",
        ),
        (
            vec!["subscribe", "x@example.vn", "--schedule", "61 * * * *"],
            "outside 0-59",
        ),
        (
            vec![
                "subscribe",
                "x@example.vn",
                "--schedule",
                "@daily",
                "--tz",
                "Asia/Hanoi_City",
            ],
            "unknown time zone",
        ),
        (
            vec![
                "subscribe",
                "x@example.vn",
                "--schedule",
                "@daily",
                "--lang",
                "fr",
            ],
            "unknown language",
        ),
        (
            vec![
                "subscribe",
                "x@example.vn",
                "--schedule",
                "@daily",
                "--since",
                "yesterday",
            ],
            "invalid time",
        ),
        (
            vec!["digest", "preview", "nobody@example.vn"],
            "no subscriber",
        ),
        (vec!["digest", "send", "--now", T0], "no mail server"),
    ] {
        let err = env.fails(&args);
        assert!(err.contains(msg), "{args:?}: {err}");
        assert!(!err.contains("panicked"), "{err}");
    }
    let subs: serde_json::Value =
        serde_json::from_str(&env.ok(&["subscribers", "--json"])).expect("JSON");
    assert_eq!(subs.as_array().map(Vec::len), Some(1));
    assert_eq!(subs[0]["schedule"], "0 7 * * 1");
    assert_eq!(subs[0]["tz"], "Asia/Ho_Chi_Minh");

    // One bad file among good ones: reported, the rest stored, exit non-zero.
    let bad = env.dir.path().join("bad.txt");
    std::fs::write(&bad, b"\x00\x01binary").expect("writing");
    let out = env.run(&[
        "ingest",
        &bad.display().to_string(),
        &data("digest/ha-giang.json"),
    ]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("bad.txt"));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        "added 0, updated 0, unchanged 1, failed 1"
    );
}

#[test]
fn corrections_update_without_a_new_digest() {
    let env = env_with_articles();
    let smtp = Smtp::start();
    env.ok(&[
        "subscribe",
        "an@example.vn",
        "--schedule",
        "@daily",
        "--since",
        "2000-01-01",
    ]);
    assert!(send(&env, &smtp, T0).status.success());
    smtp.clear();
    let text = std::fs::read_to_string(data("digest/mau-son.json")).expect("fixture");
    let mut a: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    a["paragraphs"][0] = "Đoạn đã sửa.".into();
    let path = env.dir.path().join("fixed.json");
    std::fs::write(&path, a.to_string()).expect("writing");
    assert_eq!(
        env.ok(&["ingest", &path.display().to_string()]).trim(),
        "added 0, updated 1, unchanged 0, failed 0"
    );
    assert!(send(&env, &smtp, "2026-12-01T01:00:00Z").status.success());
    assert!(smtp.messages().is_empty(), "corrections are not news");
}

#[test]
fn subscribers_table_unsubscribe_and_preview() {
    let env = env_with_articles();
    env.ok(&[
        "subscribe",
        "an@example.vn",
        "--schedule",
        "0 7 * * 1",
        "--since",
        "2000-01-01",
        "--issuer",
        "Hà Giang",
        "--lang",
        "en",
    ]);
    let table = env.ok(&["subscribers"]);
    assert!(table.starts_with("EMAIL"), "{table}");
    assert!(
        table.contains("an@example.vn") && table.contains("issuer=Hà Giang"),
        "{table}"
    );
    let text = env.ok(&["digest", "preview", "an@example.vn"]);
    assert!(
        text.starts_with("Subject: New resolutions: 1 article, 7 targets"),
        "{text}"
    );
    let html = env.dir.path().join("p.html");
    env.ok(&[
        "digest",
        "preview",
        "an@example.vn",
        "--out",
        &html.display().to_string(),
    ]);
    assert!(
        std::fs::read_to_string(&html)
            .expect("written")
            .contains("<table")
    );
    // A preview changes nothing.
    assert_eq!(env.ok(&["digest", "preview", "an@example.vn"]), text);
    env.ok(&["unsubscribe", "AN@example.vn"]);
    assert!(
        env.fails(&["unsubscribe", "an@example.vn"])
            .contains("no subscriber")
    );
    assert_eq!(env.ok(&["subscribers", "--json"]).trim(), "[]");
}

#[test]
fn templates_folder_overrides_the_embedded_ones() {
    let env = env_with_articles();
    env.ok(&[
        "subscribe",
        "an@example.vn",
        "--schedule",
        "@daily",
        "--since",
        "2000-01-01",
    ]);
    let dir = env.dir.path().join("tpl");
    std::fs::create_dir(&dir).expect("mkdir");
    std::fs::write(
        dir.join("subject.hbs"),
        "Tin của {{recipient_name}}: {{article_count}}",
    )
    .expect("write");
    let text = env.ok(&[
        "digest",
        "preview",
        "an@example.vn",
        "--templates",
        &dir.display().to_string(),
    ]);
    assert!(text.starts_with("Subject: Tin của : 3"), "{text}");
}

#[test]
fn demo_writes_eml_and_html() {
    let env = Env::new();
    let out = env.ok(&["demo", "--out", "demo"]);
    let dir = env.dir.path().join("demo");
    assert!(dir.join("digest.html").exists(), "{out}");
    let eml = std::fs::read_dir(&dir)
        .expect("demo folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .find(|p| p.extension().is_some_and(|e| e == "eml"))
        .expect("an .eml file");
    assert!(
        out.contains(
            &eml.file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .to_string()
        )
    );
    let mail = crate::util::Mail::parse(String::new(), std::fs::read(eml).expect("eml"));
    assert!(
        mail.subject.starts_with("Nghị quyết mới: 3 bài"),
        "{}",
        mail.subject
    );
    // Running it again starts afresh.
    env.ok(&["demo", "--out", "demo"]);
}

#[test]
fn filters_ignore_case_and_diacritics() {
    let env = env_with_articles();
    // A new subscriber each time: a second `subscribe` keeps the filters it
    // does not name (issue 10).
    let n = std::cell::Cell::new(0);
    let subject = |args: &[&str]| {
        n.set(n.get() + 1);
        let email = format!("f{}@example.vn", n.get());
        let mut all = vec![
            "subscribe",
            &email,
            "--schedule",
            "@daily",
            "--since",
            "2000-01-01",
        ];
        all.extend_from_slice(args);
        env.ok(&all);
        env.ok(&["digest", "preview", &email])
            .lines()
            .next()
            .unwrap_or("")
            .to_string()
    };
    assert_eq!(subject(&[]), "Subject: Nghị quyết mới: 3 bài, 16 chỉ tiêu");
    assert_eq!(
        subject(&["--issuer", "HA GIANG"]),
        "Subject: Nghị quyết mới: 1 bài, 7 chỉ tiêu"
    );
    assert_eq!(
        subject(&["--issuer", "Khối Doanh nghiệp"]),
        "Subject: Nghị quyết mới: 1 bài, 5 chỉ tiêu"
    );
    assert_eq!(
        subject(&["--keyword", "bao hiem y te"]),
        "Subject: Nghị quyết mới: 1 bài, 4 chỉ tiêu"
    );
    assert_eq!(
        subject(&["--keyword", "GRDP", "--keyword", "doanh thu"]),
        "Subject: Nghị quyết mới: 2 bài, 12 chỉ tiêu"
    );
    assert_eq!(
        subject(&["--min-targets", "5"]),
        "Subject: Nghị quyết mới: 2 bài, 12 chỉ tiêu"
    );
}

#[test]
fn serve_sends_what_is_due_and_stops_on_sigterm() {
    let env = env_with_articles();
    env.ok(&[
        "subscribe",
        "an@example.vn",
        "--schedule",
        "@daily",
        "--since",
        "2000-01-01",
    ]);
    let outbox = env.dir.path().join("outbox");
    let child = std::process::Command::new(env!("CARGO_BIN_EXE_nghiquyet"))
        .arg("--db")
        .arg(env.db())
        .args(["serve", "--poll", "1", "--outbox"])
        .arg(&outbox)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("starting serve");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    let count = || {
        std::fs::read_dir(&outbox)
            .map(|d| {
                d.flatten()
                    .filter(|e| e.path().extension().is_some_and(|x| x == "eml"))
                    .count()
            })
            .unwrap_or(0)
    };
    while count() == 0 && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    assert_eq!(count(), 1, "the catch-up digest");
    // A subscriber added by another process is noticed.
    env.ok(&[
        "subscribe",
        "bob@example.org",
        "--schedule",
        "@daily",
        "--since",
        "2000-01-01",
    ]);
    while count() < 2 && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    assert_eq!(count(), 2, "the new subscriber's digest");
    let killed = std::process::Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .expect("kill");
    assert!(killed.success());
    let out = child.wait_with_output().expect("serve stops");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("stopped"));
}

/// STARTTLS required and TLS from the first byte, against a server whose
/// self-signed certificate is trusted only through `--smtp-ca`.
#[test]
fn tls_servers_need_their_certificate_trusted() {
    for mode in ["starttls", "smtps"] {
        let env = env_with_articles();
        let (smtp, ca) = Smtp::start_tls(mode);
        let url = match mode {
            "smtps" => format!("smtps://127.0.0.1:{}", smtp.port),
            _ => format!("smtp://127.0.0.1:{}?tls=required", smtp.port),
        };
        env.ok(&[
            "subscribe",
            "an@example.vn",
            "--schedule",
            "@daily",
            "--since",
            "2000-01-01",
        ]);
        // Not trusted: an operator fault. Nothing is delivered, the run
        // stops with one clear error and the digest waits.
        let out = env.run(&["digest", "send", "--smtp", &url, "--now", T0]);
        assert_eq!(
            out.status.code(),
            Some(1),
            "{mode}: an untrusted server took mail"
        );
        assert!(smtp.messages().is_empty());
        let error = String::from_utf8_lossy(&out.stderr).to_lowercase();
        assert!(error.contains("certificate"), "{mode}: {error}");
        let list = env.ok(&["digest", "list", "--json"]);
        assert!(list.contains("\"pending\""), "{mode}: {list}");
        // Trusted: the waiting digest goes out, once.
        let ca = ca.display().to_string();
        let out = env.run(&[
            "digest",
            "send",
            "--smtp",
            &url,
            "--smtp-ca",
            &ca,
            "--now",
            T0,
        ]);
        assert!(
            out.status.success(),
            "{mode}: {}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        let mails = smtp.messages();
        assert_eq!(mails.len(), 1, "{mode}");
        assert_eq!(mails[0].subject, "Nghị quyết mới: 3 bài, 16 chỉ tiêu");
        let out = env.run(&[
            "digest",
            "send",
            "--smtp",
            &url,
            "--smtp-ca",
            &ca,
            "--now",
            T0,
        ]);
        assert!(out.status.success());
        assert_eq!(smtp.messages().len(), 1, "{mode}: sent twice");
    }
}
