//! The report a consultant hands over: maps, results, friction ranking and the scenario
//! comparison, as pages (SVG pictures) that become one self-contained HTML file or a PDF.

use std::collections::BTreeMap;

use touchmap_engine::RunResult;
use touchmap_engine::compare::Comparison;
use touchmap_engine::duration::TimeUnit;
use touchmap_engine::model::Flow;
use touchmap_engine::number::{fixed, signed, with_interval};
use touchmap_engine::reason::{reason_text, unit_name};
use touchmap_engine::stats::{Estimate, GroupResult, KpiKind};
use touchmap_model::WorkspaceDocument;

use crate::escape::xml;
use crate::layout::FlowLayout;
use crate::summary::{Cover, cover_page, summary_page};
use crate::svg::{
    Canvas, Column, SMALLEST_TEXT, draw_sheet, flow_sheets, journey_map, table, touchpoint_map,
};
use crate::{ExportError, Labels, Language};

/// What goes into a report.
#[derive(Debug, Clone, Copy)]
pub struct ReportInput<'a> {
    pub document: &'a WorkspaceDocument,
    /// The segments (ids) whose journeys and touchpoints are shown; empty = every segment.
    pub segments: &'a [String],
    /// Who the report is for, when, in which language.
    pub cover: Cover<'a>,
    pub result: Option<&'a RunResult>,
    pub comparison: Option<&'a Comparison>,
    pub flow: Option<(&'a Flow, &'a FlowLayout)>,
    pub labels: &'a Labels,
}

/// One page: a heading and its picture.
#[derive(Debug, Clone)]
pub struct Page {
    pub title: String,
    pub svg: String,
    /// Shown at a readable size even when that is larger than the paper or the window (the
    /// flow): the PDF page grows, the HTML figure scrolls.
    pub readable: bool,
}

impl Page {
    /// A page whose picture is scaled to fit.
    pub fn fitted(title: String, svg: String) -> Page {
        Page {
            title,
            svg,
            readable: false,
        }
    }
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

/// A scenario as people know it: runs and comparisons carry the scenario's id (the app) or
/// name (the CLI); the document's scenario of that id gives its name.
pub(crate) fn scenario_name<'a>(document: &'a WorkspaceDocument, key: &'a str) -> &'a str {
    document
        .scenarios
        .iter()
        .find(|s| s.id == key)
        .map_or(key, |s| s.name.as_str())
}

/// The scenario a run ran, by name (the base design when it ran none).
pub(crate) fn run_scenario<'a>(
    result: &'a RunResult,
    document: &'a WorkspaceDocument,
    l: &'a Labels,
) -> &'a str {
    result.scenario.as_deref().map_or_else(
        || l.word("results.baseDesign", "base design"),
        |s| scenario_name(document, s),
    )
}

/// The pages of the report, in reading order: cover, executive summary, then the detail.
pub fn pages(input: ReportInput) -> Result<Vec<Page>, ExportError> {
    // The comparison's two sides by name, on every page that shows them.
    let named = input.comparison.map(|c| {
        let mut c = c.clone();
        for side in [&mut c.a, &mut c.b] {
            side.label = scenario_name(input.document, &side.label).to_owned();
        }
        c
    });
    let input = ReportInput {
        comparison: named.as_ref(),
        ..input
    };
    let heat = heat_of(input.result);
    let l = input.labels;
    let mut pages = vec![cover_page(&input)];
    pages.extend(summary_page(&input));
    let segments = input
        .document
        .segments
        .iter()
        .filter(|s| input.segments.is_empty() || input.segments.contains(&s.id));
    for segment in segments {
        for journey in input
            .document
            .journeys
            .iter()
            .filter(|j| j.segment_id == segment.id)
        {
            pages.push(Page::fitted(
                format!(
                    "{}: {} ({})",
                    l.word("page.journey", "Journey map"),
                    journey.name,
                    segment.name
                ),
                journey_map(input.document, &journey.id, &heat, l)?,
            ));
        }
        pages.push(Page::fitted(
            format!(
                "{}: {}",
                l.word("page.touchpoints", "Touchpoint map"),
                segment.name
            ),
            touchpoint_map(input.document, &segment.id, l)?,
        ));
    }
    if let Some((flow, layout)) = input.flow {
        pages.extend(flow_pages(flow, layout, &heat, l));
    }
    if let Some(result) = input.result {
        pages.push(Page::fitted(
            l.word("page.results", "Simulation results").into(),
            results_page(result, input.document, l),
        ));
        pages.push(Page::fitted(
            l.word("page.friction", "Friction ranking").into(),
            friction_page(&result.overall, l),
        ));
        if let Some(svg) = crate::waiting::waiting_page(&result.overall, l) {
            pages.push(Page::fitted(
                l.word("waiting.title", "Waiting before each step, by cause")
                    .into(),
                svg,
            ));
        }
    }
    if let Some(comparison) = input.comparison {
        pages.push(Page::fitted(
            format!(
                "{}: {} ↔ {}",
                l.word("page.comparison", "Scenario comparison"),
                comparison.a.label,
                comparison.b.label
            ),
            comparison_page(comparison, l),
        ));
    }
    Ok(pages)
}

