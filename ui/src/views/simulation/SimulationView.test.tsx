import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../App';
import { sampleComparison, sampleRun } from '../../api/fixtures';
import { resetSimulationStore } from '../../store/simulation';
import { useWorkspace } from '../../store/workspace';
import { longCallArgs, openTab, startOnSample } from '../../test/harness';
import { sampleNames } from '../../test/sample';

const names = sampleNames();
const bundle = names.bundle('Home triple-play').id;

describe('simulation view', () => {
  beforeEach(() => resetSimulationStore());

  it('runs the simulation, shows KPIs and friction, and puts the friction on the journey map', async () => {
    const ipc = await startOnSample();
    // The family journey links its first technician visit to the worst task of the recorded run.
    const step = names.step('First technician visit: broadband');
    expect(step.flowTask).toBe('bb-tech-visit');
    const run = sampleRun();
    const familyGroup = run.segments.find((g) => g.name === 'Family home')!;
    render(<App />);
    const user = userEvent.setup();
    await openTab(user, 'simulation');
    expect((screen.getByTestId('sim-cases') as HTMLInputElement).value).toBe('10000');
    expect((screen.getByTestId('sim-bundle') as HTMLSelectElement).value).toBe(bundle);

    await user.click(screen.getByTestId('run-simulation'));
    // The bundle's first scenario, every segment; a full run is saved.
    expect(ipc.simulate).toHaveBeenCalledWith(
      {
        bundleId: bundle,
        scenario: names.scenario('as-is').id,
        segmentId: null,
        cases: 10000,
        seed: 1,
        keep: true,
        trial: null,
      },
      'en',
      ...longCallArgs(),
    );
    const results = await screen.findByTestId('simulation-results');
    const cycle = within(results)
      .getAllByTestId('kpi-row')
      .find((r) => r.dataset.kpi === 'cycleDays')!;
    const mean = cycle.querySelectorAll('td')[0]!;
    // The recorded overall cycle time, to a tenth, with its interval.
    const recorded = sampleRun().overall.kpis.find((k) => k.kind === 'cycleDays')!.mean;
    const tenth = (v: number | null) => v!.toFixed(1);
    expect(mean.querySelector('.kpi-value')?.textContent).toBe(tenth(recorded.value));
    expect(mean.querySelector('.kpi-ci')?.textContent).toBe(`[${tenth(recorded.ciLow)} – ${tenth(recorded.ciHigh)}]`);
    const items = screen.getAllByTestId('friction-item');
    expect(items[0]!.dataset.nodeId).toBe('bb-tech-visit');
    expect(items[0]!.textContent).toContain('Broadband technician visit');

    // Per segment: the family group has its own table and ranking.
    const family = screen.getAllByTestId('result-group').find((b) => b.textContent === 'Family home')!;
    await user.click(family);
    expect(family.getAttribute('aria-selected')).toBe('true');

    // Clicking a linked friction item opens its journey step, which carries the heat.
    await user.click(screen.getAllByTestId('friction-item')[0]!);
    expect(screen.getByTestId('journey-map')).toBeTruthy();
    expect(useWorkspace.getState().highlightStepId).toBe(step.id);
    const card = screen.getAllByTestId('step-card').find((c) => c.dataset.stepId === step.id)!;
    const score = familyGroup.friction.find((f) => f.nodeId === 'bb-tech-visit')!.score;
    expect(Number(card.dataset.friction)).toBe(Math.round(score));
    expect(card.className).toMatch(/heat-\d/);
    // Steps linked to no task carry no heat.
    const doc = useWorkspace.getState().workspace!.document;
    const unlinked = new Set(doc.steps.filter((s) => s.flowTask === null).map((s) => s.id));
    const unlinkedCards = screen.getAllByTestId('step-card').filter((c) => unlinked.has(c.dataset.stepId!));
    expect(unlinkedCards.length).toBeGreaterThan(0);
    expect(unlinkedCards.every((c) => c.dataset.friction === undefined)).toBe(true);
  });

  it('compares as-is with to-be: differences with intervals and the friction that disappeared', async () => {
    const ipc = await startOnSample();
    render(<App />);
    const user = userEvent.setup();
    await openTab(user, 'simulation');
    await user.click(screen.getByTestId('compare-scenarios'));
    expect(ipc.compareScenarios).toHaveBeenCalledWith(
      bundle,
      names.scenario('as-is').id,
      names.scenario('to-be').id,
      null,
      10000,
      1,
      ...longCallArgs(),
    );
    const overall = sampleComparison().segments.find((g) => g.segmentId === null)!;
    const shorter = overall.kpis.find((k) => k.kind === 'cycleDays')!.mean.diff;
    expect(shorter).toBeLessThan(-5);
    const comparison = await screen.findByTestId('comparison');
    const cycle = within(comparison)
      .getAllByTestId('compare-row')
      .find((r) => r.dataset.kpi === 'cycleDays' && r.dataset.statistic === 'mean')!;
    expect(cycle.textContent).toContain(`−${Math.abs(shorter).toFixed(1)}`);
    expect(within(screen.getByTestId('friction-disappeared')).getByText(/Broadband technician visit/)).toBeTruthy();
    expect(
      within(screen.getByTestId('friction-appeared')).getByText(/One technician visit \(all services\)/),
    ).toBeTruthy();
  });

  it('rejects a number of cases it cannot run', async () => {
    await startOnSample();
    render(<App />);
    const user = userEvent.setup();
    await openTab(user, 'simulation');
    await user.clear(screen.getByTestId('sim-cases'));
    await user.type(screen.getByTestId('sim-cases'), '5');
    expect((screen.getByTestId('run-simulation') as HTMLButtonElement).disabled).toBe(true);
  });
});
