#![allow(clippy::unwrap_used)]
//! The report's fixed words come from the UI catalogs' `export.labels`: every word the export
//! crate writes has an entry in each catalog (the English one saying what the code falls back
//! to), so a Chinese report is in Chinese, cover and summary included.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;

use touchmap_engine::compare::compare;
use touchmap_engine::model::FlowModel;
use touchmap_engine::reason::{English, ReasonPart};
use touchmap_engine::{RunConfig, RunResult};
use touchmap_export::Cover;
use touchmap_export::report::{ReportInput, pages};
use touchmap_export::{Labels, Language};
use touchmap_model::{BundleRecords, flow_model};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The engine's model of the sample's first bundle.
fn sample_model(document: &touchmap_model::WorkspaceDocument) -> FlowModel {
    flow_model(&BundleRecords::from_document(document, &document.bundles[0].id).unwrap())
}

/// The sample's as-is and to-be at 200 cases each.
fn as_is_and_to_be(model: &FlowModel) -> (RunResult, RunResult) {
    let run = |scenario: &str| {
        let mut config = RunConfig::new(model);
        config.scenario = Some(scenario);
        config.cases = 200;
        touchmap_engine::run(&config, &|_, _| {}, &AtomicBool::new(false), None).unwrap()
    };
    (run("as-is"), run("to-be"))
}

/// A catalog's `export.labels`, flattened to `cover.title` keys.
fn catalog(language: Language) -> BTreeMap<String, String> {
    Labels::of(language).0.clone()
}

/// A Rust string literal at the start of `text` (no escapes in label keys or words): its
/// content and the rest of the text.
fn literal(text: &str) -> Option<(&str, &str)> {
    let text = text.trim_start().strip_prefix('"')?;
    let end = text.find('"')?;
    Some((&text[..end], &text[end + 1..]))
}

fn is_key(s: &str) -> bool {
    !s.is_empty()
        && s.split('.').all(|part| {
            part.chars().next().is_some_and(|c| c.is_ascii_lowercase())
                && part.chars().all(|c| c.is_ascii_alphanumeric())
        })
}

/// Every (key, English) pair in the export crate's source and the engine's friction reasons:
/// `word("key", "English")` calls and `("key", "English")` pairs handed to them.
fn used_words() -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    // The friction reasons' words are the engine's, written in the report's language.
    let mut files = vec![
        repo().join("crates/export/src"),
        repo().join("crates/engine/src/reason.rs"),
        repo().join("crates/engine/src/reason"),
    ];
    while let Some(path) = files.pop() {
        if path.is_dir() {
            files.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
            continue;
        }
        let source = std::fs::read_to_string(&path).unwrap();
        // Unit tests at the end of a file use made-up words.
        let source = source.split("#[cfg(test)]").next().unwrap();
        for (i, _) in source.match_indices(['(']) {
            let Some((key, rest)) = literal(&source[i + 1..]) else {
                continue;
            };
            let Some(rest) = rest.trim_start().strip_prefix(',') else {
                continue;
            };
            let Some((english, _)) = literal(rest) else {
                continue;
            };
            if is_key(key) {
                out.insert(key.to_owned(), english.to_owned());
            }
        }
    }
    out
}

#[test]
fn every_report_word_is_in_both_catalogs_and_the_english_one_matches_the_code() {
    let used = used_words();
    assert!(
        used.contains_key("cover.title") && used.contains_key("lane.frontstage"),
        "{used:?}"
    );
    let (en, zh) = (catalog(Language::En), catalog(Language::ZhCn));
    for (key, english) in &used {
        assert_eq!(en.get(key), Some(english), "en.json export.labels.{key}");
        let chinese = zh
            .get(key)
            .unwrap_or_else(|| panic!("zh-CN.json export.labels.{key}"));
        assert_ne!(
            chinese, english,
            "zh-CN.json export.labels.{key} is translated"
        );
    }
}

#[test]
fn a_chinese_report_has_a_chinese_cover_and_summary() {
    let document = touchmap_store::sample::document();
    let (a, b) = as_is_and_to_be(&sample_model(&document));
    let comparison = compare(&a, &b);
    let labels = Labels(catalog(Language::ZhCn));
    let pages = pages(ReportInput {
        document: &document,
        segments: &[],
        cover: Cover {
            client: "Acme Telecom",
            date: "2026-11-28",
            language: Language::ZhCn,
        },
        result: Some(&a),
        comparison: Some(&comparison),
        flow: None,
        labels: &labels,
    })
    .unwrap();
    let cover = &pages[0].svg;
    for word in [
        "客户旅程与开通报告",
        "套餐",
        "方案",
        "客户群",
        "日期",
        "简体中文",
    ] {
        assert!(cover.contains(word), "the cover says {word}: {cover}");
    }
    assert!(
        !cover.contains("Bundle") && !cover.contains("Language"),
        "{cover}"
    );
    assert_eq!(pages[1].title, "执行摘要");
    let summary = &pages[1].svg;
    for word in ["核心结论", "开通时长 p90", " 天)", "改进建议"] {
        assert!(summary.contains(word), "the summary says {word}: {summary}");
    }
    assert!(
        !summary.contains("time to activation") && !summary.contains("Headline"),
        "{summary}"
    );
    // Seen on main: the friction reasons stayed the engine's English sentences.
    let friction = pages.iter().find(|p| p.title == "摩擦排名").unwrap();
    for page in [summary, &friction.svg] {
        for english in [
            "per customer",
            "contacts",
            "waiting",
            "critical path",
            "median",
            "gave up",
            "hours",
            "days",
        ] {
            assert!(!page.contains(english), "{english} in {page}");
        }
    }
    // Seen on main: the overall group kept the engine's English name in the friction
    // ranking and the results.
    for page in &pages {
        assert!(
            !page.svg.contains("All segments") && !page.title.contains("All segments"),
            "{}: {}",
            page.title,
            page.svg
        );
    }
    assert!(friction.svg.contains("全部客户群"), "{}", friction.svg);
    assert!(
        a.overall.friction[0].reason.contains("per customer")
            || a.overall.friction[0].reason.contains("critical path"),
        "the English reason stays for the CLI and JSON: {}",
        a.overall.friction[0].reason
    );
}

