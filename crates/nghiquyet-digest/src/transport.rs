//! Handing messages over: SMTP connections with a timeout on every step and
//! Nagle's algorithm off, an outbox folder (lettre's file transport), or a
//! stub in memory. Also the one classifier of SMTP failures ([`classify`]).

use std::error::Error as _;
use std::path::Path;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use lettre::address::Envelope;
use lettre::transport::file::AsyncFileTransport;
use lettre::transport::smtp::authentication::{Credentials, Mechanism};
use lettre::transport::smtp::client::{
    AsyncSmtpConnection, AsyncTokioStream, Certificate, TlsParameters,
};
use lettre::transport::smtp::commands::{Data, Mail, Rcpt};
use lettre::transport::smtp::extension::{ClientId, Extension, MailBodyParameter, MailParameter};
use lettre::transport::stub::AsyncStubTransport;
use lettre::{AsyncTransport, Tokio1Executor};

use crate::{Error, Fault, Stop};

/// How many connections (or outbox writers) send at once.
pub const CONNECTIONS: usize = 8;

/// The step of an SMTP exchange a failure happened in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Opening the TCP connection.
    Connect,
    /// The server's greeting and EHLO.
    Greeting,
    /// The TLS handshake (STARTTLS or TLS from the first byte).
    Tls,
    /// AUTH.
    Auth,
    /// MAIL FROM.
    MailFrom,
    /// RCPT TO.
    RcptTo,
    /// The DATA command.
    Data,
    /// The message, the final dot and the server's reply to it.
    EndOfData,
}

impl std::fmt::Display for Step {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Step::Connect => "connect",
            Step::Greeting => "greeting",
            Step::Tls => "TLS handshake",
            Step::Auth => "AUTH",
            Step::MailFrom => "MAIL FROM",
            Step::RcptTo => "RCPT TO",
            Step::Data => "DATA",
            Step::EndOfData => "end of data",
        })
    }
}

/// The one classifier of SMTP failures: what a failure at `step` means.
///
/// - 4xx anywhere: [`Fault::Transient`] (nothing was delivered).
/// - 5xx to RCPT, DATA or the message: [`Fault::Recipient`]; 5xx at the
///   greeting, EHLO, AUTH or MAIL FROM (530 authentication required, 535,
///   a refused sender): [`Fault::Operator`].
/// - TLS trust failures: [`Fault::Operator`].
/// - A connection lost or timed out during the message or while waiting
///   for the reply to the final dot: [`Fault::Ambiguous`]; before it:
///   [`Fault::Transient`].
///
/// ```
/// use nghiquyet_digest::{Fault, Step, classify_timeout};
/// assert_eq!(classify_timeout(Step::EndOfData), Fault::Ambiguous);
/// assert_eq!(classify_timeout(Step::RcptTo), Fault::Transient);
/// ```
pub fn classify(step: Step, e: &lettre::transport::smtp::Error) -> Fault {
    if let Some(code) = e.status() {
        let permanent = matches!(
            code.severity,
            lettre::transport::smtp::response::Severity::PermanentNegativeCompletion
        );
        return match (permanent, step) {
            (false, _) => Fault::Transient,
            (true, Step::RcptTo | Step::Data | Step::EndOfData) => Fault::Recipient,
            (true, _) => Fault::Operator,
        };
    }
    if e.is_tls() || (step == Step::Tls && is_invalid_data(e)) {
        return Fault::Operator;
    }
    match step {
        Step::EndOfData => Fault::Ambiguous,
        Step::Auth if e.is_client() => Fault::Operator,
        _ if e.is_client() => Fault::Recipient,
        _ => Fault::Transient,
    }
}

/// What a timeout at `step` means: see [`classify`].
pub fn classify_timeout(step: Step) -> Fault {
    if step == Step::EndOfData {
        Fault::Ambiguous
    } else {
        Fault::Transient
    }
}

/// A TLS alert or a certificate the handshake refused shows as an I/O
/// error of kind `InvalidData`; a dropped connection does not.
fn is_invalid_data(e: &lettre::transport::smtp::Error) -> bool {
    let mut source = e.source();
    while let Some(s) = source {
        if let Some(io) = s.downcast_ref::<std::io::Error>() {
            return io.kind() == std::io::ErrorKind::InvalidData;
        }
        source = s.source();
    }
    false
}

/// Removes the password from a URL for messages.
fn redact(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(mut u) if u.password().is_some() || !u.username().is_empty() => {
            let _ = u.set_password(None);
            let _ = u.set_username("***");
            u.to_string()
        }
        Ok(u) => u.to_string(),
        Err(_) => "(an unreadable URL)".into(),
    }
}

