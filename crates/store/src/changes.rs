//! Changes: the unit every edit, undo, redo and import is made of.

use serde::{Deserialize, Serialize};
use specta::Type;
use sqlx::SqliteConnection;
use touchmap_model::{Entity, EntityKind, EntityRef, validate_entity};

use crate::tables;
use crate::{Error, Result};

/// Insert-or-replace one entity, or delete one.
#[derive(Serialize, Deserialize, Type, Clone, Debug, PartialEq)]
#[serde(tag = "op", rename_all = "camelCase")]
pub enum Change {
    Put { entity: Entity },
    Delete { target: EntityRef },
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
            Change::Put { entity } => {
                let problems = validate_entity(
                    entity,
                    &format!("{} {}", entity.kind().as_str(), entity.id()),
                );
                if !problems.is_empty() {
                    return Err(Error::Invalid(problems));
                }
                expanded.push(change.clone());
            }
            Change::Delete { target } => cascade(conn, target, &mut expanded).await?,
        }
        for change in expanded {
            let target = match &change {
                Change::Put { entity } => entity.reference(),
                Change::Delete { target } => target.clone(),
            };
            let before = tables::get(conn, &target).await?;
            match &change {
                Change::Put { entity } => tables::put(conn, entity).await?,
                Change::Delete { target } => {
                    if before.is_none() {
                        return Err(Error::NotFound {
                            kind: target.kind.as_str(),
                            id: target.id.clone(),
                        });
                    }
                    tables::delete(conn, target).await?
                }
            }
            inverse.push(match before {
                Some(entity) => Change::Put { entity },
                None => Change::Delete { target },
            });
            applied.push(change);
        }
    }
    inverse.reverse();
    Ok((applied, inverse))
}

/// Applies changes recorded earlier (undo or redo), with no cascade or history.
pub(crate) async fn replay(conn: &mut SqliteConnection, changes: &[Change]) -> Result<()> {
    for change in changes {
        match change {
            Change::Put { entity } => tables::put(conn, entity).await?,
            Change::Delete { target } => tables::delete(conn, target).await?,
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
            for kind in [EntityKind::Activation, EntityKind::Service] {
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
                    && segment.channel_preferences.contains(&target.id)
                {
                    segment.channel_preferences.retain(|id| id != &target.id);
                    out.push(Change::Put {
                        entity: Entity::Segment(segment),
                    });
                }
            }
        }
        EntityKind::Silo => {
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
        EntityKind::Step | EntityKind::Service | EntityKind::Activation => {}
    }
    out.push(Change::Delete {
        target: target.clone(),
    });
    Ok(())
}
