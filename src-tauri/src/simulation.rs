//! Running the activation simulation from the app: one scenario (`simulate`) or two side by
//! side (`compare_scenarios`), on a blocking worker thread so the window stays responsive,
//! with progress sent as [`SimulationProgress`] through the channel the call passes, and
//! cancellation of that call alone by `cancel_call` with the id it passes (`crate::calls`).
//! The improvement finder (`crate::improve`) reports and stops the same way.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};
use specta::Type;
use tauri::State;
use tauri::ipc::Channel;
use touchmap_engine::RunResult;
use touchmap_engine::compare::Comparison;
use touchmap_export::{Labels, Language};
use touchmap_store::Applied;
use touchmap_workbench::{
    KeptScenario, RunRequest, SimulationInput, Trial, compare, keep_trial, run,
};

use crate::error::{AppError, AppResult};
use crate::guard::{blocking, guarded};
use crate::state::AppState;

/// How far the running simulation is: `done` of `total` cases (over both scenarios when
/// comparing).
#[derive(Serialize, Type, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct SimulationProgress {
    pub done: f64,
    pub total: f64,
}

/// What a bundle's run reads, derived from the open workspace (again only after a write:
/// a what-if try reuses the input of the try before).
pub(crate) async fn read_input(
    state: &AppState,
    bundle_id: &str,
    segment_id: Option<&str>,
) -> AppResult<SimulationInput> {
    let open = crate::state::open(state).await?;
    Ok(open
        .inputs
        .input(&open.workspace, bundle_id, segment_id)
        .await?)
}

/// How often progress is reported at most. Each report is a message evaluated in the
/// window; reporting every percent made a 10,000-case what-if estimate (tens of ms in the
/// engine) wait behind a hundred of them. A run shorter than this reports nothing.
const PROGRESS_EVERY: Duration = Duration::from_millis(100);

/// Reports progress at most once per [`PROGRESS_EVERY`], so no run floods the window.
#[derive(Debug)]
pub(crate) struct Throttle {
    started: Instant,
    /// The last [`PROGRESS_EVERY`] slot reported in (slot 0, the first, is never).
    last_slot: AtomicU64,
}

impl Throttle {
    pub(crate) fn new() -> Self {
        Throttle {
            started: Instant::now(),
            last_slot: AtomicU64::new(0),
        }
    }

    /// What to report of `done` cases out of `total`, `elapsed` after the start: nothing in
    /// the first slot, then once per slot.
    fn step(&self, done: u64, total: u64, elapsed: Duration) -> Option<SimulationProgress> {
        let slot = (elapsed.as_millis() / PROGRESS_EVERY.as_millis()) as u64;
        if slot == 0 || self.last_slot.fetch_max(slot, Ordering::Relaxed) >= slot {
            return None;
        }
        let total = total.max(1);
        Some(SimulationProgress {
            done: done.min(total) as f64,
            total: total as f64,
        })
    }

    /// A progress callback for the engine that reports through `report`.
    pub(crate) fn reporter<'a>(
        &'a self,
        report: &'a (dyn Fn(SimulationProgress) + Sync),
    ) -> impl Fn(u64, u64) + Sync + 'a {
        move |done, total| {
            if let Some(progress) = self.step(done, total, self.started.elapsed()) {
                report(progress);
            }
        }
    }
}

/// Sends progress to the caller's channel; a closed window cannot be told, and the run goes
/// on.
pub(crate) fn sender(
    channel: Channel<SimulationProgress>,
) -> impl Fn(SimulationProgress) + Send + Sync + 'static {
    move |progress| {
        let _ = channel.send(progress);
    }
}

/// A simulation's start and end in the log, with its cases and milliseconds: the long
/// operations a slow report is about. What-if estimates, one per edit, log at debug (not kept
/// by default); a run that fails or is cancelled is logged by `guarded`.
pub(crate) struct Timing {
    what: &'static str,
    cases: u32,
    level: log::Level,
    started: Instant,
}

