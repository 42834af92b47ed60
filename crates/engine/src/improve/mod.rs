//! The improvement finder: "what single change helps most?". Every candidate change of a
//! scenario ([`candidates`]) that can move the objective (`Improvement::can_move`; the
//! others are counted as tried, with no effect) is simulated against the scenario as it is
//! with common random numbers — the same seed, cases and replications, so each order
//! arrives at the same moment with the same segment and patience and draws its own
//! durations and branches from its own stream (see `sim::engine`) — and ranked by its
//! effect on one objective for one segment (or the mix). The effect's 95 % interval is the
//! paired one of [`crate::compare::paired_diff`]: the replications of the two runs saw the
//! same orders, so their differences vary far less than two independent runs do.
//!
//! Speed: a run of every candidate at the full cases costs candidates × cases. With
//! [`Screening`], every candidate first runs at fewer cases (still paired, so the order
//! is already clear), and only the best few are run again at the full cases and ranked.

mod candidates;
mod change;

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

use rayon::prelude::*;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use specta::Type;

pub use candidates::{Candidate, candidates, describe};
pub use change::{FASTER, Improvement};

use crate::compare::{StatDiff, paired_diff};
use crate::model::FlowModel;
use crate::sim::{GroupRun, run_group, segment_index};
use crate::stats::{Estimate, GroupResult, KpiKind};
use crate::{EngineError, RunConfig};

/// What the finder improves. Less is better for each.
#[derive(Serialize, Deserialize, Type, JsonSchema, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub enum Objective {
    /// The 90th percentile of the days from order to full activation.
    P90Cycle,
    /// Mean customer contacts per case.
    Contacts,
    /// Mean technician visits per case.
    TechnicianVisits,
    /// The share of cases abandoned.
    Abandonment,
    /// Mean cost per case (only in models with prices: without, nothing is found).
    Cost,
}

impl Objective {
    pub const ALL: [Objective; 5] = [
        Objective::P90Cycle,
        Objective::Contacts,
        Objective::TechnicianVisits,
        Objective::Abandonment,
        Objective::Cost,
    ];

    /// Its estimate in a run's group.
    pub fn estimate(self, g: &GroupResult) -> Option<&Estimate> {
        match self {
            Objective::P90Cycle => g.kpi(KpiKind::CycleDays).map(|k| &k.p90),
            Objective::Contacts => g.kpi(KpiKind::Contacts).map(|k| &k.mean),
            Objective::TechnicianVisits => g.kpi(KpiKind::TechnicianVisits).map(|k| &k.mean),
            Objective::Abandonment => Some(&g.abandonment_rate),
            Objective::Cost => g.kpi(KpiKind::Cost).map(|k| &k.mean),
        }
    }

    /// Its name on the command line and in English text.
    pub fn key(self) -> &'static str {
        match self {
            Objective::P90Cycle => "p90-cycle",
            Objective::Contacts => "contacts",
            Objective::TechnicianVisits => "visits",
            Objective::Abandonment => "abandonment",
            Objective::Cost => "cost",
        }
    }
}

/// A first pass at fewer cases, after which only the best few run at the full cases.
#[derive(Serialize, Deserialize, Type, JsonSchema, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct Screening {
    /// Cases of the first pass (every candidate).
    pub cases: u32,
    /// Candidates run again at the full cases: the best of the first pass.
    pub keep: u32,
}

/// What to search.
#[derive(Debug, Clone)]
pub struct FinderConfig<'a> {
    pub model: &'a FlowModel,
    /// Scenario id or name; `None` = the model's base design or flow.
    pub scenario: Option<&'a str>,
    /// Segment id or name whose objective ranks the changes; `None` = the mix. Every
    /// segment is simulated either way: they share the pools.
    pub segment: Option<&'a str>,
    pub objective: Objective,
    /// The changes to try; `None` = every generated [`candidates`].
    pub candidates: Option<Vec<Improvement>>,
    pub cases: u32,
    pub seed: u32,
    /// How many to return, best first.
    pub top: u32,
    pub screening: Option<Screening>,
    /// Worker threads; `None` = rayon's global pool.
    pub threads: Option<u32>,
}

