//! The activation-flow graph: nodes, edges, tasks and rework.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use specta::Type;

use super::{Batch, Dist};

/// An activation flow: a directed graph from one start to one or more ends. Edges must not
/// form cycles; loops are expressed only as rework on a task.
#[derive(Serialize, Deserialize, Type, JsonSchema, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Flow {
    pub id: String,
    pub name: String,
    pub nodes: Vec<Node>,
    pub edges: Vec<Edge>,
}

/// A node of the flow, tagged by `kind`.
#[derive(Serialize, Deserialize, Type, JsonSchema, Clone, Debug, PartialEq)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum Node {
    /// Where every case starts (exactly one per flow).
    Start(Marker),
    /// Where a token finishes; the case is activated when its last token finishes.
    End(Marker),
    /// A piece of work.
    Task(Task),
    /// Exclusive gateway: exactly one outgoing edge is taken, by its probability.
    Exclusive(Marker),
    /// Parallel split: every outgoing edge is taken at once.
    ParallelSplit(Marker),
    /// Parallel join: waits for a token on every incoming edge.
    ParallelJoin(Marker),
    /// Exclusive merge: passes on every token it receives (alternatives meeting again,
    /// e.g. before a parallel join).
    Merge(Marker),
    /// A pure delay, e.g. "technician slot in 3–10 days".
    Wait(Wait),
}

/// A node with only an id and a name (start, end, gateways).
#[derive(Serialize, Deserialize, Type, JsonSchema, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Marker {
    pub id: String,
    pub name: String,
}

/// A delay without work or resource.
#[derive(Serialize, Deserialize, Type, JsonSchema, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Wait {
    pub id: String,
    pub name: String,
    /// Days.
    pub duration: Dist,
    /// Silo that owns the wait (informational; waits cause no hand-off).
    #[serde(default)]
    pub silo: String,
}

/// Who performs a task.
#[derive(Serialize, Deserialize, Type, JsonSchema, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub enum Actor {
    Customer,
    Agent,
    System,
    Technician,
}

/// Customer contacts caused by one execution of a task.
#[derive(Serialize, Deserialize, Type, JsonSchema, Clone, Copy, Debug, PartialEq, Eq, Default)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Contacts {
    pub calls: u32,
    pub messages: u32,
    pub visits: u32,
}

impl Contacts {
    /// Calls + messages + visits.
    pub fn total(&self) -> u32 {
        self.calls + self.messages + self.visits
    }
}

/// A task failing with `probability` sends the case back to the `target` task (an earlier
/// task of the same branch, or the task itself).
#[derive(Serialize, Deserialize, Type, JsonSchema, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Rework {
    pub probability: f64,
    /// Id of the task to go back to.
    pub target: String,
}

/// A piece of work in the activation flow.
#[derive(Serialize, Deserialize, Type, JsonSchema, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Task {
    /// Stable id, e.g. `bb-tech-visit`.
    pub id: String,
    pub name: String,
    /// Working time in days (24-hour days; a calendar stretches it over opening hours).
    pub duration: Dist,
    /// Resource pool the task needs, if any.
    #[serde(default)]
    pub resource: Option<String>,
    pub actor: Actor,
    /// Channel name, e.g. "Phone (inbound)".
    pub channel: String,
    /// Owning silo, e.g. "Broadband".
    pub silo: String,
    #[serde(default)]
    pub contacts: Contacts,
    #[serde(default)]
    pub technician_visit: bool,
    #[serde(default)]
    pub rework: Option<Rework>,
    /// Its rank in its pool's queue, 0–9, higher served first, before the segments'
    /// priorities (see [`crate::model::queue_priority`]); absent = 0.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub priority: Option<u32>,
    /// Runs once for a batch of cases instead of case by case; absent = case by case.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub batch: Option<Batch>,
}

/// A directed edge. Edges leaving an exclusive gateway carry a `probability`, optionally
/// replaced per segment by `segmentProbabilities` (segment id → probability).
#[derive(Serialize, Deserialize, Type, JsonSchema, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Edge {
    pub from: String,
    pub to: String,
    #[serde(default)]
    pub probability: Option<f64>,
    #[serde(default)]
    pub segment_probabilities: BTreeMap<String, f64>,
}

impl Edge {
    /// A plain edge.
    pub fn new(from: &str, to: &str) -> Self {
        Edge {
            from: from.into(),
            to: to.into(),
            probability: None,
            segment_probabilities: BTreeMap::new(),
        }
    }

    /// An edge leaving an exclusive gateway with probability `p`.
    pub fn with_probability(from: &str, to: &str, p: f64) -> Self {
        Edge {
            probability: Some(p),
            ..Edge::new(from, to)
        }
    }
}

impl Node {
    /// The node's id.
    pub fn id(&self) -> &str {
        match self {
            Node::Start(m)
            | Node::End(m)
            | Node::Exclusive(m)
            | Node::ParallelSplit(m)
            | Node::ParallelJoin(m)
            | Node::Merge(m) => &m.id,
            Node::Task(t) => &t.id,
            Node::Wait(w) => &w.id,
        }
    }

    /// The node's display name.
    pub fn name(&self) -> &str {
        match self {
            Node::Start(m)
            | Node::End(m)
            | Node::Exclusive(m)
            | Node::ParallelSplit(m)
            | Node::ParallelJoin(m)
            | Node::Merge(m) => &m.name,
            Node::Task(t) => &t.name,
            Node::Wait(w) => &w.name,
        }
    }

    /// A short word for the kind, used in messages.
    pub fn kind_name(&self) -> &'static str {
        match self {
            Node::Start(_) => "start",
            Node::End(_) => "end",
            Node::Task(_) => "task",
            Node::Exclusive(_) => "exclusive gateway",
            Node::ParallelSplit(_) => "parallel split",
            Node::ParallelJoin(_) => "parallel join",
            Node::Merge(_) => "merge",
            Node::Wait(_) => "wait",
        }
    }

    /// A marker node helper.
    pub fn marker(id: &str, name: &str) -> Marker {
        Marker {
            id: id.into(),
            name: name.into(),
        }
    }
}

impl Task {
    /// A task with no resource, contacts, visit or rework; adjust the public fields after.
    pub fn new(
        id: &str,
        name: &str,
        duration: Dist,
        actor: Actor,
        channel: &str,
        silo: &str,
    ) -> Self {
        Task {
            id: id.into(),
            name: name.into(),
            duration,
            resource: None,
            actor,
            channel: channel.into(),
            silo: silo.into(),
            contacts: Contacts::default(),
            technician_visit: false,
            rework: None,
            priority: None,
            batch: None,
        }
    }
}
