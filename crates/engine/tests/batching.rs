//! Batching tasks against answers worked out by hand: a batch of `k` cases fed every `d`
//! days waits `d (k − 1) / 2` per case; a time-out batch's wait with Poisson arrivals;
//! a batch takes one unit of its pool for one duration; batching is a cause of waiting
//! only where a task batches; a run stays the same for a seed.

mod common;

use std::collections::BTreeMap;
use std::sync::atomic::AtomicBool;

use common::*;
use touchmap_engine::model::{
    Arrivals, Batch, BatchRelease, Dist, FlowModel, Node, ResourcePool, Task, Weekday,
};
use touchmap_engine::stats::{KpiKind, RunResult, StepStats, WaitingCause};
use touchmap_engine::validate::validate;
use touchmap_engine::{RunConfig, run};

/// Orders every `gap` days (evenly spaced) or, with `poisson`, a Poisson stream of the same
/// rate, through `tasks` in a row; `billing` runs on a pool of one unit.
fn stream(tasks: Vec<Task>, gap: f64, poisson: bool) -> FlowModel {
    let mut m = model(chain(tasks.into_iter().map(Node::Task).collect()));
    m.resources = vec![ResourcePool {
        id: "billing".into(),
        name: "Billing run".into(),
        capacity: 1,
        calendar: None,
        cost_per_hour: None,
    }];
    let mut arrivals = Arrivals::poisson(BTreeMap::from([("a".to_owned(), 1.0 / gap)]));
    if !poisson {
        arrivals.inter_arrival = Some(Dist::fixed(1.0));
    }
    m.arrivals = Some(arrivals);
    m
}

/// A task of `work` days on the billing pool, batched by `size` and `timeout`.
fn batched(work: f64, size: Option<u32>, timeout_days: Option<f64>) -> Task {
    let mut t = task("bill", Dist::fixed(work));
    t.resource = Some("billing".into());
    t.batch = Some(Batch {
        size,
        timeout_days,
        release: None,
    });
    t
}

/// `cases` in `replications` (each a whole number of batches), measured from the first.
fn simulate_cold(m: &FlowModel, cases: u32, replications: u32, seed: u32) -> RunResult {
    let mut cfg = RunConfig::new(m);
    cfg.cases = cases;
    cfg.replications = Some(replications);
    cfg.warm_up = Some(0);
    cfg.seed = seed;
    run(&cfg, &|_, _| {}, &AtomicBool::new(false), None).expect("run")
}

fn bill(r: &RunResult) -> &StepStats {
    r.overall.step("bill").expect("bill")
}

/// Every cause but batching: none of them when the pool is free as each batch is released.
const NOT_BATCHING: [WaitingCause; 4] = [
    WaitingCause::Contention,
    WaitingCause::Unavailability,
    WaitingCause::Prioritisation,
    WaitingCause::Extraneous,
];

/// The causes of a step's waiting add up to it, and `zero` are zero (mean and p90).
fn assert_causes(s: &StepStats, zero: &[WaitingCause]) {
    assert_step_causes_add_up(s);
    for &c in zero {
        assert_eq!(s.waiting_causes.get(c).mean.value, 0.0, "{c:?}");
        assert_eq!(s.waiting_causes.get(c).p90.value, 0.0, "{c:?}");
    }
}

#[test]
fn a_batch_of_k_fed_every_d_days_waits_d_times_k_minus_1_over_2() {
    for (k, d) in [(4, 0.5), (5, 0.25), (1, 1.0)] {
        let m = stream(vec![batched(0.125, Some(k), None)], d, false);
        // 12 replications of 60 k cases: whole batches, and 4 × 10⁴ and more cases in all.
        let r = simulate_cold(&m, 720 * k, 12, 1);
        let s = bill(&r);
        let want = d * f64::from(k - 1) / 2.0;
        let got = s.waiting_causes.batching.mean.value;
        assert!((got - want).abs() < 1e-9, "k {k}, d {d}: {got} vs {want}");
        // The pool is free when each batch is released: batching is all the waiting.
        assert_causes(s, &NOT_BATCHING);
        assert!((s.mean_waiting_days - want).abs() < 1e-9);
    }
}

