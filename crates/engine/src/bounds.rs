//! The engine's bounds: what a model and a run may ask for, so that every run ends.
//!
//! Validation refuses a model outside these bounds, naming the node, pool or segment
//! (durations, opening hours, arrival rates, channel multipliers, rework probabilities
//! and nested rework loops), and a run refuses a case count above [`MAX_CASES`]. They
//! are far beyond real telecom activations (tasks of minutes to weeks, offices open
//! 30–70 h a week, tens to thousands of orders a day, a few percent of rework), and close
//! enough that no valid model can
//! make the engine loop for ever or lose its clock to rounding: with at most a million
//! cases at no less than one order in a million days, and tasks of at most 10 years of
//! work (× 100 for a slow segment) on calendars open at least an hour a week, the
//! simulated clock stays below about 10¹² days, where double precision still resolves
//! about ten seconds.
//!
//! A case that still runs away inside these bounds (nested rework loops, a calendar that
//! stretches years of work, a long queue) is stopped when it has spent
//! [`MAX_CASE_DAYS`] in the flow or executed [`case_execution_limit`] tasks and waits. It
//! then counts as *exceeded* ([`crate::stats::GroupResult::exceeded`]): neither activated
//! nor abandoned, and its KPIs are not measured.

/// Longest duration a task or wait may have, in days (10 years): every parameter of a
/// duration distribution measured in days (value, min, mode, max, mean, sd, scale, bin
/// ends) and its mean must stay within it.
pub const MAX_DURATION_DAYS: f64 = 3_652.5;

/// Fewest opening hours a week a pool's calendar may have (work pauses while closed, so a
/// calendar open a few seconds a week would stretch an hour of work over millennia).
pub const MIN_OPEN_HOURS_PER_WEEK: f64 = 1.0;

/// Smallest positive arrival rate of a segment, in orders per day (one order in about
/// 2,700 years): below it, the clock of a stream of orders outruns double precision.
/// A rate of 0 (the segment does not order) stays allowed.
pub const MIN_ORDERS_PER_DAY: f64 = 1e-6;

/// Highest multiplier of the mean arrival rate a weekly profile may reach: orders are drawn
/// by thinning at the peak rate, so a profile putting a week's orders into a few minutes
/// would draw thousands of candidates per order. 168 allows a single busy hour a week.
pub const MAX_PROFILE_PEAK: f64 = 168.0;

/// Highest rework (failure) probability of a task: a task that fails with probability `p`
/// runs `1 / (1 − p)` times on average, so 0.95 already means 20 attempts.
pub const MAX_REWORK_PROBABILITY: f64 = 0.95;

/// Most runs of one task per case that nested rework loops may add up to on average (loops
/// multiply: three loops failing 95 % of the time around one task make it run 8,000
/// times). Exclusive alternatives inside a loop are counted as always taken.
pub const MAX_EXPECTED_EXECUTIONS: f64 = 1_000.0;

/// Highest duration multiplier a segment may have for a channel.
pub const MAX_CHANNEL_MULTIPLIER: f64 = 100.0;

/// Most cases one run may simulate (per scenario). A million cases give percentiles to a
/// fraction of a percent; beyond it a run only takes longer.
pub const MAX_CASES: u32 = 1_000_000;

/// Most replications one run may be split into.
pub const MAX_REPLICATIONS: u32 = 1_000;

/// Longest a case may stay in the flow, in simulated days (100 years), before it is
/// stopped as exceeded.
pub const MAX_CASE_DAYS: f64 = 36_525.0;

/// Task and wait executions a case may make before it is stopped as exceeded, at least; see
/// [`case_execution_limit`].
pub const MAX_CASE_EXECUTIONS: u32 = 20_000;

/// Task and wait executions a case of a flow with `steps` tasks and waits may make:
/// [`MAX_CASE_EXECUTIONS`], or 10 per step if the flow is larger.
pub fn case_execution_limit(steps: usize) -> u32 {
    u32::try_from(steps.saturating_mul(10))
        .unwrap_or(u32::MAX)
        .max(MAX_CASE_EXECUTIONS)
}

/// A number for a message: as typed when it reads well, in scientific notation when it is
/// huge or tiny (`1e300`, not three hundred zeros).
pub(crate) fn show(v: f64) -> String {
    let a = v.abs();
    if a != 0.0 && a.is_finite() && !(1e-4..1e9).contains(&a) {
        format!("{v:e}")
    } else {
        format!("{v}")
    }
}
