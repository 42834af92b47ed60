//! Exports: maps as SVG or PNG, the report as HTML or PDF, results as CSV. The UI says what
//! to export; the path is chosen in a native save dialog here, never typed into the web
//! view. Drawing is done by `touchmap-export` on a blocking thread, and the file is written
//! beside its destination first, then renamed, so a failed export never leaves half a file.
//! The report, which takes seconds as a PDF, tells its steps through a per-call channel and
//! stops when `cancel_call` asks for its id, writing nothing (`crate::calls`).

use std::collections::BTreeMap;
use std::future::Future;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use serde::{Deserialize, Serialize};
use specta::Type;
use tauri::ipc::Channel;
use tauri::{AppHandle, State};
use tauri_plugin_dialog::DialogExt;
use touchmap_engine::RunResult;
use touchmap_engine::compare::Comparison;
use touchmap_export::report::{self, ReportInput};
use touchmap_export::{ExportError, FlowLayout, Labels, Language, csv, pdf, png, svg};
use touchmap_model::WorkspaceDocument;

use touchmap_workbench::SimulationInput;

use crate::error::{AppError, AppResult};
use crate::guard::{blocking, guarded};
use crate::state::AppState;

/// Which map to export.
#[derive(Deserialize, Type, Debug)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum MapTarget {
    /// One journey map.
    Journey { journey: String },
    /// The touchpoint map of one segment.
    Touchpoints { segment: String },
    /// The activation flow of a bundle's scenario, as laid out on screen.
    Flow(FlowTarget),
}

/// A scenario's activation flow and where the UI placed its nodes.
#[derive(Deserialize, Type, Debug)]
#[serde(rename_all = "camelCase")]
pub struct FlowTarget {
    pub bundle: String,
    pub scenario: Option<String>,
    pub layout: FlowLayout,
}

#[derive(Deserialize, Type, Debug, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub enum ImageFormat {
    Svg,
    Png,
}

#[derive(Deserialize, Type, Debug, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub enum ReportFormat {
    Html,
    Pdf,
}

/// What the report holds besides the workspace's maps.
#[derive(Deserialize, Type, Debug)]
#[serde(rename_all = "camelCase")]
pub struct ReportRequest {
    /// The UI's language: the report's words and the HTML's `lang`.
    pub language: Language,
    /// Only this segment's journeys and touchpoints; `None` = every segment.
    pub segment: Option<String>,
    pub result: Option<RunResult>,
    pub comparison: Option<Comparison>,
    pub flow: Option<FlowTarget>,
}

/// What a report export is doing, in the order it does it.
#[derive(Serialize, Type, Debug, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub enum ExportStep {
    /// Drawing the maps, charts and tables of every page.
    Drawing,
    /// Laying the pages out as a PDF (the long part: seconds).
    Typesetting,
    /// Writing the file where the user chose.
    Writing,
}

/// A report export's progress: `step`, the `done`th of `total` steps (from 1).
#[derive(Serialize, Type, Debug, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct ExportProgress {
    pub step: ExportStep,
    pub done: u32,
    pub total: u32,
}

impl ExportProgress {
    /// The steps a report in `format` goes through: HTML is not typeset.
    fn steps(format: ReportFormat) -> &'static [ExportStep] {
        match format {
            ReportFormat::Html => &[ExportStep::Drawing, ExportStep::Writing],
            ReportFormat::Pdf => &[
                ExportStep::Drawing,
                ExportStep::Typesetting,
                ExportStep::Writing,
            ],
        }
    }

    /// `step` of a report in `format`; `None` for a step that format does not take.
    fn of(format: ReportFormat, step: ExportStep) -> Option<ExportProgress> {
        let steps = Self::steps(format);
        let at = steps.iter().position(|s| *s == step)?;
        Some(ExportProgress {
            step,
            done: at as u32 + 1,
            total: steps.len() as u32,
        })
    }
}

fn render_error(error: ExportError) -> AppError {
    match error {
        ExportError::NotFound { .. } => AppError::NotFound {
            message: error.to_string(),
        },
        ExportError::Render(_) => AppError::Internal {
            message: error.to_string(),
        },
        ExportError::Cancelled => AppError::Cancelled {
            message: error.to_string(),
        },
    }
}

/// `cancelled` once `cancel` is set: checked between an export's stages.
fn go_on(cancel: &AtomicBool) -> AppResult<()> {
    if cancel.load(Ordering::Relaxed) {
        return Err(render_error(ExportError::Cancelled));
    }
    Ok(())
}

async fn document(state: &AppState) -> AppResult<WorkspaceDocument> {
    Ok(crate::state::workspace(state).await?.snapshot().await?)
}

