//! Serializable results of a run.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use specta::Type;

use super::causes::WaitingCauses;
use crate::friction::{FrictionItem, FrictionWeights};
use crate::model::HistogramBin;

/// A KPI measured per case.
#[derive(Serialize, Deserialize, Type, JsonSchema, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub enum KpiKind {
    /// Days from order to full activation (activated cases only).
    CycleDays,
    /// Days of the critical path spent waiting (queues, calendars, waits; activated cases).
    WaitingDays,
    /// Days of the critical path spent working (activated cases).
    WorkingDays,
    /// Customer contacts: calls + messages + visits (all cases).
    Contacts,
    /// Technician visits (all cases).
    TechnicianVisits,
    /// Changes of owning silo along the executed tasks (all cases).
    Handoffs,
    /// Changes of channel along the tasks the customer takes part in (tasks causing
    /// contacts, or done by the customer or a technician) (all cases).
    ChannelSwitches,
    /// Rework loops (all cases).
    Reworks,
    /// What a case costs: its tasks' working time at their pools' cost per hour and its
    /// contacts at their channels' cost per contact (all cases; only in results of models
    /// with a cost).
    Cost,
}

impl KpiKind {
    /// Every KPI, in result order.
    pub const ALL: [KpiKind; 9] = [
        KpiKind::CycleDays,
        KpiKind::WaitingDays,
        KpiKind::WorkingDays,
        KpiKind::Contacts,
        KpiKind::TechnicianVisits,
        KpiKind::Handoffs,
        KpiKind::ChannelSwitches,
        KpiKind::Reworks,
        KpiKind::Cost,
    ];

    /// Whether its values are durations (kept in days).
    pub fn is_duration(self) -> bool {
        matches!(
            self,
            KpiKind::CycleDays | KpiKind::WaitingDays | KpiKind::WorkingDays
        )
    }

    /// The label without its unit, for tables that write durations in the unit their size
    /// reads best in ([`crate::duration::TimeUnit`]).
    pub fn name(self) -> &'static str {
        self.label().trim_end_matches(" (days)")
    }

    /// English label.
    pub fn label(self) -> &'static str {
        match self {
            KpiKind::CycleDays => "Cycle time (days)",
            KpiKind::WaitingDays => "Waiting on critical path (days)",
            KpiKind::WorkingDays => "Working on critical path (days)",
            KpiKind::Contacts => "Customer contacts",
            KpiKind::TechnicianVisits => "Technician visits",
            KpiKind::Handoffs => "Hand-offs between silos",
            KpiKind::ChannelSwitches => "Channel switches",
            KpiKind::Reworks => "Rework loops",
            KpiKind::Cost => "Cost per case",
        }
    }
}

/// A point estimate with its 95 % confidence interval (absent with one replication) and
/// the per-replication values it was derived from.
#[derive(Serialize, Deserialize, Type, JsonSchema, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Estimate {
    pub value: f64,
    pub ci_low: Option<f64>,
    pub ci_high: Option<f64>,
    pub replications: Vec<f64>,
}

/// One KPI's statistics.
#[derive(Serialize, Deserialize, Type, JsonSchema, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct KpiStat {
    pub kind: KpiKind,
    /// Cases measured.
    pub n: u32,
    /// Standard deviation across cases.
    pub sd: f64,
    pub mean: Estimate,
    pub p50: Estimate,
    pub p90: Estimate,
    pub p95: Estimate,
    pub p99: Estimate,
    /// The distribution across cases for charts (weights are shares of the cases measured);
    /// empty in results saved before it existed.
    #[serde(default)]
    pub histogram: Vec<HistogramBin>,
}

/// Kind of step.
#[derive(Serialize, Deserialize, Type, JsonSchema, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub enum StepKind {
    Task,
    Wait,
}

