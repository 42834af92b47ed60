//! Costs and arrival patterns are edited in the workspace records (a channel's cost per
//! contact, a pool's cost per hour, the activation's weekly profile), kept by the file and
//! derived into what the simulation runs.
#![allow(clippy::unwrap_used)] // test helpers fail loudly by design

mod common;

use std::sync::atomic::AtomicBool;

use touchmap_engine::model::{ArrivalBand, Weekday};
use touchmap_engine::stats::KpiKind;
use touchmap_model::Entity;
use touchmap_store::{Change, Workspace};
use touchmap_workbench::{RunRequest, run, simulation_input};

use common::open_sample;

#[tokio::test]
async fn contact_costs_and_a_weekly_profile_are_kept_and_simulated() {
    let s = open_sample().await;
    let mut changes: Vec<Change> = s
        .document
        .channels
        .iter()
        .map(|c| {
            let mut c = c.clone();
            c.contact_cost = Some(5.0);
            Change::Put {
                entity: Entity::Channel(c),
            }
        })
        .collect();
    let mut activation = s.document.activations[0].clone();
    activation.weekly_profile = [Weekday::Monday, Weekday::Tuesday]
        .into_iter()
        .map(|day| ArrivalBand {
            day,
            from_hour: 8.0,
            to_hour: 18.0,
            weight: 1.0,
        })
        .collect();
    changes.push(Change::Put {
        entity: Entity::Activation(activation.clone()),
    });
    s.workspace.apply("Prices", &changes).await.unwrap();

    // What the file keeps, read back by a new connection.
    let path = s.workspace.path().to_owned();
    s.workspace.close().await;
    let workspace = Workspace::open(&path).await.unwrap();
    let document = workspace.snapshot().await.unwrap();
    assert!(
        document
            .channels
            .iter()
            .all(|c| c.contact_cost == Some(5.0))
    );
    assert_eq!(
        document.activations[0].weekly_profile,
        activation.weekly_profile
    );

    let input = simulation_input(&workspace, &s.bundle, None).await.unwrap();
    assert_eq!(input.model.contact_costs.len(), document.channels.len());
    let arrivals = input.model.arrivals.as_ref().unwrap();
    assert_eq!(arrivals.weekly_profile, activation.weekly_profile);
    let request = RunRequest {
        scenario: Some("to-be".into()),
        segment: None,
        cases: 2_000,
        seed: 3,
    };
    let result = run(&input, &request, &|_, _| {}, &AtomicBool::new(false), None).unwrap();
    // Every contact costs 5 and the pools nothing: each case costs 5 × its contacts.
    let (cost, contacts) = (
        result.overall.kpi(KpiKind::Cost).unwrap(),
        result.overall.kpi(KpiKind::Contacts).unwrap(),
    );
    assert!(contacts.mean.value > 1.0);
    assert!((cost.mean.value - 5.0 * contacts.mean.value).abs() < 1e-9);
    // Percentiles of a cost come from bins 1 % wide (a count's are exact).
    let p90 = cost.p90.value / (5.0 * contacts.p90.value);
    assert!(
        (p90 - 1.0).abs() <= 0.005,
        "cost p90 / 5 × contacts p90 = {p90}"
    );
    workspace.close().await;
}
