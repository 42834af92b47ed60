//! Why a step ranks where it does, as data and as words: each cause a friction reason cites
//! is a [`ReasonPart`] holding its figures, and [`reason_text`] writes the parts in a
//! language (the English `reason` of the CLI and JSON, and a report's language, through the
//! same templates). A part is only made when its figure reads as more than nothing.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use specta::Type;

use crate::duration::TimeUnit;
use crate::friction::{FrictionComponent, FrictionComponents};
use crate::stats::StepStats;

mod waiting;
pub use waiting::CauseDays;

/// One cause a reason cites, with the figures it is written with (per customer unless said).
#[derive(Serialize, Deserialize, Type, JsonSchema, Clone, Debug, PartialEq)]
#[serde(tag = "component", rename_all = "camelCase")]
pub enum ReasonPart {
    /// On the critical path in `share` (0–1) of cases, adding `median` days when it is.
    CriticalDelay {
        share: f64,
        median: f64,
    },
    /// Days of waiting before the step, and its causes largest first (the words cite
    /// those that read as more than zero, at most three). Runs saved before causes were
    /// measured have none.
    Waiting {
        days: f64,
        #[serde(default)]
        causes: Vec<CauseDays>,
    },
    /// Times it fails and is redone, and the share of attempts that fail.
    Rework {
        count: f64,
        rate: f64,
    },
    Contacts {
        count: f64,
    },
    TechnicianVisits {
        count: f64,
    },
    ChannelSwitches {
        count: f64,
    },
    Handoffs {
        count: f64,
    },
    /// Share of customers who gave up while it was pending.
    Abandonment {
        share: f64,
    },
    /// How negative the journey map says it feels: 1 to 3 (of −3).
    NegativeEmotion {
        felt: f64,
    },
}

/// The words of one language by key, with the English for a key it has none for (the export
/// crate's `Labels`; [`English`] for the CLI and JSON).
pub trait Wording {
    fn word<'a>(&'a self, key: &str, english: &'a str) -> &'a str;
}

/// The English words: every key's English.
#[derive(Debug, Clone, Copy)]
pub struct English;

impl Wording for English {
    fn word<'a>(&'a self, _key: &str, english: &'a str) -> &'a str {
        english
    }
}

/// A share as a whole percentage.
fn pct(x: f64) -> String {
    format!("{:.0}%", 100.0 * x)
}

/// `x` to one decimal, or `None` when that reads as zero.
fn one_decimal(x: f64) -> Option<String> {
    let text = format!("{x:.1}");
    (text != "0.0" && text != "-0.0").then_some(text)
}

/// A duration in days to one decimal in the unit it reads best in ("9.6 hours"), or `None`
/// when that reads as zero.
fn duration(days: f64, w: &dyn Wording) -> Option<String> {
    let unit = TimeUnit::for_days(days);
    one_decimal(unit.of_days(days)).map(|v| format!("{v} {}", unit_name(unit, w)))
}

/// A duration in days to one decimal in the unit it reads best in ("9.6 hours"), also when
/// that reads as zero.
pub fn duration_text(days: f64, w: &dyn Wording) -> String {
    duration(days, w).unwrap_or_else(|| format!("0.0 {}", unit_name(TimeUnit::for_days(days), w)))
}

/// A unit's name in words of `w`.
pub fn unit_name(unit: TimeUnit, w: &dyn Wording) -> &str {
    match unit {
        TimeUnit::Seconds => w.word("unit.seconds", "seconds"),
        TimeUnit::Minutes => w.word("unit.minutes", "minutes"),
        TimeUnit::Hours => w.word("unit.hours", "hours"),
        TimeUnit::Days => w.word("unit.days", "days"),
    }
}

/// `template` with each `{name}` replaced by its value.
fn filled(template: &str, values: &[(&str, String)]) -> String {
    values
        .iter()
        .fold(template.to_owned(), |text, (name, value)| {
            text.replace(&format!("{{{name}}}"), value)
        })
}

impl ReasonPart {
    /// What component `c` contributes to step `s` (raw components `r`), or `None` when its
    /// figure reads as nothing ("0% of customers gave up", "adds 0.0 days" are no cause).
    pub fn of(c: FrictionComponent, s: &StepStats, r: &FrictionComponents) -> Option<ReasonPart> {
        let part = match c {
            FrictionComponent::CriticalDelay | FrictionComponent::CriticalShare => {
                ReasonPart::CriticalDelay {
                    share: r.critical_share,
                    median: s.critical_median_days,
                }
            }
            FrictionComponent::Waiting => ReasonPart::Waiting {
                days: r.waiting,
                causes: waiting::causes_of(s, r.waiting),
            },
            FrictionComponent::Rework => ReasonPart::Rework {
                count: r.rework,
                rate: s.rework_rate,
            },
            FrictionComponent::Contacts => ReasonPart::Contacts { count: r.contacts },
            FrictionComponent::TechnicianVisits => ReasonPart::TechnicianVisits {
                count: r.technician_visits,
            },
            FrictionComponent::ChannelSwitches => ReasonPart::ChannelSwitches {
                count: r.channel_switches,
            },
            FrictionComponent::Handoffs => ReasonPart::Handoffs { count: r.handoffs },
            FrictionComponent::Abandonment => ReasonPart::Abandonment {
                share: r.abandonment,
            },
            FrictionComponent::NegativeEmotion => ReasonPart::NegativeEmotion {
                felt: (3.0 * r.negative_emotion).round(),
            },
        };
        part.words(&English).map(|_| part)
    }

