// Builders of the mock's sample activation flows: tasks, waits, and fragments chained from
// a start marker to an end marker.
import type { Dist, Edge, Flow, Node, ServiceFlow } from '../bindings';

export const tri = (min: number, mode: number, max: number): Dist => ({ kind: 'triangular', min, mode, max });

type TaskSpec = [
  id: string,
  name: string,
  silo: string,
  channel: string,
  actor: 'customer' | 'agent' | 'system' | 'technician',
  days: Dist,
];

export function task([id, name, silo, channel, actor, duration]: TaskSpec, extra: Partial<Node> = {}): Node {
  const visit = actor === 'technician';
  return {
    kind: 'task',
    id,
    name,
    duration,
    resource: visit ? 'technicians' : actor === 'agent' ? 'back-office' : null,
    actor,
    channel,
    silo,
    contacts: { calls: actor === 'customer' ? 1 : 0, messages: 0, visits: visit ? 1 : 0 },
    technicianVisit: visit,
    rework: null,
    ...extra,
  } as Node;
}

export const wait = (id: string, name: string, silo: string, duration: Dist): Node => ({
  kind: 'wait',
  id,
  name,
  duration,
  silo,
});

/** A fragment: start → the nodes in a chain → end, plus extra edges (branches). */
export function chain(id: string, name: string, nodes: Node[], branches: Edge[] = []): Flow {
  const ids = [`${id}-start`, ...nodes.map((n) => n.id), `${id}-end`];
  const chained: Edge[] = ids.slice(1).map((to, i) => ({ from: ids[i] ?? '', to }));
  const skipped = new Set(branches.map((b) => `${b.from}>${b.to}`));
  return {
    id,
    name,
    nodes: [
      { kind: 'start', id: `${id}-start`, name: 'Start' },
      ...nodes,
      { kind: 'end', id: `${id}-end`, name: 'End' },
    ],
    edges: [...chained.filter((e) => !skipped.has(`${e.from}>${e.to}`)), ...branches],
  };
}

export const service = (id: string, name: string, provisioning: Flow): ServiceFlow => ({
  id,
  name,
  included: true,
  provisioning,
});
