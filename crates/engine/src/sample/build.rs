//! A small builder for flow fragments (sub-flows with one start and one end).

use std::collections::BTreeMap;

use crate::model::{Actor, Contacts, Dist, Edge, Flow, Node, Rework, ServiceFlow, Task, Wait};

/// Builds a fragment as a chain, with optional steps behind exclusive gateways.
#[derive(Debug)]
pub(crate) struct Frag {
    id: String,
    nodes: Vec<Node>,
    edges: Vec<Edge>,
    /// Edges still waiting for their target: (from, probability, per-segment probabilities).
    pending: Vec<(String, Option<f64>, BTreeMap<String, f64>)>,
}

impl Frag {
    pub(crate) fn new(id: &str) -> Self {
        let start = format!("{id}-start");
        Frag {
            id: id.into(),
            nodes: vec![Node::Start(Node::marker(&start, "Start"))],
            edges: Vec::new(),
            pending: vec![(start, None, BTreeMap::new())],
        }
    }

    fn attach(&mut self, node: Node) {
        let to = node.id().to_owned();
        for (from, p, seg) in self.pending.drain(..) {
            self.edges.push(Edge {
                from,
                to: to.clone(),
                probability: p,
                segment_probabilities: seg,
            });
        }
        self.pending.push((to, None, BTreeMap::new()));
        self.nodes.push(node);
    }

    pub(crate) fn task(mut self, t: Task) -> Self {
        self.attach(Node::Task(t));
        self
    }

    pub(crate) fn wait(mut self, id: &str, name: &str, duration: Dist, silo: &str) -> Self {
        self.attach(Node::Wait(Wait {
            id: id.into(),
            name: name.into(),
            duration,
            silo: silo.into(),
        }));
        self
    }

    /// With probability `p` (per segment in `by_segment`) the case goes through the chain
    /// built by `inner`; otherwise it skips it.
    pub(crate) fn branch(
        mut self,
        gateway: &str,
        name: &str,
        p: f64,
        by_segment: &[(&str, f64)],
        inner: impl FnOnce(Frag) -> Frag,
    ) -> Self {
        self.attach(Node::Exclusive(Node::marker(gateway, name)));
        let seg = |f: &dyn Fn(f64) -> f64| -> BTreeMap<String, f64> {
            by_segment
                .iter()
                .map(|(s, q)| ((*s).to_owned(), f(*q)))
                .collect()
        };
        self.pending = vec![(gateway.into(), Some(p), seg(&|q| q))];
        let mut out = inner(self);
        out.pending
            .push((gateway.into(), Some(1.0 - p), seg(&|q| 1.0 - q)));
        out
    }

    /// With probability `p` (per segment in `by_segment`) the case goes through `t`.
    pub(crate) fn maybe(
        self,
        gateway: &str,
        name: &str,
        p: f64,
        by_segment: &[(&str, f64)],
        t: Task,
    ) -> Self {
        self.branch(gateway, name, p, by_segment, |f| f.task(t))
    }

    pub(crate) fn done(mut self) -> Flow {
        let end = format!("{}-end", self.id);
        self.attach(Node::End(Node::marker(&end, "End")));
        Flow {
            id: self.id.clone(),
            name: self.id,
            nodes: self.nodes,
            edges: self.edges,
        }
    }
}

/// Task builder with the sample's conventions.
#[derive(Debug)]
pub(crate) struct T(pub Task);

impl T {
    pub(crate) fn new(
        id: &str,
        name: &str,
        d: Dist,
        actor: Actor,
        channel: &str,
        silo: &str,
    ) -> Self {
        T(Task::new(id, name, d, actor, channel, silo))
    }
    pub(crate) fn pool(mut self, r: &str) -> Self {
        self.0.resource = Some(r.into());
        self
    }
    pub(crate) fn calls(mut self, n: u32) -> Self {
        self.0.contacts.calls = n;
        self
    }
    pub(crate) fn messages(mut self, n: u32) -> Self {
        self.0.contacts.messages = n;
        self
    }
    pub(crate) fn visits(mut self, n: u32) -> Self {
        self.0.contacts = Contacts {
            visits: n,
            ..self.0.contacts
        };
        self
    }
    pub(crate) fn technician(mut self) -> Self {
        self.0.technician_visit = true;
        self.0.contacts.visits = 1;
        self
    }
    pub(crate) fn rework(mut self, p: f64, target: &str) -> Self {
        self.0.rework = Some(Rework {
            probability: p,
            target: target.into(),
        });
        self
    }
    pub(crate) fn t(self) -> Task {
        self.0
    }
}

/// Hours as days.
pub(crate) fn h(hours: f64) -> f64 {
    hours / 24.0
}

/// The four services of the triple-play bundle, given their provisioning sub-flows in
/// the order mobile, broadband, IPTV, fixed line (shared by both scenarios).
pub(crate) fn triple_play_services(provisioning: [Flow; 4]) -> Vec<ServiceFlow> {
    const SERVICES: [(&str, &str); 4] = [
        ("mobile", "Mobile"),
        ("broadband", "Broadband"),
        ("iptv", "IPTV"),
        ("fixed-line", "Fixed line"),
    ];
    SERVICES
        .into_iter()
        .zip(provisioning)
        .map(|((id, name), provisioning)| ServiceFlow {
            id: id.into(),
            name: name.into(),
            included: true,
            provisioning,
        })
        .collect()
}
