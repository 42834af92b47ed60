import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../App';
import { sampleRun } from '../../api/fixtures';
import type { FrictionComponents, FrictionItem, RunResult, StepStats } from '../../bindings';
import { shownFriction } from '../../store/friction';
import { FRICTION_TOP } from './FrictionList';
import { resetSimulationStore, useSimulation } from '../../store/simulation';
import { useWorkspace } from '../../store/workspace';
import { i18n } from '../../i18n';
import { longCallArgs, openTab, startOnSample } from '../../test/harness';
import { sampleNames } from '../../test/sample';

const names = sampleNames();
const bundle = names.bundle('Home triple-play').id;
const asIs = names.scenario('as-is').id;
const family = names.segment('Family home').id;

/** A ranking as the backend would return it under other weights: the recorded one, upside down. */
const reversed = (items: readonly FrictionItem[]): FrictionItem[] =>
  [...items].reverse().map((item, i) => ({ ...item, rank: i + 1 }));

/** The recorded run with a longer cycle time, as a re-run after an edit might come back. */
function slowerRun(): RunResult {
  const run = sampleRun();
  for (const kpi of run.overall.kpis) if (kpi.kind === 'cycleDays') kpi.p90 = { ...kpi.p90, value: kpi.p90.value + 5 };
  return run;
}

const order = () => screen.getAllByTestId('friction-item').map((i) => i.dataset.nodeId);

async function runOnSimulationTab() {
  const ipc = await startOnSample();
  render(<App />);
  const user = userEvent.setup();
  await openTab(user, 'simulation');
  await user.click(screen.getByTestId('run-simulation'));
  await screen.findByTestId('simulation-results');
  return { ipc, user };
}

