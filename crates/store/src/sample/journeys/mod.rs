//! The sample's journey maps: one per segment, across every stage and lane.
//!
//! Each journey is a table of [`StepSpec`]s built with the short constructors below;
//! a step's position in its cell (stage × lane) is its order in the table. Stage and
//! channel names are the defaults' names and are checked by the tests.

mod family_home;
mod high_value;
mod senior;
mod young_digital;

use std::collections::HashMap;

use touchmap_model::{Journey, Lane, Step};

use super::segments::segment_id;
use super::{channel_id, id, stage_id};

// Default stages.
pub(super) const DISCOVER: &str = "Discover";
pub(super) const CHOOSE: &str = "Choose";
pub(super) const ORDER: &str = "Order";
pub(super) const ACTIVATE: &str = "Activate";
pub(super) const USE: &str = "Use";
pub(super) const SUPPORT: &str = "Support";
pub(super) const RENEW: &str = "Renew";

// Default channels; `None` for work the customer does not see.
type Ch = Option<&'static str>;
pub(super) const NONE: Ch = None;
pub(super) const SHOP: Ch = Some("Shop");
pub(super) const CENTRE: Ch = Some("Service centre");
pub(super) const TECH: Ch = Some("Technician at home");
pub(super) const CALL_IN: Ch = Some("Phone (inbound)");
pub(super) const CALL_OUT: Ch = Some("Phone (outbound)");
pub(super) const APP: Ch = Some("App");
pub(super) const WEB: Ch = Some("Web");
pub(super) const MAIL: Ch = Some("E-mail");
pub(super) const SMS: Ch = Some("SMS");
pub(super) const ADS: Ch = Some("Advertising");
pub(super) const POST: Ch = Some("Direct mail");
pub(super) const BILL: Ch = Some("Bill");

/// One journey step as plain data.
#[derive(Debug, Clone, Copy)]
pub(super) struct StepSpec {
    pub stage: &'static str,
    pub lane: Lane,
    pub channel: Ch,
    pub department: &'static str,
    pub emotion: i8,
    pub effort: u8,
    pub title: &'static str,
    pub description: &'static str,
    pub pains: &'static [&'static str],
    pub opportunities: &'static [&'static str],
    pub flow_task: Option<&'static str>,
}

/// One journey map as plain data.
#[derive(Debug)]
pub(super) struct JourneySpec {
    pub segment: &'static str,
    pub name: &'static str,
    pub description: &'static str,
    pub steps: &'static [StepSpec],
}

const fn step(
    stage: &'static str,
    lane: Lane,
    channel: Ch,
    department: &'static str,
    emotion: i8,
    effort: u8,
    title: &'static str,
) -> StepSpec {
    StepSpec {
        stage,
        lane,
        channel,
        department,
        emotion,
        effort,
        title,
        description: "",
        pains: &[],
        opportunities: &[],
        flow_task: None,
    }
}

/// What the customer does: `act(stage, channel, department, emotion, effort, title)`.
pub(super) const fn act(
    stage: &'static str,
    channel: Ch,
    department: &'static str,
    emotion: i8,
    effort: u8,
    title: &'static str,
) -> StepSpec {
    step(
        stage,
        Lane::CustomerAction,
        channel,
        department,
        emotion,
        effort,
        title,
    )
}

/// A touchpoint the customer sees: `front(stage, channel, department, emotion, effort, title)`.
pub(super) const fn front(
    stage: &'static str,
    channel: Ch,
    department: &'static str,
    emotion: i8,
    effort: u8,
    title: &'static str,
) -> StepSpec {
    step(
        stage,
        Lane::Frontstage,
        channel,
        department,
        emotion,
        effort,
        title,
    )
}

/// Work behind the line of visibility: `back(stage, department, emotion, effort, title)`.
pub(super) const fn back(
    stage: &'static str,
    department: &'static str,
    emotion: i8,
    effort: u8,
    title: &'static str,
) -> StepSpec {
    step(
        stage,
        Lane::Backstage,
        None,
        department,
        emotion,
        effort,
        title,
    )
}

/// What the owning department or back-office system does:
/// `dept(stage, department, emotion, effort, title)`.
pub(super) const fn dept(
    stage: &'static str,
    department: &'static str,
    emotion: i8,
    effort: u8,
    title: &'static str,
) -> StepSpec {
    step(
        stage,
        Lane::Department,
        None,
        department,
        emotion,
        effort,
        title,
    )
}

impl StepSpec {
    pub(super) const fn says(mut self, description: &'static str) -> StepSpec {
        self.description = description;
        self
    }

    pub(super) const fn pains(mut self, pains: &'static [&'static str]) -> StepSpec {
        self.pains = pains;
        self
    }

    pub(super) const fn opps(mut self, opportunities: &'static [&'static str]) -> StepSpec {
        self.opportunities = opportunities;
        self
    }

    pub(super) const fn task(mut self, flow_task: &'static str) -> StepSpec {
        self.flow_task = Some(flow_task);
        self
    }
}

pub(super) const JOURNEYS: [&JourneySpec; 4] = [
    &young_digital::JOURNEY,
    &family_home::JOURNEY,
    &high_value::JOURNEY,
    &senior::JOURNEY,
];

