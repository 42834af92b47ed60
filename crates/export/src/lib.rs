//! # touchmap-export
//!
//! Why this crate exists: a consultant hands the client a file, not a screenshot of our
//! window. Everything we export is drawn here, on the Rust side, from the workspace and the
//! simulation results: the journey map, the touchpoint map and the activation flow as SVG
//! (rasterised to PNG with resvg), the report as one self-contained HTML file (inline SVG,
//! no script, a CSP that forbids loading anything) and as PDF (the same pages through
//! svg2pdf), and results as CSV.
//!
//! Every text a user typed goes through [`escape::xml`] (SVG, HTML) or [`touchmap_engine::csv::cell`]
//! (CSV: cells starting with `=`, `+`, `-`, `@` are neutralised so a spreadsheet does not
//! run them as formulas). The flow is drawn where the UI laid it out ([`FlowLayout`]), so
//! the export matches the screen.

pub mod csv;
pub mod escape;
mod file;
mod labels;
mod layout;
pub mod pdf;
pub mod png;
pub mod report;
mod summary;
pub mod svg;
mod waiting;

pub use file::write_file;
pub use labels::{Labels, Language};
pub use layout::{FlowLayout, LaneBox, NodeBox};
pub use summary::Cover;

/// Why an export could not be made.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("there is no {what} {id} in the workspace")]
    NotFound { what: &'static str, id: String },
    #[error("the picture could not be drawn: {0}")]
    Render(String),
    /// The caller's cancel flag was set while the export was being made.
    #[error("the export was cancelled")]
    Cancelled,
}
