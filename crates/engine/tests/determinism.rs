//! Same seed, same results, whatever the number of threads.

use std::sync::atomic::AtomicBool;

use touchmap_engine::sample::{AS_IS, triple_play};
use touchmap_engine::{RunConfig, run};

fn json(threads: Option<u32>, seed: u32) -> String {
    let model = triple_play();
    let mut cfg = RunConfig::new(&model);
    cfg.scenario = Some(AS_IS);
    cfg.cases = 8_000;
    cfg.seed = seed;
    cfg.threads = threads;
    let r = run(&cfg, &|_, _| {}, &AtomicBool::new(false), None).expect("run");
    serde_json::to_string(&r).expect("json")
}

#[test]
fn bit_identical_across_thread_counts() {
    let one = json(Some(1), 42);
    let four = json(Some(4), 42);
    assert_eq!(one, four);
    assert_eq!(one, json(None, 42));
}

#[test]
fn different_seeds_differ() {
    assert_ne!(json(Some(2), 1), json(Some(2), 2));
}

#[test]
fn rayon_pool_of_the_caller_gives_the_same_result() {
    let a = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .unwrap()
        .install(|| json(None, 7));
    let b = rayon::ThreadPoolBuilder::new()
        .num_threads(4)
        .build()
        .unwrap()
        .install(|| json(None, 7));
    assert_eq!(a, b);
}
