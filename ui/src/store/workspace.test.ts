import { beforeEach, describe, expect, it } from 'vitest';
import { setIpc } from '../api/ipc';
import { addStep, emptyStepFields } from '../model/changes';
import { EDIT_LABELS } from '../model/labels';
import { startOnSample, spiedMockIpc } from '../test/harness';
import { resetWorkspaceStore, useWorkspace } from './workspace';

const state = () => useWorkspace.getState();

describe('workspace store', () => {
  beforeEach(() => resetWorkspaceStore());

  it('starts on the current workspace with the first segment and journey selected', async () => {
    await startOnSample();
    expect(state().ready).toBe(true);
    expect(state().workspace?.name).toBe('Sample operator');
    expect(state().segmentId).toBe('seg-young');
    expect(state().journeyId).toBe('jr-young');
    expect(state().language).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('sends one edit with its label, then undoes and redoes it', async () => {
    const ipc = await startOnSample();
    const doc = state().workspace!.document;
    const fields = { ...emptyStepFields('stage-order', 'frontstage'), title: 'One order' };
    await state().edit(EDIT_LABELS.addStep, addStep(doc, 'jr-young', fields, 'new'));
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
    await startOnSample();
    const doc = state().workspace!.document;
    const step = doc.steps[0]!;
    const ok = await state().edit(EDIT_LABELS.editStep, [
      { op: 'put', entity: { kind: 'step', value: { ...step, emotion: 9 } } },
    ]);
    expect(ok).toBe(false);
    expect(state().error?.code).toBe('invalid');
    expect(state().error?.problems[0]?.path).toBe('steps[0].emotion');
    expect(state().workspace?.document.steps[0]?.emotion).toBe(step.emotion);
    state().dismissError();
    expect(state().error).toBeNull();
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
    await startOnSample();
    state().selectSegment('seg-family');
    expect(state().journeyId).toBe('jr-family');
    await state().edit(EDIT_LABELS.deleteSegment, [{ op: 'delete', target: { kind: 'segment', id: 'seg-family' } }]);
    expect(state().segmentId).toBe('seg-young');
    expect(state().workspace?.document.steps.some((s) => s.journeyId === 'jr-family')).toBe(false);
  });

  it('opens a step from elsewhere in the journey map, selecting its journey', async () => {
    await startOnSample();
    state().setMode('touchpoints');
    state().showStep('step-senior-5');
    expect(state()).toMatchObject({
      mode: 'journey',
      segmentId: 'seg-senior',
      journeyId: 'jr-senior',
      panel: { kind: 'editStep', stepId: 'step-senior-5' },
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
});
