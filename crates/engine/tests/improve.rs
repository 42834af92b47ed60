//! The improvement finder: common random numbers make a change's interval tight, a change
//! that changes no case is tried but not ranked, and on a model built so that one change is
//! best by construction, that change ranks first.

#![allow(clippy::unwrap_used)] // tests fail loudly by design

mod common;

use std::sync::atomic::AtomicBool;

use common::*;
use touchmap_engine::EngineError;
use touchmap_engine::compare::{diff, paired_diff};
use touchmap_engine::improve::{
    FinderConfig, Findings, Improvement, Objective, Screening, candidates, find,
};
use touchmap_engine::model::{Contacts, Dist, FlowModel, Node, ResourcePool, Rework, Wait};
use touchmap_engine::sample::{AS_IS, triple_play};

fn search(cfg: &FinderConfig<'_>) -> Findings {
    find(cfg, &|_, _| {}, &AtomicBool::new(false)).expect("find")
}

fn pool(id: &str, capacity: u32) -> ResourcePool {
    ResourcePool {
        id: id.into(),
        name: format!("Pool {id}"),
        capacity,
        calendar: None,
        cost_per_hour: None,
    }
}

/// Orders (10 a day) queue at a desk of one loaded to 90 %, then a back office of three at
/// 17 %, a fixed wait of 0.1 days, and a last task with a contact, a rework and another
/// silo. One more desk unit cuts the p90 queue from about 9 services to almost none,
/// which no other change comes near: 25 % faster at the desk still leaves it at 68 %.
fn bottleneck() -> FlowModel {
    let mut desk = task("desk", Dist::exp(0.09));
    desk.resource = Some("desk".into());
    let mut back = task("back", Dist::exp(0.05));
    back.resource = Some("back".into());
    let mut close = task("close", Dist::fixed(0.01));
    close.silo = "Billing".into();
    close.contacts = Contacts {
        calls: 1,
        messages: 0,
        visits: 0,
    };
    close.rework = Some(Rework {
        probability: 0.1,
        target: "close".into(),
    });
    let wait = Node::Wait(Wait {
        id: "slot".into(),
        name: "Slot".into(),
        duration: Dist::fixed(0.1),
        silo: String::new(),
    });
    with_pools(
        model(chain(vec![
            Node::Task(desk),
            Node::Task(back),
            wait,
            Node::Task(close),
        ])),
        vec![pool("desk", 1), pool("back", 3), pool("spare", 2)],
        Some(10.0),
    )
}

#[test]
fn every_kind_of_change_is_generated_where_it_applies() {
    let m = bottleneck();
    let flow = m.resolve(None).unwrap();
    let all = candidates(&flow, &m.resources);
    let kinds: Vec<&Improvement> = all.iter().map(|c| &c.improvement).collect();
    let want = [
        Improvement::Capacity {
            pool: "desk".into(),
            capacity: 2,
        },
        Improvement::Capacity {
            pool: "back".into(),
            capacity: 4,
        },
        Improvement::FasterTask {
            task: "desk".into(),
        },
        Improvement::FasterTask {
            task: "back".into(),
        },
        Improvement::FasterTask {
            task: "close".into(),
        },
        Improvement::HalveRework {
            task: "close".into(),
        },
        Improvement::HalveWait {
            wait: "slot".into(),
        },
        // `close` comes after `back` (through the wait), which is in another silo.
        Improvement::RemoveHandoff {
            task: "close".into(),
            previous: "back".into(),
        },
        Improvement::RemoveContacts {
            task: "close".into(),
        },
    ];
    assert_eq!(kinds, want.iter().collect::<Vec<_>>(), "no unused pool");
    let faster = &all[2];
    assert_eq!((faster.before, faster.after), (0.09, 0.09 * 0.75));
    assert_eq!(faster.description, "Task desk 25% faster (2.2 → 1.6 hours)");
    assert_eq!(all[0].description, "Pool desk: 1 → 2 units");
    assert_eq!(all[7].silo.as_deref(), Some("Sales"));
    assert_eq!(
        all[7].description,
        "Task close moved to Sales (no hand-off after Task back)"
    );
}

