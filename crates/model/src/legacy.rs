//! Workspace format version 1 and its conversion to the current format, for JSON imports
//! and for workspace files written before the one-model release.
//!
//! Version 1 kept two models of one world: the journey side's segments (share, a patience in
//! days and contacts) and, inside each bundle's activation model, the simulation's own
//! segments, services and silo/channel names. The conversion keeps what the simulation used,
//! so a converted workspace simulates as before:
//! - a segment takes its patience distributions and channel multipliers from the first
//!   activation model that simulated it; a segment no model simulated gets fixed patience
//!   from its old numbers; a simulated segment the workspace did not have becomes one;
//! - the share stays the workspace's (what the user saw and edited); the bundle's order
//!   rate is the sum of the old per-segment rates, split by share from now on;
//! - scenarios become records; a service sub-flow is matched to the bundle's service by id
//!   or name (a new service row otherwise); silo and channel names become ids (a new silo
//!   or channel where no record has the name); a workspace service the model did not
//!   provision gets a default sub-flow, excluded, so results do not change.

use std::collections::BTreeMap;

use serde::Deserialize;
use touchmap_engine::model::{BundleDesign, Dist, Flow, FlowModel, Node};

use crate::{
    Activation, Bundle, Channel, ChannelKind, FORMAT_VERSION, Id, Journey, Scenario, Segment,
    Service, ServiceDesign, Silo, Stage, Step, ValueTier, WorkspaceDocument,
};

/// A version-1 workspace document.
#[derive(Deserialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DocumentV1 {
    pub format: String,
    pub version: u32,
    pub stages: Vec<Stage>,
    pub channels: Vec<Channel>,
    pub segments: Vec<SegmentV1>,
    pub journeys: Vec<Journey>,
    pub steps: Vec<Step>,
    pub silos: Vec<Silo>,
    pub bundles: Vec<Bundle>,
    pub services: Vec<Service>,
    pub activations: Vec<ActivationV1>,
}

/// A version-1 segment: patience as two plain numbers, no channel multipliers.
#[derive(Deserialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SegmentV1 {
    pub id: Id,
    pub name: String,
    pub description: String,
    pub share: f64,
    pub value_tier: ValueTier,
    pub channel_preferences: Vec<Id>,
    pub patience_days: f64,
    pub patience_contacts: u32,
    pub colour: String,
}

/// A version-1 activation: a whole flow model per bundle.
#[derive(Deserialize, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ActivationV1 {
    pub id: Id,
    pub bundle_id: Id,
    pub model: FlowModel,
}

/// Whether `text` is a document of format version 1 (anything else is read as current).
pub fn is_version_1(text: &str) -> bool {
    #[derive(Deserialize)]
    struct Header {
        version: Option<u32>,
    }
    serde_json::from_str::<Header>(text).is_ok_and(|h| h.version == Some(1))
}

/// A stable id for a record the conversion creates: the same input gives the same id.
fn derived_id(what: &str) -> Id {
    const NAMESPACE: uuid::Uuid = uuid::Uuid::from_u128(0x2f0e_61c4_8d7a_4b39_a5e2_93c1_7b04_d6e8);
    uuid::Uuid::new_v5(&NAMESPACE, what.as_bytes()).to_string()
}

