//! File formats and run plumbing: JSON Schema, serde round trips, TypeScript export,
//! CSV / XES logs, progress and cancellation.

mod common;

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

use common::*;
use quick_xml::events::Event;
use touchmap_engine::compare::{Comparison, compare};
use touchmap_engine::log::{CsvLog, EventSink, XesLog};
use touchmap_engine::model::{Dist, FlowModel, Node, flow_model_schema};
use touchmap_engine::sample::{AS_IS, TO_BE, triple_play};
use touchmap_engine::validate::ValidationError;
use touchmap_engine::{EngineError, RunConfig, RunResult, run};

#[test]
fn sample_model_matches_its_json_schema_and_round_trips() {
    let schema = flow_model_schema();
    let validator = jsonschema::validator_for(&schema).expect("schema compiles");
    let model = triple_play();
    let value = serde_json::to_value(&model).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&value)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
    let text = serde_json::to_string_pretty(&model).unwrap();
    let back = FlowModel::from_json(&text).unwrap();
    assert_eq!(back, model);
    // camelCase and tagged enums
    assert!(text.contains("\"technicianVisit\": true"));
    assert!(text.contains("\"kind\": \"parallelSplit\"") || text.contains("\"kind\": \"task\""));
    let mut bad = value.clone();
    bad["segments"] = serde_json::json!("not a list");
    assert!(!validator.is_valid(&bad));
}

#[test]
fn model_header_is_checked() {
    let mut v = serde_json::to_value(triple_play()).unwrap();
    v["format"] = "something-else".into();
    assert!(matches!(
        FlowModel::from_json(&v.to_string()),
        Err(EngineError::Format(_))
    ));
    v["format"] = "touchmap-flow".into();
    v["version"] = 99.into();
    assert!(matches!(
        FlowModel::from_json(&v.to_string()),
        Err(EngineError::Format(_))
    ));
}

fn small(scenario: &str) -> RunResult {
    let model = triple_play();
    let mut cfg = RunConfig::new(&model);
    cfg.scenario = Some(scenario);
    cfg.cases = 1_000;
    run(&cfg, &|_, _| {}, &AtomicBool::new(false), None).expect("run")
}

#[test]
fn results_round_trip_and_export_to_typescript() {
    let a = small(AS_IS);
    let b = small(TO_BE);
    let text = serde_json::to_string(&a).unwrap();
    let back: RunResult = serde_json::from_str(&text).unwrap();
    assert_eq!(back, a);
    assert!(text.contains("\"engineVersion\""));
    let c = compare(&a, &b);
    let back: Comparison = serde_json::from_str(&serde_json::to_string(&c).unwrap()).unwrap();
    assert_eq!(back, c);
    let mut types = specta::TypeCollection::default();
    types
        .register::<RunResult>()
        .register::<Comparison>()
        .register::<FlowModel>()
        .register::<ValidationError>();
    let ts = specta_typescript::Typescript::default()
        .export(&types)
        .expect("TypeScript export");
    assert!(ts.contains("RunResult") && ts.contains("FlowModel"));
    // Schemas of results exist too.
    let s = serde_json::to_value(schemars::schema_for!(RunResult)).unwrap();
    let v = jsonschema::validator_for(&s).unwrap();
    assert!(v.is_valid(&serde_json::to_value(&a).unwrap()));
}

fn logged_model() -> FlowModel {
    let mut t = task("odd", Dist::fixed(0.5));
    t.name = "Check <line> & \"port\", then test".into();
    model(chain(vec![
        Node::Task(task("a", Dist::exp(1.0))),
        Node::Task(t),
    ]))
}

#[test]
fn csv_log_has_one_row_per_event() {
    let m = logged_model();
    let mut cfg = RunConfig::new(&m);
    cfg.cases = 50;
    let mut sink = CsvLog::new(Vec::new());
    let plain = run(&cfg, &|_, _| {}, &AtomicBool::new(false), None).unwrap();
    let logged = run(&cfg, &|_, _| {}, &AtomicBool::new(false), Some(&mut sink)).unwrap();
    assert_eq!(plain, logged, "logging must not change results");
    let text = String::from_utf8(sink.into_inner()).unwrap();
    let mut lines = text.lines();
    assert_eq!(
        lines.next(),
        Some("case,activity,lifecycle,timestamp,resource,segment")
    );
    // Per case: the arrival, enable, start and complete of both tasks, the activation.
    assert_eq!(lines.count(), 50 * (1 + 2 * 3 + 1));
    assert!(text.contains("\"Check <line> & \"\"port\"\", then test\""));
    assert!(text.contains(",start,2026-01-"));
}

