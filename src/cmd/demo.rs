//! `nghiquyet demo`: the digest service end to end on embedded examples.

use std::process::ExitCode;

use anyhow::Context;
use chrono::Utc;
use nghiquyet_core::parse_article;
use nghiquyet_digest::{
    Composer, Filter, Lang, MailSettings, Mailer, NewSubscriber, Renderer, Service, Store,
};

use crate::args::DemoArgs;
use crate::cmd::{parse_time, runtime};

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

pub fn run(args: &DemoArgs) -> anyhow::Result<ExitCode> {
    let lang: Lang = args.lang.parse()?;
    let out = &args.out;
    std::fs::create_dir_all(out).with_context(|| format!("creating {}", out.display()))?;
    let db = out.join("demo.db");
    for suffix in ["", "-wal", "-shm"] {
        let p = out.join(format!("demo.db{suffix}"));
        if p.exists() {
            std::fs::remove_file(&p)
                .with_context(|| format!("removing the old {}", p.display()))?;
        }
    }
    let now = Utc::now();
    let mut store = Store::open(&db)?;
    for (url, text) in EXAMPLES {
        let article = parse_article(text)?.with_url(url);
        store.ingest(&article, now)?;
    }
    let sub = store.subscribe(
        &NewSubscriber {
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
        },
        now,
    )?;
    let composer = Composer::new(&MailSettings::default(), Renderer::new())?;
    let rendered = composer.render(&sub, &store.preview(&sub)?, now)?;
    let html = out.join("digest.html");
    let text = out.join("digest.txt");
    std::fs::write(&html, &rendered.html).with_context(|| format!("writing {}", html.display()))?;
    std::fs::write(&text, &rendered.text).with_context(|| format!("writing {}", text.display()))?;
    let mut service = Service::new(store, composer, Mailer::outbox(out)?);
    let report = runtime()?.block_on(service.send_due(now))?;
    println!("store:   {}", db.display());
    println!("subject: {}", rendered.subject);
    println!("html:    {}", html.display());
    println!("text:    {}", text.display());
    for s in &report.sent {
        let name: String = s
            .message_id
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || c == '.' || c == '-' {
                    c
                } else {
                    '_'
                }
            })
            .collect();
        println!(
            "email:   {}",
            out.join(format!("{}.eml", name.trim_matches('_')))
                .display()
        );
    }
    Ok(ExitCode::SUCCESS)
}
