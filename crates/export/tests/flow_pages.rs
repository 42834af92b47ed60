#![allow(clippy::unwrap_used)]
//! The report's flow picture on the sample's flows, laid out by the app's own layout code
//! (`fixtures/sample-flow-layouts.json`): edges go round the boxes, a flow too big for a
//! readable page is cut into pages of a few lanes and columns, every node on one of them,
//! edges between pages end in labelled stubs, and the PDF prints every flow page on A4
//! landscape, its text never below 9 pt.

use touchmap_engine::model::Flow;
use touchmap_export::pdf::{MIN_TEXT_PT, placement, readable_room};
use touchmap_export::report::{ReportInput, pages};
use touchmap_export::svg::{FlowSheet, SMALLEST_TEXT, flow_sheets};
use touchmap_export::{Cover, FlowLayout, Labels, LaneBox, NodeBox};
use touchmap_model::{BundleRecords, flow_model};

fn sample_flow(scenario: &str) -> Flow {
    let document = touchmap_store::sample::document();
    flow_model(&BundleRecords::from_document(&document, &document.bundles[0].id).unwrap())
        .resolve(Some(scenario))
        .unwrap()
}

fn sample_layout(flow: &Flow) -> FlowLayout {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/sample-flow-layouts.json"
    );
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let layout = &json[&flow.name];
    let number = |v: &serde_json::Value, key: &str| v[key].as_f64().unwrap();
    let layout = FlowLayout {
        boxes: layout["boxes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|b| NodeBox {
                id: b["id"].as_str().unwrap().to_owned(),
                x: number(b, "x"),
                y: number(b, "y"),
                width: number(b, "width"),
                height: number(b, "height"),
            })
            .collect(),
        lanes: layout["lanes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|l| LaneBox {
                name: l["name"].as_str().unwrap().to_owned(),
                y: number(l, "y"),
                height: number(l, "height"),
            })
            .collect(),
    };
    let mut laid: Vec<&str> = layout.boxes.iter().map(|b| b.id.as_str()).collect();
    let mut nodes: Vec<&str> = flow.nodes.iter().map(|n| n.id()).collect();
    laid.sort_unstable();
    nodes.sort_unstable();
    assert_eq!(
        laid, nodes,
        "the fixture is stale: run the script beside it (see its first lines)"
    );
    layout
}

fn sheets<'a>(flow: &Flow, layout: &'a FlowLayout) -> Vec<FlowSheet<'a>> {
    flow_sheets(flow, layout, readable_room(SMALLEST_TEXT))
}

/// Whether the horizontal or vertical segment a–b runs through the inside of `b`.
fn through(a: (f64, f64), c: (f64, f64), b: &NodeBox) -> bool {
    let (x0, x1) = (a.0.min(c.0), a.0.max(c.0));
    let (y0, y1) = (a.1.min(c.1), a.1.max(c.1));
    x0 < b.x + b.width - 0.5 && x1 > b.x + 0.5 && y0 < b.y + b.height - 0.5 && y1 > b.y + 0.5
}

#[test]
fn no_edge_runs_through_a_box_on_the_sample_flows() {
    for scenario in ["as-is", "to-be"] {
        let flow = sample_flow(scenario);
        let layout = sample_layout(&flow);
        let whole = FlowLayout {
            lanes: Vec::new(),
            ..layout.clone()
        };
        // The report's pages and the map export's single picture (here without lanes).
        let mut all = sheets(&flow, &layout);
        all.extend(flow_sheets(&flow, &whole, (f64::INFINITY, f64::INFINITY)));
        let mut segments = 0;
        for sheet in &all {
            for wire in &sheet.wires {
                assert!(wire.points.len() >= 2, "{wire:?}");
                for pair in wire.points.windows(2) {
                    let (a, c) = (pair[0], pair[1]);
                    assert!(
                        (a.0 - c.0).abs() < 1e-6 || (a.1 - c.1).abs() < 1e-6,
                        "{scenario}: {} → {} has a slanted segment {a:?}–{c:?}",
                        wire.from,
                        wire.to
                    );
                    segments += 1;
                    for b in &sheet.group.boxes {
                        assert!(
                            b.id == wire.from || b.id == wire.to || !through(a, c, b),
                            "{scenario}: {} → {} runs through {} at {a:?}–{c:?}",
                            wire.from,
                            wire.to,
                            b.id
                        );
                    }
                }
            }
        }
        assert!(segments > 2 * flow.edges.len(), "{scenario}: {segments}");
    }
}

