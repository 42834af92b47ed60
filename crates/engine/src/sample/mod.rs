//! The sample: the home triple-play bundle (mobile + broadband + IPTV, optional fixed line)
//! with four segments and two scenarios, `as-is` and `to-be`. How it was calibrated is in
//! `crates/engine/CALIBRATION.md`.
//!
//! [`triple_play`] returns a [`FlowModel`] whose `scenarios` are `as-is` and `to-be` (no base
//! design: without a scenario the first one, `as-is`, runs); pick one with
//! `RunConfig { scenario: Some("to-be"), .. }`. [`journey_emotions`] gives the journey-map
//! emotions of its steps for the friction score.

mod as_is;
mod as_is_field;
mod build;
mod to_be;

use std::collections::BTreeMap;

use crate::model::{
    Arrivals, Dist, FLOW_MODEL_FORMAT, FLOW_MODEL_VERSION, FlowModel, OpenInterval, ResourcePool,
    Scenario, Segment, WeeklyCalendar,
};

/// Segment ids of the sample.
pub const SEGMENTS: [&str; 4] = ["young-digital", "family-home", "high-value", "senior"];
/// Scenario id of today's activation.
pub const AS_IS: &str = "as-is";
/// Scenario id of the redesigned activation.
pub const TO_BE: &str = "to-be";

/// Orders per day per segment in the sample.
const ORDERS: [(&str, f64); 4] = [
    ("young-digital", 12.0),
    ("family-home", 14.0),
    ("high-value", 6.0),
    ("senior", 8.0),
];

/// The home triple-play model: segments, pools, arrivals, and the two scenarios.
pub fn triple_play() -> FlowModel {
    FlowModel {
        format: FLOW_MODEL_FORMAT.into(),
        version: FLOW_MODEL_VERSION,
        name: "Home triple play".into(),
        segments: segments(),
        resources: resources(),
        arrivals: Some(Arrivals {
            orders_per_day: ORDERS.iter().map(|(s, r)| ((*s).to_owned(), *r)).collect(),
        }),
        design: None,
        flow: None,
        scenarios: vec![
            Scenario {
                id: AS_IS.into(),
                name: AS_IS.into(),
                description: "Today: each service ordered, provisioned, scheduled and billed by its own silo; separate technician visits; several bills; calls chasing status.".into(),
                design: as_is::design(),
            },
            Scenario {
                id: TO_BE.into(),
                name: TO_BE.into(),
                description: "One order, one coordinated provisioning, one technician visit, one bill (the Telstra / Verizon / StarHub practices).".into(),
                design: to_be::design(),
            },
        ],
    }
}

/// Journey-map emotions (−3..+3) of the sample's steps, for the friction score.
pub fn journey_emotions() -> BTreeMap<String, f64> {
    [
        ("sale", 1.0),
        ("bb-slot-wait", -2.0),
        ("tv-slot-wait", -2.0),
        ("fix-slot-wait", -2.0),
        ("bb-tech-visit", -2.0),
        ("tv-tech-visit", -2.0),
        ("fix-tech-visit", -2.0),
        ("bb-chase", -3.0),
        ("tv-chase", -3.0),
        ("mob-chase", -3.0),
        ("fix-chase", -3.0),
        ("bill-query", -3.0),
        ("bills-received", -1.0),
        ("tech-visit", 1.0),
        ("visit-slot-wait", -1.0),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v))
    .collect()
}

fn lognormal(mean: f64, sd: f64) -> Option<Dist> {
    Some(Dist::lognormal(mean, sd))
}

