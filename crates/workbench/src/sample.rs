//! Help ▸ Open the sample: always the sample as it ships, never a copy the user has
//! since edited. The copy is a real file the user may have worked in and kept, so an
//! edited copy is left as it is and the fresh sample goes to a new file beside it.

use std::path::{Path, PathBuf};

use touchmap_store::{Workspace, sample};

use crate::{Error, Result};

/// The sample copy's file name in the app's data folder.
pub const SAMPLE_FILE_STEM: &str = "Sample operator";

/// The `n`th candidate file for the sample in `dir`: "Sample operator.touchmap", then
/// "Sample operator 2.touchmap", "… 3", and so on.
fn candidate(dir: &Path, n: u32) -> PathBuf {
    let stem = if n <= 1 {
        SAMPLE_FILE_STEM.to_owned()
    } else {
        format!("{SAMPLE_FILE_STEM} {n}")
    };
    dir.join(format!("{stem}.{}", touchmap_store::EXTENSION))
}

/// Opens the sample as it ships, in `dir`: the first candidate file that holds exactly the
/// sample (never edited) is reopened, the first that does not exist is created; a copy the
/// user edited, or a file that cannot be opened, is skipped and left untouched.
pub async fn open_fresh_sample(dir: &Path) -> Result<Workspace> {
    std::fs::create_dir_all(dir).map_err(|e| {
        Error::Engine(format!(
            "cannot create the folder for the sample, {}: {e}",
            dir.display()
        ))
    })?;
    let fresh = sample::document();
    // A bound, so a folder full of edited copies cannot loop for ever.
    for n in 1..=1_000 {
        let path = candidate(dir, n);
        if !path.exists() {
            return Ok(Workspace::create(&path, &fresh, false).await?);
        }
        let Ok(existing) = Workspace::open(&path).await else {
            continue;
        };
        if existing.snapshot().await.is_ok_and(|d| d == fresh) {
            return Ok(existing);
        }
        existing.close().await;
    }
    Err(Error::Engine(format!(
        "{} holds a thousand edited copies of the sample; move some away to open a fresh one",
        dir.display()
    )))
}
