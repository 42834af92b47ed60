//! The event log: complete enough to rebuild the engine's measurements, and written in
//! parallel without changing a byte of it.

mod common;

use std::collections::HashMap;
use std::io;
use std::sync::Mutex;
use std::sync::atomic::AtomicBool;

use touchmap_engine::log::{CsvLog, EventSink, Lifecycle, LogEvent, XesLog};
use touchmap_engine::model::FlowModel;
use touchmap_engine::sample::{AS_IS, triple_play};
use touchmap_engine::stats::KpiKind;
use touchmap_engine::{RunConfig, RunResult, run};

/// A sink that takes one stream of events (no parts), so the replications run one after
/// the other into the sink it wraps: the order a log had before it was written in parts.
struct OneStream<S>(S);

impl<S: EventSink> EventSink for OneStream<S> {
    fn record(&mut self, event: &LogEvent<'_>) -> io::Result<()> {
        self.0.record(event)
    }
    fn case_finished(&mut self, case: u64) -> io::Result<()> {
        self.0.case_finished(case)
    }
    fn finish(&mut self) -> io::Result<()> {
        self.0.finish()
    }
}

fn logged(m: &FlowModel, threads: Option<u32>, sink: &mut dyn EventSink) -> RunResult {
    let mut cfg = RunConfig::new(m);
    cfg.scenario = Some(AS_IS);
    cfg.cases = 3_000;
    cfg.replications = Some(7);
    cfg.threads = threads;
    run(&cfg, &|_, _| {}, &AtomicBool::new(false), Some(sink)).expect("run")
}

/// Seen on main: `--log` made the replications run one after another (15× slower, same
/// results). Now each replication writes its part in parallel; the parts are appended in
/// order, so the results and the log are those of the sequential order.
#[test]
fn log_made_replications_run_one_after_another() {
    let m = triple_play();
    let mut cfg = RunConfig::new(&m);
    cfg.scenario = Some(AS_IS);
    cfg.cases = 3_000;
    cfg.replications = Some(7);
    let plain = run(&cfg, &|_, _| {}, &AtomicBool::new(false), None).expect("run");

    let mut sequential = OneStream(CsvLog::new(Vec::new()));
    let r = logged(&m, None, &mut sequential);
    assert_eq!(r, plain, "logging must not change the results");
    let want = sequential.0.into_inner();
    for threads in [Some(1), Some(2), Some(3)] {
        let mut parts = CsvLog::new(Vec::new());
        assert_eq!(logged(&m, threads, &mut parts), plain);
        let got = parts.into_inner();
        assert!(
            got == want,
            "CSV log in parts on {threads:?} threads differs"
        );
    }

    let mut sequential = OneStream(XesLog::new(Vec::new()));
    logged(&m, None, &mut sequential);
    let want = sequential.0.into_inner();
    let mut parts = XesLog::new(Vec::new());
    logged(&m, Some(2), &mut parts);
    let got = parts.into_inner();
    assert!(
        got == want,
        "XES log in parts differs:\n{}\n---\n{}",
        String::from_utf8_lossy(&got[..got.len().min(2000)]),
        String::from_utf8_lossy(&want[..want.len().min(2000)])
    );
}

#[derive(Default)]
struct Capture(Mutex<Vec<(u64, String, Lifecycle, f64)>>);

impl EventSink for &Capture {
    fn record(&mut self, e: &LogEvent<'_>) -> io::Result<()> {
        self.0
            .lock()
            .expect("lock")
            .push((e.case, e.activity_id.to_owned(), e.lifecycle, e.time));
        Ok(())
    }
    fn finish(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// Seen on main: the log had no arrival, enable or case-end events, so cycle times could
/// not be rebuilt from it. The sample's as-is has parallel branches, calendars, rework and
/// customers who give up.
#[test]
fn log_had_no_arrival_enable_or_case_end_events() {
    let m = triple_play();
    let capture = Capture::default();
    let mut sink = &capture;
    let mut cfg = RunConfig::new(&m);
    cfg.scenario = Some(AS_IS);
    cfg.cases = 2_000;
    let r = run(&cfg, &|_, _| {}, &AtomicBool::new(false), Some(&mut sink)).expect("run");
    let events = capture.0.into_inner().expect("lock");

    let mut arrival = HashMap::new();
    let mut cycles = Vec::new();
    let (mut enabled, mut started) = (0u64, 0u64);
    for (case, id, lifecycle, time) in &events {
        match (id.as_str(), lifecycle) {
            ("arrival", Lifecycle::Complete) => {
                assert!(
                    arrival.insert(*case, *time).is_none(),
                    "case {case} arrived twice"
                );
            }
            ("activated", Lifecycle::Complete) => {
                let from = arrival.get(case).expect("an activated case arrived first");
                cycles.push(time - from);
            }
            (_, Lifecycle::Enable) => enabled += 1,
            (_, Lifecycle::Start) => started += 1,
            _ => {}
        }
    }
    assert_eq!(arrival.len() as u32, r.overall.cases);
    assert_eq!(cycles.len() as u32, r.overall.completed);
    assert!(
        enabled > 0 && enabled <= started,
        "{enabled} enables, {started} starts"
    );
    let from_log = cycles.iter().sum::<f64>() / cycles.len() as f64;
    let engine = r.overall.kpi(KpiKind::CycleDays).expect("cycle").mean.value;
    assert!(
        (from_log - engine).abs() <= 1e-9 * engine,
        "mean cycle time from the log {from_log}, engine {engine}"
    );
    // The tail too: the log's p90 within the engine's 1 % histogram bins.
    cycles.sort_by(f64::total_cmp);
    let p90 = cycles[(0.9 * cycles.len() as f64).ceil() as usize - 1];
    let engine_p90 = r.overall.kpi(KpiKind::CycleDays).expect("cycle").p90.value;
    assert!(
        (p90 / engine_p90 - 1.0).abs() < 0.006,
        "p90 from the log {p90}, engine {engine_p90}"
    );
}
