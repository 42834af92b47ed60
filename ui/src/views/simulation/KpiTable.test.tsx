import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { sampleRun } from '../../api/fixtures';
import type { Estimate, GroupResult } from '../../bindings';
import { i18n } from '../../i18n';
import { KpiTable } from './KpiTable';

const est = (value: number, ciLow: number, ciHigh: number): Estimate => ({ value, ciLow, ciHigh, replications: [] });

/** The sample's overall group (a model without prices: no cost) with a cost per case added,
 * as the engine reports it for a model with prices. */
function withCost(): GroupResult {
  const group = sampleRun().overall;
  const contacts = group.kpis.find((k) => k.kind === 'contacts')!;
  group.kpis.push({
    ...contacts,
    kind: 'cost',
    mean: est(1234.567, 1200.4, 1268.9),
    p50: est(1100, 1050, 1150),
    p90: est(2000.5, 1900, 2100),
  });
  return group;
}

const costRow = () => screen.queryAllByTestId('kpi-row').find((r) => r.dataset.kpi === 'cost');

afterEach(() => void i18n.changeLanguage('en'));

describe('key figures', () => {
  it('show the cost per case with its interval as an amount without a currency symbol', async () => {
    await i18n.changeLanguage('en');
    render(<KpiTable group={withCost()} />);
    const row = costRow()!;
    expect(within(row).getByRole('rowheader').textContent).toBe('Cost per case');
    const mean = row.querySelectorAll('td')[0]!;
    expect(mean.querySelector('.kpi-value')?.textContent).toBe('1,234.57');
    expect(mean.querySelector('.kpi-ci')?.textContent).toBe('[1,200.40 – 1,268.90]');
    expect(row.textContent).not.toMatch(/[$€£¥]/);
    // After the counts, before abandonment.
    const kinds = screen.getAllByTestId('kpi-row').map((r) => r.dataset.kpi);
    expect(kinds.slice(-2)).toEqual(['cost', 'abandonment']);
  });

  // Seen on main: a process of minutes read "0.0 [0.0 – 0.0]" days.
  it('write a time in the unit its 90th percentile reads best in', async () => {
    await i18n.changeLanguage('en');
    const group = sampleRun().overall;
    const cycle = group.kpis.find((k) => k.kind === 'cycleDays')!;
    const minutes = (m: number) => m / 1440;
    Object.assign(cycle, {
      mean: est(minutes(20), minutes(19.5), minutes(20.5)),
      p50: est(minutes(18), minutes(17), minutes(19)),
      p90: est(minutes(35), minutes(33), minutes(37)),
    });
    render(<KpiTable group={group} />);
    const row = screen.getAllByTestId('kpi-row').find((r) => r.dataset.kpi === 'cycleDays')!;
    expect(within(row).getByRole('rowheader').textContent).toBe('Time to full activation (minutes)');
    const mean = row.querySelectorAll('td')[0]!;
    expect(mean.querySelector('.kpi-value')?.textContent).toBe('20.0');
    expect(mean.querySelector('.kpi-ci')?.textContent).toBe('[19.5 – 20.5]');
    expect(screen.getByTestId('kpi-cycle-p90').textContent).toBe('35.0');
  });

  it('name the days of the sample, a process of days', async () => {
    await i18n.changeLanguage('zh-CN');
    render(<KpiTable group={sampleRun().overall} />);
    const row = screen.getAllByTestId('kpi-row').find((r) => r.dataset.kpi === 'cycleDays')!;
    expect(within(row).getByRole('rowheader').textContent).toBe('全部开通用时（天）');
  });

  it('show no cost for a model without prices', async () => {
    await i18n.changeLanguage('zh-CN');
    const group = sampleRun().overall;
    expect(group.kpis.some((k) => k.kind === 'cost')).toBe(false);
    render(<KpiTable group={group} />);
    expect(screen.getAllByTestId('kpi-row').length).toBeGreaterThan(1);
    expect(costRow()).toBeUndefined();
  });
});
