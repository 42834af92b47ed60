//! The agenda: pending events, popped in (time, insertion) order.
//!
//! A calendar queue (Brown 1988) rather than a binary heap: the time line is cut into
//! days of width `width`, and a year of `heads.len()` of them wraps around, each day a
//! short list kept sorted. A push files its event in its day; a pop looks at the current
//! day and moves on to the next when the day holds nothing due this year. With a few
//! events a day, both take a few dozen instructions whatever the number pending, where the
//! binary heap of the sample's two thousand pending events took about 350 a pop, a quarter
//! of the engine's work.
//!
//! The order is exactly the binary heap's (an event's key is its time's bits above its
//! insertion number), so runs are unchanged to the bit. The width follows the events:
//! when the agenda doubles or halves, it is rebuilt around the mean gap between the
//! events popped since the last rebuild. The days' lists are linked through one slab of
//! nodes, so neither a push nor a rebuild allocates once the slab has grown (a list per
//! day allocated thousands of times per replication).

use super::event::{Ev, Event};

/// Days in the smallest year.
const MIN_DAYS: usize = 16;

/// No node: the end of a list.
const NIL: u32 = u32::MAX;

#[derive(Debug, Clone, Copy)]
struct Node {
    ev: Event,
    /// The next node of its day (a later key), or of the free list.
    next: u32,
}

#[derive(Debug)]
pub(super) struct Agenda {
    /// Each day's first (earliest) node.
    heads: Vec<u32>,
    nodes: Vec<Node>,
    /// The first free node.
    free: u32,
    /// The width of a day, in simulated days, and its inverse.
    width: f64,
    per_width: f64,
    /// The current day's number since time 0 (its index is this modulo the year).
    today: u64,
    len: usize,
    /// Pending patience deadlines (`Ev::Abandon`), which may outlive every other event.
    deadlines: usize,
    /// Pops and their time span since the last rebuild, for the next width.
    pops: u64,
    first_pop: f64,
    last_pop: f64,
    /// The old heads during a rebuild (kept for its allocation).
    spare: Vec<u32>,
}

impl Agenda {
    pub(super) fn new() -> Self {
        Agenda {
            heads: vec![NIL; MIN_DAYS],
            nodes: Vec::new(),
            free: NIL,
            width: 1.0,
            per_width: 1.0,
            today: 0,
            len: 0,
            deadlines: 0,
            pops: 0,
            first_pop: 0.0,
            last_pop: 0.0,
            spare: Vec::new(),
        }
    }

    /// The number of the day holding `time` (times are not negative).
    #[inline(always)]
    fn day_of(&self, time: f64) -> u64 {
        day_number(time, self.per_width)
    }

    /// Links node `n` into its day, after every earlier key.
    #[inline(always)]
    fn link(&mut self, n: u32) {
        let ev = self.nodes[n as usize].ev;
        let day = self.day_of(ev.time) as usize & (self.heads.len() - 1);
        let key = ev.key();
        let mut cur = self.heads[day];
        if cur == NIL || self.nodes[cur as usize].ev.key() > key {
            self.nodes[n as usize].next = cur;
            self.heads[day] = n;
            return;
        }
        loop {
            let next = self.nodes[cur as usize].next;
            if next == NIL || self.nodes[next as usize].ev.key() > key {
                self.nodes[n as usize].next = next;
                self.nodes[cur as usize].next = n;
                return;
            }
            cur = next;
        }
    }

    /// Schedules `ev` (not before the last event popped: the engine never goes back but
    /// through [`Self::restart`]).
    #[inline]
    pub(super) fn push(&mut self, ev: Event) {
        debug_assert!(
            ev.time >= self.last_pop || ev.time.is_nan(),
            "{ev:?} scheduled before {}",
            self.last_pop
        );
        self.len += 1;
        if ev.kind() == Ev::Abandon {
            self.deadlines += 1;
        }
        let n = if self.free == NIL {
            self.nodes.push(Node { ev, next: NIL });
            (self.nodes.len() - 1) as u32
        } else {
            let n = self.free;
            self.free = self.nodes[n as usize].next;
            self.nodes[n as usize].ev = ev;
            n
        };
        self.link(n);
        if self.len > 2 * self.heads.len() {
            self.resize(2 * self.heads.len());
        }
    }

