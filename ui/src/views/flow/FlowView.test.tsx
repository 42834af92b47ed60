import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mockRunResult } from '../../api/mockSimulation';
import { App } from '../../App';
import type { FlowModel } from '../../model/flowTypes';
import { resetFlowEditorStore, useFlowEditor } from '../../store/flowEditor';
import { resetSimulationStore, useSimulation } from '../../store/simulation';
import { useWorkspace } from '../../store/workspace';
import { startOnSample } from '../../test/harness';

// React Flow measures with ResizeObserver and reads zoom from DOMMatrixReadOnly, which jsdom lacks.
beforeAll(() => {
  class ResizeObserverStub {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  class DOMMatrixStub {
    m22 = 1;
  }
  globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver;
  globalThis.DOMMatrixReadOnly ??= DOMMatrixStub as unknown as typeof DOMMatrixReadOnly;
  // A sized canvas, so the viewport and minimap compute real numbers.
  for (const [prop, size] of [
    ['offsetWidth', 800],
    ['offsetHeight', 600],
  ] as const)
    Object.defineProperty(HTMLElement.prototype, prop, { configurable: true, get: () => size });
});

beforeEach(() => {
  resetFlowEditorStore();
  resetSimulationStore();
});

async function openFlowTab() {
  const ipc = await startOnSample();
  render(<App />);
  const user = userEvent.setup();
  await user.click(screen.getByTestId('view-tab-flow'));
  await screen.findByTestId('flow-node-sale');
  return { ipc, user };
}

const lastModel = () => useWorkspace.getState().workspace!.document.activations[0]!.model;

describe('flow editor', () => {
  it('shows the composed as-is flow and recomposes when a service is included', async () => {
    const { ipc, user } = await openFlowTab();
    expect((screen.getByTestId('flow-scenario-select') as HTMLSelectElement).value).toBe('as-is');
    expect(ipc.flowView).toHaveBeenCalledWith('bundle-home', 'as-is');
    expect(screen.getByTestId('flow-node-bb-tech-visit').textContent).toContain('Broadband field');
    expect(screen.queryByTestId('flow-node-fix-order-entry')).toBeNull();
    expect(screen.getByTestId('flow-problems').dataset.count).toBe('0');

    await user.click(screen.getByTestId('flow-service-fixed-line'));
    expect(ipc.applyEdit).toHaveBeenCalledWith('Include/exclude service', [
      { op: 'put', entity: { kind: 'activation', value: expect.objectContaining({ bundleId: 'bundle-home' }) } },
    ]);
    expect(await screen.findByTestId('flow-node-fix-order-entry')).toBeTruthy();
  });

  it('adds a service by name as one edit, refusing a taken name, and removes it again', async () => {
    const { ipc, user } = await openFlowTab();
    await user.click(screen.getByTestId('flow-add-service'));
    await user.keyboard('{Escape}');
    expect(screen.queryByTestId('flow-new-service-name')).toBeNull();
    await user.click(screen.getByTestId('flow-add-service'));
    await user.type(screen.getByTestId('flow-new-service-name'), 'mobile');
    await user.click(screen.getByTestId('flow-new-service-confirm'));
    expect(screen.getByTestId('flow-new-service-error').textContent).toContain('already has a service');
    expect(ipc.applyEdit).not.toHaveBeenCalled();

    await user.clear(screen.getByTestId('flow-new-service-name'));
    await user.type(screen.getByTestId('flow-new-service-name'), 'Streaming{Enter}');
    expect(ipc.applyEdit).toHaveBeenCalledTimes(1);
    const [label, changes] = ipc.applyEdit.mock.calls[0]! as [string, { entity: { value: { model: FlowModel } } }[]];
    expect(label).toBe('Add service to the flow');
    const added = changes[0]!.entity.value.model.scenarios![0]!.design.services.at(-1);
    expect(added).toMatchObject({ id: 'svc-streaming', name: 'Streaming', included: true });
    expect(await screen.findByTestId('flow-node-svc-streaming-provision')).toBeTruthy();
    expect(screen.queryByTestId('flow-new-service-name')).toBeNull();

    await user.click(screen.getByTestId('flow-remove-service-svc-streaming'));
    await user.click(screen.getByTestId('flow-remove-service-svc-streaming-confirm'));
    expect(ipc.applyEdit).toHaveBeenLastCalledWith('Remove service from the flow', expect.any(Array));
    await waitFor(() => expect(screen.queryByTestId('flow-node-svc-streaming-provision')).toBeNull());
    expect(screen.queryByTestId('flow-service-svc-streaming')).toBeNull();
  });

  it('adds a task after the selected step as one edit and edits it in the inspector', async () => {
    const { ipc, user } = await openFlowTab();
    // A plain click: d3-drag's mousedown handler needs a window jsdom's events do not carry.
    fireEvent.click(screen.getByTestId('flow-node-sale'));
    expect(useFlowEditor.getState().selection).toEqual({ kind: 'node', id: 'sale' });
    await user.click(screen.getByTestId('flow-add-task'));
    expect(ipc.applyEdit).toHaveBeenCalledTimes(1);
    expect(ipc.applyEdit.mock.calls[0]![0]).toBe('Add task');
    const order = lastModel().scenarios![0]!.design.order;
    expect(order.edges.map((e) => `${e.from}>${e.to}`)).toContain('sale>task-1');
    expect(await screen.findByTestId('flow-node-task-1')).toBeTruthy();

    const inspector = screen.getByTestId('flow-inspector');
    const name = within(inspector).getByTestId('inspector-name');
    await user.clear(name);
    await user.type(name, 'Welcome call{Enter}');
    expect(ipc.applyEdit).toHaveBeenLastCalledWith('Edit flow step', expect.any(Array));
    await user.selectOptions(within(inspector).getByTestId('inspector-dist-kind'), 'fixed');
    const value = within(inspector).getByTestId('inspector-dist-value');
    await user.clear(value);
    await user.type(value, '-1');
    await user.tab();
    expect(within(inspector).getByRole('alert').textContent).toContain('At least 0');
    await user.clear(value);
    await user.type(value, '2');
    await user.tab();
    const task = lastModel().scenarios![0]!.design.order.nodes.find((n) => n.id === 'task-1')!;
    expect(task).toMatchObject({ name: 'Welcome call', duration: { kind: 'fixed', value: 2 } });
    expect(screen.getByTestId('dist-plot')).toBeTruthy();
    // Four edits, each one undo step.
    expect(ipc.applyEdit).toHaveBeenCalledTimes(4);

    await act(() => useWorkspace.getState().undo());
    expect(lastModel().scenarios![0]!.design.order.nodes.find((n) => n.id === 'task-1')).toMatchObject({
      duration: { kind: 'fixed', value: 0.45 },
    });
  });

  it('marks the node of a validation problem and selects it from the list', async () => {
    const { user } = await openFlowTab();
    act(() => useFlowEditor.getState().select({ kind: 'edge', from: 'bb-chase-gw', to: 'bb-chase' }));
    const probability = within(screen.getByTestId('flow-inspector')).getByTestId('inspector-probability');
    await user.clear(probability);
    await user.type(probability, '0.2{Enter}');
    await waitFor(() => expect(screen.getByTestId('flow-node-bb-chase-gw').dataset.problem).toBe('true'));
    const problems = screen.getByTestId('flow-problems');
    expect(problems.dataset.count).toBe('1');
    await user.click(within(problems).getByTestId('flow-problem'));
    expect(useFlowEditor.getState().selection).toEqual({ kind: 'node', id: 'bb-chase-gw' });
  });

  it('colours steps by the friction of the last run of this scenario', async () => {
    await openFlowTab();
    const doc = useWorkspace.getState().workspace!.document;
    act(() => useSimulation.setState({ bundleId: 'bundle-home', result: mockRunResult(doc, 'as-is', null, 1000, 1) }));
    expect(screen.getByTestId('flow-node-bb-tech-visit').dataset.friction).toBe('86');
    expect(screen.getByTestId('flow-node-sale').dataset.friction).toBeUndefined();
    const list = screen.getByTestId('flow-friction-list');
    await userEvent.setup().click(within(list).getAllByTestId('flow-friction-item')[0]!);
    expect(useFlowEditor.getState().selection).toEqual({ kind: 'node', id: 'bb-tech-visit' });
  });

  it('duplicates a scenario and edits a pool capacity, one edit each', async () => {
    const { ipc, user } = await openFlowTab();
    await user.click(screen.getByTestId('flow-scenario-duplicate'));
    expect(ipc.applyEdit).toHaveBeenLastCalledWith('Duplicate scenario', expect.any(Array));
    expect((screen.getByTestId('flow-scenario-select') as HTMLSelectElement).value).toBe('as-is-copy');
    expect((screen.getByTestId('flow-scenario-name') as HTMLInputElement).value).toBe('As-is copy');

    await user.click(within(screen.getByTestId('flow-params-resources')).getByRole('button', { expanded: false }));
    const capacity = screen.getByTestId('resource-capacity-technicians');
    await user.clear(capacity);
    await user.type(capacity, '0');
    await user.tab();
    expect(ipc.applyEdit).toHaveBeenCalledTimes(1);
    await user.clear(capacity);
    await user.type(capacity, '15{Enter}');
    expect(ipc.applyEdit).toHaveBeenLastCalledWith('Edit resource pool', expect.any(Array));
    expect(lastModel().resources!.find((r) => r.id === 'technicians')!.capacity).toBe(15);
  });
});
