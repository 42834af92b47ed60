//! The sample workspace, simulated as the app runs it (the flow model derived from its one
//! set of records, the journey emotions of its steps), tells the story of domain.md: the
//! as-is tail is about three weeks, twenty contacts and four visits, the to-be is better,
//! and young digital customers give up first.
#![allow(clippy::unwrap_used)] // test helpers fail loudly by design

use std::sync::OnceLock;
use std::sync::atomic::AtomicBool;

use touchmap_engine::compare::compare;
use touchmap_engine::report::{render_compare_table, render_run_table};
use touchmap_engine::stats::KpiKind;
use touchmap_engine::{RunConfig, RunResult, run};
use touchmap_model::WorkspaceDocument;
use touchmap_workbench::SimulationInput;

const AS_IS: &str = "as-is";
const TO_BE: &str = "to-be";

fn sample() -> &'static (WorkspaceDocument, SimulationInput) {
    static SAMPLE: OnceLock<(WorkspaceDocument, SimulationInput)> = OnceLock::new();
    SAMPLE.get_or_init(|| {
        let document = touchmap_store::sample::document();
        let input =
            SimulationInput::from_document(&document, &document.bundles[0].id, None).unwrap();
        (document, input)
    })
}

fn segment_id(name: &str) -> String {
    let (document, _) = sample();
    document
        .segments
        .iter()
        .find(|s| s.name == name)
        .unwrap()
        .id
        .clone()
}

fn result(scenario: &str) -> RunResult {
    let (_, input) = sample();
    let mut cfg = RunConfig::new(&input.model);
    cfg.scenario = Some(scenario);
    cfg.cases = 20_000;
    cfg.emotions = input.emotions.clone();
    run(&cfg, &|_, _| {}, &AtomicBool::new(false), None).expect("run")
}

fn runs() -> &'static (RunResult, RunResult) {
    static RUNS: OnceLock<(RunResult, RunResult)> = OnceLock::new();
    RUNS.get_or_init(|| (result(AS_IS), result(TO_BE)))
}

fn p90(r: &RunResult, k: KpiKind) -> f64 {
    r.overall.kpi(k).expect("kpi").p90.value
}

#[test]
fn as_is_tail_matches_three_weeks_twenty_contacts_four_visits() {
    let (a, _) = runs();
    let cycle = p90(a, KpiKind::CycleDays);
    let contacts = p90(a, KpiKind::Contacts);
    let visits = p90(a, KpiKind::TechnicianVisits);
    assert!((18.0..=24.0).contains(&cycle), "as-is p90 cycle {cycle}");
    assert!(
        (16.0..=24.0).contains(&contacts),
        "as-is p90 contacts {contacts}"
    );
    assert!((3.0..=4.0).contains(&visits), "as-is p90 visits {visits}");
    // The interval of the p90 is narrow enough to trust the band.
    let e = &a.overall.kpi(KpiKind::CycleDays).unwrap().p90;
    assert!(e.ci_high.unwrap() - e.ci_low.unwrap() < 1.5);
    let abandon = a.overall.abandonment_rate.value;
    assert!(
        abandon > 0.0 && abandon < 0.15,
        "as-is abandonment {abandon}"
    );
}

#[test]
fn to_be_is_better_on_every_kpi() {
    let (a, b) = runs();
    let cycle = p90(b, KpiKind::CycleDays);
    assert!((4.0..=9.0).contains(&cycle), "to-be p90 cycle {cycle}");
    assert!((3.0..=5.0).contains(&p90(b, KpiKind::Contacts)));
    assert_eq!(p90(b, KpiKind::TechnicianVisits), 1.0);
    for k in KpiKind::ALL {
        if k == KpiKind::WorkingDays {
            continue; // one longer combined visit: less waiting, not less work
        }
        let (Some(x), Some(y)) = (a.overall.kpi(k), b.overall.kpi(k)) else {
            assert_eq!(
                k,
                KpiKind::Cost,
                "only the cost is left out (the sample has no prices)"
            );
            continue;
        };
        assert!(
            y.mean.value < x.mean.value,
            "{k:?}: to-be {} vs as-is {}",
            y.mean.value,
            x.mean.value
        );
        assert!(y.p90.value <= x.p90.value, "{k:?} p90");
    }
    assert!(b.overall.abandonment_rate.value < a.overall.abandonment_rate.value);
}

