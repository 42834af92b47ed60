//! `touchmap simulate`, `compare` and `report`: the engine on a workspace's bundle or on a
//! standalone flow-model file (loaded here for `improve` too).

use std::path::{Path, PathBuf};

use indicatif::{ProgressBar, ProgressStyle};
use touchmap_engine::RunResult;
use touchmap_engine::model::FlowModel;
use touchmap_export::Language;
use touchmap_store::Workspace;
use touchmap_workbench::{RunRequest, SimulationInput};

use crate::error::{CliError, Result, read};
use crate::interrupt;
use crate::staged::Staged;

/// What to simulate and how, as given on the command line: the arguments `simulate`,
/// `compare` and `improve` share.
#[derive(clap::Args, Debug)]
pub struct Request {
    /// The workspace file (or use --model).
    pub file: Option<PathBuf>,
    /// A standalone flow-model file (docs/flow-model.schema.json) instead of a workspace.
    #[arg(long, conflicts_with = "file")]
    pub model: Option<PathBuf>,
    /// The bundle (name or id); default: the workspace's only bundle.
    #[arg(long)]
    pub bundle: Option<String>,
    /// Cases measured (a stream of orders also simulates unmeasured orders before and after
    /// them, as many as arrive while one goes through the flow, to fill the pools:
    /// docs/warm-up.md).
    #[arg(long, default_value_t = 10_000)]
    pub cases: u32,
    /// The random seed: the same seed gives the same run, and scenarios run with one seed
    /// see the same orders.
    #[arg(long, default_value_t = 1)]
    pub seed: u32,
}

/// The model to run, with where it came from (to save runs).
pub struct Source {
    pub input: SimulationInput,
    /// The segment asked for, as the engine finds it: a workspace segment's id, or the key
    /// as given for a standalone model.
    pub segment: Option<String>,
    pub workspace: Option<(Workspace, String)>,
}

/// A progress bar of `len` cases on standard error; drawn only when standard error is a
/// terminal, so scripts and logs see nothing of it.
pub fn progress_bar(message: &str, len: u64) -> ProgressBar {
    let bar = ProgressBar::new(len);
    if let Ok(style) = ProgressStyle::with_template("{msg} {bar:40} {pos}/{len} cases ({eta})") {
        bar.set_style(style);
    }
    bar.set_message(message.to_owned());
    bar
}

/// The workspace bundle or standalone model `request` names, ready to simulate, with the
/// `segment` asked for (name or id).
pub async fn load(request: &Request, segment: Option<&str>) -> Result<Source> {
    match (&request.file, &request.model) {
        (None, Some(path)) => {
            let model = FlowModel::from_json(&read(path)?).map_err(|error| CliError::Engine {
                context: path.display().to_string(),
                message: error.to_string(),
            })?;
            Ok(Source {
                input: SimulationInput {
                    model,
                    emotions: Default::default(),
                },
                segment: segment.map(str::to_owned),
                workspace: None,
            })
        }
        (Some(file), None) => load_bundle(file, request, segment).await,
        _ => Err(CliError::Usage(
            "give either a workspace FILE (with --bundle when it has several), or --model MODEL.json"
                .into(),
        )),
    }
}

async fn load_bundle(file: &Path, request: &Request, segment: Option<&str>) -> Result<Source> {
    let workspace = Workspace::open(file).await?;
    let bundle = match touchmap_workbench::find_bundle_or_only(
        &workspace,
        request.bundle.as_deref(),
    )
    .await
    {
        Ok(bundle) => bundle,
        Err(touchmap_workbench::Error::NotFound(message)) if request.bundle.is_none() => {
            workspace.close().await;
            return Err(CliError::Usage(format!(
                "{message}; choose one with --bundle NAME"
            )));
        }
        Err(error) => return Err(error.into()),
    };
    let segment = match segment {
        Some(key) => Some(touchmap_workbench::find_segment(&workspace, key).await?.id),
        None => None,
    };
    let input =
        touchmap_workbench::simulation_input(&workspace, &bundle.id, segment.as_deref()).await?;
    Ok(Source {
        input,
        segment,
        workspace: Some((workspace, bundle.id)),
    })
}

/// Runs one scenario with a progress bar on the terminal, writing its event log to `log`
/// (renamed into place once the run is complete: a failed or cancelled run leaves none).
fn run(
    source: &Source,
    request: &Request,
    scenario: Option<&str>,
    log: Option<&Path>,
) -> Result<RunResult> {
    let bar = progress_bar(scenario.unwrap_or("simulating"), u64::from(request.cases));
    let staged = log.map(Staged::new);
    let mut sink = match &staged {
        Some(staged) => Some(
            touchmap_engine::log::sink_for_path(staged.staging()).map_err(|source| {
                CliError::Io {
                    path: staged.staging().into(),
                    source,
                }
            })?,
        ),
        None => None,
    };
    let run_request = RunRequest {
        scenario: scenario.map(str::to_owned),
        segment: source.segment.clone(),
        cases: request.cases,
        seed: request.seed,
    };
    let result = touchmap_workbench::run(
        &source.input,
        &run_request,
        &|done, _| bar.set_position(done),
        interrupt::cancel(),
        sink.as_deref_mut().map(|s| s as _),
    );
    bar.finish_and_clear();
    let result = result.map_err(|error| match error {
        touchmap_workbench::Error::Cancelled => error.into(),
        error => CliError::Engine {
            context: format!("scenario {}", scenario.unwrap_or("(default)")),
            message: error.to_string(),
        },
    })?;
    // The run finished the log (flushed it); closed, it takes its name.
    drop(sink);
    staged.map(Staged::commit).transpose()?;
    Ok(result)
}

