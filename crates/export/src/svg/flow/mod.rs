//! The activation flow where the UI laid it out: silo swimlanes, nodes by kind, edges routed
//! around the boxes, friction as fill, and the key to the friction colours under it when
//! there is friction. The report cuts a flow too big for a readable page into sheets of a
//! few lanes each ([`flow_sheets`]); the map export draws it whole ([`flow_map`]).

mod route;
mod sheets;
mod wires;

use std::collections::{BTreeMap, HashMap};

use touchmap_engine::model::{Flow, Node};

use super::canvas::{Canvas, heat_colour, wrap};
use super::legend::{LEGEND_HEIGHT, LEGEND_WIDTH, friction_legend};
use crate::Labels;
use crate::layout::{FlowLayout, NodeBox};
use route::Area;
pub use sheets::Group;
use sheets::groups;
use wires::{NAME_SIZE, named_below, vertical_extent, wires};
pub use wires::{Side, Stub, Wire};

/// The smallest text the flow picture writes (channels, branch shares, node names under
/// round and diamond nodes, stub labels), in pixels.
pub const SMALLEST_TEXT: f64 = NAME_SIZE;
const MARGIN: f64 = 24.0;
/// The column left of the lanes that holds their names.
const GUTTER: f64 = 120.0;
const LANE_NAME: f64 = 12.0;
/// Band beyond the outermost boxes.
const PAD: f64 = 24.0;
/// A row of stub labels above or below the lanes.
const ROW: f64 = 16.0;

/// One page of the flow picture: its lanes, boxes and routed edges.
#[derive(Debug, Clone)]
pub struct FlowSheet<'a> {
    pub group: Group<'a>,
    pub wires: Vec<Wire>,
}

impl FlowSheet<'_> {
    /// The names of the lanes it shows, top to bottom.
    pub fn lane_names(&self) -> Vec<&str> {
        self.group.lanes.iter().map(|l| l.name.as_str()).collect()
    }
}

/// The height of a sheet's heading with `lines` lines.
fn heading_height(lines: usize) -> f64 {
    44.0 + 20.0 * lines.saturating_sub(1) as f64
}

/// The left and right of a sheet's lanes: its boxes and a band beyond them.
fn horizontal_extent(group: &Group) -> (f64, f64) {
    let left = group
        .boxes
        .iter()
        .map(|b| b.x)
        .fold(f64::INFINITY, f64::min);
    let right = group
        .boxes
        .iter()
        .map(|b| b.x + b.width)
        .fold(f64::NEG_INFINITY, f64::max);
    if left.is_finite() {
        (left - PAD, right + PAD)
    } else {
        (0.0, 0.0)
    }
}

/// The areas of the lane names, which edges keep out of.
fn lane_name_areas(group: &Group) -> Vec<Area> {
    let (left, _) = horizontal_extent(group);
    group
        .lanes
        .iter()
        .map(|l| Area {
            left: left - GUTTER,
            top: l.y,
            right: left - 8.0,
            bottom: l.y + 3.0 * LANE_NAME * 1.25 + 12.0,
        })
        .collect()
}

/// The sheets of `flow` as the report shows it: one when the whole flow fits `room` (the
/// largest picture a page shows at a readable scale, in pixels), else one per group of
/// lanes no taller than the room, and a group wider than the room one per range of its
/// columns that fits (stub labels, heading and legend included).
pub fn flow_sheets<'a>(
    flow: &Flow,
    layout: &'a FlowLayout,
    room: (f64, f64),
) -> Vec<FlowSheet<'a>> {
    // Two heading lines, two rows of stub labels each side and the legend.
    let chrome = heading_height(2) + 2.0 * (2.0 * ROW + 8.0) + LEGEND_HEIGHT + MARGIN;
    let fits = |g: &Group| {
        let sheet = sheet(flow, layout, g.clone());
        let frame = frame(&sheet, &heading_stand_in(g));
        frame.width.max(LEGEND_WIDTH + 2.0 * MARGIN) <= room.0
            && frame.bottom + LEGEND_HEIGHT <= room.1
    };
    groups(layout, fits, room.1 - chrome)
        .into_iter()
        .map(|group| sheet(flow, layout, group))
        .collect()
}

/// A heading as long as the report's for `group`'s page (title; lanes and range of
/// columns), to measure the page by before the pages are counted.
fn heading_stand_in(group: &Group) -> [String; 2] {
    let lanes: Vec<&str> = group.lanes.iter().map(|l| l.name.as_str()).collect();
    [
        "Activation flow: to-be journey (10/10)".to_owned(),
        format!("{}, steps 10–12", lanes.join(" · ")),
    ]
}

