//! Streaming aggregates with flat memory: Welford moments and fixed-bin histograms.
//!
//! Quantile accuracy: [`LogHist`] uses geometric bins growing by a fixed factor `g`
//! (1 % for case KPIs, 5 % for per-step critical-path contributions) from 1e-4 to 1e4 days;
//! a quantile is reported as the geometric centre of its bin, clamped to the observed
//! min/max, so its relative error is at most about (g−1)/2 (0.5 % for case KPIs).
//! [`IntHist`] counts integers 0..=1023 exactly (larger values share the last bin and are
//! reported as the observed maximum).

use crate::model::HistogramBin;

/// Running count, mean and variance (Welford), mergeable (Chan et al.).
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Welford {
    pub n: u64,
    pub mean: f64,
    m2: f64,
}

impl Welford {
    #[inline]
    pub(crate) fn add(&mut self, x: f64) {
        self.n += 1;
        let d = x - self.mean;
        self.mean += d / self.n as f64;
        self.m2 += d * (x - self.mean);
    }

    pub(crate) fn merge(&mut self, o: &Welford) {
        if o.n == 0 {
            return;
        }
        if self.n == 0 {
            *self = *o;
            return;
        }
        let n = self.n + o.n;
        let d = o.mean - self.mean;
        self.mean += d * o.n as f64 / n as f64;
        self.m2 += o.m2 + d * d * self.n as f64 * o.n as f64 / n as f64;
        self.n = n;
    }

    pub(crate) fn variance(&self) -> f64 {
        if self.n < 2 {
            0.0
        } else {
            self.m2 / (self.n - 1) as f64
        }
    }
}

const LOG_MIN: f64 = 1e-4;
const LOG_SPAN: f64 = 1e8;

/// Geometric-bin histogram of non-negative values.
#[derive(Debug, Clone)]
pub(crate) struct LogHist {
    bins: Vec<u32>,
    inv_ln_g: f64,
    ln_g: f64,
    n: u64,
    min: f64,
    max: f64,
}

impl LogHist {
    pub(crate) fn new(growth: f64) -> Self {
        let ln_g = growth.ln();
        let nbins = (LOG_SPAN.ln() / ln_g).ceil() as usize + 2;
        LogHist {
            bins: vec![0; nbins],
            inv_ln_g: 1.0 / ln_g,
            ln_g,
            n: 0,
            min: f64::INFINITY,
            max: f64::NEG_INFINITY,
        }
    }

    #[inline]
    pub(crate) fn add(&mut self, v: f64) {
        // NaN goes to the first bin; huge values (even infinite) saturate into the last.
        let k = if v.is_nan() || v < LOG_MIN {
            0
        } else {
            (((v / LOG_MIN).ln() * self.inv_ln_g) as usize)
                .saturating_add(1)
                .min(self.bins.len() - 1)
        };
        self.bins[k] += 1;
        self.n += 1;
        self.min = self.min.min(v);
        self.max = self.max.max(v);
    }

    pub(crate) fn merge(&mut self, o: &LogHist) {
        for (a, b) in self.bins.iter_mut().zip(&o.bins) {
            *a += b;
        }
        self.n += o.n;
        self.min = self.min.min(o.min);
        self.max = self.max.max(o.max);
    }

    /// The `q`-quantile: in the smallest bin whose cumulative count reaches q·n, at the
    /// place its rank takes among the bin's values, spread evenly on the bin's logarithmic
    /// scale; 0 when empty.
    ///
    /// Reporting the bin's centre instead moved a quantile in steps of a whole bin (1 %,
    /// 0.2 days on a 20-day p90), so a change that moved a few cases by minutes showed as a
    /// 0.2-day effect in every replication and the improvement finder called it
    /// significant. Within the bin the quantile now moves with the values.
    pub(crate) fn quantile(&self, q: f64) -> f64 {
        if self.n == 0 {
            return 0.0;
        }
        let target = ((q * self.n as f64).ceil() as u64).max(1);
        let (k, before) = bin_and_count_before(&self.bins, target);
        let v = if k == 0 {
            0.0
        } else {
            // The target is the `target - before`-th of the bin's values; the i-th of c
            // sits at (i − ½)/c of the bin.
            let inside = self.bins[k].max(1) as f64;
            let place = ((target - before) as f64 - 0.5) / inside;
            LOG_MIN * ((k as f64 - 1.0 + place.clamp(0.0, 1.0)) * self.ln_g).exp()
        };
        clamp_seen(v, self.min, self.max)
    }
}

