// The quick re-run: when an edit (or undo/redo) changes a record the simulation is derived
// from (segments, channels, silos, services, the activation, its scenarios) while a result
// is shown, a quick estimate is re-run so the numbers follow the edit. Edits in quick
// succession wait for the last one; a quick run still going when a new edit arrives is
// cancelled. A saved run opened from the run list stays as it ran.
import type { WorkspaceDocument } from '../bindings';
import { debounced } from '../model/debounce';
import { useSimulation } from './simulation';
import { useWorkspace } from './workspace';

// Short: the what-if loop has a budget of 150 ms from edit to numbers, this included; a
// run superseded by a newer edit is cancelled, so a drag costs little.
export const RERUN_DELAY_MS = 80;

/** The record lists a simulation is derived from. The change reducer keeps a list that no
 * change touched as it was, so comparing them by identity is exact and cheap. */
function simulationInputs(doc: WorkspaceDocument): unknown[] {
  return [doc.segments, doc.channels, doc.silos, doc.services, doc.activations, doc.scenarios];
}

function inputsChanged(now: WorkspaceDocument, before: WorkspaceDocument): boolean {
  const previous = simulationInputs(before);
  return simulationInputs(now).some((list, i) => list !== previous[i]);
}

let editAt: number | null = null;
let markedAt: number | null = null;
let ours = false;
let again = false;

/** Marks the moment the user made an edit (before it reaches the backend), for the timing. */
export function markEdit(): void {
  markedAt = performance.now();
}

/** A result the edits should move: a fresh run or estimate, not a saved run (kept as it ran). */
const followsEdits = () => {
  const { result, runKind } = useSimulation.getState();
  return result !== null && runKind !== 'saved';
};

async function quickRun(): Promise<void> {
  const sim = useSimulation.getState();
  if (!followsEdits()) return;
  if (sim.running) {
    // Run again once the current run ends (ours is being cancelled; a user's run finishes).
    again = true;
    if (ours) void sim.cancel();
    return;
  }
  ours = true;
  again = false;
  const started = editAt ?? performance.now();
  const done = await sim.simulate({ quick: true });
  ours = false;
  if (again) {
    again = false;
    void quickRun();
    return;
  }
  if (done) {
    useSimulation.setState({ rerunMs: Math.round(performance.now() - started) });
    editAt = null;
  }
}

const pending = debounced(() => void quickRun(), RERUN_DELAY_MS);

useWorkspace.subscribe((state, previous) => {
  const now = state.workspace;
  const before = previous.workspace;
  if (!now || !before || now === before || now.path !== before.path) return;
  if (!followsEdits()) return;
  if (!inputsChanged(now.document, before.document)) return;
  editAt = markedAt ?? performance.now();
  markedAt = null;
  if (ours) void useSimulation.getState().cancel();
  pending.schedule();
});

// A user's run that ended while edits waited: re-run for the latest model.
useSimulation.subscribe((state, previous) => {
  if (previous.running && !state.running && again && !ours) {
    again = false;
    pending.schedule();
  }
});
