//! Distributions compiled for fast sampling.

use rand::RngExt;
use rand_distr::{Distribution, Exp1, Gamma, LogNormal, Normal, Triangular};
use rand_pcg::Pcg64Mcg;

use crate::model::Dist;

/// A [`Dist`] ready to draw from.
#[derive(Debug, Clone)]
pub(crate) enum Sampler {
    Fixed(f64),
    Uniform(f64, f64),
    Triangular(Triangular<f64>),
    Normal(Normal<f64>),
    LogNormal(LogNormal<f64>),
    Exp(f64),
    Gamma(Gamma<f64>),
    Empirical {
        cum: Vec<f64>,
        bins: Vec<(f64, f64)>,
    },
}

impl Sampler {
    /// Compiles a validated distribution (invalid parameters fall back to the mean).
    pub(crate) fn new(d: &Dist) -> Self {
        let fallback = Sampler::Fixed(d.mean().max(0.0));
        match *d {
            Dist::Fixed { value } => Sampler::Fixed(value),
            Dist::Uniform { min, max } if max > min => Sampler::Uniform(min, max - min),
            Dist::Uniform { min, .. } => Sampler::Fixed(min),
            Dist::Triangular { min, mode, max } if max > min => {
                Triangular::new(min, max, mode).map_or(fallback, Sampler::Triangular)
            }
            Dist::Triangular { min, .. } => Sampler::Fixed(min),
            Dist::Normal { mean, sd } if sd > 0.0 => {
                Normal::new(mean, sd).map_or(fallback, Sampler::Normal)
            }
            Dist::LogNormal { mean, sd } if sd > 0.0 && mean > 0.0 => {
                let s2 = (1.0 + (sd * sd) / (mean * mean)).ln();
                LogNormal::new(mean.ln() - s2 / 2.0, s2.sqrt()).map_or(fallback, Sampler::LogNormal)
            }
            Dist::Normal { mean, .. } | Dist::LogNormal { mean, .. } => Sampler::Fixed(mean),
            Dist::Exponential { mean } => Sampler::Exp(mean),
            Dist::Gamma { shape, scale } if shape > 0.0 && scale > 0.0 => {
                Gamma::new(shape, scale).map_or(fallback, Sampler::Gamma)
            }
            Dist::Gamma { .. } => Sampler::Fixed(0.0),
            Dist::Empirical { ref bins } => {
                let total: f64 = bins.iter().map(|b| b.weight.max(0.0)).sum();
                if total <= 0.0 {
                    return fallback;
                }
                let mut acc = 0.0;
                let cum = bins
                    .iter()
                    .map(|b| {
                        acc += b.weight.max(0.0) / total;
                        acc
                    })
                    .collect();
                Sampler::Empirical {
                    cum,
                    bins: bins.iter().map(|b| (b.from, b.to - b.from)).collect(),
                }
            }
        }
    }

    #[inline]
    pub(crate) fn sample(&self, rng: &mut Pcg64Mcg) -> f64 {
        match self {
            Sampler::Fixed(v) => *v,
            Sampler::Uniform(a, w) => a + w * rng.random::<f64>(),
            Sampler::Triangular(t) => t.sample(rng),
            Sampler::Normal(n) => {
                for _ in 0..64 {
                    let x = n.sample(rng);
                    if x >= 0.0 {
                        return x;
                    }
                }
                0.0
            }
            Sampler::LogNormal(l) => l.sample(rng),
            Sampler::Exp(mean) => {
                let e: f64 = Exp1.sample(rng);
                e * mean
            }
            Sampler::Gamma(g) => g.sample(rng),
            Sampler::Empirical { cum, bins } => {
                let u: f64 = rng.random();
                let k = cum.partition_point(|&c| c <= u).min(bins.len() - 1);
                let (a, w) = bins[k];
                a + w * rng.random::<f64>()
            }
        }
    }
}
