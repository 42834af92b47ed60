//! Running the activation simulation from the app: one scenario (`simulate`) or two side by
//! side (`compare_scenarios`), on a blocking worker thread so the window stays responsive,
//! with progress sent as [`SimulationProgress`] events and cancellation by
//! `cancel_simulation`.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

use serde::{Deserialize, Serialize};
use specta::Type;
use tauri::{AppHandle, State};
use tauri_specta::Event;
use touchmap_engine::compare::Comparison;
use touchmap_engine::model::FlowModel;
use touchmap_engine::{EngineError, RunConfig, RunResult};
use touchmap_model::{WorkspaceDocument, task_emotions};

use crate::error::{AppError, AppResult};
use crate::state::AppState;

/// How far the running simulation is: `done` of `total` cases (over both scenarios when
/// comparing).
#[derive(Serialize, Deserialize, Type, Event, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct SimulationProgress {
    pub done: f64,
    pub total: f64,
}

/// What one run needs, read from the workspace while it is locked.
#[derive(Debug)]
pub(crate) struct Input {
    pub(crate) model: FlowModel,
    pub(crate) emotions: BTreeMap<String, f64>,
}

/// The activation model of `bundle_id` and the journey emotions of its tasks.
pub(crate) fn input(
    document: &WorkspaceDocument,
    bundle_id: &str,
    segment_id: Option<&str>,
) -> AppResult<Input> {
    let activation = document
        .activations
        .iter()
        .find(|a| a.bundle_id == bundle_id)
        .ok_or_else(|| AppError::NotFound {
            message: if document.bundles.iter().any(|b| b.id == bundle_id) {
                format!("the bundle {bundle_id} has no activation model yet")
            } else {
                format!("there is no bundle {bundle_id}")
            },
        })?;
    Ok(Input {
        model: activation.model.clone(),
        emotions: task_emotions(document, segment_id),
    })
}

pub(crate) async fn read_input(
    state: &AppState,
    bundle_id: &str,
    segment_id: Option<&str>,
) -> AppResult<Input> {
    let guard = state.workspace.lock().await;
    let workspace = guard.as_ref().ok_or_else(|| AppError::Internal {
        message: "no workspace is open".into(),
    })?;
    input(&workspace.snapshot().await?, bundle_id, segment_id)
}

/// Reports progress in whole percent steps so a long run does not flood the window.
#[derive(Debug)]
struct Throttle {
    offset: u64,
    total: u64,
    last_percent: AtomicU64,
}

impl Throttle {
    fn new(offset: u64, total: u64) -> Self {
        Throttle {
            offset,
            total: total.max(1),
            last_percent: AtomicU64::new(u64::MAX),
        }
    }

    /// The overall `done` to report, if it starts a new percent.
    fn step(&self, done: u64) -> Option<u64> {
        let overall = (self.offset + done).min(self.total);
        let percent = overall * 100 / self.total;
        let previous = self.last_percent.swap(percent, Ordering::Relaxed);
        (previous != percent).then_some(overall)
    }
}

/// The parameters both commands share.
#[derive(Debug, Clone)]
struct Request {
    segment_id: Option<String>,
    cases: u32,
    seed: u32,
}

/// Runs `scenario` on the calling (blocking) thread.
fn run_blocking(
    report: &(dyn Fn(SimulationProgress) + Sync),
    input: &Input,
    request: &Request,
    scenario: Option<&str>,
    cancel: &AtomicBool,
    throttle: &Throttle,
) -> AppResult<RunResult> {
    let mut config = RunConfig::new(&input.model);
    config.scenario = scenario;
    config.segment = request.segment_id.as_deref();
    config.cases = request.cases;
    config.seed = request.seed;
    config.emotions = input.emotions.clone();
    let progress = |done: u64, _total: u64| {
        if let Some(overall) = throttle.step(done) {
            report(SimulationProgress {
                done: overall as f64,
                total: throttle.total as f64,
            });
        }
    };
    touchmap_engine::run(&config, &progress, cancel, None).map_err(engine_error)
}

fn engine_error(error: EngineError) -> AppError {
    let message = error.to_string();
    match error {
        EngineError::Cancelled => AppError::Cancelled { message },
        _ => AppError::Engine { message },
    }
}

/// Sends progress to the window; a closed window cannot be told, and the run goes on.
fn emitter(app: AppHandle) -> impl Fn(SimulationProgress) + Send + Sync + 'static {
    move |progress| {
        let _ = progress.emit(&app);
    }
}

/// Starts a new run: clears an earlier cancellation and hands out the flag.
fn arm(state: &AppState) -> Arc<AtomicBool> {
    state.cancel_simulation.store(false, Ordering::Relaxed);
    Arc::clone(&state.cancel_simulation)
}

fn join_error(error: tauri::Error) -> AppError {
    AppError::Internal {
        message: format!("the simulation stopped unexpectedly: {error}"),
    }
}

