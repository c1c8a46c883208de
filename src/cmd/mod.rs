//! The subcommands.

mod demo;
mod digest;
mod feeds;
mod fetch;
mod ingest;
mod parse;
mod subscribe;
mod targets;
mod web;

use std::path::Path;
use std::process::ExitCode;

use anyhow::Context;
use chrono::{DateTime, NaiveDate, Utc};
use nghiquyet_digest::{Composer, DkimSettings, MailSettings, Mailer, Renderer, Store};

use crate::args::{Cli, Command, DigestCommand, FeedsCommand, MailArgs};

/// Runs the command line; the exit code is non-zero when any input failed.
pub fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    let db = cli.db.as_path();
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
        Command::Subscribers(args) => subscribe::list(db, &args),
        Command::Digest(DigestCommand::Preview(args)) => digest::preview(db, &args),
        Command::Digest(DigestCommand::Send(args)) => digest::send(db, &args),
        Command::Digest(DigestCommand::List(args)) => digest::list(db, &args),
        Command::Serve(args) => digest::serve(db, &args),
        Command::Demo(args) => demo::run(&args),
    }
}

/// Writes `value` as JSON and a newline to standard output.
pub(crate) fn print_json<T: serde::Serialize>(value: &T, pretty: bool) -> anyhow::Result<()> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    if pretty {
        serde_json::to_writer_pretty(&mut out, value)?;
    } else {
        serde_json::to_writer(&mut out, value)?;
    }
    writeln!(out)?;
    Ok(())
}

/// Opens the store named by --db.
pub(crate) fn open_store(db: &Path) -> anyhow::Result<Store> {
    Store::open(db).with_context(|| format!("opening the store {}", db.display()))
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

/// The renderer: the embedded templates, or a folder's.
pub(crate) fn renderer(templates: Option<&Path>) -> anyhow::Result<Renderer> {
    Ok(match templates {
        Some(dir) => Renderer::from_dir(dir)?,
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
        _ => None,
    };
    let settings = MailSettings {
        from: mail.from.clone(),
        reply_to: mail.reply_to.clone(),
        unsubscribe_url: mail.unsubscribe_url.clone(),
        unsubscribe_mailto: mail.unsubscribe_mailto.clone(),
        list_id: mail.list_id.clone(),
        dkim,
    };
    Ok(Composer::new(
        &settings,
        renderer(mail.templates.as_deref())?,
    )?)
}

/// The mailer the mail options describe: SMTP or an outbox folder.
pub(crate) fn mailer(mail: &MailArgs) -> anyhow::Result<Mailer> {
    match (&mail.smtp, &mail.outbox) {
        (_, Some(dir)) => Ok(Mailer::outbox(dir)?),
        (Some(url), None) => {
            let ca =
                match &mail.smtp_ca {
                    Some(path) => Some(std::fs::read(path).with_context(|| {
                        format!("reading the CA certificate {}", path.display())
                    })?),
                    None => None,
                };
            Ok(Mailer::smtp_with_ca(url, ca.as_deref())?)
        }
        (None, None) => anyhow::bail!(
            "no mail server: give --smtp URL (or set NGHIQUYET_SMTP_URL), or --outbox DIR to write .eml files"
        ),
    }
}

/// A tokio runtime for the commands that send mail.
pub(crate) fn runtime() -> anyhow::Result<tokio::runtime::Runtime> {
    Ok(tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?)
}
