// Where the canvas looks when the flow opens, and the zoom its text stays readable at.
import type { Band } from '../../model/flowLanes';
import type { Point } from './layout';

/** The zoom at which the smallest text of the graph (11 px) is drawn at 11 px. */
export const READABLE_ZOOM = 1;

/** The width of the lane names column over the canvas's left edge, in screen pixels. */
export const LANE_HEADER_WIDTH = 128;

const MARGIN = 16;

/**
 * The viewport that shows the start of the flow (its leftmost node) just right of the lane
 * names and the first lanes from their top, at a readable zoom.
 */
export function homeViewport(positions: ReadonlyMap<string, Point>, bands: readonly Band[]) {
  const xs = [...positions.values()].map((p) => p.x);
  const left = xs.length ? Math.min(...xs) : 0;
  const top = bands[0]?.y ?? 0;
  return {
    x: LANE_HEADER_WIDTH + MARGIN - left * READABLE_ZOOM,
    y: MARGIN / 2 - top * READABLE_ZOOM,
    zoom: READABLE_ZOOM,
  };
}

/**
 * Each lane's name, where its band is on screen: the name stays at the top of the visible
 * part of its band while the canvas pans (sticky), and is hidden with a band off-screen.
 */
export function laneHeaders(
  bands: readonly Band[],
  viewport: { y: number; zoom: number },
  height: number,
  labelHeight = 22,
): { lane: string; top: number; height: number; labelTop: number }[] {
  return bands
    .map((band) => {
      const top = viewport.y + band.y * viewport.zoom;
      const bandHeight = band.height * viewport.zoom;
      const labelTop = Math.min(Math.max(0, -top), Math.max(0, bandHeight - labelHeight));
      return { lane: band.lane, top, height: bandHeight, labelTop };
    })
    .filter((h) => h.top + h.height > 0 && h.top < height);
}
