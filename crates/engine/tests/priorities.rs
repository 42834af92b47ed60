//! Queue priorities against closed forms: an M/M/1 pool serving two segments of different
//! priority (non-preemptive, first come first served within a class) waits by Cobham's
//! formula; overtaken waiting is prioritisation, and only when there are priorities.

mod common;

use std::collections::BTreeMap;
use std::sync::atomic::AtomicBool;

use common::*;
use touchmap_engine::model::{Arrivals, Dist, FlowModel, Node, Segment, Task};
use touchmap_engine::stats::{GroupResult, KpiKind, RunResult};
use touchmap_engine::validate::validate;
use touchmap_engine::{RunConfig, run};

fn prioritised(id: &str, priority: u32) -> Segment {
    Segment {
        priority,
        ..segment(id)
    }
}

/// One desk (open 24/7) serving `tasks` in a row for segments `high` and `low` arriving as
/// Poisson streams of `rates` orders a day.
fn two_classes(tasks: Vec<Task>, priorities: (u32, u32), rates: (f64, f64)) -> FlowModel {
    let mut m = FlowModel::from_flow(
        "two classes",
        chain(tasks.into_iter().map(Node::Task).collect()),
        vec![
            prioritised("high", priorities.0),
            prioritised("low", priorities.1),
        ],
        vec![desk(1, None)],
    );
    m.arrivals = Some(Arrivals::poisson(BTreeMap::from([
        ("high".to_owned(), rates.0),
        ("low".to_owned(), rates.1),
    ])));
    m
}

/// A task at the desk, exponential with `mean` days.
fn at_desk(id: &str, mean: f64) -> Task {
    let mut t = task(id, Dist::exp(mean));
    t.resource = Some("desk".into());
    t
}

/// The M/M/1 desk: one task of mean 1 day.
fn desk_task() -> Vec<Task> {
    vec![at_desk("serve", 1.0)]
}

fn group<'a>(r: &'a RunResult, id: &str) -> &'a GroupResult {
    r.segments
        .iter()
        .find(|g| g.segment_id.as_deref() == Some(id))
        .unwrap_or_else(|| panic!("no segment {id}"))
}

/// Cobham: W_k = W0 / ((1 − σ_{k−1})(1 − σ_k)), W0 = Σ λ_i E[S_i²] / 2, σ_k the load of
/// the classes of priority k and higher. Exponential service of mean 1: E[S²] = 2, so
/// W0 = λ = 0.8; high (ρ = 0.3): 0.8 / 0.7 = 1.143 days; low (ρ = 0.5): 0.8 / (0.7 × 0.2)
/// = 5.714 days (first come, first served: 4 days for both).
#[test]
fn two_priority_classes_on_an_m_m_1_pool_wait_by_cobham_s_formula() {
    let (l_high, l_low) = (0.3, 0.5);
    let m = two_classes(desk_task(), (1, 0), (l_high, l_low));
    let w0 = l_high + l_low;
    let want_high = w0 / (1.0 - l_high);
    let want_low = w0 / ((1.0 - l_high) * (1.0 - l_high - l_low));
    let mut cfg = RunConfig::new(&m);
    cfg.cases = 300_000;
    cfg.seed = 12;
    let r = run(&cfg, &|_, _| {}, &AtomicBool::new(false), None).expect("run");
    assert!(r.warm_up_cases > 0, "a stream is warmed up");
    assert_causes_add_up(&r);
    let mut waits = Vec::new();
    for (id, want) in [("high", want_high), ("low", want_low)] {
        let wait = &group(&r, id)
            .kpi(KpiKind::WaitingDays)
            .expect("waiting")
            .mean;
        let half = (wait.ci_high.unwrap() - wait.ci_low.unwrap()) / 2.0;
        // Twice the run's own interval: an M/M/1 wait at 80 % load is strongly
        // autocorrelated and the replications' interval only approximately 95 %.
        assert!(
            (wait.value - want).abs() <= 2.0 * half,
            "{id}: mean wait {} vs Cobham {want} (± {})",
            wait.value,
            2.0 * half
        );
        // And the interval is tight enough for the check to mean something.
        assert!(half < 0.1 * want, "{id}: interval ± {half} for {want}");
        waits.push(wait.value);
    }
    assert!(waits[0] < 0.5 * waits[1], "high waits less: {waits:?}");
}

