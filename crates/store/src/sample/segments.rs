//! The sample's four segments (domain.md): who buys the home triple-play, and how.

use touchmap_engine::model::Dist;
use touchmap_model::{Segment, ValueTier};

use super::{channel_id, id};

/// One segment as plain data; channel preferences are default channel names, most
/// preferred first.
#[derive(Debug)]
pub(super) struct SegmentSpec {
    pub name: &'static str,
    pub description: &'static str,
    pub share: f64,
    pub value_tier: ValueTier,
    pub channels: &'static [&'static str],
    /// Mean and standard deviation (log-normal) of the days a customer waits for
    /// activation before giving up.
    pub patience_days: (f64, f64),
    /// Mean and standard deviation (log-normal) of the contacts a customer tolerates.
    pub patience_contacts: (f64, f64),
    /// How much longer (> 1) or shorter this segment takes on a channel, by channel name.
    pub multipliers: &'static [(&'static str, f64)],
    pub colour: &'static str,
}

pub(super) const YOUNG_DIGITAL: &str = "Young digital";
pub(super) const FAMILY_HOME: &str = "Family home";
pub(super) const HIGH_VALUE: &str = "High-value";
pub(super) const SENIOR: &str = "Senior";

/// Colours from the Okabe–Ito palette: distinct for colour-blind viewers too.
pub(super) const SEGMENTS: [SegmentSpec; 4] = [
    SegmentSpec {
        name: YOUNG_DIGITAL,
        description: "Students and young professionals, 18–34, who do everything in the app \
                      or on the web and expect it to work the same day. They stream rather \
                      than watch broadcast TV, rarely want a fixed line, and give up quickly \
                      when they are asked to phone, wait in for a technician or repeat \
                      themselves.",
        share: 0.30,
        value_tier: ValueTier::Medium,
        channels: &["App", "Web", "SMS", "E-mail", "Phone (inbound)"],
        patience_days: (28.0, 8.0),
        patience_contacts: (22.0, 6.0),
        multipliers: &[
            ("App", 0.7),
            ("Web", 0.7),
            ("Shop", 1.3),
            ("Phone (inbound)", 1.2),
        ],
        colour: "#0072b2",
    },
    SegmentSpec {
        name: FAMILY_HOME,
        description: "Households with children who buy the whole home bundle: broadband for \
                      work and school, IPTV for the living room, mobiles for everyone and \
                      often a fixed line. They compare offers on the web, sign in the shop \
                      and need every service working before the school term starts.",
        share: 0.35,
        value_tier: ValueTier::High,
        channels: &[
            "Web",
            "Shop",
            "Phone (inbound)",
            "Technician at home",
            "E-mail",
            "Bill",
        ],
        patience_days: (60.0, 20.0),
        patience_contacts: (36.0, 10.0),
        multipliers: &[],
        colour: "#e69f00",
    },
    SegmentSpec {
        name: HIGH_VALUE,
        description: "Business owners, executives and premium households with several \
                      lines, a home office and a high monthly spend. They expect a dedicated \
                      manager who knows their account, calls them back and owns every \
                      request, and they judge the operator on time lost.",
        share: 0.10,
        value_tier: ValueTier::Premium,
        channels: &[
            "Phone (outbound)",
            "E-mail",
            "App",
            "Service centre",
            "Technician at home",
        ],
        patience_days: (40.0, 12.0),
        patience_contacts: (28.0, 8.0),
        multipliers: &[
            ("Shop", 0.8),
            ("Phone (inbound)", 0.8),
            ("Phone (outbound)", 0.8),
        ],
        colour: "#009e73",
    },
    SegmentSpec {
        name: SENIOR,
        description: "Retired customers, often loyal for decades, who prefer to be served in \
                      the shop or by a person on the phone and read their post and paper \
                      bills. They keep the fixed line, are patient, but are lost by apps, \
                      voice menus and unannounced changes.",
        share: 0.25,
        value_tier: ValueTier::Low,
        channels: &[
            "Shop",
            "Phone (inbound)",
            "Technician at home",
            "Direct mail",
            "Bill",
        ],
        patience_days: (70.0, 20.0),
        patience_contacts: (40.0, 10.0),
        multipliers: &[
            ("App", 1.8),
            ("Web", 1.6),
            ("Shop", 1.3),
            ("Phone (inbound)", 1.3),
        ],
        colour: "#cc79a7",
    },
];

/// The id of the segment called `name`.
pub(super) fn segment_id(name: &str) -> String {
    id(&format!("segment:{name}"))
}

pub(super) fn segments() -> Vec<Segment> {
    SEGMENTS
        .iter()
        .map(|spec| Segment {
            id: segment_id(spec.name),
            name: spec.name.into(),
            description: spec.description.into(),
            share: spec.share,
            value_tier: spec.value_tier,
            channel_preferences: spec.channels.iter().map(|c| channel_id(c)).collect(),
            patience_days: Some(Dist::lognormal(spec.patience_days.0, spec.patience_days.1)),
            patience_contacts: Some(Dist::lognormal(
                spec.patience_contacts.0,
                spec.patience_contacts.1,
            )),
            channel_multipliers: spec
                .multipliers
                .iter()
                .map(|(channel, m)| (channel_id(channel), *m))
                .collect(),
            colour: spec.colour.into(),
            priority: 0,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::super::defaults::CHANNELS;
    use super::*;

    #[test]
    fn four_segments_whose_shares_sum_to_one() {
        let segments = segments();
        assert_eq!(segments.len(), 4);
        let total: f64 = segments.iter().map(|s| s.share).sum();
        assert!((total - 1.0).abs() < 1e-9, "shares sum to {total}");
    }

    #[test]
    fn every_preferred_channel_is_a_default_channel() {
        let known: HashSet<&str> = CHANNELS.iter().map(|(name, _)| *name).collect();
        for spec in &SEGMENTS {
            assert!(
                !spec.channels.is_empty(),
                "{} prefers no channel",
                spec.name
            );
            for channel in spec.channels {
                assert!(
                    known.contains(channel),
                    "{}: no channel {channel:?}",
                    spec.name
                );
            }
            for (channel, _) in spec.multipliers {
                assert!(
                    known.contains(channel),
                    "{}: no channel {channel:?}",
                    spec.name
                );
            }
            let distinct: HashSet<&&str> = spec.channels.iter().collect();
            assert_eq!(distinct.len(), spec.channels.len(), "{} repeats", spec.name);
        }
    }

    #[test]
    fn colours_and_names_are_distinct() {
        let colours: HashSet<&str> = SEGMENTS.iter().map(|s| s.colour).collect();
        let names: HashSet<&str> = SEGMENTS.iter().map(|s| s.name).collect();
        assert_eq!(colours.len(), 4);
        assert_eq!(names.len(), 4);
    }

    #[test]
    fn young_digital_is_the_least_patient_segment() {
        let by_name = |name: &str| SEGMENTS.iter().find(|s| s.name == name);
        let young = by_name(YOUNG_DIGITAL).expect("young digital");
        for other in SEGMENTS.iter().filter(|s| s.name != YOUNG_DIGITAL) {
            assert!(
                young.patience_days.0 < other.patience_days.0,
                "{}",
                other.name
            );
            assert!(
                young.patience_contacts.0 < other.patience_contacts.0,
                "{}",
                other.name
            );
        }
        let high = by_name(HIGH_VALUE).expect("high value");
        assert_eq!(high.value_tier, ValueTier::Premium);
    }
}