/// Sub-bins per power of two of [`OctaveHist`]: a bin is at most 1/32 (3.1 %) of its values.
const OCTAVE_BITS: u32 = 5;
/// The mantissa bits below a bin's.
const OCTAVE_SHIFT: u32 = 52 - OCTAVE_BITS;

/// A histogram of positive values binned by the bits of their floating-point form (32
/// bins per power of two from 2⁻¹⁴ to 2¹⁴ days, about a second to 45 years): no logarithm
/// per value, for measurements taken on the simulation's hot path. Bins are allocated at
/// the first value, so a measurement that never happens costs nothing to keep and merge.
#[derive(Debug, Clone, Default)]
pub(crate) struct OctaveHist {
    bins: Vec<u32>,
    n: u64,
    min: f64,
    max: f64,
}

/// The top bits (sign, exponent, bin) of 2⁻¹⁴ and 2¹⁴: exponents 1023 ∓ 14, mantissa 0.
const OCTAVE_LOW: u64 = (1023 - 14) << OCTAVE_BITS;
const OCTAVE_HIGH: u64 = (1023 + 14) << OCTAVE_BITS;
/// Bin 0 holds what is below the range, the last bin what is above.
const OCTAVE_BINS: usize = (OCTAVE_HIGH - OCTAVE_LOW) as usize + 2;

impl OctaveHist {
    /// Adds a positive value (zeros are counted, not added: see [`OctaveHist::quantile_with_zeros`]).
    #[inline]
    pub(crate) fn add(&mut self, v: f64) {
        if self.bins.is_empty() {
            self.bins = vec![0; OCTAVE_BINS];
            self.min = f64::INFINITY;
            self.max = f64::NEG_INFINITY;
        }
        let top = v.to_bits() >> OCTAVE_SHIFT;
        let k = if v.is_nan() || top < OCTAVE_LOW {
            0
        } else {
            ((top - OCTAVE_LOW) as usize + 1).min(OCTAVE_BINS - 1)
        };
        self.bins[k] += 1;
        self.n += 1;
        self.min = self.min.min(v);
        self.max = self.max.max(v);
    }

    pub(crate) fn merge(&mut self, o: &OctaveHist) {
        if o.bins.is_empty() {
            return;
        }
        if self.bins.is_empty() {
            *self = o.clone();
            return;
        }
        for (a, b) in self.bins.iter_mut().zip(&o.bins) {
            *a += b;
        }
        self.n += o.n;
        self.min = self.min.min(o.min);
        self.max = self.max.max(o.max);
    }

    /// Values added.
    pub(crate) fn count(&self) -> u64 {
        self.n
    }

    /// The `q`-quantile of the values added and `zeros` values of 0 that were not (the
    /// centre of its bin, within the values seen); 0 when there are none.
    pub(crate) fn quantile_with_zeros(&self, q: f64, zeros: u64) -> f64 {
        let n = self.n + zeros;
        if n == 0 {
            return 0.0;
        }
        let target = ((q * n as f64).ceil() as u64).max(1);
        if target <= zeros || self.bins.is_empty() {
            return 0.0;
        }
        let k = bin_of_target(&self.bins, target - zeros);
        let v = if k == 0 {
            0.0
        } else {
            let low = f64::from_bits((OCTAVE_LOW + k as u64 - 1) << OCTAVE_SHIFT);
            let high = f64::from_bits((OCTAVE_LOW + k as u64) << OCTAVE_SHIFT);
            (low + high) / 2.0
        };
        clamp_seen(v, self.min, self.max)
    }
}

