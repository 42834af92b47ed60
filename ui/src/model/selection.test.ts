import { describe, expect, it } from 'vitest';
import { sampleNames } from '../test/sample';
import { reconcileSelection } from './selection';

describe('selection', () => {
  const names = sampleNames();
  const { doc } = names;
  const young = names.segment('Young digital');
  const family = names.segment('Family home');
  const senior = names.segment('Senior');
  const journeyOf = (segmentId: string) => names.journeysOf(segmentId)[0]!.id;

  it('keeps a valid selection', () => {
    const wanted = { segmentId: senior.id, journeyId: journeyOf(senior.id) };
    expect(reconcileSelection(doc, wanted)).toEqual(wanted);
  });

  it('falls back to the first segment and its first journey', () => {
    expect(doc.segments[0]!.id).toBe(young.id);
    expect(reconcileSelection(doc, { segmentId: 'gone', journeyId: 'gone' })).toEqual({
      segmentId: young.id,
      journeyId: names.journey('Switch to the bundle in the app').id,
    });
  });

  it('derives the segment from a chosen journey', () => {
    const journeyId = names.journey('Get the home triple-play').id;
    expect(reconcileSelection(doc, { segmentId: null, journeyId })).toEqual({ segmentId: family.id, journeyId });
  });

  it('selects nothing in an empty workspace', () => {
    expect(reconcileSelection({ ...doc, segments: [], journeys: [] }, { segmentId: null, journeyId: null })).toEqual({
      segmentId: null,
      journeyId: null,
    });
  });
});