/// The flow's pages: one, or one per group of lanes (and range of columns) when the flow
/// does not fit a page at a readable scale, each headed by the lanes and columns it shows.
fn flow_pages(
    flow: &Flow,
    layout: &FlowLayout,
    heat: &BTreeMap<String, f64>,
    l: &Labels,
) -> Vec<Page> {
    let sheets = flow_sheets(flow, layout, crate::pdf::readable_room(SMALLEST_TEXT));
    let count = sheets.len();
    let name = format!("{}: {}", l.word("page.flow", "Activation flow"), flow.name);
    sheets
        .iter()
        .enumerate()
        .map(|(i, sheet)| {
            let heading = if count == 1 {
                vec![name.clone()]
            } else {
                let lanes = sheet.lane_names().join(" · ");
                let columns = match sheet.group.columns {
                    Some((first, last)) if first == last => l
                        .word("page.flowStep", "step {number}")
                        .replace("{number}", &first.to_string()),
                    Some((first, last)) => l
                        .word("page.flowSteps", "steps {first}–{last}")
                        .replace("{first}", &first.to_string())
                        .replace("{last}", &last.to_string()),
                    None => String::new(),
                };
                let shows = if columns.is_empty() {
                    lanes
                } else {
                    format!("{lanes}, {columns}")
                };
                vec![format!("{name} ({}/{count})", i + 1), shows]
            };
            Page {
                title: heading.join(" — "),
                svg: draw_sheet(flow, sheet, heat, l, &heading),
                readable: true,
            }
        })
        .collect()
}

fn kpi(
    group: &GroupResult,
    kind: KpiKind,
    pick: fn(&touchmap_engine::stats::KpiStat) -> &Estimate,
    scale: f64,
) -> String {
    group
        .kpi(kind)
        .map_or_else(|| "–".into(), |k| with_interval(pick(k), scale, 1))
}

/// `label` with its `{unit}` the name of `unit` in the report's language.
fn in_unit(label: &str, unit: TimeUnit, l: &Labels) -> String {
    label.replace("{unit}", unit_name(unit, l))
}

fn col(heading: &str, width: f64, numeric: bool) -> Column<'_> {
    Column {
        heading,
        width,
        numeric,
    }
}

fn kpi_name(l: &Labels, kind: KpiKind) -> &str {
    let (key, english) = match kind {
        KpiKind::CycleDays => ("kpi.cycleDays", "Time to full activation ({unit})"),
        KpiKind::WaitingDays => ("kpi.waitingDays", "Waiting on the critical path ({unit})"),
        KpiKind::WorkingDays => ("kpi.workingDays", "Working on the critical path ({unit})"),
        KpiKind::Contacts => ("kpi.contacts", "Customer contacts"),
        KpiKind::TechnicianVisits => ("kpi.technicianVisits", "Technician visits"),
        KpiKind::Handoffs => ("kpi.handoffs", "Hand-offs between silos"),
        KpiKind::ChannelSwitches => ("kpi.channelSwitches", "Channel switches"),
        KpiKind::Reworks => ("kpi.reworks", "Rework loops"),
        KpiKind::Cost => ("kpi.cost", "Cost per case"),
    };
    l.word(key, english)
}

