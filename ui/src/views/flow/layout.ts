// Auto-layout of a composed flow: ELK's layered algorithm (left to right) gives each node
// its column and order, then the nodes are put in horizontal swimlanes by owning silo.
import { assignLanes, placeInBands, type Band, type SiloLanes } from '../../model/flowLanes';
import type { Flow, FlowNode } from '../../model/flowTypes';
import { elkLayout } from './elk';

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

export interface FlowLayout {
  positions: Map<string, { x: number; y: number }>;
  bands: Band[];
  width: number;
}

/** ELK's positions of the nodes; a plain row if ELK fails, so a broken draft still shows. */
async function layered(flow: Flow): Promise<Map<string, { x: number; y: number }>> {
  const ids = new Set(flow.nodes.map((n) => n.id));
  try {
    const graph = await elkLayout({
      id: 'root',
      layoutOptions: {
        'elk.algorithm': 'layered',
        'elk.direction': 'RIGHT',
        'elk.layered.spacing.nodeNodeBetweenLayers': '56',
        'elk.spacing.nodeNode': '28',
      },
      children: flow.nodes.map((n) => ({ id: n.id, ...nodeSize(n) })),
      // Edges to unknown nodes (a draft being repaired) would make ELK throw.
      edges: flow.edges
        .filter((e) => ids.has(e.from) && ids.has(e.to))
        .map((e, i) => ({ id: `e${i}`, sources: [e.from], targets: [e.to] })),
    });
    return new Map((graph.children ?? []).map((c) => [c.id, { x: c.x ?? 0, y: c.y ?? 0 }]));
  } catch {
    return new Map(flow.nodes.map((n, i) => [n.id, { x: i * 240, y: 0 }]));
  }
}

export async function layoutFlow(flow: Flow, siloLanes: SiloLanes | null = null): Promise<FlowLayout> {
  const at = await layered(flow);
  const lanes = assignLanes(flow, siloLanes);
  const boxes = flow.nodes.map((n) => ({
    id: n.id,
    lane: lanes.get(n.id) ?? '',
    ...(at.get(n.id) ?? { x: 0, y: 0 }),
    ...nodeSize(n),
  }));
  const { positions, bands } = placeInBands(boxes);
  const width = Math.max(0, ...boxes.map((b) => b.x + b.width));
  return { positions, bands, width };
}
