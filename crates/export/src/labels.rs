//! The fixed words of the pictures and the report, in the user's language: the `export.labels`
//! entries of the app's own catalog for that language, read here for the app's exports and
//! the command line's alike. A word a catalog lacks is written in English.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::Deserialize;
use specta::Type;
use touchmap_engine::RunResult;
use touchmap_engine::friction::FrictionItem;
use touchmap_engine::reason::{Wording, reason_text};
use touchmap_engine::stats::GroupResult;

/// Translated words by key (`lane.frontstage`, `page.results`, `kpi.cycleDays`…).
#[derive(Clone, Debug, Default, PartialEq)]
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

/// A language of the app, and so of its exports: one of its catalogs.
#[derive(Deserialize, Type, Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Language {
    #[default]
    #[serde(rename = "en")]
    En,
    #[serde(rename = "zh-CN")]
    ZhCn,
}

impl Language {
    pub const ALL: [Language; 2] = [Language::En, Language::ZhCn];

    /// Its code, as the app's catalogs and HTML's `lang` name it.
    pub fn code(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::ZhCn => "zh-CN",
        }
    }

    /// The language of `code` (`en`, `zh-CN`); `None` for one the app does not have.
    pub fn of_code(code: &str) -> Option<Language> {
        Self::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The app's catalog in this language.
    fn catalog(self) -> &'static str {
        match self {
            Language::En => include_str!("../../../ui/src/i18n/en.json"),
            Language::ZhCn => include_str!("../../../ui/src/i18n/zh-CN.json"),
        }
    }
}

impl Labels {
    /// The words of `language`, from the app's own catalog: the app's exports and the
    /// command line's report read the same words. Each catalog is read once: the app asks
    /// for the words with every ranking and run.
    pub fn of(language: Language) -> &'static Labels {
        static READ: [OnceLock<Labels>; 2] = [OnceLock::new(), OnceLock::new()];
        READ[language as usize].get_or_init(|| {
            // The catalogs are the app's, checked by its tests: one that does not parse
            // gives English words rather than no report.
            let json: serde_json::Value =
                serde_json::from_str(language.catalog()).unwrap_or_default();
            let mut words = BTreeMap::new();
            flatten(&json["export"]["labels"], "", &mut words);
            Labels(words)
        })
    }
}

/// `node`'s strings by their dotted path below `prefix` (`cover.title`).
fn flatten(node: &serde_json::Value, prefix: &str, words: &mut BTreeMap<String, String>) {
    match node {
        serde_json::Value::String(s) => {
            words.insert(prefix.to_owned(), s.clone());
        }
        serde_json::Value::Object(map) => {
            for (key, value) in map {
                let key = if prefix.is_empty() {
                    key.clone()
                } else {
                    format!("{prefix}.{key}")
                };
                flatten(value, &key, words);
            }
        }
        _ => {}
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

impl Labels {
    /// Each item's reason in these words, from the parts it cites (the engine writes them in
    /// English): what the app shows in the user's language.
    pub fn word_friction(&self, items: &mut [FrictionItem]) {
        for item in items {
            item.reason = reason_text(&item.reason_parts, self);
        }
    }

    /// Every friction reason of `result`, overall and per segment, in these words.
    pub fn word_result(&self, result: &mut RunResult) {
        for group in std::iter::once(&mut result.overall).chain(&mut result.segments) {
            self.word_friction(&mut group.friction);
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
