//! The workspace as one JSON document: the CLI's export/import format.
//!
//! The format is versioned (`format` + `version`) and its JSON Schema is
//! generated from these types (`docs/workspace.schema.json`).

use std::collections::HashSet;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use specta::Type;

use crate::validate::{Problem, validate_entity};
use crate::{
    Activation, Bundle, Channel, Entity, Journey, Scenario, Segment, Service, Silo, Stage, Step,
};

pub const FORMAT_NAME: &str = "touchmap-workspace";
/// 2: segments carry the simulation's patience and channel multipliers, scenarios are
/// records, flow tasks refer to silos and channels by id. Version 1 is converted on import
/// ([`crate::legacy`]).
pub const FORMAT_VERSION: u32 = 2;

/// Everything a workspace holds, in dependency order.
#[derive(Serialize, Deserialize, Type, JsonSchema, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct WorkspaceDocument {
    /// Always `touchmap-workspace`.
    pub format: String,
    /// The format version; a reader refuses versions newer than its own.
    pub version: u32,
    pub stages: Vec<Stage>,
    pub channels: Vec<Channel>,
    pub segments: Vec<Segment>,
    pub journeys: Vec<Journey>,
    pub steps: Vec<Step>,
    pub silos: Vec<Silo>,
    pub bundles: Vec<Bundle>,
    pub services: Vec<Service>,
    /// The shared part of each bundle's activation (pools, order rate): one per bundle.
    pub activations: Vec<Activation>,
    /// The bundles' activation designs.
    pub scenarios: Vec<Scenario>,
}

/// The JSON Schema of the format, as written to `docs/workspace.schema.json`.
pub fn workspace_schema() -> serde_json::Value {
    serde_json::to_value(schemars::schema_for!(WorkspaceDocument)).unwrap_or_default()
}

impl WorkspaceDocument {
    /// Parses and checks a document; every problem names the offending field's path.
    /// A version-1 document is converted to this version first.
    pub fn from_json(text: &str) -> Result<WorkspaceDocument, Vec<Problem>> {
        let document = if crate::legacy::is_version_1(text) {
            crate::legacy::upgrade(parse::<crate::legacy::DocumentV1>(text)?)
        } else {
            parse::<WorkspaceDocument>(text)?
        };
        let problems = document.validate();
        if problems.is_empty() {
            Ok(document)
        } else {
            Err(problems)
        }
    }

    /// An empty document of this format and version.
    pub fn empty() -> WorkspaceDocument {
        WorkspaceDocument {
            format: FORMAT_NAME.into(),
            version: FORMAT_VERSION,
            stages: vec![],
            channels: vec![],
            segments: vec![],
            journeys: vec![],
            steps: vec![],
            silos: vec![],
            bundles: vec![],
            services: vec![],
            activations: vec![],
            scenarios: vec![],
        }
    }

    /// All entities, parents before children, so they can be inserted in this order.
    pub fn entities(&self) -> Vec<(String, Entity)> {
        fn tag<T: Clone>(
            list: &[T],
            name: &str,
            wrap: fn(T) -> Entity,
        ) -> impl Iterator<Item = (String, Entity)> {
            list.iter()
                .enumerate()
                .map(move |(i, e)| (format!("{name}[{i}]"), wrap(e.clone())))
        }
        tag(&self.stages, "stages", Entity::Stage)
            .chain(tag(&self.channels, "channels", Entity::Channel))
            .chain(tag(&self.segments, "segments", Entity::Segment))
            .chain(tag(&self.journeys, "journeys", Entity::Journey))
            .chain(tag(&self.steps, "steps", Entity::Step))
            .chain(tag(&self.silos, "silos", Entity::Silo))
            .chain(tag(&self.bundles, "bundles", Entity::Bundle))
            .chain(tag(&self.services, "services", Entity::Service))
            .chain(tag(&self.activations, "activations", Entity::Activation))
            .chain(tag(&self.scenarios, "scenarios", Entity::Scenario))
            .collect()
    }

