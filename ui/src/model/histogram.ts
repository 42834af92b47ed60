// Histograms of a run for charts: the engine's bins (share of cases per bin) as a stepped
// outline, and two runs' histograms re-binned onto one grid so they can be overlaid.
import type { Estimate, HistogramBin, KpiKind, KpiStat, SegmentComparison } from '../bindings';
import { inUnit, type DurationUnit } from './duration';

/** [x, y] points of a chart series. */
export type Point = [number, number];

/** The bins of one KPI of a group, or none (older results carry no histogram). */
export function kpiHistogram(kpis: readonly KpiStat[], kind: KpiKind = 'cycleDays'): HistogramBin[] {
  return kpis.find((k) => k.kind === kind)?.histogram ?? [];
}

/**
 * A histogram as the outline of its bars, in percent of cases: each bin is a flat top from
 * `from` to `to`, and the outline drops to 0 before the first bin, after the last and
 * across gaps, so a stepped line with an area fill looks like bars on a value axis.
 */
export function histogramOutline(bins: readonly HistogramBin[]): Point[] {
  const points: Point[] = [];
  let lastTo: number | null = null;
  for (const bin of bins) {
    const y = 100 * bin.weight;
    if (lastTo === null || Math.abs(bin.from - lastTo) > 1e-9) {
      if (lastTo !== null) points.push([lastTo, 0]);
      points.push([bin.from, 0]);
    }
    points.push([bin.from, y], [bin.to, y]);
    lastTo = bin.to;
  }
  if (lastTo !== null) points.push([lastTo, 0]);
  return points;
}

/** Equal-width edges from 0 covering both histograms, `count` bins. */
export function commonEdges(a: readonly HistogramBin[], b: readonly HistogramBin[], count = 40): number[] {
  const top = Math.max(0, ...a.map((x) => x.to), ...b.map((x) => x.to));
  if (top <= 0) return [];
  const width = top / count;
  return Array.from({ length: count + 1 }, (_, k) => k * width);
}

/**
 * Re-bins a histogram onto the given edges. Cases are taken as spread evenly inside each
 * source bin, so a source bin's weight is split by how much it overlaps each target bin;
 * the total weight is kept.
 */
export function rebin(bins: readonly HistogramBin[], edges: readonly number[]): HistogramBin[] {
  const out: HistogramBin[] = [];
  for (let k = 0; k + 1 < edges.length; k++) {
    const from = edges[k] ?? 0;
    const to = edges[k + 1] ?? from;
    let weight = 0;
    for (const bin of bins) {
      const width = bin.to - bin.from;
      if (width <= 0) {
        // A point bin belongs to the target bin holding it (the last one holds its end).
        const last = k + 2 === edges.length;
        if (bin.from >= from && (bin.from < to || (last && bin.from <= to))) weight += bin.weight;
        continue;
      }
      const overlap = Math.min(to, bin.to) - Math.max(from, bin.from);
      if (overlap > 0) weight += (bin.weight * overlap) / width;
    }
    out.push({ from, to, weight });
  }
  return out;
}

/** Two histograms on one grid, for overlaying A and B. */
export function alignHistograms(
  a: readonly HistogramBin[],
  b: readonly HistogramBin[],
  count = 40,
): { a: HistogramBin[]; b: HistogramBin[] } {
  const edges = commonEdges(a, b, count);
  return { a: rebin(a, edges), b: rebin(b, edges) };
}

/** Both sides' histograms of one KPI of a compared segment; empty in older comparisons. */
export function comparedHistograms(
  segment: SegmentComparison,
  kind: KpiKind = 'cycleDays',
): { a: HistogramBin[]; b: HistogramBin[] } {
  const k = segment.kpis.find((x) => x.kind === kind);
  return { a: k?.histogramA ?? [], b: k?.histogramB ?? [] };
}

/** Bins of a time (days in the engine) in `unit`, for a chart whose axis is in that unit. */
export function binsInUnit(bins: readonly HistogramBin[], unit: DurationUnit): HistogramBin[] {
  return bins.map((b) => ({ ...b, from: inUnit(b.from, unit), to: inUnit(b.to, unit) }));
}

/** An estimate of a time (days) in `unit`. */
export function estimateInUnit(e: Estimate, unit: DurationUnit): Estimate {
  const of = (x: number | null) => (x == null ? null : inUnit(x, unit));
  return { ...e, value: inUnit(e.value, unit), ciLow: of(e.ciLow), ciHigh: of(e.ciHigh) };
}
