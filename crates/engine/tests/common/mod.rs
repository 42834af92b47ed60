//! Builders shared by the integration tests.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::sync::atomic::AtomicBool;

use touchmap_engine::model::{
    Actor, Arrivals, Dist, Edge, Flow, FlowModel, Node, ResourcePool, Segment, Task, Wait,
    WeeklyCalendar,
};
use touchmap_engine::stats::{StepStats, WaitingCause};
use touchmap_engine::{RunConfig, RunResult, run};

pub fn task(id: &str, d: Dist) -> Task {
    Task::new(id, &format!("Task {id}"), d, Actor::Agent, "Phone", "Sales")
}

pub fn segment(id: &str) -> Segment {
    Segment {
        id: id.into(),
        name: format!("Segment {id}"),
        share: 1.0,
        patience_days: None,
        patience_contacts: None,
        channel_multipliers: BTreeMap::new(),
        priority: 0,
    }
}

/// start → nodes in order → end.
pub fn chain(nodes: Vec<Node>) -> Flow {
    let mut all = vec![Node::Start(Node::marker("s", "Start"))];
    all.extend(nodes);
    all.push(Node::End(Node::marker("e", "End")));
    let edges = all
        .windows(2)
        .map(|w| Edge::new(w[0].id(), w[1].id()))
        .collect();
    Flow {
        id: "f".into(),
        name: "Test flow".into(),
        nodes: all,
        edges,
    }
}

pub fn model(flow: Flow) -> FlowModel {
    FlowModel::from_flow("test", flow, vec![segment("a")], Vec::new())
}

pub fn with_pools(
    mut m: FlowModel,
    pools: Vec<ResourcePool>,
    orders_per_day: Option<f64>,
) -> FlowModel {
    m.resources = pools;
    m.arrivals =
        orders_per_day.map(|r| Arrivals::poisson([("a".to_owned(), r)].into_iter().collect()));
    m
}

/// One task on one pool of `capacity` (open 24/7 without a `calendar`), `rate` orders a
/// day: an M/M/c queue with exponential durations.
/// The pool `desk` of `capacity` units, open on `calendar` (`None`: always).
pub fn desk(capacity: u32, calendar: Option<WeeklyCalendar>) -> ResourcePool {
    ResourcePool {
        id: "desk".into(),
        name: "Desk".into(),
        capacity,
        calendar,
        cost_per_hour: None,
    }
}

/// Orders come ten a day, wait `lag` (a modelled wait), then take `work` at the one-unit
/// `desk`: a pool the orders reach only some time after they arrive.
pub fn desk_after_a_wait(lag: Dist, work: Dist) -> FlowModel {
    let mut t = task("serve", work);
    t.resource = Some("desk".into());
    let wait = Node::Wait(Wait {
        id: "lag".into(),
        name: "Lag before the desk".into(),
        duration: lag,
        silo: String::new(),
    });
    with_pools(
        model(chain(vec![wait, Node::Task(t)])),
        vec![desk(1, None)],
        Some(10.0),
    )
}

pub fn one_pool(
    duration: Dist,
    capacity: u32,
    calendar: Option<WeeklyCalendar>,
    rate: f64,
) -> FlowModel {
    let mut t = task("serve", duration);
    t.resource = Some("desk".into());
    with_pools(
        model(chain(vec![Node::Task(t)])),
        vec![desk(capacity, calendar)],
        Some(rate),
    )
}

pub fn simulate(m: &FlowModel, cases: u32, seed: u32) -> RunResult {
    let mut cfg = RunConfig::new(m);
    cfg.cases = cases;
    cfg.seed = seed;
    run(&cfg, &|_, _| {}, &AtomicBool::new(false), None).expect("run")
}

/// Asserts |got − want| ≤ 4 standard errors.
pub fn close(what: &str, got: f64, want: f64, se: f64) {
    assert!(
        (got - want).abs() <= 4.0 * se,
        "{what}: got {got}, expected {want} ± {} (4 SE)",
        4.0 * se
    );
}

/// The five causes' means add up to the step's mean waiting.
pub fn assert_step_causes_add_up(s: &StepStats) {
    let sum: f64 = WaitingCause::ALL
        .iter()
        .map(|&c| s.waiting_causes.get(c).mean.value)
        .sum();
    assert!(
        (sum - s.mean_waiting_days).abs() <= 1e-9 * s.mean_waiting_days.max(1.0),
        "{}: causes {sum} vs waiting {}",
        s.node_id,
        s.mean_waiting_days
    );
}

/// Every step of every group: the five causes' means add up to the step's mean waiting.
pub fn assert_causes_add_up(r: &RunResult) {
    for g in std::iter::once(&r.overall).chain(&r.segments) {
        g.steps.iter().for_each(assert_step_causes_add_up);
    }
}
