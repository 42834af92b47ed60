// Where a node of a composed activation flow lives in a scenario: the shared order steps,
// one service's provisioning, or the shared billing. Edits always change a fragment, because
// the composed flow is derived from the scenario by the backend.
import type { Flow, FlowNode, Scenario } from './flowTypes';

/** `order`, `billing`, or `service:<serviceId>`. */
export type FragmentKey = string;

export const serviceKey = (serviceId: string): FragmentKey => `service:${serviceId}`;

/** The scenarios of a bundle, in their order. */
export function scenariosOf(scenarios: readonly Scenario[], bundleId: string): Scenario[] {
  return scenarios.filter((s) => s.bundleId === bundleId).sort((a, b) => a.position - b.position);
}

/** Every fragment of a scenario with its key, in composition order. */
export function fragments(design: Scenario): { key: FragmentKey; flow: Flow }[] {
  return [
    { key: 'order', flow: design.order },
    ...design.services.map((s) => ({ key: serviceKey(s.serviceId), flow: s.provisioning })),
    { key: 'billing', flow: design.billing },
  ];
}

/** The fragment that owns a node (markers included), or null for nodes the composition adds. */
export function fragmentOf(design: Scenario, nodeId: string): FragmentKey | null {
  return fragments(design).find((f) => f.flow.nodes.some((n) => n.id === nodeId))?.key ?? null;
}

/** A node as the scenario records it (silo and channel by id), or undefined. */
export function nodeOf(design: Scenario, nodeId: string): FlowNode | undefined {
  for (const f of fragments(design)) {
    const node = f.flow.nodes.find((n) => n.id === nodeId);
    if (node) return node;
  }
  return undefined;
}

export function getFragment(design: Scenario, key: FragmentKey): Flow | null {
  return fragments(design).find((f) => f.key === key)?.flow ?? null;
}

/** The scenario with one fragment replaced. */
export function putFragment(design: Scenario, key: FragmentKey, flow: Flow): Scenario {
  if (key === 'order') return { ...design, order: flow };
  if (key === 'billing') return { ...design, billing: flow };
  return {
    ...design,
    services: design.services.map((s) => (serviceKey(s.serviceId) === key ? { ...s, provisioning: flow } : s)),
  };
}

/** Every node id used in these scenarios, so new ids never collide. */
export function usedNodeIds(scenarios: readonly Scenario[]): Set<string> {
  const ids = new Set<string>();
  for (const design of scenarios) for (const f of fragments(design)) for (const n of f.flow.nodes) ids.add(n.id);
  return ids;
}

/** `<prefix>-<n>` with the smallest n ≥ 1 not in use. */
export function freshId(used: ReadonlySet<string>, prefix: string): string {
  let n = 1;
  while (used.has(`${prefix}-${n}`)) n += 1;
  return `${prefix}-${n}`;
}

/**
 * The fragment edge behind an edge of the composed flow. Composition replaces a fragment's
 * start and end markers by the nodes around it, so an edge leaving the fragment is the edge
 * into its end marker, and one entering it the edge out of its start marker.
 */
export function fragmentEdgeOf(
  design: Scenario,
  from: string,
  to: string,
): { key: FragmentKey; from: string; to: string } | null {
  for (const { key, flow } of fragments(design)) {
    const has = (id: string) => flow.nodes.some((n) => n.id === id);
    if (!has(from) && !has(to)) continue;
    const start = flow.nodes.find((n) => n.kind === 'start')?.id;
    const end = flow.nodes.find((n) => n.kind === 'end')?.id;
    const a = has(from) ? from : start;
    const b = has(to) ? to : end;
    const edge = flow.edges.find((e) => e.from === a && e.to === b);
    if (edge) return { key, from: edge.from, to: edge.to };
  }
  return null;
}
