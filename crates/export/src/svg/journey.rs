//! The journey map of one journey: stages across, the four lanes down, step cards in the
//! cells, coloured by the friction of the activation task each step is linked to; under the
//! lanes the emotion curve, the pain points and the opportunities of each stage, and the key
//! to the friction colours. Text wraps and cards grow: nothing is cut with "…".

use std::collections::BTreeMap;

use touchmap_engine::number::signed;
use touchmap_model::{Lane, Stage, Step, WorkspaceDocument};

use super::canvas::{Canvas, heat_colour, wrap};
use super::legend::friction_legend;
use crate::{ExportError, Labels};

const LANE_LABEL: f64 = 130.0;
const COLUMN: f64 = 200.0;
const HEADER: f64 = 70.0;
/// Characters of a card title per line at 12 px, leaving room for the score badge.
const TITLE_CHARS: usize = 23;
/// Characters of a card's channel and emotion line at 10 px.
const META_CHARS: usize = 34;
/// Characters of a pain point or opportunity per line at 11 px in a stage column.
const NOTE_CHARS: usize = 30;
/// Never cut: every line a text needs.
const ALL_LINES: usize = usize::MAX;
const CURVE_HEIGHT: f64 = 120.0;
/// The model's emotion scale (validated on every step).
const EMOTION_MIN: f64 = -3.0;
const EMOTION_MAX: f64 = 3.0;

fn lane_name(labels: &Labels, lane: Lane) -> &str {
    match lane {
        Lane::CustomerAction => labels.word("lane.customerAction", "Customer actions"),
        Lane::Frontstage => labels.word("lane.frontstage", "Frontstage"),
        Lane::Backstage => labels.word("lane.backstage", "Backstage"),
        Lane::Department => labels.word("lane.department", "Departments"),
    }
}

/// What a card says, line by line, and how tall it is with its gap below.
struct CardText {
    title: Vec<String>,
    meta: Vec<String>,
}

impl CardText {
    fn of(document: &WorkspaceDocument, step: &Step, labels: &Labels) -> CardText {
        let channel = step
            .channel_id
            .as_ref()
            .and_then(|id| document.channels.iter().find(|ch| &ch.id == id))
            .map(|ch| ch.name.as_str());
        let emotion = format!(
            "{} {}",
            labels.word("card.emotion", "emotion"),
            signed(f64::from(step.emotion), 0)
        );
        let meta: Vec<&str> = channel.into_iter().chain([emotion.as_str()]).collect();
        CardText {
            title: wrap(&step.title, TITLE_CHARS, ALL_LINES),
            meta: wrap(&meta.join(" · "), META_CHARS, ALL_LINES),
        }
    }

    /// The first title line's baseline is 17 px down; title lines are 15 px apart, meta
    /// lines 12.5; 8 px under the last line, then a 6 px gap to the next card.
    fn height(&self) -> f64 {
        let title = self.title.len().max(1) as f64;
        let meta = self.meta.len().max(1) as f64;
        17.0 + (title - 1.0) * 15.0 + 16.0 + (meta - 1.0) * 12.5 + 8.0 + 6.0
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
    let mut stages: Vec<&Stage> = document.stages.iter().collect();
    stages.sort_by_key(|s| s.position);
    let steps: Vec<&Step> = document
        .steps
        .iter()
        .filter(|s| s.journey_id == journey.id)
        .collect();
    let cell = |stage: &str, lane: Lane| {
        let mut cell: Vec<&Step> = steps
            .iter()
            .copied()
            .filter(|s| s.stage_id == stage && s.lane == lane)
            .collect();
        cell.sort_by_key(|s| s.position);
        cell
    };
    let width = LANE_LABEL + stages.len() as f64 * COLUMN + 8.0;
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
        let cells: Vec<Vec<(&Step, CardText)>> = stages
            .iter()
            .map(|s| {
                cell(&s.id, lane)
                    .into_iter()
                    .map(|step| (step, CardText::of(document, step, labels)))
                    .collect()
            })
            .collect();
        let height = cells
            .iter()
            .map(|cards| cards.iter().map(|(_, t)| t.height()).sum::<f64>())
            .fold(56.0, f64::max)
            + 12.0;
        c.rect(4.0, y, LANE_LABEL - 8.0, height - 4.0, "#f4f6fa", "none");
        c.paragraph(12.0, y + 20.0, 12.0, 16, ALL_LINES, lane_name(labels, lane));
        for (i, cards) in cells.iter().enumerate() {
            let x = LANE_LABEL + i as f64 * COLUMN + 4.0;
            let mut top = y + 4.0;
            for (step, text) in cards {
                card(&mut c, step, text, heat, x, top);
                top += text.height();
            }
        }
        y += height;
    }
    y = emotion_curve(&mut c, &stages, &steps, labels, y + 8.0);
    for (key, english, mark, notes) in [
        (
            "row.painPoints",
            "Pain points",
            "#dc3c32",
            (|s: &Step| &s.pain_points) as fn(&Step) -> &Vec<String>,
        ),
        (
            "row.opportunities",
            "Opportunities",
            "#2f9e44",
            |s: &Step| &s.opportunities,
        ),
    ] {
        let name = labels.word(key, english);
        y = notes_row(&mut c, &stages, &steps, name, mark, notes, y);
    }
    if !heat.is_empty() {
        y = friction_legend(&mut c, LANE_LABEL, y + 12.0, labels);
    }
    Ok(c.finish(width, y + 8.0))
}

