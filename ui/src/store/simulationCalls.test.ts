// Each long call is its own: progress comes back through the channel it passed and a cancel
// names its id. The bug this guards: one app-wide progress event and one shared cancel flag,
// so the finder and a quick re-estimate could not run together (cancelling one stopped the
// other) and their progress mixed.
import { beforeEach, describe, expect, it } from 'vitest';
import { sampleFindings, sampleRun } from '../api/fixtures';
import type { AppError, Result, SimulationProgress } from '../bindings';
import { startOnSample } from '../test/harness';
import { sampleNames } from '../test/sample';
import './quickRerun';
import { resetSimulationStore, useSimulation } from './simulation';
import { useWorkspace } from './workspace';

const names = sampleNames();
const bundle = names.bundle('Home triple-play').id;
const asIs = names.scenario('as-is').id;

type Channel = { onmessage: (progress: SimulationProgress) => void };
/** A call the fake backend holds until the test answers it, as Rust would. */
interface Held {
  id: string;
  channel: Channel;
  answer: (result: Result<unknown, AppError>) => void;
}

/** The spied mock with simulations and searches held; `cancelCall` ends the call it names
 * (and only it) as cancelled, as the registry of live calls does. */
async function heldBackend() {
  const ipc = await startOnSample();
  const runs: Held[] = [];
  const searches: Held[] = [];
  const hold = (into: Held[], id: string, channel: Channel) =>
    new Promise<Result<unknown, AppError>>((answer) => into.push({ id, channel, answer }));
  ipc.simulate.mockImplementation((...args: unknown[]) => hold(runs, args[2] as string, args[3] as Channel));
  ipc.findImprovements.mockImplementation((...args: unknown[]) =>
    hold(searches, args[6] as string, args[7] as Channel),
  );
  ipc.cancelCall.mockImplementation((id: string) => {
    for (const held of [...runs, ...searches])
      if (held.id === id) held.answer({ status: 'error', error: { code: 'cancelled', message: 'cancelled' } });
    return Promise.resolve({ status: 'ok', data: null });
  });
  return { ipc, runs, searches };
}

const find = () =>
  useSimulation
    .getState()
    .findImprovements({ bundleId: bundle, scenario: asIs, segmentId: null, objective: 'p90Cycle' });

/** Lets the store take the answers in. */
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('long calls, each on its own', () => {
  beforeEach(() => {
    resetSimulationStore();
    useSimulation.setState({ bundleId: bundle, scenario: asIs });
  });

  it('shows each call’s progress from its own channel, and none once it ended', async () => {
    const { runs, searches } = await heldBackend();
    const running = useSimulation.getState().simulate();
    const searching = find();
    await settled();
    expect(useSimulation.getState()).toMatchObject({ running: 'simulate', improving: true });
    runs[0]!.channel.onmessage({ done: 2_500, total: 10_000 });
    expect(useSimulation.getState().progress).toEqual({ done: 2_500, total: 10_000 });
    expect(useSimulation.getState().improveProgress).toBeNull();
    searches[0]!.channel.onmessage({ done: 40_000, total: 400_000 });
    expect(useSimulation.getState().improveProgress).toEqual({ done: 40_000, total: 400_000 });
    expect(useSimulation.getState().progress).toEqual({ done: 2_500, total: 10_000 });

    runs[0]!.answer({ status: 'ok', data: sampleRun() });
    expect(await running).toBe(true);
    expect(useSimulation.getState().progress).toBeNull();
    // A report that crossed the end of its call is not shown.
    runs[0]!.channel.onmessage({ done: 10_000, total: 10_000 });
    expect(useSimulation.getState().progress).toBeNull();
    searches[0]!.answer({ status: 'ok', data: sampleFindings() });
    expect(await searching).toBe(true);
    expect(useSimulation.getState()).toMatchObject({ improving: false, improveProgress: null });
  });

  it('cancels the search without cancelling the quick re-estimate running beside it', async () => {
    const { ipc, runs, searches } = await heldBackend();
    const searching = find();
    const estimating = useSimulation.getState().simulate({ quick: true });
    await settled();
    expect(runs).toHaveLength(1);
    expect(runs[0]!.id).not.toBe(searches[0]!.id);

    await useSimulation.getState().cancel('improve');
    expect(ipc.cancelCall).toHaveBeenCalledExactlyOnceWith(searches[0]!.id);
    expect(await searching).toBe(false);
    expect(useSimulation.getState()).toMatchObject({ improving: false, running: 'estimate' });

    runs[0]!.answer({ status: 'ok', data: sampleRun() });
    expect(await estimating).toBe(true);
    expect(useSimulation.getState().runKind).toBe('quick');
  });

  it('lets an edit cancel its own quick re-estimate, not the search under way', async () => {
    const { ipc, runs, searches } = await heldBackend();
    useSimulation.setState({ result: sampleRun(), runKind: 'quick' });
    const searching = find();
    const segment = names.segment('Senior');
    const edit = async (patienceDays: typeof segment.patienceDays) => {
      await useWorkspace
        .getState()
        .edit('Edit segment', [{ op: 'put', entity: { kind: 'segment', value: { ...segment, patienceDays } } }]);
      await settled();
    };
    await edit(null);
    expect(runs).toHaveLength(1);
    // The next edit stops the estimate for the model before it, which is then run again.
    await edit(segment.patienceDays);
    expect(ipc.cancelCall).toHaveBeenCalledExactlyOnceWith(runs[0]!.id);
    await settled();
    expect(runs).toHaveLength(2);
    expect(useSimulation.getState().improving).toBe(true);

    searches[0]!.answer({ status: 'ok', data: sampleFindings() });
    expect(await searching).toBe(true);
    expect(useSimulation.getState().findings).toEqual(sampleFindings());
    runs[1]!.answer({ status: 'ok', data: sampleRun() });
    await settled();
    expect(useSimulation.getState().running).toBeNull();
  });
});
