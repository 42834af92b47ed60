// The seam between the UI and the backend. In the desktop window the calls go to the
// tauri-specta commands; tests install a fake with `setIpc`, and the browser dev server
// (no Tauri) uses the in-memory mock so the UI can be looked at and screenshotted.
import { Channel } from '@tauri-apps/api/core';
import { commands, events, type SimulationProgress } from '../bindings';

export type Ipc = typeof commands;

/** Subscribes to simulation progress; resolves to the function that unsubscribes. */
export type ProgressSource = (listener: (progress: SimulationProgress) => void) => Promise<() => void>;

let current: Ipc | null = null;
const silent: ProgressSource = () => Promise.resolve(() => undefined);
let progressSource: ProgressSource = silent;

export function setIpc(ipc: Ipc | null, progress: ProgressSource = silent): void {
  current = ipc;
  progressSource = progress;
}

export function listenProgress(listener: (progress: SimulationProgress) => void): Promise<() => void> {
  return progressSource(listener);
}

export function ipc(): Ipc {
  if (!current) throw new Error('IPC used before initIpc()');
  return current;
}

/** The window's progress events, listened to once for the app's life: registering a
 * listener is a round trip to the backend, which every 10,000-case what-if estimate paid
 * twice (listen and unlisten) while the engine itself takes tens of ms. */
function windowProgress(): ProgressSource {
  const listeners = new Set<(progress: SimulationProgress) => void>();
  let listening: Promise<unknown> | null = null;
  return async (listener) => {
    listening ??= events.simulationProgress.listen((event) => listeners.forEach((l) => l(event.payload)));
    await listening;
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  };
}

/** A per-call channel for a command's progress: a real one in the desktop window; outside
 * it (tests, the browser mock) a stand-in whose `onmessage` the fake backend calls. */
export function progressChannel<T>(listener: (message: T) => void): Channel<T> {
  if (inTauri()) return new Channel<T>(listener);
  return { onmessage: listener } as unknown as Channel<T>;
}

function inTauri(): boolean {
  return typeof window !== 'undefined' && '__TAURI_INTERNALS__' in window;
}

export async function initIpc(): Promise<void> {
  if (current) return;
  if (inTauri()) {
    current = commands;
    progressSource = windowProgress();
    return;
  }
  // `import.meta.env.DEV` is a build-time constant: the production build drops this
  // branch and with it the mock and its sample data.
  if (import.meta.env.DEV) {
    const { createMockIpc, mockProgress } = await import('./mock');
    current = createMockIpc();
    progressSource = mockProgress;
    return;
  }
  throw new Error('Touchmap runs inside its desktop window.');
}
