//! The discrete-event simulation.

mod calendar;
pub(crate) mod compile;
mod engine;
mod run;
pub(crate) mod sampler;

pub use run::{RunConfig, default_replications, replication_seed, run};
