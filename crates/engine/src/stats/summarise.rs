//! From per-replication accumulators to [`GroupResult`]s.

use super::acc::{GroupAcc, K_COST, Measure, N_KPIS, RepAcc};
use super::causes::waiting_causes;
use super::result::{Estimate, GroupResult, KpiKind, KpiStat, ResourceStats, StepKind, StepStats};
use super::{mean_sd, t975};
use crate::sim::compile::{Compiled, Kind, NONE};

const QUANTILES: [f64; 4] = [0.5, 0.9, 0.95, 0.99];

/// Merges a group's accumulators of one replication (`None` = every segment).
fn group_of(rep: &RepAcc, group: Option<usize>, n_nodes: usize) -> GroupAcc {
    match group {
        Some(g) => rep.groups[g].clone(),
        None => {
            let mut acc = GroupAcc::new(n_nodes);
            for g in &rep.groups {
                acc.merge(g);
            }
            acc
        }
    }
}

fn estimate(pooled: f64, reps: Vec<f64>) -> Estimate {
    let t = t975(reps.len() as f64 - 1.0);
    estimate_with(t, pooled, reps)
}

/// [`estimate`] with the Student quantile `t975(reps − 1)` already at hand.
pub(super) fn estimate_with(t: f64, pooled: f64, reps: Vec<f64>) -> Estimate {
    let (ci_low, ci_high) = if reps.len() >= 2 {
        let (_, sd) = mean_sd(&reps);
        let half = t * sd / (reps.len() as f64).sqrt();
        (Some(pooled - half), Some(pooled + half))
    } else {
        (None, None)
    };
    Estimate {
        value: pooled,
        ci_low,
        ci_high,
        replications: reps,
    }
}

/// Bins of the KPI histograms shown in charts.
const HISTOGRAM_BINS: usize = 40;

fn ratio(a: f64, b: f64) -> f64 {
    if b > 0.0 { a / b } else { 0.0 }
}

/// Summarises one group across replications (friction is filled in later), its steps
/// only if they were measured.
pub(crate) fn group_result(
    c: &Compiled,
    reps: &[RepAcc],
    group: Option<usize>,
    measure: Measure,
) -> GroupResult {
    let n_nodes = measure.steps(c.nodes.len());
    let per_rep: Vec<GroupAcc> = reps.iter().map(|r| group_of(r, group, n_nodes)).collect();
    let mut all = GroupAcc::new(n_nodes);
    for g in &per_rep {
        all.merge(g);
    }
    let kpis = (0..N_KPIS)
        .filter(|&k| k != K_COST || c.costed)
        .map(|k| {
            let m = &all.kpis[k];
            let measured: Vec<&GroupAcc> = per_rep.iter().filter(|g| g.kpis[k].w.n > 0).collect();
            let reps_of =
                |f: &dyn Fn(&GroupAcc) -> f64| measured.iter().map(|g| f(g)).collect::<Vec<f64>>();
            let q = |i: usize| {
                estimate(
                    m.h.quantile(QUANTILES[i]),
                    reps_of(&|g: &GroupAcc| g.kpis[k].h.quantile(QUANTILES[i])),
                )
            };
            KpiStat {
                kind: KpiKind::ALL[k],
                n: m.w.n as u32,
                sd: m.w.variance().sqrt(),
                mean: estimate(m.w.mean, reps_of(&|g: &GroupAcc| g.kpis[k].w.mean)),
                p50: q(0),
                p90: q(1),
                p95: q(2),
                p99: q(3),
                histogram: m.h.display_bins(HISTOGRAM_BINS),
            }
        })
        .collect();
    let abandonment_rate = estimate(
        ratio(all.abandoned as f64, all.cases as f64),
        per_rep
            .iter()
            .filter(|g| g.cases > 0)
            .map(|g| ratio(g.abandoned as f64, g.cases as f64))
            .collect(),
    );
    let cases = all.cases as f64;
    let completed = all.completed as f64;
    let steps = c
        .steps
        .iter()
        .take(measure.steps(c.steps.len()))
        .map(|&node| {
            let s = &all.steps[node as usize];
            let cn = &c.nodes[node as usize];
            let execs = s.execs as f64;
            StepStats {
                node_id: c.ids[node as usize].clone(),
                name: c.names[node as usize].clone(),
                kind: if cn.kind == Kind::Wait {
                    StepKind::Wait
                } else {
                    StepKind::Task
                },
                silo: (cn.silo != NONE).then(|| c.silos[cn.silo as usize].clone()),
                channel: (cn.channel != NONE).then(|| c.channels[cn.channel as usize].clone()),
                executions_per_case: ratio(execs, cases),
                mean_waiting_days: ratio(s.wait_sum, execs),
                mean_working_days: ratio(s.work_sum, execs),
                waiting_days_per_case: ratio(s.wait_sum, cases),
                waiting_causes: waiting_causes(
                    s,
                    &per_rep
                        .iter()
                        .map(|g| &g.steps[node as usize])
                        .collect::<Vec<_>>(),
                ),
                critical_share: ratio(s.cp_cases as f64, completed),
                critical_median_days: s.cp_hist.quantile(0.5),
                critical_days_per_case: ratio(s.cp_sum, completed),
                rework_rate: ratio(s.failures as f64, execs),
                reworks_per_case: ratio(s.failures as f64, cases),
                contacts_per_case: ratio(s.contacts as f64, cases),
                technician_visits_per_case: ratio(s.visits as f64, cases),
                channel_switches_per_case: ratio(s.switches as f64, cases),
                handoffs_per_case: ratio(s.handoffs as f64, cases),
                abandonment_share: ratio(s.abandon_caused as f64, cases),
            }
        })
        .collect();
    let (segment_id, name) = match group {
        Some(g) => (Some(c.segments[g].id.clone()), c.segments[g].name.clone()),
        None => (None, "All segments".to_owned()),
    };
    GroupResult {
        segment_id,
        name,
        cases: all.cases as u32,
        completed: all.completed as u32,
        abandoned: all.abandoned as u32,
        exceeded: all.exceeded as u32,
        abandonment_rate,
        kpis,
        steps,
        friction: Vec::new(),
    }
}

/// Utilisation per pool, pooled over replications.
pub(crate) fn resource_stats(c: &Compiled, reps: &[RepAcc], stream: bool) -> Vec<ResourceStats> {
    c.resources
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let busy: f64 = reps.iter().map(|x| x.resources[i].busy).sum();
            let avail: f64 = reps.iter().map(|x| x.resources[i].available).sum();
            ResourceStats {
                id: r.id.clone(),
                name: r.name.clone(),
                capacity: r.capacity,
                // The work brought over what could be done can pass 1 on a pool offered
                // more than it can do (or a handful of orders close together); a pool is
                // at most always busy.
                utilisation: (stream && avail > 0.0).then(|| (busy / avail).min(1.0)),
            }
        })
        .collect()
}
