//! Touchmap's domain model, shared by the store, the CLI and the app.
//!
//! The types here are plain data: they know how to check themselves
//! ([`validate`]) but not how they are stored or shown. Every type derives
//! `serde`, `specta::Type` (so the UI gets the same names) and
//! `schemars::JsonSchema` (so the workspace JSON format's schema is generated
//! from the code and cannot drift). Ids are UUID strings: specta will not
//! export 64-bit integers, and UUIDs survive export and re-import unchanged.

pub mod activation;
pub mod derive;
pub mod document;
pub mod entity;
pub mod journey;
pub mod legacy;
pub mod portfolio;
pub mod taxonomy;
pub mod validate;

pub use activation::{Activation, NodePosition, Scenario, ServiceDesign, task_emotions};
pub use derive::{BundleRecords, flow_model};
pub use document::{FORMAT_NAME, FORMAT_VERSION, WorkspaceDocument, workspace_schema};
pub use entity::{Entity, EntityKind, EntityRef, Record};
pub use journey::{Emotion, Journey, Lane, Step};
pub use portfolio::{Bundle, Service, Silo};
pub use taxonomy::{Channel, ChannelKind, Segment, Stage, ValueTier};
pub use validate::{Problem, is_blank, validate_entity};

/// A UUID in its hyphenated text form.
pub type Id = String;
