//! The flow editor's view of a scenario: the flow as the engine composes it, and what is
//! wrong with it.

use serde::Serialize;
use specta::Type;
use touchmap_engine::model::Flow;
use touchmap_engine::validate::{self, Problem as FlowProblem};

use crate::{Result, SimulationInput};

/// A scenario's activation flow as the engine composes it, with what is wrong with it.
#[derive(Serialize, Type, Debug)]
#[serde(rename_all = "camelCase")]
pub struct FlowView {
    pub flow: Flow,
    /// Empty when the scenario can be simulated.
    pub problems: Vec<FlowProblem>,
}

/// The composed flow of `scenario` (`None`: the first) with its problems.
pub fn flow_view(input: &SimulationInput, scenario: Option<&str>) -> Result<FlowView> {
    let flow = input.model.resolve(scenario)?;
    let problems = validate::validate_scenario(&input.model, scenario)
        .err()
        .map(|error| error.problems)
        .unwrap_or_default();
    Ok(FlowView { flow, problems })
}
