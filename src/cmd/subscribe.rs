//! `nghiquyet subscribe`, `unsubscribe` and `subscribers`.

use std::path::Path;
use std::process::ExitCode;

use chrono::Utc;
use nghiquyet_digest::{
    Filter, Lang, NewSubscriber, Schedule, Store, Subscriber, Unsubscribe, check_name,
    normalize_address, parse_tz,
};
use serde::Serialize;

use crate::args::{SubscribeArgs, SubscribersArgs, UnsubscribeArgs};
use crate::cmd::{open_store, parse_time, print_json, runtime};
use crate::output::{outln, summary};

/// The subscriber's next digest time in its own zone, for people.
fn next_local(s: &Subscriber) -> String {
    match (s.next_due(), parse_tz(&s.tz)) {
        (Some(t), Ok(tz)) => t.with_timezone(&tz).format("%Y-%m-%d %H:%M %Z").to_string(),
        _ => "never".into(),
    }
}

/// The settings `subscribe` stores: those given, and for an existing
/// subscriber its own for everything not given.
fn merge(args: &SubscribeArgs, old: Option<&Subscriber>) -> anyhow::Result<NewSubscriber> {
    let schedule: Schedule = match (&args.schedule, old) {
        (Some(s), _) => s.parse()?,
        (None, Some(old)) => old.schedule.clone(),
        (None, None) => anyhow::bail!(
            "{} is not subscribed yet: give --schedule (a crontab line or @daily, @weekly, @monthly)",
            args.email.trim()
        ),
    };
    let lang: Lang = match (&args.lang, old) {
        (Some(l), _) => l.parse()?,
        (None, Some(old)) => old.lang,
        (None, None) => Lang::Vi,
    };
    let tz = match (&args.tz, old) {
        (Some(tz), _) => tz.clone(),
        (None, Some(old)) => old.tz.clone(),
        (None, None) => DEFAULT_TZ.to_string(),
    };
    let keep = old.map(|o| o.filter.clone()).unwrap_or_default();
    let nonempty = |s: &String| (!s.trim().is_empty()).then(|| s.clone());
    let filter = Filter {
        issuer: match &args.issuer {
            Some(i) => nonempty(i),
            None => keep.issuer,
        },
        keywords: if args.keywords.is_empty() {
            keep.keywords
        } else {
            args.keywords.iter().filter_map(nonempty).collect()
        },
        min_targets: args.min_targets.unwrap_or(keep.min_targets),
    };
    let name = match &args.name {
        Some(n) => Some(n.clone()),
        None => old.and_then(|o| o.name.clone()),
    };
    Ok(NewSubscriber {
        email: args.email.clone(),
        name,
        schedule,
        tz,
        lang,
        filter,
        since: args.since.as_deref().map(parse_time).transpose()?,
    })
}

/// The zone of a new subscriber that names none.
const DEFAULT_TZ: &str = "Asia/Ho_Chi_Minh";

pub fn subscribe(db: &Path, args: &SubscribeArgs) -> anyhow::Result<ExitCode> {
    // Check what was given before touching the store.
    let email = normalize_address(&args.email)?;
    if let Some(s) = &args.schedule {
        s.parse::<Schedule>()?;
    }
    if let Some(l) = &args.lang {
        l.parse::<Lang>()?;
    }
    if let Some(tz) = &args.tz {
        parse_tz(tz.trim())?;
    }
    if let Some(n) = &args.name {
        check_name(n)?;
    }
    if let Some(s) = &args.since {
        parse_time(s)?;
    }
    let store = open_store(db)?;
    let rt = runtime()?;
    let old = rt
        .block_on(store.subscriber(email))?
        .map(Subscriber::try_from)
        .transpose()?;
    let settings = merge(args, old.as_ref())?.settings()?;
    let record = rt.block_on(store.subscribe(settings, Utc::now()))?;
    let sub = Subscriber::try_from(record)?;
    summary!(
        "{} {} ({}, {}): next digest {}",
        if old.is_some() {
            "updated"
        } else {
            "subscribed"
        },
        sub.email,
        sub.schedule,
        sub.tz,
        next_local(&sub)
    )?;
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
        summary!(
            "unsubscribed {label}{}",
            if args.erase {
                " and erased the address"
            } else {
                ""
            }
        )?;
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
pub(crate) async fn all_subscribers(store: &impl Store) -> anyhow::Result<Vec<Subscriber>> {
    let mut out = Vec::new();
    let mut after = 0;
    // Each distinct schedule is read once.
    let mut schedules: std::collections::HashMap<String, Schedule> = Default::default();
    loop {
        let page = store.subscribers(after, 1000).await?;
        let Some(last) = page.last() else { break };
        after = last.id;
        for r in page {
            let schedule = match schedules.get(&r.settings.schedule) {
                Some(s) => s.clone(),
                None => {
                    let s: Schedule = r.settings.schedule.parse()?;
                    schedules.insert(r.settings.schedule.clone(), s.clone());
                    s
                }
            };
            out.push(Subscriber::with_schedule(r, schedule)?);
        }
    }
    out.sort_by(|a, b| a.email.cmp(&b.email));
    Ok(out)
}

pub fn list(db: &Path, args: &SubscribersArgs) -> anyhow::Result<ExitCode> {
    let store = open_store(db)?;
    let subs = runtime()?.block_on(all_subscribers(&store))?;
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
    print_table(&table)?;
    Ok(ExitCode::SUCCESS)
}

/// Prints rows as columns padded to their widest cell.
pub(crate) fn print_table<const N: usize>(rows: &[[String; N]]) -> std::io::Result<()> {
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
        outln!("{}", line.join("  ").trim_end())?;
    }
    Ok(())
}
