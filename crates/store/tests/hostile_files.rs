//! Files a crash, another process or another program left behind: each is opened with its
//! last committed content, or refused and left byte for byte as it was.
#![allow(clippy::unwrap_used)] // test helpers fail loudly by design

mod common;

use std::path::Path;
use std::time::Duration;

use common::{bytes, execute, fixture, raw, step};
use sqlx::Connection;
use touchmap_model::{Entity, is_blank};
use touchmap_store::{Change, Error, Workspace, sample};

/// Asserts that opening `path` is refused as not a workspace, names the file and the
/// reason, and leaves every byte (and the folder) as it was.
async fn refused(path: &Path, reason: &str) {
    let folder = |p: &Path| {
        let mut names: Vec<_> = std::fs::read_dir(p.parent().unwrap())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        names.sort();
        names
    };
    let (before, files_before) = (bytes(path), folder(path));
    let error = Workspace::open(path).await.unwrap_err();
    assert!(matches!(error, Error::NotAWorkspace { .. }), "{error:?}");
    let message = error.to_string();
    assert!(message.contains(&path.display().to_string()), "{message}");
    assert!(message.contains(reason), "{message}");
    assert!(bytes(path) == before, "{} was changed", path.display());
    assert_eq!(folder(path), files_before, "files appeared beside it");
}

#[tokio::test]
async fn a_workspace_with_its_own_trigger_is_refused_and_left_untouched() {
    let f = fixture().await;
    let path = f.workspace.path().to_owned();
    f.workspace.close().await;
    execute(
        &path,
        &["CREATE TRIGGER wipe AFTER INSERT ON step BEGIN DELETE FROM step; END"],
    )
    .await;
    refused(&path, "trigger wipe").await;
}

#[tokio::test]
async fn a_workspace_with_a_view_an_extra_table_or_an_altered_table_is_refused() {
    for statement in [
        "CREATE VIEW every_step AS SELECT * FROM step",
        "CREATE TABLE notes (text TEXT)",
        "ALTER TABLE step ADD COLUMN secret TEXT",
        "CREATE INDEX step_title ON step (title)",
    ] {
        let f = fixture().await;
        let path = f.workspace.path().to_owned();
        f.workspace.close().await;
        execute(&path, &[statement]).await;
        refused(&path, "objects Touchmap does not create").await;
    }
}

#[tokio::test]
async fn an_sqlite_file_with_no_tables_is_refused_not_converted() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("empty.touchmap");
    // A schema change then its undo: a valid SQLite file with a header and no tables.
    execute(&path, &["CREATE TABLE t (x)", "DROP TABLE t"]).await;
    refused(&path, "another program, or an empty one").await;
}

#[tokio::test]
async fn an_sqlite_file_with_only_a_view_is_refused_not_converted() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("view.touchmap");
    execute(&path, &["CREATE VIEW v AS SELECT 1 AS one"]).await;
    refused(&path, "another program, or an empty one").await;
}

#[tokio::test]
async fn a_file_in_write_ahead_log_mode_is_refused_and_its_journal_mode_kept() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("wal.touchmap");
    execute(
        &path,
        &[
            "PRAGMA journal_mode = WAL",
            "CREATE TABLE contacts (name TEXT)",
        ],
    )
    .await;
    refused(&path, "another program").await;
    // Even with our mark, a write-ahead-log file is not ours.
    execute(&path, &["PRAGMA application_id = 1414349136"]).await;
    refused(&path, "write-ahead-log mode").await;
}

#[tokio::test]
async fn a_fifo_given_as_workspace_is_refused_without_blocking() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("pipe.touchmap");
    let made = std::process::Command::new("mkfifo")
        .arg(&path)
        .status()
        .unwrap();
    assert!(made.success());
    let opened = tokio::time::timeout(Duration::from_secs(5), Workspace::open(&path)).await;
    let error = opened.expect("opening a FIFO blocked").unwrap_err();
    assert!(matches!(error, Error::NotAWorkspace { .. }), "{error:?}");
    assert!(error.to_string().contains("not a regular file"), "{error}");
    let error = Workspace::open(Path::new("/dev/zero")).await.unwrap_err();
    assert!(error.to_string().contains("not a regular file"), "{error}");
}

