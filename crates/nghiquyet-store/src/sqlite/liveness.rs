//! Which senders are alive: each holds an exclusive OS lock on its own file
//! in a folder beside the store, and the kernel releases it when the process
//! dies, so a crashed sender's claims are free at once.

use std::collections::HashMap;
use std::fs::{File, OpenOptions, TryLockError};
use std::path::PathBuf;
use std::sync::Mutex;

use crate::Error;

/// What a sender's lock file says about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Life {
    /// Its lock is held.
    Alive,
    /// No lock file, or a lock nobody holds.
    Dead,
    /// The lock could not be checked: trust the lease.
    Unknown,
}

#[derive(Debug)]
pub(crate) struct Liveness {
    /// `None` for a store in memory, which only this process sees.
    dir: Option<PathBuf>,
    mine: Mutex<HashMap<String, Option<File>>>,
}

impl Liveness {
    pub(crate) fn new(dir: Option<PathBuf>) -> Self {
        Liveness {
            dir,
            mine: Mutex::new(HashMap::new()),
        }
    }

    fn path(&self, id: &str) -> Option<PathBuf> {
        self.dir.as_ref().map(|d| d.join(format!("{id}.lock")))
    }

    /// Takes the lock of a new sender `id`, held until [`Liveness::release`]
    /// or the end of the process.
    pub(crate) fn register(&self, id: &str) -> Result<(), Error> {
        let file = match (&self.dir, self.path(id)) {
            (Some(dir), Some(path)) => {
                std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
                let file = OpenOptions::new()
                    .create(true)
                    .truncate(false)
                    .write(true)
                    .open(&path)
                    .map_err(|e| Error::io(&path, e))?;
                file.lock().map_err(|e| Error::io(&path, e))?;
                Some(file)
            }
            _ => None,
        };
        self.mine
            .lock()
            .map_err(|_| Error::Worker("liveness poisoned".into()))?
            .insert(id.to_string(), file);
        Ok(())
    }

    /// Lets the lock of `id` go and removes its file.
    pub(crate) fn release(&self, id: &str) {
        let file = self.mine.lock().ok().and_then(|mut m| m.remove(id));
        if let Some(path) = self.path(id) {
            let _ = std::fs::remove_file(path);
        }
        drop(file);
    }

    /// Whether the sender `id` is alive.
    pub(crate) fn judge(&self, id: &str) -> Life {
        if self.mine.lock().is_ok_and(|m| m.contains_key(id)) {
            return Life::Alive;
        }
        let Some(path) = self.path(id) else {
            return Life::Dead;
        };
        let file = match OpenOptions::new().write(true).open(&path) {
            Ok(f) => f,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Life::Dead,
            Err(_) => return Life::Unknown,
        };
        match file.try_lock() {
            Ok(()) => {
                // Nobody holds it: its owner is gone. Clear the file away.
                let _ = std::fs::remove_file(&path);
                Life::Dead
            }
            Err(TryLockError::WouldBlock) => Life::Alive,
            Err(TryLockError::Error(_)) => Life::Unknown,
        }
    }
}
