//! Helpers of the delivery tests: the fault-injecting SMTP server
//! (`tests/fault_smtp.py`), runs of the command with a deadline, and the
//! store read back through the command line.

#![allow(dead_code)]

use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::util::Env;

/// The fault-injecting SMTP server on 127.0.0.1, stopped on drop.
pub struct FaultSmtp {
    child: Child,
    pub port: u16,
    pub dir: tempfile::TempDir,
    tls: Option<&'static str>,
}

/// One message the server read to its final dot.
#[derive(Debug, Clone)]
pub struct Received {
    pub n: u64,
    pub conn: u64,
    pub rcpts: Vec<String>,
    pub message_id: String,
    /// "accepted", "dropped_after_dot", "stalled" or "refused".
    pub outcome: String,
    /// Unix time of its MAIL FROM and of its final dot.
    pub t_mail: f64,
    pub t_dot: f64,
    pub raw: Vec<u8>,
}

impl Received {
    pub fn rcpt(&self) -> &str {
        self.rcpts.first().map(String::as_str).unwrap_or("")
    }

    /// A message a real server would have delivered: answered 250, or read
    /// whole before the connection was cut.
    pub fn delivered(&self) -> bool {
        self.outcome == "accepted" || self.outcome == "dropped_after_dot"
    }

    pub fn text(&self) -> String {
        crate::util::Mail::parse(self.rcpt().to_string(), self.raw.clone()).text
    }

    pub fn html(&self) -> String {
        crate::util::Mail::parse(self.rcpt().to_string(), self.raw.clone()).html
    }
}

/// How a connection ended.
#[derive(Debug, Clone)]
pub struct Connection {
    pub conn: u64,
    pub quit: bool,
    pub t: f64,
}

impl FaultSmtp {
    /// Plain SMTP, no faults until [`FaultSmtp::set`].
    pub fn start() -> Self {
        Self::spawn(None)
    }

    /// TLS with a certificate from the server's own private CA
    /// (`"starttls"` or `"smtps"`): untrusted unless the client is given
    /// [`FaultSmtp::ca`].
    pub fn start_tls(mode: &'static str) -> Self {
        Self::spawn(Some(mode))
    }

    fn spawn(tls: Option<&'static str>) -> Self {
        let python = std::env::var("NGHIQUYET_TEST_PYTHON").unwrap_or_else(|_| "python3".into());
        let dir = tempfile::tempdir().expect("a temporary folder");
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fault_smtp.py");
        let mut cmd = Command::new(&python);
        cmd.arg(script).arg(dir.path());
        if let Some(mode) = tls {
            cmd.args(["--tls", mode]);
        }
        let mut child = cmd
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .unwrap_or_else(|e| {
                panic!("starting the fault SMTP server with {python:?}: {e} (run scripts/test)")
            });
        let mut line = String::new();
        BufReader::new(child.stdout.take().expect("its stdout"))
            .read_line(&mut line)
            .expect("reading the fault server's port");
        let port = line
            .trim()
            .strip_prefix("PORT ")
            .and_then(|p| p.parse().ok())
            .unwrap_or_else(|| panic!("the fault SMTP server did not start: {line:?}"));
        FaultSmtp {
            child,
            port,
            dir,
            tls,
        }
    }

    pub fn url(&self) -> String {
        match self.tls {
            Some("smtps") => format!("smtps://127.0.0.1:{}", self.port),
            Some(_) => format!("smtp://127.0.0.1:{}?tls=required", self.port),
            None => format!("smtp://127.0.0.1:{}", self.port),
        }
    }

    /// The private CA that signed the TLS certificate.
    pub fn ca(&self) -> String {
        self.dir.path().join("certs/ca.pem").display().to_string()
    }

    /// Sets the faults (see tests/fault_smtp.py): `{"delay_ms": .., "rules": [..]}`.
    pub fn set(&self, control: Value) {
        let tmp = self.dir.path().join(".control.tmp");
        std::fs::write(&tmp, control.to_string()).expect("writing the control file");
        std::fs::rename(&tmp, self.dir.path().join("control.json")).expect("the control file");
    }

    /// Back to a well-behaved server.
    pub fn heal(&self) {
        self.set(json!({}));
    }

