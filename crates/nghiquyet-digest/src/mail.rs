//! Composing digest emails and handing them to a mail server or an outbox.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use chrono::{DateTime, Utc};
use lettre::address::Envelope;
use lettre::message::dkim::{
    DkimCanonicalization, DkimCanonicalizationType, DkimConfig, DkimSigningAlgorithm,
    DkimSigningKey,
};
use lettre::message::header::{HeaderName, HeaderValue};
use lettre::message::{Mailbox, MultiPart};
use lettre::transport::smtp::PoolConfig;
use lettre::transport::smtp::client::{Certificate, Tls, TlsParameters};
use lettre::{Address, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use nghiquyet_core::Article;

use crate::{Error, RenderOptions, Renderer, Subscriber};

/// Checks an email address and returns it in the form the store keys on
/// (trimmed, lowercase).
///
/// ```
/// use nghiquyet_digest::normalize_address;
///
/// assert_eq!(normalize_address(" An@Example.VN ")?, "an@example.vn");
/// assert!(normalize_address("not an address").is_err());
/// # Ok::<(), nghiquyet_digest::Error>(())
/// ```
pub fn normalize_address(address: &str) -> Result<String, Error> {
    let lower = address.trim().to_lowercase();
    lower.parse::<Address>().map_err(|e| Error::Address {
        address: address.to_string(),
        message: e.to_string(),
    })?;
    Ok(lower)
}

/// DKIM signing settings.
#[derive(Debug, Clone)]
pub struct DkimSettings {
    /// The selector published in DNS (`selector._domainkey.domain`).
    pub selector: String,
    /// The signing domain.
    pub domain: String,
    /// The private key: an RSA key in PKCS#1 PEM, or an Ed25519 key in base64.
    pub key: String,
}

/// How digests are addressed: sender, list headers and DKIM.
#[derive(Debug, Clone)]
pub struct MailSettings {
    /// The From mailbox ("nghiquyet <digest@example.vn>").
    pub from: String,
    /// The Reply-To mailbox, if any.
    pub reply_to: Option<String>,
    /// The one-click unsubscribe URL; `{token}` in it is replaced by the
    /// subscriber's secret token, else `?token=...` is appended.
    pub unsubscribe_url: String,
    /// The address for unsubscribing by email; the From address by default.
    pub unsubscribe_mailto: Option<String>,
    /// The List-Id header; `nghiquyet digest <digest.DOMAIN>` by default.
    pub list_id: Option<String>,
    /// DKIM signing, if wanted.
    pub dkim: Option<DkimSettings>,
}

impl Default for MailSettings {
    fn default() -> Self {
        MailSettings {
            from: "nghiquyet <digest@nghiquyet.invalid>".into(),
            reply_to: None,
            unsubscribe_url: "https://nghiquyet.invalid/unsubscribe?token={token}".into(),
            unsubscribe_mailto: None,
            list_id: None,
            dkim: None,
        }
    }
}

/// Turns a subscriber's articles into a signed, addressed email.
#[derive(Debug)]
pub struct Composer {
    from: Mailbox,
    reply_to: Option<Mailbox>,
    domain: String,
    unsubscribe_url: String,
    unsubscribe_mailto: String,
    list_id: String,
    dkim: Option<DkimConfig>,
    renderer: Renderer,
}

fn mailbox(what: &str, s: &str) -> Result<Mailbox, Error> {
    s.parse::<Mailbox>()
        .map_err(|e| Error::Config(format!("{what} {s:?}: {e}")))
}

impl Composer {
    /// A composer with these settings and templates.
    ///
    /// ```
    /// use nghiquyet_digest::{Composer, MailSettings, Renderer};
    ///
    /// let c = Composer::new(&MailSettings::default(), Renderer::new())?;
    /// assert_eq!(c.from().email.to_string(), "digest@nghiquyet.invalid");
    /// # Ok::<(), nghiquyet_digest::Error>(())
    /// ```
    pub fn new(settings: &MailSettings, renderer: Renderer) -> Result<Self, Error> {
        let from = mailbox("From address", &settings.from)?;
        let reply_to = settings
            .reply_to
            .as_deref()
            .map(|r| mailbox("Reply-To address", r))
            .transpose()?;
        let domain = from.email.domain().to_string();
        let unsubscribe_mailto = match &settings.unsubscribe_mailto {
            Some(m) => normalize_address(m)?,
            None => from.email.to_string(),
        };
        if !settings.unsubscribe_url.starts_with("https://")
            && !settings.unsubscribe_url.starts_with("http://")
        {
            return Err(Error::Config(format!(
                "unsubscribe URL {:?}: expected an http(s) URL",
                settings.unsubscribe_url
            )));
        }
        let list_id = settings
            .list_id
            .clone()
            .unwrap_or_else(|| format!("nghiquyet digest <digest.{domain}>"));
        let dkim = settings
            .dkim
            .as_ref()
            .map(|d| {
                let algorithm = if d.key.contains("-----BEGIN") {
                    DkimSigningAlgorithm::Rsa
                } else {
                    DkimSigningAlgorithm::Ed25519
                };
                let key = DkimSigningKey::new(d.key.trim(), algorithm)
                    .map_err(|e| Error::Config(format!("DKIM key: {e}")))?;
                let headers = [
                    "From",
                    "To",
                    "Subject",
                    "Date",
                    "Message-ID",
                    "Reply-To",
                    "List-Id",
                    "List-Unsubscribe",
                    "List-Unsubscribe-Post",
                ]
                .into_iter()
                .map(HeaderName::new_from_ascii_str)
                .collect();
                Ok::<_, Error>(DkimConfig::new(
                    d.selector.clone(),
                    d.domain.clone(),
                    key,
                    headers,
                    DkimCanonicalization {
                        header: DkimCanonicalizationType::Relaxed,
                        body: DkimCanonicalizationType::Relaxed,
                    },
                ))
            })
            .transpose()?;
        Ok(Composer {
            from,
            reply_to,
            domain,
            unsubscribe_url: settings.unsubscribe_url.clone(),
            unsubscribe_mailto,
            list_id,
            dkim,
            renderer,
        })
    }

    /// The From mailbox.
    pub fn from(&self) -> &Mailbox {
        &self.from
    }

    /// The renderer.
    pub fn renderer(&self) -> &Renderer {
        &self.renderer
    }

    /// The subscriber's one-click unsubscribe URL.
    pub fn unsubscribe_url(&self, subscriber: &Subscriber) -> String {
        if self.unsubscribe_url.contains("{token}") {
            self.unsubscribe_url.replace("{token}", &subscriber.token)
        } else {
            let sep = if self.unsubscribe_url.contains('?') {
                '&'
            } else {
                '?'
            };
            format!("{}{sep}token={}", self.unsubscribe_url, subscriber.token)
        }
    }

    /// The Message-ID of a subscriber's digest: the same for every attempt
    /// to send it.
    pub fn message_id(&self, subscriber: &Subscriber, digest_id: i64, to_seq: i64) -> String {
        format!(
            "<digest.{digest_id}.{}.{to_seq}@{}>",
            subscriber.id, self.domain
        )
    }

    /// Renders the subscriber's digest of `articles` without addressing it.
    pub fn render(
        &self,
        subscriber: &Subscriber,
        articles: &[Article],
        date: DateTime<Utc>,
    ) -> Result<crate::RenderedDigest, Error> {
        let local = crate::parse_tz(&subscriber.tz)
            .map(|tz| date.with_timezone(&tz).format("%d/%m/%Y").to_string())
            .unwrap_or_else(|_| date.format("%d/%m/%Y").to_string());
        self.renderer.render(
            articles,
            subscriber.lang,
            &RenderOptions {
                recipient_name: subscriber.name.clone(),
                unsubscribe_url: Some(self.unsubscribe_url(subscriber)),
                date: Some(local),
            },
        )
    }

    /// Composes the subscriber's digest of `articles` as an email to `to`
    /// (the subscriber's own address unless testing) with `message_id`, dated `date`.
    pub fn compose(
        &self,
        subscriber: &Subscriber,
        to: Option<&str>,
        articles: &[Article],
        message_id: &str,
        date: DateTime<Utc>,
    ) -> Result<Message, Error> {
        let rendered = self.render(subscriber, articles, date)?;
        let to_address = to.unwrap_or(&subscriber.email);
        let to_email: Address =
            to_address
                .parse()
                .map_err(|e: lettre::address::AddressError| Error::Address {
                    address: to_address.to_string(),
                    message: e.to_string(),
                })?;
        let to_box = Mailbox::new(
            if to.is_none() {
                subscriber.name.clone()
            } else {
                None
            },
            to_email,
        );
        let unsubscribe = self.unsubscribe_url(subscriber);
        let raw = |name: &'static str, value: String| {
            HeaderValue::new(HeaderName::new_from_ascii_str(name), value)
        };
        let mut builder = Message::builder()
            .from(self.from.clone())
            .to(to_box)
            .subject(rendered.subject)
            .date(date.into())
            .message_id(Some(message_id.to_string()))
            .raw_header(raw("List-Id", self.list_id.clone()))
            .raw_header(raw(
                "List-Unsubscribe",
                format!(
                    "<{unsubscribe}>, <mailto:{}?subject=unsubscribe>",
                    self.unsubscribe_mailto
                ),
            ))
            .raw_header(raw(
                "List-Unsubscribe-Post",
                "List-Unsubscribe=One-Click".into(),
            ));
        if let Some(r) = &self.reply_to {
            builder = builder.reply_to(r.clone());
        }
        let mut message = builder
            .multipart(MultiPart::alternative_plain_html(
                rendered.text,
                rendered.html,
            ))
            .map_err(|e| Error::Config(format!("building the message: {e}")))?;
        if let Some(dkim) = &self.dkim {
            message.sign(dkim);
        }
        Ok(message)
    }

    /// The envelope of a stored digest's message.
    pub fn envelope(&self, recipient: &str) -> Result<Envelope, Error> {
        let to: Address = recipient
            .parse()
            .map_err(|e: lettre::address::AddressError| Error::Address {
                address: recipient.to_string(),
                message: e.to_string(),
            })?;
        Envelope::new(Some(self.from.email.clone()), vec![to])
            .map_err(|e| Error::Config(e.to_string()))
    }
}

