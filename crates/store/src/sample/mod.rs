//! The content of new workspaces: the defaults, and the sample telecom operator.
//!
//! The sample is plain data turned into a [`WorkspaceDocument`]; it reaches the
//! file through [`crate::Workspace::create`], i.e. the same checks and the same
//! changes as a user's edits. Ids are derived from names (UUID v5) so the sample
//! is identical on every machine, which tests and screenshots rely on.

mod activation;
mod defaults;
mod journeys;
mod portfolio;
mod segments;

use touchmap_model::{Id, WorkspaceDocument};

pub use defaults::{default_channels, default_stages};

/// A stable id for a sample entity: the same name always gives the same UUID.
pub fn id(name: &str) -> Id {
    const NAMESPACE: uuid::Uuid = uuid::Uuid::from_u128(0x7d1c_9a4e_52b3_4c8f_9e61_0a2b_3c4d_5e6f);
    uuid::Uuid::new_v5(&NAMESPACE, name.as_bytes()).to_string()
}

/// The id of the default stage called `name` (see [`defaults::STAGES`]).
///
/// Computed from the name, so it never fails; a name that is not a default stage
/// gives a dangling id, which the tests below catch.
fn stage_id(name: &str) -> Id {
    id(&format!("stage:{name}"))
}

/// The id of the default channel called `name` (see [`defaults::CHANNELS`]); like
/// [`stage_id`], it never fails and the tests check every name used.
fn channel_id(name: &str) -> Id {
    id(&format!("channel:{name}"))
}

/// What File ▸ New holds: the default stages and channels, nothing else.
pub fn empty() -> WorkspaceDocument {
    WorkspaceDocument {
        stages: default_stages(),
        channels: default_channels(),
        ..WorkspaceDocument::empty()
    }
}

/// The sample telecom operator (domain.md): four segments, a journey map each,
/// and the home triple-play bundle with its services and silos.
pub fn document() -> WorkspaceDocument {
    let (journeys, steps) = journeys::journeys();
    WorkspaceDocument {
        segments: segments::segments(),
        journeys,
        steps,
        silos: portfolio::silos(),
        bundles: portfolio::bundles(),
        services: portfolio::services(),
        activations: vec![activation::activation()],
        scenarios: activation::scenarios(),
        ..empty()
    }
}

#[cfg(test)]
mod tests {
    use std::collections::{HashMap, HashSet};

    use touchmap_model::Lane;

    use super::*;
    use crate::Workspace;

    #[test]
    fn the_sample_validates() {
        let problems = document().validate();
        assert!(problems.is_empty(), "{problems:#?}");
    }

    #[test]
    fn the_sample_has_four_segments_a_journey_each_and_the_triple_play() {
        let document = document();
        assert_eq!(document.segments.len(), 4);
        let total: f64 = document.segments.iter().map(|s| s.share).sum();
        assert!((total - 1.0).abs() < 1e-9, "shares sum to {total}");
        assert_eq!(document.journeys.len(), 4);
        assert_eq!(document.silos.len(), 14);
        assert_eq!(document.bundles.len(), 1);
        assert_eq!(document.bundles[0].name, "Home triple-play");
        assert_eq!(document.services.len(), 4);
        for segment in &document.segments {
            let journeys = document
                .journeys
                .iter()
                .filter(|j| j.segment_id == segment.id);
            assert_eq!(journeys.count(), 1, "{}", segment.name);
        }
    }

    #[test]
    fn ids_are_unique_and_stable() {
        let document = document();
        let entities = document.entities();
        let ids: HashSet<&str> = entities.iter().map(|(_, e)| e.id()).collect();
        assert_eq!(ids.len(), entities.len());
        assert_eq!(document, super::document());
        assert_eq!(
            document.segments[0].id,
            id("segment:Young digital"),
            "segment ids come from their names"
        );
    }

    #[test]
    fn every_referenced_stage_and_channel_exists() {
        let document = document();
        let stages: HashSet<&str> = document.stages.iter().map(|s| s.id.as_str()).collect();
        let channels: HashSet<&str> = document.channels.iter().map(|c| c.id.as_str()).collect();
        for step in &document.steps {
            assert!(stages.contains(step.stage_id.as_str()), "{}", step.title);
            if let Some(channel) = &step.channel_id {
                assert!(channels.contains(channel.as_str()), "{}", step.title);
            }
        }
        for segment in &document.segments {
            for channel in &segment.channel_preferences {
                assert!(channels.contains(channel.as_str()), "{}", segment.name);
            }
        }
    }

    #[test]
    fn positions_count_from_zero_in_every_cell() {
        let steps = document().steps;
        let mut cells: HashMap<(&str, &str, Lane), Vec<u32>> = HashMap::new();
        for step in &steps {
            cells
                .entry((&step.journey_id, &step.stage_id, step.lane))
                .or_default()
                .push(step.position);
        }
        for positions in cells.values() {
            let expected: Vec<u32> = (0..positions.len() as u32).collect();
            assert_eq!(positions, &expected);
        }
    }

    #[tokio::test]
    async fn the_sample_survives_a_workspace_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sample.touchmap");
        let workspace = Workspace::create(&path, &document(), false).await.unwrap();
        let stored = workspace.snapshot().await.unwrap();
        workspace.close().await;
        let sorted = |document: &WorkspaceDocument| {
            let mut entities: Vec<_> = document.entities().into_iter().map(|(_, e)| e).collect();
            entities.sort_by(|a, b| a.id().cmp(b.id()));
            entities
        };
        assert_eq!(sorted(&stored), sorted(&document()));
    }
}
