//! The subcommands.

mod demo;
mod digest;
mod feeds;
mod fetch;
mod import;
mod ingest;
mod migrate;
mod parse;
mod retention;
mod serve;
mod subscribe;
mod targets;
mod web;

use std::path::Path;
use std::process::ExitCode;

use anyhow::Context;
use chrono::{DateTime, NaiveDate, Utc};
use nghiquyet_digest::{Composer, DkimSettings, MailSettings, Options, Renderer, Transport};
use nghiquyet_store::AnyStore;

use crate::args::{
    Cli, Command, DeliveryArgs, DigestCommand, FeedsCommand, MailArgs, SubscribersCommand,
};

/// Runs the command line; the exit code is non-zero when any input failed.
pub fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    let given = cli.db.as_deref();
    let db = given.unwrap_or(Path::new(DEFAULT_DB));
    match cli.command {
        Command::Parse(args) => parse::run(&args),
        Command::Targets(args) => targets::run(&args),
        Command::Ingest(args) => ingest::run(db, &args),
        Command::Feeds(FeedsCommand::Add(args)) => feeds::add(db, &args),
        Command::Feeds(FeedsCommand::List(args)) => feeds::list(db, &args),
        Command::Feeds(FeedsCommand::Remove(args)) => feeds::remove(db, &args),
        Command::Fetch(args) => fetch::run(db, &args),
        Command::Subscribe(args) => subscribe::subscribe(db, &args),
        Command::Unsubscribe(args) => subscribe::unsubscribe(db, &args),
        Command::Subscribers(args) => match &args.action {
            Some(SubscribersCommand::Import(a)) => import::import(db, a),
            Some(SubscribersCommand::Export(a)) => import::export(db, a),
            None => subscribe::list(db, &args),
        },
        Command::Digest(DigestCommand::Preview(args)) => digest::preview(db, &args),
        Command::Digest(DigestCommand::Send(args)) => digest::send(db, &args),
        Command::Digest(DigestCommand::List(args)) => digest::list(db, &args),
        Command::Digest(DigestCommand::Prune(args)) => retention::prune(db, &args),
        Command::Serve(args) => serve::run(db, &args),
        Command::Demo(args) => demo::run(given, &args),
        Command::Migrate(args) => migrate::run(&args),
    }
}

/// The store when neither --db nor NGHIQUYET_DB names one.
const DEFAULT_DB: &str = "./nghiquyet.db";

/// Writes `value` as JSON and a newline to standard output.
pub(crate) fn print_json<T: serde::Serialize>(value: &T, pretty: bool) -> anyhow::Result<()> {
    use std::io::Write;
    // Buffered: stdout alone flushes at every line of pretty JSON. Errors
    // stay io::Errors, so that a closed pipe is recognised in `main`.
    let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    if pretty {
        serde_json::to_writer_pretty(&mut out, value).map_err(std::io::Error::from)?;
    } else {
        serde_json::to_writer(&mut out, value).map_err(std::io::Error::from)?;
    }
    writeln!(out)?;
    out.flush()?;
    Ok(())
}

/// Opens the store named by --db: an SQLite file, or a PostgreSQL URL.
pub(crate) fn open_store(db: &Path) -> anyhow::Result<AnyStore> {
    let address = db.to_string_lossy();
    let is_url = address.contains("://");
    if !is_url
        && let Some(dir) = db.parent().filter(|d| !d.as_os_str().is_empty())
        && !dir.is_dir()
    {
        anyhow::bail!(
            "the store {address}: its folder {} does not exist",
            dir.display()
        );
    }
    let shown = redacted(&address);
    // The error names the store once: SQLite's own message may name it already.
    runtime()?.block_on(AnyStore::open(&address)).map_err(|e| {
        let msg = e.to_string();
        let msg = msg.strip_prefix("store: ").unwrap_or(&msg);
        if msg.contains(address.as_ref()) || msg.contains(&shown) {
            anyhow::anyhow!("the store: {msg}")
        } else {
            anyhow::anyhow!("the store {shown}: {msg}")
        }
    })
}

/// The store's address without a password, for messages.
pub(crate) fn redacted(address: &str) -> String {
    match url::Url::parse(address) {
        Ok(mut u) if u.password().is_some() => {
            let _ = u.set_password(Some("***"));
            u.to_string()
        }
        _ => address.to_string(),
    }
}

