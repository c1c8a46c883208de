//! `nghiquyet subscribers import` and `export`: subscribers as CSV with
//! the columns email,name,schedule,tz,lang,issuer,keywords.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use anyhow::Context;
use chrono::Utc;
use nghiquyet_digest::{Filter, Lang, NewSubscriber, Schedule, Store, SubscriberStatus};
use nghiquyet_store::SubscriberSettings;

use crate::args::{ExportArgs, ImportArgs};
use crate::cmd::subscribe::all_subscribers;
use crate::cmd::{open_store, runtime};
use crate::input::Source;
use crate::output::summary;

/// The columns, in order (a public contract).
const COLUMNS: [&str; 7] = [
    "email", "name", "schedule", "tz", "lang", "issuer", "keywords",
];
/// Rows written per transaction.
const BATCH: usize = 10_000;
const DEFAULT_TZ: &str = "Asia/Ho_Chi_Minh";

/// The settings of one row, or what is wrong with it.
/// Schedules read once per distinct spelling (a file repeats a few).
type Schedules = std::collections::HashMap<String, Result<Schedule, String>>;

fn row(
    record: &csv::StringRecord,
    at: &[Option<usize>; 7],
    schedules: &mut Schedules,
) -> Result<SubscriberSettings, String> {
    let get = |i: usize| at[i].and_then(|c| record.get(c)).unwrap_or("").trim();
    let nonempty = |s: &str| (!s.is_empty()).then(|| s.to_string());
    if get(2).is_empty() {
        return Err("no schedule".into());
    }
    let schedule = schedules
        .entry(get(2).to_string())
        .or_insert_with(|| {
            nghiquyet_web::schedule_spec(get(2))
                .parse::<Schedule>()
                .map_err(|e| format!("{e}"))
        })
        .clone()?;
    let lang: Lang = match get(4) {
        "" => Lang::Vi,
        l => l.parse().map_err(|e| format!("{e}"))?,
    };
    let new = NewSubscriber {
        email: get(0).to_string(),
        name: nonempty(get(1)),
        schedule,
        tz: nonempty(get(3)).unwrap_or_else(|| DEFAULT_TZ.into()),
        lang,
        filter: Filter {
            issuer: nonempty(get(5)),
            keywords: get(6)
                .split(';')
                .map(str::trim)
                .filter(|k| !k.is_empty())
                .map(str::to_string)
                .collect(),
            min_targets: 0,
        },
        since: None,
    };
    new.settings().map_err(|e| e.to_string())
}

pub fn import(db: &Path, args: &ImportArgs) -> anyhow::Result<ExitCode> {
    let source = Source::from_arg(&args.file);
    let bytes = source.read()?;
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(bytes.as_slice());
    let headers = reader
        .headers()
        .with_context(|| format!("{source}: reading the header line"))?
        .clone();
    let mut at = [None; 7];
    for (i, name) in COLUMNS.iter().enumerate() {
        at[i] = headers.iter().position(|h| h.eq_ignore_ascii_case(name));
    }
    if at[0].is_none() || at[2].is_none() {
        anyhow::bail!(
            "{source}: line 1: the header must name the columns {} (email and schedule at least)",
            COLUMNS.join(",")
        );
    }
    let store = open_store(db)?;
    let rt = runtime()?;
    let now = Utc::now();
    let (mut good, mut bad, mut written) = (Vec::new(), 0usize, 0usize);
    let mut schedules = Schedules::new();
    for record in reader.records() {
        let (line, result) = match record {
            Ok(r) => (
                r.position().map_or(0, |p| p.line()),
                row(&r, &at, &mut schedules),
            ),
            Err(e) => (
                e.position().map_or(0, |p| p.line()),
                Err(format!("unreadable CSV: {e}")),
            ),
        };
        match result {
            Ok(s) => good.push(s),
            Err(e) => {
                bad += 1;
                tracing::error!("{source}: line {line}: {e}");
            }
        }
        if good.len() >= BATCH {
            written += rt.block_on(store.import(std::mem::take(&mut good), now))?;
        }
    }
    if !good.is_empty() {
        written += rt.block_on(store.import(good, now))?;
    }
    summary!("imported {written} subscribers, {bad} bad rows")?;
    Ok(if bad > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

pub fn export(db: &Path, args: &ExportArgs) -> anyhow::Result<ExitCode> {
    let store = open_store(db)?;
    let subs = runtime()?.block_on(all_subscribers(&store))?;
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(COLUMNS)?;
    for s in subs
        .iter()
        .filter(|s| s.status != SubscriberStatus::Pending)
    {
        w.write_record([
            s.email.as_str(),
            s.name.as_deref().unwrap_or(""),
            &s.schedule.to_string(),
            &s.tz,
            s.lang.code(),
            s.filter.issuer.as_deref().unwrap_or(""),
            &s.filter.keywords.join("; "),
        ])?;
    }
    let bytes = w.into_inner().map_err(|e| anyhow::anyhow!("{e}"))?;
    match &args.out {
        Some(path) => {
            std::fs::write(path, &bytes).with_context(|| format!("writing {}", path.display()))?
        }
        None => std::io::stdout().write_all(&bytes)?,
    }
    Ok(ExitCode::SUCCESS)
}
