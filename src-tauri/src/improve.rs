//! The improvement finder from the app: every candidate change of a scenario ranked by its
//! effect on one objective (`find_improvements`), with progress through its own channel and
//! cancellation by its own id (`cancel_call`) like a simulation's, so a what-if estimate can
//! run beside it; and a found change kept as a new scenario (`keep_improvement`).

use tauri::State;
use tauri::ipc::Channel;
use touchmap_engine::improve::{Findings, Improvement, Objective};
use touchmap_store::Applied;
use touchmap_workbench::{ImproveRequest, KeptScenario, SCREENING};

use crate::error::AppResult;
use crate::guard::{blocking, guarded};
use crate::simulation::{SimulationProgress, Throttle, Timing, read_input, sender};
use crate::state::AppState;

/// How many findings the panel lists, best first.
const TOP: u32 = 10;

/// Simulates `scenario` of a bundle (`None` = its first) and each candidate change of it
/// with the same seed and cases, and returns the ten changes that lower `objective` most
/// for the segment (`None` = the mix). Every candidate is screened at the workbench's
/// [`SCREENING`] cases first when `cases` is above them. `progress` hears how far it is;
/// `cancel_call(call_id)` stops it.
#[tauri::command]
#[specta::specta]
#[allow(clippy::too_many_arguments)] // each is one field of the finder's form
pub async fn find_improvements(
    state: State<'_, AppState>,
    bundle_id: String,
    scenario: Option<String>,
    segment_id: Option<String>,
    objective: Objective,
    cases: u32,
    seed: u32,
    call_id: String,
    progress: Channel<SimulationProgress>,
) -> AppResult<Findings> {
    guarded(async {
        let live = state.calls.start(&call_id)?;
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
        let cancel = live.cancel_flag();
        let report = sender(progress);
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
