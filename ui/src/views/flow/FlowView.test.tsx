import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FlowProblem, FlowView } from '../../bindings';
import { sampleDocument, sampleFlowViews, sampleRun } from '../../api/fixtures';
import { App } from '../../App';
import { putScenario } from '../../model/flowChanges';
import { byPosition } from '../../model/order';
import { heatLevel } from '../../model/simulation';
import type { Change } from '../../model/types';
import { resetFlowEditorStore, useFlowEditor } from '../../store/flowEditor';
import { resetSimulationStore, useSimulation } from '../../store/simulation';
import { useWorkspace } from '../../store/workspace';
import { openTab, startOnSample } from '../../test/harness';

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

// Every layout is two ELK passes (place, then route), in-thread in jsdom: slow on a busy machine.
vi.setConfig({ testTimeout: 20_000 });

// The app loads the flow editor when its tab is first opened; loaded here, vitest's transform
// of it does not count against the first test's time.
beforeAll(() => import('./FlowView'));

beforeEach(() => {
  resetFlowEditorStore();
  resetSimulationStore();
});

const sample = sampleDocument();
const bundle = sample.bundles[0]!;
const asIs = sample.scenarios.find((s) => s.name === 'as-is')!;
const toBe = sample.scenarios.find((s) => s.name === 'to-be')!;
const activation = sample.activations.find((a) => a.bundleId === bundle.id)!;
const service = (name: string) => sample.services.find((s) => s.name === name)!;
const silo = (name: string) => sample.silos.find((s) => s.name === name)!;

type SpiedIpc = Awaited<ReturnType<typeof startOnSample>>;

/** Opens the Flow tab on the sample; `prepare` may change what the fake answers first. */
async function openFlowTab(prepare?: (ipc: SpiedIpc) => void) {
  const ipc = await startOnSample();
  prepare?.(ipc);
  render(<App />);
  const user = userEvent.setup();
  await openTab(user, 'flow');
  // The first layout also loads ELK (in-thread here: jsdom has no Worker), which can take
  // seconds on a busy machine.
  await screen.findByTestId('flow-node-sale', {}, { timeout: 10_000 });
  return { ipc, user };
}

/** The one record put by the n-th applyEdit call. */
function putOf(ipc: SpiedIpc, call = 0) {
  const [label, changes] = ipc.applyEdit.mock.calls[call]! as [string, Change[]];
  const [change] = changes;
  if (change?.op !== 'put') throw new Error('expected a put');
  return { label, count: changes.length, entity: change.entity };
}