#[derive(Clone)]
enum TlsMode {
    None,
    Required(TlsParameters),
    Opportunistic(TlsParameters),
    Wrapper(TlsParameters),
}

struct Smtp {
    host: String,
    port: u16,
    tls: TlsMode,
    credentials: Option<Credentials>,
    timeout: Duration,
    hello: ClientId,
}

/// Where messages go, and how many sessions send at once.
#[derive(Clone)]
pub struct Transport {
    kind: Kind,
    connections: usize,
}

#[derive(Clone)]
enum Kind {
    /// An SMTP (or SMTPS/STARTTLS) server.
    Smtp(Arc<SmtpServer>),
    /// A folder of `.eml` files (lettre's file transport).
    Outbox(AsyncFileTransport<Tokio1Executor>),
    /// A stub in memory that keeps what it was given, for tests.
    Stub(AsyncStubTransport),
}

/// An SMTP server's address and settings.
struct SmtpServer(Smtp);

impl std::fmt::Debug for Transport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.kind {
            Kind::Smtp(s) => write!(f, "Transport::Smtp({}:{})", s.0.host, s.0.port),
            Kind::Outbox(_) => f.write_str("Transport::Outbox"),
            Kind::Stub(_) => f.write_str("Transport::Stub"),
        }
    }
}

