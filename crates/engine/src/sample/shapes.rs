//! Generated flow shapes for tests and benchmarks: one builder, so the property tests, the
//! bounds tests and the benchmarks draw the same shapes.

use crate::model::{Edge, Flow, Node};

/// start → parallel split → one chain of tasks per entry of `chains` (that many tasks) →
/// join → end. Task `i` of branch `b` has id `b{b}t{i}` and is made by `task(b, i, id)`.
pub fn parallel_chains(
    id: &str,
    name: &str,
    chains: impl IntoIterator<Item = usize>,
    mut task: impl FnMut(usize, usize, &str) -> Node,
) -> Flow {
    let mut nodes = vec![
        Node::Start(Node::marker("s", "Start")),
        Node::ParallelSplit(Node::marker("p", "Split")),
        Node::ParallelJoin(Node::marker("j", "Join")),
        Node::End(Node::marker("e", "End")),
    ];
    let mut edges = vec![Edge::new("s", "p"), Edge::new("j", "e")];
    for (b, length) in chains.into_iter().enumerate() {
        let mut prev = "p".to_owned();
        for i in 0..length {
            let id = format!("b{b}t{i}");
            nodes.push(task(b, i, &id));
            edges.push(Edge::new(&prev, &id));
            prev = id;
        }
        edges.push(Edge::new(&prev, "j"));
    }
    Flow {
        id: id.into(),
        name: name.into(),
        nodes,
        edges,
    }
}
