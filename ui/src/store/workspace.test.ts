import { beforeEach, describe, expect, it, vi } from 'vitest';
import { sampleRuns } from '../api/fixtures';
import { setIpc } from '../api/ipc';
import { addStep, deleteRun, emptyStepFields } from '../model/changes';
import { EDIT_LABELS } from '../model/labels';
import type { Change } from '../bindings';
import { startOnSample, spiedMockIpc } from '../test/harness';
import { sampleNames } from '../test/sample';
import { resetWorkspaceStore, useWorkspace } from './workspace';

const state = () => useWorkspace.getState();
const names = sampleNames();
const young = names.segment('Young digital').id;
const youngJourney = names.journey('Switch to the bundle in the app').id;

describe('workspace store', () => {
  beforeEach(() => resetWorkspaceStore());

  it('starts on the current workspace with the first segment and journey selected', async () => {
    await startOnSample();
    expect(state().ready).toBe(true);
    expect(state().workspace?.name).toBe('Sample operator');
    expect(state().segmentId).toBe(young);
    expect(state().journeyId).toBe(youngJourney);
    expect(state().language).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('sends one edit with its label, then undoes and redoes it', async () => {
    const ipc = await startOnSample();
    const doc = state().workspace!.document;
    const fields = { ...emptyStepFields(names.stage('Order').id, 'frontstage'), title: 'One order' };
    await state().edit(EDIT_LABELS.addStep, addStep(doc, youngJourney, fields, 'new'));
    expect(ipc.applyEdit).toHaveBeenCalledTimes(1);
    expect(ipc.applyEdit.mock.calls[0]?.[0]).toBe('Add step');
    expect(state().workspace?.document.steps.some((s) => s.id === 'new')).toBe(true);
    expect(state().workspace?.history.undo).toBe('Add step');

    await state().undo();
    expect(state().workspace?.document.steps.some((s) => s.id === 'new')).toBe(false);
    expect(state().workspace?.history.redo).toBe('Add step');
    await state().redo();
    expect(state().workspace?.document.steps.some((s) => s.id === 'new')).toBe(true);
  });

  it('keeps a backend refusal as an error with its problems, without losing the workspace', async () => {
    const ipc = await startOnSample();
    // Validation is the backend's: here it refuses the edit, as it does an emotion out of range.
    ipc.applyEdit.mockResolvedValueOnce({
      status: 'error',
      error: {
        code: 'invalid',
        message: 'the workspace would not be valid',
        problems: [{ path: 'steps[0].emotion', message: 'must be between -3 and +3' }],
      },
    });
    const doc = state().workspace!.document;
    const step = doc.steps[0]!;
    const ok = await state().edit(EDIT_LABELS.editStep, [
      { op: 'put', entity: { kind: 'step', value: { ...step, emotion: 9 } } },
    ]);
    expect(ok).toBe(false);
    expect(ipc.applyEdit).toHaveBeenCalledTimes(1);
    expect(state().error?.code).toBe('invalid');
    expect(state().error?.message).toBe('the workspace would not be valid');
    expect(state().error?.problems[0]?.path).toBe('steps[0].emotion');
    // Nothing of the refused edit reaches the document, nor the undo history.
    expect(state().workspace?.document.steps[0]?.emotion).toBe(step.emotion);
    expect(state().workspace?.history.undo).toBeNull();
    state().dismissError();
    expect(state().error).toBeNull();
    // The workspace is still there and editable.
    expect(
      await state().edit(EDIT_LABELS.editStep, [
        { op: 'put', entity: { kind: 'step', value: { ...step, emotion: 3 } } },
      ]),
    ).toBe(true);
    expect(state().workspace?.document.steps[0]?.emotion).toBe(3);
  });

  it('turns a rejected call into an error instead of throwing', async () => {
    const ipc = spiedMockIpc();
    ipc.currentWorkspace.mockRejectedValue(new Error('IPC is down'));
    setIpc(ipc);
    await state().start();
    expect(state().ready).toBe(true);
    expect(state().workspace).toBeNull();
    expect(state().error?.message).toBe('IPC is down');
  });

  it('asks for the preferences, the workspace and the startup notice at once', async () => {
    const ipc = spiedMockIpc();
    let answer: (value: Awaited<ReturnType<typeof ipc.currentWorkspace>>) => void = () => {};
    const workspace = ipc.currentWorkspace();
    ipc.currentWorkspace.mockClear();
    ipc.currentWorkspace.mockReturnValue(new Promise((resolve) => (answer = resolve)));
    setIpc(ipc);
    const started = state().start();
    await Promise.resolve();
    // While the workspace is still on its way, the other two were asked too.
    expect(ipc.currentWorkspace).toHaveBeenCalledTimes(1);
    expect(ipc.getPreferences).toHaveBeenCalledTimes(1);
    expect(ipc.startupNotice).toHaveBeenCalledTimes(1);
    expect(state().ready).toBe(false);
    answer(await workspace);
    await started;
    expect(state().ready).toBe(true);
    expect(state().busy).toBe(false);
    expect(state().workspace).not.toBeNull();
  });

  it('shows the startup notice when the last file could not be reopened', async () => {
    const ipc = spiedMockIpc();
    ipc.startupNotice.mockResolvedValue({
      status: 'ok',
      data: { code: 'corrupt', message: 'Client.touchmap is damaged' },
    });
    setIpc(ipc);
    await state().start();
    expect(state().workspace).not.toBeNull();
    expect(state().error?.code).toBe('corrupt');
  });

  it('keeps the selection valid after deleting the selected segment', async () => {
    const ipc = await startOnSample();
    const family = names.segment('Family home').id;
    const familyJourney = names.journey('Get the home triple-play').id;
    state().selectSegment(family);
    expect(state().journeyId).toBe(familyJourney);
    // The backend cascades the delete to the segment's journey and steps and says so in what it
    // applied; the UI applies exactly that.
    const cascade: Change[] = [
      ...names.doc.steps
        .filter((s) => s.journeyId === familyJourney)
        .map((s): Change => ({ op: 'delete', target: { kind: 'step', id: s.id } })),
      { op: 'delete', target: { kind: 'journey', id: familyJourney } },
      { op: 'delete', target: { kind: 'segment', id: family } },
    ];
    ipc.applyEdit.mockResolvedValueOnce({
      status: 'ok',
      data: { changes: cascade, history: { undo: EDIT_LABELS.deleteSegment, redo: null } },
    });
    const sent: Change[] = [{ op: 'delete', target: { kind: 'segment', id: family } }];
    expect(await state().edit(EDIT_LABELS.deleteSegment, sent)).toBe(true);
    expect(ipc.applyEdit).toHaveBeenCalledWith(EDIT_LABELS.deleteSegment, sent);
    expect(state().segmentId).toBe(young);
    expect(state().journeyId).toBe(youngJourney);
    const doc = state().workspace!.document;
    expect(doc.segments.some((s) => s.id === family)).toBe(false);
    expect(doc.journeys.some((j) => j.id === familyJourney)).toBe(false);
    expect(doc.steps.some((s) => s.journeyId === familyJourney)).toBe(false);
    expect(state().workspace?.history.undo).toBe(EDIT_LABELS.deleteSegment);
  });

  it('opens a step from elsewhere in the journey map, selecting its journey', async () => {
    await startOnSample();
    state().setMode('touchpoints');
    const senior = names.segment('Senior').id;
    const seniorJourney = names.journeysOf(senior)[0]!.id;
    const step = names.doc.steps.filter((s) => s.journeyId === seniorJourney)[5]!;
    state().showStep(step.id);
    expect(state()).toMatchObject({
      mode: 'journey',
      segmentId: senior,
      journeyId: seniorJourney,
      panel: { kind: 'editStep', stepId: step.id },
    });
  });

  it('saves the language and theme in the preferences', async () => {
    const ipc = await startOnSample();
    await state().setLanguage('zh-CN');
    expect(ipc.setPreferences).toHaveBeenLastCalledWith('zh-CN', null);
    expect(document.documentElement.lang).toBe('zh-CN');
    await state().setTheme('dark');
    expect(ipc.setPreferences).toHaveBeenLastCalledWith('zh-CN', 'dark');
    expect(document.documentElement.dataset.theme).toBe('dark');
    await state().setTheme('system');
    expect(document.documentElement.dataset.theme).toBeUndefined();
  });

  it('lists the saved runs on opening and keeps them following run changes, even during a listing', async () => {
    const ipc = await startOnSample();
    const ids = () => state().runs?.map((r) => r.id);
    expect(ids()).toEqual(['run-to-be', 'run-as-is']);
    // A listing asked before a delete and answered after it must not bring the run back.
    const stale = sampleRuns();
    let answer: (value: unknown) => void = () => undefined;
    ipc.listRuns.mockImplementationOnce(() => new Promise((resolve) => (answer = resolve)));
    const refreshing = state().refreshRuns();
    await state().edit(EDIT_LABELS.deleteRun, deleteRun('run-as-is'));
    expect(ids()).toEqual(['run-to-be']);
    answer({ status: 'ok', data: stale });
    await refreshing;
    await vi.waitFor(() => expect(ipc.listRuns).toHaveBeenCalledTimes(3));
    await vi.waitFor(() => expect(ids()).toEqual(['run-to-be']));
    // Undo lists it again; a new workspace has runs of its own (none).
    await state().undo();
    await vi.waitFor(() => expect(ids()).toEqual(['run-to-be', 'run-as-is']));
    await state().newWorkspace();
    expect(state().runs).toEqual([]);
  });
});
