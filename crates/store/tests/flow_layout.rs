//! Where the user drags a node of the flow editor is part of the scenario record: it
//! survives closing the file, and a drag is one edit that undo takes back.

use touchmap_model::{Entity, NodePosition};
use touchmap_store::{Change, Workspace, sample};

#[tokio::test]
async fn a_dragged_task_keeps_its_position_after_reopen_and_undo_moves_it_back() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("layout.touchmap");
    let workspace = Workspace::create(&path, &sample::document(), false)
        .await
        .unwrap();
    let before = workspace.snapshot().await.unwrap().scenarios[0].clone();
    assert!(
        before.layout.is_empty(),
        "the sample is laid out automatically"
    );
    let task = before.order.nodes[1].id().to_owned();
    let mut moved = before.clone();
    moved
        .layout
        .insert(task.clone(), NodePosition { x: 412.5, y: -36.0 });
    workspace
        .apply(
            "Move step",
            &[Change::Put {
                entity: Entity::Scenario(moved.clone()),
            }],
        )
        .await
        .unwrap();
    workspace.close().await;

    let reopened = Workspace::open(&path).await.unwrap();
    let saved = reopened.snapshot().await.unwrap().scenarios[0].clone();
    assert_eq!(
        saved.layout.get(&task),
        Some(&NodePosition { x: 412.5, y: -36.0 })
    );
    assert_eq!(saved, moved);

    reopened.undo().await.unwrap();
    let undone = reopened.snapshot().await.unwrap().scenarios[0].clone();
    assert_eq!(undone.layout.get(&task), None);
    assert_eq!(undone, before);
}
