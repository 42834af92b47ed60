//! Opening the SQLite file: a read-only probe first, then the real connection.

use std::io::Read;
use std::path::Path;
use std::str::FromStr;
use std::time::Duration;

use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{Connection, SqliteConnection, SqlitePool};

use crate::{APPLICATION_ID, Error, Result};

pub(crate) static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations");

/// The newest migration this build knows: the workspace format version.
pub(crate) fn supported_version() -> i64 {
    MIGRATOR.iter().map(|m| m.version).max().unwrap_or(0)
}

/// Checks, without writing a byte, that `path` is a workspace we can open.
pub(crate) async fn probe(path: &Path) -> Result<()> {
    let mut header = [0u8; 16];
    let mut file = std::fs::File::open(path).map_err(|source| match source.kind() {
        std::io::ErrorKind::NotFound => Error::Missing { path: path.into() },
        _ => Error::Io {
            path: path.into(),
            source,
        },
    })?;
    if file.read_exact(&mut header).is_err() || &header != b"SQLite format 3\0" {
        return Err(Error::NotAWorkspace {
            path: path.into(),
            detail: " (it is not an SQLite database)".into(),
        });
    }
    drop(file);

    // `immutable` makes SQLite take no locks and write no journal: the probe cannot change the file.
    let options = SqliteConnectOptions::new()
        .filename(path)
        .read_only(true)
        .immutable(true);
    let corrupt = |error: sqlx::Error| Error::Corrupt {
        path: path.into(),
        detail: error.to_string(),
    };
    let mut conn = SqliteConnection::connect_with(&options)
        .await
        .map_err(corrupt)?;
    let check: String = sqlx::query_scalar("PRAGMA quick_check")
        .fetch_one(&mut conn)
        .await
        .map_err(corrupt)?;
    if check != "ok" {
        return Err(Error::Corrupt {
            path: path.into(),
            detail: check,
        });
    }
    let application_id: i64 = sqlx::query_scalar("PRAGMA application_id")
        .fetch_one(&mut conn)
        .await
        .map_err(corrupt)?;
    let tables: i64 = sqlx::query_scalar("SELECT count(*) FROM sqlite_schema WHERE type = 'table'")
        .fetch_one(&mut conn)
        .await
        .map_err(corrupt)?;
    if application_id != APPLICATION_ID && tables > 0 {
        return Err(Error::NotAWorkspace {
            path: path.into(),
            detail: " (it is an SQLite database of another program)".into(),
        });
    }
    if application_id == APPLICATION_ID {
        let found: Option<i64> =
            sqlx::query_scalar("SELECT max(version) FROM _sqlx_migrations WHERE success")
                .fetch_one(&mut conn)
                .await
                .map_err(corrupt)?;
        let found = found.unwrap_or(0);
        if found > supported_version() {
            return Err(Error::NewerVersion {
                path: path.into(),
                found,
                supported: supported_version(),
            });
        }
    }
    conn.close().await.map_err(corrupt)?;
    Ok(())
}

/// The pool used for all work on one workspace, with migrations applied.
pub(crate) async fn connect(path: &Path, create: bool) -> Result<SqlitePool> {
    let options = SqliteConnectOptions::from_str("sqlite:")?
        .filename(path)
        .create_if_missing(create)
        // Referential integrity is part of the model: a step never points at a deleted stage.
        .foreign_keys(true)
        // A rollback journal, not WAL: between edits the workspace is one self-contained
        // file a consultant can copy or mail, with no -wal/-shm files beside it.
        .journal_mode(SqliteJournalMode::Delete)
        // FULL: an edit the user saw succeed survives a power cut.
        .synchronous(SqliteSynchronous::Full)
        // Another process (the CLI) may hold the file briefly; wait rather than fail.
        .busy_timeout(Duration::from_secs(5));
    // One connection: a desktop workspace has one writer, and a single connection
    // makes every read see every committed edit with no lock contention.
    let pool = SqlitePoolOptions::new()
        .max_connections(1)
        .connect_with(options)
        .await?;
    crate::upgrade::run(&pool).await?;
    MIGRATOR.run(&pool).await?;
    Ok(pool)
}
