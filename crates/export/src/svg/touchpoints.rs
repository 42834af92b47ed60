//! The touchpoint map of one segment: stages across, channels down, the number of
//! touchpoints in each cell and the first of their titles, wrapped, never cut.

use touchmap_model::{Step, WorkspaceDocument};

use super::canvas::{Canvas, wrap};
use crate::{ExportError, Labels};

const LABEL: f64 = 150.0;
const COLUMN: f64 = 170.0;
const ROW: f64 = 64.0;

/// Draws the touchpoint map of segment `segment_id` (all its journeys).
pub fn touchpoint_map(
    document: &WorkspaceDocument,
    segment_id: &str,
    labels: &Labels,
) -> Result<String, ExportError> {
    let segment = document
        .segments
        .iter()
        .find(|s| s.id == segment_id)
        .ok_or_else(|| ExportError::NotFound {
            what: "segment",
            id: segment_id.into(),
        })?;
    let journeys: Vec<&str> = document
        .journeys
        .iter()
        .filter(|j| j.segment_id == segment.id)
        .map(|j| j.id.as_str())
        .collect();
    let mut stages: Vec<_> = document.stages.iter().collect();
    stages.sort_by_key(|s| s.position);
    let mut channels: Vec<_> = document.channels.iter().collect();
    channels.sort_by_key(|ch| ch.position);
    let mut c = Canvas::new();
    c.text(
        16.0,
        30.0,
        20.0,
        true,
        "start",
        &format!(
            "{} — {}",
            labels.word("title.touchpoints", "Touchpoints"),
            segment.name
        ),
    );
    for (i, stage) in stages.iter().enumerate() {
        let x = LABEL + i as f64 * COLUMN;
        c.rect(x + 2.0, 42.0, COLUMN - 4.0, 24.0, "#e8ecf4", "none");
        c.text(x + COLUMN / 2.0, 59.0, 13.0, true, "middle", &stage.name);
    }
    let mut y = 70.0;
    for channel in &channels {
        let cells: Vec<Vec<&Step>> = stages
            .iter()
            .map(|stage| {
                document
                    .steps
                    .iter()
                    .filter(|s| {
                        journeys.contains(&s.journey_id.as_str())
                            && s.stage_id == stage.id
                            && s.channel_id.as_deref() == Some(channel.id.as_str())
                    })
                    .collect()
            })
            .collect();
        // Names and titles wrap; the row grows to the tallest cell instead of cutting them.
        let name = wrap(&channel.name, 18, usize::MAX);
        let firsts: Vec<Vec<String>> = cells
            .iter()
            .map(|steps| {
                steps
                    .first()
                    .map(|s| wrap(&s.title, 30, usize::MAX))
                    .unwrap_or_default()
            })
            .collect();
        let row = firsts
            .iter()
            .map(|lines| 38.0 + lines.len() as f64 * 12.5)
            .chain([name.len() as f64 * 15.0 + 14.0])
            .fold(ROW, f64::max);
        c.rect(4.0, y, LABEL - 8.0, row - 4.0, "#f4f6fa", "none");
        for (k, line) in name.iter().enumerate() {
            c.text(12.0, y + 20.0 + k as f64 * 15.0, 12.0, false, "start", line);
        }
        for (i, (steps, first)) in cells.iter().zip(&firsts).enumerate() {
            let x = LABEL + i as f64 * COLUMN;
            let shade = match steps.len() {
                0 => "#ffffff",
                1 => "#dbe7fb",
                2 | 3 => "#b3cdf6",
                _ => "#86aeee",
            };
            c.rect(x + 2.0, y, COLUMN - 4.0, row - 4.0, shade, "#d5dbe6");
            if !steps.is_empty() {
                c.text(
                    x + 10.0,
                    y + 20.0,
                    16.0,
                    true,
                    "start",
                    &steps.len().to_string(),
                );
                for (k, line) in first.iter().enumerate() {
                    c.text(
                        x + 10.0,
                        y + 38.0 + k as f64 * 12.5,
                        10.0,
                        false,
                        "start",
                        line,
                    );
                }
            }
        }
        y += row;
    }
    Ok(c.finish(LABEL + stages.len() as f64 * COLUMN + 8.0, y + 8.0))
}
