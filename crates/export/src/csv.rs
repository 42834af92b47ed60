//! Simulation results as CSV: one row per segment (and the overall mix) per KPI, then one
//! row per step with its friction. Text cells go through [`csv_cell`].

use std::fmt::Write;

use touchmap_engine::RunResult;

use crate::escape::csv_cell;

/// The KPI table and the per-step table of `result`, one after the other.
pub fn results_csv(result: &RunResult) -> String {
    let mut out = String::from(
        "section,segment,kpi_or_step,mean,p50,p90,p90_ci_low,p90_ci_high,friction_score,friction_rank\n",
    );
    let ci = |v: Option<f64>| v.map(|v| format!("{v:.4}")).unwrap_or_default();
    for group in std::iter::once(&result.overall).chain(&result.segments) {
        for k in &group.kpis {
            let _ = writeln!(
                out,
                "kpi,{},{:?},{:.4},{:.4},{:.4},{},{},,",
                csv_cell(&group.name),
                k.kind,
                k.mean.value,
                k.p50.value,
                k.p90.value,
                ci(k.p90.ci_low),
                ci(k.p90.ci_high)
            );
        }
        for f in &group.friction {
            let _ = writeln!(
                out,
                "step,{},{},,,,,,{:.2},{}",
                csv_cell(&group.name),
                csv_cell(&f.name),
                f.score,
                f.rank
            );
        }
    }
    out
}
