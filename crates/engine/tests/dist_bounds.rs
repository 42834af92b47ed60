//! Distributions with a shift and bounds in a model: refused where the bounds hold no
//! probability (naming the task), simulated to their conditioned mean, and committed
//! models without them read and written unchanged.
#![allow(clippy::unwrap_used)] // tests fail loudly by design

mod common;

use common::*;
use touchmap_engine::model::{Bounds, Dist, FlowModel, Node, Wait};
use touchmap_engine::stats::KpiKind;
use touchmap_engine::validate::{ProblemKind, validate};

fn bounds(shift: Option<f64>, min: Option<f64>, max: Option<f64>) -> Bounds {
    Bounds { shift, min, max }
}

#[test]
fn bounds_that_hold_no_probability_are_refused_naming_the_task() {
    // An hour's exponential kept only beyond 30 days: e^(−720) of it, nothing.
    let hour = 1.0 / 24.0;
    let install = Dist::exp(hour).with_bounds(bounds(None, Some(30.0), None));
    let slot = Dist::tri(3.0, 5.0, 10.0).with_bounds(bounds(Some(1.0), None, Some(2.0)));
    let mut m = model(chain(vec![
        Node::Task(task("install", install)),
        Node::Wait(Wait {
            id: "slot".into(),
            name: "Technician slot".into(),
            duration: slot,
            silo: String::new(),
        }),
    ]));
    m.segments[0].patience_days =
        Some(Dist::exp(5.0).with_bounds(bounds(None, Some(9.0), Some(8.0))));
    let err = validate(&m).expect_err("refused");
    let on = |node: &str, words: &str| {
        assert!(
            err.problems
                .iter()
                .any(|p| p.kind == ProblemKind::BadParameter
                    && p.node.as_deref() == Some(node)
                    && p.message.contains(words)),
            "expected “{words}” on “{node}” in {err:#?}"
        );
    };
    on(
        "Task install",
        "“Task install”: duration: no value can fall within the bounds 30–∞",
    );
    on(
        "Technician slot",
        "no value can fall within the bounds 0–2 (after a shift of 1)",
    );
    on("Segment a", "bounds.min (9) must be below bounds.max (8)");
}

#[test]
fn a_bounded_task_simulates_to_its_conditioned_mean() {
    // Prosimos' exponential(mean 5, min 2, max 10): 2 + Exp(3), kept up to 10.
    let d = Dist::exp(3.0).with_bounds(bounds(Some(2.0), Some(2.0), Some(10.0)));
    let want = d.mean();
    let m = model(chain(vec![Node::Task(task("a", d))]));
    validate(&m).unwrap();
    let n = 10_000;
    let r = simulate(&m, n, 11);
    let cycle = r.overall.kpi(KpiKind::CycleDays).unwrap();
    close(
        "mean cycle time",
        cycle.mean.value,
        want,
        cycle.sd / f64::from(n).sqrt(),
    );
    assert!(cycle.sd > 0.0 && cycle.sd < 3.0, "sd {}", cycle.sd);
}

#[test]
fn the_committed_sample_model_reads_and_writes_unchanged() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/triple-play.flow.json"
    );
    let text = std::fs::read_to_string(path).unwrap();
    let model = FlowModel::from_json(&text).unwrap();
    let written = serde_json::to_value(&model).unwrap();
    let read: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(written, read);
    assert!(!text.contains("\"bounds\""));
}
