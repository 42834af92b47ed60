//! A bundle's activation model: how the bundle gets activated, as the engine simulates it.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use specta::Type;
use touchmap_engine::model::FlowModel;

use crate::Id;

/// The activation model of one bundle: the simulation parameters of its segments
/// (order rates, patience distributions, channel multipliers, matched to the
/// workspace's segments by id), its resource pools, and its scenarios (`as-is`, `to-be`…),
/// each a complete activation design composed from the services' provisioning sub-flows.
#[derive(Serialize, Deserialize, Type, JsonSchema, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Activation {
    pub id: Id,
    pub bundle_id: Id,
    pub model: FlowModel,
}

/// The journey-map emotion of each activation-flow task (−3..+3), averaged over the
/// steps linked to it (`flowTask`), in the journeys of `segment` (or of every segment).
/// The friction score uses it: a task customers feel bad about ranks higher.
pub fn task_emotions(
    document: &crate::WorkspaceDocument,
    segment: Option<&str>,
) -> std::collections::BTreeMap<String, f64> {
    let journeys: std::collections::HashSet<&str> = document
        .journeys
        .iter()
        .filter(|j| segment.is_none_or(|s| j.segment_id == s))
        .map(|j| j.id.as_str())
        .collect();
    let mut sums: std::collections::BTreeMap<String, (f64, f64)> = Default::default();
    for step in &document.steps {
        if let Some(task) = &step.flow_task
            && journeys.contains(step.journey_id.as_str())
        {
            let entry = sums.entry(task.clone()).or_default();
            entry.0 += f64::from(step.emotion);
            entry.1 += 1.0;
        }
    }
    sums.into_iter()
        .map(|(task, (sum, n))| (task, sum / n))
        .collect()
}
