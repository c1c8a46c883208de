//! The front door of the nghiquyet digest service, over HTTP (axum):
//! subscribe with double opt-in, preferences, one-click unsubscribe
//! (RFC 8058), the public archive and its Atom feed, a health check and
//! Prometheus metrics.
//!
//! The routes are a public contract: `GET /`, `POST /subscribe`,
//! `GET /confirm?token=`, `GET|POST /preferences?token=`,
//! `GET|POST /unsubscribe?token=`, `GET /archive`, `GET /archive/{id}`,
//! `GET /feed.atom`, `GET /healthz`, `GET /metrics`.
//!
//! Pages are handlebars templates in Vietnamese or English (`?lang=en`),
//! with no JavaScript; every response carries strict security headers.
//!
//! ```
//! use nghiquyet_digest::SqliteStore;
//! use nghiquyet_web::{Mailer, Metrics, Web, WebConfig};
//!
//! let config = WebConfig::new("https://digest.example.vn".parse()?, [7; 32]);
//! let mailer = Mailer::new("Bản tin <digest@example.vn>".parse()?, nghiquyet_digest::Transport::stub());
//! let web = Web::new(SqliteStore::open_in_memory()?, config, mailer, Metrics::default())?;
//! let _router = web.router();
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
#![deny(missing_docs)]

mod archive;
mod csrf;
mod error;
mod form;
mod limit;
mod mailer;
mod metrics;
mod pages;
mod routes;
mod security;
mod token;

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

pub use error::Error;
pub use form::schedule_spec;
pub use mailer::Mailer;
pub use metrics::Metrics;

use nghiquyet_digest::Store;

/// How long a request to subscribe waits for its confirmation.
pub const CONFIRM_WITHIN: Duration = Duration::from_secs(7 * 24 * 3600);

/// The settings of the web front door.
#[derive(Debug, Clone)]
pub struct WebConfig {
    /// The base URL that mails link to (`--public-url`).
    pub public_url: url::Url,
    /// The key that signs the forms' CSRF tokens (random per start by
    /// default; a fixed one keeps forms valid across restarts).
    pub secret: [u8; 32],
    /// Subscribe requests allowed per client address per hour.
    pub per_address_per_hour: u32,
    /// Subscribe requests allowed per email address per hour.
    pub per_email_per_hour: u32,
    /// Behind a reverse proxy: the client is the last address of the
    /// `X-Forwarded-For` header the proxy appends (else the peer address,
    /// which behind a proxy is the proxy's for everyone).
    pub trust_forwarded_for: bool,
}

impl WebConfig {
    /// Settings with the default limits: 20 requests per client address and
    /// 3 per email address per hour.
    pub fn new(public_url: url::Url, secret: [u8; 32]) -> Self {
        WebConfig {
            public_url,
            secret,
            per_address_per_hour: 20,
            per_email_per_hour: 3,
            trust_forwarded_for: false,
        }
    }

    /// An absolute URL under the public base: `link("/confirm", token)`.
    pub(crate) fn link(&self, path: &str, token: &str) -> String {
        let mut url = self.public_url.clone();
        let base = url.path().trim_end_matches('/').to_string();
        url.set_path(&format!("{base}{path}"));
        url.set_query(None);
        url.query_pairs_mut().append_pair("token", token);
        url.to_string()
    }
}

/// The web front door over a store: build it once, then [`Web::router`].
pub struct Web<S> {
    pub(crate) store: S,
    pub(crate) config: WebConfig,
    pub(crate) mailer: Mailer,
    pub(crate) metrics: Metrics,
    pub(crate) pages: pages::Pages,
    pub(crate) limits: limit::Limits,
}

impl<S: Store + Clone> Web<S> {
    /// The front door: `mailer` sends the confirmation mails, `metrics` is
    /// shared with the delivery service that updates it.
    pub fn new(
        store: S,
        config: WebConfig,
        mailer: Mailer,
        metrics: Metrics,
    ) -> Result<Self, Error> {
        Ok(Web {
            limits: limit::Limits::new(config.per_address_per_hour, config.per_email_per_hour),
            store,
            config,
            mailer,
            metrics,
            pages: pages::Pages::new()?,
        })
    }

    /// The routes, with the security headers on every response.
    pub fn router(self) -> axum::Router {
        routes::router(Arc::new(self))
    }
}

/// Serves `router` on `listener` until `shutdown` completes.
pub async fn serve(
    listener: tokio::net::TcpListener,
    router: axum::Router,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> Result<(), Error> {
    axum::serve(
        listener,
        router.into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown)
    .await
    .map_err(|e| Error::Io(e.to_string()))
}

/// A fresh random key for [`WebConfig::secret`].
///
/// ```
/// assert_ne!(nghiquyet_web::random_secret()?, [0; 32]);
/// # Ok::<(), nghiquyet_web::Error>(())
/// ```
pub fn random_secret() -> Result<[u8; 32], Error> {
    let mut key = [0u8; 32];
    getrandom::fill(&mut key).map_err(|e| Error::Random(e.to_string()))?;
    Ok(key)
}
