import { byPosition, nextPositionOf } from './order';
import { LANES, type Lane, type Stage, type Step, type WorkspaceDocument } from './types';

export function cellKey(stageId: string, lane: Lane): string {
  return `${stageId}|${lane}`;
}

export interface JourneyGrid {
  stages: Stage[];
  lanes: readonly Lane[];
  /** Steps of each cell (stage × lane), in their order inside the cell. */
  cells: Map<string, Step[]>;
  stepCount: number;
}

/** The stage × lane grid of one journey's steps. */
export function buildJourneyGrid(doc: WorkspaceDocument, journeyId: string | null): JourneyGrid {
  const stages = byPosition(doc.stages);
  const cells = new Map<string, Step[]>();
  for (const stage of stages) for (const lane of LANES) cells.set(cellKey(stage.id, lane), []);
  let stepCount = 0;
  for (const step of doc.steps) {
    if (step.journeyId !== journeyId) continue;
    const cell = cells.get(cellKey(step.stageId, step.lane));
    if (!cell) continue; // a step in a stage that no longer exists is not drawn
    cell.push(step);
    stepCount += 1;
  }
  for (const [key, steps] of cells) cells.set(key, byPosition(steps));
  return { stages, lanes: LANES, cells, stepCount };
}

/** Steps of a cell in order. */
export function stepsInCell(doc: WorkspaceDocument, journeyId: string, stageId: string, lane: Lane): Step[] {
  return byPosition(doc.steps.filter((s) => s.journeyId === journeyId && s.stageId === stageId && s.lane === lane));
}

/** The position a step appended to a cell gets. */
export function nextPositionInCell(
  doc: WorkspaceDocument,
  journeyId: string,
  stageId: string,
  lane: Lane,
  excludeStepId?: string,
): number {
  return nextPositionOf(stepsInCell(doc, journeyId, stageId, lane).filter((s) => s.id !== excludeStepId));
}
