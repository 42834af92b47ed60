//! How each entity kind maps onto its table, so one generic put/get/list/delete serves all.
//!
//! Columns are the entity's JSON fields in snake_case; list fields are stored
//! as JSON text. The SQL schema (migrations) adds the constraints. Every write is noted in
//! the change feed ([`crate::feed`]) here, the one place records are written.

use serde_json::{Map, Value, json};
use sqlx::sqlite::SqliteRow;
use sqlx::{Row, SqliteConnection};
use touchmap_model::{Entity, EntityKind, EntityRef, Record};

use crate::{Error, Result};

#[derive(Clone, Copy, Debug)]
enum Column {
    Text,
    OptionalText,
    Integer,
    Real,
    Bool,
    Json,
}

struct Table {
    name: &'static str,
    columns: &'static [(&'static str, Column)],
    order: &'static str,
}

fn table(kind: EntityKind) -> Table {
    use Column::*;
    match kind {
        EntityKind::Stage => Table {
            name: "stage",
            columns: &[("id", Text), ("name", Text), ("position", Integer)],
            order: "position, rowid",
        },
        EntityKind::Channel => Table {
            name: "channel",
            columns: &[
                ("id", Text),
                ("name", Text),
                ("kind", Text),
                ("position", Integer),
                ("contact_cost", Json),
            ],
            order: "position, rowid",
        },
        EntityKind::Segment => Table {
            name: "segment",
            columns: &[
                ("id", Text),
                ("name", Text),
                ("description", Text),
                ("share", Real),
                ("value_tier", Text),
                ("channel_preferences", Json),
                ("colour", Text),
                ("patience_days", Json),
                ("patience_contacts", Json),
                ("channel_multipliers", Json),
                ("priority", Integer),
            ],
            order: "rowid",
        },
        EntityKind::Journey => Table {
            name: "journey",
            columns: &[
                ("id", Text),
                ("segment_id", Text),
                ("name", Text),
                ("description", Text),
            ],
            order: "rowid",
        },
        EntityKind::Step => Table {
            name: "step",
            columns: &[
                ("id", Text),
                ("journey_id", Text),
                ("stage_id", Text),
                ("lane", Text),
                ("position", Integer),
                ("title", Text),
                ("description", Text),
                ("channel_id", OptionalText),
                ("department", Text),
                ("emotion", Integer),
                ("effort", Integer),
                ("pain_points", Json),
                ("opportunities", Json),
                ("flow_task", OptionalText),
            ],
            order: "rowid",
        },
        EntityKind::Silo => Table {
            name: "silo",
            columns: &[("id", Text), ("name", Text), ("system", Text)],
            order: "rowid",
        },
        EntityKind::Bundle => Table {
            name: "bundle",
            columns: &[("id", Text), ("name", Text), ("description", Text)],
            order: "rowid",
        },
        EntityKind::Service => Table {
            name: "service",
            columns: &[
                ("id", Text),
                ("bundle_id", Text),
                ("name", Text),
                ("silo_id", Text),
                ("optional", Bool),
                ("position", Integer),
            ],
            order: "position, rowid",
        },
        EntityKind::Activation => Table {
            name: "activation",
            columns: &[
                ("id", Text),
                ("bundle_id", Text),
                ("resources", Json),
                ("orders_per_day", Json),
                ("weekly_profile", Json),
                ("inter_arrival", Json),
            ],
            order: "rowid",
        },
        EntityKind::Scenario => Table {
            name: "scenario",
            columns: &[
                ("id", Text),
                ("bundle_id", Text),
                ("name", Text),
                ("description", Text),
                ("position", Integer),
                ("order", Json),
                ("services", Json),
                ("billing", Json),
                ("layout", Json),
            ],
            order: "position, rowid",
        },
    }
}

