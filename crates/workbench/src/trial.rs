//! What-if on a trial copy: a pool's capacity is tried on the derived model of one run,
//! never on the records, so trying is not editing (nothing to undo, the scenario stays as
//! it is). A trial the user likes is kept as a new scenario in one undoable edit.
//!
//! Pools belong to the bundle's activation and every scenario shares them, so a scenario
//! cannot hold a capacity of its own. Keeping a trial therefore adds a copy of the pool
//! with the tried capacity, and a copy of the scenario whose tasks use that copy: the new
//! scenario runs exactly as the trial did, and the other scenarios are untouched.

use serde::{Deserialize, Serialize};
use specta::Type;
use touchmap_engine::model::Node;
use touchmap_model::Entity;
use touchmap_store::{Applied, Change, Workspace};

use crate::{Error, Result, SimulationInput};

/// A capacity tried for one resource pool, on the run's derived model only.
#[derive(Serialize, Deserialize, Type, Clone, Debug, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct Trial {
    /// The pool's id.
    pub pool: String,
    pub capacity: u32,
}

/// The history label of keeping a trial as a scenario.
pub const KEEP_TRIAL_LABEL: &str = "Keep what-if as scenario";

impl SimulationInput {
    /// The same input with `trial` applied to its derived model.
    pub fn with_trial(mut self, trial: &Trial) -> Result<SimulationInput> {
        let pool = self
            .model
            .resources
            .iter_mut()
            .find(|p| p.id == trial.pool)
            .ok_or_else(|| Error::NotFound(format!("there is no resource pool {}", trial.pool)))?;
        pool.capacity = trial.capacity.max(1);
        Ok(self)
    }
}

/// What keeping a trial creates: the new scenario's id and name, and the pool copy's name.
#[derive(Serialize, Deserialize, Type, Clone, Debug, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct KeptScenario {
    pub id: String,
    pub name: String,
    pub pool_name: String,
}

/// Keeps `trial` on `scenario_id` of `bundle_id` as a new scenario `kept`, in one undoable
/// edit: a copy of the pool with the tried capacity, and a copy of the scenario (after the
/// bundle's last) whose tasks use it.
pub async fn keep_trial(
    workspace: &Workspace,
    bundle_id: &str,
    scenario_id: &str,
    trial: &Trial,
    kept: &KeptScenario,
) -> Result<Applied> {
    let records = workspace.bundle_records(bundle_id).await?;
    let mut activation = records
        .activation
        .clone()
        .ok_or_else(|| Error::NotFound(format!("bundle {bundle_id} has no activation model")))?;
    let source = records
        .scenario(scenario_id)
        .ok_or_else(|| Error::NotFound(format!("there is no scenario {scenario_id}")))?;
    let pool = activation
        .resources
        .iter()
        .find(|p| p.id == trial.pool)
        .ok_or_else(|| Error::NotFound(format!("there is no resource pool {}", trial.pool)))?;
    let mut copy = pool.clone();
    copy.id = format!("{}-{}", pool.id, kept.id);
    copy.name = kept.pool_name.clone();
    copy.capacity = trial.capacity.max(1);

    let mut scenario = source.clone();
    scenario.id = kept.id.clone();
    scenario.name = kept.name.clone();
    scenario.position = records
        .scenarios
        .iter()
        .map(|s| s.position + 1)
        .max()
        .unwrap_or(0);
    for flow in scenario.flows_mut() {
        for node in &mut flow.nodes {
            if let Node::Task(task) = node
                && task.resource.as_deref() == Some(trial.pool.as_str())
            {
                task.resource = Some(copy.id.clone());
            }
        }
    }
    activation.resources.push(copy);
    Ok(workspace
        .apply(
            KEEP_TRIAL_LABEL,
            &[
                Change::Put {
                    entity: Entity::Activation(activation),
                },
                Change::Put {
                    entity: Entity::Scenario(scenario),
                },
            ],
        )
        .await?)
}
