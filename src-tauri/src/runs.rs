//! The saved runs: listed, re-opened and compared two by two. Deleting one is an edit
//! (`apply_edit` with a run change), so it is undoable like any other.

use tauri::State;
use touchmap_engine::RunResult;
use touchmap_engine::compare::Comparison;
use touchmap_export::{Labels, Language};
use touchmap_workbench::RunSummary;

use crate::error::AppResult;
use crate::guard::guarded;
use crate::state::{self, AppState};

/// Every saved run of the open workspace, newest first, with its headline figures.
#[tauri::command]
#[specta::specta]
pub async fn list_runs(state: State<'_, AppState>) -> AppResult<Vec<RunSummary>> {
    guarded(async { Ok(touchmap_workbench::runs(&*state::workspace(&state).await?).await?) }).await
}

/// A saved run's result, as it was when it ran, its friction reasons in `language`.
#[tauri::command]
#[specta::specta]
pub async fn open_run(
    state: State<'_, AppState>,
    id: String,
    language: Language,
) -> AppResult<RunResult> {
    guarded(async {
        let mut result =
            touchmap_workbench::open_run(&*state::workspace(&state).await?, &id).await?;
        Labels::of(language).word_result(&mut result);
        Ok(result)
    })
    .await
}

/// Two saved runs compared, `b` − `a`, with confidence intervals.
#[tauri::command]
#[specta::specta]
pub async fn compare_runs(
    state: State<'_, AppState>,
    a: String,
    b: String,
) -> AppResult<Comparison> {
    guarded(async {
        Ok(touchmap_workbench::compare_runs(&*state::workspace(&state).await?, [&a, &b]).await?)
    })
    .await
}
