//! The engine always ends: models that could not end are refused by validation, a case
//! that runs away is stopped and counted as exceeded, cancel acts at once, the case count
//! has a cap, and validation stays fast on huge flows. Each test is named after the bug it
//! guards against.
#![allow(clippy::unwrap_used)] // tests fail loudly by design

mod common;

use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use common::*;
use touchmap_engine::bounds::{
    MAX_CASE_EXECUTIONS, MAX_CASES, MAX_DURATION_DAYS, MAX_REWORK_PROBABILITY,
    MIN_OPEN_HOURS_PER_WEEK, MIN_ORDERS_PER_DAY,
};
use touchmap_engine::model::{
    Dist, Edge, Flow, FlowModel, Node, OpenInterval, ResourcePool, Rework, Task, WeeklyCalendar,
};
use touchmap_engine::sample::parallel_chains;
use touchmap_engine::validate::{ProblemKind, ValidationError, run_size_problems, validate};
use touchmap_engine::{EngineError, RunConfig, RunResult, run};

fn pool(calendar: Option<WeeklyCalendar>) -> ResourcePool {
    ResourcePool {
        id: "p".into(),
        name: "Back office".into(),
        capacity: 1,
        calendar,
        cost_per_hour: None,
    }
}

fn on_pool(mut t: Task) -> Node {
    t.resource = Some("p".into());
    Node::Task(t)
}

/// Open `hours` on Monday from 09:00.
fn monday(hours: f64) -> WeeklyCalendar {
    WeeklyCalendar {
        monday: vec![OpenInterval {
            from_hour: 9.0,
            to_hour: 9.0 + hours,
        }],
        ..WeeklyCalendar::default()
    }
}

fn refused(m: &FlowModel) -> ValidationError {
    let err = validate(m).expect_err("the model should be refused");
    // The run is refused at once too, not started.
    let mut cfg = RunConfig::new(m);
    cfg.cases = 10;
    let t = Instant::now();
    let r = run(&cfg, &|_, _| {}, &AtomicBool::new(false), None);
    assert!(matches!(r, Err(EngineError::Invalid(_))), "{r:?}");
    assert!(t.elapsed() < Duration::from_secs(5));
    err
}

fn has(err: &ValidationError, kind: ProblemKind, node: &str, words: &str) {
    assert!(
        err.problems.iter().any(|p| p.kind == kind
            && p.node.as_deref() == Some(node)
            && p.message.contains(words)),
        "expected {kind:?} on “{node}” saying “{words}” in {err:#?}"
    );
}

fn simulate_with(m: &FlowModel, cases: u32) -> RunResult {
    let mut cfg = RunConfig::new(m);
    cfg.cases = cases;
    run(&cfg, &|_, _| {}, &AtomicBool::new(false), None).expect("run")
}

fn assert_every_case_accounted_for(r: &RunResult) {
    for g in std::iter::once(&r.overall).chain(&r.segments) {
        assert_eq!(
            g.completed + g.abandoned + g.exceeded,
            g.cases,
            "{}: {} completed + {} abandoned + {} exceeded",
            g.name,
            g.completed,
            g.abandoned,
            g.exceeded
        );
    }
    assert_eq!(r.overall.cases, r.cases);
}

// ---- Validation refuses what cannot end -------------------------------------------------

#[test]
fn calendar_open_a_nanosecond_a_week_is_refused_instead_of_looping_for_ever() {
    let m = with_pools(
        model(chain(vec![on_pool(task("a", Dist::fixed(1.0)))])),
        vec![pool(Some(monday(1e-9)))],
        None,
    );
    has(
        &refused(&m),
        ProblemKind::BadParameter,
        "Back office",
        "at least 1 h a week",
    );
}

#[test]
fn opening_hours_outside_the_day_backwards_or_not_a_number_are_refused() {
    for (from_hour, to_hour) in [
        (17.0, 9.0),
        (9.0, 9.0),
        (-1.0, 9.0),
        (9.0, 25.0),
        (f64::NAN, 17.0),
        (9.0, f64::INFINITY),
    ] {
        let calendar = WeeklyCalendar {
            monday: vec![OpenInterval { from_hour, to_hour }],
            ..WeeklyCalendar::office(9.0, 17.0, false)
        };
        let m = with_pools(
            model(chain(vec![on_pool(task("a", Dist::fixed(1.0)))])),
            vec![pool(Some(calendar))],
            None,
        );
        has(
            &refused(&m),
            ProblemKind::BadParameter,
            "Back office",
            "is not within 0–24 h with from < to",
        );
    }
    let whole_day = WeeklyCalendar {
        monday: vec![OpenInterval {
            from_hour: 0.0,
            to_hour: 24.0,
        }],
        ..WeeklyCalendar::default()
    };
    let m = with_pools(
        model(chain(vec![on_pool(task("a", Dist::fixed(1.0)))])),
        vec![pool(Some(whole_day))],
        None,
    );
    assert!(validate(&m).is_ok(), "0–24 h is a whole day");
}

