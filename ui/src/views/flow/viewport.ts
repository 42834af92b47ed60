// Where the canvas looks when the flow opens, and the zoom its text stays readable at.
import type { Band } from '../../model/flowLanes';
import type { Point } from './layout';

/** The zoom at which the smallest text of the graph (11 px) is drawn at 11 px. */
export const READABLE_ZOOM = 1;

/** The width of the lane names column over the canvas's left edge, in screen pixels. */
export const LANE_HEADER_WIDTH = 128;

const MARGIN = 16;

/** The most a flow smaller than the canvas is enlarged to fill it as it opens. */
export const MAX_OPENING_ZOOM = 1.5;

/**
 * The viewport the flow opens at: its start (leftmost node) just right of the lane names and
 * the lanes from the first one's top, at the zoom that shows as many lanes as the canvas's
 * height holds while text stays readable (the readable zoom for a flow taller or wider
 * than the canvas; larger, up to {@link MAX_OPENING_ZOOM}, for one that would leave the
 * canvas half empty).
 */
export function homeViewport(
  positions: ReadonlyMap<string, Point>,
  bands: readonly Band[],
  flowWidth: number,
  canvas: { width: number; height: number },
) {
  const xs = [...positions.values()].map((p) => p.x);
  const left = xs.length ? Math.min(...xs) : 0;
  const top = bands[0]?.y ?? 0;
  const last = bands[bands.length - 1];
  const lanesHeight = last ? last.y + last.height - top : 0;
  const fill = Math.min(
    (canvas.height - MARGIN) / lanesHeight,
    (canvas.width - LANE_HEADER_WIDTH - 2 * MARGIN) / (flowWidth - left),
  );
  const zoom =
    Number.isFinite(fill) && fill > 0 ? Math.min(Math.max(fill, READABLE_ZOOM), MAX_OPENING_ZOOM) : READABLE_ZOOM;
  return {
    x: LANE_HEADER_WIDTH + MARGIN - left * zoom,
    y: MARGIN / 2 - top * zoom,
    zoom,
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
