//! Invalid flows are rejected before running, each problem naming its node.

mod common;

use std::sync::atomic::AtomicBool;

use common::*;
use touchmap_engine::model::{Dist, Edge, Flow, Node, Rework};
use touchmap_engine::validate::{ProblemKind, ValidationError, validate, validate_flow};
use touchmap_engine::{EngineError, RunConfig, run};

fn problems(flow: &Flow) -> ValidationError {
    validate_flow(flow, &[], &[segment("a")]).expect_err("flow should be invalid")
}

fn assert_problem(err: &ValidationError, kind: ProblemKind, name: &str) {
    assert!(
        err.problems
            .iter()
            .any(|p| p.kind == kind && p.message.contains(name) && p.node.as_deref() == Some(name)),
        "expected {kind:?} naming “{name}” in {err:#?}"
    );
}

fn named_task(id: &str, name: &str) -> Node {
    let mut t = task(id, Dist::fixed(1.0));
    t.name = name.into();
    Node::Task(t)
}

fn flow(nodes: Vec<Node>, edges: &[(&str, &str)]) -> Flow {
    Flow {
        id: "f".into(),
        name: "F".into(),
        nodes,
        edges: edges.iter().map(|(a, b)| Edge::new(a, b)).collect(),
    }
}

fn start() -> Node {
    Node::Start(Node::marker("s", "Order placed"))
}

fn end() -> Node {
    Node::End(Node::marker("e", "Activated"))
}

#[test]
fn valid_chain_passes() {
    let f = chain(vec![named_task("a", "Credit check")]);
    assert!(validate_flow(&f, &[], &[segment("a")]).is_ok());
}

#[test]
fn no_path_from_start_to_end() {
    let f = flow(
        vec![start(), named_task("a", "Credit check"), end()],
        &[("s", "a")],
    );
    let err = problems(&f);
    assert_problem(&err, ProblemKind::NoPathToEnd, "Order placed");
    assert_problem(&err, ProblemKind::DeadEnd, "Credit check");
}

#[test]
fn unreachable_node() {
    let f = flow(
        vec![
            start(),
            named_task("a", "Credit check"),
            named_task("b", "Orphan step"),
            end(),
        ],
        &[("s", "a"), ("a", "e"), ("b", "e")],
    );
    assert_problem(&problems(&f), ProblemKind::Unreachable, "Orphan step");
}

#[test]
fn join_fed_by_exclusive_branches_never_fires() {
    let mut f = flow(
        vec![
            start(),
            Node::Exclusive(Node::marker("x", "Which service")),
            named_task("a", "Mobile"),
            named_task("b", "Broadband"),
            Node::ParallelJoin(Node::marker("j", "Both done")),
            end(),
        ],
        &[("s", "x"), ("a", "j"), ("b", "j"), ("j", "e")],
    );
    f.edges.push(Edge::with_probability("x", "a", 0.5));
    f.edges.push(Edge::with_probability("x", "b", 0.5));
    assert_problem(&problems(&f), ProblemKind::JoinNeverFires, "Both done");
}

#[test]
fn join_after_parallel_split_is_fine() {
    let f = flow(
        vec![
            start(),
            Node::ParallelSplit(Node::marker("p", "Split")),
            named_task("a", "Mobile"),
            named_task("b", "Broadband"),
            Node::ParallelJoin(Node::marker("j", "Both done")),
            end(),
        ],
        &[
            ("s", "p"),
            ("p", "a"),
            ("p", "b"),
            ("a", "j"),
            ("b", "j"),
            ("j", "e"),
        ],
    );
    assert!(validate_flow(&f, &[], &[segment("a")]).is_ok());
}

fn gateway_flow(pa: f64, pb: f64) -> Flow {
    let mut f = flow(
        vec![
            start(),
            Node::Exclusive(Node::marker("x", "Needs visit?")),
            named_task("a", "Visit"),
            named_task("b", "Self install"),
            end(),
        ],
        &[("s", "x"), ("a", "e"), ("b", "e")],
    );
    f.edges.push(Edge::with_probability("x", "a", pa));
    f.edges.push(Edge::with_probability("x", "b", pb));
    f
}

#[test]
fn gateway_probabilities_must_sum_to_one() {
    assert!(validate_flow(&gateway_flow(0.3, 0.7), &[], &[segment("a")]).is_ok());
    assert_problem(
        &problems(&gateway_flow(0.5, 0.4)),
        ProblemKind::ProbabilitySum,
        "Needs visit?",
    );
}

