import { describe, expect, it } from 'vitest';
import { fitScale } from './fit';

/** Content of `cards` cards 300 px wide and 200 px tall that wrap in rows as wide as allowed. */
const wrapping = (cards: number) => (width: number) => Math.ceil(cards / Math.max(1, Math.floor(width / 300))) * 200;

describe('fitScale', () => {
  it('keeps content that fits at full size', () => {
    expect(fitScale(1200, 800, wrapping(8))).toBe(1);
  });

  it('scales content that is too tall down until it fits, laid out as wide as the scale allows', () => {
    for (const [width, height] of [
      [1150, 680],
      [1790, 500],
      [600, 400],
    ] as const) {
      const heightAt = wrapping(14);
      const scale = fitScale(width, height, heightAt);
      expect(scale).toBeLessThan(1);
      expect(heightAt(width / scale) * scale).toBeLessThanOrEqual(height);
      // Not needlessly small: a tenth larger would no longer fit.
      const bigger = Math.min(1, scale * 1.1);
      expect(bigger === 1 || heightAt(width / bigger) * bigger > height).toBe(true);
    }
  });

  it('gives 1 for a box not laid out yet', () => {
    expect(fitScale(0, 0, wrapping(3))).toBe(1);
  });
});
