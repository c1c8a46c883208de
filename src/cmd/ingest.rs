//! `nghiquyet ingest`: parse and store articles.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::Utc;
use nghiquyet_core::{Article, parse_article_bytes};
use nghiquyet_digest::{IngestOutcome, Store};
use nghiquyet_ingest::{Fetcher, read_page};
use serde::Serialize;

use crate::args::IngestArgs;
use crate::cmd::web::{fetcher, store_web_article};
use crate::cmd::{open_store, print_json, runtime};
use crate::input::{Source, is_html_name};
use crate::output::summary;

#[derive(Debug, Default, Serialize)]
struct Summary {
    added: usize,
    updated: usize,
    unchanged: usize,
    failed: usize,
}

/// One input: an article file (text or JSON), a saved web page, or a URL.
enum Input {
    Article(Source),
    Page(Source),
    Url(String),
}

impl std::fmt::Display for Input {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Input::Article(s) | Input::Page(s) => s.fmt(f),
            Input::Url(u) => f.write_str(u),
        }
    }
}

/// Every input: URLs as given, folders walked for *.txt, *.json and
/// *.html in name order; with `html`, every file is a web page.
fn expand(inputs: &[PathBuf], html: bool) -> Vec<Input> {
    let file = |source: Source| match &source {
        Source::File(p) if html || is_html_name(p) => Input::Page(source),
        Source::Stdin if html => Input::Page(source),
        _ => Input::Article(source),
    };
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
            } else if p.extension().is_some_and(|e| e == "txt" || e == "json") || is_html_name(&p) {
                out.push(Source::File(p));
            }
        }
    }
    let mut out = Vec::new();
    for p in inputs {
        let arg = p.to_string_lossy();
        if arg.starts_with("http://") || arg.starts_with("https://") {
            out.push(Input::Url(arg.into_owned()));
        } else if p.is_dir() {
            let mut files = Vec::new();
            walk(p, &mut files);
            out.extend(files.into_iter().map(file));
        } else {
            out.push(file(Source::from_arg(p)));
        }
    }
    out
}

/// What one input holds.
enum Read {
    /// Articles as `parse` prints them, or one article's text.
    Articles(Vec<Article>),
    /// A web page's article, stored as the fetcher stores one.
    Page(Article),
}

/// Reads one input: JSON articles (one or an array, as `parse` prints them),
/// a web page that was not named as one, or article text.
fn read(source: &Source) -> Result<Read, String> {
    let bytes = source.read().map_err(|e| e.to_string())?;
    if source.is_page(&bytes) {
        return read_page(&bytes, None, None)
            .map(Read::Page)
            .map_err(|e| format!("{source}: {e}"));
    }
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
        return Ok(Read::Articles(articles));
    }
    parse_article_bytes(&bytes)
        .map(|a| Read::Articles(vec![a]))
        .map_err(|e| format!("{source}: {e}"))
}

/// Reads a web input (a saved page or a URL) into an article; the HTTP
/// client is made for the first URL.
fn read_web(
    input: &Input,
    web: &mut Option<Fetcher>,
    args: &IngestArgs,
) -> Result<Article, String> {
    match input {
        Input::Page(source) => {
            let bytes = source.read().map_err(|e| e.to_string())?;
            read_page(&bytes, None, None).map_err(|e| format!("{source}: {e}"))
        }
        Input::Url(url) => {
            if web.is_none() {
                *web = Some(fetcher(&args.web).map_err(|e| e.to_string())?);
            }
            let fetcher = web.as_ref().ok_or("no HTTP client")?;
            let rt = runtime().map_err(|e| e.to_string())?;
            rt.block_on(fetcher.article(url)).map_err(|e| e.to_string())
        }
        Input::Article(_) => Err("not a web input".into()),
    }
}

pub fn run(db: &Path, args: &IngestArgs) -> anyhow::Result<ExitCode> {
    let inputs = expand(&args.inputs, args.html);
    let store = open_store(db)?;
    let rt = runtime()?;
    let bar = if inputs.len() > 1 && std::io::stderr().is_terminal() {
        let bar = indicatif::ProgressBar::new(inputs.len() as u64);
        if let Ok(style) =
            indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} {wide_msg}")
        {
            bar.set_style(style);
        }
        bar
    } else {
        indicatif::ProgressBar::hidden()
    };
    let mut web = None;
    let mut summary = Summary::default();
    let count = |summary: &mut Summary,
                 outcome: Result<IngestOutcome, nghiquyet_store::Error>,
                 input: &Input| match outcome {
        Ok(IngestOutcome::Added) => summary.added += 1,
        Ok(IngestOutcome::Updated) => summary.updated += 1,
        Ok(IngestOutcome::Unchanged) => summary.unchanged += 1,
        Err(e) => {
            bar.suspend(|| tracing::error!("{input}: {e}"));
            summary.failed += 1;
        }
    };
    for input in &inputs {
        bar.set_message(input.to_string());
        let read = match input {
            Input::Article(source) => read(source),
            Input::Page(_) | Input::Url(_) => read_web(input, &mut web, args).map(Read::Page),
        };
        match read {
            Ok(Read::Articles(articles)) => {
                for article in &articles {
                    let outcome = rt.block_on(store.ingest(article.clone(), Utc::now()));
                    count(&mut summary, outcome, input);
                }
            }
            Ok(Read::Page(article)) => {
                let found_at = match input {
                    Input::Url(u) => Some(u.as_str()),
                    _ => None,
                };
                let outcome = rt.block_on(store_web_article(&store, article, found_at, None));
                count(&mut summary, outcome, input);
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