#[test]
fn a_change_naming_what_is_not_there_is_refused_with_its_name() {
    let m = bottleneck();
    let mut cfg = FinderConfig::new(&m, Objective::P90Cycle);
    cfg.candidates = Some(vec![Improvement::HalveWait {
        wait: "desk".into(),
    }]);
    let err = find(&cfg, &|_, _| {}, &AtomicBool::new(false)).unwrap_err();
    assert!(matches!(err, EngineError::UnknownNode { what: "wait", .. }));
    assert_eq!(err.to_string(), "there is no wait “desk” in the flow");
}

#[test]
fn the_bottleneck_s_extra_unit_ranks_first_on_a_model_built_for_it() {
    let m = bottleneck();
    let mut cfg = FinderConfig::new(&m, Objective::P90Cycle);
    cfg.top = 5;
    let f = search(&cfg);
    assert_eq!(f.candidates, 9);
    assert_eq!(f.findings.len(), 5);
    let best = &f.findings[0];
    assert_eq!(
        best.candidate.improvement,
        Improvement::Capacity {
            pool: "desk".into(),
            capacity: 2
        }
    );
    assert!(best.effect.significant && best.effect.diff < 0.0);
    assert_eq!(best.effect.a, f.baseline);
    let second = &f.findings[1];
    assert_eq!(
        second.candidate.improvement,
        Improvement::FasterTask {
            task: "desk".into()
        }
    );
    assert!(second.effect.significant && second.effect.diff < 0.0);
    assert!(
        f.findings
            .windows(2)
            .all(|w| w[0].effect.diff <= w[1].effect.diff)
    );
    assert_eq!(
        f.findings.iter().map(|x| x.rank).collect::<Vec<_>>(),
        [1, 2, 3, 4, 5]
    );
}

#[test]
fn a_unit_more_of_an_idle_pool_changes_no_case_and_is_not_ranked() {
    // The back office of 3 at 17 % load: with 6 it never queues, so with common random
    // numbers both runs are the same run: the change is tried but is no finding.
    let mut m = bottleneck();
    m.resources[1].capacity = 6;
    let mut cfg = FinderConfig::new(&m, Objective::P90Cycle);
    cfg.candidates = Some(vec![Improvement::Capacity {
        pool: "back".into(),
        capacity: 7,
    }]);
    let f = search(&cfg);
    assert_eq!((f.candidates, f.findings.len()), (1, 0), "{f:?}");
}

/// Seen on the sample: no "hand-off removed" candidate had any effect on any KPI. That is
/// the model, not a lost change: the engine measures a task's silo only in the hand-offs
/// it counts (no delay, pool, contact or price follows a silo). Moving `close` into the
/// silo of `back` takes its hand-off away and leaves every case's time, contacts, visits
/// and abandonment as they were, so the finder counts it as tried on every objective,
/// without simulating it, and ranks it on none.
#[test]
fn a_hand_off_removed_changes_only_the_hand_off_count_and_is_ranked_on_no_objective() {
    let m = bottleneck();
    let change = Improvement::RemoveHandoff {
        task: "close".into(),
        previous: "back".into(),
    };
    let mut moved = m.clone();
    let mut flows: Vec<_> = moved.flow.iter_mut().collect();
    change.apply(&mut flows, &mut moved.resources).unwrap();
    let (before, after) = (simulate(&m, 2_000, 1), simulate(&moved, 2_000, 1));
    let handoffs = |r: &touchmap_engine::RunResult| {
        r.overall
            .kpi(touchmap_engine::stats::KpiKind::Handoffs)
            .unwrap()
            .mean
            .value
    };
    assert_eq!((handoffs(&before), handoffs(&after)), (1.0, 0.0));
    for objective in Objective::ALL {
        assert_eq!(
            objective.estimate(&before.overall),
            objective.estimate(&after.overall),
            "{objective:?}"
        );
        // What the simulation just showed, the finder knows without simulating it.
        assert!(!change.can_move(objective), "{objective:?}");
        let mut cfg = FinderConfig::new(&m, objective);
        cfg.cases = 2_000;
        cfg.candidates = Some(vec![change.clone()]);
        let f = search(&cfg);
        assert_eq!((f.candidates, f.findings.len()), (1, 0), "{f:?}");
    }
}

