import { describe, expect, it } from 'vitest';
import { barsOption, histogramOption, overlayOption } from './options';
import { readChartTheme } from './theme';

const theme = readChartTheme(null);
const labels = { title: 'Time to full activation', x: 'days', y: '% of cases' };
const est = (value: number, lo: number | null, hi: number | null) => ({
  value,
  ciLow: lo,
  ciHigh: hi,
  replications: [],
});

describe('chart options', () => {
  it('draws one run as a filled outline with p50/p90 lines and their interval bands', () => {
    const option = histogramOption(
      theme,
      { ...labels, series: 'All segments' },
      [
        { from: 0, to: 10, weight: 0.6 },
        { from: 10, to: 20, weight: 0.4 },
      ],
      [
        { name: 'p50', estimate: est(8, 7.5, 8.5) },
        { name: 'p90', estimate: est(18, null, null) },
      ],
    );
    expect(option.title.text).toBe('Time to full activation');
    expect(option.xAxis.name).toBe('days');
    expect(option.yAxis.name).toBe('% of cases');
    const [series] = option.series;
    expect(series?.data[1]).toEqual([0, 60]);
    expect(series?.markLine.data.map((d) => d.xAxis)).toEqual([8, 18]);
    expect(series?.markLine.data[0]?.label.formatter).toBe('p50 8 days');
    // Only the estimate with an interval gets a band.
    expect(series?.markArea.data).toHaveLength(1);
    expect(series?.markArea.data[0]?.map((d) => d.xAxis)).toEqual([7.5, 8.5]);
  });

  it('overlays two runs on the same x values', () => {
    const option = overlayOption(
      theme,
      labels,
      { name: 'as-is', bins: [{ from: 0, to: 30, weight: 1 }] },
      { name: 'to-be', bins: [{ from: 0, to: 10, weight: 1 }] },
    );
    const [a, b] = option.series;
    expect(option.series.map((s) => s.name)).toEqual(['as-is', 'to-be']);
    expect(a?.data.map((p) => p[0])).toEqual(b?.data.map((p) => p[0]));
    expect(a?.data.at(-1)?.[0]).toBe(30);
  });

  it('puts a percentage series on the second axis', () => {
    const option = barsOption(
      theme,
      { title: 'Per segment', y: 'per case', y2: '%' },
      ['Young', 'Family'],
      [
        { name: 'Contacts', values: [4.04, 12.66] },
        { name: 'Abandonment', values: [3, 11], axis: 1 },
      ],
    );
    expect(option.yAxis).toHaveLength(2);
    expect(option.series.map((s) => s.yAxisIndex)).toEqual([0, 1]);
    expect(option.series[0]?.data).toEqual([4, 12.7]);
  });
});
