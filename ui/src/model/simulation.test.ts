import { describe, expect, it } from 'vitest';
import { sampleDocument, sampleRun } from '../api/fixtures';
import type { RunResult, StatDiff } from '../bindings';
import { sampleNames } from '../test/sample';
import {
  defaultBundle,
  formatDiff,
  formatSigned,
  formatEstimate,
  formatInterval,
  formatValue,
  frictionByTask,
  frictionFor,
  heatColour,
  heatLevel,
  kpiRows,
  resultGroups,
  scenarioOptions,
  stepForTask,
} from './simulation';

const names = sampleNames();
const familyId = names.segment('Family home').id;

/** The recorded run as the backend returns it when asked for one segment only. */
function oneSegmentRun(segmentId: string): RunResult {
  const run = sampleRun();
  return { ...run, segmentFilter: segmentId, segments: run.segments.filter((g) => g.segmentId === segmentId) };
}

describe('heat scale', () => {
  it('maps scores to five levels, clamping the ends', () => {
    expect([0, -5, Number.NaN, 1, 25, 26, 50, 74, 75.5, 100, 140].map(heatLevel)).toEqual([
      0, 0, 0, 1, 1, 2, 2, 3, 4, 4, 4,
    ]);
  });

  it('goes from pale yellow to red as the score rises', () => {
    expect(heatColour(0)).toBe('hsl(55 90% 85%)');
    expect(heatColour(100)).toBe('hsl(0 90% 50%)');
    expect(heatColour(250)).toBe(heatColour(100));
    expect(heatColour(50)).toBe('hsl(28 90% 68%)');
  });
});

describe('KPI formatting', () => {
  it('shows days and counts with one decimal and abandonment in percent', () => {
    expect(formatValue(21.456, 'cycleDays')).toBe('21.5');
    expect(formatValue(4, 'technicianVisits')).toBe('4.0');
    expect(formatValue(0.1234, 'abandonment')).toBe('12.3%');
    expect(formatValue(Number.NaN, 'contacts')).toBe('–');
  });

  // Regression: the finder showed a significant effect as "-0.5 [-1.0 – -0.0]".
  it('never writes a value that rounds to zero as minus zero', () => {
    expect(formatValue(-0.04, 'cycleDays')).toBe('0.0');
    expect(formatValue(-0.0004, 'abandonment')).toBe('0.0%');
    expect(formatValue(-0.004, 'cost')).toBe('0.00');
    expect(formatValue(-0.06, 'cycleDays')).toBe('−0.1');
    expect(formatInterval(-1.02, -0.01, 'cycleDays')).toBe('[−1.0 – 0.0]');
  });

  it('adds the confidence interval when there is one', () => {
    expect(formatEstimate({ value: 12, ciLow: 11.5, ciHigh: 12.5, replications: [] }, 'contacts')).toBe(
      '12.0 [11.5 – 12.5]',
    );
    expect(formatEstimate({ value: 12, ciLow: null, ciHigh: null, replications: [12] }, 'contacts')).toBe('12.0');
  });

  // Regression: the finder and the KPI tables wrote "-4.0 [-4.8 – -3.3]" with hyphens,
  // where the CLI, the report and the comparison's headline write the minus sign.
  it('writes negative numbers with the minus sign, in every locale and kind', () => {
    for (const locale of ['en', 'zh-CN']) {
      expect(formatValue(-4.04, 'cycleDays', locale)).toBe('−4.0');
      expect(formatValue(-0.071, 'abandonment', locale)).toBe('−7.1%');
      expect(formatValue(-1234.5, 'cost', locale)).toBe('−1,234.50');
    }
  });

  it('writes a change with a true minus or a plus, and a change that rounds to nothing without a sign', () => {
    expect(formatSigned(-3.24, 'cycleDays')).toBe('−3.2');
    expect(formatSigned(1, 'contacts')).toBe('+1.0');
    expect(formatSigned(-0.04, 'cycleDays')).toBe('0.0');
    expect(formatSigned(0.0001, 'abandonment')).toBe('0.0%');
    expect(formatSigned(-0.021, 'abandonment')).toBe('−2.1%');
  });

  it('signs differences', () => {
    const d = (diff: number): StatDiff => ({
      a: 0,
      b: diff,
      diff,
      ciLow: diff - 1,
      ciHigh: diff + 1,
      significant: true,
    });
    expect(formatDiff(d(-8.04), 'cycleDays')).toBe('−8.0 [−9.0 – −7.0]');
    expect(formatDiff(d(2), 'contacts')).toBe('+2.0 [1.0 – 3.0]');
    // Regression: a difference that rounds to zero was written "+0.0".
    expect(formatDiff(d(0.01), 'cycleDays')).toBe('0.0 [−1.0 – 1.0]');
  });

  it('lists the shown KPIs then abandonment, per segment', () => {
    const result = sampleRun();
    const rows = kpiRows(result.overall);
    expect(rows.map((r) => r.kind)).toEqual(['cycleDays', 'contacts', 'technicianVisits', 'handoffs', 'abandonment']);
    expect(rows.at(-1)?.p90).toBeNull();
    expect(rows.at(-1)?.mean).toEqual(result.overall.abandonmentRate);
    expect(rows[0]?.mean).toEqual(result.overall.kpis.find((k) => k.kind === 'cycleDays')?.mean);
    expect(resultGroups(result).map((g) => g.segmentId)).toEqual([null, ...sampleDocument().segments.map((s) => s.id)]);
    expect(resultGroups(oneSegmentRun(familyId)).map((g) => g.segmentId)).toEqual([familyId]);
  });
});

describe('friction on the journey map', () => {
  it('uses the segment’s own ranking, else the overall one', () => {
    const result = sampleRun();
    const family = result.segments.find((g) => g.segmentId === familyId)!;
    expect(frictionFor(result, familyId)).toBe(family.friction);
    expect(frictionFor(result, 'nobody')).toBe(result.overall.friction);
    expect(frictionFor(null, familyId)).toEqual([]);
    expect(frictionByTask(result.overall.friction).get('bb-tech-visit')?.rank).toBe(1);
  });

  it('finds the linked step in the preferred journey, then segment, then anywhere', () => {
    // The sample links a broadband technician visit in every journey.
    const doc = sampleDocument();
    const [first, second] = doc.journeys;
    expect(doc.steps.filter((s) => s.flowTask === 'bb-tech-visit').map((s) => s.journeyId)).toEqual(
      doc.journeys.map((j) => j.id),
    );
    expect(stepForTask(doc, 'bb-tech-visit', { journeyId: second!.id })?.journeyId).toBe(second!.id);
    expect(stepForTask(doc, 'bb-tech-visit', { segmentId: second!.segmentId })?.journeyId).toBe(second!.id);
    expect(stepForTask(doc, 'bb-tech-visit')?.journeyId).toBe(first!.id);
    expect(stepForTask(doc, 'not-linked')).toBeNull();
  });

  it('defaults to a bundle with an activation model and its scenarios', () => {
    const doc = sampleDocument();
    expect(defaultBundle(doc)).toBe(doc.bundles[0]?.id ?? null);
    expect(defaultBundle(doc)).toBe(names.bundle('Home triple-play').id);
    expect(scenarioOptions(doc, defaultBundle(doc))).toEqual([
      { id: names.scenario('as-is').id, name: 'as-is' },
      { id: names.scenario('to-be').id, name: 'to-be' },
    ]);
    expect(defaultBundle({ ...doc, bundles: [] })).toBeNull();
  });
});
