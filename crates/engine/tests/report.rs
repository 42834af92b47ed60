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
