//! Digest emails: a body rendered and encoded once per distinct content,
//! and the per-recipient parts (To, greeting name, unsubscribe URL,
//! Message-ID, Date, DKIM signature) assembled around it, deterministically:
//! a retry sends exactly the bytes of the first try.

use std::time::SystemTime;

use chrono::{DateTime, Utc};
use lettre::address::Envelope;
use lettre::message::dkim::{
    DkimCanonicalization, DkimCanonicalizationType, DkimConfig, DkimSigningAlgorithm,
    DkimSigningKey,
};
use lettre::message::header::{ContentTransferEncoding, ContentType, HeaderName, HeaderValue};
use lettre::message::{Body as MimeBody, Mailbox};
use lettre::{Address, Message};
use nghiquyet_core::Article;
use sha2::{Digest as _, Sha256};

use crate::{Error, Lang, RenderOptions, RenderedDigest, Renderer, Subscriber, check_name};

/// Where the recipient's name goes in a shared body.
const NAME_MARK: &str = "\u{E000}";
/// Where the recipient's unsubscribe URL goes in a shared body.
const URL_MARK: &str = "\u{E001}";

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
    /// subscriber's secret token, else a `token` query parameter is added.
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

/// A rendered, encoded body shared by every recipient of the same content,
/// addressed by its hash, with placeholders for the per-recipient parts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Body {
    /// Hex SHA-256 of the subject and bytes.
    pub hash: String,
    /// The subject line, with placeholders.
    pub subject: String,
    /// The multipart/alternative body (text, then HTML, quoted-printable),
    /// with placeholders.
    pub bytes: Vec<u8>,
}

/// The per-recipient parts of one message.
#[derive(Debug, Clone, Copy)]
pub struct Parts<'a> {
    /// The address.
    pub recipient: &'a str,
    /// The display name, in To and the greeting.
    pub name: Option<&'a str>,
    /// The unsubscribe URL.
    pub unsubscribe_url: &'a str,
    /// The Message-ID.
    pub message_id: &'a str,
    /// The Date header.
    pub date: DateTime<Utc>,
    /// A DKIM-Signature header value made by [`Composer::sign`].
    pub dkim: Option<&'a str>,
}

/// Turns articles into addressed, optionally signed, emails.
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

fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    bytes.iter().fold(String::new(), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    })
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
            Some(m) => crate::normalize_address(m)?,
            None => from.email.to_string(),
        };
        let probe = settings.unsubscribe_url.replace("{token}", "0");
        if !url::Url::parse(&probe).is_ok_and(|u| matches!(u.scheme(), "http" | "https")) {
            return Err(Error::Config(format!(
                "unsubscribe URL {:?}: expected an http(s) URL",
                settings.unsubscribe_url
            )));
        }
        let list_id = settings
            .list_id
            .clone()
            .unwrap_or_else(|| format!("nghiquyet digest <digest.{domain}>"));
        if list_id.chars().any(char::is_control) {
            return Err(Error::Config(format!(
                "List-Id {list_id:?}: control characters"
            )));
        }
        let dkim = settings.dkim.as_ref().map(dkim_config).transpose()?;
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

    /// Whether messages are DKIM-signed.
    pub fn signs(&self) -> bool {
        self.dkim.is_some()
    }

    /// The one-click unsubscribe URL of the subscriber with this token.
    ///
    /// ```
    /// use nghiquyet_digest::{Composer, MailSettings, Renderer};
    ///
    /// let s = MailSettings { unsubscribe_url: "https://x.vn/u?list=1".into(), ..MailSettings::default() };
    /// let c = Composer::new(&s, Renderer::new())?;
    /// assert_eq!(c.unsubscribe_url("abc"), "https://x.vn/u?list=1&token=abc");
    /// # Ok::<(), nghiquyet_digest::Error>(())
    /// ```
    pub fn unsubscribe_url(&self, token: &str) -> String {
        if self.unsubscribe_url.contains("{token}") {
            return self.unsubscribe_url.replace("{token}", token);
        }
        match url::Url::parse(&self.unsubscribe_url) {
            Ok(mut u) => {
                u.query_pairs_mut().append_pair("token", token);
                u.to_string()
            }
            Err(_) => self.unsubscribe_url.clone(),
        }
    }

    /// The Message-ID of a subscriber's digest covering `(from_seq, to_seq]`
    /// made for the slot `due`: fixed when the digest is made.
    pub fn message_id(
        &self,
        subscriber_id: i64,
        from_seq: i64,
        to_seq: i64,
        due: DateTime<Utc>,
    ) -> String {
        format!(
            "<digest.{subscriber_id}.{from_seq}-{to_seq}.{}@{}>",
            due.timestamp(),
            self.domain
        )
    }

    /// The date a digest shows in its heading, in the subscriber's zone.
    pub fn date_label(tz: &str, date: DateTime<Utc>) -> String {
        crate::parse_tz(tz)
            .map(|tz| date.with_timezone(&tz).format("%d/%m/%Y").to_string())
            .unwrap_or_else(|_| date.format("%d/%m/%Y").to_string())
    }

    /// Renders the subscriber's digest of `articles` as it will read (for previews).
    pub fn render(
        &self,
        subscriber: &Subscriber,
        articles: &[Article],
        date: DateTime<Utc>,
    ) -> Result<RenderedDigest, Error> {
        self.renderer.render(
            articles,
            subscriber.lang,
            &RenderOptions {
                recipient_name: subscriber.name.clone(),
                unsubscribe_url: Some(self.unsubscribe_url(&subscriber.token)),
                date: Some(Self::date_label(&subscriber.tz, date)),
            },
        )
    }

    /// Renders and encodes the body every recipient of this content
    /// shares: the same articles, language, date label and whether a name
    /// is greeted.
    pub fn body(
        &self,
        articles: &[Article],
        lang: Lang,
        date_label: &str,
        greets: bool,
    ) -> Result<Body, Error> {
        let rendered = self.renderer.render(
            articles,
            lang,
            &RenderOptions {
                recipient_name: greets.then(|| NAME_MARK.to_string()),
                unsubscribe_url: Some(URL_MARK.to_string()),
                date: Some(date_label.to_string()),
            },
        )?;
        let content = Sha256::new()
            .chain_update(rendered.subject.as_bytes())
            .chain_update([0])
            .chain_update(rendered.text.as_bytes())
            .chain_update([0])
            .chain_update(rendered.html.as_bytes())
            .finalize();
        let boundary = format!("=_nq{}", &hex(&content)[..24]);
        let mut bytes = Vec::with_capacity(rendered.text.len() + rendered.html.len() * 11 / 10);
        for (kind, part, html) in [
            ("plain", &rendered.text, false),
            ("html", &rendered.html, true),
        ] {
            bytes.extend_from_slice(
                format!(
                    "--{boundary}\r\nContent-Type: text/{kind}; charset=utf-8\r\n\
                     Content-Transfer-Encoding: quoted-printable\r\n\r\n"
                )
                .as_bytes(),
            );
            encode_part(part, html, &mut bytes);
            bytes.extend_from_slice(b"\r\n");
        }
        bytes.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
        let hash = hex(&Sha256::new()
            .chain_update(rendered.subject.as_bytes())
            .chain_update([0])
            .chain_update(&bytes)
            .finalize());
        Ok(Body {
            hash,
            subject: rendered.subject,
            bytes,
        })
    }

    fn message(&self, parts: &Parts<'_>, body: &Body) -> Result<Message, Error> {
        let fail = |message: String| Error::Message {
            recipient: parts.recipient.to_string(),
            message,
        };
        let name = match parts.name {
            Some(n) => check_name(n)?,
            None => None,
        };
        if parts
            .unsubscribe_url
            .chars()
            .any(|c| c.is_control() || c == '>')
            || parts.message_id.chars().any(char::is_control)
        {
            return Err(fail("control characters in a header".into()));
        }
        let to: Address = parts
            .recipient
            .parse()
            .map_err(|e: lettre::address::AddressError| Error::Address {
                address: parts.recipient.to_string(),
                message: e.to_string(),
            })?;
        let boundary = body
            .bytes
            .strip_prefix(b"--")
            .and_then(|b| b.split(|&c| c == b'\r').next())
            .map(|b| String::from_utf8_lossy(b).into_owned())
            .ok_or_else(|| fail("a stored body without a boundary".into()))?;
        let subject = body
            .subject
            .replace(NAME_MARK, name.as_deref().unwrap_or(""))
            .replace(URL_MARK, parts.unsubscribe_url);
        let subject: String = subject.chars().filter(|c| !c.is_control()).collect();
        let raw = |name: &'static str, value: String| {
            HeaderValue::new(HeaderName::new_from_ascii_str(name), value)
        };
        let content_type =
            ContentType::parse(&format!("multipart/alternative; boundary=\"{boundary}\""))
                .map_err(|e| fail(e.to_string()))?;
        let mut builder = Message::builder()
            .from(self.from.clone())
            .to(Mailbox::new(name.clone(), to))
            .subject(subject)
            .date(SystemTime::from(parts.date))
            .message_id(Some(parts.message_id.to_string()))
            .raw_header(raw("List-Id", self.list_id.clone()))
            .raw_header(raw(
                "List-Unsubscribe",
                format!(
                    "<{}>, <mailto:{}?subject=unsubscribe>",
                    parts.unsubscribe_url, self.unsubscribe_mailto
                ),
            ))
            .raw_header(raw(
                "List-Unsubscribe-Post",
                "List-Unsubscribe=One-Click".into(),
            ))
            .header(lettre::message::header::MIME_VERSION_1_0)
            .header(content_type);
        if let Some(r) = &self.reply_to {
            builder = builder.reply_to(r.clone());
        }
        let bytes = fill(
            &body.bytes,
            name.as_deref().unwrap_or(""),
            parts.unsubscribe_url,
        );
        builder
            .body(MimeBody::dangerous_pre_encoded(
                bytes,
                ContentTransferEncoding::SevenBit,
            ))
            .map_err(|e| fail(e.to_string()))
    }

    /// The whole message: the per-recipient parts around the shared body.
    /// The same parts and body always give the same bytes. Never panics: a
    /// part that cannot go into a header is an error for this recipient.
    ///
    /// ```
    /// use nghiquyet_digest::{Composer, Fault, Lang, MailSettings, Parts, Renderer};
    ///
    /// let c = Composer::new(&MailSettings::default(), Renderer::new())?;
    /// let article = nghiquyet_core::parse_article("Tỉnh Mẫu:\nTin\nCập nhật: Thứ Hai 12/10/2020 - 08:00\nMột đoạn.")?;
    /// // One body for every reader greeted by name in Vietnamese that day.
    /// let body = c.body(&[article], Lang::Vi, "30/11/2026", true)?;
    /// let mut parts = Parts {
    ///     recipient: "an@example.vn",
    ///     name: Some("Nguyễn Văn An"),
    ///     unsubscribe_url: "https://example.vn/u?token=1",
    ///     message_id: "<digest.1.0-3.1796000400@example.vn>",
    ///     date: "2026-11-30T00:00:00Z".parse()?,
    ///     dkim: None,
    /// };
    /// let first = c.assemble(&parts, &body)?;
    /// assert_eq!(c.assemble(&parts, &body)?, first, "a retry sends the same bytes");
    /// parts.name = Some("An\r\nBcc: x@example.vn");
    /// assert_eq!(c.assemble(&parts, &body).unwrap_err().fault(), Fault::Recipient);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn assemble(&self, parts: &Parts<'_>, body: &Body) -> Result<Vec<u8>, Error> {
        let built = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            let mut message = self.message(parts, body)?;
            if let Some(dkim) = parts.dkim {
                message.headers_mut().insert_raw(HeaderValue::new(
                    HeaderName::new_from_ascii_str("DKIM-Signature"),
                    dkim.to_string(),
                ));
            }
            Ok(message.formatted())
        }));
        built.unwrap_or_else(|_| {
            Err(Error::Message {
                recipient: parts.recipient.to_string(),
                message: "the message could not be built".into(),
            })
        })
    }

    /// The DKIM-Signature header value of the message, made once when the
    /// digest is fixed (a signature carries a timestamp: stored, it keeps
    /// retries byte for byte the same). `None` without DKIM settings.
    pub fn sign(&self, parts: &Parts<'_>, body: &Body) -> Result<Option<String>, Error> {
        let Some(dkim) = &self.dkim else {
            return Ok(None);
        };
        let signed = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            let mut message = self.message(parts, body)?;
            message.sign(dkim);
            Ok(message
                .headers()
                .get_raw("DKIM-Signature")
                .map(str::to_string))
        }));
        signed.unwrap_or_else(|_| {
            Err(Error::Message {
                recipient: parts.recipient.to_string(),
                message: "the message could not be signed".into(),
            })
        })
    }

    /// A whole message of `articles` for `subscriber`, sent to `to` (the
    /// subscriber's own address unless testing), for tests and previews.
    pub fn compose(
        &self,
        subscriber: &Subscriber,
        to: Option<&str>,
        articles: &[Article],
        message_id: &str,
        date: DateTime<Utc>,
    ) -> Result<Vec<u8>, Error> {
        let body = self.body(
            articles,
            subscriber.lang,
            &Self::date_label(&subscriber.tz, date),
            subscriber.name.is_some(),
        )?;
        let url = self.unsubscribe_url(&subscriber.token);
        let mut parts = Parts {
            recipient: to.unwrap_or(&subscriber.email),
            name: subscriber.name.as_deref(),
            unsubscribe_url: &url,
            message_id,
            date,
            dkim: None,
        };
        let signature = self.sign(&parts, &body)?;
        parts.dkim = signature.as_deref();
        self.assemble(&parts, &body)
    }

    /// The envelope of a message from the From address to `recipient`.
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