fn results_page(result: &RunResult, document: &WorkspaceDocument, l: &Labels) -> String {
    let mut c = Canvas::new();
    let scenario = run_scenario(result, document, l);
    let results = l.word("page.results", "Simulation results");
    // A scenario's flow is named after it ("to-be — to-be" before): named once.
    let title = if result.flow_name == scenario {
        format!("{results} — {scenario}")
    } else {
        format!("{results} — {} — {scenario}", result.flow_name)
    };
    c.text(16.0, 30.0, 18.0, true, "start", &title);
    let note = format!(
        "{} {} · {} {} · {}",
        result.cases,
        l.word("results.cases", "cases"),
        l.word("results.seed", "seed"),
        result.seed,
        l.word("results.ci", "95% confidence intervals in brackets"),
    );
    c.text(16.0, 50.0, 11.0, false, "start", &note);
    let groups = || std::iter::once(&result.overall).chain(&result.segments);
    // One unit for the cycle-time columns, the one their longest reads best in: a process
    // of minutes read "0.0 [0.0–0.0]" days.
    let unit = TimeUnit::for_days(
        groups()
            .filter_map(|g| g.kpi(KpiKind::CycleDays))
            .map(|k| k.p90.value)
            .fold(0.0, f64::max),
    );
    let (p50, p90) = (
        in_unit(l.word("col.cycleP50", "Cycle p50 ({unit})"), unit, l),
        in_unit(l.word("col.cycleP90", "Cycle p90 ({unit})"), unit, l),
    );
    let columns = [
        col(l.word("col.segment", "Segment"), 170.0, false),
        col(&p50, 150.0, true),
        col(&p90, 150.0, true),
        col(l.word("col.contacts", "Contacts (mean)"), 150.0, true),
        col(l.word("col.visits", "Visits (mean)"), 140.0, true),
        col(l.word("col.abandoned", "Abandoned"), 100.0, true),
    ];
    let scale = unit.per_day();
    let rows: Vec<Vec<String>> = groups()
        .map(|g| {
            vec![
                l.group_name(g).to_owned(),
                kpi(g, KpiKind::CycleDays, |k| &k.p50, scale),
                kpi(g, KpiKind::CycleDays, |k| &k.p90, scale),
                kpi(g, KpiKind::Contacts, |k| &k.mean, 1.0),
                kpi(g, KpiKind::TechnicianVisits, |k| &k.mean, 1.0),
                format!("{:.1}%", g.abandonment_rate.value * 100.0),
            ]
        })
        .collect();
    let bottom = table(&mut c, 16.0, 66.0, &columns, &rows);
    c.finish(900.0, bottom + 16.0)
}

fn friction_page(group: &GroupResult, l: &Labels) -> String {
    let mut c = Canvas::new();
    let title = format!(
        "{} — {}",
        l.word("friction.title", "Where the friction is"),
        l.group_name(group)
    );
    c.text(16.0, 30.0, 18.0, true, "start", &title);
    let columns = [
        col("#", 40.0, true),
        col(l.word("col.step", "Step"), 220.0, false),
        col(l.word("col.score", "Score"), 70.0, true),
        col(l.word("col.why", "Why"), 530.0, false),
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
                reason_text(&f.reason_parts, l),
            ]
        })
        .collect();
    let bottom = table(&mut c, 16.0, 46.0, &columns, &rows);
    c.finish(900.0, bottom + 16.0)
}

