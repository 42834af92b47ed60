//! Edges routed around the boxes: horizontal and vertical segments on a grid of lines that run
//! along every box's clearance border (and through every port), searched with A* for the
//! shortest route with the fewest bends. The app routes with ELK, which only the web view
//! runs; no Rust crate routes orthogonal connectors around fixed boxes, and the search is
//! small: a page's grid has a few thousand points.

use std::cmp::Ordering;
use std::collections::BinaryHeap;

/// A rectangle routes keep out of (its inside; its border may be run along).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Area {
    pub left: f64,
    pub top: f64,
    pub right: f64,
    pub bottom: f64,
}

impl Area {
    /// Whether `(x, y)` lies strictly inside.
    pub fn contains(&self, (x, y): (f64, f64)) -> bool {
        const EPS: f64 = 1e-6;
        x > self.left + EPS && x < self.right - EPS && y > self.top + EPS && y < self.bottom - EPS
    }

    /// Whether the horizontal or vertical segment `a`–`b` passes through the inside.
    pub fn crossed_by(&self, a: (f64, f64), b: (f64, f64)) -> bool {
        const EPS: f64 = 1e-6;
        let (x0, x1) = (a.0.min(b.0), a.0.max(b.0));
        let (y0, y1) = (a.1.min(b.1), a.1.max(b.1));
        x0 < self.right - EPS
            && x1 > self.left + EPS
            && y0 < self.bottom - EPS
            && y1 > self.top + EPS
    }
}

/// Which way a route runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Heading {
    Right,
    Left,
    Down,
    Up,
}

impl Heading {
    const ALL: [Heading; 4] = [Heading::Right, Heading::Left, Heading::Down, Heading::Up];

    fn index(self) -> usize {
        self as usize
    }

    fn opposite(self) -> Heading {
        match self {
            Heading::Right => Heading::Left,
            Heading::Left => Heading::Right,
            Heading::Down => Heading::Up,
            Heading::Up => Heading::Down,
        }
    }
}

/// Where a route ends: at a point, arriving heading one way, or anywhere on a horizontal line
/// (a page's edge, for an edge whose other end is on another page).
#[derive(Debug, Clone, Copy)]
pub enum Goal {
    Point((f64, f64), Heading),
    Line(f64),
}

/// A turn costs as much as this many pixels of line: routes prefer few bends.
const BEND: f64 = 60.0;

/// The lines routes may run on and which stretches between neighbouring crossings are free.
pub struct Grid {
    xs: Vec<f64>,
    ys: Vec<f64>,
    /// `free_x[iy * xs.len() + ix]`: the stretch from (ix, iy) to (ix + 1, iy) crosses no area.
    free_x: Vec<bool>,
    /// `free_y[iy * xs.len() + ix]`: the stretch from (ix, iy) to (ix, iy + 1) crosses no area.
    free_y: Vec<bool>,
}

/// Sorted distinct coordinates.
fn lines(mut values: Vec<f64>) -> Vec<f64> {
    values.retain(|v| v.is_finite());
    values.sort_by(f64::total_cmp);
    values.dedup_by(|a, b| (*a - *b).abs() < 1e-6);
    values
}

fn find(lines: &[f64], v: f64) -> Option<usize> {
    let i = lines.partition_point(|&l| l < v - 1e-6);
    (i < lines.len() && (lines[i] - v).abs() < 1e-6).then_some(i)
}

#[derive(PartialEq)]
struct Open {
    cost: f64,
    estimate: f64,
    state: usize,
}

impl Eq for Open {}

impl Ord for Open {
    fn cmp(&self, other: &Self) -> Ordering {
        // A max-heap: the lowest estimate first, then the longest way already made.
        other
            .estimate
            .total_cmp(&self.estimate)
            .then_with(|| self.cost.total_cmp(&other.cost))
    }
}

