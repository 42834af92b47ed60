//! The fixed words of the pictures and the report, in the user's language. The UI sends its
//! catalog's `export.labels` entries; a word it does not send is written in English.

use std::collections::BTreeMap;

use serde::Deserialize;
use specta::Type;
use touchmap_engine::reason::Wording;
use touchmap_engine::stats::GroupResult;

/// Translated words by key (`lane.frontstage`, `page.results`, `kpi.cycleDays`…).
#[derive(Deserialize, Type, Clone, Debug, Default, PartialEq)]
#[serde(transparent)]
pub struct Labels(pub BTreeMap<String, String>);

impl Labels {
    /// The word for `key`, or `english` when there is none.
    pub fn word<'a>(&'a self, key: &str, english: &'a str) -> &'a str {
        self.0
            .get(key)
            .map(String::as_str)
            .filter(|w| !w.trim().is_empty())
            .unwrap_or(english)
    }
}

impl Labels {
    /// A result group's name as the report prints it: a segment's own name, the overall mix
    /// in the report's language (the engine names it in English).
    pub fn group_name<'a>(&'a self, group: &'a GroupResult) -> &'a str {
        match group.segment_id {
            Some(_) => &group.name,
            None => self.word("group.overall", "All segments"),
        }
    }
}

/// The engine writes friction reasons with these words.
impl Wording for Labels {
    fn word<'a>(&'a self, key: &str, english: &'a str) -> &'a str {
        Labels::word(self, key, english)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_or_blank_words_fall_back_to_english() {
        let labels = Labels(BTreeMap::from([
            ("lane.frontstage".to_owned(), "前台".to_owned()),
            ("lane.backstage".to_owned(), " ".to_owned()),
        ]));
        assert_eq!(labels.word("lane.frontstage", "Frontstage"), "前台");
        assert_eq!(labels.word("lane.backstage", "Backstage"), "Backstage");
        assert_eq!(
            labels.word("page.results", "Simulation results"),
            "Simulation results"
        );
    }
}
