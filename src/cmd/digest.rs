//! `nghiquyet digest preview|send|list` and `nghiquyet serve`.

use std::path::Path;
use std::process::ExitCode;

use nghiquyet_digest::{
    Composer, MailSettings, SendReport, Service, Stop, Store, Subscriber, SubscriberStatus,
    new_articles, normalize_address,
};

use crate::args::{ListArgs, PreviewArgs, SendArgs};
use crate::cmd::subscribe::{all_subscribers, print_table};
use crate::cmd::{composer, now_or, open_store, options, print_json, renderer, runtime, transport};
use crate::output::summary;

/// `digest send` exits with this when work is left (deferred, pending, or
/// held by another sender): EX_TEMPFAIL.
const WORK_LEFT: u8 = 75;

async fn subscriber(store: &impl Store, email: &str) -> anyhow::Result<Subscriber> {
    let email = normalize_address(email).unwrap_or_else(|_| email.trim().to_lowercase());
    match store.subscriber(email.clone()).await? {
        Some(r) => Ok(Subscriber::try_from(r)?),
        None => Err(nghiquyet_digest::Error::NoSubscriber(email).into()),
    }
}

pub fn preview(db: &Path, args: &PreviewArgs) -> anyhow::Result<ExitCode> {
    let now = now_or(args.now.as_deref())?;
    let store = open_store(db)?;
    let rt = runtime()?;
    let sub = rt.block_on(subscriber(&store, &args.email))?;
    let articles = rt.block_on(new_articles(&store, &sub))?;
    let composer = Composer::new(
        &MailSettings::default(),
        renderer(args.templates.as_deref())?,
    )?;
    if articles.is_empty() {
        tracing::warn!("nothing new for {} since its last digest", sub.email);
    }
    let ext = args
        .out
        .as_deref()
        .and_then(|p| p.extension())
        .and_then(|e| e.to_str())
        .unwrap_or("");
    let content = match ext {
        "html" | "htm" => composer.render(&sub, &articles, now)?.html.into_bytes(),
        "eml" => composer.compose(
            &sub,
            None,
            &articles,
            &format!("<preview.{}@nghiquyet.invalid>", sub.id),
            now,
        )?,
        _ => {
            let r = composer.render(&sub, &articles, now)?;
            format!("Subject: {}\n\n{}", r.subject, r.text).into_bytes()
        }
    };
    match &args.out {
        Some(path) => {
            std::fs::write(path, content)
                .map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
            summary!("{}", path.display())?;
        }
        None => {
            use std::io::Write;
            std::io::stdout().write_all(&content)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn print_report(report: &SendReport) -> std::io::Result<()> {
    for (what, o) in &report.details {
        summary!("{what} {}: {}", o.recipient, o.error)?;
    }
    summary!(
        "{} sent, {} deferred, {} failed, {} held by another sender, {} still pending, {} with nothing new",
        report.sent,
        report.deferred,
        report.failed,
        report.held,
        report.pending,
        report.empty
    )
}

/// A pass of `serve`, in the log.
pub(crate) fn log_report(now: chrono::DateTime<chrono::Utc>, report: &SendReport) {
    for (what, o) in &report.details {
        tracing::warn!(recipient = %o.recipient, "{what}: {}", o.error);
    }
    tracing::info!(
        at = %now.to_rfc3339(),
        sent = report.sent,
        deferred = report.deferred,
        failed = report.failed,
        held = report.held,
        pending = report.pending,
        empty = report.empty,
        "pass"
    );
}

/// Raises `stop` on SIGTERM or Ctrl-C.
fn stop_on_signal(stop: &Stop) {
    let stop = stop.clone();
    tokio::spawn(async move {
        #[cfg(unix)]
        {
            let Ok(mut term) =
                tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
            else {
                return;
            };
            tokio::select! {
                _ = tokio::signal::ctrl_c() => {}
                _ = term.recv() => {}
            }
        }
        #[cfg(not(unix))]
        let _ = tokio::signal::ctrl_c().await;
        stop.stop();
    });
}

pub fn send(db: &Path, args: &SendArgs) -> anyhow::Result<ExitCode> {
    let now = now_or(args.now.as_deref())?;
    let rt = runtime()?;
    let _inside = rt.enter();
    let composer = composer(&args.mail)?;
    let transport = transport(&args.mail)?;
    let store = open_store(db)?;
    let service =
        Service::new(store, composer, transport).with_options(options(&args.delivery, &args.mail)?);
    if let (Some(to), Some(as_email)) = (&args.to, &args.as_email) {
        let to = normalize_address(to)?;
        let sub = rt.block_on(subscriber(service.store(), as_email))?;
        return match rt.block_on(service.send_test(&sub, &to, now))? {
            Some(id) => {
                summary!("sent a test of {}'s digest to {to} {id}", sub.email)?;
                Ok(ExitCode::SUCCESS)
            }
            None => {
                summary!("nothing new for {}: no test sent", sub.email)?;
                Ok(ExitCode::SUCCESS)
            }
        };
    }
    let stop = Stop::new();
    stop_on_signal(&stop);
    let report = rt.block_on(service.send_due(now, &stop))?;
    if args.json {
        print_json(&report, false)?;
    } else {
        print_report(&report)?;
    }
    Ok(if report.is_done() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(WORK_LEFT)
    })
}

pub fn list(db: &Path, args: &ListArgs) -> anyhow::Result<ExitCode> {
    let store = open_store(db)?;
    let rt = runtime()?;
    let digests = if args.status.as_deref() == Some("bouncing") {
        // A subscriber's status, not a digest's: the digests of the
        // subscribers whose status is bouncing.
        let bouncing: std::collections::HashSet<String> = rt
            .block_on(all_subscribers(&store))?
            .into_iter()
            .filter(|s| s.status == SubscriberStatus::Bouncing)
            .map(|s| s.email)
            .collect();
        let mut digests = rt.block_on(store.digests(None, usize::MAX))?;
        digests.retain(|d| bouncing.contains(&d.recipient));
        digests.truncate(args.limit);
        digests
    } else {
        let status = args
            .status
            .as_deref()
            .map(str::parse)
            .transpose()
            .map_err(|e: String| anyhow::anyhow!(e))?;
        rt.block_on(store.digests(status, args.limit))?
    };
    if args.json {
        print_json(&digests, true)?;
        return Ok(ExitCode::SUCCESS);
    }
    let mut rows = vec![[
        "ID".to_string(),
        "RECIPIENT".into(),
        "DUE".into(),
        "ARTICLES".into(),
        "STATUS".into(),
        "ATTEMPTS".into(),
        "ERROR".into(),
    ]];
    for d in &digests {
        rows.push([
            d.id.to_string(),
            d.recipient.clone(),
            d.due_at.to_rfc3339(),
            d.articles.to_string(),
            d.status.as_str().to_string(),
            d.attempts.to_string(),
            d.error.clone().unwrap_or_default(),
        ]);
    }
    print_table(&rows)?;
    Ok(ExitCode::SUCCESS)
}
