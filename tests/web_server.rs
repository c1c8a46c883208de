//! A real HTTP server on loopback (axum) serving the fixture pages and
//! feeds, and every fault a portal can show: down, slow, huge, not HTML,
//! an unknown charset, binary bytes, redirect loops, 404, and 304 answers
//! to conditional requests. It logs every request it gets.

use std::net::SocketAddr;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::Response;

/// One request the server got.
#[derive(Debug, Clone)]
pub struct Hit {
    pub path: String,
    pub at: Instant,
    pub headers: HeaderMap,
}

#[derive(Clone)]
struct Shared {
    base: String,
    dead: String,
    hits: Arc<Mutex<Vec<Hit>>>,
}

/// The server; stopped (and every request it is still answering dropped) on drop.
pub struct WebServer {
    pub addr: SocketAddr,
    hits: Arc<Mutex<Vec<Hit>>>,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

/// An address where nothing listens: a port bound, then let go.
fn dead_address() -> String {
    let l = std::net::TcpListener::bind("127.0.0.1:0").expect("a port");
    let addr = l.local_addr().expect("an address");
    drop(l);
    format!("http://{addr}")
}

fn page(name: &str) -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("crates/nghiquyet-ingest/tests/data/pages")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn web(name: &str, shared: &Shared) -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/web")
        .join(name);
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .replace("{base}", &shared.base)
        .replace("{dead}", &shared.dead)
        .into_bytes()
}

fn answer(status: StatusCode, content_type: &str, body: impl Into<Body>) -> Response {
    let mut r = Response::new(body.into());
    *r.status_mut() = status;
    if let Ok(v) = content_type.parse() {
        r.headers_mut().insert(header::CONTENT_TYPE, v);
    }
    r
}

fn redirect(to: &str) -> Response {
    let mut r = answer(StatusCode::FOUND, "text/html", "");
    if let Ok(v) = to.parse() {
        r.headers_mut().insert(header::LOCATION, v);
    }
    r
}

/// A feed that answers 304 when the client sends back its validators.
fn conditional(
    req_headers: &HeaderMap,
    etag: Option<&str>,
    modified: &str,
    body: Vec<u8>,
    ct: &str,
) -> Response {
    let header = |name| {
        req_headers
            .get(name)
            .and_then(|v: &header::HeaderValue| v.to_str().ok())
    };
    let fresh = match etag {
        Some(etag) => header(header::IF_NONE_MATCH) == Some(etag),
        None => header(header::IF_MODIFIED_SINCE) == Some(modified),
    };
    let mut r = if fresh {
        answer(StatusCode::NOT_MODIFIED, ct, "")
    } else {
        answer(StatusCode::OK, ct, body)
    };
    if let Some(etag) = etag
        && let Ok(v) = etag.parse()
    {
        r.headers_mut().insert(header::ETAG, v);
    }
    if let Ok(v) = modified.parse() {
        r.headers_mut().insert(header::LAST_MODIFIED, v);
    }
    r
}

/// The fixture with comments, as a print version elsewhere: another
/// title and chrome, the same body.
fn print_version() -> Vec<u8> {
    String::from_utf8(page("bao_dien_tu_binh_luan.html"))
        .expect("UTF-8")
        .replace(
            "<h1 class=\"title-detail\">Sơn Nguyên ban hành",
            "<h1 class=\"title-detail\">Bản in: Sơn Nguyên ban hành",
        )
        .replace(
            "<title>Sơn Nguyên ban hành",
            "<title>Bản in: Sơn Nguyên ban hành",
        )
        .replace(
            "content=\"Sơn Nguyên ban hành",
            "content=\"Bản in: Sơn Nguyên ban hành",
        )
        .into_bytes()
}

