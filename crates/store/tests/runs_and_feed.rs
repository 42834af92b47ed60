//! The run list (headlines, undoable deletion) and the change feed (record versions, a
//! second client following the first) on real workspace files.
#![allow(clippy::unwrap_used)] // tests fail loudly by design

mod common;

use common::{fixture, segment};
use touchmap_model::{Entity, EntityKind, EntityRef};
use touchmap_store::{Change, Error, RunHeadline, Workspace, sample};

async fn saved_run(workspace: &Workspace) -> (String, touchmap_engine::RunResult) {
    let model = touchmap_engine::sample::triple_play();
    let mut config = touchmap_engine::RunConfig::new(&model);
    // Asked by id, as the app does: the list shows the scenario's name.
    config.scenario = Some(model.scenarios[0].id.as_str());
    config.cases = 300;
    config.seed = 3;
    let cancel = std::sync::atomic::AtomicBool::new(false);
    let result = touchmap_engine::run(&config, &|_, _| {}, &cancel, None).unwrap();
    let id = workspace
        .save_run("bundle-1", &model, &result)
        .await
        .unwrap();
    (id, result)
}

#[tokio::test]
async fn a_saved_run_is_listed_with_its_headline() {
    let f = fixture().await;
    let (id, result) = saved_run(&f.workspace).await;
    let runs = f.workspace.all_runs().await.unwrap();
    assert_eq!(runs.len(), 1);
    assert_eq!(runs[0].id, id);
    let headline = runs[0].headline.clone().unwrap();
    assert_eq!(headline, RunHeadline::of(&result));
    let scenario = &touchmap_engine::sample::triple_play().scenarios[0];
    assert_ne!(scenario.id, scenario.name);
    assert_eq!(runs[0].scenario, scenario.name, "named, not by its id");
    assert!(headline.p90_days.unwrap() > headline.p50_days.unwrap());
}

#[tokio::test]
async fn a_deleted_run_comes_back_with_undo_and_goes_again_with_redo() {
    let f = fixture().await;
    let (id, result) = saved_run(&f.workspace).await;
    let delete = [Change::Run {
        id: id.clone(),
        listed: false,
    }];
    let applied = f.workspace.apply("Delete run", &delete).await.unwrap();
    assert_eq!(applied.changes, delete);
    assert!(f.workspace.all_runs().await.unwrap().is_empty());
    assert!(matches!(
        f.workspace.run(&id).await,
        Err(Error::NotFound { kind: "run", .. })
    ));

    let undone = f.workspace.undo().await.unwrap();
    assert_eq!(
        undone.changes,
        [Change::Run {
            id: id.clone(),
            listed: true
        }]
    );
    assert_eq!(f.workspace.run(&id).await.unwrap().1, result);

    f.workspace.redo().await.unwrap();
    assert!(f.workspace.all_runs().await.unwrap().is_empty());
}

#[tokio::test]
async fn a_deleted_run_is_purged_once_its_deletion_cannot_be_undone() {
    let f = fixture().await;
    let (id, _) = saved_run(&f.workspace).await;
    let (kept, _) = saved_run(&f.workspace).await;
    let path = f.workspace.path().to_owned();
    f.workspace
        .apply(
            "Delete run",
            &[Change::Run {
                id: id.clone(),
                listed: false,
            }],
        )
        .await
        .unwrap();
    let stored = || async {
        let pool = sqlx::SqlitePool::connect(&format!("sqlite:{}", path.display()))
            .await
            .unwrap();
        let ids: Vec<String> = sqlx::query_scalar("SELECT id FROM run ORDER BY id")
            .fetch_all(&pool)
            .await
            .unwrap();
        pool.close().await;
        ids
    };
    assert_eq!(
        stored().await.len(),
        2,
        "hidden while undo can bring it back"
    );
    // Undo the deletion, then make a new edit: the redo branch (the deletion) is gone,
    // and the run stays.
    f.workspace.undo().await.unwrap();
    f.workspace
        .apply(
            "Add segment",
            &[Change::Put {
                entity: Entity::Segment(segment("seg2", "Students")),
            }],
        )
        .await
        .unwrap();
    assert_eq!(f.workspace.all_runs().await.unwrap().len(), 2);
    // Delete it again and push the deletion out of the history.
    f.workspace
        .apply(
            "Delete run",
            &[Change::Run {
                id: id.clone(),
                listed: false,
            }],
        )
        .await
        .unwrap();
    for i in 0..500 {
        let mut s = segment("seg2", "Students");
        s.description = format!("edit {i}");
        f.workspace
            .apply(
                &format!("Edit {i}"),
                &[Change::Put {
                    entity: Entity::Segment(s),
                }],
            )
            .await
            .unwrap();
    }
    let mut left = stored().await;
    left.sort();
    assert_eq!(left, [kept]);
}

