//! The `touchmap` binary, run as a user would run it.
#![allow(clippy::unwrap_used)] // test helpers fail loudly by design

mod common;

use std::path::Path;

use common::{Dir, fails, kpi, minus_zeros, ok, on_sample_bundle, s, schema_errors};

#[test]
fn new_sample_then_info_lists_segments_journeys_and_bundles() {
    let dir = Dir::new();
    let file = dir.join("client.touchmap");
    ok(&["new", s(&file), "--sample"]);
    let table = ok(&["info", s(&file)]);
    assert!(table.contains("Stages    Discover → Choose"), "{table}");
    let json: serde_json::Value = serde_json::from_str(&ok(&["info", s(&file), "--json"])).unwrap();
    assert_eq!(json["stages"].as_array().unwrap().len(), 7);
    assert_eq!(json["channels"], 12);
}

#[test]
fn new_refuses_to_overwrite_without_force() {
    let dir = Dir::new();
    let file = dir.join("a.touchmap");
    ok(&["new", s(&file)]);
    assert!(fails(&["new", s(&file)]).contains("already exists"));
    ok(&["new", s(&file), "--force"]);
}

#[test]
fn export_import_export_is_identical() {
    let dir = Dir::new();
    let (a, b) = (dir.join("a.touchmap"), dir.join("b.touchmap"));
    let (first, second) = (dir.join("first.json"), dir.join("second.json"));
    ok(&["new", s(&a), "--sample"]);
    ok(&["new", s(&b)]);
    ok(&["export", s(&a), "--json", s(&first)]);
    ok(&["import", s(&b), s(&first)]);
    ok(&["export", s(&b), "--json", s(&second)]);
    assert_eq!(
        std::fs::read_to_string(&first).unwrap(),
        std::fs::read_to_string(&second).unwrap()
    );
}

#[test]
fn the_export_validates_against_the_documented_schema() {
    let dir = Dir::new();
    let (file, out) = (dir.join("a.touchmap"), dir.join("a.json"));
    ok(&["new", s(&file), "--sample"]);
    ok(&["export", s(&file), "--json", s(&out)]);
    let export: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    let errors = schema_errors("workspace.schema.json", &export);
    assert!(errors.is_empty(), "{errors:?}");
}

#[test]
fn the_documented_schemas_are_up_to_date() {
    let dir = Dir::new();
    ok(&["schema", s(dir.0.path())]);
    for name in [
        "workspace.schema.json",
        "flow-model.schema.json",
        "findings.schema.json",
    ] {
        let committed = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../docs")
            .join(name);
        let fresh = std::fs::read_to_string(dir.join(name)).unwrap();
        if std::env::var_os("TOUCHMAP_BLESS").is_some() {
            std::fs::write(&committed, &fresh).unwrap();
        }
        assert!(
            std::fs::read_to_string(&committed).unwrap_or_default() == fresh,
            "docs/{name} is stale: run `TOUCHMAP_BLESS=1 cargo test -p touchmap-cli` and commit it"
        );
    }
}

fn import_error(json: &str) -> (String, Vec<u8>, Vec<u8>) {
    let dir = Dir::new();
    let (file, input) = (dir.join("w.touchmap"), dir.join("in.json"));
    ok(&["new", s(&file), "--sample"]);
    std::fs::write(&input, json).unwrap();
    let before = std::fs::read(&file).unwrap();
    let message = fails(&["import", s(&file), s(&input)]);
    let after = std::fs::read(&file).unwrap();
    (message, before, after)
}

#[test]
fn malformed_json_is_rejected_and_the_workspace_is_unchanged() {
    let (message, before, after) = import_error("{\"format\": \"touchmap-workspace\", ");
    assert!(message.contains("in.json"), "{message}");
    assert_eq!(before, after);
}

