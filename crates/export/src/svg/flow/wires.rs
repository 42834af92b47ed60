//! The edges of one sheet of the flow picture, routed around its boxes: an edge with both
//! ends on the sheet runs from its source's side to its target's; an edge to or from a box
//! on another sheet runs to the sheet's top or bottom edge (towards the other box's lanes;
//! for a sheet beside it, the nearer edge) and is labelled there with the other box's lane
//! and name.

use std::collections::HashMap;

use touchmap_engine::model::{Flow, Node};

use super::route::{Area, Goal, Grid, Heading, simplified};
use super::sheets::{Group, lane_of};
use crate::layout::{FlowLayout, LaneBox, NodeBox};
use crate::svg::text_width;

/// How far routes keep from a box.
pub const CLEARANCE: f64 = 10.0;
/// The size of the names written under round and diamond nodes.
pub const NAME_SIZE: f64 = 11.0;

/// Where an edge leaving the sheet is labelled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Top,
    Bottom,
}

/// The loose end of an edge whose other end is on another sheet.
#[derive(Debug, Clone, PartialEq)]
pub struct Stub {
    /// "→ Billing: Issue first bill" (leaving) or "← Sales & ordering: Sale" (arriving).
    pub text: String,
    pub side: Side,
    /// Whether the edge leaves this sheet (its arrow points at the label).
    pub leaving: bool,
}

/// One edge as drawn on a sheet, in the layout's coordinates.
#[derive(Debug, Clone, PartialEq)]
pub struct Wire {
    pub from: String,
    pub to: String,
    pub probability: Option<f64>,
    /// Its corners, from the source end to the target end (a stub's loose end on the sheet's
    /// top or bottom edge).
    pub points: Vec<(f64, f64)>,
    pub stub: Option<Stub>,
}

/// Whether a node's name is written under it (round and diamond nodes).
pub fn named_below(node: &Node) -> bool {
    !matches!(node, Node::Task(_) | Node::Wait(_))
}

/// The area routes keep out of around `b`: the box and the clearance.
fn area(b: &NodeBox) -> Area {
    Area {
        left: b.x - CLEARANCE,
        top: b.y - CLEARANCE,
        right: b.x + b.width + CLEARANCE,
        bottom: b.y + b.height + CLEARANCE,
    }
}

/// Where the name of a round or diamond node is written, under it.
fn name_area(b: &NodeBox, node: &Node) -> Option<Area> {
    named_below(node).then(|| {
        let half = text_width(node.name(), NAME_SIZE) / 2.0 + 2.0;
        let centre = b.x + b.width / 2.0;
        Area {
            left: centre - half,
            top: b.y + b.height,
            right: centre + half,
            bottom: b.y + b.height + NAME_SIZE + 6.0,
        }
    })
}

/// Where a route meets a box: the point on its side, the point just outside its area, and
/// which way the route runs there.
struct Port {
    on: (f64, f64),
    out: (f64, f64),
    heading: Heading,
}

fn port(b: &NodeBox, a: &Area, side: Heading) -> Port {
    let (cx, cy) = (b.x + b.width / 2.0, b.y + b.height / 2.0);
    match side {
        Heading::Right => Port {
            on: (b.x + b.width, cy),
            out: (a.right, cy),
            heading: Heading::Right,
        },
        Heading::Left => Port {
            on: (b.x, cy),
            out: (a.left, cy),
            heading: Heading::Left,
        },
        Heading::Up | Heading::Down => Port {
            on: (cx, b.y),
            out: (cx, a.top),
            heading: Heading::Up,
        },
    }
}

/// The lanes of the whole layout, top to bottom.
fn sorted_lanes(layout: &FlowLayout) -> Vec<&LaneBox> {
    let mut lanes: Vec<&LaneBox> = layout.lanes.iter().collect();
    lanes.sort_by(|a, b| a.y.total_cmp(&b.y));
    lanes
}

/// The top and bottom of a sheet's lanes (of its boxes when it has no lanes).
pub fn vertical_extent(group: &Group) -> (f64, f64) {
    match (group.lanes.first(), group.lanes.last()) {
        (Some(first), Some(last)) => (first.y, last.y + last.height),
        _ => {
            let top = group
                .boxes
                .iter()
                .map(|b| b.y)
                .fold(f64::INFINITY, f64::min);
            let bottom = group
                .boxes
                .iter()
                .map(|b| b.y + b.height + NAME_SIZE + 8.0)
                .fold(f64::NEG_INFINITY, f64::max);
            if top.is_finite() {
                (top - CLEARANCE, bottom + CLEARANCE)
            } else {
                (0.0, 0.0)
            }
        }
    }
}

