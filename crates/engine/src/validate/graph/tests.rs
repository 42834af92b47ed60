//! The linear checks against the straightforward (quadratic) ones they replaced, on
//! random graphs.
#![allow(clippy::unwrap_used)]

use super::joins::join_problems;
use super::rework::rework_upstream;
use super::search::{components, reach};
use super::*;
use crate::model::{Actor, Dist, Edge, Marker, Task};
use proptest::prelude::*;

fn old_reach(adj: &[Vec<usize>], from: usize) -> Vec<bool> {
    reach(adj, &[from])
}

fn old_cycle_nodes(succ: &[Vec<usize>]) -> Vec<usize> {
    (0..succ.len())
        .filter(|&i| succ[i].iter().any(|&w| old_reach(succ, w)[i]))
        .collect()
}

fn old_upstream_in_branch(flow: &Flow, succ: &[Vec<usize>], target: usize, task: usize) -> bool {
    if target == task {
        return true;
    }
    let mut seen = vec![false; succ.len()];
    let mut stack = vec![target];
    seen[target] = true;
    while let Some(v) = stack.pop() {
        for &w in &succ[v] {
            if w == task {
                return true;
            }
            if !seen[w]
                && !matches!(
                    flow.nodes[w],
                    Node::ParallelSplit(_) | Node::ParallelJoin(_)
                )
            {
                seen[w] = true;
                stack.push(w);
            }
        }
    }
    false
}

fn old_join_never(flow: &Flow, succ: &[Vec<usize>], pred: &[Vec<usize>]) -> Vec<usize> {
    let n = flow.nodes.len();
    let mut branches: Vec<(usize, Vec<bool>)> = Vec::new();
    let mut branch_targets: Vec<usize> = Vec::new();
    for i in 0..n {
        if matches!(flow.nodes[i], Node::ParallelSplit(_)) {
            for &t in &succ[i] {
                branches.push((i, old_reach(succ, t)));
                branch_targets.push(t);
            }
        }
    }
    let mut never_fire = Vec::new();
    for (j, sources) in pred.iter().enumerate() {
        if !matches!(flow.nodes[j], Node::ParallelJoin(_)) || sources.len() < 2 {
            continue;
        }
        let on_branch = |b: usize, k: usize| -> bool {
            let (split, ref r) = branches[b];
            let s = sources[k];
            r[s] || (s == split && branch_targets[b] == j)
        };
        let mut never = false;
        for a in 0..sources.len() {
            for c in (a + 1)..sources.len() {
                let concurrent = (0..branches.len()).any(|b1| {
                    on_branch(b1, a)
                        && (0..branches.len()).any(|b2| {
                            b2 != b1
                                && branches[b2].0 == branches[b1].0
                                && branch_targets[b2] != branch_targets[b1]
                                && on_branch(b2, c)
                        })
                });
                never |= !concurrent;
            }
        }
        if never {
            never_fire.push(j);
        }
    }
    never_fire
}

/// A graph of `kinds` (0 task, 1 split, 2 join, 3 exclusive, 4 merge) and `edges`.
fn graph(kinds: &[u8], edges: &[(usize, usize)]) -> (Flow, Vec<Vec<usize>>, Vec<Vec<usize>>) {
    let n = kinds.len();
    let nodes = kinds
        .iter()
        .enumerate()
        .map(|(i, k)| {
            let m = Marker {
                id: format!("n{i}"),
                name: format!("n{i}"),
            };
            match k {
                0 => Node::Task(Task::new(
                    &m.id,
                    &m.name,
                    Dist::fixed(1.0),
                    Actor::Agent,
                    "c",
                    "s",
                )),
                1 => Node::ParallelSplit(m),
                2 => Node::ParallelJoin(m),
                3 => Node::Exclusive(m),
                _ => Node::Merge(m),
            }
        })
        .collect();
    let mut succ = vec![Vec::new(); n];
    let mut pred = vec![Vec::new(); n];
    let mut es = Vec::new();
    for &(a, b) in edges {
        let (a, b) = (a % n, b % n);
        succ[a].push(b);
        pred[b].push(a);
        es.push(Edge::new(&format!("n{a}"), &format!("n{b}")));
    }
    let flow = Flow {
        id: "g".into(),
        name: "g".into(),
        nodes,
        edges: es,
    };
    (flow, succ, pred)
}