impl<'a> FinderConfig<'a> {
    /// 10,000 cases, seed 1, the top ten, every generated candidate, no screening.
    pub fn new(model: &'a FlowModel, objective: Objective) -> Self {
        FinderConfig {
            model,
            scenario: None,
            segment: None,
            objective,
            candidates: None,
            cases: 10_000,
            seed: 1,
            top: 10,
            screening: None,
            threads: None,
        }
    }
}

/// One change and its effect.
#[derive(Serialize, Deserialize, Type, JsonSchema, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Finding {
    /// 1 = the best.
    pub rank: u32,
    pub candidate: Candidate,
    /// The objective with the change minus without it, with its paired 95 % interval
    /// (`a` the scenario as it is, `b` with the change).
    pub effect: StatDiff,
}

/// The changes that help most.
#[derive(Serialize, Deserialize, Type, JsonSchema, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Findings {
    pub flow_name: String,
    pub scenario: Option<String>,
    /// The segment ranked on (id) and its name; absent: the mix.
    pub segment_id: Option<String>,
    pub segment_name: String,
    pub objective: Objective,
    /// The objective in the scenario as it is.
    pub baseline: f64,
    pub cases: u32,
    pub seed: u32,
    pub replications: u32,
    /// Candidates tried.
    pub candidates: u32,
    /// The first pass, when there was one: every candidate ran at its cases, and the
    /// best `keep` again at `cases`.
    pub screening: Option<Screening>,
    /// Best first: the largest decrease of the objective.
    pub findings: Vec<Finding>,
}

/// The JSON Schema of [`Findings`] (what `touchmap improve --json` prints), for
/// `docs/findings.schema.json`.
pub fn findings_schema() -> serde_json::Value {
    serde_json::to_value(schemars::schema_for!(Findings)).unwrap_or_default()
}

/// Runs the scenario and every candidate with the same seed, cases and replications and
/// ranks the candidates by the effect on the objective (most negative first); a candidate
/// that left the objective exactly as it was is tried (counted in
/// [`Findings::candidates`]) but not ranked.
/// `progress(done, total)` counts the cases of every run; `cancel` stops it with
/// [`EngineError::Cancelled`].
pub fn find(
    cfg: &FinderConfig<'_>,
    progress: &(dyn Fn(u64, u64) + Sync),
    cancel: &AtomicBool,
) -> Result<Findings, EngineError> {
    let model = cfg.model;
    let flow = model.resolve(cfg.scenario)?;
    // Refused before any candidate is generated or run.
    if let Some(key) = cfg.segment {
        segment_index(model, key)?;
    }
    let candidates = match &cfg.candidates {
        None => candidates(&flow, &model.resources),
        Some(list) => list
            .iter()
            .map(|i| describe(i, &flow, &model.resources))
            .collect::<Result<_, _>>()?,
    };
    // The composed flow, run as a ready flow: each candidate changes a copy of it.
    let base = FlowModel {
        design: None,
        flow: Some(flow),
        scenarios: Vec::new(),
        ..model.clone()
    };
    // Only the candidates that can move the objective are simulated; the others are
    // counted as tried, with no effect (see `Improvement::can_move`).
    let movers: Vec<Candidate> = candidates
        .iter()
        .filter(|c| c.improvement.can_move(cfg.objective))
        .cloned()
        .collect();
    let screening = cfg
        .screening
        .filter(|s| s.cases < cfg.cases && (s.keep as usize) < movers.len());
    // Each pass runs the baseline and its candidates.
    let n = movers.len() as u64;
    let total = match screening {
        None => u64::from(cfg.cases) * (1 + n),
        Some(s) => u64::from(s.cases) * (1 + n) + u64::from(cfg.cases) * (1 + u64::from(s.keep)),
    };
    let done = AtomicU64::new(0);
    let runner = Runner {
        cfg,
        base: &base,
        done: &done,
        total,
        progress,
        cancel,
    };
    let work = || -> Result<Findings, EngineError> {
        let (baseline, ranked) = match screening {
            Some(s) => {
                let (_, first) = runner.effects(&movers, s.cases)?;
                let best: Vec<Candidate> = first
                    .into_iter()
                    .take(s.keep as usize)
                    .map(|(c, _)| c)
                    .collect();
                runner.effects(&best, cfg.cases)?
            }
            None => runner.effects(&movers, cfg.cases)?,
        };
        let group = &baseline.group;
        Ok(Findings {
            flow_name: baseline.flow_name.clone(),
            scenario: cfg.scenario.map(str::to_owned),
            segment_id: group.segment_id.clone(),
            segment_name: group.name.clone(),
            objective: cfg.objective,
            baseline: cfg.objective.estimate(group).map_or(f64::NAN, |e| e.value),
            cases: cfg.cases,
            seed: cfg.seed,
            replications: baseline.replications,
            candidates: candidates.len() as u32,
            screening,
            findings: ranked
                .into_iter()
                .take(cfg.top as usize)
                .zip(1..)
                .map(|((candidate, effect), rank)| Finding {
                    rank,
                    candidate,
                    effect,
                })
                .collect(),
        })
    };
    match cfg.threads {
        Some(t) => rayon::ThreadPoolBuilder::new()
            .num_threads(t.max(1) as usize)
            .build()
            .map_err(|e| EngineError::Threads(e.to_string()))?
            .install(work),
        None => work(),
    }
}

