//! A task's life in a replication: when its work starts and ends on its pool's calendar,
//! the unit it takes, and what its completion counts and frees.

use super::event::{Ev, Event};
use super::{Compiled, NONE, Replication, WARM_UP};
use crate::log::Lifecycle;
use rand::RngExt;

impl Replication<'_, '_> {
    /// When work of `work` days on pool `r` (`NONE`: none) given a unit at `t` starts and
    /// ends, and how long its wait since `queued` was the pool's calendar closed.
    #[inline(always)]
    pub(super) fn schedule(
        c: &Compiled,
        r: u32,
        t: f64,
        queued: f64,
        work: f64,
    ) -> (f64, f64, f64) {
        match c
            .resources
            .get(r as usize)
            .and_then(|x| x.calendar.as_ref())
        {
            Some(cal) => {
                let (s, end) = cal.start_and_finish(t, work);
                // Closed from now to the start; while queued, only at night and weekends,
                // the rest of the queue was contention (or prioritisation).
                let mut closed = s - t;
                if queued < t {
                    closed += cal.closed_time(queued, t);
                }
                (s, end, closed)
            }
            None => (t, t + work, 0.0),
        }
    }

    /// Starts execution `exec` now (its server, if any, is already seized); returns when
    /// it starts and ends.
    pub(super) fn start_task(&mut self, slot: u32, exec: u32, node: u32) -> (f64, f64) {
        let t = self.now;
        let case = &mut self.cases[slot as usize];
        let nn = self.c.nodes.len();
        let mult = self.c.mult[case.seg as usize * nn + node as usize];
        let work = self.c.samplers[node as usize].sample(&mut case.rng.0) * mult;
        let r = self.c.nodes[node as usize].resource;
        let x = &mut case.execs[exec as usize];
        let (start, end, closed) = Self::schedule(self.c, r, t, x.enter, work);
        if r != NONE && case.serial != WARM_UP {
            // The measured orders' work, whenever it is done: the pool's utilisation.
            self.res[r as usize].work += work;
        }
        x.start = start;
        x.work = work;
        x.closed = closed;
        let epoch = case.epoch;
        let (serial, seg) = (case.serial, case.seg);
        self.push(end, Ev::TaskDone, slot, epoch, node, exec);
        if self.log.is_some() {
            self.log_event(serial, seg, node, Lifecycle::Start, start);
        }
        (start, end)
    }

    pub(super) fn task_done(&mut self, ev: Event) {
        self.task_events += 1;
        let r = self.c.nodes[ev.node as usize].resource;
        if r != NONE {
            self.res[r as usize].busy -= 1;
            self.serve_next(r, ev.time);
        }
        if ev.case == NONE {
            self.batch_done(ev.exec, ev.node, ev.time);
        } else {
            self.finish_task(ev.case, ev.epoch, ev.exec, ev.node, ev.time, 1.0);
        }
    }

    /// Execution `exec` of `node` by the case in `slot` ends at `time`: its measures, and
    /// its token onwards. `share`: the part of the work charged to the case (1 alone, its
    /// share of a batch's).
    #[inline(always)]
    pub(super) fn finish_task(
        &mut self,
        slot: u32,
        epoch: u32,
        exec: u32,
        node: u32,
        time: f64,
        share: f64,
    ) {
        if !self.live(slot, epoch) {
            return;
        }
        if self.over_time(slot, time) {
            self.exceed(slot);
            return;
        }
        let cn = &self.c.nodes[node as usize];
        let case = &mut self.cases[slot as usize];
        let x = &mut case.execs[exec as usize];
        x.end = time;
        let handoff = case.last_silo != NONE && case.last_silo != cn.silo;
        let switch =
            cn.customer_facing && case.last_channel != NONE && case.last_channel != cn.channel;
        case.contacts += cn.contacts;
        case.cost += x.work * share * cn.work_cost + cn.contact_cost;
        case.visits += u32::from(cn.technician);
        case.handoffs += u32::from(handoff);
        case.switches += u32::from(switch);
        case.last_silo = cn.silo;
        if cn.customer_facing {
            case.last_channel = cn.channel;
        }
        if self.measure.each_step() {
            let step = &mut self.groups[case.group as usize].steps[node as usize];
            step.execs += 1;
            let wait = x.start - x.enter;
            step.wait_sum += wait;
            if wait > 0.0 {
                step.causes
                    .add_task_wait(wait, x.batched, x.closed, x.overtaken);
            }
            step.work_sum += x.work;
            step.contacts += u64::from(cn.contacts);
            step.visits += u64::from(cn.technician);
            step.handoffs += u64::from(handoff);
            step.switches += u64::from(switch);
        }
        let over_patience = f64::from(case.contacts) > case.patience_contacts;
        let (serial, seg) = (case.serial, case.seg);
        if self.log.is_some() {
            self.log_event(serial, seg, node, Lifecycle::Complete, time);
        }
        if over_patience {
            self.abandon(slot, node);
            return;
        }
        if cn.rework_p > 0.0 && self.cases[slot as usize].rng.0.random::<f64>() < cn.rework_p {
            let case = &mut self.cases[slot as usize];
            case.reworks += 1;
            if self.measure.each_step() {
                self.groups[case.group as usize].steps[node as usize].failures += 1;
            }
            self.work.push((cn.rework_target, exec));
            self.run_tokens(slot);
        } else {
            self.forward(slot, node, exec);
        }
    }
}
