//! The sample's activation designs: the home triple-play bundle (mobile + broadband + IPTV,
//! optional fixed line), `as-is` and `to-be`, with its resource pools and order rate. How it
//! was calibrated is in `crates/engine/CALIBRATION.md`.
//!
//! The engine holds only the flows: segments, services, silos and channels are the
//! workspace's (`touchmap_store::sample`), which builds its scenarios from [`scenarios`]
//! and derives the runnable model. [`triple_play`] is that derived model, as written to
//! `examples/triple-play.flow.json` by the store's tests (which fail when it is stale), so
//! the engine's tests and benchmarks run the one sample the app shows.

mod as_is;
mod as_is_field;
mod build;
mod shapes;
mod to_be;

pub use shapes::parallel_chains;

use crate::model::{FlowModel, OpenInterval, ResourcePool, Scenario, WeeklyCalendar};

/// Key of the young-digital segment in the designs' per-segment probabilities.
pub const YOUNG_DIGITAL: &str = "young-digital";
/// Key of the family-home segment.
pub const FAMILY_HOME: &str = "family-home";
/// Key of the high-value segment.
pub const HIGH_VALUE: &str = "high-value";
/// Key of the senior segment.
pub const SENIOR: &str = "senior";
/// Scenario id of today's activation.
pub const AS_IS: &str = "as-is";
/// Scenario id of the redesigned activation.
pub const TO_BE: &str = "to-be";

/// Orders of the bundle per day, over all segments.
pub const ORDERS_PER_DAY: f64 = 40.0;

/// The derived sample model (see the module notes).
pub fn triple_play() -> FlowModel {
    FlowModel::from_json(include_str!("../../examples/triple-play.flow.json"))
        .unwrap_or_else(|error| unreachable!("the committed sample model reads: {error}"))
}

/// The two scenarios. Tasks name their silo and channel; services are keyed by the ids
/// `mobile`, `broadband`, `iptv`, `fixed-line`; per-segment probabilities by the keys above.
pub fn scenarios() -> Vec<Scenario> {
    vec![
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
        cost_per_hour: None,
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

/// The resource pools, sized for [`ORDERS_PER_DAY`].
pub fn resources() -> Vec<ResourcePool> {
    let total = ORDERS_PER_DAY;
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
