//! Pictures as SVG text: a small writer ([`Canvas`]) and one module per map.

mod canvas;
mod flow;
mod journey;
mod legend;
mod table;
mod touchpoints;

pub use canvas::{Canvas, heat_colour, text_width, wrap};
pub use flow::{FlowSheet, SMALLEST_TEXT, Stub, Wire, draw_sheet, flow_map, flow_sheets};
pub use journey::journey_map;
pub use table::{Column, table};
pub use touchpoints::touchpoint_map;