impl Transport {
    /// An SMTP transport from a URL: `smtp://host:port` (plain),
    /// `smtp://host:587?tls=required` or `?tls=opportunistic` (STARTTLS),
    /// `smtps://host:465` (TLS). Credentials come from the URL
    /// (`smtp://user:pass@host`) or else from `NGHIQUYET_SMTP_USER` and
    /// `NGHIQUYET_SMTP_PASSWORD`; messages never show them. `ca_pem` is
    /// trusted as well as the system's roots (a private CA); it needs a TLS
    /// URL. Every step of a session times out after `timeout`.
    ///
    /// ```
    /// use std::time::Duration;
    /// use nghiquyet_digest::Transport;
    ///
    /// let t = Duration::from_secs(60);
    /// assert!(Transport::smtp("smtp://127.0.0.1:2525", None, t).is_ok());
    /// let err = Transport::smtp("ftp://u:secret@host", None, t).unwrap_err();
    /// assert!(!err.to_string().contains("secret"));
    /// let err = Transport::smtp("smtp://127.0.0.1:25", Some(b"..."), t).unwrap_err();
    /// assert!(err.to_string().contains("needs a TLS URL"));
    /// let err = Transport::smtp("smtps://127.0.0.1:465", Some(b"not a certificate"), t).unwrap_err();
    /// assert!(err.to_string().contains("CA certificate"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn smtp(url: &str, ca_pem: Option<&[u8]>, timeout: Duration) -> Result<Self, Error> {
        let config = |why: &str| Error::Config(format!("SMTP URL {}: {why}", redact(url)));
        let parsed = url::Url::parse(url).map_err(|e| config(&e.to_string()))?;
        let host = parsed
            .host_str()
            .map(|h| h.trim_start_matches('[').trim_end_matches(']').to_string())
            .filter(|h| !h.is_empty())
            .ok_or_else(|| config("no host"))?;
        let tls_param = parsed
            .query_pairs()
            .find(|(k, _)| k == "tls")
            .map(|(_, v)| v.into_owned());
        let (wrapper, port) = match (parsed.scheme(), tls_param.as_deref()) {
            ("smtps", _) => (true, 465),
            ("smtp", Some("required")) => (false, 587),
            ("smtp", _) => (false, 25),
            (s, _) => {
                return Err(config(&format!(
                    "unknown scheme {s:?}: expected smtp or smtps"
                )));
            }
        };
        let port = parsed.port().unwrap_or(port);
        let params = |pem: Option<&[u8]>| -> Result<TlsParameters, Error> {
            let mut builder = TlsParameters::builder(host.clone());
            if let Some(pem) = pem {
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
                builder = builder.add_root_certificate(certificate);
            }
            builder
                .build_rustls()
                .map_err(|e| Error::Config(format!("TLS settings: {e}")))
        };
        let tls = match (wrapper, tls_param.as_deref()) {
            (true, _) => TlsMode::Wrapper(params(ca_pem)?),
            (false, Some("required")) => TlsMode::Required(params(ca_pem)?),
            (false, Some("opportunistic")) => TlsMode::Opportunistic(params(ca_pem)?),
            (false, Some(other)) if other != "none" => {
                return Err(config(&format!(
                    "tls={other}: expected required, opportunistic or none"
                )));
            }
            (false, _) if ca_pem.is_some() => {
                return Err(config(
                    "a CA certificate needs a TLS URL: smtps://, or ?tls=required or ?tls=opportunistic",
                ));
            }
            (false, _) => TlsMode::None,
        };
        let decode = |s: &str| {
            url::form_urlencoded::parse(format!("x={s}").as_bytes())
                .next()
                .map(|(_, v)| v.into_owned())
                .unwrap_or_default()
        };
        let credentials = if !parsed.username().is_empty() {
            Some(Credentials::new(
                decode(parsed.username()),
                decode(parsed.password().unwrap_or("")),
            ))
        } else {
            match (
                std::env::var("NGHIQUYET_SMTP_USER"),
                std::env::var("NGHIQUYET_SMTP_PASSWORD"),
            ) {
                (Ok(user), Ok(pass)) => Some(Credentials::new(user, pass)),
                _ => None,
            }
        };
        Ok(Transport::of(Kind::Smtp(Arc::new(SmtpServer(Smtp {
            host,
            port,
            tls,
            credentials,
            timeout: timeout.max(Duration::from_millis(1)),
            hello: ClientId::default(),
        })))))
    }

    fn of(kind: Kind) -> Self {
        let connections = match kind {
            Kind::Stub(_) => 1,
            _ => CONNECTIONS,
        };
        Transport { kind, connections }
    }

    /// Sets how many sessions send at once (at least one), builder style.
    ///
    /// ```
    /// let t = nghiquyet_digest::Transport::stub().with_connections(4);
    /// assert_eq!(t.connections(), 4);
    /// ```
    pub fn with_connections(mut self, n: usize) -> Self {
        self.connections = n.max(1);
        self
    }

    /// An outbox writing `.eml` files into `dir` (created if needed). A
    /// folder that cannot be written fails at the first message, as an
    /// operator fault that leaves the digests pending.
    pub fn outbox(dir: &Path) -> Result<Self, Error> {
        let _ = std::fs::create_dir_all(dir);
        Ok(Transport::of(Kind::Outbox(AsyncFileTransport::new(dir))))
    }

    /// A stub keeping messages in memory; read them with [`Transport::messages`].
    pub fn stub() -> Self {
        Transport::of(Kind::Stub(AsyncStubTransport::new_ok()))
    }

    /// What a stub was given, in order (empty for the others).
    pub async fn messages(&self) -> Vec<(Envelope, String)> {
        match &self.kind {
            Kind::Stub(s) => s.messages().await,
            _ => Vec::new(),
        }
    }

    /// How many sessions send at once: [`CONNECTIONS`] by default, one for a stub.
    pub fn connections(&self) -> usize {
        self.connections
    }

    /// A session: for SMTP, one connection, opened on first use and kept
    /// for the next messages.
    pub fn session(&self) -> Session {
        Session {
            transport: self.clone(),
            conn: None,
            at: Step::Connect,
            failed_at: None,
        }
    }
}

/// One connection's worth of sending.
pub struct Session {
    transport: Transport,
    conn: Option<AsyncSmtpConnection>,
    at: Step,
    failed_at: Option<Step>,
}

/// Runs one SMTP step under the timeout, classifying its failure.
async fn step<T>(
    s: &Smtp,
    step: Step,
    recipient: &str,
    fut: impl std::future::Future<Output = Result<T, lettre::transport::smtp::Error>>,
) -> Result<T, Error> {
    match tokio::time::timeout(s.timeout, fut).await {
        Ok(Ok(v)) => Ok(v),
        Ok(Err(e)) => Err(Error::Send {
            recipient: recipient.to_string(),
            message: format!("{step}: {}", describe(&e)),
            fault: classify(step, &e),
        }),
        Err(_) => Err(Error::Send {
            recipient: recipient.to_string(),
            message: format!(
                "{step}: no answer from {}:{} within {}s",
                s.host,
                s.port,
                s.timeout.as_secs_f64()
            ),
            fault: classify_timeout(step),
        }),
    }
}

/// The error and its causes in one line (the TLS reason is in a cause).
fn describe(e: &lettre::transport::smtp::Error) -> String {
    let mut text = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        let more = s.to_string();
        if !text.contains(&more) {
            text.push_str(": ");
            text.push_str(&more);
        }
        source = s.source();
    }
    text
}

