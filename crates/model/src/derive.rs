//! The engine's input, derived from the workspace: the one place a [`FlowModel`] is built
//! from records. Nothing here is stored; every run, flow view and standalone `.flow.json`
//! comes through [`flow_model`].

use std::collections::{BTreeMap, HashMap, HashSet};

use touchmap_engine::model::{
    Arrivals, BundleDesign, FLOW_MODEL_FORMAT, FLOW_MODEL_VERSION, Flow, FlowModel, Node,
    Scenario as EngineScenario, Segment as EngineSegment, ServiceFlow,
};

use crate::{Activation, Bundle, Channel, Scenario, Segment, Service, Silo, WorkspaceDocument};

/// The records one bundle's simulation reads, and nothing else.
#[derive(Clone, Debug, PartialEq)]
pub struct BundleRecords {
    pub bundle: Bundle,
    pub segments: Vec<Segment>,
    pub channels: Vec<Channel>,
    pub silos: Vec<Silo>,
    /// The bundle's services, in their order.
    pub services: Vec<Service>,
    pub activation: Option<Activation>,
    /// The bundle's scenarios, in their order.
    pub scenarios: Vec<Scenario>,
}

impl BundleRecords {
    /// The records of `bundle_id` in a whole document; `None` when there is no such bundle.
    pub fn from_document(document: &WorkspaceDocument, bundle_id: &str) -> Option<BundleRecords> {
        let bundle = document.bundles.iter().find(|b| b.id == bundle_id)?.clone();
        let mut services: Vec<Service> = document
            .services
            .iter()
            .filter(|s| s.bundle_id == bundle_id)
            .cloned()
            .collect();
        services.sort_by_key(|s| s.position);
        let mut scenarios: Vec<Scenario> = document
            .scenarios
            .iter()
            .filter(|s| s.bundle_id == bundle_id)
            .cloned()
            .collect();
        scenarios.sort_by_key(|s| s.position);
        Some(BundleRecords {
            bundle,
            segments: document.segments.clone(),
            channels: document.channels.clone(),
            silos: document.silos.clone(),
            services,
            activation: document
                .activations
                .iter()
                .find(|a| a.bundle_id == bundle_id)
                .cloned(),
            scenarios,
        })
    }

    /// The scenario with this id or name.
    pub fn scenario(&self, key: &str) -> Option<&Scenario> {
        self.scenarios
            .iter()
            .find(|s| s.id == key)
            .or_else(|| self.scenarios.iter().find(|s| s.name == key))
    }
}

/// Display names by id, made unique: the engine tells silos and channels apart by the
/// string it is given, so two silos both called "Broadband" must not become one.
fn unique_names<'a>(entries: impl Iterator<Item = (&'a str, &'a str)>) -> HashMap<String, String> {
    let mut taken = HashSet::new();
    let mut names = HashMap::new();
    for (id, name) in entries {
        let mut candidate = name.to_owned();
        let mut n = 2;
        while !taken.insert(candidate.clone()) {
            candidate = format!("{name} ({n})");
            n += 1;
        }
        names.insert(id.to_owned(), candidate);
    }
    names
}

/// The names the engine (and its results) use for silos and channels, by id.
#[derive(Debug)]
pub struct Names {
    silos: HashMap<String, String>,
    channels: HashMap<String, String>,
}

impl Names {
    pub fn new(silos: &[Silo], channels: &[Channel]) -> Names {
        Names {
            silos: unique_names(silos.iter().map(|s| (s.id.as_str(), s.name.as_str()))),
            channels: unique_names(channels.iter().map(|c| (c.id.as_str(), c.name.as_str()))),
        }
    }

    /// The silo's name; an unknown id stays as it is (validation names it).
    pub fn silo(&self, id: &str) -> String {
        self.silos.get(id).cloned().unwrap_or_else(|| id.to_owned())
    }