impl PartialOrd for Open {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Grid {
    /// The grid along the borders of `areas` and through `points` (route ends, page edges),
    /// framed by lines outside everything so a way round always exists.
    pub fn new(areas: &[Area], points: &[(f64, f64)]) -> Grid {
        let frame = 24.0;
        let mut xs: Vec<f64> = areas.iter().flat_map(|a| [a.left, a.right]).collect();
        let mut ys: Vec<f64> = areas.iter().flat_map(|a| [a.top, a.bottom]).collect();
        xs.extend(points.iter().map(|p| p.0));
        ys.extend(points.iter().map(|p| p.1));
        let (xs, ys) = (lines(xs), lines(ys));
        let framed = |v: Vec<f64>| match (v.first(), v.last()) {
            (Some(&lo), Some(&hi)) => lines([vec![lo - frame, hi + frame], v].concat()),
            _ => v,
        };
        let (xs, ys) = (framed(xs), framed(ys));
        let free = |a: (f64, f64), b: (f64, f64)| !areas.iter().any(|r| r.crossed_by(a, b));
        let (nx, ny) = (xs.len(), ys.len());
        let mut free_x = vec![false; nx * ny];
        let mut free_y = vec![false; nx * ny];
        for iy in 0..ny {
            for ix in 0..nx {
                if ix + 1 < nx {
                    free_x[iy * nx + ix] = free((xs[ix], ys[iy]), (xs[ix + 1], ys[iy]));
                }
                if iy + 1 < ny {
                    free_y[iy * nx + ix] = free((xs[ix], ys[iy]), (xs[ix], ys[iy + 1]));
                }
            }
        }
        Grid {
            xs,
            ys,
            free_x,
            free_y,
        }
    }

    /// The neighbouring crossing of (ix, iy) heading `h`, if the stretch there is free.
    fn next(&self, ix: usize, iy: usize, h: Heading) -> Option<(usize, usize)> {
        let nx = self.xs.len();
        match h {
            Heading::Right => (ix + 1 < nx && self.free_x[iy * nx + ix]).then(|| (ix + 1, iy)),
            Heading::Left => (ix > 0 && self.free_x[iy * nx + ix - 1]).then(|| (ix - 1, iy)),
            Heading::Down => {
                (iy + 1 < self.ys.len() && self.free_y[iy * nx + ix]).then(|| (ix, iy + 1))
            }
            Heading::Up => (iy > 0 && self.free_y[(iy - 1) * nx + ix]).then(|| (ix, iy - 1)),
        }
    }

