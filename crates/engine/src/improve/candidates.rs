//! The candidates of a flow: one change of each kind for every pool, task and wait it
//! applies to, each with what it changes in figures and in words.

use std::collections::{HashMap, HashSet};

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use specta::Type;

use super::change::{FASTER, Improvement};
use crate::EngineError;
use crate::duration::TimeUnit;
use crate::model::{Flow, Node, ResourcePool, Task};
use crate::number::{fixed, percent};

/// A change with what it changes, for people.
#[derive(Serialize, Deserialize, Type, JsonSchema, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Candidate {
    pub improvement: Improvement,
    /// The pool, task or wait changed, by name.
    pub subject: String,
    /// The figure the change moves, before and after: a pool's units, a task's or wait's
    /// mean days, a rework probability, a task's contacts per execution; for a hand-off,
    /// the hand-offs into the task (1 → 0).
    pub before: f64,
    pub after: f64,
    /// The silo a task is moved into (hand-offs only).
    pub silo: Option<String>,
    /// The change in English ("Technicians: 4 → 5 units").
    pub description: String,
}

/// Every generated change of `flow` and the pools its tasks use, by kind: one more unit of
/// each pool, each task 25 % faster, each rework halved, each wait halved, each hand-off
/// removed, each task's contacts removed.
pub fn candidates(flow: &Flow, pools: &[ResourcePool]) -> Vec<Candidate> {
    let tasks: Vec<&Task> = flow
        .nodes
        .iter()
        .filter_map(|n| match n {
            Node::Task(t) => Some(t),
            _ => None,
        })
        .collect();
    let used: HashSet<&str> = tasks.iter().filter_map(|t| t.resource.as_deref()).collect();
    let mut out: Vec<Improvement> = pools
        .iter()
        .filter(|p| used.contains(p.id.as_str()))
        .map(|p| Improvement::Capacity {
            pool: p.id.clone(),
            capacity: p.capacity + 1,
        })
        .collect();
    out.extend(
        tasks
            .iter()
            .map(|t| Improvement::FasterTask { task: t.id.clone() }),
    );
    out.extend(
        tasks
            .iter()
            .filter(|t| t.rework.as_ref().is_some_and(|r| r.probability > 0.0))
            .map(|t| Improvement::HalveRework { task: t.id.clone() }),
    );
    out.extend(flow.nodes.iter().filter_map(|n| match n {
        Node::Wait(w) => Some(Improvement::HalveWait { wait: w.id.clone() }),
        _ => None,
    }));
    let previous = previous_tasks(flow);
    out.extend(tasks.iter().filter_map(|t| {
        let before = previous.get(t.id.as_str())?;
        let silos: HashSet<&str> = before.iter().map(|p| p.silo.as_str()).collect();
        // After a join the tasks before may sit in several silos: which one the case comes
        // from varies, so there is no single silo to move into.
        match silos.into_iter().collect::<Vec<_>>().as_slice() {
            [silo] if *silo != t.silo => Some(Improvement::RemoveHandoff {
                task: t.id.clone(),
                previous: before[0].id.clone(),
            }),
            _ => None,
        }
    }));
    out.extend(
        tasks
            .iter()
            .filter(|t| t.contacts.total() > 0)
            .map(|t| Improvement::RemoveContacts { task: t.id.clone() }),
    );
    out.into_iter()
        .filter_map(|i| describe(&i, flow, pools).ok())
        .collect()
}

/// The tasks a case leaves just before each task (through gateways and waits, which own no
/// hand-off), by task id.
fn previous_tasks(flow: &Flow) -> HashMap<&str, Vec<&Task>> {
    let by_id: HashMap<&str, &Node> = flow.nodes.iter().map(|n| (n.id(), n)).collect();
    let mut into: HashMap<&str, Vec<&str>> = HashMap::new();
    for e in &flow.edges {
        into.entry(e.to.as_str()).or_default().push(e.from.as_str());
    }
    let mut out = HashMap::new();
    for node in &flow.nodes {
        let Node::Task(task) = node else { continue };
        let mut found = Vec::new();
        let mut seen = HashSet::new();
        let mut stack: Vec<&str> = into.get(task.id.as_str()).cloned().unwrap_or_default();
        while let Some(id) = stack.pop() {
            if !seen.insert(id) {
                continue;
            }
            match by_id.get(id).copied() {
                Some(Node::Task(t)) => found.push(t),
                Some(_) => stack.extend(into.get(id).into_iter().flatten()),
                None => {}
            }
        }
        if !found.is_empty() {
            out.insert(task.id.as_str(), found);
        }
    }
    out
}