/// `v` within the observed `min`–`max`; `v` itself when none was observed (only NaN).
fn clamp_seen(v: f64, min: f64, max: f64) -> f64 {
    if min <= max { v.clamp(min, max) } else { v }
}

fn bin_of_quantile(bins: &[u32], n: u64, q: f64) -> usize {
    bin_of_target(bins, ((q * n as f64).ceil() as u64).max(1))
}

/// The first bin whose cumulative count reaches `target` (the last when none does).
fn bin_of_target(bins: &[u32], target: u64) -> usize {
    bin_and_count_before(bins, target).0
}

/// The first bin whose cumulative count reaches `target` (the last when none does), and
/// the count of the bins before it.
fn bin_and_count_before(bins: &[u32], target: u64) -> (usize, u64) {
    let mut cum = 0u64;
    for (k, &c) in bins.iter().enumerate() {
        let next = cum + u64::from(c);
        if next >= target {
            return (k, cum);
        }
        cum = next;
    }
    (bins.len() - 1, cum)
}

const INT_BINS: usize = 1024;

/// Exact histogram of small non-negative integers.
#[derive(Debug, Clone)]
pub(crate) struct IntHist {
    bins: Vec<u32>,
    n: u64,
    max: u32,
}

impl IntHist {
    pub(crate) fn new() -> Self {
        IntHist {
            bins: vec![0; INT_BINS],
            n: 0,
            max: 0,
        }
    }

    #[inline]
    pub(crate) fn add(&mut self, v: u32) {
        self.bins[(v as usize).min(INT_BINS - 1)] += 1;
        self.n += 1;
        self.max = self.max.max(v);
    }

    pub(crate) fn merge(&mut self, o: &IntHist) {
        for (a, b) in self.bins.iter_mut().zip(&o.bins) {
            *a += b;
        }
        self.n += o.n;
        self.max = self.max.max(o.max);
    }

    pub(crate) fn quantile(&self, q: f64) -> f64 {
        if self.n == 0 {
            return 0.0;
        }
        let k = bin_of_quantile(&self.bins, self.n, q);
        if k == INT_BINS - 1 {
            f64::from(self.max)
        } else {
            k as f64
        }
    }
}

/// A histogram of either kind.
#[derive(Debug, Clone)]
pub(crate) enum Hist {
    Log(LogHist),
    Int(IntHist),
}

impl Hist {
    pub(crate) fn merge(&mut self, o: &Hist) {
        match (self, o) {
            (Hist::Log(a), Hist::Log(b)) => a.merge(b),
            (Hist::Int(a), Hist::Int(b)) => a.merge(b),
            _ => {}
        }
    }

    pub(crate) fn quantile(&self, q: f64) -> f64 {
        match self {
            Hist::Log(h) => h.quantile(q),
            Hist::Int(h) => h.quantile(q),
        }
    }

