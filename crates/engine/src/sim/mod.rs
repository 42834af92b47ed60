//! The discrete-event simulation.

mod calendar;
pub(crate) mod compile;
mod engine;
mod logged;
pub(crate) mod pattern;
mod run;
pub(crate) mod sampler;

pub(crate) use run::{GroupRun, run_group, segment_index};
pub use run::{RunConfig, default_replications, default_warm_up, replication_seed, run};
