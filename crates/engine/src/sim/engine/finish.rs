//! The end of a case: activated (critical path walk), abandoned or exceeded, and logging.

use super::{NONE, Replication, WARM_UP};
use crate::bounds::MAX_CASE_DAYS;
use crate::log::{Lifecycle, LogEvent, activity};
use crate::stats::acc::{
    K_CONTACTS, K_COST, K_CYCLE, K_HANDOFFS, K_REWORKS, K_SWITCHES, K_VISITS, K_WAITING, K_WORKING,
};

impl Replication<'_, '_> {
    pub(super) fn record_counts(&mut self, slot: u32) {
        let case = &self.cases[slot as usize];
        let g = &mut self.groups[case.group as usize];
        g.cases += 1;
        g.kpis[K_CONTACTS].add(f64::from(case.contacts));
        g.kpis[K_VISITS].add(f64::from(case.visits));
        g.kpis[K_HANDOFFS].add(f64::from(case.handoffs));
        g.kpis[K_SWITCHES].add(f64::from(case.switches));
        g.kpis[K_REWORKS].add(f64::from(case.reworks));
        g.kpis[K_COST].add(case.cost);
    }

    pub(super) fn release(&mut self, slot: u32) {
        let case = &mut self.cases[slot as usize];
        case.alive = false;
        case.epoch = case.epoch.wrapping_add(1);
        let serial = case.serial;
        self.free.push(slot);
        self.ended += 1;
        if serial == WARM_UP {
            return;
        }
        self.finished += 1;
        if let Some(log) = self.log.as_deref_mut()
            && let Err(e) = log.case_finished(serial)
        {
            self.log_error.get_or_insert(e);
        }
    }

    /// The case's last token reached an end: record it and walk back its critical path
    /// (its working time, and each step's share when steps are measured).
    pub(super) fn complete(&mut self, slot: u32, last: u32) {
        self.record_counts(slot);
        let serial_stamp = self.ended + (1 << 62);
        let case = &self.cases[slot as usize];
        let cycle = self.now - case.arrival;
        let g = &mut self.groups[case.group as usize];
        g.completed += 1;
        let mut working = 0.0;
        let mut p = last;
        while p != NONE {
            let x = &case.execs[p as usize];
            let node = x.node as usize;
            working += x.work;
            if self.measure.each_step() {
                if self.stamp[node] != serial_stamp {
                    self.stamp[node] = serial_stamp;
                    self.cp_tmp[node] = 0.0;
                    self.touched.push(x.node);
                }
                self.cp_tmp[node] += x.end - x.enter;
            }
            p = x.pred;
        }
        for &node in &self.touched {
            let v = self.cp_tmp[node as usize];
            let s = &mut g.steps[node as usize];
            s.cp_cases += 1;
            s.cp_sum += v;
            s.cp_hist.add(v);
        }
        self.touched.clear();
        g.kpis[K_CYCLE].add(cycle);
        g.kpis[K_WORKING].add(working);
        g.kpis[K_WAITING].add(cycle - working);
        if self.log.is_some() {
            let (serial, seg) = (case.serial, case.seg);
            self.log_case(
                serial,
                seg,
                activity::ACTIVATED,
                Lifecycle::Complete,
                self.now,
            );
        }
        self.release(slot);
    }

    /// The case gives up; every step it was waiting on (or `trigger`) is blamed.
    pub(super) fn abandon(&mut self, slot: u32, trigger: u32) {
        self.record_counts(slot);
        let serial_stamp = self.ended + (1 << 62);
        let case = &self.cases[slot as usize];
        let g = &mut self.groups[case.group as usize];
        g.abandoned += 1;
        if self.measure.each_step() {
            let pending = case.execs.iter().filter(|x| x.end.is_nan()).map(|x| x.node);
            for node in pending.chain((trigger != NONE).then_some(trigger)) {
                if self.stamp[node as usize] != serial_stamp {
                    self.stamp[node as usize] = serial_stamp;
                    g.steps[node as usize].abandon_caused += 1;
                }
            }
        }
        let (serial, seg) = (case.serial, case.seg);
        self.log_case(serial, seg, activity::ABANDONED, Lifecycle::Abort, self.now);
        self.release(slot);
    }

    /// The case went beyond the engine's bounds (time in the flow or executions): it is
    /// stopped, counted as exceeded, and none of its KPIs are measured.
    pub(super) fn exceed(&mut self, slot: u32) {
        let case = &self.cases[slot as usize];
        let g = &mut self.groups[case.group as usize];
        g.cases += 1;
        g.exceeded += 1;
        let (serial, seg) = (case.serial, case.seg);
        let time = self.now.min(case.arrival + MAX_CASE_DAYS);
        self.log_case(serial, seg, activity::EXCEEDED, Lifecycle::Abort, time);
        self.release(slot);
    }

    /// Logs an event of the whole case (`activity`: name and id), not of one of its steps.
    pub(super) fn log_case(
        &mut self,
        case: u64,
        seg: u32,
        (activity, activity_id): (&str, &str),
        lifecycle: Lifecycle,
        time: f64,
    ) {
        if case == WARM_UP {
            return;
        }
        let event = LogEvent {
            case,
            activity,
            activity_id,
            lifecycle,
            time,
            resource: None,
            segment: &self.c.segments[seg as usize].name,
        };
        if let Some(log) = self.log.as_deref_mut()
            && let Err(e) = log.record(&event)
        {
            self.log_error.get_or_insert(e);
        }
    }

    pub(super) fn log_event(
        &mut self,
        case: u64,
        seg: u32,
        node: u32,
        lifecycle: Lifecycle,
        time: f64,
    ) {
        if case == WARM_UP {
            return;
        }
        let r = self.c.nodes[node as usize].resource;
        let event = LogEvent {
            case,
            activity: &self.c.names[node as usize],
            activity_id: &self.c.ids[node as usize],
            lifecycle,
            time,
            resource: self.c.resources.get(r as usize).map(|x| x.name.as_str()),
            segment: &self.c.segments[seg as usize].name,
        };
        if let Some(log) = self.log.as_deref_mut()
            && let Err(e) = log.record(&event)
        {
            self.log_error.get_or_insert(e);
        }
    }
}