/// The messages a [`Mailer::Memory`] received: envelope and bytes, in order.
pub type Sent = Arc<Mutex<Vec<(Envelope, Vec<u8>)>>>;

/// Where messages go: an SMTP server, an outbox folder of `.eml` files, or
/// memory (for tests).
#[derive(Clone)]
pub enum Mailer {
    /// A pooled SMTP (or SMTPS/STARTTLS) connection.
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    /// A folder: each message becomes `<message-id>.eml`.
    Outbox(PathBuf),
    /// A list in memory, for tests.
    Memory(Sent),
}

impl std::fmt::Debug for Mailer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Mailer::Smtp(_) => f.write_str("Mailer::Smtp"),
            Mailer::Outbox(p) => write!(f, "Mailer::Outbox({})", p.display()),
            Mailer::Memory(_) => f.write_str("Mailer::Memory"),
        }
    }
}

/// The TLS mode an SMTP URL asks for, trusting `pem` as well as the system's roots.
fn tls_trusting(url: &str, pem: &[u8]) -> Result<Tls, Error> {
    let config = |why: String| Error::Config(format!("SMTP URL {}: {why}", redact(url)));
    let (scheme, rest) = url
        .split_once("://")
        .ok_or_else(|| config("no scheme".into()))?;
    let authority = rest.split(['/', '?']).next().unwrap_or_default();
    let host_port = authority.rsplit('@').next().unwrap_or_default();
    let host = match host_port.strip_prefix('[') {
        Some(v6) => v6.split(']').next().unwrap_or_default(),
        None => host_port.split(':').next().unwrap_or_default(),
    };
    let query = rest.split_once('?').map(|(_, q)| q).unwrap_or_default();
    let tls_param = query
        .split('&')
        .find_map(|kv| kv.strip_prefix("tls="))
        .unwrap_or_default();
    #[derive(Clone, Copy)]
    enum Mode {
        Wrapper,
        Required,
        Opportunistic,
    }
    let mode = match (scheme, tls_param) {
        ("smtps", _) => Mode::Wrapper,
        (_, "required") => Mode::Required,
        (_, "opportunistic") => Mode::Opportunistic,
        _ => {
            return Err(config(
                "a CA certificate needs a TLS URL: smtps://, or ?tls=required or ?tls=opportunistic"
                    .into(),
            ));
        }
    };
    // An empty or foreign file parses as no certificate at all: refuse it.
    if !pem
        .windows(b"-----BEGIN CERTIFICATE-----".len())
        .any(|w| w == b"-----BEGIN CERTIFICATE-----")
    {
        return Err(Error::Config(
            "the CA certificate is not PEM: no BEGIN CERTIFICATE block".into(),
        ));
    }
    let certificate = Certificate::from_pem(pem)
        .map_err(|e| Error::Config(format!("the CA certificate is not PEM: {e}")))?;
    let parameters = TlsParameters::builder(host.to_string())
        .add_root_certificate(certificate)
        .build_rustls()
        .map_err(|e| Error::Config(format!("the CA certificate cannot be used: {e}")))?;
    Ok(match mode {
        Mode::Wrapper => Tls::Wrapper(parameters),
        Mode::Required => Tls::Required(parameters),
        Mode::Opportunistic => Tls::Opportunistic(parameters),
    })
}

