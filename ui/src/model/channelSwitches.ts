// Where the activation flow makes a segment's customers switch channel, on its touchpoint
// map: the channel switches a task forces (per case, from the run) are placed on the cells
// (stage × channel) of the journey steps linked to that task.
import type { StepStats, WorkspaceDocument } from '../bindings';
import { touchpointKey } from './touchpoints';

export interface SwitchCell {
  /** Channel switches per case entering the cell's touchpoints. */
  perCase: number;
  /** The flow tasks (node ids) they come from. */
  tasks: string[];
}

/**
 * Channel switches per cell (`stageId|channelId`) for a segment's journeys. A task linked to
 * several steps of the same cell counts once there; cells without switches are left out.
 */
export function channelSwitchCells(
  doc: WorkspaceDocument,
  segmentId: string | null,
  steps: readonly StepStats[],
): Map<string, SwitchCell> {
  const journeys = new Set(doc.journeys.filter((j) => j.segmentId === segmentId).map((j) => j.id));
  const byTask = new Map(steps.filter((s) => s.channelSwitchesPerCase > 0).map((s) => [s.nodeId, s]));
  const cells = new Map<string, SwitchCell>();
  for (const step of doc.steps) {
    if (!journeys.has(step.journeyId) || !step.channelId || !step.flowTask) continue;
    const stats = byTask.get(step.flowTask);
    if (!stats) continue;
    const key = touchpointKey(step.stageId, step.channelId);
    const cell = cells.get(key) ?? { perCase: 0, tasks: [] };
    if (cell.tasks.includes(stats.nodeId)) continue;
    cell.tasks.push(stats.nodeId);
    cell.perCase += stats.channelSwitchesPerCase;
    cells.set(key, cell);
  }
  return cells;
}
