//! The activation flow where the UI laid it out: silo swimlanes, nodes by kind, edges,
//! friction as fill, and the key to the friction colours under it when there is friction.

use std::collections::{BTreeMap, HashMap};

use touchmap_engine::model::{Flow, Node};

use super::canvas::{Canvas, heat_colour};
use super::legend::{LEGEND_WIDTH, friction_legend};
use crate::Labels;
use crate::layout::{FlowLayout, NodeBox};

const MARGIN: f64 = 24.0;
const TITLE: f64 = 44.0;
/// How far in front of its target a forward edge turns: inside the gap between layers.
const TURN_BEFORE: f64 = 16.0;

/// Draws `flow` at the positions of `layout` (nodes without a box are left out);
/// `heat` maps node ids to friction scores.
pub fn flow_map(
    flow: &Flow,
    layout: &FlowLayout,
    heat: &BTreeMap<String, f64>,
    labels: &Labels,
) -> String {
    let boxes: HashMap<&str, &NodeBox> = layout.boxes.iter().map(|b| (b.id.as_str(), b)).collect();
    let min_x = layout
        .boxes
        .iter()
        .map(|b| b.x)
        .fold(f64::INFINITY, f64::min);
    let min_y = layout
        .boxes
        .iter()
        .map(|b| b.y)
        .chain(layout.lanes.iter().map(|l| l.y))
        .fold(f64::INFINITY, f64::min);
    let (min_x, min_y) = if min_x.is_finite() {
        (min_x, min_y)
    } else {
        (0.0, 0.0)
    };
    let max_x = layout
        .boxes
        .iter()
        .map(|b| b.x + b.width)
        .fold(min_x, f64::max);
    let max_y = layout
        .boxes
        .iter()
        .map(|b| b.y + b.height)
        .chain(layout.lanes.iter().map(|l| l.y + l.height))
        .fold(min_y, f64::max);
    let (dx, dy) = (MARGIN + 110.0 - min_x, TITLE + MARGIN - min_y);
    let width = max_x - min_x + 110.0 + 2.0 * MARGIN;
    let mut c = Canvas::new();
    c.text(MARGIN, 30.0, 20.0, true, "start", &flow.name);
    for lane in &layout.lanes {
        c.rect(
            MARGIN / 2.0,
            lane.y + dy,
            width - MARGIN,
            lane.height,
            "#f6f8fb",
            "#dfe4ec",
        );
        c.paragraph(MARGIN, lane.y + dy + 20.0, 12.0, 14, 3, &lane.name);
    }
    let centre = |b: &NodeBox| (b.x + dx + b.width / 2.0, b.y + dy + b.height / 2.0);
    for edge in &flow.edges {
        if let (Some(from), Some(to)) = (boxes.get(edge.from.as_str()), boxes.get(edge.to.as_str()))
        {
            let route = elbow(from, to, (dx, dy));
            c.polyline(&route, "#5b6478", true);
            if let Some(p) = edge.probability {
                // On the route's first segment, where the branch leaves its gateway.
                let (a, b) = (route[0], route[1]);
                c.text(
                    (a.0 + b.0) / 2.0 + 4.0,
                    (a.1 + b.1) / 2.0 - 4.0,
                    10.0,
                    false,
                    "start",
                    &format!("{:.0}%", p * 100.0),
                );
            }
        }
    }
    for node in &flow.nodes {
        let Some(b) = boxes.get(node.id()) else {
            continue;
        };
        let (x, y) = (b.x + dx, b.y + dy);
        let (cx, cy) = centre(b);
        let fill = heat
            .get(node.id())
            .map_or_else(|| "#ffffff".to_owned(), |s| heat_colour(*s));
        match node {
            Node::Start(_) | Node::End(_) => {
                c.circle(cx, cy, b.height.min(b.width) / 2.0, "#eef1f6", "#5b6478");
                c.text(cx, y + b.height + 14.0, 10.0, false, "middle", node.name());
            }
            Node::Exclusive(_)
            | Node::ParallelSplit(_)
            | Node::ParallelJoin(_)
            | Node::Merge(_) => {
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
                c.text(cx, y + b.height + 14.0, 10.0, false, "middle", node.name());
            }
            Node::Task(task) => {
                c.rect(x, y, b.width, b.height, &fill, "#5b6478");
                c.paragraph(
                    x + 6.0,
                    y + 16.0,
                    11.0,
                    (b.width / 6.5) as usize,
                    2,
                    &task.name,
                );
                c.text(
                    x + 6.0,
                    y + b.height - 6.0,
                    9.0,
                    false,
                    "start",
                    &format!("{} · {}", task.silo, task.channel),
                );
            }
            Node::Wait(wait) => {
                c.rect(x, y, b.width, b.height, &fill, "#8a93a6");
                c.paragraph(
                    x + 6.0,
                    y + 16.0,
                    11.0,
                    (b.width / 6.5) as usize,
                    2,
                    &format!("⏱ {}", wait.name),
                );
            }
        }
    }
    let bottom = max_y - min_y + TITLE + 2.0 * MARGIN;
    if heat.is_empty() {
        return c.finish(width, bottom);
    }
    let bottom = friction_legend(&mut c, MARGIN, bottom, labels) + MARGIN / 2.0;
    c.finish(width.max(LEGEND_WIDTH + 2.0 * MARGIN), bottom)
}

