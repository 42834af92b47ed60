//! Plain-text tables for the command line.

use std::fmt::Write;

use crate::columns::{column, pad};
use crate::compare::{Comparison, StatDiff};
use crate::duration::TimeUnit;
use crate::improve::{Findings, Objective};
use crate::number::{fixed, signed, signed_percent, with_interval};
use crate::stats::{Estimate, GroupResult, KpiKind, RunMode, RunResult, StepStats, WaitingCause};

/// An estimate with its interval, multiplied by `scale` (a duration's unit per day).
fn ci(e: &Estimate, scale: f64) -> String {
    with_interval(e, scale, 2)
}

/// A KPI's row label and the factor its values are multiplied by: a duration is written
/// in the unit its row's `largest` value (in days) reads best in.
fn row_label(kind: KpiKind, largest: f64) -> (String, f64) {
    if kind.is_duration() {
        let unit = TimeUnit::for_days(largest);
        (format!("{} ({})", kind.name(), unit.name()), unit.per_day())
    } else {
        (kind.label().to_owned(), 1.0)
    }
}

fn group_table(out: &mut String, g: &GroupResult) {
    let _ = writeln!(
        out,
        "{}: {} cases, {} activated, {} abandoned (rate in %: {})",
        g.name,
        g.cases,
        g.completed,
        g.abandoned,
        // In percent, as the headline and the finder write it.
        ci(&g.abandonment_rate, 100.0)
    );
    if g.exceeded > 0 {
        let _ = writeln!(
            out,
            "  {} case(s) exceeded the engine's bounds ({} years in the flow, or {} task and wait executions, 10 per step in larger flows) and were stopped; they are not in the KPIs",
            g.exceeded,
            crate::bounds::MAX_CASE_DAYS / 365.25,
            crate::bounds::MAX_CASE_EXECUTIONS
        );
    }
    let _ = writeln!(
        out,
        "  {:<34} {:>24} {:>8} {:>24} {:>8} {:>8}",
        "KPI", "mean [95% CI]", "p50", "p90 [95% CI]", "p95", "p99"
    );
    for k in &g.kpis {
        let (label, scale) = row_label(k.kind, k.p99.value.max(k.mean.value));
        let _ = writeln!(
            out,
            "  {:<34} {:>24} {:>8} {:>24} {:>8} {:>8}",
            label,
            ci(&k.mean, scale),
            fixed(k.p50.value * scale, 2),
            ci(&k.p90, scale),
            fixed(k.p95.value * scale, 2),
            fixed(k.p99.value * scale, 2)
        );
    }
}

/// Steps shown in the waiting table, most waiting per case first.
const WAITING_ROWS: usize = 10;

/// Per step that waited: each cause's mean and p90 per execution with their intervals.
fn waiting_table(out: &mut String, g: &GroupResult) {
    let mut steps: Vec<&StepStats> = g
        .steps
        .iter()
        .filter(|s| s.mean_waiting_days > 0.0)
        .collect();
    if steps.is_empty() {
        return;
    }
    steps.sort_by(|a, b| b.waiting_days_per_case.total_cmp(&a.waiting_days_per_case));
    steps.truncate(WAITING_ROWS);
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "Waiting before each step by cause ({}; per execution, in the step's unit):",
        g.name
    );
    let name = column("Step", steps.iter().map(|s| s.name.as_str()));
    let _ = writeln!(
        out,
        "  {} {:<7} {:<15} {:>24} {:>24}",
        pad("Step", name),
        "unit",
        "cause",
        "mean [95% CI]",
        "p90 [95% CI]"
    );
    for s in steps {
        // Each step in the unit its waiting reads best in, as the report writes it: a step
        // that waits minutes read 0.00 days beside a technician slot's 8.
        let unit = TimeUnit::for_days(s.mean_waiting_days);
        let mut first = true;
        for cause in WaitingCause::ALL {
            let c = s.waiting_causes.get(cause);
            if c.mean.value <= 0.0 {
                continue;
            }
            let (step, unit_name) = if first {
                (s.name.as_str(), unit.name())
            } else {
                ("", "")
            };
            let _ = writeln!(
                out,
                "  {} {:<7} {:<15} {:>24} {:>24}",
                pad(step, name),
                unit_name,
                cause.label(),
                ci(&c.mean, unit.per_day()),
                ci(&c.p90, unit.per_day())
            );
            first = false;
        }
    }
    let _ = writeln!(out, "  (a cause with no waiting is left out)");
}

