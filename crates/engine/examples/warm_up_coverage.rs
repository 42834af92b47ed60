//! How often the 95 % interval of the mean wait of a 10,000-case run covers the closed
//! form, on an M/M/1 pool at 80 % load, for several replication and warm-up settings (the
//! evidence for the defaults, see `docs/warm-up.md`).
//!
//! `cargo run --release -p touchmap-engine --example warm_up_coverage [SEEDS] [RxW ...]`
//!
//! `RxW` is R replications with W warm-up cases each (`-` = the engine's defaults); without
//! one, the settings of the tables in `docs/warm-up.md`. Per setting it prints the engine's
//! interval (covered; missed with the interval below or above the truth; mean half-width),
//! the mean error, the skewness and excess kurtosis of one replication's mean, and the
//! correlation over seeds between the estimate and the interval's width; then, on the same
//! replication means, the coverage of two skewness-aware intervals and of the interval the
//! true standard error would give (what estimating it from the replications costs).

use std::sync::atomic::AtomicBool;
use std::time::Instant;

use touchmap_engine::model::{
    Actor, Arrivals, Dist, Edge, Flow, FlowModel, Node, ResourcePool, Segment, Task,
};
use touchmap_engine::stats::{KpiKind, mean_sd, t975};
use touchmap_engine::{RunConfig, run};

/// One task on one server: exponential service of mean 1 day, `load` orders a day.
fn mm1(load: f64) -> FlowModel {
    let mut task = Task::new(
        "serve",
        "Serve",
        Dist::exp(1.0),
        Actor::Agent,
        "Phone",
        "Desk",
    );
    task.resource = Some("desk".into());
    let flow = Flow {
        id: "mm1".into(),
        name: "M/M/1".into(),
        nodes: vec![
            Node::Start(Node::marker("s", "Start")),
            Node::Task(task),
            Node::End(Node::marker("e", "End")),
        ],
        edges: vec![Edge::new("s", "serve"), Edge::new("serve", "e")],
    };
    let segment = Segment {
        id: "all".into(),
        name: "All".into(),
        share: 1.0,
        patience_days: None,
        patience_contacts: None,
        channel_multipliers: Default::default(),
        priority: 0,
    };
    let mut m = FlowModel::from_flow("M/M/1", flow, vec![segment], Vec::new());
    m.resources = vec![ResourcePool {
        id: "desk".into(),
        name: "Desk".into(),
        capacity: 1,
        calendar: None,
        cost_per_hour: None,
    }];
    m.arrivals = Some(Arrivals::poisson(
        [("all".to_owned(), load)].into_iter().collect(),
    ));
    m
}

/// A replication count and warm-up per replication, as `RxW` on the command line
/// (`6x166`); `-` for the engine's default.
fn parse_setting(s: &str) -> Option<(Option<u32>, Option<u32>)> {
    if s == "-" {
        return Some((None, None));
    }
    let (r, w) = s.split_once('x')?;
    Some((Some(r.parse().ok()?), Some(w.parse().ok()?)))
}

/// Hall's (1992) skewness-corrected interval of the mean of `xs` with quantile `q`.
fn hall(xs: &[f64], q: f64) -> (f64, f64) {
    let n = xs.len() as f64;
    let (m, s) = mean_sd(xs);
    let (g, _) = shape(xs);
    let a = g / (3.0 * n.sqrt());
    let b = a / 2.0;
    let inv = |x: f64| {
        if a.abs() < 1e-12 {
            x - b
        } else {
            ((1.0 + 3.0 * a * (x - b)).cbrt() - 1.0) / a
        }
    };
    let se = s / n.sqrt();
    (m - se * inv(q), m - se * inv(-q))
}

/// Cox's interval of a log-normal mean (modified, with the t quantile `q`), on `xs`.
fn cox(xs: &[f64], q: f64) -> (f64, f64) {
    let n = xs.len() as f64;
    let ys: Vec<f64> = xs.iter().map(|x| x.ln()).collect();
    let (m, s) = mean_sd(&ys);
    let v = s * s;
    let centre = m + v / 2.0;
    let h = q * (v / n + v * v / (2.0 * (n - 1.0))).sqrt();
    ((centre - h).exp(), (centre + h).exp())
}

/// Skewness and excess kurtosis of a sample.
fn shape(xs: &[f64]) -> (f64, f64) {
    let n = xs.len() as f64;
    let m = xs.iter().sum::<f64>() / n;
    let c = |p: i32| xs.iter().map(|x| (x - m).powi(p)).sum::<f64>() / n;
    let v = c(2);
    (c(3) / v.powf(1.5), c(4) / (v * v) - 3.0)
}

/// How often intervals covered the truth, and where they missed it.
#[derive(Default)]
struct Tally {
    covered: u32,
    /// Intervals lying below the truth (the estimate read it short).
    low: u32,
    high: u32,
    /// Sum of half-widths relative to the truth.
    half: f64,
    runs: u32,
}