/// An edge drawn in horizontal and vertical segments, as the app draws its routes: forward
/// from the source's right side to the target's left side, turning just before the target
/// (in the free gap in front of its column of the layered layout, not through boxes);
/// backward (a loop) out of the source's bottom, along a channel under both boxes and up
/// into the target's bottom, so it never runs back through the boxes between them.
fn elbow(from: &NodeBox, to: &NodeBox, (dx, dy): (f64, f64)) -> Vec<(f64, f64)> {
    let (fx, fy) = (from.x + dx, from.y + dy);
    let (tx, ty) = (to.x + dx, to.y + dy);
    let (from_mid, to_mid) = (fy + from.height / 2.0, ty + to.height / 2.0);
    let (start, end) = ((fx + from.width, from_mid), (tx, to_mid));
    if end.0 > start.0 {
        if (start.1 - end.1).abs() < 0.5 {
            return vec![start, end];
        }
        let turn = (end.0 - TURN_BEFORE).max((start.0 + end.0) / 2.0);
        return vec![start, (turn, start.1), (turn, end.1), end];
    }
    let channel = (fy + from.height).max(ty + to.height) + 16.0;
    let (from_x, to_x) = (fx + from.width / 2.0, tx + to.width / 2.0);
    vec![
        (from_x, fy + from.height),
        (from_x, channel),
        (to_x, channel),
        (to_x, ty + to.height),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn node(x: f64, y: f64) -> NodeBox {
        NodeBox {
            id: String::new(),
            x,
            y,
            width: 100.0,
            height: 40.0,
        }
    }

    #[test]
    fn edges_run_in_horizontal_and_vertical_segments_and_loops_go_underneath() {
        let orthogonal = |route: &[(f64, f64)]| {
            route
                .windows(2)
                .all(|w| (w[0].0 - w[1].0).abs() < 1e-9 || (w[0].1 - w[1].1).abs() < 1e-9)
        };
        let level = elbow(&node(0.0, 0.0), &node(200.0, 0.0), (0.0, 0.0));
        assert_eq!(level, [(100.0, 20.0), (200.0, 20.0)]);
        let down = elbow(&node(0.0, 0.0), &node(200.0, 100.0), (0.0, 0.0));
        assert_eq!(
            down,
            [(100.0, 20.0), (184.0, 20.0), (184.0, 120.0), (200.0, 120.0)],
            "turns in the gap just in front of the target"
        );
        // Boxes close together: half-way, never behind the source.
        let close = elbow(&node(0.0, 0.0), &node(110.0, 100.0), (0.0, 0.0));
        assert_eq!(close[1], (105.0, 20.0));
        let back = elbow(&node(300.0, 0.0), &node(0.0, 20.0), (0.0, 0.0));
        assert!(orthogonal(&back) && orthogonal(&down));
        // Under both boxes: the loop crosses neither.
        assert!(back[1].1 > 60.0 && back[2].1 > 60.0, "{back:?}");
        assert_eq!(back.last(), Some(&(50.0, 60.0)), "into the target's bottom");
    }
}