    /// The earliest pending event.
    #[inline]
    pub(super) fn pop(&mut self) -> Option<Event> {
        if self.len == 0 {
            return None;
        }
        let year = self.heads.len();
        let mut looked = 0;
        let (day, n) = loop {
            let day = self.today as usize & (year - 1);
            let n = self.heads[day];
            if n != NIL && self.day_of(self.nodes[n as usize].ev.time) <= self.today {
                break (day, n);
            }
            self.today = self.today.wrapping_add(1);
            looked += 1;
            if looked > year {
                // A year of empty days: the days are too narrow for the events pending
                // (a burst set the width). Twice as wide, and straight to the next event,
                // so a run of such pops costs what the scan did, not a year each.
                self.width *= 2.0;
                self.per_width = 1.0 / self.width;
                self.refile(year);
                self.today = self.earliest_day();
                looked = 0;
            }
        };
        let node = self.nodes[n as usize];
        self.heads[day] = node.next;
        self.nodes[n as usize].next = self.free;
        self.free = n;
        let ev = node.ev;
        self.len -= 1;
        if ev.kind() == Ev::Abandon {
            self.deadlines -= 1;
        }
        if self.pops == 0 {
            self.first_pop = ev.time;
        }
        self.pops += 1;
        self.last_pop = ev.time;
        if self.len < self.heads.len() / 2 && self.heads.len() > MIN_DAYS {
            self.resize(self.heads.len() / 2);
        }
        Some(ev)
    }

    /// The day of the earliest pending event (the agenda is not empty).
    fn earliest_day(&self) -> u64 {
        let earliest = self
            .heads
            .iter()
            .filter(|&&n| n != NIL)
            .map(|&n| self.nodes[n as usize].ev)
            .min_by_key(Event::key)
            .map_or(0.0, |e| e.time);
        self.day_of(earliest)
    }

    /// Rebuilds the year with `days` days (doubled when the agenda holds two events a day,
    /// halved at half an event a day: never back and forth), each about three events'
    /// gap wide, the gap measured over the pops since the last rebuild when there were
    /// enough of them.
    fn resize(&mut self, days: usize) {
        if self.pops >= 64 && self.last_pop > self.first_pop {
            let gap = (self.last_pop - self.first_pop) / (self.pops - 1) as f64;
            self.pops = 0;
            if gap.is_finite() && gap > 1e-12 {
                self.width = 3.0 * gap;
                self.per_width = 1.0 / self.width;
            }
        }
        self.refile(days);
    }

    /// Links every pending event again, into `days` days of the current width.
    fn refile(&mut self, days: usize) {
        let mut old = std::mem::take(&mut self.spare);
        old.clear();
        old.extend_from_slice(&self.heads);
        self.heads.clear();
        self.heads.resize(days, NIL);
        self.today = self.day_of(self.last_pop);
        for &head in &old {
            let mut n = head;
            while n != NIL {
                let next = self.nodes[n as usize].next;
                self.link(n);
                n = next;
            }
        }
        self.spare = old;
    }

    /// Time starts again from 0 on the empty agenda: each independent case runs alone,
    /// from its own moment of the week, which may be before the last case's end.
    pub(super) fn restart(&mut self) {
        debug_assert_eq!(self.len, 0, "restarted with events pending");
        self.today = 0;
        self.last_pop = 0.0;
        self.pops = 0;
    }

    /// Whether nothing but patience deadlines is pending.
    #[inline]
    pub(super) fn only_deadlines(&self) -> bool {
        self.len == self.deadlines
    }

    /// Every pending event, in no particular order (the tests' view of what is pending).
    #[cfg(test)]
    pub(super) fn iter(&self) -> impl Iterator<Item = &Event> {
        self.heads.iter().flat_map(move |&head| {
            std::iter::successors((head != NIL).then_some(head), move |&n| {
                let next = self.nodes[n as usize].next;
                (next != NIL).then_some(next)
            })
            .map(|n| &self.nodes[n as usize].ev)
        })
    }
}