fn flow_of(
    document: &WorkspaceDocument,
    target: &FlowTarget,
) -> AppResult<touchmap_engine::model::Flow> {
    let input = SimulationInput::from_document(document, &target.bundle, None)?;
    Ok(touchmap_workbench::flow_view(&input, target.scenario.as_deref())?.flow)
}

/// The SVG of `target`.
fn map_svg(
    document: &WorkspaceDocument,
    target: &MapTarget,
    heat: &BTreeMap<String, f64>,
    labels: &Labels,
) -> AppResult<(String, String)> {
    Ok(match target {
        MapTarget::Journey { journey } => (
            svg::journey_map(document, journey, heat, labels).map_err(render_error)?,
            "journey-map".into(),
        ),
        MapTarget::Touchpoints { segment } => (
            svg::touchpoint_map(document, segment, labels).map_err(render_error)?,
            "touchpoint-map".into(),
        ),
        MapTarget::Flow(target) => (
            svg::flow_map(&flow_of(document, target)?, &target.layout, heat, labels),
            "activation-flow".into(),
        ),
    })
}

/// Asks where to save, suggesting `name`. A debug build run by the end-to-end tests
/// (`TOUCHMAP_E2E_SAVE_DIR`) answers the dialog itself: WebDriver cannot drive GTK dialogs.
async fn ask_save_path(
    app: &AppHandle,
    name: &str,
    kind: &str,
    extension: &str,
) -> Option<PathBuf> {
    #[cfg(debug_assertions)]
    if let Some(dir) = std::env::var_os("TOUCHMAP_E2E_SAVE_DIR") {
        return Some(Path::new(&dir).join(name));
    }
    let (tx, rx) = tokio::sync::oneshot::channel();
    app.dialog()
        .file()
        .add_filter(kind, &[extension])
        .set_file_name(name)
        .save_file(move |path| {
            let _ = tx.send(path.and_then(|p| p.into_path().ok()));
        });
    let path = rx.await.ok().flatten()?;
    Some(if path.extension().is_none() {
        path.with_extension(extension)
    } else {
        path
    })
}

fn write_whole(path: &Path, bytes: &[u8]) -> AppResult<()> {
    touchmap_export::write_file(path, bytes).map_err(|error| AppError::Internal {
        message: format!("could not write {}: {error}", path.display()),
    })
}

/// Draws with `make` on a blocking thread, asks where to save, writes the file; returns
/// the path, or `None` when the user cancelled the dialog. `writing` is called before the
/// file is written; `cancel` stops the export (see [`make_and_write`]).
async fn save(
    app: &AppHandle,
    name: &str,
    kind: &str,
    extension: &str,
    make: impl FnOnce() -> AppResult<Vec<u8>> + Send + 'static,
    writing: impl FnOnce(),
    cancel: &AtomicBool,
) -> AppResult<Option<String>> {
    let file = format!("{name}.{extension}");
    let ask = ask_save_path(app, &file, kind, extension);
    make_and_write(make, ask, writing, cancel).await
}

/// Makes the bytes on a blocking thread, then asks `ask` where they go and writes them there
/// (`None`: the dialog was dismissed). Once `cancel` is set the export stops at its next
/// check with `cancelled` and writes nothing: the last check is just before writing, and the
/// file is written beside its destination and renamed, so none is ever half there.
async fn make_and_write(
    make: impl FnOnce() -> AppResult<Vec<u8>> + Send + 'static,
    ask: impl Future<Output = Option<PathBuf>>,
    writing: impl FnOnce(),
    cancel: &AtomicBool,
) -> AppResult<Option<String>> {
    let bytes = blocking(make).await??;
    go_on(cancel)?;
    let Some(path) = ask.await else {
        return Ok(None);
    };
    go_on(cancel)?;
    writing();
    let written = path.clone();
    blocking(move || write_whole(&written, &bytes)).await??;
    Ok(Some(path.to_string_lossy().into_owned()))
}

/// Maps and tables are made in a moment: nothing cancels them.
static NEVER: AtomicBool = AtomicBool::new(false);

/// Exports a map as SVG or PNG; `heat` maps activation task ids to friction scores.
#[tauri::command]
#[specta::specta]
pub async fn export_map(
    app: AppHandle,
    state: State<'_, AppState>,
    target: MapTarget,
    format: ImageFormat,
    heat: BTreeMap<String, f64>,
    language: Language,
) -> AppResult<Option<String>> {
    guarded(async {
        let document = document(&state).await?;
        let (picture, name) = map_svg(&document, &target, &heat, Labels::of(language))?;
        match format {
            ImageFormat::Svg => {
                save(
                    &app,
                    &name,
                    "SVG picture",
                    "svg",
                    move || Ok(picture.into_bytes()),
                    || (),
                    &NEVER,
                )
                .await
            }
            ImageFormat::Png => {
                save(
                    &app,
                    &name,
                    "PNG picture",
                    "png",
                    move || png::png(&picture, 2.0).map_err(render_error),
                    || (),
                    &NEVER,
                )
                .await
            }
        }
    })
    .await
}

