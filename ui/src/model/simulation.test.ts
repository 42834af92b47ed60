import { describe, expect, it } from 'vitest';
import { mockRunResult } from '../api/mockSimulation';
import { sampleDocument } from '../api/sample';
import type { StatDiff, WorkspaceDocument } from '../bindings';
import {
  defaultBundle,
  formatDiff,
  formatEstimate,
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

function linkedDocument(): WorkspaceDocument {
  const doc = sampleDocument();
  const [first, second] = doc.journeys;
  const inFirst = doc.steps.find((s) => s.journeyId === first!.id)!;
  const inSecond = doc.steps.find((s) => s.journeyId === second!.id)!;
  inFirst.flowTask = 'bb-tech-visit';
  inSecond.flowTask = 'bb-tech-visit';
  return doc;
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

  it('adds the confidence interval when there is one', () => {
    expect(formatEstimate({ value: 12, ciLow: 11.5, ciHigh: 12.5, replications: [] }, 'contacts')).toBe(
      '12.0 [11.5 – 12.5]',
    );
    expect(formatEstimate({ value: 12, ciLow: null, ciHigh: null, replications: [12] }, 'contacts')).toBe('12.0');
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
    expect(formatDiff(d(-8.04), 'cycleDays')).toBe('-8.0 [-9.0 – -7.0]');
    expect(formatDiff(d(2), 'contacts')).toBe('+2.0 [1.0 – 3.0]');
  });

  it('lists the shown KPIs then abandonment, per segment', () => {
    const result = mockRunResult(sampleDocument(), 'as-is', null, 1000, 1);
    const rows = kpiRows(result.overall);
    expect(rows.map((r) => r.kind)).toEqual(['cycleDays', 'contacts', 'technicianVisits', 'handoffs', 'abandonment']);
    expect(rows.at(-1)?.p90).toBeNull();
    expect(resultGroups(result).map((g) => g.segmentId)).toEqual([null, ...sampleDocument().segments.map((s) => s.id)]);
    const one = mockRunResult(sampleDocument(), 'as-is', 'seg-family', 1000, 1);
    expect(resultGroups(one).map((g) => g.segmentId)).toEqual(['seg-family']);
  });
});

describe('friction on the journey map', () => {
  it('uses the segment’s own ranking, else the overall one', () => {
    const result = mockRunResult(sampleDocument(), 'as-is', null, 1000, 1);
    const family = result.segments.find((g) => g.segmentId === 'seg-family')!;
    expect(frictionFor(result, 'seg-family')).toBe(family.friction);
    expect(frictionFor(result, 'nobody')).toBe(result.overall.friction);
    expect(frictionFor(null, 'seg-family')).toEqual([]);
    expect(frictionByTask(result.overall.friction).get('bb-tech-visit')?.rank).toBe(1);
  });

  it('finds the linked step in the preferred journey, then segment, then anywhere', () => {
    const doc = linkedDocument();
    const [first, second] = doc.journeys;
    expect(stepForTask(doc, 'bb-tech-visit', { journeyId: second!.id })?.journeyId).toBe(second!.id);
    expect(stepForTask(doc, 'bb-tech-visit', { segmentId: second!.segmentId })?.journeyId).toBe(second!.id);
    expect(stepForTask(doc, 'bb-tech-visit')?.journeyId).toBe(first!.id);
    expect(stepForTask(doc, 'not-linked')).toBeNull();
  });

  it('defaults to a bundle with an activation model and its scenarios', () => {
    const doc = sampleDocument();
    expect(defaultBundle(doc)).toBe(doc.bundles[0]?.id ?? null);
    expect(scenarioOptions(doc, defaultBundle(doc)).map((s) => s.id)).toEqual(['as-is', 'to-be']);
    expect(defaultBundle({ ...doc, bundles: [] })).toBeNull();
  });
});
