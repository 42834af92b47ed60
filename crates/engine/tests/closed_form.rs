//! The engine against closed-form results. Tolerances are 4 standard errors of the
//! estimator (or twice the run's own 95 % batch-means interval where cases are correlated).

mod common;

use std::collections::BTreeMap;
use std::sync::Mutex;
use std::sync::atomic::AtomicBool;

use common::*;
use touchmap_engine::log::{EventSink, Lifecycle, LogEvent};
use touchmap_engine::model::{
    Dist, Edge, Flow, Node, OpenInterval, ResourcePool, Rework, WeeklyCalendar,
};
use touchmap_engine::stats::KpiKind;
use touchmap_engine::{RunConfig, run};

#[test]
fn series_of_exponentials_sums_means_and_variances() {
    let means = [0.5, 1.0, 2.0];
    let flow = chain(
        means
            .iter()
            .enumerate()
            .map(|(i, &m)| Node::Task(task(&format!("t{i}"), Dist::exp(m))))
            .collect(),
    );
    let n = 40_000;
    let r = simulate(&model(flow), n, 7);
    let cycle = r.overall.kpi(KpiKind::CycleDays).unwrap();
    let mean: f64 = means.iter().sum();
    let var: f64 = means.iter().map(|m| m * m).sum();
    let m4: f64 = {
        // fourth central moment of a sum of independent exponentials
        let k4: f64 = means.iter().map(|m| 6.0 * m.powi(4)).sum();
        k4 + 3.0 * var * var
    };
    close(
        "mean of the sum",
        cycle.mean.value,
        mean,
        (var / f64::from(n)).sqrt(),
    );
    close(
        "variance of the sum",
        cycle.sd * cycle.sd,
        var,
        ((m4 - var * var) / f64::from(n)).sqrt(),
    );
    // The run's own interval has the right width (about 1.96 SE).
    let half = (cycle.mean.ci_high.unwrap() - cycle.mean.ci_low.unwrap()) / 2.0;
    let se = (var / f64::from(n)).sqrt();
    assert!(
        half > se && half < 3.5 * se,
        "ci half-width {half} vs se {se}"
    );
    assert_eq!(r.overall.abandoned, 0);
}

#[test]
fn rework_loop_gives_a_geometric_number_of_passes() {
    let p = 0.3;
    let mut t = task("fix", Dist::fixed(0.1));
    t.rework = Some(Rework {
        probability: p,
        target: "fix".into(),
    });
    let n = 40_000;
    let r = simulate(&model(chain(vec![Node::Task(t)])), n, 11);
    let reworks = r.overall.kpi(KpiKind::Reworks).unwrap();
    // passes ~ Geometric(1 − p): reworks = passes − 1, mean p/(1−p), variance p/(1−p)².
    let mean = p / (1.0 - p);
    let var = p / ((1.0 - p) * (1.0 - p));
    close(
        "mean reworks",
        reworks.mean.value,
        mean,
        (var / f64::from(n)).sqrt(),
    );
    let step = r.overall.step("fix").unwrap();
    close(
        "executions per case",
        step.executions_per_case,
        1.0 / (1.0 - p),
        (var / f64::from(n)).sqrt(),
    );
    close(
        "rework rate",
        step.rework_rate,
        p,
        (p * (1.0 - p) / (f64::from(n) / (1.0 - p))).sqrt(),
    );
    // Cycle time is 0.1 × passes.
    let cycle = r.overall.kpi(KpiKind::CycleDays).unwrap();
    close(
        "cycle",
        cycle.mean.value,
        0.1 / (1.0 - p),
        0.1 * (var / f64::from(n)).sqrt(),
    );
}

#[test]
fn parallel_split_of_exponentials_ends_at_the_maximum() {
    let k = 4;
    let m = 2.0;
    let mut nodes = vec![
        Node::Start(Node::marker("s", "Start")),
        Node::ParallelSplit(Node::marker("split", "Split")),
        Node::ParallelJoin(Node::marker("join", "Join")),
        Node::End(Node::marker("e", "End")),
    ];
    let mut edges = vec![Edge::new("s", "split"), Edge::new("join", "e")];
    for i in 0..k {
        let id = format!("b{i}");
        nodes.push(Node::Task(task(&id, Dist::exp(m))));
        edges.push(Edge::new("split", &id));
        edges.push(Edge::new(&id, "join"));
    }
    let flow = Flow {
        id: "par".into(),
        name: "Parallel".into(),
        nodes,
        edges,
    };
    let n = 40_000;
    let r = simulate(&model(flow), n, 3);
    let h: f64 = (1..=k).map(|i| 1.0 / f64::from(i)).sum();
    let var: f64 = (1..=k).map(|i| m * m / f64::from(i * i)).sum();
    let cycle = r.overall.kpi(KpiKind::CycleDays).unwrap();
    close(
        "mean of the max",
        cycle.mean.value,
        m * h,
        (var / f64::from(n)).sqrt(),
    );
    // Each branch is critical in 1/k of the cases.
    for i in 0..k {
        let s = r.overall.step(&format!("b{i}")).unwrap();
        close(
            "critical share",
            s.critical_share,
            0.25,
            (0.25 * 0.75 / f64::from(n)).sqrt(),
        );
    }
}