#[test]
fn probabilities_outside_zero_one() {
    assert_problem(
        &problems(&gateway_flow(1.2, -0.2)),
        ProblemKind::ProbabilityRange,
        "Needs visit?",
    );
    let mut t = task("a", Dist::fixed(1.0));
    t.name = "Line test".into();
    t.rework = Some(Rework {
        probability: 1.5,
        target: "a".into(),
    });
    assert_problem(
        &problems(&chain(vec![Node::Task(t)])),
        ProblemKind::ProbabilityRange,
        "Line test",
    );
}

#[test]
fn negative_and_nan_parameters() {
    let mut t = task("a", Dist::exp(-2.0));
    t.name = "Negative step".into();
    let mut u = task("b", Dist::fixed(f64::NAN));
    u.name = "NaN step".into();
    let err = problems(&chain(vec![Node::Task(t), Node::Task(u)]));
    assert_problem(&err, ProblemKind::BadParameter, "Negative step");
    assert_problem(&err, ProblemKind::BadParameter, "NaN step");
}

#[test]
fn unknown_resource() {
    let mut t = task("a", Dist::fixed(1.0));
    t.name = "Install".into();
    t.resource = Some("ghost-crew".into());
    let err = problems(&chain(vec![Node::Task(t)]));
    assert_problem(&err, ProblemKind::UnknownResource, "Install");
    assert!(err.problems[0].message.contains("ghost-crew"));
}

#[test]
fn unknown_rework_target() {
    let mut t = task("a", Dist::fixed(1.0));
    t.name = "Port number".into();
    t.rework = Some(Rework {
        probability: 0.1,
        target: "nowhere".into(),
    });
    assert_problem(
        &problems(&chain(vec![Node::Task(t)])),
        ProblemKind::UnknownReworkTarget,
        "Port number",
    );
}

#[test]
fn rework_target_must_be_upstream() {
    let mut t = task("a", Dist::fixed(1.0));
    t.name = "Order entry".into();
    t.rework = Some(Rework {
        probability: 0.1,
        target: "b".into(),
    });
    let f = chain(vec![Node::Task(t), named_task("b", "Later step")]);
    assert_problem(&problems(&f), ProblemKind::ReworkNotUpstream, "Order entry");
}

#[test]
fn cycles_other_than_rework() {
    let f = flow(
        vec![
            start(),
            named_task("a", "Schedule"),
            named_task("b", "Reschedule"),
            end(),
        ],
        &[("s", "a"), ("a", "b"), ("b", "a")],
    );
    let err = problems(&f);
    assert_problem(&err, ProblemKind::Cycle, "Schedule");
    assert_problem(&err, ProblemKind::Cycle, "Reschedule");
}

#[test]
fn duplicate_ids_and_unknown_nodes() {
    let f = flow(
        vec![
            start(),
            named_task("a", "First"),
            named_task("a", "Second"),
            end(),
        ],
        &[("s", "a"), ("a", "e"), ("a", "ghost")],
    );
    let err = problems(&f);
    assert_problem(&err, ProblemKind::DuplicateId, "Second");
    assert!(
        err.problems
            .iter()
            .any(|p| p.kind == ProblemKind::UnknownNode && p.message.contains("ghost"))
    );
}

#[test]
fn every_problem_is_listed_and_runs_are_refused() {
    let mut t = task("a", Dist::exp(-1.0));
    t.name = "Bad duration".into();
    t.resource = Some("nobody".into());
    let mut f = chain(vec![Node::Task(t)]);
    f.nodes.push(named_task("z", "Island"));
    let m = model(f);
    let err = validate(&m).expect_err("invalid");
    assert!(err.problems.len() >= 3, "{err:#?}");
    let text = err.to_string();
    assert!(
        text.contains("Bad duration") && text.contains("Island"),
        "{text}"
    );
    let cfg = RunConfig::new(&m);
    match run(&cfg, &|_, _| {}, &AtomicBool::new(false), None) {
        Err(EngineError::Invalid(e)) => assert_eq!(e.problems.len(), err.problems.len()),
        other => panic!("expected a validation error, got {other:?}"),
    }
}

#[test]
fn sample_is_valid() {
    validate(&touchmap_engine::sample::triple_play()).expect("the sample is valid");
}
