//! One replication: an event queue, tokens through the graph, resource queues, calendars,
//! abandonment and rework. Everything a case needs lives in a recycled slot, so the loop
//! allocates nothing per event once warmed up.

use std::collections::VecDeque;
use std::sync::atomic::{AtomicBool, Ordering};

use rand::RngExt;
use rand_pcg::Pcg64Mcg;

mod agenda;
mod arrival;
mod batch;
mod event;
mod finish;
mod queue;
mod state;
mod task;

use agenda::Agenda;
use event::{Ev, Event};
use state::{Case, Exec, Member, OpenBatch, Queued, Res};

use super::compile::{Compiled, Kind, NONE};
use crate::bounds::{MAX_CASE_DAYS, case_execution_limit};
use crate::log::{EventSink, Lifecycle};
use crate::stats::acc::{GroupAcc, K_CYCLE, Measure, RepAcc, ResAcc};

/// Progress hook: called with cases finished since the last call; returns false to cancel.
pub(crate) type Tick<'a> = &'a mut dyn FnMut(u64) -> bool;

/// How often (in cases) progress is reported.
pub(crate) const CHUNK: u64 = 1024;

/// How often (in events) cancellation is checked: a few hundred events take well under a
/// millisecond, whatever the model, so a cancel takes effect at once even while a single
/// case loops through rework.
const CANCEL_EVERY: u64 = 256;

/// The serial of a warm-up case: simulated, neither measured nor logged.
const WARM_UP: u64 = u64::MAX;

/// A replication in progress.
pub(crate) struct Replication<'a, 'l> {
    c: &'a Compiled,
    /// The arrival stream: when orders come, their segments and patience. Each case draws
    /// the rest from its own stream (`Case::rng`), so both stay aligned across scenarios
    /// run with the same seed.
    rng: Pcg64Mcg,
    /// The replication's seed, from which each case's stream is derived.
    seed: u128,
    agenda: Agenda,
    seq: u64,
    now: f64,
    cases: Vec<Case>,
    free: Vec<u32>,
    res: Vec<Res>,
    /// The open batch of each batching task, by `CNode::batch`.
    batches: Vec<OpenBatch>,
    /// How many of them hold cases.
    open_batches: u32,
    /// Released batches (queued or in progress), each its cases; emptied ones are reused.
    jobs: Vec<Vec<Member>>,
    free_jobs: Vec<u32>,
    groups: Vec<GroupAcc>,
    stamp: Vec<u64>,
    cp_tmp: Vec<f64>,
    touched: Vec<u32>,
    work: Vec<(u32, u32)>,
    serial_base: u64,
    generated: u64,
    /// Cases to generate (warm-up included); utilisation is measured while orders still
    /// arrive.
    target: u64,
    /// The first cases of a stream, simulated to fill the queues but not measured.
    warm_up: u64,
    /// Cases ended, measured or not (the critical-path walk's stamp).
    ended: u64,
    /// The utilisation window: from the last warm-up order's arrival (0 without warm-up) to
    /// the last order's, so the measured orders span as many gaps as they are.
    window_start: f64,
    arrivals_end: f64,
    finished: u64,
    task_events: u64,
    /// Events handled, for the cancellation check.
    events: u64,
    /// Task and wait executions a case may make before it is stopped as exceeded.
    exec_limit: u32,
    /// What is measured: without each step's statistics, its accumulators are empty.
    measure: Measure,
    log: Option<&'l mut dyn EventSink>,
    log_error: Option<std::io::Error>,
}

impl std::fmt::Debug for Replication<'_, '_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Replication")
            .field("now", &self.now)
            .finish()
    }
}

/// Why a replication stopped early.
#[derive(Debug)]
pub(crate) enum Stop {
    Cancelled,
    Log(std::io::Error),
}

