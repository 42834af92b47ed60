//! What a report needs from the workspace besides its records, decided once for the app and
//! the CLI: which segments it covers, and the cover's client name and date.

use touchmap_store::Workspace;

use crate::{Result, find_segment};

/// The segments (ids) a report covers: each named one (by name, any case, or id), or — when
/// none is named — an empty list, which means every segment.
pub async fn report_segments(workspace: &Workspace, keys: &[String]) -> Result<Vec<String>> {
    let mut ids = Vec::new();
    for key in keys {
        let id = find_segment(workspace, key).await?.id;
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    Ok(ids)
}

/// The name the cover gives the client: the workspace file's name without its extension
/// (consultants name the file after the client).
pub fn report_client(workspace: &Workspace) -> String {
    workspace
        .path()
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Today's date as the cover writes it (ISO 8601, local time).
pub fn report_date() -> String {
    chrono::Local::now().format("%Y-%m-%d").to_string()
}