fn dkim_config(d: &DkimSettings) -> Result<DkimConfig, Error> {
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
    Ok(DkimConfig::new(
        d.selector.clone(),
        d.domain.clone(),
        key,
        headers,
        DkimCanonicalization {
            header: DkimCanonicalizationType::Relaxed,
            body: DkimCanonicalizationType::Relaxed,
        },
    ))
}

/// Placeholders in an encoded body: a NUL (never in quoted-printable) and a
/// tag, on a line of their own between soft line breaks.
const SLOTS: [(u8, bool, bool); 4] = [
    // (tag, is the name, HTML-escaped)
    (b'n', true, false),
    (b'N', true, true),
    (b'u', false, false),
    (b'U', false, true),
];

/// Encodes one part as quoted-printable, CRLF line ends, leaving a slot
/// where each placeholder was.
fn encode_part(text: &str, html: bool, out: &mut Vec<u8>) {
    let text = text.replace("\r\n", "\n").replace('\n', "\r\n");
    let mut rest = text.as_str();
    loop {
        let next = [(NAME_MARK, true), (URL_MARK, false)]
            .into_iter()
            .filter_map(|(m, is_name)| rest.find(m).map(|i| (i, m.len(), is_name)))
            .min_by_key(|(i, _, _)| *i);
        let Some((i, len, is_name)) = next else {
            out.extend_from_slice(&quoted_printable::encode(rest.as_bytes()));
            return;
        };
        out.extend_from_slice(&quoted_printable::encode(&rest.as_bytes()[..i]));
        let tag = SLOTS
            .iter()
            .find(|(_, n, h)| *n == is_name && *h == html)
            .map_or(b'n', |s| s.0);
        out.extend_from_slice(b"=\r\n\0");
        out.push(tag);
        out.extend_from_slice(b"=\r\n");
        rest = &rest[i + len..];
    }
}

