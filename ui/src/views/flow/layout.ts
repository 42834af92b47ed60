// Auto-layout of a composed flow: ELK's layered algorithm (left to right) gives each node
// its column and order, then the nodes are put in horizontal swimlanes by owning silo. A
// second ELK pass keeps those places (and the ones the user dragged nodes to) and routes the
// edges orthogonally around the boxes.
import { assignLanes, placeInBands, type Band, type SiloLanes } from '../../model/flowLanes';
import type { Flow, FlowNode } from '../../model/flowTypes';
import { elkLayout } from './elk';

export type Point = { x: number; y: number };

/** The drawn size of each node kind (the node components use the same sizes). */
export function nodeSize(node: FlowNode): { width: number; height: number } {
  switch (node.kind) {
    case 'task':
      return { width: 190, height: 78 };
    case 'wait':
      return { width: 160, height: 52 };
    case 'start':
    case 'end':
      return { width: 40, height: 40 };
    default:
      return { width: 48, height: 48 };
  }
}

/** An edge's drawn line, and where its two nodes were when it was routed. */
export interface Route {
  points: Point[];
  source: Point;
  target: Point;
}

export interface FlowLayout {
  positions: Map<string, Point>;
  bands: Band[];
  width: number;
  /** By `from->to`; an edge without one (ELK failed, a node moved since) is drawn as a step line. */
  routes: Map<string, Route>;
}

export const edgeKey = (from: string, to: string) => `${from}->${to}`;

const SPACING = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.padding': '[top=0,left=0,bottom=0,right=0]',
  'elk.layered.spacing.nodeNodeBetweenLayers': '56',
  'elk.spacing.nodeNode': '28',
  'elk.spacing.edgeNode': '14',
  'elk.spacing.edgeEdge': '8',
};

/** Keep the positions given: layers, order and y from them, so ELK only routes the edges. */
const KEEP_POSITIONS = {
  'elk.layered.cycleBreaking.strategy': 'INTERACTIVE',
  'elk.layered.layering.strategy': 'INTERACTIVE',
  'elk.layered.crossingMinimization.strategy': 'INTERACTIVE',
  'elk.layered.nodePlacement.strategy': 'INTERACTIVE',
};

/** ELK's layout of the flow, nodes at `at` when given. */
function elk(flow: Flow, at: Map<string, Point> | null) {
  const ids = new Set(flow.nodes.map((n) => n.id));
  // Edges to unknown nodes (a draft being repaired) would make ELK throw.
  const edges = flow.edges.filter((e) => ids.has(e.from) && ids.has(e.to));
  return elkLayout({
    id: 'root',
    layoutOptions: at ? { ...SPACING, ...KEEP_POSITIONS } : SPACING,
    children: flow.nodes.map((n) => ({ id: n.id, ...nodeSize(n), ...at?.get(n.id) })),
    edges: edges.map((e, i) => ({ id: `e${i}`, sources: [e.from], targets: [e.to] })),
  }).then((graph) => ({ graph, edges }));
}

const positionsOf = (children: { id: string; x?: number; y?: number }[] | undefined) =>
  new Map((children ?? []).map((c) => [c.id, { x: c.x ?? 0, y: c.y ?? 0 }]));

/**
 * The flow laid out: in lanes by silo, dragged nodes where they were dragged (`stored`),
 * edges routed around the boxes. A plain row without routes if ELK fails, so a broken draft
 * still shows.
 */
export async function layoutFlow(
  flow: Flow,
  siloLanes: SiloLanes | null = null,
  stored: ReadonlyMap<string, Point> = new Map(),
): Promise<FlowLayout> {
  let layered: Map<string, Point>;
  try {
    layered = positionsOf((await elk(flow, null)).graph.children);
  } catch {
    layered = new Map(flow.nodes.map((n, i) => [n.id, { x: i * 240, y: 0 }]));
  }
  const lanes = assignLanes(flow, siloLanes);
  const boxes = flow.nodes.map((n) => ({
    id: n.id,
    lane: lanes.get(n.id) ?? '',
    ...(layered.get(n.id) ?? { x: 0, y: 0 }),
    ...nodeSize(n),
  }));
  const { positions: banded, bands } = placeInBands(boxes);
  const wanted = new Map(banded);
  for (const [id, at] of stored) if (wanted.has(id)) wanted.set(id, at);

  let positions = wanted;
  const routes = new Map<string, Route>();
  try {
    const { graph, edges } = await elk(flow, wanted);
    // ELK keeps each node's y and order but may close up the columns; dragged nodes stay
    // where they were dragged, and their edges are drawn as step lines.
    const routed = positionsOf(graph.children);
    positions = new Map([...wanted].map(([id, at]) => [id, stored.has(id) ? at : (routed.get(id) ?? at)]));
    for (const [i, edge] of edges.entries()) {
      const section = graph.edges?.find((e) => e.id === `e${i}`)?.sections?.[0];
      const source = routed.get(edge.from);
      const target = routed.get(edge.to);
      if (!section || !source || !target) continue;
      const points = [section.startPoint, ...(section.bendPoints ?? []), section.endPoint];
      routes.set(edgeKey(edge.from, edge.to), { points, source, target });
    }
  } catch {
    // Drawn without routes.
  }
  const width = Math.max(0, ...flow.nodes.map((n) => (positions.get(n.id)?.x ?? 0) + nodeSize(n).width));
  return { positions, bands, width, routes };
}
