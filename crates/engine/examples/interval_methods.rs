//! Two more ways to put a 95 % interval on the mean wait of 10,000 orders of an M/M/1 pool
//! at 80 % load, against the engine's (the t-interval over six replication means), measured
//! on waits drawn directly from the Lindley recursion W' = max(0, W + S − A), so the figures
//! do not depend on the engine (the evidence in `docs/warm-up.md`):
//!
//! - batch means inside each replication: each replication cut into `b` batches, the
//!   t-interval over all 6·b batch means (more degrees of freedom from the same orders);
//! - the regenerative method: one stream of 10,000 orders from empty, cut where an order
//!   finds the pool idle, the ratio estimator's normal interval over the cycles.
//!
//! `cargo run --release -p touchmap-engine --example interval_methods [SEEDS]`

use rand::SeedableRng;
use rand_distr::{Distribution, Exp};
use rand_pcg::Pcg64Mcg;
use touchmap_engine::stats::{mean_sd, t975};

/// Orders a day, and services a day: ρ = 0.8, mean wait before service ρ/(μ − λ) = 4 days.
const LAMBDA: f64 = 0.8;
const MU: f64 = 1.0;
const TRUTH: f64 = LAMBDA / (MU * (MU - LAMBDA));

/// `n` successive waits after `warm_up` unmeasured ones, from an empty pool.
fn waits(rng: &mut Pcg64Mcg, warm_up: usize, n: usize) -> Vec<f64> {
    let rate = |r: f64| Exp::new(r).expect("a positive rate");
    let (service, gap) = (rate(MU), rate(LAMBDA));
    let mut w = 0.0_f64;
    let mut out = Vec::with_capacity(n);
    for i in 0..warm_up + n {
        if i >= warm_up {
            out.push(w);
        }
        w = (w + service.sample(rng) - gap.sample(rng)).max(0.0);
    }
    out
}

fn main() {
    let seeds: u64 = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(4_000);
    let (replications, warm_up, per) = (6, 166, 1_667);
    let batchings = [1, 2, 3, 4, 8];
    let mut covered = vec![0_u32; batchings.len()];
    let mut regenerative = 0_u32;
    for seed in 1..=seeds {
        let mut rng = Pcg64Mcg::seed_from_u64(seed);
        let reps: Vec<Vec<f64>> = (0..replications)
            .map(|_| waits(&mut rng, warm_up, per))
            .collect();
        let all: f64 = reps.iter().flatten().sum::<f64>() / (replications * per) as f64;
        for (k, &b) in batchings.iter().enumerate() {
            let size = per / b;
            let means: Vec<f64> = reps
                .iter()
                .flat_map(|r| r.chunks_exact(size).take(b))
                .map(|c| c.iter().sum::<f64>() / c.len() as f64)
                .collect();
            let (_, sd) = mean_sd(&means);
            let half = t975(means.len() as f64 - 1.0) * sd / (means.len() as f64).sqrt();
            covered[k] += u32::from((all - TRUTH).abs() <= half);
        }
        // One stream from empty (a regeneration point): cycles start at each idle arrival.
        let stream = waits(&mut rng, 0, replications * per);
        let starts: Vec<usize> = (0..stream.len()).filter(|&i| stream[i] == 0.0).collect();
        let cycles: Vec<(f64, f64)> = starts
            .windows(2)
            .map(|w| (stream[w[0]..w[1]].iter().sum(), (w[1] - w[0]) as f64))
            .collect();
        let (y, l): (f64, f64) = cycles
            .iter()
            .fold((0.0, 0.0), |(y, l), c| (y + c.0, l + c.1));
        let estimate = y / l;
        let residuals: Vec<f64> = cycles.iter().map(|c| c.0 - estimate * c.1).collect();
        let (_, sd) = mean_sd(&residuals);
        let n = cycles.len() as f64;
        let half = 1.96 * sd / n.sqrt() / (l / n);
        regenerative += u32::from((estimate - TRUTH).abs() <= half);
    }
    let pct = |k: u32| 100.0 * f64::from(k) / seeds as f64;
    println!(
        "M/M/1 at 80 % load, mean wait {TRUTH:.1} days, {seeds} seeds, {replications} × {per} orders (+{warm_up} warm-up each):"
    );
    for (k, &b) in batchings.iter().enumerate() {
        println!(
            "  {b} batch(es) per replication ({} degrees of freedom): covered {:.1} %",
            replications * b - 1,
            pct(covered[k])
        );
    }
    println!(
        "  regenerative, one stream of {} orders: covered {:.1} %",
        replications * per,
        pct(regenerative)
    );
}
