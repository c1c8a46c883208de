//! `nghiquyet digest prune`: bounds the store by dropping the message bytes
//! of digests that ended long ago (their rows, the history, stay).

use std::path::Path;
use std::process::ExitCode;
use std::time::Duration;

use anyhow::Context;
use chrono::{DateTime, SecondsFormat, Utc};
use nghiquyet_digest::Store;
use nghiquyet_store::{AnyStore, FileSpace, Pruned};

use crate::args::PruneArgs;
use crate::cmd::{now_or, open_store, print_json, runtime};
use crate::output::summary;

/// How often `serve --prune-after` prunes.
const PRUNE_EVERY: Duration = Duration::from_secs(24 * 3600);

/// `serve --prune-after`: prunes at start, then once a day, until aborted.
/// Never vacuums: a VACUUM would keep the senders' writes waiting. A store
/// error is logged and tried again the next day.
pub(crate) async fn prune_daily<S: Store>(store: S, after: Duration) {
    loop {
        let pruned = match cut(Utc::now(), after) {
            Ok(before) => store
                .prune_sent(before)
                .await
                .map(|p| (p, before))
                .map_err(anyhow::Error::from),
            Err(e) => Err(e),
        };
        match pruned {
            Ok((p, before)) => tracing::info!(
                digests = p.digests,
                bodies = p.bodies,
                bytes = p.bytes,
                before = %before.to_rfc3339(),
                "pruned the messages of digests that ended before the cut"
            ),
            Err(e) => tracing::warn!("prune: {e:#}"),
        }
        tokio::time::sleep(PRUNE_EVERY).await;
    }
}

/// What `digest prune --json` prints.
#[derive(Debug, serde::Serialize)]
struct Report {
    #[serde(flatten)]
    pruned: Pruned,
    /// Digests that ended before this time lost their message parts.
    before: DateTime<Utc>,
    /// The SQLite file's pages after pruning (and vacuuming); `null` on PostgreSQL.
    file: Option<FileSpace>,
    /// Whether the file was rewritten to give free pages back.
    vacuumed: bool,
}

/// The cut: digests that ended before `now - older_than`.
pub(crate) fn cut(
    now: DateTime<Utc>,
    older_than: std::time::Duration,
) -> anyhow::Result<DateTime<Utc>> {
    chrono::Duration::from_std(older_than)
        .ok()
        .and_then(|d| now.checked_sub_signed(d))
        .ok_or_else(|| {
            anyhow::anyhow!(
                "{} before {now} is out of the calendar",
                humantime::format_duration(older_than)
            )
        })
}

pub fn prune(db: &Path, args: &PruneArgs) -> anyhow::Result<ExitCode> {
    let before =
        cut(now_or(args.now.as_deref())?, args.older_than.into()).context("--older-than")?;
    let store = open_store(db)?;
    if args.vacuum && !matches!(store, AnyStore::Sqlite(_)) {
        anyhow::bail!(
            "--vacuum rewrites an SQLite file; on PostgreSQL autovacuum reuses the space \
             (VACUUM FULL digests, bodies gives it back)"
        );
    }
    let rt = runtime()?;
    let pruned = rt.block_on(store.prune_sent(before))?;
    let (file, vacuumed) = match &store {
        AnyStore::Sqlite(s) => {
            if args.vacuum {
                rt.block_on(s.vacuum())?;
            }
            (Some(rt.block_on(s.file_space())?), args.vacuum)
        }
        _ => (None, false),
    };
    let report = Report {
        pruned,
        before,
        file,
        vacuumed,
    };
    if args.json {
        print_json(&report, false)?;
        return Ok(ExitCode::SUCCESS);
    }
    summary!(
        "pruned the messages of {} digests that ended before {}, {} bodies, {} bytes",
        pruned.digests,
        before.to_rfc3339_opts(SecondsFormat::Secs, true),
        pruned.bodies,
        pruned.bytes
    )?;
    if let Some(f) = file {
        summary!(
            "the store file: {} bytes used, {} bytes free{}",
            f.used_bytes,
            f.free_bytes,
            if vacuumed {
                " (vacuumed)"
            } else {
                " (reused by later writes; --vacuum gives them back)"
            }
        )?;
    }
    Ok(ExitCode::SUCCESS)
}