/// Fills the slots of an encoded body with the recipient's name and URL.
fn fill(body: &[u8], name: &str, url: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(body.len() + 256);
    let mut rest = body;
    while let Some(i) = rest.iter().position(|&b| b == 0) {
        out.extend_from_slice(&rest[..i]);
        let tag = rest.get(i + 1).copied().unwrap_or(0);
        if let Some(&(_, is_name, html)) = SLOTS.iter().find(|s| s.0 == tag) {
            let value = if is_name { name } else { url };
            let value = if html {
                handlebars::html_escape(value)
            } else {
                value.to_string()
            };
            out.extend_from_slice(&quoted_printable::encode(value.as_bytes()));
        }
        rest = rest.get(i + 2..).unwrap_or_default();
    }
    out.extend_from_slice(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article() -> Article {
        nghiquyet_core::parse_article(
            "Tỉnh Mẫu:\nTin\nCập nhật: Thứ Hai 12/10/2020 - 08:00\nMột đoạn.",
        )
        .unwrap()
        .with_url("javascript:alert(1)")
    }

    fn parts<'a>(name: Option<&'a str>, dkim: Option<&'a str>) -> Parts<'a> {
        Parts {
            recipient: "an@example.vn",
            name,
            unsubscribe_url: "https://nghiquyet.invalid/unsubscribe?token=abc&x=1",
            message_id: "<digest.1.0-3.0@nghiquyet.invalid>",
            date: "2026-01-02T00:00:00Z".parse().unwrap(),
            dkim,
        }
    }

    #[test]
    fn the_same_parts_give_the_same_bytes_and_fill_the_greeting() {
        let c = Composer::new(&MailSettings::default(), Renderer::new()).unwrap();
        let body = c.body(&[article()], Lang::Vi, "02/01/2026", true).unwrap();
        let a = c
            .assemble(&parts(Some("Nguyễn Văn An"), None), &body)
            .unwrap();
        let b = c
            .assemble(&parts(Some("Nguyễn Văn An"), None), &body)
            .unwrap();
        assert_eq!(a, b);
        let msg = mail_parser::MessageParser::default().parse(&a).unwrap();
        let text = msg.body_text(0).unwrap();
        let html = msg.body_html(0).unwrap();
        assert!(text.contains("Kính gửi Nguyễn Văn An,"), "{text}");
        assert!(html.contains("Kính gửi Nguyễn Văn An,"));
        assert!(text.contains("https://nghiquyet.invalid/unsubscribe?token=abc&x=1"));
        assert!(html.contains("token&#x3D;abc&amp;x&#x3D;1"), "{html}");
        assert!(!html.contains("javascript:"), "only http(s) links");
        assert!(!a.contains(&0), "no slot left");
        assert_eq!(msg.message_id(), Some("digest.1.0-3.0@nghiquyet.invalid"));
    }

    #[test]
    fn names_that_would_break_a_header_are_refused_without_a_panic() {
        let c = Composer::new(&MailSettings::default(), Renderer::new()).unwrap();
        let body = c.body(&[article()], Lang::Vi, "02/01/2026", true).unwrap();
        for bad in ["An\r\nBcc: x@example.vn", "An\n", "\u{7}", "A\u{85}"] {
            let e = c.assemble(&parts(Some(bad), None), &body).unwrap_err();
            assert_eq!(e.fault(), crate::Fault::Recipient, "{e}");
        }
    }

    #[test]
    fn dkim_signs_the_list_headers_once() {
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
        let body = c.body(&[article()], Lang::En, "02/01/2026", false).unwrap();
        let sig = c.sign(&parts(None, None), &body).unwrap().unwrap();
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
        let a = c.assemble(&parts(None, Some(&sig)), &body).unwrap();
        let b = c.assemble(&parts(None, Some(&sig)), &body).unwrap();
        assert_eq!(a, b);
        assert!(String::from_utf8_lossy(&a).contains("DKIM-Signature"));
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
}
