//! An open workspace file and everything a user can do with it.

use std::path::{Path, PathBuf};

use sqlx::{SqliteConnection, SqlitePool};
use touchmap_model::{
    Entity, EntityKind, EntityRef, FORMAT_NAME, FORMAT_VERSION, WorkspaceDocument,
};

use crate::changes::{self, Change};
use crate::history::{self, HistoryState};
use crate::{Error, Result, connection, tables};

/// An open `.touchmap` file.
#[derive(Debug)]
pub struct Workspace {
    pool: SqlitePool,
    path: PathBuf,
}

impl Workspace {
    /// Opens an existing workspace, refusing (and leaving untouched) anything that
    /// is not one, is damaged, or comes from a newer Touchmap.
    pub async fn open(path: &Path) -> Result<Workspace> {
        connection::probe(path).await?;
        let pool = connection::connect(path, false).await?;
        Ok(Workspace {
            pool,
            path: path.to_owned(),
        })
    }

    /// Creates a workspace at `path` holding `content`, atomically: it is built in a
    /// temporary file beside `path` and renamed into place only when complete.
    /// An existing file at `path` is replaced only if `replace` is set.
    pub async fn create(
        path: &Path,
        content: &WorkspaceDocument,
        replace: bool,
    ) -> Result<Workspace> {
        if !replace && path.exists() {
            return Err(Error::AlreadyExists { path: path.into() });
        }
        let staging = staging_path(path);
        let built = async {
            let pool = connection::connect(&staging, true).await?;
            let workspace = Workspace {
                pool,
                path: staging.clone(),
            };
            workspace.import(content).await?;
            let mut conn = workspace.pool.acquire().await?;
            history::clear(&mut conn).await?;
            drop(conn);
            workspace.pool.close().await;
            Ok::<_, Error>(())
        }
        .await;
        if let Err(error) = built {
            let _ = std::fs::remove_file(&staging);
            return Err(error);
        }
        std::fs::rename(&staging, path).map_err(|source| Error::Io {
            path: path.into(),
            source,
        })?;
        Workspace::open(path).await
    }

    pub(crate) fn pool(&self) -> &SqlitePool {
        &self.pool
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Writes a consistent copy to `target` (SQLite's `VACUUM INTO`, never a raw copy).
    pub async fn save_copy(&self, target: &Path) -> Result<()> {
        let staging = staging_path(target);
        let result = sqlx::query("VACUUM INTO ?")
            .bind(staging.to_string_lossy().into_owned())
            .execute(&self.pool)
            .await;
        if let Err(error) = result {
            let _ = std::fs::remove_file(&staging);
            return Err(error.into());
        }
        std::fs::rename(&staging, target).map_err(|source| Error::Io {
            path: target.into(),
            source,
        })
    }

    /// Applies one user edit in one transaction and records it for undo.
    pub async fn apply(&self, label: &str, edit: &[Change]) -> Result<()> {
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        let (forward, inverse) = changes::apply(&mut tx, edit).await?;
        history::record(&mut tx, label, &forward, &inverse).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Undoes the latest edit; `None` when there is nothing to undo.
    pub async fn undo(&self) -> Result<Option<String>> {
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        let label = history::undo(&mut tx).await?;
        tx.commit().await?;
        Ok(label)
    }

    /// Redoes the edit undone last; `None` when there is nothing to redo.
    pub async fn redo(&self) -> Result<Option<String>> {
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        let label = history::redo(&mut tx).await?;
        tx.commit().await?;
        Ok(label)
    }

    pub async fn history(&self) -> Result<HistoryState> {
        let mut conn = self.pool.acquire().await?;
        history::state(&mut conn).await
    }

    /// The whole workspace as one document.
    pub async fn snapshot(&self) -> Result<WorkspaceDocument> {
        let mut conn = self.pool.acquire().await?;
        snapshot(&mut conn).await
    }

    /// Replaces the whole content with `document`, as one undoable edit.
    /// The document is checked first; on any problem nothing is changed.
    pub async fn import(&self, document: &WorkspaceDocument) -> Result<()> {
        let problems = document.validate();
        if !problems.is_empty() {
            return Err(Error::Invalid(problems));
        }
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        let current = snapshot(&mut tx).await?;
        // Children before parents when deleting, parents before children when inserting.
        let mut edit: Vec<Change> = current
            .entities()
            .into_iter()
            .rev()
            .map(|(_, entity)| Change::Delete {
                target: entity.reference(),
            })
            .collect();
        edit.extend(
            document
                .entities()
                .into_iter()
                .map(|(_, entity)| Change::Put { entity }),
        );
        let (forward, inverse) = changes::apply(&mut tx, &edit).await?;
        history::record(&mut tx, "Import", &forward, &inverse).await?;
        tx.commit().await?;
        Ok(())
    }

    /// One entity, or [`Error::NotFound`].
    pub async fn get(&self, target: &EntityRef) -> Result<Entity> {
        let mut conn = self.pool.acquire().await?;
        tables::get(&mut conn, target)
            .await?
            .ok_or_else(|| Error::NotFound {
                kind: target.kind.as_str(),
                id: target.id.clone(),
            })
    }

    /// Closes the file; pending work is finished first.
    pub async fn close(self) {
        self.pool.close().await;
    }
}

async fn snapshot(conn: &mut SqliteConnection) -> Result<WorkspaceDocument> {
    let mut document = WorkspaceDocument {
        format: FORMAT_NAME.into(),
        version: FORMAT_VERSION,
        stages: vec![],
        channels: vec![],
        segments: vec![],
        journeys: vec![],
        steps: vec![],
        silos: vec![],
        bundles: vec![],
        services: vec![],
        activations: vec![],
    };
    for kind in EntityKind::ALL {
        for entity in tables::list(conn, kind).await? {
            match entity {
                Entity::Stage(e) => document.stages.push(e),
                Entity::Channel(e) => document.channels.push(e),
                Entity::Segment(e) => document.segments.push(e),
                Entity::Journey(e) => document.journeys.push(e),
                Entity::Step(e) => document.steps.push(e),
                Entity::Silo(e) => document.silos.push(e),
                Entity::Bundle(e) => document.bundles.push(e),
                Entity::Service(e) => document.services.push(e),
                Entity::Activation(e) => document.activations.push(e),
            }
        }
    }
    Ok(document)
}

/// A sibling of `path` to build a file in before renaming it into place.
fn staging_path(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    path.with_file_name(format!(".{name}.{}.partial", uuid::Uuid::new_v4()))
}
