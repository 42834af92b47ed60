//! The report a consultant hands over: maps, results, friction ranking and the scenario
//! comparison, as pages (SVG pictures) that become one self-contained HTML file or a PDF.

use std::collections::BTreeMap;

use touchmap_engine::RunResult;
use touchmap_engine::compare::Comparison;
use touchmap_engine::model::Flow;
use touchmap_engine::stats::{Estimate, GroupResult, KpiKind};
use touchmap_model::WorkspaceDocument;

use crate::ExportError;
use crate::escape::xml;
use crate::layout::FlowLayout;
use crate::svg::{Canvas, Column, flow_map, journey_map, table, touchpoint_map};

/// What goes into a report.
#[derive(Debug, Clone, Copy)]
pub struct ReportInput<'a> {
    pub document: &'a WorkspaceDocument,
    /// The segment whose journeys and touchpoints are shown; `None` = every segment.
    pub segment_id: Option<&'a str>,
    pub result: Option<&'a RunResult>,
    pub comparison: Option<&'a Comparison>,
    pub flow: Option<(&'a Flow, &'a FlowLayout)>,
}

/// One page: a heading and its picture.
#[derive(Debug, Clone)]
pub struct Page {
    pub title: String,
    pub svg: String,
}

/// Friction scores by task id of the result's overall mix (empty without a result).
pub fn heat_of(result: Option<&RunResult>) -> BTreeMap<String, f64> {
    result
        .map(|r| {
            r.overall
                .friction
                .iter()
                .map(|f| (f.node_id.clone(), f.score))
                .collect()
        })
        .unwrap_or_default()
}

/// The pages of the report, in reading order.
pub fn pages(input: ReportInput) -> Result<Vec<Page>, ExportError> {
    let heat = heat_of(input.result);
    let mut pages = Vec::new();
    let segments = input
        .document
        .segments
        .iter()
        .filter(|s| input.segment_id.is_none_or(|id| id == s.id));
    for segment in segments {
        for journey in input
            .document
            .journeys
            .iter()
            .filter(|j| j.segment_id == segment.id)
        {
            pages.push(Page {
                title: format!("Journey map: {} ({})", journey.name, segment.name),
                svg: journey_map(input.document, &journey.id, &heat)?,
            });
        }
        pages.push(Page {
            title: format!("Touchpoint map: {}", segment.name),
            svg: touchpoint_map(input.document, &segment.id)?,
        });
    }
    if let Some((flow, layout)) = input.flow {
        pages.push(Page {
            title: format!("Activation flow: {}", flow.name),
            svg: flow_map(flow, layout, &heat),
        });
    }
    if let Some(result) = input.result {
        pages.push(Page {
            title: "Simulation results".into(),
            svg: results_page(result),
        });
        pages.push(Page {
            title: "Friction ranking".into(),
            svg: friction_page(&result.overall),
        });
    }
    if let Some(comparison) = input.comparison {
        pages.push(Page {
            title: format!(
                "Scenario comparison: {} vs {}",
                comparison.a.label, comparison.b.label
            ),
            svg: comparison_page(comparison),
        });
    }
    Ok(pages)
}

fn days(e: &Estimate) -> String {
    match (e.ci_low, e.ci_high) {
        (Some(l), Some(h)) => format!("{:.1} [{l:.1}–{h:.1}]", e.value),
        _ => format!("{:.1}", e.value),
    }
}

fn kpi(
    group: &GroupResult,
    kind: KpiKind,
    pick: fn(&touchmap_engine::stats::KpiStat) -> &Estimate,
) -> String {
    group
        .kpi(kind)
        .map_or_else(|| "–".into(), |k| days(pick(k)))
}

fn results_page(result: &RunResult) -> String {
    let mut c = Canvas::new();
    let scenario = result.scenario.as_deref().unwrap_or("base design");
    c.text(
        16.0,
        30.0,
        18.0,
        true,
        "start",
        &format!("{} — {scenario}", result.flow_name),
    );
    c.text(
        16.0,
        50.0,
        11.0,
        false,
        "start",
        &format!(
            "{} cases, seed {}, engine {}; 95% confidence intervals in brackets",
            result.cases, result.seed, result.engine_version
        ),
    );
    let columns = [
        Column {
            heading: "Segment",
            width: 170.0,
            numeric: false,
        },
        Column {
            heading: "Cycle p50 (days)",
            width: 150.0,
            numeric: true,
        },
        Column {
            heading: "Cycle p90 (days)",
            width: 150.0,
            numeric: true,
        },
        Column {
            heading: "Contacts (mean)",
            width: 150.0,
            numeric: true,
        },
        Column {
            heading: "Visits (mean)",
            width: 140.0,
            numeric: true,
        },
        Column {
            heading: "Abandoned",
            width: 100.0,
            numeric: true,
        },
    ];
    let rows: Vec<Vec<String>> = std::iter::once(&result.overall)
        .chain(&result.segments)
        .map(|g| {
            vec![
                g.name.clone(),
                kpi(g, KpiKind::CycleDays, |k| &k.p50),
                kpi(g, KpiKind::CycleDays, |k| &k.p90),
                kpi(g, KpiKind::Contacts, |k| &k.mean),
                kpi(g, KpiKind::TechnicianVisits, |k| &k.mean),
                format!("{:.1}%", g.abandonment_rate.value * 100.0),
            ]
        })
        .collect();
    let bottom = table(&mut c, 16.0, 66.0, &columns, &rows);
    c.finish(900.0, bottom + 16.0)
}