#[test]
fn a_wrongly_typed_field_is_named_by_its_path() {
    let dir = Dir::new();
    let (file, out) = (dir.join("a.touchmap"), dir.join("a.json"));
    ok(&["new", s(&file), "--sample"]);
    ok(&["export", s(&file), "--json", s(&out)]);
    let mut export: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    export["stages"][2]["position"] = serde_json::json!("third");
    let (message, before, after) = import_error(&export.to_string());
    assert!(message.contains("stages[2].position"), "{message}");
    assert_eq!(before, after);
}

#[test]
fn an_invalid_value_is_named_by_its_path() {
    let dir = Dir::new();
    let (file, out) = (dir.join("a.touchmap"), dir.join("a.json"));
    ok(&["new", s(&file), "--sample"]);
    ok(&["export", s(&file), "--json", s(&out)]);
    let mut export: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    export["channels"]
        .as_array_mut()
        .unwrap()
        .push(serde_json::json!({
            "id": "c-x", "name": "Kiosk", "kind": "faceToFace", "position": 99
        }));
    export["steps"] = serde_json::json!([{
        "id": "x", "journeyId": "nope", "stageId": export["stages"][0]["id"], "lane": "frontstage",
        "position": 0, "title": "Bad", "description": "", "channelId": "c-x", "department": "",
        "emotion": 9, "effort": 3, "painPoints": [], "opportunities": [], "flowTask": null
    }]);
    let (message, before, after) = import_error(&export.to_string());
    assert!(message.contains("steps[0].emotion"), "{message}");
    assert!(message.contains("steps[0].journeyId"), "{message}");
    assert_eq!(before, after);
}

#[test]
fn info_on_a_file_that_is_not_a_workspace_names_it() {
    let dir = Dir::new();
    let file = dir.join("notes.txt");
    std::fs::write(&file, "hello").unwrap();
    let message = fails(&["info", s(&file)]);
    assert!(
        message.contains("notes.txt") && message.contains("not a Touchmap workspace"),
        "{message}"
    );
}

#[test]
fn simulate_the_sample_as_is_reproduces_the_three_week_tail_and_saves_the_run() {
    let dir = Dir::new();
    let out = on_sample_bundle(
        &dir,
        "simulate",
        &["--scenario", "as-is", "--cases", "4000", "--json"],
    );
    let result: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        (result["seed"].as_u64(), result["cases"].as_u64()),
        (Some(1), Some(4000))
    );
    let kpis = &result["overall"]["kpis"];
    let p90_days = kpi(kpis, "cycleDays")["p90"]["value"].as_f64().unwrap();
    assert!(
        (18.0..=24.0).contains(&p90_days),
        "as-is p90 {p90_days} days"
    );
    let table = on_sample_bundle(&dir, "simulate", &["--cases", "2000"]);
    assert!(
        table.contains("Top friction") && table.contains("saved as run"),
        "{table}"
    );
}

#[test]
fn compare_shows_the_to_be_improvement() {
    let dir = Dir::new();
    let scenarios = ["--scenarios", "as-is,to-be", "--cases", "3000"];
    let table = on_sample_bundle(&dir, "compare", &scenarios);
    assert!(
        table.contains("as-is") && table.contains("to-be"),
        "{table}"
    );
    let json = on_sample_bundle(&dir, "compare", &[&scenarios[..], &["--json"]].concat());
    let comparison: serde_json::Value = serde_json::from_str(&json).unwrap();
    let cycle = kpi(&comparison["segments"][0]["kpis"], "cycleDays");
    assert!(cycle["p90"]["diff"].as_f64().unwrap() < -7.0, "{cycle}");
    assert_eq!(cycle["p90"]["significant"], true);
    // The headline carries the same p90 difference, with its relative change.
    let lead = &comparison["segments"][0]["headline"][0];
    assert_eq!(
        (&lead["measure"], &lead["statistic"], &lead["change"]),
        (
            &"timeToActivation".into(),
            &"p90".into(),
            &cycle["p90"]["diff"]
        ),
        "{lead}"
    );
    assert!(lead["relativeChange"].as_f64().unwrap() < -0.3, "{lead}");
}

