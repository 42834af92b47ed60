import type { WorkspaceDocument } from './types';

export interface Selection {
  segmentId: string | null;
  journeyId: string | null;
}

/**
 * Keeps the selected segment and journey valid after the document changed (undo, delete,
 * another file): the same ones when they still exist, otherwise the first available.
 */
export function reconcileSelection(doc: WorkspaceDocument, wanted: Selection): Selection {
  const segment =
    doc.segments.find((s) => s.id === wanted.segmentId) ??
    // A journey chosen elsewhere (e.g. from the touchpoint map) implies its segment.
    doc.segments.find((s) => doc.journeys.some((j) => j.id === wanted.journeyId && j.segmentId === s.id)) ??
    doc.segments[0] ??
    null;
  if (!segment) return { segmentId: null, journeyId: null };
  const journeys = doc.journeys.filter((j) => j.segmentId === segment.id);
  const journey = journeys.find((j) => j.id === wanted.journeyId) ?? journeys[0] ?? null;
  return { segmentId: segment.id, journeyId: journey?.id ?? null };
}
