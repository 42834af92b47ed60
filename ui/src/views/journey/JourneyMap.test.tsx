import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../App';
import { INTERACTIVE_MARK } from '../../hooks/useInteractiveMark';
import { put } from '../../model/changes';
import { tasksOfBundle } from '../../model/taskLinks';
import { startOnSample } from '../../test/harness';
import { useWorkspace } from '../../store/workspace';
import { sampleNames } from '../../test/sample';

const names = sampleNames();
const familyJourney = names.journey('Get the home triple-play').id;
const stage = (name: string) => names.stage(name).id;
const cardOf = (title: string) =>
  screen.getAllByTestId('step-card').find((c) => c.dataset.stepId === names.step(title).id)!;

async function renderFamily() {
  const ipc = await startOnSample();
  render(<App />);
  act(() => useWorkspace.getState().selectSegment(names.segment('Family home').id));
  return ipc;
}

describe('journey map', () => {
  beforeEach(() => {
    document.documentElement.lang = 'en';
  });

  it('places the start-up mark once, when the workspace is first on screen', async () => {
    performance.clearMarks(INTERACTIVE_MARK);
    const ipc = await startOnSample();
    expect(performance.getEntriesByName(INTERACTIVE_MARK)).toHaveLength(0);
    const { unmount } = render(<App />);
    expect(screen.getByTestId('app-ready')).toBeTruthy();
    expect(performance.getEntriesByName(INTERACTIVE_MARK)).toHaveLength(1);
    unmount();
    render(<App />);
    expect(performance.getEntriesByName(INTERACTIVE_MARK)).toHaveLength(1);
    expect(ipc.currentWorkspace).toHaveBeenCalledTimes(1);
  });

  it('marks the app ready and renders each step in its stage × lane cell', async () => {
    await renderFamily();
    expect(screen.getByTestId('app-ready')).toBeTruthy();
    const cell = screen.getByTestId(`cell-${stage('Activate')}-frontstage`);
    const titles = within(cell)
      .getAllByTestId('step-card')
      .map((card) => card.querySelector('.step-title')?.textContent);
    expect(titles).toEqual([
      'Broadband calls to book a technician',
      'First technician visit: broadband',
      'Second technician visit: the IPTV boxes',
      'Third technician visit: the fixed line',
    ]);
    expect(
      within(cell).getByText('A third technician visit for a socket the first technician could have wired', {
        selector: '.pain',
      }),
    ).toBeTruthy();
    expect(screen.getByTestId('emotion-curve').querySelectorAll('circle.curve-dot')).toHaveLength(7);
  });

  it('adds a step from a cell with one applyEdit carrying the right change', async () => {
    const ipc = await renderFamily();
    const user = userEvent.setup();
    await user.click(screen.getByTestId(`add-step-${stage('Order')}-backstage`));
    await user.type(screen.getByTestId('step-title-input'), 'One order for the bundle');
    await user.click(screen.getByTestId('save-step'));
    expect(ipc.applyEdit).toHaveBeenCalledTimes(1);
    const [label, changes] = ipc.applyEdit.mock.calls[0] as [string, unknown[]];
    expect(label).toBe('Add step');
    expect(changes).toEqual([
      {
        op: 'put',
        entity: {
          kind: 'step',
          value: expect.objectContaining({
            journeyId: familyJourney,
            stageId: stage('Order'),
            lane: 'backstage',
            position: 1,
            title: 'One order for the bundle',
          }),
        },
      },
    ]);
    expect(screen.queryByTestId('step-editor')).toBeNull();
    expect(
      within(screen.getByTestId(`cell-${stage('Order')}-backstage`)).getByText('One order for the bundle'),
    ).toBeTruthy();
    expect(screen.getByTestId('undo').textContent).toContain('Undo Add step');
  });

  it('edits a step: one applyEdit that puts the step with the new fields', async () => {
    const ipc = await renderFamily();
    const user = userEvent.setup();
    const step = names.step('Assistant builds the bundle on three screens');
    await user.click(cardOf(step.title));
    const title = screen.getByTestId('step-title-input');
    await user.clear(title);
    await user.type(title, 'One coordinated technician visit');
    await user.selectOptions(screen.getByTestId('step-stage-select'), stage('Order'));
    await user.click(screen.getByTestId('save-step'));
    expect(ipc.applyEdit).toHaveBeenCalledTimes(1);
    expect(ipc.applyEdit.mock.calls[0]?.[0]).toBe('Edit step');
    expect(ipc.applyEdit.mock.calls[0]?.[1]).toEqual([
      {
        op: 'put',
        entity: {
          kind: 'step',
          value: expect.objectContaining({
            id: step.id,
            title: 'One coordinated technician visit',
            stageId: stage('Order'),
            lane: 'frontstage',
            // The end of its new cell, after the contract signed in the shop.
            position: 1,
          }),
        },
      },
    ]);
  });

  it('does not send a step without a title', async () => {
    const ipc = await renderFamily();
    const user = userEvent.setup();
    await user.click(screen.getByTestId(`add-step-${stage('Use')}-backstage`));
    await user.click(screen.getByTestId('save-step'));
    expect(ipc.applyEdit).not.toHaveBeenCalled();
    expect(screen.getByText('Required.')).toBeTruthy();
  });

  it('moves a step by dropping its card on another cell', async () => {
    const ipc = await renderFamily();
    const step = names.step('Compares home bundles after moving house');
    const card = cardOf(step.title);
    const data = new Map<string, string>();
    const dataTransfer = {
      types: ['application/x-touchmap-step'],
      setData: (k: string, v: string) => data.set(k, v),
      getData: (k: string) => data.get(k) ?? '',
      dropEffect: 'none',
      effectAllowed: 'all',
    };
    fireEvent.dragStart(card, { dataTransfer });
    const target = screen.getByTestId(`cell-${stage('Activate')}-customerAction`);
    fireEvent.dragOver(target, { dataTransfer });
    await act(async () => {
      fireEvent.drop(target, { dataTransfer });
    });
    expect(ipc.applyEdit).toHaveBeenCalledWith('Move step', [
      {
        op: 'put',
        entity: {
          kind: 'step',
          value: expect.objectContaining({
            id: step.id,
            stageId: stage('Activate'),
            lane: 'customerAction',
            // After the two steps already there.
            position: 2,
          }),
        },
      },
    ]);
  });

  it('closes the editor on Escape and gives focus back to the "+" it was opened from', async () => {
    await renderFamily();
    const user = userEvent.setup();
    const add = screen.getByTestId(`add-step-${stage('Use')}-backstage`);
    await user.click(add);
    expect(document.activeElement).toBe(screen.getByTestId('step-title-input'));
    await user.keyboard('{Escape}');
    expect(screen.queryByTestId('step-editor')).toBeNull();
    expect(document.activeElement).toBe(add);
  });

  it('undoes with Ctrl+Z but not while typing', async () => {
    const ipc = await renderFamily();
    const user = userEvent.setup();
    await user.click(screen.getByTestId(`add-step-${stage('Use')}-backstage`));
    await user.type(screen.getByTestId('step-title-input'), 'Router shipped{Control>}z{/Control}');
    expect(ipc.undo).not.toHaveBeenCalled();
    await user.click(screen.getByTestId('save-step'));
    await user.keyboard('{Control>}z{/Control}');
    expect(ipc.undo).toHaveBeenCalledTimes(1);
  });
});

