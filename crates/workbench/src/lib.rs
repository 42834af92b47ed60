//! The use cases the app and the CLI share: reading what a bundle's simulation needs from
//! the workspace (the flow model is derived, never stored), running and comparing
//! scenarios, and the flow view of a scenario. `src-tauri` and `crates/cli` are adapters
//! over these functions: the app adds dialogs and progress events, the CLI arguments and
//! tables.

mod error;
mod improve;
mod input;
mod input_cache;
mod report;
mod run;
mod runs;
mod sample;
mod trial;
mod view;

pub use error::{Error, Result};
pub use improve::{
    ImproveRequest, KEEP_IMPROVEMENT_LABEL, SCREENING, find_improvements, keep_improvement,
};
pub use input::{
    SimulationInput, find_bundle, find_bundle_or_only, find_segment, simulation_input,
};
pub use input_cache::InputCache;
pub use report::{report_client, report_date, report_segments};
pub use run::{RunRequest, compare, run};
pub use runs::{RunSummary, compare_runs, delete_run, flow_file, open_run, runs};
pub use sample::{SAMPLE_FILE_STEM, open_fresh_sample};
pub use trial::{KEEP_TRIAL_LABEL, KeptScenario, Trial, keep_trial};
pub use view::{FlowView, flow_view};
