//! What a bundle's simulation reads: the flow model derived from the workspace's records,
//! and the journey emotions of its tasks.

use std::collections::BTreeMap;

use touchmap_engine::model::FlowModel;
use touchmap_model::{
    Bundle, BundleRecords, Segment, WorkspaceDocument, flow_model, task_emotions,
};
use touchmap_store::Workspace;

use crate::{Error, Result};

/// The engine's input for one bundle.
#[derive(Clone, Debug)]
pub struct SimulationInput {
    /// Derived from the records by [`touchmap_model::flow_model`]; never stored.
    pub model: FlowModel,
    /// Journey-map emotion per task, for the friction score.
    pub emotions: BTreeMap<String, f64>,
}

/// Reads the records of `bundle_id` and derives its flow model; the emotions are those of
/// `segment_id`'s journeys (every journey without one).
pub async fn simulation_input(
    workspace: &Workspace,
    bundle_id: &str,
    segment_id: Option<&str>,
) -> Result<SimulationInput> {
    let records = workspace.bundle_records(bundle_id).await?;
    let (journeys, steps) = workspace.journeys().await?;
    Ok(SimulationInput {
        model: flow_model(&records),
        emotions: task_emotions(&journeys, &steps, segment_id),
    })
}

impl SimulationInput {
    /// The same from a whole document (an export, a test) instead of the store.
    pub fn from_document(
        document: &WorkspaceDocument,
        bundle_id: &str,
        segment_id: Option<&str>,
    ) -> Result<SimulationInput> {
        let records = BundleRecords::from_document(document, bundle_id)
            .ok_or_else(|| Error::NotFound(format!("there is no bundle {bundle_id}")))?;
        Ok(SimulationInput {
            model: flow_model(&records),
            emotions: task_emotions(&document.journeys, &document.steps, segment_id),
        })
    }
}

impl SimulationInput {
    /// Checks that the model has the scenario and the segment named (id or name, as the
    /// engine finds them); the error names what is not there and what is.
    pub fn check_names(&self, scenario: Option<&str>, segment: Option<&str>) -> Result<()> {
        let model = &self.model;
        let scenarios = model.scenarios.iter().map(|s| (&s.id, &s.name));
        let segments = model.segments.iter().map(|s| (&s.id, &s.name));
        for (what, key, known) in [
            ("scenario", scenario, scenarios.collect::<Vec<_>>()),
            ("segment", segment, segments.collect()),
        ] {
            let Some(key) = key else { continue };
            if !known.iter().any(|(id, name)| *id == key || *name == key) {
                let names: Vec<&str> = known.iter().map(|(_, name)| name.as_str()).collect();
                return Err(Error::NotFound(format!(
                    "{:?} has no {what} {key:?}; its {what}s are {names:?}",
                    model.name
                )));
            }
        }
        Ok(())
    }
}

/// The record called `key` (any case) or with that id, among `records` of kind `what`.
fn find_named<T: Clone>(
    records: &[T],
    key: &str,
    what: &str,
    id_and_name: impl Fn(&T) -> (&str, &str),
) -> Result<T> {
    records
        .iter()
        .find(|r| {
            let (id, name) = id_and_name(r);
            id == key || name.eq_ignore_ascii_case(key)
        })
        .cloned()
        .ok_or_else(|| {
            let known: Vec<&str> = records.iter().map(|r| id_and_name(r).1).collect();
            Error::NotFound(format!(
                "no {what} is called {key:?}; the {what}s are {known:?}"
            ))
        })
}

/// The bundle called `key` (any case) or with that id.
pub async fn find_bundle(workspace: &Workspace, key: &str) -> Result<Bundle> {
    find_named(&workspace.bundles().await?, key, "bundle", |b| {
        (&b.id, &b.name)
    })
}

/// The bundle called `key`; without a key, the workspace's only bundle (a workspace of
/// one bundle need not be told which). With several and no key, the error names them all.
pub async fn find_bundle_or_only(workspace: &Workspace, key: Option<&str>) -> Result<Bundle> {
    if let Some(key) = key {
        return find_bundle(workspace, key).await;
    }
    let mut bundles = workspace.bundles().await?;
    match bundles.len() {
        1 => Ok(bundles.remove(0)),
        0 => Err(Error::NotFound("the workspace has no bundle".into())),
        _ => {
            let names: Vec<&str> = bundles.iter().map(|b| b.name.as_str()).collect();
            Err(Error::NotFound(format!(
                "no bundle was named and the workspace has {}: {names:?}",
                names.len()
            )))
        }
    }
}

/// The segment called `key` (any case) or with that id.
pub async fn find_segment(workspace: &Workspace, key: &str) -> Result<Segment> {
    find_named(&workspace.segments().await?, key, "segment", |s| {
        (&s.id, &s.name)
    })
}
