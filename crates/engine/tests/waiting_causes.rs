//! Waiting explained by cause, on models where the answer is known: a pool open all week
//! under load (contention only, against Erlang C), an idle pool with office hours
//! (unavailability only, worked out by hand), a fixed modelled wait (extraneous only,
//! exact), and a model with all three whose causes add up to the waiting.

mod common;

use common::*;
use touchmap_engine::model::{Dist, Node, ResourcePool, Wait, WeeklyCalendar};
use touchmap_engine::stats::{GroupResult, StepStats, WaitingCause};

fn step<'a>(g: &'a GroupResult, id: &str) -> &'a StepStats {
    g.step(id).unwrap_or_else(|| panic!("no step {id}"))
}

/// The mean of `cause` at `id`, with the causes that must be exactly zero there.
fn only(s: &StepStats, cause: WaitingCause) -> f64 {
    for other in WaitingCause::ALL.into_iter().filter(|&c| c != cause) {
        let stat = s.waiting_causes.get(other);
        assert_eq!(stat.mean.value, 0.0, "{}: {other:?}", s.node_id);
        assert_eq!(stat.p90.value, 0.0, "{}: {other:?}", s.node_id);
    }
    s.waiting_causes.get(cause).mean.value
}

fn erlang_c(c: u32, a: f64) -> f64 {
    let mut term = 1.0;
    let mut sum = 1.0;
    for k in 1..c {
        term *= a / f64::from(k);
        sum += term;
    }
    let top = term * a / f64::from(c) * f64::from(c) / (f64::from(c) - a);
    top / (sum + top)
}

#[test]
fn a_pool_open_all_week_under_load_waits_by_contention_only() {
    let (c, lambda, mu) = (2u32, 1.4, 1.0);
    let m = one_pool(Dist::exp(1.0 / mu), c, None, lambda);
    let r = simulate(&m, 40_000, 3);
    assert_causes_add_up(&r);
    let s = step(&r.overall, "serve");
    let contention = only(s, WaitingCause::Contention);
    assert!(
        (contention - s.mean_waiting_days).abs() < 1e-9,
        "{contention}"
    );
    // M/M/2: mean wait in queue C/(cμ−λ); P(Wq > t) = C·e^{−(cμ−λ)t}, so p90 = ln(10C)/(cμ−λ).
    let ec = erlang_c(c, lambda / mu);
    let drain = f64::from(c) * mu - lambda;
    let stat = &s.waiting_causes.contention;
    for (what, est, want) in [
        ("mean", &stat.mean, ec / drain),
        ("p90", &stat.p90, (10.0 * ec).ln() / drain),
    ] {
        let half = (est.ci_high.unwrap() - est.ci_low.unwrap()) / 2.0;
        // Twice the run's own interval, plus the 5 % bins of the p90's histogram.
        let tolerance = 2.0 * half + 0.025 * want;
        assert!(
            (est.value - want).abs() <= tolerance,
            "{what} contention {} vs Erlang C {want} (± {tolerance})",
            est.value
        );
    }
}

/// Closed Monday–Friday 17:00–9:00 (four nights of 16 h) and Friday 17:00 to Monday 9:00
/// (64 h) of the 168 h week.
const CLOSED_HOURS: [f64; 5] = [16.0, 16.0, 16.0, 16.0, 64.0];

#[test]
fn an_idle_pool_with_office_hours_waits_by_unavailability_only() {
    // No arrivals: each case runs alone (the pool is idle) from a random moment of the week.
    let mut t = task("visit", Dist::fixed(0.01));
    t.resource = Some("techs".into());
    let m = with_pools(
        model(chain(vec![Node::Task(t)])),
        vec![ResourcePool {
            id: "techs".into(),
            name: "Technicians".into(),
            capacity: 1,
            calendar: Some(WeeklyCalendar::office(9.0, 17.0, false)),
            cost_per_hour: None,
        }],
        None,
    );
    let n = 10_000;
    let r = simulate(&m, n, 8);
    assert_causes_add_up(&r);
    let s = step(&r.overall, "visit");
    let got = only(s, WaitingCause::Unavailability);
    // By hand: arriving uniformly in a closed stretch of L hours waits L/2 on average, so
    // E[W] = Σ L²/2 / 168 h = 2560/168 h and E[W²] = Σ L³/3 / 168 h.
    let week = 168.0;
    let mean_h: f64 = CLOSED_HOURS.iter().map(|l| l * l / 2.0).sum::<f64>() / week;
    let square_h: f64 = CLOSED_HOURS.iter().map(|l| l * l * l / 3.0).sum::<f64>() / week;
    let se_h = ((square_h - mean_h * mean_h) / f64::from(n)).sqrt();
    close("mean unavailability (h)", got * 24.0, mean_h, se_h);
    assert!((mean_h - 2560.0 / 168.0).abs() < 1e-12);
    // p90: P(W > w) = Σ (L − w)⁺ / 168 = 0.1 → only the weekend is longer than 16.8 h:
    // 64 − w = 16.8, w = 47.2 h.
    let p90 = &s.waiting_causes.unavailability.p90;
    let want = 47.2 / 24.0;
    assert!(
        (p90.value - want).abs() <= 0.03 * want,
        "p90 {} days vs {want}",
        p90.value
    );
}

