//! Property tests: structural invariants hold for random series-parallel flows.

mod common;

use common::*;
use proptest::prelude::*;
use touchmap_engine::model::{Dist, Flow, Node};
use touchmap_engine::sample::parallel_chains;
use touchmap_engine::stats::KpiKind;

/// start → split → branches (chains of tasks) → join → end.
fn series_parallel(branches: &[Vec<(bool, f64)>]) -> Flow {
    parallel_chains(
        "sp",
        "Series-parallel",
        branches.iter().map(Vec::len),
        |b, i, id| {
            let (exp, mean) = branches[b][i];
            let d = if exp {
                Dist::exp(mean)
            } else {
                Dist::fixed(mean)
            };
            Node::Task(task(id, d))
        },
    )
}

fn branches() -> impl Strategy<Value = Vec<Vec<(bool, f64)>>> {
    prop::collection::vec(
        prop::collection::vec((any::<bool>(), 0.0f64..5.0), 1..4),
        1..4,
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn cycle_covers_critical_work_and_nothing_is_nan(b in branches(), seed in 0u32..1000) {
        let r = simulate(&model(series_parallel(&b)), 300, seed);
        let g = &r.overall;
        let cycle = g.kpi(KpiKind::CycleDays).unwrap();
        let work = g.kpi(KpiKind::WorkingDays).unwrap();
        let wait = g.kpi(KpiKind::WaitingDays).unwrap();
        prop_assert!(cycle.mean.value + 1e-9 >= work.mean.value);
        prop_assert!(wait.mean.value >= -1e-9);
        prop_assert!((cycle.mean.value - work.mean.value - wait.mean.value).abs() < 1e-6);
        for k in &g.kpis {
            for e in [&k.mean, &k.p50, &k.p90, &k.p95, &k.p99] {
                prop_assert!(e.value.is_finite());
            }
        }
        for s in &g.steps {
            prop_assert!(s.critical_share >= 0.0 && s.critical_share <= 1.0 + 1e-12);
            prop_assert!(s.mean_working_days.is_finite() && s.mean_waiting_days.is_finite());
        }
        // Exactly one branch holds each case's critical path.
        let first: f64 = g.steps.iter().filter(|s| s.node_id.ends_with("t0")).map(|s| s.critical_share).sum();
        prop_assert!((first - 1.0).abs() < 1e-9);
        for f in &g.friction {
            prop_assert!(f.score.is_finite() && !f.reason.is_empty());
        }
    }

    #[test]
    fn fixed_durations_give_the_longest_branch(b in prop::collection::vec(prop::collection::vec(0.0f64..5.0, 1..4), 1..4)) {
        let fixed: Vec<Vec<(bool, f64)>> = b.iter().map(|c| c.iter().map(|&d| (false, d)).collect()).collect();
        let want = b.iter().map(|c| c.iter().sum::<f64>()).fold(0.0, f64::max);
        let r = simulate(&model(series_parallel(&fixed)), 50, 1);
        let cycle = r.overall.kpi(KpiKind::CycleDays).unwrap();
        prop_assert!((cycle.mean.value - want).abs() < 1e-9);
        prop_assert!(cycle.sd < 1e-9);
    }
}
