//! Draws of shifted and bounded distributions, 100,000 at a time, against closed forms,
//! integrals and Prosimos' own algorithm.

use rand::SeedableRng;
use rand_distr::{Distribution, Exp1};
use rand_pcg::Pcg64Mcg;
use statrs::distribution::{ContinuousCDF, Normal};

use super::{PLAIN_TRIES, Restricted, Sampler};
use crate::model::{Bounds, Dist, HistogramBin};

const DRAWS: usize = 100_000;

/// z of a two-sided 99.9 % interval: a right sampler fails a check once in a thousand seeds.
const Z: f64 = 3.29;

fn bounds(shift: Option<f64>, min: Option<f64>, max: Option<f64>) -> Bounds {
    Bounds { shift, min, max }
}

fn draws(d: &Dist, seed: u64) -> Vec<f64> {
    let sampler = Sampler::new(d);
    let mut rng = Pcg64Mcg::seed_from_u64(seed);
    (0..DRAWS).map(|_| sampler.sample(&mut rng)).collect()
}

/// Mean and the half-width of its 99.9 % confidence interval.
fn mean_ci(xs: &[f64]) -> (f64, f64) {
    let n = xs.len() as f64;
    let mean = xs.iter().sum::<f64>() / n;
    let var = xs.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / (n - 1.0);
    (mean, Z * (var / n).sqrt())
}

fn assert_mean(xs: &[f64], want: f64, what: &str) {
    let (mean, half) = mean_ci(xs);
    assert!(
        (mean - want).abs() <= half,
        "{what}: sample mean {mean} ± {half} misses {want}"
    );
}

#[test]
fn a_truncated_exponential_matches_its_closed_form_mean_at_100000_draws() {
    let (m, a, b) = (2.0, 1.0, 4.0);
    let w: f64 = b - a;
    let closed = a + m - w * (-w / m).exp() / (1.0 - (-w / m).exp());
    let d = Dist::exp(m).with_bounds(bounds(None, Some(a), Some(b)));
    let xs = draws(&d, 1);
    assert_mean(&xs, closed, "exponential(2) on [1, 4]");
    // The conditioned shape, not a clamp: no value sits on a bound.
    assert!(xs.iter().all(|&x| a < x && x < b));
    // P(X ≤ 2 | 1 ≤ X ≤ 4) = (1 − e^(−1/2)) / (1 − e^(−3/2)).
    let below = xs.iter().filter(|&&x| x <= 2.0).count() as f64 / DRAWS as f64;
    let p = (1.0 - (-0.5f64).exp()) / (1.0 - (-1.5f64).exp());
    assert!(
        (below - p).abs() < Z * (p * (1.0 - p) / DRAWS as f64).sqrt(),
        "{below} against {p}"
    );
}

#[test]
fn a_shifted_triangular_keeps_its_shape_moved_by_the_shift() {
    let d = Dist::tri(1.0, 2.0, 6.0).with_bounds(bounds(Some(0.5), None, None));
    let xs = draws(&d, 2);
    let lo = xs.iter().copied().fold(f64::INFINITY, f64::min);
    let hi = xs.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    assert!((1.5..1.55).contains(&lo), "min {lo}");
    assert!((6.4..=6.5).contains(&hi), "max {hi}");
    assert_eq!(d.mean(), 3.5);
    assert_mean(&xs, 3.5, "triangular(1, 2, 6) + 0.5");
}

#[test]
fn a_normal_truncated_to_a_range_draws_the_truncated_normal() {
    let (mu, sd, a, b) = (10.0, 4.0, 8.0, 11.0);
    let d = Dist::normal(mu, sd).with_bounds(bounds(None, Some(a), Some(b)));
    let n = Normal::new(mu, sd).unwrap();
    let (alpha, beta) = ((a - mu) / sd, (b - mu) / sd);
    let phi = |z: f64| (-z * z / 2.0).exp() / (2.0 * std::f64::consts::PI).sqrt();
    let mass = n.cdf(b) - n.cdf(a);
    let closed = mu + sd * (phi(alpha) - phi(beta)) / mass;
    assert!((d.mean() - closed).abs() < 1e-12);
    let xs = draws(&d, 3);
    assert!(xs.iter().all(|&x| (a..=b).contains(&x)));
    assert_mean(&xs, closed, "normal(10, 4) on [8, 11]");
    let p = (n.cdf(9.5) - n.cdf(a)) / mass;
    let below = xs.iter().filter(|&&x| x <= 9.5).count() as f64 / DRAWS as f64;
    assert!(
        (below - p).abs() < Z * (p * (1.0 - p) / DRAWS as f64).sqrt(),
        "{below} against {p}"
    );
}

/// Prosimos' exponential with `mean`, `min` and `max` (pix-framework's
/// `DurationDistribution`): `min + Exp(mean − min)`, redrawn while above `max` (100
/// rounds are never exhausted here).
fn prosimos_exponential(mean: f64, min: f64, max: f64, rng: &mut Pcg64Mcg) -> f64 {
    loop {
        let e: f64 = Exp1.sample(rng);
        let x = min + e * (mean - min);
        if (min..=max).contains(&x) {
            return x;
        }
    }
}