#[test]
fn compare_prints_the_headline_first_and_never_a_minus_zero() {
    let dir = Dir::new();
    // Same scenario twice: every difference is zero, the case where "-0.00" used to appear.
    let same = on_sample_bundle(
        &dir,
        "compare",
        &["--scenarios", "as-is,as-is", "--cases", "500"],
    );
    assert_eq!(minus_zeros(&same), Vec::<&str>::new(), "{same}");
    assert!(
        same.starts_with("as-is vs as-is (All segments): p90 time to activation 0% ("),
        "{same}"
    );
    let table = on_sample_bundle(
        &dir,
        "compare",
        &["--scenarios", "as-is,to-be", "--cases", "2000"],
    );
    assert_eq!(minus_zeros(&table), Vec::<&str>::new(), "{table}");
    let first = table.lines().next().unwrap();
    for expected in [
        "to-be vs as-is (All segments): p90 time to activation −",
        "p90 contacts −",
        "p90 technician visits −",
        "abandonment ",
    ] {
        assert!(first.contains(expected), "{expected} in {first}");
    }
    assert!(
        table.find("to-be vs as-is") < table.find("A = as-is"),
        "the headline comes before the table: {table}"
    );
}

#[test]
fn simulate_a_standalone_model_writes_an_xes_log() {
    let dir = Dir::new();
    let model =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../engine/examples/triple-play.flow.json");
    let log = dir.join("events.xes");
    ok(&[
        "simulate",
        "--model",
        s(&model),
        "--scenario",
        "to-be",
        "--cases",
        "200",
        "--log",
        s(&log),
    ]);
    let xes = std::fs::read_to_string(&log).unwrap();
    assert!(
        xes.contains("<log") && xes.contains("<trace>"),
        "{}",
        &xes[..xes.len().min(400)]
    );
}

#[test]
fn simulate_names_an_unknown_bundle_and_scenario() {
    let dir = Dir::new();
    let file = dir.join("s.touchmap");
    ok(&["new", s(&file), "--sample"]);
    assert!(fails(&["simulate", s(&file), "--bundle", "Quad play"]).contains("Quad play"));
    let message = fails(&[
        "simulate",
        s(&file),
        "--bundle",
        "Home triple-play",
        "--scenario",
        "dream",
    ]);
    assert!(message.contains("dream"), "{message}");
}

#[test]
fn simulate_compare_and_report_take_the_only_bundle_and_name_them_all_when_there_are_several() {
    let dir = Dir::new();
    let file = dir.join("s.touchmap");
    ok(&["new", s(&file), "--sample"]);
    let cases = ["--cases", "300"];
    let table = ok(&[&["simulate", s(&file), "--no-save"][..], &cases].concat());
    assert!(table.contains("Home triple-play"), "{table}");
    let compared = ok(&[
        &["compare", s(&file), "--scenarios", "as-is,to-be"][..],
        &cases,
    ]
    .concat());
    assert!(compared.starts_with("to-be vs as-is"), "{compared}");
    let html = dir.join("r.html");
    ok(&[&["report", s(&file), "--out", s(&html)][..], &cases].concat());
    assert!(
        std::fs::read_to_string(&html)
            .unwrap()
            .contains("Home triple-play"),
        "the cover names the bundle taken"
    );

    // A second bundle: now the command must be told which.
    let json = dir.join("doc.json");
    ok(&["export", s(&file), "--json", s(&json)]);
    let mut document: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&json).unwrap()).unwrap();
    document["bundles"]
        .as_array_mut()
        .unwrap()
        .push(serde_json::json!({
            "id": "quad", "name": "Quad play", "description": ""
        }));
    std::fs::write(&json, document.to_string()).unwrap();
    ok(&["import", s(&file), s(&json)]);
    for command in [
        vec!["simulate", s(&file), "--no-save"],
        vec!["compare", s(&file), "--scenarios", "as-is,to-be"],
        vec!["report", s(&file), "--out", s(&html)],
    ] {
        let message = fails(&command);
        assert!(
            message.contains("Home triple-play")
                && message.contains("Quad play")
                && message.contains("--bundle"),
            "{command:?}: {message}"
        );
    }
}

