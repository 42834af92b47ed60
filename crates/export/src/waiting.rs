//! The report's page of waiting by cause: per step that waited, its mean waiting per
//! execution split into the causes the engine measures, each with its interval and p90.

use touchmap_engine::duration::TimeUnit;
use touchmap_engine::number::{fixed, with_interval};
use touchmap_engine::reason::duration_text;
use touchmap_engine::stats::{CauseStat, GroupResult, StepStats, WaitingCause};

use crate::Labels;
use crate::svg::{Canvas, Column, table};

/// Steps shown, most waiting per case first (the rest wait less than these).
const ROWS: usize = 14;

/// The causes in their column order, each with its label key and English word.
const CAUSES: [(&str, &str, WaitingCause); 5] = [
    (
        "waiting.contention",
        "Queued behind other orders",
        WaitingCause::Contention,
    ),
    (
        "waiting.unavailability",
        "Outside opening hours",
        WaitingCause::Unavailability,
    ),
    (
        "waiting.batching",
        "Waiting for a batch",
        WaitingCause::Batching,
    ),
    (
        "waiting.prioritisation",
        "Overtaken by priority orders",
        WaitingCause::Prioritisation,
    ),
    (
        "waiting.extraneous",
        "Modelled wait",
        WaitingCause::Extraneous,
    ),
];

/// The cause columns of a page: those every model has, and batching and prioritisation
/// only where a shown step waited for them (most models have neither, and two columns of
/// dashes would squeeze the others).
fn shown(steps: &[&StepStats]) -> Vec<(&'static str, &'static str, WaitingCause)> {
    CAUSES
        .into_iter()
        .filter(|(.., cause)| {
            !matches!(cause, WaitingCause::Batching | WaitingCause::Prioritisation)
                || steps
                    .iter()
                    .any(|s| s.waiting_causes.get(*cause).mean.value > 0.0)
        })
        .collect()
}

/// Width of the table's cause columns together (the page is 922 wide, the step and
/// total columns take 310 of it).
const CAUSE_WIDTH: f64 = 580.0;

/// "2.1 [1.9–2.3] · p90 5.2" in `unit`; "–" for a cause that never made this step wait.
fn cell(c: &CauseStat, p90: &str, unit: TimeUnit) -> String {
    if c.mean.value <= 0.0 {
        return "–".into();
    }
    let scale = unit.per_day();
    let mean = with_interval(&c.mean, scale, 1);
    format!("{mean} · {p90} {}", fixed(c.p90.value * scale, 1))
}

