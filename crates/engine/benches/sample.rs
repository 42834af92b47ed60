//! The sample's as-is flow at 100,000 cases.
//! `cargo bench -p touchmap-engine --bench sample`

use std::hint::black_box;
use std::sync::atomic::AtomicBool;
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use touchmap_engine::sample::{AS_IS, triple_play};
use touchmap_engine::{RunConfig, RunResult, run};

fn simulate(cases: u32, threads: Option<u32>) -> RunResult {
    simulate_with(cases, threads, None, None)
}

fn simulate_with(
    cases: u32,
    threads: Option<u32>,
    replications: Option<u32>,
    warm_up: Option<u32>,
) -> RunResult {
    let model = triple_play();
    let mut cfg = RunConfig::new(&model);
    cfg.scenario = Some(AS_IS);
    cfg.cases = cases;
    cfg.threads = threads;
    cfg.replications = replications;
    cfg.warm_up = warm_up;
    run(&cfg, &|_, _| {}, &AtomicBool::new(false), None).expect("run")
}

/// The live what-if estimate (10,000 cases): median engine time of 21 runs, with the
/// replications and warm-up of before `docs/warm-up.md` and with today's defaults.
fn live_estimate() {
    for (what, replications, warm_up) in [
        ("20 replications, no warm-up (before)", Some(20), Some(0)),
        ("default replications and warm-up", None, None),
    ] {
        let mut ms: Vec<f64> = (0..21)
            .map(|_| {
                let t = Instant::now();
                black_box(simulate_with(10_000, None, replications, warm_up));
                t.elapsed().as_secs_f64() * 1e3
            })
            .collect();
        ms.sort_by(f64::total_cmp);
        println!(
            "sample as-is, live estimate of 10000 cases, {what}: median {:.1} ms (min {:.1}, max {:.1})",
            ms[10], ms[0], ms[20]
        );
    }
}

fn peak_rss_mib() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse::<f64>().ok())
        })
        .map_or(f64::NAN, |kib| kib / 1024.0)
}

fn report() {
    live_estimate();
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    for (cases, threads) in [(100_000, None), (100_000, Some(1))] {
        let t = Instant::now();
        let r = simulate(cases, threads);
        let s = t.elapsed().as_secs_f64();
        let th = threads.map_or(cores, |t| t as usize);
        println!(
            "sample as-is: {cases} cases on {th} thread(s) in {s:.3} s; {:.0} task executions, {:.2} M task events/s ({:.2} M/s per thread; an event = one task execution)",
            r.task_events,
            r.task_events / s / 1e6,
            r.task_events / s / 1e6 / th as f64
        );
    }
    for cases in [10_000, 100_000, 1_000_000] {
        let _ = simulate(cases, None);
        println!("peak RSS after {cases} cases: {:.1} MiB", peak_rss_mib());
    }
}

fn bench(c: &mut Criterion) {
    report();
    c.bench_function("sample as-is, 100k cases", |b| {
        b.iter(|| black_box(simulate(100_000, None)))
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10).measurement_time(Duration::from_secs(8)).warm_up_time(Duration::from_secs(1));
    targets = bench
}
criterion_main!(benches);