#[test]
fn task_of_1e300_days_on_a_calendar_is_refused_instead_of_looping_for_ever() {
    let m = with_pools(
        model(chain(vec![on_pool(task("a", Dist::fixed(1e300)))])),
        vec![pool(Some(WeeklyCalendar::office(9.0, 17.0, false)))],
        None,
    );
    has(
        &refused(&m),
        ProblemKind::BadParameter,
        "Task a",
        "at most 3652.5 days, 10 years (got 1e300)",
    );
}

#[test]
fn orders_of_1e_minus_300_a_day_are_refused_instead_of_looping_for_ever() {
    let m = with_pools(
        model(chain(vec![on_pool(task("a", Dist::fixed(1.0)))])),
        vec![pool(Some(WeeklyCalendar::office(9.0, 17.0, false)))],
        Some(1e-300),
    );
    has(
        &refused(&m),
        ProblemKind::BadParameter,
        "a",
        "orders per day must be 0 or at least 1e-6",
    );
}

#[test]
fn two_tasks_of_1_7e308_days_are_refused_instead_of_panicking() {
    let m = model(chain(vec![
        Node::Task(task("a", Dist::fixed(1.7e308))),
        Node::Task(task("b", Dist::fixed(1.7e308))),
    ]));
    let err = refused(&m);
    has(&err, ProblemKind::BadParameter, "Task a", "10 years");
    has(&err, ProblemKind::BadParameter, "Task b", "10 years");
}

#[test]
fn rework_probability_0_999999_is_refused_instead_of_running_an_hour() {
    let mut t = task("a", Dist::fixed(0.01));
    t.rework = Some(Rework {
        probability: 0.999_999,
        target: "a".into(),
    });
    has(
        &refused(&model(chain(vec![Node::Task(t)]))),
        ProblemKind::ProbabilityRange,
        "Task a",
        "at most 0.95 (20 times)",
    );
}

#[test]
fn every_duration_parameter_and_the_channel_multiplier_are_bounded() {
    let long = MAX_DURATION_DAYS * 2.0;
    for d in [
        Dist::uniform(0.0, long),
        Dist::tri(0.0, 1.0, long),
        Dist::normal(1.0, long),
        Dist::lognormal(long, 1.0),
        Dist::exp(long),
        Dist::gamma(1.0, long),
        Dist::gamma(1e6, 1.0),
    ] {
        let m = model(chain(vec![Node::Wait(touchmap_engine::model::Wait {
            id: "w".into(),
            name: "Slot".into(),
            duration: d.clone(),
            silo: String::new(),
        })]));
        has(&refused(&m), ProblemKind::BadParameter, "Slot", "10 years");
    }
    let mut m = model(chain(vec![Node::Task(task("a", Dist::fixed(1.0)))]));
    m.segments[0]
        .channel_multipliers
        .insert("Phone".into(), 1e300);
    has(
        &refused(&m),
        ProblemKind::BadParameter,
        "Segment a",
        "between 0 and 100",
    );
}

#[test]
fn the_bounds_accept_real_processes_up_to_their_limits() {
    let mut t = on_pool(task("a", Dist::fixed(MAX_DURATION_DAYS)));
    if let Node::Task(t) = &mut t {
        t.rework = Some(Rework {
            probability: MAX_REWORK_PROBABILITY,
            target: "a".into(),
        });
    }
    let m = with_pools(
        model(chain(vec![t])),
        vec![pool(Some(monday(MIN_OPEN_HOURS_PER_WEEK)))],
        Some(MIN_ORDERS_PER_DAY),
    );
    assert!(validate(&m).is_ok(), "{:?}", validate(&m));
    assert!(validate(&touchmap_engine::sample::triple_play()).is_ok());
}

// ---- A runaway case is stopped and counted -----------------------------------------------

/// start → t0 → … → t(n−1) → end, every task failing back to t0 with probability 0.95.
fn rework_to_first(n: usize) -> FlowModel {
    let tasks = (0..n)
        .map(|i| {
            let mut t = task(&format!("t{i}"), Dist::fixed(0.001));
            t.rework = Some(Rework {
                probability: MAX_REWORK_PROBABILITY,
                target: "t0".into(),
            });
            Node::Task(t)
        })
        .collect();
    model(chain(tasks))
}

