//! Saved runs: full runs are kept with their inputs; this lists them with the figures a
//! person recognises a run by.

use serde::Serialize;
use specta::Type;
use touchmap_engine::model::FlowModel;
use touchmap_engine::stats::KpiKind;
use touchmap_store::Workspace;

use crate::{Error, Result, find_bundle, simulation_input};

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
    pub scenario: String,
    pub segment: Option<String>,
    pub cases: u32,
    pub seed: u32,
    pub engine_version: String,
    /// Days to full activation at the 90th percentile.
    pub p90_days: Option<f64>,
    /// Customer contacts at the 90th percentile.
    pub p90_contacts: Option<f64>,
    /// Technician visits at the 90th percentile.
    pub p90_visits: Option<f64>,
    pub abandonment_rate: f64,
}

/// Every saved run, newest first.
pub async fn runs(workspace: &Workspace) -> Result<Vec<RunSummary>> {
    let bundles = workspace.bundles().await?;
    let mut out = Vec::new();
    for saved in workspace.all_runs().await? {
        let (_, result) = workspace.run(&saved.id).await?;
        let p90 = |kind: KpiKind| {
            result
                .overall
                .kpis
                .iter()
                .find(|k| k.kind == kind)
                .map(|k| k.p90.value)
        };
        out.push(RunSummary {
            bundle: bundles
                .iter()
                .find(|b| b.id == saved.bundle_id)
                .map(|b| b.name.clone()),
            p90_days: p90(KpiKind::CycleDays),
            p90_contacts: p90(KpiKind::Contacts),
            p90_visits: p90(KpiKind::TechnicianVisits),
            abandonment_rate: result.overall.abandonment_rate.value,
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

/// The standalone flow model of a bundle (name or id), as the engine would run it from
/// the workspace; with `scenario`, only that scenario (name or id).
pub async fn flow_file(
    workspace: &Workspace,
    bundle: &str,
    scenario: Option<&str>,
) -> Result<FlowModel> {
    let bundle = find_bundle(workspace, bundle).await?;
    let mut model = simulation_input(workspace, &bundle.id, None).await?.model;
    if let Some(key) = scenario {
        let known: Vec<String> = model.scenarios.iter().map(|s| s.name.clone()).collect();
        model.scenarios.retain(|s| s.id == key || s.name == key);
        if model.scenarios.is_empty() {
            return Err(Error::NotFound(format!(
                "the bundle {:?} has no scenario {key:?}; its scenarios are {known:?}",
                bundle.name
            )));
        }
    }
    Ok(model)
}
