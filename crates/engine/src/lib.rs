//! # touchmap-engine
//!
//! Why this crate exists: a product manager designing a telecom bundle needs to see, per
//! customer segment, how long activation takes, how much the customer has to do, who
//! drops out and which steps cause it — before launch. This crate holds the activation-flow
//! model and the discrete-event simulation that answers those questions, the friction
//! ranking that explains them, and scenario comparison. It has no UI or Tauri dependency;
//! the store, CLI and app call it.
//!
//! ## Design
//! - [`model`]: serializable types (serde camelCase, specta, JSON Schema). A
//!   [`model::BundleDesign`] composes shared order steps, one provisioning sub-flow per
//!   service (in parallel) and shared billing into one [`model::Flow`]; a
//!   [`model::Scenario`] holds a complete design; a [`model::FlowModel`] is the file format.
//! - [`validate`]: every problem of a flow, by node name, before running, in time linear
//!   in the size of the flow for the usual shapes (see [`validate`] for the worst cases).
//! - [`bounds`]: what a model and a run may ask for, so that every run ends: validation
//!   refuses durations, calendars, arrival rates and rework beyond them, a run refuses more
//!   than [`bounds::MAX_CASES`] cases, and a case that runs away inside them is stopped
//!   and counted as *exceeded*. Cancellation is checked every few hundred events, so it
//!   takes effect within milliseconds whatever the model.
//! - [`sim`]: a binary-heap event queue (time, then insertion order), tokens through the
//!   graph with per-case parallel split/join, FIFO resource pools with weekly calendars
//!   (work pauses while closed), patience-based abandonment and rework. A run is split
//!   into replications, each with its own PCG stream derived from (seed, index) and run in
//!   parallel with rayon; results are merged in index order, so they are bit-identical
//!   whatever the number of threads. With arrivals, a replication is a stream of orders
//!   sharing the pools; without, cases are simulated one at a time.
//! - [`stats`]: flat-memory aggregates (Welford, fixed-bin histograms) and 95 % confidence
//!   intervals from replication (batch) means.
//! - [`friction`], [`compare`], [`report`]: ranking with reasons, A/B comparison with
//!   Welch intervals, plain-text tables for the CLI.
//! - [`improve`]: the improvement finder: every candidate change of a scenario (a pool's
//!   unit, a faster task, halved rework or waits, a hand-off or contacts removed)
//!   simulated against it with common random numbers and ranked by its effect, with
//!   paired intervals.
//! - [`headline`]: the few figures of a comparison read first (p90 and mean time to
//!   activation, contacts, technician visits, abandonment), shared by app, CLI and report;
//!   [`number`]: the one rule for writing numbers in text (never "-0.00").
//! - [`log`]: optional streaming CSV / XES event logs.
//! - [`duration`]: the unit a duration is written in for people, chosen by its size.
//! - [`csv`]: the one CSV writer of the engine and of the exports (cells a spreadsheet
//!   would evaluate are neutralised, whatever the reader's separator).
//! - [`sample`]: the home triple-play bundle, as-is and to-be, calibrated (CALIBRATION.md).

pub mod bounds;
pub mod columns;
pub mod compare;
pub mod csv;
pub mod duration;
pub mod friction;
pub mod headline;
pub mod improve;
pub mod log;
pub mod model;
pub mod number;
pub mod reason;
pub mod report;
pub mod sample;
pub mod shape;
pub mod sim;
pub mod stats;
pub mod validate;

pub use log::EventSink;
pub use sim::{RunConfig, run};
pub use stats::RunResult;
pub use validate::ValidationError;

/// The engine version recorded in every result.
pub const ENGINE_VERSION: &str = env!("CARGO_PKG_VERSION");

/// Why a run could not produce a result.
#[derive(Debug, thiserror::Error)]
pub enum EngineError {
    #[error(transparent)]
    Invalid(#[from] ValidationError),
    #[error("unknown scenario “{0}”")]
    UnknownScenario(String),
    #[error("unknown segment “{0}”")]
    UnknownSegment(String),
    /// A change names a pool or node the flow does not have.
    #[error("there is no {what} “{id}” in the flow")]
    UnknownNode { what: &'static str, id: String },
    #[error("the model file is not valid: {0}")]
    Format(String),
    #[error("the run was cancelled")]
    Cancelled,
    #[error("writing the event log failed: {0}")]
    Log(String),
    #[error("could not start worker threads: {0}")]
    Threads(String),
}