/// The report's bytes in `format`, telling `report` each step as it starts; `cancel` stops
/// it after the drawing and between the PDF's pages.
fn report_bytes(
    document: &WorkspaceDocument,
    request: &ReportRequest,
    flow: Option<&(touchmap_engine::model::Flow, FlowLayout)>,
    cover: touchmap_export::Cover,
    format: ReportFormat,
    report: &dyn Fn(ExportStep),
    cancel: &AtomicBool,
) -> AppResult<Vec<u8>> {
    report(ExportStep::Drawing);
    let labels = Labels::of(request.language);
    let pages = report::pages(ReportInput {
        document,
        segments: request.segment.as_slice(),
        cover,
        result: request.result.as_ref(),
        comparison: request.comparison.as_ref(),
        flow: flow.map(|(f, l)| (f, l)),
        labels,
    })
    .map_err(render_error)?;
    #[cfg(debug_assertions)]
    let pages = lengthened_for_tests(pages);
    go_on(cancel)?;
    match format {
        ReportFormat::Html => {
            let title = report::title(labels, request.result.as_ref());
            Ok(report::html(&title, request.language, &pages).into_bytes())
        }
        ReportFormat::Pdf => {
            report(ExportStep::Typesetting);
            pdf::pdf(&pages, cancel).map_err(render_error)
        }
    }
}

/// Debug builds only: `TOUCHMAP_E2E_REPORT_COPIES=<n>` repeats the report's pages n times.
/// The sample's PDF is typeset in well under a second, too soon for an end-to-end test to
/// press Cancel while it is under way; n copies make it as long as a big client's report.
#[cfg(debug_assertions)]
fn lengthened_for_tests(
    pages: Vec<touchmap_export::report::Page>,
) -> Vec<touchmap_export::report::Page> {
    let copies = std::env::var("TOUCHMAP_E2E_REPORT_COPIES")
        .ok()
        .and_then(|n| n.parse::<usize>().ok())
        .unwrap_or(1);
    let one = pages.len();
    pages
        .into_iter()
        .cycle()
        .take(one * copies.max(1))
        .collect()
}

/// Exports the report: the maps, results, friction ranking and scenario comparison;
/// `progress` hears each step as it starts; `cancel_call(call_id)` stops it.
#[tauri::command]
#[specta::specta]
pub async fn export_report(
    app: AppHandle,
    state: State<'_, AppState>,
    format: ReportFormat,
    request: ReportRequest,
    call_id: String,
    progress: Channel<ExportProgress>,
) -> AppResult<Option<String>> {
    guarded(async {
        let live = state.calls.start(&call_id)?;
        let cancel = live.cancel_flag();
        let document = document(&state).await?;
        let client = touchmap_workbench::report_client(&*crate::state::workspace(&state).await?);
        let date = touchmap_workbench::report_date();
        let flow = request
            .flow
            .as_ref()
            .map(|target| flow_of(&document, target).map(|flow| (flow, target.layout.clone())))
            .transpose()?;
        // A window closed meanwhile cannot be told; the export goes on.
        let tell = move |step| {
            if let Some(p) = ExportProgress::of(format, step) {
                let _ = progress.send(p);
            }
        };
        let told = tell.clone();
        let stop = Arc::clone(&cancel);
        let make = move || {
            let cover = touchmap_export::Cover {
                client: &client,
                date: &date,
                language: request.language,
            };
            report_bytes(
                &document,
                &request,
                flow.as_ref(),
                cover,
                format,
                &told,
                &stop,
            )
        };
        let writing = move || tell(ExportStep::Writing);
        match format {
            ReportFormat::Html => {
                save(
                    &app,
                    "touchmap-report",
                    "HTML report",
                    "html",
                    make,
                    writing,
                    &cancel,
                )
                .await
            }
            ReportFormat::Pdf => {
                save(
                    &app,
                    "touchmap-report",
                    "PDF report",
                    "pdf",
                    make,
                    writing,
                    &cancel,
                )
                .await
            }
        }
    })
    .await
}

/// Exports a run's KPIs and friction ranking as CSV (formula-like cells neutralised).
#[tauri::command]
#[specta::specta]
pub async fn export_results_csv(app: AppHandle, result: RunResult) -> AppResult<Option<String>> {
    guarded(async {
        save(
            &app,
            "touchmap-results",
            "CSV table",
            "csv",
            move || Ok(csv::results_csv(&result).into_bytes()),
            || (),
            &NEVER,
        )
        .await
    })
    .await
}

#[cfg(test)]
mod tests;