/// Removes the password from a URL for messages.
fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(s), Some(at)) if at > s => format!("{}://***@{}", &url[..s], &url[at + 1..]),
        _ => url.to_string(),
    }
}

impl Mailer {
    /// An SMTP mailer from a URL: `smtp://host:port` (plain),
    /// `smtp://host:587?tls=required` or `?tls=opportunistic` (STARTTLS),
    /// `smtps://host:465` (TLS). Credentials come from the URL
    /// (`smtp://user:pass@host`) or else from `NGHIQUYET_SMTP_USER` and
    /// `NGHIQUYET_SMTP_PASSWORD`; error messages never show them.
    ///
    /// The connection pool lives in the tokio runtime: call this (and drop
    /// the mailer) inside one.
    ///
    /// ```
    /// use nghiquyet_digest::Mailer;
    ///
    /// assert!(Mailer::smtp("smtp://127.0.0.1:2525").is_err(), "outside a runtime");
    /// let rt = tokio::runtime::Runtime::new()?;
    /// let _inside = rt.enter();
    /// assert!(Mailer::smtp("smtp://127.0.0.1:2525").is_ok());
    /// let err = Mailer::smtp("ftp://u:secret@host").unwrap_err();
    /// assert!(!err.to_string().contains("secret"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn smtp(url: &str) -> Result<Self, Error> {
        Self::smtp_with_ca(url, None)
    }

    /// An SMTP mailer as [`Mailer::smtp`] that also trusts the PEM
    /// certificate(s) `ca_pem` for the server's TLS certificate: a mail
    /// server with a private or self-signed certificate. The URL must ask
    /// for TLS (`smtps://` or `?tls=required|opportunistic`).
    ///
    /// ```
    /// use nghiquyet_digest::Mailer;
    ///
    /// let rt = tokio::runtime::Runtime::new()?;
    /// let _inside = rt.enter();
    /// let err = Mailer::smtp_with_ca("smtp://127.0.0.1:25", Some(b"...")).unwrap_err();
    /// assert!(err.to_string().contains("needs a TLS URL"));
    /// let err = Mailer::smtp_with_ca("smtps://127.0.0.1:465", Some(b"not a certificate")).unwrap_err();
    /// assert!(err.to_string().contains("CA certificate"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn smtp_with_ca(url: &str, ca_pem: Option<&[u8]>) -> Result<Self, Error> {
        if tokio::runtime::Handle::try_current().is_err() {
            return Err(Error::Config(
                "an SMTP mailer needs a tokio runtime: create it inside one".into(),
            ));
        }
        let mut builder = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            .map_err(|e| Error::Config(format!("SMTP URL {}: {e}", redact(url))))?;
        if let Some(pem) = ca_pem {
            builder = builder.tls(tls_trusting(url, pem)?);
        }
        let has_user = url
            .split("://")
            .nth(1)
            .is_some_and(|rest| rest.split('/').next().is_some_and(|h| h.contains('@')));
        if !has_user
            && let (Ok(user), Ok(pass)) = (
                std::env::var("NGHIQUYET_SMTP_USER"),
                std::env::var("NGHIQUYET_SMTP_PASSWORD"),
            )
        {
            builder = builder.credentials(
                lettre::transport::smtp::authentication::Credentials::new(user, pass),
            );
        }
        let transport = builder
            .timeout(Some(Duration::from_secs(30)))
            .pool_config(PoolConfig::new().max_size(crate::service::CONCURRENCY as u32))
            .build();
        Ok(Mailer::Smtp(transport))
    }

    /// An outbox mailer writing `.eml` files into `dir` (created if needed).
    pub fn outbox(dir: &Path) -> Result<Self, Error> {
        std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        Ok(Mailer::Outbox(dir.to_path_buf()))
    }

    /// A mailer keeping messages in memory, and the list it fills.
    pub fn memory() -> (Self, Sent) {
        let list = Arc::new(Mutex::new(Vec::new()));
        (Mailer::Memory(list.clone()), list)
    }

    /// Hands one message over; the error tells whether trying again may help.
    pub async fn send_raw(
        &self,
        envelope: &Envelope,
        message: &[u8],
        message_id: &str,
    ) -> Result<(), Error> {
        let recipient = envelope
            .to()
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(", ");
        match self {
            Mailer::Smtp(t) => t
                .send_raw(envelope, message)
                .await
                .map(|_| ())
                .map_err(|e| Error::Send {
                    recipient,
                    transient: !e.is_permanent(),
                    message: e.to_string(),
                }),
            Mailer::Outbox(dir) => {
                let name: String = message_id
                    .chars()
                    .map(|c| {
                        if c.is_ascii_alphanumeric() || c == '.' || c == '-' {
                            c
                        } else {
                            '_'
                        }
                    })
                    .collect();
                let path = dir.join(format!("{}.eml", name.trim_matches('_')));
                let tmp = dir.join(format!(".{}.tmp", name.trim_matches('_')));
                tokio::fs::write(&tmp, message)
                    .await
                    .map_err(|e| Error::io(&tmp, e))?;
                tokio::fs::rename(&tmp, &path)
                    .await
                    .map_err(|e| Error::io(&path, e))
            }
            Mailer::Memory(list) => {
                list.lock()
                    .map_err(|_| Error::Config("memory mailer poisoned".into()))?
                    .push((envelope.clone(), message.to_vec()));
                Ok(())
            }
        }
    }
}