impl<'a, 'l> Replication<'a, 'l> {
    pub(crate) fn new(
        c: &'a Compiled,
        seed: u128,
        serial_base: u64,
        measure: Measure,
        log: Option<&'l mut dyn EventSink>,
    ) -> Self {
        let n = c.nodes.len();
        Replication {
            c,
            rng: Pcg64Mcg::new(seed),
            seed,
            agenda: Agenda::new(),
            seq: 0,
            now: 0.0,
            cases: Vec::new(),
            free: Vec::new(),
            res: c
                .resources
                .iter()
                .map(|r| Res {
                    busy: 0,
                    queues: (0..r.levels).map(|_| VecDeque::new()).collect(),
                    work: 0.0,
                })
                .collect(),
            batches: c.batches.iter().map(|_| OpenBatch::default()).collect(),
            open_batches: 0,
            jobs: Vec::new(),
            free_jobs: Vec::new(),
            groups: c
                .segments
                .iter()
                .map(|_| GroupAcc::new(measure.steps(n)))
                .collect(),
            stamp: vec![u64::MAX; n],
            cp_tmp: vec![0.0; n],
            touched: Vec::with_capacity(n),
            work: Vec::with_capacity(16),
            serial_base,
            generated: 0,
            target: 0,
            warm_up: 0,
            ended: 0,
            window_start: 0.0,
            arrivals_end: 0.0,
            finished: 0,
            task_events: 0,
            events: 0,
            exec_limit: case_execution_limit(c.steps.len()),
            measure,
            log,
            log_error: None,
        }
    }

    /// Whether to stop: checked every [`CANCEL_EVERY`] events.
    #[inline]
    fn cancelled(&mut self, cancel: &AtomicBool) -> bool {
        self.events += 1;
        self.events.is_multiple_of(CANCEL_EVERY) && cancel.load(Ordering::Relaxed)
    }

    /// Simulates `n` measured cases and returns the measurements; a stream of orders first
    /// simulates `warm_up` cases that are not measured, and as many after them while the
    /// measured ones are still in the flow (independent cases need neither).
    /// `tick` gets progress (and may cancel) about every thousand measured cases; `cancel`
    /// is checked every few hundred events.
    pub(crate) fn run(
        mut self,
        n: u64,
        warm_up: u64,
        tick: Tick<'_>,
        cancel: &AtomicBool,
    ) -> Result<RepAcc, Stop> {
        let mut reported = 0;
        self.target = n;
        match self.c.rate {
            Some(rate) if rate > 0.0 => {
                if n > 0 {
                    self.warm_up = warm_up;
                    self.target = n + warm_up;
                    // The unmeasured orders' accumulators, dropped at the end.
                    let steps = self.measure.steps(self.c.nodes.len());
                    self.groups.push(GroupAcc::new(steps));
                }
                // Orders go on coming after the measured ones, unmeasured, so that the last
                // measured ones do not meet pools emptying because no order follows them;
                // the replication ends when every measured order has.
                let last = self.target + warm_up;
                if n > 0 {
                    let first = self.next_arrival(0.0, rate);
                    self.push(first, Ev::Arrival, NONE, 0, NONE, NONE);
                }
                while let Some(ev) = self.next_event() {
                    self.now = ev.time;
                    self.dispatch(ev, last, rate);
                    if self.finished == n {
                        break;
                    }
                    if self.cancelled(cancel) {
                        return Err(Stop::Cancelled);
                    }
                    if self.finished - reported >= CHUNK {
                        if !tick(self.finished - reported) {
                            return Err(Stop::Cancelled);
                        }
                        reported = self.finished;
                    }
                    if let Some(e) = self.log_error.take() {
                        return Err(Stop::Log(e));
                    }
                }
            }
            _ => {
                for _ in 0..n {
                    self.run_alone(n, cancel)?;
                    if self.finished - reported >= CHUNK {
                        if !tick(self.finished - reported) {
                            return Err(Stop::Cancelled);
                        }
                        reported = self.finished;
                    }
                    if let Some(e) = self.log_error.take() {
                        return Err(Stop::Log(e));
                    }
                }
            }
        }
        if self.finished > reported && !tick(self.finished - reported) {
            return Err(Stop::Cancelled);
        }
        // Utilisation: the work the measured orders brought to each pool (done whenever,
        // run-out included) over what the pool could do while they arrived. The busy time
        // inside that window instead read a pool far down the flow idle while the first
        // orders, which start from empty queues, were still upstream (the sample's billing
        // back office: 44 % at 10,000 cases against 63 % at a million).
        let (from, to) = (self.window_start, self.arrivals_end);
        let resources = self
            .c
            .resources
            .iter()
            .zip(&self.res)
            .map(|(cr, r)| ResAcc {
                busy: r.work,
                available: f64::from(cr.capacity)
                    * cr.calendar.as_ref().map_or(to - from, |cal| {
                        cal.open_time_until(to) - cal.open_time_until(from)
                    }),
            })
            .collect();
        // The unmeasured orders' accumulators, after the segments'.
        self.groups.truncate(self.c.segments.len());
        Ok(RepAcc {
            groups: self.groups,
            resources,
            task_events: self.task_events,
        })
    }

