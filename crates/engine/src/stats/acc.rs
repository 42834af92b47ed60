//! Per-replication accumulators filled by the simulation loop.

use super::causes::CauseAcc;
use super::streaming::{LogHist, Metric};

/// The KPIs measured per case, in [`crate::stats::KpiKind`] order.
pub(crate) const N_KPIS: usize = 9;
pub(crate) const K_CYCLE: usize = 0;
pub(crate) const K_WAITING: usize = 1;
pub(crate) const K_WORKING: usize = 2;
pub(crate) const K_CONTACTS: usize = 3;
pub(crate) const K_VISITS: usize = 4;
pub(crate) const K_HANDOFFS: usize = 5;
pub(crate) const K_SWITCHES: usize = 6;
pub(crate) const K_REWORKS: usize = 7;
pub(crate) const K_COST: usize = 8;

/// What a replication measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Measure {
    /// The case KPIs and every step's statistics (waiting by cause, critical path, …).
    Everything,
    /// The case KPIs only, each the same to the bit as when everything is measured: what
    /// the improvement finder ranks, a hundred runs at a time. The steps' statistics took
    /// an eighth of the engine's work there, and the finder shows none of them.
    Kpis,
}

impl Measure {
    /// Whether each step's statistics are measured.
    #[inline]
    pub(crate) fn each_step(self) -> bool {
        self == Measure::Everything
    }

    /// The steps accumulated of a flow of `n_nodes` nodes: all of them, or none.
    pub(crate) fn steps(self, n_nodes: usize) -> usize {
        if self.each_step() { n_nodes } else { 0 }
    }
}

/// Per step (task or wait) and segment.
#[derive(Debug, Clone)]
pub(crate) struct StepAcc {
    pub execs: u64,
    pub wait_sum: f64,
    /// `wait_sum` split by cause.
    pub causes: CauseAcc,
    pub work_sum: f64,
    pub failures: u64,
    pub contacts: u64,
    pub visits: u64,
    pub switches: u64,
    pub handoffs: u64,
    pub cp_cases: u64,
    pub cp_sum: f64,
    pub cp_hist: LogHist,
    pub abandon_caused: u64,
}

impl StepAcc {
    fn new() -> Self {
        StepAcc {
            execs: 0,
            wait_sum: 0.0,
            causes: CauseAcc::default(),
            work_sum: 0.0,
            failures: 0,
            contacts: 0,
            visits: 0,
            switches: 0,
            handoffs: 0,
            cp_cases: 0,
            cp_sum: 0.0,
            cp_hist: LogHist::new(1.05),
            abandon_caused: 0,
        }
    }

    pub(crate) fn merge(&mut self, o: &StepAcc) {
        self.execs += o.execs;
        self.wait_sum += o.wait_sum;
        self.causes.merge(&o.causes);
        self.work_sum += o.work_sum;
        self.failures += o.failures;
        self.contacts += o.contacts;
        self.visits += o.visits;
        self.switches += o.switches;
        self.handoffs += o.handoffs;
        self.cp_cases += o.cp_cases;
        self.cp_sum += o.cp_sum;
        self.cp_hist.merge(&o.cp_hist);
        self.abandon_caused += o.abandon_caused;
    }
}

/// Everything measured for one segment in one replication.
#[derive(Debug, Clone)]
pub(crate) struct GroupAcc {
    pub cases: u64,
    pub completed: u64,
    pub abandoned: u64,
    /// Cases stopped at the engine's bounds (not measured in the KPIs).
    pub exceeded: u64,
    pub kpis: Vec<Metric>,
    /// Indexed by node index (only task and wait nodes are filled).
    pub steps: Vec<StepAcc>,
}

impl GroupAcc {
    pub(crate) fn new(n_nodes: usize) -> Self {
        let kpis = (0..N_KPIS)
            .map(|k| {
                if k <= K_WORKING || k == K_COST {
                    Metric::continuous()
                } else {
                    Metric::count()
                }
            })
            .collect();
        GroupAcc {
            cases: 0,
            completed: 0,
            abandoned: 0,
            exceeded: 0,
            kpis,
            steps: (0..n_nodes).map(|_| StepAcc::new()).collect(),
        }
    }

    pub(crate) fn merge(&mut self, o: &GroupAcc) {
        self.cases += o.cases;
        self.completed += o.completed;
        self.abandoned += o.abandoned;
        self.exceeded += o.exceeded;
        for (a, b) in self.kpis.iter_mut().zip(&o.kpis) {
            a.merge(b);
        }
        for (a, b) in self.steps.iter_mut().zip(&o.steps) {
            a.merge(b);
        }
    }
}

/// Per resource pool in one replication.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct ResAcc {
    /// The measured orders' work on the pool, whenever it was done.
    pub busy: f64,
    /// Capacity × open time while the measured orders arrived.
    pub available: f64,
}

/// One replication's measurements.
#[derive(Debug, Clone)]
pub(crate) struct RepAcc {
    pub groups: Vec<GroupAcc>,
    pub resources: Vec<ResAcc>,
    pub task_events: u64,
}