/// Simulates one scenario of a bundle's activation model (`None` = its base design) for
/// every segment or one, saves the run in the workspace and returns the result.
#[tauri::command]
#[specta::specta]
pub async fn simulate(
    app: AppHandle,
    state: State<'_, AppState>,
    bundle_id: String,
    scenario: Option<String>,
    segment_id: Option<String>,
    cases: u32,
    seed: u32,
) -> AppResult<RunResult> {
    let input = read_input(&state, &bundle_id, segment_id.as_deref()).await?;
    let request = Request {
        segment_id,
        cases,
        seed,
    };
    let cancel = arm(&state);
    let report = emitter(app);
    let (input, result) = tauri::async_runtime::spawn_blocking(move || {
        let throttle = Throttle::new(0, u64::from(request.cases));
        let result = run_blocking(
            &report,
            &input,
            &request,
            scenario.as_deref(),
            &cancel,
            &throttle,
        );
        (input, result)
    })
    .await
    .map_err(join_error)?;
    let result = result?;
    if let Some(workspace) = state.workspace.lock().await.as_ref() {
        workspace
            .save_run(&bundle_id, &input.model, &result)
            .await?;
    }
    Ok(result)
}

/// Simulates scenarios `a` and `b` with the same cases and seed and compares them
/// (B − A, with confidence intervals), overall and per segment.
#[tauri::command]
#[specta::specta]
#[allow(clippy::too_many_arguments)] // each is one field of the compare form
pub async fn compare_scenarios(
    app: AppHandle,
    state: State<'_, AppState>,
    bundle_id: String,
    a: String,
    b: String,
    segment_id: Option<String>,
    cases: u32,
    seed: u32,
) -> AppResult<Comparison> {
    let input = read_input(&state, &bundle_id, segment_id.as_deref()).await?;
    let request = Request {
        segment_id,
        cases,
        seed,
    };
    let cancel = arm(&state);
    let report = emitter(app);
    tauri::async_runtime::spawn_blocking(move || {
        let per = u64::from(request.cases);
        let first = run_blocking(
            &report,
            &input,
            &request,
            Some(&a),
            &cancel,
            &Throttle::new(0, 2 * per),
        )?;
        let second = run_blocking(
            &report,
            &input,
            &request,
            Some(&b),
            &cancel,
            &Throttle::new(per, 2 * per),
        )?;
        Ok(touchmap_engine::compare::compare(&first, &second))
    })
    .await
    .map_err(join_error)?
}

/// Asks the running simulation, if any, to stop; it then fails with `cancelled`.
#[tauri::command]
#[specta::specta]
pub async fn cancel_simulation(state: State<'_, AppState>) -> AppResult<()> {
    state.cancel_simulation.store(true, Ordering::Relaxed);
    Ok(())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    #[test]
    fn throttle_reports_each_percent_once_and_offsets_the_second_run() {
        let first = Throttle::new(0, 2_000);
        assert_eq!(first.step(0), Some(0));
        assert_eq!(first.step(5), None);
        assert_eq!(first.step(20), Some(20));
        assert_eq!(first.step(21), None);
        let second = Throttle::new(1_000, 2_000);
        assert_eq!(second.step(0), Some(1_000));
        assert_eq!(second.step(5_000), Some(2_000), "never beyond the total");
    }

    #[test]
    fn input_names_the_missing_bundle_or_model() {
        let document = touchmap_store::sample::empty();
        let error = input(&document, "nope", None).unwrap_err();
        assert!(matches!(error, AppError::NotFound { .. }));
        assert!(error.to_string().contains("no bundle nope"));
    }

    #[test]
    fn the_sample_bundle_runs_with_progress_and_journey_emotions() {
        let document = touchmap_store::sample::document();
        let activation = document.activations.first().unwrap();
        let input = input(&document, &activation.bundle_id, None).unwrap();
        assert!(
            !input.emotions.is_empty(),
            "journey steps are linked to tasks"
        );
        let request = Request {
            segment_id: None,
            cases: 400,
            seed: 7,
        };
        let reports = std::sync::Mutex::new(Vec::new());
        let report = |p: SimulationProgress| reports.lock().unwrap().push(p);
        let result = run_blocking(
            &report,
            &input,
            &request,
            Some("as-is"),
            &AtomicBool::new(false),
            &Throttle::new(0, 400),
        )
        .unwrap();
        assert_eq!(result.cases, 400);
        assert!(!result.overall.friction.is_empty());
        let last = reports.lock().unwrap().last().map(|p| p.done);
        assert_eq!(last, Some(400.0));
        let cancelled = run_blocking(
            &report,
            &input,
            &request,
            Some("as-is"),
            &AtomicBool::new(true),
            &Throttle::new(0, 400),
        );
        assert!(matches!(cancelled, Err(AppError::Cancelled { .. })));
    }

    #[test]
    fn cancelled_runs_cross_as_cancelled() {
        assert!(matches!(
            engine_error(EngineError::Cancelled),
            AppError::Cancelled { .. }
        ));
        assert!(matches!(
            engine_error(EngineError::UnknownScenario("x".into())),
            AppError::Engine { .. }
        ));
    }
}
