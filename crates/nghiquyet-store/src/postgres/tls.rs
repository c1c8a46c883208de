//! TLS to the server, as the store's URL asks: `sslmode=require` (or
//! libpq's `verify-ca`, `verify-full`) encrypts the connection with rustls
//! and verifies the server's certificate and host name, against the
//! system's roots or the CA file `sslrootcert` names. Without it, or with
//! `prefer` or `disable`, the connection is plain, as it always was: a
//! certificate nobody can verify fails a connection libpq's `prefer` would
//! make, so `prefer` does not try.

use std::sync::Arc;

use rustls::RootCertStore;
use rustls::pki_types::CertificateDer;
use rustls::pki_types::pem::PemObject;
use tokio_postgres::Config;
use tokio_postgres::config::SslMode;
use tokio_postgres_rustls::MakeRustlsConnect;

use super::redact;
use crate::Error;

/// The connection settings of a store's URL and the TLS connector they ask
/// for.
pub(super) struct Address {
    pub(super) config: Config,
    pub(super) tls: MakeRustlsConnect,
}

/// Reads a store's URL (`postgres://user@host:port/db?sslmode=require&
/// sslrootcert=/etc/nghiquyet/db-ca.pem`) or libpq's `key=value` form.
pub(super) fn read(url: &str) -> Result<Address, Error> {
    let bad = |why: String| Error::Address(format!("{}: {why}", redact(url)));
    let (rest, asked) = take_tls_params(url).map_err(&bad)?;
    let mut config: Config = rest.parse().map_err(|e| bad(format!("{e}")))?;
    let verified = asked.mode.as_deref().is_some_and(|m| VERIFIED.contains(&m));
    if !verified {
        if let Some(mode) = asked.mode.as_deref().filter(|m| !PLAIN.contains(m)) {
            return Err(bad(format!(
                "sslmode={mode} is none of disable, allow, prefer, require, verify-ca, verify-full"
            )));
        }
        if asked.root.is_some() {
            return Err(bad(
                "sslrootcert is given but TLS is not: add sslmode=require".into(),
            ));
        }
    }
    config.ssl_mode(if verified {
        SslMode::Require
    } else {
        SslMode::Disable
    });
    let roots = if verified {
        match &asked.root {
            Some(path) => roots_from_file(path)?,
            None => system_roots()?,
        }
    } else {
        RootCertStore::empty()
    };
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let client = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| bad(format!("TLS: {e}")))?
        .with_root_certificates(roots)
        .with_no_client_auth();
    Ok(Address {
        config,
        tls: MakeRustlsConnect::new(client),
    })
}

/// `sslmode` values that ask for TLS; all verify the certificate and host.
const VERIFIED: &[&str] = &["require", "verify-ca", "verify-full"];
/// `sslmode` values that leave the connection plain.
const PLAIN: &[&str] = &["disable", "prefer", "allow"];

/// What the URL asks of TLS.
#[derive(Debug, Default, PartialEq)]
struct Asked {
    mode: Option<String>,
    root: Option<String>,
}

/// The URL without `sslmode` and `sslrootcert`, which tokio-postgres reads
/// only in part, and what they asked.
fn take_tls_params(url: &str) -> Result<(String, Asked), String> {
    let mut asked = Asked::default();
    if url.starts_with("postgres://") || url.starts_with("postgresql://") {
        let mut u = url::Url::parse(url).map_err(|e| e.to_string())?;
        let mut kept = Vec::new();
        for (k, v) in u.query_pairs() {
            match k.as_ref() {
                "sslmode" => asked.mode = Some(v.into_owned()),
                "sslrootcert" => asked.root = Some(v.into_owned()),
                _ => kept.push((k.into_owned(), v.into_owned())),
            }
        }
        if kept.is_empty() {
            u.set_query(None);
        } else {
            u.query_pairs_mut().clear().extend_pairs(kept);
        }
        return Ok((u.to_string(), asked));
    }
    // libpq's "host=... sslmode=require": unquoted values only.
    let mut kept = Vec::new();
    for part in url.split_whitespace() {
        match part.split_once('=') {
            Some(("sslmode", v)) => asked.mode = Some(v.to_string()),
            Some(("sslrootcert", v)) => asked.root = Some(v.to_string()),
            _ => kept.push(part),
        }
    }
    Ok((kept.join(" "), asked))
}

fn roots_from_file(path: &str) -> Result<RootCertStore, Error> {
    let bad = |why: String| Error::Address(format!("sslrootcert {path}: {why}"));
    let certs = CertificateDer::pem_file_iter(path)
        .map_err(|e| bad(e.to_string()))?
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| bad(e.to_string()))?;
    let mut roots = RootCertStore::empty();
    let (added, _) = roots.add_parsable_certificates(certs);
    if added == 0 {
        return Err(bad("holds no certificate".into()));
    }
    Ok(roots)
}

fn system_roots() -> Result<RootCertStore, Error> {
    let found = rustls_native_certs::load_native_certs();
    let mut roots = RootCertStore::empty();
    roots.add_parsable_certificates(found.certs);
    if roots.is_empty() {
        let why = found
            .errors
            .first()
            .map_or_else(|| "none found".to_string(), ToString::to_string);
        return Err(Error::Address(format!(
            "sslmode=require: no root certificates of the system ({why}); name a CA file with sslrootcert"
        )));
    }
    Ok(roots)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tls_params_are_taken_out_of_the_url() {
        let (rest, asked) = take_tls_params(
            "postgres://u@db.example:5432/n?sslmode=verify-full&application_name=x&sslrootcert=/etc/ca.pem",
        )
        .unwrap();
        assert_eq!(rest, "postgres://u@db.example:5432/n?application_name=x");
        assert_eq!(asked.mode.as_deref(), Some("verify-full"));
        assert_eq!(asked.root.as_deref(), Some("/etc/ca.pem"));
        let (rest, asked) =
            take_tls_params("host=db user=u sslmode=require sslrootcert=/ca.pem").unwrap();
        assert_eq!(rest, "host=db user=u");
        assert_eq!(asked.root.as_deref(), Some("/ca.pem"));
        let (rest, asked) = take_tls_params("postgres://u@h/n").unwrap();
        assert_eq!(
            (rest.as_str(), asked),
            ("postgres://u@h/n", Asked::default())
        );
    }

    #[test]
    fn plain_unless_tls_is_asked() {
        for url in ["postgres://u@h/n", "postgres://u@h/n?sslmode=prefer"] {
            assert_eq!(read(url).unwrap().config.get_ssl_mode(), SslMode::Disable);
        }
    }

    #[test]
    fn what_cannot_be_used_is_named() {
        let e = read("postgres://u:secret@h/n?sslmode=require&sslrootcert=/no/such/ca.pem")
            .err()
            .unwrap()
            .to_string();
        assert!(e.contains("/no/such/ca.pem"), "{e}");
        let e = read("postgres://u:secret@h/n?sslmode=always")
            .err()
            .unwrap()
            .to_string();
        assert!(e.contains("sslmode=always") && !e.contains("secret"), "{e}");
        let e = read("postgres://u@h/n?sslrootcert=/ca.pem")
            .err()
            .unwrap()
            .to_string();
        assert!(e.contains("sslmode=require"), "{e}");
        let dir = tempfile::tempdir().unwrap();
        let empty = dir.path().join("ca.pem");
        std::fs::write(&empty, "no certificate here\n").unwrap();
        let url = format!(
            "postgres://u@h/n?sslmode=require&sslrootcert={}",
            empty.display()
        );
        let e = read(&url).err().unwrap().to_string();
        assert!(e.contains("holds no certificate"), "{e}");
    }
}
