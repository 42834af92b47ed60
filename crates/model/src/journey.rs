//! Journey maps: a segment's steps across stages, in lanes.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use specta::Type;

use crate::Id;

/// A journey map of one segment.
#[derive(Serialize, Deserialize, Type, JsonSchema, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Journey {
    pub id: Id,
    pub segment_id: Id,
    pub name: String,
    pub description: String,
}

/// The rows of a journey map; with the backstage lanes shown it is a service blueprint.
#[derive(Serialize, Deserialize, Type, JsonSchema, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[serde(rename_all = "camelCase")]
pub enum Lane {
    CustomerAction,
    Frontstage,
    Backstage,
    Department,
}

impl Lane {
    pub const ALL: [Lane; 4] = [
        Lane::CustomerAction,
        Lane::Frontstage,
        Lane::Backstage,
        Lane::Department,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Lane::CustomerAction => "customerAction",
            Lane::Frontstage => "frontstage",
            Lane::Backstage => "backstage",
            Lane::Department => "department",
        }
    }

    pub fn parse(text: &str) -> Option<Lane> {
        Lane::ALL.into_iter().find(|lane| lane.as_str() == text)
    }
}

/// How the customer feels at a step, from -3 (furious) to +3 (delighted).
pub type Emotion = i8;

/// One step of a journey, placed in a cell (stage × lane).
#[derive(Serialize, Deserialize, Type, JsonSchema, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Step {
    pub id: Id,
    pub journey_id: Id,
    pub stage_id: Id,
    pub lane: Lane,
    /// Order inside its cell.
    pub position: u32,
    pub title: String,
    pub description: String,
    /// The channel of a frontstage touchpoint; `None` for purely backstage work.
    pub channel_id: Option<Id>,
    /// The owning department or back-office system.
    pub department: String,
    pub emotion: Emotion,
    /// Customer effort, 1 (none) to 5 (exhausting).
    pub effort: u8,
    pub pain_points: Vec<String>,
    pub opportunities: Vec<String>,
    /// The activation-flow task this step corresponds to, for friction overlays.
    pub flow_task: Option<String>,
}
