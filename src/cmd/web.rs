//! What the commands that read the web share: the fetcher their options
//! describe, and storing an article once however it was reached.

use chrono::Utc;
use nghiquyet_core::Article;
use nghiquyet_digest::{IngestOutcome, Store};
use nghiquyet_ingest::{FetchSettings, Fetcher, fingerprint};

use crate::args::WebArgs;

/// The fetcher the options describe.
pub(crate) fn fetcher(args: &WebArgs) -> anyhow::Result<Fetcher> {
    Ok(Fetcher::new(FetchSettings {
        timeout: *args.timeout,
        connect_timeout: *args.connect_timeout,
        host_delay: *args.delay,
        max_bytes: args.max_bytes,
        max_redirects: args.max_redirects,
        ..FetchSettings::default()
    })?)
}

/// Stores an article read from the web: once, whether it is reached at its
/// canonical URL, another URL (`found_at`) or with the same text elsewhere.
pub(crate) fn store_web_article(
    store: &mut Store,
    mut article: Article,
    found_at: Option<&str>,
    item_updated: Option<&str>,
) -> Result<IngestOutcome, nghiquyet_digest::Error> {
    let canonical = article.url.clone();
    let mut urls: Vec<&str> = canonical.iter().map(String::as_str).collect();
    if let Some(u) = found_at
        && !urls.contains(&u)
    {
        urls.push(u);
    }
    let print = fingerprint(&article);
    store.ingest_web(&mut article, &urls, &print, item_updated, Utc::now())
}
