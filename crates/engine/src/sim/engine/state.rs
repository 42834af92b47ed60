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

#[derive(Debug, Clone, Copy)]
pub(super) struct Queued {
    pub(super) case: u32,
    pub(super) epoch: u32,
    pub(super) exec: u32,
}

#[derive(Debug)]
pub(super) struct Res {
    pub(super) busy: u32,
    pub(super) queue: VecDeque<Queued>,
    pub(super) work: f64,
}

/// A case's random stream; the default is replaced when the case arrives.
#[derive(Debug)]
pub(super) struct Stream(pub(super) Pcg64Mcg);

impl Default for Stream {
    fn default() -> Self {
        Stream(Pcg64Mcg::new(0))
    }
}
