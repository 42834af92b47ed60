//! A generated 200-task flow: 10 parallel branches of 20 tasks with gateways, rework and
//! shared pools. `cargo bench -p touchmap-engine --bench generated`

use std::collections::BTreeMap;
use std::hint::black_box;
use std::sync::atomic::AtomicBool;
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use touchmap_engine::model::{
    Actor, Arrivals, Dist, FlowModel, Node, ResourcePool, Rework, Segment, Task,
};
use touchmap_engine::sample::parallel_chains;
use touchmap_engine::{RunConfig, RunResult, run};

const BRANCHES: usize = 10;
const PER_BRANCH: usize = 20;

fn model() -> FlowModel {
    let flow = parallel_chains(
        "gen",
        "Generated 200 tasks",
        vec![PER_BRANCH; BRANCHES],
        |b, i, id| {
            let mut t = Task::new(
                id,
                id,
                Dist::exp(0.05),
                Actor::Agent,
                if i % 2 == 0 { "Phone" } else { "App" },
                &format!("silo{}", i % 3),
            );
            if i % 4 == 1 {
                t.resource = Some(format!("pool{}", b % 3));
            }
            if i % 5 == 4 {
                t.rework = Some(Rework {
                    probability: 0.1,
                    target: format!("b{b}t{}", i - 1),
                });
                t.contacts.calls = 1;
            }
            Node::Task(t)
        },
    );
    let segments = vec![Segment {
        id: "all".into(),
        name: "All".into(),
        share: 1.0,
        patience_days: Some(Dist::lognormal(30.0, 5.0)),
        patience_contacts: None,
        channel_multipliers: BTreeMap::new(),
        priority: 0,
    }];
    let resources = (0..3)
        .map(|k| ResourcePool {
            id: format!("pool{k}"),
            name: format!("Pool {k}"),
            capacity: 20,
            calendar: None,
            cost_per_hour: None,
        })
        .collect();
    let mut m = FlowModel::from_flow("generated", flow, segments, resources);
    m.arrivals = Some(Arrivals::poisson(
        [("all".to_owned(), 50.0)].into_iter().collect(),
    ));
    m
}

fn simulate(m: &FlowModel, cases: u32, threads: Option<u32>) -> RunResult {
    let mut cfg = RunConfig::new(m);
    cfg.cases = cases;
    cfg.threads = threads;
    run(&cfg, &|_, _| {}, &AtomicBool::new(false), None).expect("run")
}

fn bench(c: &mut Criterion) {
    let m = model();
    for threads in [Some(1), None] {
        let t = Instant::now();
        let r = simulate(&m, 20_000, threads);
        let s = t.elapsed().as_secs_f64();
        let th = threads.map_or_else(
            || std::thread::available_parallelism().map_or(1, |n| n.get()),
            |t| t as usize,
        );
        println!(
            "generated 200-task flow: 20000 cases on {th} thread(s) in {s:.3} s; {:.0} task executions, {:.2} M task events/s ({:.2} M/s per thread)",
            r.task_events,
            r.task_events / s / 1e6,
            r.task_events / s / 1e6 / th as f64
        );
    }
    c.bench_function("generated 200-task flow, 5k cases", |b| {
        b.iter(|| black_box(simulate(&m, 5_000, None)))
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10).measurement_time(Duration::from_secs(8)).warm_up_time(Duration::from_secs(1));
    targets = bench
}
criterion_main!(benches);
