//! Files committed from the one sample, checked fresh: the UI's tests run on what the real
//! backend gives for it (`ui/src/test/fixtures/*.json`: the sample workspace, the flow view
//! of each scenario, a run, a comparison, the run list, what keeping a what-if trial
//! writes, the improvement finder's findings and what keeping the best of them writes),
//! and the engine's tests and benchmarks on its
//! derived flow model (`crates/engine/examples/triple-play.flow.json`). Each test fails
//! when a committed copy is stale; set `TOUCHMAP_BLESS=1` to rewrite them after a
//! deliberate change.
#![allow(clippy::unwrap_used)] // test helpers fail loudly by design

mod common;

use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;

use touchmap_engine::improve::{Objective, Screening};
use touchmap_workbench::{
    ImproveRequest, KeptScenario, RunRequest, Trial, compare, find_improvements, flow_view,
    keep_improvement, keep_trial, run, simulation_input,
};

use common::{Sample, open_sample};

/// Cases of the fixture runs: enough for every step and segment to show up, small enough
/// to keep the files reviewable.
const CASES: u32 = 2_000;

fn repository() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Compares (or with TOUCHMAP_BLESS writes) one committed file, named from the top of the
/// repository; returns its name when it is stale.
fn check(name: &str, value: &impl serde::Serialize) -> Option<String> {
    let path = repository().join(name);
    let fresh = serde_json::to_string_pretty(value).unwrap() + "\n";
    if std::env::var_os("TOUCHMAP_BLESS").is_some() {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).unwrap();
        }
        std::fs::write(&path, &fresh).unwrap();
        return None;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    (committed != fresh).then(|| name.to_owned())
}

const BLESS: &str = "run `TOUCHMAP_BLESS=1 cargo test -p touchmap-workbench --test committed_samples` and commit the result";

#[tokio::test]
async fn the_engine_example_is_the_derived_sample_model() {
    // `_dir` is bound, not dropped: the file lives until the end of the test.
    let Sample {
        _dir, workspace, ..
    } = open_sample().await;
    let model = touchmap_workbench::flow_file(&workspace, "Home triple-play", None)
        .await
        .unwrap();
    let stale = check("crates/engine/examples/triple-play.flow.json", &model);
    assert!(stale.is_none(), "{stale:?} is stale: {BLESS}");
}

#[tokio::test]
async fn committed_ui_fixtures_are_what_the_backend_gives_for_the_sample() {
    let Sample {
        _dir,
        workspace,
        document,
        bundle,
    } = open_sample().await;
    let input = simulation_input(&workspace, &bundle, None).await.unwrap();
    let views: serde_json::Map<String, serde_json::Value> = document
        .scenarios
        .iter()
        .map(|s| {
            let view = flow_view(&input, Some(&s.id)).unwrap();
            (s.id.clone(), serde_json::to_value(view).unwrap())
        })
        .collect();
    let request = RunRequest {
        scenario: Some("as-is".into()),
        segment: None,
        cases: CASES,
        seed: 1,
    };
    let none = AtomicBool::new(false);
    let result = run(&input, &request, &|_, _| {}, &none, None).unwrap();
    let comparison = compare(&input, &request, ["as-is", "to-be"], &|_, _| {}, &none).unwrap();
    // The run list: both scenarios saved as full runs, ids and times made stable.
    let to_be = RunRequest {
        scenario: Some("to-be".into()),
        ..request.clone()
    };
    let to_be_result = run(&input, &to_be, &|_, _| {}, &none, None).unwrap();
    let a = workspace
        .save_run(&bundle, &input.model, &result)
        .await
        .unwrap();
    let b = workspace
        .save_run(&bundle, &input.model, &to_be_result)
        .await
        .unwrap();
    assert_eq!(
        touchmap_workbench::compare_runs(&workspace, [&a, &b])
            .await
            .unwrap(),
        comparison,
        "two saved runs compare as the scenarios do when run together"
    );
    let mut runs = touchmap_workbench::runs(&workspace).await.unwrap();
    for (run, (id, at)) in runs.iter_mut().zip([
        ("run-to-be", "2026-11-02T10:00:00+00:00"),
        ("run-as-is", "2026-11-01T10:00:00+00:00"),
    ]) {
        run.id = id.into();
        run.at = at.into();
    }
    // Keeping a what-if (the first pool down to one server) on the as-is as a scenario.
    let as_is = document
        .scenarios
        .iter()
        .find(|s| s.name == "as-is")
        .unwrap();
    let pool = &input.model.resources[0];
    let kept = keep_trial(
        &workspace,
        &bundle,
        &as_is.id,
        &Trial {
            pool: pool.id.clone(),
            capacity: 1,
        },
        &KeptScenario {
            id: "kept-trial".into(),
            name: "as-is, 1 server".into(),
            pool_name: format!("{} (1)", pool.name),
        },
    )
    .await
    .unwrap();
    // The finder on the as-is for the mix's p90 time to activation, screened small so the
    // fixture is quick to make, and its best change kept as a scenario.
    let findings = find_improvements(
        &input,
        &ImproveRequest {
            scenario: Some("as-is".into()),
            segment: None,
            objective: Objective::P90Cycle,
            cases: CASES,
            seed: 1,
            top: 10,
            screening: Some(Screening {
                cases: 500,
                keep: 10,
            }),
        },
        &|_, _| {},
        &none,
    )
    .unwrap();
    let best = &findings.findings[0].candidate;
    let kept_improvement = keep_improvement(
        &workspace,
        &bundle,
        &as_is.id,
        &best.improvement,
        &KeptScenario {
            id: "kept-improvement".into(),
            name: format!("as-is + {}", best.description),
            pool_name: format!("{} ({})", best.subject, best.after),
        },
    )
    .await
    .unwrap();
    let stale: Vec<String> = [
        check("ui/src/test/fixtures/sample-workspace.json", &document),
        check("ui/src/test/fixtures/sample-flow-views.json", &views),
        check("ui/src/test/fixtures/sample-run.json", &result),
        check("ui/src/test/fixtures/sample-comparison.json", &comparison),
        check("ui/src/test/fixtures/sample-runs.json", &runs),
        check("ui/src/test/fixtures/sample-kept-trial.json", &kept),
        check("ui/src/test/fixtures/sample-findings.json", &findings),
        check(
            "ui/src/test/fixtures/sample-kept-improvement.json",
            &kept_improvement,
        ),
    ]
    .into_iter()
    .flatten()
    .collect();
    assert!(stale.is_empty(), "{stale:?} are stale: {BLESS}");
}
