// The link between a journey step and an activation-flow task, seen from both sides. It is
// stored once, on the step (`flowTask`: the id of a task node, shared by the scenarios of a
// bundle); everything here is derived from the records, so nothing can drift out of step.
import { fragments, scenariosOf } from './flowFragments';
import { LANES, type Bundle, type Journey, type Scenario, type Segment, type Silo, type Step } from './types';

/** A task of a bundle's activation flow, as it first appears in the bundle's scenarios. */
export interface FlowTaskRef {
  id: string;
  name: string;
  /** The owning silo's id ("" when none is set). */
  siloId: string;
  bundleId: string;
}

/** A bundle and its tasks, for grouped pickers. */
export interface BundleTasks {
  bundle: Bundle;
  tasks: FlowTaskRef[];
}

/** A step linked to a task, with where it lives. */
export interface LinkedStep {
  step: Step;
  journey: Journey | undefined;
  segment: Segment | undefined;
}

/** What a step's link points at. */
export type StepLink = { kind: 'none' } | { kind: 'linked'; task: FlowTaskRef } | { kind: 'missing'; taskId: string };

/**
 * The tasks of one bundle, each once: scenarios in their order, and in each the order,
 * every service's provisioning, then billing. A task several scenarios share is listed where
 * it first appears, under the name it has there.
 */
export function tasksOfBundle(scenarios: readonly Scenario[], bundleId: string): FlowTaskRef[] {
  const seen = new Set<string>();
  const tasks: FlowTaskRef[] = [];
  for (const scenario of scenariosOf(scenarios, bundleId))
    for (const { flow } of fragments(scenario))
      for (const node of flow.nodes)
        if (node.kind === 'task' && !seen.has(node.id)) {
          seen.add(node.id);
          tasks.push({ id: node.id, name: node.name, siloId: node.silo, bundleId });
        }
  return tasks;
}

/** Every bundle with its tasks, bundles in document order (a bundle without tasks included). */
export function tasksByBundle(doc: { bundles: readonly Bundle[]; scenarios: readonly Scenario[] }): BundleTasks[] {
  return doc.bundles.map((bundle) => ({ bundle, tasks: tasksOfBundle(doc.scenarios, bundle.id) }));
}

// One index per scenarios list: the reducer keeps a list's identity when an edit does not
// touch it, so step cards look their task up without walking every flow each render, and the
// same record comes back each time (stable for store selectors).
const indexes = new WeakMap<readonly Scenario[], Map<string, FlowTaskRef>>();

function taskIndex(scenarios: readonly Scenario[]): Map<string, FlowTaskRef> {
  let index = indexes.get(scenarios);
  if (!index) {
    index = new Map();
    const bundles = [...new Set(scenarios.map((s) => s.bundleId))];
    for (const bundleId of bundles)
      for (const task of tasksOfBundle(scenarios, bundleId)) if (!index.has(task.id)) index.set(task.id, task);
    indexes.set(scenarios, index);
  }
  return index;
}

/**
 * The task with this id in any scenario, or undefined. Task ids are not qualified by bundle:
 * should two bundles use the same id, the first bundle's (in scenario order) is returned.
 */
export function taskById(scenarios: readonly Scenario[], taskId: string | null | undefined): FlowTaskRef | undefined {
  return taskId ? taskIndex(scenarios).get(taskId) : undefined;
}

/** Whether the step is linked, and to an existing task or a missing one. */
export function linkOfStep(scenarios: readonly Scenario[], step: Pick<Step, 'flowTask'>): StepLink {
  if (!step.flowTask) return { kind: 'none' };
  const task = taskById(scenarios, step.flowTask);
  return task ? { kind: 'linked', task } : { kind: 'missing', taskId: step.flowTask };
}

/** "Task name · Silo name", or the task name alone when its silo is unset or unknown. */
export function taskLabel(task: FlowTaskRef, silos: readonly Silo[]): string {
  const silo = silos.find((s) => s.id === task.siloId);
  return silo ? `${task.name} · ${silo.name}` : task.name;
}

/**
 * The steps linked to a task, in map order: segments, then journeys (document order), then
 * stage, lane and position on the journey map.
 */
export function stepsLinkedTo(
  taskId: string,
  doc: {
    steps: readonly Step[];
    journeys: readonly Journey[];
    segments: readonly Segment[];
    stages: readonly { id: string; position: number }[];
  },
): LinkedStep[] {
  const rank = <T extends { id: string }>(list: readonly T[], id: string | undefined) => {
    const at = list.findIndex((x) => x.id === id);
    return at < 0 ? list.length : at;
  };
  const stagePosition = (id: string) => doc.stages.find((s) => s.id === id)?.position ?? Number.MAX_SAFE_INTEGER;
  return doc.steps
    .filter((step) => step.flowTask === taskId)
    .map((step) => {
      const journey = doc.journeys.find((j) => j.id === step.journeyId);
      const segment = doc.segments.find((s) => s.id === journey?.segmentId);
      return { step, journey, segment };
    })
    .sort(
      (a, b) =>
        rank(doc.segments, a.segment?.id) - rank(doc.segments, b.segment?.id) ||
        rank(doc.journeys, a.journey?.id) - rank(doc.journeys, b.journey?.id) ||
        stagePosition(a.step.stageId) - stagePosition(b.step.stageId) ||
        LANES.indexOf(a.step.lane) - LANES.indexOf(b.step.lane) ||
        a.step.position - b.step.position,
    );
}
