//! How a pool's queue is ordered (priorities) and tasks that run once for a batch of cases.
//!
//! **Priorities.** A segment has a priority (high-value customers first) and a task may
//! have one (a pool shared by repairs and new orders serving the repairs first), each
//! 0–[`MAX_PRIORITY`], higher first, 0 when absent. When a unit of a pool frees up it goes
//! to the waiting case of the highest priority, first come first served within a
//! priority, never interrupting a task in progress (non-preemptive). The two combine
//! lexicographically: the task's priority first, then the segment's
//! ([`queue_priority`]). That keeps each number's meaning on its own: a task's priority
//! says which work the pool does first whoever the customer is, a segment's ranks the
//! customers waiting for the same kind of work; a sum would let a platinum customer's
//! routine task overtake another customer's urgent repair depending on how the numbers
//! happened to add up.
//!
//! **Batching.** A task with a [`Batch`] collects the cases that reach it and runs once for
//! all of them (the nightly billing run, a weekly porting window): the batch is released
//! when it holds `size` cases, `timeoutDays` after its first case arrived, or at the next
//! of its `release` times of the week (the billing run at 02:00 every night, the porting
//! window on Tuesdays at 10:00), whichever comes first (at least one of the three is
//! required). A batch still open when nothing else can happen (the last orders of a run,
//! or a case simulated on its own) is released then.
//! The released batch takes **one unit** of the task's pool for **one duration** (drawn
//! once, from its first case's stream with that case's segment multiplier), and its cases
//! start and finish together (the BIMP / Prosimos "one unit, one duration" semantics):
//! each case's working time is the batch's duration, while the pool's working time and
//! cost count it once (each case is charged its share). A batch queues for its pool as one
//! entry with the highest priority of its cases. A release time says when the batch is
//! released, not when the pool works: a batch released at 02:00 on a pool closed at night
//! waits for the opening (counted as unavailability).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use specta::Type;

use super::Weekday;

/// Highest priority of a segment or a task (0 is the lowest and the default).
pub const MAX_PRIORITY: u32 = 9;

/// Largest batch size: a batch is held case by case, and a size beyond any real run of a
/// batch job would only hold cases until the end of the run.
pub const MAX_BATCH_SIZE: u32 = 100_000;

/// A task runs once for a batch of cases, released at `size` cases, `timeoutDays` after
/// its first case or at its next `release` time, whichever comes first.
#[derive(Serialize, Deserialize, Type, JsonSchema, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Batch {
    /// Cases that fill a batch (≥ 1; 1 releases every case at once); absent = no size,
    /// released by the time-out or the release time alone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size: Option<u32>,
    /// Days from the first case of a batch until it is released however few it holds
    /// (> 0); absent = no time-out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeout_days: Option<f64>,
    /// Times of the week the open batch is released at, however few it holds; absent =
    /// none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub release: Option<BatchRelease>,
}

/// A batch job's schedule: at `hour` on each of `days` (the billing run every night at
/// 02:00: all seven days, hour 2).
#[derive(Serialize, Deserialize, Type, JsonSchema, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct BatchRelease {
    /// The days it runs on (at least one).
    pub days: Vec<Weekday>,
    /// The hour of the day it runs at, from 0 up to (not including) 24.
    pub hour: f64,
}

impl BatchRelease {
    /// Its times in days from Monday 00:00, sorted, each once.
    pub fn week_times(&self) -> Vec<f64> {
        let mut times: Vec<f64> = self
            .days
            .iter()
            .map(|d| d.index() as f64 + self.hour / 24.0)
            .collect();
        times.sort_by(f64::total_cmp);
        times.dedup();
        times
    }
}

/// The priority a case has in a pool's queue at a task: the task's priority first, then
/// the segment's (both 0–[`MAX_PRIORITY`]; higher is served first).
pub fn queue_priority(task: u32, segment: u32) -> u32 {
    task * (MAX_PRIORITY + 1) + segment
}

/// `true` for 0, so that a priority of 0 is left out of the files.
pub(crate) fn is_zero(v: &u32) -> bool {
    *v == 0
}