#[test]
fn an_invalid_model_file_lists_its_problems_by_task_name() {
    let dir = Dir::new();
    let source =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../engine/examples/triple-play.flow.json");
    let mut model: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(source).unwrap()).unwrap();
    let text = model
        .to_string()
        .replace("\"probability\":0.35", "\"probability\":1.3");
    model = serde_json::from_str(&text).unwrap();
    let path = dir.join("bad.flow.json");
    std::fs::write(&path, model.to_string()).unwrap();
    let message = fails(&[
        "simulate",
        "--model",
        s(&path),
        "--scenario",
        "as-is",
        "--cases",
        "10",
    ]);
    assert!(
        message.contains("Bills wrong or confusing?") && message.contains("1.3"),
        "{message}"
    );
}

#[test]
fn report_writes_html_and_pdf_with_results_and_comparison() {
    let dir = Dir::new();
    let html = dir.join("report.html");
    let said = on_sample_bundle(
        &dir,
        "report",
        &[
            "--scenario",
            "as-is",
            "--compare",
            "as-is,to-be",
            "--cases",
            "500",
            "--out",
            s(&html),
        ],
    );
    assert!(said.contains("wrote"), "{said}");
    let text = std::fs::read_to_string(&html).unwrap();
    for heading in [
        "Journey map",
        "Touchpoint map",
        "Friction ranking",
        "Scenario comparison",
    ] {
        assert!(text.contains(heading), "the report has {heading}");
    }
    assert!(!text.contains("<script"));

    let pdf = dir.join("report.pdf");
    on_sample_bundle(&dir, "report", &["--cases", "300", "--out", s(&pdf)]);
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF"));

    let file = dir.join("s.touchmap");
    let error = fails(&[
        "report",
        s(&file),
        "--bundle",
        "Home triple-play",
        "--out",
        "r.doc",
    ]);
    assert!(error.contains(".html or .pdf"), "{error}");

    // The chosen segments only (by name, any case), as the app's report does.
    let senior = dir.join("senior.html");
    on_sample_bundle(
        &dir,
        "report",
        &[
            "--segments",
            "senior",
            "--cases",
            "300",
            "--out",
            s(&senior),
        ],
    );
    let text = std::fs::read_to_string(&senior).unwrap();
    assert!(
        text.contains("Touchpoint map: Senior") && !text.contains("Touchpoint map: Family home"),
        "only the Senior segment's maps"
    );
    let error = fails(&[
        "report",
        s(&file),
        "--segments",
        "Students",
        "--out",
        s(&senior),
    ]);
    assert!(error.contains("Students"), "{error}");
}