/// The sample's friction reasons tell waiting by its cause: in English with figures that
/// add up to the total shown, in Chinese without an English word.
#[test]
fn the_samples_waiting_reasons_name_their_causes_in_both_languages() {
    let document = touchmap_store::sample::document();
    let model =
        flow_model(&BundleRecords::from_document(&document, &document.bundles[0].id).unwrap());
    let mut config = RunConfig::new(&model);
    config.cases = 2000;
    let run = touchmap_engine::run(&config, &|_, _| {}, &AtomicBool::new(false), None).unwrap();
    let zh = Labels(catalog(Language::ZhCn));
    let mut cited = 0;
    for group in std::iter::once(&run.overall).chain(&run.segments) {
        for item in &group.friction {
            for part in &item.reason_parts {
                let ReasonPart::Waiting { causes, .. } = part else {
                    continue;
                };
                let english = part.words(&English).unwrap();
                assert!(!causes.is_empty(), "{}: {english}", item.name);
                if let Some((total, list)) = english.split_once(": ") {
                    let tenths = |figure: &str| figure.replace('.', "").parse::<i64>().unwrap();
                    let sum: i64 = list
                        .split(", ")
                        .map(|c| tenths(c.split(' ').next().unwrap()))
                        .sum();
                    assert_eq!(sum, tenths(total.split(' ').next().unwrap()), "{english}");
                    cited += 1;
                }
                let chinese = part.words(&zh).unwrap();
                assert!(
                    !chinese.chars().any(|c| c.is_ascii_alphabetic()),
                    "{chinese}"
                );
            }
        }
    }
    assert!(
        cited > 0,
        "some step of the sample waits for more than one cause"
    );
}

/// A Chinese report of a model with prices gives the cost per case in Chinese words.
#[test]
fn a_chinese_summary_gives_the_cost_per_case_in_chinese() {
    let document = touchmap_store::sample::document();
    let mut model = sample_model(&document);
    for pool in &mut model.resources {
        pool.cost_per_hour = Some(40.0);
    }
    let (a, b) = as_is_and_to_be(&model);
    let comparison = compare(&a, &b);
    let labels = Labels(catalog(Language::ZhCn));
    let pages = pages(ReportInput {
        document: &document,
        segments: &[],
        cover: Cover::default(),
        result: Some(&a),
        comparison: Some(&comparison),
        flow: None,
        labels: &labels,
    })
    .unwrap();
    let summary = &pages[1].svg;
    assert!(
        summary.contains("每个案例的成本") && summary.contains("to-be 对比 as-is: "),
        "{summary}"
    );
    assert!(!summary.contains("Cost per case"), "{summary}");
}

/// Seen in the window: with the app in Chinese, every friction reason in the ranking and
/// the flow's friction panel was English, the engine's words. The app now has the result's
/// reasons written in its language; in English they are the engine's, word for word.
#[test]
fn a_result_worded_in_chinese_gives_every_reason_in_chinese() {
    let document = touchmap_store::sample::document();
    let (as_is, _) = as_is_and_to_be(&sample_model(&document));
    let mut english = as_is.clone();
    Labels::of(Language::En).word_result(&mut english);
    assert_eq!(
        english, as_is,
        "the English catalog words reasons as the engine does"
    );

    let mut chinese = as_is.clone();
    Labels::of(Language::ZhCn).word_result(&mut chinese);
    let groups = |r: &RunResult| {
        std::iter::once(r.overall.clone())
            .chain(r.segments.clone())
            .collect::<Vec<_>>()
    };
    let mut worded = 0;
    for (before, after) in groups(&as_is).iter().zip(groups(&chinese)) {
        for (b, a) in before.friction.iter().zip(&after.friction) {
            assert_eq!(a.reason_parts, b.reason_parts, "only the words change");
            assert!(
                a.reason
                    .chars()
                    .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
                "{}: {}",
                a.name,
                a.reason
            );
            worded += 1;
        }
    }
    assert!(worded > 10, "{worded} reasons");
}