/// Orders every day, released 2.5 days after the first: batches of three that waited 2.5,
/// 1.5 and 0.5 days. With a size of 4 as well, the time-out still comes first; with a
/// time-out of 1.5 days, batches of two (1.5 and 0.5).
#[test]
fn a_time_out_batch_releases_its_first_case_after_the_time_out() {
    for (size, timeout, want) in [
        (None, 2.5, 1.5),
        (Some(4), 2.5, 1.5),
        (Some(4), 1.5, 1.0),
        (Some(2), 5.0, 0.5),
    ] {
        let m = stream(vec![batched(0.125, size, Some(timeout))], 1.0, false);
        let r = simulate_cold(&m, 1_200, 10, 2);
        let got = bill(&r).waiting_causes.batching.mean.value;
        assert!(
            (got - want).abs() < 1e-9,
            "size {size:?}, time-out {timeout}: {got} vs {want}"
        );
    }
}

/// With Poisson orders (λ a day) and a time-out T, a batch is its first case (waiting T)
/// and the Poisson(λT) cases after it (waiting T − U, U uniform on T): per case
/// (T + λT²/2) / (1 + λT); λ = 2, T = 1 gives 2/3 of a day.
#[test]
fn a_time_out_batch_under_poisson_orders_waits_as_worked_out() {
    let (lambda, t) = (2.0, 1.0);
    let m = stream(vec![batched(0.01, None, Some(t))], 1.0 / lambda, true);
    let want = (t + lambda * t * t / 2.0) / (1.0 + lambda * t);
    assert_poisson_batching_wait(&m, 3, want);
}

/// 60,000 Poisson orders (seed `seed`) wait `want` days for their batch on average: within
/// twice the 95 % interval, itself within 2 % of `want`.
fn assert_poisson_batching_wait(m: &FlowModel, seed: u32, want: f64) {
    let r = simulate_cold(m, 60_000, 20, seed);
    let est = &bill(&r).waiting_causes.batching.mean;
    let ci = (
        est.ci_low.expect("an interval"),
        est.ci_high.expect("an interval"),
    );
    let half = (ci.1 - ci.0) / 2.0;
    assert!(
        (est.value - want).abs() <= 2.0 * half && half < 0.02 * want,
        "{} vs {want} (± {})",
        est.value,
        2.0 * half
    );
}

/// A task of `work` days on the billing pool, released at `hour` on `days` only.
fn released(work: f64, days: Vec<Weekday>, hour: f64) -> Task {
    let mut t = batched(work, None, None);
    if let Some(b) = &mut t.batch {
        b.release = Some(BatchRelease { days, hour });
    }
    t
}

/// Orders at 00:00 every day (the first on Tuesday), released on Mondays at 02:00: Monday's
/// order waits 2 hours, the others 6, 5, … 1 days and 2 hours; 3 days and 2 hours on
/// average over each whole week.
#[test]
fn a_batch_released_on_mondays_at_2_waits_until_then() {
    let m = stream(vec![released(0.01, vec![Weekday::Monday], 2.0)], 1.0, false);
    // 12 replications of 70 weeks: whole weeks each.
    let r = simulate_cold(&m, 12 * 490, 12, 5);
    let s = bill(&r);
    let want = 3.0 + 2.0 / 24.0;
    let got = s.waiting_causes.batching.mean.value;
    assert!((got - want).abs() < 1e-9, "{got} vs {want}");
    assert_causes(s, &NOT_BATCHING);
}