#[tokio::test]
async fn deleting_a_run_that_does_not_exist_changes_nothing() {
    let f = fixture().await;
    let before = f.workspace.history().await.unwrap();
    let error = f
        .workspace
        .apply(
            "Delete run",
            &[Change::Run {
                id: "nope".into(),
                listed: false,
            }],
        )
        .await
        .unwrap_err();
    assert!(matches!(error, Error::NotFound { kind: "run", .. }));
    assert_eq!(f.workspace.history().await.unwrap(), before);
}

#[tokio::test]
async fn every_write_bumps_the_records_version() {
    let f = fixture().await;
    let target = EntityRef {
        kind: EntityKind::Segment,
        id: "seg".into(),
    };
    let v1 = f.workspace.version(&target).await.unwrap();
    assert_eq!(v1, 1, "written once by the fixture");
    let mut s = segment("seg", "Seniors");
    s.share = 0.4;
    f.workspace
        .apply(
            "Share",
            &[Change::Put {
                entity: Entity::Segment(s),
            }],
        )
        .await
        .unwrap();
    assert_eq!(f.workspace.version(&target).await.unwrap(), 2);
    f.workspace.undo().await.unwrap();
    assert_eq!(
        f.workspace.version(&target).await.unwrap(),
        3,
        "an undo is a write too: a client holding version 2 must see it changed"
    );
}

/// What a second client does: read the feed since the position it last saw and apply
/// each entry; it then holds what a fresh read holds.
#[tokio::test]
async fn a_second_client_follows_the_first_through_the_feed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("team.touchmap");
    let first = Workspace::create(&path, &sample::document(), false)
        .await
        .unwrap();
    let second = Workspace::open(&path).await.unwrap();
    let entities = |d: touchmap_model::WorkspaceDocument| -> Vec<Entity> {
        d.entities().into_iter().map(|(_, e)| e).collect()
    };
    let mut mirror = entities(second.snapshot().await.unwrap());
    let mut seen = second.feed_since(0).await.unwrap().latest;

    // The first client edits a step, deletes a segment (with its journeys and steps),
    // and undoes a scenario rename.
    let document = first.snapshot().await.unwrap();
    let mut step = document.steps[0].clone();
    step.title = "Order online, renamed".into();
    let applied = first
        .apply(
            "Rename step",
            &[Change::Put {
                entity: Entity::Step(step),
            }],
        )
        .await
        .unwrap();
    assert!(applied.feed > seen);
    first
        .apply(
            "Delete segment",
            &[Change::Delete {
                target: EntityRef {
                    kind: EntityKind::Segment,
                    id: document.segments[1].id.clone(),
                },
            }],
        )
        .await
        .unwrap();
    let mut scenario = document.scenarios[0].clone();
    scenario.name = "Renamed".into();
    first
        .apply(
            "Rename scenario",
            &[Change::Put {
                entity: Entity::Scenario(scenario),
            }],
        )
        .await
        .unwrap();
    first.undo().await.unwrap();

    let feed = second.feed_since(seen).await.unwrap();
    let entries = feed
        .entries
        .expect("the second client is not behind the feed");
    for entry in &entries {
        match &entry.change {
            Change::Put { entity } => {
                let key = entity.reference();
                match mirror.iter_mut().find(|e| e.reference() == key) {
                    Some(slot) => *slot = entity.clone(),
                    None => mirror.push(entity.clone()),
                }
            }
            Change::Delete { target } => mirror.retain(|e| &e.reference() != target),
            Change::Run { .. } => unreachable!("the feed carries records only"),
        }
        assert_eq!(
            entry.version,
            second
                .version(&match &entry.change {
                    Change::Put { entity } => entity.reference(),
                    Change::Delete { target } => target.clone(),
                    Change::Run { .. } => unreachable!(),
                })
                .await
                .unwrap()
        );
    }
    seen = feed.latest;
    let key = |e: &Entity| (e.kind().as_str(), e.id().to_owned());
    let mut expected = entities(second.snapshot().await.unwrap());
    expected.sort_by_key(key);
    mirror.sort_by_key(key);
    assert_eq!(mirror, expected);
    // Nothing new: an empty read.
    let again = second.feed_since(seen).await.unwrap();
    assert_eq!(again.entries, Some(vec![]));
    assert_eq!(again.latest, seen);
}

