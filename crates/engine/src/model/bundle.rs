//! Bundle composition and scenarios.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use specta::Type;

use super::{Edge, Flow, Marker, Node};

/// A bundle's activation design: shared order steps, one provisioning sub-flow per service,
/// shared billing/closing steps. [`BundleDesign::compose`] turns it into one [`Flow`].
///
/// Each part is a [`Flow`] fragment with exactly one `start` and one `end` node; these two
/// markers are only connection points and are removed when composing.
#[derive(Serialize, Deserialize, Type, JsonSchema, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct BundleDesign {
    pub id: String,
    pub name: String,
    /// Shared order steps (capture, credit check…).
    pub order: Flow,
    /// The services; included services are provisioned side by side.
    pub services: Vec<ServiceFlow>,
    /// Shared billing and closing steps, after every service is provisioned.
    pub billing: Flow,
}

/// One service of the bundle and its provisioning sub-flow.
#[derive(Serialize, Deserialize, Type, JsonSchema, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ServiceFlow {
    pub id: String,
    pub name: String,
    /// Whether the service is part of this design (e.g. the optional fixed line).
    #[serde(default = "yes")]
    pub included: bool,
    pub provisioning: Flow,
}

fn yes() -> bool {
    true
}

/// A named variant of a bundle's activation (e.g. `as-is`, `to-be`). A scenario carries its
/// complete design, so its structure can differ freely from other scenarios.
#[derive(Serialize, Deserialize, Type, JsonSchema, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Scenario {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub description: String,
    pub design: BundleDesign,
}

/// Id of the start node of a composed flow.
pub const COMPOSED_START: &str = "start";
/// Id of the end node of a composed flow.
pub const COMPOSED_END: &str = "end";
/// Id of the parallel split over the services.
pub const SERVICES_SPLIT: &str = "services-split";
/// Id of the parallel join after the services.
pub const SERVICES_JOIN: &str = "services-join";

impl BundleDesign {
    /// Builds the activation flow: start → order → parallel split over the included services'
    /// provisioning → join → billing → end. Fragment node ids are kept as they are (they must
    /// be unique across the design; validation reports duplicates).
    pub fn compose(&self) -> Flow {
        let mut nodes = vec![
            Node::Start(marker(COMPOSED_START, "Order placed")),
            Node::ParallelSplit(marker(SERVICES_SPLIT, "Provision services")),
            Node::ParallelJoin(marker(SERVICES_JOIN, "All services provisioned")),
            Node::End(marker(COMPOSED_END, "Fully activated")),
        ];
        let mut edges = Vec::new();
        splice(
            &self.order,
            COMPOSED_START,
            SERVICES_SPLIT,
            &mut nodes,
            &mut edges,
        );
        let included: Vec<&ServiceFlow> = self.services.iter().filter(|s| s.included).collect();
        if included.is_empty() {
            edges.push(Edge::new(SERVICES_SPLIT, SERVICES_JOIN));
        }
        for service in included {
            // A join counts tokens per incoming edge, so alternatives inside a service meet
            // in a merge first.
            let ends = service
                .provisioning
                .nodes
                .iter()
                .find(|n| matches!(n, Node::End(_)))
                .map_or(0, |end| {
                    service
                        .provisioning
                        .edges
                        .iter()
                        .filter(|e| e.to == end.id())
                        .count()
                });
            if ends > 1 {
                let merge = format!("{}-ready", service.id);
                nodes.push(Node::Merge(marker(
                    &merge,
                    &format!("{} ready", service.name),
                )));
                edges.push(Edge::new(&merge, SERVICES_JOIN));
                splice(
                    &service.provisioning,
                    SERVICES_SPLIT,
                    &merge,
                    &mut nodes,
                    &mut edges,
                );
            } else {
                splice(
                    &service.provisioning,
                    SERVICES_SPLIT,
                    SERVICES_JOIN,
                    &mut nodes,
                    &mut edges,
                );
            }
        }
        splice(
            &self.billing,
            SERVICES_JOIN,
            COMPOSED_END,
            &mut nodes,
            &mut edges,
        );
        Flow {
            id: self.id.clone(),
            name: self.name.clone(),
            nodes,
            edges,
        }
    }

    /// The service with this id, mutably (to include or exclude it).
    pub fn service_mut(&mut self, id: &str) -> Option<&mut ServiceFlow> {
        self.services.iter_mut().find(|s| s.id == id)
    }
}

fn marker(id: &str, name: &str) -> Marker {
    Node::marker(id, name)
}

/// Copies `fragment` between the nodes `from` and `to`: its start and end markers are
/// replaced by `from` and `to`. A fragment without start/end markers is copied unchanged.
fn splice(fragment: &Flow, from: &str, to: &str, nodes: &mut Vec<Node>, edges: &mut Vec<Edge>) {
    let start = fragment
        .nodes
        .iter()
        .find(|n| matches!(n, Node::Start(_)))
        .map(|n| n.id().to_owned());
    let end = fragment
        .nodes
        .iter()
        .find(|n| matches!(n, Node::End(_)))
        .map(|n| n.id().to_owned());
    for node in &fragment.nodes {
        if !matches!(node, Node::Start(_) | Node::End(_)) {
            nodes.push(node.clone());
        }
    }
    for edge in &fragment.edges {
        let mut e = edge.clone();
        if Some(&e.from) == start.as_ref() {
            e.from = from.into();
        }
        if Some(&e.to) == end.as_ref() {
            e.to = to.into();
        }
        edges.push(e);
    }
}
