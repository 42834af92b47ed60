//! Which lanes and boxes go on which page of the flow picture. A flow that fits a page at a
//! readable scale is one sheet; a bigger one (the sample's as-is: 53 nodes in 13 lanes, 5,000
//! pixels wide) is cut between lanes into groups of consecutive lanes, and a group wider than
//! a page between columns of nodes into ranges of columns, one sheet each, every box on
//! exactly one. A cut never runs through a box: a column is every box overlapping it in x.

use crate::layout::{FlowLayout, LaneBox, NodeBox};

/// The lanes and boxes of one page, in the layout's coordinates.
#[derive(Debug, Clone)]
pub struct Group<'a> {
    pub lanes: Vec<&'a LaneBox>,
    pub boxes: Vec<&'a NodeBox>,
    /// The first and last column of the whole flow the page shows (counted from 1), when
    /// its lanes are cut into more than one page across.
    pub columns: Option<(usize, usize)>,
}

/// The columns of `boxes`, left to right: the x ranges of boxes overlapping each other
/// horizontally, so that a cut between two columns passes through no box.
pub fn columns(boxes: &[NodeBox]) -> Vec<(f64, f64)> {
    let mut spans: Vec<(f64, f64)> = boxes.iter().map(|b| (b.x, b.x + b.width)).collect();
    spans.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut out: Vec<(f64, f64)> = Vec::new();
    for (left, right) in spans {
        match out.last_mut() {
            Some(last) if left < last.1 => last.1 = last.1.max(right),
            _ => out.push((left, right)),
        }
    }
    out
}

/// The index in `columns` of the column holding `b`.
fn column_of(columns: &[(f64, f64)], b: &NodeBox) -> usize {
    columns.iter().rposition(|c| c.0 <= b.x).unwrap_or_default()
}

/// `group` cut left to right into ranges of consecutive columns, each as many columns as
/// `fits` allows (at least one). One group when it fits whole.
fn across<'a>(
    group: Group<'a>,
    columns: &[(f64, f64)],
    fits: &impl Fn(&Group) -> bool,
) -> Vec<Group<'a>> {
    if fits(&group) {
        return vec![group];
    }
    let mut indices: Vec<usize> = group.boxes.iter().map(|b| column_of(columns, b)).collect();
    indices.sort_unstable();
    indices.dedup();
    let range = |from: usize, to: usize| {
        let boxes: Vec<&NodeBox> = group
            .boxes
            .iter()
            .filter(|b| (from..=to).contains(&column_of(columns, b)))
            .copied()
            .collect();
        Group {
            lanes: trimmed(&group.lanes, &boxes),
            boxes,
            columns: Some((from + 1, to + 1)),
        }
    };
    let mut out = Vec::new();
    let mut start = 0;
    while start < indices.len() {
        let mut end = start;
        while end + 1 < indices.len() && fits(&range(indices[start], indices[end + 1])) {
            end += 1;
        }
        out.push(range(indices[start], indices[end]));
        start = end + 1;
    }
    out
}

/// The index in `lanes` (sorted top to bottom) of the lane holding the centre of `b`, else
/// of the nearest lane (a box the user dragged out of every lane); `None` without lanes.
pub fn lane_of(lanes: &[&LaneBox], b: &NodeBox) -> Option<usize> {
    let centre = b.y + b.height / 2.0;
    let distance = |l: &LaneBox| {
        if centre < l.y {
            l.y - centre
        } else if centre >= l.y + l.height {
            centre - (l.y + l.height) + f64::EPSILON
        } else {
            0.0
        }
    };
    lanes
        .iter()
        .enumerate()
        .min_by(|a, b| distance(a.1).total_cmp(&distance(b.1)))
        .map(|(i, _)| i)
}

