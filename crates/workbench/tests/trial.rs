//! What-if on a trial copy: trying a capacity edits nothing; keeping it makes a scenario
//! that runs exactly as the trial did, in one undoable edit.
#![allow(clippy::unwrap_used)]

mod common;

use std::sync::atomic::AtomicBool;

use touchmap_engine::model::Node;
use touchmap_workbench::{
    KEEP_TRIAL_LABEL, KeptScenario, RunRequest, Trial, keep_trial, run, simulation_input,
};

fn request(scenario: &str) -> RunRequest {
    RunRequest {
        scenario: Some(scenario.into()),
        segment: None,
        cases: 2_000,
        seed: 7,
    }
}

#[tokio::test]
async fn a_trial_kept_as_a_scenario_runs_as_the_trial_did_and_one_undo_removes_it() {
    let sample = common::open_sample().await;
    let (w, bundle) = (&sample.workspace, sample.bundle.as_str());
    let input = simulation_input(w, bundle, None).await.unwrap();
    let as_is = sample.scenario_id("as-is");
    // The pool the as-is tasks queue for most: the one a what-if is about.
    let pool = input.model.resources[0].clone();
    let trial = Trial {
        pool: pool.id.clone(),
        capacity: 1,
    };
    let quiet = |_: u64, _: u64| {};
    let no = AtomicBool::new(false);
    let base = run(&input, &request(&as_is), &quiet, &no, None).unwrap();
    let tried_input = input.clone().with_trial(&trial).unwrap();
    let tried = run(&tried_input, &request(&as_is), &quiet, &no, None).unwrap();
    assert_ne!(
        base.overall.kpis, tried.overall.kpis,
        "one server instead of {} changes the numbers",
        pool.capacity
    );
    // Trying edited nothing.
    assert_eq!(w.snapshot().await.unwrap(), sample.document);
    assert!(w.history().await.unwrap().undo.is_none());

    let kept = KeptScenario {
        id: "as-is-trial".into(),
        name: "as-is, 1 server".into(),
        pool_name: format!("{} (1)", pool.name),
    };
    let applied = keep_trial(w, bundle, &as_is, &trial, &kept).await.unwrap();
    assert_eq!(applied.changes.len(), 2);
    assert_eq!(
        w.history().await.unwrap().undo.as_deref(),
        Some(KEEP_TRIAL_LABEL)
    );
    let now = simulation_input(w, bundle, None).await.unwrap();
    let again = run(&now, &request("as-is-trial"), &quiet, &no, None).unwrap();
    assert_eq!(
        again.overall.kpis, tried.overall.kpis,
        "the kept scenario is the trial"
    );
    // The other scenarios still use the pool as it was.
    let unchanged = run(&now, &request(&as_is), &quiet, &no, None).unwrap();
    assert_eq!(unchanged.overall.kpis, base.overall.kpis);
    let doc = w.snapshot().await.unwrap();
    let source = doc.scenarios.iter().find(|s| s.id == as_is).unwrap();
    assert!(
        source
            .flows()
            .flat_map(|f| &f.nodes)
            .any(|n| matches!(n, Node::Task(t) if t.resource.as_deref() == Some(pool.id.as_str())))
    );

    w.undo().await.unwrap();
    assert_eq!(w.snapshot().await.unwrap(), sample.document, "one undo");
}

#[test]
fn a_trial_of_an_unknown_pool_is_refused() {
    let document = touchmap_store::sample::document();
    let input = touchmap_workbench::SimulationInput::from_document(
        &document,
        &document.bundles[0].id,
        None,
    )
    .unwrap();
    let trial = Trial {
        pool: "no-such-pool".into(),
        capacity: 3,
    };
    assert!(matches!(
        input.with_trial(&trial),
        Err(touchmap_workbench::Error::NotFound(_))
    ));
}

/// A change the improvement finder found, kept: a new scenario with the change made to its
/// own task, the source scenario untouched, one undo step.
#[tokio::test]
async fn a_found_change_kept_as_a_scenario_is_one_undo_step() {
    use touchmap_engine::improve::{Improvement, Objective};
    use touchmap_workbench::{
        ImproveRequest, KEEP_IMPROVEMENT_LABEL, find_improvements, keep_improvement,
    };
    let sample = common::open_sample().await;
    let (w, bundle) = (&sample.workspace, sample.bundle.as_str());
    let input = simulation_input(w, bundle, None).await.unwrap();
    let as_is = sample.scenario_id("as-is");
    let found = find_improvements(
        &input,
        &ImproveRequest {
            scenario: Some(as_is.clone()),
            segment: None,
            objective: Objective::Contacts,
            cases: 1_000,
            seed: 3,
            top: 3,
            screening: None,
        },
        &|_, _| {},
        &AtomicBool::new(false),
    )
    .unwrap();
    let best = found
        .findings
        .iter()
        .find(|f| matches!(f.candidate.improvement, Improvement::RemoveContacts { .. }))
        .expect("removing contacts is among the best for contacts");
    let Improvement::RemoveContacts { task } = &best.candidate.improvement else {
        unreachable!()
    };
    let kept = KeptScenario {
        id: "as-is-found".into(),
        name: "as-is, found".into(),
        pool_name: String::new(),
    };
    let applied = keep_improvement(w, bundle, &as_is, &best.candidate.improvement, &kept)
        .await
        .unwrap();
    assert_eq!(applied.changes.len(), 1, "the new scenario only");
    assert_eq!(
        w.history().await.unwrap().undo.as_deref(),
        Some(KEEP_IMPROVEMENT_LABEL)
    );
    let doc = w.snapshot().await.unwrap();
    let contacts = |scenario: &str| {
        doc.scenarios
            .iter()
            .find(|s| s.id == scenario)
            .unwrap()
            .flows()
            .flat_map(|f| &f.nodes)
            .find_map(|n| match n {
                Node::Task(t) if t.id == *task => Some(t.contacts.total()),
                _ => None,
            })
            .unwrap()
    };
    assert_eq!(contacts("as-is-found"), 0);
    assert!(contacts(&as_is) > 0, "the source keeps its contacts");
    w.undo().await.unwrap();
    assert_eq!(w.snapshot().await.unwrap(), sample.document, "one undo");
}
