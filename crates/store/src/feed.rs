//! Record versions and the change feed.
//!
//! Every write of a record bumps its version and appends a row to the feed, in the same
//! transaction as the write. One client needs neither; they are what lets a second client
//! of the same workspace (a team workspace on a server) follow: it asks for the changes
//! since the last feed position it saw and applies them with the same reducer as its own
//! edits, and a record's version tells it whether what it is about to overwrite is still
//! what it read.

use serde::{Deserialize, Serialize};
use specta::Type;
use sqlx::SqliteConnection;
use touchmap_model::EntityRef;

use crate::changes::Change;
use crate::{Result, tables};

/// How many feed rows are kept; a reader further behind than this reloads everything.
const FEED_DEPTH: i64 = 10_000;

/// One record as it is now, after the writes a feed read covers.
#[derive(Serialize, Deserialize, Type, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct FeedEntry {
    /// The feed position of the record's latest write.
    #[specta(type = f64)]
    pub seq: i64,
    /// The record's version after that write.
    #[specta(type = f64)]
    pub version: i64,
    /// A put of the record as it is now, or its delete.
    pub change: Change,
}

/// What changed since a feed position.
#[derive(Serialize, Deserialize, Type, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Feed {
    /// The feed position this read brings the reader to.
    #[specta(type = f64)]
    pub latest: i64,
    /// Each record written since, once, oldest write first; `None` when the reader is
    /// further behind than the feed reaches (or ahead of it) and must reload everything.
    pub entries: Option<Vec<FeedEntry>>,
}

/// Notes a write of `target`: bumps its version and appends it to the feed.
pub(crate) async fn note(conn: &mut SqliteConnection, target: &EntityRef) -> Result<()> {
    let version: i64 = sqlx::query_scalar(
        "INSERT INTO record_version (kind, id, version) VALUES (?, ?, 1) \
         ON CONFLICT (kind, id) DO UPDATE SET version = version + 1 RETURNING version",
    )
    .bind(target.kind.as_str())
    .bind(&target.id)
    .fetch_one(&mut *conn)
    .await?;
    let seq: i64 =
        sqlx::query_scalar("INSERT INTO feed (kind, id, version) VALUES (?, ?, ?) RETURNING seq")
            .bind(target.kind.as_str())
            .bind(&target.id)
            .bind(version)
            .fetch_one(&mut *conn)
            .await?;
    sqlx::query("DELETE FROM feed WHERE seq <= ?")
        .bind(seq - FEED_DEPTH)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// The feed position of the latest write (0 before any).
pub(crate) async fn latest(conn: &mut SqliteConnection) -> Result<i64> {
    Ok(
        sqlx::query_scalar("SELECT seq FROM sqlite_sequence WHERE name = 'feed'")
            .fetch_optional(&mut *conn)
            .await?
            .unwrap_or(0),
    )
}

/// The version of `target` (0 for a record never written since versions exist).
pub(crate) async fn version(conn: &mut SqliteConnection, target: &EntityRef) -> Result<i64> {
    Ok(
        sqlx::query_scalar("SELECT version FROM record_version WHERE kind = ? AND id = ?")
            .bind(target.kind.as_str())
            .bind(&target.id)
            .fetch_optional(&mut *conn)
            .await?
            .unwrap_or(0),
    )
}

/// What changed after feed position `since`.
pub(crate) async fn since(conn: &mut SqliteConnection, since: i64) -> Result<Feed> {
    let latest = latest(conn).await?;
    let oldest: Option<i64> = sqlx::query_scalar("SELECT min(seq) FROM feed")
        .fetch_one(&mut *conn)
        .await?;
    let reachable = since <= latest && oldest.is_none_or(|oldest| since >= oldest - 1);
    if !reachable {
        return Ok(Feed {
            latest,
            entries: None,
        });
    }
    let rows: Vec<(i64, String, String, i64)> = sqlx::query_as(
        "SELECT max(seq) AS last, kind, id, version FROM feed WHERE seq > ? \
         GROUP BY kind, id ORDER BY last",
    )
    .bind(since)
    .fetch_all(&mut *conn)
    .await?;
    let mut entries = Vec::with_capacity(rows.len());
    for (seq, kind, id, version) in rows {
        let target = EntityRef {
            kind: serde_json::from_value(serde_json::Value::String(kind))?,
            id,
        };
        let change = match tables::get(conn, &target).await? {
            Some(entity) => Change::Put { entity },
            None => Change::Delete { target },
        };
        entries.push(FeedEntry {
            seq,
            version,
            change,
        });
    }
    Ok(Feed {
        latest,
        entries: Some(entries),
    })
}
