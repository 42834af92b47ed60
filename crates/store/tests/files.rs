//! Opening, creating and copying workspace files, and refusing what is not one.
#![allow(clippy::unwrap_used)] // test helpers fail loudly by design

mod common;

use std::path::Path;

use common::{bytes, execute, fixture};
use touchmap_store::{Error, Workspace, sample};

#[tokio::test]
async fn migrations_apply_on_a_fresh_file() {
    let f = fixture().await;
    let document = f.workspace.snapshot().await.unwrap();
    assert_eq!(document.stages.len(), 7);
    assert_eq!(document.stages[0].name, "Discover");
    assert_eq!(document.channels.len(), 12);
}

#[tokio::test]
async fn a_text_file_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.touchmap");
    std::fs::write(&path, "just some notes, not a database").unwrap();
    let before = bytes(&path);
    let error = Workspace::open(&path).await.unwrap_err();
    assert!(matches!(error, Error::NotAWorkspace { .. }), "{error:?}");
    assert!(error.to_string().contains("notes.touchmap"));
    assert_eq!(bytes(&path), before);
}

#[tokio::test]
async fn another_programs_database_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("other.db");
    execute(&path, &["CREATE TABLE contacts (name TEXT)"]).await;
    let before = bytes(&path);
    let error = Workspace::open(&path).await.unwrap_err();
    assert!(matches!(error, Error::NotAWorkspace { .. }), "{error:?}");
    assert_eq!(bytes(&path), before);
}

#[tokio::test]
async fn a_corrupt_workspace_is_refused_and_left_untouched() {
    let f = fixture().await;
    let path = f.workspace.path().to_owned();
    f.workspace.close().await;
    let mut damaged = bytes(&path);
    // Keep the SQLite header, wreck the pages after it.
    for byte in damaged.iter_mut().skip(100).step_by(7) {
        *byte = 0xA5;
    }
    std::fs::write(&path, &damaged).unwrap();
    let error = Workspace::open(&path).await.unwrap_err();
    assert!(
        matches!(error, Error::Corrupt { .. } | Error::NotAWorkspace { .. }),
        "{error:?}"
    );
    assert_eq!(bytes(&path), damaged);
}

#[tokio::test]
async fn a_workspace_from_a_newer_touchmap_is_refused_and_left_untouched() {
    let f = fixture().await;
    let path = f.workspace.path().to_owned();
    f.workspace.close().await;
    execute(
        &path,
        &["INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time) \
           VALUES (99990101000000, 'from the future', 1, x'00', 0)"],
    )
    .await;
    let before = bytes(&path);
    let error = Workspace::open(&path).await.unwrap_err();
    assert!(matches!(error, Error::NewerVersion { .. }), "{error:?}");
    assert!(error.to_string().contains("newer Touchmap"));
    assert_eq!(bytes(&path), before);
}

#[tokio::test]
async fn a_missing_file_is_named_in_the_error() {
    let error = Workspace::open(Path::new("/nonexistent/client.touchmap"))
        .await
        .unwrap_err();
    assert!(matches!(error, Error::Missing { .. }));
    assert!(error.to_string().contains("client.touchmap"));
}

#[tokio::test]
async fn save_copy_writes_a_consistent_workspace_that_opens() {
    let f = fixture().await;
    let copy = f.path("copy.touchmap");
    f.workspace.save_copy(&copy).await.unwrap();
    let opened = Workspace::open(&copy).await.unwrap();
    assert_eq!(
        opened.snapshot().await.unwrap(),
        f.workspace.snapshot().await.unwrap()
    );
    assert_eq!(
        opened.history().await.unwrap(),
        f.workspace.history().await.unwrap()
    );
}

#[tokio::test]
async fn create_refuses_to_overwrite_unless_asked() {
    let f = fixture().await;
    let path = f.workspace.path().to_owned();
    let error = Workspace::create(&path, &sample::empty(), false)
        .await
        .unwrap_err();
    assert!(matches!(error, Error::AlreadyExists { .. }));
}

#[tokio::test]
async fn a_failed_create_leaves_no_file_behind() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.touchmap");
    let mut content = sample::empty();
    content.stages[0].name = " ".into();
    assert!(Workspace::create(&path, &content, false).await.is_err());
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}
