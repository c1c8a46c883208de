//! Getting pages and feeds over HTTP, politely and within limits.

use std::collections::HashMap;
use std::time::Duration;

use nghiquyet_core::Article;
use tokio::sync::Mutex;
use tokio::time::Instant;

use crate::{Error, ErrorKind, read_page};

/// How a [`Fetcher`] behaves.
///
/// ```
/// use nghiquyet_ingest::FetchSettings;
///
/// let s = FetchSettings::default();
/// assert!(s.user_agent.starts_with("nghiquyet/"));
/// assert_eq!(s.max_redirects, 5);
/// ```
#[derive(Debug, Clone)]
pub struct FetchSettings {
    /// The User-Agent header: names the project and where to read about it.
    pub user_agent: String,
    /// How long connecting may take. Default 10 s.
    pub connect_timeout: Duration,
    /// How long a whole request may take, body included. Default 30 s.
    pub timeout: Duration,
    /// The largest response body read, in bytes. Default 5 MiB.
    pub max_bytes: u64,
    /// How many redirects are followed. Default 5.
    pub max_redirects: usize,
    /// The least time between two requests to one host. Default 1 s.
    pub host_delay: Duration,
}

impl Default for FetchSettings {
    fn default() -> Self {
        FetchSettings {
            user_agent: format!(
                "nghiquyet/{} (+{})",
                env!("CARGO_PKG_VERSION"),
                env!("CARGO_PKG_REPOSITORY")
            ),
            connect_timeout: Duration::from_secs(10),
            timeout: Duration::from_secs(30),
            max_bytes: 5 * 1024 * 1024,
            max_redirects: 5,
            host_delay: Duration::from_secs(1),
        }
    }
}

/// What a server said last time, for a conditional request.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Validators {
    /// The `ETag` header.
    pub etag: Option<String>,
    /// The `Last-Modified` header.
    pub last_modified: Option<String>,
}

/// A response: the body, or "not modified" for a conditional request.
#[derive(Debug, Clone, Default)]
pub struct Fetched {
    /// The server answered 304: nothing changed since `Validators`.
    pub not_modified: bool,
    /// The URL after redirects.
    pub url: String,
    /// The `Content-Type` header.
    pub content_type: Option<String>,
    /// The body (empty when not modified).
    pub body: Vec<u8>,
    /// The validators to send next time.
    pub validators: Validators,
}

/// An HTTP client for pages and feeds: a User-Agent that names the project,
/// conditional GET, a polite delay per host, connect and whole-request
/// timeouts, a size cap and a redirect limit (a loop stops at once).
///
/// ```no_run
/// use nghiquyet_ingest::{FetchSettings, Fetcher};
///
/// # async fn f() -> Result<(), nghiquyet_ingest::Error> {
/// let fetcher = Fetcher::new(FetchSettings::default())?;
/// let article = fetcher.article("https://example.invalid/tin/dai-hoi.html").await?;
/// println!("{:?}", article.title);
/// # Ok(()) }
/// ```
#[derive(Debug)]
pub struct Fetcher {
    client: reqwest::Client,
    settings: FetchSettings,
    /// When each host may be asked next.
    next_slot: Mutex<HashMap<String, Instant>>,
}

impl Fetcher {
    /// A fetcher with these settings.
    pub fn new(settings: FetchSettings) -> Result<Self, Error> {
        let max = settings.max_redirects;
        let policy = reqwest::redirect::Policy::custom(move |attempt| {
            if attempt.previous().iter().any(|u| u == attempt.url()) {
                attempt.error("redirect loop")
            } else if attempt.previous().len() > max {
                attempt.error(format!("more than {max}"))
            } else {
                attempt.follow()
            }
        });
        let client = reqwest::Client::builder()
            .user_agent(settings.user_agent.clone())
            .connect_timeout(settings.connect_timeout)
            .timeout(settings.timeout)
            .redirect(policy)
            .build()
            .map_err(|e| Error::new(ErrorKind::Http(e.to_string())))?;
        Ok(Fetcher {
            client,
            settings,
            next_slot: Mutex::new(HashMap::new()),
        })
    }

    /// The settings.
    pub fn settings(&self) -> &FetchSettings {
        &self.settings
    }

    /// Waits for this host's turn.
    async fn wait_turn(&self, host: &str) {
        let wait = {
            let mut slots = self.next_slot.lock().await;
            let now = Instant::now();
            let slot = slots.get(host).copied().filter(|s| *s > now).unwrap_or(now);
            slots.insert(host.to_string(), slot + self.settings.host_delay);
            slot
        };
        tokio::time::sleep_until(wait).await;
    }