fn card(
    c: &mut Canvas,
    step: &Step,
    text: &CardText,
    heat: &BTreeMap<String, f64>,
    x: f64,
    y: f64,
) {
    let score = step.flow_task.as_ref().and_then(|t| heat.get(t)).copied();
    let fill = score.map_or_else(|| "#ffffff".to_owned(), heat_colour);
    c.rect(x, y, COLUMN - 8.0, text.height() - 6.0, &fill, "#c3cad8");
    let mut line = y + 17.0;
    for (i, title) in text.title.iter().enumerate() {
        if i > 0 {
            line += 15.0;
        }
        c.text(x + 8.0, line, 12.0, false, "start", title);
    }
    line += 16.0;
    for (i, meta) in text.meta.iter().enumerate() {
        if i > 0 {
            line += 12.5;
        }
        c.text(x + 8.0, line, 10.0, false, "start", meta);
    }
    if let Some(score) = score {
        // The score as a corner badge, so a long title never runs into it.
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

/// How the customer feels through the journey: the mean emotion of each stage's customer
/// actions and frontstage touchpoints (as the app's curve), −3 at the bottom, +3 at the top.
fn emotion_curve(
    c: &mut Canvas,
    stages: &[&Stage],
    steps: &[&Step],
    labels: &Labels,
    y: f64,
) -> f64 {
    let (top, bottom) = (y + 14.0, y + CURVE_HEIGHT - 14.0);
    let at = |v: f64| top + (EMOTION_MAX - v) / (EMOTION_MAX - EMOTION_MIN) * (bottom - top);
    c.rect(
        4.0,
        y,
        LANE_LABEL - 8.0,
        CURVE_HEIGHT - 4.0,
        "#f4f6fa",
        "none",
    );
    c.paragraph(
        12.0,
        y + 20.0,
        12.0,
        16,
        ALL_LINES,
        labels.word("row.emotion", "Emotion curve"),
    );
    let right = LANE_LABEL + stages.len() as f64 * COLUMN;
    for (v, mark) in [(EMOTION_MAX, "+3"), (0.0, "0"), (EMOTION_MIN, "−3")] {
        c.line((LANE_LABEL, at(v)), (right, at(v)), "#dfe4ec", false);
        c.text(LANE_LABEL - 6.0, at(v) + 4.0, 10.0, false, "end", mark);
    }
    let points: Vec<(f64, f64)> = stages
        .iter()
        .enumerate()
        .filter_map(|(i, stage)| {
            let felt: Vec<f64> = steps
                .iter()
                .filter(|s| {
                    s.stage_id == stage.id
                        && matches!(s.lane, Lane::CustomerAction | Lane::Frontstage)
                })
                .map(|s| f64::from(s.emotion))
                .collect();
            (!felt.is_empty()).then(|| {
                let x = LANE_LABEL + (i as f64 + 0.5) * COLUMN;
                (x, felt.iter().sum::<f64>() / felt.len() as f64)
            })
        })
        .collect();
    for pair in points.windows(2) {
        c.line(
            (pair[0].0, at(pair[0].1)),
            (pair[1].0, at(pair[1].1)),
            "#3b5bdb",
            false,
        );
    }
    for &(x, v) in &points {
        let colour = if v <= -1.0 {
            "#dc3c32"
        } else if v >= 1.0 {
            "#2f9e44"
        } else {
            "#5b6478"
        };
        c.circle(x, at(v), 5.0, colour, "#ffffff");
        c.text(x + 9.0, at(v) - 6.0, 10.0, true, "start", &signed(v, 1));
    }
    y + CURVE_HEIGHT
}

/// One row of notes (pain points or opportunities) under the stages, each stage's notes in
/// its column, wrapped; the row is as tall as its longest column. No row when there are none.
fn notes_row(
    c: &mut Canvas,
    stages: &[&Stage],
    steps: &[&Step],
    name: &str,
    mark: &str,
    notes: fn(&Step) -> &Vec<String>,
    y: f64,
) -> f64 {
    let columns: Vec<Vec<Vec<String>>> = stages
        .iter()
        .map(|stage| {
            let mut own: Vec<&&Step> = steps.iter().filter(|s| s.stage_id == stage.id).collect();
            own.sort_by_key(|s| (Lane::ALL.iter().position(|l| *l == s.lane), s.position));
            own.iter()
                .flat_map(|s| notes(s))
                .map(|note| wrap(note, NOTE_CHARS, ALL_LINES))
                .collect()
        })
        .collect();
    if columns.iter().all(Vec::is_empty) {
        return y;
    }
    const LINE: f64 = 13.75;
    let tall = |notes: &Vec<Vec<String>>| -> f64 {
        notes
            .iter()
            .map(|lines| lines.len() as f64 * LINE + 5.0)
            .sum()
    };
    let height = columns.iter().map(tall).fold(28.0, f64::max) + 16.0;
    c.rect(4.0, y, LANE_LABEL - 8.0, height - 4.0, "#f4f6fa", "none");
    c.paragraph(12.0, y + 20.0, 12.0, 16, ALL_LINES, name);
    for (i, notes) in columns.iter().enumerate() {
        let x = LANE_LABEL + i as f64 * COLUMN + 4.0;
        c.rect(x, y, COLUMN - 8.0, height - 4.0, "#ffffff", "#e3e7ef");
        let mut line = y + 18.0;
        for lines in notes {
            c.circle(x + 9.0, line - 4.0, 2.5, mark, "none");
            for text in lines {
                c.text(x + 16.0, line, 11.0, false, "start", text);
                line += LINE;
            }
            line += 5.0;
        }
    }
    y + height
}
