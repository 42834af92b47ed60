//! The axes of every map: who (segments), when (stages) and where (channels).

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use specta::Type;
use touchmap_engine::model::Dist;

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

/// A customer group with its own expectations and behaviour. Everything the simulation knows
/// of a segment is here: the activation flow derives its segments from these records.
#[derive(Serialize, Deserialize, Type, JsonSchema, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Segment {
    pub id: Id,
    pub name: String,
    pub description: String,
    /// Share of all customers, 0..=1; it also splits a bundle's orders between segments.
    pub share: f64,
    pub value_tier: ValueTier,
    /// Channel ids, most preferred first.
    pub channel_preferences: Vec<Id>,
    /// Days a customer waits for activation before giving up, drawn per case; `None` means
    /// the segment never gives up on delay.
    pub patience_days: Option<Dist>,
    /// Contacts (calls, visits, messages) a customer tolerates before giving up, drawn per
    /// case; `None` means unlimited.
    pub patience_contacts: Option<Dist>,
    /// How much longer (> 1) or shorter (< 1) this segment takes on a channel, by channel id
    /// (seniors take longer on the web); channels not listed take the nominal time.
    pub channel_multipliers: BTreeMap<Id, f64>,
    /// `#rrggbb`, used for the segment everywhere it is drawn.
    pub colour: String,
    /// Rank of its orders in the pools' queues, 0–9, higher served first (high-value
    /// customers); a task's own priority ranks before it. 0 = no priority.
    #[serde(default)]
    pub priority: u32,
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
    /// What one customer contact in this channel costs (any currency); absent costs
    /// nothing. Tasks' contacts are charged at their channel's cost.
    #[serde(default)]
    pub contact_cost: Option<f64>,
}
