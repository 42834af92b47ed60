//! Validation of 20,000-task flows: a cycle (refused), a chain with rework to the task
//! before (valid) or to the first task (refused: the loops multiply), 1,000 parallel
//! branches of 20 tasks (valid) and the same with an exclusive alternative among the
//! branches (refused: the join never fires). The target is under 100 ms each in a
//! release build. `cargo bench -p touchmap-engine --bench validation`

use std::collections::BTreeMap;
use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use touchmap_engine::model::{Actor, Dist, Edge, Flow, FlowModel, Node, Rework, Segment, Task};
use touchmap_engine::sample::parallel_chains;
use touchmap_engine::validate::validate;

const TASKS: usize = 20_000;

fn task(id: &str, rework_to: Option<&str>) -> Node {
    let mut t = Task::new(id, id, Dist::exp(0.5), Actor::Agent, "Phone", "Sales");
    t.rework = rework_to.map(|target| Rework {
        probability: 0.1,
        target: target.into(),
    });
    Node::Task(t)
}

fn model(flow: Flow) -> FlowModel {
    let segment = Segment {
        id: "all".into(),
        name: "All".into(),
        share: 1.0,
        patience_days: None,
        patience_contacts: None,
        channel_multipliers: BTreeMap::new(),
        priority: 0,
    };
    FlowModel::from_flow("bench", flow, vec![segment], Vec::new())
}

/// start → t0 → … → t(n−1) → end; every task reworks to the one before (or the first), and
/// with `cycle` an edge goes back from the last task to the first.
fn chain(cycle: bool, rework_to_first: bool) -> FlowModel {
    let mut nodes = vec![Node::Start(Node::marker("s", "Start"))];
    let mut edges = vec![Edge::new("s", "t0")];
    for i in 0..TASKS {
        let target = if rework_to_first {
            "t0".to_owned()
        } else {
            format!("t{}", i.saturating_sub(1))
        };
        nodes.push(task(&format!("t{i}"), Some(&target)));
        if i > 0 {
            edges.push(Edge::new(&format!("t{}", i - 1), &format!("t{i}")));
        }
    }
    nodes.push(Node::End(Node::marker("e", "End")));
    edges.push(Edge::new(&format!("t{}", TASKS - 1), "e"));
    if cycle {
        edges.push(Edge::new(&format!("t{}", TASKS - 1), "t0"));
    }
    model(Flow {
        id: "chain".into(),
        name: "Chain".into(),
        nodes,
        edges,
    })
}

/// start → split → 1,000 branches of 20 tasks → join → end (with `alternative`, one more
/// branch is an exclusive choice whose two arms both reach the join).
fn wide(alternative: bool) -> FlowModel {
    let (branches, per) = (1_000, TASKS / 1_000);
    let mut flow = parallel_chains("wide", "Wide", vec![per; branches], |b, _, id| {
        task(id, Some(&format!("b{b}t0")))
    });
    if alternative {
        flow.nodes
            .push(Node::Exclusive(Node::marker("x", "Either")));
        flow.nodes.push(task("y1", None));
        flow.nodes.push(task("y2", None));
        flow.edges.extend([
            Edge::new("p", "x"),
            Edge::with_probability("x", "y1", 0.5),
            Edge::with_probability("x", "y2", 0.5),
            Edge::new("y1", "j"),
            Edge::new("y2", "j"),
        ]);
    }
    model(flow)
}

fn bench(c: &mut Criterion) {
    let cases = [
        ("20,000-task cycle (refused)", chain(true, false), false),
        (
            "20,000-task chain, rework to the task before",
            chain(false, false),
            true,
        ),
        // 20,000 loops around the first task multiply past the bound on expected runs.
        (
            "20,000-task chain, rework to the first task (refused)",
            chain(false, true),
            false,
        ),
        ("1,000 branches of 20 tasks", wide(false), true),
        (
            "1,000 branches + an exclusive alternative (refused)",
            wide(true),
            false,
        ),
    ];
    for (name, m, valid) in &cases {
        let t = Instant::now();
        let r = validate(m);
        println!("validate {name}: {:.1} ms", t.elapsed().as_secs_f64() * 1e3);
        assert_eq!(r.is_ok(), *valid, "{name}");
    }
    for (name, m, _) in &cases {
        c.bench_function(&format!("validate {name}"), |b| {
            b.iter(|| black_box(validate(black_box(m)).is_ok()))
        });
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10).measurement_time(Duration::from_secs(3)).warm_up_time(Duration::from_millis(500));
    targets = bench
}
criterion_main!(benches);