impl Session {
    async fn connect(
        s: &Smtp,
        recipient: &str,
        at: &mut Step,
    ) -> Result<AsyncSmtpConnection, Error> {
        *at = Step::Connect;
        let tcp = match tokio::time::timeout(
            s.timeout,
            tokio::net::TcpStream::connect((s.host.as_str(), s.port)),
        )
        .await
        {
            Ok(Ok(tcp)) => tcp,
            Ok(Err(e)) => {
                return Err(Error::Send {
                    recipient: recipient.to_string(),
                    message: format!("connect to {}:{}: {e}", s.host, s.port),
                    fault: Fault::Transient,
                });
            }
            Err(_) => {
                return Err(Error::Send {
                    recipient: recipient.to_string(),
                    message: format!(
                        "connect to {}:{}: no answer within {}s",
                        s.host,
                        s.port,
                        s.timeout.as_secs_f64()
                    ),
                    fault: Fault::Transient,
                });
            }
        };
        // The final dot goes out in a write of its own: with Nagle's
        // algorithm on it would wait for the server's delayed ACK.
        let _ = tcp.set_nodelay(true);
        let stream: Box<dyn AsyncTokioStream> = match &s.tls {
            TlsMode::Wrapper(params) => {
                *at = Step::Tls;
                #[allow(deprecated)]
                let mut tls =
                    lettre::transport::smtp::client::AsyncNetworkStream::use_existing_tokio1(
                        Box::new(tcp),
                    );
                step(s, Step::Tls, recipient, tls.upgrade_tls(params.clone())).await?;
                Box::new(Wrapped(tls))
            }
            _ => Box::new(tcp),
        };
        *at = Step::Greeting;
        let mut conn = step(
            s,
            Step::Greeting,
            recipient,
            AsyncSmtpConnection::connect_with_transport(stream, &s.hello),
        )
        .await?;
        *at = Step::Tls;
        match &s.tls {
            TlsMode::Required(params) => {
                if !conn.can_starttls() {
                    return Err(Error::Send {
                        recipient: recipient.to_string(),
                        message: format!("{}:{} does not offer STARTTLS", s.host, s.port),
                        fault: Fault::Operator,
                    });
                }
                step(
                    s,
                    Step::Tls,
                    recipient,
                    conn.starttls(params.clone(), &s.hello),
                )
                .await?;
            }
            TlsMode::Opportunistic(params) if conn.can_starttls() => {
                step(
                    s,
                    Step::Tls,
                    recipient,
                    conn.starttls(params.clone(), &s.hello),
                )
                .await?;
            }
            _ => {}
        }
        if let Some(credentials) = &s.credentials {
            *at = Step::Auth;
            step(
                s,
                Step::Auth,
                recipient,
                conn.auth(&[Mechanism::Plain, Mechanism::Login], credentials),
            )
            .await?;
        }
        Ok(conn)
    }

    /// The step the last failure happened in.
    pub fn failed_at(&self) -> Option<Step> {
        self.failed_at
    }

    /// Hands one message over: `Ok(true)` when the server accepted it,
    /// `Ok(false)` when one of `stops` was raised, or `gate` said no, before
    /// the message began (nothing was sent). `gate` is awaited once, as late
    /// as possible: after MAIL FROM, before the first RCPT TO. An error's
    /// [`Error::fault`] says what to do next. A failed session drops its
    /// connection; the next message opens a new one.
    pub async fn send(
        &mut self,
        envelope: &Envelope,
        message: &[u8],
        stops: &[Stop],
        gate: impl std::future::Future<Output = bool>,
    ) -> Result<bool, Error> {
        self.failed_at = None;
        if stops.iter().any(Stop::is_stopped) {
            return Ok(false);
        }
        let recipient = envelope
            .to()
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(", ");
        match &self.transport.kind {
            Kind::Smtp(server) => {
                let server = server.clone();
                let result = self
                    .send_smtp(&server.0, envelope, message, &recipient, stops, gate)
                    .await;
                if result.is_err() {
                    self.conn = None;
                    self.failed_at = Some(self.at);
                }
                result
            }
            Kind::Outbox(t) => t
                .send_raw(envelope, message)
                .await
                .map(|_| true)
                .map_err(|e| Error::Send {
                    recipient,
                    message: format!("writing to the outbox: {e}"),
                    fault: Fault::Operator,
                }),
            Kind::Stub(t) => t
                .send_raw(envelope, message)
                .await
                .map(|_| true)
                .map_err(|e| Error::Send {
                    recipient,
                    message: e.to_string(),
                    fault: Fault::Transient,
                }),
        }
    }

