//! Friction: which steps make the customer wait, work or repeat themselves, and why.
//!
//! Each component (domain.md) is measured per step and segment, then normalised to 0–1:
//! shares (critical-path frequency) and the negative emotion are already on that scale;
//! every other component is divided by its largest value among the group's steps. The
//! score is `100 · Σ wᵢ·normᵢ / Σ wᵢ` with the visible, adjustable [`FrictionWeights`].

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use specta::Type;

use crate::reason::{English, ReasonPart, reason_text};
use crate::stats::StepStats;

/// One friction component.
#[derive(Serialize, Deserialize, Type, JsonSchema, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub enum FrictionComponent {
    CriticalDelay,
    CriticalShare,
    Waiting,
    Rework,
    Contacts,
    TechnicianVisits,
    ChannelSwitches,
    Handoffs,
    Abandonment,
    NegativeEmotion,
}

impl FrictionComponent {
    pub const ALL: [FrictionComponent; 10] = [
        FrictionComponent::CriticalDelay,
        FrictionComponent::CriticalShare,
        FrictionComponent::Waiting,
        FrictionComponent::Rework,
        FrictionComponent::Contacts,
        FrictionComponent::TechnicianVisits,
        FrictionComponent::ChannelSwitches,
        FrictionComponent::Handoffs,
        FrictionComponent::Abandonment,
        FrictionComponent::NegativeEmotion,
    ];
}

/// Values per component (raw measurements, normalised values or weights).
#[derive(Serialize, Deserialize, Type, JsonSchema, Clone, Debug, PartialEq, Default)]
#[serde(rename_all = "camelCase")]
pub struct FrictionComponents {
    /// Days added to the critical path per activated case.
    pub critical_delay: f64,
    /// Share of activated cases where the step is on the critical path.
    pub critical_share: f64,
    /// Days waiting before the step, per case.
    pub waiting: f64,
    /// Rework loops it starts, per case.
    pub rework: f64,
    /// Customer contacts it causes, per case.
    pub contacts: f64,
    /// Technician visits, per case.
    pub technician_visits: f64,
    /// Channel switches it forces, per case.
    pub channel_switches: f64,
    /// Hand-offs between silos into this step, per case.
    pub handoffs: f64,
    /// Share of cases abandoned while it was pending.
    pub abandonment: f64,
    /// Negative emotion of the matching journey step, 0 (neutral or positive) to 1 (−3).
    pub negative_emotion: f64,
}

impl FrictionComponents {
    pub fn get(&self, c: FrictionComponent) -> f64 {
        match c {
            FrictionComponent::CriticalDelay => self.critical_delay,
            FrictionComponent::CriticalShare => self.critical_share,
            FrictionComponent::Waiting => self.waiting,
            FrictionComponent::Rework => self.rework,
            FrictionComponent::Contacts => self.contacts,
            FrictionComponent::TechnicianVisits => self.technician_visits,
            FrictionComponent::ChannelSwitches => self.channel_switches,
            FrictionComponent::Handoffs => self.handoffs,
            FrictionComponent::Abandonment => self.abandonment,
            FrictionComponent::NegativeEmotion => self.negative_emotion,
        }
    }

    fn set(&mut self, c: FrictionComponent, v: f64) {
        let slot = match c {
            FrictionComponent::CriticalDelay => &mut self.critical_delay,
            FrictionComponent::CriticalShare => &mut self.critical_share,
            FrictionComponent::Waiting => &mut self.waiting,
            FrictionComponent::Rework => &mut self.rework,
            FrictionComponent::Contacts => &mut self.contacts,
            FrictionComponent::TechnicianVisits => &mut self.technician_visits,
            FrictionComponent::ChannelSwitches => &mut self.channel_switches,
            FrictionComponent::Handoffs => &mut self.handoffs,
            FrictionComponent::Abandonment => &mut self.abandonment,
            FrictionComponent::NegativeEmotion => &mut self.negative_emotion,
        };
        *slot = v;
    }
}

/// The weights of the friction score (visible and adjustable in the UI).
pub type FrictionWeights = FrictionComponents;

