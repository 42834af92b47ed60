//! Help ▸ Open the sample opens the sample as it ships, not the copy the user edited.
#![allow(clippy::unwrap_used)]

use touchmap_model::Entity;
use touchmap_store::{Change, sample};
use touchmap_workbench::open_fresh_sample;

#[tokio::test]
async fn open_the_sample_gives_a_fresh_sample_not_the_users_edited_copy() {
    let dir = tempfile::tempdir().unwrap();
    let first = open_fresh_sample(dir.path()).await.unwrap();
    let first_path = first.path().to_owned();
    assert_eq!(first.snapshot().await.unwrap(), sample::document());

    // Asked again before any edit: the same, unedited file.
    first.close().await;
    let again = open_fresh_sample(dir.path()).await.unwrap();
    assert_eq!(again.path(), first_path);

    // The user renames a segment in it.
    let mut segment = again.segments().await.unwrap()[0].clone();
    segment.name = "Renamed by the user".into();
    again
        .apply(
            "Rename segment",
            &[Change::Put {
                entity: Entity::Segment(segment.clone()),
            }],
        )
        .await
        .unwrap();
    again.close().await;

    let fresh = open_fresh_sample(dir.path()).await.unwrap();
    assert_ne!(fresh.path(), first_path, "the edited copy is not reopened");
    assert_eq!(fresh.snapshot().await.unwrap(), sample::document());
    assert!(
        fresh.history().await.unwrap().undo.is_none(),
        "nothing to undo"
    );
    fresh.close().await;

    // The user's copy is kept as they left it.
    let kept = touchmap_store::Workspace::open(&first_path).await.unwrap();
    assert!(
        kept.segments()
            .await
            .unwrap()
            .iter()
            .any(|s| s.name == "Renamed by the user")
    );
}
