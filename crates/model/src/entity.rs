//! One enum over every stored entity, so edits, undo and import treat them alike.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use specta::Type;

use crate::{
    Activation, Bundle, Channel, Id, Journey, Scenario, Segment, Service, Silo, Stage, Step,
};

/// Any entity of a workspace.
#[derive(Serialize, Deserialize, Type, JsonSchema, Clone, Debug, PartialEq)]
#[serde(tag = "kind", content = "value", rename_all = "camelCase")]
pub enum Entity {
    Stage(Stage),
    Channel(Channel),
    Segment(Segment),
    Journey(Journey),
    Step(Step),
    Silo(Silo),
    Bundle(Bundle),
    Service(Service),
    Activation(Activation),
    Scenario(Scenario),
}

/// The kinds of [`Entity`], in dependency order: a kind only refers to kinds before it.
#[derive(Serialize, Deserialize, Type, JsonSchema, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[serde(rename_all = "camelCase")]
pub enum EntityKind {
    Stage,
    Channel,
    Segment,
    Journey,
    Step,
    Silo,
    Bundle,
    Service,
    Activation,
    Scenario,
}

/// Names one entity without carrying it.
#[derive(Serialize, Deserialize, Type, JsonSchema, Clone, Debug, PartialEq, Eq, Hash)]
#[serde(rename_all = "camelCase")]
pub struct EntityRef {
    pub kind: EntityKind,
    pub id: Id,
}

impl Entity {
    pub fn kind(&self) -> EntityKind {
        match self {
            Entity::Stage(_) => EntityKind::Stage,
            Entity::Channel(_) => EntityKind::Channel,
            Entity::Segment(_) => EntityKind::Segment,
            Entity::Journey(_) => EntityKind::Journey,
            Entity::Step(_) => EntityKind::Step,
            Entity::Silo(_) => EntityKind::Silo,
            Entity::Bundle(_) => EntityKind::Bundle,
            Entity::Service(_) => EntityKind::Service,
            Entity::Activation(_) => EntityKind::Activation,
            Entity::Scenario(_) => EntityKind::Scenario,
        }
    }

    pub fn id(&self) -> &str {
        match self {
            Entity::Stage(e) => &e.id,
            Entity::Channel(e) => &e.id,
            Entity::Segment(e) => &e.id,
            Entity::Journey(e) => &e.id,
            Entity::Step(e) => &e.id,
            Entity::Silo(e) => &e.id,
            Entity::Bundle(e) => &e.id,
            Entity::Service(e) => &e.id,
            Entity::Activation(e) => &e.id,
            Entity::Scenario(e) => &e.id,
        }
    }

    pub fn reference(&self) -> EntityRef {
        EntityRef {
            kind: self.kind(),
            id: self.id().to_owned(),
        }
    }
}

impl EntityKind {
    pub const ALL: [EntityKind; 10] = [
        EntityKind::Stage,
        EntityKind::Channel,
        EntityKind::Segment,
        EntityKind::Journey,
        EntityKind::Step,
        EntityKind::Silo,
        EntityKind::Bundle,
        EntityKind::Service,
        EntityKind::Activation,
        EntityKind::Scenario,
    ];

    /// The word used in messages, JSON paths and table names.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Stage => "stage",
            EntityKind::Channel => "channel",
            EntityKind::Segment => "segment",
            EntityKind::Journey => "journey",
            EntityKind::Step => "step",
            EntityKind::Silo => "silo",
            EntityKind::Bundle => "bundle",
            EntityKind::Service => "service",
            EntityKind::Activation => "activation",
            EntityKind::Scenario => "scenario",
        }
    }
}

/// A record type of one [`EntityKind`]: lets a reader ask for "the bundles" as `Bundle`s
/// rather than match the [`Entity`] enum again at every call.
pub trait Record: Sized {
    const KIND: EntityKind;
    /// The record inside `entity`, if it is of this kind.
    fn from_entity(entity: Entity) -> Option<Self>;
}

macro_rules! records {
    ($($kind:ident),* $(,)?) => {$(
        impl Record for $kind {
            const KIND: EntityKind = EntityKind::$kind;
            fn from_entity(entity: Entity) -> Option<Self> {
                match entity {
                    Entity::$kind(record) => Some(record),
                    _ => None,
                }
            }
        }
    )*};
}

records!(
    Stage, Channel, Segment, Journey, Step, Silo, Bundle, Service, Activation, Scenario
);
