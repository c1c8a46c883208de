//! `nghiquyet ingest`: parse and store articles.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::Utc;
use nghiquyet_core::{Article, parse_article_bytes};
use nghiquyet_digest::{IngestOutcome, Store};
use serde::Serialize;

use crate::args::IngestArgs;
use crate::cmd::{open_store, print_json, runtime};
use crate::input::Source;
use crate::output::summary;

#[derive(Debug, Default, Serialize)]
struct Summary {
    added: usize,
    updated: usize,
    unchanged: usize,
    failed: usize,
}

/// Every input file: folders are walked for *.txt and *.json, in name order.
fn expand(inputs: &[PathBuf]) -> Vec<Source> {
    fn walk(dir: &Path, out: &mut Vec<Source>) {
        let mut entries: Vec<PathBuf> = match std::fs::read_dir(dir) {
            Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).collect(),
            Err(_) => {
                out.push(Source::File(dir.to_path_buf()));
                return;
            }
        };
        entries.sort();
        for p in entries {
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|e| e == "txt" || e == "json") {
                out.push(Source::File(p));
            }
        }
    }
    let mut out = Vec::new();
    for p in inputs {
        if p.is_dir() {
            walk(p, &mut out);
        } else {
            out.push(Source::from_arg(p));
        }
    }
    out
}

/// Reads one input: JSON articles (one or an array, as `parse` prints them) or article text.
fn read(source: &Source) -> Result<Vec<Article>, String> {
    let bytes = source.read().map_err(|e| e.to_string())?;
    let is_json = matches!(source, Source::File(p) if p.extension().is_some_and(|e| e == "json"))
        || bytes
            .iter()
            .find(|b| !b.is_ascii_whitespace())
            .is_some_and(|b| *b == b'{' || *b == b'[');
    if is_json {
        // One article, an array of them, or JSON lines as `parse --jsonl`
        // prints them: any sequence of those.
        let mut articles = Vec::new();
        for (n, value) in serde_json::Deserializer::from_slice(&bytes)
            .into_iter::<serde_json::Value>()
            .enumerate()
        {
            let value = value.map_err(|e| format!("{source}: invalid JSON: {e}"))?;
            let found: Result<Vec<Article>, _> = if value.is_array() {
                serde_json::from_value(value)
            } else {
                serde_json::from_value(value).map(|a| vec![a])
            };
            articles.extend(found.map_err(|e| {
                format!(
                    "{source}: value {} is not an article as `nghiquyet parse` prints it: {e}",
                    n + 1
                )
            })?);
        }
        return Ok(articles);
    }
    parse_article_bytes(&bytes)
        .map(|a| vec![a])
        .map_err(|e| format!("{source}: {e}"))
}

pub fn run(db: &Path, args: &IngestArgs) -> anyhow::Result<ExitCode> {
    let sources = expand(&args.inputs);
    let store = open_store(db)?;
    let rt = runtime()?;
    let bar = if sources.len() > 1 && std::io::stderr().is_terminal() {
        let bar = indicatif::ProgressBar::new(sources.len() as u64);
        if let Ok(style) =
            indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} {wide_msg}")
        {
            bar.set_style(style);
        }
        bar
    } else {
        indicatif::ProgressBar::hidden()
    };
    let mut summary = Summary::default();
    for source in &sources {
        bar.set_message(source.to_string());
        match read(source) {
            Ok(articles) => {
                for article in &articles {
                    match rt.block_on(store.ingest(article.clone(), Utc::now())) {
                        Ok(IngestOutcome::Added) => summary.added += 1,
                        Ok(IngestOutcome::Updated) => summary.updated += 1,
                        Ok(IngestOutcome::Unchanged) => summary.unchanged += 1,
                        Err(e) => {
                            bar.suspend(|| tracing::error!("{source}: {e}"));
                            summary.failed += 1;
                        }
                    }
                }
            }
            Err(msg) => {
                bar.suspend(|| tracing::error!("{msg}"));
                summary.failed += 1;
            }
        }
        bar.inc(1);
    }
    bar.finish_and_clear();
    if args.json {
        print_json(&summary, false)?;
    } else {
        summary!(
            "added {}, updated {}, unchanged {}, failed {}",
            summary.added,
            summary.updated,
            summary.unchanged,
            summary.failed
        )?;
    }
    Ok(if summary.failed > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}