/// Converts a version-1 document to the current format (see the module notes).
pub fn upgrade(old: DocumentV1) -> WorkspaceDocument {
    let mut out = WorkspaceDocument {
        format: old.format,
        stages: old.stages,
        channels: old.channels,
        journeys: old.journeys,
        steps: old.steps,
        silos: old.silos,
        bundles: old.bundles,
        services: old.services,
        ..WorkspaceDocument::empty()
    };
    out.version = FORMAT_VERSION;
    let flow_segments: Vec<&touchmap_engine::model::Segment> = old
        .activations
        .iter()
        .flat_map(|a| a.model.segments.iter())
        .collect();
    let mut segments = Vec::new();
    for segment in old.segments {
        let simulated = flow_segments.iter().find(|s| s.id == segment.id);
        let (patience_days, patience_contacts, multipliers, priority) = match simulated {
            Some(s) => (
                s.patience_days.clone(),
                s.patience_contacts.clone(),
                s.channel_multipliers.clone(),
                s.priority,
            ),
            None => (
                Some(Dist::fixed(segment.patience_days)),
                Some(Dist::fixed(f64::from(segment.patience_contacts))),
                BTreeMap::new(),
                0,
            ),
        };
        segments.push(Segment {
            channel_multipliers: channel_ids(&mut out, &multipliers),
            id: segment.id,
            name: segment.name,
            description: segment.description,
            share: segment.share,
            value_tier: segment.value_tier,
            channel_preferences: segment.channel_preferences,
            patience_days,
            patience_contacts,
            colour: segment.colour,
            priority,
        });
    }
    for simulated in flow_segments {
        if segments.iter().any(|s| s.id == simulated.id) {
            continue;
        }
        segments.push(Segment {
            channel_multipliers: channel_ids(&mut out, &simulated.channel_multipliers),
            id: simulated.id.clone(),
            name: simulated.name.clone(),
            description: String::new(),
            share: simulated.share.clamp(0.0, 1.0),
            value_tier: ValueTier::Medium,
            channel_preferences: Vec::new(),
            patience_days: simulated.patience_days.clone(),
            patience_contacts: simulated.patience_contacts.clone(),
            colour: "#999999".into(),
            priority: simulated.priority,
        });
    }
    out.segments = segments;
    for activation in old.activations {
        convert_activation(&mut out, activation);
    }
    out
}

fn convert_activation(out: &mut WorkspaceDocument, old: ActivationV1) {
    let model = old.model;
    let orders: f64 = model
        .arrivals
        .iter()
        .flat_map(|a| a.orders_per_day.values())
        .sum();
    out.activations.push(Activation {
        id: old.id.clone(),
        bundle_id: old.bundle_id.clone(),
        resources: model.resources.clone(),
        orders_per_day: (model.arrivals.is_some() && orders > 0.0).then_some(orders),
        weekly_profile: model
            .arrivals
            .as_ref()
            .map(|a| a.weekly_profile.clone())
            .unwrap_or_default(),
        inter_arrival: model
            .arrivals
            .as_ref()
            .and_then(|a| a.inter_arrival.clone()),
    });
    // (id, name, description, design) of every design the model held, the base one first.
    let mut designs: Vec<(String, String, String, BundleDesign)> = Vec::new();
    if let Some(design) = &model.design {
        designs.push((
            "base".into(),
            model.name.clone(),
            String::new(),
            design.clone(),
        ));
    } else if let Some(flow) = &model.flow {
        let design = BundleDesign {
            id: flow.id.clone(),
            name: flow.name.clone(),
            order: flow.clone(),
            services: Vec::new(),
            billing: empty_fragment("billing"),
        };
        designs.push(("base".into(), model.name.clone(), String::new(), design));
    }
    for scenario in &model.scenarios {
        designs.push((
            scenario.id.clone(),
            scenario.name.clone(),
            scenario.description.clone(),
            scenario.design.clone(),
        ));
    }
    for (position, (key, name, description, design)) in (0u32..).zip(designs) {
        let mut services = Vec::new();
        for service_flow in &design.services {
            let service_id = service_for(out, &old.bundle_id, service_flow);
            services.push(ServiceDesign {
                service_id,
                included: service_flow.included,
                provisioning: link(out, &service_flow.provisioning),
            });
        }
        let bundle_services: Vec<Service> = out
            .services
            .iter()
            .filter(|s| s.bundle_id == old.bundle_id)
            .cloned()
            .collect();
        for service in bundle_services {
            if !services.iter().any(|d| d.service_id == service.id) {
                services.push(ServiceDesign {
                    included: false,
                    ..ServiceDesign::default_for(&service)
                });
            }
        }
        let order = link(out, &design.order);
        let billing = link(out, &design.billing);
        out.scenarios.push(Scenario {
            id: derived_id(&format!("scenario:{}/{key}", old.id)),
            bundle_id: old.bundle_id.clone(),
            name,
            description,
            position,
            order,
            services,
            billing,
            layout: Default::default(),
        });
    }
}