describe('simulation analysis', () => {
  beforeEach(() => resetSimulationStore());

  it('re-ranks the friction when a weight changes, for the list and the journey heat, and resets', async () => {
    const { ipc, user } = await runOnSimulationTab();
    expect(order()[0]).toBe('bb-tech-visit');
    expect(screen.getByTestId('step-table')).toBeTruthy();
    // Ranking is the backend's: under the new weights it answers with another order.
    ipc.rankFriction.mockImplementation((_bundle: string, segmentId: string | null) => {
      const run = sampleRun();
      const group = run.segments.find((g) => g.segmentId === segmentId) ?? run.overall;
      return Promise.resolve({ status: 'ok', data: reversed(group.friction) });
    });
    fireEvent.change(screen.getByTestId('weight-contacts'), { target: { value: '5' } });
    // Debounced: nothing is asked until the slider rests.
    expect(ipc.rankFriction).not.toHaveBeenCalled();
    await waitFor(() => expect(ipc.rankFriction).toHaveBeenCalled());
    const [bundleId, , steps, weights] = ipc.rankFriction.mock.calls[0] as [
      string,
      string | null,
      StepStats[],
      FrictionComponents,
    ];
    expect(bundleId).toBe(bundle);
    expect(weights.contacts).toBe(5);
    // The other weights are the run's, and the steps ranked are the run's own.
    expect(weights.criticalDelay).toBe(sampleRun().weights.criticalDelay);
    expect(steps).toEqual(sampleRun().overall.steps);
    // One call per group: the overall mix and each segment.
    expect(ipc.rankFriction).toHaveBeenCalledTimes(1 + sampleRun().segments.length);
    const expected = reversed(sampleRun().overall.friction).map((f) => f.nodeId);
    await waitFor(() => expect(order()).toEqual(expected.slice(0, FRICTION_TOP)));
    expect(expected[0]).not.toBe('bb-tech-visit');
    // The journey map's heat reads the same re-ranked lists.
    const state = useSimulation.getState();
    const familyRun = sampleRun().segments.find((g) => g.segmentId === family)!;
    expect(shownFriction(state, family).map((f) => f.nodeId)).toEqual(
      reversed(familyRun.friction).map((f) => f.nodeId),
    );
    expect(shownFriction(state, null).map((f) => f.nodeId)).toEqual(expected);

    await user.click(screen.getByTestId('weights-reset'));
    expect(order()[0]).toBe('bb-tech-visit');
    expect((screen.getByTestId('weight-contacts') as HTMLInputElement).value).toBe(
      String(state.result!.weights.contacts),
    );
  });

  it('the friction list shows the top ten, all on request, and states its scale', async () => {
    const { user } = await runOnSimulationTab();
    const ranked = sampleRun().overall.friction;
    expect(ranked.length).toBeGreaterThan(FRICTION_TOP);
    expect(order()).toEqual(ranked.slice(0, FRICTION_TOP).map((f) => f.nodeId));
    expect(screen.getByTestId('friction-scale').getAttribute('title')).toMatch(/0 .*100/);
    await user.click(screen.getByTestId('friction-show-all'));
    expect(order()).toHaveLength(ranked.length);
    await user.click(screen.getByTestId('friction-show-all'));
    expect(order()).toHaveLength(FRICTION_TOP);
  });

  it('tries a what-if capacity on a copy: quick estimates against the scenario as it is, reset, or kept as a scenario', async () => {
    const ipc = await startOnSample();
    render(<App />);
    const user = userEvent.setup();
    await openTab(user, 'simulation');
    await user.clear(screen.getByTestId('sim-cases'));
    await user.type(screen.getByTestId('sim-cases'), '20000');
    await user.click(screen.getByTestId('run-simulation'));
    await screen.findByTestId('simulation-results');
    expect(screen.getByTestId('rerun-status').dataset.kind).toBe('full');
    const before = screen.getByTestId('kpi-cycle-p90').textContent;
    const scenarioCount = names.doc.scenarios.length;

    // The first pool is offered first; pick the broadband technicians.
    const select = screen.getByTestId('whatif-resource-select') as HTMLSelectElement;
    expect(select.value).toBe('shop-sales');
    await user.selectOptions(select, 'bb-technicians');
    // The quick estimate of the trial comes back slower.
    ipc.simulate.mockResolvedValueOnce({ status: 'ok', data: slowerRun() });
    fireEvent.change(screen.getByTestId('whatif-capacity'), { target: { value: '4' } });
    await waitFor(() => expect(screen.getByTestId('rerun-ms')).toBeTruthy(), { timeout: 3000 });
    expect(Number(screen.getByTestId('rerun-ms').dataset.ms)).toBeGreaterThanOrEqual(0);
    expect(screen.getByTestId('rerun-status').dataset.kind).toBe('quick');
    // A quick estimate of 10,000 cases with the trial, not saved; nothing was edited.
    const trial = { pool: 'bb-technicians', capacity: 4 };
    const form = { bundleId: bundle, scenario: asIs, segmentId: null, cases: 10000, seed: 1, keep: false };
    expect(ipc.simulate).toHaveBeenLastCalledWith({ ...form, trial }, 'en', ...longCallArgs());
    await waitFor(() => expect(screen.getByTestId('kpi-cycle-p90').textContent).not.toBe(before));
    expect(ipc.applyEdit).not.toHaveBeenCalled();
    expect(useWorkspace.getState().workspace!.document).toEqual(names.doc);
    // It says it is a copy, shows each headline measure against the scenario as it is, and
    // a trial is not run in full.
    expect(screen.getByTestId('whatif-trying').textContent).toContain('as-is');
    const effects = screen.getAllByTestId('whatif-effect');
    expect(effects.map((e) => e.dataset.measure)).toEqual([
      'timeToActivation',
      'contacts',
      'technicianVisits',
      'abandonment',
    ]);
    // The time names its unit (it had none), and its change is in that unit too.
    expect(effects[0]!.textContent).toContain(`${before} → ${screen.getByTestId('kpi-cycle-p90').textContent} days`);
    expect(effects[0]!.textContent).toMatch(/Δ \+\d/);
    expect((screen.getByTestId('full-run') as HTMLButtonElement).disabled).toBe(true);

    // Reset: the scenario as it is again, estimated without the trial.
    await user.click(screen.getByTestId('whatif-reset'));
    await waitFor(() =>
      expect(ipc.simulate).toHaveBeenLastCalledWith({ ...form, trial: null }, 'en', ...longCallArgs()),
    );
    await waitFor(() => expect(screen.getByTestId('kpi-cycle-p90').textContent).toBe(before));
    expect(screen.queryByTestId('whatif-trying')).toBeNull();

    // Kept: one undoable edit that adds the scenario, named after the trial.
    fireEvent.change(screen.getByTestId('whatif-capacity'), { target: { value: '4' } });
    await screen.findByTestId('whatif-keep');
    await user.click(screen.getByTestId('whatif-keep'));
    expect(ipc.keepTrialAsScenario).toHaveBeenCalledWith(bundle, asIs, trial, {
      id: expect.any(String),
      name: expect.stringMatching(/^as-is, .* × 4$/),
      poolName: expect.stringMatching(/ \(4\)$/),
    });
    await waitFor(() => expect(useWorkspace.getState().workspace!.document.scenarios).toHaveLength(scenarioCount + 1));
    expect(screen.queryByTestId('whatif-trying')).toBeNull();
    expect(useWorkspace.getState().workspace!.history.undo).toBe('Keep what-if as scenario');
    await act(() => useWorkspace.getState().undo());
    expect(useWorkspace.getState().workspace!.document.scenarios).toHaveLength(scenarioCount);
  });

  it('shows the channel switches the flow forces on the touchpoint map', async () => {
    const { user } = await runOnSimulationTab();
    // The family journey links its three technician visits (Activate, at home) to the three
    // services' visit tasks: the cell shows the sum of their switches, once each.
    const step = names.step('First technician visit: broadband');
    act(() => useWorkspace.getState().selectSegment(family));
    await user.click(screen.getByTestId('view-tab-touchpoints'));
    const badge = screen.getByTestId(`channel-switch-${step.stageId}-${step.channelId}`);
    // This segment's own figures (2.9 per case), not the overall mix's (2.8).
    const own = sampleRun().segments.find((g) => g.segmentId === family)!.steps;
    const perCase = ['bb-tech-visit', 'tv-tech-visit', 'fix-tech-visit']
      .map((task) => own.find((s) => s.nodeId === task)!.channelSwitchesPerCase)
      .reduce((sum, n) => sum + n, 0);
    expect(badge.textContent).toBe(`⇄ ${perCase.toFixed(1)}/case`);
    expect(screen.getByTestId('channel-switch-legend')).toBeTruthy();
  });

  // Seen in the window: with the app in Chinese every friction reason was the engine's English.
  it('has Rust word the friction reasons again when the app changes language, and back', async () => {
    const { ipc } = await runOnSimulationTab();
    const worded = (items: readonly FrictionItem[]) => items.map((item) => ({ ...item, reason: `原因：${item.name}` }));
    ipc.rankFriction.mockImplementation((_bundle: string, segmentId: string | null) => {
      const run = sampleRun();
      const group = run.segments.find((g) => g.segmentId === segmentId) ?? run.overall;
      return Promise.resolve({ status: 'ok', data: worded(group.friction) });
    });
    const firstReason = () => screen.getAllByTestId('friction-item')[0]!.querySelector('.friction-reason')!.textContent;
    expect(firstReason()).toBe(sampleRun().overall.friction[0]!.reason);

    await act(() => i18n.changeLanguage('zh-CN'));
    await waitFor(() => expect(firstReason()).toBe(`原因：${sampleRun().overall.friction[0]!.name}`));
    // Under the run's own weights, one call per group, in the new language.
    const calls = ipc.rankFriction.mock.calls as unknown as [
      string,
      string | null,
      StepStats[],
      FrictionComponents,
      string,
    ][];
    expect(calls).toHaveLength(1 + sampleRun().segments.length);
    expect(calls.every((c) => c[4] === 'zh-CN' && c[3].contacts === sampleRun().weights.contacts)).toBe(true);
    expect(order()[0]).toBe('bb-tech-visit');

    // Back in English, the result's own words, with no call.
    await act(() => i18n.changeLanguage('en'));
    await waitFor(() => expect(firstReason()).toBe(sampleRun().overall.friction[0]!.reason));
    expect(ipc.rankFriction).toHaveBeenCalledTimes(calls.length);
  });
});
