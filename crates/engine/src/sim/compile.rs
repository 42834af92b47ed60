//! Turns a validated flow and its context into flat arrays for the hot loop.

use std::collections::HashMap;

use super::calendar::{Calendar, next_in_week};
use super::pattern::Pattern;
use super::sampler::Sampler;
use crate::model::{Actor, Flow, FlowModel, Node, queue_priority};

/// "No index".
pub(crate) const NONE: u32 = u32::MAX;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Start,
    End,
    Task,
    /// A task run for a batch of cases (see [`crate::model::Batch`]).
    Batch,
    Wait,
    Xor,
    Split,
    Join,
    Merge,
}

/// One node, flattened.
#[derive(Debug, Clone)]
pub(crate) struct CNode {
    pub kind: Kind,
    pub succ_lo: u32,
    pub succ_hi: u32,
    pub resource: u32,
    pub silo: u32,
    pub channel: u32,
    /// Whether the customer takes part (causes contacts, or done by the customer or a
    /// technician at home): only these count for channel switches.
    pub customer_facing: bool,
    pub contacts: u32,
    pub technician: bool,
    pub rework_p: f64,
    pub rework_target: u32,
    /// What a day of its working time costs (its pool's cost per hour × 24).
    pub work_cost: f64,
    /// What its contacts cost per execution (at its channel's cost per contact).
    pub contact_cost: f64,
    pub join_slot: u32,
    pub join_need: u32,
    /// Offset of this gateway's cumulative probabilities (per segment) in `xor_cum`.
    pub xor_base: u32,
    /// The task's batch in `batches` (a [`Kind::Batch`]), or [`NONE`].
    pub batch: u32,
}

/// How a batching task releases its batch (see [`crate::model::Batch`]).
#[derive(Debug, Clone)]
pub(crate) struct CBatch {
    /// The batching task.
    pub node: u32,
    /// Cases that fill it (`u32::MAX`: no size).
    pub size: u32,
    /// Days after its first case (infinite: no time-out).
    pub timeout: f64,
    /// Its release times in days from Monday 00:00, sorted (empty: none).
    pub release: Vec<f64>,
}

impl CBatch {
    /// The first of its release times at or after `t`, if it has any.
    pub fn next_release(&self, t: f64) -> Option<f64> {
        next_in_week(&self.release, t)
    }
}

#[derive(Debug, Clone)]
pub(crate) struct CSegment {
    pub id: String,
    pub name: String,
    pub patience_days: Option<Sampler>,
    pub patience_contacts: Option<Sampler>,
}

#[derive(Debug, Clone)]
pub(crate) struct CResource {
    pub id: String,
    pub name: String,
    pub capacity: u32,
    pub calendar: Option<Calendar>,
    /// Priority levels its queue tells apart (1: first come, first served).
    pub levels: u32,
}

/// The flow as the engine runs it.
#[derive(Debug, Clone)]
pub(crate) struct Compiled {
    pub nodes: Vec<CNode>,
    pub samplers: Vec<Sampler>,
    pub succ: Vec<u32>,
    pub start: u32,
    pub ids: Vec<String>,
    pub names: Vec<String>,
    pub silos: Vec<String>,
    pub channels: Vec<String>,
    pub xor_cum: Vec<f64>,
    /// Duration multiplier, `[segment * nodes + node]`.
    pub mult: Vec<f64>,
    pub n_joins: u32,
    pub segments: Vec<CSegment>,
    /// Cumulative arrival weights of the segments (0 weight for filtered-out segments).
    pub seg_cum: Vec<f64>,
    /// Total orders per day when arrivals are given (stream mode), else `None` (isolated cases).
    pub rate: Option<f64>,
    /// How those orders spread over time.
    pub pattern: Pattern,
    /// Whether any pool or contact has a cost (else the cost KPI is left out).
    pub costed: bool,
    pub resources: Vec<CResource>,
    /// Task and wait nodes, in flow order.
    pub steps: Vec<u32>,
    /// The batching tasks' release rules, by `CNode::batch`.
    pub batches: Vec<CBatch>,
    /// A case's priority level in its pool's queue, `[segment * nodes + node]`, for the
    /// tasks of pools with more than one level (0 elsewhere; empty when no pool has).
    pub level: Vec<u32>,
}

