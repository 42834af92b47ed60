//! Waiting explained by its cause: the waiting-time taxonomy of process mining ("Why am I
//! waiting?", Lashkevich et al.), measured where the engine knows the true cause instead
//! of guessing it from a log.
//!
//! A case waits before a step from the moment its token reaches the step (the task is
//! enabled) until the step starts. Before a task, that wait is split in this order:
//!
//! - *batching*: from enabling until its batch is released, for a batching task (see
//!   [`crate::model::Batch`]); the rest is the wait for a unit of the pool, from the
//!   release (or from enabling for a task run case by case);
//! - *unavailability*: the part of the wait for the pool while its calendar is closed
//!   (night, weekend); a case given a unit while the pool is closed waits for the opening
//!   alone;
//! - *prioritisation*: the part while the pool is open and at least one of its units works
//!   for a case that *overtook* this one: one that joined the pool's queue after it, of a
//!   higher priority, and got a unit before it (a released batch queues as one entry; see
//!   `Queued` in the engine's state for how it is summed). Without priorities it is zero;
//! - *contention*: the rest, while the pool is open and its units work for cases that were
//!   ahead anyway (or the case's own parallel tasks).
//!
//! So the four add up to the task's wait. A wait node (a technician slot in 3–10 days, the
//! customer's own delay, a hand-off delay) is a modelled wait: all of it is *extraneous*.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use specta::Type;

use super::acc::StepAcc;
use super::result::Estimate;
use super::streaming::OctaveHist;
use super::summarise::estimate_with;
use super::t975;

/// A cause of waiting, in the taxonomy's order.
#[derive(Serialize, Deserialize, Type, JsonSchema, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub enum WaitingCause {
    /// The pool was busy with other cases (or the case's own parallel tasks).
    Contention,
    /// The pool was off its calendar (night, weekend).
    Unavailability,
    /// Waiting for a batch to fill (or time out) at a batching task.
    Batching,
    /// Overtaken by cases of higher priority that came after it.
    Prioritisation,
    /// A modelled wait: a technician slot, the customer's own delay, a hand-off delay.
    Extraneous,
}

impl WaitingCause {
    /// Every cause, in result order.
    pub const ALL: [WaitingCause; 5] = [
        WaitingCause::Contention,
        WaitingCause::Unavailability,
        WaitingCause::Batching,
        WaitingCause::Prioritisation,
        WaitingCause::Extraneous,
    ];

    /// English label.
    pub fn label(self) -> &'static str {
        match self {
            WaitingCause::Contention => "contention",
            WaitingCause::Unavailability => "unavailability",
            WaitingCause::Batching => "batching",
            WaitingCause::Prioritisation => "prioritisation",
            WaitingCause::Extraneous => "extraneous",
        }
    }

    /// Where the engine accumulates it.
    fn index(self) -> usize {
        match self {
            WaitingCause::Contention => CONTENTION,
            WaitingCause::Unavailability => UNAVAILABILITY,
            WaitingCause::Batching => BATCHING,
            WaitingCause::Prioritisation => PRIORITISATION,
            WaitingCause::Extraneous => EXTRANEOUS,
        }
    }
}

/// One cause's share of the waiting before one execution of a step. Its intervals come
/// from the replications, whose own values are not kept (`replications` is empty): ten
/// estimates per step and segment would double the size of a saved run.
#[derive(Serialize, Deserialize, Type, JsonSchema, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct CauseStat {
    /// Mean days per execution (the five causes' means add up to the step's
    /// `meanWaitingDays`).
    pub mean: Estimate,
    /// 90th percentile of the days per execution.
    pub p90: Estimate,
}

impl Default for CauseStat {
    fn default() -> Self {
        CauseStat {
            mean: estimate_with(f64::NAN, 0.0, Vec::new()),
            p90: estimate_with(f64::NAN, 0.0, Vec::new()),
        }
    }
}

/// The waiting before a step split into the five causes of the taxonomy (see the module
/// notes); a cause the model cannot produce (batching without batching tasks,
/// prioritisation without priorities) is zero.
#[derive(Serialize, Deserialize, Type, JsonSchema, Clone, Debug, PartialEq, Default)]
#[serde(rename_all = "camelCase")]
pub struct WaitingCauses {
    pub contention: CauseStat,
    pub unavailability: CauseStat,
    pub batching: CauseStat,
    pub prioritisation: CauseStat,
    pub extraneous: CauseStat,
}

impl WaitingCauses {
    /// The statistics of one cause.
    pub fn get(&self, cause: WaitingCause) -> &CauseStat {
        match cause {
            WaitingCause::Contention => &self.contention,
            WaitingCause::Unavailability => &self.unavailability,
            WaitingCause::Batching => &self.batching,
            WaitingCause::Prioritisation => &self.prioritisation,
            WaitingCause::Extraneous => &self.extraneous,
        }
    }

    fn get_mut(&mut self, cause: WaitingCause) -> &mut CauseStat {
        match cause {
            WaitingCause::Contention => &mut self.contention,
            WaitingCause::Unavailability => &mut self.unavailability,
            WaitingCause::Batching => &mut self.batching,
            WaitingCause::Prioritisation => &mut self.prioritisation,
            WaitingCause::Extraneous => &mut self.extraneous,
        }
    }

