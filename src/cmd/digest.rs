//! `nghiquyet digest preview|send|list` and `nghiquyet serve`.

use std::path::Path;
use std::process::ExitCode;
use std::time::Duration;

use nghiquyet_digest::{Clock, Composer, MailSettings, RunOptions, SendReport, Service};

use crate::args::{ListArgs, PreviewArgs, SendArgs, ServeArgs};
use crate::cmd::subscribe::print_table;
use crate::cmd::{composer, mailer, now_or, open_store, print_json, renderer, runtime};

pub fn preview(db: &Path, args: &PreviewArgs) -> anyhow::Result<ExitCode> {
    let now = now_or(args.now.as_deref())?;
    let store = open_store(db)?;
    let sub = store.subscriber(&args.email)?;
    let articles = store.preview(&sub)?;
    let composer = Composer::new(
        &MailSettings::default(),
        renderer(args.templates.as_deref())?,
    )?;
    if articles.is_empty() {
        eprintln!(
            "nghiquyet: nothing new for {} since its last digest",
            sub.email
        );
    }
    let ext = args
        .out
        .as_deref()
        .and_then(|p| p.extension())
        .and_then(|e| e.to_str())
        .unwrap_or("");
    let content = match ext {
        "html" | "htm" => composer.render(&sub, &articles, now)?.html.into_bytes(),
        "eml" => composer
            .compose(
                &sub,
                None,
                &articles,
                &format!("<preview.{}@nghiquyet.invalid>", sub.id),
                now,
            )?
            .formatted(),
        _ => {
            let r = composer.render(&sub, &articles, now)?;
            format!("Subject: {}\n\n{}", r.subject, r.text).into_bytes()
        }
    };
    match &args.out {
        Some(path) => {
            std::fs::write(path, content)
                .map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
            println!("{}", path.display());
        }
        None => {
            use std::io::Write;
            match std::io::stdout().write_all(&content) {
                Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => return Err(e.into()),
                _ => {}
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn print_report(report: &SendReport) {
    for s in &report.sent {
        println!(
            "sent {} ({} articles) {}",
            s.recipient, s.articles, s.message_id
        );
    }
    for f in &report.deferred {
        println!(
            "deferred {}: {}",
            f.recipient,
            f.error.as_deref().unwrap_or("")
        );
    }
    for f in &report.failed {
        println!(
            "failed {}: {}",
            f.recipient,
            f.error.as_deref().unwrap_or("")
        );
    }
    println!(
        "{} sent, {} deferred, {} failed, {} with nothing new",
        report.sent.len(),
        report.deferred.len(),
        report.failed.len(),
        report.nothing_new
    );
}

pub fn send(db: &Path, args: &SendArgs) -> anyhow::Result<ExitCode> {
    let now = now_or(args.now.as_deref())?;
    // The SMTP pool lives in the runtime: build (and drop) it inside.
    let rt = runtime()?;
    let _inside = rt.enter();
    let composer = composer(&args.mail)?;
    let mailer = mailer(&args.mail)?;
    let store = open_store(db)?;
    let mut service = Service::new(store, composer, mailer);
    if let (Some(to), Some(as_email)) = (&args.to, &args.as_email) {
        let to = nghiquyet_digest::normalize_address(to)?;
        let sub = service.store().subscriber(as_email)?;
        return match rt.block_on(service.send_test(&sub, &to, now))? {
            Some(id) => {
                println!("sent a test of {}'s digest to {to} {id}", sub.email);
                Ok(ExitCode::SUCCESS)
            }
            None => {
                println!("nothing new for {}: no test sent", sub.email);
                Ok(ExitCode::SUCCESS)
            }
        };
    }
    let report = rt.block_on(service.send_due(now))?;
    if args.json {
        print_json(&report, true)?;
    } else {
        print_report(&report);
    }
    Ok(if report.failed.is_empty() && report.deferred.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

pub fn list(db: &Path, args: &ListArgs) -> anyhow::Result<ExitCode> {
    let store = open_store(db)?;
    let digests = store.digests(args.limit)?;
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
            format!("{:?}", d.status).to_lowercase(),
            d.attempts.to_string(),
            d.last_error.clone().unwrap_or_default(),
        ]);
    }
    print_table(&rows);
    Ok(ExitCode::SUCCESS)
}

pub fn serve(db: &Path, args: &ServeArgs) -> anyhow::Result<ExitCode> {
    let rt = runtime()?;
    let _inside = rt.enter();
    let composer = composer(&args.mail)?;
    let mailer = mailer(&args.mail)?;
    let store = open_store(db)?;
    let service = Service::new(store, composer, mailer);
    // Feeds are polled by a task of their own beside the scheduler: new
    // articles reach the store (and the next digests) whatever the mail does.
    let poller = args.fetch_every.map(|every| {
        rt.spawn(crate::cmd::fetch::poll_every(
            db.to_path_buf(),
            args.web.clone(),
            *every,
        ))
    });
    rt.block_on(async {
        let shutdown = async {
            #[cfg(unix)]
            {
                let mut term =
                    tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())?;
                tokio::select! {
                    r = tokio::signal::ctrl_c() => r,
                    _ = term.recv() => Ok(()),
                }
            }
            #[cfg(not(unix))]
            tokio::signal::ctrl_c().await
        };
        eprintln!(
            "nghiquyet: serving digests from {} (Ctrl-C or SIGTERM stops)",
            db.display()
        );
        nghiquyet_digest::run(
            service,
            Clock::System,
            RunOptions {
                poll: Duration::from_secs(args.poll.max(1)),
            },
            shutdown,
            |now, report| match report {
                Ok(r) if r.sent.is_empty() && r.failed.is_empty() && r.deferred.is_empty() => {}
                Ok(r) => {
                    eprintln!("nghiquyet: pass at {}", now.to_rfc3339());
                    print_report(r);
                }
                Err(e) => eprintln!("nghiquyet: pass at {}: {e}", now.to_rfc3339()),
            },
        )
        .await
    })?;
    if let Some(poller) = poller {
        poller.abort();
    }
    eprintln!("nghiquyet: stopped");
    Ok(ExitCode::SUCCESS)
}