    /// The records of a log the server writes as it runs. The line it may
    /// be writing now is no record yet: only lines it ended are read.
    fn jsonl(&self, name: &str) -> Vec<Value> {
        let bytes = std::fs::read(self.dir.path().join(name)).unwrap_or_default();
        let ended = bytes
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |end| end + 1);
        String::from_utf8_lossy(&bytes[..ended])
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| serde_json::from_str(l).expect("a JSON line of the fault server"))
            .collect()
    }

    /// Every message read to its final dot, in order of arrival.
    pub fn received(&self) -> Vec<Received> {
        self.jsonl("received.jsonl")
            .into_iter()
            .map(|r| {
                let n = r["n"].as_u64().expect("n");
                Received {
                    n,
                    conn: r["conn"].as_u64().unwrap_or(0),
                    rcpts: r["rcpts"]
                        .as_array()
                        .map(|a| {
                            a.iter()
                                .filter_map(|x| x.as_str().map(String::from))
                                .collect()
                        })
                        .unwrap_or_default(),
                    message_id: r["message_id"].as_str().unwrap_or("").to_string(),
                    outcome: r["outcome"].as_str().unwrap_or("").to_string(),
                    t_mail: r["t_mail"].as_f64().unwrap_or(0.0),
                    t_dot: r["t_dot"].as_f64().unwrap_or(0.0),
                    raw: std::fs::read(self.dir.path().join(format!("{n:06}.eml")))
                        .expect("a received message"),
                }
            })
            .collect()
    }

    /// The messages a real server would have delivered.
    pub fn delivered(&self) -> Vec<Received> {
        self.received()
            .into_iter()
            .filter(Received::delivered)
            .collect()
    }

    /// How many delivered messages each recipient got.
    pub fn delivered_to(&self, rcpt: &str) -> usize {
        self.delivered().iter().filter(|m| m.rcpt() == rcpt).count()
    }

    pub fn connections(&self) -> Vec<Connection> {
        self.jsonl("connections.jsonl")
            .into_iter()
            .map(|c| Connection {
                conn: c["conn"].as_u64().unwrap_or(0),
                quit: c["quit"].as_bool().unwrap_or(false),
                t: c["t"].as_f64().unwrap_or(0.0),
            })
            .collect()
    }

    /// Every command the server answered: `{"conn", "t", "command", "reply"}`.
    pub fn commands(&self) -> Vec<Value> {
        self.jsonl("commands.jsonl")
    }

    /// How many MAIL FROM commands the server saw.
    pub fn mail_commands(&self) -> usize {
        self.commands()
            .iter()
            .filter(|c| {
                c["command"]
                    .as_str()
                    .is_some_and(|t| t.to_ascii_uppercase().starts_with("MAIL"))
            })
            .count()
    }

    /// Waits until `pred` holds of the received messages, or `limit` passes.
    pub fn wait_for(&self, limit: Duration, pred: impl Fn(&[Received]) -> bool) -> bool {
        let end = Instant::now() + limit;
        loop {
            if pred(&self.received()) {
                return true;
            }
            if Instant::now() > end {
                return false;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for FaultSmtp {
    fn drop(&mut self) {
        drop(self.child.stdin.take());
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Unix time now, as the fault server writes it.
pub fn unix_now() -> f64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs_f64())
        .unwrap_or(0.0)
}

/// `nghiquyet --db DB ARGS...` with no NGHIQUYET_* variables from outside,
/// ready to spawn.
pub fn command(env: &Env, args: &[&str]) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_nghiquyet"));
    for (k, _) in std::env::vars() {
        if k.starts_with("NGHIQUYET_") {
            cmd.env_remove(k);
        }
    }
    cmd.env("NGHIQUYET_PUBLIC_URL", crate::util::PUBLIC_URL)
        .env("NGHIQUYET_FROM", crate::util::FROM)
        .arg("--db")
        .arg(env.db())
        .args(args)
        .current_dir(env.dir.path())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    cmd
}

/// A running `nghiquyet` whose output is collected as it comes.
pub struct Running {
    pub child: Child,
    out: Option<std::thread::JoinHandle<Vec<u8>>>,
    err: Option<std::thread::JoinHandle<Vec<u8>>>,
    pub started: Instant,
}

/// How a run ended.
#[derive(Debug)]
pub struct Finished {
    pub status: ExitStatus,
    pub stdout: String,
    pub stderr: String,
    pub took: Duration,
}

impl Finished {
    /// The exit code; None when a signal ended it.
    pub fn code(&self) -> Option<i32> {
        self.status.code()
    }

    /// The `--json` report (the last line of standard output that is a JSON object).
    pub fn report(&self) -> Value {
        self.stdout
            .lines()
            .rev()
            .find_map(|l| {
                serde_json::from_str::<Value>(l.trim())
                    .ok()
                    .filter(Value::is_object)
            })
            .or_else(|| serde_json::from_str::<Value>(self.stdout.trim()).ok())
            .unwrap_or_else(|| panic!("no JSON report in {self}"))
    }

    pub fn panicked(&self) -> bool {
        self.stderr.contains("panicked") || self.code() == Some(101)
    }
}

impl std::fmt::Display for Finished {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "exit {:?} after {:.1?}\n--- stdout\n{}\n--- stderr\n{}",
            self.status.code(),
            self.took,
            self.stdout,
            self.stderr
        )
    }
}

fn drain(mut from: impl Read + Send + 'static) -> std::thread::JoinHandle<Vec<u8>> {
    std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = from.read_to_end(&mut buf);
        buf
    })
}

impl Running {
    pub fn spawn(mut cmd: Command) -> Self {
        let started = Instant::now();
        let mut child = cmd.spawn().expect("starting nghiquyet");
        let out = child.stdout.take().map(drain);
        let err = child.stderr.take().map(drain);
        Running {
            child,
            out,
            err,
            started,
        }
    }

    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    pub fn signal(&self, sig: &str) {
        let ok = Command::new("kill")
            .args([&format!("-{sig}"), &self.pid().to_string()])
            .stderr(Stdio::null())
            .status()
            .expect("kill runs");
        let _ = ok;
    }

