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

/// Edits closer together than this, with the same label on the same records, are one
/// step: typing in a field or dragging a slider is one user action, not one per key or
/// per position.
const MERGE_WITHIN: chrono::TimeDelta = chrono::TimeDelta::milliseconds(1_500);

/// The records (and runs) `changes` write, in a stable order.
fn targets(changes: &[Change]) -> Vec<(&'static str, &str)> {
    let mut targets: Vec<(&str, &str)> = changes
        .iter()
        .map(|change| match change {
            Change::Put { entity } => (entity.kind().as_str(), entity.id()),
            Change::Delete { target } => (target.kind.as_str(), target.id.as_str()),
            Change::Run { id, .. } => ("run", id.as_str()),
        })
        .collect();
    targets.sort();
    targets.dedup();
    targets
}

/// Records an applied edit; a new edit forgets what had been undone. An edit that
/// continues the latest one (same label, same records, within [`MERGE_WITHIN`]) joins its
/// step: the step's undo still goes back to before the first of them.
pub(crate) async fn record(
    conn: &mut SqliteConnection,
    label: &str,
    forward: &[Change],
    inverse: &[Change],
) -> Result<()> {
    sqlx::query("DELETE FROM history WHERE undone = 1")
        .execute(&mut *conn)
        .await?;
    let now = chrono::Utc::now();
    let latest: Option<(i64, String, String, String)> =
        sqlx::query_as("SELECT seq, label, forward, at FROM history ORDER BY seq DESC LIMIT 1")
            .fetch_optional(&mut *conn)
            .await?;
    if let Some((seq, previous_label, previous_forward, at)) = latest
        && previous_label == label
        && chrono::DateTime::parse_from_rfc3339(&at)
            .is_ok_and(|at| now.signed_duration_since(at) < MERGE_WITHIN)
        && targets(&serde_json::from_str::<Vec<Change>>(&previous_forward)?) == targets(forward)
    {
        sqlx::query("UPDATE history SET forward = ?, at = ? WHERE seq = ?")
            .bind(serde_json::to_string(forward)?)
            .bind(now.to_rfc3339())
            .bind(seq)
            .execute(&mut *conn)
            .await?;
        return Ok(());
    }
    sqlx::query("INSERT INTO history (label, forward, inverse, at) VALUES (?, ?, ?, ?)")
        .bind(label)
        .bind(serde_json::to_string(forward)?)
        .bind(serde_json::to_string(inverse)?)
        .bind(now.to_rfc3339())
        .execute(&mut *conn)
        .await?;
    sqlx::query("DELETE FROM history WHERE seq <= (SELECT max(seq) FROM history) - ?")
        .bind(HISTORY_DEPTH)
        .execute(&mut *conn)
        .await?;
    crate::runs::purge_deleted(conn).await
}

/// Undoes the latest edit; returns its label and the changes that undid it, or `None` when
/// there is nothing to undo.
pub(crate) async fn undo(conn: &mut SqliteConnection) -> Result<Option<(String, Vec<Change>)>> {
    let row: Option<(i64, String, String)> = sqlx::query_as(
        "SELECT seq, label, inverse FROM history WHERE undone = 0 ORDER BY seq DESC LIMIT 1",
    )
    .fetch_optional(&mut *conn)
    .await?;
    let Some((seq, label, inverse)) = row else {
        return Ok(None);
    };
    let inverse = serde_json::from_str::<Vec<Change>>(&inverse)?;
    changes::replay(conn, &inverse).await?;
    sqlx::query("UPDATE history SET undone = 1 WHERE seq = ?")
        .bind(seq)
        .execute(&mut *conn)
        .await?;
    Ok(Some((label, inverse)))
}

/// Redoes the earliest undone edit; returns its label and the changes that redid it, or
/// `None` when there is nothing to redo.
pub(crate) async fn redo(conn: &mut SqliteConnection) -> Result<Option<(String, Vec<Change>)>> {
    let row: Option<(i64, String, String)> = sqlx::query_as(
        "SELECT seq, label, forward FROM history WHERE undone = 1 ORDER BY seq ASC LIMIT 1",
    )
    .fetch_optional(&mut *conn)
    .await?;
    let Some((seq, label, forward)) = row else {
        return Ok(None);
    };
    let forward = serde_json::from_str::<Vec<Change>>(&forward)?;
    changes::replay(conn, &forward).await?;
    sqlx::query("UPDATE history SET undone = 0 WHERE seq = ?")
        .bind(seq)
        .execute(&mut *conn)
        .await?;
    Ok(Some((label, forward)))
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
    crate::runs::purge_deleted(conn).await
}
