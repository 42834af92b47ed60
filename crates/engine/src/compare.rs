//! Scenario comparison: A vs B per segment, every KPI with its difference and a 95 %
//! Welch confidence interval of the difference computed from the replication values, and
//! which friction steps left or entered the top of the ranking.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use specta::Type;

use crate::headline::{HeadlineFigure, headline};
use crate::model::HistogramBin;
use crate::stats::{Estimate, GroupResult, KpiKind, RunResult, mean_sd, t975};

/// Steps counted as "top friction" when comparing.
pub const TOP_N: usize = 5;

/// Difference B − A of one statistic.
#[derive(Serialize, Deserialize, Type, JsonSchema, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct StatDiff {
    pub a: f64,
    pub b: f64,
    /// B − A.
    pub diff: f64,
    pub ci_low: Option<f64>,
    pub ci_high: Option<f64>,
    /// The interval excludes 0.
    pub significant: bool,
}

/// One KPI compared.
#[derive(Serialize, Deserialize, Type, JsonSchema, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct KpiDiff {
    pub kind: KpiKind,
    pub mean: StatDiff,
    pub p50: StatDiff,
    pub p90: StatDiff,
    pub p95: StatDiff,
    pub p99: StatDiff,
    /// The distribution of A, then of B, across cases (for one chart with both).
    #[serde(default)]
    pub histogram_a: Vec<HistogramBin>,
    #[serde(default)]
    pub histogram_b: Vec<HistogramBin>,
}

/// A friction step named in a comparison.
#[derive(Serialize, Deserialize, Type, JsonSchema, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct FrictionRef {
    pub node_id: String,
    pub name: String,
    pub rank: u32,
    pub score: f64,
}

/// One segment (or the overall mix) compared.
#[derive(Serialize, Deserialize, Type, JsonSchema, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct SegmentComparison {
    pub segment_id: Option<String>,
    pub name: String,
    /// What to read first ([`crate::headline`]): derived from `kpis` and
    /// `abandonment_rate` below.
    pub headline: Vec<HeadlineFigure>,
    pub kpis: Vec<KpiDiff>,
    pub abandonment_rate: StatDiff,
    /// In A's top friction steps but not in B's.
    pub friction_disappeared: Vec<FrictionRef>,
    /// In B's top friction steps but not in A's.
    pub friction_appeared: Vec<FrictionRef>,
    /// In both top lists (B's rank and score).
    pub friction_kept: Vec<FrictionRef>,
}

/// Which run a side of the comparison is.
#[derive(Serialize, Deserialize, Type, JsonSchema, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct RunLabel {
    pub label: String,
    pub flow_name: String,
    pub cases: u32,
    pub seed: u32,
}

/// Scenario A vs scenario B.
#[derive(Serialize, Deserialize, Type, JsonSchema, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Comparison {
    pub a: RunLabel,
    pub b: RunLabel,
    pub top_n: u32,
    /// The overall mix first, then every segment present in both runs.
    pub segments: Vec<SegmentComparison>,
}

fn label(r: &RunResult) -> RunLabel {
    RunLabel {
        label: r.scenario.clone().unwrap_or_else(|| r.flow_name.clone()),
        flow_name: r.flow_name.clone(),
        cases: r.cases,
        seed: r.seed,
    }
}

/// Welch interval for B − A from the replication values.
pub fn diff(a: &Estimate, b: &Estimate) -> StatDiff {
    let d = b.value - a.value;
    let (na, nb) = (a.replications.len() as f64, b.replications.len() as f64);
    let ci = if na >= 2.0 && nb >= 2.0 {
        let (_, sa) = mean_sd(&a.replications);
        let (_, sb) = mean_sd(&b.replications);
        let (va, vb) = (sa * sa / na, sb * sb / nb);
        let se = (va + vb).sqrt();
        if se > 0.0 {
            let df = (va + vb).powi(2) / (va * va / (na - 1.0) + vb * vb / (nb - 1.0));
            let half = t975(df) * se;
            (Some(d - half), Some(d + half))
        } else {
            (Some(d), Some(d))
        }
    } else {
        (None, None)
    };
    stat_diff(a, b, ci)
}

