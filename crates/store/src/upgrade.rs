//! Converting workspace files written before the one-model format (migration 3).
//!
//! Migration 3 reshapes segments and activations, which SQL alone cannot do (the old
//! activation is a whole flow model in JSON). So a file at an older version is upgraded
//! here, in **one** transaction: read its content as a version-1 document, apply the
//! missing migrations' SQL, write the converted records ([`touchmap_model::legacy`], the
//! same conversion a version-1 JSON import goes through) and record the migrations as
//! applied. A crash or an error leaves the file exactly as it was.
//!
//! The undo history is cleared: its entries hold records of the old shape, which could not
//! be undone into the new one. Saved runs keep their model and results as they were.

use sqlx::migrate::Migration;
use sqlx::{Executor, Row, SqliteConnection, SqlitePool};
use touchmap_model::legacy::{ActivationV1, DocumentV1, SegmentV1, upgrade};
use touchmap_model::taxonomy::Channel;

use crate::changes::{self, Change};
use crate::connection::MIGRATOR;
use crate::{Result, tables, transaction};

/// The first migration whose records this module converts.
const ONE_MODEL: i64 = 3;

/// Upgrades the file behind `pool` if it was written before migration 3; a new or current
/// file is left to the ordinary migrations.
pub(crate) async fn run(pool: &SqlitePool) -> Result<()> {
    let mut tx = transaction::begin(pool).await?;
    let result = convert(&mut tx).await;
    transaction::finish(tx, result).await
}

/// The conversion itself, inside the caller's transaction.
async fn convert(tx: &mut SqliteConnection) -> Result<()> {
    let Some(version) = applied_version(&mut *tx).await? else {
        return Ok(()); // a new file: the migrations create it at the current version
    };
    if version >= ONE_MODEL {
        return Ok(());
    }
    // Owned copies: references held across an await would make this future not `Send`
    // (the compiler cannot prove it for every lifetime).
    let missing: Vec<Migration> = MIGRATOR
        .iter()
        .filter(|m| m.version > version && m.version < ONE_MODEL)
        .cloned()
        .collect();
    for migration in missing {
        apply_migration(&mut *tx, migration).await?;
    }
    let old = read_version_1(&mut *tx).await?;
    let converted: Vec<Change> = upgrade(old)
        .entities()
        .into_iter()
        .map(|(_, entity)| Change::Put { entity })
        .collect();
    // Every later migration too: the converted records are written through the current
    // tables (and noted in the change feed of migration 4).
    let current: Vec<Migration> = MIGRATOR
        .iter()
        .filter(|m| m.version >= ONE_MODEL)
        .cloned()
        .collect();
    for migration in current {
        apply_migration(&mut *tx, migration).await?;
    }
    changes::replay(&mut *tx, &converted).await?;
    sqlx::query("DELETE FROM history").execute(&mut *tx).await?;
    Ok(())
}

/// The newest migration applied, or `None` for a file with no tables yet.
async fn applied_version(conn: &mut SqliteConnection) -> Result<Option<i64>> {
    let exists: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = '_sqlx_migrations'",
    )
    .fetch_one(&mut *conn)
    .await?;
    if exists == 0 {
        return Ok(None);
    }
    let version: Option<i64> =
        sqlx::query_scalar("SELECT max(version) FROM _sqlx_migrations WHERE success")
            .fetch_one(&mut *conn)
            .await?;
    Ok(version)
}

/// Runs one migration's SQL and records it the way sqlx's migrator does, so the migrator
/// later sees it as applied.
async fn apply_migration(conn: &mut SqliteConnection, migration: Migration) -> Result<()> {
    // As sqlx's own migrator runs a migration: all its statements in one string.
    conn.execute(&*migration.sql).await?;
    sqlx::query(
        "INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time) \
         VALUES (?, ?, TRUE, ?, -1)",
    )
    .bind(migration.version)
    .bind(migration.description.as_ref())
    .bind(migration.checksum.as_ref())
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// The content of a file at migration 2, as a version-1 document.
async fn read_version_1(conn: &mut SqliteConnection) -> Result<DocumentV1> {
    let mut segments = Vec::new();
    let rows = sqlx::query(
        "SELECT id, name, description, share, value_tier, channel_preferences, patience_days, \
         patience_contacts, colour FROM segment ORDER BY rowid",
    )
    .fetch_all(&mut *conn)
    .await?;
    for row in rows {
        segments.push(SegmentV1 {
            id: row.try_get("id")?,
            name: row.try_get("name")?,
            description: row.try_get("description")?,
            share: row.try_get("share")?,
            value_tier: serde_json::from_value(serde_json::Value::String(
                row.try_get("value_tier")?,
            ))?,
            channel_preferences: serde_json::from_str(
                &row.try_get::<String, _>("channel_preferences")?,
            )?,
            patience_days: row.try_get("patience_days")?,
            patience_contacts: row
                .try_get::<i64, _>("patience_contacts")?
                .clamp(0, u32::MAX.into()) as u32,
            colour: row.try_get("colour")?,
        });
    }
    let mut activations = Vec::new();
    let rows = sqlx::query("SELECT id, bundle_id, model FROM activation ORDER BY rowid")
        .fetch_all(&mut *conn)
        .await?;
    for row in rows {
        activations.push(ActivationV1 {
            id: row.try_get("id")?,
            bundle_id: row.try_get("bundle_id")?,
            model: serde_json::from_str(&row.try_get::<String, _>("model")?)?,
        });
    }
    // Channels by their columns at migration 2: the current table has columns added since
    // (a contact's cost, migration 6) that a file at migration 2 does not have yet.
    let mut channels = Vec::new();
    let rows = sqlx::query("SELECT id, name, kind, position FROM channel ORDER BY position, rowid")
        .fetch_all(&mut *conn)
        .await?;
    for row in rows {
        channels.push(Channel {
            id: row.try_get("id")?,
            name: row.try_get("name")?,
            kind: serde_json::from_value(serde_json::Value::String(row.try_get("kind")?))?,
            position: row.try_get::<i64, _>("position")?.clamp(0, u32::MAX.into()) as u32,
            contact_cost: None,
        });
    }
    Ok(DocumentV1 {
        format: touchmap_model::FORMAT_NAME.into(),
        version: 1,
        stages: tables::records(conn).await?,
        channels,
        segments,
        journeys: tables::records(conn).await?,
        steps: tables::records(conn).await?,
        silos: tables::records(conn).await?,
        bundles: tables::records(conn).await?,
        services: tables::records(conn).await?,
        activations,
    })
}

#[cfg(test)]
mod tests {
    #[tokio::test]
    async fn the_upgrade_can_run_on_any_thread() {
        fn is_send<T: Send>(_: T) {}
        let pool = sqlx::SqlitePool::connect_lazy("sqlite::memory:").unwrap();
        is_send(super::run(&pool));
    }
}
