//! The key to the friction colours, drawn under every map coloured by friction, so a reader
//! of the printed report knows what a red card and its number mean.

use super::canvas::{Canvas, heat_colour};
use crate::Labels;

/// The scores shown as swatches: the scale's ends and its quarters.
const SWATCHES: [f64; 5] = [0.0, 25.0, 50.0, 75.0, 100.0];
const SWATCH: f64 = 38.0;
/// How wide the legend's line runs in English: a picture is at least this wide to hold it.
pub const LEGEND_WIDTH: f64 = 760.0;
/// How tall the legend is.
pub const LEGEND_HEIGHT: f64 = 46.0;

/// Draws the legend with its top-left corner at (x, y); returns the y below it. Its text is
/// no smaller than the flow's (11 px), which the report prints at 9 pt.
pub fn friction_legend(c: &mut Canvas, x: f64, y: f64, labels: &Labels) -> f64 {
    c.text(
        x,
        y + 12.0,
        11.0,
        true,
        "start",
        labels.word(
            "legend.friction",
            "Friction score 0–100 of the activation step (100 = worst on every component)",
        ),
    );
    let mut sx = x;
    for score in SWATCHES {
        c.rect(
            sx,
            y + 20.0,
            SWATCH - 4.0,
            18.0,
            &heat_colour(score),
            "#c3cad8",
        );
        c.text(
            sx + (SWATCH - 4.0) / 2.0,
            y + 33.0,
            11.0,
            false,
            "middle",
            &format!("{score:.0}"),
        );
        sx += SWATCH;
    }
    c.text(
        sx + 8.0,
        y + 33.0,
        11.0,
        false,
        "start",
        labels.word(
            "legend.none",
            "White: no friction measured (not linked to the activation flow, or not simulated)",
        ),
    );
    y + LEGEND_HEIGHT
}
