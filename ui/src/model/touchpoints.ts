import { byPosition } from './order';
import type { Channel, Stage, Step, WorkspaceDocument } from './types';

export interface TouchpointGrid {
  stages: Stage[];
  channels: Channel[];
  /** Touchpoints (steps with a channel) per `stageId|channelId`. */
  cells: Map<string, Step[]>;
  max: number;
  total: number;
}

export function touchpointKey(stageId: string, channelId: string): string {
  return `${stageId}|${channelId}`;
}

/** A segment's touchpoint map: its steps that have a channel, over all its journeys. */
export function buildTouchpointGrid(doc: WorkspaceDocument, segmentId: string | null): TouchpointGrid {
  const stages = byPosition(doc.stages);
  const channels = byPosition(doc.channels);
  const journeyIds = new Set(doc.journeys.filter((j) => j.segmentId === segmentId).map((j) => j.id));
  const cells = new Map<string, Step[]>();
  let max = 0;
  let total = 0;
  for (const step of doc.steps) {
    if (!journeyIds.has(step.journeyId) || step.channelId === null) continue;
    const key = touchpointKey(step.stageId, step.channelId);
    const list = cells.get(key) ?? [];
    list.push(step);
    cells.set(key, list);
    max = Math.max(max, list.length);
    total += 1;
  }
  return { stages, channels, cells, max, total };
}

/**
 * Counts from which a cell is drawn at full heat at the least: a map where every cell
 * holds one touchpoint should look calm, not all red-hot.
 */
export const HEAT_FLOOR = 4;

/** 0..1 heat of a count relative to the busiest cell (at least HEAT_FLOOR); 0 when empty. */
export function heat(count: number, max: number): number {
  if (count <= 0) return 0;
  // Never fully transparent for one touchpoint, so a single contact still stands out.
  return 0.15 + 0.85 * Math.min(1, count / Math.max(max, HEAT_FLOOR));
}
