//! `nghiquyet subscribe`, `unsubscribe` and `subscribers`.

use std::path::Path;
use std::process::ExitCode;

use chrono::Utc;
use nghiquyet_digest::{
    Filter, Lang, NewSubscriber, Schedule, Store, Subscriber, Unsubscribe, normalize_address,
    parse_tz,
};
use serde::Serialize;

use crate::args::{SubscribeArgs, SubscribersArgs, UnsubscribeArgs};
use crate::cmd::{open_store, parse_time, print_json, runtime};

/// The subscriber's next digest time in its own zone, for people.
fn next_local(s: &Subscriber) -> String {
    match (s.next_due(), parse_tz(&s.tz)) {
        (Some(t), Ok(tz)) => t.with_timezone(&tz).format("%Y-%m-%d %H:%M %Z").to_string(),
        _ => "never".into(),
    }
}

pub fn subscribe(db: &Path, args: &SubscribeArgs) -> anyhow::Result<ExitCode> {
    // Check everything before touching the store.
    let schedule: Schedule = args.schedule.parse()?;
    let lang: Lang = args.lang.parse()?;
    let since = args.since.as_deref().map(parse_time).transpose()?;
    let settings = NewSubscriber {
        email: args.email.clone(),
        name: args.name.clone(),
        schedule,
        tz: args.tz.clone(),
        lang,
        filter: Filter {
            issuer: args.issuer.clone(),
            keywords: args.keywords.clone(),
            min_targets: args.min_targets,
        },
        since,
    }
    .settings()?;
    let store = open_store(db)?;
    let record = runtime()?.block_on(store.subscribe(settings, Utc::now()))?;
    let sub = Subscriber::try_from(record)?;
    println!(
        "subscribed {} ({}, {}): next digest {}",
        sub.email,
        sub.schedule,
        sub.tz,
        next_local(&sub)
    );
    Ok(ExitCode::SUCCESS)
}

pub fn unsubscribe(db: &Path, args: &UnsubscribeArgs) -> anyhow::Result<ExitCode> {
    let store = open_store(db)?;
    let (who, label) = match (&args.email, &args.token) {
        (Some(email), _) => {
            let email = normalize_address(email).unwrap_or_else(|_| email.trim().to_lowercase());
            (Unsubscribe::Email(email.clone()), email)
        }
        (None, Some(token)) => (
            Unsubscribe::Token(token.trim().to_string()),
            "with that token".to_string(),
        ),
        (None, None) => anyhow::bail!("give an EMAIL or --token"),
    };
    if runtime()?.block_on(store.unsubscribe(who, args.erase))? {
        println!(
            "unsubscribed {label}{}",
            if args.erase {
                " and erased the address"
            } else {
                ""
            }
        );
        Ok(ExitCode::SUCCESS)
    } else {
        eprintln!("nghiquyet: no subscriber {label}");
        Ok(ExitCode::FAILURE)
    }
}

#[derive(Serialize)]
struct Row<'a> {
    #[serde(flatten)]
    subscriber: &'a Subscriber,
    next_digest: Option<String>,
}

/// Every subscriber, by address.
async fn all(store: &impl Store) -> anyhow::Result<Vec<Subscriber>> {
    let mut out = Vec::new();
    let mut after = 0;
    loop {
        let page = store.subscribers(after, 1000).await?;
        let Some(last) = page.last() else { break };
        after = last.id;
        for r in page {
            out.push(Subscriber::try_from(r)?);
        }
    }
    out.sort_by(|a, b| a.email.cmp(&b.email));
    Ok(out)
}

pub fn list(db: &Path, args: &SubscribersArgs) -> anyhow::Result<ExitCode> {
    let store = open_store(db)?;
    let subs = runtime()?.block_on(all(&store))?;
    if args.json {
        let rows: Vec<Row<'_>> = subs
            .iter()
            .map(|s| Row {
                subscriber: s,
                next_digest: s.next_due().map(|t| t.to_rfc3339()),
            })
            .collect();
        print_json(&rows, true)?;
        return Ok(ExitCode::SUCCESS);
    }
    let mut table = vec![[
        "EMAIL".to_string(),
        "NAME".into(),
        "SCHEDULE".into(),
        "ZONE".into(),
        "LANG".into(),
        "FILTERS".into(),
        "STATUS".into(),
        "NEXT DIGEST".into(),
    ]];
    for s in &subs {
        let mut filters = Vec::new();
        if let Some(i) = &s.filter.issuer {
            filters.push(format!("issuer={i}"));
        }
        for k in &s.filter.keywords {
            filters.push(format!("keyword={k}"));
        }
        if s.filter.min_targets > 0 {
            filters.push(format!("min-targets={}", s.filter.min_targets));
        }
        table.push([
            s.email.clone(),
            s.name.clone().unwrap_or_default(),
            s.schedule.to_string(),
            s.tz.clone(),
            s.lang.to_string(),
            filters.join(" "),
            serde_json::to_value(s.status)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default(),
            next_local(s),
        ]);
    }
    print_table(&table);
    Ok(ExitCode::SUCCESS)
}

/// Prints rows as columns padded to their widest cell.
pub(crate) fn print_table<const N: usize>(rows: &[[String; N]]) {
    let mut widths = [0usize; N];
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    for row in rows {
        let line: Vec<String> = row
            .iter()
            .zip(widths)
            .map(|(c, w)| format!("{c}{}", " ".repeat(w - c.chars().count())))
            .collect();
        println!("{}", line.join("  ").trim_end());
    }
}