/// Segments of equal priority are served first come, first served: nobody is overtaken,
/// so the same run without priorities gives exactly the same figures.
#[test]
fn equal_priorities_are_first_come_first_served() {
    let plain = two_classes(desk_task(), (0, 0), (0.3, 0.5));
    let equal = two_classes(desk_task(), (4, 4), (0.3, 0.5));
    let a = simulate(&plain, 5_000, 3);
    let b = simulate(&equal, 5_000, 3);
    assert_eq!(a.overall.steps, b.overall.steps);
    let s = &b
        .overall
        .steps
        .iter()
        .find(|s| s.node_id == "serve")
        .unwrap();
    assert_eq!(s.waiting_causes.prioritisation.mean.value, 0.0);
    assert!(s.waiting_causes.contention.mean.value > 1.0);
}

/// With priorities, the low class's waiting is partly prioritisation, the high class's
/// never (nobody overtakes it); without them there is none. The causes add up either way.
#[test]
fn prioritisation_appears_only_with_priorities_and_only_for_the_overtaken() {
    let without = simulate(&two_classes(desk_task(), (0, 0), (0.3, 0.5)), 20_000, 8);
    let with = simulate(&two_classes(desk_task(), (1, 0), (0.3, 0.5)), 20_000, 8);
    assert_causes_add_up(&without);
    assert_causes_add_up(&with);
    for g in std::iter::once(&without.overall).chain(&without.segments) {
        for s in &g.steps {
            assert_eq!(s.waiting_causes.prioritisation.mean.value, 0.0);
        }
    }
    let causes = |id| {
        &group(&with, id)
            .step("serve")
            .expect("serve")
            .waiting_causes
    };
    assert_eq!(causes("high").prioritisation.mean.value, 0.0);
    assert_eq!(causes("high").prioritisation.p90.value, 0.0);
    let low = causes("low");
    // A low case waits behind high ones that came after it for about the part of its
    // wait beyond what it would wait behind the high ones already there: clearly a share.
    assert!(
        low.prioritisation.mean.value > 0.5 && low.contention.mean.value > 0.5,
        "{low:?}"
    );
    assert!(low.prioritisation.p90.value > low.prioritisation.mean.value);
}

/// A task's priority ranks before the segment's: on a pool shared by two tasks, the
/// urgent task's cases wait less whatever their segment.
#[test]
fn a_task_s_priority_ranks_before_the_segment_s() {
    let urgent = Task {
        priority: Some(1),
        ..at_desk("urgent", 0.5)
    };
    // Each case does both (80 % load); the segment of priority 9 still waits longer at
    // the routine task than the other segment at the urgent one.
    let m = two_classes(vec![urgent, at_desk("routine", 0.5)], (9, 0), (0.3, 0.5));
    let r = simulate(&m, 20_000, 4);
    assert_causes_add_up(&r);
    let wait = |seg, step| group(&r, seg).step(step).unwrap().mean_waiting_days;
    assert!(
        wait("low", "urgent") < wait("high", "routine"),
        "urgent/low {} vs routine/high {}",
        wait("low", "urgent"),
        wait("high", "routine")
    );
    assert!(wait("high", "routine") < wait("low", "routine"));
}

#[test]
fn a_priority_out_of_range_is_refused_naming_the_segment_and_the_task() {
    let serve = Task {
        priority: Some(10),
        ..at_desk("serve", 1.0)
    };
    let m = two_classes(vec![serve], (12, 0), (0.3, 0.5));
    let err = validate(&m).expect_err("out of range");
    let messages: Vec<&str> = err.problems.iter().map(|p| p.message.as_str()).collect();
    assert!(
        messages
            .iter()
            .any(|m| m.contains("“Segment high”: priority must be between 0 and 9 (got 12)")),
        "{messages:?}"
    );
    assert!(
        messages
            .iter()
            .any(|m| m.contains("“Task serve”: priority must be between 0 and 9 (got 10)")),
        "{messages:?}"
    );
}