    /// The component it is about.
    pub fn component(&self) -> FrictionComponent {
        match self {
            ReasonPart::CriticalDelay { .. } => FrictionComponent::CriticalDelay,
            ReasonPart::Waiting { .. } => FrictionComponent::Waiting,
            ReasonPart::Rework { .. } => FrictionComponent::Rework,
            ReasonPart::Contacts { .. } => FrictionComponent::Contacts,
            ReasonPart::TechnicianVisits { .. } => FrictionComponent::TechnicianVisits,
            ReasonPart::ChannelSwitches { .. } => FrictionComponent::ChannelSwitches,
            ReasonPart::Handoffs { .. } => FrictionComponent::Handoffs,
            ReasonPart::Abandonment { .. } => FrictionComponent::Abandonment,
            ReasonPart::NegativeEmotion { .. } => FrictionComponent::NegativeEmotion,
        }
    }

    /// The part in words of `w` (durations and counts to one decimal, shares as whole
    /// percentages), or `None` when a figure reads as zero.
    pub fn words(&self, w: &dyn Wording) -> Option<String> {
        let count = |x: f64| one_decimal(x).map(|v| vec![("count", v)]);
        let (template, values) = match *self {
            ReasonPart::Waiting { days, ref causes } => return waiting::words(days, causes, w),
            ReasonPart::CriticalDelay { share, median } => (
                w.word(
                    "reason.criticalDelay",
                    "on the critical path in {share} of cases, adds {duration} median",
                ),
                vec![("share", pct(share)), ("duration", duration(median, w)?)],
            ),
            ReasonPart::Rework { count, rate } => (
                w.word(
                    "reason.rework",
                    "fails and is redone {count} times per customer ({rate} of attempts)",
                ),
                vec![("count", one_decimal(count)?), ("rate", pct(rate))],
            ),
            ReasonPart::Contacts { count: n } => (
                w.word("reason.contacts", "{count} contacts per customer"),
                count(n)?,
            ),
            ReasonPart::TechnicianVisits { count: n } => (
                w.word(
                    "reason.technicianVisits",
                    "{count} technician visits per customer",
                ),
                count(n)?,
            ),
            ReasonPart::ChannelSwitches { count: n } => (
                w.word(
                    "reason.channelSwitches",
                    "{count} channel switches per customer",
                ),
                count(n)?,
            ),
            ReasonPart::Handoffs { count: n } => (
                w.word(
                    "reason.handoffs",
                    "{count} hand-offs between silos per customer",
                ),
                count(n)?,
            ),
            ReasonPart::Abandonment { share } => {
                let share = Some(pct(share)).filter(|s| s != "0%")?;
                (
                    w.word(
                        "reason.abandonment",
                        "{share} of customers gave up while it was pending",
                    ),
                    vec![("share", share)],
                )
            }
            ReasonPart::NegativeEmotion { felt } => {
                let felt = Some(format!("{felt:.0}")).filter(|f| f != "0" && f != "-0")?;
                (
                    w.word(
                        "reason.negativeEmotion",
                        "felt as negative on the journey map (−{felt} of −3)",
                    ),
                    vec![("felt", felt)],
                )
            }
        };
        Some(filled(template, &values))
    }
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// A reason in words of `w`: its parts, most important first. The step's name is shown
/// beside the reason everywhere, so it is not repeated here.
pub fn reason_text(parts: &[ReasonPart], w: &dyn Wording) -> String {
    let texts: Vec<String> = parts.iter().filter_map(|p| p.words(w)).collect();
    if texts.is_empty() {
        return w.word("reason.none", "no measurable friction").to_owned();
    }
    capitalised(&texts.join(w.word("reason.separator", "; ")))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Chinese words for the keys a test reason uses.
    struct Chinese;

    impl Wording for Chinese {
        fn word<'a>(&'a self, key: &str, english: &'a str) -> &'a str {
            match key {
                "reason.contacts" => "每位客户联系 {count} 次",
                "reason.waiting" => "每位客户等待 {duration}",
                "unit.hours" => "小时",
                "reason.separator" => "；",
                _ => english,
            }
        }
    }

    #[test]
    fn a_reason_is_written_from_its_figures_in_the_language_given() {
        let parts = [
            ReasonPart::Contacts { count: 2.04 },
            ReasonPart::Waiting {
                days: 0.25,
                causes: Vec::new(),
            },
        ];
        assert_eq!(
            reason_text(&parts, &English),
            "2.0 contacts per customer; 6.0 hours of waiting per customer"
        );
        assert_eq!(
            reason_text(&parts, &Chinese),
            "每位客户联系 2.0 次；每位客户等待 6.0 小时"
        );
        assert_eq!(reason_text(&[], &English), "no measurable friction");
        // A figure that reads as nothing is no part.
        let nothing = ReasonPart::Abandonment { share: 0.004 };
        assert_eq!(nothing.words(&English), None);
    }
}