    /// One independent case: it arrives at a random moment of the week and runs alone.
    fn run_alone(&mut self, n: u64, cancel: &AtomicBool) -> Result<(), Stop> {
        let t = 7.0 * self.rng.random::<f64>();
        self.agenda.restart();
        self.now = t;
        self.new_case(t);
        while let Some(ev) = self.next_event() {
            self.now = ev.time;
            self.dispatch(ev, n, 0.0);
            if self.cancelled(cancel) {
                return Err(Stop::Cancelled);
            }
        }
        for r in &mut self.res {
            r.queues.iter_mut().for_each(VecDeque::clear);
            r.busy = 0;
        }
        Ok(())
    }

    /// The mean days from order to activation of `n` orders that each go through the flow
    /// alone (no queue, calendars as they are): how long the flow takes to fill once orders
    /// start coming, which a stream's warm-up has to cover.
    pub(crate) fn fill_days(mut self, n: u64) -> f64 {
        self.target = n;
        let never = AtomicBool::new(false);
        for _ in 0..n {
            if self.run_alone(n, &never).is_err() {
                break;
            }
        }
        let (days, count) = self.groups.iter().fold((0.0, 0), |(d, c), g| {
            let w = &g.kpis[K_CYCLE].w;
            (d + w.mean * w.n as f64, c + w.n)
        });
        if count == 0 { 0.0 } else { days / count as f64 }
    }

    #[inline]
    fn exp(&mut self, mean: f64) -> f64 {
        let e: f64 = rand_distr::Distribution::sample(&rand_distr::Exp1, &mut self.rng);
        e * mean
    }

    #[inline]
    fn push(&mut self, time: f64, kind: Ev, case: u32, epoch: u32, node: u32, exec: u32) {
        self.seq += 1;
        self.agenda
            .push(Event::new(time, self.seq, kind, case, epoch, node, exec));
    }

    /// The next event; when only patience deadlines are left, the open batches are
    /// released first (nothing else could fill them).
    #[inline]
    fn next_event(&mut self) -> Option<Event> {
        if self.open_batches > 0 && self.agenda.only_deadlines() {
            self.flush_batches();
        }
        self.agenda.pop()
    }

    fn dispatch(&mut self, ev: Event, n: u64, rate: f64) {
        match ev.kind() {
            Ev::Arrival => {
                self.new_case(ev.time);
                if self.generated < n {
                    let next = self.next_arrival(ev.time, rate);
                    self.push(next, Ev::Arrival, NONE, 0, NONE, NONE);
                }
            }
            Ev::TaskDone => self.task_done(ev),
            // A batch's time-out: the event's kinds fill its two bits, so it is a wait of
            // no case, at the batching task, for the batch's generation.
            Ev::WaitDone if ev.case == NONE => self.batch_timeout(ev.node, ev.exec),
            Ev::WaitDone => {
                if self.live(ev.case, ev.epoch) {
                    if self.over_time(ev.case, ev.time) {
                        self.exceed(ev.case);
                        return;
                    }
                    let case = &mut self.cases[ev.case as usize];
                    let x = &mut case.execs[ev.exec as usize];
                    x.end = ev.time;
                    if self.measure.each_step() {
                        let step = &mut self.groups[case.group as usize].steps[ev.node as usize];
                        step.execs += 1;
                        step.wait_sum += ev.time - x.enter;
                        step.causes.add_extraneous(ev.time - x.enter);
                    }
                    if self.log.is_some() {
                        let (serial, seg) = (case.serial, case.seg);
                        self.log_event(serial, seg, ev.node, Lifecycle::Complete, ev.time);
                    }
                    self.forward(ev.case, ev.node, ev.exec);
                }
            }
            Ev::Abandon => {
                if self.live(ev.case, ev.epoch) {
                    if self.over_time(ev.case, ev.time) {
                        self.exceed(ev.case);
                    } else {
                        self.abandon(ev.case, NONE);
                    }
                }
            }
        }
    }

    #[inline]
    fn live(&self, case: u32, epoch: u32) -> bool {
        let c = &self.cases[case as usize];
        c.alive && c.epoch == epoch
    }

    /// Whether the case has been in the flow longer than [`MAX_CASE_DAYS`] at `t` (or `t`
    /// is not a number).
    #[inline]
    fn over_time(&self, case: u32, t: f64) -> bool {
        let in_flow = t - self.cases[case as usize].arrival;
        in_flow.is_nan() || in_flow > MAX_CASE_DAYS
    }