/// The page, or `None` when no step waited.
pub(crate) fn waiting_page(group: &GroupResult, l: &Labels) -> Option<String> {
    let mut steps: Vec<&StepStats> = group
        .steps
        .iter()
        .filter(|s| s.mean_waiting_days > 0.0)
        .collect();
    if steps.is_empty() {
        return None;
    }
    steps.sort_by(|a, b| b.waiting_days_per_case.total_cmp(&a.waiting_days_per_case));
    steps.truncate(ROWS);
    let mut c = Canvas::new();
    let title = format!(
        "{} — {}",
        l.word("waiting.title", "Waiting before each step, by cause"),
        l.group_name(group)
    );
    c.text(16.0, 30.0, 18.0, true, "start", &title);
    let note = l.word(
        "waiting.note",
        "Mean per execution in the row's unit, 95% confidence intervals in brackets; p90 = 90th percentile. Batches and queue priorities get a column where a step waited for them.",
    );
    c.text(16.0, 50.0, 11.0, false, "start", note);
    let p90 = l.word("waiting.p90", "p90");
    let mut columns = vec![
        Column {
            heading: l.word("waiting.step", "Step"),
            width: 230.0,
            numeric: false,
        },
        Column {
            heading: l.word("waiting.total", "Waiting"),
            width: 80.0,
            numeric: true,
        },
    ];
    let causes = shown(&steps);
    let width = CAUSE_WIDTH / causes.len() as f64;
    columns.extend(causes.iter().map(|(key, english, _)| Column {
        heading: l.word(key, english),
        width,
        numeric: true,
    }));
    let rows: Vec<Vec<String>> = steps
        .iter()
        .map(|s| {
            // Each row in the unit its waiting reads best in: a step that waits minutes
            // read "0.0 [0.0–0.0]" days beside the technician slot's 8.0.
            let unit = TimeUnit::for_days(s.mean_waiting_days);
            let mut row = vec![s.name.clone(), duration_text(s.mean_waiting_days, l)];
            row.extend(
                causes
                    .iter()
                    .map(|(.., cause)| cell(s.waiting_causes.get(*cause), p90, unit)),
            );
            row
        })
        .collect();
    let bottom = table(&mut c, 16.0, 66.0, &columns, &rows);
    Some(c.finish(922.0, bottom + 16.0))
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::AtomicBool;

    use touchmap_engine::sample::{AS_IS, triple_play};
    use touchmap_engine::{RunConfig, run};

    use super::*;

    #[test]
    fn the_waiting_page_of_the_sample_names_each_measured_cause_and_the_slot_waits() {
        let model = triple_play();
        let mut cfg = RunConfig::new(&model);
        cfg.scenario = Some(AS_IS);
        cfg.cases = 2_000;
        let r = run(&cfg, &|_, _| {}, &AtomicBool::new(false), None).expect("run");
        let svg = waiting_page(&r.overall, &Labels::default()).expect("a page");
        for word in [
            "Queued behind other orders",
            "Outside opening hours",
            "Modelled wait",
            "Wait for broadband technician slot",
        ] {
            assert!(svg.contains(word), "{word}");
        }
        // Each row in its unit: the slot waits in days, the re-keying's night in hours,
        // never a cause of minutes as "0.0 [0.0–0.0]" days.
        assert!(svg.contains("8.0 days") && svg.contains(" hours<"), "{svg}");
        assert!(!svg.contains(">0.0 [0.0–0.0]"), "{svg}");
        // The sample neither batches nor has priorities: no columns for them.
        assert!(!svg.contains("Waiting for a batch"));
        assert!(!svg.contains("Overtaken by priority orders"));
        let mut idle = r.overall.clone();
        idle.steps
            .iter_mut()
            .for_each(|s| s.mean_waiting_days = 0.0);
        assert!(waiting_page(&idle, &Labels::default()).is_none());
    }

    #[test]
    fn a_step_that_waited_for_a_batch_or_behind_priority_orders_gets_those_columns() {
        let model = triple_play();
        let mut cfg = RunConfig::new(&model);
        cfg.scenario = Some(AS_IS);
        cfg.cases = 500;
        let mut r = run(&cfg, &|_, _| {}, &AtomicBool::new(false), None).expect("run");
        let step = r
            .overall
            .steps
            .iter_mut()
            .find(|s| s.mean_waiting_days > 0.0)
            .expect("a step that waited");
        for (cause, days) in [
            (&mut step.waiting_causes.batching, 0.75),
            (&mut step.waiting_causes.prioritisation, 0.25),
        ] {
            cause.mean.value = days;
            (cause.mean.ci_low, cause.mean.ci_high) = (None, None);
        }
        // In the row's unit.
        let unit = TimeUnit::for_days(step.mean_waiting_days);
        let svg = waiting_page(&r.overall, &Labels::default()).expect("a page");
        let batched = format!("{:.1} ·", unit.of_days(0.75));
        let overtaken = format!("{:.1} ·", unit.of_days(0.25));
        for word in [
            "Queued behind other orders",
            "Waiting for a batch",
            "Overtaken by priority orders",
            "Modelled wait",
            &batched,
            &overtaken,
        ] {
            assert!(svg.contains(word), "{word}");
        }
    }
}
