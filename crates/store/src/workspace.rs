//! An open workspace file and everything a user can do with it.

use std::path::{Path, PathBuf};

use serde::Serialize;
use specta::Type;
use sqlx::{SqliteConnection, SqlitePool};
use touchmap_model::{
    Bundle, BundleRecords, Entity, EntityKind, EntityRef, Journey, Segment, Step, WorkspaceDocument,
};

use crate::changes::{self, Change};
use crate::history::{self, HistoryState};
use crate::{Error, Result, connection, tables};

/// What an edit, undo or redo wrote: the changes in the order applied (an undo's are the
/// inverse changes), and what undo and redo would do next.
#[derive(Serialize, Type, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Applied {
    pub changes: Vec<Change>,
    pub history: HistoryState,
}

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

    /// Applies one user edit in one transaction and records it for undo. Returns every
    /// change written, the cascades included, for the UI to apply to what it shows.
    pub async fn apply(&self, label: &str, edit: &[Change]) -> Result<Applied> {
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        let (forward, inverse) = changes::apply(&mut tx, edit).await?;
        history::record(&mut tx, label, &forward, &inverse).await?;
        let history = history::state(&mut tx).await?;
        tx.commit().await?;
        Ok(Applied {
            changes: forward,
            history,
        })
    }

    /// Undoes the latest edit; with nothing to undo, no change.
    pub async fn undo(&self) -> Result<Applied> {
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        let changes = history::undo(&mut tx).await?.map(|(_, c)| c);
        let history = history::state(&mut tx).await?;
        tx.commit().await?;
        Ok(Applied {
            changes: changes.unwrap_or_default(),
            history,
        })
    }

    /// Redoes the edit undone last; with nothing to redo, no change.
    pub async fn redo(&self) -> Result<Applied> {
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        let changes = history::redo(&mut tx).await?.map(|(_, c)| c);
        let history = history::state(&mut tx).await?;
        tx.commit().await?;
        Ok(Applied {
            changes: changes.unwrap_or_default(),
            history,
        })
    }

    /// The records one bundle's simulation reads (see [`BundleRecords`]).
    pub async fn bundle_records(&self, bundle_id: &str) -> Result<BundleRecords> {
        let mut conn = self.pool.acquire().await?;
        let bundle = match tables::get(
            &mut conn,
            &EntityRef {
                kind: EntityKind::Bundle,
                id: bundle_id.into(),
            },
        )
        .await?
        {
            Some(Entity::Bundle(bundle)) => bundle,
            _ => {
                return Err(Error::NotFound {
                    kind: "bundle",
                    id: bundle_id.into(),
                });
            }
        };
        let mut records = BundleRecords {
            bundle,
            segments: vec![],
            channels: vec![],
            silos: vec![],
            services: vec![],
            activation: None,
            scenarios: vec![],
        };
        for kind in [EntityKind::Segment, EntityKind::Channel, EntityKind::Silo] {
            for entity in tables::list(&mut conn, kind).await? {
                match entity {
                    Entity::Segment(e) => records.segments.push(e),
                    Entity::Channel(e) => records.channels.push(e),
                    Entity::Silo(e) => records.silos.push(e),
                    _ => {}
                }
            }
        }
        for kind in [
            EntityKind::Service,
            EntityKind::Activation,
            EntityKind::Scenario,
        ] {
            for entity in tables::children(&mut conn, kind, "bundle_id", bundle_id).await? {
                match entity {
                    Entity::Service(e) => records.services.push(e),
                    Entity::Activation(e) => records.activation = Some(e),
                    Entity::Scenario(e) => records.scenarios.push(e),
                    _ => {}
                }
            }
        }
        Ok(records)
    }

    /// The bundles, in their order.
    pub async fn bundles(&self) -> Result<Vec<Bundle>> {
        let mut conn = self.pool.acquire().await?;
        Ok(tables::list(&mut conn, EntityKind::Bundle)
            .await?
            .into_iter()
            .filter_map(|e| match e {
                Entity::Bundle(b) => Some(b),
                _ => None,
            })
            .collect())
    }

    /// The segments, in their order.
    pub async fn segments(&self) -> Result<Vec<Segment>> {
        let mut conn = self.pool.acquire().await?;
        Ok(tables::list(&mut conn, EntityKind::Segment)
            .await?
            .into_iter()
            .filter_map(|e| match e {
                Entity::Segment(s) => Some(s),
                _ => None,
            })
            .collect())
    }

    /// The journeys and their steps: what the friction score reads of the journey maps.
    pub async fn journeys(&self) -> Result<(Vec<Journey>, Vec<Step>)> {
        let mut conn = self.pool.acquire().await?;
        let mut journeys = Vec::new();
        let mut steps = Vec::new();
        for kind in [EntityKind::Journey, EntityKind::Step] {
            for entity in tables::list(&mut conn, kind).await? {
                match entity {
                    Entity::Journey(e) => journeys.push(e),
                    Entity::Step(e) => steps.push(e),
                    _ => {}
                }
            }
        }
        Ok((journeys, steps))
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
    let mut document = WorkspaceDocument::empty();
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
                Entity::Scenario(e) => document.scenarios.push(e),
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
