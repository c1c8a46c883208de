//! The web front door through the binary: `nghiquyet serve --http` with a
//! real SMTP server, exercised over HTTP by tests/web_http.py (RFC 8058,
//! CSRF, rate limits, the Atom feed parsed by feedparser, /metrics).

use std::net::TcpListener;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::util::{Env, Smtp, data};

/// A free port on loopback (bound, then released for `serve`).
fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

/// `nghiquyet serve --http` over `env`'s store, stopped with SIGTERM on drop.
pub struct Server {
    child: Child,
    pub base: String,
}

impl Server {
    pub fn start(env: &Env, smtp: &Smtp, extra: &[&str]) -> Self {
        let port = free_port();
        let base = format!("http://127.0.0.1:{port}");
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_nghiquyet"));
        for (k, _) in std::env::vars() {
            if k.starts_with("NGHIQUYET_") {
                cmd.env_remove(k);
            }
        }
        let child = cmd
            .arg("--db")
            .arg(env.db())
            .args(["serve", "--http", &format!("127.0.0.1:{port}")])
            .args(["--public-url", &base, "--smtp", &smtp.url()])
            .args(["--from", "Bản tin <digest@nghiquyet.test>", "--poll", "1"])
            .args(extra)
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("serve");
        let server = Server { child, base };
        let deadline = Instant::now() + Duration::from_secs(20);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(Instant::now() < deadline, "serve --http did not listen");
            std::thread::sleep(Duration::from_millis(50));
        }
        server
    }

    /// Stops it with SIGTERM; its exit status.
    pub fn stop(mut self) -> Option<i32> {
        let _ = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status();
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            if let Ok(Some(status)) = self.child.try_wait() {
                return status.code();
            }
            assert!(Instant::now() < deadline, "serve did not stop on SIGTERM");
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub fn python() -> String {
    std::env::var("NGHIQUYET_TEST_PYTHON").unwrap_or_else(|_| "python3".into())
}

#[test]
fn http_front_door_contract() {
    let env = Env::new();
    env.ok(&["ingest", &data("digest")]);
    let smtp = Smtp::start();
    let server = Server::start(
        &env,
        &smtp,
        &[
            "--subscribe-per-email",
            "2",
            "--subscribe-per-address",
            "12",
        ],
    );
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/web_http.py");
    let out = Command::new(python())
        .arg(script)
        .arg(env!("CARGO_BIN_EXE_nghiquyet"))
        .arg(env.db())
        .arg(&server.base)
        .arg(smtp.dir.path())
        .output()
        .expect("running tests/web_http.py");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stdout}\n{stderr}");
    assert!(stdout.contains("web_http: all checks passed"), "{stdout}");
    assert_eq!(server.stop(), Some(0), "serve stops cleanly on SIGTERM");
}