/// `lanes` (top to bottom) from the first to the last that holds one of `boxes`: a range of
/// columns showed the empty lanes above and below its boxes (a page of one box under four
/// empty lanes). Lanes between stay, so the page keeps the flow's order of silos.
fn trimmed<'a>(lanes: &[&'a LaneBox], boxes: &[&NodeBox]) -> Vec<&'a LaneBox> {
    let held = boxes.iter().filter_map(|b| lane_of(lanes, b));
    match (held.clone().min(), held.max()) {
        (Some(first), Some(last)) => lanes[first..=last].to_vec(),
        _ => lanes.to_vec(),
    }
}

/// The height of the lanes from the first's top to the last's bottom.
pub fn lanes_height(lanes: &[&LaneBox]) -> f64 {
    match (lanes.first(), lanes.last()) {
        (Some(first), Some(last)) => last.y + last.height - first.y,
        _ => 0.0,
    }
}

/// The page groups of `layout`: everything on one when `fits` says the whole flow fits a
/// page, else consecutive lanes while their height stays within `lanes_room` (a lane taller
/// than that alone on its page), each cut across into ranges of columns that fit. Groups
/// without boxes are left out.
pub fn groups<'a>(
    layout: &'a FlowLayout,
    fits: impl Fn(&Group) -> bool,
    lanes_room: f64,
) -> Vec<Group<'a>> {
    let mut lanes: Vec<&LaneBox> = layout.lanes.iter().collect();
    lanes.sort_by(|a, b| a.y.total_cmp(&b.y));
    let whole = Group {
        lanes: lanes.clone(),
        boxes: layout.boxes.iter().collect(),
        columns: None,
    };
    let columns = columns(&layout.boxes);
    if fits(&whole) {
        return vec![whole];
    }
    if lanes.len() < 2 {
        return across(whole, &columns, &fits);
    }
    let mut cuts: Vec<Vec<&LaneBox>> = vec![Vec::new()];
    for lane in &lanes {
        let current = cuts.last_mut().expect("one group at least");
        let taller = lanes_height(&[current.first().copied().unwrap_or(lane), lane]);
        if !current.is_empty() && taller > lanes_room {
            cuts.push(vec![lane]);
        } else {
            current.push(lane);
        }
    }
    let mut out: Vec<Group> = cuts
        .into_iter()
        .map(|lanes| Group {
            lanes,
            boxes: Vec::new(),
            columns: None,
        })
        .collect();
    for b in &layout.boxes {
        if let Some(i) = lane_of(&lanes, b) {
            let lane = lanes[i];
            if let Some(group) = out
                .iter_mut()
                .find(|g| g.lanes.iter().any(|l| std::ptr::eq(*l, lane)))
            {
                group.boxes.push(b);
            }
        }
    }
    out.retain(|g| !g.boxes.is_empty());
    out.into_iter()
        .flat_map(|g| cut(g, &columns, &fits))
        .collect()
}

