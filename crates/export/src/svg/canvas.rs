//! An SVG being written: shapes and escaped text, sized when finished.

use std::fmt::Write;

use crate::escape::xml;

/// Fonts that cover Latin and Chinese on the machines we run on (PNG and PDF need real
/// font files; a browser falls back by itself).
const FONTS: &str = "'Noto Sans', 'Noto Sans CJK SC', 'DejaVu Sans', sans-serif";

/// An SVG document under construction.
#[derive(Debug, Default)]
pub struct Canvas {
    body: String,
}

impl Canvas {
    pub fn new() -> Self {
        Canvas::default()
    }

    pub fn rect(&mut self, x: f64, y: f64, w: f64, h: f64, fill: &str, stroke: &str) {
        let _ = write!(
            self.body,
            r#"<rect x="{x:.1}" y="{y:.1}" width="{w:.1}" height="{h:.1}" rx="4" fill="{fill}" stroke="{stroke}"/>"#
        );
    }

    pub fn line(&mut self, from: (f64, f64), to: (f64, f64), stroke: &str, arrow: bool) {
        self.polyline(&[from, to], stroke, arrow);
    }

    /// Connected straight segments through `points`, with an arrowhead at the last one.
    pub fn polyline(&mut self, points: &[(f64, f64)], stroke: &str, arrow: bool) {
        let marker = if arrow {
            r#" marker-end="url(#arrow)""#
        } else {
            ""
        };
        let points: Vec<String> = points
            .iter()
            .map(|(x, y)| format!("{x:.1},{y:.1}"))
            .collect();
        let _ = write!(
            self.body,
            r#"<polyline points="{}" fill="none" stroke="{stroke}" stroke-width="1.2"{marker}/>"#,
            points.join(" ")
        );
    }

    pub fn polygon(&mut self, points: &[(f64, f64)], fill: &str, stroke: &str) {
        let points: Vec<String> = points
            .iter()
            .map(|(x, y)| format!("{x:.1},{y:.1}"))
            .collect();
        let _ = write!(
            self.body,
            r#"<polygon points="{}" fill="{fill}" stroke="{stroke}"/>"#,
            points.join(" ")
        );
    }

    pub fn circle(&mut self, cx: f64, cy: f64, r: f64, fill: &str, stroke: &str) {
        let _ = write!(
            self.body,
            r#"<circle cx="{cx:.1}" cy="{cy:.1}" r="{r:.1}" fill="{fill}" stroke="{stroke}"/>"#
        );
    }

    /// One line of text; `anchor` is `start`, `middle` or `end`.
    pub fn text(&mut self, x: f64, y: f64, size: f64, bold: bool, anchor: &str, text: &str) {
        let weight = if bold { "700" } else { "400" };
        let _ = write!(
            self.body,
            r##"<text x="{x:.1}" y="{y:.1}" font-size="{size}" font-weight="{weight}" text-anchor="{anchor}" fill="#1d2433">{}</text>"##,
            xml(text)
        );
    }

    /// Wrapped text from `y` down, at most `lines` lines of about `chars` characters.
    pub fn paragraph(&mut self, x: f64, y: f64, size: f64, chars: usize, lines: usize, text: &str) {
        for (i, line) in wrap(text, chars, lines).iter().enumerate() {
            self.text(x, y + i as f64 * size * 1.25, size, false, "start", line);
        }
    }

    /// The finished document, `width` × `height` pixels, with a white background.
    pub fn finish(self, width: f64, height: f64) -> String {
        format!(
            r##"<svg xmlns="http://www.w3.org/2000/svg" width="{width:.0}" height="{height:.0}" viewBox="0 0 {width:.0} {height:.0}" font-family="{FONTS}"><defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="#5b6478"/></marker></defs><rect width="100%" height="100%" fill="#ffffff"/>{}</svg>"##,
            self.body
        )
    }
}

/// Splits `text` into at most `lines` lines of about `chars` columns (a CJK character
/// counts as two); the last line ends in “…” when text is cut.
pub fn wrap(text: &str, chars: usize, lines: usize) -> Vec<String> {
    let width = columns;
    let mut out: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut used = 0;
    let chars = chars.max(1);
    for word in text.split_inclusive([' ', '，', '、', '。']) {
        let word_width: usize = word.trim_end().chars().map(width).sum();
        if used > 0 && used + word_width > chars {
            out.push(std::mem::take(&mut current).trim_end().to_owned());
            used = 0;
        }
        for c in word.chars() {
            // A word longer than a line (or CJK text without spaces) breaks anywhere.
            if used + width(c) > chars && !c.is_whitespace() {
                out.push(std::mem::take(&mut current).trim_end().to_owned());
                used = 0;
            }
            current.push(c);
            used += width(c);
        }
    }
    if !current.trim().is_empty() {
        out.push(current.trim_end().to_owned());
    }
    if out.len() > lines {
        out.truncate(lines);
        if let Some(last) = out.last_mut() {
            last.pop();
            last.push('…');
        }
    }
    out
}

/// About how wide `text` runs at `size` pixels (a CJK character is twice a Latin one), for
/// keeping labels clear of each other.
pub fn text_width(text: &str, size: f64) -> f64 {
    text.chars().map(columns).sum::<usize>() as f64 * size * 0.56
}

/// The columns a character takes: two for CJK, one for the rest.
fn columns(c: char) -> usize {
    if (c as u32) >= 0x2E80 { 2 } else { 1 }
}

/// A fill from white (no friction) through amber to red (score 100).
pub fn heat_colour(score: f64) -> String {
    let t = (score / 100.0).clamp(0.0, 1.0);
    let (r, g, b) = if t < 0.5 {
        let u = t * 2.0;
        (255.0, 255.0 - 55.0 * u, 255.0 - 175.0 * u)
    } else {
        let u = (t - 0.5) * 2.0;
        (255.0 - 35.0 * u, 200.0 - 140.0 * u, 80.0 - 30.0 * u)
    };
    format!("#{:02x}{:02x}{:02x}", r as u8, g as u8, b as u8)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrap_counts_chinese_as_wide_and_marks_cuts() {
        assert_eq!(
            wrap("Broadband technician visit", 12, 3),
            ["Broadband", "technician", "visit"]
        );
        assert_eq!(wrap("宽带上门安装预约", 8, 1), ["宽带上…"]);
        assert!(wrap("", 10, 2).is_empty());
    }

    #[test]
    fn heat_goes_from_white_to_red() {
        assert_eq!(heat_colour(0.0), "#ffffff");
        assert_eq!(heat_colour(100.0), "#dc3c32");
    }
}