    async fn send_smtp(
        &mut self,
        s: &Smtp,
        envelope: &Envelope,
        message: &[u8],
        recipient: &str,
        stops: &[Stop],
        gate: impl std::future::Future<Output = bool>,
    ) -> Result<bool, Error> {
        let mut conn = match self.conn.take() {
            Some(c) if !c.has_broken() => c,
            _ => Self::connect(s, recipient, &mut self.at).await?,
        };
        if stops.iter().any(Stop::is_stopped) {
            self.conn = Some(conn);
            return Ok(false);
        }
        let mut options = Vec::new();
        let non_ascii = envelope
            .from()
            .into_iter()
            .chain(envelope.to())
            .any(|a| !a.to_string().is_ascii());
        if non_ascii {
            if !conn.server_info().supports_feature(Extension::SmtpUtfEight) {
                return Err(Error::Send {
                    recipient: recipient.to_string(),
                    message: "the address is not ASCII and the server does not support SMTPUTF8"
                        .into(),
                    fault: Fault::Recipient,
                });
            }
            options.push(MailParameter::SmtpUtfEight);
        }
        if !message.is_ascii() && conn.server_info().supports_feature(Extension::EightBitMime) {
            options.push(MailParameter::Body(MailBodyParameter::EightBitMime));
        }
        self.at = Step::MailFrom;
        step(
            s,
            Step::MailFrom,
            recipient,
            conn.command(Mail::new(envelope.from().cloned(), options)),
        )
        .await?;
        if !gate.await {
            // Mid-transaction: drop the connection, nothing was sent.
            return Ok(false);
        }
        self.at = Step::RcptTo;
        for to in envelope.to() {
            step(
                s,
                Step::RcptTo,
                recipient,
                conn.command(Rcpt::new(to.clone(), vec![])),
            )
            .await?;
        }
        if stops.iter().any(Stop::is_stopped) {
            // Mid-transaction: drop the connection, nothing was sent.
            return Ok(false);
        }
        self.at = Step::Data;
        step(s, Step::Data, recipient, conn.command(Data)).await?;
        self.at = Step::EndOfData;
        step(s, Step::EndOfData, recipient, conn.message(message)).await?;
        self.conn = Some(conn);
        Ok(true)
    }

    /// Says goodbye (QUIT, within the timeout) and closes the connection.
    pub async fn close(&mut self) {
        if let (Some(mut conn), Kind::Smtp(s)) = (self.conn.take(), &self.transport.kind) {
            let _ = tokio::time::timeout(s.0.timeout, conn.quit()).await;
        }
    }
}

/// lettre's TLS stream (futures-io) as a tokio stream, so that a socket of
/// our own (with Nagle off) can carry TLS from the first byte.
#[allow(deprecated)]
#[derive(Debug)]
struct Wrapped(lettre::transport::smtp::client::AsyncNetworkStream);

impl tokio::io::AsyncRead for Wrapped {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut tokio::io::ReadBuf<'_>,
    ) -> Poll<std::io::Result<()>> {
        let slice = buf.initialize_unfilled();
        match futures_io::AsyncRead::poll_read(Pin::new(&mut self.0), cx, slice) {
            Poll::Ready(Ok(n)) => {
                buf.advance(n);
                Poll::Ready(Ok(()))
            }
            Poll::Ready(Err(e)) => Poll::Ready(Err(e)),
            Poll::Pending => Poll::Pending,
        }
    }
}

impl tokio::io::AsyncWrite for Wrapped {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<std::io::Result<usize>> {
        futures_io::AsyncWrite::poll_write(Pin::new(&mut self.0), cx, buf)
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        futures_io::AsyncWrite::poll_flush(Pin::new(&mut self.0), cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        futures_io::AsyncWrite::poll_close(Pin::new(&mut self.0), cx)
    }
}

impl AsyncTokioStream for Wrapped {
    fn peer_addr(&self) -> std::io::Result<std::net::SocketAddr> {
        self.0.peer_addr()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};

    /// What a scripted server does at a step.
    #[derive(Clone, Copy)]
    enum Act {
        Reply(&'static str),
        Close,
        Stall,
    }

