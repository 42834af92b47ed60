#![allow(clippy::unwrap_used)]
//! Exports of the sample workspace, with a hostile step title and a formula segment name.

use std::sync::atomic::AtomicBool;

use touchmap_engine::compare::compare;
use touchmap_engine::model::FlowModel;
use touchmap_engine::{RunConfig, RunResult};
use touchmap_export::Cover;
use touchmap_export::report::{ReportInput, heat_of, html, pages};
use touchmap_export::{FlowLayout, Labels, LaneBox, Language, NodeBox, csv, pdf, png, svg};
use touchmap_model::{BundleRecords, WorkspaceDocument, flow_model};

const HOSTILE: &str = "<img src=x onerror=alert(1)>";

fn document() -> WorkspaceDocument {
    let mut document = touchmap_store::sample::document();
    document.steps[0].title = HOSTILE.into();
    document.steps[0].pain_points.push(HOSTILE.into());
    document.steps[0].opportunities.push(HOSTILE.into());
    document.segments[0].name = "=HYPERLINK(\"http://x\")".into();
    document
}

/// The sample bundle's flow model, derived as the app derives it.
fn model(document: &WorkspaceDocument) -> FlowModel {
    flow_model(&BundleRecords::from_document(document, &document.bundles[0].id).unwrap())
}

fn run(document: &WorkspaceDocument, scenario: &str) -> RunResult {
    run_model(&model(document), scenario)
}

fn run_model(model: &FlowModel, scenario: &str) -> RunResult {
    let mut config = RunConfig::new(model);
    config.scenario = Some(scenario);
    config.cases = 300;
    touchmap_engine::run(&config, &|_, _| {}, &AtomicBool::new(false), None).unwrap()
}

fn layout(flow: &touchmap_engine::model::Flow) -> FlowLayout {
    FlowLayout {
        boxes: flow
            .nodes
            .iter()
            .enumerate()
            .map(|(i, n)| NodeBox {
                id: n.id().into(),
                x: i as f64 * 180.0,
                y: (i % 3) as f64 * 90.0,
                width: 160.0,
                height: 60.0,
            })
            .collect(),
        lanes: vec![LaneBox {
            name: HOSTILE.into(),
            y: -10.0,
            height: 280.0,
        }],
    }
}

#[test]
fn a_hostile_step_title_is_text_in_the_journey_map() {
    let document = document();
    let journey = document.steps[0].journey_id.clone();
    let picture =
        svg::journey_map(&document, &journey, &heat_of(None), &Labels::default()).unwrap();
    assert!(!picture.contains("<img"), "markup must not survive");
    assert_eq!(
        picture.matches("&lt;img src=x").count(),
        3,
        "title, pain point and opportunity shown as text (wrapped over lines)"
    );
    assert!(
        png::png(&picture, 1.0)
            .unwrap()
            .starts_with(b"\x89PNG\r\n\x1a\n")
    );
}

#[test]
fn the_report_is_self_contained_escaped_and_complete() {
    let document = document();
    let (a, b) = (run(&document, "as-is"), run(&document, "to-be"));
    let comparison = compare(&a, &b);
    let flow = model(&document).resolve(Some("as-is")).unwrap();
    let layout = layout(&flow);
    let labels = Labels(
        [("page.friction", "摩擦排名"), ("lane.frontstage", "前台")]
            .map(|(k, v)| (k.to_owned(), v.to_owned()))
            .into(),
    );
    let pages = pages(ReportInput {
        document: &document,
        segments: &[],
        cover: Cover::default(),
        result: Some(&a),
        comparison: Some(&comparison),
        flow: Some((&flow, &layout)),
        labels: &labels,
    })
    .unwrap();
    let titles: Vec<&str> = pages.iter().map(|p| p.title.as_str()).collect();
    assert!(
        titles.iter().any(|t| t.starts_with("Journey map")),
        "{titles:?}"
    );
    assert!(titles.iter().any(|t| t.starts_with("Touchpoint map")));
    assert!(titles.iter().any(|t| t.starts_with("Activation flow")));
    assert!(titles.contains(&"摩擦排名"), "the user's language");
    assert!(titles.iter().any(|t| t.starts_with("Scenario comparison")));

    let report = html("Home triple play <b>", Language::ZhCn, &pages);
    // Each page's title is drawn in its picture; the heading is for screen readers only.
    assert!(
        !report.contains("<h2>") && !report.contains("<h1>"),
        "no visible heading repeats a drawn title"
    );
    assert_eq!(report.matches("<h2 class=\"unseen\">").count(), pages.len());
    assert!(report.contains("<html lang=\"zh-CN\">") && report.contains("前台"));
    assert!(
        report.contains("Time to full activation"),
        "KPIs by name, not by code"
    );
    assert!(!report.contains("<img") && !report.contains("<script") && !report.contains("<b>"));
    assert!(report.contains("default-src 'none'"));
    assert!(!report.contains("http://x\"") || report.contains("=HYPERLINK(&quot;http://x&quot;)"));
    let top = &a.overall.friction[0].name;
    assert!(
        report.contains(&touchmap_export::escape::xml(top)),
        "friction ranking names {top}"
    );

    let file = pdf::pdf(&pages, &AtomicBool::new(false)).unwrap();
    assert!(file.starts_with(b"%PDF"));
    let count = format!("/Count {}", pages.len());
    assert!(
        String::from_utf8_lossy(&file).contains(&count),
        "one PDF page per report page"
    );
}