fn kinds() -> impl Strategy<Value = Vec<u8>> {
    prop::collection::vec(0u8..5, 2..12)
}

fn edges() -> impl Strategy<Value = Vec<(usize, usize)>> {
    prop::collection::vec((0usize..12, 0usize..12), 0..30)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn strongly_connected_components_find_the_same_cycles(k in kinds(), e in edges()) {
        let (_, succ, _) = graph(&k, &e);
        let (comp, sizes) = components(&succ);
        let on_cycle: Vec<usize> = (0..k.len())
            .filter(|&i| sizes[comp[i]] > 1 || succ[i].contains(&i))
            .collect();
        prop_assert_eq!(on_cycle, old_cycle_nodes(&succ));
        // Reverse topological numbering.
        for (u, ws) in succ.iter().enumerate() {
            for &w in ws {
                prop_assert!(comp[u] >= comp[w]);
            }
        }
    }

    #[test]
    fn rework_upstream_answers_as_a_search_per_task(
        k in kinds(),
        e in edges(),
        reworks in prop::collection::vec((0usize..12, 0usize..12), 0..8),
    ) {
        let (mut flow, succ, _) = graph(&k, &e);
        let n = k.len();
        for &(t, target) in &reworks {
            let (t, target) = (t % n, target % n);
            if let Node::Task(task) = &mut flow.nodes[t] {
                task.rework = Some(crate::model::Rework { probability: 0.5, target: format!("n{target}") });
            }
        }
        let index: HashMap<&str, usize> =
            flow.nodes.iter().enumerate().map(|(i, x)| (x.id(), i)).collect();
        let answers = rework_upstream(&flow, &succ, &index);
        for (i, node) in flow.nodes.iter().enumerate() {
            if let Node::Task(t) = node
                && let Some(rw) = &t.rework
            {
                let target = index[rw.target.as_str()];
                if matches!(flow.nodes[target], Node::Task(_)) {
                    prop_assert_eq!(answers[&i], old_upstream_in_branch(&flow, &succ, target, i));
                }
            }
        }
    }

    #[test]
    fn join_labels_find_the_same_joins_that_never_fire(
        k in kinds(),
        e in prop::collection::vec((0usize..12, 0usize..12), 0..30),
    ) {
        // Acyclic: edges go from lower to higher index (the check runs only without cycles).
        let e: Vec<(usize, usize)> = e
            .into_iter()
            .map(|(a, b)| (a % k.len(), b % k.len()))
            .filter(|(a, b)| a < b)
            .collect();
        let (flow, succ, pred) = graph(&k, &e);
        let mut out = Vec::new();
        join_problems(&flow, &succ, &pred, &mut out);
        let found: Vec<usize> = out
            .iter()
            .map(|p| flow.nodes.iter().position(|x| Some(x.id()) == p.node_id.as_deref()).unwrap())
            .collect();
        prop_assert_eq!(found, old_join_never(&flow, &succ, &pred));
    }
}

/// The bug: a probability of 1.3 on an edge leaving a task (not a gateway) was accepted.
#[test]
fn a_probability_outside_0_to_1_is_refused_on_any_edge() {
    let (mut flow, _, _) = graph(&[0, 0], &[(0, 1)]);
    flow.edges[0].probability = Some(1.3);
    let problems = flow_problems(&flow, &[], &[]);
    assert!(
        problems
            .iter()
            .any(|p| p.kind == ProblemKind::ProbabilityRange && p.message.contains("1.3")),
        "{problems:?}"
    );
}
