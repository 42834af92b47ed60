//! Duration distributions, in days.
//!
//! # Bounds and shift
//!
//! Every family takes an optional `bounds` object, `{ "shift": s, "min": a, "max": b }`,
//! each key optional: the value is `s + X`, X drawn from the family, **conditioned** on
//! lying within `[a, b]` (the distribution of `s + X` given `a ≤ s + X ≤ b`), so the
//! shape inside the range is the family's and no probability piles up at the ends.
//! Prosimos does the same: its duration distributions (pix-framework's
//! `DurationDistribution.generate_sample`) redraw every value outside `[min, max]`, and its
//! exponential with `mean`, `min` and `max` is `min + Exp(mean − min)` redrawn above `max`,
//! which is written here as an exponential of mean `mean − min` with `shift: min` and
//! `max: max`. We draw the conditioned value exactly and in bounded time: a few plain
//! draws where the range keeps at least half the family, else (and after them) one draw
//! through the family's inverse CDF (`sim::sampler`); where Prosimos gives up after 100
//! rounds and puts a default value, a range holding less than [`MIN_RANGE_PROBABILITY`] of
//! the distribution is refused by validation instead. Clamping (moving outside values onto the bound) was
//! not chosen: it puts a spike of probability at `min` and `max` that no simulator we
//! import from has, and changes the mean more than the user asked for.
//!
//! Why one `bounds` object rather than `min`/`max`/`shift` keys beside the parameters: the
//! uniform and triangular families already have parameters called `min` and `max`, and a
//! struct flattened into an internally tagged enum loses `deny_unknown_fields`. The object
//! is declared on every variant, optional and left out when absent, so files written
//! before it load and save byte for byte as they were, and the editor treats it alike for
//! every family.
//!
//! Every value is a duration or a count, so never negative: the normal is conditioned on
//! `X ≥ 0` as it always was, and `shift`, `min` and `max` are at least 0.

mod law;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use specta::Type;

use crate::bounds::{MAX_DURATION_DAYS, show};

pub(crate) use law::{Curve, Law, Restriction, clip, lognormal_params};

/// The smallest share of a distribution that bounds may keep (one draw in a billion): a
/// narrower range is refused as empty, since almost every value would come from the far
/// tail where the family no longer means anything, and the arithmetic of the CDF loses
/// its precision there.
pub const MIN_RANGE_PROBABILITY: f64 = 1e-9;

/// A probability distribution of a duration or a patience, in days (or in contacts for
/// contact patience). Every variant is drawn per case / per execution, then shifted and
/// bounded by its optional `bounds` (see [`Bounds`]).
#[derive(Serialize, Deserialize, Type, JsonSchema, Clone, Debug, PartialEq)]
#[serde(tag = "kind", rename_all = "camelCase", deny_unknown_fields)]
pub enum Dist {
    /// Always `value`.
    Fixed {
        value: f64,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        bounds: Option<Bounds>,
    },
    /// Uniform between `min` and `max`.
    Uniform {
        min: f64,
        max: f64,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        bounds: Option<Bounds>,
    },
    /// Triangular with the given `min`, `mode` and `max`.
    Triangular {
        min: f64,
        mode: f64,
        max: f64,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        bounds: Option<Bounds>,
    },
    /// Normal with `mean` and standard deviation `sd`, conditioned on being ≥ 0 (negative
    /// draws are redrawn).
    Normal {
        mean: f64,
        sd: f64,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        bounds: Option<Bounds>,
    },
    /// Log-normal given by the `mean` and standard deviation `sd` of the duration itself.
    LogNormal {
        mean: f64,
        sd: f64,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        bounds: Option<Bounds>,
    },
    /// Exponential with the given `mean`.
    Exponential {
        mean: f64,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        bounds: Option<Bounds>,
    },
    /// Gamma with `shape` k and `scale` θ (mean kθ).
    Gamma {
        shape: f64,
        scale: f64,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        bounds: Option<Bounds>,
    },
    /// Empirical histogram: a bin is chosen with probability proportional to its weight,
    /// then a value uniformly inside it.
    Empirical {
        bins: Vec<HistogramBin>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        bounds: Option<Bounds>,
    },
}

/// A shift and a range for any distribution: the value is `shift + X`, X drawn from the
/// family, conditioned on lying within `min`–`max` (redrawn, never clamped). Each key is
/// optional: no shift is 0, no `min` is 0, no `max` is unbounded.
#[derive(Serialize, Deserialize, Type, JsonSchema, Clone, Copy, Debug, Default, PartialEq)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Bounds {
    /// Added to every draw of the family (a minimum lag), ≥ 0.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shift: Option<f64>,
    /// The smallest value kept, after the shift.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<f64>,
    /// The largest value kept, after the shift.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max: Option<f64>,
}

impl Bounds {
    /// Whether these bounds change nothing (every key absent).
    pub fn is_empty(&self) -> bool {
        self.shift.is_none() && self.min.is_none() && self.max.is_none()
    }