#[test]
fn the_report_opens_with_a_cover_and_an_executive_summary_of_the_chosen_segments() {
    let document = document();
    let (a, b) = (run(&document, "as-is"), run(&document, "to-be"));
    let comparison = compare(&a, &b);
    let chosen = [document.segments[1].id.clone()];
    let pages = pages(ReportInput {
        document: &document,
        segments: &chosen,
        cover: Cover {
            client: "Acme <Telecom>",
            date: "2026-11-28",
            language: Language::En,
        },
        result: Some(&a),
        comparison: Some(&comparison),
        flow: None,
        labels: &Labels::default(),
    })
    .unwrap();
    let cover = &pages[0].svg;
    for fact in [
        "Acme &lt;Telecom&gt;",
        &touchmap_export::escape::xml(&a.model_name),
        "as-is, to-be",
        &touchmap_export::escape::xml(&document.segments[1].name),
        "2026-11-28",
    ] {
        assert!(cover.contains(fact), "the cover says {fact}: {cover}");
    }
    assert!(!cover.contains("Acme <Telecom>"), "escaped");
    let others = &touchmap_export::escape::xml(&document.segments[0].name);
    assert!(!cover.contains(others.as_str()), "only the chosen segment");

    assert_eq!(pages[1].title, "Executive summary");
    let summary = &pages[1].svg;
    let headline = comparison.segments[0]
        .headline
        .iter()
        .find(|f| f.lead)
        .unwrap();
    let p90 = touchmap_engine::number::fixed(headline.baseline, 1);
    assert!(
        summary.contains("p90 time to activation") && summary.contains(&format!("({p90} → ")),
        "the headline with the comparison's own p90: {summary}"
    );
    for f in a.overall.friction.iter().take(5) {
        let name = touchmap_export::escape::xml(&f.name);
        assert!(summary.contains(name.as_str()), "top five names {name}");
    }
    let sixth = touchmap_export::escape::xml(&a.overall.friction[5].name);
    assert!(!summary.contains(&format!("6. {sixth}")), "five, not more");
    assert!(summary.contains("Recommended changes"), "{summary}");
    assert!(!summary.contains('…'), "sentences wrap, they are not cut");
    let journeys = pages.iter().filter(|p| p.title.starts_with("Journey map"));
    assert_eq!(
        journeys.count(),
        document
            .journeys
            .iter()
            .filter(|j| j.segment_id == chosen[0])
            .count(),
        "journey maps of the chosen segment only"
    );
}

#[test]
fn csv_cells_that_look_like_formulas_are_neutralised() {
    let document = document();
    let result = run(&document, "as-is");
    let table = csv::results_csv(&result);
    let first = &result.segments[0].name;
    assert!(
        first.starts_with('='),
        "the hostile name reached the result: {first}"
    );
    assert!(
        !table.lines().any(|l| l.contains(",=")),
        "no cell starts with ="
    );
    assert!(table.contains("\"'=HYPERLINK(\"\"http://x\"\")\""));
    assert!(table.lines().count() > 20);
}

/// The text a picture shows, its lines joined by spaces, so wrapped text reads whole again.
fn shown_text(picture: &str) -> String {
    let mut lines = Vec::new();
    let mut rest = picture;
    while let Some(start) = rest.find("<text") {
        let open = start + rest[start..].find('>').unwrap() + 1;
        let close = open + rest[open..].find("</text>").unwrap();
        lines.push(&rest[open..close]);
        rest = &rest[close..];
    }
    lines.join(" ")
}

