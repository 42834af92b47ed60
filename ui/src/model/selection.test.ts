import { describe, expect, it } from 'vitest';
import { sampleDocument } from '../api/sample';
import { reconcileSelection } from './selection';

describe('selection', () => {
  const doc = sampleDocument();

  it('keeps a valid selection', () => {
    expect(reconcileSelection(doc, { segmentId: 'seg-senior', journeyId: 'jr-senior' })).toEqual({
      segmentId: 'seg-senior',
      journeyId: 'jr-senior',
    });
  });

  it('falls back to the first segment and its first journey', () => {
    expect(reconcileSelection(doc, { segmentId: 'gone', journeyId: 'gone' })).toEqual({
      segmentId: 'seg-young',
      journeyId: 'jr-young',
    });
  });

  it('derives the segment from a chosen journey', () => {
    expect(reconcileSelection(doc, { segmentId: null, journeyId: 'jr-family' })).toEqual({
      segmentId: 'seg-family',
      journeyId: 'jr-family',
    });
  });

  it('selects nothing in an empty workspace', () => {
    expect(reconcileSelection({ ...doc, segments: [], journeys: [] }, { segmentId: null, journeyId: null })).toEqual({
      segmentId: null,
      journeyId: null,
    });
  });
});
