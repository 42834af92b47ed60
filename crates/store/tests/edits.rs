//! Edits, undo and redo on a real workspace file.

mod common;

use common::{fixture, step};
use touchmap_model::{Entity, EntityKind, EntityRef};
use touchmap_store::{Change, Error, Workspace};

fn put_step(id: &str, title: &str) -> Vec<Change> {
    vec![Change::Put {
        entity: Entity::Step(step(id, title)),
    }]
}

#[tokio::test]
async fn an_added_step_round_trips_through_the_file() {
    let f = fixture().await;
    f.workspace
        .apply("Add step", &put_step("st1", "Order by phone"))
        .await
        .unwrap();
    let path = f.workspace.path().to_owned();
    f.workspace.close().await;
    let reopened = Workspace::open(&path).await.unwrap();
    let document = reopened.snapshot().await.unwrap();
    assert_eq!(document.steps, vec![step("st1", "Order by phone")]);
}

#[tokio::test]
async fn undo_and_redo_survive_a_restart() {
    let f = fixture().await;
    f.workspace
        .apply("Add step", &put_step("st1", "Order"))
        .await
        .unwrap();
    let path = f.workspace.path().to_owned();
    f.workspace.close().await;

    let reopened = Workspace::open(&path).await.unwrap();
    assert_eq!(
        reopened.history().await.unwrap().undo.as_deref(),
        Some("Add step")
    );
    let undone = reopened.undo().await.unwrap();
    assert!(matches!(undone.changes.as_slice(), [Change::Delete { .. }]));
    assert_eq!(undone.history.redo.as_deref(), Some("Add step"));
    assert!(reopened.snapshot().await.unwrap().steps.is_empty());
    reopened.close().await;

    let again = Workspace::open(&path).await.unwrap();
    let redone = again.redo().await.unwrap();
    assert!(matches!(redone.changes.as_slice(), [Change::Put { .. }]));
    assert_eq!(redone.history.undo.as_deref(), Some("Add step"));
    assert_eq!(again.snapshot().await.unwrap().steps.len(), 1);
}

#[tokio::test]
async fn at_least_a_hundred_edits_can_be_undone() {
    let f = fixture().await;
    for i in 0..120 {
        f.workspace
            .apply(
                &format!("Rename {i}"),
                &put_step("st1", &format!("Title {i}")),
            )
            .await
            .unwrap();
    }
    for _ in 0..119 {
        assert!(!f.workspace.undo().await.unwrap().changes.is_empty());
    }
    let document = f.workspace.snapshot().await.unwrap();
    assert_eq!(document.steps[0].title, "Title 0");
}

/// Typing in a field sends an edit per pause; they are one step of the history.
#[tokio::test]
async fn quick_edits_of_one_record_with_one_label_are_one_undo_step() {
    let f = fixture().await;
    f.workspace
        .apply("Add", &put_step("st1", "T"))
        .await
        .unwrap();
    for title in ["Ti", "Tit", "Title"] {
        f.workspace
            .apply("Edit title", &put_step("st1", title))
            .await
            .unwrap();
    }
    f.workspace
        .apply("Edit title", &put_step("st2", "Other step"))
        .await
        .unwrap();
    let undone = f.workspace.undo().await.unwrap();
    assert_eq!(
        undone.changes.len(),
        1,
        "the other record's edit is its own step"
    );
    let undone = f.workspace.undo().await.unwrap();
    assert_eq!(undone.history.undo.as_deref(), Some("Add"));
    let document = f.workspace.snapshot().await.unwrap();
    assert_eq!(
        document.steps[0].title, "T",
        "one undo takes back all the typing"
    );
    let redone = f.workspace.redo().await.unwrap();
    assert!(
        matches!(&redone.changes[0], Change::Put { entity: Entity::Step(s) } if s.title == "Title")
    );
}

#[tokio::test]
async fn a_new_edit_forgets_the_redo_branch() {
    let f = fixture().await;
    f.workspace.apply("A", &put_step("st1", "A")).await.unwrap();
    f.workspace.undo().await.unwrap();
    f.workspace.apply("B", &put_step("st2", "B")).await.unwrap();
    let redo = f.workspace.redo().await.unwrap();
    assert!(redo.changes.is_empty());
    assert_eq!(redo.history.redo, None);
}

#[tokio::test]
async fn deleting_a_segment_takes_its_journeys_and_steps_and_undo_restores_them() {
    let f = fixture().await;
    f.workspace
        .apply("Add step", &put_step("st1", "Order"))
        .await
        .unwrap();
    let before = f.workspace.snapshot().await.unwrap();
    f.workspace
        .apply(
            "Delete segment",
            &[Change::Delete {
                target: EntityRef {
                    kind: EntityKind::Segment,
                    id: "seg".into(),
                },
            }],
        )
        .await
        .unwrap();
    let after = f.workspace.snapshot().await.unwrap();
    assert!(after.segments.is_empty() && after.journeys.is_empty() && after.steps.is_empty());
    f.workspace.undo().await.unwrap();
    assert_eq!(f.workspace.snapshot().await.unwrap(), before);
}

