//! The settings file (`--config FILE` or `NGHIQUYET_CONFIG`): a TOML file
//! naming settings as their environment variables do, without the
//! `NGHIQUYET_` prefix and in lowercase (`smtp_url`, `public_url`, `db`).
//! Tables only group them (`[mail]`, `[web]`): their names are ignored.
//!
//! Its values become the defaults of the arguments whose environment
//! variable they name, so that a flag overrides the environment, which
//! overrides the file, which overrides the built-in defaults.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use anyhow::Context;
use clap::CommandFactory;

use crate::args::Cli;

/// The file named by `--config FILE`, `--config=FILE` or `NGHIQUYET_CONFIG`.
fn config_path(args: &[OsString]) -> Option<PathBuf> {
    let mut it = args.iter().skip(1);
    while let Some(a) = it.next() {
        if a == "--" {
            break;
        }
        if a == "--config" {
            return it.next().map(PathBuf::from);
        }
        if let Some(v) = a.to_str().and_then(|s| s.strip_prefix("--config=")) {
            return Some(PathBuf::from(v));
        }
    }
    std::env::var_os("NGHIQUYET_CONFIG").map(PathBuf::from)
}

/// The settings of a file as (key, value) pairs, tables flattened.
fn settings(path: &Path) -> anyhow::Result<Vec<(String, String)>> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("reading the settings file {}", path.display()))?;
    let table: toml::Table =
        toml::from_str(&text).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
    let mut out = Vec::new();
    let mut push = |key: &str, value: &toml::Value| -> anyhow::Result<()> {
        let v = match value {
            toml::Value::String(s) => s.clone(),
            toml::Value::Integer(i) => i.to_string(),
            toml::Value::Float(f) => f.to_string(),
            toml::Value::Boolean(b) => b.to_string(),
            _ => anyhow::bail!(
                "{}: setting {key}: expected a string, a number or true/false",
                path.display()
            ),
        };
        out.push((key.to_string(), v));
        Ok(())
    };
    for (key, value) in &table {
        match value {
            toml::Value::Table(section) => {
                for (k, v) in section {
                    push(k, v)?;
                }
            }
            v => push(key, v)?,
        }
    }
    Ok(out)
}

/// Sets the default of every argument (in every subcommand) read from
/// environment variable `env`; how many there were.
fn set_default(cmd: clap::Command, env: &str, value: &'static str) -> (clap::Command, usize) {
    let ids: Vec<String> = cmd
        .get_arguments()
        .filter(|a| a.get_env().is_some_and(|e| e == env))
        .map(|a| a.get_id().to_string())
        .collect();
    let mut n = ids.len();
    let mut cmd = ids
        .into_iter()
        .fold(cmd, |c, id| c.mut_arg(id, |a| a.default_value(value)));
    let subs: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in subs {
        let mut found = 0;
        cmd = cmd.mut_subcommand(name, |sc| {
            let (sc, k) = set_default(sc, env, value);
            found = k;
            sc
        });
        n += found;
    }
    (cmd, n)
}

/// The command line with the settings file's values as defaults.
pub fn command(args: &[OsString]) -> anyhow::Result<clap::Command> {
    let mut cmd = Cli::command();
    let Some(path) = config_path(args) else {
        return Ok(cmd);
    };
    for (key, value) in settings(&path)? {
        if key == "config" {
            anyhow::bail!("{}: a settings file cannot name another", path.display());
        }
        let env = format!("NGHIQUYET_{}", key.to_ascii_uppercase());
        // A default lives as long as the command line: leaked once at start.
        let value: &'static str = Box::leak(value.into_boxed_str());
        let (c, n) = set_default(cmd, &env, value);
        cmd = c;
        if n == 0 {
            anyhow::bail!(
                "{}: unknown setting {key:?} (settings are named like their environment variables: \
                 smtp_url for NGHIQUYET_SMTP_URL)",
                path.display()
            );
        }
    }
    Ok(cmd)
}