/// `export --flow` writes the model the workspace runs: `simulate --model` on that file
/// gives the very numbers `simulate FILE --bundle` gives.
#[test]
fn the_exported_flow_model_simulates_like_the_workspace() {
    let dir = Dir::new();
    let flow = dir.join("triple.flow.json");
    on_sample_bundle(&dir, "export", &["--flow", s(&flow), "--scenario", "to-be"]);
    let model: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&flow).unwrap()).unwrap();
    assert_eq!(model["scenarios"].as_array().unwrap().len(), 1);
    let args = [
        "--scenario",
        "to-be",
        "--cases",
        "800",
        "--seed",
        "5",
        "--json",
    ];
    let from_workspace: serde_json::Value = serde_json::from_str(&on_sample_bundle(
        &dir,
        "simulate",
        &[&args[..], &["--no-save"]].concat(),
    ))
    .unwrap();
    let from_file: serde_json::Value =
        serde_json::from_str(&ok(
            &[&["simulate", "--model", s(&flow)], &args[..]].concat()
        ))
        .unwrap();
    // The same numbers; only friction differs, as the file carries no journey emotions.
    let figures = |result: &serde_json::Value| {
        std::iter::once(&result["overall"])
            .chain(result["segments"].as_array().unwrap())
            .map(|g| {
                (
                    g["cases"].clone(),
                    g["abandoned"].clone(),
                    g["kpis"].clone(),
                )
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(figures(&from_workspace), figures(&from_file));
    let error = fails(&[
        "export",
        s(&dir.join("s.touchmap")),
        "--bundle",
        "Home triple-play",
        "--flow",
        s(&flow),
        "--scenario",
        "nope",
    ]);
    assert!(error.contains("no scenario \"nope\""), "{error}");
}

#[test]
fn runs_lists_the_saved_full_runs_with_their_headline_figures() {
    let dir = Dir::new();
    let file = dir.join("s.touchmap");
    ok(&["new", s(&file), "--sample"]);
    assert_eq!(ok(&["runs", s(&file)]), "no saved runs\n");
    on_sample_bundle(&dir, "simulate", &["--scenario", "as-is", "--cases", "600"]);
    on_sample_bundle(
        &dir,
        "simulate",
        &["--scenario", "to-be", "--cases", "600", "--no-save"],
    );
    let table = ok(&["runs", s(&file)]);
    assert!(
        table.contains("Home triple-play") && table.contains("as-is"),
        "{table}"
    );
    assert!(
        !table.contains("to-be"),
        "a run asked not to be saved is not: {table}"
    );
    let runs: serde_json::Value = serde_json::from_str(&ok(&["runs", s(&file), "--json"])).unwrap();
    let run = &runs.as_array().unwrap()[0];
    assert_eq!(run["cases"], 600);
    assert!(run["headline"]["p90Days"].as_f64().unwrap() > 10.0, "{run}");
}

/// Seen on main: a report without `--scenario` ran the sample's first scenario (as-is) but
/// titled its results "as-is — base design" (the sample has no base design) and listed no
/// scenario on its cover; with `--scenario to-be` the title read "to-be — to-be".
#[test]
fn a_report_of_the_default_scenario_called_it_the_base_design() {
    let dir = Dir::new();
    let html = dir.join("default.html");
    on_sample_bundle(&dir, "report", &["--cases", "300", "--out", s(&html)]);
    let text = std::fs::read_to_string(&html).unwrap();
    assert!(
        text.contains("Simulation results — as-is<"),
        "results of as-is, named once"
    );
    assert!(
        !text.contains("base design"),
        "the sample has no base design"
    );
    // The cover's line: the label, then its value in the next text element.
    let cover = text.split(">Scenarios</text>").nth(1).unwrap_or_default();
    let listed = cover.split("</text>").next().unwrap_or_default();
    assert!(
        listed.ends_with(">as-is"),
        "the cover lists the scenario shown: {listed}"
    );
    let table = on_sample_bundle(&dir, "simulate", &["--cases", "300", "--no-save"]);
    let header = table.lines().next().unwrap_or_default();
    assert!(
        header.starts_with("Home triple-play — as-is — 300 cases"),
        "{header}"
    );

    let html = dir.join("to-be.html");
    on_sample_bundle(
        &dir,
        "report",
        &["--scenario", "to-be", "--cases", "300", "--out", s(&html)],
    );
    let text = std::fs::read_to_string(&html).unwrap();
    assert!(text.contains("Simulation results — to-be<"), "named once");
}

/// The app writes its report in English or Chinese; the command line wrote English only.
#[test]
fn a_report_in_chinese_from_the_command_line() {
    let dir = Dir::new();
    let html = dir.join("zh.html");
    on_sample_bundle(
        &dir,
        "report",
        &["--cases", "300", "--language", "zh-CN", "--out", s(&html)],
    );
    let page = std::fs::read_to_string(&html).unwrap();
    assert!(
        page.contains("lang=\"zh-CN\""),
        "the page says its language"
    );
    for word in ["客户旅程与开通报告", "执行摘要", "摩擦排名"] {
        assert!(page.contains(word), "{word}");
    }
    assert!(!page.contains("Executive summary"));

    let file = dir.join("s.touchmap");
    let message = fails(&["report", s(&file), "--language", "fr", "--out", s(&html)]);
    assert!(
        message.contains("--language fr") && message.contains("en, zh-CN"),
        "{message}"
    );
}
