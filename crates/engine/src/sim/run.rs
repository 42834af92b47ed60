//! Runs replications in parallel and assembles the [`RunResult`].

use std::collections::BTreeMap;
use std::sync::atomic::AtomicBool;
use std::sync::atomic::{AtomicU64, Ordering};

use rayon::prelude::*;

use super::compile::Compiled;
use super::engine::{Replication, Stop};
use super::logged::run_in_parts;
use crate::EngineError;
use crate::friction::{FrictionWeights, default_weights, rank};
use crate::log::EventSink;
use crate::model::FlowModel;
use crate::stats::acc::{Measure, RepAcc};
use crate::stats::{RunMode, RunResult, group_result, resource_stats};
use crate::validate::check_for_run;

/// What to run.
#[derive(Debug, Clone)]
pub struct RunConfig<'a> {
    pub model: &'a FlowModel,
    /// Scenario id or name; `None` = the model's base design or flow.
    pub scenario: Option<&'a str>,
    /// Segment id or name: simulate only that segment's orders.
    pub segment: Option<&'a str>,
    /// Cases to simulate, at most [`MAX_CASES`](crate::bounds::MAX_CASES) (a run asking
    /// for more is refused with [`ProblemKind::TooManyCases`](crate::validate::ProblemKind)).
    pub cases: u32,
    pub seed: u32,
    /// Worker threads; `None` = rayon's global pool. Results do not depend on it.
    pub threads: Option<u32>,
    /// Replications; `None` = [`default_replications`]. Results depend on it. At most
    /// [`MAX_REPLICATIONS`](crate::bounds::MAX_REPLICATIONS).
    pub replications: Option<u32>,
    /// Cases simulated, and not measured, at the start of each replication of a stream of
    /// orders, so that a loaded system is not measured from empty; `None` =
    /// [`default_warm_up`]. Independent cases (no arrivals) have none.
    pub warm_up: Option<u32>,
    pub weights: FrictionWeights,
    /// Journey emotion (−3..+3) per step node id, for the friction score.
    pub emotions: BTreeMap<String, f64>,
}

impl<'a> RunConfig<'a> {
    /// 10,000 cases, seed 1, default weights, no emotions.
    pub fn new(model: &'a FlowModel) -> Self {
        RunConfig {
            model,
            scenario: None,
            segment: None,
            cases: 10_000,
            seed: 1,
            threads: None,
            replications: None,
            warm_up: None,
            weights: default_weights(),
            emotions: BTreeMap::new(),
        }
    }
}

/// Replications used for `cases` cases: one per 1,600 cases, at most 20 (6 of about 1,667
/// at the live estimate's 10,000 cases; see `docs/warm-up.md` for why), but a small run
/// keeps up to 4 of at least 500 cases so that it still has an interval.
pub fn default_replications(cases: u32) -> u32 {
    (cases / 1_600).max((cases / 500).min(4)).clamp(1, 20)
}

/// Warm-up cases per replication of a stream with `per_replication` measured cases, when
/// `fill` orders arrive while one goes through the flow: a tenth of the measured cases, or
/// the orders of that span if more, but at most half the measured cases (a small run would
/// otherwise spend most of its time unmeasured). Up to as many come after the measured
/// ones. See `docs/warm-up.md` for the choice.
pub fn default_warm_up(per_replication: u64, fill: u64) -> u64 {
    (per_replication / 10).max(fill.min(per_replication / 2))
}

/// Orders run alone to time the flow for the warm-up.
const FILL_PILOT: u64 = 200;

/// The orders that arrive, at the model's rate, in the mean time an order takes through the
/// flow alone (a pilot of [`FILL_PILOT`] orders, seeded apart from the replications).
fn fill_orders(c: &Compiled, seed: u32) -> u64 {
    let rate = c.rate.unwrap_or(0.0);
    let days = Replication::new(c, replication_seed(seed, u32::MAX), 1, Measure::Kpis, None)
        .fill_days(FILL_PILOT);
    let orders = (rate * days).ceil();
    // A flow whose orders never end (stopped at the engine's bounds) is timed at those.
    if orders.is_finite() && orders > 0.0 {
        orders as u64
    } else {
        0
    }
}

