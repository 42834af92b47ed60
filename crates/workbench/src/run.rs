//! Running and comparing scenarios of a bundle.

use std::sync::atomic::AtomicBool;

use touchmap_engine::compare::Comparison;
use touchmap_engine::log::EventSink;
use touchmap_engine::{RunConfig, RunResult};

use crate::{Result, SimulationInput};

/// How to run: which scenario (`None`: the first), which segment (`None`: the mix), how
/// many cases, which seed.
#[derive(Clone, Debug, PartialEq)]
pub struct RunRequest {
    pub scenario: Option<String>,
    pub segment: Option<String>,
    pub cases: u32,
    pub seed: u32,
}

/// Runs one scenario; `progress` gets (cases done, cases in all), `cancel` stops it.
pub fn run(
    input: &SimulationInput,
    request: &RunRequest,
    progress: &(dyn Fn(u64, u64) + Sync),
    cancel: &AtomicBool,
    log: Option<&mut dyn EventSink>,
) -> Result<RunResult> {
    let mut config = RunConfig::new(&input.model);
    config.scenario = request.scenario.as_deref();
    config.segment = request.segment.as_deref();
    config.cases = request.cases;
    config.seed = request.seed;
    config.emotions = input.emotions.clone();
    Ok(touchmap_engine::run(&config, progress, cancel, log)?)
}

/// Runs scenarios `a` and `b` with the same cases and seed and compares them (B − A).
/// `progress` counts the cases of both runs: (done, 2 × cases).
pub fn compare(
    input: &SimulationInput,
    request: &RunRequest,
    [a, b]: [&str; 2],
    progress: &(dyn Fn(u64, u64) + Sync),
    cancel: &AtomicBool,
) -> Result<Comparison> {
    let per = u64::from(request.cases);
    let with = |scenario: &str| RunRequest {
        scenario: Some(scenario.to_owned()),
        ..request.clone()
    };
    let first = run(
        input,
        &with(a),
        &|done, _| progress(done, 2 * per),
        cancel,
        None,
    )?;
    let second = run(
        input,
        &with(b),
        &|done, _| progress(per + done, 2 * per),
        cancel,
        None,
    )?;
    Ok(touchmap_engine::compare::compare(&first, &second))
}