#[tokio::test]
async fn deleting_a_channel_detaches_it_from_steps_and_segments() {
    let f = fixture().await;
    f.workspace
        .apply("Add step", &put_step("st1", "Order"))
        .await
        .unwrap();
    let before = f.workspace.snapshot().await.unwrap();
    let phone = before.steps[0].channel_id.clone().unwrap();
    let shop = before.segments[0].channel_preferences[0].clone();
    for channel in [phone, shop] {
        f.workspace
            .apply(
                "Delete channel",
                &[Change::Delete {
                    target: EntityRef {
                        kind: EntityKind::Channel,
                        id: channel,
                    },
                }],
            )
            .await
            .unwrap();
    }
    let after = f.workspace.snapshot().await.unwrap();
    assert_eq!(after.steps[0].channel_id, None);
    assert!(after.segments[0].channel_preferences.is_empty());
    assert_eq!(after.channels.len(), before.channels.len() - 2);
}

#[tokio::test]
async fn an_invalid_edit_changes_nothing_and_names_the_field() {
    let f = fixture().await;
    let before = f.workspace.snapshot().await.unwrap();
    let mut bad = step("st9", "Fine");
    bad.emotion = 7;
    let edit = vec![
        Change::Put {
            entity: Entity::Step(step("st1", "Good")),
        },
        Change::Put {
            entity: Entity::Step(bad),
        },
    ];
    let error = f.workspace.apply("Bad", &edit).await.unwrap_err();
    match error {
        Error::Invalid(problems) => assert_eq!(problems[0].path, "step st9.emotion"),
        other => panic!("expected Invalid, got {other:?}"),
    }
    assert_eq!(f.workspace.snapshot().await.unwrap(), before);
    assert_eq!(
        f.workspace.history().await.unwrap().undo.as_deref(),
        Some("Add segment")
    );
}

#[tokio::test]
async fn a_step_in_a_missing_journey_is_refused() {
    let f = fixture().await;
    let mut orphan = step("st1", "Orphan");
    orphan.journey_id = "nope".into();
    let error = f
        .workspace
        .apply(
            "Add",
            &[Change::Put {
                entity: Entity::Step(orphan),
            }],
        )
        .await
        .unwrap_err();
    assert!(matches!(error, Error::Invalid(_)), "{error:?}");
}

#[tokio::test]
async fn a_saved_run_keeps_its_inputs_seed_and_result() {
    let f = fixture().await;
    let model = touchmap_engine::sample::triple_play();
    let mut config = touchmap_engine::RunConfig::new(&model);
    config.cases = 500;
    config.seed = 7;
    let cancel = std::sync::atomic::AtomicBool::new(false);
    let result = touchmap_engine::run(&config, &|_, _| {}, &cancel, None).unwrap();
    let id = f
        .workspace
        .save_run("bundle-1", &model, &result)
        .await
        .unwrap();
    let runs = f.workspace.runs("bundle-1").await.unwrap();
    assert_eq!(runs.len(), 1);
    assert_eq!((runs[0].seed, runs[0].cases), (7, 500));
    let (saved_model, saved_result) = f.workspace.run(&id).await.unwrap();
    assert_eq!(saved_model, model);
    assert_eq!(saved_result, result);
    assert!(f.workspace.history().await.unwrap().undo.as_deref() == Some("Add segment"));
}

/// The flow editor saves drafts: a scenario the engine cannot run yet is kept as it is
/// (the engine's refusal, by node, is tested through the workbench).
#[tokio::test]
async fn a_scenario_with_problems_is_saved_as_a_draft() {
    let f = fixture().await;
    let mut scenario = touchmap_store::sample::document().scenarios[0].clone();
    scenario.bundle_id = "bundle-1".into();
    scenario.services.clear();
    scenario
        .order
        .edges
        .push(touchmap_engine::model::Edge::new("nowhere", "also-nowhere"));
    let bundle = touchmap_model::Bundle {
        id: "bundle-1".into(),
        name: "Triple play".into(),
        description: String::new(),
    };
    f.workspace
        .apply(
            "Add bundle",
            &[
                Change::Put {
                    entity: Entity::Bundle(bundle),
                },
                Change::Put {
                    entity: Entity::Scenario(scenario.clone()),
                },
            ],
        )
        .await
        .unwrap();
    let saved = f.workspace.snapshot().await.unwrap().scenarios;
    assert_eq!(saved, [scenario]);
}
