//! Rejects invalid flows before running, listing every problem by node name.
//!
//! Besides the structure, validation enforces the engine's [`bounds`](crate::bounds) on
//! durations, calendars, arrival rates, channel multipliers and rework, so that every run
//! of a valid model ends.
//!
//! Cost: linear in nodes and edges, except three checks that are linear *per* element:
//! that a rework target is upstream (a search from each distinct target, pruned to the
//! part of the flow before the reworking task), that every parallel join can fire (a pass
//! per parallel split over what follows it) and per exclusive gateway, its segments ×
//! edges. Nested rework loops are bounded in one depth-first pass and one sweep. A 20,000-task flow validates in tens of milliseconds (`cargo bench -p
//! touchmap-engine --bench validation`).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use specta::Type;

mod graph;
mod pattern;
mod queueing;

use crate::bounds::{
    MAX_CASES, MAX_CHANNEL_MULTIPLIER, MAX_REPLICATIONS, MIN_OPEN_HOURS_PER_WEEK,
    MIN_ORDERS_PER_DAY, show,
};
use crate::model::{Dist, Flow, FlowModel, Node, ResourcePool, Segment};
use graph::flow_problems;

/// What kind of problem a flow has (for the UI to translate or highlight).
#[derive(Serialize, Deserialize, Type, JsonSchema, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub enum ProblemKind {
    DuplicateId,
    UnknownNode,
    Structure,
    NoPathToEnd,
    Unreachable,
    DeadEnd,
    JoinNeverFires,
    ProbabilitySum,
    ProbabilityRange,
    BadParameter,
    UnknownResource,
    UnknownSegment,
    UnknownReworkTarget,
    ReworkNotUpstream,
    Cycle,
    /// The run asks for more cases than [`crate::bounds::MAX_CASES`].
    TooManyCases,
}

/// One problem, with the name of the node (or segment / resource) it concerns.
#[derive(Serialize, Deserialize, Type, JsonSchema, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase", rename = "FlowProblem")] // distinct from the workspace's Problem in TypeScript
pub struct Problem {
    pub kind: ProblemKind,
    /// Id of the node, segment or resource concerned, if any.
    pub node_id: Option<String>,
    /// Its display name, if any.
    pub node: Option<String>,
    /// Plain-language message; it names the node.
    pub message: String,
}

/// The flow cannot be run; every problem found is listed.
#[derive(Serialize, Deserialize, Type, JsonSchema, Clone, Debug, PartialEq, thiserror::Error)]
#[serde(rename_all = "camelCase")]
#[error("{}", describe(problems))]
pub struct ValidationError {
    pub problems: Vec<Problem>,
}

fn describe(problems: &[Problem]) -> String {
    let summary = problems
        .iter()
        .map(|p| p.message.as_str())
        .collect::<Vec<_>>()
        .join("; ");
    if problems.iter().all(|p| p.kind == ProblemKind::TooManyCases) {
        format!("the run cannot start: {summary}")
    } else {
        format!(
            "the flow is invalid ({} problem(s)): {summary}",
            problems.len()
        )
    }
}

/// Validates a model: its base flow and every scenario's flow, with its pools and segments.
pub fn validate(model: &FlowModel) -> Result<(), ValidationError> {
    let mut problems = Vec::new();
    check_context(&model.segments, &model.resources, model, &mut problems);
    let mut flows = Vec::new();
    if (model.design.is_some() || model.flow.is_some())
        && let Ok(f) = model.resolve(None)
    {
        flows.push((None, f));
    }
    for s in &model.scenarios {
        flows.push((Some(s.name.clone()), s.design.compose()));
    }
    if flows.is_empty() {
        problems.push(problem(
            ProblemKind::Structure,
            None,
            "the model has no design, flow or scenario".into(),
        ));
    }
    for (scenario, flow) in flows {
        for mut p in flow_problems(&flow, &model.resources, &model.segments) {
            if let Some(s) = &scenario {
                p.message = format!("scenario “{s}”: {}", p.message);
            }
            problems.push(p);
        }
    }
    finish(problems)
}