fn comparison_page(comparison: &Comparison, l: &Labels) -> String {
    let mut c = Canvas::new();
    let (a, b) = (&comparison.a.label, &comparison.b.label);
    let title = format!(
        "{}: {a} → {b}",
        l.word("page.comparison", "Scenario comparison")
    );
    c.text(16.0, 30.0, 18.0, true, "start", &title);
    let mut y = 46.0;
    // The overall mix (the first entry); per-segment detail stays in the app.
    for segment in comparison.segments.iter().take(1) {
        let columns = [
            col(l.word("col.kpiP90", "KPI (p90)"), 250.0, false),
            col(a, 100.0, true),
            col(b, 100.0, true),
            col(l.word("col.difference", "Difference"), 100.0, true),
            col(l.word("col.ci", "95% CI"), 140.0, true),
            col(l.word("col.significant", "Significant"), 100.0, false),
        ];
        let rows: Vec<Vec<String>> = segment
            .kpis
            .iter()
            .map(|k| {
                let d = &k.p90;
                // A time in the unit the longer of the two reads best in.
                let unit = TimeUnit::for_days(d.a.abs().max(d.b.abs()));
                let scale = if k.kind.is_duration() {
                    unit.per_day()
                } else {
                    1.0
                };
                let ci = match (d.ci_low, d.ci_high) {
                    (Some(lo), Some(hi)) => {
                        format!("{} … {}", signed(lo * scale, 1), signed(hi * scale, 1))
                    }
                    _ => "–".into(),
                };
                let significant = if d.significant {
                    l.word("yes", "yes")
                } else {
                    l.word("no", "no")
                };
                vec![
                    in_unit(kpi_name(l, k.kind), unit, l),
                    fixed(d.a * scale, 1),
                    fixed(d.b * scale, 1),
                    signed(d.diff * scale, 1),
                    ci,
                    significant.to_owned(),
                ]
            })
            .collect();
        y = table(&mut c, 16.0, y, &columns, &rows) + 24.0;
        let names = |list: &[touchmap_engine::compare::FrictionRef]| {
            if list.is_empty() {
                l.word("none", "none").to_owned()
            } else {
                list.iter()
                    .map(|f| f.name.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            }
        };
        for (label, list) in [
            (
                l.word("friction.gone", "Friction gone"),
                &segment.friction_disappeared,
            ),
            (
                l.word("friction.new", "Friction new"),
                &segment.friction_appeared,
            ),
            (
                l.word("friction.kept", "Friction kept"),
                &segment.friction_kept,
            ),
        ] {
            c.text(16.0, y, 12.0, true, "start", label);
            c.paragraph(130.0, y, 12.0, 110, 3, &names(list));
            y += 44.0;
        }
    }
    c.finish(900.0, y + 8.0)
}

/// The report's title, in the app and on the command line alike: the cover's, and the flow
/// it simulated when it holds results.
pub fn title(labels: &Labels, result: Option<&RunResult>) -> String {
    let cover = labels.word("cover.title", "Customer journey and activation report");
    match result {
        Some(r) => format!("{cover} — {}", r.model_name),
        None => cover.to_owned(),
    }
}

/// One self-contained HTML file: no script, nothing loaded from anywhere (the CSP says so),
/// every page's picture inline. Every picture draws its own title (a PNG or PDF page has
/// nothing else), so the headings are there for screen readers and the outline only: a
/// title shown above the picture that shows it again was read twice.
pub fn html(title: &str, language: Language, pages: &[Page]) -> String {
    let mut out = format!(
        "<!doctype html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\">\
<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\
<meta name=\"generator\" content=\"Touchmap\"><title>{}</title>\
<style>body{{font-family:'Noto Sans','Noto Sans CJK SC',sans-serif;margin:2rem auto;padding:0 2.5rem;max-width:1400px;color:#1d2433}}\
section{{margin:0 0 3rem;page-break-after:always}}\
svg{{max-width:100%;height:auto;border:1px solid #e3e7ef}}\
section.readable{{overflow-x:auto}}section.readable svg{{max-width:none}}\
.unseen{{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}}\
</style></head><body><h1 class=\"unseen\">{}</h1>\n",
        language.code(),
        xml(title),
        xml(title)
    );
    for page in pages {
        // A readable page keeps its size and scrolls sideways rather than shrink its text.
        let class = if page.readable {
            " class=\"readable\""
        } else {
            ""
        };
        out.push_str(&format!(
            "<section{class}><h2 class=\"unseen\">{}</h2>\n{}\n</section>\n",
            xml(&page.title),
            page.svg
        ));
    }
    out.push_str("</body></html>\n");
    out
}
