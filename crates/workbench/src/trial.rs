//! What-if on a trial copy: a pool's capacity is tried on the derived model of one run,
//! never on the records, so trying is not editing (nothing to undo, the scenario stays as
//! it is). A trial the user likes, or a change the improvement finder found, is kept as a
//! new scenario in one undoable edit.
//!
//! Pools belong to the bundle's activation and every scenario shares them, so a scenario
//! cannot hold a capacity of its own. Keeping a trial therefore adds a copy of the pool
//! with the tried capacity, and a copy of the scenario whose tasks use that copy: the new
//! scenario runs exactly as the trial did, and the other scenarios are untouched.

use serde::{Deserialize, Serialize};
use specta::Type;
use touchmap_engine::improve::Improvement;
use touchmap_engine::model::{Flow, Node};
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

impl Trial {
    /// The trial as a change: the pool at the tried capacity.
    pub fn improvement(&self) -> Improvement {
        Improvement::Capacity {
            pool: self.pool.clone(),
            capacity: self.capacity,
        }
    }
}

impl SimulationInput {
    /// The same input with `trial` applied to its derived model.
    pub fn with_trial(mut self, trial: &Trial) -> Result<SimulationInput> {
        trial
            .improvement()
            .apply(&mut [], &mut self.model.resources)?;
        Ok(self)
    }
}

/// What keeping a trial or a change creates: the new scenario's id and name, and the name
/// of the pool copy (used when the change is to a pool).
#[derive(Serialize, Deserialize, Type, Clone, Debug, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct KeptScenario {
    pub id: String,
    pub name: String,
    pub pool_name: String,
}

/// Keeps `trial` on `scenario_id` of `bundle_id` as a new scenario `kept`, in one undoable
/// edit (see [`keep_change`]).
pub async fn keep_trial(
    workspace: &Workspace,
    bundle_id: &str,
    scenario_id: &str,
    trial: &Trial,
    kept: &KeptScenario,
) -> Result<Applied> {
    let change = trial.improvement();
    keep_change(
        workspace,
        KEEP_TRIAL_LABEL,
        bundle_id,
        scenario_id,
        &change,
        kept,
    )
    .await
}

/// Keeps `change` on `scenario_id` of `bundle_id` as a new scenario `kept` (after the
/// bundle's last), in one undoable edit labelled `label`. A change to a pool adds a copy of
/// the pool with the change and makes the new scenario's tasks use it; any other change is
/// made to the new scenario's own tasks and waits.
pub(crate) async fn keep_change(
    workspace: &Workspace,
    label: &str,
    bundle_id: &str,
    scenario_id: &str,
    change: &Improvement,
    kept: &KeptScenario,
) -> Result<Applied> {
    let records = workspace.bundle_records(bundle_id).await?;
    let source = records
        .scenario(scenario_id)
        .ok_or_else(|| Error::NotFound(format!("there is no scenario {scenario_id}")))?;
    let mut scenario = source.clone();
    scenario.id = kept.id.clone();
    scenario.name = kept.name.clone();
    scenario.position = records
        .scenarios
        .iter()
        .map(|s| s.position + 1)
        .max()
        .unwrap_or(0);
    let mut changes = Vec::new();
    match change.pool() {
        Some(pool_id) => {
            let mut activation = records.activation.clone().ok_or_else(|| {
                Error::NotFound(format!("bundle {bundle_id} has no activation model"))
            })?;
            let pool = activation
                .resources
                .iter()
                .find(|p| p.id == pool_id)
                .ok_or_else(|| Error::NotFound(format!("there is no resource pool {pool_id}")))?;
            let mut copy = [pool.clone()];
            change.apply(&mut [], &mut copy)?;
            let [mut copy] = copy;
            copy.id = format!("{}-{}", pool.id, kept.id);
            copy.name = kept.pool_name.clone();
            for flow in scenario.flows_mut() {
                for node in &mut flow.nodes {
                    if let Node::Task(task) = node
                        && task.resource.as_deref() == Some(pool_id)
                    {
                        task.resource = Some(copy.id.clone());
                    }
                }
            }
            activation.resources.push(copy);
            changes.push(Change::Put {
                entity: Entity::Activation(activation),
            });
        }
        None => {
            let mut flows: Vec<&mut Flow> = scenario.flows_mut().collect();
            change.apply(&mut flows, &mut [])?;
        }
    }
    changes.push(Change::Put {
        entity: Entity::Scenario(scenario),
    });
    Ok(workspace.apply(label, &changes).await?)
}
