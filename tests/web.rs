//! Reading the web through the binary: `parse --html`, `ingest --html`,
//! `ingest URL`, `feeds`, `fetch` and `serve --fetch-every`, against a real
//! HTTP server on loopback serving the fixture pages and feeds and every
//! fault. The tests check what was stored.

use std::path::PathBuf;
use std::time::Duration;

use serde_json::Value;

use crate::util::Env;
use crate::web_server::WebServer;

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("crates/nghiquyet-ingest/tests/data/pages")
        .join(name)
}

fn expected(name: &str) -> Value {
    let path = fixture(name).with_extension("json");
    serde_json::from_slice(&std::fs::read(path).expect("expected JSON")).expect("JSON")
}

/// The articles in the store, in ingest order.
fn stored(env: &Env) -> Vec<Value> {
    let conn = rusqlite::Connection::open(env.db()).expect("the store");
    let mut stmt = conn
        .prepare("SELECT json FROM articles ORDER BY seq")
        .expect("a query");
    stmt.query_map([], |r| r.get::<_, String>(0))
        .expect("rows")
        .map(|j| serde_json::from_str(&j.expect("a row")).expect("JSON"))
        .collect()
}

fn stored_titled(env: &Env, title: &str) -> Value {
    stored(env)
        .into_iter()
        .find(|a| a["title"] == title)
        .unwrap_or_else(|| panic!("no stored article titled {title:?}"))
}

/// The fields a fixture's expected JSON fixes, compared with an article.
fn assert_reads_as(article: &Value, name: &str, url: Option<&str>) {
    let want = expected(name);
    for field in [
        "kicker",
        "title",
        "published",
        "updated",
        "author",
        "paragraphs",
    ] {
        assert_eq!(
            article.get(field).unwrap_or(&Value::Null),
            &want[field],
            "{name}: {field}"
        );
    }
    let want_url = want["url"].as_str().or(url);
    assert_eq!(article["url"].as_str(), want_url, "{name}: url");
}

