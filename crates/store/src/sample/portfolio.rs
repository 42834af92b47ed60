//! The sample's bundle, its services and the back-office silos that run them.

use touchmap_model::{Bundle, Service, Silo};

use super::id;

pub(super) const SALES: &str = "Sales & ordering";
pub(super) const MOBILE: &str = "Mobile";
pub(super) const BROADBAND: &str = "Broadband";
pub(super) const IPTV: &str = "IPTV";
pub(super) const FIXED_LINE: &str = "Fixed line";
pub(super) const FIELD_SERVICE: &str = "Field service";
pub(super) const BILLING: &str = "Billing";

pub(super) const BROADBAND_FIELD: &str = "Broadband field team";
pub(super) const TV_FIELD: &str = "TV field team";
pub(super) const FIXED_FIELD: &str = "Fixed-line field team";
pub(super) const MOBILE_BILLING: &str = "Mobile billing";
pub(super) const BROADBAND_BILLING: &str = "Broadband billing";
pub(super) const TV_BILLING: &str = "TV billing";
pub(super) const BUNDLE_PROVISIONING: &str = "Bundle provisioning";

/// Silo name and the back-office system it runs. The as-is activation passes a case
/// between all of them; the to-be one needs only sales, the bundle team, the field
/// service and billing.
pub(super) const SILOS: [(&str, &str); 14] = [
    (SALES, "CRM / order management"),
    (MOBILE, "Mobile BSS"),
    (BROADBAND, "Broadband OSS"),
    (IPTV, "IPTV platform"),
    (FIXED_LINE, "Fixed-line OSS"),
    (FIELD_SERVICE, "Workforce scheduling"),
    (BILLING, "Billing system"),
    (BROADBAND_FIELD, "Broadband workforce tool"),
    (TV_FIELD, "TV installer scheduling"),
    (FIXED_FIELD, "Fixed-line workforce tool"),
    (MOBILE_BILLING, "Mobile billing system"),
    (BROADBAND_BILLING, "Broadband billing system"),
    (TV_BILLING, "TV billing system"),
    (BUNDLE_PROVISIONING, "Bundle orchestration"),
];

pub(super) const BUNDLE: &str = "Home triple-play";

const BUNDLE_DESCRIPTION: &str = "Mobile, broadband and IPTV sold together for the home, \
    with an optional fixed line. Each service is ordered, provisioned, scheduled and billed by \
    its own back-office silo, which is where the bundle hurts: activating everything can take \
    about three weeks, around 20 calls and up to four technician visits.";

/// Service name, the silo that provisions it, and whether it can be left out.
pub(super) const SERVICES: [(&str, &str, bool); 4] = [
    ("Mobile", MOBILE, false),
    ("Broadband", BROADBAND, false),
    ("IPTV", IPTV, false),
    ("Fixed line", FIXED_LINE, true),
];

pub(super) fn silo_id(name: &str) -> String {
    id(&format!("silo:{name}"))
}

/// The id of the bundle's service called `name`.
pub(super) fn service_id(name: &str) -> String {
    id(&format!("service:{BUNDLE}/{name}"))
}

pub(super) fn silos() -> Vec<Silo> {
    SILOS
        .iter()
        .map(|(name, system)| Silo {
            id: silo_id(name),
            name: (*name).into(),
            system: (*system).into(),
        })
        .collect()
}

pub(super) fn bundles() -> Vec<Bundle> {
    vec![Bundle {
        id: id(&format!("bundle:{BUNDLE}")),
        name: BUNDLE.into(),
        description: BUNDLE_DESCRIPTION.into(),
    }]
}

pub(super) fn services() -> Vec<Service> {
    SERVICES
        .iter()
        .zip(0..)
        .map(|((name, silo, optional), position)| Service {
            id: service_id(name),
            bundle_id: id(&format!("bundle:{BUNDLE}")),
            name: (*name).into(),
            silo_id: silo_id(silo),
            optional: *optional,
            position,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_service_is_run_by_a_listed_silo() {
        let silos = silos();
        for service in services() {
            assert!(
                silos.iter().any(|s| s.id == service.silo_id),
                "{} has no silo",
                service.name
            );
        }
    }

    #[test]
    fn only_the_fixed_line_is_optional() {
        let optional: Vec<String> = services()
            .into_iter()
            .filter(|s| s.optional)
            .map(|s| s.name)
            .collect();
        assert_eq!(optional, ["Fixed line"]);
        let positions: Vec<u32> = services().iter().map(|s| s.position).collect();
        assert_eq!(positions, [0, 1, 2, 3]);
    }
}
