//! Which senders are alive: each holds a session advisory lock on a
//! connection of its own process kept for that purpose. The database
//! releases the lock when the session ends, so the claims of a process
//! that died are free as soon as its connection drops, with no lease to
//! wait out; the lease (on the database's clock) covers the rest.

use std::collections::HashMap;

use tokio::sync::Mutex;
use tokio_postgres::{Client, Config};
use tokio_postgres_rustls::MakeRustlsConnect;

use super::LOCK_SPACE;
use crate::Error;

/// The lock keys of the live senders, as a subquery over `pg_locks`: the
/// server's current view, not a snapshot, so a claim made after it was read
/// may be missing from it (see `digests::claim`).
pub(super) const LIVE_KEYS: &str = "SELECT l.objid FROM pg_locks l
        WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 2
        AND l.classid = 28273::oid
        AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())";

const _: () = assert!(LOCK_SPACE == 28273, "LIVE_KEYS names the lock space");

pub(super) struct Liveness {
    config: Config,
    tls: MakeRustlsConnect,
    inner: Mutex<Inner>,
}

#[derive(Default)]
struct Inner {
    client: Option<Client>,
    /// This process's senders and their lock keys.
    keys: HashMap<String, i32>,
}

impl Liveness {
    pub(super) fn new(config: Config, tls: MakeRustlsConnect) -> Self {
        Liveness {
            config,
            tls,
            inner: Mutex::new(Inner::default()),
        }
    }

    /// A session of our own, open (opened again, with the locks taken
    /// again, when it was lost).
    async fn session<'a>(&self, inner: &'a mut Inner) -> Result<&'a Client, Error> {
        if inner.client.as_ref().is_none_or(Client::is_closed) {
            inner.client = None;
            let (client, connection) = self.config.connect(self.tls.clone()).await?;
            tokio::spawn(async move {
                // The session ends with an error when the server or the
                // network goes: the next call opens another.
                let _ = connection.await;
            });
            for key in inner.keys.values() {
                client
                    .execute("SELECT pg_advisory_lock($1, $2)", &[&LOCK_SPACE, key])
                    .await?;
            }
            inner.client = Some(client);
        }
        inner
            .client
            .as_ref()
            .ok_or_else(|| Error::Worker("no liveness session".into()))
    }

    /// Takes the lock of a new sender `id` and returns its key.
    pub(super) async fn register(&self, id: &str) -> Result<i32, Error> {
        let mut inner = self.inner.lock().await;
        let client = self.session(&mut inner).await?;
        let key: i32 = client
            .query_one("SELECT nextval('sender_keys')::integer", &[])
            .await?
            .try_get(0)?;
        client
            .execute("SELECT pg_advisory_lock($1, $2)", &[&LOCK_SPACE, &key])
            .await?;
        inner.keys.insert(id.to_string(), key);
        Ok(key)
    }

    /// The lock key of this process's sender `id`.
    pub(super) async fn key(&self, id: &str) -> Result<i32, Error> {
        let inner = self.inner.lock().await;
        inner
            .keys
            .get(id)
            .copied()
            .ok_or_else(|| Error::Worker(format!("sender {id} has no pass open here")))
    }

    /// Makes sure the session is up, with every lock held.
    pub(super) async fn ensure(&self) -> Result<(), Error> {
        let mut inner = self.inner.lock().await;
        self.session(&mut inner).await.map(|_| ())
    }

    /// Lets the lock of `id` go.
    pub(super) async fn release(&self, id: &str) {
        let mut inner = self.inner.lock().await;
        if let Some(key) = inner.keys.remove(id)
            && let Some(client) = inner.client.as_ref()
        {
            let _ = client
                .execute("SELECT pg_advisory_unlock($1, $2)", &[&LOCK_SPACE, &key])
                .await;
        }
    }

    /// Drops the session as a crash would, for tests.
    #[cfg(test)]
    pub(super) async fn sever(&self) {
        let mut inner = self.inner.lock().await;
        inner.keys.clear();
        inner.client = None;
    }
}
