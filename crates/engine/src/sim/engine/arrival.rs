//! A case's arrival: when the next order comes, its segment and patience drawn, a slot
//! recycled or added, measured or warm-up, and its first token sent from the start.

use rand::RngExt;
use rand_pcg::Pcg64Mcg;

use super::event::Ev;
use super::state::{Case, Stream};
use super::{NONE, Replication, WARM_UP};
use crate::log::{Lifecycle, activity};
use crate::sim::pattern::Pattern;
use crate::sim::run::case_seed;

/// Executions a case's slot has room for when it is made (the sample's cases make about
/// thirty; a longer one grows its list as before).
const EXECS_PER_CASE: usize = 48;

impl Replication<'_, '_> {
    /// When the order after one at `t` arrives, with `rate` orders a day on average.
    pub(super) fn next_arrival(&mut self, t: f64, rate: f64) -> f64 {
        let c = self.c;
        match &c.pattern {
            Pattern::Poisson => t + self.exp(1.0 / rate),
            Pattern::Gaps { law, scale } => t + law.sample(&mut self.rng) * scale / rate,
            Pattern::Weekly(profile) => {
                // Thinning (Lewis and Shedler): candidates at the peak rate, each kept with
                // the profile's share of the peak at its time.
                let peak = profile.peak();
                let mut t = t;
                loop {
                    t += self.exp(1.0 / (rate * peak));
                    let u: f64 = self.rng.random();
                    if u * peak < profile.at(t) {
                        return t;
                    }
                }
            }
        }
    }

    /// A new order arrives at `t`: its segment, patience and slot (a recycled one when
    /// free), measured or warm-up, and its first token from the start.
    pub(super) fn new_case(&mut self, t: f64) {
        let u: f64 = self.rng.random();
        let seg = self
            .c
            .seg_cum
            .partition_point(|&c| c <= u)
            .min(self.c.seg_cum.len() - 1) as u32;
        let cs = &self.c.segments[seg as usize];
        let patience_days = cs.patience_days.as_ref().map(|s| s.sample(&mut self.rng));
        let patience_contacts = cs
            .patience_contacts
            .as_ref()
            .map_or(f64::INFINITY, |s| s.sample(&mut self.rng));
        let slot = match self.free.pop() {
            Some(s) => s,
            None => {
                // Room for the executions of a usual case at once: growing the list from
                // empty took five reallocations per slot, 2% of the engine's work.
                self.cases.push(Case {
                    execs: Vec::with_capacity(EXECS_PER_CASE),
                    ..Case::default()
                });
                (self.cases.len() - 1) as u32
            }
        };
        let n_joins = self.c.n_joins as usize;
        let measured = self.generated >= self.warm_up && self.generated < self.target;
        let (serial, group) = if measured {
            (self.serial_base + self.generated - self.warm_up, seg)
        } else {
            (WARM_UP, self.c.segments.len() as u32)
        };
        self.generated += 1;
        if self.generated == self.warm_up {
            self.window_start = t;
        }
        if self.generated == self.target {
            self.arrivals_end = t;
        }
        let case = &mut self.cases[slot as usize];
        // The index of the order in the replication's arrivals (warm-up included), the same
        // whatever the scenario.
        case.rng = Stream(Pcg64Mcg::new(case_seed(self.seed, self.generated - 1)));
        case.alive = true;
        case.serial = serial;
        case.seg = seg;
        case.group = group;
        case.arrival = t;
        case.patience_contacts = patience_contacts;
        case.contacts = 0;
        case.visits = 0;
        case.handoffs = 0;
        case.switches = 0;
        case.reworks = 0;
        case.cost = 0.0;
        case.last_silo = NONE;
        case.last_channel = NONE;
        case.active = 1;
        case.joins.clear();
        case.joins.resize(n_joins, (0, NONE));
        case.execs.clear();
        let epoch = case.epoch;
        if let Some(p) = patience_days {
            self.push(t + p, Ev::Abandon, slot, epoch, NONE, NONE);
        }
        if self.log.is_some() {
            self.log_case(serial, seg, activity::ARRIVAL, Lifecycle::Complete, t);
        }
        self.work.push((self.c.start, NONE));
        self.run_tokens(slot);
    }
}
