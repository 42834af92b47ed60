//! The mean and the problems of shifted and bounded distributions, against integrals
//! worked out numerically here (Simpson's rule on the density), not the closed forms.

use statrs::distribution::{Continuous, Exp, Gamma, LogNormal, Normal, Triangular};

use super::{Bounds, Dist, HistogramBin, MIN_RANGE_PROBABILITY, lognormal_params};

fn bounds(shift: Option<f64>, min: Option<f64>, max: Option<f64>) -> Bounds {
    Bounds { shift, min, max }
}

/// `(∫ x f, ∫ f)` over `[a, b]` by Simpson's rule on 20,000 intervals.
fn integrate(f: impl Fn(f64) -> f64, a: f64, b: f64) -> (f64, f64) {
    let n = 20_000;
    let h = (b - a) / n as f64;
    let (mut xf, mut mass) = (0.0, 0.0);
    for i in 0..=n {
        let x = a + i as f64 * h;
        let w = if i == 0 || i == n {
            1.0
        } else if i % 2 == 1 {
            4.0
        } else {
            2.0
        };
        xf += w * x * f(x);
        mass += w * f(x);
    }
    (xf * h / 3.0, mass * h / 3.0)
}

/// The mean of `shift + X`, X with density `f`, conditioned on `[min, max]`, numerically.
fn numeric_mean(f: impl Fn(f64) -> f64, shift: f64, min: f64, max: f64) -> f64 {
    let (xf, mass) = integrate(f, min - shift, max - shift);
    shift + xf / mass
}

#[test]
fn the_mean_of_every_bounded_continuous_family_is_its_integral() {
    let (mu, sigma) = lognormal_params(2.0, 1.5);
    let tri = Triangular::new(1.0, 6.0, 2.0).unwrap();
    let exp = Exp::new(1.0 / 2.0).unwrap();
    let normal = Normal::new(3.0, 2.0).unwrap();
    let lognormal = LogNormal::new(mu, sigma).unwrap();
    let gamma = Gamma::new(2.5, 1.0 / 0.8).unwrap();
    type Density = Box<dyn Fn(f64) -> f64>;
    let cases: Vec<(Dist, Density)> = vec![
        (Dist::tri(1.0, 2.0, 6.0), Box::new(move |x| tri.pdf(x))),
        (Dist::exp(2.0), Box::new(move |x| exp.pdf(x))),
        (Dist::normal(3.0, 2.0), Box::new(move |x| normal.pdf(x))),
        (
            Dist::lognormal(2.0, 1.5),
            Box::new(move |x| if x > 0.0 { lognormal.pdf(x) } else { 0.0 }),
        ),
        (Dist::gamma(2.5, 0.8), Box::new(move |x| gamma.pdf(x))),
    ];
    for (dist, pdf) in cases {
        for (shift, min, max) in [(0.0, 1.5, 4.0), (0.5, 2.0, 3.0), (1.0, 1.0, 2.5)] {
            let d = dist
                .clone()
                .with_bounds(bounds(Some(shift), Some(min), Some(max)));
            let want = numeric_mean(&pdf, shift, min, max);
            assert!(
                (d.mean() - want).abs() < 1e-7,
                "{d:?}: mean {} against the integral {want}",
                d.mean()
            );
            let (_, mass) = integrate(&pdf, min - shift, max - shift);
            assert!((d.range_probability() - mass).abs() < 1e-9, "{d:?}");
        }
    }
}

#[test]
fn a_truncated_exponential_has_the_closed_form_mean() {
    // a + m − w e^(−w/m) / (1 − e^(−w/m)), w = b − a: the memoryless exponential restarted at a.
    let (m, a, b) = (2.0, 1.0, 4.0);
    let w: f64 = b - a;
    let want = a + m - w * (-w / m).exp() / (1.0 - (-w / m).exp());
    let d = Dist::exp(m).with_bounds(bounds(None, Some(a), Some(b)));
    assert!(
        (d.mean() - want).abs() < 1e-12,
        "{} against {want}",
        d.mean()
    );
}

#[test]
fn fixed_uniform_and_empirical_bounds_keep_the_parts_of_their_bins() {
    let uniform = Dist::uniform(0.0, 10.0).with_bounds(bounds(Some(1.0), Some(3.0), Some(7.0)));
    assert!((uniform.mean() - 5.0).abs() < 1e-12);
    assert!((uniform.range_probability() - 0.4).abs() < 1e-12);
    let fixed = Dist::fixed(2.0).with_bounds(bounds(Some(1.0), None, None));
    assert_eq!(fixed.mean(), 3.0);
    let empirical = Dist::Empirical {
        bins: vec![
            HistogramBin {
                from: 0.0,
                to: 2.0,
                weight: 1.0,
            },
            HistogramBin {
                from: 4.0,
                to: 8.0,
                weight: 3.0,
            },
        ],
        bounds: Some(bounds(None, Some(1.0), Some(6.0))),
    };
    // Kept: half of the first bin (1–2, weight 0.5) and half of the second (4–6, weight 1.5).
    let want = (0.5 * 1.5 + 1.5 * 5.0) / 2.0;
    assert!((empirical.mean() - want).abs() < 1e-12);
    assert!((empirical.range_probability() - 0.5).abs() < 1e-12);
}

