import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../App';
import { mockRank } from '../../api/mockDetails';
import type { FrictionComponents, StepStats } from '../../bindings';
import { shownFriction } from '../../store/friction';
import { resetSimulationStore, useSimulation } from '../../store/simulation';
import { useWorkspace } from '../../store/workspace';
import { startOnSample } from '../../test/harness';

const order = () => screen.getAllByTestId('friction-item').map((i) => i.dataset.nodeId);

async function runOnSimulationTab() {
  const ipc = await startOnSample();
  render(<App />);
  const user = userEvent.setup();
  await user.click(screen.getByTestId('view-tab-simulation'));
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
    expect(bundleId).toBe('bundle-home');
    expect(weights.contacts).toBe(5);
    const expected = mockRank(steps, weights).map((f) => f.nodeId);
    await waitFor(() => expect(order()).toEqual(expected));
    expect(expected[0]).not.toBe('bb-tech-visit');
    // The journey map's heat reads the same re-ranked list.
    const state = useSimulation.getState();
    expect(shownFriction(state, 'seg-family').length).toBeGreaterThan(0);
    expect(shownFriction(state, null).map((f) => f.nodeId)).toEqual(expected);

    await user.click(screen.getByTestId('weights-reset'));
    expect(order()[0]).toBe('bb-tech-visit');
    expect((screen.getByTestId('weight-contacts') as HTMLInputElement).value).toBe(
      String(state.result!.weights.contacts),
    );
  });

  it('re-runs a quick estimate after a what-if edit, shows the time it took, and offers the full run', async () => {
    const ipc = await startOnSample();
    render(<App />);
    const user = userEvent.setup();
    await user.click(screen.getByTestId('view-tab-simulation'));
    await user.clear(screen.getByTestId('sim-cases'));
    await user.type(screen.getByTestId('sim-cases'), '20000');
    await user.click(screen.getByTestId('run-simulation'));
    await screen.findByTestId('simulation-results');
    expect(screen.getByTestId('rerun-status').dataset.kind).toBe('full');
    const before = screen.getByTestId('kpi-cycle-p90').textContent;

    expect((screen.getByTestId('whatif-resource-select') as HTMLSelectElement).value).toBe('technicians');
    fireEvent.change(screen.getByTestId('whatif-capacity'), { target: { value: '4' } });
    await waitFor(() => expect(screen.getByTestId('rerun-ms')).toBeTruthy(), { timeout: 3000 });
    expect(Number(screen.getByTestId('rerun-ms').dataset.ms)).toBeGreaterThanOrEqual(0);
    expect(screen.getByTestId('rerun-status').dataset.kind).toBe('quick');
    expect(ipc.simulate).toHaveBeenLastCalledWith('bundle-home', 'as-is', null, 10000, 1);
    expect(screen.getByTestId('kpi-cycle-p90').textContent).not.toBe(before);
    // The edit is one undoable step of the activation model.
    expect(ipc.applyEdit).toHaveBeenCalledTimes(1);
    const pools = useWorkspace.getState().workspace!.document.activations[0]!.model.resources!;
    expect(pools.find((p) => p.id === 'technicians')?.capacity).toBe(4);

    // Undo puts the capacity back, and the numbers follow.
    const calls = ipc.simulate.mock.calls.length;
    await act(() => useWorkspace.getState().undo());
    await waitFor(() => expect(ipc.simulate.mock.calls.length).toBe(calls + 1), { timeout: 3000 });
    await waitFor(() => expect(screen.getByTestId('kpi-cycle-p90').textContent).toBe(before));

    await user.click(screen.getByTestId('full-run'));
    expect(ipc.simulate).toHaveBeenLastCalledWith('bundle-home', 'as-is', null, 20000, 1);
    await waitFor(() => expect(screen.getByTestId('rerun-status').dataset.kind).toBe('full'));
  });

  it('shows the channel switches the flow forces on the touchpoint map', async () => {
    const { user } = await runOnSimulationTab();
    const doc = useWorkspace.getState().workspace!.document;
    const journey = doc.journeys.find((j) => j.segmentId === 'seg-family')!;
    const step = doc.steps.find((s) => s.journeyId === journey.id && s.channelId)!;
    await act(() =>
      useWorkspace
        .getState()
        .edit('Link step', [{ op: 'put', entity: { kind: 'step', value: { ...step, flowTask: 'bb-tech-visit' } } }]),
    );
    act(() => useWorkspace.getState().selectSegment('seg-family'));
    await user.click(screen.getByTestId('view-tab-touchpoints'));
    const badge = screen.getByTestId(`channel-switch-${step.stageId}-${step.channelId}`);
    const perCase = useSimulation
      .getState()
      .result!.segments.find((g) => g.segmentId === 'seg-family')!
      .steps.find((s) => s.nodeId === 'bb-tech-visit')!.channelSwitchesPerCase;
    expect(badge.textContent).toBe(`⇄ ${perCase.toFixed(1)}/case`);
    expect(screen.getByTestId('channel-switch-legend')).toBeTruthy();
  });
});