fn splitmix(x: &mut u64) -> u64 {
    *x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *x;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// The PRNG state of replication `index` of a run with `seed` (independent of threads).
pub fn replication_seed(seed: u32, index: u32) -> u128 {
    let mut x = (u64::from(seed) << 32) ^ u64::from(index);
    let hi = splitmix(&mut x);
    let lo = splitmix(&mut x);
    (u128::from(hi) << 64) | u128::from(lo)
}

/// The PRNG state of the case that arrives `index`-th (from 0) in the replication with
/// state `replication`: distinct indices give distinct states (the mix is a bijection of
/// the index), so no two cases of a replication share a stream.
pub(crate) fn case_seed(replication: u128, index: u64) -> u128 {
    let mut x = (replication >> 64) as u64
        ^ (replication as u64).wrapping_add(index.wrapping_mul(0xD1B5_4A32_D192_ED03));
    let hi = splitmix(&mut x);
    let lo = splitmix(&mut x);
    (u128::from(hi) << 64) | u128::from(lo)
}

/// Simulates the chosen flow. `progress(done, total)` is called from worker threads about
/// every thousand cases; setting `cancel` stops the run with [`EngineError::Cancelled`]:
/// every replication checks it every few hundred events, so it takes effect within
/// milliseconds whatever the model (even while one case loops through rework).
///
/// The model is validated first (with the run's size: at most
/// [`MAX_CASES`](crate::bounds::MAX_CASES) cases); a case that exceeds the engine's
/// [`bounds`](crate::bounds) is stopped and counted as exceeded in the result.
/// With a `log` that is written in parts ([`EventSink::part`], as the CSV and XES logs
/// are), replications run in parallel and their parts are appended in replication order;
/// with another sink they run one after the other. Either way the log is in a stable order
/// and the results are those of an unlogged run.
///
/// Each replication starts with empty queues (as on launch day) and simulates its share of
/// `cases` orders; results are merged in replication order, so they do not depend on the
/// number of threads. Without arrivals in the model, cases are independent and run one at a
/// time (a random moment of the week each, which matters for calendars).
pub fn run(
    cfg: &RunConfig<'_>,
    progress: &(dyn Fn(u64, u64) + Sync),
    cancel: &AtomicBool,
    log: Option<&mut dyn EventSink>,
) -> Result<RunResult, EngineError> {
    let m = measure(cfg, progress, cancel, log, Measure::Everything)?;
    let with_friction = |mut g: crate::stats::GroupResult| {
        g.friction = rank(&g.steps, &cfg.weights, &cfg.emotions);
        g
    };
    let overall = with_friction(group_result(&m.compiled, &m.accs, m.segment, m.measure));
    let segments = (0..m.compiled.segments.len())
        .filter(|s| m.segment.is_none_or(|k| k == *s))
        .map(|s| with_friction(group_result(&m.compiled, &m.accs, Some(s), m.measure)))
        .collect();
    Ok(RunResult {
        engine_version: env!("CARGO_PKG_VERSION").to_owned(),
        model_name: cfg.model.name.clone(),
        flow_id: m.flow_id,
        flow_name: m.flow_name,
        // The scenario that ran, also when it was the default: a report of a run with none
        // said "base design" of a model that has none.
        scenario: cfg.model.ran_scenario(cfg.scenario).map(str::to_owned),
        segment_filter: cfg.segment.map(str::to_owned),
        seed: cfg.seed,
        cases: cfg.cases,
        replications: m.replications,
        warm_up_cases: m.warm_up as u32,
        mode: if m.stream {
            RunMode::Stream
        } else {
            RunMode::Independent
        },
        task_events: m.accs.iter().map(|a| a.task_events as f64).sum(),
        overall,
        segments,
        resources: resource_stats(&m.compiled, &m.accs, m.stream),
        weights: cfg.weights.clone(),
    })
}

/// One group's KPIs from a run of `cfg` (the mix, or the segment with id or name
/// `segment`, of a run of every segment), without its steps, the friction ranking, the
/// other groups or the pools: what the improvement finder compares, a hundred runs at a
/// time. Those parts took a sixth of its work, and measuring the steps an eighth of what
/// was left ([`Measure::Kpis`]).
pub(crate) fn run_group(
    cfg: &RunConfig<'_>,
    progress: &(dyn Fn(u64, u64) + Sync),
    cancel: &AtomicBool,
    segment: Option<&str>,
) -> Result<GroupRun, EngineError> {
    let group = segment
        .map(|key| segment_index(cfg.model, key))
        .transpose()?;
    let m = measure(cfg, progress, cancel, None, Measure::Kpis)?;
    Ok(GroupRun {
        flow_name: m.flow_name,
        replications: m.replications,
        warm_up: u32::try_from(m.warm_up).unwrap_or(u32::MAX),
        group: group_result(&m.compiled, &m.accs, group.or(m.segment), m.measure),
    })
}

/// A group's figures from a run ([`run_group`]).
#[derive(Debug)]
pub(crate) struct GroupRun {
    pub(crate) flow_name: String,
    pub(crate) replications: u32,
    /// Unmeasured orders before (and after) each replication's measured ones.
    pub(crate) warm_up: u32,
    pub(crate) group: crate::stats::GroupResult,
}

/// The position of the segment with id or name `key`.
pub(crate) fn segment_index(model: &FlowModel, key: &str) -> Result<usize, EngineError> {
    model
        .segments
        .iter()
        .position(|s| s.id == key || s.name == key)
        .ok_or_else(|| EngineError::UnknownSegment(key.into()))
}

/// What the replications of a run measured, before it is summarised.
struct Measured {
    flow_id: String,
    flow_name: String,
    compiled: Compiled,
    accs: Vec<RepAcc>,
    replications: u32,
    warm_up: u64,
    stream: bool,
    measure: Measure,
    /// The only segment simulated, if the run was of one.
    segment: Option<usize>,
}

/// Validates and simulates a run, every replication (see [`run`]).
fn measure(
    cfg: &RunConfig<'_>,
    progress: &(dyn Fn(u64, u64) + Sync),
    cancel: &AtomicBool,
    log: Option<&mut dyn EventSink>,
    what: Measure,
) -> Result<Measured, EngineError> {
    let model = cfg.model;
    let flow = model.resolve(cfg.scenario)?;
    check_for_run(model, &flow, cfg.cases, cfg.replications)?;
    let segment = cfg
        .segment
        .map(|key| segment_index(model, key))
        .transpose()?;
    let compiled = Compiled::new(&flow, model, segment);
    let reps = cfg
        .replications
        .unwrap_or_else(|| default_replications(cfg.cases))
        .max(1);
    let total = u64::from(cfg.cases);
    let per = |i: u32| u64::from(cfg.cases / reps) + u64::from(i < cfg.cases % reps);
    // Serial of the first case of replication `i`: 1 + the cases of those before it.
    let base = |i: u32| {
        u64::from(i) * u64::from(cfg.cases / reps) + u64::from(i.min(cfg.cases % reps)) + 1
    };
    let stream = compiled.rate.is_some_and(|r| r > 0.0);
    let warm = match (stream, cfg.warm_up) {
        (false, _) => 0,
        (true, Some(w)) => u64::from(w),
        (true, None) => default_warm_up(per(0), fill_orders(&compiled, cfg.seed)),
    };
    let done = AtomicU64::new(0);
    let one = |i: u32, sink: Option<&mut dyn EventSink>| -> Result<RepAcc, Stop> {
        if cancel.load(Ordering::Relaxed) {
            return Err(Stop::Cancelled);
        }
        let mut tick = |k: u64| {
            let d = done.fetch_add(k, Ordering::Relaxed) + k;
            progress(d, total);
            !cancel.load(Ordering::Relaxed)
        };
        Replication::new(
            &compiled,
            replication_seed(cfg.seed, i),
            base(i),
            what,
            sink,
        )
        .run(per(i), warm, &mut tick, cancel)
    };
    let threads = cfg
        .threads
        .map_or_else(rayon::current_num_threads, |t| t.max(1) as usize);
    let parts = log
        .as_ref()
        .and_then(|sink| (0..reps).map(|_| sink.part()).collect::<Option<Vec<_>>>());
    let results: Vec<Result<RepAcc, Stop>> = match (log, parts) {
        (Some(sink), Some(parts)) => {
            let out = run_in_parts(reps, threads, &mut *sink, parts, &one);
            sink.finish().map_err(|e| EngineError::Log(e.to_string()))?;
            out
        }
        (Some(sink), None) => {
            let mut out = Vec::new();
            for i in 0..reps {
                let r = one(i, Some(&mut *sink));
                let stop = r.is_err();
                out.push(r);
                if stop {
                    break;
                }
            }
            sink.finish().map_err(|e| EngineError::Log(e.to_string()))?;
            out
        }
        (None, _) => {
            let par = || (0..reps).into_par_iter().map(|i| one(i, None)).collect();
            match cfg.threads {
                Some(t) => rayon::ThreadPoolBuilder::new()
                    .num_threads(t.max(1) as usize)
                    .build()
                    .map_err(|e| EngineError::Threads(e.to_string()))?
                    .install(par),
                None => par(),
            }
        }
    };
    let mut accs = Vec::with_capacity(results.len());
    for r in results {
        match r {
            Ok(a) => accs.push(a),
            Err(Stop::Cancelled) => return Err(EngineError::Cancelled),
            Err(Stop::Log(e)) => return Err(EngineError::Log(e.to_string())),
        }
    }
    Ok(Measured {
        flow_id: flow.id.clone(),
        flow_name: flow.name.clone(),
        compiled,
        accs,
        replications: reps,
        warm_up: warm,
        stream,
        measure: what,
        segment,
    })
}