/// `group` cut across into ranges of columns; when a single column of it still does not fit
/// (its stub labels need more rows than the lanes leave), its lanes are halved first.
fn cut<'a>(
    group: Group<'a>,
    columns: &[(f64, f64)],
    fits: &impl Fn(&Group) -> bool,
) -> Vec<Group<'a>> {
    let ranges = across(group.clone(), columns, fits);
    if group.lanes.len() < 2 || ranges.iter().all(fits) {
        return ranges;
    }
    let (upper, lower) = group.lanes.split_at(group.lanes.len() / 2);
    [upper, lower]
        .into_iter()
        .map(|lanes| Group {
            lanes: lanes.to_vec(),
            boxes: group
                .boxes
                .iter()
                .filter(|b| {
                    lane_of(&group.lanes, b)
                        .is_some_and(|i| lanes.iter().any(|l| std::ptr::eq(*l, group.lanes[i])))
                })
                .copied()
                .collect(),
            columns: None,
        })
        .filter(|g| !g.boxes.is_empty())
        .flat_map(|g| cut(g, columns, fits))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn node(id: &str, y: f64) -> NodeBox {
        NodeBox {
            id: id.into(),
            x: 0.0,
            y,
            width: 100.0,
            height: 40.0,
        }
    }

    /// The width a group's boxes span, left to right (what the tests' pages fit by).
    fn span(g: &Group) -> f64 {
        let left = g.boxes.iter().map(|b| b.x).fold(f64::INFINITY, f64::min);
        let right = g.boxes.iter().map(|b| b.x + b.width).fold(0.0, f64::max);
        right - left
    }

    /// Each group's box ids, in order.
    fn box_ids<'a>(groups: &[Group<'a>]) -> Vec<Vec<&'a str>> {
        groups
            .iter()
            .map(|g| g.boxes.iter().map(|b| b.id.as_str()).collect())
            .collect()
    }

    /// Each group's lane names, top to bottom.
    fn lane_names<'a>(groups: &[Group<'a>]) -> Vec<Vec<&'a str>> {
        groups
            .iter()
            .map(|g| g.lanes.iter().map(|l| l.name.as_str()).collect())
            .collect()
    }

    fn lane(name: &str, y: f64) -> LaneBox {
        LaneBox {
            name: name.into(),
            y,
            height: 100.0,
        }
    }

    #[test]
    fn lanes_are_grouped_while_they_fit_and_every_box_lands_in_one_group() {
        let layout = FlowLayout {
            boxes: vec![
                node("a", 30.0),
                node("b", 130.0),
                node("c", 230.0),
                node("out", 900.0),
            ],
            lanes: vec![lane("C", 200.0), lane("A", 0.0), lane("B", 100.0)],
        };
        let groups = groups(&layout, |g| g.lanes.len() < 3, 250.0);
        assert_eq!(lane_names(&groups), [vec!["A", "B"], vec!["C"]]);
        assert_eq!(
            box_ids(&groups),
            [vec!["a", "b"], vec!["c", "out"]],
            "out: nearest lane"
        );
        assert_eq!(super::groups(&layout, |_| true, 250.0).len(), 1);
    }

    #[test]
    fn a_wide_lane_is_cut_between_columns_never_through_a_box() {
        let at = |id: &str, x: f64, width: f64| NodeBox {
            x,
            width,
            ..node(id, 30.0)
        };
        // b overlaps a: one column. c and d are columns of their own.
        let layout = FlowLayout {
            boxes: vec![
                at("a", 0.0, 100.0),
                at("b", 80.0, 100.0),
                at("c", 300.0, 100.0),
                at("d", 600.0, 100.0),
            ],
            lanes: vec![lane("A", 0.0)],
        };
        assert_eq!(
            columns(&layout.boxes),
            [(0.0, 180.0), (300.0, 400.0), (600.0, 700.0)]
        );
        let pages = groups(&layout, |g| span(g) <= 450.0, 1000.0);
        assert_eq!(box_ids(&pages), [vec!["a", "b", "c"], vec!["d"]]);
        let columns: Vec<_> = pages.iter().map(|g| g.columns).collect();
        assert_eq!(columns, [Some((1, 2)), Some((3, 3))]);
    }

    /// Seen in the sample's report: a range of columns showed every lane of its group, so a
    /// page held one box under empty lanes. A page keeps its lanes from the first to the
    /// last that holds one of its boxes, empty ones between included.
    #[test]
    fn a_range_of_columns_showed_the_empty_lanes_above_and_below_its_boxes() {
        let at = |id: &str, x: f64, y: f64| NodeBox { x, ..node(id, y) };
        let layout = FlowLayout {
            boxes: vec![
                at("a", 0.0, 30.0),
                at("b", 300.0, 230.0),
                at("c", 600.0, 30.0),
                at("d", 600.0, 430.0),
            ],
            lanes: (0..5)
                .map(|i| lane(&format!("L{i}"), 100.0 * f64::from(i)))
                .collect(),
        };
        let pages = groups(&layout, |g| span(g) <= 150.0, 1000.0);
        assert_eq!(
            lane_names(&pages),
            [vec!["L0"], vec!["L2"], vec!["L0", "L1", "L2", "L3", "L4"]]
        );
    }
}
