//! Every write to a workspace is one transaction that is committed whole or rolled back
//! before the call returns.
//!
//! Why not rely on dropping the transaction: sqlx then only *queues* the rollback on the
//! connection's worker thread. A CLI that reports the error and exits at once never runs
//! it, and a large write that SQLite had already spilled into the file is left behind with
//! a hot journal. Rolling back here, awaited, leaves the file exactly as it was.

use sqlx::{Sqlite, SqlitePool, Transaction};

use crate::Result;

/// Starts a write transaction. `BEGIN IMMEDIATE` takes the write lock at once, so a second
/// process waits (busy timeout) instead of failing half-way through.
pub(crate) async fn begin(pool: &SqlitePool) -> Result<Transaction<'static, Sqlite>> {
    Ok(pool.begin_with("BEGIN IMMEDIATE").await?)
}

/// Commits `tx` if `result` is a success, rolls it back otherwise; returns `result`.
pub(crate) async fn finish<T>(tx: Transaction<'static, Sqlite>, result: Result<T>) -> Result<T> {
    match result {
        Ok(value) => {
            tx.commit().await?;
            Ok(value)
        }
        Err(error) => {
            // The error the user needs is the one that stopped the write; a failed rollback
            // leaves a hot journal, which the next open rolls back (see `connection`).
            let _ = tx.rollback().await;
            Err(error)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Error, Workspace, sample};

    /// The bug: a refused import returned before its rollback ran, and a CLI exiting at
    /// once left the file modified with a hot journal.
    #[tokio::test]
    async fn a_refused_write_leaves_the_file_exactly_as_it_was_when_the_call_returns() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("client.touchmap");
        let workspace = Workspace::create(&path, &sample::document(), false)
            .await
            .unwrap();
        let size_before = std::fs::metadata(&path).unwrap().len();
        let content_before = workspace.snapshot().await.unwrap();
        // A small page cache makes SQLite spill the write into the file before commit,
        // as a large import does.
        sqlx::query("PRAGMA cache_size = 4")
            .execute(workspace.pool())
            .await
            .unwrap();
        let mut tx = begin(workspace.pool()).await.unwrap();
        let result: Result<()> = async {
            for i in 0..2_000 {
                sqlx::query("UPDATE step SET description = ? WHERE rowid = (? % 76) + 1")
                    .bind("x".repeat(2_000))
                    .bind(i)
                    .execute(&mut *tx)
                    .await?;
            }
            let journal = std::fs::metadata(dir.path().join("client.touchmap-journal"));
            assert!(journal.is_ok_and(|m| m.len() > 0), "nothing was spilled");
            Err(Error::InUse("refused late".into()))
        }
        .await;
        assert!(finish(tx, result).await.is_err());
        assert!(!dir.path().join("client.touchmap-journal").exists());
        // Byte for byte, free pages SQLite reused may differ (it does not journal their
        // stale content); what the file holds is identical, and it is whole.
        assert_eq!(std::fs::metadata(&path).unwrap().len(), size_before);
        assert!(workspace.snapshot().await.unwrap() == content_before);
        workspace.close().await;
        Workspace::open(&path).await.unwrap().close().await;
    }
}