/// Poisson orders wait from a uniform moment of the week to the next release: released on
/// Mondays and Thursdays at 10:00 (gaps of 3 and 4 days), (3² + 4²) / (2 × 7) = 25/14 days.
/// The size, the time-out and the release time together: whichever comes first.
#[test]
fn a_batch_released_twice_a_week_under_poisson_orders_waits_as_worked_out() {
    let days = vec![Weekday::Thursday, Weekday::Monday];
    let m = stream(vec![released(0.001, days, 10.0)], 0.5, true);
    assert_poisson_batching_wait(&m, 6, 25.0 / 14.0);
    // Orders every day at 00:00 from Tuesday, released on Mondays at 02:00, or at 2 cases,
    // or a day and a half after the first: Tuesday's and Wednesday's orders go together
    // (1 day and 0), Thursday's and Friday's, Saturday's and Sunday's, and Monday's alone
    // at 02:00 — its time-out would be Tuesday noon.
    let mut t = released(0.01, vec![Weekday::Monday], 2.0);
    t.batch.as_mut().unwrap().size = Some(2);
    t.batch.as_mut().unwrap().timeout_days = Some(1.5);
    let r = simulate_cold(&stream(vec![t], 1.0, false), 12 * 490, 12, 7);
    let got = bill(&r).waiting_causes.batching.mean.value;
    let want = (3.0 * 1.0 + 2.0 / 24.0) / 7.0;
    assert!((got - want).abs() < 1e-9, "{got} vs {want}");
}

/// A batch takes one unit for one duration: five cases a day on a pool of one unit, each
/// batch of 5 busy for 0.5 day, keep it 50 % busy (case by case it would be 250 %); every
/// case of a batch works the batch's half day and is charged a fifth of it.
#[test]
fn a_batch_takes_one_unit_of_its_pool_for_one_duration() {
    let mut m = stream(vec![batched(0.5, Some(5), None)], 0.2, false);
    m.resources[0].cost_per_hour = Some(10.0);
    let r = simulate_cold(&m, 10_000, 4, 4);
    let utilisation = r.resources[0].utilisation.expect("utilisation");
    assert!((utilisation - 0.5).abs() < 0.01, "{utilisation}");
    let s = bill(&r);
    assert!(
        (s.mean_working_days - 0.5).abs() < 1e-9,
        "{}",
        s.mean_working_days
    );
    // Batches of 5 every day: 0.8, 0.6, 0.4, 0.2, 0 days of batching.
    assert!((s.waiting_causes.batching.mean.value - 0.4).abs() < 1e-9);
    let cost = r.overall.kpi(KpiKind::Cost).expect("cost").mean.value;
    assert!((cost - 0.5 * 24.0 * 10.0 / 5.0).abs() < 1e-6, "{cost}");
}

/// Batching is a cause only at the batching task: the case-by-case task after it on the
/// same pool waits by contention (the batches hold the unit) but never by batching.
#[test]
fn batching_appears_only_at_batching_tasks_and_the_causes_add_up() {
    let mut after = task("after", Dist::exp(0.1));
    after.resource = Some("billing".into());
    let m = stream(vec![batched(0.3, Some(3), Some(2.0)), after], 0.25, true);
    let r = simulate(&m, 20_000, 5);
    let s = bill(&r);
    assert_causes(s, &[WaitingCause::Prioritisation, WaitingCause::Extraneous]);
    assert!(s.waiting_causes.batching.mean.value > 0.1);
    let a = r.overall.step("after").expect("after");
    assert_causes(a, &[WaitingCause::Batching, WaitingCause::Prioritisation]);
    assert!(a.waiting_causes.contention.mean.value > 0.0);
    // Without batching, no batching anywhere.
    let plain = stream(vec![task("bill", Dist::exp(0.1))], 0.25, true);
    for s in &simulate(&plain, 5_000, 5).overall.steps {
        assert_causes(s, &[WaitingCause::Batching]);
    }
}