#[test]
fn a_unit_more_of_the_sample_s_least_loaded_pool_does_not_help() {
    let m = triple_play();
    let flow = m.resolve(Some(AS_IS)).unwrap();
    let run = simulate_scenario(&m, 10_000, 1);
    let units = candidates(&flow, &m.resources);
    let (unit, idle) = units
        .iter()
        .filter_map(|c| {
            let r = run
                .resources
                .iter()
                .find(|r| Some(r.id.as_str()) == c.improvement.pool())?;
            Some((c, r))
        })
        .min_by(|(_, a), (_, b)| {
            a.utilisation
                .unwrap_or(0.0)
                .total_cmp(&b.utilisation.unwrap_or(0.0))
        })
        .unwrap();
    let mut cfg = FinderConfig::new(&m, Objective::P90Cycle);
    cfg.scenario = Some(AS_IS);
    cfg.candidates = Some(vec![unit.improvement.clone()]);
    let f = search(&cfg);
    assert_eq!(f.candidates, 1);
    // Not ranked at all if it changed no replication's p90; else within the noise.
    if let Some(x) = f.findings.first() {
        let e = &x.effect;
        assert!(
            e.ci_low.unwrap() <= 0.0 && 0.0 <= e.ci_high.unwrap(),
            "{} at {:.0} %: {e:?}",
            idle.name,
            idle.utilisation.unwrap_or(0.0) * 100.0
        );
    }
}

fn simulate_scenario(m: &FlowModel, cases: u32, seed: u32) -> touchmap_engine::RunResult {
    let mut cfg = touchmap_engine::RunConfig::new(m);
    cfg.scenario = Some(AS_IS);
    cfg.cases = cases;
    cfg.seed = seed;
    touchmap_engine::run(&cfg, &|_, _| {}, &AtomicBool::new(false), None).unwrap()
}

/// The pool of the highest utilisation in a run.
fn busiest_pool(run: &touchmap_engine::RunResult) -> &touchmap_engine::stats::ResourceStats {
    run.resources
        .iter()
        .max_by(|a, b| {
            a.utilisation
                .unwrap_or(0.0)
                .total_cmp(&b.utilisation.unwrap_or(0.0))
        })
        .unwrap()
}

/// `m` with one unit more in pool `id`.
fn one_unit_more(m: &FlowModel, id: &str) -> FlowModel {
    let mut more = m.clone();
    more.resources
        .iter_mut()
        .find(|p| p.id == id)
        .unwrap()
        .capacity += 1;
    more
}

#[test]
fn common_random_numbers_make_a_unit_s_interval_tighter_than_independent_runs() {
    // The sample's busiest pool, one unit more: paired (same seed) against Welch on two
    // independent runs (seeds 1 and 2), 10,000 cases each.
    let m = triple_play();
    let base = simulate_scenario(&m, 10_000, 1);
    let more = one_unit_more(&m, &busiest_pool(&base).id);
    let p90 = |r: &touchmap_engine::RunResult| {
        r.overall
            .kpi(touchmap_engine::stats::KpiKind::CycleDays)
            .unwrap()
            .p90
            .clone()
    };
    let half =
        |d: &touchmap_engine::compare::StatDiff| (d.ci_high.unwrap() - d.ci_low.unwrap()) / 2.0;
    let paired = paired_diff(&p90(&base), &p90(&simulate_scenario(&more, 10_000, 1)));
    let independent = diff(&p90(&base), &p90(&simulate_scenario(&more, 10_000, 2)));
    assert!(
        half(&paired) < half(&independent),
        "paired ±{:.3} vs independent ±{:.3} days",
        half(&paired),
        half(&independent)
    );
}