#[test]
fn without_bounds_the_mean_is_the_family_mean_except_the_normal_cut_at_zero() {
    assert_eq!(Dist::tri(1.0, 2.0, 6.0).mean(), 3.0);
    assert_eq!(Dist::gamma(2.0, 1.5).mean(), 3.0);
    assert_eq!(
        Dist::exp(2.0)
            .with_bounds(bounds(Some(0.5), None, None))
            .mean(),
        2.5
    );
    // A normal(1, 1) is drawn conditioned on ≥ 0: its mean is above 1.
    let normal = Normal::new(1.0, 1.0).unwrap();
    let want = numeric_mean(|x| normal.pdf(x), 0.0, 0.0, 41.0);
    let got = Dist::normal(1.0, 1.0).mean();
    assert!(
        (got - want).abs() < 1e-9 && got > 1.28,
        "{got} against {want}"
    );
}

#[test]
fn bounds_must_be_finite_non_negative_ordered_and_hold_probability() {
    let problems = |b: Bounds| -> Vec<String> { Dist::exp(1.0).with_bounds(b).problems() };
    assert!(problems(bounds(Some(0.5), Some(1.0), Some(3.0))).is_empty());
    assert!(
        problems(bounds(None, Some(-1.0), None))[0]
            .contains("bounds.min must be a finite number ≥ 0")
    );
    assert!(problems(bounds(Some(f64::NAN), None, None))[0].contains("bounds.shift"));
    assert!(problems(bounds(None, None, Some(f64::INFINITY)))[0].contains("bounds.max"));
    assert!(problems(bounds(None, Some(3.0), Some(3.0)))[0].contains("must be below bounds.max"));
    // e^(−30) of an exponential lies beyond 30 means: less than one draw in a billion.
    let far = problems(bounds(None, Some(30.0), None));
    assert!(
        far[0].contains("no value can fall within the bounds 30–∞"),
        "{far:?}"
    );
    // A shift past the maximum leaves nothing.
    assert!(problems(bounds(Some(5.0), None, Some(4.0)))[0].contains("no value can fall"));
    // A fixed value outside its bounds has no probability there at all.
    let fixed = Dist::fixed(2.0).with_bounds(bounds(None, Some(3.0), None));
    assert!(fixed.problems()[0].contains("no value can fall"));
    // Just above the threshold is kept: e^(−20) ≈ 2e-9.
    assert!(
        Dist::exp(1.0)
            .with_bounds(bounds(None, Some(20.0), None))
            .range_probability()
            > MIN_RANGE_PROBABILITY
    );
    assert!(problems(bounds(None, Some(20.0), None)).is_empty());
}

#[test]
fn bounds_over_ten_years_are_refused_as_durations() {
    let d = Dist::exp(1.0).with_bounds(bounds(Some(4000.0), None, None));
    assert!(d.bound_problems()[0].contains("bounds.shift must be at most 3652.5 days"));
}

#[test]
fn empty_bounds_are_no_bounds() {
    let d = Dist::exp(1.0).with_bounds(Bounds::default());
    assert_eq!(d, Dist::exp(1.0));
    let read: Dist =
        serde_json::from_str(r#"{"kind":"exponential","mean":1,"bounds":{}}"#).unwrap();
    assert_eq!(read.bounds(), None);
    assert_eq!(read.mean(), 1.0);
}

#[test]
fn bounds_are_written_only_when_given_and_unknown_keys_are_refused() {
    assert_eq!(
        serde_json::to_string(&Dist::exp(1.0)).unwrap(),
        r#"{"kind":"exponential","mean":1.0}"#
    );
    let bounded = Dist::exp(1.0).with_bounds(bounds(None, None, Some(2.0)));
    let text = serde_json::to_string(&bounded).unwrap();
    assert_eq!(
        text,
        r#"{"kind":"exponential","mean":1.0,"bounds":{"max":2.0}}"#
    );
    assert_eq!(serde_json::from_str::<Dist>(&text).unwrap(), bounded);
    for wrong in [
        r#"{"kind":"exponential","mean":1,"min":0}"#,
        r#"{"kind":"exponential","mean":1,"bounds":{"lower":0}}"#,
    ] {
        assert!(serde_json::from_str::<Dist>(wrong).is_err(), "{wrong}");
    }
}

#[test]
fn a_scaled_distribution_is_the_same_shape_times_the_factor() {
    let empirical = Dist::Empirical {
        bins: vec![
            HistogramBin {
                from: 0.5,
                to: 1.0,
                weight: 1.0,
            },
            HistogramBin {
                from: 2.0,
                to: 4.0,
                weight: 3.0,
            },
        ],
        bounds: None,
    };
    let families = [
        Dist::fixed(2.0),
        Dist::uniform(1.0, 3.0),
        Dist::tri(1.0, 2.0, 6.0),
        Dist::exp(2.0),
        Dist::normal(3.0, 2.0),
        Dist::lognormal(2.0, 1.5),
        Dist::gamma(2.5, 0.8),
        empirical,
    ];
    for dist in families {
        for b in [None, Some(bounds(Some(0.5), Some(1.5), Some(3.5)))] {
            let d = match b {
                Some(b) => dist.clone().with_bounds(b),
                None => dist.clone(),
            };
            for factor in [0.75, 0.5, 2.0] {
                let s = d.scaled(factor);
                assert!(
                    (s.mean() - factor * d.mean()).abs() < 1e-9 * d.mean().max(1.0),
                    "{d:?} × {factor}: mean {} vs {}",
                    s.mean(),
                    factor * d.mean()
                );
                assert!(
                    (s.range_probability() - d.range_probability()).abs() < 1e-12,
                    "{d:?} × {factor}: the bounds keep the same share"
                );
            }
        }
    }
}
