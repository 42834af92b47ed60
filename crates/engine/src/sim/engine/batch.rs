//! Batching tasks (see [`crate::model::Batch`]): cases wait in the task's open batch until
//! it is full, timed out or due for release; the released batch takes one unit of the pool
//! for one duration, and its cases finish together.

use super::event::Ev;
use super::state::{Member, Queued};
use super::{NONE, Replication, WARM_UP};
use crate::log::Lifecycle;

impl Replication<'_, '_> {
    /// A case's execution of batching task `node` joins its open batch.
    pub(super) fn join_batch(&mut self, node: u32, m: Member) {
        let c = self.c;
        let b = c.nodes[node as usize].batch as usize;
        let rule = &c.batches[b];
        let open = &mut self.batches[b];
        if open.members.is_empty() {
            self.open_batches += 1;
            // The time-out and the release time of this generation: the first to come
            // releases it, the other finds a later generation and is ignored.
            let generation = open.generation;
            if rule.timeout.is_finite() {
                let at = self.now + rule.timeout;
                self.push(at, Ev::WaitDone, NONE, 0, node, generation);
            }
            if let Some(at) = rule.next_release(self.now) {
                self.push(at, Ev::WaitDone, NONE, 0, node, generation);
            }
        }
        let open = &mut self.batches[b];
        open.members.push(m);
        if open.members.len() as u32 >= rule.size {
            // Cases that left while waiting (abandoned) do not fill the batch.
            let mut members = std::mem::take(&mut self.batches[b].members);
            members.retain(|m| self.live(m.case, m.epoch));
            let full = members.len() as u32 >= rule.size;
            self.batches[b].members = members;
            if full {
                self.release_batch(node);
            }
        }
    }

    /// The time-out or release time of batching task `node`'s batch number `generation`.
    pub(super) fn batch_timeout(&mut self, node: u32, generation: u32) {
        let open = &self.batches[self.c.nodes[node as usize].batch as usize];
        if open.generation == generation && !open.members.is_empty() {
            self.release_batch(node);
        }
    }

    /// Releases every open batch (nothing but patience deadlines is left to happen).
    pub(super) fn flush_batches(&mut self) {
        for b in 0..self.batches.len() {
            if !self.batches[b].members.is_empty() {
                self.release_batch(self.c.batches[b].node);
            }
        }
    }

    /// Releases batching task `node`'s open batch now: its live cases stop waiting for the
    /// batch and the batch asks its pool for a unit, queueing as one entry at the highest
    /// level of its cases.
    fn release_batch(&mut self, node: u32) {
        let t = self.now;
        let b = self.c.nodes[node as usize].batch as usize;
        let job = match self.free_jobs.pop() {
            Some(j) => j,
            None => {
                self.jobs.push(Vec::new());
                (self.jobs.len() - 1) as u32
            }
        };
        let open = &mut self.batches[b];
        // The job's emptied list becomes the next open batch's.
        std::mem::swap(&mut self.jobs[job as usize], &mut open.members);
        open.generation = open.generation.wrapping_add(1);
        self.open_batches -= 1;
        let mut members = std::mem::take(&mut self.jobs[job as usize]);
        members.retain(|m| self.live(m.case, m.epoch));
        let r = self.c.nodes[node as usize].resource;
        let mut level = 0;
        for m in &members {
            let case = &mut self.cases[m.case as usize];
            let seg = case.seg;
            let x = &mut case.execs[m.exec as usize];
            x.batched = t - x.enter;
            if r != NONE {
                level = level.max(self.level(seg, node, r));
            }
        }
        let empty = members.is_empty();
        self.jobs[job as usize] = members;
        if empty {
            self.drop_job(job);
        } else if r == NONE {
            self.start_batch(job, 0.0);
        } else {
            let cap = self.c.resources[r as usize].capacity;
            let res = &mut self.res[r as usize];
            if res.busy < cap {
                res.busy += 1;
                self.start_batch(job, 0.0);
            } else {
                res.queues[level].push_back(Queued::new(NONE, 0, job, t));
            }
        }
    }

    /// Whether any case of released batch `job` is still in the flow.
    pub(super) fn job_live(&self, job: u32) -> bool {
        self.jobs[job as usize]
            .iter()
            .any(|m| self.live(m.case, m.epoch))
    }

    /// Returns `job`'s list for reuse.
    pub(super) fn drop_job(&mut self, job: u32) {
        self.jobs[job as usize].clear();
        self.free_jobs.push(job);
    }

    /// Starts released batch `job` now (its unit, if any, already seized): one duration,
    /// drawn from its first live case's stream with that case's segment multiplier, for
    /// all its cases; `overtaken`: the days its entry in the queue was overtaken. Returns
    /// when it starts and ends.
    pub(super) fn start_batch(&mut self, job: u32, overtaken: f64) -> (f64, f64) {
        let t = self.now;
        let j = job as usize;
        let Some(first) = self.jobs[j]
            .iter()
            .copied()
            .find(|m| self.live(m.case, m.epoch))
        else {
            return (t, t);
        };
        let case = &mut self.cases[first.case as usize];
        let node = case.execs[first.exec as usize].node;
        let x = case.execs[first.exec as usize];
        let mult = self.c.mult[case.seg as usize * self.c.nodes.len() + node as usize];
        let work = self.c.samplers[node as usize].sample(&mut case.rng.0) * mult;
        let r = self.c.nodes[node as usize].resource;
        // Queued for the pool since the release.
        let (start, end, closed) = Self::schedule(self.c, r, t, x.enter + x.batched, work);
        if r != NONE {
            // The measured orders' share of the work, among the cases still in the batch
            // (a slot that left may already hold another order).
            let (mut live, mut measured) = (0_u32, 0_u32);
            for m in &self.jobs[j] {
                if self.live(m.case, m.epoch) {
                    live += 1;
                    measured += u32::from(self.cases[m.case as usize].serial != WARM_UP);
                }
            }
            self.res[r as usize].work += work * f64::from(measured) / f64::from(live);
        }
        for i in 0..self.jobs[j].len() {
            let m = self.jobs[j][i];
            if !self.live(m.case, m.epoch) {
                continue;
            }
            let case = &mut self.cases[m.case as usize];
            let x = &mut case.execs[m.exec as usize];
            x.start = start;
            x.work = work;
            x.closed = closed;
            x.overtaken = overtaken;
            let (serial, seg) = (case.serial, case.seg);
            if self.log.is_some() {
                self.log_event(serial, seg, node, Lifecycle::Start, start);
            }
        }
        self.push(end, Ev::TaskDone, NONE, 0, node, job);
        (start, end)
    }

    /// Released batch `job` of task `node` ends at `time`: each of its cases finishes the
    /// task, charged its share of the batch's work.
    pub(super) fn batch_done(&mut self, job: u32, node: u32, time: f64) {
        let members = std::mem::take(&mut self.jobs[job as usize]);
        let share = 1.0 / members.len() as f64;
        for m in &members {
            self.finish_task(m.case, m.epoch, m.exec, node, time, share);
        }
        self.jobs[job as usize] = members;
        self.drop_job(job);
    }
}