describe('flow editor', () => {
  it('shows the derived as-is flow and includes/excludes a service on the scenario record', async () => {
    const { ipc, user } = await openFlowTab();
    expect((screen.getByTestId('flow-scenario-select') as HTMLSelectElement).value).toBe(asIs.id);
    expect(ipc.flowView).toHaveBeenCalledWith(bundle.id, asIs.id);
    expect(screen.getByTestId('flow-problems').dataset.count).toBe('0');

    const fixed = service('Fixed line');
    await user.click(screen.getByTestId(`flow-service-${fixed.id}`));
    const put = putOf(ipc);
    expect(put.label).toBe('Include/exclude service');
    expect(put.count).toBe(1);
    expect(put.entity.kind).toBe('scenario');
    if (put.entity.kind !== 'scenario') return;
    expect(put.entity.value.id).toBe(asIs.id);
    expect(put.entity.value.services.find((s) => s.serviceId === fixed.id)?.included).toBe(false);
    // Applied by the reducer: the checkbox follows the record.
    expect((screen.getByTestId(`flow-service-${fixed.id}`) as HTMLInputElement).checked).toBe(false);
  });

  it('adds a service to the bundle as a service record, refusing a taken name', async () => {
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
    const put = putOf(ipc);
    expect(put.label).toBe('Add service to the flow');
    expect(put.entity).toMatchObject({
      kind: 'service',
      value: { bundleId: bundle.id, name: 'Streaming', siloId: sample.silos[0]!.id, position: 4 },
    });
    expect(screen.queryByTestId('flow-new-service-name')).toBeNull();
  });

  it('adds a task after the selected step in its silo, and picks silos by id in the inspector', async () => {
    const { ipc, user } = await openFlowTab();
    // A plain click: d3-drag's mousedown handler needs a window jsdom's events do not carry.
    fireEvent.click(screen.getByTestId('flow-node-sale'));
    expect(useFlowEditor.getState().selection).toEqual({ kind: 'node', id: 'sale' });
    expect((screen.getByTestId('inspector-silo') as HTMLSelectElement).value).toBe(silo('Sales & ordering').id);
    await user.click(screen.getByTestId('flow-add-task'));
    const put = putOf(ipc);
    expect(put.label).toBe('Add task');
    if (put.entity.kind !== 'scenario') throw new Error('expected the scenario');
    const order = put.entity.value.order;
    const added = order.nodes.find((n) => !asIs.order.nodes.some((o) => o.id === n.id));
    expect(added).toMatchObject({ kind: 'task', silo: silo('Sales & ordering').id });
    expect(order.edges.some((e) => e.from === 'sale' && e.to === added?.id)).toBe(true);
  });

  it('duplicates the scenario as a new scenario record after the last one', async () => {
    const { ipc, user } = await openFlowTab();
    await user.click(screen.getByTestId('flow-scenario-duplicate'));
    const put = putOf(ipc);
    expect(put.label).toBe('Duplicate scenario');
    if (put.entity.kind !== 'scenario') throw new Error('expected a scenario');
    expect(put.entity.value.id).not.toBe(asIs.id);
    expect(put.entity.value.position).toBe(2);
    expect(put.entity.value.order).toEqual(asIs.order);
    // The copy is the scenario edited from now on.
    expect((screen.getByTestId('flow-scenario-select') as HTMLSelectElement).value).toBe(put.entity.value.id);
  });

  it('removes a service from the bundle as one delete of its record, never the last one', async () => {
    const { ipc, user } = await openFlowTab();
    const [last, ...others] = byPosition(sample.services.filter((s) => s.bundleId === bundle.id));
    expect(others.length).toBeGreaterThan(0);
    for (const [i, s] of others.entries()) {
      await user.click(screen.getByTestId(`flow-remove-service-${s.id}`));
      await user.click(screen.getByTestId(`flow-remove-service-${s.id}-confirm`));
      expect(ipc.applyEdit).toHaveBeenNthCalledWith(i + 1, 'Remove service from the flow', [
        { op: 'delete', target: { kind: 'service', id: s.id } },
      ]);
      await waitFor(() => expect(screen.queryByTestId(`flow-service-${s.id}`)).toBeNull());
    }
    // The bundle's one remaining service offers no removal.
    const remove = screen.getByTestId(`flow-remove-service-${last!.id}`) as HTMLButtonElement;
    expect(remove.disabled).toBe(true);
    await user.click(remove);
    expect(screen.queryByTestId(`flow-remove-service-${last!.id}-confirm`)).toBeNull();
    expect(ipc.applyEdit).toHaveBeenCalledTimes(others.length);
  });

  it('marks the node of a validation problem and selects it from the problems list', async () => {
    // The backend validates; the fake serves the recorded (valid) view, so problems are added here.
    const recorded: FlowView = sampleFlowViews()[asIs.id]!;
    const task = recorded.flow.nodes.find((n) => n.id === 'bb-tech-visit')!;
    const problems: FlowProblem[] = [
      {
        kind: 'badParameter',
        nodeId: task.id,
        node: task.name,
        message: `${task.name}: the duration must not be negative`,
      },
      // A problem of a pool names no node of the flow: listed, but nothing to select.
      {
        kind: 'badParameter',
        nodeId: activation.resources[0]!.id,
        node: activation.resources[0]!.name,
        message: `${activation.resources[0]!.name}: the capacity must be at least 1`,
      },
    ];
    const { ipc, user } = await openFlowTab((ipc) =>
      ipc.flowView.mockResolvedValue({ status: 'ok', data: { ...recorded, problems } }),
    );
    expect(ipc.flowView).toHaveBeenCalledWith(bundle.id, asIs.id);

    const node = screen.getByTestId(`flow-node-${task.id}`);
    expect(node.dataset.problem).toBe('true');
    expect(node.getAttribute('title')).toBe(problems[0]!.message);
    expect(within(node).getByRole('img', { name: '1 problem' })).toBeTruthy();
    expect(screen.getByTestId('flow-node-sale').dataset.problem).toBeUndefined();

    const list = screen.getByTestId('flow-problems');
    expect(list.dataset.count).toBe('2');
    const [onNode, onPool] = within(list).getAllByTestId('flow-problem');
    expect(onNode!.textContent).toBe(problems[0]!.message);
    expect(onPool!.tagName).not.toBe('BUTTON');
    await user.click(onNode!);
    expect(useFlowEditor.getState().selection).toEqual({ kind: 'node', id: task.id });
    expect((within(screen.getByTestId('flow-inspector')).getByTestId('inspector-name') as HTMLInputElement).value).toBe(
      task.name,
    );
  });

  it('colours steps by the friction of the last run of this scenario', async () => {
    const { ipc, user } = await openFlowTab();
    const run = sampleRun();
    // The recorded run is of the as-is scenario, the one open.
    expect(run.flowId).toBe(asIs.id);
    const [top] = run.overall.friction;
    act(() => useSimulation.setState({ bundleId: bundle.id, result: run }));

    const hot = screen.getByTestId(`flow-node-${top!.nodeId}`);
    expect(hot.dataset.friction).toBe(String(Math.round(top!.score)));
    expect(hot.classList).toContain(`heat-${heatLevel(top!.score)}`);
    // Gateways are never ranked, so never coloured.
    const gateway = screen.getByTestId('flow-node-bb-chase-gw');
    expect(gateway.dataset.friction).toBeUndefined();
    expect([...gateway.classList].some((c) => c.startsWith('heat-'))).toBe(false);

    const list = screen.getByTestId('flow-friction-list');
    expect(within(list).getAllByTestId('flow-friction-item')).toHaveLength(run.overall.friction.length);
    await user.click(within(list).getAllByTestId('flow-friction-item')[0]!);
    expect(useFlowEditor.getState().selection).toEqual({ kind: 'node', id: top!.nodeId });

    // Another scenario shares node ids (e.g. the sale) but not the run: no heat there.
    await user.selectOptions(screen.getByTestId('flow-scenario-select'), toBe.id);
    expect(ipc.flowView).toHaveBeenLastCalledWith(bundle.id, toBe.id);
    const toBeSale = sampleFlowViews()[toBe.id]!.flow.nodes.find((n) => n.id === 'sale')!;
    await waitFor(() => expect(screen.getByTestId('flow-node-sale').textContent).toContain(toBeSale.name));
    expect(screen.getByTestId('flow-node-sale').dataset.friction).toBeUndefined();
    expect(screen.queryByTestId('flow-friction-list')).toBeNull();
  });

  it("edits a pool's capacity as one put of the activation with only that capacity changed", async () => {
    const { ipc, user } = await openFlowTab();
    const pool = activation.resources[1]!;
    await user.click(within(screen.getByTestId('flow-params-resources')).getByRole('button', { expanded: false }));
    const capacity = screen.getByTestId(`resource-capacity-${pool.id}`) as HTMLInputElement;
    expect(capacity.value).toBe(String(pool.capacity));

    // Invalid capacities are explained and never sent.
    for (const [entry, why] of [
      ['0', 'At least 1'],
      ['2.5', 'whole number'],
    ] as const) {
      await user.clear(capacity);
      await user.type(capacity, entry);
      await user.tab();
      expect(within(screen.getByTestId(`resource-${pool.id}`)).getByRole('alert').textContent).toContain(why);
    }
    expect(ipc.applyEdit).not.toHaveBeenCalled();

    const next = pool.capacity + 5;
    await user.clear(capacity);
    await user.type(capacity, `${next}{Enter}`);
    expect(ipc.applyEdit).toHaveBeenCalledTimes(1);
    const put = putOf(ipc);
    expect(put.label).toBe('Edit resource pool');
    expect(put.count).toBe(1);
    expect(put.entity).toEqual({
      kind: 'activation',
      value: {
        ...activation,
        resources: activation.resources.map((r) => (r.id === pool.id ? { ...r, capacity: next } : r)),
      },
    });

    // Undo puts the record back, and the field follows it.
    await act(() => useWorkspace.getState().undo());
    expect(capacity.value).toBe(String(pool.capacity));
  });
});