fn segments() -> Vec<Segment> {
    let mult = |pairs: &[(&str, f64)]| -> BTreeMap<String, f64> {
        pairs.iter().map(|(c, m)| ((*c).to_owned(), *m)).collect()
    };
    vec![
        Segment {
            id: "young-digital".into(),
            name: "Young digital".into(),
            share: 0.30,
            patience_days: lognormal(45.0, 15.0),
            patience_contacts: lognormal(30.0, 8.0),
            channel_multipliers: mult(&[
                ("App", 0.7),
                ("Web", 0.7),
                ("Shop", 1.3),
                ("Phone (inbound)", 1.2),
            ]),
        },
        Segment {
            id: "family-home".into(),
            name: "Family home".into(),
            share: 0.35,
            patience_days: lognormal(60.0, 20.0),
            patience_contacts: lognormal(36.0, 10.0),
            channel_multipliers: mult(&[]),
        },
        Segment {
            id: "high-value".into(),
            name: "High value".into(),
            share: 0.15,
            patience_days: lognormal(40.0, 12.0),
            patience_contacts: lognormal(28.0, 8.0),
            channel_multipliers: mult(&[
                ("Shop", 0.8),
                ("Phone (inbound)", 0.8),
                ("Phone (outbound)", 0.8),
            ]),
        },
        Segment {
            id: "senior".into(),
            name: "Senior".into(),
            share: 0.20,
            patience_days: lognormal(70.0, 20.0),
            patience_contacts: lognormal(40.0, 10.0),
            channel_multipliers: mult(&[
                ("App", 1.8),
                ("Web", 1.6),
                ("Shop", 1.3),
                ("Phone (inbound)", 1.3),
            ]),
        },
    ]
}

/// Servers needed to work `hours` per order at `orders` a day, open `open_hours` a week, at
/// 70 % utilisation.
fn crew(orders_per_day: f64, hours_per_order: f64, open_hours_per_week: f64) -> u32 {
    let work_per_week = orders_per_day * 7.0 * hours_per_order;
    (work_per_week / open_hours_per_week / 0.7).ceil().max(1.0) as u32
}

fn pool(id: &str, name: &str, capacity: u32, calendar: Option<WeeklyCalendar>) -> ResourcePool {
    ResourcePool {
        id: id.into(),
        name: name.into(),
        capacity,
        calendar,
    }
}

fn every_day(from_hour: f64, to_hour: f64) -> WeeklyCalendar {
    let d = vec![OpenInterval { from_hour, to_hour }];
    WeeklyCalendar {
        monday: d.clone(),
        tuesday: d.clone(),
        wednesday: d.clone(),
        thursday: d.clone(),
        friday: d.clone(),
        saturday: d.clone(),
        sunday: d,
    }
}

fn resources() -> Vec<ResourcePool> {
    let total: f64 = ORDERS.iter().map(|(_, r)| r).sum();
    let office = || Some(WeeklyCalendar::office(8.0, 17.0, false));
    let field = || Some(WeeklyCalendar::office(8.0, 18.0, true));
    vec![
        pool(
            "shop-sales",
            "Shop and phone sales",
            crew(total, 1.3, 60.0),
            Some(WeeklyCalendar::office(9.0, 19.0, true)),
        ),
        pool(
            "contact-centre",
            "Contact centre",
            crew(total, 2.0, 84.0),
            Some(every_day(8.0, 20.0)),
        ),
        pool(
            "mobile-bo",
            "Mobile back office",
            crew(total, 0.8, 45.0),
            office(),
        ),
        pool(
            "broadband-bo",
            "Broadband back office",
            crew(total, 3.8, 45.0),
            office(),
        ),
        pool("tv-bo", "TV back office", crew(total, 0.9, 45.0), office()),
        pool(
            "fixed-bo",
            "Fixed-line back office",
            crew(total * 0.45, 0.9, 45.0),
            office(),
        ),
        pool(
            "billing-bo",
            "Billing back office",
            crew(total, 1.8, 45.0),
            office(),
        ),
        pool(
            "bb-technicians",
            "Broadband technicians",
            crew(total * 1.2, 2.7, 60.0),
            field(),
        ),
        pool(
            "tv-technicians",
            "TV technicians",
            crew(total * 1.15, 2.0, 60.0),
            field(),
        ),
        pool(
            "fixed-technicians",
            "Fixed-line technicians",
            crew(total * 0.5, 2.0, 60.0),
            field(),
        ),
        pool(
            "bundle-provisioning",
            "Bundle provisioning team",
            crew(total, 3.8, 45.0),
            office(),
        ),
        pool(
            "field-technicians",
            "Field technicians (one visit)",
            crew(total * 1.05, 4.0, 60.0),
            field(),
        ),
    ]
}
