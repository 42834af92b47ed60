//! One change to a flow and its pools, applied the same way to the engine's composed flow
//! (to simulate it) and to a scenario's records (to keep it): nodes and pools are named by
//! id, and a hand-off is removed by copying the previous task's silo field, which is a silo
//! name in the derived model and a silo id in the records.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use specta::Type;

use super::Objective;
use crate::EngineError;
use crate::model::{Flow, Node, ResourcePool, Task};

/// A task made faster takes this share of its time (25 % faster).
pub const FASTER: f64 = 0.75;

/// A change that might help: what the improvement finder tries against the scenario as it
/// is. Generated for every pool, task and wait of the scenario, or written by the user.
#[derive(Serialize, Deserialize, Type, JsonSchema, Clone, Debug, PartialEq)]
#[serde(tag = "kind", rename_all = "camelCase", deny_unknown_fields)]
pub enum Improvement {
    /// The pool (by id) with `capacity` units (the finder tries one more than it has).
    Capacity { pool: String, capacity: u32 },
    /// The task's working time 25 % shorter (its duration scaled by [`FASTER`]).
    FasterTask { task: String },
    /// The task's rework probability halved.
    HalveRework { task: String },
    /// The wait's duration halved.
    HalveWait { wait: String },
    /// The task moved into the silo of `previous`, the task before it: no hand-off between
    /// the two.
    RemoveHandoff { task: String, previous: String },
    /// The task's customer contacts (calls, messages, visits) removed.
    RemoveContacts { task: String },
}

impl Improvement {
    /// The pool it changes, if it changes one.
    pub fn pool(&self) -> Option<&str> {
        match self {
            Improvement::Capacity { pool, .. } => Some(pool),
            _ => None,
        }
    }

    /// Whether it can move `objective` at all. A task moved into another silo changes only
    /// the hand-offs the engine counts (it reads a silo for nothing else: no delay, pool,
    /// contact or price follows one, and no draw depends on it), which no objective is;
    /// the finder knows its effect is none without simulating it (13 of the sample's 95
    /// candidates). A new objective must say here whether a silo can move it.
    pub fn can_move(&self, objective: Objective) -> bool {
        match self {
            Improvement::RemoveHandoff { .. } => match objective {
                Objective::P90Cycle
                | Objective::Contacts
                | Objective::TechnicianVisits
                | Objective::Abandonment
                | Objective::Cost => false,
            },
            _ => true,
        }
    }

    /// The node it changes, if it changes one.
    pub fn node(&self) -> Option<&str> {
        match self {
            Improvement::Capacity { .. } => None,
            Improvement::FasterTask { task }
            | Improvement::HalveRework { task }
            | Improvement::RemoveHandoff { task, .. }
            | Improvement::RemoveContacts { task } => Some(task),
            Improvement::HalveWait { wait } => Some(wait),
        }
    }

    /// Applies the change to `pools` (a capacity) or to the node it names in `flows`; a
    /// pool or node that is not there (or not of the right kind) is an error naming it.
    pub fn apply(
        &self,
        flows: &mut [&mut Flow],
        pools: &mut [ResourcePool],
    ) -> Result<(), EngineError> {
        let missing = |what: &'static str, id: &str| EngineError::UnknownNode {
            what,
            id: id.to_owned(),
        };
        match self {
            Improvement::Capacity { pool, capacity } => {
                let p = pools
                    .iter_mut()
                    .find(|p| p.id == *pool)
                    .ok_or_else(|| missing("resource pool", pool))?;
                p.capacity = (*capacity).max(1);
            }
            Improvement::FasterTask { task } => {
                let t = task_mut(flows, task).ok_or_else(|| missing("task", task))?;
                t.duration = t.duration.scaled(FASTER);
            }
            Improvement::HalveRework { task } => {
                let t = task_mut(flows, task).ok_or_else(|| missing("task", task))?;
                if let Some(r) = &mut t.rework {
                    r.probability /= 2.0;
                }
            }
            Improvement::HalveWait { wait } => {
                let w = flows
                    .iter_mut()
                    .flat_map(|f| f.nodes.iter_mut())
                    .find_map(|n| match n {
                        Node::Wait(w) if w.id == *wait => Some(w),
                        _ => None,
                    })
                    .ok_or_else(|| missing("wait", wait))?;
                w.duration = w.duration.scaled(0.5);
            }
            Improvement::RemoveHandoff { task, previous } => {
                let silo = task_mut(flows, previous)
                    .ok_or_else(|| missing("task", previous))?
                    .silo
                    .clone();
                task_mut(flows, task)
                    .ok_or_else(|| missing("task", task))?
                    .silo = silo;
            }
            Improvement::RemoveContacts { task } => {
                let t = task_mut(flows, task).ok_or_else(|| missing("task", task))?;
                t.contacts = Default::default();
            }
        }
        Ok(())
    }
}

fn task_mut<'f>(flows: &'f mut [&mut Flow], id: &str) -> Option<&'f mut Task> {
    flows
        .iter_mut()
        .flat_map(|f| f.nodes.iter_mut())
        .find_map(|n| match n {
            Node::Task(t) if t.id == id => Some(t),
            _ => None,
        })
}