/// Measurements of one task or wait within a group of cases.
#[derive(Serialize, Deserialize, Type, JsonSchema, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct StepStats {
    pub node_id: String,
    pub name: String,
    pub kind: StepKind,
    pub silo: Option<String>,
    pub channel: Option<String>,
    /// Executions per case (rework and branches make it differ from 1).
    pub executions_per_case: f64,
    /// Mean days waiting before an execution starts (queue, closed calendar).
    pub mean_waiting_days: f64,
    /// Mean working days per execution (for waits: 0).
    pub mean_working_days: f64,
    /// Days of waiting it causes per case (for waits: the wait itself).
    pub waiting_days_per_case: f64,
    /// The waiting before an execution split by cause; zero in results saved before it
    /// existed.
    #[serde(default)]
    pub waiting_causes: WaitingCauses,
    /// Share of activated cases where it is on the critical path.
    pub critical_share: f64,
    /// Median days it adds to the critical path when it is on it.
    pub critical_median_days: f64,
    /// Mean days it adds to the critical path per activated case.
    pub critical_days_per_case: f64,
    /// Failures (rework sent back) per execution.
    pub rework_rate: f64,
    pub reworks_per_case: f64,
    pub contacts_per_case: f64,
    pub technician_visits_per_case: f64,
    pub channel_switches_per_case: f64,
    pub handoffs_per_case: f64,
    /// Share of cases abandoned while this step was pending (or caused by it).
    pub abandonment_share: f64,
}

/// Results for one segment, or for all of them.
#[derive(Serialize, Deserialize, Type, JsonSchema, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct GroupResult {
    /// Segment id; absent for the overall mix.
    pub segment_id: Option<String>,
    pub name: String,
    pub cases: u32,
    pub completed: u32,
    pub abandoned: u32,
    /// Cases stopped because they went beyond the engine's bounds
    /// ([`crate::bounds`]: 100 years in the flow, or 20,000 task and wait executions, 10
    /// per step in flows of more than 2,000 steps):
    /// neither activated nor abandoned, and not measured in the KPIs. `cases` is
    /// `completed + abandoned + exceeded`. Absent from results without such cases.
    #[serde(skip_serializing_if = "is_zero", default)]
    pub exceeded: u32,
    pub abandonment_rate: Estimate,
    pub kpis: Vec<KpiStat>,
    pub steps: Vec<StepStats>,
    /// Steps ranked by friction, worst first.
    pub friction: Vec<FrictionItem>,
}

impl GroupResult {
    /// The statistics of one KPI.
    pub fn kpi(&self, kind: KpiKind) -> Option<&KpiStat> {
        self.kpis.iter().find(|k| k.kind == kind)
    }

    /// The step with this node id.
    pub fn step(&self, node_id: &str) -> Option<&StepStats> {
        self.steps.iter().find(|s| s.node_id == node_id)
    }
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

/// Utilisation of a resource pool.
#[derive(Serialize, Deserialize, Type, JsonSchema, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct ResourceStats {
    pub id: String,
    pub name: String,
    pub capacity: u32,
    /// The work the measured orders brought to the pool / (capacity × its open time while
    /// they arrived), at most 1; absent for independent cases.
    pub utilisation: Option<f64>,
}

/// How cases were simulated.
#[derive(Serialize, Deserialize, Type, JsonSchema, Clone, Copy, Debug, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub enum RunMode {
    /// A stream of orders (the model's arrivals) sharing the resource pools.
    Stream,
    /// Independent cases, one at a time (the model has no arrivals).
    Independent,
}

/// Everything a run produced, with what is needed to reproduce it.
#[derive(Serialize, Deserialize, Type, JsonSchema, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct RunResult {
    pub engine_version: String,
    pub model_name: String,
    pub flow_id: String,
    pub flow_name: String,
    pub scenario: Option<String>,
    pub segment_filter: Option<String>,
    pub seed: u32,
    pub cases: u32,
    pub replications: u32,
    /// Cases simulated and not measured at the start of each replication (a stream of
    /// orders is not measured from empty); 0 for independent cases and in results saved
    /// before it existed.
    #[serde(default)]
    pub warm_up_cases: u32,
    pub mode: RunMode,
    /// Task executions simulated.
    pub task_events: f64,
    pub overall: GroupResult,
    pub segments: Vec<GroupResult>,
    pub resources: Vec<ResourceStats>,
    pub weights: FrictionWeights,
}

impl RunResult {
    /// The group of this segment id or name (`None` = overall).
    pub fn group(&self, segment: Option<&str>) -> Option<&GroupResult> {
        match segment {
            None => Some(&self.overall),
            Some(s) => self
                .segments
                .iter()
                .find(|g| g.segment_id.as_deref() == Some(s) || g.name == s),
        }
    }
}
