import { describe, expect, it } from 'vitest';
import { homeViewport, LANE_HEADER_WIDTH, MAX_OPENING_ZOOM, READABLE_ZOOM } from './viewport';

const lanes = (count: number, height: number) =>
  Array.from({ length: count }, (_, i) => ({ lane: `lane ${i}`, y: i * height, height }));

/** The Flow tab's canvas at 1280×800. */
const CANVAS = { width: 688, height: 609 };

describe('the opening view', () => {
  it('opens a flow bigger than the canvas at the readable zoom on its start and first lane', () => {
    // The sample's as-is: 13 lanes, about 5,000 px wide.
    const start = { x: 0, y: 47 };
    const view = homeViewport(new Map([['start', start]]), lanes(13, 134), 5018, CANVAS);
    expect(view.zoom).toBe(READABLE_ZOOM);
    expect(view.x + start.x * view.zoom).toBeGreaterThanOrEqual(LANE_HEADER_WIDTH);
    expect(view.y).toBeGreaterThanOrEqual(0);
    // As many lanes as the canvas holds: lanes run on below its bottom edge.
    expect(view.y + 13 * 134 * view.zoom).toBeGreaterThan(CANVAS.height);
  });

  it('enlarges a small flow to fill the canvas height, its start still in sight', () => {
    const start = { x: 20, y: 30 };
    const view = homeViewport(new Map([['start', start]]), lanes(2, 134), 420, CANVAS);
    expect(view.zoom).toBeGreaterThan(READABLE_ZOOM);
    expect(view.zoom).toBeLessThanOrEqual(MAX_OPENING_ZOOM);
    const shown = { left: view.x + start.x * view.zoom, bottom: view.y + 2 * 134 * view.zoom };
    expect(shown.left).toBeGreaterThanOrEqual(LANE_HEADER_WIDTH);
    expect(shown.bottom).toBeLessThanOrEqual(CANVAS.height);
    expect(view.x + 420 * view.zoom).toBeLessThanOrEqual(CANVAS.width);
  });

  it('stays at the readable zoom before the canvas is measured', () => {
    expect(homeViewport(new Map(), [], 0, { width: 0, height: 0 }).zoom).toBe(READABLE_ZOOM);
  });
});
