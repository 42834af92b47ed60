//! Prints the sample's KPIs per scenario (used to calibrate it; see CALIBRATION.md).
//! `cargo run --release -p touchmap-engine --example calibrate [cases]`

use std::sync::atomic::AtomicBool;

use touchmap_engine::report::render_run_table;
use touchmap_engine::sample::{AS_IS, TO_BE, journey_emotions, triple_play};
use touchmap_engine::{RunConfig, run};

fn main() {
    let cases = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(20_000);
    let model = triple_play();
    for scenario in [AS_IS, TO_BE] {
        let mut cfg = RunConfig::new(&model);
        cfg.scenario = Some(scenario);
        cfg.cases = cases;
        cfg.emotions = journey_emotions();
        let t = std::time::Instant::now();
        match run(&cfg, &|_, _| {}, &AtomicBool::new(false), None) {
            Ok(r) => {
                println!("{}", render_run_table(&r));
                println!("({:.2} s)", t.elapsed().as_secs_f64());
            }
            Err(e) => println!("{scenario}: {e}"),
        }
    }
}
