//! The improvement finder on the sample's as-is flow at 10,000 cases (issue target: 100
//! candidates × 10,000 cases in under 3 s on a 2-core machine). Prints the time of a
//! screened search (the app's default) and of a full one, and the top five findings.
//! `cargo bench -p touchmap-engine --bench improve`

use std::sync::atomic::AtomicBool;
use std::time::Instant;

use touchmap_engine::improve::{FinderConfig, Findings, Objective, Screening, find};
use touchmap_engine::sample::{AS_IS, triple_play};

/// The workbench's default first pass (`touchmap_workbench::SCREENING`).
const SCREENING: Screening = Screening {
    cases: 2_000,
    keep: 20,
};

/// CPU seconds this process has used (user + system), which a loaded machine disturbs far
/// less than wall time.
fn cpu_seconds() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // The fields after the command name, which is in parentheses: utime and stime are
    // the 14th and 15th fields of the line, in clock ticks (100 per second on Linux).
    let rest = stat.rsplit_once(')').map_or("", |(_, r)| r);
    let ticks: f64 = rest
        .split_whitespace()
        .skip(11)
        .take(2)
        .filter_map(|t| t.parse::<f64>().ok())
        .sum();
    ticks / 100.0
}

fn search(screening: Option<Screening>) -> (Findings, f64) {
    let model = triple_play();
    let mut cfg = FinderConfig::new(&model, Objective::P90Cycle);
    cfg.scenario = Some(AS_IS);
    cfg.screening = screening;
    let t = Instant::now();
    let found = find(&cfg, &|_, _| {}, &AtomicBool::new(false)).expect("find");
    (found, t.elapsed().as_secs_f64())
}

fn main() {
    let threads = rayon::current_num_threads();
    for (what, screening) in [("screened", Some(SCREENING)), ("full", None)] {
        let mut secs = Vec::new();
        let mut last = None;
        let cpu = cpu_seconds();
        for _ in 0..3 {
            let (found, s) = search(screening);
            secs.push(s);
            last = Some(found);
        }
        let cpu = (cpu_seconds() - cpu) / 3.0;
        secs.sort_by(f64::total_cmp);
        let found = last.expect("three searches");
        println!(
            "finder, sample as-is, p90 cycle, {} candidates × {} cases, {what}: median {:.2} s (min {:.2}, max {:.2}) on {threads} thread(s), {cpu:.2} CPU-s each",
            found.candidates, found.cases, secs[1], secs[0], secs[2]
        );
        println!("  baseline p90 {:.2} days; top five:", found.baseline);
        for f in found.findings.iter().take(5) {
            let ci = |x: Option<f64>| x.map_or("?".to_owned(), |v| format!("{v:+.2}"));
            println!(
                "  {}. {}: {:+.2} days [{}, {}]",
                f.rank,
                f.candidate.description,
                f.effect.diff,
                ci(f.effect.ci_low),
                ci(f.effect.ci_high)
            );
        }
    }
}
