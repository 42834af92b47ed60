// The quick re-run: when an edit (or undo/redo) changes the activation model or a segment's
// parameters while a result is shown, a quick estimate is re-run so the numbers follow the
// edit. Edits in quick succession wait for the last one; a quick run still going when a new
// edit arrives is cancelled.
import type { WorkspaceDocument } from '../bindings';
import { debounced } from '../model/debounce';
import { useSimulation } from './simulation';
import { useWorkspace } from './workspace';

export const RERUN_DELAY_MS = 300;

/** What a simulation depends on in the workspace: the activation models and the segments. */
export function simulationInputs(doc: WorkspaceDocument | null | undefined): string {
  return doc ? JSON.stringify([doc.activations, doc.segments]) : '';
}

let editAt: number | null = null;
let markedAt: number | null = null;
let ours = false;
let again = false;

/** Marks the moment the user made an edit (before it reaches the backend), for the timing. */
export function markEdit(): void {
  markedAt = performance.now();
}

async function quickRun(): Promise<void> {
  const sim = useSimulation.getState();
  if (!sim.result) return;
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
  if (!useSimulation.getState().result) return;
  if (simulationInputs(now.document) === simulationInputs(before.document)) return;
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