    /// Field checks plus references: unique ids and no dangling ids.
    pub fn validate(&self) -> Vec<Problem> {
        let mut problems = Vec::new();
        if self.format != FORMAT_NAME {
            problems.push(Problem {
                path: "format".into(),
                message: format!("must be {FORMAT_NAME:?}, got {:?}", self.format),
            });
        }
        if self.version > FORMAT_VERSION {
            problems.push(Problem {
                path: "version".into(),
                message: format!(
                    "version {} is newer than this Touchmap reads ({FORMAT_VERSION}); update Touchmap",
                    self.version
                ),
            });
        }
        let mut seen = HashSet::new();
        for (path, entity) in self.entities() {
            problems.extend(validate_entity(&entity, &path));
            if !seen.insert(entity.id().to_owned()) {
                problems.push(Problem {
                    path: format!("{path}.id"),
                    message: format!("id {:?} is used twice", entity.id()),
                });
            }
        }
        let stages: HashSet<&str> = self.stages.iter().map(|e| e.id.as_str()).collect();
        let channels: HashSet<&str> = self.channels.iter().map(|e| e.id.as_str()).collect();
        let segments: HashSet<&str> = self.segments.iter().map(|e| e.id.as_str()).collect();
        let journeys: HashSet<&str> = self.journeys.iter().map(|e| e.id.as_str()).collect();
        let silos: HashSet<&str> = self.silos.iter().map(|e| e.id.as_str()).collect();
        let bundles: HashSet<&str> = self.bundles.iter().map(|e| e.id.as_str()).collect();
        let mut refers = |path: String, id: &str, known: &HashSet<&str>, what: &str| {
            if !known.contains(id) {
                problems.push(Problem {
                    path,
                    message: format!("no {what} has id {id:?}"),
                });
            }
        };
        for (i, segment) in self.segments.iter().enumerate() {
            for (j, channel) in segment.channel_preferences.iter().enumerate() {
                refers(
                    format!("segments[{i}].channelPreferences[{j}]"),
                    channel,
                    &channels,
                    "channel",
                );
            }
            for channel in segment.channel_multipliers.keys() {
                refers(
                    format!("segments[{i}].channelMultipliers.{channel}"),
                    channel,
                    &channels,
                    "channel",
                );
            }
        }
        for (i, journey) in self.journeys.iter().enumerate() {
            refers(
                format!("journeys[{i}].segmentId"),
                &journey.segment_id,
                &segments,
                "segment",
            );
        }
        for (i, step) in self.steps.iter().enumerate() {
            refers(
                format!("steps[{i}].journeyId"),
                &step.journey_id,
                &journeys,
                "journey",
            );
            refers(
                format!("steps[{i}].stageId"),
                &step.stage_id,
                &stages,
                "stage",
            );
            if let Some(channel) = &step.channel_id {
                refers(
                    format!("steps[{i}].channelId"),
                    channel,
                    &channels,
                    "channel",
                );
            }
        }
        for (i, service) in self.services.iter().enumerate() {
            refers(
                format!("services[{i}].bundleId"),
                &service.bundle_id,
                &bundles,
                "bundle",
            );
            refers(
                format!("services[{i}].siloId"),
                &service.silo_id,
                &silos,
                "silo",
            );
        }
        for (i, activation) in self.activations.iter().enumerate() {
            refers(
                format!("activations[{i}].bundleId"),
                &activation.bundle_id,
                &bundles,
                "bundle",
            );
        }
        let services: HashSet<(&str, &str)> = self
            .services
            .iter()
            .map(|s| (s.bundle_id.as_str(), s.id.as_str()))
            .collect();
        let mut unknown_services = Vec::new();
        for (i, scenario) in self.scenarios.iter().enumerate() {
            refers(
                format!("scenarios[{i}].bundleId"),
                &scenario.bundle_id,
                &bundles,
                "bundle",
            );
            for (j, design) in scenario.services.iter().enumerate() {
                if !services.contains(&(scenario.bundle_id.as_str(), design.service_id.as_str())) {
                    unknown_services.push(Problem {
                        path: format!("scenarios[{i}].services[{j}].serviceId"),
                        message: format!(
                            "no service of the scenario's bundle has id {:?}",
                            design.service_id
                        ),
                    });
                }
            }
            for (node, silo, channel) in crate::validate::task_links(scenario) {
                let path = format!("scenarios[{i}] node {node:?}");
                if !silo.is_empty() {
                    refers(format!("{path}.silo"), silo, &silos, "silo");
                }
                if !channel.is_empty() {
                    refers(format!("{path}.channel"), channel, &channels, "channel");
                }
            }
        }
        problems.extend(unknown_services);
        let mut with_activation = HashSet::new();
        for (i, activation) in self.activations.iter().enumerate() {
            if !with_activation.insert(activation.bundle_id.as_str()) {
                problems.push(Problem {
                    path: format!("activations[{i}].bundleId"),
                    message: "the bundle already has an activation model".into(),
                });
            }
        }
        problems
    }
}

/// Deserializes `text`, naming the path of the first field that does not fit.
fn parse<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, Vec<Problem>> {
    touchmap_engine::model::json::parse(text).map_err(|problem| {
        vec![Problem {
            path: problem.path,
            message: problem.message,
        }]
    })
}