fn erlang_c(c: u32, a: f64) -> f64 {
    let mut sum = 0.0;
    let mut term = 1.0; // a^k / k!
    for k in 0..c {
        if k > 0 {
            term *= a / f64::from(k);
        }
        sum += term;
    }
    let last = term * a / f64::from(c) * f64::from(c) / (f64::from(c) - a);
    last / (sum + last)
}

#[test]
fn mmc_queue_matches_erlang_c() {
    let (c, lambda, mu) = (2u32, 1.4, 1.0);
    let mut t = task("serve", Dist::exp(1.0 / mu));
    t.resource = Some("desk".into());
    let m = with_pools(
        model(chain(vec![Node::Task(t)])),
        vec![ResourcePool {
            id: "desk".into(),
            name: "Desk".into(),
            capacity: c,
            calendar: None,
            cost_per_hour: None,
        }],
        Some(lambda),
    );
    let n = 200_000;
    let r = simulate(&m, n, 5);
    let wq = erlang_c(c, lambda / mu) / (f64::from(c) * mu - lambda);
    let cycle = r.overall.kpi(KpiKind::CycleDays).unwrap();
    let half = (cycle.mean.ci_high.unwrap() - cycle.mean.ci_low.unwrap()) / 2.0;
    let want = wq + 1.0 / mu;
    assert!(
        (cycle.mean.value - want).abs() <= 2.0 * half,
        "mean time in system {} vs Erlang C {want} (± {})",
        cycle.mean.value,
        2.0 * half
    );
    let util = r.resources[0].utilisation.unwrap();
    assert!(
        (util - lambda / (f64::from(c) * mu)).abs() < 0.02,
        "utilisation {util}"
    );
}

#[derive(Default)]
struct Capture(Mutex<Vec<(u64, String, Lifecycle, f64)>>);