    /// Each cause's share of the mean waiting (0 for each when nothing waited).
    pub fn shares(&self) -> [(WaitingCause, f64); 5] {
        let total: f64 = WaitingCause::ALL
            .iter()
            .map(|&c| self.get(c).mean.value)
            .sum();
        WaitingCause::ALL.map(|c| {
            let v = self.get(c).mean.value;
            (c, if total > 0.0 { v / total } else { 0.0 })
        })
    }
}

const CONTENTION: usize = 0;
const UNAVAILABILITY: usize = 1;
const BATCHING: usize = 2;
const PRIORITISATION: usize = 3;
const EXTRANEOUS: usize = 4;
const MEASURED: usize = 5;

/// Per step and segment in one replication: the days of each cause, summed and
/// in a histogram of the positive values (an execution that did not wait for a cause is
/// a zero the histogram is not told about: most executions of most causes are zero).
/// Measured on every task execution, so it stays off the costly paths: no logarithm per
/// value, no bins for a cause that never happens.
#[derive(Debug, Clone, Default)]
pub(crate) struct CauseAcc {
    sums: [f64; MEASURED],
    hists: [OctaveHist; MEASURED],
}

impl CauseAcc {
    #[inline]
    fn add(&mut self, cause: usize, days: f64) {
        if days > 0.0 {
            self.sums[cause] += days;
            self.hists[cause].add(days);
        }
    }

    /// A task waited `wait` days: `batched` of them for its batch, then for its pool
    /// `closed` while its calendar was closed and `overtaken` while overtaken; the rest is
    /// contention, so the four add up to the wait (each part is kept within what is left
    /// of it, in that order).
    #[inline(always)]
    pub(crate) fn add_task_wait(&mut self, wait: f64, batched: f64, closed: f64, overtaken: f64) {
        if batched == 0.0 && overtaken == 0.0 {
            // The common case (no batch, not overtaken), kept as short as it was before
            // batches and priorities.
            let closed = closed.clamp(0.0, wait.max(0.0));
            self.add(UNAVAILABILITY, closed);
            self.add(CONTENTION, wait - closed);
            return;
        }
        let batched = batched.clamp(0.0, wait.max(0.0));
        let queued = wait - batched;
        let closed = closed.clamp(0.0, queued.max(0.0));
        let overtaken = overtaken.clamp(0.0, (queued - closed).max(0.0));
        self.add(BATCHING, batched);
        self.add(UNAVAILABILITY, closed);
        self.add(PRIORITISATION, overtaken);
        self.add(CONTENTION, queued - closed - overtaken);
    }

    /// A modelled wait of `days`.
    #[inline]
    pub(crate) fn add_extraneous(&mut self, days: f64) {
        self.add(EXTRANEOUS, days);
    }

    pub(crate) fn merge(&mut self, o: &CauseAcc) {
        for k in 0..MEASURED {
            self.sums[k] += o.sums[k];
            self.hists[k].merge(&o.hists[k]);
        }
    }

    fn mean(&self, cause: usize, execs: u64) -> f64 {
        if execs > 0 {
            self.sums[cause] / execs as f64
        } else {
            0.0
        }
    }

    fn p90(&self, cause: usize, execs: u64) -> f64 {
        let h = &self.hists[cause];
        h.quantile_with_zeros(0.9, execs.saturating_sub(h.count()))
    }
}

/// An estimate with its interval (`t`: the replications' Student quantile) but without
/// the per-replication values ([`CauseStat`]).
fn interval(t: f64, pooled: f64, reps: Vec<f64>) -> Estimate {
    Estimate {
        replications: Vec::new(),
        ..estimate_with(t, pooled, reps)
    }
}

/// A step's waiting causes over every replication (`all`, pooled) with intervals from
/// the replications in which it ran (`per_rep`).
pub(crate) fn waiting_causes(all: &StepAcc, per_rep: &[&StepAcc]) -> WaitingCauses {
    let ran: Vec<&StepAcc> = per_rep.iter().copied().filter(|s| s.execs > 0).collect();
    // One quantile for the step's ten estimates (it is the costly part of an interval).
    let t = t975(ran.len() as f64 - 1.0);
    let mut out = WaitingCauses::default();
    for cause in WaitingCause::ALL {
        let k = cause.index();
        if all.causes.sums[k] == 0.0 {
            // Never happened (batching without batching tasks…): zero in every
            // replication, without a histogram to read.
            let zeros = vec![0.0; ran.len()];
            *out.get_mut(cause) = CauseStat {
                mean: interval(t, 0.0, zeros.clone()),
                p90: interval(t, 0.0, zeros),
            };
            continue;
        }
        *out.get_mut(cause) = CauseStat {
            mean: interval(
                t,
                all.causes.mean(k, all.execs),
                ran.iter().map(|s| s.causes.mean(k, s.execs)).collect(),
            ),
            p90: interval(
                t,
                all.causes.p90(k, all.execs),
                ran.iter().map(|s| s.causes.p90(k, s.execs)).collect(),
            ),
        };
    }
    out
}
