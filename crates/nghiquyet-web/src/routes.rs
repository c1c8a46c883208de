//! The routes and their handlers.

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use axum::Router;
use axum::extract::{ConnectInfo, DefaultBodyLimit, Form, Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware;
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use chrono::Utc;
use nghiquyet_core::fold;
use nghiquyet_digest::{Store, Subscriber, SubscriberStatus, Unsubscribe, normalize_address};
use serde::Deserialize;

use crate::form::Fields;
use crate::pages::PageLang;
use crate::{CONFIRM_WITHIN, Web, archive, csrf, security, token};

type Shared<S> = Arc<Web<S>>;

/// The query parameters the routes read.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub(crate) struct Params {
    token: Option<String>,
    lang: Option<String>,
    issuer: Option<String>,
    /// The archive's page, from 1 (anything else reads as 1).
    page: Option<String>,
}

pub(crate) fn router<S: Store + Clone>(web: Shared<S>) -> Router {
    Router::new()
        .route("/", get(index::<S>))
        .route("/subscribe", axum::routing::post(subscribe::<S>))
        .route("/confirm", get(confirm::<S>))
        .route(
            "/preferences",
            get(preferences::<S>).post(save_preferences::<S>),
        )
        .route(
            "/unsubscribe",
            get(unsubscribe_page::<S>).post(unsubscribe::<S>),
        )
        .route("/archive", get(archive_list::<S>))
        .route("/archive/{id}", get(archive_entry::<S>))
        .route("/feed.atom", get(feed::<S>))
        .route("/healthz", get(healthz::<S>))
        .route("/metrics", get(metrics::<S>))
        .route("/style.css", get(style))
        .fallback(not_found)
        .layer(DefaultBodyLimit::max(16 * 1024))
        .layer(middleware::from_fn(security::headers))
        .layer(middleware::map_response_with_state(
            web.config.public_url.scheme() == "https",
            security::hsts,
        ))
        .with_state(web)
}

/// A page, or a plain 500 when a template fails.
fn page<S, T: serde::Serialize>(
    web: &Web<S>,
    status: StatusCode,
    name: &str,
    lang: PageLang,
    title: &str,
    data: &T,
) -> Response {
    match web.pages.render(name, lang, title, data) {
        Ok(html) => (status, Html(html)).into_response(),
        Err(e) => {
            tracing::error!("{e}");
            (StatusCode::INTERNAL_SERVER_ERROR, "internal error\n").into_response()
        }
    }
}

/// A page of one message and an optional link.
fn message<S>(
    web: &Web<S>,
    status: StatusCode,
    lang: PageLang,
    title: &str,
    text: &str,
    link: Option<(String, &str)>,
) -> Response {
    let error = !status.is_success();
    let (link, link_text) = link.map_or((None, ""), |(l, t)| (Some(l), t));
    page(
        web,
        status,
        "message",
        lang,
        title,
        &serde_json::json!({"message": text, "error": error, "link": link, "link_text": link_text}),
    )
}

fn lang_of(params: &Params) -> PageLang {
    PageLang::from_query(params.lang.as_deref())
}

fn secure<S>(web: &Web<S>) -> bool {
    web.config.public_url.scheme() == "https"
}

/// A form page with a fresh CSRF token in its field and cookie.
fn form_page<S>(
    web: &Web<S>,
    status: StatusCode,
    name: &str,
    lang: PageLang,
    title: &str,
    mut data: serde_json::Value,
) -> Response {
    let Some(token) = csrf::issue(&web.config.secret) else {
        return (StatusCode::SERVICE_UNAVAILABLE, "no randomness\n").into_response();
    };
    if let Some(map) = data.as_object_mut() {
        map.insert("csrf".into(), token.clone().into());
    }
    let mut response = page(web, status, name, lang, title, &data);
    if let Ok(v) = HeaderValue::from_str(&csrf::cookie(&token, secure(web))) {
        response.headers_mut().insert(header::SET_COOKIE, v);
    }
    response
}

