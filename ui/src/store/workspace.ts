// The UI's one store: the open workspace as the backend last returned it, its saved runs,
// what is selected, which view and panel are open, and the last error. Every backend call
// goes through `run` so errors land in the banner instead of crashing the app.
import { create } from 'zustand';
import { api } from '../api/client';
import { toApiError, type ApiError } from '../api/errors';
import { applyLanguage, resolveLanguage, type Language } from '../i18n';
import type { RunSummary } from '../bindings';
import type { Applied, Change, Lane, Preferences, ViewMode, WorkspaceView } from '../model/types';
import { applyChanges, applyRunChanges } from '../model/changes';
import { reconcileSelection } from '../model/selection';
import { applyTheme, themeChoice, type ThemeChoice } from './theme';

export type Panel =
  | { kind: 'none' }
  | { kind: 'newStep'; stageId: string; lane: Lane }
  | { kind: 'editStep'; stepId: string };

export interface Notice {
  /** Catalog key and values of the message. */
  key: string;
  values?: Record<string, string | number>;
  /** Offers an Undo button (e.g. after a delete). */
  undoable: boolean;
}

export interface WorkspaceState {
  workspace: WorkspaceView | null;
  /** The open workspace's saved runs, newest first; null until listed. */
  runs: RunSummary[] | null;
  preferences: Preferences | null;
  language: Language;
  theme: ThemeChoice;
  segmentId: string | null;
  journeyId: string | null;
  /** The segment whose form holds edits not saved yet: switching away asks first. */
  unsavedSegment: string | null;
  /** The segment the user asked to switch to while the form had unsaved edits. */
  pendingSegment: string | null;
  mode: ViewMode;
  panel: Panel;
  /** A step to draw attention to (e.g. opened from the touchpoint map). */
  highlightStepId: string | null;
  error: ApiError | null;
  notice: Notice | null;
  busy: boolean;
  /** Set once the first workspace has loaded (or failed to): the app can be used. */
  ready: boolean;

  start(): Promise<void>;
  edit(label: string, changes: Change[], notice?: Notice): Promise<boolean>;
  /** An edit the backend composes (e.g. keeping a what-if as a scenario), applied like any. */
  write(call: () => Promise<Applied>, notice?: Notice): Promise<boolean>;
  undo(): Promise<void>;
  redo(): Promise<void>;
  /** Lists the saved runs again (after a full run, on opening a workspace). */
  refreshRuns(): Promise<void>;
  newWorkspace(): Promise<void>;
  openWorkspace(): Promise<void>;
  saveWorkspaceAs(): Promise<void>;
  openRecent(path: string): Promise<void>;
  openSample(): Promise<void>;
  /** Help ▸ Open log folder; a failure goes to the banner like any other. */
  openLogFolder(): Promise<void>;
  setLanguage(language: Language): Promise<void>;
  setTheme(theme: ThemeChoice): Promise<void>;
  /** Selects a segment; with unsaved edits in the selected one's form, asks first
   * (`pendingSegment`) and switches once `leaveSegment(true)` is called. */
  selectSegment(segmentId: string): void;
  setUnsavedSegment(segmentId: string | null): void;
  /** Answers the question of `pendingSegment`: switch (`true`, the edits saved or dropped)
   * or stay. */
  leaveSegment(proceed: boolean): void;
  selectJourney(journeyId: string): void;
  setMode(mode: ViewMode): void;
  openPanel(panel: Panel): void;
  closePanel(): void;
  showStep(stepId: string): void;
  dismissError(): void;
  dismissNotice(): void;
}

const initial = {
  workspace: null,
  runs: null,
  preferences: null,
  language: 'en' as Language,
  theme: 'system' as ThemeChoice,
  segmentId: null,
  journeyId: null,
  unsavedSegment: null,
  pendingSegment: null,
  mode: 'journey' as ViewMode,
  panel: { kind: 'none' } as Panel,
  highlightStepId: null,
  error: null,
  notice: null,
  busy: false,
  ready: false,
};

