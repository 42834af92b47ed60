//! To-be: one order, one coordinated provisioning, one technician visit, one bill.

use super::as_is::FIXED_LINE;
use super::build::{Frag, T, h, triple_play_services};
use crate::model::{Actor, BundleDesign, Dist};

const SYS: Actor = Actor::System;
const CU: Actor = Actor::Customer;
const TECH: Actor = Actor::Technician;
const BO: &str = "Back office";
const PROV: &str = "Bundle provisioning";

pub(super) fn design() -> BundleDesign {
    let order = super::as_is::order("Bundle sale (one order)");
    let mobile = Frag::new("mobile")
        .task(
            T::new(
                "mob-provision",
                "Mobile provisioning (coordinated)",
                Dist::tri(h(0.1), h(0.3), h(1.0)),
                SYS,
                BO,
                PROV,
            )
            .pool("bundle-provisioning")
            .t(),
        )
        .wait(
            "mob-sim-delivery",
            "SIM delivery",
            Dist::tri(0.5, 1.0, 2.0),
            PROV,
        )
        .task(
            T::new(
                "mob-porting",
                "Number porting",
                Dist::uniform(0.5, 1.5),
                SYS,
                BO,
                PROV,
            )
            .rework(0.03, "mob-porting")
            .t(),
        )
        .done();
    let broadband = Frag::new("broadband")
        .task(
            T::new(
                "bb-provision",
                "Broadband line configured",
                Dist::tri(h(0.5), h(1.5), h(4.0)),
                SYS,
                BO,
                PROV,
            )
            .pool("bundle-provisioning")
            .rework(0.05, "bb-provision")
            .t(),
        )
        .done();
    let iptv = Frag::new("iptv")
        .task(
            T::new(
                "tv-provision",
                "TV service configured",
                Dist::tri(h(0.2), h(0.5), h(1.5)),
                SYS,
                BO,
                PROV,
            )
            .pool("bundle-provisioning")
            .t(),
        )
        .done();
    let fixed = Frag::new("fixed-line")
        .branch(
            "fix-wanted",
            "Fixed line ordered?",
            0.45,
            &FIXED_LINE,
            |f| {
                f.task(
                    T::new(
                        "fix-provision",
                        "Fixed line configured",
                        Dist::tri(h(0.2), h(0.5), h(1.5)),
                        SYS,
                        BO,
                        PROV,
                    )
                    .pool("bundle-provisioning")
                    .t(),
                )
            },
        )
        .done();
    let billing = Frag::new("billing")
        .task(
            T::new(
                "visit-booking",
                "Customer books one visit in the app",
                Dist::tri(h(0.05), h(0.1), h(0.3)),
                CU,
                "App",
                "Field service",
            )
            .messages(1)
            .t(),
        )
        .wait(
            "visit-slot-wait",
            "Wait for the visit slot",
            Dist::tri(0.5, 1.5, 3.0),
            "Field service",
        )
        .task(
            T::new(
                "tech-visit",
                "One technician visit (all services)",
                Dist::tri(h(2.0), h(3.5), h(6.0)),
                TECH,
                "Technician at home",
                "Field service",
            )
            .pool("field-technicians")
            .technician()
            .rework(0.05, "visit-booking")
            .t(),
        )
        .task(
            T::new(
                "one-bill-setup",
                "One bill set up",
                Dist::tri(h(0.1), h(0.3), h(0.6)),
                SYS,
                BO,
                "Billing",
            )
            .t(),
        )
        .task(
            T::new(
                "welcome",
                "Welcome and first bill in the app",
                Dist::fixed(0.0),
                SYS,
                "App",
                "Billing",
            )
            .messages(1)
            .t(),
        )
        .maybe(
            "bill-query-gw",
            "Bill unclear?",
            0.08,
            &[],
            T::new(
                "bill-query",
                "Bill query call",
                Dist::tri(h(0.1), h(0.2), h(0.4)),
                CU,
                "Phone (inbound)",
                "Billing",
            )
            .pool("contact-centre")
            .calls(1)
            .t(),
        )
        .done();
    BundleDesign {
        id: "triple-play-to-be".into(),
        name: "Home triple play (to-be)".into(),
        order,
        services: triple_play_services([mobile, broadband, iptv, fixed]),
        billing,
    }
}