    /// The cheapest route (length plus [`BEND`] per turn) from `from`, leaving heading
    /// `leaving`, to `goal`, as its corner points; `None` when `from` or the goal is not on the
    /// grid or walled in. Both ends must be among the points the grid was made with.
    pub fn route(&self, from: (f64, f64), leaving: Heading, goal: Goal) -> Option<Vec<(f64, f64)>> {
        let nx = self.xs.len();
        let start = (find(&self.xs, from.0)?, find(&self.ys, from.1)?);
        let target = match goal {
            Goal::Point(p, arriving) => {
                Some(((find(&self.xs, p.0)?, find(&self.ys, p.1)?), arriving))
            }
            Goal::Line(y) => {
                find(&self.ys, y)?;
                None
            }
        };
        let at = |(ix, iy): (usize, usize)| (self.xs[ix], self.ys[iy]);
        let estimate = |cell: (usize, usize)| {
            let (x, y) = at(cell);
            match goal {
                Goal::Point(p, _) => (x - p.0).abs() + (y - p.1).abs(),
                Goal::Line(line) => (y - line).abs(),
            }
        };
        let state = |(ix, iy): (usize, usize), h: Heading| (iy * nx + ix) * 4 + h.index();
        let cell_of = |s: usize| ((s / 4) % nx, s / 4 / nx);
        let mut best = vec![f64::INFINITY; nx * self.ys.len() * 4];
        let mut came = vec![usize::MAX; best.len()];
        let mut open = BinaryHeap::new();
        let first = state(start, leaving);
        best[first] = 0.0;
        open.push(Open {
            cost: 0.0,
            estimate: estimate(start),
            state: first,
        });
        while let Some(Open { cost, state: s, .. }) = open.pop() {
            if cost > best[s] {
                continue;
            }
            let cell = cell_of(s);
            let heading = Heading::ALL[s % 4];
            let arrived = match target {
                Some((t, arriving)) => cell == t && heading == arriving,
                None => estimate(cell) < 1e-6,
            };
            if arrived {
                let mut corners = vec![at(cell)];
                let mut back = s;
                while came[back] != usize::MAX {
                    back = came[back];
                    corners.push(at(cell_of(back)));
                }
                corners.reverse();
                return Some(simplified(corners));
            }
            for h in Heading::ALL {
                if h == heading.opposite() {
                    continue;
                }
                let turn = if h == heading { 0.0 } else { BEND };
                // Turning on the spot is a move of its own, so a route can arrive heading the
                // way its goal asks for.
                let (next, length) = if h == heading {
                    match self.next(cell.0, cell.1, h) {
                        Some(n) => {
                            let (a, b) = (at(cell), at(n));
                            (n, (a.0 - b.0).abs() + (a.1 - b.1).abs())
                        }
                        None => continue,
                    }
                } else {
                    (cell, 0.0)
                };
                let n = state(next, h);
                let c = cost + length + turn;
                if c < best[n] {
                    best[n] = c;
                    came[n] = s;
                    open.push(Open {
                        cost: c,
                        estimate: c + estimate(next),
                        state: n,
                    });
                }
            }
        }
        None
    }
}

/// `points` without repeats and without the middle of three points on one line.
pub fn simplified(points: Vec<(f64, f64)>) -> Vec<(f64, f64)> {
    let mut out: Vec<(f64, f64)> = Vec::with_capacity(points.len());
    for p in points {
        if out.last() == Some(&p) {
            continue;
        }
        if let [.., a, b] = out[..] {
            let straight = ((a.0 - b.0).abs() < 1e-6 && (b.0 - p.0).abs() < 1e-6)
                || ((a.1 - b.1).abs() < 1e-6 && (b.1 - p.1).abs() < 1e-6);
            if straight {
                out.pop();
            }
        }
        out.push(p);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn area(left: f64, top: f64, right: f64, bottom: f64) -> Area {
        Area {
            left,
            top,
            right,
            bottom,
        }
    }

    fn crosses(route: &[(f64, f64)], areas: &[Area]) -> bool {
        route
            .windows(2)
            .any(|w| areas.iter().any(|a| a.crossed_by(w[0], w[1])))
    }

    #[test]
    fn a_route_goes_round_a_box_in_its_way_with_few_bends() {
        let wall = area(40.0, -50.0, 60.0, 50.0);
        let grid = Grid::new(&[wall], &[(0.0, 0.0), (100.0, 0.0)]);
        let route = grid
            .route(
                (0.0, 0.0),
                Heading::Right,
                Goal::Point((100.0, 0.0), Heading::Right),
            )
            .unwrap();
        assert!(!crosses(&route, &[wall]), "{route:?}");
        assert_eq!(route.first(), Some(&(0.0, 0.0)));
        assert_eq!(route.last(), Some(&(100.0, 0.0)));
        assert!(route.len() <= 6, "round one side, no detours: {route:?}");
        let open = Grid::new(&[], &[(0.0, 0.0), (100.0, 0.0)]);
        let straight = open
            .route(
                (0.0, 0.0),
                Heading::Right,
                Goal::Point((100.0, 0.0), Heading::Right),
            )
            .unwrap();
        assert_eq!(straight, [(0.0, 0.0), (100.0, 0.0)]);
    }

    #[test]
    fn a_route_to_a_line_stops_on_it_and_a_walled_in_end_has_none() {
        let grid = Grid::new(&[area(-10.0, 20.0, 10.0, 40.0)], &[(0.0, 0.0), (0.0, 80.0)]);
        let route = grid
            .route((0.0, 0.0), Heading::Down, Goal::Line(80.0))
            .unwrap();
        assert_eq!(route.last().map(|p| p.1), Some(80.0));
        assert!(
            !crosses(&route, &[area(-10.0, 20.0, 10.0, 40.0)]),
            "{route:?}"
        );
        let inside = Grid::new(
            &[area(-10.0, -10.0, 10.0, 10.0)],
            &[(0.0, 0.0), (50.0, 0.0)],
        );
        assert_eq!(
            inside.route(
                (0.0, 0.0),
                Heading::Right,
                Goal::Point((50.0, 0.0), Heading::Right)
            ),
            None
        );
    }
}