/// The number of the day holding `time` at `per_width` days a unit of time. An infinite or
/// not-a-number time goes to the last day, where the binary heap's order (by bits) also
/// put it: after every finite time.
#[inline(always)]
fn day_number(time: f64, per_width: f64) -> u64 {
    let day = time * per_width;
    // Through i64: a float to u64 conversion takes a dozen instructions on x86-64.
    if day < 9.0e18 {
        day as i64 as u64
    } else {
        u64::MAX
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cmp::Reverse;
    use std::collections::BinaryHeap;

    use rand::{RngExt, SeedableRng};
    use rand_pcg::Pcg64Mcg;

    fn event(time: f64, seq: u64) -> Event {
        let kind = [Ev::Arrival, Ev::TaskDone, Ev::WaitDone, Ev::Abandon][seq as usize % 4];
        Event::new(time, seq, kind, seq as u32, 0, 0, 0)
    }

    /// Pushes and pops at random, with ties, bursts that grow the agenda, droughts that
    /// shrink it and far-off events, against a binary heap of the same events: the order
    /// the engine used before.
    #[test]
    fn pops_in_the_binary_heap_s_order_through_growth_ties_and_far_events() {
        let mut rng = Pcg64Mcg::seed_from_u64(7);
        let (mut agenda, mut heap) = (Agenda::new(), BinaryHeap::new());
        let (mut seq, mut now) = (0, 0.0);
        for round in 0..60_000 {
            // Phases: grow to thousands pending, then drain to a few.
            let pushes = if (round / 5_000) % 2 == 0 {
                rng.random_range(0..4)
            } else {
                rng.random_range(0..2)
            };
            for _ in 0..pushes {
                seq += 1;
                let dt = match rng.random_range(0..5) {
                    0 => 0.0,
                    1 => rng.random::<f64>() * 1e-3,
                    2 => rng.random::<f64>() * 10.0,
                    3 => rng.random::<f64>() * 400.0,
                    _ => 1e4 + rng.random::<f64>() * 1e5,
                };
                let ev = event(now + dt, seq);
                agenda.push(ev);
                heap.push(Reverse(ev.key()));
            }
            let (a, h) = (agenda.pop(), heap.pop());
            assert_eq!(a.map(|e| e.key()), h.map(|Reverse(k)| k), "round {round}");
            if let Some(e) = a {
                now = e.time;
            }
            assert_eq!(
                agenda.only_deadlines(),
                heap.iter().all(|Reverse(k)| k & 3 == Ev::Abandon as u128)
            );
        }
        while let Some(Reverse(k)) = heap.pop() {
            assert_eq!(agenda.pop().map(|e| e.key()), Some(k));
        }
        assert!(agenda.pop().is_none());
    }

    /// A burst of events a nanosecond apart sets a width far too narrow for the events
    /// that follow, days apart: pops must stay in order, and the days widen instead of
    /// scanning a year of empty days for every pop.
    #[test]
    fn after_a_burst_the_days_widen_for_sparse_events() {
        let mut agenda = Agenda::new();
        let mut seq = 0;
        for i in 0..2_000 {
            seq += 1;
            agenda.push(event(1.0 + f64::from(i) * 1e-9, seq));
        }
        for _ in 0..1_990 {
            agenda.pop();
        }
        let narrow = agenda.width;
        assert!(narrow < 1e-6, "the burst set the width: {narrow}");
        for i in 0..500 {
            seq += 1;
            agenda.push(event(2.0 + f64::from(i) * 0.37, seq));
        }
        let mut last = 0;
        while let Some(e) = agenda.pop() {
            assert!(e.key() > last, "in order");
            last = e.key();
        }
        assert!(agenda.width > 1e3 * narrow, "widened: {}", agenda.width);
    }

    /// Seen while the agenda was written: independent cases (a model without arrivals)
    /// each start at their own moment of the week, often before the last case's end, and
    /// their events came out of order (the parallel split's maximum read 2.87 for 4.17).
    #[test]
    fn a_restarted_agenda_orders_events_before_the_last_case_s_end() {
        let mut agenda = Agenda::new();
        for seq in 1..=100 {
            agenda.push(event(5.0 + seq as f64 * 0.1, seq));
        }
        while agenda.pop().is_some() {}
        agenda.restart();
        for (seq, time) in [(101, 2.0), (102, 1.0), (103, 1.5)] {
            agenda.push(event(time, seq));
        }
        let order: Vec<f64> = std::iter::from_fn(|| agenda.pop())
            .map(|e| e.time)
            .collect();
        assert_eq!(order, [1.0, 1.5, 2.0]);
    }

    #[test]
    fn iter_sees_every_pending_event() {
        let mut agenda = Agenda::new();
        for seq in 1..=50 {
            agenda.push(event(seq as f64 * 0.7, seq));
        }
        for _ in 0..20 {
            agenda.pop();
        }
        let mut left: Vec<u64> = agenda.iter().map(|e| e.key() as u64 >> 2).collect();
        left.sort_unstable();
        assert_eq!(left, (21..=50).collect::<Vec<u64>>());
    }
}
