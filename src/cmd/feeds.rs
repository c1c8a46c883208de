//! `nghiquyet feeds add|list|remove`: the feeds `fetch` polls.

use std::path::Path;
use std::process::ExitCode;

use chrono::Utc;
use nghiquyet_store::{FeedStore, NewFeed};

use crate::args::{FeedAddArgs, FeedListArgs, FeedRemoveArgs};
use crate::cmd::{open_store, print_json, runtime};

pub fn add(db: &Path, args: &FeedAddArgs) -> anyhow::Result<ExitCode> {
    let url = url::Url::parse(args.url.trim())
        .ok()
        .filter(|u| matches!(u.scheme(), "http" | "https"))
        .ok_or_else(|| {
            anyhow::anyhow!(
                "invalid feed URL {:?}: expected http:// or https://",
                args.url
            )
        })?;
    if let Some(css) = &args.links {
        scraper::Selector::parse(css)
            .map_err(|e| anyhow::anyhow!("invalid CSS selector {css:?} for --links: {e}"))?;
    }
    let store = open_store(db)?;
    let feed = NewFeed {
        url: url.to_string(),
        name: args.name.clone(),
        links: args.links.clone(),
    };
    let url = feed.url.clone();
    let added = runtime()?.block_on(store.add_feed(feed, Utc::now()))?;
    println!("{} {url}", if added { "added" } else { "updated" });
    Ok(ExitCode::SUCCESS)
}

pub fn list(db: &Path, args: &FeedListArgs) -> anyhow::Result<ExitCode> {
    let store = open_store(db)?;
    let feeds = runtime()?.block_on(store.feeds())?;
    if args.json {
        print_json(&feeds, true)?;
        return Ok(ExitCode::SUCCESS);
    }
    if feeds.is_empty() {
        println!("no feeds: add one with `nghiquyet feeds add URL`");
        return Ok(ExitCode::SUCCESS);
    }
    for f in &feeds {
        let kind = match &f.links {
            Some(css) => format!("listing {css:?}"),
            None => "feed".to_string(),
        };
        let fetched = f.fetched_at.map_or_else(
            || "never fetched".to_string(),
            |t| format!("fetched {}", t.to_rfc3339()),
        );
        let error = f
            .last_error
            .as_deref()
            .map(|e| format!(" (last error: {e})"))
            .unwrap_or_default();
        println!(
            "{}\t{}\t{kind}\t{fetched}{error}",
            f.url,
            f.name.as_deref().unwrap_or("-")
        );
    }
    Ok(ExitCode::SUCCESS)
}

pub fn remove(db: &Path, args: &FeedRemoveArgs) -> anyhow::Result<ExitCode> {
    let store = open_store(db)?;
    let rt = runtime()?;
    let url = url::Url::parse(args.url.trim()).map_or_else(|_| args.url.clone(), String::from);
    if rt.block_on(store.remove_feed(url.clone()))?
        || rt.block_on(store.remove_feed(args.url.clone()))?
    {
        println!("removed {url}");
        Ok(ExitCode::SUCCESS)
    } else {
        eprintln!("nghiquyet: no feed {}", args.url);
        Ok(ExitCode::FAILURE)
    }
}
