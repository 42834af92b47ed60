//! The triple-play bundle's activation: the engine's calibrated designs, linked to this
//! workspace's records (services, silos and channels by id, per-segment probabilities by
//! segment id).

use touchmap_engine::model::{Flow, Node};
use touchmap_engine::sample as engine;
use touchmap_model::{Activation, Scenario, ServiceDesign};

use super::channel_id;
use super::id;
use super::portfolio::{
    BILLING, BROADBAND, BROADBAND_BILLING, BROADBAND_FIELD, BUNDLE, BUNDLE_PROVISIONING,
    FIELD_SERVICE, FIXED_FIELD, FIXED_LINE, IPTV, MOBILE, MOBILE_BILLING, SALES, TV_BILLING,
    TV_FIELD, service_id, silo_id,
};
use super::segments::{FAMILY_HOME, HIGH_VALUE, SENIOR, YOUNG_DIGITAL, segment_id};

/// The engine designs' silo names and the sample silos they are.
const SILOS: [(&str, &str); 15] = [
    ("Sales", SALES),
    ("Mobile", MOBILE),
    ("Broadband", BROADBAND),
    ("TV", IPTV),
    ("IPTV", IPTV),
    ("Fixed line", FIXED_LINE),
    ("Field service", FIELD_SERVICE),
    ("Billing", BILLING),
    ("Broadband field", BROADBAND_FIELD),
    ("TV field", TV_FIELD),
    ("Fixed field", FIXED_FIELD),
    ("Mobile billing", MOBILE_BILLING),
    ("Broadband billing", BROADBAND_BILLING),
    ("TV billing", TV_BILLING),
    ("Bundle provisioning", BUNDLE_PROVISIONING),
];

/// The engine designs' service keys and the sample services they are.
const SERVICES: [(&str, &str); 4] = [
    ("mobile", "Mobile"),
    ("broadband", "Broadband"),
    ("iptv", "IPTV"),
    ("fixed-line", "Fixed line"),
];

/// The engine designs' segment keys and the sample segments they are.
const SEGMENTS: [(&str, &str); 4] = [
    (engine::YOUNG_DIGITAL, YOUNG_DIGITAL),
    (engine::FAMILY_HOME, FAMILY_HOME),
    (engine::HIGH_VALUE, HIGH_VALUE),
    (engine::SENIOR, SENIOR),
];

/// The channel the designs call "Back office": work with no customer channel.
const BACK_OFFICE: &str = "Back office";

fn bundle_id() -> String {
    id(&format!("bundle:{BUNDLE}"))
}

pub(super) fn activation() -> Activation {
    Activation {
        id: id(&format!("activation:{BUNDLE}")),
        bundle_id: bundle_id(),
        resources: engine::resources(),
        orders_per_day: Some(engine::ORDERS_PER_DAY),
        weekly_profile: Vec::new(),
        inter_arrival: None,
    }
}

/// A silo name of the designs as the sample silo's id (an unknown name gives a dangling
/// id, which the sample's tests catch).
fn silo(name: &str) -> String {
    SILOS
        .iter()
        .find(|(design, _)| *design == name)
        .map_or_else(|| silo_id(name), |(_, sample)| silo_id(sample))
}

fn channel(name: &str) -> String {
    if name == BACK_OFFICE || name.is_empty() {
        String::new()
    } else {
        channel_id(name)
    }
}

fn link(flow: &Flow) -> Flow {
    let mut flow = flow.clone();
    for node in &mut flow.nodes {
        match node {
            Node::Task(task) => {
                task.silo = silo(&task.silo);
                task.channel = channel(&task.channel);
            }
            Node::Wait(wait) => wait.silo = silo(&wait.silo),
            _ => {}
        }
    }
    for edge in &mut flow.edges {
        for (key, name) in SEGMENTS {
            if let Some(p) = edge.segment_probabilities.remove(key) {
                edge.segment_probabilities.insert(segment_id(name), p);
            }
        }
    }
    flow
}

pub(super) fn scenarios() -> Vec<Scenario> {
    (0..)
        .zip(engine::scenarios())
        .map(|(position, scenario)| {
            let design = scenario.design;
            Scenario {
                id: id(&format!("scenario:{BUNDLE}/{}", scenario.id)),
                bundle_id: bundle_id(),
                name: scenario.name,
                description: scenario.description,
                position,
                order: link(&design.order),
                services: design
                    .services
                    .iter()
                    .map(|service| ServiceDesign {
                        service_id: SERVICES
                            .iter()
                            .find(|(key, _)| *key == service.id)
                            .map_or_else(|| service.id.clone(), |(_, name)| service_id(name)),
                        included: service.included,
                        provisioning: link(&service.provisioning),
                    })
                    .collect(),
                billing: link(&design.billing),
                layout: Default::default(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    #[test]
    fn every_task_links_to_a_sample_silo_and_channel_and_every_service_to_a_service() {
        let document = super::super::document();
        let silos: HashSet<&str> = document.silos.iter().map(|s| s.id.as_str()).collect();
        let channels: HashSet<&str> = document.channels.iter().map(|c| c.id.as_str()).collect();
        let services: HashSet<&str> = document.services.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(document.scenarios.len(), 2);
        for scenario in &document.scenarios {
            for (node, silo, channel) in touchmap_model::validate::task_links(scenario) {
                assert!(silos.contains(silo), "{node}: silo {silo:?}");
                assert!(
                    channel.is_empty() || channels.contains(channel),
                    "{node}: channel {channel:?}"
                );
            }
            assert_eq!(scenario.services.len(), 4, "{}", scenario.name);
            for design in &scenario.services {
                assert!(services.contains(design.service_id.as_str()));
            }
        }
    }
}
