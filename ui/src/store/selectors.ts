import { useWorkspace } from './workspace';
import type { Journey, Segment, WorkspaceDocument } from '../model/types';

export const useDocument = (): WorkspaceDocument | null => useWorkspace((s) => s.workspace?.document ?? null);

export const useCurrentSegment = (): Segment | null =>
  useWorkspace((s) => s.workspace?.document.segments.find((x) => x.id === s.segmentId) ?? null);

export const useCurrentJourney = (): Journey | null =>
  useWorkspace((s) => s.workspace?.document.journeys.find((x) => x.id === s.journeyId) ?? null);
