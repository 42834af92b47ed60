//! The report's page of waiting by cause: per step that waited, its mean waiting per
//! execution split into the causes the engine measures, each with its interval and p90.

use touchmap_engine::stats::{CauseStat, GroupResult, StepStats, WaitingCause};

use crate::Labels;
use crate::svg::{Canvas, Column, table};

/// Steps shown, most waiting per case first (the rest wait less than these).
const ROWS: usize = 14;

/// The causes given a column, each with its label key and English word: those of every
/// model (batching and prioritisation, only where tasks batch or queues have priorities,
/// count in the total; the page's note says so).
const SHOWN: [(&str, &str, WaitingCause); 3] = [
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
        "waiting.extraneous",
        "Modelled wait",
        WaitingCause::Extraneous,
    ),
];

/// "2.1 [1.9–2.3] · p90 5.2" in days; "–" for a cause that never made this step wait.
fn cell(c: &CauseStat, p90: &str) -> String {
    if c.mean.value <= 0.0 {
        return "–".into();
    }
    let mean = match (c.mean.ci_low, c.mean.ci_high) {
        (Some(l), Some(h)) => format!("{:.1} [{l:.1}–{h:.1}]", c.mean.value),
        _ => format!("{:.1}", c.mean.value),
    };
    format!("{mean} · {p90} {:.1}", c.p90.value)
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
        "Mean per execution in days, 95% confidence intervals in brackets; p90 = 90th percentile. Waiting for a batch or behind priority orders counts in the total.",
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
    columns.extend(SHOWN.map(|(key, english, _)| Column {
        heading: l.word(key, english),
        width: 190.0,
        numeric: true,
    }));
    let rows: Vec<Vec<String>> = steps
        .iter()
        .map(|s| {
            let mut row = vec![s.name.clone(), format!("{:.1}", s.mean_waiting_days)];
            row.extend(SHOWN.map(|(.., cause)| cell(s.waiting_causes.get(cause), p90)));
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
        let mut idle = r.overall.clone();
        idle.steps
            .iter_mut()
            .for_each(|s| s.mean_waiting_days = 0.0);
        assert!(waiting_page(&idle, &Labels::default()).is_none());
    }
}