#[test]
fn a_big_flow_is_cut_into_lanes_and_columns_with_every_node_on_exactly_one_page() {
    let flow = sample_flow("as-is");
    let layout = sample_layout(&flow);
    let sheets = sheets(&flow, &layout);
    assert!(sheets.len() > 1, "53 nodes in 13 lanes do not fit one page");
    let every: Vec<&str> = layout.lanes.iter().map(|l| l.name.as_str()).collect();
    let mut seen: Vec<&str> = Vec::new();
    for sheet in &sheets {
        let lanes = sheet.lane_names();
        // A page's lanes are consecutive lanes of the flow, top to bottom.
        let first = every.iter().position(|l| *l == lanes[0]).unwrap();
        assert_eq!(lanes, every[first..first + lanes.len()], "{lanes:?}");
        for lane in lanes {
            if !seen.contains(&lane) {
                seen.push(lane);
            }
        }
    }
    assert_eq!(seen, every, "every lane on a page, in order");
    for node in &flow.nodes {
        let on = sheets
            .iter()
            .filter(|s| s.group.boxes.iter().any(|b| b.id == node.id()))
            .count();
        assert_eq!(on, 1, "{} is on {on} pages", node.id());
    }
    // Seen on main: the as-is's first page was 3,420 pt wide. A page of a group cut across
    // shows whole columns: no box of its lanes lies between its first and last column's
    // boxes on another page.
    let across: Vec<_> = sheets
        .iter()
        .filter(|s| s.group.columns.is_some())
        .collect();
    assert!(
        across.len() > 1,
        "the as-is's lanes are cut into columns too"
    );
    for sheet in &across {
        let (left, right) = sheet
            .group
            .boxes
            .iter()
            .fold((f64::INFINITY, f64::NEG_INFINITY), |(l, r), b| {
                (l.min(b.x), r.max(b.x + b.width))
            });
        for other in sheets.iter().filter(|o| !std::ptr::eq(*o, *sheet)) {
            for b in &other.group.boxes {
                let same_lanes = sheet.lane_names().contains(&lane_name(&layout, &b.id));
                assert!(
                    !same_lanes || b.x + b.width <= left || b.x >= right,
                    "{} lies within a page it is not on",
                    b.id
                );
            }
        }
    }
}

/// The lane holding the centre of node `id`, as the reader sees it.
fn lane_name<'a>(layout: &'a FlowLayout, id: &str) -> &'a str {
    let b = layout.boxes.iter().find(|b| b.id == id).unwrap();
    let centre = b.y + b.height / 2.0;
    let lane = layout
        .lanes
        .iter()
        .find(|l| l.y <= centre && centre < l.y + l.height);
    &lane.unwrap().name
}

#[test]
fn an_edge_between_pages_ends_in_stubs_naming_the_other_lane_and_step() {
    let flow = sample_flow("as-is");
    let layout = sample_layout(&flow);
    let sheets = sheets(&flow, &layout);
    let sheet_of = |id: &str| {
        sheets
            .iter()
            .position(|s| s.group.boxes.iter().any(|b| b.id == id))
            .unwrap()
    };
    let name = |id: &str| {
        flow.nodes
            .iter()
            .find(|n| n.id() == id)
            .unwrap()
            .name()
            .to_owned()
    };
    let mut crossing = 0;
    for edge in &flow.edges {
        let (from, to) = (sheet_of(&edge.from), sheet_of(&edge.to));
        let wire_on = |sheet: usize| {
            sheets[sheet]
                .wires
                .iter()
                .find(|w| w.from == edge.from && w.to == edge.to)
                .unwrap()
        };
        if from == to {
            assert_eq!(wire_on(from).stub, None);
            continue;
        }
        crossing += 1;
        let leaving = wire_on(from).stub.clone().unwrap();
        let target = format!("→ {}: {}", lane_name(&layout, &edge.to), name(&edge.to));
        assert_eq!((leaving.text, leaving.leaving), (target, true));
        let arriving = wire_on(to).stub.clone().unwrap();
        let source = format!("← {}: {}", lane_name(&layout, &edge.from), name(&edge.from));
        assert_eq!((arriving.text, arriving.leaving), (source, false));
    }
    assert!(crossing > 0, "the as-is has edges between its pages");
}

/// The smallest `font-size` an SVG writes.
fn smallest_font(svg: &str) -> f32 {
    svg.split("font-size=\"")
        .skip(1)
        .map(|rest| rest[..rest.find('"').unwrap()].parse::<f32>().unwrap())
        .fold(f32::INFINITY, f32::min)
}

#[test]
fn the_reports_flow_pages_print_no_text_below_9_points_and_name_their_lanes() {
    let document = touchmap_store::sample::document();
    let flow = sample_flow("as-is");
    let layout = sample_layout(&flow);
    let labels = Labels::default();
    let pages = pages(ReportInput {
        document: &document,
        segments: &[],
        cover: Cover::default(),
        result: None,
        comparison: None,
        flow: Some((&flow, &layout)),
        labels: &labels,
    })
    .unwrap();
    let flow_pages: Vec<_> = pages.iter().filter(|p| p.readable).collect();
    assert_eq!(flow_pages.len(), sheets(&flow, &layout).len());
    for page in &flow_pages {
        let placed = placement(page).unwrap();
        assert_eq!(
            placed.page,
            (842.0, 595.0),
            "{}: every flow page is A4 landscape",
            page.title
        );
        let smallest = smallest_font(&page.svg) * placed.scale;
        assert!(
            smallest >= MIN_TEXT_PT - 1e-3,
            "{}: text at {smallest} pt",
            page.title
        );
        assert!(
            page.title.starts_with("Activation flow: as-is ("),
            "{}",
            page.title
        );
    }
    let every = |text: &str| flow_pages.iter().any(|p| p.svg.contains(text));
    for lane in &layout.lanes {
        let named = touchmap_export::escape::xml(&lane.name);
        assert!(
            flow_pages.iter().any(|p| p.title.contains(&lane.name)) && every(&named),
            "{}",
            lane.name
        );
    }
    assert!(
        every("→ ") && every("← "),
        "the stubs are drawn with their labels"
    );
    // The pages of other kinds still shrink to the paper.
    let fitted = pages.iter().find(|p| !p.readable).unwrap();
    assert_eq!(placement(fitted).unwrap().page, (842.0, 595.0));
}
