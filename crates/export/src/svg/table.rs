//! A table drawn as SVG (for the report pages, which are pictures so PDF and HTML match).

use super::canvas::{Canvas, wrap};

/// A column: its heading, width in pixels and whether its cells are numbers (right-aligned).
#[derive(Debug, Clone, Copy)]
pub struct Column<'a> {
    pub heading: &'a str,
    pub width: f64,
    pub numeric: bool,
}

const LINE: f64 = 15.0;

/// Draws a table at (`x`, `y`) and returns the y below it. Text cells wrap to 3 lines.
pub fn table(c: &mut Canvas, x: f64, y: f64, columns: &[Column], rows: &[Vec<String>]) -> f64 {
    let total: f64 = columns.iter().map(|col| col.width).sum();
    c.rect(x, y, total, 24.0, "#e8ecf4", "none");
    let mut cx = x;
    for col in columns {
        let (tx, anchor) = if col.numeric {
            (cx + col.width - 8.0, "end")
        } else {
            (cx + 8.0, "start")
        };
        c.text(tx, y + 16.0, 11.0, true, anchor, col.heading);
        cx += col.width;
    }
    let mut y = y + 24.0;
    for (r, row) in rows.iter().enumerate() {
        let wrapped: Vec<Vec<String>> = columns
            .iter()
            .zip(row)
            .map(|(col, cell)| {
                if col.numeric {
                    vec![cell.clone()]
                } else {
                    wrap(cell, (col.width / 6.2) as usize, 3)
                }
            })
            .collect();
        let lines = wrapped.iter().map(Vec::len).max().unwrap_or(1).max(1);
        let height = lines as f64 * LINE + 8.0;
        if r % 2 == 1 {
            c.rect(x, y, total, height, "#f7f8fb", "none");
        }
        let mut cx = x;
        for (col, cell) in columns.iter().zip(&wrapped) {
            for (i, line) in cell.iter().enumerate() {
                let (tx, anchor) = if col.numeric {
                    (cx + col.width - 8.0, "end")
                } else {
                    (cx + 8.0, "start")
                };
                c.text(tx, y + 16.0 + i as f64 * LINE, 11.0, false, anchor, line);
            }
            cx += col.width;
        }
        y += height;
    }
    y
}
