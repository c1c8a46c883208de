//! `nghiquyet parse`: articles as JSON.

use std::process::ExitCode;

use anyhow::bail;
use nghiquyet_core::{Article, parse_article};
use nghiquyet_ingest::read_page;

use crate::args::ParseArgs;
use crate::cmd::print_json;
use crate::input::Source;

pub fn run(args: &ParseArgs) -> anyhow::Result<ExitCode> {
    let sources = Source::from_args(&args.inputs);
    if args.url.is_some() && sources.len() > 1 {
        bail!(
            "--url names the source of one input, but {} inputs were given",
            sources.len()
        );
    }
    let several = sources.len() > 1;
    let mut articles: Vec<Article> = Vec::new();
    let mut failed = 0;
    for source in &sources {
        let mut page = args.html;
        let parsed = source.read().map_err(|e| e.to_string()).and_then(|bytes| {
            page = page || source.is_page(&bytes);
            if page {
                read_page(&bytes, None, args.url.as_deref()).map_err(|e| format!("{source}: {e}"))
            } else {
                let text = source.check_text(&bytes).map_err(|e| e.to_string())?;
                parse_article(text).map_err(|e| format!("{source}: {e}"))
            }
        });
        match parsed {
            Ok(mut article) => {
                if !page {
                    article.url = args.url.clone().or(article.url);
                }
                if args.jsonl {
                    print_json(&article, false)?;
                } else if several {
                    articles.push(article);
                } else {
                    print_json(&article, !args.compact)?;
                }
            }
            Err(msg) => {
                tracing::error!("{msg}");
                failed += 1;
            }
        }
    }
    if several && !args.jsonl {
        print_json(&articles, !args.compact)?;
    }
    Ok(if failed > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}
