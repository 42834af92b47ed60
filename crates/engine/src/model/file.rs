//! The standalone flow-model file (`touchmap simulate --model MODEL.json`).

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use specta::Type;

use super::{Arrivals, BundleDesign, Flow, ResourcePool, Scenario, Segment};
use crate::EngineError;

/// The value of [`FlowModel::format`].
pub const FLOW_MODEL_FORMAT: &str = "touchmap-flow";
/// The current [`FlowModel::version`].
pub const FLOW_MODEL_VERSION: u32 = 1;

/// Everything needed to simulate: segments, resource pools, arrivals and either a bundle
/// `design` (composed into a flow) or a ready `flow`, plus optional named `scenarios`
/// (each with its own complete design).
///
/// ```json
/// { "format": "touchmap-flow", "version": 1, "name": "…",
///   "segments": [...], "resources": [...], "arrivals": { "ordersPerDay": {...} },
///   "design": {...} | "flow": {...}, "scenarios": [...] }
/// ```
///
/// Without `arrivals`, cases are simulated one at a time (independent cases: pools are
/// never shared between cases, only their calendars matter). With `arrivals`, each
/// replication is a stream of orders competing for the pools.
#[derive(Serialize, Deserialize, Type, JsonSchema, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct FlowModel {
    /// Always `touchmap-flow`.
    pub format: String,
    /// Format version, currently 1.
    pub version: u32,
    pub name: String,
    pub segments: Vec<Segment>,
    #[serde(default)]
    pub resources: Vec<ResourcePool>,
    #[serde(default)]
    pub arrivals: Option<Arrivals>,
    /// What one customer contact costs, by channel name (a task's contacts are charged at
    /// its channel's cost); channels absent cost nothing.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub contact_costs: BTreeMap<String, f64>,
    /// The base bundle design (used when no scenario is chosen).
    #[serde(default)]
    pub design: Option<BundleDesign>,
    /// A ready flow (alternative to `design`).
    #[serde(default)]
    pub flow: Option<Flow>,
    #[serde(default)]
    pub scenarios: Vec<Scenario>,
}

impl FlowModel {
    /// Gives the segment `from` the id `to` everywhere the model refers to it (its own
    /// entry, arrivals, per-segment gateway probabilities), e.g. to tie a model to the
    /// segments of a workspace.
    pub fn rename_segment(&mut self, from: &str, to: &str) {
        fn rekey(map: &mut std::collections::BTreeMap<String, f64>, from: &str, to: &str) {
            if let Some(value) = map.remove(from) {
                map.insert(to.to_owned(), value);
            }
        }
        for segment in self.segments.iter_mut().filter(|s| s.id == from) {
            segment.id = to.to_owned();
        }
        if let Some(arrivals) = &mut self.arrivals {
            rekey(&mut arrivals.orders_per_day, from, to);
        }
        let designs = self
            .design
            .iter_mut()
            .chain(self.scenarios.iter_mut().map(|s| &mut s.design));
        let mut flows: Vec<&mut Flow> = self.flow.iter_mut().collect();
        for design in designs {
            flows.push(&mut design.order);
            flows.push(&mut design.billing);
            flows.extend(design.services.iter_mut().map(|s| &mut s.provisioning));
        }
        for flow in flows {
            for edge in &mut flow.edges {
                rekey(&mut edge.segment_probabilities, from, to);
            }
        }
    }

    /// A model around a ready flow.
    pub fn from_flow(
        name: &str,
        flow: Flow,
        segments: Vec<Segment>,
        resources: Vec<ResourcePool>,
    ) -> Self {
        FlowModel {
            format: FLOW_MODEL_FORMAT.into(),
            version: FLOW_MODEL_VERSION,
            name: name.into(),
            segments,
            resources,
            arrivals: None,
            contact_costs: BTreeMap::new(),
            design: None,
            flow: Some(flow),
            scenarios: Vec::new(),
        }
    }

    /// Parses and checks the header of a model file.
    pub fn from_json(text: &str) -> Result<Self, EngineError> {
        let model: FlowModel =
            super::json::parse(text).map_err(|e| EngineError::Format(e.to_string()))?;
        if model.format != FLOW_MODEL_FORMAT {
            return Err(EngineError::Format(format!(
                "format is {:?}, expected {FLOW_MODEL_FORMAT:?}",
                model.format
            )));
        }
        if model.version != FLOW_MODEL_VERSION {
            return Err(EngineError::Format(format!(
                "version {} is not supported (this engine reads version {FLOW_MODEL_VERSION})",
                model.version
            )));
        }
        Ok(model)
    }

    /// Whether anything in it has a price (a pool's cost per hour, a channel's cost per
    /// contact): only then do its runs measure the cost per case.
    pub fn has_prices(&self) -> bool {
        self.resources.iter().any(|r| r.cost_per_hour.is_some()) || !self.contact_costs.is_empty()
    }

    /// The scenario with this id or name.
    pub fn scenario(&self, key: &str) -> Option<&Scenario> {
        self.scenarios.iter().find(|s| s.id == key || s.name == key)
    }

    /// The scenario that runs when none is chosen: the first, when the model has neither a
    /// base design nor a ready flow.
    fn default_scenario(&self) -> Option<&Scenario> {
        match (&self.design, &self.flow) {
            (None, None) => self.scenarios.first(),
            _ => None,
        }
    }

    /// The scenario [`Self::resolve`] runs for `scenario`: the one asked for, else the
    /// default one (by name, as the command line names scenarios), else none (the base
    /// design or the flow runs).
    pub fn ran_scenario<'a>(&'a self, scenario: Option<&'a str>) -> Option<&'a str> {
        scenario.or_else(|| self.default_scenario().map(|s| s.name.as_str()))
    }

    /// The flow to simulate: the chosen scenario's composed design, else the base design,
    /// else the ready flow, else the default scenario's design.
    pub fn resolve(&self, scenario: Option<&str>) -> Result<Flow, EngineError> {
        if let Some(key) = scenario {
            return self
                .scenario(key)
                .map(|s| s.design.compose())
                .ok_or_else(|| EngineError::UnknownScenario(key.into()));
        }
        match (&self.design, &self.flow, self.default_scenario()) {
            (Some(d), _, _) => Ok(d.compose()),
            (None, Some(f), _) => Ok(f.clone()),
            (None, None, Some(s)) => Ok(s.design.compose()),
            (None, None, None) => Err(EngineError::Format(
                "the model has neither a design, a flow nor a scenario".into(),
            )),
        }
    }
}

/// The JSON Schema of [`FlowModel`] (for `docs/flow-model.schema.json`).
pub fn flow_model_schema() -> serde_json::Value {
    serde_json::to_value(schemars::schema_for!(FlowModel)).unwrap_or(serde_json::Value::Null)
}