impl EventSink for &Capture {
    fn record(&mut self, e: &LogEvent<'_>) -> std::io::Result<()> {
        self.0
            .lock()
            .expect("lock")
            .push((e.case, e.activity_id.to_owned(), e.lifecycle, e.time));
        Ok(())
    }
    fn finish(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Opening hours Monday–Friday 9–17: the next open instant at or after `t` (days).
fn next_open(t: f64) -> f64 {
    let (open, close) = (9.0 / 24.0, 17.0 / 24.0);
    let mut day = t.floor();
    loop {
        let weekday = (day as i64).rem_euclid(7);
        if weekday < 5 {
            let a = day + open;
            if t <= a {
                return a;
            }
            if t < day + close {
                return t;
            }
        }
        day += 1.0;
    }
}

/// When `work` days of work started at open instant `t` finish, pausing overnight.
fn finish(t: f64, work: f64) -> f64 {
    let close = t.floor() + 17.0 / 24.0;
    if t + work <= close {
        t + work
    } else {
        finish(next_open(close + 1e-9), work - (close - t))
    }
}

#[test]
fn calendar_closed_overnight_delays_start_and_pauses_work() {
    let mut bo = task("bo", Dist::fixed(0.2)); // 4.8 working hours
    bo.resource = Some("office".into());
    let flow = chain(vec![
        Node::Task(task("order", Dist::fixed(0.0))),
        Node::Task(bo),
    ]);
    let m = with_pools(
        model(flow),
        vec![ResourcePool {
            id: "office".into(),
            name: "Office".into(),
            capacity: 1000,
            calendar: Some(WeeklyCalendar::office(9.0, 17.0, false)),
            cost_per_hour: None,
        }],
        None,
    );
    let cap = Capture::default();
    let mut sink = &cap;
    let mut cfg = RunConfig::new(&m);
    cfg.cases = 2000;
    run(&cfg, &|_, _| {}, &AtomicBool::new(false), Some(&mut sink)).unwrap();
    let events = cap.0.into_inner().unwrap();
    let mut by_case: BTreeMap<u64, Vec<(String, Lifecycle, f64)>> = BTreeMap::new();
    for (c, a, l, t) in events {
        by_case.entry(c).or_default().push((a, l, t));
    }
    assert_eq!(by_case.len(), 2000);
    let mut after_hours = 0;
    let mut paused = 0;
    for evs in by_case.values() {
        let t0 = evs
            .iter()
            .find(|e| e.0 == "order" && e.1 == Lifecycle::Complete)
            .unwrap()
            .2;
        let s = evs
            .iter()
            .find(|e| e.0 == "bo" && e.1 == Lifecycle::Start)
            .unwrap()
            .2;
        let c = evs
            .iter()
            .find(|e| e.0 == "bo" && e.1 == Lifecycle::Complete)
            .unwrap()
            .2;
        let want_s = next_open(t0);
        assert!(
            (s - want_s).abs() < 1e-9,
            "start {s} expected {want_s} (arrival {t0})"
        );
        let want_c = finish(want_s, 0.2);
        assert!((c - want_c).abs() < 1e-9, "complete {c} expected {want_c}");
        after_hours += usize::from(s > t0 + 1e-12);
        paused += usize::from(c - s > 0.2 + 1e-9);
    }
    // Most of the week is closed, and some work straddles closing time.
    assert!(after_hours > 1000 && paused > 50, "{after_hours} {paused}");
}

#[test]
fn abandonment_by_fixed_patience_is_the_exponential_tail() {
    let (mean, patience) = (2.0, 3.0);
    let mut m = model(chain(vec![Node::Task(task("slow", Dist::exp(mean)))]));
    m.segments[0].patience_days = Some(Dist::fixed(patience));
    let n = 40_000;
    let r = simulate(&m, n, 9);
    let p = (-patience / mean).exp();
    close(
        "abandonment rate",
        r.overall.abandonment_rate.value,
        p,
        (p * (1.0 - p) / f64::from(n)).sqrt(),
    );
    let s = r.overall.step("slow").unwrap();
    close(
        "blamed step",
        s.abandonment_share,
        p,
        (p * (1.0 - p) / f64::from(n)).sqrt(),
    );
    // Activated cases all finished before their patience ran out.
    let p99 = r.overall.kpi(KpiKind::CycleDays).unwrap().p99.value;
    assert!(p99 <= patience, "{p99}");
}

#[test]
fn contact_patience_abandons_when_contacts_exceed_it() {
    let mut call = task("call", Dist::fixed(0.1));
    call.contacts.calls = 1;
    call.rework = Some(Rework {
        probability: 0.5,
        target: "call".into(),
    });
    let mut m = model(chain(vec![Node::Task(call)]));
    m.segments[0].patience_contacts = Some(Dist::fixed(2.5));
    let n = 20_000;
    let r = simulate(&m, n, 2);
    // Abandon at the third call: needs two failures in a row, P = 0.25.
    close(
        "abandonment",
        r.overall.abandonment_rate.value,
        0.25,
        (0.25 * 0.75 / f64::from(n)).sqrt(),
    );
}

#[test]
fn exclusive_gateway_takes_branches_by_segment_probability() {
    let mut flow = chain(vec![]);
    flow.nodes.pop();
    flow.edges.clear();
    flow.nodes
        .push(Node::Exclusive(Node::marker("x", "Choice")));
    flow.nodes.push(Node::Task(task("a", Dist::fixed(1.0))));
    flow.nodes.push(Node::Task(task("b", Dist::fixed(3.0))));
    flow.nodes.push(Node::End(Node::marker("e", "End")));
    let mut ea = Edge::with_probability("x", "a", 0.2);
    ea.segment_probabilities.insert("a".into(), 0.7);
    flow.edges = vec![
        Edge::new("s", "x"),
        ea,
        Edge::with_probability("x", "b", 0.8),
        Edge::new("a", "e"),
        Edge::new("b", "e"),
    ];
    // For segment "a" the probabilities are 0.7 / 0.8 → invalid; fix b for segment a.
    flow.edges[2].segment_probabilities.insert("a".into(), 0.3);
    let n = 20_000;
    let r = simulate(&model(flow), n, 4);
    let want = 0.7 * 1.0 + 0.3 * 3.0;
    let sd = (0.7f64 * 0.3).sqrt() * 2.0;
    close(
        "mean",
        r.overall.kpi(KpiKind::CycleDays).unwrap().mean.value,
        want,
        sd / f64::from(n).sqrt(),
    );
}

#[test]
fn open_calendar_interval_helper_is_consistent() {
    let c = WeeklyCalendar::office(9.0, 17.0, true);
    assert_eq!(
        c.saturday,
        vec![OpenInterval {
            from_hour: 9.0,
            to_hour: 17.0
        }]
    );
    assert!(c.sunday.is_empty());
}
