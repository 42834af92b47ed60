import { describe, expect, it } from 'vitest';
import { sampleNames } from '../test/sample';
import { buildTouchpointGrid, heat, touchpointKey } from './touchpoints';

describe('touchpoint grid', () => {
  const names = sampleNames();
  const { doc } = names;

  it('counts a segment’s steps with a channel per stage × channel', () => {
    const grid = buildTouchpointGrid(doc, names.segment('Family home').id);
    const activate = names.stage('Activate').id;
    // Three technician visits, one booking call out and one chase call in.
    expect(grid.cells.get(touchpointKey(activate, names.channel('Technician at home').id))?.length).toBe(3);
    expect(grid.cells.get(touchpointKey(activate, names.channel('Phone (inbound)').id))?.length).toBe(1);
    expect(grid.cells.get(touchpointKey(names.stage('Order').id, names.channel('Shop').id))?.length).toBe(1);
    expect(grid.max).toBe(3);
    const family = names.journey('Get the home triple-play').id;
    const withChannel = doc.steps.filter((s) => s.journeyId === family && s.channelId !== null).length;
    expect(grid.total).toBe(withChannel);
  });

  it('ignores other segments and steps without a channel', () => {
    const young = names.segment('Young digital').id;
    const journeys = names.journeysOf(young).map((j) => j.id);
    const grid = buildTouchpointGrid(doc, young);
    const steps = [...grid.cells.values()].flat();
    expect(steps.length).toBeGreaterThan(0);
    expect(steps.every((s) => journeys.includes(s.journeyId) && s.channelId !== null)).toBe(true);
  });

  it('heats cells relative to the busiest one, with a floor', () => {
    expect(heat(0, 5)).toBe(0);
    expect(heat(5, 5)).toBe(1);
    expect(heat(1, 1)).toBeLessThan(0.5);
    expect(heat(2, 8)).toBeGreaterThan(heat(1, 8));
  });
});