/// The bug: the probe read with `immutable`, ignoring the journal, and called a workspace
/// whose import had crashed half-way "damaged".
#[tokio::test]
async fn a_workspace_left_with_a_hot_journal_by_a_crash_opens_with_its_last_content() {
    let f = fixture().await;
    let path = f.workspace.path().to_owned();
    let content = f.workspace.snapshot().await.unwrap();
    let crashed = f.path("crashed.touchmap");
    f.workspace.close().await;
    {
        let mut conn = raw(&path).await;
        // A small cache spills the write into the file before commit, as a large import does.
        sqlx::query("PRAGMA cache_size = 4")
            .execute(&mut conn)
            .await
            .unwrap();
        sqlx::query("BEGIN IMMEDIATE")
            .execute(&mut conn)
            .await
            .unwrap();
        for i in 0..300 {
            sqlx::query("UPDATE stage SET name = ? || name")
                .bind(format!("{i:03}-{}", "x".repeat(500)))
                .execute(&mut conn)
                .await
                .unwrap();
        }
        // What a kill -9 now leaves on disk: the half-written file and its hot journal.
        std::fs::copy(&path, &crashed).unwrap();
        let journal = |p: &Path| format!("{}-journal", p.display());
        std::fs::copy(journal(&path), journal(&crashed)).unwrap();
        assert!(!bytes(Path::new(&journal(&crashed))).is_empty());
        sqlx::query("ROLLBACK").execute(&mut conn).await.unwrap();
        conn.close().await.unwrap();
    }
    let opened = Workspace::open(&crashed).await.unwrap();
    assert_eq!(opened.snapshot().await.unwrap(), content);
    opened.close().await;
    assert!(!Path::new(&format!("{}-journal", crashed.display())).exists());
}

/// The bug: a file read while another process committed to it was called "damaged".
#[tokio::test]
async fn a_workspace_another_process_is_writing_is_waited_for_not_called_damaged() {
    let f = fixture().await;
    let path = f.workspace.path().to_owned();
    f.workspace.close().await;
    let mut writer = raw(&path).await;
    sqlx::query("BEGIN EXCLUSIVE")
        .execute(&mut writer)
        .await
        .unwrap();
    sqlx::query("UPDATE stage SET name = 'Renamed' WHERE position = 0")
        .execute(&mut writer)
        .await
        .unwrap();
    let reader = tokio::spawn({
        let path = path.clone();
        async move {
            let workspace = Workspace::open(&path).await?;
            let stages = workspace.snapshot().await?.stages;
            workspace.close().await;
            Ok::<_, Error>(stages)
        }
    });
    tokio::time::sleep(Duration::from_millis(300)).await;
    sqlx::query("COMMIT").execute(&mut writer).await.unwrap();
    writer.close().await.unwrap();
    let stages = reader.await.unwrap().unwrap();
    assert_eq!(stages[0].name, "Renamed");
}

/// The bug: a title of one NUL passed Rust's "not empty" check and failed the database's
/// late in a large import. One definition now, tested on the same inputs as the database.
#[tokio::test]
async fn a_name_the_model_accepts_is_one_the_database_accepts() {
    let f = fixture().await;
    for (i, title) in [
        "",
        " ",
        "\0",
        " \0",
        "\0a",
        "a\0",
        "\t",
        "\n",
        "\u{a0}",
        "a",
        " a ",
        "\u{3000}x",
    ]
    .into_iter()
    .enumerate()
    {
        let mut candidate = step(&format!("s{i}"), title);
        candidate.position = u32::try_from(i).unwrap();
        let written = f
            .workspace
            .apply(
                "Add step",
                &[Change::Put {
                    entity: Entity::Step(candidate),
                }],
            )
            .await;
        if is_blank(title) {
            assert!(
                matches!(written, Err(Error::Invalid(_))),
                "{title:?}: {written:?}"
            );
        } else {
            assert!(
                written.is_ok(),
                "{title:?} refused by the database: {written:?}"
            );
        }
    }
    assert!(is_blank("\0") && is_blank(" \u{a0}\t") && !is_blank("a"));
}

#[tokio::test]
async fn an_interrupted_create_leaves_a_staging_file_the_next_create_removes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("client.touchmap");
    let abandoned = dir.path().join(".client.touchmap.5a1e.partial");
    std::fs::write(&abandoned, b"SQLite format 3\0 half of it").unwrap();
    Workspace::create(&path, &sample::empty(), false)
        .await
        .unwrap()
        .close()
        .await;
    assert!(!abandoned.exists());
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, ["client.touchmap"]);
}
