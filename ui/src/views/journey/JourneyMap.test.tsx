import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../App';
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