/// A fragment with nothing between its start and end.
fn empty_fragment(id: &str) -> Flow {
    Flow {
        id: id.into(),
        name: id.into(),
        nodes: vec![
            Node::Start(Node::marker(&format!("{id}-start"), "Start")),
            Node::End(Node::marker(&format!("{id}-end"), "End")),
        ],
        edges: vec![touchmap_engine::model::Edge::new(
            &format!("{id}-start"),
            &format!("{id}-end"),
        )],
    }
}

/// The bundle's service matching a version-1 sub-flow by id or name, created if none does.
fn service_for(
    out: &mut WorkspaceDocument,
    bundle_id: &str,
    flow: &touchmap_engine::model::ServiceFlow,
) -> Id {
    let same = |s: &&Service| {
        s.bundle_id == bundle_id && (s.id == flow.id || s.name.eq_ignore_ascii_case(&flow.name))
    };
    if let Some(service) = out.services.iter().find(same) {
        return service.id.clone();
    }
    let silo_name = flow.provisioning.nodes.iter().find_map(|n| match n {
        Node::Task(t) if !t.silo.is_empty() => Some(t.silo.clone()),
        _ => None,
    });
    let silo_id = silo_id(out, silo_name.as_deref().unwrap_or(&flow.name));
    let position = out
        .services
        .iter()
        .filter(|s| s.bundle_id == bundle_id)
        .count() as u32;
    let service = Service {
        id: derived_id(&format!("service:{bundle_id}/{}", flow.id)),
        bundle_id: bundle_id.into(),
        name: flow.name.clone(),
        silo_id,
        optional: !flow.included,
        position,
    };
    let id = service.id.clone();
    out.services.push(service);
    id
}

/// `flow` with silo and channel names replaced by the ids of the records of those names.
fn link(out: &mut WorkspaceDocument, flow: &Flow) -> Flow {
    let mut flow = flow.clone();
    for node in &mut flow.nodes {
        match node {
            Node::Task(task) => {
                task.silo = silo_id(out, &task.silo);
                task.channel = channel_id(out, &task.channel);
            }
            Node::Wait(wait) => wait.silo = silo_id(out, &wait.silo),
            _ => {}
        }
    }
    flow
}

/// The id of the silo called `name`, created if none is; "" stays "".
fn silo_id(out: &mut WorkspaceDocument, name: &str) -> Id {
    if name.trim().is_empty() {
        return String::new();
    }
    if let Some(silo) = out.silos.iter().find(|s| s.name == name) {
        return silo.id.clone();
    }
    let silo = Silo {
        id: derived_id(&format!("silo:{name}")),
        name: name.into(),
        system: String::new(),
    };
    let id = silo.id.clone();
    out.silos.push(silo);
    id
}

/// The id of the channel called `name`, created if none is; "" stays "".
fn channel_id(out: &mut WorkspaceDocument, name: &str) -> Id {
    if name.trim().is_empty() {
        return String::new();
    }
    if let Some(channel) = out.channels.iter().find(|c| c.name == name) {
        return channel.id.clone();
    }
    let position = out
        .channels
        .iter()
        .map(|c| c.position + 1)
        .max()
        .unwrap_or(0);
    let channel = Channel {
        id: derived_id(&format!("channel:{name}")),
        name: name.into(),
        kind: ChannelKind::Other,
        position,
        contact_cost: None,
    };
    let id = channel.id.clone();
    out.channels.push(channel);
    id
}

/// Multipliers by channel name → by channel id.
fn channel_ids(out: &mut WorkspaceDocument, by_name: &BTreeMap<String, f64>) -> BTreeMap<Id, f64> {
    by_name
        .iter()
        .map(|(name, m)| (channel_id(out, name), *m))
        .filter(|(id, _)| !id.is_empty())
        .collect()
}
