//! What the commands that read the web share: the fetcher their options
//! describe, and storing an article once however it was reached.

use chrono::Utc;
use nghiquyet_core::Article;
use nghiquyet_ingest::{FetchSettings, Fetcher, fingerprint};
use nghiquyet_store::{AnyStore, FeedStore, IngestOutcome, WebArticle};

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
pub(crate) async fn store_web_article(
    store: &AnyStore,
    article: Article,
    found_at: Option<&str>,
    item_updated: Option<&str>,
) -> Result<IngestOutcome, nghiquyet_store::Error> {
    let mut urls: Vec<String> = article.url.iter().cloned().collect();
    if let Some(u) = found_at
        && !urls.iter().any(|known| known == u)
    {
        urls.push(u.to_string());
    }
    let web = WebArticle {
        fingerprint: fingerprint(&article),
        article,
        urls,
        item_updated: item_updated.map(String::from),
    };
    Ok(store.ingest_web(web, Utc::now()).await?.outcome)
}