#[test]
fn a_prosimos_exponential_with_min_and_max_is_drawn_as_prosimos_draws_it() {
    let (mean, min, max) = (5.0, 2.0, 10.0);
    let d = Dist::exp(mean - min).with_bounds(bounds(Some(min), Some(min), Some(max)));
    let mut ours = draws(&d, 4);
    let mut rng = Pcg64Mcg::seed_from_u64(5);
    let mut theirs: Vec<f64> = (0..DRAWS)
        .map(|_| prosimos_exponential(mean, min, max, &mut rng))
        .collect();
    // The means agree within the interval of their difference…
    let ((m1, h1), (m2, h2)) = (mean_ci(&ours), mean_ci(&theirs));
    assert!(
        (m1 - m2).abs() <= (h1 * h1 + h2 * h2).sqrt(),
        "{m1} against Prosimos {m2}"
    );
    // …with the closed form: 2 + 3 − 8 e^(−8/3) / (1 − e^(−8/3)).
    let w: f64 = max - min;
    let closed = min + 3.0 - w * (-w / 3.0).exp() / (1.0 - (-w / 3.0).exp());
    assert!((d.mean() - closed).abs() < 1e-12);
    // …and so do the whole distributions (two-sample Kolmogorov–Smirnov at 0.1 %).
    ours.sort_by(f64::total_cmp);
    theirs.sort_by(f64::total_cmp);
    let ks = (0..=100)
        .map(|k| {
            let x = min + w * k as f64 / 100.0;
            let f = |s: &[f64]| s.partition_point(|&v| v <= x) as f64 / DRAWS as f64;
            (f(&ours) - f(&theirs)).abs()
        })
        .fold(0.0, f64::max);
    assert!(ks < 1.95 * (2.0 / DRAWS as f64).sqrt(), "KS distance {ks}");
}

#[test]
fn no_draw_ever_leaves_its_bounds() {
    let bins = vec![
        HistogramBin {
            from: 0.0,
            to: 3.0,
            weight: 1.0,
        },
        HistogramBin {
            from: 5.0,
            to: 5.0,
            weight: 1.0,
        },
    ];
    let families = [
        Dist::fixed(2.0),
        Dist::uniform(0.0, 5.0),
        Dist::tri(0.0, 1.0, 6.0),
        Dist::normal(2.0, 3.0),
        Dist::lognormal(2.0, 2.0),
        Dist::exp(2.0),
        Dist::gamma(0.5, 4.0),
        Dist::Empirical { bins, bounds: None },
    ];
    for family in families {
        for (shift, min, max) in [
            (0.0, 1.0, 2.5),
            (0.5, 1.0, 3.0),
            (1.0, 2.0, 2.1),
            (0.25, 0.0, 7.0),
        ] {
            let d = family
                .clone()
                .with_bounds(bounds(Some(shift), Some(min), Some(max)));
            if !d.problems().is_empty() {
                // A fixed value outside the range: refused, never drawn.
                assert!(
                    matches!(family, Dist::Fixed { .. }),
                    "{d:?}: {:?}",
                    d.problems()
                );
                continue;
            }
            let xs = draws(&d, 6);
            let out = xs.iter().find(|x| !(min..=max).contains(*x));
            assert!(out.is_none(), "{d:?} drew {out:?}");
            assert_mean(&xs, d.mean(), &format!("{d:?}"));
        }
    }
}

#[test]
fn a_range_far_in_the_tail_is_drawn_in_one_step_and_right() {
    // An exponential(1) beyond 18 keeps 1.5e-8 of it: a redraw loop would need 65 million
    // draws per value. Memoryless, so the conditioned mean is 18 + 1.
    let d = Dist::exp(1.0).with_bounds(bounds(None, Some(18.0), None));
    assert!(d.problems().is_empty());
    assert!((d.mean() - 19.0).abs() < 1e-6, "{}", d.mean());
    let xs = draws(&d, 7);
    assert!(xs.iter().all(|&x| x >= 18.0 && x.is_finite()));
    assert_mean(&xs, 19.0, "exponential(1) beyond 18");
}

#[test]
fn a_distribution_without_bounds_draws_as_before() {
    // The unbounded samplers are untouched: the same stream gives the same numbers.
    let d = Dist::exp(2.0);
    let mut rng = Pcg64Mcg::seed_from_u64(8);
    let first = Sampler::new(&d).sample(&mut rng);
    let mut rng = Pcg64Mcg::seed_from_u64(8);
    let e: f64 = Exp1.sample(&mut rng);
    assert_eq!(first, 2.0 * e);
}

#[test]
fn plain_tries_before_the_quantile_draw_the_same_law_as_the_quantile_alone() {
    // A gamma kept on [1, 4.5] (0.79 of it): plain draws first, as compiled…
    let d = Dist::gamma(2.0, 1.0).with_bounds(bounds(Some(0.5), Some(1.0), Some(4.5)));
    let tried = Sampler::new(&d);
    let Sampler::Restricted(r) = &tried else {
        panic!("a bounded gamma draws through its quantile: {tried:?}")
    };
    assert_eq!(r.tries, PLAIN_TRIES);
    // …against the inverse CDF alone.
    let quantile = Sampler::Restricted(Box::new(Restricted {
        tries: 0,
        ..(**r).clone()
    }));
    let sorted = |s: &Sampler, seed: u64| {
        let mut rng = Pcg64Mcg::seed_from_u64(seed);
        let mut xs: Vec<f64> = (0..DRAWS).map(|_| s.sample(&mut rng)).collect();
        xs.sort_by(f64::total_cmp);
        xs
    };
    let (a, b) = (sorted(&tried, 9), sorted(&quantile, 10));
    assert_mean(&a, d.mean(), "plain tries");
    assert_mean(&b, d.mean(), "quantile");
    let ks = (0..=100)
        .map(|k| {
            let x = 1.0 + 3.5 * f64::from(k) / 100.0;
            let f = |s: &[f64]| s.partition_point(|&v| v <= x) as f64 / DRAWS as f64;
            (f(&a) - f(&b)).abs()
        })
        .fold(0.0, f64::max);
    assert!(ks < 1.95 * (2.0 / DRAWS as f64).sqrt(), "KS distance {ks}");
}