    /// The shift, 0 when absent.
    pub fn shift(&self) -> f64 {
        self.shift.unwrap_or(0.0)
    }
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
        Dist::Fixed {
            value,
            bounds: None,
        }
    }

    /// An exponential with the given mean.
    pub fn exp(mean: f64) -> Self {
        Dist::Exponential { mean, bounds: None }
    }

    /// A triangular distribution.
    pub fn tri(min: f64, mode: f64, max: f64) -> Self {
        Dist::Triangular {
            min,
            mode,
            max,
            bounds: None,
        }
    }

    /// A uniform distribution.
    pub fn uniform(min: f64, max: f64) -> Self {
        Dist::Uniform {
            min,
            max,
            bounds: None,
        }
    }

    /// A normal distribution (conditioned on ≥ 0).
    pub fn normal(mean: f64, sd: f64) -> Self {
        Dist::Normal {
            mean,
            sd,
            bounds: None,
        }
    }

    /// A log-normal from the mean and standard deviation of the value.
    pub fn lognormal(mean: f64, sd: f64) -> Self {
        Dist::LogNormal {
            mean,
            sd,
            bounds: None,
        }
    }

    /// A gamma distribution with shape k and scale θ.
    pub fn gamma(shape: f64, scale: f64) -> Self {
        Dist::Gamma {
            shape,
            scale,
            bounds: None,
        }
    }

    /// This distribution shifted and bounded by `bounds` (replacing any it had).
    pub fn with_bounds(mut self, bounds: Bounds) -> Self {
        *self.bounds_mut() = (!bounds.is_empty()).then_some(bounds);
        self
    }

    fn bounds_mut(&mut self) -> &mut Option<Bounds> {
        match self {
            Dist::Fixed { bounds, .. }
            | Dist::Uniform { bounds, .. }
            | Dist::Triangular { bounds, .. }
            | Dist::Normal { bounds, .. }
            | Dist::LogNormal { bounds, .. }
            | Dist::Exponential { bounds, .. }
            | Dist::Gamma { bounds, .. }
            | Dist::Empirical { bounds, .. } => bounds,
        }
    }

    /// The bounds and shift, when any key is given.
    pub fn bounds(&self) -> Option<Bounds> {
        let (Dist::Fixed { bounds, .. }
        | Dist::Uniform { bounds, .. }
        | Dist::Triangular { bounds, .. }
        | Dist::Normal { bounds, .. }
        | Dist::LogNormal { bounds, .. }
        | Dist::Exponential { bounds, .. }
        | Dist::Gamma { bounds, .. }
        | Dist::Empirical { bounds, .. }) = self;
        bounds.filter(|b| !b.is_empty())
    }

    /// The same distribution of durations `factor` times as long (0.75: a quarter
    /// faster): every parameter in days and the bounds are scaled, so a draw of the result
    /// is distributed as `factor` × a draw of this one, whatever the family.
    pub fn scaled(&self, factor: f64) -> Dist {
        let mut d = self.clone();
        match &mut d {
            Dist::Fixed { value, .. } => *value *= factor,
            Dist::Uniform { min, max, .. } => {
                *min *= factor;
                *max *= factor;
            }
            Dist::Triangular { min, mode, max, .. } => {
                *min *= factor;
                *mode *= factor;
                *max *= factor;
            }
            Dist::Normal { mean, sd, .. } | Dist::LogNormal { mean, sd, .. } => {
                *mean *= factor;
                *sd *= factor;
            }
            Dist::Exponential { mean, .. } => *mean *= factor,
            Dist::Gamma { scale, .. } => *scale *= factor,
            Dist::Empirical { bins, .. } => {
                for b in bins {
                    b.from *= factor;
                    b.to *= factor;
                }
            }
        }
        if let Some(b) = d.bounds_mut() {
            for v in [&mut b.shift, &mut b.min, &mut b.max].into_iter().flatten() {
                *v *= factor;
            }
        }
        d
    }

    /// The mean of what is drawn: of `shift + X` conditioned on the bounds, and of the
    /// normal conditioned on ≥ 0. Closed form for every family (see `Law::partial_mean`);
    /// NaN when the bounds hold no probability.
    pub fn mean(&self) -> f64 {
        let r = Restriction::of(self);
        if r.cuts_support() {
            r.shift + r.law.partial_mean(r.lo, r.hi) / r.law.mass(r.lo, r.hi)
        } else {
            r.shift + self.family_mean()
        }
    }

    /// The mean of the family itself, before shift and bounds (of the untruncated normal).
    fn family_mean(&self) -> f64 {
        match self {
            Dist::Fixed { value, .. } => *value,
            Dist::Uniform { min, max, .. } => (min + max) / 2.0,
            Dist::Triangular { min, mode, max, .. } => (min + mode + max) / 3.0,
            Dist::Normal { mean, .. } | Dist::LogNormal { mean, .. } => *mean,
            Dist::Exponential { mean, .. } => *mean,
            Dist::Gamma { shape, scale, .. } => shape * scale,
            Dist::Empirical { bins, .. } => {
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

    /// The probability that a draw of the family, shifted, falls within the bounds (1
    /// without bounds).
    pub fn range_probability(&self) -> f64 {
        let r = Restriction::of(self);
        r.law.mass(r.lo, r.hi)
    }

    /// Plain-language problems of a duration beyond [`MAX_DURATION_DAYS`] (10 years):
    /// every parameter measured in days, and the mean, must be within it (non-finite
    /// parameters are left to [`Dist::problems`]).
    pub fn bound_problems(&self) -> Vec<String> {
        let max_days = MAX_DURATION_DAYS;
        let mut days: Vec<(&str, f64)> = match self {
            Dist::Fixed { value, .. } => vec![("value", *value)],
            Dist::Uniform { min, max, .. } => vec![("min", *min), ("max", *max)],
            Dist::Triangular { min, mode, max, .. } => {
                vec![("min", *min), ("mode", *mode), ("max", *max)]
            }
            Dist::Normal { mean, sd, .. } | Dist::LogNormal { mean, sd, .. } => {
                vec![("mean", *mean), ("sd", *sd)]
            }
            Dist::Exponential { mean, .. } => vec![("mean", *mean)],
            Dist::Gamma { scale, .. } => vec![("scale", *scale)],
            Dist::Empirical { bins, .. } => bins.iter().map(|b| ("bin end", b.to)).collect(),
        };
        if matches!(self, Dist::Gamma { .. }) {
            days.push(("mean", self.mean()));
        }
        days.extend(bound_keys(self.bounds().unwrap_or_default()));
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

    /// Plain-language problems with the parameters (negative, NaN, inconsistent) and the
    /// bounds (a range holding no probability); empty if valid.
    pub fn problems(&self) -> Vec<String> {
        let mut out = self.family_problems();
        let Some(bounds) = self.bounds() else {
            return out;
        };
        for (name, v) in bound_keys(bounds) {
            nonneg(&mut out, name, v);
        }
        if let (Some(min), Some(max)) = (bounds.min, bounds.max)
            && min >= max
        {
            out.push(format!(
                "bounds.min ({}) must be below bounds.max ({})",
                show(min),
                show(max)
            ));
        }
        if out.is_empty() && self.range_probability() < MIN_RANGE_PROBABILITY {
            out.push(format!(
                "no value can fall within the bounds {}–{} (after a shift of {}): the \
                 distribution puts less than one draw in a billion there; widen the bounds \
                 or change the distribution",
                show(bounds.min.unwrap_or(0.0)),
                bounds.max.map_or("∞".into(), show),
                show(bounds.shift())
            ));
        }
        out
    }

    fn family_problems(&self) -> Vec<String> {
        let mut out = Vec::new();
        macro_rules! nonneg {
            ($name:expr, $v:expr) => {
                nonneg(&mut out, $name, $v)
            };
        }
        match self {
            Dist::Fixed { value, .. } => nonneg!("value", *value),
            Dist::Uniform { min, max, .. } => {
                nonneg!("min", *min);
                nonneg!("max", *max);
                if min > max {
                    out.push(format!("min ({min}) is greater than max ({max})"));
                }
            }
            Dist::Triangular { min, mode, max, .. } => {
                nonneg!("min", *min);
                nonneg!("mode", *mode);
                nonneg!("max", *max);
                if !(min <= mode && mode <= max) {
                    out.push(format!("needs min ≤ mode ≤ max (got {min}, {mode}, {max})"));
                }
            }
            Dist::Normal { mean, sd, .. } | Dist::LogNormal { mean, sd, .. } => {
                nonneg!("mean", *mean);
                nonneg!("sd", *sd);
                if matches!(self, Dist::LogNormal { .. }) && *mean <= 0.0 && *sd > 0.0 {
                    out.push("a log-normal needs a mean > 0".into());
                }
            }
            Dist::Exponential { mean, .. } => nonneg!("mean", *mean),
            Dist::Gamma { shape, scale, .. } => {
                nonneg!("shape", *shape);
                nonneg!("scale", *scale);
                if *shape == 0.0 {
                    out.push("shape must be > 0".into());
                }
            }
            Dist::Empirical { bins, .. } => {
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

/// The keys of `bounds` that are given, with their names in messages.
fn bound_keys(bounds: Bounds) -> impl Iterator<Item = (&'static str, f64)> {
    [
        ("bounds.shift", bounds.shift),
        ("bounds.min", bounds.min),
        ("bounds.max", bounds.max),
    ]
    .into_iter()
    .filter_map(|(name, v)| v.map(|v| (name, v)))
}

fn nonneg(out: &mut Vec<String>, name: &str, v: f64) {
    if !v.is_finite() || v < 0.0 {
        out.push(format!("{name} must be a finite number ≥ 0 (got {v})"));
    }
}

#[cfg(test)]
mod tests;
