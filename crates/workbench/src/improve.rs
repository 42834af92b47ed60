//! The improvement finder on a bundle: every candidate change of a scenario simulated
//! against it with common random numbers and ranked (`touchmap_engine::improve`), and a
//! change the user picks kept as a new scenario in one undoable edit.

use std::sync::atomic::AtomicBool;

use serde::{Deserialize, Serialize};
use specta::Type;
use touchmap_engine::improve::{FinderConfig, Findings, Improvement, Objective, Screening, find};
use touchmap_store::{Applied, Workspace};

use crate::trial::keep_change;
use crate::{Error, KeptScenario, Result, SimulationInput};

/// The history label of keeping a found change as a scenario.
pub const KEEP_IMPROVEMENT_LABEL: &str = "Keep improvement as scenario";

/// How the app and the CLI search by default: every candidate at 2,000 cases first, then
/// the best 20 again at the full cases, ranked there. With common random numbers 2,000
/// cases already order the candidates well (on the sample's as-is the top five are those
/// of a full run). It costs 0.4 of a full run of every candidate: the sample's 95
/// candidates at 10,000 cases took 22 s screened against 37 s in full, on two cores
/// shared with other work (load 8).
pub const SCREENING: Screening = Screening {
    cases: 2_000,
    keep: 20,
};

/// What to search.
#[derive(Serialize, Deserialize, Type, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct ImproveRequest {
    /// The scenario (id or name); `None`: the first.
    pub scenario: Option<String>,
    /// The segment whose objective ranks the changes (id or name); `None`: the mix.
    pub segment: Option<String>,
    pub objective: Objective,
    pub cases: u32,
    pub seed: u32,
    /// How many findings, best first.
    pub top: u32,
    /// A first pass at fewer cases ([`SCREENING`]), or `None` to run every candidate at the
    /// full cases.
    pub screening: Option<Screening>,
}

/// Finds the changes that help most; `progress` gets (cases done, cases in all) over every
/// run, `cancel` stops it. A scenario or segment that is not there, or the cost of a model
/// without prices, is refused before anything runs.
pub fn find_improvements(
    input: &SimulationInput,
    request: &ImproveRequest,
    progress: &(dyn Fn(u64, u64) + Sync),
    cancel: &AtomicBool,
) -> Result<Findings> {
    input.check_names(request.scenario.as_deref(), request.segment.as_deref())?;
    if request.objective == Objective::Cost && !input.model.has_prices() {
        // Every run would leave the cost out: nothing could be ranked.
        return Err(Error::NotFound(format!(
            "{:?} has no prices, so no cost per case to improve: give a resource pool a cost \
             per hour or a channel a cost per contact",
            input.model.name
        )));
    }
    let mut config = FinderConfig::new(&input.model, request.objective);
    config.scenario = request.scenario.as_deref();
    config.segment = request.segment.as_deref();
    config.cases = request.cases;
    config.seed = request.seed;
    config.top = request.top;
    config.screening = request.screening;
    Ok(find(&config, progress, cancel)?)
}

/// Keeps `change` on `scenario_id` as the new scenario `kept`, in one undoable edit.
pub async fn keep_improvement(
    workspace: &Workspace,
    bundle_id: &str,
    scenario_id: &str,
    change: &Improvement,
    kept: &KeptScenario,
) -> Result<Applied> {
    keep_change(
        workspace,
        KEEP_IMPROVEMENT_LABEL,
        bundle_id,
        scenario_id,
        change,
        kept,
    )
    .await
}