impl Tally {
    fn add(&mut self, (lo, hi): (f64, f64), truth: f64) {
        self.covered += u32::from(lo <= truth && truth <= hi);
        self.low += u32::from(hi < truth);
        self.high += u32::from(lo > truth);
        self.half += (hi - lo) / 2.0 / truth;
        self.runs += 1;
    }

    fn pct(&self, k: u32) -> f64 {
        100.0 * f64::from(k) / f64::from(self.runs)
    }

    /// Covered %, missed low %, missed high %, mean half-width %.
    fn line(&self) -> String {
        format!(
            "{:>7.1}% {:>5.1}% {:>5.1}% {:>6.1}",
            self.pct(self.covered),
            self.pct(self.low),
            self.pct(self.high),
            100.0 * self.half / f64::from(self.runs)
        )
    }
}

/// Pearson correlation of two samples.
fn correlation(xs: &[f64], ys: &[f64]) -> f64 {
    let (mx, sx) = mean_sd(xs);
    let (my, sy) = mean_sd(ys);
    let n = xs.len() as f64;
    let c = xs
        .iter()
        .zip(ys)
        .map(|(x, y)| (x - mx) * (y - my))
        .sum::<f64>()
        / (n - 1.0);
    c / (sx * sy)
}

fn main() {
    let mut args = std::env::args().skip(1);
    let seeds: u32 = args.next().and_then(|s| s.parse().ok()).unwrap_or(200);
    let named: Vec<_> = args.filter_map(|s| parse_setting(&s)).collect();
    let settings = if named.is_empty() {
        vec![
            (Some(20), Some(0)),
            (Some(20), Some(250)),
            (Some(10), Some(0)),
            (Some(10), Some(200)),
            (Some(5), Some(0)),
            (Some(5), Some(200)),
            (Some(4), Some(250)),
            (Some(3), Some(333)),
            (None, None),
        ]
    } else {
        named
    };
    let load = 0.8;
    let m = mm1(load);
    // Mean time in system: 1 / (μ − λ); waiting before service: ρ / (μ − λ).
    let truth = load / (1.0 - load);
    println!("M/M/1 at ρ = {load}: mean wait {truth}; 10,000 cases, {seeds} seeds");
    println!(
        "{:>5} {:>7} {:>9} {:>8} {:>6} {:>6} {:>6} {:>7} {:>6} {:>6} {:>6} {:>8}",
        "reps",
        "warm-up",
        "simulated",
        "covered",
        "low",
        "high",
        "half%",
        "error%",
        "skew",
        "kurt",
        "corr",
        "ms/run"
    );
    for (reps, warm) in settings {
        // The engine's t-interval, and on the same replication means: Cox's interval of a
        // log-normal mean, Hall's skewness-corrected t, and the known standard error.
        let (mut engine, mut cox_t, mut hall_t, mut known) = Default::default();
        let (mut rep_means, mut estimates, mut halves) = (Vec::new(), Vec::new(), Vec::new());
        let t = Instant::now();
        let (mut reps_used, mut warm_used) = (0, 0);
        for seed in 1..=seeds {
            let mut cfg = RunConfig::new(&m);
            cfg.cases = 10_000;
            cfg.seed = seed;
            cfg.replications = reps;
            cfg.warm_up = warm;
            let r = run(&cfg, &|_, _| {}, &AtomicBool::new(false), None).expect("run");
            (reps_used, warm_used) = (r.replications, r.warm_up_cases);
            let w = &r.overall.kpi(KpiKind::WaitingDays).expect("waiting").mean;
            let (lo, hi) = (w.ci_low.expect("ci"), w.ci_high.expect("ci"));
            Tally::add(&mut engine, (lo, hi), truth);
            let q = t975(w.replications.len() as f64 - 1.0);
            Tally::add(&mut cox_t, cox(&w.replications, q), truth);
            Tally::add(&mut hall_t, hall(&w.replications, q), truth);
            rep_means.extend(w.replications.iter().copied());
            estimates.push(w.value);
            halves.push(hi - lo);
        }
        // The true standard error: the spread of the estimates over seeds.
        let (_, se) = mean_sd(&estimates);
        for e in &estimates {
            Tally::add(&mut known, (e - 1.959_964 * se, e + 1.959_964 * se), truth);
        }
        let (mean, _) = mean_sd(&estimates);
        // The shape of one replication's mean (pooled over seeds): a t-interval assumes 0, 0.
        let (skew, kurt) = shape(&rep_means);
        println!(
            "{reps_used:>5} {warm_used:>7} {:>9} {} {:>+7.2} {:>6.2} {:>6.2} {:>6.2} {:>8.2}",
            10_000 + reps_used * warm_used,
            engine.line(),
            100.0 * (mean / truth - 1.0),
            skew,
            kurt,
            correlation(&estimates, &halves),
            t.elapsed().as_secs_f64() * 1e3 / f64::from(seeds)
        );
        println!("{:>23} {}  Cox (log-normal mean)", "", cox_t.line());
        println!("{:>23} {}  Hall (skewness-corrected t)", "", hall_t.line());
        println!(
            "{:>23} {}  known standard error ({:.1} %)",
            "",
            known.line(),
            100.0 * se / truth
        );
    }
}
