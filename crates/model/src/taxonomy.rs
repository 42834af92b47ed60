//! The axes of every map: who (segments), when (stages) and where (channels).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use specta::Type;

use crate::Id;

/// How much a segment is worth to the operator; drives service differentiation.
#[derive(Serialize, Deserialize, Type, JsonSchema, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub enum ValueTier {
    Low,
    Medium,
    High,
    Premium,
}

/// A customer group with its own expectations and behaviour.
#[derive(Serialize, Deserialize, Type, JsonSchema, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Segment {
    pub id: Id,
    pub name: String,
    pub description: String,
    /// Share of all customers, 0..=1.
    pub share: f64,
    pub value_tier: ValueTier,
    /// Channel ids, most preferred first.
    pub channel_preferences: Vec<Id>,
    /// Days of delay this segment tolerates before giving up.
    pub patience_days: f64,
    /// Contacts (calls, visits, messages) it tolerates before giving up.
    pub patience_contacts: u32,
    /// `#rrggbb`, used for the segment everywhere it is drawn.
    pub colour: String,
}

/// A phase of the relationship; stages are ordered by `position`.
#[derive(Serialize, Deserialize, Type, JsonSchema, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Stage {
    pub id: Id,
    pub name: String,
    pub position: u32,
}

/// The family a channel belongs to (after the BT case's grouping).
#[derive(Serialize, Deserialize, Type, JsonSchema, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub enum ChannelKind {
    FaceToFace,
    PhoneInbound,
    PhoneOutbound,
    Digital,
    Other,
}

/// Where a touchpoint happens; channels are ordered by `position`.
#[derive(Serialize, Deserialize, Type, JsonSchema, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Channel {
    pub id: Id,
    pub name: String,
    pub kind: ChannelKind,
    pub position: u32,
}