/// Validates what running one scenario (`None` = the base design) needs: the model's
/// segments, pools and arrivals, and that scenario's composed flow. This is what the flow
/// editor shows while the user works on one scenario.
pub fn validate_scenario(model: &FlowModel, scenario: Option<&str>) -> Result<(), ValidationError> {
    let mut problems = Vec::new();
    check_context(&model.segments, &model.resources, model, &mut problems);
    match model.resolve(scenario) {
        Ok(flow) => problems.extend(flow_problems(&flow, &model.resources, &model.segments)),
        Err(error) => problems.push(problem(ProblemKind::Structure, None, error.to_string())),
    }
    finish(problems)
}

/// Validates one flow against the given pools and segments.
pub fn validate_flow(
    flow: &Flow,
    resources: &[ResourcePool],
    segments: &[Segment],
) -> Result<(), ValidationError> {
    finish(flow_problems(flow, resources, segments))
}

fn finish(problems: Vec<Problem>) -> Result<(), ValidationError> {
    if problems.is_empty() {
        Ok(())
    } else {
        Err(ValidationError { problems })
    }
}

fn problem(kind: ProblemKind, node: Option<&Node>, message: String) -> Problem {
    Problem {
        kind,
        node_id: node.map(|n| n.id().to_owned()),
        node: node.map(|n| n.name().to_owned()),
        message,
    }
}

fn named(kind: ProblemKind, id: &str, name: &str, message: String) -> Problem {
    Problem {
        kind,
        node_id: Some(id.into()),
        node: Some(name.into()),
        message,
    }
}

/// Whether `from`–`to` (hours) is an interval within one day: 0 ≤ from < to ≤ 24, neither
/// a NaN (a pool's opening hours, a band of the weekly arrival profile).
fn within_day(from: f64, to: f64) -> bool {
    0.0 <= from && from < to && to <= 24.0
}

fn dist_problems(owner: &str, what: &str, d: &Dist, out: &mut Vec<String>) {
    for m in d.problems() {
        out.push(format!("“{owner}”: {what}: {m}"));
    }
}

/// The problems of a task's or wait's duration, including the bound on durations.
fn duration_problems(owner: &str, d: &Dist, out: &mut Vec<String>) {
    dist_problems(owner, "duration", d, out);
    for m in d.bound_problems() {
        out.push(format!("“{owner}”: duration: {m}"));
    }
}

