//! The journey map of one journey: stages across, the four lanes down, step cards in the
//! cells, coloured by the friction of the activation task each step is linked to.

use std::collections::BTreeMap;

use touchmap_model::{Lane, Step, WorkspaceDocument};

use super::canvas::{Canvas, heat_colour};
use crate::{ExportError, Labels};

const LANE_LABEL: f64 = 130.0;
const COLUMN: f64 = 200.0;
const CARD: f64 = 62.0;
const HEADER: f64 = 70.0;

fn lane_name(labels: &Labels, lane: Lane) -> &str {
    match lane {
        Lane::CustomerAction => labels.word("lane.customerAction", "Customer actions"),
        Lane::Frontstage => labels.word("lane.frontstage", "Frontstage"),
        Lane::Backstage => labels.word("lane.backstage", "Backstage"),
        Lane::Department => labels.word("lane.department", "Departments"),
    }
}

/// Draws journey `journey_id`; `heat` maps activation task ids to friction scores (0–100).
pub fn journey_map(
    document: &WorkspaceDocument,
    journey_id: &str,
    heat: &BTreeMap<String, f64>,
    labels: &Labels,
) -> Result<String, ExportError> {
    let journey = document
        .journeys
        .iter()
        .find(|j| j.id == journey_id)
        .ok_or_else(|| ExportError::NotFound {
            what: "journey",
            id: journey_id.into(),
        })?;
    let segment = document
        .segments
        .iter()
        .find(|s| s.id == journey.segment_id);
    let mut stages: Vec<_> = document.stages.iter().collect();
    stages.sort_by_key(|s| s.position);
    let cell = |stage: &str, lane: Lane| {
        let mut steps: Vec<&Step> = document
            .steps
            .iter()
            .filter(|s| s.journey_id == journey.id && s.stage_id == stage && s.lane == lane)
            .collect();
        steps.sort_by_key(|s| s.position);
        steps
    };
    let mut c = Canvas::new();
    let title = match segment {
        Some(s) => format!("{} — {}", journey.name, s.name),
        None => journey.name.clone(),
    };
    c.text(16.0, 30.0, 20.0, true, "start", &title);
    for (i, stage) in stages.iter().enumerate() {
        let x = LANE_LABEL + i as f64 * COLUMN;
        c.rect(x + 2.0, 42.0, COLUMN - 4.0, 24.0, "#e8ecf4", "none");
        c.text(x + COLUMN / 2.0, 59.0, 13.0, true, "middle", &stage.name);
    }
    let mut y = HEADER;
    for lane in Lane::ALL {
        let rows = stages
            .iter()
            .map(|s| cell(&s.id, lane).len())
            .max()
            .unwrap_or(0)
            .max(1);
        let height = rows as f64 * CARD + 12.0;
        c.rect(4.0, y, LANE_LABEL - 8.0, height - 4.0, "#f4f6fa", "none");
        c.text(12.0, y + 20.0, 12.0, true, "start", lane_name(labels, lane));
        for (i, stage) in stages.iter().enumerate() {
            let x = LANE_LABEL + i as f64 * COLUMN;
            for (k, step) in cell(&stage.id, lane).iter().enumerate() {
                card(
                    &mut c,
                    document,
                    step,
                    heat,
                    labels,
                    x + 4.0,
                    y + 4.0 + k as f64 * CARD,
                );
            }
        }
        y += height;
    }
    Ok(c.finish(LANE_LABEL + stages.len() as f64 * COLUMN + 8.0, y + 8.0))
}

fn card(
    c: &mut Canvas,
    document: &WorkspaceDocument,
    step: &Step,
    heat: &BTreeMap<String, f64>,
    labels: &Labels,
    x: f64,
    y: f64,
) {
    let score = step.flow_task.as_ref().and_then(|t| heat.get(t)).copied();
    let fill = score.map_or_else(|| "#ffffff".to_owned(), heat_colour);
    c.rect(x, y, COLUMN - 8.0, CARD - 6.0, &fill, "#c3cad8");
    c.paragraph(x + 8.0, y + 17.0, 12.0, 23, 2, &step.title);
    let channel = step
        .channel_id
        .as_ref()
        .and_then(|id| document.channels.iter().find(|ch| &ch.id == id))
        .map(|ch| ch.name.as_str());
    let emotion = format!(
        "{} {:+}",
        labels.word("card.emotion", "emotion"),
        step.emotion
    );
    let meta: Vec<&str> = channel.into_iter().chain([emotion.as_str()]).collect();
    c.text(x + 8.0, y + 48.0, 10.0, false, "start", &meta.join(" · "));
    if let Some(score) = score {
        // The score as a corner badge, so a long channel name never runs into it.
        let right = x + COLUMN - 8.0;
        c.rect(right - 30.0, y + 4.0, 26.0, 16.0, "#ffffff", "#c3cad8");
        c.text(
            right - 17.0,
            y + 16.0,
            10.0,
            true,
            "middle",
            &format!("{score:.0}"),
        );
    }
}
