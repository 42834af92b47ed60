//! `touchmap info`: what a workspace holds, as a table or as JSON.

use std::fmt::Write;
use std::path::Path;

use serde::Serialize;
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
    for segment in &summary.segments {
        let _ = writeln!(
            out,
            "  {:<28} {:>5.1}% of customers",
            segment.name,
            segment.share * 100.0
        );
        for journey in &segment.journeys {
            let _ = writeln!(
                out,
                "    journey {:<36} {:>3} steps",
                journey.name, journey.steps
            );
        }
    }
    let _ = writeln!(out, "\nBundles ({})", summary.bundles.len());
    for bundle in &summary.bundles {
        let _ = writeln!(out, "  {}", bundle.name);
        for service in &bundle.services {
            let optional = if service.optional { " (optional)" } else { "" };
            let _ = writeln!(
                out,
                "    {:<20} provisioned by {}{optional}",
                service.name, service.silo
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
    let mut out = format!(
        "{:<20} {:<24} {:<12} {:>8} {:>8} {:>9} {:>7} {:>8}  {}\n",
        "when", "bundle", "scenario", "cases", "p90 days", "contacts", "visits", "give up", "id"
    );
    for run in runs {
        let _ = writeln!(
            out,
            "{:<20} {:<24} {:<12} {:>8} {:>8} {:>9} {:>7} {:>7.1}%  {}",
            run.at.get(..19).unwrap_or(&run.at).replace('T', " "),
            run.bundle.as_deref().unwrap_or("(deleted bundle)"),
            run.scenario,
            run.cases,
            figure(run.headline.p90_days),
            figure(run.headline.p90_contacts),
            figure(run.headline.p90_visits),
            100.0 * run.headline.abandonment_rate,
            run.id
        );
    }
    out
}
