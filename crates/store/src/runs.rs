//! Saved simulation runs: the result with everything needed to reproduce it.

use serde::{Deserialize, Serialize};
use specta::Type;
use touchmap_engine::RunResult;
use touchmap_engine::model::FlowModel;

use crate::{Result, Workspace};

/// A saved run, without its (large) result.
#[derive(Serialize, Deserialize, Type, sqlx::FromRow, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct SavedRun {
    pub id: String,
    pub bundle_id: String,
    pub scenario: String,
    pub segment: Option<String>,
    pub cases: u32,
    pub seed: u32,
    pub engine_version: String,
    /// RFC 3339 time of the run.
    pub at: String,
}

impl Workspace {
    /// Saves a run of `model` for `bundle_id`; returns the run's id. Runs are results,
    /// not edits: they are not part of the undo history.
    pub async fn save_run(
        &self,
        bundle_id: &str,
        model: &FlowModel,
        result: &RunResult,
    ) -> Result<String> {
        let id = uuid::Uuid::new_v4().to_string();
        let mut tx = self.pool().begin_with("BEGIN IMMEDIATE").await?;
        sqlx::query(
            "INSERT INTO run (id, bundle_id, scenario, segment, cases, seed, engine_version, at, model, result) \
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        )
        .bind(&id)
        .bind(bundle_id)
        .bind(result.scenario.clone().unwrap_or_default())
        .bind(&result.segment_filter)
        .bind(result.cases)
        .bind(result.seed)
        .bind(&result.engine_version)
        .bind(chrono::Utc::now().to_rfc3339())
        .bind(serde_json::to_string(model)?)
        .bind(serde_json::to_string(result)?)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(id)
    }

    /// The runs saved for `bundle_id`, newest first.
    pub async fn runs(&self, bundle_id: &str) -> Result<Vec<SavedRun>> {
        Ok(sqlx::query_as::<_, SavedRun>(
            "SELECT id, bundle_id, scenario, segment, cases, seed, engine_version, at \
             FROM run WHERE bundle_id = ? ORDER BY at DESC, rowid DESC",
        )
        .bind(bundle_id)
        .fetch_all(self.pool())
        .await?)
    }

    /// Every saved run, newest first.
    pub async fn all_runs(&self) -> Result<Vec<SavedRun>> {
        Ok(sqlx::query_as::<_, SavedRun>(
            "SELECT id, bundle_id, scenario, segment, cases, seed, engine_version, at \
             FROM run ORDER BY at DESC, rowid DESC",
        )
        .fetch_all(self.pool())
        .await?)
    }

    /// A saved run's inputs and result.
    pub async fn run(&self, id: &str) -> Result<(FlowModel, RunResult)> {
        let row: Option<(String, String)> =
            sqlx::query_as("SELECT model, result FROM run WHERE id = ?")
                .bind(id)
                .fetch_optional(self.pool())
                .await?;
        let (model, result) = row.ok_or_else(|| crate::Error::NotFound {
            kind: "run",
            id: id.into(),
        })?;
        Ok((
            serde_json::from_str(&model)?,
            serde_json::from_str(&result)?,
        ))
    }
}
