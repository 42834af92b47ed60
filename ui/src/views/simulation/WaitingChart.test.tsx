import { renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { sampleRun } from '../../api/fixtures';
import type { CauseStat, StepStats } from '../../bindings';
import { readChartTheme } from '../../charts/theme';
import { i18n } from '../../i18n';
import { inUnit } from '../../model/duration';
import { WAITING_CAUSES, waitingBars, type WaitingCause } from '../../model/waitingCauses';
import { causeColour, useWaitingOption } from './WaitingChart';

const theme = readChartTheme(null);
const est = (value: number) => ({ value, ciLow: null, ciHigh: null, replications: [] });
const cause = (mean: number): CauseStat => ({ mean: est(mean), p90: est(2 * mean) });

/** A step whose waiting per execution is the sum of the given causes (days). */
function step(nodeId: string, causes: Partial<Record<WaitingCause, number>>): StepStats {
  const run = sampleRun();
  const base = run.overall.steps[0]!;
  const all = Object.fromEntries(WAITING_CAUSES.map((c) => [c, cause(causes[c] ?? 0)])) as Record<
    WaitingCause,
    CauseStat
  >;
  const total = Object.values(causes).reduce((a, b) => a + b, 0);
  return { ...base, nodeId, name: `Step ${nodeId}`, meanWaitingDays: total, waitingCauses: all };
}

afterEach(() => void i18n.changeLanguage('en'));

describe('waiting by cause', () => {
  const steps = [
    step('sale', {}),
    step('visit', { extraneous: 7.2, contention: 2.1, unavailability: 0.4 }),
    step('check', { contention: 0.5 }),
  ];

  it('stacks the steps that waited, longest first, one series per cause that occurred', () => {
    const bars = waitingBars(steps);
    expect(bars.steps.map((s) => s.nodeId)).toEqual(['visit', 'check']);
    expect(bars.unit).toBe('days');
    expect(bars.series.map((s) => s.cause)).toEqual(['contention', 'unavailability', 'extraneous']);
    expect(bars.series.map((s) => s.values)).toEqual([
      [2.1, 0.5],
      [0.4, 0],
      [7.2, 0],
    ]);
  });

  it('writes short waits in hours and labels the bars in the reader’s language', async () => {
    const short = [step('check', { contention: 0.25, unavailability: 0.125 })];
    const { result } = renderHook(() => useWaitingOption(short, 'Waiting'));
    let option = result.current.option(theme);
    expect(option.xAxis.name).toBe('hours');
    expect(option.tooltip.valueFormatter(6)).toBe('6 hours');
    expect(option.yAxis.data).toEqual(['Step check']);
    expect(option.series.map((s) => [s.name, s.stack, s.data])).toEqual([
      ['Queued behind other orders', 'total', [6]],
      ['Outside opening hours', 'total', [3]],
    ]);
    expect(option.series[1]?.itemStyle.color).toBe(causeColour(theme, 'unavailability'));
    await i18n.changeLanguage('zh-CN');
    const zh = renderHook(() => useWaitingOption(short, '等待'));
    option = zh.result.current.option(theme);
    expect(option.xAxis.name).toBe('小时');
    expect(option.series.map((s) => s.name)).toEqual(['排在其他订单之后', '非工作时间']);
  });

  it('adds up to each step’s waiting on the sample run, with every cause the as-is has', () => {
    const run = sampleRun();
    const bars = waitingBars(run.overall.steps, 100);
    expect(bars.series.map((s) => s.cause)).toEqual(['contention', 'unavailability', 'extraneous']);
    bars.steps.forEach((shown, i) => {
      const s = run.overall.steps.find((x) => x.nodeId === shown.nodeId)!;
      const stacked = bars.series.reduce((sum, series) => sum + (series.values[i] ?? 0), 0);
      expect(stacked).toBeCloseTo(inUnit(s.meanWaitingDays, bars.unit), 9);
    });
  });
});
