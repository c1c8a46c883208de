//! The command line as a new user meets it (issue 10): settings kept by a
//! second `subscribe`, JSON lines on standard input, closed pipes, `demo`
//! with `--db`, errors that name a path once, `digest list --status
//! bouncing`, and logs apart from summaries.

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};

use serde_json::Value;

use crate::fault::{python, subscribers};
use crate::util::{Env, data};

fn bin() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_nghiquyet"));
    for (k, _) in std::env::vars() {
        if k.starts_with("NGHIQUYET_") || k == "RUST_LOG" {
            cmd.env_remove(k);
        }
    }
    cmd
}

fn examples() -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/articles");
    let mut files: Vec<String> = std::fs::read_dir(dir)
        .expect("examples/articles")
        .flatten()
        .map(|e| e.path().display().to_string())
        .filter(|p| p.ends_with(".txt"))
        .collect();
    files.sort();
    files
}

fn subscriber(env: &Env, email: &str) -> Value {
    subscribers(env)
        .into_iter()
        .find(|s| s["email"] == email)
        .unwrap_or_else(|| panic!("no subscriber {email}"))
}

#[test]
fn subscribe_again_changes_only_the_options_given() {
    let env = Env::new();
    env.ok(&[
        "subscribe",
        "bob@example.org",
        "--name",
        "Bob Builder",
        "--schedule",
        "30 8 * * mon-fri",
        "--tz",
        "Europe/Berlin",
        "--lang",
        "en",
        "--issuer",
        "Hà Giang",
        "--keyword",
        "ngân sách",
        "--min-targets",
        "2",
    ]);
    env.ok(&["subscribe", "bob@example.org", "--schedule", "0 9 * * *"]);
    let s = subscriber(&env, "bob@example.org");
    assert_eq!(s["schedule"], "0 9 * * *", "{s}");
    assert_eq!(s["name"], "Bob Builder", "{s}");
    assert_eq!(s["tz"], "Europe/Berlin", "{s}");
    assert_eq!(s["lang"], "en", "{s}");
    assert_eq!(s["issuer"], "Hà Giang", "{s}");
    assert_eq!(s["keywords"], serde_json::json!(["ngân sách"]), "{s}");
    assert_eq!(s["min_targets"], 2, "{s}");

    // Each option alone changes only itself; "" removes a filter.
    env.ok(&[
        "subscribe",
        "bob@example.org",
        "--lang",
        "vi",
        "--issuer",
        "",
    ]);
    let s = subscriber(&env, "bob@example.org");
    assert_eq!(s["lang"], "vi", "{s}");
    assert!(s["issuer"].is_null(), "{s}");
    assert_eq!(s["schedule"], "0 9 * * *", "{s}");
    assert_eq!(s["keywords"], serde_json::json!(["ngân sách"]), "{s}");

    // A new subscriber needs a schedule; nothing is stored without one.
    let err = env.fails(&["subscribe", "new@example.org"]);
    assert!(err.contains("--schedule"), "{err}");
    assert_eq!(subscribers(&env).len(), 1);
}

