//! Rework checks: a rework target lies upstream in the same branch, and nested rework
//! loops do not multiply past the bound.

use std::collections::{BTreeMap, HashMap};

use super::super::{Problem, ProblemKind, problem};
use crate::bounds::MAX_EXPECTED_EXECUTIONS;
use crate::model::{Flow, Node};

use super::search::components;

/// For every task with a rework target that is a task: whether the task can be reached
/// from its target without crossing a parallel split or join (so that going back keeps
/// the token inside its branch). That is reachability in the flow without its splits and
/// joins: a task in the target's strongly connected component of that graph is reached at
/// once; otherwise one search per distinct target, visiting only nodes whose component
/// can lie between the target and its reworking tasks, and stopping when all are found.
pub(super) fn rework_upstream(
    flow: &Flow,
    succ: &[Vec<usize>],
    index: &HashMap<&str, usize>,
) -> HashMap<usize, bool> {
    let mut by_target: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (i, node) in flow.nodes.iter().enumerate() {
        if let Node::Task(t) = node
            && let Some(rw) = &t.rework
            && let Some(&target) = index.get(rw.target.as_str())
            && matches!(flow.nodes[target], Node::Task(_))
        {
            by_target.entry(target).or_default().push(i);
        }
    }
    let mut answers = HashMap::new();
    if by_target.is_empty() {
        return answers;
    }
    let crossing = |v: usize| {
        matches!(
            flow.nodes[v],
            Node::ParallelSplit(_) | Node::ParallelJoin(_)
        )
    };
    let inside: Vec<Vec<usize>> = succ
        .iter()
        .enumerate()
        .map(|(v, ws)| {
            if crossing(v) {
                Vec::new()
            } else {
                ws.iter().copied().filter(|&w| !crossing(w)).collect()
            }
        })
        .collect();
    let (comp, _) = components(&inside);
    let mut stamp = vec![usize::MAX; succ.len()];
    let mut wanted = vec![usize::MAX; succ.len()];
    let mut stack = Vec::new();
    for (group, (target, tasks)) in by_target.into_iter().enumerate() {
        let far: Vec<usize> = tasks
            .iter()
            .copied()
            .filter(|&t| comp[t] != comp[target])
            .collect();
        answers.extend(tasks.iter().map(|&t| (t, comp[t] == comp[target])));
        let Some(bound) = far.iter().map(|&t| comp[t]).min() else {
            continue;
        };
        for &t in &far {
            wanted[t] = group;
        }
        let mut missing = far.len();
        stamp[target] = group;
        stack.clear();
        stack.push(target);
        'search: while let Some(v) = stack.pop() {
            for &w in &inside[v] {
                if stamp[w] != group && comp[w] >= bound {
                    stamp[w] = group;
                    if wanted[w] == group {
                        answers.insert(w, true);
                        missing -= 1;
                        if missing == 0 {
                            break 'search;
                        }
                    }
                    stack.push(w);
                }
            }
        }
    }
    answers
}

/// Nested rework loops multiply: a task inside loops failing with probabilities p₁, p₂, …
/// runs about Π 1 / (1 − pᵢ) times per case. Each loop is taken as the stretch of a
/// depth-first (reverse post-) order from its target to its reworking task, which keeps a
/// branch of a split together, so one sweep over that order finds the most repeated
/// task. Exclusive alternatives inside a loop are counted as if always taken, so this is
/// an upper bound; a task beyond [`MAX_EXPECTED_EXECUTIONS`] is refused.
pub(super) fn nested_rework_problems(
    flow: &Flow,
    succ: &[Vec<usize>],
    start: usize,
    loops: &[(usize, usize, f64)],
    out: &mut Vec<Problem>,
) {
    if loops.len() < 2 {
        // One loop alone is bounded by the probability bound.
        return;
    }
    let n = succ.len();
    // Reverse postorder from the start, without recursion.
    let mut seen = vec![false; n];
    let mut post = Vec::with_capacity(n);
    let mut calls: Vec<(usize, usize)> = vec![(start, 0)];
    seen[start] = true;
    while let Some(&(v, pos)) = calls.last() {
        if let Some(&w) = succ[v].get(pos) {
            if let Some(top) = calls.last_mut() {
                top.1 += 1;
            }
            if !seen[w] {
                seen[w] = true;
                calls.push((w, 0));
            }
        } else {
            calls.pop();
            post.push(v);
        }
    }
    let mut rank = vec![usize::MAX; n];
    for (r, &v) in post.iter().rev().enumerate() {
        rank[v] = r;
    }
    // ln of the expected repetitions, added over each loop's stretch of the order.
    let mut delta = vec![0.0_f64; post.len() + 1];
    for &(target, task, p) in loops {
        let (a, b) = (rank[target], rank[task]);
        if a <= b && b < post.len() {
            let f = -(1.0 - p).ln();
            delta[a] += f;
            delta[b + 1] -= f;
        }
    }
    let mut level = 0.0;
    let mut worst: Option<(f64, usize)> = None;
    for (r, &v) in post.iter().rev().enumerate() {
        level += delta[r];
        if matches!(flow.nodes[v], Node::Task(_)) && worst.is_none_or(|(w, _)| level > w) {
            worst = Some((level, v));
        }
    }
    if let Some((level, v)) = worst {
        let times = level.exp();
        if times > MAX_EXPECTED_EXECUTIONS {
            let name = flow.nodes[v].name();
            out.push(problem(
                ProblemKind::ProbabilityRange,
                Some(&flow.nodes[v]),
                format!(
                    "task “{name}”: the rework loops around it multiply to about {} runs per case on average; at most {MAX_EXPECTED_EXECUTIONS} is allowed (lower the failure probabilities of the loops around it)",
                    crate::bounds::show(times.round())
                ),
            ));
        }
    }
}
