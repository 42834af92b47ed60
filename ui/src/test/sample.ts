// The sample's records looked up by name: the fixtures' ids are UUIDs the tests never spell.
import { sampleDocument } from '../api/fixtures';
import type { WorkspaceDocument } from '../bindings';

type Named = { id: string; name: string };

function byName<T extends Named>(records: T[], kind: string, name: string): T {
  const found = records.find((r) => r.name === name);
  if (!found) throw new Error(`the sample has no ${kind} named ${name}`);
  return found;
}

/** Lookups by name into `doc` (a fresh copy of the sample unless given). */
export function sampleNames(doc: WorkspaceDocument = sampleDocument()) {
  return {
    doc,
    stage: (name: string) => byName(doc.stages, 'stage', name),
    channel: (name: string) => byName(doc.channels, 'channel', name),
    segment: (name: string) => byName(doc.segments, 'segment', name),
    journey: (name: string) => byName(doc.journeys, 'journey', name),
    silo: (name: string) => byName(doc.silos, 'silo', name),
    service: (name: string) => byName(doc.services, 'service', name),
    bundle: (name: string) => byName(doc.bundles, 'bundle', name),
    scenario: (name: string) => byName(doc.scenarios, 'scenario', name),
    /** The journeys of a segment, in document order. */
    journeysOf: (segmentId: string) => doc.journeys.filter((j) => j.segmentId === segmentId),
    /** A step by its exact title. */
    step: (title: string) => {
      const found = doc.steps.find((s) => s.title === title);
      if (!found) throw new Error(`the sample has no step titled ${title}`);
      return found;
    },
  };
}