    pub fn is_running(&mut self) -> bool {
        matches!(self.child.try_wait(), Ok(None))
    }

    /// Waits at most `limit`; a run still going then is killed and the test fails.
    pub fn wait(mut self, limit: Duration, what: &str) -> Finished {
        let end = Instant::now() + limit;
        loop {
            match self.child.try_wait().expect("waiting for nghiquyet") {
                Some(_) => break,
                None if Instant::now() > end => {
                    let _ = self.child.kill();
                    let f = self.finish();
                    panic!("{what}: still running after {limit:?}, killed\n{f}");
                }
                None => std::thread::sleep(Duration::from_millis(10)),
            }
        }
        self.finish()
    }

    fn finish(&mut self) -> Finished {
        let status = self.child.wait().expect("waiting for nghiquyet");
        let took = self.started.elapsed();
        let text = |h: Option<std::thread::JoinHandle<Vec<u8>>>| {
            h.and_then(|h| h.join().ok())
                .map(|b| String::from_utf8_lossy(&b).into_owned())
                .unwrap_or_default()
        };
        Finished {
            status,
            stdout: text(self.out.take()),
            stderr: text(self.err.take()),
            took,
        }
    }
}

/// Runs to its end, failing the test past `limit`.
pub fn run_within(env: &Env, args: &[&str], limit: Duration) -> Finished {
    Running::spawn(command(env, args)).wait(limit, &format!("nghiquyet {args:?}"))
}

/// `digest send --json --smtp URL --now NOW EXTRA...`, at most a minute.
pub fn send(env: &Env, url: &str, now: &str, extra: &[&str]) -> Finished {
    let mut args = vec![
        "digest",
        "send",
        "--json",
        "--smtp",
        url,
        "--now",
        now,
        "--from",
        "Bản tin <digest@nghiquyet.test>",
    ];
    args.extend_from_slice(extra);
    run_within(env, &args, Duration::from_secs(60))
}

/// `digest list --json` (every row).
pub fn digests(env: &Env) -> Vec<Value> {
    let out = env.ok(&["digest", "list", "--json", "--limit", "1000000"]);
    serde_json::from_str::<Value>(&out)
        .ok()
        .and_then(|v| v.as_array().cloned())
        .unwrap_or_else(|| panic!("digest list --json: {out}"))
}

/// The digest rows of one recipient.
pub fn digests_of(env: &Env, rcpt: &str) -> Vec<Value> {
    digests(env)
        .into_iter()
        .filter(|d| d["recipient"] == rcpt)
        .collect()
}

/// The statuses of one recipient's digests, oldest first.
pub fn statuses_of(env: &Env, rcpt: &str) -> Vec<String> {
    let mut rows = digests_of(env, rcpt);
    rows.sort_by_key(|d| d["id"].as_i64().unwrap_or(0));
    rows.iter()
        .map(|d| d["status"].as_str().unwrap_or("").to_string())
        .collect()
}

/// `subscribers --json`.
pub fn subscribers(env: &Env) -> Vec<Value> {
    let out = env.ok(&["subscribers", "--json"]);
    serde_json::from_str::<Value>(&out)
        .ok()
        .and_then(|v| v.as_array().cloned())
        .unwrap_or_else(|| panic!("subscribers --json: {out}"))
}

/// One subscriber's `status` field.
pub fn status_of(env: &Env, email: &str) -> String {
    subscribers(env)
        .iter()
        .find(|s| s["email"] == email)
        .map(|s| s["status"].as_str().unwrap_or("(none)").to_string())
        .unwrap_or_else(|| "(absent)".into())
}

/// A fixture under tests/data/delivery.
pub fn article(name: &str) -> String {
    crate::util::data(&format!("delivery/{name}"))
}

/// Subscribes `email` to a daily digest of everything since 2000.
pub fn subscribe_daily(env: &Env, email: &str) {
    env.ok(&[
        "subscribe",
        email,
        "--schedule",
        "@daily",
        "--since",
        "2000-01-01",
    ]);
}

/// A store with the three digest fixtures (16 targets).
pub fn env_with_articles() -> Env {
    let env = Env::new();
    let out = env.ok(&["ingest", &crate::util::data("digest")]);
    assert!(out.starts_with("added 3"), "{out}");
    env
}

/// Runs a Python snippet with the tests' Python (for SQLite locks and
/// direct edits of the store, which no command makes).
pub fn python(code: &str, args: &[&str]) -> Command {
    let python = std::env::var("NGHIQUYET_TEST_PYTHON").unwrap_or_else(|_| "python3".into());
    let mut cmd = Command::new(python);
    cmd.arg("-c").arg(code).args(args);
    cmd
}

/// The path of a store as a string.
pub fn db_path(env: &Env) -> String {
    env.db().display().to_string()
}

/// A path in the test's folder.
pub fn path_in(env: &Env, name: &str) -> PathBuf {
    env.dir.path().join(name)
}
