//! As-is provisioning of the services that need a technician: each silo schedules and
//! sends its own.

use super::as_is::{AG, BO, CU, FIXED_LINE, HOME, IN, OUT, SYS, TECH, chase};
use super::build::{Frag, T, h};
use crate::model::{Dist, Flow};

pub(super) fn broadband() -> Flow {
    let (g, n, p, c) = chase("bb-chase", "Customer chases broadband", "Broadband", 0.45);
    Frag::new("broadband")
        .task(
            T::new(
                "bb-order-entry",
                "Broadband order re-keyed",
                Dist::tri(h(0.3), h(0.6), h(1.5)),
                AG,
                BO,
                "Broadband",
            )
            .pool("broadband-bo")
            .rework(0.1, "bb-order-entry")
            .t(),
        )
        .maybe(
            "bb-details-gw",
            "Details missing?",
            0.4,
            &[],
            T::new(
                "bb-details-call",
                "Broadband asks details again",
                Dist::tri(h(0.1), h(0.2), h(0.4)),
                AG,
                OUT,
                "Broadband",
            )
            .pool("contact-centre")
            .calls(1)
            .t(),
        )
        .task(
            T::new(
                "bb-feasibility",
                "Line feasibility check",
                Dist::tri(h(0.5), h(2.0), h(6.0)),
                AG,
                BO,
                "Broadband",
            )
            .pool("broadband-bo")
            .t(),
        )
        .task(
            T::new(
                "bb-schedule-call",
                "Broadband visit scheduling call",
                Dist::tri(h(0.1), h(0.2), h(0.4)),
                AG,
                OUT,
                "Broadband",
            )
            .pool("contact-centre")
            .calls(1)
            .t(),
        )
        .wait(
            "bb-slot-wait",
            "Wait for broadband technician slot",
            Dist::tri(3.0, 7.0, 14.0),
            "Broadband",
        )
        .maybe(&g, &n, p, &[], c)
        .task(
            T::new(
                "bb-tech-visit",
                "Broadband technician visit",
                Dist::tri(h(1.5), h(2.5), h(4.0)),
                TECH,
                HOME,
                "Broadband field",
            )
            .pool("bb-technicians")
            .technician()
            .rework(0.18, "bb-schedule-call")
            .t(),
        )
        .task(
            T::new(
                "bb-line-test",
                "Broadband line test",
                Dist::tri(h(0.5), h(2.0), h(8.0)),
                SYS,
                BO,
                "Broadband",
            )
            .t(),
        )
        .task(
            T::new(
                "bb-welcome",
                "Broadband welcome SMS",
                Dist::fixed(0.0),
                SYS,
                "SMS",
                "Broadband",
            )
            .messages(1)
            .t(),
        )
        .done()
}

pub(super) fn iptv() -> Flow {
    let (g, n, p, c) = chase("tv-chase", "Customer chases TV", "TV", 0.3);
    Frag::new("iptv")
        .task(
            T::new(
                "tv-order-entry",
                "TV order re-keyed",
                Dist::tri(h(0.2), h(0.5), h(1.0)),
                AG,
                BO,
                "TV",
            )
            .pool("tv-bo")
            .rework(0.1, "tv-order-entry")
            .t(),
        )
        .maybe(
            "tv-details-gw",
            "Details missing?",
            0.3,
            &[],
            T::new(
                "tv-details-call",
                "TV asks details again",
                Dist::tri(h(0.1), h(0.2), h(0.4)),
                AG,
                OUT,
                "TV",
            )
            .pool("contact-centre")
            .calls(1)
            .t(),
        )
        .task(
            T::new(
                "tv-schedule-call",
                "TV visit scheduling call",
                Dist::tri(h(0.1), h(0.2), h(0.4)),
                AG,
                OUT,
                "TV",
            )
            .pool("contact-centre")
            .calls(1)
            .t(),
        )
        .wait(
            "tv-slot-wait",
            "Wait for TV technician slot",
            Dist::tri(2.0, 5.0, 10.0),
            "TV",
        )
        .maybe(&g, &n, p, &[], c)
        .task(
            T::new(
                "tv-tech-visit",
                "TV technician visit",
                Dist::tri(h(1.0), h(2.0), h(3.0)),
                TECH,
                HOME,
                "TV field",
            )
            .pool("tv-technicians")
            .technician()
            .rework(0.12, "tv-schedule-call")
            .t(),
        )
        .maybe(
            "tv-stb-gw",
            "Set-top box not working?",
            0.3,
            &[],
            T::new(
                "tv-stb-call",
                "Set-top box activation call",
                Dist::tri(h(0.1), h(0.3), h(0.6)),
                CU,
                IN,
                "TV",
            )
            .pool("contact-centre")
            .calls(1)
            .t(),
        )
        .task(
            T::new(
                "tv-welcome",
                "TV welcome e-mail",
                Dist::fixed(0.0),
                SYS,
                "E-mail",
                "TV",
            )
            .messages(1)
            .t(),
        )
        .done()
}

pub(super) fn fixed_line() -> Flow {
    let (g, n, p, c) = chase("fix-chase", "Customer chases fixed line", "Fixed line", 0.3);
    Frag::new("fixed-line")
        .branch(
            "fix-wanted",
            "Fixed line ordered?",
            0.45,
            &FIXED_LINE,
            |f| {
                f.task(
                    T::new(
                        "fix-order-entry",
                        "Fixed-line order re-keyed",
                        Dist::tri(h(0.2), h(0.5), h(1.0)),
                        AG,
                        BO,
                        "Fixed line",
                    )
                    .pool("fixed-bo")
                    .rework(0.1, "fix-order-entry")
                    .t(),
                )
                .maybe(
                    "fix-details-gw",
                    "Details missing?",
                    0.3,
                    &[],
                    T::new(
                        "fix-details-call",
                        "Fixed line asks details again",
                        Dist::tri(h(0.1), h(0.2), h(0.4)),
                        AG,
                        OUT,
                        "Fixed line",
                    )
                    .pool("contact-centre")
                    .calls(1)
                    .t(),
                )
                .task(
                    T::new(
                        "fix-schedule-call",
                        "Fixed-line visit scheduling call",
                        Dist::tri(h(0.1), h(0.2), h(0.4)),
                        AG,
                        OUT,
                        "Fixed line",
                    )
                    .pool("contact-centre")
                    .calls(1)
                    .t(),
                )
                .wait(
                    "fix-slot-wait",
                    "Wait for fixed-line technician slot",
                    Dist::tri(3.0, 7.0, 14.0),
                    "Fixed line",
                )
                .maybe(&g, &n, p, &[], c)
                .task(
                    T::new(
                        "fix-tech-visit",
                        "Fixed-line technician visit",
                        Dist::tri(h(1.0), h(2.0), h(3.0)),
                        TECH,
                        HOME,
                        "Fixed field",
                    )
                    .pool("fixed-technicians")
                    .technician()
                    .rework(0.12, "fix-schedule-call")
                    .t(),
                )
                .task(
                    T::new(
                        "fix-welcome",
                        "Fixed-line welcome letter",
                        Dist::fixed(0.0),
                        SYS,
                        "Direct mail",
                        "Fixed line",
                    )
                    .messages(1)
                    .t(),
                )
            },
        )
        .done()
}