pub async fn simulate(
    request: Request,
    scenario: Option<String>,
    segment: Option<String>,
    json: bool,
    log: Option<PathBuf>,
    save: bool,
) -> Result<()> {
    let source = load(&request, segment.as_deref()).await?;
    let result = run(&source, &request, scenario.as_deref(), log.as_deref())?;
    if json {
        println!("{}", serde_json::to_string_pretty(&result)?);
    } else {
        print!("{}", touchmap_engine::report::render_run_table(&result));
    }
    if let Some((workspace, bundle_id)) = source.workspace {
        if save {
            let id = workspace
                .save_run(&bundle_id, &source.input.model, &result)
                .await?;
            if !json {
                println!("\nsaved as run {id}");
            }
        }
        workspace.close().await;
    }
    Ok(())
}

pub async fn compare(
    request: Request,
    scenarios: Vec<String>,
    segment: Option<String>,
    json: bool,
) -> Result<()> {
    let [a, b] = scenarios.as_slice() else {
        return Err(CliError::Usage(
            "--scenarios takes exactly two names, e.g. as-is,to-be".into(),
        ));
    };
    let source = load(&request, segment.as_deref()).await?;
    let first = run(&source, &request, Some(a), None)?;
    let second = run(&source, &request, Some(b), None)?;
    let comparison = touchmap_engine::compare::compare(&first, &second);
    if json {
        println!("{}", serde_json::to_string_pretty(&comparison)?);
    } else {
        // The headline first: what a reader takes away before the table of intervals.
        if let Some(overall) = comparison.segments.first() {
            println!(
                "{}",
                touchmap_engine::headline::render_headline(
                    &comparison.b.label,
                    &comparison.a.label,
                    overall
                )
            );
        }
        print!(
            "{}",
            touchmap_engine::report::render_compare_table(&comparison)
        );
    }
    if let Some((workspace, _)) = source.workspace {
        workspace.close().await;
    }
    Ok(())
}

/// The report of a workspace bundle: runs `scenario` (and the two `compare` scenarios, if
/// given) and writes the pages as HTML or PDF, chosen by the extension of `out`.
pub async fn report(
    request: Request,
    scenario: Option<String>,
    compare: Vec<String>,
    segments: &[String],
    language: &str,
    out: &Path,
) -> Result<()> {
    let language = Language::of_code(language).ok_or_else(|| {
        CliError::Usage(format!(
            "--language {language} is not one of the app's languages: {}",
            Language::ALL.map(Language::code).join(", ")
        ))
    })?;
    let labels = touchmap_export::Labels::of(language);
    let pdf = match out.extension().and_then(|e| e.to_str()) {
        Some("pdf") => true,
        Some("html" | "htm") => false,
        _ => {
            return Err(CliError::Usage(format!(
                "--out must end in .html or .pdf, got {}",
                out.display()
            )));
        }
    };
    let comparison_of = |pair: &[String]| -> Result<Option<[String; 2]>> {
        match pair {
            [] => Ok(None),
            [a, b] => Ok(Some([a.clone(), b.clone()])),
            _ => Err(CliError::Usage(
                "--compare takes exactly two names, e.g. as-is,to-be".into(),
            )),
        }
    };
    let pair = comparison_of(&compare)?;
    let source = load(&request, None).await?;
    let Some((workspace, _)) = &source.workspace else {
        return Err(CliError::Usage("a report needs a workspace file".into()));
    };
    let document = workspace.snapshot().await?;
    let segments = touchmap_workbench::report_segments(workspace, segments).await?;
    let (client, date) = (
        touchmap_workbench::report_client(workspace),
        touchmap_workbench::report_date(),
    );
    let result = run(&source, &request, scenario.as_deref(), None)?;
    let comparison = match &pair {
        Some([a, b]) => {
            let first = run(&source, &request, Some(a), None)?;
            let second = run(&source, &request, Some(b), None)?;
            Some(touchmap_engine::compare::compare(&first, &second))
        }
        None => None,
    };
    let pages = touchmap_export::report::pages(touchmap_export::report::ReportInput {
        document: &document,
        segments: &segments,
        cover: touchmap_export::Cover {
            client: &client,
            date: &date,
            language,
        },
        result: Some(&result),
        comparison: comparison.as_ref(),
        flow: None,
        labels,
    })
    .map_err(report_error)?;
    let bytes = if pdf {
        touchmap_export::pdf::pdf(&pages, interrupt::cancel()).map_err(report_error)?
    } else {
        let title = touchmap_export::report::title(labels, Some(&result));
        touchmap_export::report::html(&title, language, &pages).into_bytes()
    };
    touchmap_export::write_file(out, &bytes).map_err(|source| CliError::Io {
        path: out.into(),
        source,
    })?;
    println!("wrote {} ({} pages)", out.display(), pages.len());
    if let Some((workspace, _)) = source.workspace {
        workspace.close().await;
    }
    Ok(())
}

fn report_error(error: touchmap_export::ExportError) -> CliError {
    match error {
        touchmap_export::ExportError::Cancelled => CliError::Cancelled,
        error => CliError::Engine {
            context: "report".into(),
            message: error.to_string(),
        },
    }
}
