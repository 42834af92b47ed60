//! The commands the UI calls. Each one maps onto `touchmap-store` and returns
//! the workspace as the UI should now show it.

use std::path::{Path, PathBuf};

use serde::Serialize;
use specta::Type;
use tauri::{AppHandle, State};
use tauri_plugin_dialog::DialogExt;
use touchmap_model::WorkspaceDocument;
use touchmap_store::preferences::Preferences;
use touchmap_store::{Applied, Change, HistoryState, Workspace, sample};

use crate::error::{AppError, AppResult};
use crate::guard::guarded;
use crate::state::{self, AppState};

/// The open workspace as the UI shows it.
#[derive(Serialize, Type, Debug)]
#[serde(rename_all = "camelCase")]
pub struct WorkspaceView {
    pub path: String,
    pub name: String,
    pub document: WorkspaceDocument,
    pub history: HistoryState,
}

async fn view(workspace: &Workspace) -> AppResult<WorkspaceView> {
    let path = workspace.path();
    Ok(WorkspaceView {
        path: path.to_string_lossy().into_owned(),
        name: path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default(),
        document: workspace.snapshot().await?,
        history: workspace.history().await?,
    })
}

async fn with_workspace(state: &AppState) -> AppResult<WorkspaceView> {
    view(&*state::workspace(state).await?).await
}

/// Makes `workspace` the open one and remembers it in the recent files.
async fn switch_to(
    app: &AppHandle,
    state: &AppState,
    workspace: Workspace,
) -> AppResult<WorkspaceView> {
    let shown = view(&workspace).await?;
    {
        let mut preferences = state.preferences.lock().await;
        preferences.remember(workspace.path());
        preferences.save(&state::preferences_file(app)?)?;
    }
    if let Some(previous) = state.workspace.lock().await.replace(workspace.into()) {
        previous.workspace.close().await;
    }
    Ok(shown)
}

#[tauri::command]
#[specta::specta]
pub async fn current_workspace(state: State<'_, AppState>) -> AppResult<WorkspaceView> {
    guarded(async { with_workspace(&state).await }).await
}

/// Why the expected workspace could not be opened at start, if it could not; given once.
#[tauri::command]
#[specta::specta]
pub async fn startup_notice(state: State<'_, AppState>) -> AppResult<Option<AppError>> {
    guarded(async { Ok(state.startup_notice.lock().await.take()) }).await
}

/// Applies one edit (a list of changes) as one undoable step; returns every change it
/// wrote (cascades included) for the UI's reducer, never the whole workspace.
#[tauri::command]
#[specta::specta]
pub async fn apply_edit(
    state: State<'_, AppState>,
    label: String,
    changes: Vec<Change>,
) -> AppResult<Applied> {
    guarded(async {
        Ok(state::workspace(&state)
            .await?
            .apply(&label, &changes)
            .await?)
    })
    .await
}

/// Undoes the latest edit; returns the changes that undid it (none with nothing to undo).
#[tauri::command]
#[specta::specta]
pub async fn undo(state: State<'_, AppState>) -> AppResult<Applied> {
    guarded(async { Ok(state::workspace(&state).await?.undo().await?) }).await
}

/// Redoes the edit undone last; returns the changes that redid it.
#[tauri::command]
#[specta::specta]
pub async fn redo(state: State<'_, AppState>) -> AppResult<Applied> {
    guarded(async { Ok(state::workspace(&state).await?.redo().await?) }).await
}

/// Asks for a file in a native dialog; `None` when the user cancels.
async fn ask_path(app: &AppHandle, save: bool) -> Option<PathBuf> {
    let (tx, rx) = tokio::sync::oneshot::channel();
    let dialog = app
        .dialog()
        .file()
        .add_filter("Touchmap workspace", &[touchmap_store::EXTENSION]);
    let send = move |path: Option<tauri_plugin_dialog::FilePath>| {
        let _ = tx.send(path.and_then(|p| p.into_path().ok()));
    };
    if save {
        dialog.set_file_name("Untitled.touchmap").save_file(send);
    } else {
        dialog.pick_file(send);
    }
    let path = rx.await.ok().flatten()?;
    Some(if save && path.extension().is_none() {
        path.with_extension(touchmap_store::EXTENSION)
    } else {
        path
    })
}

/// File ▸ New: a workspace with the default stages and channels.
#[tauri::command]
#[specta::specta]
pub async fn new_workspace(
    app: AppHandle,
    state: State<'_, AppState>,
) -> AppResult<Option<WorkspaceView>> {
    guarded(async {
        let Some(path) = ask_path(&app, true).await else {
            return Ok(None);
        };
        // The native dialog has already asked before replacing an existing file.
        let workspace = Workspace::create(&path, &sample::empty(), true).await?;
        switch_to(&app, &state, workspace).await.map(Some)
    })
    .await
}

/// File ▸ Open.
#[tauri::command]
#[specta::specta]
pub async fn open_workspace(
    app: AppHandle,
    state: State<'_, AppState>,
) -> AppResult<Option<WorkspaceView>> {
    guarded(async {
        let Some(path) = ask_path(&app, false).await else {
            return Ok(None);
        };
        let workspace = Workspace::open(&path).await?;
        switch_to(&app, &state, workspace).await.map(Some)
    })
    .await
}

/// Reopens a file from the recent list (only paths the app itself remembered).
#[tauri::command]
#[specta::specta]
pub async fn open_recent(
    app: AppHandle,
    state: State<'_, AppState>,
    path: String,
) -> AppResult<WorkspaceView> {
    guarded(async {
        if !state.preferences.lock().await.recent.contains(&path) {
            return Err(AppError::NotRecent {
                message: format!("{path} is not in the recent files"),
            });
        }
        let workspace = Workspace::open(Path::new(&path)).await?;
        switch_to(&app, &state, workspace).await
    })
    .await
}

/// File ▸ Save As: a consistent copy, which then becomes the open workspace.
#[tauri::command]
#[specta::specta]
pub async fn save_workspace_as(
    app: AppHandle,
    state: State<'_, AppState>,
) -> AppResult<Option<WorkspaceView>> {
    guarded(async {
        let Some(path) = ask_path(&app, true).await else {
            return Ok(None);
        };
        state::workspace(&state).await?.save_copy(&path).await?;
        let workspace = Workspace::open(&path).await?;
        switch_to(&app, &state, workspace).await.map(Some)
    })
    .await
}

/// Help ▸ Open the sample: the sample as it ships, in a new file when the user has edited
/// the earlier copy (which is kept as it is).
#[tauri::command]
#[specta::specta]
pub async fn open_sample(app: AppHandle, state: State<'_, AppState>) -> AppResult<WorkspaceView> {
    guarded(async {
        let dir = state::sample_folder(&app)?;
        let workspace = touchmap_workbench::open_fresh_sample(&dir).await?;
        switch_to(&app, &state, workspace).await
    })
    .await
}

#[tauri::command]
#[specta::specta]
pub async fn get_preferences(state: State<'_, AppState>) -> AppResult<Preferences> {
    guarded(async { Ok(state.preferences.lock().await.clone()) }).await
}

/// Sets the language and theme (`None` follows the system).
#[tauri::command]
#[specta::specta]
pub async fn set_preferences(
    app: AppHandle,
    state: State<'_, AppState>,
    language: Option<String>,
    theme: Option<String>,
) -> AppResult<Preferences> {
    guarded(async {
        let mut preferences = state.preferences.lock().await;
        preferences.language = language;
        preferences.theme = theme;
        preferences.save(&state::preferences_file(&app)?)?;
        Ok(preferences.clone())
    })
    .await
}
