//! The improvement finder from the app: every candidate change of a scenario ranked by its
//! effect on one objective (`find_improvements`), with the simulation's progress events and
//! cancellation (`cancel_simulation` stops it), and a found change kept as a new scenario
//! (`keep_improvement`).

use tauri::{AppHandle, State};
use touchmap_engine::improve::{Findings, Improvement, Objective};
use touchmap_store::Applied;
use touchmap_workbench::{ImproveRequest, KeptScenario, SCREENING};

use crate::error::AppResult;
use crate::guard::{blocking, guarded};
use crate::simulation::{Throttle, Timing, arm, emitter, read_input};
use crate::state::AppState;

/// How many findings the panel lists, best first.
const TOP: u32 = 10;

/// Simulates `scenario` of a bundle (`None` = its first) and each candidate change of it
/// with the same seed and cases, and returns the ten changes that lower `objective` most
/// for the segment (`None` = the mix). Every candidate is screened at the workbench's
/// [`SCREENING`] cases first when `cases` is above them.
#[tauri::command]
#[specta::specta]
#[allow(clippy::too_many_arguments)] // each is one field of the finder's form
pub async fn find_improvements(
    app: AppHandle,
    state: State<'_, AppState>,
    bundle_id: String,
    scenario: Option<String>,
    segment_id: Option<String>,
    objective: Objective,
    cases: u32,
    seed: u32,
) -> AppResult<Findings> {
    guarded(async {
        let input = read_input(&state, &bundle_id, segment_id.as_deref()).await?;
        let request = ImproveRequest {
            scenario,
            segment: segment_id,
            objective,
            cases,
            seed,
            top: TOP,
            screening: Some(SCREENING),
        };
        let cancel = arm(&state);
        let report = emitter(app);
        let timing = Timing::start("improvement finder", cases, true);
        let findings = blocking(move || {
            let throttle = Throttle::new();
            touchmap_workbench::find_improvements(
                &input,
                &request,
                &throttle.reporter(&report),
                &cancel,
            )
        })
        .await??;
        timing.finished();
        Ok(findings)
    })
    .await
}

/// Keeps a found `change` on a scenario as the new scenario `kept`, in one undoable edit;
/// returns what the edit wrote, like any edit.
#[tauri::command]
#[specta::specta]
pub async fn keep_improvement(
    state: State<'_, AppState>,
    bundle_id: String,
    scenario_id: String,
    change: Improvement,
    kept: KeptScenario,
) -> AppResult<Applied> {
    guarded(async {
        let workspace = crate::state::workspace(&state).await?;
        Ok(touchmap_workbench::keep_improvement(
            &workspace,
            &bundle_id,
            &scenario_id,
            &change,
            &kept,
        )
        .await?)
    })
    .await
}
