//! `touchmap info`: what a workspace holds, as a table or as JSON.

use std::fmt::Write;
use std::path::Path;

use serde::Serialize;
use touchmap_engine::columns::{column, pad};
use touchmap_engine::duration::TimeUnit;
use touchmap_model::WorkspaceDocument;

#[derive(Serialize, Debug)]
#[serde(rename_all = "camelCase")]
pub struct Summary {
    pub stages: Vec<String>,
    pub channels: usize,
    pub segments: Vec<SegmentSummary>,
    pub bundles: Vec<BundleSummary>,
}

#[derive(Serialize, Debug)]
#[serde(rename_all = "camelCase")]
pub struct SegmentSummary {
    pub name: String,
    pub share: f64,
    pub journeys: Vec<JourneySummary>,
}

#[derive(Serialize, Debug)]
#[serde(rename_all = "camelCase")]
pub struct JourneySummary {
    pub name: String,
    pub steps: usize,
}

#[derive(Serialize, Debug)]
#[serde(rename_all = "camelCase")]
pub struct BundleSummary {
    pub name: String,
    pub services: Vec<ServiceSummary>,
}

#[derive(Serialize, Debug)]
#[serde(rename_all = "camelCase")]
pub struct ServiceSummary {
    pub name: String,
    pub silo: String,
    pub optional: bool,
}

pub fn summarise(document: &WorkspaceDocument) -> Summary {
    let segments = document
        .segments
        .iter()
        .map(|segment| SegmentSummary {
            name: segment.name.clone(),
            share: segment.share,
            journeys: document
                .journeys
                .iter()
                .filter(|j| j.segment_id == segment.id)
                .map(|journey| JourneySummary {
                    name: journey.name.clone(),
                    steps: document
                        .steps
                        .iter()
                        .filter(|s| s.journey_id == journey.id)
                        .count(),
                })
                .collect(),
        })
        .collect();
    let bundles = document
        .bundles
        .iter()
        .map(|bundle| BundleSummary {
            name: bundle.name.clone(),
            services: document
                .services
                .iter()
                .filter(|s| s.bundle_id == bundle.id)
                .map(|service| ServiceSummary {
                    name: service.name.clone(),
                    silo: document
                        .silos
                        .iter()
                        .find(|silo| silo.id == service.silo_id)
                        .map(|silo| silo.name.clone())
                        .unwrap_or_default(),
                    optional: service.optional,
                })
                .collect(),
        })
        .collect();
    Summary {
        stages: document.stages.iter().map(|s| s.name.clone()).collect(),
        channels: document.channels.len(),
        segments,
        bundles,
    }
}

pub fn render(file: &Path, summary: &Summary) -> String {
    let mut out = String::new();
    // Writing to a String cannot fail.
    let _ = writeln!(out, "Workspace {}", file.display());
    let _ = writeln!(out, "Stages    {}", summary.stages.join(" → "));
    let _ = writeln!(out, "Channels  {}", summary.channels);
    let _ = writeln!(out, "\nSegments ({})", summary.segments.len());
    let segment_name = column("", summary.segments.iter().map(|s| s.name.as_str()));
    let journeys = || summary.segments.iter().flat_map(|s| &s.journeys);
    let journey_name = column("", journeys().map(|j| j.name.as_str()));
    for segment in &summary.segments {
        let _ = writeln!(
            out,
            "  {} {:>5.1}% of customers",
            pad(&segment.name, segment_name),
            segment.share * 100.0
        );
        for journey in &segment.journeys {
            let _ = writeln!(
                out,
                "    journey {} {:>3} steps",
                pad(&journey.name, journey_name),
                journey.steps
            );
        }
    }
    let _ = writeln!(out, "\nBundles ({})", summary.bundles.len());
    let services = || summary.bundles.iter().flat_map(|b| &b.services);
    let service_name = column("", services().map(|s| s.name.as_str()));
    for bundle in &summary.bundles {
        let _ = writeln!(out, "  {}", bundle.name);
        for service in &bundle.services {
            let optional = if service.optional { " (optional)" } else { "" };
            let _ = writeln!(
                out,
                "    {} provisioned by {}{optional}",
                pad(&service.name, service_name),
                service.silo
            );
        }
    }
    out
}

/// The saved runs as a table, newest first.
pub fn render_runs(runs: &[touchmap_workbench::RunSummary]) -> String {
    use std::fmt::Write;
    if runs.is_empty() {
        return "no saved runs\n".into();
    }
    let figure = |x: Option<f64>| x.map_or_else(|| "–".into(), |v| format!("{v:.1}"));
    // The p90 in the unit the longest reads best in: a process of minutes showed 0.0 days.
    let unit = TimeUnit::for_days(
        runs.iter()
            .filter_map(|r| r.headline.p90_days)
            .fold(0.0, f64::max),
    );
    fn bundle_of(run: &touchmap_workbench::RunSummary) -> &str {
        run.bundle.as_deref().unwrap_or("(deleted bundle)")
    }
    let bundle = column("bundle", runs.iter().map(bundle_of));
    let scenario = column("scenario", runs.iter().map(|r| r.scenario.as_str()));
    let mut out = format!(
        "{:<20} {} {} {:>8} {:>11} {:>9} {:>7} {:>8}  {}\n",
        "when",
        pad("bundle", bundle),
        pad("scenario", scenario),
        "cases",
        format!("p90 {}", unit.name()),
        "contacts",
        "visits",
        "give up",
        "id"
    );
    for run in runs {
        let _ = writeln!(
            out,
            "{:<20} {} {} {:>8} {:>11} {:>9} {:>7} {:>7.1}%  {}",
            run.at.get(..19).unwrap_or(&run.at).replace('T', " "),
            pad(bundle_of(run), bundle),
            pad(&run.scenario, scenario),
            run.cases,
            figure(run.headline.p90_days.map(|d| unit.of_days(d))),
            figure(run.headline.p90_contacts),
            figure(run.headline.p90_visits),
            100.0 * run.headline.abandonment_rate,
            run.id
        );
    }
    out
}
