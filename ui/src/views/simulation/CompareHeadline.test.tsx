import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sampleComparison } from '../../api/fixtures';
import type { HeadlineFigure } from '../../bindings';
import { figureUnit, formatBetween, formatRelative } from './CompareHeadline';
import { CompareResults } from './CompareResults';

const figure = (patch: Partial<HeadlineFigure>): HeadlineFigure => ({
  measure: 'contacts',
  statistic: 'p90',
  lead: true,
  baseline: 4,
  scenario: 1,
  change: -3,
  relativeChange: -0.75,
  ciLow: -3.2,
  ciHigh: -2.8,
  significant: true,
  ...patch,
});

describe('comparison headline wording', () => {
  it('gives a change as a signed whole percent with a true minus, and never "−0%"', () => {
    expect(formatRelative(-0.6447, 'en')).toBe('−64%');
    expect(formatRelative(0.125, 'en')).toBe('+13%');
    expect(formatRelative(-0.004, 'en')).toBe('0%');
    expect(formatRelative(0.004, 'en')).toBe('0%');
  });

  it('gives values to one decimal, and a share as percentages with one decimal', () => {
    expect(formatBetween(figure({ baseline: 20.16, scenario: 7.162 }), 'en')).toBe('20.2 → 7.2');
    expect(
      formatBetween(figure({ measure: 'abandonment', statistic: 'rate', baseline: 0.029, scenario: 0 }), 'en'),
    ).toBe('2.9% → 0.0%');
  });

  // Seen on main: a process of minutes read "0.0 → 0.0 days".
  it('gives a time in the unit the longer of its two reads best in', () => {
    const minutes = figure({ measure: 'timeToActivation', baseline: 30 / 1440, scenario: 12 / 1440 });
    expect(formatBetween(minutes, 'en')).toBe('30.0 → 12.0');
    expect(figureUnit(minutes)).toBe('minutes');
    expect(figureUnit(figure({ measure: 'timeToActivation', baseline: 20.5, scenario: 0.2 }))).toBe('days');
    expect(figureUnit(figure({}))).toBeUndefined();
  });
});

describe('scenario comparison', () => {
  afterEach(() => vi.restoreAllMocks());

  it('leads with the headline from the backend, keeps means and intervals a click away, and comes into view', () => {
    const scroll = vi.fn();
    Element.prototype.scrollIntoView = scroll;
    const comparison = sampleComparison();
    const overall = comparison.segments.find((s) => s.segmentId === null)!;
    const figures = overall.headline!;
    render(<CompareResults comparison={comparison} />);

    // One line to read first: the scenario against its baseline, each lead figure once.
    const line = screen.getByTestId('compare-headline-line').textContent!;
    const time = figures.find((f) => f.measure === 'timeToActivation' && f.statistic === 'p90')!;
    const percent = Math.round(Math.abs(time.relativeChange!) * 100);
    expect(line).toMatch(
      new RegExp(
        `^to-be against as-is: p90 time to activation −${percent}% \\(\\d+\\.\\d → \\d+\\.\\d days\\), p90 contacts −\\d+% `,
      ),
    );
    expect(line).toMatch(/, abandonment \d+\.\d% → \d+\.\d%$/);
    expect(line).not.toMatch(/-0|−0%/);
    expect(screen.getAllByTestId('headline-tile').map((t) => t.dataset.measure)).toEqual([
      'timeToActivation',
      'contacts',
      'technicianVisits',
      'abandonment',
    ]);

    // The p90s and the means, with their intervals, folded away under one click.
    const details = screen.getByTestId('compare-details') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    const rows = within(details).getAllByTestId('compare-row');
    expect(rows).toHaveLength(figures.length);
    const mean = rows.find((r) => r.dataset.kpi === 'cycleDays' && r.dataset.statistic === 'mean')!;
    expect(mean.textContent).toMatch(/\[−\d+\.\d – −\d+\.\d\]/);
    expect(rows.some((r) => r.dataset.kpi === 'cycleDays' && r.dataset.statistic === 'p90')).toBe(true);

    // The chart's legend names the scenarios; its title does not repeat them.
    const chart = screen.getByTestId('chart-overlay');
    expect(chart.getAttribute('aria-label')).toBe('Time to full activation · All segments');

    // Shown where the user is looking.
    expect(scroll).toHaveBeenCalled();
  });
});