/// B − A of two runs with the same seed, cases and replications (common random numbers:
/// replication i of both saw the same orders), with the paired interval: Student's on the
/// R differences of the replication values, around the difference of the pooled values
/// (as [`Estimate`]s are). The pairing removes what both replications share, so the
/// interval is far tighter than [`diff`]'s when the runs differ by one change. Runs with
/// different replication counts cannot be paired and get [`diff`].
pub fn paired_diff(a: &Estimate, b: &Estimate) -> StatDiff {
    let n = a.replications.len();
    if n != b.replications.len() {
        return diff(a, b);
    }
    let d = b.value - a.value;
    let ci = if n >= 2 {
        let each: Vec<f64> = a
            .replications
            .iter()
            .zip(&b.replications)
            .map(|(x, y)| y - x)
            .collect();
        let (_, sd) = mean_sd(&each);
        let half = t975(n as f64 - 1.0) * sd / (n as f64).sqrt();
        (Some(d - half), Some(d + half))
    } else {
        (None, None)
    };
    stat_diff(a, b, ci)
}

fn stat_diff(
    a: &Estimate,
    b: &Estimate,
    (ci_low, ci_high): (Option<f64>, Option<f64>),
) -> StatDiff {
    let significant = match (ci_low, ci_high) {
        (Some(l), Some(h)) => l > 0.0 || h < 0.0,
        _ => false,
    };
    StatDiff {
        a: a.value,
        b: b.value,
        diff: b.value - a.value,
        ci_low,
        ci_high,
        significant,
    }
}

fn top(g: &GroupResult) -> Vec<FrictionRef> {
    g.friction
        .iter()
        .take(TOP_N)
        .map(|f| FrictionRef {
            node_id: f.node_id.clone(),
            name: f.name.clone(),
            rank: f.rank,
            score: f.score,
        })
        .collect()
}

fn compare_group(a: &GroupResult, b: &GroupResult) -> SegmentComparison {
    let kpis = KpiKind::ALL
        .iter()
        .filter_map(|&k| {
            let (x, y) = (a.kpi(k)?, b.kpi(k)?);
            Some(KpiDiff {
                kind: k,
                mean: diff(&x.mean, &y.mean),
                p50: diff(&x.p50, &y.p50),
                p90: diff(&x.p90, &y.p90),
                p95: diff(&x.p95, &y.p95),
                p99: diff(&x.p99, &y.p99),
                histogram_a: x.histogram.clone(),
                histogram_b: y.histogram.clone(),
            })
        })
        .collect();
    let (ta, tb) = (top(a), top(b));
    let in_list = |l: &[FrictionRef], id: &str| l.iter().any(|f| f.node_id == id);
    let mut compared = SegmentComparison {
        segment_id: a.segment_id.clone(),
        name: a.name.clone(),
        headline: Vec::new(),
        kpis,
        abandonment_rate: diff(&a.abandonment_rate, &b.abandonment_rate),
        friction_disappeared: ta
            .iter()
            .filter(|f| !in_list(&tb, &f.node_id))
            .cloned()
            .collect(),
        friction_appeared: tb
            .iter()
            .filter(|f| !in_list(&ta, &f.node_id))
            .cloned()
            .collect(),
        friction_kept: tb
            .iter()
            .filter(|f| in_list(&ta, &f.node_id))
            .cloned()
            .collect(),
    };
    compared.headline = headline(&compared);
    compared
}

/// Compares run A with run B (B − A), overall and per segment present in both.
pub fn compare(a: &RunResult, b: &RunResult) -> Comparison {
    let mut segments = vec![compare_group(&a.overall, &b.overall)];
    for ga in &a.segments {
        if let Some(gb) = b.segments.iter().find(|g| g.segment_id == ga.segment_id) {
            segments.push(compare_group(ga, gb));
        }
    }
    Comparison {
        a: label(a),
        b: label(b),
        top_n: TOP_N as u32,
        segments,
    }
}