fn csrf_ok<S>(web: &Web<S>, headers: &HeaderMap, fields: &Fields) -> bool {
    let cookie = headers.get(header::COOKIE).and_then(|v| v.to_str().ok());
    csrf::verify(
        &web.config.secret,
        fields.csrf.as_deref(),
        csrf::read_cookie(cookie, csrf::COOKIE),
    )
}

async fn index<S: Store + Clone>(
    State(web): State<Shared<S>>,
    Query(p): Query<Params>,
) -> Response {
    let lang = lang_of(&p);
    let t = lang.words();
    form_page(
        &web,
        StatusCode::OK,
        "subscribe",
        lang,
        t.subscribe_title,
        serde_json::json!({"form": Fields::blank(lang.code())}),
    )
}

static REQUESTS: AtomicU64 = AtomicU64::new(0);

async fn subscribe<S: Store + Clone>(
    State(web): State<Shared<S>>,
    ConnectInfo(client): ConnectInfo<SocketAddr>,
    Query(p): Query<Params>,
    headers: HeaderMap,
    Form(fields): Form<Fields>,
) -> Response {
    let lang = lang_of(&p);
    let t = lang.words();
    if !csrf_ok(&web, &headers, &fields) {
        return message(
            &web,
            StatusCode::FORBIDDEN,
            lang,
            t.forbidden_title,
            t.forbidden,
            Some(("/".into(), t.subscribe_title)),
        );
    }
    if REQUESTS.fetch_add(1, Ordering::Relaxed) % 1000 == 999 {
        web.limits.tidy();
    }
    let ip = client_ip(web.config.trust_forwarded_for, client, &headers);
    if !web.limits.address_ok(ip) {
        return message(
            &web,
            StatusCode::TOO_MANY_REQUESTS,
            lang,
            t.too_many_title,
            t.too_many,
            None,
        );
    }
    let invalid = |error: String| {
        form_page(
            &web,
            StatusCode::BAD_REQUEST,
            "subscribe",
            lang,
            t.invalid_title,
            serde_json::json!({"form": &fields, "error": error}),
        )
    };
    let email = match normalize_address(&fields.email) {
        Ok(e) => e,
        Err(e) => return invalid(e.to_string()),
    };
    let settings = match fields
        .subscriber(&email)
        .and_then(|n| n.settings().map_err(|e| e.to_string()))
    {
        Ok(s) => s,
        Err(e) => return invalid(e),
    };
    // The answer is the same whether or not the address is subscribed, and
    // whether or not it was mailed: nobody learns who is on the list.
    let done = message(
        &web,
        StatusCode::OK,
        lang,
        t.check_inbox_title,
        t.check_inbox,
        None,
    );
    if !web.limits.email_ok(&email) {
        tracing::info!("subscribe requests for one address over the limit");
        return done;
    }
    let record = match web.store.request(settings, Utc::now()).await {
        Ok(r) => r,
        Err(e) => {
            tracing::error!("subscribe request: {e}");
            return unavailable(&web, lang);
        }
    };
    let mail_lang = if record.settings.lang == "en" {
        PageLang::En
    } else {
        PageLang::Vi
    };
    let w = mail_lang.words();
    let (subject, intro, link) = if record.status == SubscriberStatus::Pending {
        (
            w.mail_confirm_subject,
            w.mail_confirm,
            web.config.link("/confirm", &record.token),
        )
    } else {
        (
            w.mail_known_subject,
            w.mail_known,
            web.config.link("/preferences", &record.token),
        )
    };
    // Sent apart from the answer, whose timing then says nothing either.
    let mailer = web.mailer.clone();
    let to = record.settings.email.clone();
    tokio::spawn(async move {
        if let Err(e) = mailer.send_link(&to, subject, intro, &link).await {
            tracing::warn!("mailing a subscribe link: {e}");
        }
    });
    done
}

/// The client a request comes from: the peer, or behind a trusted proxy
/// the last `X-Forwarded-For` address (the one the proxy appended; those
/// before it are the client's own word).
fn client_ip(trust: bool, peer: SocketAddr, headers: &HeaderMap) -> std::net::IpAddr {
    if !trust {
        return peer.ip();
    }
    headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .last()
        .and_then(|a| a.trim().parse().ok())
        .unwrap_or(peer.ip())
}

