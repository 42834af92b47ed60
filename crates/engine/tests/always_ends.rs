//! Property test: every run of a small random flow model that passes validation ends, and
//! every case ends one way: completed + abandoned + exceeded == cases.
#![allow(clippy::unwrap_used)] // tests fail loudly by design

mod common;

use std::collections::BTreeMap;
use std::sync::atomic::AtomicBool;

use common::task;
use proptest::prelude::*;
use touchmap_engine::bounds::{MAX_DURATION_DAYS, MAX_REWORK_PROBABILITY};
use touchmap_engine::model::{
    Arrivals, Dist, Edge, Flow, FlowModel, Node, OpenInterval, ResourcePool, Rework, Segment, Wait,
    WeeklyCalendar,
};
use touchmap_engine::validate::validate;
use touchmap_engine::{RunConfig, run};

/// A duration: mostly short, sometimes up to the bound.
fn duration() -> impl Strategy<Value = Dist> {
    prop_oneof![
        4 => (0.0f64..3.0).prop_map(Dist::fixed),
        4 => (0.01f64..3.0).prop_map(Dist::exp),
        2 => (0.0f64..2.0, 0.0f64..5.0).prop_map(|(a, w)| Dist::uniform(a, a + w)),
        1 => (1.0f64..MAX_DURATION_DAYS).prop_map(Dist::fixed),
        1 => (0.1f64..5.0, 0.1f64..MAX_DURATION_DAYS / 5.0)
            .prop_map(|(shape, scale)| Dist::gamma(shape, scale)),
    ]
}

#[derive(Debug, Clone)]
struct TaskSpec {
    duration: Dist,
    pool: Option<usize>,
    calls: u32,
    /// Rework probability and how many tasks back its target is (0 = itself).
    rework: Option<(f64, usize)>,
}

fn task_spec() -> impl Strategy<Value = TaskSpec> {
    (
        duration(),
        prop::option::weighted(0.5, 0usize..2),
        0u32..3,
        prop::option::weighted(
            0.3,
            (
                prop_oneof![3 => 0.0f64..0.5, 1 => 0.5f64..=MAX_REWORK_PROBABILITY],
                0usize..3,
            ),
        ),
    )
        .prop_map(|(duration, pool, calls, rework)| TaskSpec {
            duration,
            pool,
            calls,
            rework,
        })
}

/// A block of the flow, in sequence.
#[derive(Debug, Clone)]
enum Block {
    Task(TaskSpec),
    Wait(Dist),
    /// Exclusive gateway to two chains of tasks meeting in a merge.
    Either(f64, Vec<TaskSpec>, Vec<TaskSpec>),
    /// Parallel split into chains of tasks meeting in a join.
    Parallel(Vec<Vec<TaskSpec>>),
}

fn chain_of_tasks() -> impl Strategy<Value = Vec<TaskSpec>> {
    prop::collection::vec(task_spec(), 1..3)
}

fn block() -> impl Strategy<Value = Block> {
    prop_oneof![
        4 => task_spec().prop_map(Block::Task),
        1 => duration().prop_map(Block::Wait),
        2 => (0.0f64..=1.0, chain_of_tasks(), chain_of_tasks())
            .prop_map(|(p, a, b)| Block::Either(p, a, b)),
        2 => prop::collection::vec(chain_of_tasks(), 2..4).prop_map(Block::Parallel),
    ]
}

#[derive(Debug, Clone)]
struct Spec {
    blocks: Vec<Block>,
    /// Per pool: capacity and, if it has one, an opening interval on each working day.
    pools: Vec<(u32, Option<(f64, f64)>)>,
    /// Per segment: patience in days and in contacts.
    segments: Vec<(Option<f64>, Option<f64>)>,
    orders_per_day: Option<f64>,
}

fn spec() -> impl Strategy<Value = Spec> {
    (
        prop::collection::vec(block(), 1..5),
        prop::collection::vec((1u32..4, prop::option::of((0.0f64..20.0, 1.0f64..4.0))), 2),
        prop::collection::vec(
            (
                prop::option::of(0.5f64..60.0),
                prop::option::of(1.0f64..15.0),
            ),
            1..3,
        ),
        prop::option::of(prop_oneof![1e-6f64..1.0, 1.0f64..200.0]),
    )
        .prop_map(|(blocks, pools, segments, orders_per_day)| Spec {
            blocks,
            pools,
            segments,
            orders_per_day,
        })
}

struct Builder {
    nodes: Vec<Node>,
    edges: Vec<Edge>,
    next: usize,
}

impl Builder {
    fn id(&mut self, prefix: &str) -> String {
        self.next += 1;
        format!("{prefix}{}", self.next)
    }

