//! Where the UI placed the flow's nodes and silo lanes (so the export matches the screen).

use serde::Deserialize;
use specta::Type;

/// One node's box in flow coordinates (pixels at zoom 1).
#[derive(Deserialize, Type, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct NodeBox {
    pub id: String,
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
}

/// A horizontal swimlane of one owning silo.
#[derive(Deserialize, Type, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct LaneBox {
    pub name: String,
    pub y: f64,
    pub height: f64,
}

/// The flow as laid out on screen.
#[derive(Deserialize, Type, Clone, Debug, PartialEq, Default)]
#[serde(rename_all = "camelCase")]
pub struct FlowLayout {
    pub boxes: Vec<NodeBox>,
    pub lanes: Vec<LaneBox>,
}