/// Runs of the base flow, changed or not, sharing the progress count.
struct Runner<'c, 'a> {
    cfg: &'c FinderConfig<'a>,
    base: &'c FlowModel,
    done: &'c AtomicU64,
    total: u64,
    progress: &'c (dyn Fn(u64, u64) + Sync),
    cancel: &'c AtomicBool,
}

impl Runner<'_, '_> {
    /// A run of `model` with `cases` (every run of the finder has the same seed and so the
    /// same streams) and `warm_up` (`None`: its own, as a run of it alone; a candidate
    /// takes the baseline's, so that both measure the same orders).
    fn simulate(
        &self,
        model: &FlowModel,
        cases: u32,
        warm_up: Option<u32>,
    ) -> Result<GroupRun, EngineError> {
        let mut rc = RunConfig::new(model);
        rc.cases = cases;
        rc.seed = self.cfg.seed;
        rc.warm_up = warm_up;
        let before = AtomicU64::new(0);
        let progress = |d: u64, _| {
            // `run` reports its own running count, from several threads; the finder adds
            // what it grew by.
            let step = d.saturating_sub(before.fetch_max(d, Ordering::Relaxed));
            let all = self.done.fetch_add(step, Ordering::Relaxed) + step;
            (self.progress)(all, self.total);
        };
        run_group(&rc, &progress, self.cancel, self.cfg.segment)
    }

    /// The baseline at `cases` and the effect of each candidate that changed the objective,
    /// best first (ties in the given order, an effect that could not be measured last).
    #[allow(clippy::type_complexity)]
    fn effects(
        &self,
        candidates: &[Candidate],
        cases: u32,
    ) -> Result<(GroupRun, Vec<(Candidate, StatDiff)>), EngineError> {
        let baseline = self.simulate(self.base, cases, None)?;
        let objective = |r: &GroupRun| -> Result<Option<Estimate>, EngineError> {
            Ok(self.cfg.objective.estimate(&r.group).cloned())
        };
        let a = objective(&baseline)?;
        let mut out = candidates
            .par_iter()
            .map(|c| {
                let mut model = self.base.clone();
                let mut flows: Vec<_> = model.flow.iter_mut().collect();
                c.improvement.apply(&mut flows, &mut model.resources)?;
                let b = objective(&self.simulate(&model, cases, Some(baseline.warm_up))?)?;
                // A change that left the objective exactly as it was in every replication
                // made no difference to it with the same orders and draws: it is no
                // finding, and ranking it, 0 [0, 0], among those that help would list it as
                // if it mattered. A task moved into the previous task's silo is always one:
                // the engine measures a silo only in the hand-offs it counts, which no
                // objective is (no delay, pool, contact or price follows a silo). So is a
                // unit more of a pool that never queues.
                Ok(a.as_ref()
                    .zip(b)
                    .filter(|(a, b)| *a != b)
                    .map(|(a, b)| (c.clone(), paired_diff(a, &b))))
            })
            .filter_map(Result::transpose)
            .collect::<Result<Vec<_>, EngineError>>()?;
        out.sort_by(|(_, x), (_, y)| {
            (x.diff.is_nan().cmp(&y.diff.is_nan())).then(x.diff.total_cmp(&y.diff))
        });
        Ok((baseline, out))
    }
}
