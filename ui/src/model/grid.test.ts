import { describe, expect, it } from 'vitest';
import { sampleNames } from '../test/sample';
import { buildJourneyGrid, cellKey, nextPositionInCell } from './grid';

describe('journey grid', () => {
  const names = sampleNames();
  const { doc } = names;
  const family = names.journey('Get the home triple-play').id;
  const activate = names.stage('Activate').id;

  it('has a column per stage in order and a row per lane', () => {
    const grid = buildJourneyGrid(doc, family);
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
    // Records in reverse, so the order has to come from the positions.
    const grid = buildJourneyGrid({ ...doc, steps: [...doc.steps].reverse() }, family);
    const activateFront = grid.cells.get(cellKey(activate, 'frontstage')) ?? [];
    expect(activateFront.map((s) => s.title)).toEqual([
      'Broadband calls to book a technician',
      'First technician visit: broadband',
      'Second technician visit: the IPTV boxes',
      'Third technician visit: the fixed line',
    ]);
    expect(grid.stepCount).toBe(doc.steps.filter((s) => s.journeyId === family).length);
  });

  it('leaves out other journeys and steps of deleted stages', () => {
    const orphan = { ...doc, stages: doc.stages.filter((s) => s.id !== activate) };
    const grid = buildJourneyGrid(orphan, family);
    const shown = [...grid.cells.values()].flat();
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((s) => s.journeyId === family && s.stageId !== activate)).toBe(true);
  });

  it('gives the next position in a cell', () => {
    expect(nextPositionInCell(doc, family, activate, 'frontstage')).toBe(4);
    expect(nextPositionInCell(doc, family, names.stage('Use').id, 'backstage')).toBe(0);
  });
});
