//! The shape of a duration distribution, for the small plot beside its parameters: drawn
//! with the simulation's own sampler, so what the user sees is what the engine draws.

use rand::SeedableRng;
use rand_pcg::Pcg64Mcg;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use specta::Type;

use crate::model::{Dist, HistogramBin};
use crate::sim::sampler::Sampler;

/// A histogram of draws with the mean and the 10th, 50th and 90th percentiles (days).
#[derive(Serialize, Deserialize, Type, JsonSchema, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct DistShape {
    /// Equal-width bins from the smallest to the largest draw; weights sum to 1.
    pub bins: Vec<HistogramBin>,
    pub mean: f64,
    pub p10: f64,
    pub p50: f64,
    pub p90: f64,
}

const DRAWS: usize = 20_000;

/// Draws `dist` with a fixed seed into `bins` bins. Invalid parameters are drawn the way
/// the engine would fall back (validation reports them separately).
pub fn shape(dist: &Dist, bins: usize) -> DistShape {
    let sampler = Sampler::new(dist);
    let mut rng = Pcg64Mcg::seed_from_u64(0x5eed);
    let mut draws: Vec<f64> = (0..DRAWS).map(|_| sampler.sample(&mut rng)).collect();
    draws.sort_by(f64::total_cmp);
    let at = |q: f64| draws[((q * (DRAWS - 1) as f64).round() as usize).min(DRAWS - 1)];
    let (lo, hi) = (draws[0], draws[DRAWS - 1]);
    let count = if hi > lo { bins.max(1) } else { 1 };
    let width = if hi > lo {
        (hi - lo) / count as f64
    } else {
        1.0
    };
    let mut counts = vec![0usize; count];
    for &x in &draws {
        counts[(((x - lo) / width) as usize).min(count - 1)] += 1;
    }
    DistShape {
        bins: counts
            .iter()
            .enumerate()
            .map(|(k, &c)| HistogramBin {
                from: lo + k as f64 * width,
                to: lo + (k + 1) as f64 * width,
                weight: c as f64 / DRAWS as f64,
            })
            .collect(),
        mean: draws.iter().sum::<f64>() / DRAWS as f64,
        p10: at(0.1),
        p50: at(0.5),
        p90: at(0.9),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_triangle_peaks_at_its_mode_and_stays_within_its_bounds() {
        let s = shape(&Dist::tri(1.0, 2.0, 5.0), 16);
        assert_eq!(s.bins.len(), 16);
        assert!(s.bins[0].from >= 1.0 && s.bins[15].to <= 5.0 + 1e-9);
        let peak = s
            .bins
            .iter()
            .max_by(|a, b| a.weight.total_cmp(&b.weight))
            .map(|b| (b.from + b.to) / 2.0)
            .unwrap_or_default();
        assert!((peak - 2.0).abs() < 0.5, "peak at {peak}");
        assert!((s.mean - 8.0 / 3.0).abs() < 0.05, "mean {}", s.mean);
        let total: f64 = s.bins.iter().map(|b| b.weight).sum();
        assert!((total - 1.0).abs() < 1e-9);
    }

    #[test]
    fn a_fixed_value_is_one_bin() {
        let s = shape(&Dist::fixed(3.0), 16);
        assert_eq!(s.bins.len(), 1);
        assert_eq!((s.p10, s.p50, s.p90, s.mean), (3.0, 3.0, 3.0, 3.0));
    }
}
