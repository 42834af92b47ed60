// Where a node of a composed activation flow lives in the bundle design: the shared order
// steps, one service's provisioning, or the shared billing. Edits always change a fragment,
// because the composed flow is rebuilt from the design by the engine.
import type { BundleDesign, Flow, FlowModel } from './flowTypes';

/** `order`, `billing`, or `service:<serviceId>`. */
export type FragmentKey = string;

export const serviceKey = (serviceId: string): FragmentKey => `service:${serviceId}`;

/** The design a scenario edits: its own, or the model's base design when none is chosen. */
export function designOf(model: FlowModel, scenarioId: string | null): BundleDesign | null {
  if (scenarioId === null) return model.design ?? null;
  return model.scenarios?.find((s) => s.id === scenarioId)?.design ?? null;
}

/** The model with the design of a scenario (or the base design) replaced. */
export function withDesign(model: FlowModel, scenarioId: string | null, design: BundleDesign): FlowModel {
  if (scenarioId === null) return { ...model, design };
  return {
    ...model,
    scenarios: (model.scenarios ?? []).map((s) => (s.id === scenarioId ? { ...s, design } : s)),
  };
}

/** Every fragment of a design with its key, in composition order. */
export function fragments(design: BundleDesign): { key: FragmentKey; flow: Flow }[] {
  return [
    { key: 'order', flow: design.order },
    ...design.services.map((s) => ({ key: serviceKey(s.id), flow: s.provisioning })),
    { key: 'billing', flow: design.billing },
  ];
}

/** The fragment that owns a node (markers included), or null for nodes the composition adds. */
export function fragmentOf(design: BundleDesign, nodeId: string): FragmentKey | null {
  return fragments(design).find((f) => f.flow.nodes.some((n) => n.id === nodeId))?.key ?? null;
}

export function getFragment(design: BundleDesign, key: FragmentKey): Flow | null {
  return fragments(design).find((f) => f.key === key)?.flow ?? null;
}

/** The design with one fragment replaced. */
export function putFragment(design: BundleDesign, key: FragmentKey, flow: Flow): BundleDesign {
  if (key === 'order') return { ...design, order: flow };
  if (key === 'billing') return { ...design, billing: flow };
  return {
    ...design,
    services: design.services.map((s) => (serviceKey(s.id) === key ? { ...s, provisioning: flow } : s)),
  };
}

/** Every node id used anywhere in the model (all designs), so new ids never collide. */
export function usedNodeIds(model: FlowModel): Set<string> {
  const designs = [model.design, ...(model.scenarios ?? []).map((s) => s.design)];
  const ids = new Set<string>();
  for (const design of designs) {
    if (!design) continue;
    for (const f of fragments(design)) for (const n of f.flow.nodes) ids.add(n.id);
  }
  for (const n of model.flow?.nodes ?? []) ids.add(n.id);
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
  design: BundleDesign,
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