/// `improvement` on `flow` and `pools` with its figures and words; an error when what it
/// names is not there.
pub fn describe(
    improvement: &Improvement,
    flow: &Flow,
    pools: &[ResourcePool],
) -> Result<Candidate, EngineError> {
    let (mut after_flow, mut after_pools) = (flow.clone(), pools.to_vec());
    improvement.apply(&mut [&mut after_flow], &mut after_pools)?;
    let node = |f: &Flow, id: &str| f.nodes.iter().find(|n| n.id() == id).cloned();
    let task = |f: &Flow, id: &str| match node(f, id) {
        Some(Node::Task(t)) => Some(t),
        _ => None,
    };
    let candidate = |subject: &str, before: f64, after: f64, description: String| Candidate {
        improvement: improvement.clone(),
        subject: subject.to_owned(),
        before,
        after,
        silo: None,
        description,
    };
    // `apply` found what the change names, so the look-ups below succeed.
    let unknown = || EngineError::UnknownNode {
        what: "node",
        id: improvement
            .node()
            .or(improvement.pool())
            .unwrap_or_default()
            .to_owned(),
    };
    Ok(match improvement {
        Improvement::Capacity { pool, .. } => {
            let before = pools.iter().find(|p| p.id == *pool);
            let after = after_pools.iter().find(|p| p.id == *pool);
            let (Some(b), Some(a)) = (before, after) else {
                return Err(unknown());
            };
            candidate(
                &b.name,
                f64::from(b.capacity),
                f64::from(a.capacity),
                format!("{}: {} → {} units", b.name, b.capacity, a.capacity),
            )
        }
        Improvement::FasterTask { task: id } => {
            let (b, a) = task(flow, id)
                .zip(task(&after_flow, id))
                .ok_or_else(unknown)?;
            let (mb, ma) = (b.duration.mean(), a.duration.mean());
            let pct = percent(1.0 - FASTER, 0);
            candidate(
                &b.name,
                mb,
                ma,
                format!("{} {pct} faster ({})", b.name, days_to(mb, ma)),
            )
        }
        Improvement::HalveRework { task: id } => {
            let (b, a) = task(flow, id)
                .zip(task(&after_flow, id))
                .ok_or_else(unknown)?;
            let p = |t: &Task| t.rework.as_ref().map_or(0.0, |r| r.probability);
            candidate(
                &b.name,
                p(&b),
                p(&a),
                format!(
                    "{}: rework {} → {}",
                    b.name,
                    percent(p(&b), 1),
                    percent(p(&a), 1)
                ),
            )
        }
        Improvement::HalveWait { wait: id } => {
            let mean = |f: &Flow| match node(f, id) {
                Some(Node::Wait(w)) => Some((w.name, w.duration.mean())),
                _ => None,
            };
            let ((name, mb), (_, ma)) = mean(flow).zip(mean(&after_flow)).ok_or_else(unknown)?;
            candidate(
                &name,
                mb,
                ma,
                format!("{name} halved ({})", days_to(mb, ma)),
            )
        }
        Improvement::RemoveHandoff { task: id, previous } => {
            let (b, p) = task(flow, id)
                .zip(task(flow, previous))
                .ok_or_else(unknown)?;
            Candidate {
                silo: Some(p.silo.clone()),
                ..candidate(
                    &b.name,
                    1.0,
                    0.0,
                    format!(
                        "{} moved to {} (no hand-off after {})",
                        b.name, p.silo, p.name
                    ),
                )
            }
        }
        Improvement::RemoveContacts { task: id } => {
            let b = task(flow, id).ok_or_else(unknown)?;
            let n = b.contacts.total();
            let noun = if n == 1 { "contact" } else { "contacts" };
            candidate(
                &b.name,
                f64::from(n),
                0.0,
                format!("{} without its {n} customer {noun}", b.name),
            )
        }
    })
}

/// "2.0 → 1.5 days" in the unit of the larger value.
fn days_to(before: f64, after: f64) -> String {
    let unit = TimeUnit::for_days(before.max(after));
    format!(
        "{} → {} {}",
        fixed(unit.of_days(before), 1),
        fixed(unit.of_days(after), 1),
        unit.name()
    )
}