/// 200 tasks in two nested loops failing 95 % of the time (the first half runs 400 times
/// on average, the second 20 times): about 42,000 executions per case, beyond the limit.
fn nested_rework() -> FlowModel {
    let tasks = (0..200)
        .map(|i| {
            let mut t = task(&format!("t{i}"), Dist::fixed(0.001));
            if i == 99 || i == 199 {
                t.rework = Some(Rework {
                    probability: MAX_REWORK_PROBABILITY,
                    target: "t0".into(),
                });
            }
            Node::Task(t)
        })
        .collect();
    model(chain(tasks))
}

#[test]
fn nested_rework_loops_multiplying_past_a_thousand_runs_are_refused() {
    // Six loops failing 95 % of the time around t0: 20⁶ = 64 million runs per case.
    has(
        &refused(&rework_to_first(6)),
        ProblemKind::ProbabilityRange,
        "Task t0",
        "at most 1000 is allowed",
    );
    // Two are 400 runs: allowed.
    assert!(validate(&rework_to_first(2)).is_ok());
}

#[test]
fn nested_rework_loops_end_as_exceeded_cases_instead_of_running_for_hours() {
    let m = nested_rework();
    assert!(validate(&m).is_ok());
    let r = simulate_with(&m, 20);
    assert_every_case_accounted_for(&r);
    assert!(r.overall.exceeded > 0, "{:?}", r.overall);
    assert!(r.task_events <= f64::from(20 * MAX_CASE_EXECUTIONS) + 1.0);
    let table = touchmap_engine::report::render_run_table(&r);
    assert!(table.contains("exceeded the engine's bounds"), "{table}");
    // Serialised results say so; results without such cases are unchanged.
    let json = serde_json::to_value(&r).unwrap();
    assert_eq!(json["overall"]["exceeded"], r.overall.exceeded);
    let plain = simulate_with(
        &model(chain(vec![Node::Task(task("a", Dist::exp(1.0)))])),
        20,
    );
    assert_eq!(plain.overall.exceeded, 0);
    assert!(
        serde_json::to_value(&plain).unwrap()["overall"]
            .get("exceeded")
            .is_none()
    );
}

#[test]
fn a_decade_of_work_on_an_hour_a_week_ends_as_exceeded_instead_of_a_1700_year_cycle() {
    // 10 years of working time at 1 h a week is about 1,700 years: beyond the 100 years a
    // case may spend in the flow. With and without a stream of orders sharing the pool.
    for rate in [None, Some(1.0)] {
        let m = with_pools(
            model(chain(vec![
                Node::Task(task("quick", Dist::fixed(0.1))),
                on_pool(task("long", Dist::fixed(MAX_DURATION_DAYS))),
            ])),
            vec![pool(Some(monday(1.0)))],
            rate,
        );
        let r = simulate_with(&m, 30);
        assert_every_case_accounted_for(&r);
        assert_eq!(r.overall.exceeded, 30, "{rate:?}: {:?}", r.overall);
        for k in &r.overall.kpis {
            assert!(k.mean.value.is_finite() && k.p99.value.is_finite());
        }
    }
}

#[test]
fn an_exceeded_case_is_logged_as_aborted() {
    let m = nested_rework();
    let mut cfg = RunConfig::new(&m);
    cfg.cases = 2;
    let mut sink = touchmap_engine::log::CsvLog::new(Vec::new());
    run(&cfg, &|_, _| {}, &AtomicBool::new(false), Some(&mut sink)).unwrap();
    let text = String::from_utf8(sink.into_inner()).unwrap();
    assert!(text.contains(",Exceeded the engine's bounds,abort,"));
}

// ---- Cancel acts within the case ---------------------------------------------------------

#[test]
fn cancel_takes_effect_inside_a_long_case_not_only_between_batches_of_cases() {
    // Nearly every case runs to the execution limit; a batch of 1,024 cases (where cancel
    // used to be checked) is some twenty million events. Cancel must act within the case.
    for rate in [None, Some(50.0)] {
        let mut m = nested_rework();
        if let Some(rate) = rate {
            m = with_pools(m, Vec::new(), Some(rate));
        }
        let mut cfg = RunConfig::new(&m);
        cfg.cases = MAX_CASES;
        cfg.replications = Some(1);
        let cancel = AtomicBool::new(false);
        let mut set_at = None;
        let r = std::thread::scope(|s| {
            let setter = s.spawn(|| {
                std::thread::sleep(Duration::from_millis(50));
                cancel.store(true, Ordering::Relaxed);
                Instant::now()
            });
            let r = run(&cfg, &|_, _| {}, &cancel, None);
            let done = Instant::now();
            set_at = Some(setter.join().unwrap());
            (r, done)
        });
        let (result, done) = r;
        assert!(matches!(result, Err(EngineError::Cancelled)), "{rate:?}");
        let latency = done.saturating_duration_since(set_at.unwrap());
        println!("{rate:?}: cancelled {latency:?} after the flag was set");
        // The target is 100 ms in release builds; allow slow debug builds on a busy machine.
        assert!(latency < Duration::from_secs(1), "{rate:?}: {latency:?}");
    }
}

