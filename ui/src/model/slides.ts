// The slides of the presentation: a title, one slide per stage of each presented journey
// (stages without steps are skipped, a stage with many steps is split over several slides),
// the friction ranking of each presented segment after a run, and the scenario comparison
// when there is one. The deck presents the selected segment's journey or every segment.
import type { Step, WorkspaceDocument } from '../bindings';
import { LANES } from './types';
import { byPosition } from './order';

/** Which segments the deck presents: the one selected, or all of them in turn. */
export type PresentScope = 'segment' | 'all';

export type Slide =
  | { kind: 'title' }
  | {
      kind: 'stage';
      stageId: string;
      journeyId: string;
      segmentId: string;
      /** The steps on this slide, lane by lane; a split stage's slides share them out. */
      stepIds: string[];
      part: number;
      parts: number;
    }
  | { kind: 'friction'; segmentId: string | null }
  | { kind: 'comparison' };

/**
 * At most this many steps on one stage slide: more are split over several slides. The
 * slide is also scaled down to fit the window; past this many cards (four lanes of two
 * rows) the text would shrink below what a room can read from the back.
 */
export const STEPS_PER_SLIDE = 8;

/** What is presented: the selected segment and journey, or every segment. */
export interface DeckChoice {
  scope: PresentScope;
  segmentId: string | null;
  journeyId: string | null;
}

/** The steps of one stage in the order a slide shows them: lane by lane, then by position. */
function laneOrder(steps: readonly Step[]): Step[] {
  return LANES.flatMap((lane) => byPosition(steps.filter((s) => s.lane === lane)));
}

/** Splits a stage's steps into slides of at most STEPS_PER_SLIDE, as evenly as possible. */
export function splitStage(steps: readonly Step[]): Step[][] {
  const ordered = laneOrder(steps);
  if (ordered.length === 0) return [];
  const parts = Math.ceil(ordered.length / STEPS_PER_SLIDE);
  const size = Math.ceil(ordered.length / parts);
  return Array.from({ length: parts }, (_, i) => ordered.slice(i * size, (i + 1) * size));
}

function journeySlides(doc: WorkspaceDocument, journeyId: string, segmentId: string): Slide[] {
  const steps = doc.steps.filter((s) => s.journeyId === journeyId);
  return byPosition(doc.stages).flatMap((stage) => {
    const parts = splitStage(steps.filter((s) => s.stageId === stage.id));
    return parts.map(
      (part, i): Slide => ({
        kind: 'stage',
        stageId: stage.id,
        journeyId,
        segmentId,
        stepIds: part.map((s) => s.id),
        part: i + 1,
        parts: parts.length,
      }),
    );
  });
}

export function buildSlides(
  doc: WorkspaceDocument,
  choice: DeckChoice,
  has: { result: boolean; comparison: boolean },
): Slide[] {
  const friction = (segmentId: string | null): Slide[] => (has.result ? [{ kind: 'friction', segmentId }] : []);
  const body: Slide[] = [];
  if (choice.scope === 'all') {
    // Each segment in turn: its journeys' stages, then where its activation hurts.
    for (const segment of doc.segments) {
      const journeys = doc.journeys.filter((j) => j.segmentId === segment.id);
      const stages = journeys.flatMap((j) => journeySlides(doc, j.id, segment.id));
      if (stages.length === 0 && !has.result) continue;
      body.push(...stages, ...friction(segment.id));
    }
  } else {
    const journey = doc.journeys.find((j) => j.id === choice.journeyId);
    if (journey) body.push(...journeySlides(doc, journey.id, journey.segmentId));
    body.push(...friction(choice.segmentId));
  }
  return [{ kind: 'title' }, ...body, ...(has.comparison ? [{ kind: 'comparison' } as const] : [])];
}

/**
 * A friction reason as shown beside its step's name: without the name again. Runs saved
 * before reasons left the name out read "Broadband technician visit: 1.2 technician visits…".
 */
export function reasonBesideName(name: string, reason: string): string {
  const text = reason.trim();
  if (!name || !text.toLowerCase().startsWith(name.toLowerCase())) return text;
  const after = text.slice(name.length);
  // Only the name followed by a separator: "Waiting 9.6 days" does not start with "Wait".
  if (after !== '' && !/^\s*[:：—–-]/.test(after)) return text;
  const rest = after.replace(/^[\s:：—–-]+/, '');
  return rest.charAt(0).toUpperCase() + rest.slice(1);
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
