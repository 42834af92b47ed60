//! The problems of an arrival pattern (weekly profile, law of the gaps) and of costs.

use super::{Problem, ProblemKind, dist_problems, problem, within_day};
use crate::bounds::{MAX_PROFILE_PEAK, MIN_OPEN_HOURS_PER_WEEK, show};
use crate::model::{Arrivals, FlowModel};
use crate::sim::pattern::Profile;

/// Problems of the weekly profile and of the inter-arrival law.
pub(super) fn arrival_problems(a: &Arrivals, out: &mut Vec<Problem>) {
    let bad = |message: String| problem(ProblemKind::BadParameter, None, message);
    let mut hours = 0.0;
    for (i, b) in a.weekly_profile.iter().enumerate() {
        let day = format!("{:?}", b.day).to_lowercase();
        if !within_day(b.from_hour, b.to_hour) {
            out.push(bad(format!(
                "weekly profile: {day} {}–{} h is not within 0–24 h with from < to",
                show(b.from_hour),
                show(b.to_hour)
            )));
            continue;
        }
        if !b.weight.is_finite() || b.weight < 0.0 {
            out.push(bad(format!(
                "weekly profile: {day} {}–{} h: the weight must be ≥ 0 (got {})",
                show(b.from_hour),
                show(b.to_hour),
                show(b.weight)
            )));
            continue;
        }
        let overlaps = a.weekly_profile[..i]
            .iter()
            .any(|o| o.day == b.day && o.from_hour < b.to_hour && b.from_hour < o.to_hour);
        if overlaps {
            out.push(bad(format!(
                "weekly profile: {day} {}–{} h overlaps another band of the day",
                show(b.from_hour),
                show(b.to_hour)
            )));
        }
        if b.weight > 0.0 {
            hours += b.to_hour - b.from_hour;
        }
    }
    if !a.weekly_profile.is_empty() {
        if hours < MIN_OPEN_HOURS_PER_WEEK {
            out.push(bad(format!(
                "weekly profile: orders come in {} h a week; they must come in at least {MIN_OPEN_HOURS_PER_WEEK} h a week",
                show(hours)
            )));
        } else if let Some(p) = Profile::new(&a.weekly_profile)
            && p.peak() > MAX_PROFILE_PEAK
        {
            out.push(bad(format!(
                "weekly profile: its busiest band has {} times the mean rate; at most {MAX_PROFILE_PEAK} is allowed",
                show(p.peak())
            )));
        }
    }
    if let Some(law) = &a.inter_arrival {
        let mut msgs = Vec::new();
        dist_problems("arrivals", "time between orders", law, &mut msgs);
        let mean = law.mean();
        if msgs.is_empty() && !(mean.is_finite() && mean > 0.0) {
            msgs.push(format!(
                "“arrivals”: time between orders: the mean must be above 0 (got {})",
                show(mean)
            ));
        }
        if !a.weekly_profile.is_empty() {
            msgs.push(
                "arrivals: a time between orders and a weekly profile cannot be combined; remove one"
                    .into(),
            );
        }
        out.extend(msgs.into_iter().map(bad));
    }
}

/// Problems of the costs: per hour of a pool, per contact of a channel.
pub(super) fn cost_problems(model: &FlowModel, out: &mut Vec<Problem>) {
    let valid = |c: f64| c.is_finite() && c >= 0.0;
    for r in &model.resources {
        if let Some(c) = r.cost_per_hour
            && !valid(c)
        {
            out.push(super::named(
                ProblemKind::BadParameter,
                &r.id,
                &r.name,
                format!(
                    "“{}”: the cost per hour must be ≥ 0 (got {})",
                    r.name,
                    show(c)
                ),
            ));
        }
    }
    for (channel, &c) in &model.contact_costs {
        if !valid(c) {
            out.push(problem(
                ProblemKind::BadParameter,
                None,
                format!(
                    "channel “{channel}”: the cost per contact must be ≥ 0 (got {})",
                    show(c)
                ),
            ));
        }
    }
}
