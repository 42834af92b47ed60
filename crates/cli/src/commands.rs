//! One function per subcommand.

use std::path::Path;

use touchmap_model::WorkspaceDocument;
use touchmap_store::{Workspace, sample};

use crate::error::{CliError, Result, read, write};
use crate::{Command, improve, info, interrupt, simulate};

/// Runs `command`; an error met on its workspace file names that file.
pub async fn run(command: Command) -> Result<()> {
    if command.runs_the_engine() {
        interrupt::install()?;
    }
    let file = command.workspace().map(Path::to_path_buf);
    execute(command).await.map_err(|error| match &file {
        Some(file) => error.naming(file),
        None => error,
    })
}

async fn execute(command: Command) -> Result<()> {
    match command {
        Command::New {
            file,
            sample: with_sample,
            force,
        } => {
            let content = if with_sample {
                sample::document()
            } else {
                sample::empty()
            };
            Workspace::create(&file, &content, force)
                .await?
                .close()
                .await;
            println!("created {}", file.display());
        }
        Command::Info { file, json } => {
            let workspace = Workspace::open(&file).await?;
            let summary = info::summarise(&workspace.snapshot().await?);
            workspace.close().await;
            if json {
                println!("{}", serde_json::to_string_pretty(&summary)?);
            } else {
                print!("{}", info::render(&file, &summary));
            }
        }
        Command::Export {
            file,
            out,
            flow,
            bundle,
            scenario,
        } => {
            let workspace = Workspace::open(&file).await?;
            if let Some(out) = out {
                let document = workspace.snapshot().await?;
                write(&out, &(serde_json::to_string_pretty(&document)? + "\n"))?;
            }
            if let (Some(flow), Some(bundle)) = (flow, bundle) {
                let model =
                    touchmap_workbench::flow_file(&workspace, &bundle, scenario.as_deref()).await?;
                write(&flow, &(serde_json::to_string_pretty(&model)? + "\n"))?;
            }
            workspace.close().await;
        }
        Command::Runs { file, json } => {
            let workspace = Workspace::open(&file).await?;
            let runs = touchmap_workbench::runs(&workspace).await?;
            workspace.close().await;
            if json {
                println!("{}", serde_json::to_string_pretty(&runs)?);
            } else {
                print!("{}", info::render_runs(&runs));
            }
        }
        Command::Import { file, input } => {
            let document = parse_import(&input)?;
            let workspace = Workspace::open(&file).await?;
            workspace.import(&document).await?;
            workspace.close().await;
            println!("imported {} into {}", input.display(), file.display());
        }
        Command::Simulate {
            request,
            scenario,
            segment,
            json,
            log,
            no_save,
        } => {
            simulate::simulate(request, scenario, segment, json, log, !no_save).await?;
        }
        Command::Compare {
            request,
            scenarios,
            segment,
            json,
        } => {
            simulate::compare(request, scenarios, segment, json).await?;
        }
        Command::Improve {
            request,
            scenario,
            kpi,
            segment,
            top,
            full,
            json,
        } => {
            let search = improve::Search {
                scenario,
                segment,
                kpi,
                top,
                full,
                json,
            };
            improve::improve(request, search).await?;
        }
        Command::Report {
            file,
            bundle,
            scenario,
            compare,
            segments,
            cases,
            seed,
            language,
            out,
        } => {
            let request = simulate::Request {
                file: Some(file),
                model: None,
                bundle,
                cases,
                seed,
            };
            simulate::report(request, scenario, compare, &segments, &language, &out).await?;
        }
        Command::Schema { dir } => {
            for (name, schema) in [
                (
                    "flow-model.schema.json",
                    touchmap_engine::model::flow_model_schema(),
                ),
                ("workspace.schema.json", touchmap_model::workspace_schema()),
                (
                    "findings.schema.json",
                    touchmap_engine::improve::findings_schema(),
                ),
            ] {
                write(
                    &dir.join(name),
                    &(serde_json::to_string_pretty(&schema)? + "\n"),
                )?;
            }
        }
    }
    Ok(())
}

fn parse_import(input: &Path) -> Result<WorkspaceDocument> {
    WorkspaceDocument::from_json(&read(input)?).map_err(|problems| CliError::InvalidDocument {
        path: input.into(),
        problems,
    })
}
