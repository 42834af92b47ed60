//! Duration distributions, in days.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use specta::Type;

use crate::bounds::{MAX_DURATION_DAYS, show};

/// A probability distribution of a duration or a patience, in days (or in contacts for
/// contact patience). Every variant is drawn per case / per execution.
#[derive(Serialize, Deserialize, Type, JsonSchema, Clone, Debug, PartialEq)]
#[serde(tag = "kind", rename_all = "camelCase", deny_unknown_fields)]
pub enum Dist {
    /// Always `value`.
    Fixed { value: f64 },
    /// Uniform between `min` and `max`.
    Uniform { min: f64, max: f64 },
    /// Triangular with the given `min`, `mode` and `max`.
    Triangular { min: f64, mode: f64, max: f64 },
    /// Normal with `mean` and standard deviation `sd`, truncated at 0 (negative draws are redrawn).
    Normal { mean: f64, sd: f64 },
    /// Log-normal given by the `mean` and standard deviation `sd` of the duration itself.
    LogNormal { mean: f64, sd: f64 },
    /// Exponential with the given `mean`.
    Exponential { mean: f64 },
    /// Gamma with `shape` k and `scale` θ (mean kθ).
    Gamma { shape: f64, scale: f64 },
    /// Empirical histogram: a bin is chosen with probability proportional to its weight,
    /// then a value uniformly inside it.
    Empirical { bins: Vec<HistogramBin> },
}

/// One bin of an empirical histogram.
#[derive(Serialize, Deserialize, Type, JsonSchema, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct HistogramBin {
    pub from: f64,
    pub to: f64,
    pub weight: f64,
}

impl Dist {
    /// A fixed value.
    pub fn fixed(value: f64) -> Self {
        Dist::Fixed { value }
    }

    /// An exponential with the given mean.
    pub fn exp(mean: f64) -> Self {
        Dist::Exponential { mean }
    }

    /// A triangular distribution.
    pub fn tri(min: f64, mode: f64, max: f64) -> Self {
        Dist::Triangular { min, mode, max }
    }

    /// A uniform distribution.
    pub fn uniform(min: f64, max: f64) -> Self {
        Dist::Uniform { min, max }
    }

    /// A log-normal from the mean and standard deviation of the value.
    pub fn lognormal(mean: f64, sd: f64) -> Self {
        Dist::LogNormal { mean, sd }
    }

    /// The mean of the distribution (of the untruncated normal for `Normal`).
    pub fn mean(&self) -> f64 {
        match self {
            Dist::Fixed { value } => *value,
            Dist::Uniform { min, max } => (min + max) / 2.0,
            Dist::Triangular { min, mode, max } => (min + mode + max) / 3.0,
            Dist::Normal { mean, .. } | Dist::LogNormal { mean, .. } => *mean,
            Dist::Exponential { mean } => *mean,
            Dist::Gamma { shape, scale } => shape * scale,
            Dist::Empirical { bins } => {
                let total: f64 = bins.iter().map(|b| b.weight).sum();
                if total <= 0.0 {
                    return 0.0;
                }
                bins.iter()
                    .map(|b| b.weight / total * (b.from + b.to) / 2.0)
                    .sum()
            }
        }
    }

    /// Plain-language problems of a duration beyond [`MAX_DURATION_DAYS`] (10 years):
    /// every parameter measured in days, and the mean, must be within it (non-finite
    /// parameters are left to [`Dist::problems`]).
    pub fn bound_problems(&self) -> Vec<String> {
        let max_days = MAX_DURATION_DAYS;
        let mut days: Vec<(&str, f64)> = match self {
            Dist::Fixed { value } => vec![("value", *value)],
            Dist::Uniform { min, max } => vec![("min", *min), ("max", *max)],
            Dist::Triangular { min, mode, max } => {
                vec![("min", *min), ("mode", *mode), ("max", *max)]
            }
            Dist::Normal { mean, sd } | Dist::LogNormal { mean, sd } => {
                vec![("mean", *mean), ("sd", *sd)]
            }
            Dist::Exponential { mean } => vec![("mean", *mean)],
            Dist::Gamma { scale, .. } => vec![("scale", *scale)],
            Dist::Empirical { bins } => bins.iter().map(|b| ("bin end", b.to)).collect(),
        };
        if matches!(self, Dist::Gamma { .. }) {
            days.push(("mean", self.mean()));
        }
        days.into_iter()
            .filter(|(_, v)| v.is_finite() && *v > max_days)
            .map(|(name, v)| {
                format!(
                    "{name} must be at most {max_days} days, 10 years (got {})",
                    show(v)
                )
            })
            .collect()
    }

    /// Plain-language problems with the parameters (negative, NaN, inconsistent); empty if valid.
    pub fn problems(&self) -> Vec<String> {
        let mut out = Vec::new();
        fn check(out: &mut Vec<String>, name: &str, v: f64) {
            if !v.is_finite() || v < 0.0 {
                out.push(format!("{name} must be a finite number ≥ 0 (got {v})"));
            }
        }
        macro_rules! nonneg {
            ($name:expr, $v:expr) => {
                check(&mut out, $name, $v)
            };
        }
        match self {
            Dist::Fixed { value } => nonneg!("value", *value),
            Dist::Uniform { min, max } => {
                nonneg!("min", *min);
                nonneg!("max", *max);
                if min > max {
                    out.push(format!("min ({min}) is greater than max ({max})"));
                }
            }
            Dist::Triangular { min, mode, max } => {
                nonneg!("min", *min);
                nonneg!("mode", *mode);
                nonneg!("max", *max);
                if !(min <= mode && mode <= max) {
                    out.push(format!("needs min ≤ mode ≤ max (got {min}, {mode}, {max})"));
                }
            }
            Dist::Normal { mean, sd } | Dist::LogNormal { mean, sd } => {
                nonneg!("mean", *mean);
                nonneg!("sd", *sd);
                if matches!(self, Dist::LogNormal { .. }) && *mean <= 0.0 && *sd > 0.0 {
                    out.push("a log-normal needs a mean > 0".into());
                }
            }
            Dist::Exponential { mean } => nonneg!("mean", *mean),
            Dist::Gamma { shape, scale } => {
                nonneg!("shape", *shape);
                nonneg!("scale", *scale);
                if *shape == 0.0 {
                    out.push("shape must be > 0".into());
                }
            }
            Dist::Empirical { bins } => {
                if bins.is_empty() {
                    out.push("an empirical histogram needs at least one bin".into());
                }
                for b in bins {
                    nonneg!("bin start", b.from);
                    nonneg!("bin end", b.to);
                    nonneg!("bin weight", b.weight);
                    if b.from > b.to {
                        out.push(format!("bin {}–{} ends before it starts", b.from, b.to));
                    }
                }
                if !bins.is_empty() && bins.iter().map(|b| b.weight).sum::<f64>() <= 0.0 {
                    out.push("the bin weights sum to 0".into());
                }
            }
        }
        out
    }
}
