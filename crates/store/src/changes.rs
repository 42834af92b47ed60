//! Changes: the unit every edit, undo, redo and import is made of.

use serde::{Deserialize, Serialize};
use specta::Type;
use sqlx::SqliteConnection;
use touchmap_engine::model::Node;
use touchmap_model::{
    Entity, EntityKind, EntityRef, Scenario, Service, ServiceDesign, validate_entity,
};

use crate::tables;
use crate::{Error, Result};

/// Insert-or-replace one entity, or delete one.
#[derive(Serialize, Deserialize, Type, Clone, Debug, PartialEq)]
#[serde(tag = "op", rename_all = "camelCase")]
pub enum Change {
    Put {
        entity: Entity,
    },
    Delete {
        target: EntityRef,
    },
    /// The saved run `id` is listed, or deleted (`listed: false`). A deleted run is kept,
    /// hidden, while the history can still undo its deletion (see [`crate::runs`]).
    Run {
        id: String,
        listed: bool,
    },
}

/// Applies `changes` on an open transaction and returns the changes that undo them.
///
/// A delete first removes or detaches what depends on the target (a segment's
/// journeys and their steps, a channel's use by steps), as explicit changes,
/// so that undo restores all of it.
pub(crate) async fn apply(
    conn: &mut SqliteConnection,
    changes: &[Change],
) -> Result<(Vec<Change>, Vec<Change>)> {
    let mut applied = Vec::new();
    let mut inverse = Vec::new();
    for change in changes {
        let mut expanded = Vec::new();
        match change {
            Change::Run { .. } => expanded.push(change.clone()),
            Change::Put { entity } => {
                let problems = validate_entity(
                    entity,
                    &format!("{} {}", entity.kind().as_str(), entity.id()),
                );
                if !problems.is_empty() {
                    return Err(Error::Invalid(problems));
                }
                expanded.push(change.clone());
                if let Entity::Service(service) = entity {
                    // A service of the bundle is provisioned in every scenario: one it
                    // does not have yet starts with a default sub-flow.
                    for mut scenario in scenarios_of(conn, &service.bundle_id).await? {
                        if scenario.service(&service.id).is_none() {
                            scenario.services.push(ServiceDesign::default_for(service));
                            expanded.push(put_scenario(scenario));
                        }
                    }
                }
            }
            Change::Delete { target } => cascade(conn, target, &mut expanded).await?,
        }
        for change in expanded {
            inverse.push(write(conn, &change).await?);
            applied.push(change);
        }
    }
    bundles_keep_a_service(conn, &inverse).await?;
    inverse.reverse();
    Ok((applied, inverse))
}

/// Refuses an edit that leaves a bundle with no service (a bundle activates at least one),
/// judged on the services it deleted (`inverse` puts them back). Deleting the bundle
/// with them is fine.
async fn bundles_keep_a_service(conn: &mut SqliteConnection, inverse: &[Change]) -> Result<()> {
    for change in inverse {
        if let Change::Put {
            entity: Entity::Service(service),
        } = change
        {
            let bundle = EntityRef {
                kind: EntityKind::Bundle,
                id: service.bundle_id.clone(),
            };
            let left: Vec<Service> =
                tables::children_of(conn, "bundle_id", &service.bundle_id).await?;
            if left.is_empty() && tables::get(conn, &bundle).await?.is_some() {
                return Err(Error::InUse(format!(
                    "{:?} is the only service of its bundle, and a bundle activates at least \
                     one; add another service before removing it, or delete the bundle",
                    service.name
                )));
            }
        }
    }
    Ok(())
}

/// Writes one change; returns the change that undoes it.
async fn write(conn: &mut SqliteConnection, change: &Change) -> Result<Change> {
    Ok(match change {
        Change::Run { id, listed } => Change::Run {
            id: id.clone(),
            listed: crate::runs::set_listed(conn, id, *listed).await?,
        },
        Change::Put { entity } => {
            let target = entity.reference();
            let before = tables::get(conn, &target).await?;
            tables::put(conn, entity).await?;
            match before {
                Some(entity) => Change::Put { entity },
                None => Change::Delete { target },
            }
        }
        Change::Delete { target } => {
            let Some(before) = tables::get(conn, target).await? else {
                return Err(Error::NotFound {
                    kind: target.kind.as_str(),
                    id: target.id.clone(),
                });
            };
            tables::delete(conn, target).await?;
            Change::Put { entity: before }
        }
    })
}

/// Applies changes recorded earlier (undo or redo), with no cascade or history.
pub(crate) async fn replay(conn: &mut SqliteConnection, changes: &[Change]) -> Result<()> {
    for change in changes {
        match change {
            Change::Put { entity } => tables::put(conn, entity).await?,
            Change::Delete { target } => tables::delete(conn, target).await?,
            Change::Run { id, listed } => {
                crate::runs::set_listed(conn, id, *listed).await?;
            }
        }
    }
    Ok(())
}

