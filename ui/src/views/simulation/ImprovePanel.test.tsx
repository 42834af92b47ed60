import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../App';
import { sampleFindings, sampleKeptImprovement } from '../../api/fixtures';
import type { AppError, Findings, Result } from '../../bindings';
import { i18n } from '../../i18n';
import { MINUS } from '../../model/simulation';
import { resetSimulationStore, useSimulation } from '../../store/simulation';
import { useWorkspace } from '../../store/workspace';
import { longCallArgs, openTab, startOnSample } from '../../test/harness';
import { sampleNames } from '../../test/sample';

const names = sampleNames();
const bundle = names.bundle('Home triple-play').id;
const asIs = names.scenario('as-is').id;
const family = names.segment('Family home').id;

async function openPanel() {
  const ipc = await startOnSample();
  render(<App />);
  const user = userEvent.setup();
  await openTab(user, 'simulation');
  await user.click(screen.getByTestId('improve-toggle'));
  return { ipc, user };
}

describe('improvement finder panel', () => {
  beforeEach(() => resetSimulationStore());

  it('asks for the picked objective and segment on the form scenario, cases and seed', async () => {
    const { ipc, user } = await openPanel();
    await user.selectOptions(screen.getByTestId('improve-objective'), 'contacts');
    await user.selectOptions(screen.getByTestId('improve-segment'), family);
    await user.click(screen.getByTestId('improve-find'));
    expect(ipc.findImprovements).toHaveBeenCalledWith(bundle, asIs, family, 'contacts', 10000, 1, ...longCallArgs());
    // Back to the mix: no segment.
    await screen.findByTestId('improve-findings');
    await user.selectOptions(screen.getByTestId('improve-segment'), '');
    await user.click(screen.getByTestId('improve-find'));
    expect(ipc.findImprovements).toHaveBeenLastCalledWith(bundle, asIs, null, 'contacts', 10000, 1, ...longCallArgs());
  });

  it('lists the recorded findings best first, in words, with the effect, its interval and the search', async () => {
    const { user } = await openPanel();
    await user.click(screen.getByTestId('improve-find'));
    const table = await screen.findByTestId('improve-findings');
    const recorded = sampleFindings();
    const rows = within(table).getAllByTestId('improve-row');
    expect(rows.map((r) => Number(r.dataset.rank))).toEqual(recorded.findings.map((f) => f.rank));
    expect(rows).toHaveLength(10);
    const best = recorded.findings[0]!;
    expect(rows[0]!.dataset.kind).toBe(best.candidate.improvement.kind);
    // The change is named by its subject; the effect is in days with its sign and interval.
    expect(rows[0]!.textContent).toContain(best.candidate.subject);
    const effect = within(rows[0]!).getByTestId('improve-effect').textContent!;
    expect(effect).toMatch(/^−\d+\.\d \[−?\d+\.\d – −?\d+\.\d\]/);
    expect(effect.startsWith(`${best.effect.diff.toFixed(1).replace('-', MINUS)} `)).toBe(true);
    // One interval bar per row.
    expect(table.querySelectorAll('svg.improve-bar')).toHaveLength(10);
    const caption = screen.getByTestId('improve-caption').textContent!;
    expect(caption).toContain(
      `Baseline: ${recorded.baseline.toFixed(1)} days (Time to full activation, 90th percentile, All segments, as-is).`,
    );
    expect(caption).toContain(`Screened ${recorded.candidates} candidates at 500 cases, the best 10 again at 2,000.`);
    expect(screen.getByTestId('improve-findings').closest('[data-testid="improve-panel"]')).toBeTruthy();
  });

  it('says the changes in Chinese in the Chinese UI', async () => {
    const { user } = await openPanel();
    await act(() => i18n.changeLanguage('zh-CN'));
    await user.click(screen.getByTestId('improve-find'));
    const rows = await screen.findAllByTestId('improve-row');
    // Each kind of change the recorded finder ranked is said in Chinese.
    const said: Record<string, RegExp> = {
      capacity: /个单位/,
      fasterTask: /加快 25%/,
      halveWait: /减半/,
      halveRework: /返工率/,
      removeHandoff: /不再交接/,
      removeContacts: /不再有 \d+ 次客户接触/,
    };
    const kinds = new Set(rows.map((r) => r.dataset.kind!));
    expect(kinds.size).toBeGreaterThan(1);
    for (const row of rows) expect(row.textContent).toMatch(said[row.dataset.kind!]!);
    expect(screen.getByTestId('improve-caption').textContent).toMatch(/已在 500 个案例上筛选/);
    await act(() => i18n.changeLanguage('en'));
  });

  it('keeps a finding as a scenario named after the change, in one undoable edit applied to the workspace', async () => {
    const { ipc, user } = await openPanel();
    const before = useWorkspace.getState().workspace!.document.scenarios.length;
    await user.click(screen.getByTestId('improve-find'));
    const rows = await screen.findAllByTestId('improve-row');
    const best = sampleFindings().findings[0]!;
    await user.click(within(rows[0]!).getByTestId('improve-keep'));
    expect(ipc.keepImprovement).toHaveBeenCalledWith(bundle, asIs, best.candidate.improvement, {
      id: expect.any(String),
      name: expect.stringContaining(`as-is + ${best.candidate.subject}`),
      poolName: expect.any(String),
    });
    // The recorded keep's changes went through the reducer: the new scenario is there.
    const kept = sampleKeptImprovement().changes.find((c) => c.op === 'put' && c.entity.kind === 'scenario');
    expect(kept).toBeTruthy();
    await waitFor(() => expect(useWorkspace.getState().workspace!.document.scenarios).toHaveLength(before + 1));
    expect(useWorkspace.getState().workspace!.document.scenarios.some((s) => s.id === 'kept-improvement')).toBe(true);
    expect(useWorkspace.getState().workspace!.history.undo).toBe('Keep improvement as scenario');
    expect(within(rows[0]!).queryByTestId('improve-keep')).toBeNull();
    // The scenario searched is as it was: the other findings still hold.
    expect(screen.queryByTestId('improve-stale')).toBeNull();
    await act(() => useWorkspace.getState().undo());
    expect(useWorkspace.getState().workspace!.document.scenarios).toHaveLength(before);
  });

  it('says the findings are of the model as it was once it is edited', async () => {
    const { user } = await openPanel();
    await user.click(screen.getByTestId('improve-find'));
    await screen.findByTestId('improve-findings');
    expect(screen.queryByTestId('improve-stale')).toBeNull();
    const segment = names.segment('Senior');
    await act(() =>
      useWorkspace
        .getState()
        .edit('Edit segment', [{ op: 'put', entity: { kind: 'segment', value: { ...segment, patienceDays: null } } }]),
    );
    expect(screen.getByTestId('improve-stale').textContent).toMatch(/edited since/);
    // Found again: current.
    await user.click(screen.getByTestId('improve-find'));
    await waitFor(() => expect(screen.queryByTestId('improve-stale')).toBeNull());
  });

  it('cancels the search with Esc: the backend is asked to stop and no findings are shown', async () => {
    const { ipc, user } = await openPanel();
    let answer: (result: Result<Findings, AppError>) => void = () => undefined;
    ipc.findImprovements.mockImplementation(() => new Promise((resolve) => (answer = resolve)));
    ipc.cancelCall.mockImplementation(() => {
      answer({ status: 'error', error: { code: 'cancelled', message: 'cancelled' } });
      return Promise.resolve({ status: 'ok', data: null });
    });
    await user.click(screen.getByTestId('improve-find'));
    expect(await screen.findByTestId('improve-progress')).toBeTruthy();
    expect(screen.getByTestId('improve-cancel')).toBeTruthy();
    // The run form shows no second progress bar; being a call of its own, the search leaves
    // the run form free.
    expect(screen.queryByTestId('simulation-progress')).toBeNull();
    expect((screen.getByTestId('run-simulation') as HTMLButtonElement).disabled).toBe(false);
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(ipc.cancelCall).toHaveBeenCalledTimes(1);
    expect(ipc.cancelCall).toHaveBeenCalledWith(ipc.findImprovements.mock.calls[0]?.[6]);
    await waitFor(() => expect(screen.queryByTestId('improve-progress')).toBeNull());
    expect(screen.queryByTestId('improve-findings')).toBeNull();
    expect(useSimulation.getState().findings).toBeNull();
    expect(useWorkspace.getState().notice?.key).toBe('simulation.cancelledNotice');
    expect(useWorkspace.getState().error).toBeNull();
  });

  // Regression: when changes were tried and none moved the objective, the panel said the
  // scenario had no change to try.
  it('says when none of the changes tried moved the objective', async () => {
    const { ipc, user } = await openPanel();
    const recorded = sampleFindings();
    ipc.findImprovements.mockResolvedValue({ status: 'ok', data: { ...recorded, findings: [] } });
    await user.click(screen.getByTestId('improve-find'));
    const empty = await screen.findByTestId('improve-empty');
    expect(empty.textContent).toBe(
      `Nothing to rank: none of the ${recorded.candidates} changes tried moved “Time to full activation, 90th percentile” with the same orders.`,
    );
  });

  it('says a model without prices has no cost to improve, and does not search it', async () => {
    const { ipc, user } = await openPanel();
    await user.selectOptions(screen.getByTestId('improve-objective'), 'cost');
    expect(screen.getByTestId('improve-no-prices').textContent).toMatch(/no prices/);
    expect((screen.getByTestId('improve-find') as HTMLButtonElement).disabled).toBe(true);
    expect(ipc.findImprovements).not.toHaveBeenCalled();
  });
});
