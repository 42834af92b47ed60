//! Cost per case, worked by hand: pools' working time at their cost per hour, contacts at
//! their channel's cost per contact.

mod common;

use common::*;
use touchmap_engine::compare::compare;
use touchmap_engine::model::{Contacts, Dist, FlowModel, Node, ResourcePool};
use touchmap_engine::report::render_run_table;
use touchmap_engine::stats::KpiKind;
use touchmap_engine::validate::validate;

/// One task of exactly 2 h on a pool at `per_hour` an hour, with one call on the phone at
/// 5 a call; `orders_per_day` as a stream, or independent cases.
fn priced(per_hour: f64, orders_per_day: Option<f64>) -> FlowModel {
    let mut t = task("install", Dist::fixed(2.0 / 24.0));
    t.resource = Some("desk".into());
    t.contacts = Contacts {
        calls: 1,
        ..Contacts::default()
    };
    let mut m = with_pools(
        model(chain(vec![Node::Task(t)])),
        vec![ResourcePool {
            id: "desk".into(),
            name: "Desk".into(),
            capacity: 1,
            calendar: None,
            cost_per_hour: Some(per_hour),
        }],
        orders_per_day,
    );
    m.contact_costs.insert("Phone".into(), 5.0);
    m
}

#[test]
fn one_task_of_two_hours_at_30_an_hour_and_one_call_at_5_cost_65_per_case() {
    for orders in [None, Some(6.0)] {
        let m = priced(30.0, orders);
        validate(&m).expect("valid");
        let r = simulate(&m, 2_000, 1);
        for g in std::iter::once(&r.overall).chain(&r.segments) {
            let cost = g.kpi(KpiKind::Cost).expect("a cost KPI");
            assert_eq!(cost.n, g.cases);
            assert!((cost.mean.value - 65.0).abs() < 1e-9, "{}", cost.mean.value);
            assert!((cost.p90.value - 65.0).abs() < 1e-9, "{}", cost.p90.value);
            assert_eq!(cost.sd, 0.0);
        }
    }
}

#[test]
fn cost_is_compared_and_tabled_and_absent_without_prices() {
    let a = simulate(&priced(30.0, None), 2_000, 1);
    let b = simulate(&priced(60.0, None), 2_000, 1);
    let c = compare(&a, &b);
    let cost = c.segments[0]
        .kpis
        .iter()
        .find(|k| k.kind == KpiKind::Cost)
        .expect("cost compared");
    assert!((cost.mean.diff - 60.0).abs() < 1e-9, "{}", cost.mean.diff);
    assert!(render_run_table(&a).contains("Cost per case"));

    let mut unpriced = priced(30.0, None);
    unpriced.resources[0].cost_per_hour = None;
    unpriced.contact_costs.clear();
    let r = simulate(&unpriced, 500, 1);
    assert!(r.overall.kpi(KpiKind::Cost).is_none());
}

#[test]
fn a_negative_cost_is_refused_naming_the_pool_or_channel() {
    let mut m = priced(-1.0, None);
    m.contact_costs.insert("Shop".into(), f64::NAN);
    let message = validate(&m).unwrap_err().to_string();
    assert!(
        message.contains("“Desk”: the cost per hour must be ≥ 0"),
        "{message}"
    );
    assert!(
        message.contains("channel “Shop”: the cost per contact"),
        "{message}"
    );
}