/// What the app's cache of derived simulation input is keyed by: the position moves with
/// every write of a record (an undo and a redo too), and is the feed's latest.
#[tokio::test]
async fn the_feed_position_moves_with_every_edit_undo_and_redo() {
    let f = fixture().await;
    let start = f.workspace.feed_position().await.unwrap();
    assert_eq!(start, f.workspace.feed_since(0).await.unwrap().latest);
    let applied = f
        .workspace
        .apply(
            "Add segment",
            &[Change::Put {
                entity: Entity::Segment(segment("seg-2", "Students")),
            }],
        )
        .await
        .unwrap();
    let edited = f.workspace.feed_position().await.unwrap();
    assert!(edited > start);
    assert_eq!(edited, applied.feed);
    f.workspace.undo().await.unwrap();
    let undone = f.workspace.feed_position().await.unwrap();
    assert!(undone > edited, "an undo is a write");
    f.workspace.redo().await.unwrap();
    assert!(
        f.workspace.feed_position().await.unwrap() > undone,
        "so is a redo"
    );
}

#[tokio::test]
async fn a_reader_ahead_of_the_feed_is_told_to_reload() {
    let f = fixture().await;
    let latest = f.workspace.feed_since(0).await.unwrap().latest;
    let ahead = f.workspace.feed_since(latest + 10).await.unwrap();
    assert_eq!(ahead.entries, None);
}

#[tokio::test]
async fn the_only_service_of_a_bundle_cannot_be_removed_but_the_bundle_can() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sample.touchmap");
    let workspace = Workspace::create(&path, &sample::document(), false)
        .await
        .unwrap();
    let document = workspace.snapshot().await.unwrap();
    let bundle = &document.bundles[0];
    let services: Vec<_> = document
        .services
        .iter()
        .filter(|s| s.bundle_id == bundle.id)
        .collect();
    assert!(services.len() > 1);
    let (last, others) = services.split_last().unwrap();
    let delete = |s: &touchmap_model::Service| Change::Delete {
        target: EntityRef {
            kind: EntityKind::Service,
            id: s.id.clone(),
        },
    };
    workspace
        .apply(
            "Remove services",
            &others.iter().map(|s| delete(s)).collect::<Vec<_>>(),
        )
        .await
        .unwrap();
    let before = workspace.snapshot().await.unwrap();
    let error = workspace
        .apply("Remove service", &[delete(last)])
        .await
        .unwrap_err();
    assert!(
        matches!(&error, Error::InUse(message) if message.contains(&last.name)),
        "{error}"
    );
    assert_eq!(workspace.snapshot().await.unwrap(), before);
    workspace
        .apply(
            "Delete bundle",
            &[Change::Delete {
                target: EntityRef {
                    kind: EntityKind::Bundle,
                    id: bundle.id.clone(),
                },
            }],
        )
        .await
        .unwrap();
}
