//! Saved runs: full runs are kept with their inputs; this lists them with the figures a
//! person recognises a run by.

use serde::Serialize;
use specta::Type;
use touchmap_engine::RunResult;
use touchmap_engine::compare::Comparison;
use touchmap_engine::model::FlowModel;
use touchmap_store::{Change, RunHeadline, Workspace};

use crate::{Result, find_bundle, simulation_input};

/// One saved run as the run list shows it.
#[derive(Serialize, Type, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct RunSummary {
    pub id: String,
    /// RFC 3339 time of the run.
    pub at: String,
    pub bundle_id: String,
    /// The bundle's name now; `None` when the bundle has been deleted since.
    pub bundle: Option<String>,
    /// The scenario as it was called when it ran.
    pub scenario: String,
    pub segment: Option<String>,
    pub cases: u32,
    pub seed: u32,
    pub engine_version: String,
    pub headline: RunHeadline,
}

/// Every saved run, newest first. Reads only the saved headlines; a run saved before
/// headlines were has its headline computed from its result.
pub async fn runs(workspace: &Workspace) -> Result<Vec<RunSummary>> {
    let bundles = workspace.bundles().await?;
    let mut out = Vec::new();
    for saved in workspace.all_runs().await? {
        let headline = match saved.headline {
            Some(headline) => headline,
            None => RunHeadline::of(&workspace.run(&saved.id).await?.1),
        };
        out.push(RunSummary {
            bundle: bundles
                .iter()
                .find(|b| b.id == saved.bundle_id)
                .map(|b| b.name.clone()),
            headline,
            id: saved.id,
            at: saved.at,
            bundle_id: saved.bundle_id,
            scenario: saved.scenario,
            segment: saved.segment,
            cases: saved.cases,
            seed: saved.seed,
            engine_version: saved.engine_version,
        });
    }
    Ok(out)
}

/// A saved run's result, as it was when it ran.
pub async fn open_run(workspace: &Workspace, id: &str) -> Result<RunResult> {
    Ok(workspace.run(id).await?.1)
}

/// Two saved runs compared (`b` − `a`), with confidence intervals: what a change between
/// them did, even when the scenario has since been edited.
pub async fn compare_runs(workspace: &Workspace, [a, b]: [&str; 2]) -> Result<Comparison> {
    let first = workspace.run(a).await?.1;
    let second = workspace.run(b).await?.1;
    Ok(touchmap_engine::compare::compare(&first, &second))
}

/// The edit that deletes the saved run `id` (undoably: it is hidden while the history
/// can bring it back).
pub fn delete_run(id: &str) -> Change {
    Change::Run {
        id: id.to_owned(),
        listed: false,
    }
}

/// The standalone flow model of a bundle (name or id), as the engine would run it from
/// the workspace; with `scenario`, only that scenario (name or id).
pub async fn flow_file(
    workspace: &Workspace,
    bundle: &str,
    scenario: Option<&str>,
) -> Result<FlowModel> {
    let bundle = find_bundle(workspace, bundle).await?;
    let input = simulation_input(workspace, &bundle.id, None).await?;
    input.check_names(scenario, None)?;
    let mut model = input.model;
    if let Some(key) = scenario {
        model.scenarios.retain(|s| s.id == key || s.name == key);
    }
    Ok(model)
}