#[test]
fn xes_log_is_well_formed_with_one_trace_per_case() {
    let m = logged_model();
    let mut cfg = RunConfig::new(&m);
    cfg.cases = 30;
    let mut sink = XesLog::new(Vec::new());
    run(
        &cfg,
        &|_, _| {},
        &AtomicBool::new(false),
        Some(&mut sink as &mut dyn EventSink),
    )
    .unwrap();
    let xml = String::from_utf8(sink.into_inner()).unwrap();
    assert!(xml.contains("Check &lt;line&gt; &amp; &quot;port&quot;, then test"));
    let mut reader = quick_xml::Reader::from_str(&xml);
    let (mut traces, mut events, mut depth) = (0, 0, 0i32);
    loop {
        match reader.read_event().expect("well-formed XML") {
            Event::Start(e) => {
                depth += 1;
                match e.name().as_ref() {
                    "trace" => traces += 1,
                    "event" => events += 1,
                    _ => {}
                }
            }
            Event::End(_) => depth -= 1,
            Event::Eof => break,
            _ => {}
        }
    }
    assert_eq!(depth, 0);
    assert_eq!(traces, 30);
    assert_eq!(events, 30 * (1 + 2 * 3 + 1));
}

#[test]
fn progress_reaches_the_total_and_cancel_stops_the_run() {
    let model = triple_play();
    let mut cfg = RunConfig::new(&model);
    cfg.cases = 6_000;
    let last = AtomicU64::new(0);
    run(
        &cfg,
        &|done, total| {
            assert_eq!(total, 6_000);
            last.fetch_max(done, Ordering::Relaxed);
        },
        &AtomicBool::new(false),
        None,
    )
    .unwrap();
    assert_eq!(last.load(Ordering::Relaxed), 6_000);

    let cancel = AtomicBool::new(true);
    assert!(matches!(
        run(&cfg, &|_, _| {}, &cancel, None),
        Err(EngineError::Cancelled)
    ));

    let cancel = AtomicBool::new(false);
    let r = run(
        &cfg,
        &|done, _| {
            if done >= 1_000 {
                cancel.store(true, Ordering::Relaxed);
            }
        },
        &cancel,
        None,
    );
    assert!(matches!(r, Err(EngineError::Cancelled)));
}

#[test]
fn unknown_scenario_and_segment_are_errors() {
    let model = triple_play();
    let mut cfg = RunConfig::new(&model);
    cfg.scenario = Some("nope");
    assert!(matches!(
        run(&cfg, &|_, _| {}, &AtomicBool::new(false), None),
        Err(EngineError::UnknownScenario(_))
    ));
    cfg.scenario = None;
    cfg.segment = Some("martians");
    assert!(matches!(
        run(&cfg, &|_, _| {}, &AtomicBool::new(false), None),
        Err(EngineError::UnknownSegment(_))
    ));
}

#[test]
fn sink_for_path_picks_the_format_by_extension() {
    let dir = tempfile::tempdir().unwrap();
    let m = logged_model();
    let mut cfg = RunConfig::new(&m);
    cfg.cases = 5;
    for name in ["log.csv", "log.xes"] {
        let path = dir.path().join(name);
        let mut sink = touchmap_engine::log::sink_for_path(&path).unwrap();
        run(&cfg, &|_, _| {}, &AtomicBool::new(false), Some(&mut *sink)).unwrap();
        drop(sink);
        let text = std::fs::read_to_string(&path).unwrap();
        if name.ends_with("xes") {
            assert!(text.starts_with("<?xml") && text.trim_end().ends_with("</log>"));
        } else {
            assert!(text.starts_with("case,activity"));
        }
    }
}

#[test]
fn csv_event_log_neutralises_formula_cells_whatever_the_separator() {
    // `simulate --log x.csv` used to write these names as they were: a spreadsheet ran them.
    let mut first = task("a", Dist::fixed(0.5));
    first.name = "=HYPERLINK(\"http://x\")".into();
    first.resource = Some("p".into());
    let mut second = task("b", Dist::fixed(0.5));
    second.name = "-1+2".into();
    let mut m = model(chain(vec![Node::Task(first), Node::Task(second)]));
    m.segments[0].name = "a;=1+1".into();
    m.resources = vec![touchmap_engine::model::ResourcePool {
        id: "p".into(),
        name: "@SUM(A1)".into(),
        capacity: 1,
        calendar: None,
        cost_per_hour: None,
    }];
    let mut cfg = RunConfig::new(&m);
    cfg.cases = 3;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("x.csv");
    let mut sink = touchmap_engine::log::sink_for_path(&path).unwrap();
    run(&cfg, &|_, _| {}, &AtomicBool::new(false), Some(&mut *sink)).unwrap();
    drop(sink);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(
        text.contains(",\"'=HYPERLINK(\"\"http://x\"\")\",start,"),
        "{text}"
    );
    assert!(text.contains(",'-1+2,start,"), "{text}");
    assert!(text.contains(",'@SUM(A1),\"a;=1+1\"\n"), "{text}");
    for line in text.lines().skip(1) {
        // Unquoted, a semicolon reader would see `=1+1` as a cell of its own.
        assert!(
            !line.contains(";=") || line.contains("\"a;=1+1\""),
            "{line}"
        );
        // The case number stays a number.
        assert!(
            line.split(',').next().unwrap().parse::<u64>().is_ok(),
            "{line}"
        );
    }
}