fn sheet<'a>(flow: &Flow, layout: &FlowLayout, group: Group<'a>) -> FlowSheet<'a> {
    let wires = wires(flow, layout, &group, &lane_name_areas(&group));
    FlowSheet { group, wires }
}

/// Draws `flow` whole at the positions of `layout` (nodes without a box are left out);
/// `heat` maps node ids to friction scores.
pub fn flow_map(
    flow: &Flow,
    layout: &FlowLayout,
    heat: &BTreeMap<String, f64>,
    labels: &Labels,
) -> String {
    let mut lanes: Vec<_> = layout.lanes.iter().collect();
    lanes.sort_by(|a, b| a.y.total_cmp(&b.y));
    let group = Group {
        lanes,
        boxes: layout.boxes.iter().collect(),
        columns: None,
    };
    draw_sheet(
        flow,
        &sheet(flow, layout, group),
        heat,
        labels,
        std::slice::from_ref(&flow.name),
    )
}

/// Which row each stub label of one side takes, so labels never overlap and no stub's line
/// crosses another's label: from the right, each label goes in the first row (counted from
/// the lanes outwards) where it ends before the labels already there begin.
fn label_rows(labels: &[(f64, f64)]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..labels.len()).collect();
    order.sort_by(|&a, &b| labels[b].0.total_cmp(&labels[a].0));
    let mut starts: Vec<f64> = Vec::new();
    let mut rows = vec![0; labels.len()];
    for i in order {
        let (x, width) = labels[i];
        let end = x + 5.0 + width + 8.0;
        let row = starts
            .iter()
            .position(|&s| end <= s)
            .unwrap_or(starts.len());
        if row == starts.len() {
            starts.push(x);
        } else {
            starts[row] = x;
        }
        rows[i] = row;
    }
    rows
}

/// Where one stub's label goes: its row (counted from the lanes outwards) and whether it is
/// written leftwards, ending at its line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct LabelPlace {
    row: usize,
    leftwards: bool,
}

/// The places of one side's stub labels (each its line's x and its width): rightwards of
/// their lines, except those that would run past the lanes' right edge but not past their
/// left one (`lanes`: both), which are written leftwards in rows beyond the others, so a
/// page is not widened by its last column's labels. When a line would then cross a label,
/// all are written rightwards.
fn place_labels(labels: &[(f64, f64)], lanes: (f64, f64)) -> Vec<LabelPlace> {
    let leftwards: Vec<bool> = labels
        .iter()
        .map(|&(x, w)| x + 5.0 + w > lanes.1 && x - 5.0 - w >= lanes.0)
        .collect();
    let family = |left: bool| -> Vec<usize> {
        (0..labels.len())
            .filter(|&i| leftwards[i] == left)
            .collect()
    };
    let (right, left) = (family(false), family(true));
    let right_rows = label_rows(&right.iter().map(|&i| labels[i]).collect::<Vec<_>>());
    // Mirrored, leftwards labels are rightwards ones.
    let left_rows = label_rows(
        &left
            .iter()
            .map(|&i| (-labels[i].0, labels[i].1))
            .collect::<Vec<_>>(),
    );
    let beyond = right_rows.iter().max().map_or(0, |r| r + 1);
    let mut places = vec![
        LabelPlace {
            row: 0,
            leftwards: false
        };
        labels.len()
    ];
    for (&i, &row) in right.iter().zip(&right_rows) {
        places[i] = LabelPlace {
            row,
            leftwards: false,
        };
    }
    for (&i, &row) in left.iter().zip(&left_rows) {
        places[i] = LabelPlace {
            row: beyond + row,
            leftwards: true,
        };
    }
    let span = |i: usize| {
        let (x, w) = labels[i];
        if places[i].leftwards {
            (x - 5.0 - w, x - 5.0)
        } else {
            (x + 5.0, x + 5.0 + w)
        }
    };
    let crossed = (0..labels.len()).any(|i| {
        (0..labels.len()).any(|j| {
            let (from, to) = span(i);
            places[i].row < places[j].row && labels[j].0 > from && labels[j].0 < to
        })
    });
    if crossed {
        return label_rows(labels)
            .into_iter()
            .map(|row| LabelPlace {
                row,
                leftwards: false,
            })
            .collect();
    }
    places
}

/// Where a sheet's parts go on its page.
struct Frame {
    /// What is added to the layout's coordinates.
    dx: f64,
    dy: f64,
    /// Where each stub label goes, by wire index.
    rows: HashMap<usize, LabelPlace>,
    /// The page's width (heading, lanes, stub labels).
    width: f64,
    /// The bottom of the lanes and the stub labels under them, with the margin.
    bottom: f64,
}

