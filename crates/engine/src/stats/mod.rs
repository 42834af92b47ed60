//! Streaming aggregates and the result types built from them.
//!
//! Confidence intervals (95 %): a run is split into independent replications. For a mean,
//! the point estimate pools every case and the interval is `mean ± t(0.975, R−1)·s/√R`
//! with `s` the standard deviation of the R replication means (batch means; this stays
//! valid when cases of one replication are correlated through shared queues). Percentiles
//! use the same batch method on the replications' percentiles around the pooled
//! percentile. With a single replication no interval is given.

pub(crate) mod acc;
mod causes;
mod result;
mod saved;
pub(crate) mod streaming;
mod summarise;

pub use causes::{CauseStat, WaitingCause, WaitingCauses};
pub use result::{
    Estimate, GroupResult, KpiKind, KpiStat, ResourceStats, RunMode, RunResult, StepKind, StepStats,
};
pub(crate) use summarise::{group_result, resource_stats};

use statrs::distribution::{ContinuousCDF, StudentsT};

/// Two-sided 95 % Student t quantile with `df` degrees of freedom.
pub fn t975(df: f64) -> f64 {
    if df.is_nan() || df < 1.0 {
        return f64::NAN;
    }
    StudentsT::new(0.0, 1.0, df).map_or(1.959_963_984_540_054, |t| t.inverse_cdf(0.975))
}

/// Mean and sample standard deviation.
pub fn mean_sd(xs: &[f64]) -> (f64, f64) {
    let n = xs.len() as f64;
    if xs.is_empty() {
        return (0.0, 0.0);
    }
    let m = xs.iter().sum::<f64>() / n;
    if xs.len() < 2 {
        return (m, 0.0);
    }
    let v = xs.iter().map(|x| (x - m) * (x - m)).sum::<f64>() / (n - 1.0);
    (m, v.sqrt())
}
