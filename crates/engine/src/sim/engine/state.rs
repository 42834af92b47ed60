//! Per-case and per-pool state of a replication.

use std::collections::VecDeque;

use rand_pcg::Pcg64Mcg;

/// One execution of a task or wait by a case.
#[derive(Debug, Clone, Copy)]
pub(super) struct Exec {
    pub(super) node: u32,
    /// The execution that handed the token over (for the critical path).
    pub(super) pred: u32,
    pub(super) enter: f64,
    pub(super) start: f64,
    pub(super) end: f64,
    pub(super) work: f64,
    /// Days of the wait before `start` while the pool's calendar was closed.
    pub(super) closed: f64,
    /// Days of the wait before `start` spent waiting for its batch to be released.
    pub(super) batched: f64,
    /// Days of the wait before `start` while a unit of the pool worked for a case that
    /// overtook it ([`Queued::overtaken`]).
    pub(super) overtaken: f64,
}

impl Exec {
    /// An execution of `node` entered at `t`, not started.
    pub(super) fn entered(node: u32, pred: u32, t: f64) -> Self {
        Exec {
            node,
            pred,
            enter: t,
            start: f64::NAN,
            end: f64::NAN,
            work: 0.0,
            closed: 0.0,
            batched: 0.0,
            overtaken: 0.0,
        }
    }
}

#[derive(Debug, Default)]
pub(super) struct Case {
    /// The case's own draws (gateways, durations, rework), seeded from the replication and
    /// its arrival index: a change elsewhere (a pool's capacity) leaves them as they were,
    /// so scenarios compared with the same seed see the same cases (common random numbers).
    pub(super) rng: Stream,
    pub(super) epoch: u32,
    pub(super) alive: bool,
    pub(super) serial: u64,
    pub(super) seg: u32,
    /// Where it is measured: its segment's accumulators, or the unmeasured ones of the
    /// warm-up.
    pub(super) group: u32,
    pub(super) arrival: f64,
    pub(super) patience_contacts: f64,
    pub(super) contacts: u32,
    pub(super) visits: u32,
    pub(super) handoffs: u32,
    pub(super) switches: u32,
    pub(super) reworks: u32,
    /// Its pools' working time and its contacts, priced.
    pub(super) cost: f64,
    pub(super) last_silo: u32,
    pub(super) last_channel: u32,
    pub(super) active: u32,
    /// Per join: tokens arrived and the latest arriving token's predecessor.
    pub(super) joins: Vec<(u32, u32)>,
    pub(super) execs: Vec<Exec>,
}

/// A case's execution of a task, as its batch holds it.
#[derive(Debug, Clone, Copy)]
pub(super) struct Member {
    pub(super) case: u32,
    pub(super) epoch: u32,
    pub(super) exec: u32,
}

/// A case waiting for a unit of a pool, or a released batch (`case` = `NONE`, `exec` its
/// index in `Replication::jobs`).
///
/// Prioritisation is accounted here. A case is *overtaken* by every case that entered the
/// queue after it and got a unit before it; while any unit of the pool works for one of
/// them (and the pool is open), its wait is prioritisation. Each overtaker's service
/// `[start, end]`, in the pool's open time, is added to the union kept by `overtaken` and
/// `covered` when it gets its unit: services begin in time order, so the union grows at
/// its right end only. When the case gets its own unit, the part of the union after that
/// moment (an overtaker still working on another unit) is taken off.
#[derive(Debug, Clone, Copy)]
pub(super) struct Queued {
    pub(super) case: u32,
    pub(super) epoch: u32,
    pub(super) exec: u32,
    /// When it joined the queue.
    pub(super) enter: f64,
    /// Open days of its overtakers' services so far (their union).
    pub(super) overtaken: f64,
    /// Where that union ends, in the pool's open time.
    pub(super) covered: f64,
}

impl Queued {
    pub(super) fn new(case: u32, epoch: u32, exec: u32, enter: f64) -> Self {
        Queued {
            case,
            epoch,
            exec,
            enter,
            overtaken: 0.0,
            covered: 0.0,
        }
    }

    /// A service from `from` to `to` (open time) overtook it.
    #[inline]
    pub(super) fn overtaken_by(&mut self, from: f64, to: f64) {
        let from = from.max(self.covered);
        if to > from {
            self.overtaken += to - from;
            self.covered = to;
        }
    }

    /// Its prioritisation when it gets a unit at `start` (open time).
    pub(super) fn overtaken_until(&self, start: f64) -> f64 {
        self.overtaken - (self.covered - start).max(0.0)
    }
}

#[derive(Debug)]
pub(super) struct Res {
    pub(super) busy: u32,
    /// One queue per priority level, lowest first; first come, first served in each.
    pub(super) queues: Vec<VecDeque<Queued>>,
    pub(super) work: f64,
}

/// The open batch of a batching task.
#[derive(Debug, Default)]
pub(super) struct OpenBatch {
    pub(super) members: Vec<Member>,
    /// Counts the batches released, so that a time-out set for an earlier one is ignored.
    pub(super) generation: u32,
}

/// A case's random stream; the default is replaced when the case arrives.
#[derive(Debug)]
pub(super) struct Stream(pub(super) Pcg64Mcg);

impl Default for Stream {
    fn default() -> Self {
        Stream(Pcg64Mcg::new(0))
    }
}
