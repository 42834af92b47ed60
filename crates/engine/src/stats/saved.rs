//! Reading a result saved by an earlier release: what changed shape since is brought up
//! to date here, so that nothing the user saved stops opening.

use serde_json::Value;

use super::{RunResult, StepStats};
use crate::friction::{FrictionComponent, FrictionComponents};
use crate::reason::ReasonPart;

impl RunResult {
    /// A result as saved (JSON), in today's shape. Results saved before reasons carried
    /// their figures list the cited components by name (`"reasonParts": ["contacts"]`);
    /// their parts are rebuilt from the figures the result keeps (the item's raw
    /// components and its step's statistics), as the ranking would have built them.
    pub fn from_saved_json(json: &str) -> serde_json::Result<RunResult> {
        let mut value: Value = serde_json::from_str(json)?;
        if let Some(groups) = value.as_object_mut() {
            if let Some(overall) = groups.get_mut("overall") {
                upgrade_reasons(overall)?;
            }
            if let Some(Value::Array(segments)) = groups.get_mut("segments") {
                for group in segments {
                    upgrade_reasons(group)?;
                }
            }
        }
        serde_json::from_value(value)
    }
}

/// Rebuilds the reason parts of a group's friction items that name components only.
fn upgrade_reasons(group: &mut Value) -> serde_json::Result<()> {
    let steps: Vec<StepStats> = match group.get("steps") {
        Some(steps) => serde_json::from_value(steps.clone())?,
        None => return Ok(()),
    };
    let Some(Value::Array(items)) = group.get_mut("friction") else {
        return Ok(());
    };
    for item in items {
        let named: Option<Vec<FrictionComponent>> = match item.get("reasonParts") {
            Some(Value::Array(parts)) if parts.iter().any(Value::is_string) => Some(
                parts
                    .iter()
                    .filter_map(|p| serde_json::from_value(p.clone()).ok())
                    .collect(),
            ),
            _ => None,
        };
        let Some(named) = named else { continue };
        let node = item
            .get("nodeId")
            .and_then(Value::as_str)
            .unwrap_or_default();
        let step = steps.iter().find(|s| s.node_id == node);
        let components: FrictionComponents = match item.get("components") {
            Some(c) => serde_json::from_value(c.clone())?,
            None => FrictionComponents::default(),
        };
        let parts: Vec<ReasonPart> = match step {
            Some(step) => named
                .into_iter()
                .filter_map(|c| ReasonPart::of(c, step, &components))
                .collect(),
            None => Vec::new(),
        };
        item["reasonParts"] = serde_json::to_value(parts)?;
    }
    Ok(())
}
