//! The undo history, kept in the workspace so it survives a restart.

use serde::{Deserialize, Serialize};
use specta::Type;
use sqlx::SqliteConnection;

use crate::Result;
use crate::changes::{self, Change};

/// How many edits are kept for undo; older ones are forgotten.
pub(crate) const HISTORY_DEPTH: i64 = 500;

/// What undo and redo would do now.
#[derive(Serialize, Deserialize, Type, Clone, Debug, PartialEq, Default)]
#[serde(rename_all = "camelCase")]
pub struct HistoryState {
    pub undo: Option<String>,
    pub redo: Option<String>,
}

/// Records an applied edit; a new edit forgets what had been undone.
pub(crate) async fn record(
    conn: &mut SqliteConnection,
    label: &str,
    forward: &[Change],
    inverse: &[Change],
) -> Result<()> {
    sqlx::query("DELETE FROM history WHERE undone = 1")
        .execute(&mut *conn)
        .await?;
    sqlx::query("INSERT INTO history (label, forward, inverse, at) VALUES (?, ?, ?, ?)")
        .bind(label)
        .bind(serde_json::to_string(forward)?)
        .bind(serde_json::to_string(inverse)?)
        .bind(chrono::Utc::now().to_rfc3339())
        .execute(&mut *conn)
        .await?;
    sqlx::query("DELETE FROM history WHERE seq <= (SELECT max(seq) FROM history) - ?")
        .bind(HISTORY_DEPTH)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Undoes the latest edit; returns its label, or `None` when there is nothing to undo.
pub(crate) async fn undo(conn: &mut SqliteConnection) -> Result<Option<String>> {
    let row: Option<(i64, String, String)> = sqlx::query_as(
        "SELECT seq, label, inverse FROM history WHERE undone = 0 ORDER BY seq DESC LIMIT 1",
    )
    .fetch_optional(&mut *conn)
    .await?;
    let Some((seq, label, inverse)) = row else {
        return Ok(None);
    };
    changes::replay(conn, &serde_json::from_str::<Vec<Change>>(&inverse)?).await?;
    sqlx::query("UPDATE history SET undone = 1 WHERE seq = ?")
        .bind(seq)
        .execute(&mut *conn)
        .await?;
    Ok(Some(label))
}

/// Redoes the earliest undone edit; returns its label, or `None` when there is nothing to redo.
pub(crate) async fn redo(conn: &mut SqliteConnection) -> Result<Option<String>> {
    let row: Option<(i64, String, String)> = sqlx::query_as(
        "SELECT seq, label, forward FROM history WHERE undone = 1 ORDER BY seq ASC LIMIT 1",
    )
    .fetch_optional(&mut *conn)
    .await?;
    let Some((seq, label, forward)) = row else {
        return Ok(None);
    };
    changes::replay(conn, &serde_json::from_str::<Vec<Change>>(&forward)?).await?;
    sqlx::query("UPDATE history SET undone = 0 WHERE seq = ?")
        .bind(seq)
        .execute(&mut *conn)
        .await?;
    Ok(Some(label))
}

pub(crate) async fn state(conn: &mut SqliteConnection) -> Result<HistoryState> {
    let undo =
        sqlx::query_scalar("SELECT label FROM history WHERE undone = 0 ORDER BY seq DESC LIMIT 1")
            .fetch_optional(&mut *conn)
            .await?;
    let redo =
        sqlx::query_scalar("SELECT label FROM history WHERE undone = 1 ORDER BY seq ASC LIMIT 1")
            .fetch_optional(&mut *conn)
            .await?;
    Ok(HistoryState { undo, redo })
}

/// Forgets all history (after building the sample, which is not the user's edit).
pub(crate) async fn clear(conn: &mut SqliteConnection) -> Result<()> {
    sqlx::query("DELETE FROM history")
        .execute(&mut *conn)
        .await?;
    Ok(())
}