    /// Moves the token leaving `node` (execution `exec`) to its successor.
    fn forward(&mut self, slot: u32, node: u32, exec: u32) {
        let cn = &self.c.nodes[node as usize];
        if cn.succ_hi > cn.succ_lo {
            self.work.push((self.c.succ[cn.succ_lo as usize], exec));
        }
        self.run_tokens(slot);
    }

    /// Processes tokens on the work stack until each waits on a task, a wait or a join.
    fn run_tokens(&mut self, slot: u32) {
        let t = self.now;
        while let Some((node, pred)) = self.work.pop() {
            let cn = &self.c.nodes[node as usize];
            let succ = &self.c.succ[cn.succ_lo as usize..cn.succ_hi as usize];
            match cn.kind {
                Kind::Start | Kind::Merge => self.work.push((succ[0], pred)),
                Kind::Xor => {
                    let seg = self.cases[slot as usize].seg as usize;
                    let base = cn.xor_base as usize + seg * succ.len();
                    let cum = &self.c.xor_cum[base..base + succ.len()];
                    let u: f64 = self.cases[slot as usize].rng.0.random();
                    let k = cum.partition_point(|&c| c <= u).min(succ.len() - 1);
                    self.work.push((succ[k], pred));
                }
                Kind::Split => {
                    self.cases[slot as usize].active += succ.len() as u32 - 1;
                    for &s in succ.iter().rev() {
                        self.work.push((s, pred));
                    }
                }
                Kind::Join => {
                    let case = &mut self.cases[slot as usize];
                    let j = &mut case.joins[cn.join_slot as usize];
                    j.0 += 1;
                    j.1 = pred;
                    if j.0 >= cn.join_need {
                        *j = (0, NONE);
                        self.work.push((succ[0], pred));
                    } else {
                        case.active -= 1;
                    }
                }
                Kind::End => {
                    let case = &mut self.cases[slot as usize];
                    case.active -= 1;
                    if case.active == 0 {
                        self.work.clear();
                        self.complete(slot, pred);
                        return;
                    }
                }
                Kind::Wait | Kind::Task | Kind::Batch
                    if self.cases[slot as usize].execs.len() >= self.exec_limit as usize =>
                {
                    self.work.clear();
                    self.exceed(slot);
                    return;
                }
                Kind::Wait => {
                    let d =
                        self.c.samplers[node as usize].sample(&mut self.cases[slot as usize].rng.0);
                    let case = &mut self.cases[slot as usize];
                    let exec = case.execs.len() as u32;
                    case.execs.push(Exec {
                        start: t,
                        ..Exec::entered(node, pred, t)
                    });
                    let (epoch, serial, seg) = (case.epoch, case.serial, case.seg);
                    self.push(t + d, Ev::WaitDone, slot, epoch, node, exec);
                    if self.log.is_some() {
                        self.log_event(serial, seg, node, Lifecycle::Start, t);
                    }
                }
                Kind::Batch => {
                    let (exec, epoch, _) = self.enable(slot, node, pred);
                    let case = slot;
                    self.join_batch(node, Member { case, epoch, exec });
                }
                Kind::Task => {
                    let (exec, epoch, seg) = self.enable(slot, node, pred);
                    let r = cn.resource;
                    if r == NONE {
                        self.start_task(slot, exec, node);
                    } else {
                        let cap = self.c.resources[r as usize].capacity;
                        if self.res[r as usize].busy < cap {
                            self.res[r as usize].busy += 1;
                            self.start_task(slot, exec, node);
                        } else {
                            let level = self.level(seg, node, r);
                            let queued = Queued::new(slot, epoch, exec, t);
                            self.res[r as usize].queues[level].push_back(queued);
                        }
                    }
                }
            }
        }
    }

    /// The case in `slot` reaches task `node` (from execution `pred`) now: a new execution,
    /// logged as enabled; returns it with the case's epoch and segment.
    #[inline(always)]
    fn enable(&mut self, slot: u32, node: u32, pred: u32) -> (u32, u32, u32) {
        let t = self.now;
        let case = &mut self.cases[slot as usize];
        let exec = case.execs.len() as u32;
        case.execs.push(Exec::entered(node, pred, t));
        let (epoch, serial, seg) = (case.epoch, case.serial, case.seg);
        if self.log.is_some() {
            self.log_event(serial, seg, node, Lifecycle::Enable, t);
        }
        (exec, epoch, seg)
    }
}
