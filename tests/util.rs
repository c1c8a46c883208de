//! Helpers: run the command, start a real SMTP server on loopback, read what arrived.

#![allow(dead_code)]

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};

/// The public URL of the tests' deployment (mails link to it).
pub const PUBLIC_URL: &str = "https://nghiquyet.test";
/// The tests' sender (SMTP refuses placeholder senders).
pub const FROM: &str = "nghiquyet <digest@nghiquyet.test>";

/// A store in a temporary folder and the command to run over it.
pub struct Env {
    pub dir: tempfile::TempDir,
}

impl Env {
    pub fn new() -> Self {
        Env {
            dir: tempfile::tempdir().expect("a temporary folder"),
        }
    }

    pub fn db(&self) -> PathBuf {
        self.dir.path().join("test.db")
    }

    /// Runs `nghiquyet --db DB ARGS...` with no NGHIQUYET_* variables from outside.
    pub fn run(&self, args: &[&str]) -> Output {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_nghiquyet"));
        for (k, _) in std::env::vars() {
            if k.starts_with("NGHIQUYET_") {
                cmd.env_remove(k);
            }
        }
        // The test deployment's front door: SMTP refuses placeholder links.
        cmd.env("NGHIQUYET_PUBLIC_URL", PUBLIC_URL)
            .env("NGHIQUYET_FROM", FROM)
            .arg("--db")
            .arg(self.db())
            .args(args)
            .current_dir(self.dir.path());
        cmd.output().expect("running nghiquyet")
    }

    /// Runs and checks success; returns standard output.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "nghiquyet {args:?} failed: {}\n{}",
            String::from_utf8_lossy(&out.stderr),
            String::from_utf8_lossy(&out.stdout)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Runs and checks failure; returns standard error.
    pub fn fails(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(
            !out.status.success(),
            "nghiquyet {args:?} succeeded: {}",
            String::from_utf8_lossy(&out.stdout)
        );
        String::from_utf8_lossy(&out.stderr).into_owned()
    }
}

/// The fixtures folder.
pub fn data(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name)
        .display()
        .to_string()
}

/// A real SMTP server (aiosmtpd) on 127.0.0.1, stopped on drop.
pub struct Smtp {
    child: Child,
    pub port: u16,
    pub dir: tempfile::TempDir,
    certs: Option<tempfile::TempDir>,
}

impl Smtp {
    /// Starts the server. Fails with a clear message when the Python with
    /// aiosmtpd that `scripts/test` installs is missing.
    pub fn start() -> Self {
        Self::spawn(&[])
    }

    /// Starts the server with TLS: `"starttls"` (required before mail) or
    /// `"smtps"`, with a certificate for 127.0.0.1 from a fresh private CA
    /// made by openssl. Gives the server and the CA certificate's path.
    pub fn start_tls(mode: &str) -> (Self, PathBuf) {
        let certs = tempfile::tempdir().expect("a temporary folder");
        let at = |name: &str| certs.path().join(name).display().to_string();
        let extensions = at("server.ext");
        std::fs::write(
            &extensions,
            "subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n",
        )
        .expect("writing the certificate extensions");
        let key = |name: &str| {
            ["-newkey", "rsa:2048", "-nodes", "-keyout"]
                .map(String::from)
                .into_iter()
                .chain([at(name)])
        };
        let steps: [Vec<String>; 3] = [
            [
                "req",
                "-x509",
                "-days",
                "2",
                "-subj",
                "/CN=nghiquyet test CA",
            ]
            .map(String::from)
            .into_iter()
            .chain(key("ca.key"))
            .chain(["-out".into(), at("ca.pem")])
            .collect(),
            ["req", "-subj", "/CN=127.0.0.1"]
                .map(String::from)
                .into_iter()
                .chain(key("key.pem"))
                .chain(["-out".into(), at("server.csr")])
                .collect(),
            ["x509", "-req", "-days", "2", "-CAcreateserial"]
                .map(String::from)
                .into_iter()
                .chain(["-in".into(), at("server.csr"), "-CA".into(), at("ca.pem")])
                .chain(["-CAkey".into(), at("ca.key"), "-out".into(), at("cert.pem")])
                .chain(["-extfile".into(), extensions.clone()])
                .collect(),
        ];
        for args in steps {
            let status = Command::new("openssl")
                .args(&args)
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status()
                .expect("openssl runs (Debian's openssl package)");
            assert!(status.success(), "openssl {args:?} failed");
        }
        let args = [mode.to_string(), at("cert.pem"), at("key.pem")];
        let mut smtp = Self::spawn(&args);
        // The certificates' folder lives as long as the server.
        let ca = certs.path().join("ca.pem");
        smtp.certs = Some(certs);
        (smtp, ca)
    }

