//! The backend's share of a what-if re-run on the sample, timed: reading the simulation
//! input (derived afresh, and from the app's cache while nothing was written), the
//! 10,000-case run, and the result's JSON (what crosses to the window).
//! `cargo run --release -p touchmap-workbench --example whatif_backend`
#![allow(clippy::unwrap_used)] // a measuring script fails loudly
use std::sync::atomic::AtomicBool;
use std::time::Instant;
use touchmap_store::{Workspace, sample};
use touchmap_workbench::{InputCache, RunRequest, run, simulation_input};

#[tokio::main]
async fn main() {
    let dir = tempfile::tempdir().unwrap();
    let ws = Workspace::create(&dir.path().join("s.touchmap"), &sample::document(), false)
        .await
        .unwrap();
    let bundle = ws.bundles().await.unwrap()[0].id.clone();
    let cache = InputCache::default();
    cache.input(&ws, &bundle, None).await.unwrap();
    for _ in 0..5 {
        let t0 = Instant::now();
        let input = simulation_input(&ws, &bundle, None).await.unwrap();
        let derived = t0.elapsed();
        let t0 = Instant::now();
        let cached = cache.input(&ws, &bundle, None).await.unwrap();
        let from_cache = t0.elapsed();
        assert_eq!(cached.model, input.model);
        let req = RunRequest {
            scenario: None,
            segment: None,
            cases: 10_000,
            seed: 1,
        };
        let t1 = Instant::now();
        let r = run(&input, &req, &|_, _| {}, &AtomicBool::new(false), None).unwrap();
        let t2 = Instant::now();
        let json = serde_json::to_string(&r).unwrap();
        let t3 = Instant::now();
        println!(
            "input {derived:?} (cached {from_cache:?}) run {:?} json {:?} ({} KB)",
            t2 - t1,
            t3 - t2,
            json.len() / 1024
        );
    }
}