/// The subscriber a link's token names, compared in constant time.
async fn by_token<S: Store + Clone>(web: &Web<S>, given: Option<&str>) -> Option<Subscriber> {
    let given = given?.trim();
    if !token::well_formed(given) {
        return None;
    }
    let record = match web.store.subscriber_by_token(given.to_string()).await {
        Ok(r) => r?,
        Err(e) => {
            tracing::error!("looking up a token: {e}");
            return None;
        }
    };
    if !token::same(&record.token, given) {
        return None;
    }
    Subscriber::try_from(record).ok()
}

/// The store could not answer: try again later (503).
fn unavailable<S>(web: &Web<S>, lang: PageLang) -> Response {
    let t = lang.words();
    message(
        web,
        StatusCode::SERVICE_UNAVAILABLE,
        lang,
        t.too_many_title,
        t.too_many,
        None,
    )
}

fn bad_link<S>(web: &Web<S>, lang: PageLang) -> Response {
    let t = lang.words();
    message(
        web,
        StatusCode::NOT_FOUND,
        lang,
        t.bad_link_title,
        t.bad_link,
        Some((format!("/?lang={}", lang.code()), t.subscribe_title)),
    )
}

async fn confirm<S: Store + Clone>(
    State(web): State<Shared<S>>,
    Query(p): Query<Params>,
) -> Response {
    let lang = lang_of(&p);
    let t = lang.words();
    let Some(sub) = by_token(&web, p.token.as_deref()).await else {
        return bad_link(&web, lang);
    };
    if sub.status != SubscriberStatus::Pending {
        return bad_link(&web, lang);
    }
    let now = Utc::now();
    let since = now - chrono::Duration::from_std(CONFIRM_WITHIN).unwrap_or_default();
    match web.store.confirm(sub.token.clone(), since, now).await {
        Ok(Some(record)) => {
            tracing::info!("a subscription was confirmed");
            message(
                &web,
                StatusCode::OK,
                lang,
                t.confirmed_title,
                t.confirmed,
                Some((
                    format!("/preferences?token={}&lang={}", record.token, lang.code()),
                    t.manage,
                )),
            )
        }
        Ok(None) => bad_link(&web, lang),
        Err(e) => {
            tracing::error!("confirming: {e}");
            unavailable(&web, lang)
        }
    }
}

async fn preferences<S: Store + Clone>(
    State(web): State<Shared<S>>,
    Query(p): Query<Params>,
) -> Response {
    let lang = lang_of(&p);
    let Some(sub) = by_token(&web, p.token.as_deref()).await else {
        return bad_link(&web, lang);
    };
    form_page(
        &web,
        StatusCode::OK,
        "preferences",
        lang,
        lang.words().preferences_title,
        serde_json::json!({"form": Fields::of(&sub), "email": sub.email, "token": sub.token}),
    )
}

async fn save_preferences<S: Store + Clone>(
    State(web): State<Shared<S>>,
    Query(p): Query<Params>,
    headers: HeaderMap,
    Form(fields): Form<Fields>,
) -> Response {
    let lang = lang_of(&p);
    let t = lang.words();
    let Some(sub) = by_token(&web, p.token.as_deref()).await else {
        return bad_link(&web, lang);
    };
    if !csrf_ok(&web, &headers, &fields) {
        return message(
            &web,
            StatusCode::FORBIDDEN,
            lang,
            t.forbidden_title,
            t.forbidden,
            None,
        );
    }
    let settings = fields
        .subscriber(&sub.email)
        .and_then(|n| n.settings().map_err(|e| e.to_string()));
    let data = |saved: bool, error: Option<String>, form: &Fields| serde_json::json!({"form": form, "email": sub.email, "token": sub.token, "saved": saved, "error": error});
    let settings = match settings {
        Ok(s) => s,
        Err(e) => {
            return form_page(
                &web,
                StatusCode::BAD_REQUEST,
                "preferences",
                lang,
                t.preferences_title,
                data(false, Some(e), &fields),
            );
        }
    };
    match web.store.subscribe(settings, Utc::now()).await {
        Ok(record) => {
            let form = Subscriber::try_from(record)
                .map(|s| Fields::of(&s))
                .unwrap_or(fields);
            form_page(
                &web,
                StatusCode::OK,
                "preferences",
                lang,
                t.preferences_title,
                data(true, None, &form),
            )
        }
        Err(e) => {
            tracing::error!("saving preferences: {e}");
            unavailable(&web, lang)
        }
    }
}