impl Compiled {
    /// Compiles a flow that passed validation. `segment` keeps only that segment's orders.
    pub(crate) fn new(flow: &Flow, model: &FlowModel, segment: Option<usize>) -> Self {
        let n = flow.nodes.len();
        let index: HashMap<&str, u32> = flow
            .nodes
            .iter()
            .enumerate()
            .map(|(i, node)| (node.id(), i as u32))
            .collect();
        let res_index: HashMap<&str, u32> = model
            .resources
            .iter()
            .enumerate()
            .map(|(i, r)| (r.id.as_str(), i as u32))
            .collect();
        let mut succ_lists: Vec<Vec<(u32, usize)>> = vec![Vec::new(); n];
        for (ei, e) in flow.edges.iter().enumerate() {
            if let (Some(&a), Some(&b)) = (index.get(e.from.as_str()), index.get(e.to.as_str())) {
                succ_lists[a as usize].push((b, ei));
            }
        }
        let mut indeg = vec![0u32; n];
        for list in &succ_lists {
            for &(b, _) in list {
                indeg[b as usize] += 1;
            }
        }
        let mut silos: Vec<String> = Vec::new();
        let mut channels: Vec<String> = Vec::new();
        let mut silo_ids: HashMap<&str, u32> = HashMap::new();
        let mut channel_ids: HashMap<&str, u32> = HashMap::new();
        // Interns a name in one hash look-up (a linear search would make big flows quadratic).
        fn intern<'f>(v: &mut Vec<String>, ids: &mut HashMap<&'f str, u32>, s: &'f str) -> u32 {
            *ids.entry(s).or_insert_with(|| {
                v.push(s.to_owned());
                (v.len() - 1) as u32
            })
        }
        let nseg = model.segments.len();
        let mut nodes = Vec::with_capacity(n);
        let mut samplers = Vec::with_capacity(n);
        let mut succ = Vec::new();
        let mut xor_cum = Vec::new();
        let mut n_joins = 0;
        let mut start = 0;
        let mut steps = Vec::new();
        let mut mult = vec![1.0; nseg * n];
        let mut batches = Vec::new();
        for (i, node) in flow.nodes.iter().enumerate() {
            let lo = succ.len() as u32;
            succ.extend(succ_lists[i].iter().map(|&(b, _)| b));
            let mut c = CNode {
                kind: Kind::Start,
                succ_lo: lo,
                succ_hi: succ.len() as u32,
                resource: NONE,
                silo: NONE,
                channel: NONE,
                customer_facing: false,
                contacts: 0,
                technician: false,
                rework_p: 0.0,
                rework_target: NONE,
                work_cost: 0.0,
                contact_cost: 0.0,
                join_slot: NONE,
                join_need: 0,
                xor_base: NONE,
                batch: NONE,
            };
            let mut sampler = Sampler::Fixed(0.0);
            match node {
                Node::Start(_) => start = i as u32,
                Node::End(_) => c.kind = Kind::End,
                Node::Task(t) => {
                    c.kind = if t.batch.is_some() {
                        Kind::Batch
                    } else {
                        Kind::Task
                    };
                    sampler = Sampler::new(&t.duration);
                    c.resource = t
                        .resource
                        .as_deref()
                        .and_then(|r| res_index.get(r).copied())
                        .unwrap_or(NONE);
                    c.silo = intern(&mut silos, &mut silo_ids, &t.silo);
                    c.channel = intern(&mut channels, &mut channel_ids, &t.channel);
                    c.customer_facing = t.contacts.total() > 0
                        || matches!(t.actor, Actor::Customer | Actor::Technician);
                    c.contacts = t.contacts.total();
                    c.contact_cost = f64::from(c.contacts)
                        * model.contact_costs.get(&t.channel).copied().unwrap_or(0.0);
                    c.work_cost = model
                        .resources
                        .get(c.resource as usize)
                        .and_then(|p| p.cost_per_hour)
                        .map_or(0.0, |per_hour| per_hour * 24.0);
                    c.technician = t.technician_visit;
                    if let Some(b) = &t.batch {
                        c.batch = batches.len() as u32;
                        batches.push(CBatch {
                            node: i as u32,
                            size: b.size.unwrap_or(u32::MAX),
                            timeout: b.timeout_days.unwrap_or(f64::INFINITY),
                            release: b.release.as_ref().map_or_else(Vec::new, |r| r.week_times()),
                        });
                    }
                    if let Some(rw) = &t.rework {
                        c.rework_p = rw.probability;
                        c.rework_target = index.get(rw.target.as_str()).copied().unwrap_or(NONE);
                    }
                    for (s, seg) in model.segments.iter().enumerate() {
                        if let Some(m) = seg.channel_multipliers.get(&t.channel) {
                            mult[s * n + i] = *m;
                        }
                    }
                    steps.push(i as u32);
                }
                Node::Wait(w) => {
                    c.kind = Kind::Wait;
                    sampler = Sampler::new(&w.duration);
                    steps.push(i as u32);
                }
                Node::Exclusive(_) => {
                    c.kind = Kind::Xor;
                    c.xor_base = xor_cum.len() as u32;
                    for seg in &model.segments {
                        let mut acc = 0.0;
                        for &(_, ei) in &succ_lists[i] {
                            let e = &flow.edges[ei];
                            acc += e
                                .segment_probabilities
                                .get(&seg.id)
                                .copied()
                                .or(e.probability)
                                .unwrap_or(0.0);
                            xor_cum.push(acc);
                        }
                    }
                }
                Node::ParallelSplit(_) => c.kind = Kind::Split,
                Node::Merge(_) => c.kind = Kind::Merge,
                Node::ParallelJoin(_) => {
                    c.kind = Kind::Join;
                    c.join_slot = n_joins;
                    c.join_need = indeg[i];
                    n_joins += 1;
                }
            }
            nodes.push(c);
            samplers.push(sampler);
        }
        let rate = model.arrivals.as_ref().map(|a| {
            model
                .segments
                .iter()
                .enumerate()
                .filter(|(s, _)| segment.is_none_or(|k| k == *s))
                .map(|(_, seg)| a.orders_per_day.get(&seg.id).copied().unwrap_or(0.0))
                .sum::<f64>()
        });
        let mut acc = 0.0;
        let seg_cum = model
            .segments
            .iter()
            .enumerate()
            .map(|(s, seg)| {
                let w = if segment.is_some_and(|k| k != s) {
                    0.0
                } else {
                    match &model.arrivals {
                        Some(a) => a.orders_per_day.get(&seg.id).copied().unwrap_or(0.0),
                        None => seg.share,
                    }
                };
                acc += w;
                acc
            })
            .collect::<Vec<_>>();
        let (levels, level) = priority_levels(flow, model, &nodes);
        let total = acc.max(f64::MIN_POSITIVE);
        let seg_cum = seg_cum.into_iter().map(|c| c / total).collect();
        Compiled {
            nodes,
            samplers,
            succ,
            start,
            ids: flow.nodes.iter().map(|x| x.id().to_owned()).collect(),
            names: flow.nodes.iter().map(|x| x.name().to_owned()).collect(),
            silos,
            channels,
            xor_cum,
            mult,
            n_joins,
            segments: model
                .segments
                .iter()
                .map(|s| CSegment {
                    id: s.id.clone(),
                    name: s.name.clone(),
                    patience_days: s.patience_days.as_ref().map(Sampler::new),
                    patience_contacts: s.patience_contacts.as_ref().map(Sampler::new),
                })
                .collect(),
            seg_cum,
            rate,
            pattern: Pattern::new(model.arrivals.as_ref()),
            costed: model.has_prices(),
            resources: model
                .resources
                .iter()
                .zip(levels)
                .map(|(r, levels)| CResource {
                    id: r.id.clone(),
                    name: r.name.clone(),
                    capacity: r.capacity.max(1),
                    calendar: r.calendar.as_ref().and_then(Calendar::new),
                    levels,
                })
                .collect(),
            steps,
            batches,
            level,
        }
    }
}

