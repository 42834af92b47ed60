//! Resource pools, working calendars, segments and arrivals.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use specta::Type;

use super::{Dist, is_zero};

/// A pool of interchangeable servers (agents, technicians, a back-office team).
#[derive(Serialize, Deserialize, Type, JsonSchema, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ResourcePool {
    pub id: String,
    pub name: String,
    /// Number of tasks it can work on at once (≥ 1).
    pub capacity: u32,
    /// Opening hours; absent means open 24/7.
    #[serde(default)]
    pub calendar: Option<WeeklyCalendar>,
    /// What an hour of its working time costs (any currency); absent costs nothing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cost_per_hour: Option<f64>,
}

/// Opening hours per weekday. Simulation time 0 is a Monday 00:00.
#[derive(Serialize, Deserialize, Type, JsonSchema, Clone, Debug, PartialEq, Default)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct WeeklyCalendar {
    #[serde(default)]
    pub monday: Vec<OpenInterval>,
    #[serde(default)]
    pub tuesday: Vec<OpenInterval>,
    #[serde(default)]
    pub wednesday: Vec<OpenInterval>,
    #[serde(default)]
    pub thursday: Vec<OpenInterval>,
    #[serde(default)]
    pub friday: Vec<OpenInterval>,
    #[serde(default)]
    pub saturday: Vec<OpenInterval>,
    #[serde(default)]
    pub sunday: Vec<OpenInterval>,
}

/// An open interval within a day, in hours (0–24).
#[derive(Serialize, Deserialize, Type, JsonSchema, Clone, Copy, Debug, PartialEq)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct OpenInterval {
    pub from_hour: f64,
    pub to_hour: f64,
}

impl WeeklyCalendar {
    /// The seven days, Monday first.
    pub fn days(&self) -> [&Vec<OpenInterval>; 7] {
        [
            &self.monday,
            &self.tuesday,
            &self.wednesday,
            &self.thursday,
            &self.friday,
            &self.saturday,
            &self.sunday,
        ]
    }

    /// Open `from_hour`–`to_hour` on Monday to Friday (and Saturday if `saturday`).
    pub fn office(from_hour: f64, to_hour: f64, saturday: bool) -> Self {
        let day = vec![OpenInterval { from_hour, to_hour }];
        WeeklyCalendar {
            monday: day.clone(),
            tuesday: day.clone(),
            wednesday: day.clone(),
            thursday: day.clone(),
            friday: day.clone(),
            saturday: if saturday { day } else { Vec::new() },
            sunday: Vec::new(),
        }
    }
}

/// A customer group with its own behaviour.
#[derive(Serialize, Deserialize, Type, JsonSchema, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase", deny_unknown_fields, rename = "FlowSegment")] // "Segment" is the journey-map segment in the UI
pub struct Segment {
    pub id: String,
    pub name: String,
    /// Share of orders (used when `arrivals` does not give this segment a rate).
    pub share: f64,
    /// Days a case waits before abandoning, drawn per case; absent = unlimited.
    #[serde(default)]
    pub patience_days: Option<Dist>,
    /// Contacts a case tolerates; it abandons when its contacts exceed the draw. Absent = unlimited.
    #[serde(default)]
    pub patience_contacts: Option<Dist>,
    /// Duration multiplier per channel name (e.g. seniors take longer on the web).
    #[serde(default)]
    pub channel_multipliers: BTreeMap<String, f64>,
    /// Its cases' rank in the pools' queues, 0–9, higher served first (after a task's own
    /// priority, see [`crate::model::queue_priority`]); 0 when absent.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub priority: u32,
}

/// Orders arriving per day, per segment id: a Poisson stream per segment, unless
/// `interArrival` gives the law of the time between orders. The `weeklyProfile` shapes
/// the stream over the week; the mean per day stays as given.
#[derive(Serialize, Deserialize, Type, JsonSchema, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Arrivals {
    pub orders_per_day: BTreeMap<String, f64>,
    /// Relative intensity of orders over the week; empty = the same at every hour.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub weekly_profile: Vec<ArrivalBand>,
    /// The law of the time between two orders (of all segments), instead of exponential
    /// gaps. Only its shape counts: draws are scaled so the mean gap is 1 / orders per
    /// day (`fixed` gives evenly spaced orders). Not combined with a weekly profile.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inter_arrival: Option<Dist>,
}

impl Arrivals {
    /// A homogeneous Poisson stream of these orders per day by segment id.
    pub fn poisson(orders_per_day: BTreeMap<String, f64>) -> Self {
        Arrivals {
            orders_per_day,
            weekly_profile: Vec::new(),
            inter_arrival: None,
        }
    }
}

/// A day of the week (simulation time 0 is a Monday 00:00).
#[derive(Serialize, Deserialize, Type, JsonSchema, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub enum Weekday {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

impl Weekday {
    /// The days from Monday.
    pub fn index(self) -> usize {
        self as usize
    }
}

/// Orders arrive with relative intensity `weight` on `day` from `fromHour` to `toHour`
/// (0–24). Hours no band covers get no orders; bands must not overlap. The weights are
/// relative: the profile is scaled to a mean of 1 over the week.
#[derive(Serialize, Deserialize, Type, JsonSchema, Clone, Copy, Debug, PartialEq)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ArrivalBand {
    pub day: Weekday,
    pub from_hour: f64,
    pub to_hour: f64,
    pub weight: f64,
}
