//! Queue priorities and batches are records: a segment's priority is a column (migration
//! 7), a task's priority and batch live in its scenario's flow. A workspace written before
//! opens with none, as it simulated; the edits survive closing the file and undo.

use touchmap_engine::model::{Batch, BatchRelease, Node, Weekday};
use touchmap_model::{BundleRecords, Entity, WorkspaceDocument, flow_model};
use touchmap_store::{Change, Workspace, sample};

fn fixture(name: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// Every task of every scenario of `doc`.
fn tasks(doc: &WorkspaceDocument) -> Vec<&touchmap_engine::model::Task> {
    doc.scenarios
        .iter()
        .flat_map(|s| s.flows())
        .flat_map(|f| &f.nodes)
        .filter_map(|n| match n {
            Node::Task(t) => Some(t),
            _ => None,
        })
        .collect()
}

/// `v6-sample.touchmap`: the sample written by the release before priorities (format 6).
#[tokio::test]
async fn a_workspace_written_before_priorities_opens_with_none() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.touchmap");
    std::fs::copy(fixture("v6-sample.touchmap"), &path).unwrap();
    let workspace = Workspace::open(&path).await.unwrap();
    let doc = workspace.snapshot().await.unwrap();
    assert!(!doc.segments.is_empty());
    assert!(doc.segments.iter().all(|s| s.priority == 0));
    assert!(!tasks(&doc).is_empty());
    assert!(
        tasks(&doc)
            .iter()
            .all(|t| t.priority.is_none() && t.batch.is_none())
    );
    // The same records as today's sample: the upgrade added nothing else.
    assert_eq!(doc.segments, sample::document().segments);
    let records = BundleRecords::from_document(&doc, &doc.bundles[0].id).unwrap();
    let model = flow_model(&records);
    assert!(model.segments.iter().all(|s| s.priority == 0));
    touchmap_engine::validate::validate(&model).expect("valid as before");
}

#[tokio::test]
async fn priorities_and_a_batch_are_kept_by_the_file_and_undone_as_one_edit() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("queues.touchmap");
    let workspace = Workspace::create(&path, &sample::document(), false)
        .await
        .unwrap();
    let before = workspace.snapshot().await.unwrap();
    let mut segment = before.segments[0].clone();
    segment.priority = 7;
    let mut scenario = before.scenarios[0].clone();
    let Some(Node::Task(task)) = scenario
        .order
        .nodes
        .iter_mut()
        .find(|n| matches!(n, Node::Task(_)))
    else {
        panic!("no task in the order flow");
    };
    task.priority = Some(2);
    task.batch = Some(Batch {
        size: Some(20),
        timeout_days: Some(1.0),
        release: Some(BatchRelease {
            days: vec![Weekday::Monday, Weekday::Thursday],
            hour: 2.0,
        }),
    });
    let task_id = task.id.clone();
    workspace
        .apply(
            "Priorities and a batch",
            &[
                Change::Put {
                    entity: Entity::Segment(segment.clone()),
                },
                Change::Put {
                    entity: Entity::Scenario(scenario.clone()),
                },
            ],
        )
        .await
        .unwrap();
    workspace.close().await;

    let reopened = Workspace::open(&path).await.unwrap();
    let saved = reopened.snapshot().await.unwrap();
    assert_eq!(saved.segments[0], segment);
    assert_eq!(saved.scenarios[0], scenario);
    // The JSON export reads back the same, and derives into the engine's input.
    let json = serde_json::to_string(&saved).unwrap();
    let read: WorkspaceDocument = serde_json::from_str(&json).unwrap();
    assert_eq!(read, saved);
    let records = BundleRecords::from_document(&saved, &scenario.bundle_id).unwrap();
    let model = flow_model(&records);
    let engine_segment = model.segments.iter().find(|s| s.id == segment.id).unwrap();
    assert_eq!(engine_segment.priority, 7);
    let derived = model.resolve(Some(&scenario.id)).unwrap();
    let Some(Node::Task(t)) = derived.nodes.iter().find(|n| n.id() == task_id) else {
        panic!("task {task_id} not derived");
    };
    assert_eq!(
        (t.priority, t.batch.as_ref().and_then(|b| b.size)),
        (Some(2), Some(20))
    );
    let release = t.batch.as_ref().and_then(|b| b.release.as_ref()).unwrap();
    assert_eq!((release.days.len(), release.hour), (2, 2.0));

    reopened.undo().await.unwrap();
    let undone = reopened.snapshot().await.unwrap();
    assert_eq!(undone.segments, before.segments);
    assert_eq!(undone.scenarios, before.scenarios);
}

#[tokio::test]
async fn a_segment_priority_out_of_range_is_refused_with_its_path() {
    let dir = tempfile::tempdir().unwrap();
    let workspace = Workspace::create(&dir.path().join("bad.touchmap"), &sample::document(), false)
        .await
        .unwrap();
    let mut segment = workspace.snapshot().await.unwrap().segments[0].clone();
    segment.priority = 10;
    let err = workspace
        .apply(
            "Priority",
            &[Change::Put {
                entity: Entity::Segment(segment),
            }],
        )
        .await
        .expect_err("out of range");
    assert!(err.to_string().contains("priority"), "{err}");
}
