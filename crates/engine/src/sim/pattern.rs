//! How orders arrive over time, compiled for the event loop: a homogeneous Poisson stream,
//! one shaped by a weekly profile (drawn by thinning), or gaps drawn from a law.

use super::sampler::Sampler;
use crate::model::{ArrivalBand, Arrivals};

const WEEK: f64 = 7.0;

/// The arrival pattern of a stream of orders.
#[derive(Debug, Clone)]
pub(crate) enum Pattern {
    /// Exponential gaps at the stream's rate.
    Poisson,
    /// A Poisson stream whose intensity follows the week.
    Weekly(Profile),
    /// Gaps drawn from a law and multiplied by `scale` (1 / the law's mean), so the mean
    /// gap is 1 / rate whatever the law's own scale.
    Gaps { law: Sampler, scale: f64 },
}

impl Pattern {
    pub(crate) fn new(arrivals: Option<&Arrivals>) -> Self {
        let Some(a) = arrivals else {
            return Pattern::Poisson;
        };
        if let Some(law) = &a.inter_arrival {
            return Pattern::Gaps {
                law: Sampler::new(law),
                scale: 1.0 / law.mean(),
            };
        }
        Profile::new(&a.weekly_profile).map_or(Pattern::Poisson, Pattern::Weekly)
    }
}

/// A weekly profile as multipliers of the mean rate, scaled to a mean of 1 over the week.
#[derive(Debug, Clone)]
pub(crate) struct Profile {
    /// (from, to, multiplier) in days from Monday 00:00, sorted and not overlapping
    /// (validation refuses overlaps); the rest of the week has multiplier 0.
    bands: Vec<(f64, f64, f64)>,
    peak: f64,
}

impl Profile {
    /// `None` when the bands give no orders at all (validation refuses such a profile) or
    /// there are none.
    pub(crate) fn new(bands: &[ArrivalBand]) -> Option<Self> {
        let mut v: Vec<(f64, f64, f64)> = bands
            .iter()
            .filter_map(|b| {
                let day = b.day.index() as f64;
                let from = day + b.from_hour.clamp(0.0, 24.0) / 24.0;
                let to = day + b.to_hour.clamp(0.0, 24.0) / 24.0;
                (to > from && b.weight > 0.0).then_some((from, to, b.weight))
            })
            .collect();
        v.sort_by(|x, y| x.0.total_cmp(&y.0));
        let mass: f64 = v.iter().map(|(a, b, w)| (b - a) * w).sum();
        if mass.is_nan() || mass <= 0.0 {
            return None;
        }
        let scale = WEEK / mass;
        for band in &mut v {
            band.2 *= scale;
        }
        let peak = v.iter().map(|b| b.2).fold(0.0, f64::max);
        Some(Profile { bands: v, peak })
    }

    /// The multiplier of the mean rate at `t` (days).
    #[inline]
    pub(crate) fn at(&self, t: f64) -> f64 {
        let r = t - (t / WEEK).floor() * WEEK;
        let k = self.bands.partition_point(|&(_, to, _)| to <= r);
        match self.bands.get(k) {
            Some(&(from, _, m)) if from <= r => m,
            _ => 0.0,
        }
    }

    /// The largest multiplier: thinning draws candidates at the mean rate times this.
    #[inline]
    pub(crate) fn peak(&self) -> f64 {
        self.peak
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Weekday;

    fn band(day: Weekday, from_hour: f64, to_hour: f64, weight: f64) -> ArrivalBand {
        ArrivalBand {
            day,
            from_hour,
            to_hour,
            weight,
        }
    }

    #[test]
    fn a_profile_is_scaled_to_a_mean_of_one_over_the_week() {
        // Monday 9–17 twice as busy as Tuesday 9–17: 16 + 8 weighted hours in 168.
        let p = Profile::new(&[
            band(Weekday::Tuesday, 9.0, 17.0, 1.0),
            band(Weekday::Monday, 9.0, 17.0, 2.0),
        ])
        .expect("profile");
        let tuesday = 168.0 / 24.0;
        assert!((p.at(1.0 + 10.0 / 24.0) - tuesday).abs() < 1e-12);
        assert!((p.at(10.0 / 24.0) - 2.0 * tuesday).abs() < 1e-12);
        assert!((p.peak() - 2.0 * tuesday).abs() < 1e-12);
        // Closed hours, another day, and the same hour a week later.
        assert_eq!(p.at(8.0 / 24.0), 0.0);
        assert_eq!(p.at(17.0 / 24.0), 0.0);
        assert_eq!(p.at(3.5), 0.0);
        assert!((p.at(7.0 + 10.0 / 24.0) - 2.0 * tuesday).abs() < 1e-9);
    }

    #[test]
    fn a_profile_without_orders_is_none() {
        assert!(Profile::new(&[]).is_none());
        assert!(Profile::new(&[band(Weekday::Friday, 9.0, 17.0, 0.0)]).is_none());
    }
}
