// The flow commands of the browser mock (a test double of the engine): composes a design
// the way the engine does (same ids for the start, split, join and end), finds a few of the
// engine's problems, and draws a distribution's shape as a rough histogram.
import type { BundleDesign, Dist, Edge, Flow, FlowModel, Node } from '../bindings';
import type { DistShape, FlowProblem, FlowView } from '../model/flowTypes';

const marker = (kind: 'start' | 'end' | 'parallelSplit' | 'parallelJoin' | 'merge', id: string, name: string): Node =>
  ({ kind, id, name }) as Node;

function splice(fragment: Flow, from: string, to: string, nodes: Node[], edges: Edge[]): void {
  const start = fragment.nodes.find((n) => n.kind === 'start')?.id;
  const end = fragment.nodes.find((n) => n.kind === 'end')?.id;
  nodes.push(...fragment.nodes.filter((n) => n.kind !== 'start' && n.kind !== 'end'));
  for (const e of fragment.edges)
    edges.push({ ...e, from: e.from === start ? from : e.from, to: e.to === end ? to : e.to });
}

export function composeDesign(design: BundleDesign): Flow {
  const nodes = [
    marker('start', 'start', 'Order placed'),
    marker('parallelSplit', 'services-split', 'Provision services'),
    marker('parallelJoin', 'services-join', 'All services provisioned'),
    marker('end', 'end', 'Fully activated'),
  ];
  const edges: Edge[] = [];
  splice(design.order, 'start', 'services-split', nodes, edges);
  const included = design.services.filter((s) => s.included !== false);
  if (included.length === 0) edges.push({ from: 'services-split', to: 'services-join' });
  for (const service of included) {
    const end = service.provisioning.nodes.find((n) => n.kind === 'end')?.id;
    if (service.provisioning.edges.filter((e) => e.to === end).length > 1) {
      const merge = `${service.id}-ready`;
      nodes.push(marker('merge', merge, `${service.name} ready`));
      edges.push({ from: merge, to: 'services-join' });
      splice(service.provisioning, 'services-split', merge, nodes, edges);
    } else splice(service.provisioning, 'services-split', 'services-join', nodes, edges);
  }
  splice(design.billing, 'services-join', 'end', nodes, edges);
  return { id: design.id, name: design.name, nodes, edges };
}

function problemsOf(flow: Flow, model: FlowModel): FlowProblem[] {
  const problems: FlowProblem[] = [];
  const at = (node: Node, kind: FlowProblem['kind'], message: string) =>
    problems.push({ kind, nodeId: node.id, node: node.name, message: `“${node.name}” ${message}` });
  const ids = new Set(flow.nodes.map((n) => n.id));
  for (const node of flow.nodes) {
    const ins = flow.edges.filter((e) => e.to === node.id);
    const outs = flow.edges.filter((e) => e.from === node.id);
    if (node.kind !== 'start' && ins.length === 0) at(node, 'unreachable', 'cannot be reached from the start.');
    if (node.kind !== 'end' && outs.length === 0) at(node, 'deadEnd', 'leads nowhere.');
    if (node.kind === 'exclusive') {
      const sum = outs.reduce((s, e) => s + (e.probability ?? 0), 0);
      if (Math.abs(sum - 1) > 1e-6) at(node, 'probabilitySum', `has branch probabilities summing to ${sum}, not 1.`);
    }
    if (node.kind === 'task') {
      if (node.rework && !ids.has(node.rework.target)) at(node, 'unknownReworkTarget', 'reworks to an unknown task.');
      if (node.resource && !(model.resources ?? []).some((r) => r.id === node.resource))
        at(node, 'unknownResource', 'needs an unknown resource pool.');
    }
  }
  return problems;
}

export function mockFlowView(model: FlowModel, scenario: string | null): FlowView | string {
  const design = scenario === null ? model.design : model.scenarios?.find((s) => s.id === scenario)?.design;
  if (!design) return scenario === null ? 'the model has no base design' : `there is no scenario ${scenario}`;
  const flow = composeDesign(design);
  return { flow, problems: problemsOf(flow, model) };
}

/** A rough shape: a triangle (or a flat block) over the distribution's likely range. */
export function mockDistShape(dist: Dist): DistShape {
  const [lo, mode, hi, mean] = ((): [number, number, number, number] => {
    switch (dist.kind) {
      case 'fixed':
        return [dist.value, dist.value, dist.value, dist.value];
      case 'uniform':
        return [dist.min, (dist.min + dist.max) / 2, dist.max, (dist.min + dist.max) / 2];
      case 'triangular':
        return [dist.min, dist.mode, dist.max, (dist.min + dist.mode + dist.max) / 3];
      case 'gamma': {
        const m = dist.shape * dist.scale;
        return [0, Math.max(0, (dist.shape - 1) * dist.scale), 3 * m, m];
      }
      case 'empirical': {
        const from = Math.min(...dist.bins.map((b) => b.from));
        const to = Math.max(...dist.bins.map((b) => b.to));
        return [from, (from + to) / 2, to, (from + to) / 2];
      }
      case 'exponential':
        return [0, 0, 3 * dist.mean, dist.mean];
      default:
        return [Math.max(0, dist.mean - 3 * dist.sd), dist.mean, dist.mean + 3 * dist.sd, dist.mean];
    }
  })();
  const count = hi > lo ? 12 : 1;
  const width = hi > lo ? (hi - lo) / count : 1;
  const raw = Array.from({ length: count }, (_, k) => {
    const x = lo + (k + 0.5) * width;
    if (count === 1 || dist.kind === 'uniform') return 1;
    return x <= mode ? (x - lo) / (mode - lo || 1) : (hi - x) / (hi - mode || 1);
  });
  const total = raw.reduce((s, w) => s + w, 0) || 1;
  const bins = raw.map((w, k) => ({ from: lo + k * width, to: lo + (k + 1) * width, weight: w / total }));
  const quantile = (q: number) => lo + (hi - lo) * q;
  return { bins, mean, p10: quantile(0.1), p50: quantile(0.5), p90: quantile(0.9) };
}