#[test]
fn screening_runs_the_best_again_at_full_cases_with_the_same_figures() {
    let m = bottleneck();
    let mut full = FinderConfig::new(&m, Objective::P90Cycle);
    full.cases = 4_000;
    full.top = 3;
    let mut screened = full.clone();
    screened.screening = Some(Screening {
        cases: 1_000,
        keep: 4,
    });
    let (a, b) = (search(&full), search(&screened));
    assert_eq!(b.screening, screened.screening);
    assert_eq!(a.screening, None);
    assert_eq!(a.findings, b.findings, "same seed, same cases: same runs");
    assert_eq!(a.baseline, b.baseline);
}

#[test]
fn progress_counts_every_case_of_every_run_and_a_cancel_stops_it() {
    let m = bottleneck();
    let mut cfg = FinderConfig::new(&m, Objective::Contacts);
    cfg.cases = 2_000;
    cfg.screening = Some(Screening {
        cases: 500,
        keep: 2,
    });
    let seen = std::sync::Mutex::new((0u64, 0u64));
    let f = find(
        &cfg,
        &|d, t| {
            let mut s = seen.lock().unwrap();
            *s = (s.0.max(d), t);
        },
        &AtomicBool::new(false),
    )
    .unwrap();
    // 9 candidates, one of them a hand-off, tried without running (it moves no objective):
    // 8 and the baseline at 500, then 2 and the baseline at 2,000.
    assert_eq!(f.candidates, 9);
    assert_eq!(
        *seen.lock().unwrap(),
        (9 * 500 + 3 * 2_000, 9 * 500 + 3 * 2_000)
    );
    assert_eq!(f.objective, Objective::Contacts);
    let cancelled = find(&cfg, &|_, _| {}, &AtomicBool::new(true));
    assert!(matches!(cancelled, Err(EngineError::Cancelled)));
}

/// The finder's runs measure the KPIs only, not the steps (`Measure::Kpis`): its baseline
/// and its effects must be those of runs that measure everything, to the bit, for every
/// objective, for the mix and for one segment.
#[test]
fn the_finder_s_kpi_only_runs_give_the_figures_of_full_runs_to_the_bit() {
    let m = triple_play();
    let flow = m.resolve(Some(AS_IS)).unwrap();
    let base = simulate_scenario(&m, 2_000, 1);
    let busiest = busiest_pool(&base).id.clone();
    let unit = candidates(&flow, &m.resources)
        .into_iter()
        .find(|c| c.improvement.pool() == Some(busiest.as_str()))
        .unwrap();
    let more = one_unit_more(&m, &busiest);
    let changed = simulate_scenario(&more, 2_000, 1);
    let segment = m.segments[1].id.clone();
    let group = |r: &touchmap_engine::RunResult, s: Option<&str>| match s {
        None => r.overall.clone(),
        Some(id) => r
            .segments
            .iter()
            .find(|g| g.segment_id.as_deref() == Some(id))
            .unwrap()
            .clone(),
    };
    let mut ranked = 0;
    for objective in Objective::ALL {
        for s in [None, Some(segment.as_str())] {
            let mut cfg = FinderConfig::new(&m, objective);
            cfg.scenario = Some(AS_IS);
            cfg.segment = s;
            cfg.cases = 2_000;
            cfg.candidates = Some(vec![unit.improvement.clone()]);
            let f = search(&cfg);
            let (a, b) = (group(&base, s), group(&changed, s));
            let (a, b) = (objective.estimate(&a), objective.estimate(&b));
            let what = format!("{} for {s:?}", objective.key());
            assert_eq!(
                f.baseline.to_bits(),
                a.map_or(f64::NAN, |e| e.value).to_bits(),
                "{what}"
            );
            match (a, b) {
                (Some(a), Some(b)) if a != b => {
                    assert_eq!(f.findings.len(), 1, "{what}");
                    assert_eq!(f.findings[0].effect, paired_diff(a, b), "{what}");
                    ranked += 1;
                }
                _ => assert!(f.findings.is_empty(), "{what}"),
            }
        }
    }
    assert!(
        ranked >= 2,
        "the unit moved no objective: nothing was compared"
    );
}