#[test]
fn every_segment_is_reported() {
    let (a, _) = runs();
    let ids: Vec<_> = a
        .segments
        .iter()
        .filter_map(|g| g.segment_id.as_deref())
        .collect();
    let (document, _) = sample();
    let workspace: Vec<&str> = document.segments.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, workspace);
    let total: u32 = a.segments.iter().map(|g| g.cases).sum();
    assert_eq!(total, a.overall.cases);
    assert_eq!(a.overall.cases, 20_000);
}

#[test]
fn friction_ranks_visits_and_silo_handoffs_near_the_top() {
    let (a, _) = runs();
    for g in std::iter::once(&a.overall).chain(&a.segments) {
        assert!(!g.friction.is_empty());
        for f in &g.friction {
            // The name is shown beside the reason; the reason does not repeat it.
            assert!(
                !f.reason.is_empty() && !f.reason.contains(&f.name),
                "{}",
                f.reason
            );
            assert!(f.score.is_finite());
        }
        let top3: Vec<&str> = g
            .friction
            .iter()
            .take(3)
            .map(|f| f.node_id.as_str())
            .collect();
        assert!(
            top3.iter().any(|id| id.ends_with("tech-visit")),
            "{}: top 3 {top3:?}",
            g.name
        );
        let top = &g.friction[0];
        assert!(top.components.handoffs > 0.5 || top.components.technician_visits > 0.5);
    }
    let bb = a
        .overall
        .friction
        .iter()
        .find(|f| f.node_id == "bb-tech-visit")
        .unwrap();
    assert!(bb.rank <= 3);
}

#[test]
fn comparison_shows_significant_improvements_and_vanished_friction() {
    let (a, b) = runs();
    let c = compare(a, b);
    assert_eq!(c.segments.len(), 1 + sample().0.segments.len());
    let overall = &c.segments[0];
    let cycle = overall
        .kpis
        .iter()
        .find(|k| k.kind == KpiKind::CycleDays)
        .unwrap();
    assert!(cycle.mean.diff < -5.0 && cycle.mean.significant);
    assert!(cycle.mean.ci_high.unwrap() < 0.0);
    assert!(
        overall
            .friction_disappeared
            .iter()
            .any(|f| f.node_id == "bb-tech-visit")
    );
    let text = render_compare_table(&c);
    assert!(text.contains("Cycle time") && text.contains("Young digital"));
    let table = render_run_table(a);
    assert!(table.contains("Broadband technician visit") && table.contains("Contact centre"));
}

#[test]
fn young_digital_customers_give_up_first() {
    let (a, _) = runs();
    let young = segment_id("Young digital");
    let rate = |id: &str| {
        a.segments
            .iter()
            .find(|g| g.segment_id.as_deref() == Some(id))
            .unwrap()
            .abandonment_rate
            .value
    };
    let young_rate = rate(&young);
    for segment in &sample().0.segments {
        if segment.id != young {
            let other = rate(&segment.id);
            assert!(
                young_rate > 1.5 * other,
                "young digital {young_rate} vs {} {other}",
                segment.name
            );
        }
    }
}

#[test]
fn excluding_a_service_changes_the_flow() {
    let (document, input) = sample();
    let fixed = document
        .services
        .iter()
        .find(|s| s.name == "Fixed line")
        .unwrap();
    let mut design = input.model.scenario(AS_IS).unwrap().design.clone();
    let with = design.compose();
    design.service_mut(&fixed.id).unwrap().included = false;
    let without = design.compose();
    assert!(with.nodes.len() > without.nodes.len());
    assert!(with.nodes.iter().any(|n| n.id() == "fix-tech-visit"));
    assert!(!without.nodes.iter().any(|n| n.id() == "fix-tech-visit"));
}

#[test]
fn segment_filter_runs_one_segment() {
    let (_, input) = sample();
    let senior = segment_id("Senior");
    let mut cfg = RunConfig::new(&input.model);
    cfg.scenario = Some(AS_IS);
    cfg.segment = Some(&senior);
    cfg.cases = 2_000;
    let r = run(&cfg, &|_, _| {}, &AtomicBool::new(false), None).unwrap();
    assert_eq!(r.segments.len(), 1);
    assert_eq!(r.segments[0].cases, 2_000);
    assert_eq!(r.overall.cases, 2_000);
}