fn friction_page(group: &GroupResult) -> String {
    let mut c = Canvas::new();
    c.text(
        16.0,
        30.0,
        18.0,
        true,
        "start",
        &format!("Where the friction is — {}", group.name),
    );
    let columns = [
        Column {
            heading: "#",
            width: 40.0,
            numeric: true,
        },
        Column {
            heading: "Step",
            width: 220.0,
            numeric: false,
        },
        Column {
            heading: "Score",
            width: 70.0,
            numeric: true,
        },
        Column {
            heading: "Why",
            width: 530.0,
            numeric: false,
        },
    ];
    let rows: Vec<Vec<String>> = group
        .friction
        .iter()
        .take(12)
        .map(|f| {
            vec![
                f.rank.to_string(),
                f.name.clone(),
                format!("{:.0}", f.score),
                f.reason.clone(),
            ]
        })
        .collect();
    let bottom = table(&mut c, 16.0, 46.0, &columns, &rows);
    c.finish(900.0, bottom + 16.0)
}

fn comparison_page(comparison: &Comparison) -> String {
    let mut c = Canvas::new();
    let (a, b) = (&comparison.a.label, &comparison.b.label);
    c.text(16.0, 30.0, 18.0, true, "start", &format!("{a} → {b}"));
    let mut y = 46.0;
    for segment in comparison.segments.iter().take(1) {
        let columns = [
            Column {
                heading: "KPI (p90)",
                width: 170.0,
                numeric: false,
            },
            Column {
                heading: a,
                width: 110.0,
                numeric: true,
            },
            Column {
                heading: b,
                width: 110.0,
                numeric: true,
            },
            Column {
                heading: "Difference",
                width: 110.0,
                numeric: true,
            },
            Column {
                heading: "95% CI",
                width: 150.0,
                numeric: true,
            },
            Column {
                heading: "Significant",
                width: 100.0,
                numeric: false,
            },
        ];
        let rows: Vec<Vec<String>> = segment
            .kpis
            .iter()
            .map(|k| {
                let d = &k.p90;
                let ci = match (d.ci_low, d.ci_high) {
                    (Some(l), Some(h)) => format!("{l:+.1} to {h:+.1}"),
                    _ => "–".into(),
                };
                vec![
                    format!("{:?}", k.kind),
                    format!("{:.1}", d.a),
                    format!("{:.1}", d.b),
                    format!("{:+.1}", d.diff),
                    ci,
                    if d.significant { "yes" } else { "no" }.into(),
                ]
            })
            .collect();
        y = table(&mut c, 16.0, y, &columns, &rows) + 24.0;
        let names = |list: &[touchmap_engine::compare::FrictionRef]| {
            if list.is_empty() {
                "none".to_owned()
            } else {
                list.iter()
                    .map(|f| f.name.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            }
        };
        for (label, list) in [
            ("Friction gone", &segment.friction_disappeared),
            ("Friction new", &segment.friction_appeared),
            ("Friction kept", &segment.friction_kept),
        ] {
            c.text(16.0, y, 12.0, true, "start", label);
            c.paragraph(130.0, y, 12.0, 110, 3, &names(list));
            y += 44.0;
        }
    }
    c.finish(900.0, y + 8.0)
}

/// One self-contained HTML file: no script, nothing loaded from anywhere (the CSP says so),
/// every page's picture inline.
pub fn html(title: &str, pages: &[Page]) -> String {
    let mut out = format!(
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\
<meta name=\"generator\" content=\"Touchmap\"><title>{}</title>\
<style>body{{font-family:'Noto Sans','Noto Sans CJK SC',sans-serif;margin:2rem auto;max-width:1400px;color:#1d2433}}\
section{{margin:0 0 3rem;page-break-after:always}}h1{{font-size:1.8rem}}h2{{font-size:1.2rem;border-bottom:1px solid #d5dbe6}}\
svg{{max-width:100%;height:auto}}</style></head><body><h1>{}</h1>\n",
        xml(title),
        xml(title)
    );
    for page in pages {
        out.push_str(&format!(
            "<section><h2>{}</h2>\n{}\n</section>\n",
            xml(&page.title),
            page.svg
        ));
    }
    out.push_str("</body></html>\n");
    out
}