#[test]
fn ingest_reads_json_lines_as_parse_prints_them() {
    let env = Env::new();
    let parse = bin()
        .arg("parse")
        .arg("--jsonl")
        .args(examples())
        .output()
        .expect("parse");
    assert!(parse.status.success());
    let lines = String::from_utf8_lossy(&parse.stdout).lines().count();
    assert_eq!(lines, examples().len());
    let mut ingest = bin()
        .arg("--db")
        .arg(env.db())
        .args(["ingest", "-", "--json"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("ingest");
    ingest
        .stdin
        .take()
        .expect("stdin")
        .write_all(&parse.stdout)
        .expect("writing");
    let out = ingest.wait_with_output().expect("ingest");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let summary: Value = serde_json::from_slice(&out.stdout).expect("a JSON summary");
    assert_eq!(summary["added"], lines, "{summary}");
    assert_eq!(summary["failed"], 0, "{summary}");
}

#[test]
fn a_closed_pipe_ends_output_quietly() {
    // Enough output to outlast the pipe's buffer.
    let mut inputs = Vec::new();
    for _ in 0..60 {
        inputs.extend(examples());
    }
    let mut child = bin()
        .arg("parse")
        .args(&inputs)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("parse");
    let mut first = String::new();
    BufReader::new(child.stdout.take().expect("stdout"))
        .read_line(&mut first)
        .expect("a first line");
    assert_eq!(first.trim(), "[");
    // The reader goes away, as `head -1` does.
    let out = child.wait_with_output().expect("parse");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn demo_honours_db() {
    let env = Env::new();
    let out_dir = env.dir.path().join("demo");
    let db = env.dir.path().join("mine.db");
    let out = bin()
        .arg("--db")
        .arg(&db)
        .args(["demo", "--out"])
        .arg(&out_dir)
        .output()
        .expect("demo");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(db.exists(), "the demo wrote its store elsewhere");
    assert!(!out_dir.join("demo.db").exists());
    let listed = bin()
        .arg("--db")
        .arg(&db)
        .args(["subscribers", "--json"])
        .output()
        .expect("subscribers");
    let subs: Value = serde_json::from_slice(&listed.stdout).expect("JSON");
    assert_eq!(subs[0]["email"], "ban-doc@example.vn", "{subs}");
}

#[test]
fn a_store_in_a_missing_folder_is_named_once() {
    let env = Env::new();
    let db = env.dir.path().join("no-such-folder").join("x.db");
    let out = bin()
        .arg("--db")
        .arg(&db)
        .arg("subscribers")
        .output()
        .expect("subscribers");
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert_eq!(err.matches("x.db").count(), 1, "{err}");
    assert!(err.contains("does not exist"), "{err}");
}

#[test]
fn digest_list_shows_the_digests_of_bouncing_subscribers() {
    let env = Env::new();
    env.ok(&["ingest", &data("digest")]);
    for who in ["ok@example.vn", "gone@example.vn"] {
        env.ok(&[
            "subscribe",
            who,
            "--schedule",
            "@daily",
            "--since",
            "2000-01-01",
        ]);
    }
    let outbox = env.dir.path().join("outbox");
    let _ = env.run(&[
        "digest",
        "send",
        "--outbox",
        &outbox.display().to_string(),
        "--now",
        "2026-11-27T00:00:00Z",
    ]);
    // No command makes a subscriber bouncing without a refusing server.
    let done = python(
        "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); \
         c.execute(\"UPDATE subscribers SET status='bouncing' WHERE email='gone@example.vn'\"); c.commit()",
        &[&env.db().display().to_string()],
    )
    .status()
    .expect("python");
    assert!(done.success());
    let out = env.ok(&["digest", "list", "--json", "--status", "bouncing"]);
    let rows: Value = serde_json::from_str(&out).expect("JSON");
    let rows = rows.as_array().expect("an array");
    assert_eq!(rows.len(), 1, "{out}");
    assert_eq!(rows[0]["recipient"], "gone@example.vn");
    let all = env.ok(&["digest", "list", "--json"]);
    assert_eq!(
        serde_json::from_str::<Value>(&all)
            .expect("JSON")
            .as_array()
            .map(Vec::len),
        Some(2)
    );
}

#[test]
fn logs_have_levels_and_timestamps_and_quiet_drops_the_summary() {
    let env = Env::new();
    let out = bin()
        .arg("--db")
        .arg(env.db())
        .args(["--log-format", "json", "ingest", "/no/such/article.txt"])
        .output()
        .expect("ingest");
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    let first: Value = serde_json::from_str(err.lines().next().unwrap_or("")).expect(&err);
    assert_eq!(first["level"], "ERROR", "{err}");
    assert!(
        first["timestamp"]
            .as_str()
            .is_some_and(|t| t.starts_with("20")),
        "{err}"
    );
    assert!(
        first["message"]
            .as_str()
            .unwrap_or("")
            .contains("article.txt"),
        "{err}"
    );
    // The summary alone on standard output.
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        "added 0, updated 0, unchanged 0, failed 1"
    );

    // RUST_LOG silences the error level; --quiet the summary.
    let out = bin()
        .arg("--db")
        .arg(env.db())
        .env("RUST_LOG", "off")
        .args(["--quiet", "ingest", "/no/such/article.txt"])
        .output()
        .expect("ingest");
    assert_eq!(out.status.code(), Some(1));
    assert!(
        out.stdout.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    // Text logs carry a timestamp and a level too.
    let out = bin()
        .arg("--db")
        .arg(env.db())
        .args(["-q", "ingest", "/no/such/article.txt"])
        .output()
        .expect("ingest");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.starts_with("20") && err.contains("ERROR"), "{err}");
}

#[test]
fn subscribers_import_keeps_good_rows_and_names_bad_lines_then_export_round_trips() {
    let env = Env::new();
    let csv = env.dir.path().join("in.csv");
    std::fs::write(
        &csv,
        "email,name,schedule,tz,lang,issuer,keywords\n\
         an@example.vn,Nguyễn Văn An,weekly,Asia/Ho_Chi_Minh,vi,,ngân sách; hộ nghèo\n\
         not-an-address,X,daily,,,,\n\
         bob@example.org,Bob,30 8 * * mon-fri,Europe/Berlin,en,Hà Giang,GRDP\n\
         chi@example.vn,,sometimes,,,,\n\
         \"dung@example.vn\",\"Dũng, Trần\",daily,,,,\n",
    )
    .expect("writing the CSV");
    let out = env.run(&["subscribers", "import", &csv.display().to_string()]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "bad rows make the exit status 1"
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("line 3") && err.contains("not-an-address"),
        "{err}"
    );
    assert!(err.contains("line 5") && err.contains("sometimes"), "{err}");
    assert_eq!(err.lines().count(), 2, "{err}");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        "imported 3 subscribers, 2 bad rows"
    );
    let bob = subscriber(&env, "bob@example.org");
    assert_eq!(bob["tz"], "Europe/Berlin");
    assert_eq!(bob["lang"], "en");
    assert_eq!(bob["issuer"], "Hà Giang");
    assert_eq!(
        subscriber(&env, "an@example.vn")["keywords"],
        serde_json::json!(["ngân sách", "hộ nghèo"])
    );
    assert_eq!(subscriber(&env, "dung@example.vn")["name"], "Dũng, Trần");

    let exported = env.ok(&["subscribers", "export"]);
    let mut lines = exported.lines();
    assert_eq!(
        lines.next(),
        Some("email,name,schedule,tz,lang,issuer,keywords")
    );
    assert_eq!(lines.count(), 3, "{exported}");
    // The export imports into another store as the same subscribers.
    let other = Env::new();
    let file = other.dir.path().join("out.csv");
    std::fs::write(&file, &exported).expect("writing");
    other.ok(&["subscribers", "import", &file.display().to_string()]);
    let strip = |v: Vec<Value>| {
        let mut v: Vec<Value> = v
            .into_iter()
            .map(|mut s| {
                for k in ["position", "last_digest", "subscribed", "next_digest"] {
                    s.as_object_mut().map(|o| o.remove(k));
                }
                s
            })
            .collect();
        v.sort_by_key(|s| s["email"].to_string());
        v
    };
    assert_eq!(strip(subscribers(&env)), strip(subscribers(&other)));
}

#[test]
fn a_settings_file_is_overridden_by_the_environment_and_flags() {
    let env = Env::new();
    let dir = env.dir.path();
    let config = dir.join("nghiquyet.toml");
    std::fs::write(
        &config,
        format!(
            "db = \"{}\"\n[mail]\nfrom = \"Bản tin <digest@example.vn>\"\n",
            dir.join("from-config.db").display()
        ),
    )
    .expect("writing the settings");
    let run = |extra_env: &[(&str, String)], args: &[&str]| {
        let mut cmd = bin();
        cmd.current_dir(dir).env("NGHIQUYET_CONFIG", &config);
        for (k, v) in extra_env {
            cmd.env(k, v);
        }
        cmd.args(args).output().expect("nghiquyet")
    };
    let out = run(&[], &["subscribe", "a@example.vn", "--schedule", "@daily"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(dir.join("from-config.db").exists(), "the file's db");
    let env_db = dir.join("from-env.db").display().to_string();
    let out = run(
        &[("NGHIQUYET_DB", env_db.clone())],
        &["subscribe", "b@example.vn", "--schedule", "@daily"],
    );
    assert!(out.status.success());
    assert!(
        dir.join("from-env.db").exists(),
        "the environment overrides the file"
    );
    let flag_db = dir.join("from-flag.db").display().to_string();
    let out = run(
        &[("NGHIQUYET_DB", env_db)],
        &[
            "--db",
            &flag_db,
            "subscribe",
            "c@example.vn",
            "--schedule",
            "@daily",
        ],
    );
    assert!(out.status.success());
    assert!(dir.join("from-flag.db").exists(), "a flag overrides both");
    // --config names the file too; an unknown setting is an error naming it.
    let bad = dir.join("bad.toml");
    std::fs::write(&bad, "smtp_urll = \"smtp://x\"\n").expect("writing");
    let out = bin()
        .args(["--config", &bad.display().to_string(), "subscribers"])
        .current_dir(dir)
        .output()
        .expect("nghiquyet");
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("smtp_urll") && err.contains("bad.toml"),
        "{err}"
    );
}

#[test]
fn smtp_refuses_placeholder_senders_and_links_and_the_outbox_keeps_them() {
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
    let run = |args: &[&str]| {
        let mut cmd = bin();
        cmd.arg("--db").arg(env.db()).args(args);
        cmd.output().expect("nghiquyet")
    };
    // No server is needed: the run stops before connecting.
    let out = run(&["digest", "send", "--smtp", "smtp://127.0.0.1:9"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("placeholder address") && err.contains("--from"),
        "{err}"
    );
    let out = run(&[
        "digest",
        "send",
        "--smtp",
        "smtp://127.0.0.1:9",
        "--from",
        "Bản tin <digest@example.vn>",
    ]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        err.contains("placeholder unsubscribe link") && err.contains("--public-url"),
        "{err}"
    );
    let out = run(&["serve", "--smtp", "smtp://127.0.0.1:9"]);
    assert_eq!(out.status.code(), Some(1), "serve refuses too");
    assert!(
        fault_free_statuses(&env).iter().all(|s| s == "pending")
            || fault_free_statuses(&env).is_empty(),
        "nothing was recorded"
    );
    let outbox = env.dir.path().join("outbox").display().to_string();
    let out = run(&["digest", "send", "--outbox", &outbox]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn fault_free_statuses(env: &Env) -> Vec<String> {
    crate::fault::digests(env)
        .iter()
        .map(|d| d["status"].as_str().unwrap_or("").to_string())
        .collect()
}

#[test]
fn every_setting_of_the_example_file_is_known() {
    let env = Env::new();
    let example = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/deploy/nghiquyet.toml.example"
    ))
    .expect("deploy/nghiquyet.toml.example");
    // Every setting, the commented ones too (64 hex digits for the secret).
    let all: String = example
        .lines()
        .map(|l| {
            let l = l.strip_prefix("# ").filter(|r| {
                r.split_once(" = ")
                    .is_some_and(|(k, _)| k.chars().all(|c| c.is_ascii_lowercase() || c == '_'))
            });
            match l {
                Some(r) if r.starts_with("web_secret") => {
                    format!("web_secret = \"{}\"", "ab".repeat(32))
                }
                Some(r) => r.to_string(),
                None => String::new(),
            }
        })
        .chain(
            example
                .lines()
                .filter(|l| !l.starts_with('#'))
                .map(str::to_string),
        )
        .collect::<Vec<_>>()
        .join("\n");
    let settings: toml::Table = toml::from_str(&all).expect("the example is TOML");
    let count: usize = settings
        .values()
        .map(|v| v.as_table().map_or(1, toml::Table::len))
        .sum();
    // Each environment variable of the command line is documented there.
    let args = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/src/args.rs"))
        .expect("src/args.rs");
    let keys: Vec<String> = settings
        .iter()
        .flat_map(|(k, v)| match v.as_table() {
            Some(t) => t.keys().cloned().collect(),
            None => vec![k.clone()],
        })
        .collect();
    assert_eq!(keys.len(), count);
    for var in args.split("env = \"NGHIQUYET_").skip(1) {
        let name = var.split('"').next().unwrap_or("").to_ascii_lowercase();
        if name != "config" {
            assert!(
                keys.contains(&name),
                "{name} is not in deploy/nghiquyet.toml.example"
            );
        }
    }
    let file = env.dir.path().join("all.toml");
    std::fs::write(&file, &all).expect("writing");
    let out = bin()
        .arg("--config")
        .arg(&file)
        .arg("--db")
        .arg(env.db())
        .arg("subscribers")
        .output()
        .expect("nghiquyet");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn the_english_digest_writes_numbers_the_english_way_and_glosses_indicators() {
    let env = Env::new();
    let out_dir = env.dir.path().join("demo-en");
    env.ok(&[
        "demo",
        "--lang",
        "en",
        "--out",
        &out_dir.display().to_string(),
    ]);
    let text = std::fs::read_to_string(out_dir.join("digest.txt")).expect("digest.txt");
    let html = std::fs::read_to_string(out_dir.join("digest.html")).expect("digest.html");
    for body in [&text, &html] {
        for english in [
            "7–7.5%/year",
            "≥ 3,000 billion VND",
            "≥ 6,500 party members",
            "≥ 20,000 billion VND",
            "budget revenue",
            "poor-household rate",
            "communes meeting the new-rural standard",
            "GRDP per capita",
        ] {
            assert!(body.contains(english), "no {english:?} in\n{body}");
        }
        // Values are English; the glossed subjects keep their Vietnamese beside them.
        for vietnamese in ["%/năm", "tỷ đồng", "7,5%", "3.000", "6.500"] {
            assert!(
                !body.contains(vietnamese),
                "{vietnamese:?} in an English digest"
            );
        }
        assert!(body.contains("thu ngân sách trên địa bàn"));
    }
    // The Vietnamese digest is unchanged: Vietnamese numbers, no glosses.
    let vi_dir = env.dir.path().join("demo-vi");
    env.ok(&["demo", "--out", &vi_dir.display().to_string()]);
    let vi = std::fs::read_to_string(vi_dir.join("digest.txt")).expect("digest.txt");
    assert!(
        vi.contains("7–7,5%/năm") && vi.contains("≥ 3.000 tỷ đồng"),
        "{vi}"
    );
    assert!(!vi.contains("budget revenue"));
}
