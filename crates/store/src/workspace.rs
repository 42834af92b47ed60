//! An open workspace file and everything a user can do with it.

use std::path::{Path, PathBuf};

use serde::Serialize;
use specta::Type;
use sqlx::{SqliteConnection, SqlitePool};
use touchmap_model::{
    Bundle, BundleRecords, Entity, EntityKind, EntityRef, Journey, Record, Segment, Step,
    WorkspaceDocument,
};

use crate::changes::{self, Change};
use crate::feed::{self, Feed};
use crate::history::{self, HistoryState};
use crate::staging::Staging;
use crate::{Error, Result, connection, tables, transaction};

/// What an edit, undo or redo wrote: the changes in the order applied (an undo's are the
/// inverse changes), and what undo and redo would do next.
#[derive(Serialize, Type, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Applied {
    pub changes: Vec<Change>,
    pub history: HistoryState,
    /// The change-feed position after this write (see [`Workspace::feed_since`]).
    /// A number in TypeScript: exact up to 2^53 writes.
    #[specta(type = f64)]
    pub feed: i64,
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
        let staging = Staging::new(path)?;
        let built = async {
            let pool = connection::connect(staging.path(), true).await?;
            let workspace = Workspace {
                pool,
                path: staging.path().to_owned(),
            };
            let filled = async {
                workspace.import(content).await?;
                let mut conn = workspace.pool.acquire().await?;
                history::clear(&mut conn).await
            }
            .await;
            // Closed on every path: the staging file is removed or renamed next.
            workspace.pool.close().await;
            filled
        }
        .await;
        match built {
            Ok(()) => staging.finish(path)?,
            Err(error) => {
                staging.abandon();
                return Err(error);
            }
        }
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
        let staging = Staging::new(target)?;
        let result = sqlx::query("VACUUM INTO ?")
            .bind(staging.path().to_string_lossy().into_owned())
            .execute(&self.pool)
            .await;
        match result {
            Ok(_) => staging.finish(target),
            Err(error) => {
                staging.abandon();
                Err(error.into())
            }
        }
    }

    /// Applies one user edit in one transaction and records it for undo. Returns every
    /// change written, the cascades included, for the UI to apply to what it shows.
    pub async fn apply(&self, label: &str, edit: &[Change]) -> Result<Applied> {
        let mut tx = transaction::begin(&self.pool).await?;
        let result = async {
            let (forward, inverse) = changes::apply(&mut tx, edit).await?;
            history::record(&mut tx, label, &forward, &inverse).await?;
            applied(&mut tx, forward).await
        }
        .await;
        transaction::finish(tx, result).await
    }

    /// Undoes the latest edit; with nothing to undo, no change.
    pub async fn undo(&self) -> Result<Applied> {
        let mut tx = transaction::begin(&self.pool).await?;
        let result = async {
            let changes = history::undo(&mut tx).await?.map(|(_, c)| c);
            applied(&mut tx, changes.unwrap_or_default()).await
        }
        .await;
        transaction::finish(tx, result).await
    }

    /// Redoes the edit undone last; with nothing to redo, no change.
    pub async fn redo(&self) -> Result<Applied> {
        let mut tx = transaction::begin(&self.pool).await?;
        let result = async {
            let changes = history::redo(&mut tx).await?.map(|(_, c)| c);
            applied(&mut tx, changes.unwrap_or_default()).await
        }
        .await;
        transaction::finish(tx, result).await
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
        let activation = tables::children_of(&mut conn, "bundle_id", bundle_id)
            .await?
            .into_iter()
            .next();
        let records = BundleRecords {
            bundle,
            segments: tables::records(&mut conn).await?,
            channels: tables::records(&mut conn).await?,
            silos: tables::records(&mut conn).await?,
            services: tables::children_of(&mut conn, "bundle_id", bundle_id).await?,
            activation,
            scenarios: tables::children_of(&mut conn, "bundle_id", bundle_id).await?,
        };
        Ok(records)
    }

    /// The bundles, in their order.
    pub async fn bundles(&self) -> Result<Vec<Bundle>> {
        self.records().await
    }

    /// The segments, in their order.
    pub async fn segments(&self) -> Result<Vec<Segment>> {
        self.records().await
    }

    /// Every record of type `T`, in display order.
    pub async fn records<T: Record>(&self) -> Result<Vec<T>> {
        let mut conn = self.pool.acquire().await?;
        tables::records(&mut conn).await
    }

    /// The journeys and their steps: what the friction score reads of the journey maps.
    pub async fn journeys(&self) -> Result<(Vec<Journey>, Vec<Step>)> {
        let mut conn = self.pool.acquire().await?;
        Ok((
            tables::records(&mut conn).await?,
            tables::records(&mut conn).await?,
        ))
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
        let mut tx = transaction::begin(&self.pool).await?;
        let result = async {
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
            history::record(&mut tx, "Import", &forward, &inverse).await
        }
        .await;
        transaction::finish(tx, result).await
    }

    /// What changed after feed position `since`: each record written since, as it is now.
    /// Another client of the workspace follows it with the reducer of its own edits.
    pub async fn feed_since(&self, since: i64) -> Result<Feed> {
        let mut conn = self.pool.acquire().await?;
        feed::since(&mut conn, since).await
    }

    /// The feed position of the latest write of any record (0 before any): it moves with
    /// every edit, undo, redo and import, so what was derived from the records at one
    /// position still holds while it has not moved.
    pub async fn feed_position(&self) -> Result<i64> {
        let mut conn = self.pool.acquire().await?;
        feed::latest(&mut conn).await
    }

    /// How many times `target` has been written (0: never since versions exist).
    pub async fn version(&self, target: &EntityRef) -> Result<i64> {
        let mut conn = self.pool.acquire().await?;
        feed::version(&mut conn, target).await
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

/// What a write returns: its changes, and the history and feed after it.
async fn applied(conn: &mut SqliteConnection, changes: Vec<Change>) -> Result<Applied> {
    Ok(Applied {
        changes,
        history: history::state(conn).await?,
        feed: feed::latest(conn).await?,
    })
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
