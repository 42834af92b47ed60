// Swimlanes by owning silo, so hand-offs between silos show as lines crossing lanes. Tasks
// and waits sit in their silo's lane; markers and gateways join the lane their neighbours
// agree on (predecessors first), else the shared "Flow" lane.
import { fragments } from './flowFragments';
import { siloOf } from './flowNodes';
import type { Flow, FlowNode, Scenario } from './flowTypes';
import type { Silo } from './types';

/** The lane of nodes that belong to no silo (composition markers, joins across silos). */
export const FLOW_LANE = '';

/** Lanes by silo id: which silo owns each node of a scenario, and each silo's name. */
export interface SiloLanes {
  siloOfNode: Map<string, string>;
  names: Map<string, string>;
}

/**
 * The lanes of a scenario's derived flow: the derived flow names silos, the scenario records
 * them by id (the same node ids), so nodes are grouped by id and lanes labelled by name.
 */
export function siloLanes(design: Scenario, silos: readonly Silo[]): SiloLanes {
  const siloOfNode = new Map<string, string>();
  for (const f of fragments(design))
    for (const node of f.flow.nodes) {
      const silo = siloOf(node);
      if (silo) siloOfNode.set(node.id, silo);
    }
  return { siloOfNode, names: new Map(silos.map((s) => [s.id, s.name])) };
}

/** The lane key of a node: its silo id when known, else the silo as the flow gives it. */
export function laneKey(lanes: SiloLanes | null, node: FlowNode): string | null {
  return lanes?.siloOfNode.get(node.id) ?? siloOf(node);
}

export function assignLanes(flow: Flow, lanes: SiloLanes | null = null): Map<string, string> {
  const lane = new Map<string, string>();
  for (const node of flow.nodes) {
    const silo = laneKey(lanes, node);
    if (silo) lane.set(node.id, silo);
  }
  const agreed = (ids: string[]): string | null => {
    const lanes = new Set(ids.map((id) => lane.get(id)).filter((l): l is string => l !== undefined));
    return lanes.size === 1 ? ([...lanes][0] ?? null) : null;
  };
  // Gateways next to gateways take their lane from each other, so repeat until stable.
  let changed = true;
  while (changed) {
    changed = false;
    for (const node of flow.nodes) {
      if (lane.has(node.id)) continue;
      const preds = flow.edges.filter((e) => e.to === node.id).map((e) => e.from);
      const succs = flow.edges.filter((e) => e.from === node.id).map((e) => e.to);
      const pick = agreed(preds) ?? (preds.some((p) => lane.has(p)) ? null : agreed(succs));
      if (pick !== null) {
        lane.set(node.id, pick);
        changed = true;
      }
    }
  }
  for (const node of flow.nodes) if (!lane.has(node.id)) lane.set(node.id, FLOW_LANE);
  return lane;
}

export interface Box {
  id: string;
  lane: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Band {
  lane: string;
  y: number;
  height: number;
}

/**
 * Places laid-out boxes in horizontal bands, one per lane, keeping their x (the layer) and
 * stacking boxes of a lane that overlap horizontally in rows (in their layout's y order).
 * Lanes are ordered by where they first appear from the left.
 */
export function placeInBands(
  boxes: readonly Box[],
  { gap = 24, padding = 28 }: { gap?: number; padding?: number } = {},
): { positions: Map<string, { x: number; y: number }>; bands: Band[] } {
  const firstX = new Map<string, number>();
  for (const b of boxes) firstX.set(b.lane, Math.min(firstX.get(b.lane) ?? Infinity, b.x));
  const lanes = [...firstX.keys()].sort((a, b) => (firstX.get(a) ?? 0) - (firstX.get(b) ?? 0) || a.localeCompare(b));
  const positions = new Map<string, { x: number; y: number }>();
  const bands: Band[] = [];
  let top = 0;
  for (const laneName of lanes) {
    const inLane = boxes.filter((b) => b.lane === laneName).sort((a, b) => a.y - b.y || a.x - b.x);
    // Each row remembers where its last box ends; a box goes in the first row it fits.
    const rowEnds: number[] = [];
    const rowHeights: number[] = [];
    const rowOf = new Map<string, number>();
    for (const box of [...inLane].sort((a, b) => a.x - b.x || a.y - b.y)) {
      let row = rowEnds.findIndex((end) => end + gap <= box.x);
      if (row < 0) row = rowEnds.length;
      rowEnds[row] = box.x + box.width;
      rowHeights[row] = Math.max(rowHeights[row] ?? 0, box.height);
      rowOf.set(box.id, row);
    }
    const rowTops: number[] = [];
    let y = top + padding;
    for (const h of rowHeights) {
      rowTops.push(y);
      y += h + gap;
    }
    for (const box of inLane) {
      const row = rowOf.get(box.id) ?? 0;
      const h = rowHeights[row] ?? box.height;
      positions.set(box.id, { x: box.x, y: (rowTops[row] ?? top) + (h - box.height) / 2 });
    }
    const height = y - gap + padding - top;
    bands.push({ lane: laneName, y: top, height });
    top += height;
  }
  return { positions, bands };
}