    fn spawn(extra: &[String]) -> Self {
        let python = std::env::var("NGHIQUYET_TEST_PYTHON").unwrap_or_else(|_| "python3".into());
        let has_aiosmtpd = Command::new(&python)
            .args(["-c", "import aiosmtpd"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        assert!(
            has_aiosmtpd,
            "the SMTP tests need Python with aiosmtpd ({python:?} has none): run them with scripts/test, \
             whose setup step scripts/setup.d/smtp.sh creates the venv and sets NGHIQUYET_TEST_PYTHON"
        );
        let dir = tempfile::tempdir().expect("a temporary folder");
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/smtp_sink.py");
        let mut child = Command::new(&python)
            .arg(script)
            .arg(dir.path())
            .args(extra)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("starting the SMTP sink");
        let mut line = String::new();
        BufReader::new(child.stdout.take().expect("its stdout"))
            .read_line(&mut line)
            .expect("reading the SMTP sink's port");
        let port = line
            .trim()
            .strip_prefix("PORT ")
            .and_then(|p| p.parse().ok())
            .unwrap_or_else(|| panic!("the SMTP sink did not start: {line:?}"));
        Smtp {
            child,
            port,
            dir,
            certs: None,
        }
    }

    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    /// The raw messages that arrived, in order of arrival.
    pub fn raw_messages(&self) -> Vec<(String, Vec<u8>)> {
        let mut files: Vec<PathBuf> = std::fs::read_dir(self.dir.path())
            .expect("the sink folder")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "eml"))
            .collect();
        files.sort();
        files
            .into_iter()
            .map(|p| {
                let name = p
                    .file_stem()
                    .unwrap_or_default()
                    .to_string_lossy()
                    .into_owned();
                let rcpt = name
                    .split_once('-')
                    .map(|(_, r)| r.to_string())
                    .unwrap_or_default();
                (rcpt, std::fs::read(&p).expect("a message file"))
            })
            .collect()
    }

    /// The messages that arrived, parsed: (envelope recipient, message).
    pub fn messages(&self) -> Vec<Mail> {
        self.raw_messages()
            .into_iter()
            .map(|(rcpt, raw)| Mail::parse(rcpt, raw))
            .collect()
    }

    /// Forgets what arrived so far.
    pub fn clear(&self) {
        for e in std::fs::read_dir(self.dir.path())
            .expect("the sink folder")
            .flatten()
        {
            let _ = std::fs::remove_file(e.path());
        }
    }
}

impl Drop for Smtp {
    fn drop(&mut self) {
        drop(self.child.stdin.take());
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// One message as a MIME parser reads it.
#[derive(Debug)]
pub struct Mail {
    pub rcpt: String,
    pub raw: Vec<u8>,
    pub subject: String,
    pub text: String,
    pub html: String,
    pub message_id: String,
    pub content_type: String,
    pub list_unsubscribe: String,
    pub list_unsubscribe_post: String,
    pub list_id: String,
    pub to: String,
    pub from: String,
}

impl Mail {
    pub fn parse(rcpt: String, raw: Vec<u8>) -> Self {
        let msg = mail_parser::MessageParser::default()
            .parse(&raw)
            .expect("a MIME message");
        let raw_header = |name: &str| {
            msg.header_raw(name)
                .unwrap_or("")
                .trim()
                .replace("\r\n", "")
                .replace('\n', "")
        };
        let addr = |a: Option<&mail_parser::Address<'_>>| {
            a.and_then(|a| a.first())
                .map(|a| format!("{} <{}>", a.name().unwrap_or(""), a.address().unwrap_or("")))
                .unwrap_or_default()
        };
        Mail {
            subject: msg.subject().unwrap_or("").to_string(),
            text: msg.body_text(0).map(|t| t.into_owned()).unwrap_or_default(),
            html: msg.body_html(0).map(|t| t.into_owned()).unwrap_or_default(),
            message_id: msg.message_id().unwrap_or("").to_string(),
            content_type: raw_header("Content-Type"),
            list_unsubscribe: raw_header("List-Unsubscribe"),
            list_unsubscribe_post: raw_header("List-Unsubscribe-Post"),
            list_id: raw_header("List-Id"),
            to: addr(msg.to()),
            from: addr(msg.from()),
            rcpt,
            raw: raw.clone(),
        }
    }
}

// Helpers of the parse and targets tests.

/// The path of a fixture under `tests/data`.
pub fn data_path(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("data")
        .join(name)
}

/// The text of a fixture under `tests/data`.
pub fn read_data(name: &str) -> String {
    std::fs::read_to_string(data_path(name)).expect("fixture is readable")
}

/// The `nghiquyet` binary, ready for arguments.
pub fn nghiquyet() -> Command {
    Command::new(env!("CARGO_BIN_EXE_nghiquyet"))
}

/// Runs `nghiquyet ARGS` with `stdin` as its standard input.
pub fn run_with_stdin(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = nghiquyet()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("nghiquyet starts");
    // A command that refuses its arguments exits before reading its input:
    // the pipe breaks, and the exit status and stderr tell what happened.
    match child.stdin.take().expect("stdin is piped").write_all(stdin) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            panic!("stdin is written: {e}")
        }
        _ => {}
    }
    child.wait_with_output().expect("nghiquyet finishes")
}

/// Runs `nghiquyet ARGS` with no standard input.
pub fn run(args: &[&str]) -> Output {
    nghiquyet()
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("nghiquyet runs")
}

/// Standard output as JSON.
pub fn json(out: &Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "stdout is not JSON ({e}): {}\nstderr: {}",
            String::from_utf8_lossy(&out.stdout),
            stderr(out)
        )
    })
}

/// Standard error as text.
pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// A fresh temporary directory.
pub fn tempdir() -> tempfile::TempDir {
    tempfile::tempdir().expect("temporary directory")
}
