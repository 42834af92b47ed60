//! The text tables of the command line.

mod common;

use common::*;
use touchmap_engine::model::{Dist, Node};
use touchmap_engine::report::render_run_table;

/// Seen on main: the text tables rounded day values to two decimals, so a process measured
/// in minutes showed 0.00 everywhere.
#[test]
fn text_tables_rounded_a_process_of_minutes_to_0_00_days() {
    let minutes = |m: f64| m / 1440.0;
    let flow = chain(vec![
        Node::Task(task("a", Dist::fixed(minutes(4.0)))),
        Node::Task(task("b", Dist::fixed(minutes(6.0)))),
    ]);
    let table = render_run_table(&simulate(&model(flow), 3_200, 1));
    let row = table
        .lines()
        .find(|l| l.trim_start().starts_with("Cycle time"))
        .expect("a cycle-time row");
    assert!(row.contains("Cycle time (minutes)"), "{row}");
    assert!(row.contains("10.00 [10.00–10.00]"), "{row}");
    assert!(
        table.contains("p50 minutes") && table.contains("p90 minutes"),
        "{table}"
    );
    let segment = table
        .lines()
        .find(|l| l.trim_start().starts_with("Segment a"))
        .expect("the segment row");
    assert!(segment.contains("10.0"), "{segment}");

    // Weeks stay in days.
    let flow = chain(vec![Node::Task(task("slow", Dist::fixed(12.5)))]);
    let table = render_run_table(&simulate(&model(flow), 3_200, 1));
    assert!(table.contains("Cycle time (days)"), "{table}");
    assert!(table.contains("12.50 [12.50–12.50]"), "{table}");
}

/// The improvement finder's table writes its figures in the unit the scenario's own value
/// reads best in, as the other tables do: a process of minutes in minutes, not "−0.00 days".
#[test]
fn the_findings_table_writes_a_process_of_minutes_in_minutes() {
    use std::sync::atomic::AtomicBool;
    use touchmap_engine::improve::{FinderConfig, Objective, find};
    use touchmap_engine::report::render_findings_table;
    let minutes = |m: f64| m / 1440.0;
    let flow = chain(vec![
        Node::Task(task("a", Dist::fixed(minutes(4.0)))),
        Node::Task(task("b", Dist::fixed(minutes(6.0)))),
    ]);
    let model = model(flow);
    let mut config = FinderConfig::new(&model, Objective::P90Cycle);
    config.cases = 1_000;
    let found = find(&config, &|_, _| {}, &AtomicBool::new(false)).unwrap();
    let table = render_findings_table("Minutes", &found);
    assert!(
        table.contains("Objective: p90 time to activation, 10.00 minutes as it is"),
        "{table}"
    );
    // b, 6 minutes of the 10, takes a quarter less: 1.5 minutes off every case.
    let faster_b = table
        .lines()
        .find(|l| l.contains("b 25% faster"))
        .expect("b made faster");
    assert!(
        faster_b.trim_start().starts_with("1 ")
            && faster_b.contains("−1.50 minutes")
            && faster_b.ends_with("−15.0%"),
        "{faster_b}"
    );
}

/// Seen on main: when no candidate moved the objective (no patience, so nobody abandons),
/// the table said "the runs do not measure it", which is what it says of an objective the
/// runs have no figure for.
#[test]
fn an_objective_no_change_moved_was_said_to_be_unmeasured() {
    use std::sync::atomic::AtomicBool;
    use touchmap_engine::improve::{FinderConfig, Objective, find};
    use touchmap_engine::report::render_findings_table;
    let flow = chain(vec![Node::Task(task("a", Dist::fixed(1.0)))]);
    let model = model(flow);
    let mut config = FinderConfig::new(&model, Objective::Abandonment);
    config.cases = 1_000;
    let found = find(&config, &|_, _| {}, &AtomicBool::new(false)).unwrap();
    assert!(
        found.findings.is_empty() && found.candidates > 0,
        "{found:?}"
    );
    let table = render_findings_table("Patient", &found);
    assert!(
        table.contains(&format!(
            "none of the {} changes tried moved it with the same orders.",
            found.candidates
        )),
        "{table}"
    );
    assert!(!table.contains("do not measure"), "{table}");
}

/// Seen on main: the tables wrote the abandonment rate as a share ("rate 0.07", "0.07 →
/// 0.00") where the headline above them said "7.1% → 0.0%".
#[test]
fn the_tables_wrote_the_abandonment_rate_as_a_share_beside_a_headline_in_percent() {
    use std::sync::atomic::AtomicBool;
    use touchmap_engine::sample::{AS_IS, TO_BE, triple_play};
    use touchmap_engine::{RunConfig, run};
    let model = triple_play();
    let simulate = |scenario| {
        let mut cfg = RunConfig::new(&model);
        cfg.scenario = Some(scenario);
        cfg.cases = 2_000;
        run(&cfg, &|_, _| {}, &AtomicBool::new(false), None).expect("run")
    };
    let (as_is, to_be) = (simulate(AS_IS), simulate(TO_BE));
    let rate = as_is.overall.abandonment_rate.value;
    assert!(rate > 0.01, "the sample's as-is loses orders: {rate}");
    let percent = format!("{:.2}", rate * 100.0);
    let table = render_run_table(&as_is);
    assert!(
        table.contains(&format!("(rate in %: {percent} [")),
        "{percent} in {table}"
    );
    let comparison = touchmap_engine::compare::compare(&as_is, &to_be);
    let compared = touchmap_engine::report::render_compare_table(&comparison);
    let row = compared
        .lines()
        .find(|l| l.trim_start().starts_with("Abandonment rate (%)"))
        .expect("the abandonment row");
    assert!(row.contains(&percent), "{percent} in {row}");
}

/// Seen on main: the CLI's waiting table wrote every step in the unit of the longest, so a
/// step that waits minutes read 0.00 days beside a slot of 8 days (the report writes each
/// row in its own unit).
#[test]
fn the_waiting_table_wrote_a_wait_of_minutes_as_0_00_days_beside_one_of_days() {
    use touchmap_engine::model::Wait;
    let wait = |id: &str, days: f64| {
        Node::Wait(Wait {
            id: id.into(),
            name: id.into(),
            duration: Dist::fixed(days),
            silo: String::new(),
        })
    };
    let flow = chain(vec![
        wait("slot", 8.0),
        wait("callback", 12.0 / 1440.0),
        Node::Task(task("visit", Dist::fixed(0.1))),
    ]);
    let table = render_run_table(&simulate(&model(flow), 2_000, 1));
    let row = |step: &str| {
        table
            .lines()
            .find(|l| l.trim_start().starts_with(step))
            .unwrap_or_else(|| panic!("{step} in {table}"))
            .to_owned()
    };
    let slot = row("slot");
    assert!(
        slot.contains("days") && slot.contains("8.00 [8.00–8.00]"),
        "{slot}"
    );
    let callback = row("callback");
    assert!(
        callback.contains("minutes") && callback.contains("12.00 [12.00–12.00]"),
        "{callback}"
    );
}
