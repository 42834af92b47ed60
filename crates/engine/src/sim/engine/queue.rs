//! A pool's queue: the unit a task frees goes to the waiting case (or released batch) of
//! the highest priority level, first come, first served within a level; overtaken cases
//! are told so (see [`Queued`](super::state::Queued) for the accounting). A pool with one level is a plain
//! first come, first served queue and records no overtaking.

use super::{NONE, Replication};

impl Replication<'_, '_> {
    /// The level in its pool's queue of a case of segment `seg` at task `node` on pool `r`.
    #[inline]
    pub(super) fn level(&self, seg: u32, node: u32, r: u32) -> usize {
        if self.res[r as usize].queues.len() > 1 {
            self.c.level[seg as usize * self.c.nodes.len() + node as usize] as usize
        } else {
            0
        }
    }

    /// Days pool `r` has been open from time 0 to `t` (`t` itself when always open).
    fn open_time(&self, r: u32, t: f64) -> f64 {
        match &self.c.resources[r as usize].calendar {
            Some(cal) => cal.open_time_until(t),
            None => t,
        }
    }

    /// A unit of pool `r` is free at `t` (not yet counted busy): it goes to the first live
    /// entry of the highest non-empty level.
    #[inline]
    pub(super) fn serve_next(&mut self, r: u32, t: f64) {
        let ri = r as usize;
        let prioritised = self.res[ri].queues.len() > 1;
        loop {
            let res = &mut self.res[ri];
            let level = if prioritised {
                let Some(level) = res.queues.iter().rposition(|q| !q.is_empty()) else {
                    return;
                };
                level
            } else {
                0
            };
            let Some(q) = res.queues[level].pop_front() else {
                return;
            };
            let service = if q.case == NONE {
                if !self.job_live(q.exec) {
                    self.drop_job(q.exec);
                    continue;
                }
                self.res[ri].busy += 1;
                let open = if prioritised { self.open_time(r, t) } else { t };
                // A batch gets its unit at `t` (open time `open`) and waits for the pool
                // to open from there, so its overtakers' services end at `open` for it.
                self.start_batch(q.exec, q.overtaken_until(open))
            } else {
                if !self.live(q.case, q.epoch) {
                    continue;
                }
                if self.over_time(q.case, t) {
                    self.exceed(q.case);
                    continue;
                }
                self.res[ri].busy += 1;
                let node = self.cases[q.case as usize].execs[q.exec as usize].node;
                let service = self.start_task(q.case, q.exec, node);
                if prioritised {
                    let open = self.open_time(r, t);
                    self.cases[q.case as usize].execs[q.exec as usize].overtaken =
                        q.overtaken_until(open);
                }
                service
            };
            if prioritised && level > 0 {
                self.overtake(r, level, q.enter, service);
            }
            return;
        }
    }

    /// An entry of `level` that joined the queue at `enter` got a unit for `service`
    /// (start, end): every entry of a lower level that joined before it is overtaken.
    /// Linear in those entries, on pools with priorities only.
    fn overtake(&mut self, r: u32, level: usize, enter: f64, (start, end): (f64, f64)) {
        let (from, to) = (self.open_time(r, start), self.open_time(r, end));
        for queue in &mut self.res[r as usize].queues[..level] {
            for q in queue.iter_mut().take_while(|q| q.enter < enter) {
                q.overtaken_by(from, to);
            }
        }
    }
}
