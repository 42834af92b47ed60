//! Field-level checks of one entity. Cross-entity checks (dangling ids) live
//! with whoever holds the whole workspace: the store and [`crate::document`].

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use specta::Type;

use touchmap_engine::model::{Dist, MAX_PRIORITY, Node};

use crate::{Entity, Scenario, Segment, Step};

/// One thing wrong with the input, with where it is.
#[derive(Serialize, Deserialize, Type, JsonSchema, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Problem {
    /// Where the problem is, as a JSON-like path (`segments[2].share`).
    pub path: String,
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// Whether a name (or id) counts as empty: the one definition, used wherever one is checked.
///
/// The database refuses a name whose `length(trim(name))` is 0. SQLite's `trim` removes
/// only spaces and its `length` stops at the first NUL, so `"\0"` is empty to it but not to
/// Rust's `trim`. Refusing every NUL as well makes anything accepted here acceptable there
/// (an import that passed these checks once failed late in SQL because of this).
pub fn is_blank(text: &str) -> bool {
    text.trim().is_empty() || text.contains('\0')
}

/// Checks the fields of `entity`; `at` is the path prefix used in the problems.
pub fn validate_entity(entity: &Entity, at: &str) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut fail = |field: &str, message: String| {
        problems.push(Problem {
            path: format!("{at}.{field}"),
            message,
        })
    };
    let name = match entity {
        Entity::Stage(e) => &e.name,
        Entity::Channel(e) => &e.name,
        Entity::Segment(e) => &e.name,
        Entity::Journey(e) => &e.name,
        Entity::Step(e) => &e.title,
        Entity::Silo(e) => &e.name,
        Entity::Bundle(e) => &e.name,
        Entity::Service(e) => &e.name,
        Entity::Activation(_) => "activation",
        Entity::Scenario(e) => &e.name,
    };
    if is_blank(name) {
        let field = if matches!(entity, Entity::Step(_)) {
            "title"
        } else {
            "name"
        };
        fail(field, "must not be empty or hold a NUL character".into());
    }
    if is_blank(entity.id()) {
        fail("id", "must not be empty or hold a NUL character".into());
    }
    match entity {
        Entity::Segment(segment) => check_segment(segment, &mut fail),
        Entity::Step(step) => check_step(step, &mut fail),
        Entity::Activation(activation) => {
            if let Some(orders) = activation.orders_per_day
                && !(orders.is_finite() && orders > 0.0)
            {
                fail(
                    "ordersPerDay",
                    format!("must be a positive number of orders a day, got {orders}"),
                );
            }
        }
        // A scenario is saved even while the engine finds problems in it: the flow editor
        // needs drafts (a task added before it is connected), shows the problems on the
        // elements, and the engine refuses to simulate until they are fixed.
        _ => {}
    }
    problems
}

fn check_segment(segment: &Segment, fail: &mut impl FnMut(&str, String)) {
    if !(0.0..=1.0).contains(&segment.share) {
        fail(
            "share",
            format!("must be between 0 and 1, got {}", segment.share),
        );
    }
    for (field, patience) in [
        ("patienceDays", &segment.patience_days),
        ("patienceContacts", &segment.patience_contacts),
    ] {
        if let Some(dist) = patience {
            check_dist(field, dist, fail);
        }
    }
    for (channel, multiplier) in &segment.channel_multipliers {
        if !(multiplier.is_finite() && *multiplier > 0.0) {
            fail(
                &format!("channelMultipliers.{channel}"),
                format!("must be a positive factor, got {multiplier}"),
            );
        }
    }
    if segment.priority > MAX_PRIORITY {
        fail(
            "priority",
            format!(
                "must be between 0 and {MAX_PRIORITY}, got {}",
                segment.priority
            ),
        );
    }
    if !is_colour(&segment.colour) {
        fail(
            "colour",
            format!("must be a colour like #1f77b4, got {:?}", segment.colour),
        );
    }
}

fn check_dist(field: &str, dist: &Dist, fail: &mut impl FnMut(&str, String)) {
    for message in dist.problems() {
        fail(field, message);
    }
}

/// `(node id, silo id, channel id)` of every task and wait of a scenario (a wait has no
/// channel: ""), for reference checks.
pub fn task_links(scenario: &Scenario) -> impl Iterator<Item = (&str, &str, &str)> {
    scenario
        .flows()
        .flat_map(|flow| flow.nodes.iter())
        .filter_map(|node| match node {
            Node::Task(t) => Some((t.id.as_str(), t.silo.as_str(), t.channel.as_str())),
            Node::Wait(w) => Some((w.id.as_str(), w.silo.as_str(), "")),
            _ => None,
        })
}

fn check_step(step: &Step, fail: &mut impl FnMut(&str, String)) {
    if !(-3..=3).contains(&step.emotion) {
        fail(
            "emotion",
            format!("must be between -3 and 3, got {}", step.emotion),
        );
    }
    if !(1..=5).contains(&step.effort) {
        fail(
            "effort",
            format!("must be between 1 and 5, got {}", step.effort),
        );
    }
}

fn is_colour(text: &str) -> bool {
    text.len() == 7 && text.starts_with('#') && text[1..].chars().all(|c| c.is_ascii_hexdigit())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Lane, Step, ValueTier};

    fn segment() -> Segment {
        Segment {
            id: "s1".into(),
            name: "Seniors".into(),
            description: String::new(),
            share: 0.2,
            value_tier: ValueTier::Medium,
            channel_preferences: vec![],
            patience_days: Some(Dist::lognormal(30.0, 10.0)),
            patience_contacts: Some(Dist::fixed(25.0)),
            channel_multipliers: Default::default(),
            colour: "#336699".into(),
            priority: 0,
        }
    }

    #[test]
    fn share_above_one_is_named_with_its_path() {
        let mut bad = segment();
        bad.share = 1.3;
        let problems = validate_entity(&Entity::Segment(bad), "segments[0]");
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].path, "segments[0].share");
        assert!(problems[0].message.contains("1.3"));
    }

    #[test]
    fn a_negative_patience_or_multiplier_is_named_with_its_path() {
        let mut bad = segment();
        bad.patience_days = Some(Dist::fixed(-2.0));
        bad.channel_multipliers.insert("web".into(), 0.0);
        bad.priority = 10;
        let paths: Vec<String> = validate_entity(&Entity::Segment(bad), "segments[1]")
            .into_iter()
            .map(|p| p.path)
            .collect();
        assert_eq!(
            paths,
            [
                "segments[1].patienceDays",
                "segments[1].channelMultipliers.web",
                "segments[1].priority"
            ]
        );
    }

    #[test]
    fn a_valid_segment_has_no_problems() {
        assert!(validate_entity(&Entity::Segment(segment()), "s").is_empty());
    }

    #[test]
    fn step_emotion_outside_the_scale_is_refused() {
        let step = Step {
            id: "x".into(),
            journey_id: "j".into(),
            stage_id: "st".into(),
            lane: Lane::Frontstage,
            position: 0,
            title: "Call".into(),
            description: String::new(),
            channel_id: None,
            department: String::new(),
            emotion: 5,
            effort: 0,
            pain_points: vec![],
            opportunities: vec![],
            flow_task: None,
        };
        let paths: Vec<String> = validate_entity(&Entity::Step(step), "steps[3]")
            .into_iter()
            .map(|p| p.path)
            .collect();
        assert_eq!(paths, ["steps[3].emotion", "steps[3].effort"]);
    }
}
