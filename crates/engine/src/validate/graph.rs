//! Graph checks: structure, parameters, reachability, cycles, rework and joins.
//!
//! Every check is a linear pass or a search that visits each node a bounded number of
//! times, except the rework and join checks (see the parent module); the cycle check uses
//! strongly connected components (Tarjan), not a search per node.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use super::{Problem, ProblemKind, duration_problems, named, problem};
use crate::bounds::{MAX_EXPECTED_EXECUTIONS, MAX_REWORK_PROBABILITY};
use crate::model::{Flow, Node, ResourcePool, Segment};

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
                    let ps = e.probability.iter().chain(e.segment_probabilities.values());
                    for p in ps {
                        if !p.is_finite() || !(0.0..=1.0).contains(p) {
                            out.push(problem(ProblemKind::ProbabilityRange, Some(node), format!("gateway “{name}”: probability {p} of the edge to {} is outside 0–1", e.to)));
                        }
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

/// Nodes reachable from any of `from` (themselves included).
fn reach(adj: &[Vec<usize>], from: &[usize]) -> Vec<bool> {
    let mut seen = vec![false; adj.len()];
    let mut stack = from.to_vec();
    for &f in from {
        seen[f] = true;
    }
    while let Some(v) = stack.pop() {
        for &w in &adj[v] {
            if !seen[w] {
                seen[w] = true;
                stack.push(w);
            }
        }
    }
    seen
}

/// Strongly connected components (Tarjan's algorithm, without recursion): the component
/// of each node and the size of each component. Components are numbered in reverse
/// topological order: an edge from `u` to `v` in another component has
/// `comp[u] > comp[v]`, so `v` reachable from `u` implies `comp[u] ≥ comp[v]`.
fn components(succ: &[Vec<usize>]) -> (Vec<usize>, Vec<usize>) {
    const UNSEEN: usize = usize::MAX;
    let n = succ.len();
    let mut order = vec![UNSEEN; n];
    let mut low = vec![0; n];
    let mut on_stack = vec![false; n];
    let mut stack = Vec::new();
    let mut comp = vec![UNSEEN; n];
    let mut sizes = Vec::new();
    let mut next = 0;
    // (node, position of the next successor to look at)
    let mut calls: Vec<(usize, usize)> = Vec::new();
    for root in 0..n {
        if order[root] != UNSEEN {
            continue;
        }
        order[root] = next;
        low[root] = next;
        next += 1;
        stack.push(root);
        on_stack[root] = true;
        calls.push((root, 0));
        while let Some(&(v, pos)) = calls.last() {
            if let Some(&w) = succ[v].get(pos) {
                if let Some(top) = calls.last_mut() {
                    top.1 += 1;
                }
                if order[w] == UNSEEN {
                    order[w] = next;
                    low[w] = next;
                    next += 1;
                    stack.push(w);
                    on_stack[w] = true;
                    calls.push((w, 0));
                } else if on_stack[w] {
                    low[v] = low[v].min(order[w]);
                }
                continue;
            }
            calls.pop();
            if let Some(&(u, _)) = calls.last() {
                low[u] = low[u].min(low[v]);
            }
            if low[v] == order[v] {
                let c = sizes.len();
                let mut size = 0;
                while let Some(w) = stack.pop() {
                    on_stack[w] = false;
                    comp[w] = c;
                    size += 1;
                    if w == v {
                        break;
                    }
                }
                sizes.push(size);
            }
        }
    }
    (comp, sizes)
}

/// For every task with a rework target that is a task: whether the task can be reached
/// from its target without crossing a parallel split or join (so that going back keeps
/// the token inside its branch). That is reachability in the flow without its splits and
/// joins: a task in the target's strongly connected component of that graph is reached at
/// once; otherwise one search per distinct target, visiting only nodes whose component
/// can lie between the target and its reworking tasks, and stopping when all are found.
fn rework_upstream(
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
fn nested_rework_problems(
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

/// Which branches of one parallel split reach a node.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Branches {
    None,
    /// Only the branch(es) starting at this node.
    One(usize),
    /// Branches starting at two different nodes or more.
    Many,
}

impl Branches {
    fn with(self, o: Branches) -> Branches {
        match (self, o) {
            (Branches::None, x) | (x, Branches::None) => x,
            (Branches::One(a), Branches::One(b)) if a == b => Branches::One(a),
            _ => Branches::Many,
        }
    }

    /// Whether two tokens, reached by these branches of one split, can be concurrent:
    /// they lie on branches starting at different nodes.
    fn concurrent(self, o: Branches) -> bool {
        match (self, o) {
            (Branches::None, _) | (_, Branches::None) => false,
            (Branches::One(a), Branches::One(b)) => a != b,
            _ => true,
        }
    }
}

/// Joins that can never fire: every pair of incoming edges must lie on branches of one
/// parallel split that start at different nodes (a node is on a branch when the branch's
/// first node reaches it). One pass per split labels every node it reaches with the
/// branches that reach it (none, one, or several), keeping only the labels of the joins'
/// sources; a join is then checked against one split covering all its sources at once,
/// and pair by pair only when no single split does.
fn join_problems(flow: &Flow, succ: &[Vec<usize>], pred: &[Vec<usize>], out: &mut Vec<Problem>) {
    const NO_SLOT: usize = usize::MAX;
    let n = flow.nodes.len();
    let joins: Vec<usize> = (0..n)
        .filter(|&j| matches!(flow.nodes[j], Node::ParallelJoin(_)) && pred[j].len() >= 2)
        .collect();
    if joins.is_empty() {
        return;
    }
    let mut slot = vec![NO_SLOT; n];
    let mut slots = 0;
    for &j in &joins {
        for &s in &pred[j] {
            if slot[s] == NO_SLOT {
                slot[s] = slots;
                slots += 1;
            }
        }
    }
    // Per source slot: (split, branches reaching the source), in split order.
    let mut labels: Vec<Vec<(usize, Branches)>> = vec![Vec::new(); slots];
    let mut state = vec![Branches::None; n];
    let mut touched = Vec::new();
    let mut work = Vec::new();
    for split in 0..n {
        if !matches!(flow.nodes[split], Node::ParallelSplit(_)) {
            continue;
        }
        for &t in &succ[split] {
            let l = state[t].with(Branches::One(t));
            if l != state[t] {
                if state[t] == Branches::None {
                    touched.push(t);
                }
                state[t] = l;
                work.push(t);
            }
        }
        while let Some(v) = work.pop() {
            let l = state[v];
            for &w in &succ[v] {
                let m = state[w].with(l);
                if m != state[w] {
                    if state[w] == Branches::None {
                        touched.push(w);
                    }
                    state[w] = m;
                    work.push(w);
                }
            }
        }
        for v in touched.drain(..) {
            if slot[v] != NO_SLOT {
                labels[slot[v]].push((split, state[v]));
            }
            state[v] = Branches::None;
        }
    }
    for &j in &joins {
        let sources = &pred[j];
        // The branches of `split` an incoming edge from `s` lies on; a split's own edge
        // to the join is its branch starting at the join.
        let label = |s: usize, split: usize| -> Branches {
            let l = &labels[slot[s]];
            let mut b = l
                .binary_search_by_key(&split, |&(sp, _)| sp)
                .map_or(Branches::None, |k| l[k].1);
            if s == split {
                b = b.with(Branches::One(j));
            }
            b
        };
        let splits_of = |s: usize| {
            let own = matches!(flow.nodes[s], Node::ParallelSplit(_)).then_some(s);
            labels[slot[s]].iter().map(|&(sp, _)| sp).chain(own)
        };
        // One split on whose distinct branches all incoming edges lie?
        let covered = splits_of(sources[0]).any(|split| {
            let mut firsts = Vec::with_capacity(sources.len());
            for &s in sources {
                match label(s, split) {
                    Branches::None => return false,
                    Branches::One(t) => firsts.push(t),
                    Branches::Many => {}
                }
            }
            firsts.sort_unstable();
            firsts.windows(2).all(|w| w[0] != w[1])
        });
        let never = !covered
            && (0..sources.len()).any(|a| {
                ((a + 1)..sources.len()).any(|c| {
                    !splits_of(sources[a])
                        .any(|split| label(sources[a], split).concurrent(label(sources[c], split)))
                })
            });
        if never {
            out.push(problem(ProblemKind::JoinNeverFires, Some(&flow.nodes[j]), format!("parallel join “{}” can never fire: some of its incoming edges are not parallel branches of one split (e.g. exclusive alternatives)", flow.nodes[j].name())));
        }
    }
}

#[cfg(test)]
mod tests {
    //! The linear checks against the straightforward (quadratic) ones they replaced, on
    //! random graphs.
    #![allow(clippy::unwrap_used)]

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

    fn old_upstream_in_branch(
        flow: &Flow,
        succ: &[Vec<usize>],
        target: usize,
        task: usize,
    ) -> bool {
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
}