/// The service options the delivery flags describe; `--rate` counts the
/// messages to the relay `--smtp` names.
pub(crate) fn options(delivery: &DeliveryArgs, mail: &MailArgs) -> anyhow::Result<Options> {
    let rate = match delivery.rate {
        None => None,
        Some(r) if !(r.is_finite() && r > 0.0) => {
            anyhow::bail!("invalid --rate {r}: expected a positive number of messages per second")
        }
        Some(per_second) => {
            let relay = mail
                .smtp
                .as_deref()
                .and_then(|u| url::Url::parse(u).ok())
                .map(|u| {
                    format!(
                        "{}:{}",
                        u.host_str().unwrap_or_default(),
                        u.port_or_known_default().unwrap_or(25)
                    )
                })
                .unwrap_or_else(|| "outbox".into());
            Some(nghiquyet_digest::Rate { relay, per_second })
        }
    };
    Ok(Options {
        retry_base: std::time::Duration::from_secs(delivery.retry_base),
        bounce_limit: delivery.bounce_limit,
        rate,
        ..Options::default()
    })
}

/// Parses a time given as RFC 3339 ("2026-11-27T07:00:00+07:00") or a date
/// ("2026-11-27", midnight UTC).
pub(crate) fn parse_time(s: &str) -> anyhow::Result<DateTime<Utc>> {
    if let Ok(t) = DateTime::parse_from_rfc3339(s.trim()) {
        return Ok(t.to_utc());
    }
    if let Ok(d) = NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d") {
        return Ok(d.and_hms_opt(0, 0, 0).unwrap_or_default().and_utc());
    }
    anyhow::bail!(
        "invalid time {s:?}: expected RFC 3339 (2026-11-27T07:00:00+07:00) or a date (2026-11-27)"
    )
}

/// The time --now names, or the system clock's.
pub(crate) fn now_or(s: Option<&str>) -> anyhow::Result<DateTime<Utc>> {
    s.map_or_else(|| Ok(Utc::now()), parse_time)
}

/// The renderer: the embedded templates, or a folder's (checked with a
/// sample render of every template).
pub(crate) fn renderer(templates: Option<&Path>) -> anyhow::Result<Renderer> {
    Ok(match templates {
        Some(dir) => Renderer::from_dir(dir)
            .with_context(|| format!("the templates in {}", dir.display()))?,
        None => Renderer::new(),
    })
}

/// The composer the mail options describe.
pub(crate) fn composer(mail: &MailArgs) -> anyhow::Result<Composer> {
    let dkim = match (&mail.dkim_key, &mail.dkim_selector, &mail.dkim_domain) {
        (Some(key), Some(selector), Some(domain)) => Some(DkimSettings {
            selector: selector.clone(),
            domain: domain.clone(),
            key: std::fs::read_to_string(key)
                .with_context(|| format!("reading the DKIM key {}", key.display()))?,
        }),
        (None, _, _) => None,
        (Some(_), _, _) => anyhow::bail!(
            "--dkim-key needs --dkim-selector and --dkim-domain (NGHIQUYET_DKIM_SELECTOR, NGHIQUYET_DKIM_DOMAIN)"
        ),
    };
    let settings = MailSettings {
        from: mail.from.clone(),
        reply_to: mail.reply_to.clone(),
        unsubscribe_url: unsubscribe_url(mail)?,
        unsubscribe_mailto: mail.unsubscribe_mailto.clone(),
        list_id: mail.list_id.clone(),
        dkim,
    };
    Ok(Composer::new(
        &settings,
        renderer(mail.templates.as_deref())?,
    )?)
}

/// The placeholder unsubscribe URL when neither --unsubscribe-url nor
/// --public-url gives one.
const PLACEHOLDER_UNSUBSCRIBE: &str = "https://nghiquyet.invalid/unsubscribe?token={token}";

