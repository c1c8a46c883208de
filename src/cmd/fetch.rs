//! `nghiquyet fetch`: poll every feed, fetch the new items' pages, store
//! their articles; and the same on a timer for `serve --fetch-every`.

use std::io::IsTerminal;
use std::path::Path;
use std::process::ExitCode;
use std::time::Duration;

use chrono::Utc;
use indicatif::{ProgressBar, ProgressStyle};
use nghiquyet_ingest::{FeedItem, Fetcher, Validators, read_feed, read_listing};
use nghiquyet_store::{AnyStore, Feed, FeedPoll, FeedStore, IngestOutcome};
use serde::Serialize;

use crate::args::{FetchArgs, WebArgs};
use crate::cmd::web::{fetcher, store_web_article};
use crate::cmd::{open_store, print_json, runtime};

/// What a poll did: the `fetch --json` contract.
#[derive(Debug, Default, Clone, Copy, Serialize)]
pub struct FetchReport {
    /// Feeds polled.
    pub feeds: usize,
    /// Items the feeds listed.
    pub items: usize,
    /// Articles stored for the first time.
    pub new: usize,
    /// Stored articles whose text changed.
    pub updated: usize,
    /// Feeds and pages that could not be read (each reported on standard error).
    pub failed: usize,
}

/// Where progress goes: a bar on a terminal, log lines otherwise.
struct Progress {
    bar: Option<ProgressBar>,
}

impl Progress {
    fn new(terminal: bool) -> Self {
        let bar = terminal.then(|| {
            let bar = ProgressBar::new(0);
            if let Ok(style) = ProgressStyle::with_template("{bar:40} {pos}/{len} {wide_msg}") {
                bar.set_style(style);
            }
            bar
        });
        Progress { bar }
    }

    /// A step done, logged at info level (hidden by `RUST_LOG=warn`).
    fn info(&self, line: &str) {
        self.suspended(|| tracing::info!("{line}"));
    }

    /// A feed or page that could not be read.
    fn warn(&self, line: &str) {
        self.suspended(|| tracing::warn!("{line}"));
    }

    /// Runs `log` with the bar out of the way, so log lines do not tear it.
    fn suspended(&self, log: impl FnOnce()) {
        match &self.bar {
            Some(bar) => bar.suspend(log),
            None => log(),
        }
    }

    /// A step that only the bar shows (a log would be noise).
    fn step(&self, what: &str) {
        if let Some(bar) = &self.bar {
            bar.set_message(what.to_string());
        }
    }

    fn more(&self, n: usize) {
        if let Some(bar) = &self.bar {
            bar.inc_length(n as u64);
        }
    }

    fn done_one(&self) {
        if let Some(bar) = &self.bar {
            bar.inc(1);
        }
    }

    fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

/// The items of one feed's answer.
fn items_of(
    feed: &Feed,
    body: &[u8],
    content_type: Option<&str>,
    url: &str,
) -> Result<Vec<FeedItem>, nghiquyet_ingest::Error> {
    match &feed.links {
        Some(css) => read_listing(body, content_type, Some(url), css),
        None => read_feed(body, Some(url)),
    }
    .map_err(|e| if e.url().is_some() { e } else { e.at(url) })
}

/// A poll of `feed` that keeps its validators, with `error` if it failed.
fn polled(feed: &Feed, error: Option<String>) -> FeedPoll {
    FeedPoll {
        url: feed.url.clone(),
        error,
        ..FeedPoll::default()
    }
}

/// Polls every feed once. A feed or page that fails is reported and
/// counted, and nothing else is affected.
async fn poll(
    store: &AnyStore,
    fetcher: &Fetcher,
    progress: &Progress,
) -> anyhow::Result<FetchReport> {
    let feeds = store.feeds().await?;
    let mut report = FetchReport {
        feeds: feeds.len(),
        ..FetchReport::default()
    };
    progress.more(feeds.len());
    for feed in &feeds {
        progress.step(&feed.url);
        let validators = Validators {
            etag: feed.etag.clone(),
            last_modified: feed.last_modified.clone(),
        };
        let answer = fetcher.get(&feed.url, Some(&validators)).await;
        progress.done_one();
        let fetched = match answer {
            Ok(f) if f.not_modified => {
                progress.info(&format!("{}: not modified", feed.url));
                store.feed_polled(polled(feed, None), Utc::now()).await?;
                continue;
            }
            Ok(f) => f,
            Err(e) => {
                progress.warn(&e.to_string());
                report.failed += 1;
                store
                    .feed_polled(polled(feed, Some(e.to_string())), Utc::now())
                    .await?;
                continue;
            }
        };
        let items = match items_of(
            feed,
            &fetched.body,
            fetched.content_type.as_deref(),
            &fetched.url,
        ) {
            Ok(items) => items,
            Err(e) => {
                progress.warn(&e.to_string());
                report.failed += 1;
                store
                    .feed_polled(polled(feed, Some(e.to_string())), Utc::now())
                    .await?;
                continue;
            }
        };
        report.items += items.len();
        let mut pages_failed = 0;
        let mut stored = 0;
        for item in &items {
            let item_updated = item.updated.map(|t| t.to_rfc3339());
            // A known item is fetched again only when the feed says it changed.
            if let Some(known) = store.web_source(item.url.clone()).await?
                && (item_updated.is_none() || known.item_updated == item_updated)
            {
                continue;
            }
            progress.more(1);
            progress.step(&item.url);
            let read = fetcher.article(&item.url).await;
            progress.done_one();
            let article = match read {
                Ok(a) => a,
                Err(e) => {
                    progress.warn(&e.to_string());
                    pages_failed += 1;
                    continue;
                }
            };
            let stored_as =
                store_web_article(store, article, Some(&item.url), item_updated.as_deref()).await;
            match stored_as {
                Ok(IngestOutcome::Added) => {
                    report.new += 1;
                    stored += 1;
                    progress.info(&format!("{}: new", item.url));
                }
                Ok(IngestOutcome::Updated) => {
                    report.updated += 1;
                    stored += 1;
                    progress.info(&format!("{}: updated", item.url));
                }
                Ok(IngestOutcome::Unchanged) => {}
                Err(e) => {
                    progress.warn(&format!("{}: {e}", item.url));
                    pages_failed += 1;
                }
            }
        }
        report.failed += pages_failed;
        // Keep the validators only when every page was read: otherwise the
        // next poll must get the whole feed again to retry the failed ones.
        let mut poll = polled(
            feed,
            (pages_failed > 0).then(|| format!("{pages_failed} pages failed")),
        );
        if pages_failed == 0 {
            poll.etag = fetched.validators.etag.clone();
            poll.last_modified = fetched.validators.last_modified.clone();
        }
        store.feed_polled(poll, Utc::now()).await?;
        progress.info(&format!(
            "{}: {} items, {stored} stored, {pages_failed} failed",
            feed.url,
            items.len()
        ));
    }
    Ok(report)
}

pub fn run(db: &Path, args: &FetchArgs) -> anyhow::Result<ExitCode> {
    let store = open_store(db)?;
    let fetcher = fetcher(&args.web)?;
    let progress = Progress::new(std::io::stderr().is_terminal());
    let report = runtime()?.block_on(poll(&store, &fetcher, &progress));
    progress.finish();
    let report = report?;
    if args.json {
        print_json(&report, false)?;
    } else {
        println!(
            "feeds {}, items {}, new {}, updated {}, failed {}",
            report.feeds, report.items, report.new, report.updated, report.failed
        );
    }
    Ok(if report.failed > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

/// Polls the feeds at once and then every `every`, logging each poll, until
/// dropped: `serve --fetch-every` runs it beside the digest scheduler.
pub async fn poll_every(store: AnyStore, web: WebArgs, every: Duration) {
    let fetcher = match fetcher(&web) {
        Ok(f) => f,
        Err(e) => {
            tracing::error!("feeds will not be polled: {e:#}");
            return;
        }
    };
    let progress = Progress::new(false);
    let mut ticks = tokio::time::interval(every.max(Duration::from_secs(1)));
    ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        ticks.tick().await;
        let report = poll(&store, &fetcher, &progress).await;
        match report {
            Ok(r) => tracing::info!(
                feeds = r.feeds,
                items = r.items,
                new = r.new,
                updated = r.updated,
                failed = r.failed,
                "fetched feeds"
            ),
            Err(e) => tracing::error!("fetching feeds: {e:#}"),
        }
    }
}
