import { describe, expect, it } from 'vitest';
import { sampleDocument } from '../api/sample';
import { buildTouchpointGrid, heat, touchpointKey } from './touchpoints';

describe('touchpoint grid', () => {
  const doc = sampleDocument();

  it('counts a segment’s steps with a channel per stage × channel', () => {
    const grid = buildTouchpointGrid(doc, 'seg-family');
    expect(grid.cells.get(touchpointKey('stage-activate', 'ch-hotline'))?.length).toBe(3);
    expect(grid.cells.get(touchpointKey('stage-order', 'ch-shop'))?.length).toBe(1);
    expect(grid.max).toBe(3);
    const withChannel = doc.steps.filter((s) => s.journeyId === 'jr-family' && s.channelId !== null).length;
    expect(grid.total).toBe(withChannel);
  });

  it('ignores other segments and steps without a channel', () => {
    const grid = buildTouchpointGrid(doc, 'seg-young');
    const steps = [...grid.cells.values()].flat();
    expect(steps.every((s) => s.journeyId === 'jr-young' && s.channelId !== null)).toBe(true);
  });

  it('heats cells relative to the busiest one, with a floor', () => {
    expect(heat(0, 5)).toBe(0);
    expect(heat(5, 5)).toBe(1);
    expect(heat(1, 1)).toBeLessThan(0.5);
    expect(heat(2, 8)).toBeGreaterThan(heat(1, 8));
  });
});
