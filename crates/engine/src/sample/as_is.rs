//! As-is: every service ordered, provisioned, scheduled and billed by its own silo.

use super::build::{Frag, T, h, triple_play_services};
use crate::model::{Actor, BundleDesign, Dist, Flow};

pub(super) const AG: Actor = Actor::Agent;
pub(super) const SYS: Actor = Actor::System;
pub(super) const CU: Actor = Actor::Customer;
pub(super) const TECH: Actor = Actor::Technician;
pub(super) const BO: &str = "Back office";
pub(super) const OUT: &str = "Phone (outbound)";
pub(super) const IN: &str = "Phone (inbound)";
pub(super) const HOME: &str = "Technician at home";

/// Probability that the fixed line is ordered, per segment.
pub(super) const FIXED_LINE: [(&str, f64); 4] = [
    ("young-digital", 0.1),
    ("family-home", 0.55),
    ("high-value", 0.5),
    ("senior", 0.8),
];

pub(super) fn chase(
    id: &str,
    name: &str,
    silo: &str,
    p: f64,
) -> (String, String, f64, crate::model::Task) {
    (
        format!("{id}-gw"),
        format!("{name}?"),
        p,
        T::new(id, name, Dist::tri(h(0.1), h(0.2), h(0.5)), CU, IN, silo)
            .pool("contact-centre")
            .calls(1)
            .rework(0.25, id)
            .t(),
    )
}

/// The shared order steps: the sale in the shop, then the credit check. Both scenarios
/// sell the same way; only the sale's name differs.
pub(super) fn order(sale: &str) -> Flow {
    Frag::new("order")
        .task(
            T::new(
                "sale",
                sale,
                Dist::tri(h(0.5), h(1.0), h(2.0)),
                AG,
                "Shop",
                "Sales",
            )
            .pool("shop-sales")
            .visits(1)
            .t(),
        )
        .task(
            T::new(
                "credit-check",
                "Credit check",
                Dist::tri(h(0.05), h(0.2), h(4.0)),
                SYS,
                BO,
                "Sales",
            )
            .t(),
        )
        .done()
}

pub(super) fn design() -> BundleDesign {
    let order = order("Bundle sale");

    let (g, n, p, c) = chase(
        "mob-chase",
        "Customer chases SIM and porting",
        "Mobile",
        0.3,
    );
    let mobile = Frag::new("mobile")
        .task(
            T::new(
                "mob-order-entry",
                "Mobile order re-keyed",
                Dist::tri(h(0.2), h(0.5), h(1.0)),
                AG,
                BO,
                "Mobile",
            )
            .pool("mobile-bo")
            .rework(0.08, "mob-order-entry")
            .t(),
        )
        .maybe(
            "mob-details-gw",
            "Details missing?",
            0.3,
            &[],
            T::new(
                "mob-details-call",
                "Mobile asks details again",
                Dist::tri(h(0.1), h(0.2), h(0.4)),
                AG,
                OUT,
                "Mobile",
            )
            .pool("contact-centre")
            .calls(1)
            .t(),
        )
        .wait(
            "mob-sim-delivery",
            "SIM delivery",
            Dist::tri(1.0, 2.0, 4.0),
            "Mobile",
        )
        .task(
            T::new(
                "mob-porting",
                "Number porting",
                Dist::uniform(1.0, 3.0),
                SYS,
                BO,
                "Mobile",
            )
            .rework(0.1, "mob-order-entry")
            .t(),
        )
        .maybe(&g, &n, p, &[], c)
        .task(
            T::new(
                "mob-activation",
                "SIM activation",
                Dist::tri(h(0.1), h(0.3), h(1.0)),
                CU,
                "App",
                "Mobile",
            )
            .messages(1)
            .t(),
        )
        .done();

    let broadband = super::as_is_field::broadband();
    let iptv = super::as_is_field::iptv();
    let fixed = super::as_is_field::fixed_line();
    let billing = Frag::new("billing")
        .task(
            T::new(
                "bill-mobile-setup",
                "Mobile billing set-up",
                Dist::tri(h(0.2), h(0.5), h(1.0)),
                AG,
                BO,
                "Mobile billing",
            )
            .pool("billing-bo")
            .t(),
        )
        .task(
            T::new(
                "bill-bb-setup",
                "Broadband billing set-up",
                Dist::tri(h(0.2), h(0.5), h(1.0)),
                AG,
                BO,
                "Broadband billing",
            )
            .pool("billing-bo")
            .t(),
        )
        .task(
            T::new(
                "bill-tv-setup",
                "TV billing set-up",
                Dist::tri(h(0.2), h(0.5), h(1.0)),
                AG,
                BO,
                "TV billing",
            )
            .pool("billing-bo")
            .t(),
        )
        .task(
            T::new(
                "bills-received",
                "Several first bills received",
                Dist::fixed(0.0),
                CU,
                "Bill",
                "Billing",
            )
            .messages(3)
            .t(),
        )
        .maybe(
            "bill-query-gw",
            "Bills wrong or confusing?",
            0.35,
            &[],
            T::new(
                "bill-query",
                "Bill query call",
                Dist::tri(h(0.1), h(0.3), h(0.6)),
                CU,
                IN,
                "Billing",
            )
            .pool("contact-centre")
            .calls(1)
            .rework(0.2, "bill-query")
            .t(),
        )
        .done();

    BundleDesign {
        id: "triple-play-as-is".into(),
        name: "Home triple play (as-is)".into(),
        order,
        services: triple_play_services([mobile, broadband, iptv, fixed]),
        billing,
    }
}