    /// The distribution for charts: up to `max_bins` equal-width bins from 0 to the 99.5th
    /// percentile (the far tail is added to the last bin so the weights sum to 1). Counts
    /// get one bin per integer while they fit.
    pub(crate) fn display_bins(&self, max_bins: usize) -> Vec<HistogramBin> {
        let n = match self {
            Hist::Log(h) => h.n,
            Hist::Int(h) => h.n,
        };
        if n == 0 || max_bins == 0 {
            return Vec::new();
        }
        let top = self.quantile(0.995);
        let (count, width) = match self {
            Hist::Int(_) => {
                let values = top as usize + 1;
                let per_bin = values.div_ceil(max_bins).max(1);
                (values.div_ceil(per_bin), per_bin as f64)
            }
            Hist::Log(_) if top > 0.0 => (max_bins, top / max_bins as f64),
            Hist::Log(_) => (1, 1.0),
        };
        let mut weights = vec![0u64; count];
        let mut put = |centre: f64, c: u32| {
            let k = ((centre / width) as usize).min(count - 1);
            weights[k] += u64::from(c);
        };
        match self {
            Hist::Log(h) => {
                for (k, &c) in h.bins.iter().enumerate().filter(|(_, c)| **c > 0) {
                    let centre = if k == 0 {
                        0.0
                    } else {
                        LOG_MIN * ((k as f64 - 0.5) * h.ln_g).exp()
                    };
                    put(clamp_seen(centre, h.min, h.max), c);
                }
            }
            Hist::Int(h) => {
                for (k, &c) in h.bins.iter().enumerate().filter(|(_, c)| **c > 0) {
                    put(k as f64, c);
                }
            }
        }
        weights
            .iter()
            .enumerate()
            .map(|(k, &c)| HistogramBin {
                from: k as f64 * width,
                to: (k + 1) as f64 * width,
                weight: c as f64 / n as f64,
            })
            .collect()
    }
}

/// Moments plus histogram of one KPI.
#[derive(Debug, Clone)]
pub(crate) struct Metric {
    pub w: Welford,
    pub h: Hist,
}

impl Metric {
    pub(crate) fn continuous() -> Self {
        Metric {
            w: Welford::default(),
            h: Hist::Log(LogHist::new(1.01)),
        }
    }

    pub(crate) fn count() -> Self {
        Metric {
            w: Welford::default(),
            h: Hist::Int(IntHist::new()),
        }
    }

    #[inline]
    pub(crate) fn add(&mut self, v: f64) {
        self.w.add(v);
        match &mut self.h {
            Hist::Log(h) => h.add(v),
            Hist::Int(h) => h.add(v as u32),
        }
    }

