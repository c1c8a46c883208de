//! `nghiquyet serve`: the scheduler, and with --http the web front door
//! beside it, until SIGTERM or Ctrl-C.

use std::path::Path;
use std::process::ExitCode;
use std::time::Duration;

use anyhow::Context;
use chrono::Utc;
use nghiquyet_digest::{Clock, RunOptions, Service, Store};
use nghiquyet_web::{CONFIRM_WITHIN, Mailer, Metrics, Web, WebConfig};

use crate::args::ServeArgs;
use crate::cmd::digest::log_report;
use crate::cmd::{composer, open_store, options, public_url, runtime, transport};

/// How often unconfirmed subscribe requests older than a week are removed
/// (they cannot be confirmed meanwhile: `confirm` checks their age).
const EXPIRE_EVERY: Duration = Duration::from_secs(3600);

/// Completes on SIGTERM or Ctrl-C.
async fn signal() {
    #[cfg(unix)]
    {
        let Ok(mut term) =
            tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        else {
            return std::future::pending().await;
        };
        tokio::select! {
            _ = tokio::signal::ctrl_c() => {}
            _ = term.recv() => {}
        }
    }
    #[cfg(not(unix))]
    let _ = tokio::signal::ctrl_c().await;
}

/// The CSRF key: --web-secret (64 hex digits) or a random one.
fn secret(hex: Option<&str>) -> anyhow::Result<[u8; 32]> {
    let Some(hex) = hex else {
        return Ok(nghiquyet_web::random_secret()?);
    };
    let hex = hex.trim();
    let mut key = [0u8; 32];
    if hex.len() != 64 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        anyhow::bail!("invalid --web-secret: expected 64 hex digits (openssl rand -hex 32)");
    }
    for (i, k) in key.iter_mut().enumerate() {
        *k = u8::from_str_radix(&hex[2 * i..2 * i + 2], 16)?;
    }
    Ok(key)
}

pub fn run(db: &Path, args: &ServeArgs) -> anyhow::Result<ExitCode> {
    if let Some(after) = args.prune_after {
        // Refused at start, not a day later.
        crate::cmd::retention::cut(Utc::now(), *after).context("--prune-after")?;
    }
    let rt = runtime()?;
    let _inside = rt.enter();
    let composer = composer(&args.mail)?;
    let transport = transport(&args.mail)?;
    let store = open_store(db)?;
    let metrics = Metrics::default();
    let web = match &args.http {
        Some(addr) => {
            let Some(base) = public_url(&args.mail)? else {
                anyhow::bail!("--http needs --public-url (the address mails link to)");
            };
            let mut config = WebConfig::new(base, secret(args.web_secret.as_deref())?);
            config.per_address_per_hour = args.subscribe_per_address;
            config.per_email_per_hour = args.subscribe_per_email;
            config.trust_forwarded_for = args.trust_forwarded_for;
            let mailer = Mailer::new(composer.from().clone(), transport.clone());
            let web = Web::new(store.clone(), config, mailer, metrics.clone())?;
            let listener = rt
                .block_on(tokio::net::TcpListener::bind(addr.as_str()))
                .with_context(|| format!("listening on {addr}"))?;
            Some((web, listener))
        }
        None => None,
    };
    let service = Service::new(store.clone(), composer, transport)
        .with_options(options(&args.delivery, &args.mail)?);
    let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
    let stopped = move || {
        let mut rx = stop_rx.clone();
        async move {
            let _ = rx.wait_for(|s| *s).await;
        }
    };
    rt.block_on(async {
        tokio::spawn(async move {
            signal().await;
            let _ = stop_tx.send(true);
        });
        let server = match web {
            Some((web, listener)) => {
                let addr = listener.local_addr()?;
                tracing::info!("web front door on http://{addr}");
                Some(tokio::spawn(nghiquyet_web::serve(
                    listener,
                    web.router(),
                    stopped(),
                )))
            }
            None => None,
        };
        // Feeds are polled by a task of their own beside the scheduler: new
        // articles reach the store (and the next digests) whatever the mail does.
        let poller = args.fetch_every.map(|every| {
            tokio::spawn(crate::cmd::fetch::poll_every(
                store.clone(),
                args.web.clone(),
                *every,
            ))
        });
        let pruner = args
            .prune_after
            .map(|after| tokio::spawn(crate::cmd::retention::prune_daily(store.clone(), *after)));
        let expiring = store.clone();
        tokio::spawn(async move {
            loop {
                // Not at once: a new store is still being opened by others.
                tokio::time::sleep(EXPIRE_EVERY).await;
                let before =
                    Utc::now() - chrono::Duration::from_std(CONFIRM_WITHIN).unwrap_or_default();
                match expiring.expire_pending(before).await {
                    Ok(0) => {}
                    Ok(n) => tracing::info!("removed {n} unconfirmed subscribe requests"),
                    Err(e) => tracing::warn!("removing unconfirmed subscribe requests: {e}"),
                }
            }
        });
        tracing::info!(
            "serving digests from {} (Ctrl-C or SIGTERM stops)",
            crate::cmd::redacted(&db.to_string_lossy())
        );
        nghiquyet_digest::run(
            service,
            Clock::System,
            RunOptions {
                poll: Duration::from_secs(args.poll.max(1)),
            },
            stopped(),
            |now, report| {
                metrics.record_pass(now, report.as_ref());
                match report {
                    Ok(r) if r.sent == 0 && r.failed == 0 && r.deferred == 0 => {
                        tracing::debug!(at = %now.to_rfc3339(), "pass: nothing sent")
                    }
                    Ok(r) => log_report(now, r),
                    Err(e) => tracing::error!(at = %now.to_rfc3339(), "pass: {e}"),
                }
            },
        )
        .await?;
        if let Some(poller) = poller {
            poller.abort();
        }
        if let Some(pruner) = pruner {
            pruner.abort();
        }
        if let Some(server) = server {
            server.await??;
        }
        anyhow::Ok(())
    })?;
    tracing::info!("stopped");
    Ok(ExitCode::SUCCESS)
}
