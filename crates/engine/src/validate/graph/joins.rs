//! Joins that can never fire.

use super::super::{Problem, ProblemKind, problem};
use crate::model::{Flow, Node};

/// Which branches of one parallel split reach a node.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Branches {
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
pub(super) fn join_problems(
    flow: &Flow,
    succ: &[Vec<usize>],
    pred: &[Vec<usize>],
    out: &mut Vec<Problem>,
) {
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