#[test]
fn a_fixed_modelled_wait_is_extraneous_only_and_exact() {
    let wait = Node::Wait(Wait {
        id: "slot".into(),
        name: "Wait for a technician slot".into(),
        duration: Dist::fixed(3.0),
        silo: String::new(),
    });
    let r = simulate(
        &model(chain(vec![
            wait,
            Node::Task(task("visit", Dist::fixed(0.1))),
        ])),
        2_000,
        1,
    );
    assert_causes_add_up(&r);
    let slot = step(&r.overall, "slot");
    // Exact up to the rounding of (arrival + 3) − arrival.
    let exact = |what: &str, v: f64| assert!((v - 3.0).abs() < 1e-12, "{what}: {v}");
    exact("mean", only(slot, WaitingCause::Extraneous));
    exact("p90", slot.waiting_causes.extraneous.p90.value);
    let visit = step(&r.overall, "visit");
    assert_eq!(only(visit, WaitingCause::Extraneous), 0.0);
}

#[test]
fn on_a_mixed_model_the_causes_add_up_to_the_waiting() {
    // A desk open all week, a modelled slot of 3–10 days, technicians on office hours.
    let mut order = task("order", Dist::exp(1.0));
    order.resource = Some("desk".into());
    let slot = Node::Wait(Wait {
        id: "slot".into(),
        name: "Wait for a technician slot".into(),
        duration: Dist::uniform(3.0, 10.0),
        silo: String::new(),
    });
    let mut visit = task("visit", Dist::fixed(0.2));
    visit.resource = Some("techs".into());
    let m = with_pools(
        model(chain(vec![Node::Task(order), slot, Node::Task(visit)])),
        vec![
            ResourcePool {
                id: "desk".into(),
                name: "Desk".into(),
                capacity: 1,
                calendar: None,
                cost_per_hour: None,
            },
            ResourcePool {
                id: "techs".into(),
                name: "Technicians".into(),
                capacity: 1,
                calendar: Some(WeeklyCalendar::office(9.0, 17.0, false)),
                cost_per_hour: None,
            },
        ],
        Some(0.7),
    );
    let r = simulate(&m, 10_000, 5);
    assert_causes_add_up(&r);
    // The CLI's table names each cause of each step that waited.
    let table = touchmap_engine::report::render_run_table(&r);
    let section = table
        .split("Waiting before each step by cause")
        .nth(1)
        .expect("waiting table");
    for cause in ["contention", "unavailability", "extraneous"] {
        assert!(section.contains(cause), "{cause}: {section}");
    }
    let g = &r.segments[0];
    let order = step(g, "order");
    assert!(only(order, WaitingCause::Contention) > 0.5);
    assert!(
        (only(step(g, "slot"), WaitingCause::Extraneous) - 6.5).abs() < 0.1,
        "{:?}",
        step(g, "slot").waiting_causes.extraneous
    );
    // The technicians are both busy and closed: each cause has its part.
    let visit = &step(g, "visit").waiting_causes;
    assert!(visit.unavailability.mean.value > 0.1, "{visit:?}");
    assert!(visit.contention.mean.value > 0.0, "{visit:?}");
    assert_eq!(visit.extraneous.mean.value, 0.0);
    // Every cause has an interval over the replications; batching and priorities, zero in
    // each of them, have none to speak of.
    for c in WaitingCause::ALL {
        let e = &visit.get(c).mean;
        assert!(e.ci_low.is_some() && e.ci_high >= e.ci_low, "{c:?}: {e:?}");
    }
    assert_eq!(
        (visit.batching.mean.ci_low, visit.batching.mean.ci_high),
        (Some(0.0), Some(0.0))
    );
}

/// Per case: in runs of one case, each step's causes add up to that case's waiting.
#[test]
fn in_runs_of_one_case_the_causes_add_up_to_its_waiting() {
    let mut visit = task("visit", Dist::exp(0.3));
    visit.resource = Some("techs".into());
    let slot = Node::Wait(Wait {
        id: "slot".into(),
        name: "Customer's own delay".into(),
        duration: Dist::exp(2.0),
        silo: String::new(),
    });
    let m = with_pools(
        model(chain(vec![Node::Task(visit.clone()), slot])),
        vec![ResourcePool {
            id: "techs".into(),
            name: "Technicians".into(),
            capacity: 1,
            calendar: Some(WeeklyCalendar::office(9.0, 17.0, false)),
            cost_per_hour: None,
        }],
        None,
    );
    let mut waited = 0;
    for seed in 1..=40 {
        let r = simulate(&m, 1, seed);
        assert_causes_add_up(&r);
        let s = step(&r.overall, "visit");
        waited += usize::from(s.mean_waiting_days > 0.0);
        assert_eq!(
            s.waiting_causes.unavailability.p90.value, s.waiting_causes.unavailability.mean.value,
            "one execution: its p90 is its value"
        );
    }
    assert!(
        waited > 10,
        "only {waited} of 40 cases arrived while closed"
    );
}
