//! What the app holds between commands: the open workspace and the preferences.

use std::path::{Path, PathBuf};

use tauri::{AppHandle, Manager};
use tokio::sync::Mutex;
use touchmap_store::preferences::Preferences;
use touchmap_store::{Workspace, sample};

use crate::error::{AppError, AppResult};

#[derive(Debug, Default)]
pub struct AppState {
    pub workspace: Mutex<Option<Workspace>>,
    pub preferences: Mutex<Preferences>,
}

pub fn preferences_file(app: &AppHandle) -> AppResult<PathBuf> {
    Ok(app.path().app_config_dir()?.join("preferences.json"))
}

/// Where the sample copy lives: a real file the user can edit and keep.
pub fn sample_file(app: &AppHandle) -> AppResult<PathBuf> {
    Ok(app.path().app_data_dir()?.join("Sample operator.touchmap"))
}

/// The workspace to open at start: `TOUCHMAP_WORKSPACE` if set (tests, scripts),
/// else the last file, else a fresh copy of the sample.
pub async fn startup_workspace(app: &AppHandle, preferences: &Preferences) -> AppResult<Workspace> {
    if let Some(path) = std::env::var_os("TOUCHMAP_WORKSPACE") {
        return open_or_create_sample(Path::new(&path)).await;
    }
    if let Some(path) = preferences.last_file() {
        return Ok(Workspace::open(&path).await?);
    }
    open_or_create_sample(&sample_file(app)?).await
}

/// Opens `path`, first creating it with the sample if it does not exist.
pub async fn open_or_create_sample(path: &Path) -> AppResult<Workspace> {
    if path.exists() {
        return Ok(Workspace::open(path).await?);
    }
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| AppError::Internal {
            message: format!("cannot create {}: {e}", dir.display()),
        })?;
    }
    Ok(Workspace::create(path, &sample::document(), false).await?)
}
