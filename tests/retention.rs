//! `digest prune` through the binary: the message bytes of old digests go,
//! nothing is sent again, new articles still go out exactly once, and the
//! store file shrinks.

use crate::util::{Env, Smtp, data};

/// The fixture articles, then one more per `day` (a copy of Hà Giang's
/// with its own id), each ingested as the day's news.
fn ingest_day(env: &Env, day: u32) {
    let text = std::fs::read_to_string(data("digest/ha-giang.json")).expect("fixture");
    let mut a: serde_json::Value = serde_json::from_str(&text).expect("fixture JSON");
    a["id"] = format!("ngay-{day}").into();
    a["title"] = format!("Nghị quyết ngày {day}").into();
    let path = env.dir.path().join(format!("day-{day}.json"));
    std::fs::write(&path, serde_json::to_string(&a).expect("JSON")).expect("writing");
    let out = env.ok(&["ingest", &path.display().to_string()]);
    assert!(out.starts_with("added 1,"), "{out}");
}

fn send(env: &Env, smtp: &Smtp, now: &str) {
    let out = env.run(&["digest", "send", "--smtp", &smtp.url(), "--now", now]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn prune(env: &Env, args: &[&str]) -> serde_json::Value {
    let mut all = vec!["digest", "prune", "--json"];
    all.extend_from_slice(args);
    serde_json::from_str(&env.ok(&all)).expect("prune --json prints JSON")
}

fn history(env: &Env) -> serde_json::Value {
    serde_json::from_str(&env.ok(&["digest", "list", "--json", "--limit", "1000"]))
        .expect("list --json prints JSON")
}

fn day(n: u32) -> String {
    format!("2026-12-{:02}T01:00:00Z", n)
}

#[test]
fn pruned_digests_are_never_sent_again_and_the_store_shrinks() {
    let env = Env::new();
    env.ok(&["ingest", &data("digest")]);
    let smtp = Smtp::start();
    // Bodies differ by language and filter: several per day.
    let people = [
        ("an@example.vn", vec!["--lang", "vi"]),
        ("bob@example.org", vec!["--lang", "en"]),
        ("chi@example.vn", vec!["--issuer", "ha giang"]),
        ("dung@example.vn", vec!["--keyword", "ngân sách"]),
    ];
    for (who, extra) in &people {
        let mut args = vec![
            "subscribe",
            who,
            "--schedule",
            "@daily",
            "--since",
            "2000-01-01",
        ];
        args.extend(extra.iter().copied());
        env.ok(&args);
    }
    for n in 1..=8 {
        ingest_day(&env, n);
        send(&env, &smtp, &day(n));
    }
    let sent = smtp.messages().len();
    assert_eq!(sent, 4 * 8, "one digest a day each");
    let listed = history(&env);

    // Nothing ended 90 days before the last send: a no-op that reports the file.
    let none = prune(&env, &["--older-than", "90d", "--now", &day(8)]);
    assert_eq!(
        (none["digests"].as_u64(), none["bodies"].as_u64()),
        (Some(0), Some(0))
    );
    let used_before = none["file"]["used_bytes"].as_u64().expect("used_bytes");

    // Everything sent before day 6 goes.
    let pruned = prune(&env, &["--older-than", "2d", "--now", &day(8)]);
    assert_eq!(pruned["digests"].as_u64(), Some(4 * 5), "{pruned}");
    assert!(pruned["bodies"].as_u64() > Some(0), "{pruned}");
    assert!(pruned["bytes"].as_u64() > Some(10_000), "{pruned}");
    let used_after = pruned["file"]["used_bytes"].as_u64().expect("used_bytes");
    assert!(
        used_after < used_before,
        "used {used_before} bytes before, {used_after} after"
    );
    let again = prune(&env, &["--older-than", "2d", "--now", &day(8)]);
    assert_eq!(
        (
            again["digests"].as_u64(),
            again["bodies"].as_u64(),
            again["bytes"].as_u64()
        ),
        (Some(0), Some(0), Some(0)),
        "pruning twice is a no-op"
    );
    assert_eq!(history(&env), listed, "the history is whole");

    // Reruns send nothing again, whether at the old times or later.
    for n in [1, 5, 8] {
        send(&env, &smtp, &day(n));
    }
    send(&env, &smtp, "2026-12-08T12:00:00Z");
    assert_eq!(smtp.messages().len(), sent, "nothing was sent twice");

    // A new article goes out once to everyone it concerns, alone.
    ingest_day(&env, 9);
    send(&env, &smtp, &day(9));
    send(&env, &smtp, &day(9));
    let mails = smtp.messages();
    assert_eq!(mails.len(), sent + 4, "the new article once to each");
    for m in &mails[sent..] {
        assert!(
            m.text.contains("ngày 9") && !m.text.contains("ngày 8"),
            "{}: {}",
            m.rcpt,
            m.text
        );
    }

    // Pruning all, then vacuuming, shrinks the file on disk.
    let size = || std::fs::metadata(env.db()).expect("the store file").len();
    let before = size();
    let all = prune(&env, &["--older-than", "0s", "--now", &day(10), "--vacuum"]);
    assert_eq!(all["vacuumed"], true);
    assert_eq!(all["file"]["free_bytes"].as_u64(), Some(0), "{all}");
    let after = size();
    assert!(after < before, "the file was {before} bytes, is {after}");
    eprintln!("store file: {before} bytes before pruning all, {after} after the vacuum");
}

/// `serve` with NGHIQUYET_PRUNE_AFTER prunes at start and says so in a log
/// event with the counts as fields; the history stays.
#[test]
fn serve_prunes_at_start_when_asked() {
    use std::io::BufRead;

    let env = Env::new();
    env.ok(&["ingest", &data("digest")]);
    env.ok(&[
        "subscribe",
        "an@example.vn",
        "--schedule",
        "@daily",
        "--since",
        "2000-01-01",
    ]);
    let outbox = env.dir.path().join("outbox");
    let outbox_arg = outbox.display().to_string();
    env.ok(&["digest", "send", "--outbox", &outbox_arg, "--now", &day(1)]);
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_nghiquyet"))
        .env("NGHIQUYET_PRUNE_AFTER", "1s")
        .arg("--db")
        .arg(env.db())
        .args(["--log-format", "json", "serve", "--poll", "1", "--outbox"])
        .arg(&outbox)
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("starting serve");
    let stderr = child.stderr.take().expect("serve's standard error");
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in std::io::BufReader::new(stderr)
            .lines()
            .map_while(Result::ok)
        {
            let _ = tx.send(line);
        }
    });
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    let mut event = None;
    let mut seen = Vec::new();
    while event.is_none() {
        let left = deadline.saturating_duration_since(std::time::Instant::now());
        let Ok(line) = rx.recv_timeout(left) else {
            break;
        };
        let parsed: serde_json::Value = serde_json::from_str(&line).unwrap_or_default();
        if parsed["message"]
            .as_str()
            .is_some_and(|m| m.starts_with("pruned"))
        {
            event = Some(parsed);
        }
        seen.push(line);
    }
    let killed = std::process::Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .expect("kill");
    assert!(killed.success());
    assert!(child.wait().expect("serve stops").success());
    let event = event.unwrap_or_else(|| panic!("no prune event in {seen:#?}"));
    assert_eq!(event["digests"], 1, "{event}");
    assert!(event["bytes"].as_u64() > Some(1000), "{event}");
    let again = prune(&env, &["--older-than", "0s", "--now", &day(2)]);
    assert_eq!(again["digests"], 0, "serve pruned it already: {again}");
    let listed = history(&env);
    assert_eq!(listed[0]["status"], "sent", "{listed}");
}

