import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../App';
import { sampleComparison, sampleRun, sampleRuns } from '../../api/fixtures';
import type { RunHeadline, RunSummary } from '../../bindings';
import { formatRunTime } from '../../model/runs';
import '../../store/quickRerun';
import { resetSimulationStore, useSimulation } from '../../store/simulation';
import { useWorkspace } from '../../store/workspace';
import { openTab, startOnSample } from '../../test/harness';

const when = (id: string) => formatRunTime(sampleRuns().find((r) => r.id === id)!.at, 'en');
const rowIds = () => screen.queryAllByTestId('run-row').map((r) => r.dataset.runId);
const cell = (row: HTMLElement, testid: string) => within(row).getByTestId(testid).textContent;

/** The sample on the Simulation tab, its saved runs shown. */
async function onRunList() {
  const ipc = await startOnSample();
  render(<App />);
  const user = userEvent.setup();
  await openTab(user, 'simulation');
  await user.click(screen.getByTestId('sim-page-runs'));
  await screen.findByTestId('run-table');
  return { ipc, user };
}

describe('saved runs', () => {
  beforeEach(() => resetSimulationStore());

  it('lists the saved runs newest first with their headline figures', async () => {
    const { ipc } = await onRunList();
    expect(ipc.listRuns).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId('sim-page-runs').textContent).toBe('Saved runs (2)');
    expect(rowIds()).toEqual(['run-to-be', 'run-as-is']);
    const [toBe, asIs] = screen.getAllByTestId('run-row') as [HTMLElement, HTMLElement];
    // The recorded runs' headline figures, each to its precision.
    const [toBeRun, asIsRun] = sampleRuns().map((r) => r.headline) as [RunHeadline, RunHeadline];
    const tenth = (v: number | null) => v!.toFixed(1);
    expect(within(asIs).getByRole('rowheader').textContent).toBe(when('run-as-is'));
    expect(asIs.textContent).toContain('Home triple-play');
    expect(asIs.textContent).toContain('as-is');
    expect(asIs.textContent).toContain('All segments');
    expect(asIs.textContent).toContain('2,000');
    // The time columns name their unit, the one the longest p90 reads best in.
    expect(screen.getByTestId('run-table').textContent).toContain('p90 (days)');
    expect(cell(asIs, 'run-p50-days')).toBe(tenth(asIsRun.p50Days));
    expect(cell(asIs, 'run-p90-days')).toBe(tenth(asIsRun.p90Days));
    expect(cell(asIs, 'run-p90-contacts')).toBe('21');
    expect(cell(asIs, 'run-p90-visits')).toBe('4');
    expect(cell(asIs, 'run-abandonment')).toBe(`${tenth(100 * asIsRun.abandonmentRate)}%`);
    expect(cell(toBe, 'run-p50-days')).toBe(tenth(toBeRun.p50Days));
    expect(cell(toBe, 'run-p90-days')).toBe(tenth(toBeRun.p90Days));
    expect(cell(toBe, 'run-p90-contacts')).toBe('5');
    expect(cell(toBe, 'run-p90-visits')).toBe('1');
    expect(cell(toBe, 'run-abandonment')).toBe('0.0%');
    // Every control of a row is named after its run.
    expect(screen.getByRole('checkbox', { name: `Select the run of as-is, ${when('run-as-is')}` })).toBeTruthy();
    expect(screen.getByRole('button', { name: `Open the run of to-be, ${when('run-to-be')}` })).toBeTruthy();
  });

  it('deletes a run as one undoable edit: undo lists it again, redo deletes it again', async () => {
    const { ipc, user } = await onRunList();
    const asIs = screen.getAllByTestId('run-row').find((r) => r.dataset.runId === 'run-as-is')!;
    await user.click(within(asIs).getByTestId('run-delete'));
    expect(ipc.applyEdit).toHaveBeenCalledWith('Delete run', [{ op: 'run', id: 'run-as-is', listed: false }]);
    expect(rowIds()).toEqual(['run-to-be']);
    expect(screen.getByTestId('notice').textContent).toContain('as-is');
    expect(useWorkspace.getState().workspace?.history.undo).toBe('Delete run');

    // The app's undo shortcut: the run comes back (its summary is listed again).
    await user.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect(rowIds()).toEqual(['run-to-be', 'run-as-is']));
    expect(ipc.listRuns).toHaveBeenCalledTimes(2);

    await user.click(screen.getByTestId('redo'));
    await waitFor(() => expect(rowIds()).toEqual(['run-to-be']));
    // A run deleted needs no new listing.
    expect(ipc.listRuns).toHaveBeenCalledTimes(2);
    await user.click(screen.getByTestId('undo'));
    await waitFor(() => expect(rowIds()).toEqual(['run-to-be', 'run-as-is']));
  });

  it('opens a saved run in the results, labelled as the saved run it is', async () => {
    const { ipc, user } = await onRunList();
    await user.click(screen.getByRole('button', { name: `Open the run of as-is, ${when('run-as-is')}` }));
    expect(ipc.openRun).toHaveBeenCalledWith('run-as-is', 'en');
    const results = await screen.findByTestId('simulation-results');
    expect(results.dataset.savedRun).toBe('run-as-is');
    expect(screen.getByTestId('results-heading').textContent).toBe(
      `Saved run: as-is · ${when('run-as-is')} · 2,000 cases`,
    );
    expect(screen.getByTestId('rerun-status').dataset.kind).toBe('saved');
    expect(screen.getByTestId('saved-run-pill').textContent).toBe('Saved run');
    // Its own figures: the recorded overall p90 cycle time.
    const p90 = sampleRun().overall.kpis.find((k) => k.kind === 'cycleDays')!.p90.value;
    expect(screen.getByTestId('kpi-cycle-p90').textContent).toBe(p90.toFixed(1));
    // Nothing was simulated, and no what-if edits a run that is kept as it ran.
    expect(ipc.simulate).not.toHaveBeenCalled();
    expect(screen.queryByTestId('whatif')).toBeNull();

    // An edit of the model leaves the saved run as it ran: no quick estimate replaces it.
    const doc = useWorkspace.getState().workspace!.document;
    const activation = doc.activations[0]!;
    useSimulation.getState().setForm({ bundleId: activation.bundleId });
    await useWorkspace
      .getState()
      .edit('Edit resource pool', [
        { op: 'put', entity: { kind: 'activation', value: { ...activation, ordersPerDay: 3 } } },
      ]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(ipc.simulate).not.toHaveBeenCalled();
    expect(useSimulation.getState().savedRun?.id).toBe('run-as-is');

    await user.click(screen.getByTestId('back-to-runs'));
    expect(screen.getByTestId('run-table')).toBeTruthy();
  });

  it('compares two ticked runs, older against newer, labelled with both', async () => {
    const { ipc, user } = await onRunList();
    const compare = screen.getByTestId('run-compare') as HTMLButtonElement;
    expect(compare.disabled).toBe(true);
    // Ticked newest first: still compared older → newer.
    await user.click(screen.getByRole('checkbox', { name: `Select the run of to-be, ${when('run-to-be')}` }));
    expect(compare.disabled).toBe(true);
    await user.click(screen.getByRole('checkbox', { name: `Select the run of as-is, ${when('run-as-is')}` }));
    expect(compare.disabled).toBe(false);
    await user.click(compare);
    expect(ipc.compareRuns).toHaveBeenCalledWith('run-as-is', 'run-to-be');
    const comparison = await screen.findByTestId('comparison');
    expect(comparison.dataset.savedRuns).toBe('run-as-is run-to-be');
    expect(screen.getByTestId('compared-runs').textContent).toContain(
      `as-is (${when('run-as-is')}) → to-be (${when('run-to-be')})`,
    );
    // The recorded comparison: the overall cycle time some days shorter, written to a tenth.
    const overall = sampleComparison().segments.find((g) => g.segmentId === null)!;
    const shorter = overall.kpis.find((k) => k.kind === 'cycleDays')!.mean.diff;
    expect(shorter).toBeLessThan(-5);
    const cycle = within(comparison)
      .getAllByTestId('compare-row')
      .find((r) => r.dataset.kpi === 'cycleDays' && r.dataset.statistic === 'mean')!;
    expect(cycle.textContent).toContain(`−${Math.abs(shorter).toFixed(1)}`);
  });

  it('lists the runs again after a full run, not after a quick estimate', async () => {
    const { ipc, user } = await onRunList();
    // The fake saves nothing: here the backend lists the new run after the full run.
    const fresh: RunSummary = { ...sampleRuns()[0]!, id: 'run-new', at: '2026-11-03T09:30:00+00:00' };
    ipc.listRuns.mockImplementation(() => Promise.resolve({ status: 'ok', data: [fresh, ...sampleRuns()] }));
    await user.click(screen.getByTestId('sim-page-results'));
    await user.click(screen.getByTestId('run-simulation'));
    await screen.findByTestId('simulation-results');
    expect(ipc.simulate.mock.calls[0]?.[0].keep).toBe(true);
    await waitFor(() => expect(ipc.listRuns).toHaveBeenCalledTimes(2));
    await user.click(screen.getByTestId('sim-page-runs'));
    expect(rowIds()).toEqual(['run-new', 'run-to-be', 'run-as-is']);

    await useSimulation.getState().simulate({ quick: true });
    expect(ipc.listRuns).toHaveBeenCalledTimes(2);
  });

  it('explains that full runs are saved there when there is none yet', async () => {
    await startOnSample();
    await useWorkspace.getState().newWorkspace();
    expect(useWorkspace.getState().runs).toEqual([]);
    render(<App />);
    const user = userEvent.setup();
    await openTab(user, 'simulation');
    await user.click(screen.getByTestId('sim-page-runs'));
    expect(screen.getByTestId('runs-empty').textContent).toMatch(/full run .* saved here/);
    expect(screen.getByTestId('runs-empty').textContent).toMatch(/quick estimates .* not saved/);
    expect(screen.queryByTestId('run-table')).toBeNull();

    // Opening a workspace lists its own runs.
    await user.click(screen.getByTestId('file-menu'));
    await user.click(screen.getByTestId('file-sample'));
    await screen.findByTestId('run-table');
    expect(rowIds()).toEqual(['run-to-be', 'run-as-is']);
  });
});