describe('the flow task a step is linked to', () => {
  beforeEach(() => {
    document.documentElement.lang = 'en';
  });

  it('shows the linked task and its silo on the card, and no chip on an unlinked step', async () => {
    await renderFamily();
    const chip = within(cardOf('First technician visit: broadband')).getByTestId('step-task-link');
    expect(chip.dataset.state).toBe('linked');
    expect(within(chip).getByText('Broadband technician visit')).toBeTruthy();
    expect(chip.textContent).toContain('· Broadband field team');
    expect(chip.title).toBe('Linked activation task: Broadband technician visit · Broadband field team');
    // Read once by screen readers, with what it is.
    expect(chip.querySelector('.visually-hidden')?.textContent).toBe(chip.title);
    expect(within(cardOf('Compares home bundles after moving house')).queryByTestId('step-task-link')).toBeNull();
  });

  it('shows a link to a task no scenario has as broken', async () => {
    await renderFamily();
    const step = names.step('Third technician visit: the fixed line');
    await act(() =>
      useWorkspace.getState().edit('Edit step', [put({ kind: 'step', value: { ...step, flowTask: 'gone' } })]),
    );
    const chip = within(cardOf(step.title)).getByTestId('step-task-link');
    expect(chip.dataset.state).toBe('missing');
    expect(chip.className).toContain('broken');
    expect(chip.textContent).toContain('Linked task missing');
    expect(chip.title).toContain('“gone”');
    // The editor keeps the broken link listed instead of dropping it silently.
    await userEvent.setup().click(cardOf(step.title));
    const select = screen.getByTestId('step-task-select') as HTMLSelectElement;
    expect(select.value).toBe('gone');
    expect(select.selectedOptions[0]?.textContent).toBe('⚠ Missing task (gone)');
  });

  it('lists every task of each bundle once, grouped by bundle, with its silo', async () => {
    await renderFamily();
    await userEvent.setup().click(cardOf('First technician visit: broadband'));
    const select = screen.getByTestId('step-task-select') as HTMLSelectElement;
    expect(select.value).toBe('bb-tech-visit');
    expect(select.options[0]?.textContent).toBe('— None —');
    const groups = select.querySelectorAll('optgroup');
    expect([...groups].map((g) => g.label)).toEqual(['Home triple-play']);
    const values = [...groups[0]!.querySelectorAll('option')].map((o) => o.value);
    expect(values).toEqual(
      tasksOfBundle(names.doc.scenarios, names.bundle('Home triple-play').id).map((task) => task.id),
    );
    expect(new Set(values).size).toBe(values.length);
    expect(select.selectedOptions[0]?.textContent).toBe('Broadband technician visit · Broadband field team');
    // The hint describes the select.
    const hint = document.getElementById(select.getAttribute('aria-describedby')!);
    expect(hint?.textContent).toContain('activation flow');
  });

  it('changes the link with one undoable edit that puts the step with the new task', async () => {
    const ipc = await renderFamily();
    const user = userEvent.setup();
    const step = names.step('Three silos book three separate visits');
    await user.click(cardOf(step.title));
    await user.selectOptions(screen.getByTestId('step-task-select'), 'visit-booking');
    await user.click(screen.getByTestId('save-step'));
    expect(ipc.applyEdit).toHaveBeenCalledTimes(1);
    expect(ipc.applyEdit.mock.calls[0]).toEqual([
      'Edit step',
      [{ op: 'put', entity: { kind: 'step', value: { ...step, flowTask: 'visit-booking' } } }],
    ]);
    const chip = within(cardOf(step.title)).getByTestId('step-task-link');
    expect(chip.textContent).toContain('Customer books one visit in the app');
    expect(chip.textContent).toContain('· Field service');

    await user.click(screen.getByTestId('undo'));
    expect(ipc.undo).toHaveBeenCalledTimes(1);
    expect(within(cardOf(step.title)).queryByTestId('step-task-link')).toBeNull();
  });

  it('unlinks a step by choosing None', async () => {
    const ipc = await renderFamily();
    const user = userEvent.setup();
    const step = names.step('First technician visit: broadband');
    await user.click(cardOf(step.title));
    await user.selectOptions(screen.getByTestId('step-task-select'), '');
    await user.click(screen.getByTestId('save-step'));
    expect(ipc.applyEdit.mock.calls[0]?.[1]).toEqual([
      { op: 'put', entity: { kind: 'step', value: { ...step, flowTask: null } } },
    ]);
    expect(within(cardOf(step.title)).queryByTestId('step-task-link')).toBeNull();
  });
});
