// The quick re-run: when an edit (or undo/redo) changes a record the simulation is derived
// from (segments, channels, silos, services, the activation, its scenarios) while a result
// is shown, a quick estimate is re-run so the numbers follow the edit. It starts at once
// (no debounce: the what-if loop has a budget of 150 ms from edit to numbers); an edit
// arriving while it runs cancels it and one more run follows for the latest model, so a
// slider drag costs one cancelled run per step and ends on the last value. A what-if trial
// (tried on a copy, see WhatIf) re-runs the same way without any edit. A saved run opened
// from the run list stays as it ran.
import { inputsChanged } from '../model/simulation';
import { useSimulation } from './simulation';
import { useWorkspace } from './workspace';

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
  const simulating = performance.now();
  const done = await sim.simulate({ quick: true });
  ours = false;
  if (again) {
    again = false;
    void quickRun();
    return;
  }
  if (done) {
    const now = performance.now();
    // Where the time goes, for the end-to-end timing: the edit until the run starts (the
    // edit's round trip and the UI following it), then the run until the numbers are set.
    performance.measure('whatif-edit', { start: started, end: simulating });
    performance.measure('whatif-run', { start: simulating, end: now });
    useSimulation.setState({ rerunMs: Math.round(now - started) });
    editAt = null;
  }
}

/** Re-estimates after the what-if trial changed: no edit, so nothing reaches the workspace. */
export function rerunTrial(): void {
  editAt = markedAt ?? performance.now();
  markedAt = null;
  void quickRun();
}

useWorkspace.subscribe((state, previous) => {
  const now = state.workspace;
  const before = previous.workspace;
  if (!now || !before || now === before || now.path !== before.path) return;
  if (!followsEdits()) return;
  if (!inputsChanged(now.document, before.document)) return;
  editAt = markedAt ?? performance.now();
  markedAt = null;
  void quickRun();
});

// A user's run that ended while edits waited: re-run for the latest model.
useSimulation.subscribe((state, previous) => {
  if (previous.running && !state.running && again && !ours) {
    again = false;
    void quickRun();
  }
});