fn camel(snake: &str) -> String {
    let mut out = String::with_capacity(snake.len());
    let mut upper = false;
    for c in snake.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// Inserts or replaces `entity`.
pub(crate) async fn put(conn: &mut SqliteConnection, entity: &Entity) -> Result<()> {
    let table = table(entity.kind());
    let Value::Object(mut fields) = serde_json::to_value(entity)? else {
        unreachable!("entities serialize to objects");
    };
    let Some(Value::Object(values)) = fields.remove("value") else {
        unreachable!("entities are adjacently tagged");
    };
    let names: Vec<String> = table.columns.iter().map(|(name, _)| quoted(name)).collect();
    let updates: Vec<String> = names[1..]
        .iter()
        .map(|name| format!("{name} = excluded.{name}"))
        .collect();
    let sql = format!(
        "INSERT INTO {} ({}) VALUES ({}) ON CONFLICT (id) DO UPDATE SET {}",
        table.name,
        names.join(", "),
        vec!["?"; names.len()].join(", "),
        updates.join(", ")
    );
    let mut query = sqlx::query(&sql);
    for (name, column) in table.columns {
        let value = values.get(&camel(name)).cloned().unwrap_or(Value::Null);
        query = match column {
            Column::Text | Column::OptionalText => query.bind(value.as_str().map(str::to_owned)),
            Column::Integer => query.bind(value.as_i64()),
            Column::Real => query.bind(value.as_f64()),
            Column::Bool => query.bind(value.as_bool()),
            Column::Json => query.bind(value.to_string()),
        };
    }
    query
        .execute(&mut *conn)
        .await
        .map_err(|error| constraint_error(error, entity.kind().as_str(), entity.id()))?;
    crate::feed::note(conn, &entity.reference()).await
}

/// Turns SQLite's constraint failures into problems a user can read.
fn constraint_error(error: sqlx::Error, kind: &str, id: &str) -> Error {
    if let sqlx::Error::Database(db) = &error {
        let message = db.message();
        if message.contains("FOREIGN KEY") {
            return Error::invalid(
                format!("{kind} {id}"),
                "refers to something that does not exist, or is still referred to by something else",
            );
        }
        if message.contains("CHECK") || message.contains("NOT NULL") {
            return Error::invalid(format!("{kind} {id}"), message.to_owned());
        }
    }
    Error::Database(error)
}

fn entity_from_row(kind: EntityKind, row: &SqliteRow) -> Result<Entity> {
    let table = table(kind);
    let mut values = Map::new();
    for (name, column) in table.columns {
        let value = match column {
            Column::Text => json!(row.try_get::<String, _>(*name)?),
            Column::OptionalText => json!(row.try_get::<Option<String>, _>(*name)?),
            Column::Integer => json!(row.try_get::<i64, _>(*name)?),
            Column::Real => json!(row.try_get::<f64, _>(*name)?),
            Column::Bool => json!(row.try_get::<bool, _>(*name)?),
            Column::Json => serde_json::from_str(&row.try_get::<String, _>(*name)?)?,
        };
        values.insert(camel(name), value);
    }
    Ok(serde_json::from_value(
        json!({ "kind": kind, "value": values }),
    )?)
}

/// A column name as an SQL identifier (`order` is a keyword).
fn quoted(name: &str) -> String {
    format!("\"{name}\"")
}

fn select(kind: EntityKind) -> String {
    let table = table(kind);
    let names: Vec<String> = table.columns.iter().map(|(name, _)| quoted(name)).collect();
    format!("SELECT {} FROM {}", names.join(", "), table.name)
}

/// The entity named by `target`, if it exists.
pub(crate) async fn get(conn: &mut SqliteConnection, target: &EntityRef) -> Result<Option<Entity>> {
    let sql = format!("{} WHERE id = ?", select(target.kind));
    let row = sqlx::query(&sql)
        .bind(&target.id)
        .fetch_optional(&mut *conn)
        .await?;
    row.map(|row| entity_from_row(target.kind, &row))
        .transpose()
}

/// Entities of `kind` whose `column` equals `value`, e.g. the steps of a journey.
pub(crate) async fn children(
    conn: &mut SqliteConnection,
    kind: EntityKind,
    column: &str,
    value: &str,
) -> Result<Vec<Entity>> {
    let table = table(kind);
    debug_assert!(table.columns.iter().any(|(name, _)| *name == column));
    let sql = format!(
        "{} WHERE {column} = ? ORDER BY {}",
        select(kind),
        table.order
    );
    let rows = sqlx::query(&sql).bind(value).fetch_all(&mut *conn).await?;
    rows.iter().map(|row| entity_from_row(kind, row)).collect()
}

/// Every entity of `kind`, in display order.
pub(crate) async fn list(conn: &mut SqliteConnection, kind: EntityKind) -> Result<Vec<Entity>> {
    let sql = format!("{} ORDER BY {}", select(kind), table(kind).order);
    let rows = sqlx::query(&sql).fetch_all(&mut *conn).await?;
    rows.iter().map(|row| entity_from_row(kind, row)).collect()
}

/// Every record of type `T`, in display order.
pub(crate) async fn records<T: Record>(conn: &mut SqliteConnection) -> Result<Vec<T>> {
    Ok(list(conn, T::KIND)
        .await?
        .into_iter()
        .filter_map(T::from_entity)
        .collect())
}

/// The records of type `T` whose `column` equals `value`, e.g. the scenarios of a bundle.
pub(crate) async fn children_of<T: Record>(
    conn: &mut SqliteConnection,
    column: &str,
    value: &str,
) -> Result<Vec<T>> {
    Ok(children(conn, T::KIND, column, value)
        .await?
        .into_iter()
        .filter_map(T::from_entity)
        .collect())
}

/// Deletes the entity named by `target`; dependents must already be gone.
pub(crate) async fn delete(conn: &mut SqliteConnection, target: &EntityRef) -> Result<()> {
    let sql = format!("DELETE FROM {} WHERE id = ?", table(target.kind).name);
    sqlx::query(&sql)
        .bind(&target.id)
        .execute(&mut *conn)
        .await
        .map_err(|error| constraint_error(error, target.kind.as_str(), &target.id))?;
    crate::feed::note(conn, target).await
}
