//! Prints the sample's KPIs per scenario (used to calibrate it; see
//! crates/engine/CALIBRATION.md): the workspace sample, derived as the app runs it, with
//! the journey emotions of its steps.
//! `cargo run --release -p touchmap-workbench --example calibrate [cases]`

use std::sync::atomic::AtomicBool;

use touchmap_engine::report::render_run_table;
use touchmap_workbench::{RunRequest, SimulationInput, run};

fn main() {
    let cases = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(20_000);
    let document = touchmap_store::sample::document();
    let input = match SimulationInput::from_document(&document, &document.bundles[0].id, None) {
        Ok(input) => input,
        Err(error) => return eprintln!("{error}"),
    };
    for scenario in ["as-is", "to-be"] {
        let request = RunRequest {
            scenario: Some(scenario.into()),
            segment: None,
            cases,
            seed: 1,
        };
        let t = std::time::Instant::now();
        match run(&input, &request, &|_, _| {}, &AtomicBool::new(false), None) {
            Ok(r) => {
                println!("{}", render_run_table(&r));
                println!("({:.2} s)", t.elapsed().as_secs_f64());
            }
            Err(e) => println!("{scenario}: {e}"),
        }
    }
}