    pub(crate) fn merge(&mut self, o: &Metric) {
        self.w.merge(&o.w);
        self.h.merge(&o.h);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn log_histogram_quantiles_are_within_half_a_percent() {
        let mut h = LogHist::new(1.01);
        let xs: Vec<f64> = (1..=10_000).map(|i| f64::from(i) * 0.003).collect();
        for &x in &xs {
            h.add(x);
        }
        for q in [0.5, 0.9, 0.95, 0.99] {
            let exact = xs[(q * xs.len() as f64).ceil() as usize - 1];
            let got = h.quantile(q);
            assert!((got / exact - 1.0).abs() < 0.006, "q{q}: {got} vs {exact}");
        }
    }

    #[test]
    fn log_histogram_quantiles_read_within_the_bin_to_a_twentieth_of_a_percent() {
        let mut h = LogHist::new(1.01);
        let xs: Vec<f64> = (1..=10_000).map(|i| 15.0 + f64::from(i) * 0.001).collect();
        for &x in &xs {
            h.add(x);
        }
        for q in [0.5, 0.9, 0.95] {
            let exact = xs[(q * xs.len() as f64).ceil() as usize - 1];
            let got = h.quantile(q);
            assert!((got / exact - 1.0).abs() < 5e-4, "q{q}: {got} vs {exact}");
        }
    }

    /// Regression: the p90 moved in whole 1 % bins, so shifting a run's values by a small
    /// amount either left it unchanged or moved it a full bin (0.2 days at 20 days), and
    /// the improvement finder reported one bin as a significant effect.
    #[test]
    fn a_small_shift_of_the_values_moves_the_p90_by_about_as_much_not_by_a_bin() {
        let xs: Vec<f64> = (1..=2_000).map(|i| 10.0 + f64::from(i) * 0.006).collect();
        let p90 = |shift: f64| {
            let mut h = LogHist::new(1.01);
            for &x in &xs {
                h.add(x + shift);
            }
            h.quantile(0.9)
        };
        let base = p90(0.0);
        for shift in [0.005, 0.01, 0.02, 0.05] {
            let moved = p90(shift) - base;
            assert!(
                (moved - shift).abs() < 0.3 * shift,
                "a shift of {shift} days moved the p90 by {moved}"
            );
        }
    }

    #[test]
    fn display_bins_cover_every_case_in_equal_widths() {
        let mut m = Metric::continuous();
        for i in 0..10_000 {
            m.add(f64::from(i % 100) / 10.0);
        }
        let bins = m.h.display_bins(20);
        assert_eq!(bins.len(), 20);
        let total: f64 = bins.iter().map(|b| b.weight).sum();
        assert!((total - 1.0).abs() < 1e-9, "{total}");
        let width = bins[0].to - bins[0].from;
        assert!(bins.iter().all(|b| (b.to - b.from - width).abs() < 1e-9));
        assert!((bins[19].to - 9.9).abs() < 0.2, "{:?}", bins[19]);

        let mut visits = Metric::count();
        for v in [0.0, 1.0, 1.0, 3.0] {
            visits.add(v);
        }
        let bins = visits.h.display_bins(40);
        assert_eq!(bins.len(), 4);
        assert_eq!(bins[1].weight, 0.5);
        assert_eq!(bins[2].weight, 0.0);
    }

    #[test]
    fn octave_histogram_quantiles_are_within_two_percent_with_the_zeros_left_out() {
        let mut h = OctaveHist::default();
        let xs: Vec<f64> = (1..=10_000).map(|i| f64::from(i) * 0.003).collect();
        for &x in &xs {
            h.add(x);
        }
        for q in [0.5, 0.9, 0.99] {
            let exact = xs[(q * xs.len() as f64).ceil() as usize - 1];
            let got = h.quantile_with_zeros(q, 0);
            assert!((got / exact - 1.0).abs() < 0.016, "q{q}: {got} vs {exact}");
        }
        // 10,000 zeros not added: the median is 0, the p90 the 80th percentile of the rest.
        assert_eq!(h.quantile_with_zeros(0.5, 10_000), 0.0);
        let got = h.quantile_with_zeros(0.9, 10_000);
        assert!((got / xs[7_999] - 1.0).abs() < 0.016, "{got}");
        let mut merged = OctaveHist::default();
        merged.merge(&OctaveHist::default());
        assert_eq!(merged.quantile_with_zeros(0.9, 3), 0.0);
        merged.merge(&h);
        assert_eq!(merged.count(), 10_000);
        assert_eq!(
            merged.quantile_with_zeros(0.9, 7),
            h.quantile_with_zeros(0.9, 7)
        );
    }

    #[test]
    fn integer_histogram_is_exact_and_welford_merges() {
        let mut h = IntHist::new();
        let mut a = Welford::default();
        let mut b = Welford::default();
        let mut all = Welford::default();
        for v in 0..100u32 {
            h.add(v % 10);
            all.add(f64::from(v));
            if v < 37 {
                a.add(f64::from(v))
            } else {
                b.add(f64::from(v))
            }
        }
        assert_eq!(h.quantile(0.9), 8.0);
        assert_eq!(h.quantile(0.91), 9.0);
        a.merge(&b);
        assert!((a.mean - all.mean).abs() < 1e-12);
        assert!((a.variance() - all.variance()).abs() < 1e-9);
    }

    #[test]
    fn log_histogram_of_infinite_and_nan_values_does_not_panic() {
        // Two tasks of 1.7e308 days made an infinite cycle time and a NaN waiting time:
        // an overflow in debug builds, `clamp` with min > max in release builds.
        let mut h = LogHist::new(1.01);
        h.add(f64::NAN);
        assert_eq!(h.quantile(0.5), 0.0);
        h.add(f64::INFINITY);
        h.add(f64::MAX);
        assert!(h.quantile(0.99) > 1e3);
        let mut m = Metric::continuous();
        m.add(f64::NAN);
        assert!(!m.h.display_bins(10).is_empty());
    }
}