/// The default weights: delay on the critical path, customer effort and drop-out count most.
pub fn default_weights() -> FrictionWeights {
    FrictionComponents {
        critical_delay: 3.0,
        critical_share: 1.0,
        waiting: 1.5,
        rework: 1.0,
        contacts: 2.0,
        technician_visits: 2.0,
        channel_switches: 1.0,
        handoffs: 1.5,
        abandonment: 2.0,
        negative_emotion: 1.0,
    }
}

/// One ranked step.
#[derive(Serialize, Deserialize, Type, JsonSchema, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct FrictionItem {
    pub node_id: String,
    pub name: String,
    /// 1 = worst.
    pub rank: u32,
    /// 0–100.
    pub score: f64,
    pub components: FrictionComponents,
    pub normalised: FrictionComponents,
    /// Median days added when on the critical path.
    pub critical_median_days: f64,
    /// Plain-language English reason: [`reason_parts`](Self::reason_parts) in words.
    pub reason: String,
    /// The causes the reason cites with their figures, most important first, to be written
    /// in another language ([`reason_text`]).
    pub reason_parts: Vec<ReasonPart>,
}

/// Ranks steps by friction. `emotions` maps a step's node id to the journey emotion −3..+3.
pub fn rank(
    steps: &[StepStats],
    weights: &FrictionWeights,
    emotions: &BTreeMap<String, f64>,
) -> Vec<FrictionItem> {
    let raw: Vec<FrictionComponents> = steps
        .iter()
        .map(|s| FrictionComponents {
            critical_delay: s.critical_days_per_case,
            critical_share: s.critical_share,
            waiting: s.waiting_days_per_case,
            rework: s.reworks_per_case,
            contacts: s.contacts_per_case,
            technician_visits: s.technician_visits_per_case,
            channel_switches: s.channel_switches_per_case,
            handoffs: s.handoffs_per_case,
            abandonment: s.abandonment_share,
            negative_emotion: emotions
                .get(&s.node_id)
                .map_or(0.0, |e| (-e / 3.0).clamp(0.0, 1.0)),
        })
        .collect();
    let mut max = FrictionComponents::default();
    for r in &raw {
        for c in FrictionComponent::ALL {
            max.set(c, max.get(c).max(r.get(c)));
        }
    }
    let wsum: f64 = FrictionComponent::ALL
        .iter()
        .map(|&c| weights.get(c).max(0.0))
        .sum();
    let mut items: Vec<FrictionItem> = steps
        .iter()
        .zip(raw)
        .map(|(s, r)| {
            let mut norm = FrictionComponents::default();
            for c in FrictionComponent::ALL {
                let v = match c {
                    FrictionComponent::CriticalShare | FrictionComponent::NegativeEmotion => {
                        r.get(c)
                    }
                    _ if max.get(c) > 0.0 => r.get(c) / max.get(c),
                    _ => 0.0,
                };
                norm.set(c, v.clamp(0.0, 1.0));
            }
            let contrib = |c: FrictionComponent| weights.get(c).max(0.0) * norm.get(c);
            let score = if wsum > 0.0 {
                100.0
                    * FrictionComponent::ALL
                        .iter()
                        .map(|&c| contrib(c))
                        .sum::<f64>()
                    / wsum
            } else {
                0.0
            };
            // The three largest contributions whose figure reads as more than nothing: a
            // cause shown as "0% of customers gave up" or "adds 0.0 days" is no cause.
            let mut parts: Vec<(f64, ReasonPart)> = FrictionComponent::ALL
                .into_iter()
                .filter(|&c| contrib(c) > 0.0 && c != FrictionComponent::CriticalShare)
                .filter_map(|c| ReasonPart::of(c, s, &r).map(|part| (contrib(c), part)))
                .collect();
            parts.sort_by(|a, b| b.0.total_cmp(&a.0));
            let parts: Vec<ReasonPart> = parts.into_iter().take(3).map(|(_, p)| p).collect();
            let reason = reason_text(&parts, &English);
            FrictionItem {
                node_id: s.node_id.clone(),
                name: s.name.clone(),
                rank: 0,
                score,
                components: r,
                normalised: norm,
                critical_median_days: s.critical_median_days,
                reason,
                reason_parts: parts,
            }
        })
        .collect();
    items.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then_with(|| a.node_id.cmp(&b.node_id))
    });
    for (i, it) in items.iter_mut().enumerate() {
        it.rank = i as u32 + 1;
    }
    items
}

#[cfg(test)]
mod tests {
    use super::*;