/// Titles, channel names and notes of the sample were cut with "…" on the cards and in the
/// touchpoint cells; the emotion curve, pain points and opportunities were missing.
#[test]
fn sample_maps_wrap_every_title_and_show_emotion_pain_points_opportunities_and_the_legend() {
    let document = touchmap_store::sample::document();
    let result = run(&document, "as-is");
    let heat = heat_of(Some(&result));
    let labels = Labels::default();
    let mut stages = document.stages.clone();
    stages.sort_by_key(|s| s.position);
    for journey in &document.journeys {
        let picture = svg::journey_map(&document, &journey.id, &heat, &labels).unwrap();
        assert!(!picture.contains('…'), "nothing cut in {}", journey.name);
        let text = shown_text(&picture);
        let steps: Vec<_> = document
            .steps
            .iter()
            .filter(|s| s.journey_id == journey.id)
            .collect();
        for step in &steps {
            for whole in std::iter::once(&step.title)
                .chain(&step.pain_points)
                .chain(&step.opportunities)
            {
                let whole = touchmap_export::escape::xml(whole);
                assert!(text.contains(whole.as_str()), "{whole} shown whole");
            }
        }
        for row in ["Emotion curve", "Pain points", "Opportunities"] {
            assert!(text.contains(row), "{row} in {}", journey.name);
        }
        // One point per stage the customer meets (customer actions and frontstage), at the
        // stage's mean emotion, as the app draws its curve.
        let felt: Vec<Vec<f64>> = stages
            .iter()
            .map(|stage| {
                steps
                    .iter()
                    .filter(|s| {
                        s.stage_id == stage.id
                            && matches!(
                                s.lane,
                                touchmap_model::Lane::CustomerAction
                                    | touchmap_model::Lane::Frontstage
                            )
                    })
                    .map(|s| f64::from(s.emotion))
                    .collect()
            })
            .filter(|v: &Vec<f64>| !v.is_empty())
            .collect();
        assert_eq!(picture.matches(r#" r="5.0""#).count(), felt.len());
        for values in &felt {
            let mean = values.iter().sum::<f64>() / values.len() as f64;
            let label = touchmap_engine::number::signed(mean, 1);
            assert!(text.contains(&label), "stage mean {label}");
        }
        assert!(
            text.contains("Friction score 0–100") && picture.contains(&svg::heat_colour(100.0)),
            "the legend says what the colours mean"
        );
    }
    let journey = &document.journeys[0].id;
    let plain = svg::journey_map(&document, journey, &heat_of(None), &labels).unwrap();
    assert!(
        !plain.contains("Friction score"),
        "no legend without friction"
    );
    for segment in &document.segments {
        let picture = svg::touchpoint_map(&document, &segment.id, &labels).unwrap();
        assert!(!picture.contains('…'), "nothing cut in {}", segment.name);
    }
}

/// The app runs scenarios by id: its report's cover, summary and comparison named them by
/// their UUIDs ("9408c381-… vs a3c0247b-…").
#[test]
fn a_report_of_runs_by_scenario_id_names_the_scenarios() {
    let document = document();
    let [as_is, to_be] = [0, 1].map(|i| document.scenarios[i].clone());
    let (a, b) = (run(&document, &as_is.id), run(&document, &to_be.id));
    assert_eq!(a.scenario.as_deref(), Some(as_is.id.as_str()));
    let comparison = compare(&a, &b);
    let pages = report_pages(&document, &a, Some(&comparison));
    let names = format!("{}, {}", as_is.name, to_be.name);
    assert!(pages[0].svg.contains(&names), "the cover names them");
    let versus = format!("{} vs {}", to_be.name, as_is.name);
    assert!(pages[1].svg.contains(&versus), "the summary's headline");
    for page in &pages {
        for id in [&as_is.id, &to_be.id] {
            assert!(!page.svg.contains(id.as_str()), "{}: {id}", page.title);
            assert!(!page.title.contains(id.as_str()), "{}", page.title);
        }
    }
}

/// The English pages of a report on `result` (and `comparison`) of every segment.
fn report_pages(
    document: &WorkspaceDocument,
    result: &RunResult,
    comparison: Option<&touchmap_engine::compare::Comparison>,
) -> Vec<touchmap_export::report::Page> {
    pages(ReportInput {
        document,
        segments: &[],
        cover: Cover::default(),
        result: Some(result),
        comparison,
        flow: None,
        labels: &Labels::default(),
    })
    .unwrap()
}

/// The executive summary of a report on `result` (and `comparison`).
fn summary_of(
    document: &WorkspaceDocument,
    result: &RunResult,
    comparison: Option<&touchmap_engine::compare::Comparison>,
) -> String {
    let pages = report_pages(document, result, comparison);
    assert_eq!(pages[1].title, "Executive summary");
    pages[1].svg.clone()
}

#[test]
fn the_summary_gives_the_cost_per_case_of_a_model_with_prices_and_none_without() {
    use touchmap_engine::number::{fixed, signed};
    use touchmap_engine::stats::KpiKind;
    let document = document();
    let mut priced = model(&document);
    for pool in &mut priced.resources {
        pool.cost_per_hour = Some(40.0);
    }
    let (a, b) = (run_model(&priced, "as-is"), run_model(&priced, "to-be"));
    let cost = a.overall.kpi(KpiKind::Cost).unwrap().mean.value;
    assert!(cost > 0.0, "{cost}");
    let alone = summary_of(&document, &a, None);
    assert!(
        alone.contains("Cost per case") && alone.contains(&format!("as-is: {}", fixed(cost, 2))),
        "the run's own cost per case: {alone}"
    );

    let comparison = compare(&a, &b);
    let compared = &comparison.segments[0]
        .kpis
        .iter()
        .find(|k| k.kind == KpiKind::Cost)
        .unwrap()
        .mean;
    assert_eq!(compared.a, cost);
    let both = summary_of(&document, &a, Some(&comparison));
    for line in [
        format!("as-is: {}", fixed(compared.a, 2)),
        format!("to-be: {}", fixed(compared.b, 2)),
        format!("to-be vs as-is: {}", signed(compared.diff, 2)),
    ] {
        assert!(both.contains(&line), "{line} in {both}");
    }
    assert_eq!(
        both.matches(&format!("as-is: {}", fixed(compared.a, 2)))
            .count(),
        1,
        "the compared scenario once: {both}"
    );

    let (plain_a, plain_b) = (run(&document, "as-is"), run(&document, "to-be"));
    assert!(plain_a.overall.kpi(KpiKind::Cost).is_none());
    let plain = summary_of(&document, &plain_a, Some(&compare(&plain_a, &plain_b)));
    assert!(
        !plain.contains("Cost per case"),
        "no prices, no cost: {plain}"
    );
}

/// The sample's results as if every time were a 1,440th as long: its days become minutes.
fn in_minutes(mut r: RunResult) -> RunResult {
    let shrink = |e: &mut touchmap_engine::stats::Estimate| {
        e.value /= 1440.0;
        e.ci_low = e.ci_low.map(|x| x / 1440.0);
        e.ci_high = e.ci_high.map(|x| x / 1440.0);
        e.replications.iter_mut().for_each(|x| *x /= 1440.0);
    };
    for g in std::iter::once(&mut r.overall).chain(&mut r.segments) {
        for k in g.kpis.iter_mut().filter(|k| k.kind.is_duration()) {
            for e in [&mut k.mean, &mut k.p50, &mut k.p90, &mut k.p95, &mut k.p99] {
                shrink(e);
            }
        }
    }
    r
}

/// Seen on main: the report wrote every time in days to one decimal, so a process of
/// minutes read "0.0 [0.0–0.0]" in the results, "0.0 → 0.0 days" in the headline and
/// "+0.0" with ASCII hyphens in the comparison.
#[test]
fn a_report_of_a_process_of_minutes_wrote_it_as_0_0_days() {
    let document = document();
    let (a, b) = (
        in_minutes(run(&document, "as-is")),
        in_minutes(run(&document, "to-be")),
    );
    let comparison = compare(&a, &b);
    let pages = report_pages(&document, &a, Some(&comparison));
    let page = |title: &str| {
        let p = pages.iter().find(|p| p.title.starts_with(title));
        shown_text(&p.unwrap_or_else(|| panic!("{title}")).svg)
    };
    let results = page("Simulation results");
    assert!(
        results.contains("Cycle p50 (minutes)") && results.contains("Cycle p90 (minutes)"),
        "{results}"
    );
    assert!(!results.contains("0.0 [0.0–0.0]"), "{results}");
    let compared = page("Scenario comparison");
    assert!(
        compared.contains("Time to full activation (minutes)"),
        "{compared}"
    );
    let hyphen_minus = |text: &str| {
        text.as_bytes()
            .windows(2)
            .any(|w| w[0] == b'-' && w[1].is_ascii_digit())
    };
    assert!(!hyphen_minus(&compared), "{compared}");
    assert!(compared.contains('\u{2212}'), "a true minus: {compared}");
    let summary = page("Executive summary");
    assert!(summary.contains(" minutes)"), "{summary}");
    assert!(!summary.contains("0.0 → 0.0"), "{summary}");
}
