//! The workspace is the one truth: what a user edits on the journey side (segments,
//! services, silos, channels) is what the simulation runs, through the same use cases the
//! app and the CLI call. And workspaces written by format version 1 convert and simulate
//! as before.
#![allow(clippy::unwrap_used)] // test helpers fail loudly by design

mod common;

use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;

use touchmap_engine::RunResult;
use touchmap_engine::model::{Dist, Node};
use touchmap_engine::stats::KpiKind;
use touchmap_model::{Entity, Segment, Service, WorkspaceDocument};
use touchmap_store::{Change, Workspace};
use touchmap_workbench::{Error, RunRequest, flow_view, run, simulation_input};

use common::{Sample, open_sample};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../store/tests/fixtures")
        .join(name)
}

impl Sample {
    fn segment(&self, name: &str) -> Segment {
        self.document
            .segments
            .iter()
            .find(|s| s.name == name)
            .unwrap()
            .clone()
    }

    async fn put(&self, entity: Entity) {
        self.workspace
            .apply("Edit", &[Change::Put { entity }])
            .await
            .unwrap();
    }

    async fn run(&self, scenario: &str, segment: Option<&str>, cases: u32) -> RunResult {
        let input = simulation_input(&self.workspace, &self.bundle, segment)
            .await
            .unwrap();
        let request = RunRequest {
            scenario: Some(scenario.into()),
            segment: segment.map(str::to_owned),
            cases,
            seed: 3,
        };
        run(&input, &request, &|_, _| {}, &AtomicBool::new(false), None).unwrap()
    }
}

#[tokio::test]
async fn a_changed_segment_patience_changes_abandonment() {
    let s = open_sample().await;
    let young = s.segment("Young digital");
    let before = s.run("as-is", Some(&young.id), 2_000).await;
    let mut impatient = young.clone();
    impatient.patience_days = Some(Dist::fixed(5.0));
    s.put(Entity::Segment(impatient)).await;
    let after = s.run("as-is", Some(&young.id), 2_000).await;
    let (b, a) = (
        before.overall.abandonment_rate.value,
        after.overall.abandonment_rate.value,
    );
    assert!(a > b + 0.5, "abandonment {b} → {a}");
}

#[tokio::test]
async fn a_changed_share_changes_the_case_mix() {
    let s = open_sample().await;
    let senior = s.segment("Senior");
    let cases_of = |result: &RunResult| {
        result
            .segments
            .iter()
            .find(|g| g.segment_id.as_deref() == Some(senior.id.as_str()))
            .unwrap()
            .cases as f64
            / f64::from(result.overall.cases)
    };
    let before = cases_of(&s.run("to-be", None, 4_000).await);
    let mut more = senior.clone();
    more.share = 0.75;
    s.put(Entity::Segment(more)).await;
    let after = cases_of(&s.run("to-be", None, 4_000).await);
    // Shares 0.30/0.35/0.10/0.25 → senior 25%; with 0.75 it is 0.75 / 1.5 = 50%.
    assert!((before - 0.25).abs() < 0.04, "before {before}");
    assert!((after - 0.50).abs() < 0.04, "after {after}");
}

#[tokio::test]
async fn a_service_added_to_the_bundle_appears_in_the_simulated_flow() {
    let s = open_sample().await;
    let service = Service {
        id: "smart-home".into(),
        bundle_id: s.bundle.clone(),
        name: "Smart home".into(),
        silo_id: s.document.silos[2].id.clone(),
        optional: false,
        position: 4,
    };
    let applied = s
        .workspace
        .apply(
            "Add service",
            &[Change::Put {
                entity: Entity::Service(service),
            }],
        )
        .await
        .unwrap();
    let scenario_puts = applied
        .changes
        .iter()
        .filter(|c| {
            matches!(
                c,
                Change::Put {
                    entity: Entity::Scenario(_)
                }
            )
        })
        .count();
    assert_eq!(scenario_puts, 2, "every scenario gets the service");
    let input = simulation_input(&s.workspace, &s.bundle, None)
        .await
        .unwrap();
    for scenario in ["as-is", "to-be"] {
        let view = flow_view(&input, Some(scenario)).unwrap();
        assert!(view.problems.is_empty(), "{:?}", view.problems);
        assert!(
            view.flow
                .nodes
                .iter()
                .any(|n| n.name() == "Provision Smart home"),
            "{scenario}"
        );
    }
    let result = s.run("as-is", None, 500).await;
    assert!(
        result
            .overall
            .steps
            .iter()
            .any(|step| step.name == "Provision Smart home" && step.executions_per_case > 0.0)
    );

    // Removing it takes it out of every scenario, and undo brings it back.
    s.workspace
        .apply(
            "Remove service",
            &[Change::Delete {
                target: touchmap_model::EntityRef {
                    kind: touchmap_model::EntityKind::Service,
                    id: "smart-home".into(),
                },
            }],
        )
        .await
        .unwrap();
    let scenarios = s.workspace.snapshot().await.unwrap().scenarios;
    assert!(
        scenarios
            .iter()
            .all(|sc| sc.service("smart-home").is_none())
    );
    s.workspace.undo().await.unwrap();
    let scenarios = s.workspace.snapshot().await.unwrap().scenarios;
    assert!(
        scenarios
            .iter()
            .all(|sc| sc.service("smart-home").is_some())
    );
}

