import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { sampleRun } from '../../api/fixtures';
import { readChartTheme } from '../../charts/theme';
import { useResourceOption } from './RunCharts';

describe('resource utilisation chart', () => {
  // The bug: ten pools as upright bars side by side left room for two of their names.
  it('lays every measured pool on its own row, named, with its utilisation in percent', () => {
    const run = sampleRun();
    const measured = run.resources.filter((r) => r.utilisation != null);
    expect(measured.length).toBeGreaterThan(5);
    const { result } = renderHook(() => useResourceOption(run.resources));
    const option = result.current.option(readChartTheme(null));
    expect(result.current.pools).toBe(measured.length);
    expect(option.yAxis.type).toBe('category');
    expect(option.yAxis.data).toEqual(measured.map((r) => `${r.name} (${r.capacity})`));
    expect(option.series).toHaveLength(1);
    expect(option.series[0]?.data).toEqual(measured.map((r) => Math.round(1000 * (r.utilisation ?? 0)) / 10));
    expect(option.tooltip.valueFormatter(54.2)).toBe('54.2 %');
  });
});