impl Timing {
    pub(crate) fn start(what: &'static str, cases: u32, kept: bool) -> Timing {
        let level = if kept {
            log::Level::Info
        } else {
            log::Level::Debug
        };
        log::log!(level, "{what} started: {cases} cases");
        Timing {
            what,
            cases,
            level,
            started: Instant::now(),
        }
    }

    pub(crate) fn finished(self) {
        let ms = self.started.elapsed().as_millis();
        log::log!(
            self.level,
            "{} finished: {} cases in {ms} ms",
            self.what,
            self.cases
        );
    }
}

/// What the run form asks to simulate.
#[derive(Deserialize, Type, Debug)]
#[serde(rename_all = "camelCase")]
pub struct RunForm {
    pub bundle_id: String,
    /// `None` = the bundle's first scenario.
    pub scenario: Option<String>,
    /// `None` = every segment.
    pub segment_id: Option<String>,
    pub cases: u32,
    pub seed: u32,
    /// A full run, saved in the workspace with its inputs; a quick what-if estimate is not.
    pub keep: bool,
    /// A pool's capacity tried on a copy: it changes only this run's derived model (trying
    /// is not editing).
    pub trial: Option<Trial>,
}

/// Simulates what the run `form` asks for and returns the result, its friction reasons in
/// `language`. `progress` hears how far it is; `cancel_call(call_id)` stops it.
#[tauri::command]
#[specta::specta]
pub async fn simulate(
    state: State<'_, AppState>,
    form: RunForm,
    language: Language,
    call_id: String,
    progress: Channel<SimulationProgress>,
) -> AppResult<RunResult> {
    let RunForm {
        bundle_id,
        scenario,
        segment_id,
        cases,
        seed,
        keep,
        trial,
    } = form;
    guarded(async {
        let live = state.calls.start(&call_id)?;
        let input = read_input(&state, &bundle_id, segment_id.as_deref()).await?;
        let input = match &trial {
            // A run is saved with the model it ran: a trial's model is no scenario's.
            Some(_) if keep => {
                return Err(AppError::Invalid {
                    message: "a what-if trial is not saved as a run; keep it as a scenario first"
                        .into(),
                    problems: Vec::new(),
                });
            }
            Some(trial) => input.with_trial(trial)?,
            None => input,
        };
        let request = RunRequest {
            scenario,
            segment: segment_id,
            cases,
            seed,
        };
        let cancel = live.cancel_flag();
        let report = sender(progress);
        let timing = Timing::start(if keep { "run" } else { "what-if estimate" }, cases, keep);
        let (input, result) = blocking(move || {
            let throttle = Throttle::new();
            let result = run(&input, &request, &throttle.reporter(&report), &cancel, None);
            (input, result)
        })
        .await?;
        let mut result = result?;
        timing.finished();
        if keep {
            crate::state::workspace(&state)
                .await?
                .save_run(&bundle_id, &input.model, &result)
                .await?;
        }
        // Saved as the engine wrote it; shown in the app's language.
        Labels::of(language).word_result(&mut result);
        Ok(result)
    })
    .await
}

/// Keeps a what-if trial on a scenario as the new scenario `kept`, in one undoable edit;
/// returns what the edit wrote, like any edit.
#[tauri::command]
#[specta::specta]
pub async fn keep_trial_as_scenario(
    state: State<'_, AppState>,
    bundle_id: String,
    scenario_id: String,
    trial: Trial,
    kept: KeptScenario,
) -> AppResult<Applied> {
    guarded(async {
        let workspace = crate::state::workspace(&state).await?;
        Ok(keep_trial(&workspace, &bundle_id, &scenario_id, &trial, &kept).await?)
    })
    .await
}

