import { describe, expect, it } from 'vitest';
import type { HistogramBin } from '../bindings';
import { alignHistograms, binsInUnit, commonEdges, estimateInUnit, histogramOutline, rebin } from './histogram';

const total = (bins: readonly HistogramBin[]) => bins.reduce((s, b) => s + b.weight, 0);

describe('histograms for charts', () => {
  it('draws bins as the outline of bars, in percent, dropping to 0 at both ends and across gaps', () => {
    const bins = [
      { from: 0, to: 1, weight: 0.25 },
      { from: 1, to: 2, weight: 0.5 },
      { from: 3, to: 4, weight: 0.25 },
    ];
    expect(histogramOutline(bins)).toEqual([
      [0, 0],
      [0, 25],
      [1, 25],
      [1, 50],
      [2, 50],
      [2, 0],
      [3, 0],
      [3, 25],
      [4, 25],
      [4, 0],
    ]);
    expect(histogramOutline([])).toEqual([]);
  });

  it('re-bins onto other edges keeping the total, splitting a bin by overlap', () => {
    const bins = [
      { from: 0, to: 2, weight: 0.5 },
      { from: 2, to: 4, weight: 0.5 },
    ];
    const out = rebin(bins, [0, 1, 2, 3, 4]);
    expect(out.map((b) => b.weight)).toEqual([0.25, 0.25, 0.25, 0.25]);
    expect(rebin(bins, [0, 3, 6]).map((b) => b.weight)).toEqual([0.75, 0.25]);
    expect(total(rebin(bins, [0, 1.3, 2.9, 4]))).toBeCloseTo(1, 12);
  });

  it('aligns two runs with different bin widths onto one grid covering both', () => {
    // As-is: 40 bins up to 40 days; to-be: 40 bins up to 12 days (as the engine sends them).
    const asIs = Array.from({ length: 40 }, (_, k) => ({ from: k, to: k + 1, weight: 1 / 40 }));
    const toBe = Array.from({ length: 40 }, (_, k) => ({ from: k * 0.3, to: (k + 1) * 0.3, weight: 1 / 40 }));
    expect(commonEdges(asIs, toBe, 20).at(-1)).toBe(40);
    const { a, b } = alignHistograms(asIs, toBe, 20);
    expect(a).toHaveLength(20);
    expect(b).toHaveLength(20);
    expect(a.map((x) => x.from)).toEqual(b.map((x) => x.from));
    expect(total(a)).toBeCloseTo(1, 12);
    expect(total(b)).toBeCloseTo(1, 12);
    // Everything of the to-be falls in the first 12 days = the first 6 bins of 2 days.
    expect(total(b.slice(0, 6))).toBeCloseTo(1, 12);
  });

  it('aligns nothing to nothing', () => {
    expect(alignHistograms([], [])).toEqual({ a: [], b: [] });
  });
});

// Seen on main: the cycle-time chart of a process of minutes drew every case in the first
// hundredth of a day, on an axis in days.
describe('a time histogram in another unit', () => {
  it('moves the bins and the estimates into the unit, keeping the weights', () => {
    const bins = [
      { from: 0, to: 1 / 48, weight: 0.25 },
      { from: 1 / 48, to: 1 / 24, weight: 0.75 },
    ];
    const moved = binsInUnit(bins, 'minutes');
    expect(moved.map((b) => [Math.round(b.from), Math.round(b.to), b.weight])).toEqual([
      [0, 30, 0.25],
      [30, 60, 0.75],
    ]);
    const p90 = estimateInUnit({ value: 0.5, ciLow: 0.25, ciHigh: null, replications: [0.5] }, 'hours');
    expect(p90).toMatchObject({ value: 12, ciLow: 6, ciHigh: null });
  });
});
