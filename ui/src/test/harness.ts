import { screen, waitFor } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { expect, vi } from 'vitest';
import { setIpc, type Ipc } from '../api/ipc';
import { createMockIpc } from '../api/mock';
import { sampleDocument } from '../api/fixtures';
import { i18n } from '../i18n';
import type { ViewMode } from '../model/types';
import { resetWorkspaceStore, useWorkspace } from '../store/workspace';

/** Every command of the in-memory mock wrapped in a spy, so tests can see what was sent. */
export function spiedMockIpc(): Ipc & { [K in keyof Ipc]: ReturnType<typeof vi.fn> } {
  const mock = createMockIpc(sampleDocument());
  const spied = {} as Record<string, unknown>;
  for (const [name, fn] of Object.entries(mock)) spied[name] = vi.fn(fn as (...args: unknown[]) => unknown);
  return spied as unknown as Ipc & { [K in keyof Ipc]: ReturnType<typeof vi.fn> };
}

/** The last two arguments of every long call (a simulation, comparison, search or report):
 * the call's id, which cancels it alone, and the channel its progress comes back through. */
export const longCallArgs = () => [expect.any(String), expect.objectContaining({ onmessage: expect.any(Function) })];

/** A fresh store started on the sample, in English, with the spied mock behind it. */
export async function startOnSample() {
  const ipc = spiedMockIpc();
  setIpc(ipc);
  resetWorkspaceStore();
  await i18n.changeLanguage('en');
  Object.defineProperty(navigator, 'language', { value: 'en-GB', configurable: true });
  await useWorkspace.getState().start();
  return ipc;
}

/** Waits until a view loaded on demand (flow, simulation, presentation) has loaded. The first
 * time, vitest transforms its modules then, which can take seconds on a busy machine. */
export async function viewLoaded(): Promise<void> {
  await waitFor(() => expect(screen.queryByTestId('view-loading')).toBeNull(), { timeout: 10_000 });
}

/** Opens a view by its tab, its code loaded. */
export async function openTab(user: UserEvent, view: ViewMode): Promise<void> {
  await user.click(screen.getByTestId(`view-tab-${view}`));
  await viewLoaded();
}
