// The Flow tab's own state: which bundle and scenario are open, what is selected, the
// composed flow the engine last returned for them, and a node to bring into view.
import { create } from 'zustand';
import { api } from '../api/client';
import { toApiError } from '../api/errors';
import type { FlowView } from '../model/flowTypes';

export type FlowSelection = { kind: 'node'; id: string } | { kind: 'edge'; from: string; to: string } | null;

export interface FlowEditorState {
  bundleId: string | null;
  /** The scenario edited; undefined = the model's first scenario (or its base design). */
  scenarioId: string | null | undefined;
  selection: FlowSelection;
  view: FlowView | null;
  /** Why the flow could not be composed, if it could not. */
  viewError: string | null;
  /** Catalog key of the last refused edit (e.g. a connection across fragments). */
  refusal: string | null;
  /** A node to centre in the canvas; `seq` makes the same node centre again. */
  focus: { id: string; seq: number } | null;
  /** Whether the canvas shows its minimap (it can cover steps in a small window). */
  minimap: boolean;

  setBundle(bundleId: string): void;
  setScenario(scenarioId: string | null): void;
  select(selection: FlowSelection): void;
  focusNode(id: string): void;
  refuse(key: string | null): void;
  toggleMinimap(): void;
  load(bundleId: string, scenario: string | null): Promise<void>;
}

const initial = {
  bundleId: null,
  scenarioId: undefined,
  selection: null,
  view: null,
  viewError: null,
  refusal: null,
  focus: null,
  minimap: true,
};

let requested = 0;

export const useFlowEditor = create<FlowEditorState>()((set, get) => ({
  ...initial,
  setBundle: (bundleId) => set({ bundleId, scenarioId: undefined, selection: null, refusal: null }),
  setScenario: (scenarioId) => set({ scenarioId, selection: null, refusal: null }),
  select: (selection) => set({ selection, refusal: null }),
  focusNode: (id) => set({ selection: { kind: 'node', id }, focus: { id, seq: (get().focus?.seq ?? 0) + 1 } }),
  refuse: (refusal) => set({ refusal }),
  toggleMinimap: () => set({ minimap: !get().minimap }),
  async load(bundleId, scenario) {
    // Only the answer to the latest request is shown (edits can follow each other quickly).
    const ticket = ++requested;
    try {
      const view = await api.flowView(bundleId, scenario);
      if (ticket === requested) set({ view, viewError: null });
    } catch (thrown) {
      if (ticket === requested) set({ view: null, viewError: toApiError(thrown).message });
    }
  },
}));

/** For tests: nothing open, nothing selected. */
export function resetFlowEditorStore(): void {
  useFlowEditor.setState(initial);
}