/// Simulates scenarios `a` and `b` with the same cases and seed and compares them
/// (B − A, with confidence intervals), overall and per segment; progress and cancellation
/// as [`simulate`]'s.
#[tauri::command]
#[specta::specta]
#[allow(clippy::too_many_arguments)] // each is one field of the compare form
pub async fn compare_scenarios(
    state: State<'_, AppState>,
    bundle_id: String,
    a: String,
    b: String,
    segment_id: Option<String>,
    cases: u32,
    seed: u32,
    call_id: String,
    progress: Channel<SimulationProgress>,
) -> AppResult<Comparison> {
    guarded(async {
        let live = state.calls.start(&call_id)?;
        let input = read_input(&state, &bundle_id, segment_id.as_deref()).await?;
        let request = RunRequest {
            scenario: None,
            segment: segment_id,
            cases,
            seed,
        };
        let cancel = live.cancel_flag();
        let report = sender(progress);
        let timing = Timing::start("comparison of two scenarios", cases, true);
        let comparison = blocking(move || {
            let throttle = Throttle::new();
            compare(
                &input,
                &request,
                [&a, &b],
                &throttle.reporter(&report),
                &cancel,
            )
        })
        .await??;
        timing.finished();
        Ok(comparison)
    })
    .await
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use std::sync::atomic::AtomicBool;

    use super::*;
    use crate::error::AppError;

    #[test]
    fn progress_is_reported_at_most_once_per_slot_and_never_beyond_the_total() {
        let throttle = Throttle::new();
        let at = |ms| Duration::from_millis(ms);
        assert_eq!(
            throttle.step(10, 2_000, at(0)),
            None,
            "a quick run is quiet"
        );
        assert_eq!(throttle.step(90, 2_000, at(99)), None);
        assert_eq!(
            throttle.step(120, 2_000, at(130)).map(|p| p.done),
            Some(120.0)
        );
        assert_eq!(throttle.step(150, 2_000, at(180)), None, "same slot");
        assert_eq!(
            throttle.step(5_000, 2_000, at(460)).map(|p| p.done),
            Some(2_000.0)
        );
        assert_eq!(
            throttle.step(5_000, 2_000, at(420)),
            None,
            "a late caller of an earlier slot reports nothing"
        );
    }

    /// The bug: reporting every percent sent a 10,000-case estimate's window a hundred
    /// messages, which cost it several times the engine's own time.
    #[test]
    fn a_run_of_a_second_reports_about_ten_times_not_a_hundred() {
        let throttle = Throttle::new();
        let reports = (0..=1_000u64)
            .filter_map(|ms| throttle.step(ms * 10, 10_000, Duration::from_millis(ms)))
            .count();
        assert_eq!(reports, 10);
    }

    #[test]
    fn the_sample_bundle_runs_with_progress_and_is_cancelled_on_request() {
        let document = touchmap_store::sample::document();
        let bundle = &document.bundles[0].id;
        let input = SimulationInput::from_document(&document, bundle, None).unwrap();
        assert!(
            !input.emotions.is_empty(),
            "journey steps are linked to tasks"
        );
        let request = RunRequest {
            scenario: Some("as-is".into()),
            segment: None,
            cases: 400,
            seed: 7,
        };
        let reports = std::sync::Mutex::new(Vec::new());
        let report = |p: SimulationProgress| reports.lock().unwrap().push(p);
        let throttle = Throttle::new();
        let result = run(
            &input,
            &request,
            &throttle.reporter(&report),
            &AtomicBool::new(false),
            None,
        )
        .unwrap();
        assert_eq!(result.cases, 400);
        assert!(!result.overall.friction.is_empty());
        assert!(
            reports.lock().unwrap().iter().all(|p| p.done <= 400.0),
            "never beyond the total"
        );
        let cancelled = run(
            &input,
            &request,
            &throttle.reporter(&report),
            &AtomicBool::new(true),
            None,
        );
        assert!(matches!(
            cancelled.map_err(AppError::from),
            Err(AppError::Cancelled { .. })
        ));
    }
}
