import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../App';
import { useWorkspace } from '../../store/workspace';
import { startOnSample } from '../../test/harness';
import { sampleNames } from '../../test/sample';

const names = sampleNames();

describe('segment editor', () => {
  it('refuses a share over 100% in the form, then saves the share as a fraction in one edit', async () => {
    const ipc = await startOnSample();
    render(<App />);
    const family = names.segment('Family home');
    expect(family.share).not.toBe(0.4);
    act(() => useWorkspace.getState().selectSegment(family.id));
    const user = userEvent.setup();
    await user.click(screen.getByTestId('view-tab-segments'));
    // The sample's shares add up to 100%: nothing to flag.
    expect(screen.queryByTestId('shares-total')).toBeNull();
    const share = screen.getByTestId('segment-share-input');
    await user.clear(share);
    await user.type(share, '140');
    await user.click(screen.getByTestId('save-segment'));
    expect(ipc.applyEdit).not.toHaveBeenCalled();
    expect(screen.getByText('Share is a percentage from 0 to 100.')).toBeTruthy();

    await user.clear(screen.getByTestId('segment-share-input'));
    await user.type(screen.getByTestId('segment-share-input'), '40');
    // The sample's shares add up to 100%; 40% instead of 35% for this one makes 105%.
    const others = names.doc.segments.filter((s) => s.id !== family.id).reduce((sum, s) => sum + s.share, 0);
    expect(screen.getByTestId('shares-total').textContent).toContain(`${(others * 100 + 40).toFixed(1)}%`);
    await user.click(screen.getByTestId('save-segment'));
    expect(ipc.applyEdit).toHaveBeenCalledTimes(1);
    expect(ipc.applyEdit.mock.calls[0]?.[0]).toBe('Edit segment');
    expect(ipc.applyEdit.mock.calls[0]?.[1]).toEqual([
      {
        op: 'put',
        entity: { kind: 'segment', value: { ...family, share: 0.4 } },
      },
    ]);
  });

  it('refuses a queue priority above 9, then saves the segment with its priority in one edit', async () => {
    const ipc = await startOnSample();
    render(<App />);
    const senior = names.segment('Senior');
    expect(senior.priority).toBe(0);
    act(() => useWorkspace.getState().selectSegment(senior.id));
    const user = userEvent.setup();
    await user.click(screen.getByTestId('view-tab-segments'));
    const priority = screen.getByTestId('segment-priority-input');
    await user.clear(priority);
    await user.type(priority, '12');
    await user.click(screen.getByTestId('save-segment'));
    expect(ipc.applyEdit).not.toHaveBeenCalled();
    expect(screen.getByText('Priority is a whole number from 0 to 9.')).toBeTruthy();

    await user.clear(priority);
    await user.type(priority, '7');
    await user.click(screen.getByTestId('save-segment'));
    expect(ipc.applyEdit).toHaveBeenCalledWith('Edit segment', [
      { op: 'put', entity: { kind: 'segment', value: { ...senior, priority: 7 } } },
    ]);
  });

  it('adds a stage from the stages editor with one labelled edit', async () => {
    const ipc = await startOnSample();
    render(<App />);
    const user = userEvent.setup();
    await user.click(screen.getByTestId('view-tab-structure'));
    await user.type(screen.getByTestId('add-stage-input'), 'Leave');
    await user.click(screen.getByTestId('add-stage'));
    expect(ipc.applyEdit).toHaveBeenCalledWith('Add stage', [
      {
        op: 'put',
        entity: { kind: 'stage', value: expect.objectContaining({ name: 'Leave', position: names.doc.stages.length }) },
      },
    ]);
    expect(screen.getAllByTestId('stage-row')).toHaveLength(names.doc.stages.length + 1);
  });

  it('asks before switching segment with unsaved edits: cancel stays, discard switches, save saves then switches', async () => {
    const ipc = await startOnSample();
    render(<App />);
    const family = names.segment('Family home');
    const young = names.segment('Young digital');
    act(() => useWorkspace.getState().selectSegment(family.id));
    const user = userEvent.setup();
    await user.click(screen.getByTestId('view-tab-segments'));
    const name = screen.getByTestId('segment-name-input');
    await user.clear(name);
    await user.type(name, 'Families');

    // Cancel: the form and its edits stay.
    act(() => useWorkspace.getState().selectSegment(young.id));
    expect(screen.getByTestId('unsaved-prompt').textContent).toContain(young.name);
    await user.click(screen.getByTestId('unsaved-cancel'));
    expect(screen.queryByTestId('unsaved-prompt')).toBeNull();
    expect(useWorkspace.getState().segmentId).toBe(family.id);
    expect((screen.getByTestId('segment-name-input') as HTMLInputElement).value).toBe('Families');

    // Save: one edit with the form's values, then the switch.
    act(() => useWorkspace.getState().selectSegment(young.id));
    await user.click(screen.getByTestId('unsaved-save'));
    expect(ipc.applyEdit).toHaveBeenCalledTimes(1);
    expect(ipc.applyEdit.mock.calls[0]?.[1]).toEqual([
      { op: 'put', entity: { kind: 'segment', value: { ...family, name: 'Families' } } },
    ]);
    expect(useWorkspace.getState().segmentId).toBe(young.id);
    expect((screen.getByTestId('segment-name-input') as HTMLInputElement).value).toBe(young.name);

    // Discard: no edit, the switch, and the edits are gone.
    await user.type(screen.getByTestId('segment-name-input'), ' (draft)');
    act(() => useWorkspace.getState().selectSegment(family.id));
    await user.click(screen.getByTestId('unsaved-discard'));
    expect(ipc.applyEdit).toHaveBeenCalledTimes(1);
    expect(useWorkspace.getState().segmentId).toBe(family.id);
    expect((screen.getByTestId('segment-name-input') as HTMLInputElement).value).toBe('Families');
  });

  it('switches segment without asking when the form has no unsaved edits', async () => {
    await startOnSample();
    render(<App />);
    const family = names.segment('Family home');
    const young = names.segment('Young digital');
    act(() => useWorkspace.getState().selectSegment(family.id));
    await userEvent.setup().click(screen.getByTestId('view-tab-segments'));
    act(() => useWorkspace.getState().selectSegment(young.id));
    expect(screen.queryByTestId('unsaved-prompt')).toBeNull();
    expect(useWorkspace.getState().segmentId).toBe(young.id);
  });
});
