//! The triple-play bundle's activation model: the engine's calibrated sample,
//! tied to this workspace's segments and bundle.

use touchmap_engine::sample as engine;
use touchmap_model::Activation;

use super::id;
use super::portfolio::BUNDLE;
use super::segments::segment_id;

/// The engine's sample segment ids and the names of the matching workspace segments.
const SEGMENT_NAMES: [(&str, &str); 4] = [
    ("young-digital", "Young digital"),
    ("family-home", "Family home"),
    ("high-value", "High-value"),
    ("senior", "Senior"),
];

pub(super) fn triple_play() -> Activation {
    let mut model = engine::triple_play();
    model.name = BUNDLE.into();
    for (key, name) in SEGMENT_NAMES {
        model.rename_segment(key, &segment_id(name));
        if let Some(segment) = model.segments.iter_mut().find(|s| s.id == segment_id(name)) {
            segment.name = name.into();
        }
    }
    Activation {
        id: id(&format!("activation:{BUNDLE}")),
        bundle_id: id(&format!("bundle:{BUNDLE}")),
        model,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_simulated_segment_is_a_workspace_segment() {
        let activation = triple_play();
        let workspace: Vec<String> = super::super::segments::segments()
            .into_iter()
            .map(|s| s.id)
            .collect();
        assert_eq!(activation.model.segments.len(), 4);
        for segment in &activation.model.segments {
            assert!(workspace.contains(&segment.id), "{}", segment.name);
        }
        let arrivals = activation.model.arrivals.unwrap();
        for key in arrivals.orders_per_day.keys() {
            assert!(workspace.contains(key), "{key}");
        }
    }
}
