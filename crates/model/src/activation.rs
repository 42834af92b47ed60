//! How a bundle gets activated: its resource pools and order rate ([`Activation`]) and its
//! designs ([`Scenario`]), each a record of its own so an edit to one scenario writes only it.
//!
//! Tasks and waits refer to silos and channels **by id** (`Task::silo`, `Task::channel`,
//! `Wait::silo` hold workspace ids here); [`crate::derive`] turns them into names for the
//! engine, so a rename never breaks a link.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use specta::Type;
use touchmap_engine::model::{Actor, ArrivalBand, Dist, Edge, Flow, Node, ResourcePool, Task};

use crate::{Id, Service};

/// The parts of a bundle's activation every scenario shares: who does the work (resource
/// pools) and how many orders arrive.
#[derive(Serialize, Deserialize, Type, JsonSchema, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Activation {
    pub id: Id,
    pub bundle_id: Id,
    pub resources: Vec<ResourcePool>,
    /// Orders of the bundle per day, over all segments (split by the segments' shares).
    /// `None` simulates cases one at a time, never competing for the pools.
    pub orders_per_day: Option<f64>,
    /// How the orders spread over the week (relative weights by weekday and hours, the
    /// mean per day kept); empty = the same at every hour.
    #[serde(default)]
    pub weekly_profile: Vec<ArrivalBand>,
    /// The law of the time between orders (its shape; the mean gap is 1 / orders per
    /// day); `None` = a Poisson stream.
    #[serde(default)]
    pub inter_arrival: Option<Dist>,
}

/// One design of a bundle's activation (e.g. `as-is`, `to-be`): shared order steps, a
/// provisioning sub-flow per service of the bundle, shared billing steps. Each flow is a
/// fragment with one `start` and one `end` marker, which composition replaces.
#[derive(Serialize, Deserialize, Type, JsonSchema, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Scenario {
    pub id: Id,
    pub bundle_id: Id,
    pub name: String,
    pub description: String,
    /// Order among the bundle's scenarios.
    pub position: u32,
    pub order: Flow,
    /// One entry per service of the bundle, keyed by the service's id.
    pub services: Vec<ServiceDesign>,
    pub billing: Flow,
    /// Where the user dragged nodes of this scenario's flow in the editor, by node id; the
    /// editor lays out the others. Drawing only: the simulation never reads it.
    #[serde(default)]
    pub layout: BTreeMap<String, NodePosition>,
}

/// The top-left corner of a node in the flow editor, in canvas units.
#[derive(Serialize, Deserialize, Type, JsonSchema, Clone, Copy, Debug, PartialEq)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct NodePosition {
    pub x: f64,
    pub y: f64,
}

/// How one service of the bundle is provisioned in a scenario.
#[derive(Serialize, Deserialize, Type, JsonSchema, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ServiceDesign {
    pub service_id: Id,
    /// Whether this scenario provisions the service (e.g. the optional fixed line).
    pub included: bool,
    pub provisioning: Flow,
}

impl ServiceDesign {
    /// What a service gets in a scenario when it is added to the bundle: one provisioning
    /// task in the service's silo, about a day of back-office work, to be refined.
    pub fn default_for(service: &Service) -> ServiceDesign {
        let start = format!("{}-start", service.id);
        let task = format!("{}-provision", service.id);
        let end = format!("{}-end", service.id);
        ServiceDesign {
            service_id: service.id.clone(),
            included: true,
            provisioning: Flow {
                id: service.id.clone(),
                name: service.name.clone(),
                nodes: vec![
                    Node::Start(Node::marker(&start, "Start")),
                    Node::Task(Task::new(
                        &task,
                        &format!("Provision {}", service.name),
                        Dist::lognormal(1.0, 0.5),
                        Actor::System,
                        "",
                        &service.silo_id,
                    )),
                    Node::End(Node::marker(&end, "End")),
                ],
                edges: vec![Edge::new(&start, &task), Edge::new(&task, &end)],
            },
        }
    }
}

impl Scenario {
    /// Every flow of the scenario: order, each service's provisioning, billing.
    pub fn flows(&self) -> impl Iterator<Item = &Flow> {
        std::iter::once(&self.order)
            .chain(self.services.iter().map(|s| &s.provisioning))
            .chain(std::iter::once(&self.billing))
    }

    /// Every flow of the scenario, mutably.
    pub fn flows_mut(&mut self) -> impl Iterator<Item = &mut Flow> {
        std::iter::once(&mut self.order)
            .chain(self.services.iter_mut().map(|s| &mut s.provisioning))
            .chain(std::iter::once(&mut self.billing))
    }

    /// The service's design in this scenario, if it has one.
    pub fn service(&self, service_id: &str) -> Option<&ServiceDesign> {
        self.services.iter().find(|s| s.service_id == service_id)
    }
}

/// The journey-map emotion of each activation-flow task (−3..+3), averaged over the
/// steps linked to it (`flowTask`), in the journeys of `segment` (or of every segment).
/// The friction score uses it: a task customers feel bad about ranks higher.
pub fn task_emotions(
    journeys: &[crate::Journey],
    steps: &[crate::Step],
    segment: Option<&str>,
) -> std::collections::BTreeMap<String, f64> {
    let journeys: std::collections::HashSet<&str> = journeys
        .iter()
        .filter(|j| segment.is_none_or(|s| j.segment_id == s))
        .map(|j| j.id.as_str())
        .collect();
    let mut sums: std::collections::BTreeMap<String, (f64, f64)> = Default::default();
    for step in steps {
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