    /// Adds a chain of tasks after `from`; returns the last node's id. Rework targets stay
    /// within the chain (an earlier task of the same branch, or the task itself).
    fn tasks(&mut self, from: &str, specs: &[TaskSpec]) -> String {
        let mut prev = from.to_owned();
        let mut ids: Vec<String> = Vec::new();
        for s in specs {
            let id = self.id("t");
            let mut t = task(&id, s.duration.clone());
            t.resource = s.pool.map(|p| format!("pool{p}"));
            t.contacts.calls = s.calls;
            if let Some((p, back)) = s.rework {
                let target = if back == 0 || ids.is_empty() {
                    id.clone()
                } else {
                    ids[ids.len().saturating_sub(back)].clone()
                };
                t.rework = Some(Rework {
                    probability: p,
                    target,
                });
            }
            self.nodes.push(Node::Task(t));
            self.edges.push(Edge::new(&prev, &id));
            ids.push(id.clone());
            prev = id;
        }
        prev
    }
}

fn model(spec: &Spec) -> FlowModel {
    let mut b = Builder {
        nodes: vec![Node::Start(Node::marker("s", "Start"))],
        edges: Vec::new(),
        next: 0,
    };
    let mut prev = "s".to_owned();
    for block in &spec.blocks {
        prev = match block {
            Block::Task(t) => b.tasks(&prev, std::slice::from_ref(t)),
            Block::Wait(d) => {
                let id = b.id("w");
                b.nodes.push(Node::Wait(Wait {
                    id: id.clone(),
                    name: id.clone(),
                    duration: d.clone(),
                    silo: String::new(),
                }));
                b.edges.push(Edge::new(&prev, &id));
                id
            }
            Block::Either(p, first, second) => {
                let (x, m) = (b.id("x"), b.id("m"));
                b.nodes.push(Node::Exclusive(Node::marker(&x, &x)));
                b.nodes.push(Node::Merge(Node::marker(&m, &m)));
                b.edges.push(Edge::new(&prev, &x));
                let before = b.edges.len();
                let end_a = b.tasks(&x, first);
                b.edges[before].probability = Some(*p);
                let before = b.edges.len();
                let end_b = b.tasks(&x, second);
                b.edges[before].probability = Some(1.0 - p);
                b.edges.push(Edge::new(&end_a, &m));
                b.edges.push(Edge::new(&end_b, &m));
                m
            }
            Block::Parallel(branches) => {
                let (p, j) = (b.id("p"), b.id("j"));
                b.nodes.push(Node::ParallelSplit(Node::marker(&p, &p)));
                b.nodes.push(Node::ParallelJoin(Node::marker(&j, &j)));
                b.edges.push(Edge::new(&prev, &p));
                for chain in branches {
                    let end = b.tasks(&p, chain);
                    b.edges.push(Edge::new(&end, &j));
                }
                j
            }
        };
    }
    b.nodes.push(Node::End(Node::marker("e", "End")));
    b.edges.push(Edge::new(&prev, "e"));
    let flow = Flow {
        id: "random".into(),
        name: "Random".into(),
        nodes: b.nodes,
        edges: b.edges,
    };
    let segments: Vec<Segment> = spec
        .segments
        .iter()
        .enumerate()
        .map(|(i, &(days, contacts))| Segment {
            id: format!("seg{i}"),
            name: format!("Segment {i}"),
            share: 1.0,
            patience_days: days.map(Dist::exp),
            patience_contacts: contacts.map(Dist::fixed),
            channel_multipliers: BTreeMap::new(),
            priority: 0,
        })
        .collect();
    let pools = spec
        .pools
        .iter()
        .enumerate()
        .map(|(i, &(capacity, hours))| ResourcePool {
            id: format!("pool{i}"),
            name: format!("Pool {i}"),
            capacity,
            calendar: hours.map(|(from, len)| {
                let day = vec![OpenInterval {
                    from_hour: from,
                    to_hour: from + len,
                }];
                WeeklyCalendar {
                    monday: day.clone(),
                    wednesday: day,
                    ..WeeklyCalendar::default()
                }
            }),
            cost_per_hour: None,
        })
        .collect();
    let mut m = FlowModel::from_flow("random", flow, segments, pools);
    m.arrivals = spec
        .orders_per_day
        .map(|rate| Arrivals::poisson(m.segments.iter().map(|s| (s.id.clone(), rate)).collect()));
    m
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn every_valid_model_ends_with_every_case_accounted_for(
        spec in spec(),
        cases in 1u32..40,
        seed in 0u32..1000,
    ) {
        let m = model(&spec);
        prop_assert!(validate(&m).is_ok(), "{:?}", validate(&m));
        let mut cfg = RunConfig::new(&m);
        cfg.cases = cases;
        cfg.seed = seed;
        let r = run(&cfg, &|_, _| {}, &AtomicBool::new(false), None).unwrap();
        prop_assert_eq!(r.overall.cases, cases);
        for g in std::iter::once(&r.overall).chain(&r.segments) {
            prop_assert_eq!(g.completed + g.abandoned + g.exceeded, g.cases, "{}", g.name);
        }
        let by_segment: u32 = r.segments.iter().map(|g| g.cases).sum();
        prop_assert_eq!(by_segment, cases);
        for k in &r.overall.kpis {
            prop_assert!(k.mean.value.is_finite() && k.p99.value.is_finite());
        }
    }
}
