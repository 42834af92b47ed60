// The slides of the presentation: a title, one slide per stage of the selected journey
// (stages without steps are skipped), the friction ranking after a run, and the scenario
// comparison when there is one.
import type { WorkspaceDocument } from '../bindings';
import { byPosition } from './order';

export type Slide =
  | { kind: 'title' }
  | { kind: 'stage'; stageId: string }
  | { kind: 'friction' }
  | { kind: 'comparison' };

export function buildSlides(
  doc: WorkspaceDocument,
  journeyId: string | null,
  has: { result: boolean; comparison: boolean },
): Slide[] {
  const used = new Set(doc.steps.filter((s) => s.journeyId === journeyId).map((s) => s.stageId));
  const stages = byPosition(doc.stages).filter((s) => used.has(s.id));
  return [
    { kind: 'title' },
    ...stages.map((s): Slide => ({ kind: 'stage', stageId: s.id })),
    ...(has.result ? [{ kind: 'friction' } as const] : []),
    ...(has.comparison ? [{ kind: 'comparison' } as const] : []),
  ];
}

/** The slide index after a step, kept within the deck. */
export function stepSlide(index: number, delta: number, count: number): number {
  if (count <= 0) return 0;
  return Math.min(count - 1, Math.max(0, index + delta));
}

/** Keys that move through the deck: +1 forward, −1 back, null for any other key. */
export function slideDelta(key: string): 1 | -1 | null {
  if (key === 'ArrowRight' || key === 'PageDown' || key === ' ' || key === 'Spacebar') return 1;
  if (key === 'ArrowLeft' || key === 'PageUp') return -1;
  return null;
}
