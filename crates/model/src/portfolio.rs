//! What is sold and who runs it: bundles, their services, and the silos behind them.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use specta::Type;

use crate::Id;

/// A back-office silo: a department with its own BSS/OSS.
#[derive(Serialize, Deserialize, Type, JsonSchema, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Silo {
    pub id: Id,
    pub name: String,
    /// The back-office system it runs, e.g. "Broadband OSS".
    pub system: String,
}

/// A package of services sold together.
#[derive(Serialize, Deserialize, Type, JsonSchema, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Bundle {
    pub id: Id,
    pub name: String,
    pub description: String,
}

/// A service of a bundle, provisioned by its own silo.
#[derive(Serialize, Deserialize, Type, JsonSchema, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Service {
    pub id: Id,
    pub bundle_id: Id,
    pub name: String,
    pub silo_id: Id,
    /// Optional services (e.g. the fixed line) can be left out of an order.
    pub optional: bool,
    pub position: u32,
}