/// `digest prune` run over and over, with a cut in the future, while
/// `digest send` delivers 2,500 digests (three pages of subscribers that
/// share one body): each digest's parts go as soon as it is sent, and the
/// body as soon as no digest uses it, yet every later page stores it again
/// and every digest goes out once.
#[test]
fn pruning_during_a_send_loses_no_body() {
    let env = Env::new();
    let csv = env.dir.path().join("subs.csv");
    let mut rows = String::from("email,name,schedule,tz,lang,issuer,keywords\n");
    for i in 0..2500 {
        rows.push_str(&format!("u{i}@example.vn,,daily,UTC,vi,,\n"));
    }
    std::fs::write(&csv, rows).expect("writing the CSV");
    env.ok(&["subscribers", "import", &csv.display().to_string()]);
    env.ok(&["ingest", &data("digest")]);
    let outbox = env.dir.path().join("outbox");
    let done = std::sync::atomic::AtomicBool::new(false);
    let prunes = std::thread::scope(|s| {
        let pruner = s.spawn(|| {
            let mut n = 0;
            while !done.load(std::sync::atomic::Ordering::SeqCst) {
                prune(
                    &env,
                    &["--older-than", "0s", "--now", "2100-01-01T00:00:00Z"],
                );
                n += 1;
            }
            n
        });
        let out = env.run(&[
            "digest",
            "send",
            "--json",
            "--outbox",
            &outbox.display().to_string(),
            "--now",
            "2099-01-01T00:00:00Z",
        ]);
        done.store(true, std::sync::atomic::Ordering::SeqCst);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        pruner.join().expect("the pruner")
    });
    assert!(prunes > 1, "pruned {prunes} times during the send");
    let failed: serde_json::Value =
        serde_json::from_str(&env.ok(&["digest", "list", "--json", "--status", "failed"]))
            .expect("list --json");
    assert_eq!(failed, serde_json::json!([]), "no digest lost its body");
    let sent = std::fs::read_dir(&outbox).expect("the outbox").count();
    assert_eq!(sent, 2500, "every digest once");
    // The pruner's last pass may have begun before the last page was sent:
    // one more takes what it left, and then nothing is left.
    prune(
        &env,
        &["--older-than", "0s", "--now", "2100-01-01T00:00:00Z"],
    );
    let after = prune(
        &env,
        &["--older-than", "0s", "--now", "2100-01-01T00:00:00Z"],
    );
    assert_eq!(
        (&after["digests"], &after["bodies"]),
        (&serde_json::json!(0), &serde_json::json!(0)),
        "the last prune left nothing: {after}"
    );
}
