//! What a [`Dist`] is as a law of probability: the probability of a range, the partial
//! mean over it and (for the continuous families) the quantile, which the mean of a
//! bounded distribution, the check that its bounds hold probability and the sampler's
//! inverse-CDF draw share.

use statrs::distribution::{Continuous, ContinuousCDF, Exp, Gamma, LogNormal, Normal, Triangular};

use super::Dist;

/// `(μ, σ)` of the normal whose exponential has the given `mean` and `sd`: the one place
/// a log-normal's parameters are converted (the sampler draws with them, the law
/// integrates with them).
pub(crate) fn lognormal_params(mean: f64, sd: f64) -> (f64, f64) {
    let s2 = (1.0 + (sd * sd) / (mean * mean)).ln();
    (mean.ln() - s2 / 2.0, s2.sqrt())
}

/// The family of a distribution, before shift and bounds. Degenerate parameters (a zero
/// standard deviation, a uniform of zero width) are a point at the family's mean.
#[derive(Debug, Clone)]
pub(crate) enum Law {
    /// Bins `(from, to, probability)`, uniform inside; a bin of zero width is a point.
    /// Fixed, uniform and empirical distributions.
    Bins(Vec<(f64, f64, f64)>),
    /// A family with a density.
    Curve(Curve),
}

/// A continuous family, with the parameters the partial means need.
#[derive(Debug, Clone)]
pub(crate) enum Curve {
    Triangular {
        law: Triangular,
        min: f64,
        mode: f64,
        max: f64,
    },
    Exp {
        law: Exp,
        mean: f64,
    },
    Normal {
        law: Normal,
        mean: f64,
        sd: f64,
    },
    LogNormal {
        law: LogNormal,
        mu: f64,
        sigma: f64,
    },
    Gamma {
        law: Gamma,
        shape: f64,
        scale: f64,
    },
}

/// A distribution as it is drawn: `shift + X`, X of `law` conditioned on `lo ≤ X ≤ hi`.
#[derive(Debug, Clone)]
pub(crate) struct Restriction {
    pub law: Law,
    pub shift: f64,
    pub lo: f64,
    pub hi: f64,
}

impl Restriction {
    /// The law and the range of X that `d`'s bounds keep: `[min − shift, max − shift]`,
    /// never below 0 (every family is of durations or counts; the normal is cut there).
    pub(crate) fn of(d: &Dist) -> Self {
        let bounds = d.bounds().unwrap_or_default();
        let shift = bounds.shift();
        Restriction {
            law: Law::of(d),
            shift,
            lo: (bounds.min.unwrap_or(0.0) - shift).max(0.0),
            hi: bounds.max.map_or(f64::INFINITY, |max| max - shift),
        }
    }

    /// Whether the range leaves out some of the family's values (always for the normal).
    pub(crate) fn cuts_support(&self) -> bool {
        let (from, to) = self.law.support();
        self.lo > from || self.hi < to
    }
}

impl Law {
    pub(crate) fn of(d: &Dist) -> Self {
        let point = |v: f64| Law::Bins(vec![(v, v, 1.0)]);
        let fallback = || point(d.family_mean());
        let curve = |c: Option<Curve>| c.map_or_else(fallback, Law::Curve);
        match *d {
            Dist::Fixed { value, .. } => point(value),
            Dist::Uniform { min, max, .. } => Law::Bins(vec![(min, max.max(min), 1.0)]),
            Dist::Triangular { min, mode, max, .. } => curve(
                Triangular::new(min, max, mode)
                    .ok()
                    .map(|law| Curve::Triangular {
                        law,
                        min,
                        mode,
                        max,
                    }),
            ),
            Dist::Exponential { mean, .. } => curve(
                Exp::new(1.0 / mean)
                    .ok()
                    .filter(|_| mean > 0.0 && mean.is_finite())
                    .map(|law| Curve::Exp { law, mean }),
            ),
            Dist::Normal { mean, sd, .. } => curve(
                Normal::new(mean, sd)
                    .ok()
                    .map(|law| Curve::Normal { law, mean, sd }),
            ),
            Dist::LogNormal { mean, sd, .. } => {
                let (mu, sigma) = lognormal_params(mean, sd);
                curve(
                    LogNormal::new(mu, sigma)
                        .ok()
                        .filter(|_| mean > 0.0 && sd > 0.0)
                        .map(|law| Curve::LogNormal { law, mu, sigma }),
                )
            }
            Dist::Gamma { shape, scale, .. } => curve(
                Gamma::new(shape, 1.0 / scale)
                    .ok()
                    .filter(|_| shape > 0.0 && scale > 0.0 && scale.is_finite())
                    .map(|law| Curve::Gamma { law, shape, scale }),
            ),
            Dist::Empirical { ref bins, .. } => {
                let total: f64 = bins.iter().map(|b| b.weight.max(0.0)).sum();
                if total.is_nan() || total <= 0.0 {
                    return fallback();
                }
                Law::Bins(
                    bins.iter()
                        .map(|b| (b.from, b.to.max(b.from), b.weight.max(0.0) / total))
                        .collect(),
                )
            }
        }
    }

