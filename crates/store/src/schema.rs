//! A workspace file carries data, never code: the only schema objects it may hold are the
//! ones Touchmap's migrations create, exactly as they create them.
//!
//! A file could otherwise bring its own triggers (run on every edit: one wiped every step
//! of a workspace on re-import), views or altered tables. So the probe compares the file's
//! `sqlite_schema` with a reference built in memory by the same migrations, up to the
//! file's version, and refuses any difference.

use std::borrow::Cow;
use std::collections::BTreeSet;

use sqlx::SqliteConnection;
use sqlx::migrate::Migrator;
use sqlx::sqlite::SqlitePoolOptions;

use crate::Result;
use crate::connection::MIGRATOR;

/// One row of `sqlite_schema`: type, name, table and defining SQL.
type Object = (String, String, String, Option<String>);

/// How a file's schema differs from what Touchmap creates at `version`: the objects it has
/// that Touchmap does not create, then those it lacks (as "trigger wipe", "table step").
pub(crate) async fn differences(
    conn: &mut SqliteConnection,
    version: i64,
) -> Result<(Vec<String>, Vec<String>)> {
    let expected = reference(version).await?;
    let found = objects(conn).await?;
    let describe = |set: BTreeSet<&Object>| -> Vec<String> {
        set.into_iter()
            .map(|(kind, name, _, _)| format!("{kind} {name}"))
            .collect()
    };
    Ok((
        describe(found.difference(&expected).collect()),
        describe(expected.difference(&found).collect()),
    ))
}

/// The schema the migrations up to `version` create, in an in-memory database.
async fn reference(version: i64) -> Result<BTreeSet<Object>> {
    let migrator = Migrator {
        migrations: Cow::Owned(
            MIGRATOR
                .iter()
                .filter(|m| m.version <= version)
                .cloned()
                .collect(),
        ),
        ..Migrator::DEFAULT
    };
    // A pool, not a bare connection: `Migrator::run` on `&mut SqliteConnection` makes the
    // future not `Send` (the compiler cannot prove it for every lifetime).
    let pool = SqlitePoolOptions::new()
        .max_connections(1)
        .connect("sqlite::memory:")
        .await?;
    migrator.run(&pool).await?;
    let mut conn = pool.acquire().await?;
    let objects = objects(&mut conn).await?;
    drop(conn);
    pool.close().await;
    Ok(objects)
}

async fn objects(conn: &mut SqliteConnection) -> Result<BTreeSet<Object>> {
    let rows: Vec<Object> = sqlx::query_as("SELECT type, name, tbl_name, sql FROM sqlite_schema")
        .fetch_all(&mut *conn)
        .await?;
    Ok(rows
        .into_iter()
        // Statistics SQLite's planner may keep are data, not code.
        .filter(|(_, name, _, _)| !name.starts_with("sqlite_stat"))
        .map(|(kind, name, table, sql)| {
            // sqlx writes its bookkeeping table's SQL; an older sqlx may have worded it
            // differently, which must not make a workspace foreign.
            let sql = if table == "_sqlx_migrations" {
                None
            } else {
                sql
            };
            (kind, name, table, sql)
        })
        .collect())
}
