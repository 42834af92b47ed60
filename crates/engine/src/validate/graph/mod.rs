//! Graph checks: structure, parameters, reachability, cycles, rework and joins.
//!
//! Every check is a linear pass or a search that visits each node a bounded number of
//! times, except the rework and join checks (see [`rework`] and [`joins`]); the cycle check uses
//! strongly connected components (Tarjan), not a search per node.

mod joins;
mod rework;
mod search;
#[cfg(test)]
mod tests;

use std::collections::{BTreeSet, HashMap};

use super::queueing::{batch_problems, priority_problem};
use super::{Problem, ProblemKind, duration_problems, named, problem};
use crate::bounds::MAX_REWORK_PROBABILITY;
use crate::model::{Flow, Node, ResourcePool, Segment};

use joins::join_problems;
use rework::{nested_rework_problems, rework_upstream};
use search::{components, reach};

pub(super) fn flow_problems(
    flow: &Flow,
    resources: &[ResourcePool],
    segments: &[Segment],
) -> Vec<Problem> {
    let mut out = Vec::new();
    let mut index: HashMap<&str, usize> = HashMap::new();
    for (i, n) in flow.nodes.iter().enumerate() {
        if index.insert(n.id(), i).is_some() {
            out.push(problem(
                ProblemKind::DuplicateId,
                Some(n),
                format!(
                    "“{}”: the id {} is used by more than one node",
                    n.name(),
                    n.id()
                ),
            ));
        }
    }
    let n = flow.nodes.len();
    let mut succ: Vec<Vec<usize>> = vec![Vec::new(); n];
    let mut pred: Vec<Vec<usize>> = vec![Vec::new(); n];
    // (edge index) per node, for gateways
    let mut out_edges: Vec<Vec<usize>> = vec![Vec::new(); n];
    for (ei, e) in flow.edges.iter().enumerate() {
        match (index.get(e.from.as_str()), index.get(e.to.as_str())) {
            (Some(&a), Some(&b)) => {
                succ[a].push(b);
                pred[b].push(a);
                out_edges[a].push(ei);
            }
            _ => {
                let missing = if index.contains_key(e.from.as_str()) {
                    &e.to
                } else {
                    &e.from
                };
                out.push(named(
                    ProblemKind::UnknownNode,
                    missing,
                    missing,
                    format!(
                        "an edge {} → {} names an unknown node “{missing}”",
                        e.from, e.to
                    ),
                ));
            }
        }
    }
    // Every edge's probabilities must lie in 0–1: at a gateway they choose the branch;
    // elsewhere they have no effect, but an out-of-range one is still a mistake the user must
    // hear about, not a number silently kept.
    for (i, node) in flow.nodes.iter().enumerate() {
        let whose = match node {
            Node::Exclusive(_) => format!("gateway “{}”", node.name()),
            _ => format!("“{}”", node.name()),
        };
        for e in out_edges[i].iter().map(|&e| &flow.edges[e]) {
            let ps = e.probability.iter().chain(e.segment_probabilities.values());
            for p in ps.filter(|p| !(p.is_finite() && (0.0..=1.0).contains(*p))) {
                out.push(problem(
                    ProblemKind::ProbabilityRange,
                    Some(node),
                    format!(
                        "{whose}: probability {p} of the edge to {} is outside 0–1",
                        e.to
                    ),
                ));
            }
        }
    }
    let starts: Vec<usize> = (0..n)
        .filter(|&i| matches!(flow.nodes[i], Node::Start(_)))
        .collect();
    let ends: Vec<usize> = (0..n)
        .filter(|&i| matches!(flow.nodes[i], Node::End(_)))
        .collect();
    if starts.len() != 1 {
        out.push(problem(
            ProblemKind::Structure,
            None,
            format!("the flow needs exactly one start (found {})", starts.len()),
        ));
    }
    if ends.is_empty() {
        out.push(problem(
            ProblemKind::NoPathToEnd,
            None,
            "the flow has no end: there is no path from start to end".into(),
        ));
    }
    let seg_ids: BTreeSet<&str> = segments.iter().map(|s| s.id.as_str()).collect();
    let (comp, comp_sizes) = components(&succ);
    let upstream = rework_upstream(flow, &succ, &index);
    // Valid rework loops: (target, reworking task, failure probability).
    let mut loops: Vec<(usize, usize, f64)> = Vec::new();
    for (i, node) in flow.nodes.iter().enumerate() {
        let name = node.name();
        let (ins, outs) = (pred[i].len(), succ[i].len());
        let mut structure =
            |msg: String| out.push(problem(ProblemKind::Structure, Some(node), msg));
        match node {
            Node::Start(_) if ins > 0 || outs != 1 => structure(format!(
                "start “{name}” needs no incoming and exactly one outgoing edge"
            )),
            Node::End(_) if outs > 0 => {
                structure(format!("end “{name}” cannot have outgoing edges"))
            }
            Node::Task(_) | Node::Wait(_) if outs > 1 => structure(format!(
                "{} “{name}” has {outs} outgoing edges; use a gateway to branch",
                node.kind_name()
            )),
            Node::ParallelJoin(_) if outs != 1 => structure(format!(
                "parallel join “{name}” needs exactly one outgoing edge"
            )),
            Node::ParallelSplit(_) if ins > 1 => {
                structure(format!("parallel split “{name}” needs one incoming edge"))
            }
            Node::Task(_) | Node::Wait(_) | Node::Exclusive(_) | Node::ParallelSplit(_)
                if outs == 0 =>
            {
                out.push(problem(
                    ProblemKind::DeadEnd,
                    Some(node),
                    format!(
                        "{} “{name}” has no outgoing edge, so cases stop there",
                        node.kind_name()
                    ),
                ));
            }
            _ => {}
        }
        match node {
            Node::Task(t) => {
                let mut msgs = Vec::new();
                duration_problems(name, &t.duration, &mut msgs);
                msgs.extend(t.priority.and_then(|p| priority_problem(name, p)));
                if let Some(b) = &t.batch {
                    batch_problems(name, b, &mut msgs);
                }
                for m in msgs {
                    out.push(problem(ProblemKind::BadParameter, Some(node), m));
                }
                if let Some(r) = &t.resource
                    && !resources.iter().any(|p| &p.id == r)
                {
                    out.push(problem(
                        ProblemKind::UnknownResource,
                        Some(node),
                        format!("task “{name}” needs an unknown resource pool “{r}”"),
                    ));
                }
                if let Some(rw) = &t.rework {
                    if !rw.probability.is_finite() || !(0.0..=1.0).contains(&rw.probability) {
                        out.push(problem(ProblemKind::ProbabilityRange, Some(node), format!("task “{name}”: failure probability must be between 0 and 1 (got {})", rw.probability)));
                    } else if rw.probability >= 1.0 {
                        out.push(problem(
                            ProblemKind::ProbabilityRange,
                            Some(node),
                            format!(
                                "task “{name}”: a failure probability of 1 would loop for ever"
                            ),
                        ));
                    } else if rw.probability > MAX_REWORK_PROBABILITY {
                        out.push(problem(
                            ProblemKind::ProbabilityRange,
                            Some(node),
                            format!(
                                "task “{name}”: a failure probability of {} repeats the task {:.0} times on average; at most {MAX_REWORK_PROBABILITY} ({:.0} times) is allowed",
                                rw.probability,
                                1.0 / (1.0 - rw.probability),
                                1.0 / (1.0 - MAX_REWORK_PROBABILITY)
                            ),
                        ));
                    }
                    match index.get(rw.target.as_str()) {
                        Some(&target) if matches!(flow.nodes[target], Node::Task(_)) => {
                            if upstream.get(&i) == Some(&false) {
                                out.push(problem(ProblemKind::ReworkNotUpstream, Some(node), format!("task “{name}”: rework target “{}” is not an earlier task of the same branch", flow.nodes[target].name())));
                            } else if rw.probability > 0.0
                                && rw.probability <= MAX_REWORK_PROBABILITY
                            {
                                loops.push((target, i, rw.probability));
                            }
                        }
                        _ => out.push(problem(
                            ProblemKind::UnknownReworkTarget,
                            Some(node),
                            format!(
                                "task “{name}”: rework target “{}” is not a task of this flow",
                                rw.target
                            ),
                        )),
                    }
                }
            }
            Node::Wait(w) => {
                let mut msgs = Vec::new();
                duration_problems(name, &w.duration, &mut msgs);
                for m in msgs {
                    out.push(problem(ProblemKind::BadParameter, Some(node), m));
                }
            }
            Node::Exclusive(_) => {
                let edges: Vec<_> = out_edges[i].iter().map(|&e| &flow.edges[e]).collect();
                let mut keys: BTreeSet<&str> = BTreeSet::new();
                for e in &edges {
                    for k in e.segment_probabilities.keys() {
                        keys.insert(k);
                    }
                }
                if !edges.is_empty() {
                    if edges.iter().any(|e| e.probability.is_none()) {
                        out.push(problem(
                            ProblemKind::ProbabilitySum,
                            Some(node),
                            format!("gateway “{name}”: every outgoing edge needs a probability"),
                        ));
                    } else {
                        let sum: f64 = edges.iter().filter_map(|e| e.probability).sum();
                        if (sum - 1.0).abs() > 1e-9 {
                            out.push(problem(
                                ProblemKind::ProbabilitySum,
                                Some(node),
                                format!(
                                    "gateway “{name}”: branch probabilities sum to {sum}, not 1"
                                ),
                            ));
                        }
                    }
                    for k in keys {
                        if !seg_ids.contains(k) {
                            out.push(problem(
                                ProblemKind::UnknownSegment,
                                Some(node),
                                format!(
                                    "gateway “{name}”: probabilities for unknown segment “{k}”"
                                ),
                            ));
                        }
                        let sum: f64 = edges
                            .iter()
                            .map(|e| {
                                e.segment_probabilities
                                    .get(k)
                                    .copied()
                                    .or(e.probability)
                                    .unwrap_or(0.0)
                            })
                            .sum();
                        if (sum - 1.0).abs() > 1e-9 {
                            out.push(problem(ProblemKind::ProbabilitySum, Some(node), format!("gateway “{name}”: branch probabilities for segment “{k}” sum to {sum}, not 1")));
                        }
                    }
                }
            }
            _ => {}
        }
    }
    // Cycles (rework is not an edge, so every edge cycle is an error).
    let on_cycle: Vec<usize> = (0..n)
        .filter(|&i| comp_sizes[comp[i]] > 1 || succ[i].contains(&i))
        .collect();
    for &i in &on_cycle {
        out.push(problem(
            ProblemKind::Cycle,
            Some(&flow.nodes[i]),
            format!(
                "“{}” is on a cycle of edges; loops are only allowed as rework",
                flow.nodes[i].name()
            ),
        ));
    }
    // Reachability.
    if let [start] = starts[..] {
        let fwd = reach(&succ, &[start]);
        let to_end = reach(&pred, &ends);
        if !to_end[start] && !ends.is_empty() {
            out.push(problem(
                ProblemKind::NoPathToEnd,
                Some(&flow.nodes[start]),
                format!(
                    "there is no path from start “{}” to an end",
                    flow.nodes[start].name()
                ),
            ));
        }
        for i in 0..n {
            if !fwd[i] {
                out.push(problem(
                    ProblemKind::Unreachable,
                    Some(&flow.nodes[i]),
                    format!(
                        "“{}” cannot be reached from the start",
                        flow.nodes[i].name()
                    ),
                ));
            } else if !to_end[i] && !succ[i].is_empty() && to_end[start] {
                out.push(problem(
                    ProblemKind::DeadEnd,
                    Some(&flow.nodes[i]),
                    format!("from “{}” no path leads to an end", flow.nodes[i].name()),
                ));
            }
        }
    }
    // Joins that can never fire: every pair of incoming edges must lie on different
    // branches of one parallel split.
    if on_cycle.is_empty() {
        join_problems(flow, &succ, &pred, &mut out);
        if let [start] = starts[..] {
            nested_rework_problems(flow, &succ, start, &loops, &mut out);
        }
    }
    out
}