    /// The smallest and largest values the family can take.
    fn support(&self) -> (f64, f64) {
        match self {
            Law::Bins(bins) => bins
                .iter()
                .filter(|b| b.2 > 0.0)
                .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), b| {
                    (lo.min(b.0), hi.max(b.1))
                }),
            Law::Curve(Curve::Triangular { min, max, .. }) => (*min, *max),
            Law::Curve(Curve::Normal { .. }) => (f64::NEG_INFINITY, f64::INFINITY),
            Law::Curve(_) => (0.0, f64::INFINITY),
        }
    }

    /// P(a ≤ X ≤ b).
    pub(crate) fn mass(&self, a: f64, b: f64) -> f64 {
        if a.is_nan() || b.is_nan() || a > b {
            return 0.0;
        }
        match self {
            Law::Bins(bins) => clip(bins, a, b).map(|(_, _, p)| p).sum(),
            Law::Curve(c) => c.mass(a, b),
        }
    }

    /// E[X; a ≤ X ≤ b], the integral of x over the range: divided by [`Law::mass`], the
    /// mean of X conditioned on the range. Closed form for every family.
    pub(crate) fn partial_mean(&self, a: f64, b: f64) -> f64 {
        if a.is_nan() || b.is_nan() || a > b {
            return 0.0;
        }
        match self {
            Law::Bins(bins) => clip(bins, a, b).map(|(f, t, p)| p * (f + t) / 2.0).sum(),
            Law::Curve(c) => c.partial_mean(a, b),
        }
    }
}

impl Curve {
    /// P(X ≤ x).
    pub(crate) fn cdf(&self, x: f64) -> f64 {
        self.with_law(|law| law.cdf(x))
    }

    /// The value below which a share `p` of the family lies.
    pub(crate) fn quantile(&self, p: f64) -> f64 {
        let p = p.clamp(0.0, 1.0);
        self.with_law(|law| law.inverse_cdf(p))
    }

    fn mass(&self, a: f64, b: f64) -> f64 {
        self.with_law(|law| between(law, a, b))
    }

    fn partial_mean(&self, a: f64, b: f64) -> f64 {
        match self {
            // x·f(x) is a quadratic on each side of the mode, where Simpson's rule is exact.
            Curve::Triangular {
                law,
                min,
                mode,
                max,
            } => [(*min, *mode), (*mode, *max)]
                .into_iter()
                .map(|(from, to)| {
                    let (x, y) = (a.max(from), b.min(to));
                    if x >= y {
                        return 0.0;
                    }
                    let m = (x + y) / 2.0;
                    (y - x) / 6.0 * (x * law.pdf(x) + 4.0 * m * law.pdf(m) + y * law.pdf(y))
                })
                .sum(),
            // ∫ x e^(−x/m)/m dx = −(x + m) e^(−x/m).
            Curve::Exp { mean, .. } => {
                let tail = |x: f64| {
                    if x.is_finite() {
                        (x + mean) * (-x / mean).exp()
                    } else {
                        0.0
                    }
                };
                tail(a) - tail(b)
            }
            // μ·P + σ(φ(α) − φ(β)), α and β the standardised ends.
            Curve::Normal { law, mean, sd } => {
                let phi = |x: f64| {
                    let z = (x - mean) / sd;
                    (-z * z / 2.0).exp() / (2.0 * std::f64::consts::PI).sqrt()
                };
                mean * between(law, a, b) + sd * (phi(a) - phi(b))
            }
            // e^(μ+σ²/2) times the probability of the range under a log-normal (μ + σ², σ).
            Curve::LogNormal { mu, sigma, .. } => LogNormal::new(mu + sigma * sigma, *sigma)
                .map_or(f64::NAN, |tilted| {
                    (mu + sigma * sigma / 2.0).exp() * between(&tilted, a, b)
                }),
            // kθ times the probability of the range under a gamma of shape k + 1.
            Curve::Gamma { shape, scale, .. } => Gamma::new(shape + 1.0, 1.0 / scale)
                .map_or(f64::NAN, |tilted| shape * scale * between(&tilted, a, b)),
        }
    }

    fn with_law<T>(&self, f: impl FnOnce(&dyn ContinuousCDF<f64, f64>) -> T) -> T {
        match self {
            Curve::Triangular { law, .. } => f(law),
            Curve::Exp { law, .. } => f(law),
            Curve::Normal { law, .. } => f(law),
            Curve::LogNormal { law, .. } => f(law),
            Curve::Gamma { law, .. } => f(law),
        }
    }
}

/// P(a ≤ X ≤ b), from the survival function above the median so that a range in the
/// upper tail keeps its precision.
fn between(law: &dyn ContinuousCDF<f64, f64>, a: f64, b: f64) -> f64 {
    let below = law.cdf(a);
    if below > 0.5 {
        (law.sf(a) - law.sf(b)).max(0.0)
    } else {
        (law.cdf(b) - below).max(0.0)
    }
}

/// The parts of `bins` within `[a, b]` that hold probability, each with the probability
/// it keeps (a point bin keeps all of it inside the range, none outside).
pub(crate) fn clip(
    bins: &[(f64, f64, f64)],
    a: f64,
    b: f64,
) -> impl Iterator<Item = (f64, f64, f64)> + '_ {
    bins.iter().filter_map(move |&(from, to, p)| {
        let (x, y) = (a.max(from), b.min(to));
        let share = if to > from {
            ((y - x) / (to - from)).clamp(0.0, 1.0)
        } else if (a..=b).contains(&from) {
            1.0
        } else {
            0.0
        };
        (p * share > 0.0).then_some((x, y.max(x), p * share))
    })
}