/// A stub's loose end on the sheet's top or bottom edge, in the layout's coordinates.
fn loose_end(wire: &Wire, stub: &Stub) -> (f64, f64) {
    if stub.leaving {
        wire.points.last().copied()
    } else {
        wire.points.first().copied()
    }
    .unwrap_or_default()
}

/// A stub's label. A branch's share is written at its target's end; a branch leaving the
/// sheet has it in its label.
fn stub_label(wire: &Wire, stub: &Stub) -> String {
    match wire.probability {
        Some(p) if stub.leaving => format!("{} ({:.0}%)", stub.text, p * 100.0),
        _ => stub.text.clone(),
    }
}

/// How wide a stub label is drawn: the estimate at 0.56 em a character falls short of the
/// report's font on mixed-case Latin labels (a label ran off its page by a tenth).
fn label_width(text: &str) -> f64 {
    super::text_width(text, SMALLEST_TEXT) * 1.1
}

/// The size of a heading line: the first is the title.
fn heading_size(line: usize) -> (f64, bool) {
    if line == 0 {
        (18.0, true)
    } else {
        (13.0, false)
    }
}

/// Lays out `sheet` under `heading`.
fn frame(sheet: &FlowSheet, heading: &[String]) -> Frame {
    let group = &sheet.group;
    let (left, right) = horizontal_extent(group);
    let (top, bottom) = vertical_extent(group);
    // Stub labels in rows above and below the lanes.
    let stubs: Vec<(usize, &Wire, &Stub)> = sheet
        .wires
        .iter()
        .enumerate()
        .filter_map(|(i, w)| w.stub.as_ref().map(|s| (i, w, s)))
        .collect();
    let dx = MARGIN + GUTTER - left;
    // The lanes' left edge, where their names begin, and their right one.
    let lanes = (left - GUTTER, right);
    let mut rows: HashMap<usize, LabelPlace> = HashMap::new();
    let mut rows_on = |side: Side| {
        let on: Vec<&(usize, &Wire, &Stub)> = stubs.iter().filter(|s| s.2.side == side).collect();
        let extents: Vec<(f64, f64)> = on
            .iter()
            .map(|(_, w, s)| (loose_end(w, s).0, label_width(&stub_label(w, s))))
            .collect();
        let taken = place_labels(&extents, lanes);
        for ((i, _, _), place) in on.iter().zip(&taken) {
            rows.insert(*i, *place);
        }
        taken
            .iter()
            .map(|p| p.row)
            .max()
            .map_or(0.0, |r| (r + 1) as f64 * ROW + 8.0)
    };
    let (above, below) = (rows_on(Side::Top), rows_on(Side::Bottom));
    let dy = heading_height(heading.len()) + above - top;
    let labels = stubs
        .iter()
        .filter(|(i, _, _)| !rows[i].leftwards)
        .map(|(_, w, s)| loose_end(w, s).0 + dx + 5.0 + label_width(&stub_label(w, s)));
    let headings = heading.iter().enumerate().map(|(i, line)| {
        let (size, bold) = heading_size(i);
        // Bold runs about a tenth wider.
        let widen = if bold { 1.1 } else { 1.0 };
        MARGIN + super::text_width(line, size) * widen
    });
    let width = labels.chain(headings).fold(right + dx, f64::max) + MARGIN;
    Frame {
        dx,
        dy,
        rows,
        width,
        bottom: bottom + dy + below + MARGIN,
    }
}