    /// A one-connection SMTP server on loopback that answers `script` for
    /// the greeting, EHLO, MAIL, RCPT, DATA and the final dot, in order.
    async fn server(script: [Act; 6]) -> u16 {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        tokio::spawn(async move {
            let (socket, _) = listener.accept().await.unwrap();
            let (read, mut write) = socket.into_split();
            let mut lines = BufReader::new(read).lines();
            for (i, act) in script.into_iter().enumerate() {
                if i > 0 {
                    // Read the command (or the message up to its dot).
                    while let Ok(Some(line)) = lines.next_line().await {
                        if i < 5 || line == "." {
                            break;
                        }
                    }
                }
                match act {
                    Act::Reply(r) => {
                        // The client may have given up already.
                        if write
                            .write_all(format!("{r}\r\n").as_bytes())
                            .await
                            .is_err()
                        {
                            return;
                        }
                    }
                    Act::Close => return,
                    Act::Stall => {
                        tokio::time::sleep(Duration::from_secs(30)).await;
                        return;
                    }
                }
            }
        });
        port
    }

    async fn send(script: [Act; 6]) -> (Result<bool, Error>, Option<Step>) {
        let port = server(script).await;
        let t = Transport::smtp(
            &format!("smtp://127.0.0.1:{port}"),
            None,
            // Long enough for a loaded machine to answer every step that
            // is meant to be answered; only the stalls run into it.
            Duration::from_secs(2),
        )
        .unwrap();
        let envelope = Envelope::new(
            Some("digest@nghiquyet.invalid".parse().unwrap()),
            vec!["an@example.vn".parse().unwrap()],
        )
        .unwrap();
        let mut session = t.session();
        let r = session
            .send(&envelope, b"Subject: x\r\n\r\nbody\r\n", &[], async {
                true
            })
            .await;
        (r, session.failed_at())
    }

    const OK: Act = Act::Reply("250 ok");
    const HELLO: Act = Act::Reply("220 hello");
    const GO: Act = Act::Reply("354 go on");

    fn fault(r: &Result<bool, Error>) -> Option<Fault> {
        r.as_ref().err().map(Error::fault)
    }

    #[tokio::test]
    async fn accepted() {
        let (r, _) = send([HELLO, OK, OK, OK, GO, OK]).await;
        assert!(r.unwrap());
    }

    #[tokio::test]
    async fn the_classifier_at_each_step() {
        let cases = [
            (
                [Act::Reply("421 busy"), OK, OK, OK, GO, OK],
                Fault::Transient,
                Step::Greeting,
            ),
            (
                [HELLO, OK, Act::Reply("530 auth required"), OK, GO, OK],
                Fault::Operator,
                Step::MailFrom,
            ),
            (
                [HELLO, OK, OK, Act::Reply("550 no such user"), GO, OK],
                Fault::Recipient,
                Step::RcptTo,
            ),
            (
                [HELLO, OK, OK, Act::Reply("452 full"), GO, OK],
                Fault::Transient,
                Step::RcptTo,
            ),
            (
                [HELLO, OK, OK, OK, GO, Act::Reply("451 later")],
                Fault::Transient,
                Step::EndOfData,
            ),
            (
                [HELLO, OK, OK, OK, GO, Act::Reply("554 spam")],
                Fault::Recipient,
                Step::EndOfData,
            ),
            (
                [HELLO, OK, OK, OK, Act::Close, OK],
                Fault::Transient,
                Step::Data,
            ),
            (
                [HELLO, OK, OK, OK, GO, Act::Close],
                Fault::Ambiguous,
                Step::EndOfData,
            ),
            (
                [HELLO, OK, OK, OK, GO, Act::Stall],
                Fault::Ambiguous,
                Step::EndOfData,
            ),
            (
                [Act::Stall, OK, OK, OK, GO, OK],
                Fault::Transient,
                Step::Greeting,
            ),
        ];
        for (script, want, step) in cases {
            let (r, at) = send(script).await;
            assert_eq!(fault(&r), Some(want), "{r:?}");
            assert_eq!(at, Some(step), "{r:?}");
        }
    }

    #[tokio::test]
    async fn nothing_starts_when_the_gate_says_no() {
        let port = server([HELLO, OK, OK, OK, GO, OK]).await;
        let t = Transport::smtp(
            &format!("smtp://127.0.0.1:{port}"),
            None,
            Duration::from_secs(5),
        )
        .unwrap();
        let envelope = Envelope::new(
            Some("digest@nghiquyet.invalid".parse().unwrap()),
            vec!["an@example.vn".parse().unwrap()],
        )
        .unwrap();
        let r = t
            .session()
            .send(&envelope, b"x\r\n", &[], async { false })
            .await;
        assert!(!r.unwrap());
    }
}