/// The file name an outbox gives the message with this Message-ID.
///
/// ```
/// assert_eq!(nghiquyet_digest::outbox_file_name("<digest.1.2.3@example.vn>"), "digest.1.2.3_example.vn.eml");
/// ```
pub fn outbox_file_name(message_id: &str) -> String {
    let name: String = message_id
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '.' || c == '-' {
                c
            } else {
                '_'
            }
        })
        .collect();
    format!("{}.eml", name.trim_matches('_'))
}

/// How temporary failures are retried: exponential backoff with jitter.
#[derive(Debug, Clone, Copy)]
pub struct RetryPolicy {
    /// Attempts in one round, the first included.
    pub attempts: u32,
    /// The first wait.
    pub base: Duration,
    /// The longest wait.
    pub max: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            attempts: 4,
            base: Duration::from_millis(500),
            max: Duration::from_secs(30),
        }
    }
}

impl RetryPolicy {
    /// The wait before attempt `n` (1-based, after a failure of attempt `n`):
    /// `base * 2^(n-1)`, capped at `max`, scaled by a random factor in [0.5, 1).
    ///
    /// ```
    /// use std::time::Duration;
    /// let p = nghiquyet_digest::RetryPolicy::default();
    /// let d = p.backoff(1);
    /// assert!(d >= Duration::from_millis(250) && d < Duration::from_millis(500));
    /// assert!(p.backoff(30) < p.max);
    /// ```
    pub fn backoff(&self, n: u32) -> Duration {
        let exp = self
            .base
            .saturating_mul(1u32 << n.saturating_sub(1).min(20))
            .min(self.max);
        let mut b = [0u8; 4];
        let r = if getrandom::fill(&mut b).is_ok() {
            u32::from_le_bytes(b)
        } else {
            0
        };
        let factor = 0.5 + (r as f64 / u32::MAX as f64) * 0.4999;
        exp.mul_f64(factor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Filter, Lang};

    fn subscriber() -> Subscriber {
        Subscriber {
            id: 7,
            email: "an@example.vn".into(),
            name: Some("Nguyễn Văn An".into()),
            schedule: "@daily".parse().unwrap(),
            tz: "Asia/Ho_Chi_Minh".into(),
            lang: Lang::Vi,
            filter: Filter::default(),
            token: "0123456789abcdef0123456789abcdef".into(),
            position: 0,
            last_digest: "2026-01-01T00:00:00Z".parse().unwrap(),
            subscribed: "2026-01-01T00:00:00Z".parse().unwrap(),
        }
    }

    #[test]
    fn dkim_signs_the_list_headers() {
        let settings = MailSettings {
            dkim: Some(DkimSettings {
                selector: "s1".into(),
                domain: "nghiquyet.invalid".into(),
                // Any 32 bytes make an Ed25519 key.
                key: "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=".into(),
            }),
            ..MailSettings::default()
        };
        let c = Composer::new(&settings, Renderer::new()).unwrap();
        let article = nghiquyet_core::parse_article(
            "Tỉnh Mẫu:\nTin\nCập nhật: Thứ Hai 12/10/2020 - 08:00\nMột đoạn.",
        )
        .unwrap();
        let sub = subscriber();
        let id = c.message_id(&sub, 1, 3);
        let msg = c
            .compose(
                &sub,
                None,
                &[article],
                &id,
                "2026-01-02T00:00:00Z".parse().unwrap(),
            )
            .unwrap();
        let text = String::from_utf8(msg.formatted()).unwrap();
        let sig = text
            .split("DKIM-Signature:")
            .nth(1)
            .expect("a DKIM signature");
        let sig: String = sig
            .split("\r\n")
            .take_while(|l| !l.contains(':') || l.starts_with(' ') || l.starts_with('\t'))
            .collect();
        let h = sig.to_ascii_lowercase();
        assert!(
            h.contains("d=nghiquyet.invalid") && h.contains("s=s1"),
            "{sig}"
        );
        for name in [
            "list-unsubscribe",
            "list-unsubscribe-post",
            "list-id",
            "message-id",
        ] {
            assert!(h.contains(name), "{name} not signed: {sig}");
        }
        assert_eq!(id, "<digest.1.7.3@nghiquyet.invalid>");
    }

    #[test]
    fn bad_settings_are_refused() {
        let bad = |s: MailSettings| Composer::new(&s, Renderer::new()).unwrap_err().to_string();
        assert!(
            bad(MailSettings {
                from: "nobody".into(),
                ..MailSettings::default()
            })
            .contains("From address")
        );
        assert!(
            bad(MailSettings {
                unsubscribe_url: "javascript:x".into(),
                ..MailSettings::default()
            })
            .contains("unsubscribe URL")
        );
        let dkim = Some(DkimSettings {
            selector: "s".into(),
            domain: "d".into(),
            key: "-----BEGIN nonsense".into(),
        });
        assert!(
            bad(MailSettings {
                dkim,
                ..MailSettings::default()
            })
            .contains("DKIM key")
        );
    }

    #[test]
    fn unsubscribe_url_takes_the_token() {
        let sub = subscriber();
        let c = Composer::new(&MailSettings::default(), Renderer::new()).unwrap();
        assert_eq!(
            c.unsubscribe_url(&sub),
            "https://nghiquyet.invalid/unsubscribe?token=0123456789abcdef0123456789abcdef"
        );
        let s = MailSettings {
            unsubscribe_url: "https://x.vn/u?list=1".into(),
            ..MailSettings::default()
        };
        let c = Composer::new(&s, Renderer::new()).unwrap();
        assert_eq!(
            c.unsubscribe_url(&sub),
            "https://x.vn/u?list=1&token=0123456789abcdef0123456789abcdef"
        );
    }
}