/// The changes that delete `target` together with what depends on it, children first.
async fn cascade(
    conn: &mut SqliteConnection,
    target: &EntityRef,
    out: &mut Vec<Change>,
) -> Result<()> {
    let delete_all = |entities: Vec<Entity>| {
        entities
            .into_iter()
            .map(|e| EntityRef {
                kind: e.kind(),
                id: e.id().to_owned(),
            })
            .collect::<Vec<_>>()
    };
    match target.kind {
        EntityKind::Segment => {
            // Per-segment gateway probabilities of the segment go with it.
            for mut scenario in all_scenarios(conn).await? {
                let mut changed = false;
                for flow in scenario.flows_mut() {
                    for edge in &mut flow.edges {
                        changed |= edge.segment_probabilities.remove(&target.id).is_some();
                    }
                }
                if changed {
                    out.push(put_scenario(scenario));
                }
            }
            for journey in delete_all(
                tables::children(conn, EntityKind::Journey, "segment_id", &target.id).await?,
            ) {
                Box::pin(cascade(conn, &journey, out)).await?;
            }
        }
        EntityKind::Journey | EntityKind::Stage => {
            let column = if target.kind == EntityKind::Journey {
                "journey_id"
            } else {
                "stage_id"
            };
            for step in
                delete_all(tables::children(conn, EntityKind::Step, column, &target.id).await?)
            {
                out.push(Change::Delete { target: step });
            }
        }
        EntityKind::Bundle => {
            for kind in [
                EntityKind::Scenario,
                EntityKind::Activation,
                EntityKind::Service,
            ] {
                let children = tables::children(conn, kind, "bundle_id", &target.id).await?;
                for child in delete_all(children) {
                    out.push(Change::Delete { target: child });
                }
            }
        }
        EntityKind::Channel => {
            for entity in tables::children(conn, EntityKind::Step, "channel_id", &target.id).await?
            {
                if let Entity::Step(mut step) = entity {
                    step.channel_id = None;
                    out.push(Change::Put {
                        entity: Entity::Step(step),
                    });
                }
            }
            for entity in tables::list(conn, EntityKind::Segment).await? {
                if let Entity::Segment(mut segment) = entity
                    && (segment.channel_preferences.contains(&target.id)
                        || segment.channel_multipliers.contains_key(&target.id))
                {
                    segment.channel_preferences.retain(|id| id != &target.id);
                    segment.channel_multipliers.remove(&target.id);
                    out.push(Change::Put {
                        entity: Entity::Segment(segment),
                    });
                }
            }
            // Tasks on the channel keep their place in the flow, with no channel.
            for mut scenario in all_scenarios(conn).await? {
                let mut changed = false;
                for flow in scenario.flows_mut() {
                    for node in &mut flow.nodes {
                        if let Node::Task(task) = node
                            && task.channel == target.id
                        {
                            task.channel.clear();
                            changed = true;
                        }
                    }
                }
                if changed {
                    out.push(put_scenario(scenario));
                }
            }
        }
        EntityKind::Silo => {
            for scenario in all_scenarios(conn).await? {
                let tasks = touchmap_model::validate::task_links(&scenario)
                    .filter(|(_, silo, _)| *silo == target.id)
                    .count();
                if tasks > 0 {
                    return Err(Error::InUse(format!(
                        "the silo still owns {tasks} task(s) of the scenario {:?}; move them to another silo first",
                        scenario.name
                    )));
                }
            }
            let services =
                tables::children(conn, EntityKind::Service, "silo_id", &target.id).await?;
            if let Some(service) = services.first() {
                return Err(Error::InUse(format!(
                    "the silo still provisions {} service(s), e.g. {:?}; move them to another silo first",
                    services.len(),
                    match service {
                        Entity::Service(s) => s.name.as_str(),
                        _ => "",
                    }
                )));
            }
        }
        EntityKind::Service => {
            if let Some(Entity::Service(service)) = tables::get(conn, target).await? {
                for mut scenario in scenarios_of(conn, &service.bundle_id).await? {
                    if scenario.service(&service.id).is_some() {
                        scenario.services.retain(|s| s.service_id != service.id);
                        out.push(put_scenario(scenario));
                    }
                }
            }
        }
        EntityKind::Step | EntityKind::Activation | EntityKind::Scenario => {}
    }
    out.push(Change::Delete {
        target: target.clone(),
    });
    Ok(())
}

fn put_scenario(scenario: Scenario) -> Change {
    Change::Put {
        entity: Entity::Scenario(scenario),
    }
}

/// The scenarios of one bundle.
async fn scenarios_of(conn: &mut SqliteConnection, bundle_id: &str) -> Result<Vec<Scenario>> {
    tables::children_of(conn, "bundle_id", bundle_id).await
}

/// Every scenario of every bundle.
async fn all_scenarios(conn: &mut SqliteConnection) -> Result<Vec<Scenario>> {
    tables::records(conn).await
}