/// A run as text: header, overall KPIs, a per-segment summary, top friction, resources.
pub fn render_run_table(r: &RunResult) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} — {}{} — {} cases, seed {}, {} replications ({}), engine {}",
        r.model_name,
        r.flow_name,
        // A scenario's flow is named after it: named once.
        r.scenario
            .as_deref()
            .filter(|s| *s != r.flow_name)
            .map(|s| format!(" (scenario {s})"))
            .unwrap_or_default(),
        r.cases,
        r.seed,
        r.replications,
        match r.mode {
            RunMode::Stream => "a stream of orders sharing the pools",
            RunMode::Independent => "independent cases",
        },
        r.engine_version
    );
    let _ = writeln!(out);
    group_table(&mut out, &r.overall);
    let _ = writeln!(out);
    // One unit for the cycle-time columns of every segment.
    let cycle = |g: &GroupResult, p90: bool| {
        g.kpi(KpiKind::CycleDays)
            .map_or(0.0, |s| if p90 { s.p90.value } else { s.p50.value })
    };
    let unit = TimeUnit::for_days(
        r.segments
            .iter()
            .map(|g| cycle(g, true))
            .fold(0.0, f64::max),
    );
    let name = column("Segment", r.segments.iter().map(|g| g.name.as_str()));
    let _ = writeln!(
        out,
        "  {} {:>7} {:>11} {:>11} {:>12} {:>10} {:>10} {:>11}",
        pad("Segment", name),
        "cases",
        format!("p50 {}", unit.name()),
        format!("p90 {}", unit.name()),
        "p90 contacts",
        "p90 visits",
        "hand-offs",
        "abandoned"
    );
    for g in &r.segments {
        let q = |k: KpiKind, p90: bool| {
            g.kpi(k)
                .map_or(0.0, |s| if p90 { s.p90.value } else { s.p50.value })
        };
        let _ = writeln!(
            out,
            "  {} {:>7} {:>11.1} {:>11.1} {:>12.0} {:>10.0} {:>10.1} {:>10.1}%",
            pad(&g.name, name),
            g.cases,
            unit.of_days(cycle(g, false)),
            unit.of_days(cycle(g, true)),
            q(KpiKind::Contacts, true),
            q(KpiKind::TechnicianVisits, true),
            g.kpi(KpiKind::Handoffs).map_or(0.0, |s| s.mean.value),
            100.0 * g.abandonment_rate.value
        );
    }
    let _ = writeln!(out);
    let _ = writeln!(out, "Top friction ({}):", r.overall.name);
    for f in r.overall.friction.iter().take(10) {
        let _ = writeln!(
            out,
            "  {:>2}. {:>5.1}  {}: {}",
            f.rank, f.score, f.name, f.reason
        );
    }
    waiting_table(&mut out, &r.overall);
    if !r.resources.is_empty() {
        let _ = writeln!(out);
        let name = column("Resource pool", r.resources.iter().map(|p| p.name.as_str()));
        let _ = writeln!(
            out,
            "  {} {:>8} {:>12}",
            pad("Resource pool", name),
            "capacity",
            "utilisation"
        );
        for p in &r.resources {
            let u = p
                .utilisation
                .map_or("–".to_owned(), |u| format!("{:.0}%", 100.0 * u));
            let _ = writeln!(out, "  {} {:>8} {:>12}", pad(&p.name, name), p.capacity, u);
        }
    }
    out
}

/// A, B and B − A with its interval, multiplied by `scale` (a duration's unit per day).
fn d(s: &StatDiff, scale: f64) -> String {
    let ci = match (s.ci_low, s.ci_high) {
        (Some(l), Some(h)) => format!(" [{}, {}]", signed(l * scale, 2), signed(h * scale, 2)),
        _ => String::new(),
    };
    format!(
        "{:>8} {:>8} {:>8}{}{}",
        fixed(s.a * scale, 2),
        fixed(s.b * scale, 2),
        signed(s.diff * scale, 2),
        ci,
        if s.significant { " *" } else { "" }
    )
}

/// A comparison as text: per segment, each KPI's mean and p90 for A and B with B − A and its
/// 95 % interval (`*` = significant), then the friction steps that left or entered the top.
pub fn render_compare_table(c: &Comparison) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "A = {} ({} cases, seed {})   B = {} ({} cases, seed {})   B − A with 95% CI, * = significant",
        c.a.label, c.a.cases, c.a.seed, c.b.label, c.b.cases, c.b.seed
    );
    for s in &c.segments {
        let _ = writeln!(out);
        let _ = writeln!(out, "{}", s.name);
        let _ = writeln!(
            out,
            "  {:<34} {:<5} {:>8} {:>8} {:>8}  95% CI",
            "KPI", "stat", "A", "B", "B − A"
        );
        for k in &s.kpis {
            let largest = [k.mean.a, k.mean.b, k.p90.a, k.p90.b]
                .into_iter()
                .fold(0.0, f64::max);
            let (label, scale) = row_label(k.kind, largest);
            let _ = writeln!(out, "  {:<34} {:<5} {}", label, "mean", d(&k.mean, scale));
            let _ = writeln!(out, "  {:<34} {:<5} {}", "", "p90", d(&k.p90, scale));
        }
        let _ = writeln!(
            out,
            "  {:<34} {:<5} {}",
            "Abandonment rate (%)",
            "",
            d(&s.abandonment_rate, 100.0)
        );
        let names = |l: &[crate::compare::FrictionRef]| {
            if l.is_empty() {
                "none".to_owned()
            } else {
                l.iter()
                    .map(|f| f.name.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            }
        };
        let _ = writeln!(
            out,
            "  Friction gone from the top {}: {}",
            c.top_n,
            names(&s.friction_disappeared)
        );
        let _ = writeln!(
            out,
            "  Friction new in the top {}: {}",
            c.top_n,
            names(&s.friction_appeared)
        );
    }
    out
}