/// Draws one sheet under `heading` (its first line as the title, the others smaller).
pub fn draw_sheet(
    flow: &Flow,
    sheet: &FlowSheet,
    heat: &BTreeMap<String, f64>,
    labels: &Labels,
    heading: &[String],
) -> String {
    let group = &sheet.group;
    let (_, right) = horizontal_extent(group);
    let Frame {
        dx,
        dy,
        rows,
        width,
        bottom,
    } = frame(sheet, heading);
    let mut c = Canvas::new();
    let mut y = 30.0;
    for (i, line) in heading.iter().enumerate() {
        let (size, bold) = heading_size(i);
        c.text(MARGIN, y, size, bold, "start", line);
        y += 20.0;
    }
    let at = |(x, y): (f64, f64)| (x + dx, y + dy);
    for lane in &group.lanes {
        c.rect(
            MARGIN / 2.0,
            lane.y + dy,
            right + dx - MARGIN / 2.0,
            lane.height,
            "#f6f8fb",
            "#dfe4ec",
        );
        c.paragraph(MARGIN, lane.y + dy + 20.0, LANE_NAME, 16, 3, &lane.name);
    }
    for (i, wire) in sheet.wires.iter().enumerate() {
        let mut points: Vec<(f64, f64)> = wire.points.iter().map(|&p| at(p)).collect();
        if let (Some(stub), Some(place)) = (&wire.stub, rows.get(&i)) {
            // The loose end runs on to its label's row.
            let (sx, sy) = at(loose_end(wire, stub));
            let offset = 10.0 + place.row as f64 * ROW;
            let ly = match stub.side {
                Side::Top => sy - offset,
                Side::Bottom => sy + offset,
            };
            if stub.leaving {
                points.push((sx, ly));
            } else {
                points.insert(0, (sx, ly));
            }
            let text = stub_label(wire, stub);
            if place.leftwards {
                c.text(sx - 5.0, ly + 4.0, SMALLEST_TEXT, false, "end", &text);
            } else {
                c.text(sx + 5.0, ly + 4.0, SMALLEST_TEXT, false, "start", &text);
            }
        }
        c.polyline(&points, "#5b6478", true);
        let leaving = wire.stub.as_ref().is_some_and(|s| s.leaving);
        if let (Some(p), Some(last), false) = (wire.probability, points.last(), leaving) {
            // Above the route's end, in front of the arrow: the branches of one gateway
            // leave it together but arrive apart.
            c.text(
                last.0 - 8.0,
                last.1 - 5.0,
                SMALLEST_TEXT,
                false,
                "end",
                &format!("{:.0}%", p * 100.0),
            );
        }
    }
    let nodes: HashMap<&str, &Node> = flow.nodes.iter().map(|n| (n.id(), n)).collect();
    for b in &group.boxes {
        if let Some(node) = nodes.get(b.id.as_str()) {
            draw_node(&mut c, node, b, at((b.x, b.y)), heat);
        }
    }
    if heat.is_empty() {
        return c.finish(width, bottom);
    }
    let bottom = friction_legend(&mut c, MARGIN, bottom - MARGIN / 2.0, labels) + MARGIN / 2.0;
    c.finish(width.max(LEGEND_WIDTH + 2.0 * MARGIN), bottom)
}

fn draw_node(
    c: &mut Canvas,
    node: &Node,
    b: &NodeBox,
    (x, y): (f64, f64),
    heat: &BTreeMap<String, f64>,
) {
    let (cx, cy) = (x + b.width / 2.0, y + b.height / 2.0);
    let fill = heat
        .get(node.id())
        .map_or_else(|| "#ffffff".to_owned(), |s| heat_colour(*s));
    // Names wrap over the box's lines at about 0.55 em a character.
    let chars = ((b.width - 12.0) / 6.6).max(1.0) as usize;
    match node {
        Node::Start(_) | Node::End(_) => {
            c.circle(cx, cy, b.height.min(b.width) / 2.0, "#eef1f6", "#5b6478");
        }
        Node::Exclusive(_) | Node::ParallelSplit(_) | Node::ParallelJoin(_) | Node::Merge(_) => {
            c.polygon(
                &[(cx, y), (x + b.width, cy), (cx, y + b.height), (x, cy)],
                "#fff7e0",
                "#b38600",
            );
            let mark = if matches!(node, Node::ParallelSplit(_) | Node::ParallelJoin(_)) {
                "+"
            } else {
                "×"
            };
            c.text(cx, cy + 5.0, 14.0, true, "middle", mark);
        }
        Node::Task(task) => {
            c.rect(x, y, b.width, b.height, &fill, "#5b6478");
            // The silo is the lane's name; the channel says where the customer meets it.
            let lines = ((b.height - 22.0) / 15.0).max(1.0) as usize;
            c.paragraph(x + 6.0, y + 17.0, 12.0, chars, lines, &task.name);
            c.text(
                x + 6.0,
                y + b.height - 7.0,
                SMALLEST_TEXT,
                false,
                "start",
                &wrap(&task.channel, chars * 12 / 11, 1).concat(),
            );
        }
        Node::Wait(wait) => {
            c.rect(x, y, b.width, b.height, &fill, "#8a93a6");
            let lines = ((b.height - 8.0) / 15.0).max(1.0) as usize;
            c.paragraph(x + 6.0, y + 17.0, 12.0, chars, lines, &wait.name);
        }
    }
    if named_below(node) {
        c.text(
            cx,
            y + b.height + 14.0,
            NAME_SIZE,
            false,
            "middle",
            node.name(),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stub_labels_take_rows_so_none_overlaps_and_no_line_crosses_a_label() {
        // Three labels 100 wide at x 0, 50 and 300: 0 and 50 collide, 300 is clear of both.
        let rows = label_rows(&[(0.0, 100.0), (50.0, 100.0), (300.0, 100.0)]);
        assert_eq!(rows[2], 0);
        assert_eq!(
            rows[1], 0,
            "the rightmost colliding label stays nearest the lanes"
        );
        assert_eq!(rows[0], 1, "the one left of it goes a row further out");
    }
}