export const useWorkspace = create<WorkspaceState>()((set, get) => {
  /** Shows a workspace the backend returned, keeping the selection valid. */
  const show = (workspace: WorkspaceView, sameFile: boolean) => {
    const { segmentId, journeyId, panel } = get();
    const selection = reconcileSelection(
      workspace.document,
      sameFile ? { segmentId, journeyId } : { segmentId: null, journeyId: null },
    );
    // An edited step that no longer exists (undo of its creation) closes its panel.
    const stillThere = panel.kind !== 'editStep' || workspace.document.steps.some((s) => s.id === panel.stepId);
    set({ workspace, ...selection, panel: sameFile && stillThere ? panel : { kind: 'none' } });
  };

  // Each listing of the runs gets a number so a slow answer never overwrites a newer one.
  let listing = 0;
  let listingNow = false;

  /** Lists the saved runs; a failure goes to the banner (a success clears nothing there). */
  const listRuns = async (): Promise<void> => {
    const mine = ++listing;
    listingNow = true;
    try {
      const runs = await api.listRuns();
      if (mine === listing) set({ runs });
    } catch (thrown) {
      if (mine === listing) set({ error: toApiError(thrown) });
    } finally {
      if (mine === listing) listingNow = false;
    }
  };

  /** The saved runs follow the run changes an edit, undo or redo wrote: a run deleted
   * leaves the list, a run listed again comes back from a new listing. */
  const followRuns = (changes: readonly Change[]) => {
    if (!changes.some((c) => c.op === 'run')) return;
    const before = get().runs;
    const { runs, missing } = applyRunChanges(before ?? [], changes);
    if (before && runs !== before) set({ runs });
    // A listing under way may have been answered before these changes: list again.
    if (missing.length > 0 || before === null || listingNow) void listRuns();
  };

  /** Applies what an edit, undo or redo wrote to the document in memory (never re-fetched). */
  const applied = ({ changes, history }: Applied) => {
    const workspace = get().workspace;
    if (!workspace) return;
    show({ ...workspace, document: applyChanges(workspace.document, changes), history }, true);
    followRuns(changes);
  };

  /** Shows a workspace just opened, with its own saved runs. */
  const opened = async (workspace: WorkspaceView) => {
    show(workspace, false);
    set({ runs: null });
    await listRuns();
  };

  /** A call's value, or its error for the banner: alone through `run`, or for calls made
   * together, where one's success must not clear another's error. */
  const settle = async <T>(call: () => Promise<T>): Promise<{ value?: T; error: ApiError | null }> => {
    try {
      return { value: await call(), error: null };
    } catch (thrown) {
      return { error: toApiError(thrown) };
    }
  };

  /** Runs one backend call with the busy flag; its error (or none) goes to the banner. */
  const run = async <T>(call: () => Promise<T>): Promise<T | undefined> => {
    set({ busy: true });
    const { value, error } = await settle(call);
    set({ busy: false, error });
    return value;
  };

  const openWith = async (call: () => Promise<WorkspaceView | null>) => {
    const workspace = await run(call);
    if (workspace) {
      set({ notice: null });
      await opened(workspace);
      // The recent-files list changed on the Rust side.
      const preferences = await run(() => api.getPreferences());
      if (preferences) set({ preferences });
    }
  };

  return {
    ...initial,

    async start() {
      // Three independent answers, asked at once and shown in one render: asked one after
      // another, the last waited for the journey map's first render (90 ms of the start-up).
      set({ busy: true });
      const [preferences, workspace, notice] = await Promise.all([
        settle(() => api.getPreferences()),
        settle(() => api.currentWorkspace()),
        settle(() => api.startupNotice()),
      ]);
      const language = resolveLanguage(preferences.value?.language ?? null);
      const theme = themeChoice(preferences.value?.theme ?? null);
      applyTheme(theme);
      await applyLanguage(language);
      set({ preferences: preferences.value ?? null, language, theme });
      if (workspace.value) show(workspace.value, false);
      // The notice first: e.g. the last file was deleted or is corrupt and the sample was
      // opened instead.
      const error = notice.value ?? workspace.error ?? preferences.error ?? notice.error;
      set({ busy: false, ready: true, error });
      if (workspace.value) await listRuns();
    },

    async edit(label, changes, notice) {
      if (changes.length === 0) return true;
      return get().write(() => api.applyEdit(label, changes), notice);
    },

    async write(call, notice) {
      const result = await run(call);
      if (!result) return false;
      applied(result);
      set({ notice: notice ?? null });
      return true;
    },

    async undo() {
      if (get().busy || !get().workspace?.history.undo) return;
      const result = await run(() => api.undo());
      if (result) {
        applied(result);
        set({ notice: null });
      }
    },

    async redo() {
      if (get().busy || !get().workspace?.history.redo) return;
      const result = await run(() => api.redo());
      if (result) {
        applied(result);
        set({ notice: null });
      }
    },

    refreshRuns: async () => {
      if (get().workspace) await listRuns();
    },

    newWorkspace: () => openWith(() => api.newWorkspace()),
    openWorkspace: () => openWith(() => api.openWorkspace()),
    saveWorkspaceAs: async () => {
      const workspace = await run(() => api.saveWorkspaceAs());
      if (workspace) {
        show(workspace, true);
        // The copy is the open workspace now: its runs are the ones to list.
        await listRuns();
        const preferences = await run(() => api.getPreferences());
        if (preferences) set({ preferences });
      }
    },
    openRecent: (path) => openWith(() => api.openRecent(path)),
    openSample: () => openWith(() => api.openSample()),
    async openLogFolder() {
      await run(() => api.openLogFolder());
    },

    async setLanguage(language) {
      await applyLanguage(language);
      set({ language });
      const theme = get().theme;
      const preferences = await run(() => api.setPreferences(language, theme === 'system' ? null : theme));
      if (preferences) set({ preferences });
    },

    async setTheme(theme) {
      applyTheme(theme);
      set({ theme });
      const language = get().preferences?.language ?? null;
      const preferences = await run(() =>
        api.setPreferences(language ?? get().language, theme === 'system' ? null : theme),
      );
      if (preferences) set({ preferences });
    },

    selectSegment(segmentId) {
      const doc = get().workspace?.document;
      if (!doc) return;
      const { unsavedSegment, segmentId: current } = get();
      if (unsavedSegment !== null && unsavedSegment === current && segmentId !== current) {
        set({ pendingSegment: segmentId });
        return;
      }
      set({
        ...reconcileSelection(doc, { segmentId, journeyId: null }),
        panel: { kind: 'none' },
        pendingSegment: null,
      });
    },

    setUnsavedSegment: (unsavedSegment) => set({ unsavedSegment }),

    leaveSegment(proceed) {
      const pending = get().pendingSegment;
      set({ pendingSegment: null });
      if (!proceed || pending === null) return;
      set({ unsavedSegment: null });
      get().selectSegment(pending);
    },

    selectJourney(journeyId) {
      const doc = get().workspace?.document;
      if (!doc) return;
      set({ ...reconcileSelection(doc, { segmentId: null, journeyId }), panel: { kind: 'none' } });
    },

    setMode: (mode) => set({ mode }),
    openPanel: (panel) => set({ panel, highlightStepId: null }),
    closePanel: () => set({ panel: { kind: 'none' } }),

    showStep(stepId) {
      const doc = get().workspace?.document;
      const step = doc?.steps.find((s) => s.id === stepId);
      if (!doc || !step) return;
      set({
        ...reconcileSelection(doc, { segmentId: null, journeyId: step.journeyId }),
        mode: 'journey',
        panel: { kind: 'editStep', stepId },
        highlightStepId: stepId,
      });
    },

    dismissError: () => set({ error: null }),
    dismissNotice: () => set({ notice: null }),
  };
});

/** For tests: back to the state before `start()`. */
export function resetWorkspaceStore(): void {
  useWorkspace.setState(initial);
}
