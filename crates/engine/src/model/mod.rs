//! The activation-flow model: what the user designs and the engine runs.

mod bundle;
mod dist;
mod file;
mod flow;
pub mod json;
mod queueing;
mod resources;

pub use bundle::{
    BundleDesign, COMPOSED_END, COMPOSED_START, SERVICES_JOIN, SERVICES_SPLIT, Scenario,
    ServiceFlow,
};
pub use dist::{Bounds, Dist, HistogramBin, MIN_RANGE_PROBABILITY};
pub(crate) use dist::{Curve, Law, Restriction, clip, lognormal_params};
pub use file::{FLOW_MODEL_FORMAT, FLOW_MODEL_VERSION, FlowModel, flow_model_schema};
pub use flow::{Actor, Contacts, Edge, Flow, Marker, Node, Rework, Task, Wait};
pub(crate) use queueing::is_zero;
pub use queueing::{Batch, BatchRelease, MAX_BATCH_SIZE, MAX_PRIORITY, queue_priority};
pub use resources::{
    ArrivalBand, Arrivals, OpenInterval, ResourcePool, Segment, Weekday, WeeklyCalendar,
};