#[tokio::test]
async fn a_renamed_silo_or_channel_keeps_the_flow_valid_under_its_new_name() {
    let s = open_sample().await;
    let mut silo = s
        .document
        .silos
        .iter()
        .find(|x| x.name == "Broadband field team")
        .unwrap()
        .clone();
    silo.name = "Fibre installers".into();
    s.put(Entity::Silo(silo)).await;
    let mut channel = s
        .document
        .channels
        .iter()
        .find(|c| c.name == "Technician at home")
        .unwrap()
        .clone();
    channel.name = "Home visit".into();
    s.put(Entity::Channel(channel)).await;
    let input = simulation_input(&s.workspace, &s.bundle, None)
        .await
        .unwrap();
    let view = flow_view(&input, Some("as-is")).unwrap();
    assert!(view.problems.is_empty(), "{:?}", view.problems);
    let visit = view
        .flow
        .nodes
        .iter()
        .find_map(|n| match n {
            Node::Task(t) if t.id == "bb-tech-visit" => Some(t),
            _ => None,
        })
        .unwrap();
    assert_eq!(
        (visit.silo.as_str(), visit.channel.as_str()),
        ("Fibre installers", "Home visit")
    );
    let result = s.run("as-is", None, 500).await;
    let step = result
        .overall
        .steps
        .iter()
        .find(|st| st.node_id == "bb-tech-visit")
        .unwrap();
    assert_eq!(step.silo.as_deref(), Some("Fibre installers"));
}

#[tokio::test]
async fn an_engine_refusal_carries_its_problems_by_node() {
    let s = open_sample().await;
    let mut scenario = s.document.scenarios[0].clone();
    let task = scenario
        .order
        .nodes
        .iter_mut()
        .find_map(|n| match n {
            Node::Task(t) => Some(t),
            _ => None,
        })
        .unwrap();
    task.rework = Some(touchmap_engine::model::Rework {
        probability: 1.3,
        target: "nowhere".into(),
    });
    let task_id = task.id.clone();
    s.put(Entity::Scenario(scenario)).await;
    let input = simulation_input(&s.workspace, &s.bundle, None)
        .await
        .unwrap();
    let request = RunRequest {
        scenario: Some("as-is".into()),
        segment: None,
        cases: 100,
        seed: 1,
    };
    let error = run(&input, &request, &|_, _| {}, &AtomicBool::new(false), None).unwrap_err();
    let Error::Refused { problems, .. } = error else {
        panic!("expected a refusal, got {error:?}");
    };
    assert!(
        problems
            .iter()
            .any(|p| p.node_id.as_deref() == Some(task_id.as_str())),
        "{problems:?}"
    );
}

/// What the app's what-if control does: edit a pool's capacity, again and again, and
/// re-estimate without storing the estimate. The file must not balloon.
#[tokio::test]
async fn a_hundred_what_if_edits_grow_the_file_by_less_than_a_megabyte() {
    let s = open_sample().await;
    let path = s.workspace.path().to_owned();
    let size = || std::fs::metadata(&path).unwrap().len();
    let before = size();
    let mut activation = s.document.activations[0].clone();
    for i in 0..100u32 {
        activation.resources[0].capacity = 1 + i % 7;
        s.put(Entity::Activation(activation.clone())).await;
        let _estimate = s.run("as-is", None, 200).await;
    }
    let grown = size().saturating_sub(before);
    assert!(grown < 1_000_000, "grew by {grown} bytes");
}

