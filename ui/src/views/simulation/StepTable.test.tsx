import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { sampleRun } from '../../api/fixtures';
import { i18n } from '../../i18n';
import { StepTable } from './StepTable';

describe('tasks of the activation flow', () => {
  // Seen on main: the waiting and working columns were days to one decimal, so a task of
  // minutes read "0.0".
  it('write each time in the unit it reads best in', async () => {
    await i18n.changeLanguage('en');
    const group = sampleRun().overall;
    const step = group.steps.find((s) => s.kind === 'task')!;
    step.meanWorkingDays = 20 / 1440;
    step.meanWaitingDays = 3.25;
    render(<StepTable group={group} />);
    const row = screen.getAllByTestId('step-row').find((r) => r.dataset.nodeId === step.nodeId)!;
    const cells = [...row.querySelectorAll('td')].map((td) => td.textContent);
    expect(cells[1]).toBe('3.25 days');
    expect(cells[2]).toBe('20 min');
    expect(screen.getByTestId('step-table').textContent).not.toContain('(days)');
  });

  // Seen in the window: each modelled wait read "0 days" of working.
  it('show no working time for a modelled wait', async () => {
    await i18n.changeLanguage('en');
    const group = sampleRun().overall;
    render(<StepTable group={group} />);
    const rows = screen.getAllByTestId('step-row');
    const kind = (id: string | undefined) => group.steps.find((s) => s.nodeId === id)?.kind;
    const waits = rows.filter((r) => kind(r.dataset.nodeId) === 'wait');
    const tasks = rows.filter((r) => kind(r.dataset.nodeId) === 'task');
    expect(waits.length).toBeGreaterThan(0);
    for (const row of waits) expect(row.querySelectorAll('td')[2]?.textContent).toBe('–');
    for (const row of tasks) expect(row.querySelectorAll('td')[2]?.textContent).not.toBe('–');
  });
});