describe('the flow, readable', () => {
  it('shows and takes durations in minutes, hours and days, never as fractions of a day', async () => {
    const { ipc, user } = await openFlowTab();
    // The wait's card: a range in one unit.
    expect(screen.getByTestId('flow-node-bb-slot-wait').textContent).toContain('3–14 days');
    expect(screen.getByTestId('flow-node-sale').textContent).toContain('30 min–2 h');
    fireEvent.click(screen.getByTestId('flow-node-sale'));
    const mode = screen.getByTestId('inspector-dist-mode') as HTMLInputElement;
    expect(mode.value).toBe('1 h');
    expect((screen.getByTestId('inspector-dist-min') as HTMLInputElement).value).toBe('30 min');
    expect(screen.getByTestId('flow-inspector').textContent).not.toMatch(/0\.0\d{3}/);

    await user.clear(mode);
    await user.type(mode, 'soon{Enter}');
    expect(screen.getByTestId('flow-inspector').textContent).toContain('Write a number and a unit');
    expect(ipc.applyEdit).not.toHaveBeenCalled();

    await user.clear(mode);
    await user.type(mode, '90 min{Enter}');
    const put = putOf(ipc);
    if (put.entity.kind !== 'scenario') throw new Error('expected the scenario');
    const sale = put.entity.value.order.nodes.find((n) => n.id === 'sale');
    expect(sale?.kind === 'task' && sale.duration).toMatchObject({ kind: 'triangular', mode: 1.5 / 24 });
  });

  it('names every lane in the lane column and opens on the start at a readable zoom', async () => {
    await openFlowTab();
    const names = screen.getAllByTestId('flow-lane-header').map((h) => h.textContent);
    expect(names).toContain(silo('Sales & ordering').name);
    const viewport = document.querySelector<HTMLElement>('.react-flow__viewport')!;
    await waitFor(() => expect(viewport.style.transform).toContain('scale(1)'));
  });

  it('hides and shows the minimap, which can cover steps, and keeps the choice across tabs', async () => {
    const { user } = await openFlowTab();
    const toggle = screen.getByTestId('flow-minimap-toggle');
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(document.querySelector('.react-flow__minimap')).not.toBeNull();
    await user.click(toggle);
    expect(document.querySelector('.react-flow__minimap')).toBeNull();
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    await openTab(user, 'journey');
    await openTab(user, 'flow');
    await screen.findByTestId('flow-node-sale', {}, { timeout: 10_000 });
    expect(document.querySelector('.react-flow__minimap')).toBeNull();
    await user.click(screen.getByTestId('flow-minimap-toggle'));
    expect(document.querySelector('.react-flow__minimap')).not.toBeNull();
  });

  it('finds a step by name and selects it', async () => {
    const { user } = await openFlowTab();
    await user.type(screen.getByTestId('flow-search'), 'CREDIT');
    const results = screen.getAllByTestId('flow-search-result');
    expect(results.map((r) => r.textContent)).toEqual(['Credit check']);
    await user.keyboard('{Enter}');
    expect(useFlowEditor.getState().selection).toEqual({ kind: 'node', id: 'credit-check' });
    expect(useFlowEditor.getState().focus?.id).toBe('credit-check');
  });

  it('reaches steps before connections with Tab, connections named by their steps', async () => {
    await openFlowTab();
    const links = screen.getAllByTestId('flow-edge-link');
    const first = links[0]!;
    expect(first.textContent).toBe('Connection from Order placed to Bundle sale');
    expect(links.every((l) => !/->|sale>/.test(l.textContent ?? ''))).toBe(true);
    // Document order is Tab order: every step comes before every connection.
    const step = screen.getByTestId('flow-node-sale').closest('.react-flow__node')!;
    expect(step.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(document.querySelectorAll('.react-flow__edge[tabindex]')).toHaveLength(0);
  });

  it('draws a step where the scenario stored it, and Auto-layout forgets it in one edit', async () => {
    const { ipc, user } = await openFlowTab();
    await act(() =>
      useWorkspace.getState().edit('Move flow step', putScenario({ ...asIs, layout: { sale: { x: 900, y: -300 } } })),
    );
    await waitFor(
      () =>
        expect(screen.getByTestId('flow-node-sale').closest<HTMLElement>('.react-flow__node')!.style.transform).toBe(
          'translate(900px,-300px)',
        ),
      { timeout: 10_000 },
    );
    // The canvas's controls sit in their own bar, outside the pane the graph is drawn in, so
    // none covers a step (Auto-layout sat over a card).
    for (const control of ['flow-auto-layout', 'flow-zoom-in', 'flow-zoom-out', 'flow-fit-view', 'flow-minimap-toggle'])
      expect(screen.getByTestId(control).closest('.react-flow')).toBeNull();
    await user.click(screen.getByTestId('flow-auto-layout'));
    const put = putOf(ipc, 1);
    expect(put.label).toBe('Auto-layout the flow');
    expect(put.entity.kind === 'scenario' && put.entity.value.layout).toEqual({});
  });
});

describe('journey steps linked to a task', () => {
  const stepTitled = (title: string) => sample.steps.find((s) => s.title === title)!;

  it('lists the steps linked to the selected task and opens one on the journey map', async () => {
    const { user } = await openFlowTab();
    fireEvent.click(screen.getByTestId('flow-node-bb-tech-visit'));
    const section = within(screen.getByTestId('flow-inspector')).getByTestId('flow-linked-steps');
    expect(within(section).getByText('Journey steps linked to this task')).toBeTruthy();
    const items = within(section).getAllByTestId('flow-linked-step');
    // One per journey of the sample, in segment order: segment › journey › step.
    expect(items.map((i) => i.textContent)).toEqual([
      'Young digital › Switch to the bundle in the app › Waits in all morning for the technician',
      'Family home › Get the home triple-play › First technician visit: broadband',
      'High-value › Premium home office with a dedicated manager › Broadband technician visit between meetings',
      'Senior › Get the home bundle in the shop › First technician: the broadband router',
    ]);

    const step = stepTitled('First technician visit: broadband');
    await user.click(items[1]!);
    const state = useWorkspace.getState();
    expect(state.mode).toBe('journey');
    expect(state.journeyId).toBe(step.journeyId);
    expect(state.panel).toEqual({ kind: 'editStep', stepId: step.id });
    expect(state.highlightStepId).toBe(step.id);
    // The journey map shows that journey, the card selected and its editor open.
    const card = screen.getAllByTestId('step-card').find((c) => c.dataset.stepId === step.id)!;
    expect(card.className).toContain('selected');
    expect((screen.getByTestId('step-title-input') as HTMLInputElement).value).toBe(step.title);
    expect((screen.getByTestId('step-task-select') as HTMLSelectElement).value).toBe('bb-tech-visit');
  });

  it('says how to link a step when none points at the task', async () => {
    await openFlowTab();
    expect(sample.steps.some((s) => s.flowTask === 'bb-line-test')).toBe(false);
    fireEvent.click(screen.getByTestId('flow-node-bb-line-test'));
    const section = within(screen.getByTestId('flow-inspector')).getByTestId('flow-linked-steps');
    expect(section.dataset.count).toBe('0');
    expect(within(section).queryAllByTestId('flow-linked-step')).toEqual([]);
    expect(section.textContent).toContain('No journey step points at this task');
    expect(section.textContent).toContain('Linked activation task');
  });
});