/// A workspace saved by the release before the one-model format: its file converts on
/// open, keeps its saved run, and simulates to the numbers that release gave (within the
/// noise of a run since the engine's random streams changed).
#[tokio::test]
async fn a_version_1_file_converts_and_simulates_as_before() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.touchmap");
    std::fs::copy(fixture("v1-agree.touchmap"), &path).unwrap();
    let workspace = Workspace::open(&path).await.unwrap();
    let document = workspace.snapshot().await.unwrap();
    assert_eq!(document.scenarios.len(), 2);
    assert_eq!(
        document.services.len(),
        4,
        "sub-flows matched to the services"
    );
    let young = document
        .segments
        .iter()
        .find(|s| s.name == "Young digital")
        .unwrap();
    assert_eq!(young.patience_days, Some(Dist::lognormal(45.0, 15.0)));
    let saved = workspace.all_runs().await.unwrap();
    assert_eq!(saved.len(), 1);
    assert_eq!(saved[0].headline, None, "saved before runs had headlines");
    // The run list computes an old run's headline from its result.
    let listed = touchmap_workbench::runs(&workspace).await.unwrap();
    let old_result = workspace.run(&saved[0].id).await.unwrap().1;
    assert_eq!(
        listed[0].headline,
        touchmap_store::RunHeadline::of(&old_result)
    );
    assert!(listed[0].headline.p90_days.is_some());
    let expected: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(fixture("v1-agree.expected.json")).unwrap())
            .unwrap();
    let bundle = document.bundles[0].id.clone();
    let input = simulation_input(&workspace, &bundle, None).await.unwrap();
    // As that release ran it: 2,000 cases in 4 replications, no warm-up (it came later,
    // docs/warm-up.md). Until each case drew from its own random stream (common random
    // numbers) the converted file gave the very same numbers at seed 7; now the old value
    // must agree with the mean of 8 seeds within 6 standard deviations of the difference,
    // the spread of one 2,000-case run measured across the seeds. Six, not four: that
    // spread is estimated from 8 values (Student's t with 7 degrees of freedom has heavy
    // tails) and about a hundred figures are compared; at four, Senior's mean technician
    // visits stood at 5.1 once the engine's streams changed. A conversion that lost part
    // of the model moves a figure by tens of them.
    const SEEDS: u32 = 8;
    for scenario in ["as-is", "to-be"] {
        let runs: Vec<_> = (7..7 + SEEDS)
            .map(|seed| {
                let mut config = touchmap_engine::RunConfig::new(&input.model);
                config.scenario = Some(scenario);
                config.cases = 2_000;
                config.seed = seed;
                config.replications = Some(4);
                config.warm_up = Some(0);
                touchmap_engine::run(&config, &|_, _| {}, &AtomicBool::new(false), None).unwrap()
            })
            .collect();
        let want = &expected[scenario];
        let agrees = |what: String, values: Vec<f64>, wanted: f64| {
            let n = values.len() as f64;
            let mean = values.iter().sum::<f64>() / n;
            let sd = (values.iter().map(|v| (v - mean).powi(2)).sum::<f64>() / (n - 1.0)).sqrt();
            let tolerance = 6.0 * sd * (1.0 + 1.0 / n).sqrt();
            assert!(
                (mean - wanted).abs() <= tolerance + 1e-9 * wanted.abs().max(1.0),
                "{scenario} {what}: {mean} ± {tolerance} vs {wanted}"
            );
        };
        let groups = std::iter::once((None, &want["overall"])).chain(
            want["segments"]
                .as_array()
                .unwrap()
                .iter()
                .enumerate()
                .map(|(i, w)| (Some(i), w)),
        );
        for (index, want) in groups {
            let group = |r: &touchmap_engine::RunResult| match index {
                None => r.overall.clone(),
                Some(i) => r.segments[i].clone(),
            };
            let name = group(&runs[0]).name;
            assert_eq!(want["name"].as_str().unwrap(), name);
            let rate = |g: &touchmap_engine::stats::GroupResult| {
                f64::from(g.abandoned) / f64::from(g.cases)
            };
            agrees(
                format!("{name} abandonment"),
                runs.iter().map(|r| rate(&group(r))).collect(),
                want["abandoned"].as_f64().unwrap() / f64::from(group(&runs[0]).cases),
            );
            for kind in [
                KpiKind::CycleDays,
                KpiKind::Contacts,
                KpiKind::TechnicianVisits,
            ] {
                let key = serde_json::to_value(kind).unwrap();
                let w = &want["kpis"][key.as_str().unwrap()];
                let stat = |r: &touchmap_engine::RunResult, p90: bool| {
                    let g = group(r);
                    let k = g.kpi(kind).unwrap();
                    if p90 { k.p90.value } else { k.mean.value }
                };
                for (p90, wanted) in [(false, &w["mean"]), (true, &w["p90"])] {
                    agrees(
                        format!("{name} {kind:?} {}", if p90 { "p90" } else { "mean" }),
                        runs.iter().map(|r| stat(r, p90)).collect(),
                        wanted.as_f64().unwrap(),
                    );
                }
            }
        }
    }
    workspace.close().await;
    // Converted once: opening again changes nothing.
    let again = Workspace::open(&path).await.unwrap();
    assert_eq!(again.snapshot().await.unwrap(), document);
}

#[test]
fn a_version_1_json_export_converts_on_import() {
    let text = std::fs::read_to_string(fixture("v1-sample.json")).unwrap();
    let document = WorkspaceDocument::from_json(&text).unwrap();
    assert_eq!(document.version, touchmap_model::FORMAT_VERSION);
    assert_eq!(document.scenarios.len(), 2);
    assert!(document.validate().is_empty());
    // The journey side's share stays; the simulation side's patience comes over.
    let high = document
        .segments
        .iter()
        .find(|s| s.name == "High-value")
        .unwrap();
    assert_eq!(high.share, 0.10);
    assert_eq!(high.patience_days, Some(Dist::lognormal(40.0, 12.0)));
    // Silos the old flows named but the workspace did not have are created, not lost.
    assert!(document.silos.iter().any(|s| s.name == "Broadband field"));
}
