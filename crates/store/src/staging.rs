//! Files built beside their destination and renamed into place when complete, so a crash
//! never leaves a half-written workspace under the user's file name.
//!
//! A staging file is `.NAME.<uuid>.partial` beside `NAME`. The process building it holds
//! an exclusive lock on it (`flock`, which does not interfere with SQLite's own `fcntl`
//! locks); a staging file nobody holds was left by an interrupted run and is removed the
//! next time a file is staged beside the same destination.

use std::fs::File;
use std::path::{Path, PathBuf};

use crate::{Error, Result};

/// A staging file, locked for as long as this value lives.
pub(crate) struct Staging {
    path: PathBuf,
    // Dropped last: closing this handle releases the lock. It must outlive every SQLite
    // connection to the file, since closing any handle to a file drops the process's
    // `fcntl` locks on it.
    lock: File,
}

impl Staging {
    /// Creates an empty, locked staging file for `destination`, after removing the
    /// staging files an interrupted run left beside it.
    pub(crate) fn new(destination: &Path) -> Result<Staging> {
        remove_abandoned(destination);
        let path = sibling(destination, &uuid::Uuid::new_v4().to_string());
        let io = |source| Error::Io {
            path: path.clone(),
            source,
        };
        let lock = File::create_new(&path).map_err(io)?;
        // A file system without `flock` (some network shares) only loses the protection
        // of a staging file in use from another process's clean-up: not worth failing for.
        let _ = lock.try_lock();
        Ok(Staging { path, lock })
    }

    pub(crate) fn path(&self) -> &Path {
        &self.path
    }

    /// Renames the finished file to `destination`.
    pub(crate) fn finish(self, destination: &Path) -> Result<()> {
        std::fs::rename(&self.path, destination).map_err(|source| Error::Io {
            path: destination.into(),
            source,
        })?;
        drop(self.lock);
        Ok(())
    }

    /// Removes the unfinished file (and the journal SQLite may have left beside it).
    pub(crate) fn abandon(self) {
        remove_with_journal(&self.path);
        drop(self.lock);
    }
}

/// `.NAME.<tag>.partial` beside `destination`.
fn sibling(destination: &Path, tag: &str) -> PathBuf {
    destination.with_file_name(format!(".{}.{tag}.partial", file_name(destination)))
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Removes the staging files beside `destination` that no process holds. Best effort: a
/// file that cannot be read or removed is left for a later run.
fn remove_abandoned(destination: &Path) {
    let Some(folder) = destination.parent() else {
        return;
    };
    let folder = if folder.as_os_str().is_empty() {
        Path::new(".")
    } else {
        folder
    };
    let prefix = format!(".{}.", file_name(destination));
    let Ok(entries) = std::fs::read_dir(folder) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if !(name.starts_with(&prefix) && name.ends_with(".partial")) {
            continue;
        }
        let path = entry.path();
        let Ok(file) = File::open(&path) else {
            continue;
        };
        // Held: another process is building it right now.
        if file.try_lock().is_ok() {
            remove_with_journal(&path);
        }
    }
}

fn remove_with_journal(path: &Path) {
    let _ = std::fs::remove_file(path);
    let mut journal = path.as_os_str().to_owned();
    journal.push("-journal");
    let _ = std::fs::remove_file(PathBuf::from(journal));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_staging_file_in_use_is_kept_and_an_abandoned_one_removed() {
        let dir = tempfile::tempdir().unwrap();
        let destination = dir.path().join("client.touchmap");
        let abandoned = sibling(&destination, "0000");
        std::fs::write(&abandoned, b"half a workspace").unwrap();
        std::fs::write(
            sibling(&destination, "0000").with_extension("partial-journal"),
            b"",
        )
        .unwrap();
        let in_use = Staging::new(&destination).unwrap();
        assert!(!abandoned.exists(), "abandoned staging file kept");
        let second = Staging::new(&destination).unwrap();
        assert!(in_use.path().exists(), "a staging file in use was removed");
        let (first_path, second_path) = (in_use.path().to_owned(), second.path().to_owned());
        in_use.abandon();
        second.finish(&destination).unwrap();
        assert!(!first_path.exists() && !second_path.exists());
        assert!(destination.exists());
        let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().flatten().collect();
        assert_eq!(left.len(), 1, "{left:?}");
    }
}
