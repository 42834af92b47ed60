//! How often the 95 % interval of the mean wait of a 10,000-case run covers the closed
//! form, on an M/M/1 pool at 80 % load, for several replication and warm-up settings (the
//! evidence for the defaults, see `docs/warm-up.md`).
//!
//! `cargo run --release -p touchmap-engine --example warm_up_coverage [SEEDS]`

use std::sync::atomic::AtomicBool;
use std::time::Instant;

use touchmap_engine::model::{
    Actor, Arrivals, Dist, Edge, Flow, FlowModel, Node, ResourcePool, Segment, Task,
};
use touchmap_engine::stats::KpiKind;
use touchmap_engine::{RunConfig, run};

/// One task on one server: exponential service of mean 1 day, `load` orders a day.
fn mm1(load: f64) -> FlowModel {
    let mut task = Task::new(
        "serve",
        "Serve",
        Dist::exp(1.0),
        Actor::Agent,
        "Phone",
        "Desk",
    );
    task.resource = Some("desk".into());
    let flow = Flow {
        id: "mm1".into(),
        name: "M/M/1".into(),
        nodes: vec![
            Node::Start(Node::marker("s", "Start")),
            Node::Task(task),
            Node::End(Node::marker("e", "End")),
        ],
        edges: vec![Edge::new("s", "serve"), Edge::new("serve", "e")],
    };
    let segment = Segment {
        id: "all".into(),
        name: "All".into(),
        share: 1.0,
        patience_days: None,
        patience_contacts: None,
        channel_multipliers: Default::default(),
        priority: 0,
    };
    let mut m = FlowModel::from_flow("M/M/1", flow, vec![segment], Vec::new());
    m.resources = vec![ResourcePool {
        id: "desk".into(),
        name: "Desk".into(),
        capacity: 1,
        calendar: None,
        cost_per_hour: None,
    }];
    m.arrivals = Some(Arrivals::poisson(
        [("all".to_owned(), load)].into_iter().collect(),
    ));
    m
}

fn main() {
    let seeds: u32 = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(200);
    let load = 0.8;
    let m = mm1(load);
    // Mean time in system: 1 / (μ − λ); waiting before service: ρ / (μ − λ).
    let truth = load / (1.0 - load);
    println!("M/M/1 at ρ = {load}: mean wait {truth}; 10,000 cases, {seeds} seeds");
    println!(
        "{:>6} {:>8} {:>9} {:>10} {:>12} {:>10}",
        "reps", "warm-up", "covered", "bias %", "half-width %", "ms/run"
    );
    for (reps, warm) in [
        (Some(20), Some(0)),
        (Some(20), Some(250)),
        (Some(10), Some(0)),
        (Some(10), Some(200)),
        (Some(5), Some(0)),
        (Some(5), Some(200)),
        (Some(4), Some(250)),
        (None, None),
    ] {
        let (mut covered, mut bias, mut half) = (0u32, 0.0, 0.0);
        let t = Instant::now();
        let (mut reps_used, mut warm_used) = (0, 0);
        for seed in 1..=seeds {
            let mut cfg = RunConfig::new(&m);
            cfg.cases = 10_000;
            cfg.seed = seed;
            cfg.replications = reps;
            cfg.warm_up = warm;
            let r = run(&cfg, &|_, _| {}, &AtomicBool::new(false), None).expect("run");
            (reps_used, warm_used) = (r.replications, r.warm_up_cases);
            let w = r
                .overall
                .kpi(KpiKind::WaitingDays)
                .expect("waiting")
                .mean
                .clone();
            let (lo, hi) = (w.ci_low.expect("ci"), w.ci_high.expect("ci"));
            covered += u32::from(lo <= truth && truth <= hi);
            bias += (w.value / truth - 1.0) / f64::from(seeds);
            half += (hi - lo) / 2.0 / truth / f64::from(seeds);
        }
        println!(
            "{reps_used:>6} {warm_used:>8} {:>8.1}% {:>+10.2} {:>12.1} {:>10.2}",
            100.0 * f64::from(covered) / f64::from(seeds),
            100.0 * bias,
            100.0 * half,
            t.elapsed().as_secs_f64() * 1e3 / f64::from(seeds)
        );
    }
}
