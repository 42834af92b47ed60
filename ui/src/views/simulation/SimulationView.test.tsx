import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../App';
import { resetSimulationStore } from '../../store/simulation';
import { useWorkspace } from '../../store/workspace';
import { startOnSample } from '../../test/harness';

describe('simulation view', () => {
  beforeEach(() => resetSimulationStore());

  it('runs the simulation, shows KPIs and friction, and puts the friction on the journey map', async () => {
    const ipc = await startOnSample();
    // Link one journey step of the family segment to the worst task of the mock's ranking.
    const doc = useWorkspace.getState().workspace!.document;
    const journey = doc.journeys.find((j) => j.segmentId === 'seg-family')!;
    const step = doc.steps.find((s) => s.journeyId === journey.id)!;
    await act(() =>
      useWorkspace
        .getState()
        .edit('Link step', [{ op: 'put', entity: { kind: 'step', value: { ...step, flowTask: 'bb-tech-visit' } } }]),
    );
    render(<App />);
    const user = userEvent.setup();
    await user.click(screen.getByTestId('view-tab-simulation'));
    expect((screen.getByTestId('sim-cases') as HTMLInputElement).value).toBe('10000');
    expect((screen.getByTestId('sim-bundle') as HTMLSelectElement).value).toBe('bundle-home');

    await user.click(screen.getByTestId('run-simulation'));
    expect(ipc.simulate).toHaveBeenCalledWith('bundle-home', 'as-is', null, 10000, 1);
    const results = await screen.findByTestId('simulation-results');
    const cycle = within(results)
      .getAllByTestId('kpi-row')
      .find((r) => r.dataset.kpi === 'cycleDays')!;
    const mean = cycle.querySelectorAll('td')[0]!;
    expect(mean.querySelector('.kpi-value')?.textContent).toBe('14.2');
    expect(mean.querySelector('.kpi-ci')?.textContent).toBe('[13.8 – 14.6]');
    const items = screen.getAllByTestId('friction-item');
    expect(items[0]!.dataset.nodeId).toBe('bb-tech-visit');
    expect(items[0]!.textContent).toContain('adds 3.1 days on the critical path');

    // Per segment: the family group has its own table and ranking.
    const family = screen.getAllByTestId('result-group').find((b) => b.textContent === 'Family home')!;
    await user.click(family);
    expect(family.getAttribute('aria-selected')).toBe('true');

    // Clicking a linked friction item opens its journey step, which carries the heat.
    await user.click(screen.getAllByTestId('friction-item')[0]!);
    expect(screen.getByTestId('journey-map')).toBeTruthy();
    expect(useWorkspace.getState().highlightStepId).toBe(step.id);
    const card = screen.getAllByTestId('step-card').find((c) => c.dataset.stepId === step.id)!;
    expect(Number(card.dataset.friction)).toBeGreaterThan(50);
    expect(card.className).toMatch(/heat-\d/);
    const unlinked = screen.getAllByTestId('step-card').filter((c) => c.dataset.stepId !== step.id);
    expect(unlinked.every((c) => c.dataset.friction === undefined)).toBe(true);
  });

  it('compares as-is with to-be: differences with intervals and the friction that disappeared', async () => {
    const ipc = await startOnSample();
    render(<App />);
    const user = userEvent.setup();
    await user.click(screen.getByTestId('view-tab-simulation'));
    await user.click(screen.getByTestId('compare-scenarios'));
    expect(ipc.compareScenarios).toHaveBeenCalledWith('bundle-home', 'as-is', 'to-be', null, 10000, 1);
    const comparison = await screen.findByTestId('comparison');
    const cycle = within(comparison)
      .getAllByTestId('compare-row')
      .find((r) => r.dataset.kpi === 'cycleDays')!;
    expect(cycle.textContent).toContain('-8.1');
    expect(within(screen.getByTestId('friction-disappeared')).getByText(/Customer chases broadband/)).toBeTruthy();
    expect(within(screen.getByTestId('friction-appeared')).getByText(/Joint installation visit/)).toBeTruthy();
  });

  it('rejects a number of cases it cannot run', async () => {
    await startOnSample();
    render(<App />);
    const user = userEvent.setup();
    await user.click(screen.getByTestId('view-tab-simulation'));
    await user.clear(screen.getByTestId('sim-cases'));
    await user.type(screen.getByTestId('sim-cases'), '5');
    expect((screen.getByTestId('run-simulation') as HTMLButtonElement).disabled).toBe(true);
  });
});