/// The wires of `group`'s sheet; `keep_out` adds areas routes avoid (the lane names).
pub fn wires(flow: &Flow, layout: &FlowLayout, group: &Group, keep_out: &[Area]) -> Vec<Wire> {
    let nodes: HashMap<&str, &Node> = flow.nodes.iter().map(|n| (n.id(), n)).collect();
    let all: HashMap<&str, &NodeBox> = layout.boxes.iter().map(|b| (b.id.as_str(), b)).collect();
    let here: HashMap<&str, &NodeBox> = group.boxes.iter().map(|b| (b.id.as_str(), *b)).collect();
    let areas: HashMap<&str, Area> = group
        .boxes
        .iter()
        .map(|b| (b.id.as_str(), area(b)))
        .collect();
    let lanes = sorted_lanes(layout);
    let (top, bottom) = vertical_extent(group);
    // An edge to another sheet leaves towards the other box's lanes: up or down; to a sheet
    // beside this one (the same lanes, other columns), by the nearer edge.
    let side_of = |here: &NodeBox, other: &NodeBox| {
        let above = match (
            lane_of(&lanes, other),
            group.lanes.first(),
            group.lanes.last(),
        ) {
            (Some(i), Some(first), Some(last)) if lanes[i].y < first.y || lanes[i].y > last.y => {
                lanes[i].y < first.y
            }
            _ => here.y + here.height / 2.0 < (top + bottom) / 2.0,
        };
        if above { Side::Top } else { Side::Bottom }
    };
    let border = |side: Side| match side {
        Side::Top => top,
        Side::Bottom => bottom,
    };
    let named = |other: &NodeBox| {
        let lane = lane_of(&lanes, other).map(|i| lanes[i].name.as_str());
        let name = nodes
            .get(other.id.as_str())
            .map_or(other.id.as_str(), |n| n.name());
        match lane {
            Some(lane) if !lane.is_empty() => format!("{lane}: {name}"),
            _ => name.to_owned(),
        }
    };

    // First the ports of every wire, so the grid has lines through them.
    enum Plan<'a> {
        Inside(Port, Port),
        Leaving(Port, Side, &'a NodeBox),
        Arriving(Port, Side, &'a NodeBox),
    }
    let mut plans = Vec::new();
    for edge in &flow.edges {
        let (from, to) = (edge.from.as_str(), edge.to.as_str());
        let plan = match (here.get(from), here.get(to), all.get(from), all.get(to)) {
            (Some(f), Some(t), _, _) => {
                let forward = t.x >= f.x + f.width;
                let (out, into) = if forward {
                    (Heading::Right, Heading::Left)
                } else {
                    // A loop back runs over the boxes, into its target from above.
                    (Heading::Up, Heading::Up)
                };
                Plan::Inside(port(f, &areas[from], out), port(t, &areas[to], into))
            }
            (Some(f), None, _, Some(t)) => {
                Plan::Leaving(port(f, &areas[from], Heading::Right), side_of(f, t), t)
            }
            (None, Some(t), Some(f), _) => {
                Plan::Arriving(port(t, &areas[to], Heading::Left), side_of(t, f), f)
            }
            _ => continue,
        };
        plans.push((edge, plan));
    }
    let mut points: Vec<(f64, f64)> = Vec::new();
    for (_, plan) in &plans {
        match plan {
            Plan::Inside(a, b) => points.extend([a.out, b.out]),
            Plan::Leaving(p, side, _) | Plan::Arriving(p, side, _) => {
                points.extend([p.out, (p.out.0, border(*side))]);
            }
        }
    }
    // A name written over a neighbour's side (the layout left it no room) does not wall in
    // the routes that must leave there.
    let names = group.boxes.iter().filter_map(|b| {
        let node = nodes.get(b.id.as_str())?;
        name_area(b, node).filter(|a| !points.iter().any(|&p| a.contains(p)))
    });
    let obstacles: Vec<Area> = areas
        .values()
        .copied()
        .chain(names)
        .chain(keep_out.iter().copied())
        .collect();
    let grid = Grid::new(&obstacles, &points);

    plans
        .into_iter()
        .map(|(edge, plan)| {
            let (points, stub) = match plan {
                Plan::Inside(a, b) => {
                    // Arriving at a box's top means running down into it.
                    let arriving = match b.heading {
                        Heading::Left => Heading::Right,
                        _ => Heading::Down,
                    };
                    let route = grid
                        .route(a.out, a.heading, Goal::Point(b.out, arriving))
                        // Only when an end is walled in by boxes laid over each other.
                        .unwrap_or_else(|| vec![a.out, b.out]);
                    (joined(a.on, route, b.on), None)
                }
                Plan::Leaving(p, side, other) => {
                    let route = grid
                        .route(p.out, p.heading, Goal::Line(border(side)))
                        .unwrap_or_else(|| vec![p.out, (p.out.0, border(side))]);
                    let stub = Stub {
                        text: format!("→ {}", named(other)),
                        side,
                        leaving: true,
                    };
                    (simplified([vec![p.on], route].concat()), Some(stub))
                }
                Plan::Arriving(p, side, other) => {
                    // Routed from the box out to the edge, then drawn the other way.
                    let mut route = grid
                        .route(p.out, p.heading, Goal::Line(border(side)))
                        .unwrap_or_else(|| vec![p.out, (p.out.0, border(side))]);
                    route.reverse();
                    let stub = Stub {
                        text: format!("← {}", named(other)),
                        side,
                        leaving: false,
                    };
                    (simplified([route, vec![p.on]].concat()), Some(stub))
                }
            };
            Wire {
                from: edge.from.clone(),
                to: edge.to.clone(),
                probability: edge.probability,
                points,
                stub,
            }
        })
        .collect()
}

fn joined(on: (f64, f64), route: Vec<(f64, f64)>, end: (f64, f64)) -> Vec<(f64, f64)> {
    simplified([vec![on], route, vec![end]].concat())
}
