//! Warm-up: a stream of orders is not measured from empty queues.

mod common;

use std::sync::atomic::AtomicBool;

use common::*;
use touchmap_engine::model::{Dist, FlowModel, Node};
use touchmap_engine::stats::KpiKind;
use touchmap_engine::{RunConfig, run};

/// An M/M/1 pool: one desk, exponential service of mean 1 day, `load` orders a day.
fn mm1(load: f64) -> FlowModel {
    one_pool(Dist::exp(1.0), 1, None, load)
}

/// The seeds of `seeds` whose default 10,000-case run misses the closed-form mean wait of an
/// M/M/1 pool at 80 % load with its 95 % interval: (seed, estimate, interval).
fn missed(seeds: std::ops::RangeInclusive<u32>) -> Vec<(u32, f64, f64, f64)> {
    let load = 0.8;
    let m = mm1(load);
    let truth = load / (1.0 - load); // ρ / (μ − λ) days before service
    let mut missed = Vec::new();
    for seed in seeds {
        let mut cfg = RunConfig::new(&m);
        cfg.cases = 10_000;
        cfg.seed = seed;
        let r = run(&cfg, &|_, _| {}, &AtomicBool::new(false), None).expect("run");
        assert_eq!(r.overall.cases, 10_000, "warm-up cases are not counted");
        assert!(r.warm_up_cases > 0);
        let wait = &r.overall.kpi(KpiKind::WaitingDays).expect("waiting").mean;
        let (lo, hi) = (wait.ci_low.expect("ci"), wait.ci_high.expect("ci"));
        if !(lo <= truth && truth <= hi) {
            missed.push((seed, wait.value, lo, hi));
        }
    }
    missed
}

/// Seen on main: the live estimate (10,000 cases in 20 replications of 500, each starting
/// empty) read the mean wait of an M/M/1 pool at 80 % load 5.7 % low, and its 95 % interval
/// covered the closed form in 14 of 20 seeds (83.6 % over 4,000). With the default
/// replications and warm-up the error is gone (−0.08 %) and the interval covers it in
/// 92.6 % of 4,000 seeds; the misses left are the interval lying below the truth (6.3 %
/// against 1.1 % above: skewed replication means, see `docs/warm-up.md`). So 100 seeds are
/// checked against at least 90: a procedure covering 92.6 % passes 88 % of the time (any
/// change of the random streams draws other seeds), the old default one time in twenty.
#[test]
fn live_estimate_read_the_mean_wait_low_from_empty_queues() {
    let missed = missed(1..=100);
    assert!(
        missed.len() <= 10,
        "missed the closed form in {} of 100: {missed:?}",
        missed.len()
    );
}

#[test]
fn warm_up_cases_are_simulated_but_not_measured() {
    let m = mm1(0.8);
    let mut cfg = RunConfig::new(&m);
    cfg.cases = 4_000;
    cfg.replications = Some(4);
    cfg.warm_up = Some(0);
    let cold = run(&cfg, &|_, _| {}, &AtomicBool::new(false), None).expect("run");
    cfg.warm_up = Some(500);
    let warm = run(&cfg, &|_, _| {}, &AtomicBool::new(false), None).expect("run");
    assert_eq!((cold.overall.cases, warm.overall.cases), (4_000, 4_000));
    assert_eq!(warm.warm_up_cases, 500);
    // 2,000 more services were simulated, and the first measured order meets a queue.
    let served = |r: &touchmap_engine::RunResult| r.task_events;
    assert_eq!(served(&warm) - served(&cold), 2_000.0);
    let wait = |r: &touchmap_engine::RunResult| {
        r.overall
            .kpi(KpiKind::WaitingDays)
            .expect("waiting")
            .mean
            .value
    };
    assert!(
        wait(&warm) > wait(&cold),
        "{} vs {}",
        wait(&warm),
        wait(&cold)
    );

    // Independent cases start empty by design: no warm-up.
    let alone = model(chain(vec![Node::Task(task("t", Dist::exp(1.0)))]));
    let r = run(
        &RunConfig::new(&alone),
        &|_, _| {},
        &AtomicBool::new(false),
        None,
    )
    .expect("run");
    assert_eq!(r.warm_up_cases, 0);
}

/// Seen on the sample: a warm-up of a tenth of the orders (about 4 days of them) left the
/// pools a fortnight down its flow idle at the start of each replication, and the last
/// measured orders met them emptying as no order followed; at 10,000 cases the queues
/// there read 6-9 % short and the hand-offs 0.5 % (docs/warm-up.md). The warm-up now
/// covers the orders that arrive while one goes through the flow, and as many come after
/// the measured ones while those are still in it.
#[test]
fn a_flow_of_weeks_is_warmed_up_for_its_length_and_orders_go_on_after_the_measured_ones() {
    // One desk, exponential service of 0.08 day, ten orders a day: 80 % load once orders
    // reach it.
    let m = desk_after_a_wait(Dist::uniform(20.0, 40.0), Dist::exp(0.08));
    let mut cfg = RunConfig::new(&m);
    cfg.cases = 10_000;
    cfg.seed = 3;
    let r = run(&cfg, &|_, _| {}, &AtomicBool::new(false), None).expect("run");
    assert_eq!(r.replications, 6);
    // Ten orders a day for the 30 days an order takes: about 300, not a tenth of 1,667.
    assert!(
        (280..=320).contains(&r.warm_up_cases),
        "warm-up {}",
        r.warm_up_cases
    );
    assert_eq!(
        r.overall.cases, 10_000,
        "only the measured orders are counted"
    );
    // Orders after the measured ones were served while those still waited out their lag.
    let before_and_measured = 6.0 * f64::from(r.warm_up_cases) + 10_000.0;
    assert!(
        r.task_events > before_and_measured + 6.0 * 40.0,
        "{} services, {before_and_measured} before and measured",
        r.task_events
    );
    // The desk's wait is the closed form's, ρ / (μ − λ) = 0.32 day, within 4 standard
    // errors of 8 seeds' mean.
    let mut sum = 0.0;
    for seed in 1..=8 {
        cfg.seed = seed;
        let r = run(&cfg, &|_, _| {}, &AtomicBool::new(false), None).expect("run");
        let serve = r.overall.steps.iter().find(|s| s.node_id == "serve");
        sum += serve.expect("the desk").mean_waiting_days;
    }
    close("mean wait before the desk", sum / 8.0, 0.32, 0.32 * 0.04);

    // A pool of a day's work keeps a tenth of the orders: 1,666 / 10.
    let mut cfg = RunConfig::new(&m);
    let quick = mm1(0.8);
    cfg.model = &quick;
    cfg.cases = 10_000;
    let r = run(&cfg, &|_, _| {}, &AtomicBool::new(false), None).expect("run");
    assert_eq!(r.warm_up_cases, 166);
}