    /// The channel's name; an unknown id stays as it is (validation names it).
    pub fn channel(&self, id: &str) -> String {
        self.channels
            .get(id)
            .cloned()
            .unwrap_or_else(|| id.to_owned())
    }

    /// `flow` with silo and channel ids replaced by names.
    pub fn flow(&self, flow: &Flow) -> Flow {
        let mut flow = flow.clone();
        for node in &mut flow.nodes {
            match node {
                Node::Task(task) => {
                    task.silo = self.silo(&task.silo);
                    task.channel = self.channel(&task.channel);
                }
                Node::Wait(wait) => wait.silo = self.silo(&wait.silo),
                _ => {}
            }
        }
        flow
    }
}

/// The engine's segments: every workspace segment with a share, its patience and its
/// channel multipliers (by channel name).
fn segments(records: &BundleRecords, names: &Names) -> Vec<EngineSegment> {
    records
        .segments
        .iter()
        .filter(|s| s.share > 0.0)
        .map(|s| EngineSegment {
            id: s.id.clone(),
            name: s.name.clone(),
            share: s.share,
            priority: s.priority,
            patience_days: s.patience_days.clone(),
            patience_contacts: s.patience_contacts.clone(),
            channel_multipliers: s
                .channel_multipliers
                .iter()
                .map(|(channel, m)| (names.channel(channel), *m))
                .collect(),
        })
        .collect()
}

/// A scenario as the engine composes it: the bundle's services in their order, each with
/// this scenario's provisioning sub-flow.
fn scenario(records: &BundleRecords, scenario: &Scenario, names: &Names) -> EngineScenario {
    let services = records
        .services
        .iter()
        .filter_map(|service| {
            let design = scenario.service(&service.id)?;
            Some(ServiceFlow {
                id: service.id.clone(),
                name: service.name.clone(),
                included: design.included,
                provisioning: names.flow(&design.provisioning),
            })
        })
        .collect();
    EngineScenario {
        id: scenario.id.clone(),
        name: scenario.name.clone(),
        description: scenario.description.clone(),
        design: BundleDesign {
            id: scenario.id.clone(),
            name: scenario.name.clone(),
            order: names.flow(&scenario.order),
            services,
            billing: names.flow(&scenario.billing),
        },
    }
}

/// What a contact costs, by the channel names the engine uses (channels with a cost only).
fn contact_costs(channels: &[Channel], names: &Names) -> BTreeMap<String, f64> {
    channels
        .iter()
        .filter_map(|c| Some((names.channel(&c.id), c.contact_cost?)))
        .collect()
}

/// The flow model of a bundle: its segments, pools, orders and every scenario. Pick a
/// scenario by id or name when running it; without one the first scenario runs.
pub fn flow_model(records: &BundleRecords) -> FlowModel {
    let names = Names::new(&records.silos, &records.channels);
    let segments = segments(records, &names);
    let total_share: f64 = segments.iter().map(|s| s.share).sum();
    let arrivals = records.activation.as_ref().and_then(|a| {
        let orders = a.orders_per_day?;
        Some(Arrivals {
            orders_per_day: segments
                .iter()
                .map(|s| (s.id.clone(), orders * s.share / total_share))
                .collect::<BTreeMap<_, _>>(),
            weekly_profile: a.weekly_profile.clone(),
            inter_arrival: a.inter_arrival.clone(),
        })
    });
    FlowModel {
        format: FLOW_MODEL_FORMAT.into(),
        version: FLOW_MODEL_VERSION,
        name: records.bundle.name.clone(),
        segments,
        resources: records
            .activation
            .as_ref()
            .map(|a| a.resources.clone())
            .unwrap_or_default(),
        arrivals,
        contact_costs: contact_costs(&records.channels, &names),
        design: None,
        flow: None,
        scenarios: records
            .scenarios
            .iter()
            .map(|s| scenario(records, s, &names))
            .collect(),
    }
}
