//! Arrival patterns: a weekly profile (drawn by thinning) and fixed gaps between orders,
//! read from the event log's arrivals.

mod common;

use std::io;
use std::sync::atomic::AtomicBool;

use common::*;
use touchmap_engine::log::{EventSink, LogEvent, activity};
use touchmap_engine::model::{ArrivalBand, Dist, FlowModel, Node, Weekday};
use touchmap_engine::validate::validate;
use touchmap_engine::{RunConfig, run};

/// The arrival times of a run's cases.
#[derive(Default)]
struct ArrivalTimes(Vec<f64>);

impl EventSink for ArrivalTimes {
    fn record(&mut self, event: &LogEvent<'_>) -> io::Result<()> {
        if event.activity_id == activity::ARRIVAL.1 {
            self.0.push(event.time);
        }
        Ok(())
    }

    fn finish(&mut self) -> io::Result<()> {
        Ok(())
    }
}

const ORDERS_PER_DAY: f64 = 40.0;

/// One short task, `ORDERS_PER_DAY` orders a day arriving as `arrivals` says.
fn stream(pattern: impl FnOnce(&mut touchmap_engine::model::Arrivals)) -> FlowModel {
    let m = model(chain(vec![Node::Task(task("t", Dist::fixed(0.01)))]));
    let mut m = with_pools(m, Vec::new(), Some(ORDERS_PER_DAY));
    pattern(m.arrivals.as_mut().expect("arrivals"));
    m
}

/// Arrival times of `cases` orders in one replication that starts measuring at once.
fn arrivals(m: &FlowModel, cases: u32, seed: u32) -> Vec<f64> {
    let mut cfg = RunConfig::new(m);
    cfg.cases = cases;
    cfg.seed = seed;
    cfg.replications = Some(1);
    cfg.warm_up = Some(0);
    let mut sink = ArrivalTimes::default();
    run(&cfg, &|_, _| {}, &AtomicBool::new(false), Some(&mut sink)).expect("run");
    sink.0
}

fn band(day: Weekday, weight: f64) -> ArrivalBand {
    ArrivalBand {
        day,
        from_hour: 9.0,
        to_hour: 17.0,
        weight,
    }
}

/// Monday to Friday 9–17, Monday twice as busy as the other days.
fn office_week() -> Vec<ArrivalBand> {
    vec![
        band(Weekday::Monday, 2.0),
        band(Weekday::Tuesday, 1.0),
        band(Weekday::Wednesday, 1.0),
        band(Weekday::Thursday, 1.0),
        band(Weekday::Friday, 1.0),
    ]
}

#[test]
fn a_weekly_profile_places_orders_in_its_hours_in_proportion_to_its_weights() {
    let m = stream(|a| a.weekly_profile = office_week());
    validate(&m).expect("valid");
    let times = arrivals(&m, 10_000, 3);
    assert_eq!(times.len(), 10_000);
    for &t in &times {
        let in_week = t.rem_euclid(7.0);
        let (day, hour) = (in_week.floor(), in_week.fract() * 24.0);
        assert!(
            day < 5.0 && (9.0..17.0).contains(&hour),
            "an order at day {day}, {hour:.3} h, outside Monday–Friday 9–17"
        );
    }
    // Whole weeks only: the run stops at its last order, part-way through a week. At 280
    // orders a week, 10,000 orders span about 35.7 weeks.
    let weeks = 30.0;
    let in_weeks: Vec<f64> = times.iter().copied().filter(|&t| t < 7.0 * weeks).collect();
    // The count in a fixed span of a Poisson stream is Poisson: mean = variance.
    let expected = ORDERS_PER_DAY * 7.0 * weeks;
    close(
        "orders per day",
        in_weeks.len() as f64 / (7.0 * weeks),
        ORDERS_PER_DAY,
        expected.sqrt() / (7.0 * weeks),
    );
    // Monday carries 2 × 8 of the 6 × 8 weighted hours; each order is Monday's with that
    // probability, independently.
    let n = in_weeks.len() as f64;
    let monday = in_weeks.iter().filter(|t| t.rem_euclid(7.0) < 1.0).count() as f64;
    let p = 1.0 / 3.0;
    close("Monday's share", monday / n, p, (p * (1.0 - p) / n).sqrt());
    assert_eq!(
        times,
        arrivals(&m, 10_000, 3),
        "the same seed draws the same orders"
    );
    assert_ne!(
        times,
        arrivals(&m, 10_000, 4),
        "another seed draws other orders"
    );
}

#[test]
fn fixed_gaps_between_orders_are_exact() {
    // The law's own scale does not count: the gaps keep the mean of 1 / orders per day.
    let m = stream(|a| a.inter_arrival = Some(Dist::fixed(3.0)));
    validate(&m).expect("valid");
    let times = arrivals(&m, 10_000, 1);
    assert_eq!(times.len(), 10_000);
    for (k, &t) in times.iter().enumerate() {
        let want = (k + 1) as f64 / ORDERS_PER_DAY;
        assert!(
            (t - want).abs() <= 1e-9 * want,
            "order {} at {t}, expected {want}",
            k + 1
        );
    }
}

#[test]
fn gaps_from_a_law_keep_the_orders_per_day() {
    // Uniform gaps on [0, 2] × the mean gap: 10,000 orders take 10,000 / rate days, with
    // the standard error of a sum of 10,000 uniform gaps.
    let m = stream(|a| a.inter_arrival = Some(Dist::uniform(0.0, 2.0)));
    let times = arrivals(&m, 10_000, 5);
    let gap = 1.0 / ORDERS_PER_DAY;
    let sd = gap / 3.0_f64.sqrt();
    close(
        "mean gap",
        times[times.len() - 1] / times.len() as f64,
        gap,
        sd / (times.len() as f64).sqrt(),
    );
}

#[test]
fn a_bad_arrival_pattern_is_refused_with_its_reason() {
    let overlapping = stream(|a| {
        a.weekly_profile = office_week();
        a.weekly_profile.push(ArrivalBand {
            from_hour: 16.0,
            to_hour: 18.0,
            ..band(Weekday::Monday, 1.0)
        });
    });
    let message = validate(&overlapping).unwrap_err().to_string();
    assert!(message.contains("monday 16–18 h overlaps"), "{message}");

    let both = stream(|a| {
        a.weekly_profile = office_week();
        a.inter_arrival = Some(Dist::fixed(1.0));
    });
    let message = validate(&both).unwrap_err().to_string();
    assert!(message.contains("cannot be combined"), "{message}");

    let no_gap = stream(|a| a.inter_arrival = Some(Dist::fixed(0.0)));
    let message = validate(&no_gap).unwrap_err().to_string();
    assert!(message.contains("mean must be above 0"), "{message}");

    let short = stream(|a| {
        a.weekly_profile = vec![ArrivalBand {
            from_hour: 9.0,
            to_hour: 9.5,
            ..band(Weekday::Monday, 1.0)
        }]
    });
    let message = validate(&short).unwrap_err().to_string();
    assert!(message.contains("at least 1 h a week"), "{message}");

    for (from_hour, to_hour) in [(18.0, 9.0), (9.0, 24.5), (f64::NAN, 9.0)] {
        let outside = stream(|a| {
            a.weekly_profile = office_week();
            a.weekly_profile.push(ArrivalBand {
                from_hour,
                to_hour,
                ..band(Weekday::Saturday, 1.0)
            });
        });
        let message = validate(&outside).unwrap_err().to_string();
        assert!(
            message.contains("saturday") && message.contains("is not within 0–24 h"),
            "{message}"
        );
    }
}