/// The journeys and all their steps.
pub(super) fn journeys() -> (Vec<Journey>, Vec<Step>) {
    let mut journeys = Vec::new();
    let mut steps = Vec::new();
    for spec in JOURNEYS {
        let journey_id = id(&format!("journey:{}", spec.name));
        journeys.push(Journey {
            id: journey_id.clone(),
            segment_id: segment_id(spec.segment),
            name: spec.name.into(),
            description: spec.description.into(),
        });
        let mut next_position: HashMap<(&str, Lane), u32> = HashMap::new();
        for step in spec.steps {
            let position = next_position.entry((step.stage, step.lane)).or_insert(0);
            steps.push(Step {
                id: id(&format!("step:{}/{}", spec.name, step.title)),
                journey_id: journey_id.clone(),
                stage_id: stage_id(step.stage),
                lane: step.lane,
                position: *position,
                title: step.title.into(),
                description: step.description.into(),
                channel_id: step.channel.map(channel_id),
                department: step.department.into(),
                emotion: step.emotion,
                effort: step.effort,
                pain_points: step.pains.iter().map(|p| (*p).to_owned()).collect(),
                opportunities: step.opportunities.iter().map(|o| (*o).to_owned()).collect(),
                flow_task: step.flow_task.map(str::to_owned),
            });
            *position += 1;
        }
    }
    (journeys, steps)
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::super::defaults::{CHANNELS, STAGES};
    use super::super::segments::FAMILY_HOME;
    use super::*;

    #[test]
    fn every_stage_and_channel_named_is_a_default_one() {
        let channels: HashSet<&str> = CHANNELS.iter().map(|(name, _)| *name).collect();
        for journey in JOURNEYS {
            for step in journey.steps {
                assert!(
                    STAGES.contains(&step.stage),
                    "{}: no stage {:?}",
                    step.title,
                    step.stage
                );
                if let Some(channel) = step.channel {
                    assert!(
                        channels.contains(channel),
                        "{}: no channel {channel:?}",
                        step.title
                    );
                }
            }
        }
    }

    #[test]
    fn every_journey_covers_all_stages_and_lanes() {
        for journey in JOURNEYS {
            let stages: HashSet<&str> = journey.steps.iter().map(|s| s.stage).collect();
            let lanes: HashSet<Lane> = journey.steps.iter().map(|s| s.lane).collect();
            assert_eq!(
                stages.len(),
                STAGES.len(),
                "{} misses a stage",
                journey.name
            );
            assert_eq!(
                lanes.len(),
                Lane::ALL.len(),
                "{} misses a lane",
                journey.name
            );
            assert!(
                (12..=20).contains(&journey.steps.len()),
                "{} has {} steps",
                journey.name,
                journey.steps.len()
            );
        }
    }

    #[test]
    fn steps_are_complete_and_frontstage_steps_have_a_channel() {
        for journey in JOURNEYS {
            for step in journey.steps {
                let at = format!("{} / {}", journey.name, step.title);
                assert!(!step.description.is_empty(), "{at}: no description");
                assert!(!step.department.is_empty(), "{at}: no department");
                assert!((-3..=3).contains(&step.emotion), "{at}: emotion");
                assert!((1..=5).contains(&step.effort), "{at}: effort");
                if step.lane == Lane::Frontstage {
                    assert!(step.channel.is_some(), "{at}: frontstage without a channel");
                }
                if matches!(step.lane, Lane::Backstage | Lane::Department) {
                    assert!(
                        step.channel.is_none(),
                        "{at}: backstage work with a channel"
                    );
                }
            }
        }
    }

    #[test]
    fn flow_tasks_are_tasks_of_the_as_is_scenario_and_used_once_per_journey() {
        let scenarios = super::super::activation::scenarios();
        let as_is = scenarios.iter().find(|s| s.name == "as-is").expect("as-is");
        let tasks: HashSet<&str> = touchmap_model::validate::task_links(as_is)
            .map(|(node, _, _)| node)
            .collect();
        for journey in JOURNEYS {
            let mut seen = HashSet::new();
            for task in journey.steps.iter().filter_map(|s| s.flow_task) {
                assert!(
                    tasks.contains(task),
                    "{}: unknown task {task:?}",
                    journey.name
                );
                assert!(
                    seen.insert(task),
                    "{}: task {task:?} used twice",
                    journey.name
                );
            }
            assert!(seen.contains("sale"), "{} has no sale step", journey.name);
        }
    }

    #[test]
    fn activation_hurts_most_for_the_family_home() {
        let family = JOURNEYS
            .iter()
            .find(|j| j.segment == FAMILY_HOME)
            .expect("family journey");
        let average = |stage: &str| {
            let emotions: Vec<f64> = family
                .steps
                .iter()
                .filter(|s| s.stage == stage)
                .map(|s| f64::from(s.emotion))
                .collect();
            emotions.iter().sum::<f64>() / emotions.len() as f64
        };
        let activate = average(ACTIVATE);
        for stage in STAGES.iter().filter(|s| **s != ACTIVATE) {
            assert!(activate < average(stage), "{stage} is as low as Activate");
        }
    }

    #[test]
    fn every_journey_names_technician_visits_or_calls_as_pain() {
        for journey in JOURNEYS {
            let mentions = journey.steps.iter().flat_map(|s| s.pains).any(|pain| {
                let pain = pain.to_lowercase();
                pain.contains("technician") || pain.contains("call")
            });
            assert!(mentions, "{} never mentions visits or calls", journey.name);
        }
    }

    #[test]
    fn activate_is_below_the_journey_average_everywhere() {
        for journey in JOURNEYS {
            let mean = |steps: &mut dyn Iterator<Item = &StepSpec>| {
                let emotions: Vec<f64> = steps.map(|s| f64::from(s.emotion)).collect();
                emotions.iter().sum::<f64>() / emotions.len() as f64
            };
            let all = mean(&mut journey.steps.iter());
            let activate = mean(&mut journey.steps.iter().filter(|s| s.stage == ACTIVATE));
            assert!(activate < all, "{}: Activate is not a dip", journey.name);
        }
    }
}