/// A case simulated on its own (no stream of orders) has no batch to wait for unless a
/// time-out holds it: a size-only batch releases it at once.
#[test]
fn a_case_on_its_own_is_released_at_once_or_at_the_time_out() {
    let mut m = stream(vec![batched(0.1, Some(10), None)], 1.0, false);
    m.arrivals = None;
    assert_eq!(simulate(&m, 200, 6).overall.completed, 200);
    assert_eq!(bill(&simulate(&m, 200, 6)).mean_waiting_days, 0.0);
    let mut m = stream(vec![batched(0.1, Some(10), Some(0.75))], 1.0, false);
    m.arrivals = None;
    let r = simulate(&m, 200, 6);
    assert!((bill(&r).waiting_causes.batching.mean.value - 0.75).abs() < 1e-9);
}

/// The same seed gives the same result with batches and priorities, with several threads.
#[test]
fn batches_and_priorities_run_the_same_for_a_seed() {
    let mut after = task("after", Dist::exp(0.1));
    after.resource = Some("billing".into());
    after.priority = Some(3);
    let mut m = stream(vec![batched(0.3, Some(3), Some(2.0)), after], 0.25, true);
    m.segments[0].priority = 2;
    let mut cfg = RunConfig::new(&m);
    cfg.cases = 20_000;
    cfg.seed = 9;
    cfg.threads = Some(3);
    let a = run(&cfg, &|_, _| {}, &AtomicBool::new(false), None).expect("run");
    cfg.threads = Some(1);
    let b = run(&cfg, &|_, _| {}, &AtomicBool::new(false), None).expect("run");
    assert_eq!(
        serde_json::to_string(&a.overall).unwrap(),
        serde_json::to_string(&b.overall).unwrap()
    );
}

#[test]
fn a_bad_batch_is_refused_naming_the_task() {
    for (batch, message) in [
        (
            Batch {
                size: Some(0),
                timeout_days: None,
                release: None,
            },
            "“Task bill”: batch size must be between 1 and 100000 (got 0)",
        ),
        (
            Batch {
                size: None,
                timeout_days: Some(-1.0),
                release: None,
            },
            "“Task bill”: batch time-out must be more than 0 and at most 3652.5 days (got -1)",
        ),
        (
            Batch {
                size: None,
                timeout_days: None,
                release: None,
            },
            "“Task bill”: a batch needs a size, a time-out or a release time",
        ),
        (
            Batch {
                size: None,
                timeout_days: None,
                release: Some(BatchRelease {
                    days: vec![],
                    hour: 2.0,
                }),
            },
            "“Task bill”: a batch's release time needs at least one day",
        ),
        (
            Batch {
                size: Some(3),
                timeout_days: None,
                release: Some(BatchRelease {
                    days: vec![Weekday::Monday],
                    hour: 24.0,
                }),
            },
            "“Task bill”: a batch's release hour must be from 0 up to 24 (got 24)",
        ),
    ] {
        let mut t = batched(0.1, None, None);
        t.batch = Some(batch);
        let err = validate(&stream(vec![t], 1.0, false)).expect_err("invalid");
        assert!(
            err.problems
                .iter()
                .any(|p| p.message.contains(message) && p.node_id.as_deref() == Some("bill")),
            "{message}: {err}"
        );
    }
}

/// Seen on main: the CLI's waiting table ended every run with "batching and
/// prioritisation: none, the engine has neither yet", also under a batch's own row of
/// batching.
#[test]
fn the_waiting_table_shows_batching_and_no_longer_says_the_engine_has_none() {
    let m = stream(vec![batched(0.3, Some(3), Some(2.0))], 0.25, true);
    let table = touchmap_engine::report::render_run_table(&simulate(&m, 2_000, 5));
    let section = table
        .split("Waiting before each step by cause")
        .nth(1)
        .expect("waiting table");
    assert!(section.contains("batching"), "{section}");
    assert!(!section.contains("neither"), "{section}");
}