    /// Gets a URL; with validators, asks only for a changed resource.
    pub async fn get(&self, url: &str, validators: Option<&Validators>) -> Result<Fetched, Error> {
        let at = |kind: ErrorKind| Error::new(kind).at(url);
        let parsed = url::Url::parse(url).map_err(|e| at(ErrorKind::Url(e.to_string())))?;
        if !matches!(parsed.scheme(), "http" | "https") {
            return Err(at(ErrorKind::Url(format!(
                "not http(s): {}",
                parsed.scheme()
            ))));
        }
        self.wait_turn(parsed.host_str().unwrap_or("")).await;
        let mut request = self.client.get(parsed);
        if let Some(v) = validators {
            if let Some(etag) = &v.etag {
                request = request.header(reqwest::header::IF_NONE_MATCH, etag);
            }
            if let Some(lm) = &v.last_modified {
                request = request.header(reqwest::header::IF_MODIFIED_SINCE, lm);
            }
        }
        let mut response = request.send().await.map_err(|e| at(self.kind(&e)))?;
        let final_url = response.url().to_string();
        let header = |name| {
            response
                .headers()
                .get(name)
                .and_then(|v: &reqwest::header::HeaderValue| v.to_str().ok())
                .map(str::to_string)
        };
        let new_validators = Validators {
            etag: header(reqwest::header::ETAG),
            last_modified: header(reqwest::header::LAST_MODIFIED),
        };
        let content_type = header(reqwest::header::CONTENT_TYPE);
        let status = response.status();
        if status == reqwest::StatusCode::NOT_MODIFIED {
            return Ok(Fetched {
                not_modified: true,
                url: final_url,
                content_type,
                body: Vec::new(),
                validators: validators.cloned().unwrap_or(new_validators),
            });
        }
        if !status.is_success() {
            return Err(at(ErrorKind::Status(status.as_u16())));
        }
        let max = self.settings.max_bytes;
        if response.content_length().is_some_and(|n| n > max) {
            return Err(at(ErrorKind::TooLarge(max)));
        }
        let mut body = Vec::new();
        while let Some(chunk) = response.chunk().await.map_err(|e| at(self.kind(&e)))? {
            if body.len() as u64 + chunk.len() as u64 > max {
                return Err(at(ErrorKind::TooLarge(max)));
            }
            body.extend_from_slice(&chunk);
        }
        Ok(Fetched {
            not_modified: false,
            url: final_url,
            content_type,
            body,
            validators: new_validators,
        })
    }

    /// Gets a news page and reads its article; refuses what is not a web
    /// page (an image, a PDF) before reading it.
    pub async fn article(&self, url: &str) -> Result<Article, Error> {
        let fetched = self.get(url, None).await?;
        let is_html = match fetched.content_type.as_deref() {
            Some(ct) => {
                let ct = ct.to_ascii_lowercase();
                ct.contains("html")
                    || ct.starts_with("text/plain") && looks_like_html(&fetched.body)
            }
            None => looks_like_html(&fetched.body),
        };
        if !is_html {
            let ct = fetched.content_type.unwrap_or_else(|| "unknown".into());
            return Err(Error::new(ErrorKind::NotHtml(ct)).at(url));
        }
        let mut article = read_page(
            &fetched.body,
            fetched.content_type.as_deref(),
            Some(&fetched.url),
        )
        .map_err(|e| if e.url().is_some() { e } else { e.at(url) })?;
        if article.url.is_none() {
            article.url = Some(fetched.url);
        }
        Ok(article)
    }

    fn kind(&self, e: &reqwest::Error) -> ErrorKind {
        let chain = error_chain(e);
        if e.is_redirect() {
            ErrorKind::Redirects(chain)
        } else if e.is_connect() {
            ErrorKind::Connect(chain)
        } else if e.is_timeout() {
            ErrorKind::Timeout(self.settings.timeout)
        } else {
            ErrorKind::Http(chain)
        }
    }
}

/// An error and its causes on one line.
fn error_chain(e: &dyn std::error::Error) -> String {
    let mut out = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        let text = s.to_string();
        if !out.contains(&text) {
            out.push_str(": ");
            out.push_str(&text);
        }
        source = s.source();
    }
    out
}

/// Whether a body without a useful content type starts like HTML.
fn looks_like_html(body: &[u8]) -> bool {
    let start: Vec<u8> = body
        .iter()
        .skip_while(|b| b.is_ascii_whitespace() || **b == 0xef || **b == 0xbb || **b == 0xbf)
        .take(15)
        .map(u8::to_ascii_lowercase)
        .collect();
    start.starts_with(b"<!doctype html")
        || start.starts_with(b"<html")
        || start.starts_with(b"<head")
        || start.starts_with(b"<body")
}