    fn step(name: &str) -> StepStats {
        StepStats {
            node_id: name.into(),
            name: name.into(),
            kind: crate::stats::StepKind::Task,
            silo: None,
            channel: None,
            executions_per_case: 1.0,
            mean_waiting_days: 0.0,
            mean_working_days: 0.0,
            waiting_days_per_case: 0.0,
            waiting_causes: Default::default(),
            critical_share: 0.0,
            critical_median_days: 0.0,
            critical_days_per_case: 0.0,
            rework_rate: 0.0,
            reworks_per_case: 0.0,
            contacts_per_case: 0.0,
            technician_visits_per_case: 0.0,
            channel_switches_per_case: 0.0,
            handoffs_per_case: 0.0,
            abandonment_share: 0.0,
        }
    }

    /// The bug: reasons cited causes that read as nothing ("0% of customers gave up",
    /// "adds 0.0 days", "-0 of −3") and repeated the step's name shown beside them.
    #[test]
    fn a_reason_cites_no_cause_that_reads_as_zero_nor_the_steps_name() {
        let mut tiny = step("Credit check");
        tiny.abandonment_share = 0.004; // 0%
        tiny.critical_share = 1.0;
        tiny.critical_days_per_case = 0.01;
        tiny.critical_median_days = 1e-9; // 0.0 seconds
        tiny.contacts_per_case = 2.0;
        let mut other = step("Sale");
        other.abandonment_share = 0.004;
        other.contacts_per_case = 1.0;
        let emotions = BTreeMap::from([("Credit check".to_owned(), -0.4)]); // rounds to −0
        let items = rank(&[tiny, other], &default_weights(), &emotions);
        let item = items.iter().find(|i| i.node_id == "Credit check").unwrap();
        assert_eq!(item.reason, "2.0 contacts per customer", "{item:?}");
        assert_eq!(
            item.reason_parts,
            [ReasonPart::Contacts { count: 2.0 }],
            "the figures the reason was written with"
        );
        for item in &items {
            assert!(!item.reason.contains(&item.name), "{}", item.reason);
            for zero in ["0%", "0.0 ", "-0", "−0"] {
                assert!(
                    !item.reason.starts_with(zero) && !item.reason.contains(&format!(" {zero}")),
                    "{}",
                    item.reason
                );
            }
        }
    }

    /// Seen on main: durations were written in days to one decimal, so a process measured
    /// in minutes had no waiting or critical-path cause ("0.0 days").
    #[test]
    fn a_reason_wrote_minutes_as_0_0_days() {
        let mut quick = step("Check");
        quick.critical_share = 1.0;
        quick.critical_days_per_case = 10.0 / 1440.0;
        quick.critical_median_days = 10.0 / 1440.0;
        quick.waiting_days_per_case = 0.25;
        let items = rank(&[quick], &default_weights(), &BTreeMap::new());
        let reason = &items[0].reason;
        assert!(reason.contains("adds 10.0 minutes median"), "{reason}");
        assert!(
            reason.contains("6.0 hours of waiting per customer"),
            "{reason}"
        );
    }

    /// A task's waiting is told by its causes (shares of the mean per execution, applied
    /// to the waiting per customer), a wait node's as its modelled delay.
    #[test]
    fn a_reasons_waiting_names_its_causes() {
        let mut queued = step("Porting");
        queued.waiting_days_per_case = 19.4; // two executions per customer
        queued.mean_waiting_days = 9.7;
        queued.waiting_causes.contention.mean.value = 7.2;
        queued.waiting_causes.unavailability.mean.value = 2.5;
        let mut slot = step("Technician slot");
        slot.kind = crate::stats::StepKind::Wait;
        slot.waiting_days_per_case = 7.2;
        slot.mean_waiting_days = 7.2;
        slot.waiting_causes.extraneous.mean.value = 7.2;
        let items = rank(&[queued, slot], &default_weights(), &BTreeMap::new());
        let reason = |id: &str| &items.iter().find(|i| i.node_id == id).unwrap().reason;
        assert_eq!(
            reason("Porting"),
            "19.4 days of waiting per customer: 14.4 queued behind other orders, \
             5.0 over nights and weekends"
        );
        assert_eq!(
            reason("Technician slot"),
            "7.2 days of modelled delay per customer"
        );
    }
}