async fn unsubscribe_page<S: Store + Clone>(
    State(web): State<Shared<S>>,
    Query(p): Query<Params>,
) -> Response {
    let lang = lang_of(&p);
    let Some(sub) = by_token(&web, p.token.as_deref()).await else {
        return bad_link(&web, lang);
    };
    page(
        &web,
        StatusCode::OK,
        "unsubscribe",
        lang,
        lang.words().unsubscribe_title,
        &serde_json::json!({"email": sub.email, "token": sub.token}),
    )
}

/// RFC 8058 one-click: the token alone is enough (mail providers post it
/// with the body `List-Unsubscribe=One-Click`, without cookies); the answer
/// is 200 whether or not the token still names someone.
async fn unsubscribe<S: Store + Clone>(
    State(web): State<Shared<S>>,
    Query(p): Query<Params>,
) -> Response {
    let lang = lang_of(&p);
    let t = lang.words();
    let given = p.token.as_deref().map(str::trim).unwrap_or("");
    if !token::well_formed(given) {
        return bad_link(&web, lang);
    }
    if let Some(sub) = by_token(&web, Some(given)).await {
        if let Err(e) = web
            .store
            .unsubscribe(Unsubscribe::Token(sub.token), false)
            .await
        {
            tracing::error!("unsubscribing: {e}");
            return unavailable(&web, lang);
        }
        tracing::info!("a subscriber unsubscribed");
    }
    message(
        &web,
        StatusCode::OK,
        lang,
        t.unsubscribed_title,
        t.unsubscribed,
        None,
    )
}

async fn archive_list<S: Store + Clone>(
    State(web): State<Shared<S>>,
    Query(p): Query<Params>,
) -> Response {
    let lang = lang_of(&p);
    let t = lang.words();
    let entries = match archive::entries(&web.store).await {
        Ok(e) => e,
        Err(e) => {
            tracing::error!("archive: {e}");
            return unavailable(&web, lang);
        }
    };
    let issuer = p.issuer.clone().unwrap_or_default();
    let want = fold(issuer.trim());
    let matching: Vec<&archive::Entry> = entries
        .iter()
        .filter(|e| want.is_empty() || fold(&e.issuer).contains(&want))
        .collect();
    let at = p
        .page
        .as_deref()
        .and_then(|n| n.parse::<usize>().ok())
        .unwrap_or(1)
        .max(1);
    let (shown, more) = archive::page_of(&matching, at);
    page(
        &web,
        StatusCode::OK,
        "archive",
        lang,
        t.archive,
        &serde_json::json!({
            "entries": shown,
            "issuer": issuer,
            "newer": (at > 1).then(|| archive_href(lang, &issuer, at - 1)),
            "older": more.then(|| archive_href(lang, &issuer, at + 1)),
        }),
    )
}

/// The link to page `page` of the archive, keeping the language and filter.
fn archive_href(lang: PageLang, issuer: &str, page: usize) -> String {
    let mut query = url::form_urlencoded::Serializer::new(String::new());
    query.append_pair("lang", lang.code());
    if !issuer.is_empty() {
        query.append_pair("issuer", issuer);
    }
    query.append_pair("page", &page.to_string());
    format!("/archive?{}", query.finish())
}

async fn archive_entry<S: Store + Clone>(
    State(web): State<Shared<S>>,
    Path(id): Path<String>,
    Query(p): Query<Params>,
) -> Response {
    let lang = lang_of(&p);
    let Ok(id) = id.parse::<i64>() else {
        return not_found_page(&web, lang);
    };
    match archive::one(&web.store, id).await {
        Ok(Some((entry, article))) => {
            let mut data = archive::detail(&article);
            if let (Some(map), Ok(serde_json::Value::Object(e))) =
                (data.as_object_mut(), serde_json::to_value(&entry))
            {
                map.extend(e);
            }
            page(&web, StatusCode::OK, "entry", lang, &entry.title, &data)
        }
        Ok(None) => not_found_page(&web, lang),
        Err(e) => {
            tracing::error!("archive: {e}");
            unavailable(&web, lang)
        }
    }
}

