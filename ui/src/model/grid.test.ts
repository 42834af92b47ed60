import { describe, expect, it } from 'vitest';
import { sampleDocument } from '../api/sample';
import { buildJourneyGrid, cellKey, nextPositionInCell } from './grid';

describe('journey grid', () => {
  const doc = sampleDocument();

  it('has a column per stage in order and a row per lane', () => {
    const grid = buildJourneyGrid(doc, 'jr-family');
    expect(grid.stages.map((s) => s.name)).toEqual([
      'Discover',
      'Choose',
      'Order',
      'Activate',
      'Use',
      'Support',
      'Renew',
    ]);
    expect(grid.lanes).toEqual(['customerAction', 'frontstage', 'backstage', 'department']);
    expect(grid.cells.size).toBe(7 * 4);
  });

  it('puts each step of the journey in its cell, ordered by position', () => {
    const grid = buildJourneyGrid(doc, 'jr-family');
    const activateFront = grid.cells.get(cellKey('stage-activate', 'frontstage')) ?? [];
    expect(activateFront.map((s) => s.title)).toEqual([
      'Three technician visits',
      'Calls again: technician did not come',
      'Reschedules the IPTV set-up by phone',
      'Appointment SMS for each service',
    ]);
    expect(grid.stepCount).toBe(doc.steps.filter((s) => s.journeyId === 'jr-family').length);
  });

  it('leaves out other journeys and steps of deleted stages', () => {
    const orphan = { ...doc, stages: doc.stages.filter((s) => s.id !== 'stage-activate') };
    const grid = buildJourneyGrid(orphan, 'jr-family');
    expect(
      [...grid.cells.values()].flat().every((s) => s.journeyId === 'jr-family' && s.stageId !== 'stage-activate'),
    ).toBe(true);
  });

  it('gives the next position in a cell', () => {
    expect(nextPositionInCell(doc, 'jr-family', 'stage-activate', 'frontstage')).toBe(4);
    expect(nextPositionInCell(doc, 'jr-family', 'stage-use', 'backstage')).toBe(0);
  });
});
