//! `nghiquyet migrate --from sqlite:PATH --to postgres://…`.

use std::process::ExitCode;

use anyhow::Context;
use nghiquyet_store::{Address, PostgresStore, move_sqlite_to_postgres};

use crate::args::MigrateArgs;
use crate::cmd::{print_json, redacted, runtime};

pub fn run(args: &MigrateArgs) -> anyhow::Result<ExitCode> {
    let Address::Sqlite(from) = Address::parse(&args.from) else {
        anyhow::bail!(
            "--from {}: expected an SQLite store (sqlite:PATH)",
            redacted(&args.from)
        );
    };
    let Address::Postgres(to) = Address::parse(&args.to) else {
        anyhow::bail!(
            "--to {}: expected a PostgreSQL URL (postgres://USER@HOST/DB)",
            args.to
        );
    };
    let moved = runtime()?.block_on(async {
        let target = PostgresStore::open(&to)
            .await
            .with_context(|| format!("opening {}", redacted(&to)))?;
        move_sqlite_to_postgres(&from, &target)
            .await
            .with_context(|| format!("moving {} to {}", from.display(), redacted(&to)))
    })?;
    if args.json {
        print_json(&moved, false)?;
    } else {
        println!(
            "moved {} articles, {} subscribers, {} bodies, {} digests, {} feeds, {} web sources ({} rows already there)",
            moved.articles,
            moved.subscribers,
            moved.bodies,
            moved.digests,
            moved.feeds,
            moved.web_sources,
            moved.already_there
        );
    }
    Ok(ExitCode::SUCCESS)
}
