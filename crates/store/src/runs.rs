//! Saved simulation runs: the result with everything needed to reproduce it.

use serde::{Deserialize, Serialize};
use specta::Type;
use sqlx::SqliteConnection;
use touchmap_engine::RunResult;
use touchmap_engine::model::FlowModel;
use touchmap_engine::stats::KpiKind;

use crate::{Error, Result, Workspace};

/// The figures a person recognises a run by, saved beside the run so the run list need not
/// read results.
#[derive(Serialize, Deserialize, Type, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct RunHeadline {
    /// Days to full activation, median and 90th percentile.
    pub p50_days: Option<f64>,
    pub p90_days: Option<f64>,
    /// Customer contacts at the 90th percentile.
    pub p90_contacts: Option<f64>,
    /// Technician visits at the 90th percentile.
    pub p90_visits: Option<f64>,
    pub abandonment_rate: f64,
}

impl RunHeadline {
    pub fn of(result: &RunResult) -> RunHeadline {
        let kpi = |kind: KpiKind| result.overall.kpis.iter().find(|k| k.kind == kind);
        RunHeadline {
            p50_days: kpi(KpiKind::CycleDays).map(|k| k.p50.value),
            p90_days: kpi(KpiKind::CycleDays).map(|k| k.p90.value),
            p90_contacts: kpi(KpiKind::Contacts).map(|k| k.p90.value),
            p90_visits: kpi(KpiKind::TechnicianVisits).map(|k| k.p90.value),
            abandonment_rate: result.overall.abandonment_rate.value,
        }
    }
}

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
    /// `None` for a run saved before headlines were (format 3 and older).
    #[sqlx(json(nullable))]
    pub headline: Option<RunHeadline>,
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
        let mut tx = crate::transaction::begin(self.pool()).await?;
        let written = sqlx::query(
            "INSERT INTO run (id, bundle_id, scenario, segment, cases, seed, engine_version, at, \
             model, result, headline) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        )
        .bind(&id)
        .bind(bundle_id)
        .bind(scenario_name(model, result))
        .bind(&result.segment_filter)
        .bind(result.cases)
        .bind(result.seed)
        .bind(&result.engine_version)
        .bind(chrono::Utc::now().to_rfc3339())
        .bind(serde_json::to_string(model)?)
        .bind(serde_json::to_string(result)?)
        .bind(serde_json::to_string(&RunHeadline::of(result))?)
        .execute(&mut *tx)
        .await;
        crate::transaction::finish(tx, written.map_err(Into::into)).await?;
        Ok(id)
    }

    /// The runs saved for `bundle_id`, newest first.
    pub async fn runs(&self, bundle_id: &str) -> Result<Vec<SavedRun>> {
        Ok(sqlx::query_as::<_, SavedRun>(
            "SELECT id, bundle_id, scenario, segment, cases, seed, engine_version, at, headline \
             FROM run WHERE bundle_id = ? AND NOT deleted ORDER BY at DESC, rowid DESC",
        )
        .bind(bundle_id)
        .fetch_all(self.pool())
        .await?)
    }

    /// Every saved run, newest first.
    pub async fn all_runs(&self) -> Result<Vec<SavedRun>> {
        Ok(sqlx::query_as::<_, SavedRun>(
            "SELECT id, bundle_id, scenario, segment, cases, seed, engine_version, at, headline \
             FROM run WHERE NOT deleted ORDER BY at DESC, rowid DESC",
        )
        .fetch_all(self.pool())
        .await?)
    }

    /// A saved run's inputs and result.
    pub async fn run(&self, id: &str) -> Result<(FlowModel, RunResult)> {
        let row: Option<(String, String)> =
            sqlx::query_as("SELECT model, result FROM run WHERE id = ? AND NOT deleted")
                .bind(id)
                .fetch_optional(self.pool())
                .await?;
        let (model, result) = row.ok_or_else(|| Error::NotFound {
            kind: "run",
            id: id.into(),
        })?;
        Ok((
            serde_json::from_str(&model)?,
            RunResult::from_saved_json(&result)?,
        ))
    }
}

/// The name of the scenario `result` ran (it holds the id or name it was asked for), as it
/// is called now: the run list shows it after a rename or delete of the scenario.
fn scenario_name(model: &FlowModel, result: &RunResult) -> String {
    let key = result.scenario.clone().unwrap_or_default();
    model
        .scenarios
        .iter()
        .find(|s| s.id == key || s.name == key)
        .map_or(key, |s| s.name.clone())
}

/// Lists (`listed`) or hides the saved run `id`; returns whether it was listed before.
pub(crate) async fn set_listed(
    conn: &mut SqliteConnection,
    id: &str,
    listed: bool,
) -> Result<bool> {
    let deleted: Option<bool> = sqlx::query_scalar("SELECT deleted FROM run WHERE id = ?")
        .bind(id)
        .fetch_optional(&mut *conn)
        .await?;
    let deleted = deleted.ok_or_else(|| Error::NotFound {
        kind: "run",
        id: id.into(),
    })?;
    sqlx::query("UPDATE run SET deleted = ? WHERE id = ?")
        .bind(!listed)
        .bind(id)
        .execute(&mut *conn)
        .await?;
    Ok(!deleted)
}

/// Removes for good the deleted runs whose deletion the history can no longer undo.
pub(crate) async fn purge_deleted(conn: &mut SqliteConnection) -> Result<()> {
    sqlx::query(
        "DELETE FROM run WHERE deleted AND NOT EXISTS \
         (SELECT 1 FROM history WHERE instr(history.inverse, run.id) > 0)",
    )
    .execute(&mut *conn)
    .await?;
    Ok(())
}