async fn handle(State(shared): State<Shared>, req: Request) -> Response {
    let path = req.uri().path().to_string();
    let headers = req.headers().clone();
    if let Ok(mut hits) = shared.hits.lock() {
        hits.push(Hit {
            path: req.uri().to_string(),
            at: Instant::now(),
            headers: headers.clone(),
        });
    }
    let html = "text/html; charset=utf-8";
    match path.as_str() {
        "/tin/trung-uong.html" => answer(StatusCode::OK, html, page("bao_trung_uong.html")),
        "/tin/huyen.html" => answer(StatusCode::OK, "text/html", page("cong_huyen_bang.html")),
        // The charset is in the page's <meta> only.
        "/tin/1258.html" => answer(StatusCode::OK, "text/html", page("bao_cu_1258.html")),
        "/tin/binh-luan.html" => answer(StatusCode::OK, html, page("bao_dien_tu_binh_luan.html")),
        "/in/binh-luan.html" => answer(StatusCode::OK, html, print_version()),
        "/chuyen-muc" => answer(StatusCode::OK, html, web("chuyen-muc.html", &shared)),
        "/rss.xml" => conditional(
            &headers,
            Some("\"rss-1\""),
            "Sat, 07 Mar 2026 02:00:00 GMT",
            web("rss.xml", &shared),
            "application/rss+xml; charset=utf-8",
        ),
        "/atom.xml" => conditional(
            &headers,
            None,
            "Sat, 07 Mar 2026 03:30:00 GMT",
            web("atom.xml", &shared),
            "application/atom+xml",
        ),
        "/loi.xml" => answer(
            StatusCode::OK,
            "application/rss+xml",
            web("loi.xml", &shared),
        ),
        "/hong.xml" => answer(
            StatusCode::OK,
            "application/rss+xml",
            web("hong.xml", &shared),
        ),
        "/loi/cham" | "/cham.xml" => {
            tokio::time::sleep(Duration::from_secs(30)).await;
            answer(StatusCode::OK, html, page("cong_huyen_bang.html"))
        }
        "/loi/lon" => answer(StatusCode::OK, html, vec![b' '; 3 * 1024 * 1024]),
        "/loi/lon-tung-khuc" => {
            // No Content-Length: the cap must hold while reading.
            let chunks = (0..3 * 1024).map(|_| Ok::<_, std::io::Error>(vec![b'a'; 1024]));
            answer(
                StatusCode::OK,
                html,
                Body::from_stream(futures_util::stream::iter(chunks)),
            )
        }
        "/loi/anh.png" => answer(
            StatusCode::OK,
            "image/png",
            b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec(),
        ),
        "/loi/bang-ma" => answer(
            StatusCode::OK,
            "text/html; charset=x-mac-klingon",
            page("cong_huyen_bang.html"),
        ),
        "/loi/vong" => redirect("/loi/vong-2"),
        "/loi/vong-2" => redirect("/loi/vong"),
        "/loi/chuyen" => redirect("/tin/huyen.html"),
        "/loi/rac" => answer(
            StatusCode::OK,
            "text/html",
            vec![0u8, 1, 2, 3, 0xff, 0xfe, 0, 0, 7],
        ),
        _ => answer(StatusCode::NOT_FOUND, html, "<h1>Không tìm thấy trang</h1>"),
    }
}

impl WebServer {
    /// Starts the server on 127.0.0.1 on a free port.
    pub fn start() -> Self {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("a port");
        listener.set_nonblocking(true).expect("non-blocking");
        let addr = listener.local_addr().expect("an address");
        let hits = Arc::new(Mutex::new(Vec::new()));
        let shared = Shared {
            base: format!("http://{addr}"),
            dead: dead_address(),
            hits: hits.clone(),
        };
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let thread = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("a runtime");
            rt.block_on(async move {
                let listener = tokio::net::TcpListener::from_std(listener).expect("a listener");
                let app = axum::Router::new().fallback(handle).with_state(shared);
                tokio::select! {
                    r = axum::serve(listener, app) => r.expect("serving"),
                    _ = stopped => {}
                }
            });
        });
        WebServer {
            addr,
            hits,
            stop: Some(stop),
            thread: Some(thread),
        }
    }

    /// The URL of a path on this server.
    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    /// Every request so far.
    pub fn hits(&self) -> Vec<Hit> {
        self.hits.lock().map(|h| h.clone()).unwrap_or_default()
    }

    /// The requests for a path (query included), in order.
    pub fn hits_of(&self, path: &str) -> Vec<Hit> {
        self.hits().into_iter().filter(|h| h.path == path).collect()
    }
}

impl Drop for WebServer {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}