// ---- The case count has a cap ------------------------------------------------------------

#[test]
fn cases_beyond_the_cap_are_refused_with_the_cap_in_the_message() {
    let m = model(chain(vec![Node::Task(task("a", Dist::fixed(1.0)))]));
    let mut cfg = RunConfig::new(&m);
    cfg.cases = MAX_CASES + 1;
    let err = run(&cfg, &|_, _| {}, &AtomicBool::new(false), None).unwrap_err();
    let EngineError::Invalid(invalid) = &err else {
        panic!("expected a refusal, got {err:?}");
    };
    assert_eq!(invalid.problems.len(), 1);
    assert_eq!(invalid.problems[0].kind, ProblemKind::TooManyCases);
    let message = err.to_string();
    assert!(message.starts_with("the run cannot start"), "{message}");
    assert!(message.contains("at most 1,000,000 cases"), "{message}");
    assert!(run_size_problems(MAX_CASES, None).is_empty());
    assert_eq!(run_size_problems(u32::MAX, Some(u32::MAX)).len(), 2);
}

// ---- Validation is not quadratic ---------------------------------------------------------

/// start → t0 → … → t(n−1) → end, with an edge back from the last task to the first.
fn cycle(n: usize) -> Flow {
    let mut f = chain(
        (0..n)
            .map(|i| Node::Task(task(&format!("t{i}"), Dist::fixed(1.0))))
            .collect(),
    );
    f.edges.push(Edge::new(&format!("t{}", n - 1), "t0"));
    f
}

/// start → split → `branches` chains of `per` tasks, each reworking to its first → join → end.
fn wide_split(branches: usize, per: usize) -> Flow {
    parallel_chains("wide", "Wide", vec![per; branches], |b, _, id| {
        let mut t = task(id, Dist::fixed(1.0));
        t.rework = Some(Rework {
            probability: 0.1,
            target: format!("b{b}t0"),
        });
        Node::Task(t)
    })
}

#[test]
fn validating_a_20000_task_cycle_finishes() {
    // Used to take 3–15 s (a search per node); the figure is in `benches/validation.rs`.
    let err = validate(&model(cycle(20_000))).unwrap_err();
    let cycles = err
        .problems
        .iter()
        .filter(|p| p.kind == ProblemKind::Cycle)
        .count();
    assert_eq!(cycles, 20_000);
}

#[test]
fn validating_a_1000_branch_split_finishes() {
    // Used to take 1.3–5 s (every pair of branches against every pair of branches).
    assert!(validate(&model(wide_split(1_000, 20))).is_ok());
    // An exclusive alternative among the branches is still found.
    let mut f = wide_split(1_000, 2);
    f.nodes.push(Node::Exclusive(Node::marker("x", "Either")));
    f.nodes.push(Node::Task(task("y1", Dist::fixed(1.0))));
    f.nodes.push(Node::Task(task("y2", Dist::fixed(1.0))));
    f.edges.extend([
        Edge::new("p", "x"),
        Edge::with_probability("x", "y1", 0.5),
        Edge::with_probability("x", "y2", 0.5),
        Edge::new("y1", "j"),
        Edge::new("y2", "j"),
    ]);
    let err = validate(&model(f)).unwrap_err();
    assert!(
        err.problems
            .iter()
            .any(|p| p.kind == ProblemKind::JoinNeverFires)
    );
}

#[test]
fn rework_loops_on_parallel_branches_do_not_multiply_across_branches() {
    // Twelve branches, each with a loop failing half the time: every task runs twice on
    // average. Multiplying across branches (2¹² = 4,096) would refuse a sound flow.
    let mut f = wide_split(12, 3);
    for node in &mut f.nodes {
        if let Node::Task(t) = node {
            t.rework = t.id.ends_with("t2").then(|| Rework {
                probability: 0.5,
                target: format!("{}t0", t.id.trim_end_matches("t2")),
            });
        }
    }
    assert!(validate(&model(f)).is_ok());
}
