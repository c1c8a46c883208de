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

/// `GET path` on `base` over a plain HTTP/1.0 connection: the status and body.
fn get(base: &str, path: &str) -> (u16, String) {
    use std::io::{Read, Write};
    let host = base.trim_start_matches("http://");
    let mut conn = std::net::TcpStream::connect(host).expect("connecting to serve --http");
    write!(conn, "GET {path} HTTP/1.0\r\nHost: {host}\r\n\r\n").expect("sending a request");
    let mut answer = String::new();
    conn.read_to_string(&mut answer)
        .expect("reading the answer");
    let status = answer
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let body = answer
        .split_once("\r\n\r\n")
        .map_or("", |(_, b)| b)
        .to_string();
    (status, body)
}

/// The archive link with `rel` on a page, unescaped for a request.
fn link(page: &str, rel: &str) -> Option<String> {
    let at = page.find(&format!("rel=\"{rel}\" href=\""))?;
    let rest = &page[at..];
    let start = rest.find("href=\"")? + 6;
    let end = start + rest[start..].find('"')?;
    Some(
        rest[start..end]
            .replace("&amp;", "&")
            .replace("&#x3D;", "="),
    )
}

/// The archive ids listed on a page, in order.
fn listed(page: &str) -> Vec<u32> {
    page.split("<tr class=\"entry\">")
        .skip(1)
        .filter_map(|row| {
            let at = row.find("href=\"/archive/")? + 15;
            row[at..]
                .split(|c: char| !c.is_ascii_digit())
                .next()?
                .parse()
                .ok()
        })
        .collect()
}

/// The archive of 230 articles comes in pages of 100, newest first, with
/// links that keep the issuer filter; every article is on exactly one page.
#[test]
fn the_archive_comes_in_pages() {
    let env = Env::new();
    let dir = env.dir.path().join("articles");
    std::fs::create_dir(&dir).expect("a folder for articles");
    let mut files = Vec::new();
    for i in 0..230u32 {
        let district = if i % 3 == 0 {
            "Huyện Nam Sơn"
        } else {
            "Huyện Bắc Hà"
        };
        let (day, month) = (1 + i % 28, 1 + i / 28);
        let path = dir.join(format!("a{i:03}.txt"));
        std::fs::write(
            &path,
            format!(
                "{district}:\nBản tin số {i}\n\nCập nhật: Thứ Hai {day:02}/{month:02}/2024 - 08:00\n\n\
                 Hội nghị lần thứ {i} đã bàn việc phát triển kinh tế.\n\nMai Anh\n"
            ),
        )
        .expect("writing an article");
        files.push(path.display().to_string());
    }
    let mut args = vec!["ingest"];
    args.extend(files.iter().map(String::as_str));
    env.ok(&args);
    let smtp = Smtp::start();
    let server = Server::start(&env, &smtp, &[]);

    let mut seen = Vec::new();
    let (status, first) = get(&server.base, "/archive?page=abc");
    assert_eq!(status, 200);
    assert!(
        link(&first, "prev").is_none(),
        "the first page has no newer page"
    );
    let mut page = first;
    let mut pages = 1;
    loop {
        let ids = listed(&page);
        assert!(ids.len() <= 100, "page {pages} lists {}", ids.len());
        seen.extend(ids);
        let Some(next) = link(&page, "next") else {
            break;
        };
        let (status, body) = get(&server.base, &next);
        assert_eq!(status, 200, "{next}");
        assert!(link(&body, "prev").is_some(), "{next} links back");
        page = body;
        pages += 1;
    }
    assert_eq!(pages, 3);
    let mut unique = seen.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!((seen.len(), unique.len()), (230, 230), "each article once");
    // Newest first: the last article ingested is dated 6/9/2024, the latest.
    assert_eq!(seen.first(), Some(&230));

    // The filter holds across pages; its links carry it, percent-encoded.
    let (_, south) = get(&server.base, "/archive?issuer=Nam%20S%C6%A1n");
    assert_eq!(listed(&south).len(), 77);
    assert!(link(&south, "next").is_none());
    let (_, north) = get(&server.base, "/archive?issuer=b%E1%BA%AFc&lang=en");
    assert_eq!(listed(&north).len(), 100);
    let next = link(&north, "next").expect("a second page of Bắc Hà");
    assert!(
        next.contains("issuer=b%E1%BA%AFc") && next.contains("lang=en"),
        "{next}"
    );
    let (_, north2) = get(&server.base, &next);
    assert_eq!(listed(&north2).len(), 53);
    let (status, past_end) = get(&server.base, "/archive?page=99");
    assert_eq!((status, listed(&past_end).len()), (200, 0));
    assert_eq!(server.stop(), Some(0));
}
