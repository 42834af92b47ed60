// The seam between the UI and the backend. In the desktop window the calls go to the
// tauri-specta commands; tests install a fake with `setIpc`, and the browser dev server
// (no Tauri) uses the in-memory mock so the UI can be looked at and screenshotted.
import { Channel } from '@tauri-apps/api/core';
import { commands } from '../bindings';

export type Ipc = typeof commands;

let current: Ipc | null = null;

export function setIpc(ipc: Ipc | null): void {
  current = ipc;
}

export function ipc(): Ipc {
  if (!current) throw new Error('IPC used before initIpc()');
  return current;
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
    return;
  }
  // `import.meta.env.DEV` is a build-time constant: the production build drops this
  // branch and with it the mock and its sample data.
  if (import.meta.env.DEV) {
    const { createMockIpc } = await import('./mock');
    current = createMockIpc();
    return;
  }
  throw new Error('Touchmap runs inside its desktop window.');
}