fn check_context(
    segments: &[Segment],
    resources: &[ResourcePool],
    model: &FlowModel,
    out: &mut Vec<Problem>,
) {
    if segments.is_empty() {
        out.push(problem(
            ProblemKind::Structure,
            None,
            "the model needs at least one segment".into(),
        ));
    }
    for s in segments {
        let mut msgs = Vec::new();
        if !s.share.is_finite() || !(0.0..=1.0).contains(&s.share) {
            msgs.push(format!(
                "“{}”: share must be between 0 and 1 (got {})",
                s.name, s.share
            ));
        }
        msgs.extend(queueing::priority_problem(&s.name, s.priority));
        if let Some(d) = &s.patience_days {
            dist_problems(&s.name, "patience in days", d, &mut msgs);
        }
        if let Some(d) = &s.patience_contacts {
            dist_problems(&s.name, "patience in contacts", d, &mut msgs);
        }
        for (ch, m) in &s.channel_multipliers {
            if !m.is_finite() || *m < 0.0 || *m > MAX_CHANNEL_MULTIPLIER {
                msgs.push(format!(
                    "“{}”: multiplier for channel {ch} must be between 0 and {MAX_CHANNEL_MULTIPLIER} (got {})",
                    s.name,
                    show(*m)
                ));
            }
        }
        for m in msgs {
            out.push(named(ProblemKind::BadParameter, &s.id, &s.name, m));
        }
    }
    if !segments.is_empty()
        && model.arrivals.is_none()
        && segments.iter().map(|s| s.share).sum::<f64>() <= 0.0
    {
        out.push(problem(
            ProblemKind::BadParameter,
            None,
            "segment shares sum to 0".into(),
        ));
    }
    if let Some(a) = &model.arrivals {
        for (seg, rate) in &a.orders_per_day {
            if !segments.iter().any(|s| &s.id == seg) {
                out.push(named(
                    ProblemKind::UnknownSegment,
                    seg,
                    seg,
                    format!("arrivals name an unknown segment “{seg}”"),
                ));
            }
            if !rate.is_finite() || *rate < 0.0 {
                out.push(named(
                    ProblemKind::BadParameter,
                    seg,
                    seg,
                    format!("“{seg}”: orders per day must be ≥ 0 (got {rate})"),
                ));
            } else if *rate > 0.0 && *rate < MIN_ORDERS_PER_DAY {
                out.push(named(
                    ProblemKind::BadParameter,
                    seg,
                    seg,
                    format!("“{seg}”: orders per day must be 0 or at least {} (one order in 2,700 years; got {})", show(MIN_ORDERS_PER_DAY), show(*rate)),
                ));
            }
        }
        if a.orders_per_day.values().sum::<f64>() <= 0.0 {
            out.push(problem(
                ProblemKind::BadParameter,
                None,
                "arrivals: no orders per day".into(),
            ));
        }
        pattern::arrival_problems(a, out);
    }
    pattern::cost_problems(model, out);
    for r in resources {
        if r.capacity == 0 {
            out.push(named(
                ProblemKind::BadParameter,
                &r.id,
                &r.name,
                format!("“{}”: capacity must be at least 1", r.name),
            ));
        }
        if let Some(cal) = &r.calendar {
            let mut open = 0.0;
            for day in cal.days() {
                let mut valid = Vec::with_capacity(day.len());
                for i in day {
                    if within_day(i.from_hour, i.to_hour) {
                        valid.push((i.from_hour, i.to_hour));
                    } else {
                        out.push(named(ProblemKind::BadParameter, &r.id, &r.name, format!("“{}”: opening interval {}–{} h is not within 0–24 h with from < to", r.name, i.from_hour, i.to_hour)));
                    }
                }
                // Overlapping intervals count once.
                valid.sort_by(|a, b| a.0.total_cmp(&b.0));
                let mut until = 0.0_f64;
                for (from, to) in valid {
                    let from = from.max(until);
                    if to > from {
                        open += to - from;
                        until = to;
                    }
                }
            }
            if open <= 0.0 {
                out.push(named(
                    ProblemKind::BadParameter,
                    &r.id,
                    &r.name,
                    format!("“{}”: the calendar is never open", r.name),
                ));
            } else if open < MIN_OPEN_HOURS_PER_WEEK {
                out.push(named(
                    ProblemKind::BadParameter,
                    &r.id,
                    &r.name,
                    format!(
                        "“{}”: the calendar is open {} h a week; it must be open at least {MIN_OPEN_HOURS_PER_WEEK} h a week",
                        r.name,
                        if open >= 0.001 { format!("{open:.3}") } else { format!("{open:.1e}") }
                    ),
                ));
            }
        }
    }
}

/// Problems of a run's size: more than [`MAX_CASES`] cases or [`MAX_REPLICATIONS`]
/// replications.
pub fn run_size_problems(cases: u32, replications: Option<u32>) -> Vec<Problem> {
    let mut out = Vec::new();
    if cases > MAX_CASES {
        out.push(problem(
            ProblemKind::TooManyCases,
            None,
            format!(
                "{} cases asked for; a run simulates at most {} cases (more only takes longer: a million cases already give percentiles to a fraction of a percent)",
                thousands(cases),
                thousands(MAX_CASES)
            ),
        ));
    }
    if let Some(r) = replications
        && r > MAX_REPLICATIONS
    {
        out.push(problem(
            ProblemKind::BadParameter,
            None,
            format!("{r} replications asked for; a run is split into at most {MAX_REPLICATIONS}"),
        ));
    }
    out
}

/// `1000000` as `1,000,000`.
fn thousands(n: u32) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Checks a run's size, the context and one resolved flow before a run.
pub(crate) fn check_for_run(
    model: &FlowModel,
    flow: &Flow,
    cases: u32,
    replications: Option<u32>,
) -> Result<(), ValidationError> {
    let mut problems = run_size_problems(cases, replications);
    check_context(&model.segments, &model.resources, model, &mut problems);
    problems.extend(flow_problems(flow, &model.resources, &model.segments));
    finish(problems)
}