fn fetch_json(env: &Env, extra: &[&str]) -> (Value, String) {
    let mut args = vec!["fetch", "--json", "--delay", "0s"];
    args.extend_from_slice(extra);
    let out = env.run(&args);
    let report: Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "fetch printed no JSON ({e}): {}\n{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    });
    (report, String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn parse_html_reads_every_fixture_page() {
    let env = Env::new();
    for name in [
        "bao_trung_uong.html",
        "cong_huyen_bang.html",
        "bao_cu_1258.html",
        "bao_dien_tu_binh_luan.html",
    ] {
        let out = env.ok(&["parse", "--html", &fixture(name).display().to_string()]);
        let article: Value = serde_json::from_str(&out).expect("JSON");
        assert_reads_as(&article, name, None);
    }
    // Standard input, and --url as the base when the page names no canonical URL.
    let page = std::fs::read(fixture("bao_cu_1258.html")).expect("fixture");
    let out = crate::util::run_with_stdin(
        &[
            "parse",
            "--html",
            "--url",
            "http://127.0.0.1/tin/1258.html",
            "-",
        ],
        &page,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let article: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_reads_as(
        &article,
        "bao_cu_1258.html",
        Some("http://127.0.0.1/tin/1258.html"),
    );
    assert!(!article["targets"].as_array().expect("targets").is_empty());
}

/// A page is read as a page without `--html` too: `parse` and `ingest` know
/// one by its name (*.html) or by how it opens (`<!DOCTYPE html`), so its
/// markup never ends up in the targets. A text quoting a tag stays text.
#[test]
fn a_page_is_known_without_html_by_name_or_by_its_opening() {
    let env = Env::new();
    let name = "bao_cu_1258.html";
    let page = std::fs::read(fixture(name)).expect("fixture");
    assert!(
        page.trim_ascii_start()[..14].eq_ignore_ascii_case(b"<!doctype html"),
        "the fixture opens as a document"
    );
    let by_name: Value =
        serde_json::from_str(&env.ok(&["parse", &fixture(name).display().to_string()]))
            .expect("JSON");
    assert_reads_as(&by_name, name, None);
    let out = crate::util::run_with_stdin(&["parse", "-"], &page);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let by_opening: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_reads_as(&by_opening, name, None);
    for article in [&by_name, &by_opening] {
        let targets = article["targets"].as_array().expect("targets");
        assert!(!targets.is_empty());
        for t in targets {
            let text = t["text"].as_str().unwrap_or_default();
            let subject = t["subject"].as_str().unwrap_or_default();
            assert!(
                !text.contains('<') && !subject.contains('<'),
                "markup in {t}"
            );
        }
    }

    // `ingest` of a saved page under another name stores the page's article.
    let saved = env.dir.path().join("trang.txt");
    std::fs::write(&saved, &page).expect("write");
    let quoting = env.dir.path().join("bai.txt");
    std::fs::write(
        &quoting,
        "Hướng dẫn soạn tin\n\nMỗi trang tin mở đầu bằng <html> và phấn đấu đạt 95% độc giả hài lòng.\n",
    )
    .expect("write");
    env.ok(&[
        "ingest",
        &saved.display().to_string(),
        &quoting.display().to_string(),
    ]);
    let stored = stored(&env);
    assert_eq!(stored.len(), 2, "{stored:?}");
    assert_reads_as(&stored[0], name, None);
    let text = stored[1].to_string();
    assert!(
        text.contains("<html> và phấn đấu"),
        "a text quoting a tag is text: {text}"
    );
}

/// A page nested 200,000 deep (a few MB, under any size cap) would cost the
/// HTML parser minutes; it is refused at once with a clear error, and the
/// good page beside it is still stored.
#[test]
fn a_page_nested_past_reason_is_refused_and_the_others_stored() {
    let env = Env::new();
    let deep = env.dir.path().join("deep.html");
    let n = 200_000;
    std::fs::write(
        &deep,
        format!(
            "<html><body>{}<p>Đại hội thành công tốt đẹp.</p>{}</body></html>",
            "<div>".repeat(n),
            "</div>".repeat(n)
        ),
    )
    .expect("writing the page");
    let deep = deep.display().to_string();
    let out = env.run(&["parse", "--html", &deep]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("deep.html: elements nested 200002 deep (at most 1000)"),
        "{stderr}"
    );
    let good = fixture("bao_trung_uong.html").display().to_string();
    let out = env.run(&["ingest", "--json", "--html", &deep, &good]);
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        r#"{"added":1,"updated":0,"unchanged":0,"failed":1}"#,
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn ingest_html_files_and_urls_store_each_article_once() {
    let server = WebServer::start();
    let env = Env::new();
    let saved = fixture("bao_trung_uong.html").display().to_string();
    let out = env.ok(&["ingest", "--json", "--html", &saved]);
    assert_eq!(
        out.trim(),
        r#"{"added":1,"updated":0,"unchanged":0,"failed":0}"#
    );
    // The same article by URL, twice, under two URLs: its canonical URL is known.
    let out = env.ok(&[
        "ingest",
        "--json",
        "--delay",
        "0s",
        &server.url("/tin/trung-uong.html"),
        &server.url("/tin/trung-uong.html?utm_source=zalo"),
        &server.url("/loi/chuyen"),
    ]);
    assert_eq!(
        out.trim(),
        r#"{"added":1,"updated":0,"unchanged":2,"failed":0}"#
    );
    let articles = stored(&env);
    assert_eq!(articles.len(), 2);
    assert_reads_as(&articles[0], "bao_trung_uong.html", None);
    // Followed a redirect: the article's URL is where it was read.
    assert_reads_as(
        &articles[1],
        "cong_huyen_bang.html",
        Some(&server.url("/tin/huyen.html")),
    );
    let targets = articles[0]["targets"].as_array().expect("targets");
    assert!(targets.len() >= 3, "{targets:?}");
    // Every request named the project.
    for hit in server.hits() {
        let ua = hit
            .headers
            .get("user-agent")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("");
        assert!(ua.starts_with("nghiquyet/"), "{ua}");
    }
}

#[test]
fn fetch_reads_rss_and_atom_once_and_asks_conditionally() {
    let server = WebServer::start();
    let env = Env::new();
    env.ok(&[
        "feeds",
        "add",
        &server.url("/rss.xml"),
        "--name",
        "Báo Trung ương Mẫu",
    ]);
    env.ok(&["feeds", "add", &server.url("/atom.xml")]);
    let (report, log) = fetch_json(&env, &[]);
    // Six items; the Atom feed's repost of an RSS article (another URL, the
    // same canonical URL) and the print version (the same text) are stored once.
    assert_eq!(
        report,
        serde_json::json!({"feeds": 2, "items": 6, "new": 4, "updated": 0, "failed": 0}),
        "{log}"
    );
    let articles = stored(&env);
    assert_eq!(articles.len(), 4);
    assert_reads_as(
        &stored_titled(
            &env,
            "Đại hội Đảng bộ tỉnh Sơn Nguyên đề ra 22 chỉ tiêu cho nhiệm kỳ 2025-2030",
        ),
        "bao_trung_uong.html",
        None,
    );
    assert_reads_as(
        &stored_titled(&env, "Đại hội lần thứ XXII xác định ba khâu đột phá"),
        "cong_huyen_bang.html",
        Some(&server.url("/tin/huyen.html")),
    );
    assert_reads_as(
        &stored_titled(
            &env,
            "Khối các cơ quan tỉnh phát huy vai trò nêu gương của đảng viên",
        ),
        "bao_cu_1258.html",
        Some(&server.url("/tin/1258.html")),
    );
    assert_reads_as(
        &stored_titled(
            &env,
            "Sơn Nguyên ban hành chương trình hành động thực hiện Nghị quyết về chuyển đổi số",
        ),
        "bao_dien_tu_binh_luan.html",
        Some(&server.url("/tin/binh-luan.html")),
    );

    // Again: both feeds answer 304 to the validators they gave.
    let before = server.hits().len();
    let (report, log) = fetch_json(&env, &[]);
    assert_eq!(
        report,
        serde_json::json!({"feeds": 2, "items": 0, "new": 0, "updated": 0, "failed": 0}),
        "{log}"
    );
    let rss = server.hits_of("/rss.xml");
    assert_eq!(rss.len(), 2);
    assert_eq!(
        rss[1]
            .headers
            .get("if-none-match")
            .and_then(|v| v.to_str().ok()),
        Some("\"rss-1\"")
    );
    let atom = server.hits_of("/atom.xml");
    assert_eq!(
        atom[1]
            .headers
            .get("if-modified-since")
            .and_then(|v| v.to_str().ok()),
        Some("Sat, 07 Mar 2026 03:30:00 GMT")
    );
    assert_eq!(server.hits().len(), before + 2, "only the feeds were asked");
    assert_eq!(stored(&env).len(), 4);

    // feeds list shows them; remove takes one away and keeps the articles.
    let list: Value = serde_json::from_str(&env.ok(&["feeds", "list", "--json"])).expect("JSON");
    assert_eq!(list.as_array().map(Vec::len), Some(2));
    assert_eq!(list[0]["name"], "Báo Trung ương Mẫu");
    assert_eq!(list[0]["etag"], "\"rss-1\"");
    env.ok(&["feeds", "remove", &server.url("/rss.xml")]);
    let list: Value = serde_json::from_str(&env.ok(&["feeds", "list", "--json"])).expect("JSON");
    assert_eq!(list.as_array().map(Vec::len), Some(1));
    assert_eq!(stored(&env).len(), 4);
    env.fails(&["feeds", "remove", &server.url("/rss.xml")]);
}

#[test]
fn a_listing_page_is_a_feed() {
    let server = WebServer::start();
    let env = Env::new();
    env.ok(&[
        "feeds",
        "add",
        &server.url("/chuyen-muc"),
        "--links",
        ".list-news h3 a",
    ]);
    let (report, log) = fetch_json(&env, &[]);
    assert_eq!(
        report,
        serde_json::json!({"feeds": 1, "items": 2, "new": 2, "updated": 0, "failed": 0}),
        "{log}"
    );
    assert_eq!(stored(&env).len(), 2);
    // Ingested as a page, the listing is refused and nothing is stored.
    let err = env.fails(&["ingest", &server.url("/chuyen-muc")]);
    assert!(
        err.contains("a list of 2 articles, not an article"),
        "{err}"
    );
    assert_eq!(stored(&env).len(), 2);
    let err = env.fails(&[
        "feeds",
        "add",
        &server.url("/chuyen-muc"),
        "--links",
        "h3 >>> a",
    ]);
    assert!(err.contains("invalid CSS selector"), "{err}");
}

#[test]
fn faults_are_reported_and_skipped_and_nothing_else_is_affected() {
    let server = WebServer::start();
    let env = Env::new();
    for path in ["/loi.xml", "/hong.xml", "/cham.xml", "/loi/anh.png"] {
        env.ok(&["feeds", "add", &server.url(path)]);
    }
    let dead = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").expect("a port");
        format!("http://{}/rss.xml", l.local_addr().expect("an address"))
    };
    env.ok(&["feeds", "add", &dead]);
    let (report, log) = fetch_json(
        &env,
        &[
            "--timeout",
            "1s",
            "--connect-timeout",
            "1s",
            "--max-bytes",
            "1000000",
        ],
    );
    // loi.xml lists nine broken pages and one good one; the other four feeds fail.
    assert_eq!(
        report,
        serde_json::json!({"feeds": 5, "items": 10, "new": 1, "updated": 0, "failed": 13}),
        "{log}"
    );
    for (what, needle) in [
        ("slow page", "/loi/cham: timed out"),
        ("huge page", "/loi/lon: response larger than 1000000 bytes"),
        (
            "huge page without a length",
            "/loi/lon-tung-khuc: response larger than",
        ),
        (
            "not HTML",
            "/loi/anh.png: not a web page (content type image/png)",
        ),
        (
            "unknown charset",
            "/loi/bang-ma: unknown charset \"x-mac-klingon\"",
        ),
        ("redirect loop", "/loi/vong: too many redirects"),
        ("binary bytes", "/loi/rac: binary data"),
        ("gone", "/loi/khong-con: HTTP status 404"),
        ("server down", "/tin/1.html: cannot connect"),
        ("malformed feed", "/hong.xml: malformed feed"),
        ("slow feed", "/cham.xml: timed out"),
        ("not a feed", "/loi/anh.png: malformed feed"),
        ("feed down", "/rss.xml: cannot connect"),
    ] {
        assert!(log.contains(needle), "{what}: no {needle:?} in\n{log}");
    }
    let articles = stored(&env);
    assert_eq!(articles.len(), 1);
    assert_reads_as(
        &articles[0],
        "cong_huyen_bang.html",
        Some(&server.url("/tin/huyen.html")),
    );
    // Failed feeds say why; a feed with failed pages keeps no validators,
    // so the next poll retries its pages.
    let list: Value = serde_json::from_str(&env.ok(&["feeds", "list", "--json"])).expect("JSON");
    for feed in list.as_array().expect("feeds") {
        assert!(feed["last_error"].is_string(), "{feed}");
    }
    // A working feed added now is read as if nothing had happened.
    env.ok(&["feeds", "add", &server.url("/rss.xml")]);
    env.ok(&["feeds", "remove", &server.url("/loi.xml")]);
    env.ok(&["feeds", "remove", &server.url("/cham.xml")]);
    let (report, log) = fetch_json(&env, &["--timeout", "2s"]);
    assert_eq!(report["new"], 2, "{log}");
    assert_eq!(report["failed"], 3, "{log}");
    assert_eq!(stored(&env).len(), 3);
}

#[test]
fn serve_polls_the_feeds_on_its_own_schedule() {
    let server = WebServer::start();
    let env = Env::new();
    env.ok(&["feeds", "add", &server.url("/rss.xml")]);
    let outbox = env.dir.path().join("outbox");
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_nghiquyet"))
        .arg("--db")
        .arg(env.db())
        .args(["serve", "--fetch-every", "1s", "--delay", "0s", "--outbox"])
        .arg(&outbox)
        .env_remove("NGHIQUYET_SMTP_URL")
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("serve");
    let deadline = std::time::Instant::now() + Duration::from_secs(30);
    while server.hits_of("/rss.xml").len() < 2 && std::time::Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(100));
    }
    let _ = child.kill();
    let out = child.wait_with_output().expect("serve's output");
    let log = String::from_utf8_lossy(&out.stderr);
    let polls = server.hits_of("/rss.xml");
    assert!(
        polls.len() >= 2,
        "serve polled {} times:\n{log}",
        polls.len()
    );
    assert!(polls[1].headers.get("if-none-match").is_some(), "{log}");
    assert!(
        log.contains("fetched feeds feeds=1 items=3 new=3 updated=0 failed=0"),
        "{log}"
    );
    assert_eq!(stored(&env).len(), 3);
}

#[test]
fn requests_to_one_host_wait_their_turn() {
    let server = WebServer::start();
    let env = Env::new();
    let urls: Vec<String> = ["/tin/huyen.html", "/tin/1258.html", "/tin/binh-luan.html"]
        .iter()
        .map(|p| server.url(p))
        .collect();
    let mut args = vec!["ingest", "--json", "--delay", "400ms"];
    args.extend(urls.iter().map(String::as_str));
    let out = env.ok(&args);
    assert_eq!(
        out.trim(),
        r#"{"added":3,"updated":0,"unchanged":0,"failed":0}"#
    );
    let hits = server.hits();
    assert_eq!(hits.len(), 3);
    // The turns are 400 ms apart where the requests start; the server stamps
    // them as they arrive, and the first pays for the connection, which a
    // loaded machine stretched to 13 ms once. Without turns they would come
    // a few milliseconds apart.
    for pair in hits.windows(2) {
        let gap = pair[1].at.duration_since(pair[0].at);
        assert!(
            gap >= Duration::from_millis(350),
            "{gap:?} between requests to one host"
        );
    }
}
