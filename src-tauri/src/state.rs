//! What the app holds between commands: the open workspace (with the simulation input last
//! derived from it) and the preferences.

use std::path::{Path, PathBuf};

use tauri::{AppHandle, Manager};
use tokio::sync::{MappedMutexGuard, Mutex, MutexGuard};
use touchmap_store::preferences::Preferences;
use touchmap_store::{Workspace, sample};
use touchmap_workbench::InputCache;

use crate::calls::LiveCalls;
use crate::error::{AppError, AppResult};

#[derive(Debug, Default)]
pub struct AppState {
    pub workspace: Mutex<Option<Open>>,
    pub preferences: Mutex<Preferences>,
    /// Why the workspace the user expected could not be opened at start, shown once.
    pub startup_notice: Mutex<Option<AppError>>,
    /// The long calls under way, each cancellable by its id (`cancel_call`).
    pub calls: LiveCalls,
}

/// An open workspace and the simulation input last derived from it: opening another
/// workspace replaces both, so the input of one file is never taken for another's.
#[derive(Debug)]
pub struct Open {
    pub workspace: Workspace,
    pub inputs: InputCache,
}

impl From<Workspace> for Open {
    fn from(workspace: Workspace) -> Open {
        Open {
            workspace,
            inputs: InputCache::default(),
        }
    }
}

/// The open workspace with its cache, locked for the caller; `noWorkspace` when none is open.
pub async fn open(state: &AppState) -> AppResult<MappedMutexGuard<'_, Open>> {
    MutexGuard::try_map(state.workspace.lock().await, Option::as_mut).map_err(|_| {
        AppError::NoWorkspace {
            message: "no workspace is open".into(),
        }
    })
}

/// The open workspace, locked for the caller; `noWorkspace` when none is open.
pub async fn workspace(state: &AppState) -> AppResult<MappedMutexGuard<'_, Workspace>> {
    Ok(MappedMutexGuard::map(open(state).await?, |open| {
        &mut open.workspace
    }))
}

pub fn preferences_file(app: &AppHandle) -> AppResult<PathBuf> {
    Ok(app.path().app_config_dir()?.join("preferences.json"))
}

/// The folder of the sample copies: real files the user can edit and keep.
pub fn sample_folder(app: &AppHandle) -> AppResult<PathBuf> {
    Ok(app.path().app_data_dir()?)
}

/// Where the first sample copy lives, opened at the first start.
pub fn sample_file(app: &AppHandle) -> AppResult<PathBuf> {
    Ok(sample_folder(app)?.join(format!(
        "{}.{}",
        touchmap_workbench::SAMPLE_FILE_STEM,
        touchmap_store::EXTENSION
    )))
}

/// The workspace to open at start: `TOUCHMAP_WORKSPACE` if set (tests, scripts),
/// else the last file, else a copy of the sample. If the expected file cannot be
/// opened (moved, damaged, from a newer version) the app still starts, on the
/// sample, and says why.
pub async fn startup_workspace(
    app: &AppHandle,
    preferences: &Preferences,
) -> AppResult<(Workspace, Option<AppError>)> {
    let sample = sample_file(app)?;
    let expected = match std::env::var_os("TOUCHMAP_WORKSPACE") {
        Some(path) => open_or_create_sample(Path::new(&path)).await,
        None => match preferences.last_file() {
            Some(path) => Workspace::open(&path).await.map_err(AppError::from),
            None => open_or_create_sample(&sample).await,
        },
    };
    match expected {
        Ok(workspace) => Ok((workspace, None)),
        Err(problem) => Ok((open_or_create_sample(&sample).await?, Some(problem))),
    }
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