/// The public URL --public-url names, checked.
pub(crate) fn public_url(mail: &MailArgs) -> anyhow::Result<Option<url::Url>> {
    let Some(s) = &mail.public_url else {
        return Ok(None);
    };
    let url = url::Url::parse(s.trim())
        .map_err(|e| anyhow::anyhow!("invalid --public-url {s:?}: {e}"))?;
    if !matches!(url.scheme(), "http" | "https") || url.host().is_none() {
        anyhow::bail!("invalid --public-url {s:?}: expected an http or https URL");
    }
    Ok(Some(url))
}

/// The unsubscribe URL of the mails: --unsubscribe-url, else under
/// --public-url, else a placeholder.
pub(crate) fn unsubscribe_url(mail: &MailArgs) -> anyhow::Result<String> {
    if let Some(u) = &mail.unsubscribe_url {
        return Ok(u.clone());
    }
    Ok(match public_url(mail)? {
        Some(mut u) => {
            let path = format!("{}/unsubscribe", u.path().trim_end_matches('/'));
            u.set_path(&path);
            u.set_query(None);
            u.set_fragment(None);
            format!("{u}?token={{token}}")
        }
        None => PLACEHOLDER_UNSUBSCRIBE.to_string(),
    })
}

/// Whether a host is a placeholder (RFC 2606 reserves `.invalid`).
fn is_placeholder(host: &str) -> bool {
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    host == "invalid" || host.ends_with(".invalid")
}

/// Real mail never leaves with a placeholder sender or unsubscribe link:
/// recipients could neither answer nor leave the list. (`--outbox` and
/// `demo` may keep them.)
fn refuse_placeholders(mail: &MailArgs) -> anyhow::Result<()> {
    let from_domain = mail
        .from
        .rsplit('@')
        .next()
        .unwrap_or("")
        .trim_end_matches('>')
        .trim();
    if is_placeholder(from_domain) {
        anyhow::bail!(
            "refusing to send over SMTP from the placeholder address {:?}: set a real one with \
             --from (NGHIQUYET_FROM, or `from` in the settings file); --outbox may keep it",
            mail.from
        );
    }
    let unsubscribe = unsubscribe_url(mail)?;
    let host = url::Url::parse(&unsubscribe.replace("{token}", "0"))
        .ok()
        .and_then(|u| u.host_str().map(str::to_string))
        .unwrap_or_default();
    if is_placeholder(&host) {
        anyhow::bail!(
            "refusing to send over SMTP with the placeholder unsubscribe link {unsubscribe:?}: \
             give --public-url (the web front door, NGHIQUYET_PUBLIC_URL) or --unsubscribe-url; \
             --outbox may keep it"
        );
    }
    Ok(())
}

/// The transport the mail options describe: SMTP or an outbox folder.
pub(crate) fn transport(mail: &MailArgs) -> anyhow::Result<Transport> {
    if !(mail.smtp_timeout.is_finite() && mail.smtp_timeout > 0.0) {
        anyhow::bail!(
            "invalid --smtp-timeout {}: expected a positive number of seconds",
            mail.smtp_timeout
        );
    }
    let timeout = std::time::Duration::from_secs_f64(mail.smtp_timeout);
    let transport = match (&mail.smtp, &mail.outbox) {
        (_, Some(dir)) => Transport::outbox(dir)?,
        (Some(url), None) => {
            refuse_placeholders(mail)?;
            let ca =
                match &mail.smtp_ca {
                    Some(path) => Some(std::fs::read(path).with_context(|| {
                        format!("reading the CA certificate {}", path.display())
                    })?),
                    None => None,
                };
            Transport::smtp(url, ca.as_deref(), timeout)?
        }
        (None, None) => anyhow::bail!(
            "no mail server: give --smtp URL (or set NGHIQUYET_SMTP_URL), or --outbox DIR to write .eml files"
        ),
    };
    Ok(transport.with_connections(usize::from(mail.smtp_connections)))
}

/// The tokio runtime of the commands, one per process: a PostgreSQL store's
/// connections run on it from the moment the store opens (the SQLite
/// store's work runs on its blocking threads).
pub(crate) fn runtime() -> anyhow::Result<&'static tokio::runtime::Runtime> {
    static RUNTIME: std::sync::OnceLock<tokio::runtime::Runtime> = std::sync::OnceLock::new();
    if let Some(rt) = RUNTIME.get() {
        return Ok(rt);
    }
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    Ok(RUNTIME.get_or_init(|| rt))
}
