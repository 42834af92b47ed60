//! Opening the SQLite file: a probe that refuses what is not a healthy workspace first,
//! then the real connection.

use std::io::Read;
use std::path::Path;
use std::str::FromStr;
use std::time::Duration;

use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{Connection, SqliteConnection, SqlitePool};

use crate::{APPLICATION_ID, Error, Result, schema};

/// How long to wait for another process that is writing the file.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

pub(crate) static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("./migrations");

/// The newest migration this build knows: the workspace format version.
pub(crate) fn supported_version() -> i64 {
    MIGRATOR.iter().map(|m| m.version).max().unwrap_or(0)
}

/// The first bytes of every SQLite database file.
const MAGIC: &[u8; 16] = b"SQLite format 3\0";

/// Why a database that does not carry Touchmap's `application_id` is refused.
const FOREIGN: &str = "it is an SQLite database of another program, or an empty one";

/// `path` is refused as not a workspace, for `reason`; the probe changed nothing in it.
fn not_ours(path: &Path, reason: &str) -> Error {
    Error::NotAWorkspace {
        path: path.into(),
        detail: format!(" ({reason}); it was left untouched"),
    }
}

/// Checks that `path` is a workspace we can open, changing nothing in it but what SQLite
/// does on any open: roll back a hot journal a crash left behind, restoring the last
/// committed content. A file that is not ours is refused from its header, unopened.
pub(crate) async fn probe(path: &Path) -> Result<()> {
    let header = header(path)?;
    // A journal beside the file may hold the header of the last committed content, so the
    // header is judged only once SQLite has rolled it back (below).
    let hot_journal = journal_path(path).exists();
    if !hot_journal && header_application_id(&header) != APPLICATION_ID {
        return Err(not_ours(path, FOREIGN));
    }
    // Bytes 18 and 19 are 2 in write-ahead-log mode, which Touchmap never uses; opening
    // such a file would create -wal and -shm files beside it.
    if header[18] == 2 || header[19] == 2 {
        return Err(not_ours(
            path,
            "it is an SQLite database in write-ahead-log mode",
        ));
    }

    // Read-write without creating, and without setting the journal mode: the only write
    // is SQLite's own hot-journal rollback. The busy timeout waits for a writer in another
    // process to finish instead of reading a file half-way through its commit.
    let options = SqliteConnectOptions::new()
        .filename(path)
        .create_if_missing(false)
        .busy_timeout(BUSY_TIMEOUT);
    let mut conn = SqliteConnection::connect_with(&options)
        .await
        .map_err(|error| opening(path, error))?;
    let checked = check(&mut conn, path).await;
    let closed = conn.close().await.map_err(|error| opening(path, error));
    checked?;
    closed
}

/// The checks the probe runs on an open connection.
async fn check(conn: &mut SqliteConnection, path: &Path) -> Result<()> {
    let failed = |error: sqlx::Error| opening(path, error);
    let check: String = sqlx::query_scalar("PRAGMA quick_check")
        .fetch_one(&mut *conn)
        .await
        .map_err(failed)?;
    if check != "ok" {
        return Err(Error::Corrupt {
            path: path.into(),
            detail: check,
        });
    }
    let application_id: i64 = sqlx::query_scalar("PRAGMA application_id")
        .fetch_one(&mut *conn)
        .await
        .map_err(failed)?;
    if application_id != APPLICATION_ID {
        return Err(not_ours(path, FOREIGN));
    }
    let has_versions: bool = sqlx::query_scalar(
        "SELECT count(*) > 0 FROM sqlite_schema WHERE type = 'table' AND name = '_sqlx_migrations'",
    )
    .fetch_one(&mut *conn)
    .await
    .map_err(failed)?;
    if !has_versions {
        return Err(not_ours(path, "it has no Touchmap tables"));
    }
    let found: Option<i64> =
        sqlx::query_scalar("SELECT max(version) FROM _sqlx_migrations WHERE success")
            .fetch_one(&mut *conn)
            .await
            .map_err(failed)?;
    let found = found.unwrap_or(0);
    if found > supported_version() {
        return Err(Error::NewerVersion {
            path: path.into(),
            found,
            supported: supported_version(),
        });
    }
    let (extra, missing) = schema::differences(conn, found).await?;
    if !extra.is_empty() {
        return Err(not_ours(
            path,
            &format!(
                "it holds database objects Touchmap does not create: {}",
                extra.join(", ")
            ),
        ));
    }
    if !missing.is_empty() {
        return Err(Error::Corrupt {
            path: path.into(),
            detail: format!("it lacks {}", missing.join(", ")),
        });
    }
    Ok(())
}

/// The first 100 bytes of `path` (SQLite's header), refusing what cannot be a workspace
/// without reading further: a missing file, a directory, a FIFO or device (which could
/// block or never end), a file too short or without SQLite's magic.
fn header(path: &Path) -> Result<[u8; 100]> {
    let io = |source: std::io::Error| match source.kind() {
        std::io::ErrorKind::NotFound => Error::Missing { path: path.into() },
        _ => Error::Io {
            path: path.into(),
            source,
        },
    };
    let metadata = std::fs::metadata(path).map_err(io)?;
    if !metadata.is_file() {
        return Err(not_ours(path, "it is not a regular file"));
    }
    let mut header = [0u8; 100];
    let mut file = std::fs::File::open(path).map_err(io)?;
    if file.read_exact(&mut header).is_err() || &header[..16] != MAGIC {
        return Err(not_ours(path, "it is not an SQLite database"));
    }
    Ok(header)
}

/// `PRAGMA application_id` as the header stores it: big-endian at offset 68.
fn header_application_id(header: &[u8; 100]) -> i64 {
    i64::from(i32::from_be_bytes([
        header[68], header[69], header[70], header[71],
    ]))
}

/// The rollback journal SQLite keeps beside `path` while a write is under way.
fn journal_path(path: &Path) -> std::path::PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push("-journal");
    name.into()
}

/// What a failure to open or read `path` means for the user: "damaged" only when SQLite
/// says the file is (SQLITE_CORRUPT, SQLITE_NOTADB); otherwise the file may be fine and
/// the message says what went wrong.
fn opening(path: &Path, error: sqlx::Error) -> Error {
    let code = match &error {
        sqlx::Error::Database(e) => e.code().map(|c| c.into_owned()),
        _ => None,
    };
    // Extended result codes keep the primary code in their low byte.
    let primary = code.and_then(|c| c.parse::<i32>().ok()).map(|c| c & 0xff);
    match primary {
        Some(11 | 26) => Error::Corrupt {
            path: path.into(),
            detail: error.to_string(),
        },
        _ => Error::Unopenable {
            path: path.into(),
            detail: error.to_string(),
        },
    }
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
        .busy_timeout(BUSY_TIMEOUT);
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
