//! What the flow editor asks of the engine: the composed activation flow of a scenario with
//! its validation problems, the shape of a duration distribution, and the friction ranking
//! again under the user's weights. Pure reads; edits go through `apply_edit`.

use serde::Serialize;
use specta::Type;
use tauri::State;
use touchmap_engine::friction::{self, FrictionItem, FrictionWeights};
use touchmap_engine::model::{Dist, Flow};
use touchmap_engine::shape::{self, DistShape};
use touchmap_engine::stats::StepStats;
use touchmap_engine::validate::{self, Problem as FlowProblem};

use crate::error::{AppError, AppResult};
use crate::simulation::{Input, read_input};
use crate::state::AppState;

/// A scenario's activation flow as the engine composes it, with what is wrong with it.
#[derive(Serialize, Type, Debug)]
#[serde(rename_all = "camelCase")]
pub struct FlowView {
    pub flow: Flow,
    /// Empty when the scenario can be simulated.
    pub problems: Vec<FlowProblem>,
}

/// Bins in a distribution plot.
const SHAPE_BINS: usize = 24;

fn flow_view_of(input: &Input, scenario: Option<&str>) -> AppResult<FlowView> {
    let flow = input
        .model
        .resolve(scenario)
        .map_err(|error| AppError::Engine {
            message: error.to_string(),
        })?;
    let problems = validate::validate_scenario(&input.model, scenario)
        .err()
        .map(|error| error.problems)
        .unwrap_or_default();
    Ok(FlowView { flow, problems })
}

/// The composed activation flow of `scenario` (`None` = the base design) of a bundle.
#[tauri::command]
#[specta::specta]
pub async fn flow_view(
    state: State<'_, AppState>,
    bundle_id: String,
    scenario: Option<String>,
) -> AppResult<FlowView> {
    let input = read_input(&state, &bundle_id, None).await?;
    flow_view_of(&input, scenario.as_deref())
}

/// The shape of a duration distribution (drawn by the engine's sampler).
#[tauri::command]
#[specta::specta]
pub async fn distribution_shape(dist: Dist) -> AppResult<DistShape> {
    Ok(shape::shape(&dist, SHAPE_BINS))
}

/// Ranks `steps` (of one result group) again with `weights`, with the journey emotions of
/// the bundle's tasks as in the run.
#[tauri::command]
#[specta::specta]
pub async fn rank_friction(
    state: State<'_, AppState>,
    bundle_id: String,
    segment_id: Option<String>,
    steps: Vec<StepStats>,
    weights: FrictionWeights,
) -> AppResult<Vec<FrictionItem>> {
    let input = read_input(&state, &bundle_id, segment_id.as_deref()).await?;
    Ok(friction::rank(&steps, &weights, &input.emotions))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;
    use crate::simulation::input;
    use touchmap_engine::model::Node;

    fn sample_input() -> Input {
        let document = touchmap_store::sample::document();
        let bundle = &document.activations.first().unwrap().bundle_id;
        input(&document, bundle, None).unwrap()
    }

    #[test]
    fn the_sample_scenarios_compose_without_problems() {
        let input = sample_input();
        for scenario in ["as-is", "to-be"] {
            let view = flow_view_of(&input, Some(scenario)).unwrap();
            assert!(view.problems.is_empty(), "{scenario}: {:?}", view.problems);
            assert!(view.flow.nodes.len() > 10);
        }
        assert!(matches!(
            flow_view_of(&input, Some("nope")),
            Err(AppError::Engine { .. })
        ));
    }

    #[test]
    fn a_dangling_rework_target_is_reported_on_its_task() {
        let mut input = sample_input();
        let scenario = &mut input.model.scenarios[0];
        let task = scenario
            .design
            .order
            .nodes
            .iter_mut()
            .find_map(|n| match n {
                Node::Task(t) => Some(t),
                _ => None,
            })
            .unwrap();
        task.rework = Some(touchmap_engine::model::Rework {
            probability: 1.3,
            target: "nowhere".into(),
        });
        let id = task.id.clone();
        let name = scenario.id.clone();
        let view = flow_view_of(&input, Some(&name)).unwrap();
        assert!(
            view.problems
                .iter()
                .any(|p| p.node_id.as_deref() == Some(id.as_str())),
            "{:?}",
            view.problems
        );
    }
}
