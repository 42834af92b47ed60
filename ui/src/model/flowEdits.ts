// Structural edits of a flow fragment (insert on an edge, splice out, connect, remove an
// edge), pure and immutable. The design-level functions find the owning fragment first and
// refuse, with a catalog key, what cannot be done inside one fragment.
import { fragmentEdgeOf, fragmentOf, getFragment, putFragment } from './flowFragments';
import type { Flow, FlowEdge, FlowNode, Scenario } from './flowTypes';

export type EditResult = { ok: true; design: Scenario } | { ok: false; reason: string };

const refuse = (reason: string): EditResult => ({ ok: false, reason });

export const outgoing = (flow: Flow, id: string): FlowEdge[] => flow.edges.filter((e) => e.from === id);
export const incoming = (flow: Flow, id: string): FlowEdge[] => flow.edges.filter((e) => e.to === id);
const sameEdge = (e: FlowEdge, from: string, to: string) => e.from === from && e.to === to;

/**
 * Puts `node` on the edge from→to: from→node keeps the edge's probabilities; node→to has
 * none, except out of a new exclusive gateway, whose only branch is then certain.
 */
export function insertOnEdge(flow: Flow, from: string, to: string, node: FlowNode): Flow {
  const after: FlowEdge = node.kind === 'exclusive' ? { from: node.id, to, probability: 1 } : { from: node.id, to };
  const edges = flow.edges.flatMap((e) => (sameEdge(e, from, to) ? [{ ...e, to: node.id }, after] : [e]));
  return { ...flow, nodes: [...flow.nodes, node], edges };
}

/**
 * Removes a node. With one edge in and one out it is spliced out (its predecessor goes on to
 * its successor, keeping the incoming edge's probabilities), so the flow stays connected.
 */
export function removeNode(flow: Flow, id: string): Flow {
  const ins = incoming(flow, id);
  const outs = outgoing(flow, id);
  const kept = flow.edges.filter((e) => e.from !== id && e.to !== id);
  const [inEdge] = ins;
  const [outEdge] = outs;
  const splice =
    ins.length === 1 &&
    outs.length === 1 &&
    inEdge &&
    outEdge &&
    !kept.some((e) => sameEdge(e, inEdge.from, outEdge.to));
  return {
    ...flow,
    nodes: flow.nodes.filter((n) => n.id !== id),
    edges: splice ? [...kept, { ...inEdge, to: outEdge.to }] : kept,
  };
}

export function removeEdge(flow: Flow, from: string, to: string): Flow {
  return { ...flow, edges: flow.edges.filter((e) => !sameEdge(e, from, to)) };
}

export function replaceNode(flow: Flow, node: FlowNode): Flow {
  return { ...flow, nodes: flow.nodes.map((n) => (n.id === node.id ? node : n)) };
}

export function replaceEdge(flow: Flow, edge: FlowEdge): Flow {
  return { ...flow, edges: flow.edges.map((e) => (sameEdge(e, edge.from, edge.to) ? edge : e)) };
}

/** Applies `change` to the fragment that owns `nodeId`. */
function inFragmentOf(design: Scenario, nodeId: string, change: (flow: Flow) => Flow | string): EditResult {
  const key = fragmentOf(design, nodeId);
  const flow = key ? getFragment(design, key) : null;
  if (!key || !flow) return refuse('flow.refuse.notInFragment');
  const next = change(flow);
  return typeof next === 'string' ? refuse(next) : { ok: true, design: putFragment(design, key, next) };
}

/** Inserts `node` after `afterId`: on its only outgoing edge, or on the edge to `toId` if given. */
export function insertAfter(design: Scenario, afterId: string, node: FlowNode, toId?: string): EditResult {
  return inFragmentOf(design, afterId, (flow) => {
    const outs = outgoing(flow, afterId).filter((e) => toId === undefined || e.to === toId);
    const [edge] = outs;
    if (!edge) return 'flow.refuse.noOutgoing';
    if (outs.length > 1) return 'flow.refuse.pickEdge';
    return insertOnEdge(flow, edge.from, edge.to, node);
  });
}

export function connect(design: Scenario, from: string, to: string): EditResult {
  if (from === to) return refuse('flow.refuse.selfLoop');
  const a = fragmentOf(design, from);
  const b = fragmentOf(design, to);
  if (!a || !b) return refuse('flow.refuse.notInFragment');
  if (a !== b) return refuse('flow.refuse.differentFragments');
  return inFragmentOf(design, from, (flow) =>
    flow.edges.some((e) => sameEdge(e, from, to))
      ? 'flow.refuse.duplicateEdge'
      : { ...flow, edges: [...flow.edges, { from, to }] },
  );
}

export function deleteNode(design: Scenario, id: string): EditResult {
  return inFragmentOf(design, id, (flow) => {
    const node = flow.nodes.find((n) => n.id === id);
    if (node?.kind === 'start' || node?.kind === 'end') return 'flow.refuse.marker';
    return removeNode(flow, id);
  });
}

/** Removes the fragment edge behind an edge of the composed flow. */
export function deleteEdge(design: Scenario, from: string, to: string): EditResult {
  const edge = fragmentEdgeOf(design, from, to);
  if (!edge) return refuse('flow.refuse.notInFragment');
  return inFragmentOf(design, edge.from, (flow) => removeEdge(flow, edge.from, edge.to));
}

export function updateNode(design: Scenario, node: FlowNode): EditResult {
  return inFragmentOf(design, node.id, (flow) => replaceNode(flow, node));
}

/** Sets the probabilities of the fragment edge behind an edge of the composed flow. */
export function updateEdge(design: Scenario, edge: FlowEdge): EditResult {
  const behind = fragmentEdgeOf(design, edge.from, edge.to);
  if (!behind) return refuse('flow.refuse.notInFragment');
  return inFragmentOf(design, behind.from, (flow) => replaceEdge(flow, { ...edge, from: behind.from, to: behind.to }));
}

/** Inserts `node` on the fragment edge behind an edge of the composed flow. */
export function insertOnComposedEdge(design: Scenario, from: string, to: string, node: FlowNode): EditResult {
  const behind = fragmentEdgeOf(design, from, to);
  if (!behind) return refuse('flow.refuse.notInFragment');
  return inFragmentOf(design, behind.from, (flow) => insertOnEdge(flow, behind.from, behind.to, node));
}

/** The scenario with nodes put where the user dragged them (one edit for the whole drag). */
export function placeNodes(design: Scenario, moves: ReadonlyMap<string, { x: number; y: number }>): Scenario {
  const layout = { ...design.layout };
  for (const [id, at] of moves) layout[id] = { x: Math.round(at.x), y: Math.round(at.y) };
  return { ...design, layout };
}

/** The scenario laid out automatically again: no node keeps a dragged position. */
export function forgetPlaces(design: Scenario): Scenario {
  return { ...design, layout: {} };
}
