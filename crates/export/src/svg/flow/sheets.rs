//! Which lanes and boxes go on which page of the flow picture. A flow that fits a page at a
//! readable scale is one sheet; a bigger one (the sample's as-is: 53 nodes in 13 lanes) is cut
//! between lanes into groups of consecutive lanes, one sheet each, every box on exactly one.

use crate::layout::{FlowLayout, LaneBox, NodeBox};

/// The lanes and boxes of one page, in the layout's coordinates.
#[derive(Debug, Clone)]
pub struct Group<'a> {
    pub lanes: Vec<&'a LaneBox>,
    pub boxes: Vec<&'a NodeBox>,
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

/// The height of the lanes from the first's top to the last's bottom.
pub fn lanes_height(lanes: &[&LaneBox]) -> f64 {
    match (lanes.first(), lanes.last()) {
        (Some(first), Some(last)) => last.y + last.height - first.y,
        _ => 0.0,
    }
}

/// The page groups of `layout`: everything on one when `fits` says the whole flow fits a
/// page, else consecutive lanes while their height stays within `lanes_room` (a lane taller
/// than that alone on its page). Groups without boxes are left out.
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
    };
    if lanes.len() < 2 || fits(&whole) {
        return vec![whole];
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
    out
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
        let groups = groups(&layout, |_| false, 250.0);
        let names: Vec<Vec<&str>> = groups
            .iter()
            .map(|g| g.lanes.iter().map(|l| l.name.as_str()).collect())
            .collect();
        assert_eq!(names, [vec!["A", "B"], vec!["C"]]);
        let ids: Vec<Vec<&str>> = groups
            .iter()
            .map(|g| g.boxes.iter().map(|b| b.id.as_str()).collect())
            .collect();
        assert_eq!(ids, [vec!["a", "b"], vec!["c", "out"]], "out: nearest lane");
        assert_eq!(super::groups(&layout, |_| true, 250.0).len(), 1);
    }
}
