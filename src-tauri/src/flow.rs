//! What the flow editor asks of the engine: the composed activation flow of a scenario with
//! its validation problems, the shape of a duration distribution, and the friction ranking
//! again under the user's weights. Pure reads; edits go through `apply_edit`.

use tauri::State;
use touchmap_engine::friction::{self, FrictionItem, FrictionWeights};
use touchmap_engine::model::Dist;
use touchmap_engine::shape::{self, DistShape};
use touchmap_engine::stats::StepStats;
use touchmap_export::{Labels, Language};
use touchmap_workbench::FlowView;

use crate::error::AppResult;
use crate::guard::guarded;
use crate::simulation::read_input;
use crate::state::AppState;

/// Bins in a distribution plot.
const SHAPE_BINS: usize = 24;

/// The composed activation flow of `scenario` (`None` = the first) of a bundle, with its
/// problems.
#[tauri::command]
#[specta::specta]
pub async fn flow_view(
    state: State<'_, AppState>,
    bundle_id: String,
    scenario: Option<String>,
) -> AppResult<FlowView> {
    guarded(async {
        let input = read_input(&state, &bundle_id, None).await?;
        Ok(touchmap_workbench::flow_view(&input, scenario.as_deref())?)
    })
    .await
}

/// The shape of a duration distribution (drawn by the engine's sampler).
#[tauri::command]
#[specta::specta]
pub async fn distribution_shape(dist: Dist) -> AppResult<DistShape> {
    guarded(async { Ok(shape::shape(&dist, SHAPE_BINS)) }).await
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
    language: Language,
) -> AppResult<Vec<FrictionItem>> {
    guarded(async {
        let input = read_input(&state, &bundle_id, segment_id.as_deref()).await?;
        let mut items = friction::rank(&steps, &weights, &input.emotions);
        Labels::of(language).word_friction(&mut items);
        Ok(items)
    })
    .await
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use touchmap_workbench::{SimulationInput, flow_view};

    use crate::error::AppError;

    fn sample_input() -> SimulationInput {
        let document = touchmap_store::sample::document();
        SimulationInput::from_document(&document, &document.bundles[0].id, None).unwrap()
    }

    #[test]
    fn the_sample_scenarios_compose_without_problems() {
        let input = sample_input();
        for scenario in ["as-is", "to-be"] {
            let view = flow_view(&input, Some(scenario)).unwrap();
            assert!(view.problems.is_empty(), "{scenario}: {:?}", view.problems);
            assert!(view.flow.nodes.len() > 10);
        }
        assert!(matches!(
            flow_view(&input, Some("nope")).map_err(AppError::from),
            Err(AppError::NotFound { .. })
        ));
    }
}