/// Each pool's number of priority levels, and each task and segment's level in its pool's
/// queue (`[segment * nodes + node]`): the distinct [`queue_priority`] values of the
/// pool's tasks and the segments, ranked from 0 (lowest). A pool whose cases all have the
/// same priority has one level and keeps its first come, first served queue; when no pool
/// has more, the table is empty and never read.
fn priority_levels(flow: &Flow, model: &FlowModel, nodes: &[CNode]) -> (Vec<u32>, Vec<u32>) {
    let n = nodes.len();
    let key = |task: u32, seg: usize| queue_priority(task, model.segments[seg].priority);
    let mut keys: Vec<Vec<u32>> = vec![Vec::new(); model.resources.len()];
    for (node, c) in flow.nodes.iter().zip(nodes) {
        if let (Node::Task(t), Some(pool)) = (node, keys.get_mut(c.resource as usize)) {
            pool.extend((0..model.segments.len()).map(|s| key(t.priority.unwrap_or(0), s)));
        }
    }
    for pool in &mut keys {
        pool.sort_unstable();
        pool.dedup();
    }
    let levels: Vec<u32> = keys.iter().map(|k| k.len().max(1) as u32).collect();
    if levels.iter().all(|&l| l == 1) {
        return (levels, Vec::new());
    }
    let mut level = vec![0; model.segments.len() * n];
    for (i, (node, c)) in flow.nodes.iter().zip(nodes).enumerate() {
        if let (Node::Task(t), Some(pool)) = (node, keys.get(c.resource as usize)) {
            for s in 0..model.segments.len() {
                level[s * n + i] =
                    pool.partition_point(|&k| k < key(t.priority.unwrap_or(0), s)) as u32;
            }
        }
    }
    (levels, level)
}