async fn feed<S: Store + Clone>(State(web): State<Shared<S>>) -> Response {
    match archive::entries(&web.store).await {
        Ok(entries) => (
            [(header::CONTENT_TYPE, "application/atom+xml; charset=utf-8")],
            archive::feed(&entries, &web.config.public_url, PageLang::Vi.words().feed),
        )
            .into_response(),
        Err(e) => {
            tracing::error!("feed: {e}");
            (StatusCode::SERVICE_UNAVAILABLE, "store unavailable\n").into_response()
        }
    }
}

async fn healthz<S: Store + Clone>(State(web): State<Shared<S>>) -> Response {
    match web.store.article_count().await {
        Ok(_) => (StatusCode::OK, "ok\n").into_response(),
        Err(e) => (StatusCode::SERVICE_UNAVAILABLE, format!("store: {e}\n")).into_response(),
    }
}

async fn metrics<S: Store + Clone>(State(web): State<Shared<S>>) -> Response {
    match web.store.status_counts().await {
        Ok(counts) => (
            [(
                header::CONTENT_TYPE,
                "text/plain; version=0.0.4; charset=utf-8",
            )],
            web.metrics.render(&counts),
        )
            .into_response(),
        Err(e) => (StatusCode::SERVICE_UNAVAILABLE, format!("store: {e}\n")).into_response(),
    }
}

async fn style() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        crate::pages::STYLE,
    )
        .into_response()
}

fn not_found_page<S>(web: &Web<S>, lang: PageLang) -> Response {
    let t = lang.words();
    message(
        web,
        StatusCode::NOT_FOUND,
        lang,
        t.not_found_title,
        t.not_found,
        None,
    )
}

async fn not_found() -> Response {
    (StatusCode::NOT_FOUND, "not found\n").into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    async fn headers_of(public: &str) -> HeaderMap {
        use tower::ServiceExt;
        let web = crate::Web::new(
            nghiquyet_digest::SqliteStore::open_in_memory().unwrap(),
            crate::WebConfig::new(public.parse().unwrap(), [1; 32]),
            crate::Mailer::new(
                "a <a@example.vn>".parse().unwrap(),
                nghiquyet_digest::Transport::stub(),
            ),
            crate::Metrics::default(),
        )
        .unwrap();
        let response = web
            .router()
            .oneshot(
                axum::http::Request::get("/healthz")
                    .body(axum::body::Body::empty())
                    .unwrap(),
            )
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::OK);
        response.headers().clone()
    }

    #[tokio::test]
    async fn strict_headers_and_hsts_over_https_only() {
        let h = headers_of("https://digest.example.vn").await;
        assert!(
            h["content-security-policy"]
                .to_str()
                .unwrap()
                .contains("default-src 'none'")
        );
        assert_eq!(h["x-frame-options"], "DENY");
        assert!(h.contains_key("strict-transport-security"));
        let h = headers_of("http://127.0.0.1:8080").await;
        assert!(!h.contains_key("strict-transport-security"));
    }

    #[test]
    fn the_client_behind_a_trusted_proxy() {
        let peer: SocketAddr = "127.0.0.1:5000".parse().unwrap();
        let mut h = HeaderMap::new();
        h.append(
            "x-forwarded-for",
            HeaderValue::from_static("6.6.6.6, 203.0.113.7"),
        );
        assert_eq!(
            client_ip(false, peer, &h),
            peer.ip(),
            "not trusted: the peer"
        );
        assert_eq!(
            client_ip(true, peer, &h).to_string(),
            "203.0.113.7",
            "the proxy's entry"
        );
        assert_eq!(client_ip(true, peer, &HeaderMap::new()), peer.ip());
    }
}
