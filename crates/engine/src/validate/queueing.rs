//! The problems of priorities and batches: a priority above [`MAX_PRIORITY`], a batch of
//! size 0 or above [`MAX_BATCH_SIZE`], a time-out that is not a positive number of days
//! within [`MAX_DURATION_DAYS`], a release on no day or at an hour outside the day, a batch
//! with no way to be released.

use crate::bounds::{MAX_DURATION_DAYS, show};
use crate::model::{Batch, MAX_BATCH_SIZE, MAX_PRIORITY};

/// The problem of a priority given to `owner` (a segment or a task), if out of range.
pub(super) fn priority_problem(owner: &str, priority: u32) -> Option<String> {
    (priority > MAX_PRIORITY).then(|| {
        format!("“{owner}”: priority must be between 0 and {MAX_PRIORITY} (got {priority})")
    })
}

/// The problems of the batch of task `owner`.
pub(super) fn batch_problems(owner: &str, batch: &Batch, out: &mut Vec<String>) {
    if batch.size.is_none() && batch.timeout_days.is_none() && batch.release.is_none() {
        out.push(format!(
            "“{owner}”: a batch needs a size, a time-out or a release time"
        ));
    }
    if let Some(size) = batch.size
        && !(1..=MAX_BATCH_SIZE).contains(&size)
    {
        out.push(format!(
            "“{owner}”: batch size must be between 1 and {MAX_BATCH_SIZE} (got {size})"
        ));
    }
    if let Some(t) = batch.timeout_days
        && !(t.is_finite() && t > 0.0 && t <= MAX_DURATION_DAYS)
    {
        out.push(format!(
            "“{owner}”: batch time-out must be more than 0 and at most {} days (got {})",
            show(MAX_DURATION_DAYS),
            show(t)
        ));
    }
    if let Some(release) = &batch.release {
        if release.days.is_empty() {
            out.push(format!(
                "“{owner}”: a batch's release time needs at least one day"
            ));
        }
        let hour = release.hour;
        if !(hour.is_finite() && (0.0..24.0).contains(&hour)) {
            out.push(format!(
                "“{owner}”: a batch's release hour must be from 0 up to 24 (got {})",
                show(hour)
            ));
        }
    }
}
