//! An output file written while the engine runs (the `--log` event log): it is written
//! under a staging name beside it and renamed into place only once complete, so a run that
//! fails or is cancelled part-way leaves no half-written file under the name asked for.

use std::path::{Path, PathBuf};

use crate::error::{CliError, Result};

/// The staging file of an output; removed when dropped uncommitted.
#[derive(Debug)]
pub struct Staged {
    path: PathBuf,
    staging: PathBuf,
    committed: bool,
}

impl Staged {
    /// Staging for `path`: `.partial` before its extension ("run.partial.xes"), which
    /// keeps the extension that chooses a log's format.
    pub fn new(path: &Path) -> Staged {
        let mut name = path.file_stem().unwrap_or_default().to_owned();
        name.push(".partial");
        if let Some(extension) = path.extension() {
            name.push(".");
            name.push(extension);
        }
        Staged {
            path: path.to_owned(),
            staging: path.with_file_name(name),
            committed: false,
        }
    }

    /// Where to write.
    pub fn staging(&self) -> &Path {
        &self.staging
    }

    /// The complete file takes its name (replacing a file of that name).
    pub fn commit(mut self) -> Result<()> {
        std::fs::rename(&self.staging, &self.path).map_err(|source| CliError::Io {
            path: self.path.clone(),
            source,
        })?;
        self.committed = true;
        Ok(())
    }
}

impl Drop for Staged {
    fn drop(&mut self) {
        if !self.committed {
            // Nothing to report if it was never created; anything else left is named
            // `.partial`, not taken for the output.
            let _ = std::fs::remove_file(&self.staging);
        }
    }
}