/// How the improvement finder's objective is written: its name, and its values and their
/// changes with their unit ("20.13 days", "−3.10 days"; a rate as "7.5%" and its change in
/// percentage points). Durations take the unit `largest` (days) reads best in.
struct ObjectiveText {
    name: &'static str,
    /// The factor from the engine's value (days, a share) to the written one.
    scale: f64,
    /// After a value, after a change.
    unit: String,
    change_unit: String,
}

impl ObjectiveText {
    fn of(objective: Objective, largest: f64) -> ObjectiveText {
        let plain = |name, unit: &str| ObjectiveText {
            name,
            scale: 1.0,
            unit: unit.to_owned(),
            change_unit: unit.to_owned(),
        };
        match objective {
            Objective::P90Cycle => {
                let unit = TimeUnit::for_days(largest);
                ObjectiveText {
                    name: "p90 time to activation",
                    scale: unit.per_day(),
                    unit: format!(" {}", unit.name()),
                    change_unit: format!(" {}", unit.name()),
                }
            }
            Objective::Contacts => plain("mean customer contacts", " contacts"),
            Objective::TechnicianVisits => plain("mean technician visits", " visits"),
            Objective::Abandonment => ObjectiveText {
                name: "abandonment",
                scale: 100.0,
                unit: "%".into(),
                change_unit: " points".into(),
            },
            // A model's prices carry no currency.
            Objective::Cost => plain("mean cost per case", ""),
        }
    }

    fn value(&self, x: f64) -> String {
        format!("{}{}", fixed(x * self.scale, 2), self.unit)
    }

    fn change(&self, x: f64) -> String {
        format!("{}{}", signed(x * self.scale, 2), self.change_unit)
    }

    /// An interval in the change's unit, without it: "[−3.40, −2.80]".
    fn interval(&self, d: &StatDiff) -> String {
        match (d.ci_low, d.ci_high) {
            (Some(l), Some(h)) => format!(
                "[{}, {}]",
                signed(l * self.scale, 2),
                signed(h * self.scale, 2)
            ),
            _ => "–".into(),
        }
    }
}

/// The improvement finder's findings as text: what was searched (`model_name`: the bundle or
/// model), then the changes best first with their effect on the objective, its paired 95 %
/// interval and the change relative to the scenario as it is.
pub fn render_findings_table(model_name: &str, f: &Findings) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "Improvements of {model_name} — {} — ranked on {}",
        f.scenario
            .as_deref()
            .map_or_else(|| f.flow_name.clone(), |s| format!("scenario {s}")),
        f.segment_name
    );
    // Durations: the unit of the scenario's own value, for the header and every row.
    let text = ObjectiveText::of(f.objective, f.baseline);
    let _ = writeln!(
        out,
        "Objective: {}, {} as it is (lower is better)",
        text.name,
        if f.baseline.is_finite() {
            text.value(f.baseline)
        } else {
            "not measured".into()
        }
    );
    let screening = match f.screening {
        Some(s) => format!(
            "screened at {} cases, the best {} again at {}",
            s.cases, s.keep, f.cases
        ),
        None => "every one at the full cases".into(),
    };
    let _ = writeln!(
        out,
        "{} cases, seed {}, {} replications, common random numbers; {} candidates tried, {screening}",
        f.cases, f.seed, f.replications, f.candidates
    );
    let _ = writeln!(out);
    if f.findings.is_empty() {
        // Three different reasons, each with its own remedy.
        let why = if f.candidates == 0 {
            "the scenario has no pool, task or wait the finder can change".to_owned()
        } else if !f.baseline.is_finite() {
            "the runs do not measure it".to_owned()
        } else {
            format!(
                "none of the {} changes tried moved it with the same orders",
                f.candidates
            )
        };
        let _ = writeln!(
            out,
            "No change could be measured on the {}: {why}.",
            text.name
        );
        return out;
    }
    let width = column(
        "change",
        f.findings.iter().map(|x| x.candidate.description.as_str()),
    );
    let _ = writeln!(
        out,
        "  {:>4}  {}  {:>16}  {:>20}  {:>8}",
        "rank",
        pad("change", width),
        "effect",
        "95% CI",
        "relative"
    );
    for x in &f.findings {
        let d = &x.effect;
        let relative = if d.a == 0.0 {
            "–".to_owned()
        } else {
            signed_percent(d.diff / d.a, 1)
        };
        let _ = writeln!(
            out,
            "  {:>4}  {}  {:>16}  {:>20}  {:>8}{}",
            x.rank,
            pad(&x.candidate.description, width),
            text.change(d.diff),
            text.interval(d),
            relative,
            // As the app marks it: an interval that takes in no change is no finding.
            if d.significant {
                ""
            } else {
                "  not significant"
            }
        );
    }
    out
}
