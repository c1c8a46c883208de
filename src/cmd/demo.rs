//! `nghiquyet demo`: the digest service end to end on embedded examples.

use std::path::Path;
use std::process::ExitCode;

use anyhow::Context;
use chrono::Utc;
use nghiquyet_core::parse_article;
use nghiquyet_digest::{
    Composer, Filter, Lang, MailSettings, NewSubscriber, Renderer, Service, Stop, Store,
    Subscriber, Transport, new_articles,
};

use crate::args::DemoArgs;
use crate::cmd::{open_store, parse_time, runtime};
use crate::output::summary;

/// The example articles, embedded so the demo runs on a fresh machine.
const EXAMPLES: [(&str, &str); 3] = [
    (
        "https://example.vn/ha-giang-dai-hoi-xvii",
        include_str!("../../examples/articles/ha-giang-dai-hoi-xvii.txt"),
    ),
    (
        "https://example.vn/huyen-mau-son-nghi-quyet-hdnd",
        include_str!("../../examples/articles/huyen-mau-son-nghi-quyet-hdnd.txt"),
    ),
    (
        "https://example.vn/khoi-doanh-nghiep-dai-hoi",
        include_str!("../../examples/articles/khoi-doanh-nghiep-dai-hoi.txt"),
    ),
];

const DEMO_ADDRESS: &str = "ban-doc@example.vn";

fn eml_files(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    std::fs::read_dir(dir)
        .map(|d| {
            d.flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "eml"))
                .collect()
        })
        .unwrap_or_default()
}

/// Runs the demo into `args.out`, with the store `db` when --db names one
/// (kept and added to), else a fresh `demo.db` in the folder.
pub fn run(db: Option<&Path>, args: &DemoArgs) -> anyhow::Result<ExitCode> {
    let lang: Lang = args.lang.parse()?;
    let out = &args.out;
    std::fs::create_dir_all(out).with_context(|| format!("creating {}", out.display()))?;
    let shared = db.is_some();
    let db = match db {
        Some(db) => db.to_path_buf(),
        None => {
            for suffix in ["", "-wal", "-shm"] {
                let p = out.join(format!("demo.db{suffix}"));
                if p.exists() {
                    std::fs::remove_file(&p)
                        .with_context(|| format!("removing the old {}", p.display()))?;
                }
            }
            out.join("demo.db")
        }
    };
    for old in eml_files(out) {
        std::fs::remove_file(&old).with_context(|| format!("removing {}", old.display()))?;
    }
    let now = Utc::now();
    let rt = runtime()?;
    let store = open_store(&db)?;
    let composer = Composer::new(&MailSettings::default(), Renderer::new())?;
    let (rendered, written) = rt.block_on(async {
        for (url, text) in EXAMPLES {
            let article = parse_article(text)?.with_url(url);
            store.ingest(article, now).await?;
        }
        let settings = NewSubscriber {
            email: DEMO_ADDRESS.into(),
            name: Some(match lang {
                Lang::Vi => "Bạn đọc".into(),
                Lang::En => "Reader".into(),
            }),
            schedule: "0 7 * * 1".parse()?,
            tz: "Asia/Ho_Chi_Minh".into(),
            lang,
            filter: Filter::default(),
            since: Some(parse_time("2000-01-01")?),
        }
        .settings()?;
        let sub = Subscriber::try_from(store.subscribe(settings, now).await?)?;
        let rendered = composer.render(&sub, &new_articles(&store, &sub).await?, now)?;
        let service = Service::new(store, composer, Transport::outbox(out)?);
        // In a store of the user's, the other subscribers' due digests are
        // none of the demo's business: only a test of the demo's is written.
        let written = if shared {
            service.send_test(&sub, DEMO_ADDRESS, now).await?.is_some()
        } else {
            service.send_due(now, &Stop::new()).await?.sent > 0
        };
        anyhow::Ok((rendered, written))
    })?;
    let html = out.join("digest.html");
    let text = out.join("digest.txt");
    std::fs::write(&html, &rendered.html).with_context(|| format!("writing {}", html.display()))?;
    std::fs::write(&text, &rendered.text).with_context(|| format!("writing {}", text.display()))?;
    summary!("store:   {}", db.display())?;
    summary!("subject: {}", rendered.subject)?;
    summary!("html:    {}", html.display())?;
    summary!("text:    {}", text.display())?;
    for eml in eml_files(out) {
        summary!("email:   {}", eml.display())?;
    }
    if !written {
        anyhow::bail!("the demo digest was not written");
    }
    Ok(ExitCode::SUCCESS)
}
