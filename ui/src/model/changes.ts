// Change builders: every user edit becomes one list of changes sent in one applyEdit call
// (one transaction, one undo step). They are pure so they can be unit-tested.
import { fragments } from './flowFragments';
import { nextPositionInCell } from './grid';
import { nextPositionOf, reorder } from './order';
import type {
  Bundle,
  Change,
  Channel,
  ChannelKind,
  Entity,
  EntityKind,
  Journey,
  Lane,
  Scenario,
  Segment,
  Service,
  Silo,
  Stage,
  Step,
  WorkspaceDocument,
} from './types';

export const put = (entity: Entity): Change => ({ op: 'put', entity });
export const remove = (kind: EntityKind, id: string): Change => ({ op: 'delete', target: { kind, id } });

/** The fields of a step a person edits; the rest (ids, position) follow from the place. */
export type StepFields = Omit<Step, 'id' | 'journeyId' | 'position'>;

export function emptyStepFields(stageId: string, lane: Lane): StepFields {
  return {
    stageId,
    lane,
    title: '',
    description: '',
    channelId: null,
    department: '',
    emotion: 0,
    effort: 1,
    painPoints: [],
    opportunities: [],
    flowTask: null,
  };
}

/** The editable fields of an existing step. */
export function stepFields(step: Step): StepFields {
  const { id, journeyId, position, ...fields } = step;
  return fields;
}

/** Blank entries of the pain-point and opportunity lists are dropped, the rest trimmed. */
function cleanList(items: readonly string[]): string[] {
  return items.map((item) => item.trim()).filter((item) => item.length > 0);
}

function cleanFields(fields: StepFields): StepFields {
  return {
    ...fields,
    title: fields.title.trim(),
    description: fields.description.trim(),
    department: fields.department.trim(),
    painPoints: cleanList(fields.painPoints),
    opportunities: cleanList(fields.opportunities),
  };
}

export function addStep(doc: WorkspaceDocument, journeyId: string, fields: StepFields, id: string): Change[] {
  const position = nextPositionInCell(doc, journeyId, fields.stageId, fields.lane);
  return [put({ kind: 'step', value: { ...cleanFields(fields), id, journeyId, position } })];
}

/** Replaces a step's fields; a step that changes cell goes to the end of its new cell. */
export function updateStep(doc: WorkspaceDocument, step: Step, fields: StepFields): Change[] {
  const moved = fields.stageId !== step.stageId || fields.lane !== step.lane;
  const position = moved
    ? nextPositionInCell(doc, step.journeyId, fields.stageId, fields.lane, step.id)
    : step.position;
  return [put({ kind: 'step', value: { ...step, ...cleanFields(fields), position } })];
}

/** Moves a step to the end of another cell; no change when it is already there. */
export function moveStep(doc: WorkspaceDocument, step: Step, stageId: string, lane: Lane): Change[] {
  if (step.stageId === stageId && step.lane === lane) return [];
  const position = nextPositionInCell(doc, step.journeyId, stageId, lane, step.id);
  return [put({ kind: 'step', value: { ...step, stageId, lane, position } })];
}

export const deleteStep = (stepId: string): Change[] => [remove('step', stepId)];

export function addStage(doc: WorkspaceDocument, name: string, id: string): Change[] {
  return [put({ kind: 'stage', value: { id, name: name.trim(), position: nextPositionOf(doc.stages) } })];
}

export const renameStage = (stage: Stage, name: string): Change[] => [
  put({ kind: 'stage', value: { ...stage, name: name.trim() } }),
];

export function moveStage(doc: WorkspaceDocument, stageId: string, delta: number): Change[] {
  return reorder(doc.stages, stageId, delta).map((value) => put({ kind: 'stage', value }));
}

/** Deleting a stage cascades to its steps on the Rust side (and undo restores them). */
export const deleteStage = (stageId: string): Change[] => [remove('stage', stageId)];

export function addChannel(doc: WorkspaceDocument, name: string, kind: ChannelKind, id: string): Change[] {
  return [
    put({
      kind: 'channel',
      value: { id, name: name.trim(), kind, position: nextPositionOf(doc.channels) },
    }),
  ];
}

export const updateChannel = (channel: Channel): Change[] => [
  put({ kind: 'channel', value: { ...channel, name: channel.name.trim() } }),
];

export function moveChannel(doc: WorkspaceDocument, channelId: string, delta: number): Change[] {
  return reorder(doc.channels, channelId, delta).map((value) => put({ kind: 'channel', value }));
}

/**
 * Deleting a channel first takes it off the steps and segment preferences that use it,
 * in the same edit, so nothing points at a missing channel and one undo restores all.
 */
export function deleteChannel(doc: WorkspaceDocument, channelId: string): Change[] {
  const steps = doc.steps
    .filter((s) => s.channelId === channelId)
    .map((s) => put({ kind: 'step', value: { ...s, channelId: null } }));
  const segments = doc.segments
    .filter((s) => s.channelPreferences.includes(channelId))
    .map((s) =>
      put({
        kind: 'segment',
        value: { ...s, channelPreferences: s.channelPreferences.filter((c) => c !== channelId) },
      }),
    );
  return [...steps, ...segments, remove('channel', channelId)];
}

/** A new segment comes with its first journey, so it can be mapped straight away. */
export function addSegment(segment: Segment, journey: Pick<Journey, 'id' | 'name'>): Change[] {
  return [
    put({ kind: 'segment', value: segment }),
    put({
      kind: 'journey',
      value: { id: journey.id, segmentId: segment.id, name: journey.name, description: '' },
    }),
  ];
}

export const updateSegment = (segment: Segment): Change[] => [
  put({ kind: 'segment', value: { ...segment, name: segment.name.trim() } }),
];

/** Cascades to the segment's journeys and their steps on the Rust side. */
export const deleteSegment = (segmentId: string): Change[] => [remove('segment', segmentId)];

export const addJourney = (segmentId: string, name: string, id: string): Change[] => [
  put({ kind: 'journey', value: { id, segmentId, name: name.trim(), description: '' } }),
];

export const updateJourney = (journey: Journey): Change[] => [
  put({ kind: 'journey', value: { ...journey, name: journey.name.trim() } }),
];

export const deleteJourney = (journeyId: string): Change[] => [remove('journey', journeyId)];

export const addBundle = (name: string, id: string): Change[] => [
  put({ kind: 'bundle', value: { id, name: name.trim(), description: '' } }),
];

export const updateBundle = (bundle: Bundle): Change[] => [
  put({ kind: 'bundle', value: { ...bundle, name: bundle.name.trim(), description: bundle.description.trim() } }),
];

/** Cascades to the bundle's services on the Rust side. */
export const deleteBundle = (bundleId: string): Change[] => [remove('bundle', bundleId)];

/** The services of a bundle, in their order. */
export const servicesOf = (doc: WorkspaceDocument, bundleId: string): Service[] =>
  doc.services.filter((s) => s.bundleId === bundleId);

/** A new service goes to the end of its bundle; it is not optional until ticked. */
export function addService(
  doc: WorkspaceDocument,
  bundleId: string,
  name: string,
  siloId: string,
  id: string,
): Change[] {
  const position = nextPositionOf(servicesOf(doc, bundleId));
  return [put({ kind: 'service', value: { id, bundleId, name: name.trim(), siloId, optional: false, position } })];
}

export const updateService = (service: Service): Change[] => [
  put({ kind: 'service', value: { ...service, name: service.name.trim() } }),
];

/** Moves a service within its own bundle. */
export function moveService(doc: WorkspaceDocument, service: Service, delta: number): Change[] {
  return reorder(servicesOf(doc, service.bundleId), service.id, delta).map((value) => put({ kind: 'service', value }));
}

export const deleteService = (serviceId: string): Change[] => [remove('service', serviceId)];

export const addSilo = (name: string, system: string, id: string): Change[] => [
  put({ kind: 'silo', value: { id, name: name.trim(), system: system.trim() } }),
];

export const updateSilo = (silo: Silo): Change[] => [
  put({ kind: 'silo', value: { ...silo, name: silo.name.trim(), system: silo.system.trim() } }),
];

/** The services provisioned by a silo. */
export const servicesOfSilo = (doc: WorkspaceDocument, siloId: string): Service[] =>
  doc.services.filter((s) => s.siloId === siloId);

/** What still uses a silo; a silo in use cannot be deleted. */
export interface SiloUse {
  /** The services it provisions. */
  services: Service[];
  /** The scenarios (of any bundle) with tasks or waits it owns, and how many each. */
  scenarios: { scenario: Scenario; steps: number }[];
}

/** The tasks and waits a silo owns in a scenario: in its order, billing and every service's provisioning. */
function stepsOfSilo(scenario: Scenario, siloId: string): number {
  return fragments(scenario)
    .flatMap((f) => f.flow.nodes)
    .filter((n) => (n.kind === 'task' || n.kind === 'wait') && n.silo === siloId).length;
}

/** The services and scenario steps that use a silo (the Rust side refuses its deletion while any do). */
export function siloUse(doc: WorkspaceDocument, siloId: string): SiloUse {
  return {
    services: servicesOfSilo(doc, siloId),
    scenarios: doc.scenarios
      .map((scenario) => ({ scenario, steps: stepsOfSilo(scenario, siloId) }))
      .filter((s) => s.steps > 0),
  };
}

export const siloInUse = (use: SiloUse): boolean => use.services.length > 0 || use.scenarios.length > 0;

/** A saved run listed again (`true`) or deleted (`false`). */
export const runChange = (id: string, listed: boolean): Change => ({ op: 'run', id, listed });

/** Deleting a saved run is an ordinary edit: undo lists it again. */
export const deleteRun = (runId: string): Change[] => [runChange(runId, false)];

/** No change for a silo still in use (the Rust side would refuse it with `inUse`). */
export const deleteSilo = (doc: WorkspaceDocument, siloId: string): Change[] =>
  siloInUse(siloUse(doc, siloId)) ? [] : [remove('silo', siloId)];

// ---- The reducer -------------------------------------------------------------------------

type Listed = Exclude<keyof WorkspaceDocument, 'format' | 'version'>;

/** The document list that holds each kind of entity. */
export const LIST_OF: Record<EntityKind, Listed> = {
  stage: 'stages',
  channel: 'channels',
  segment: 'segments',
  journey: 'journeys',
  step: 'steps',
  silo: 'silos',
  bundle: 'bundles',
  service: 'services',
  activation: 'activations',
  scenario: 'scenarios',
};

/**
 * The one reducer of the UI: the document with the changes the backend wrote applied in
 * order (a put replaces the record with its id in place, or appends it; a delete removes it;
 * a saved run listed or deleted changes no record).
 * The backend reports its cascades as changes of their own, so nothing is derived here.
 * Lists not touched keep their identity, so selectors and memos only rerun where needed.
 */
export function applyChanges(doc: WorkspaceDocument, changes: readonly Change[]): WorkspaceDocument {
  // Run changes touch no record: with nothing else, the document stays as it is.
  if (changes.every((c) => c.op === 'run')) return doc;
  const next: WorkspaceDocument = { ...doc };
  const copied = new Set<Listed>();
  const listFor = (kind: EntityKind): { id: string }[] => {
    const key = LIST_OF[kind];
    if (!copied.has(key)) {
      (next as Record<Listed, unknown>)[key] = [...(next[key] as { id: string }[])];
      copied.add(key);
    }
    return next[key] as { id: string }[];
  };
  for (const change of changes) {
    if (change.op === 'put') {
      const list = listFor(change.entity.kind);
      const value = change.entity.value;
      const at = list.findIndex((e) => e.id === value.id);
      if (at >= 0) list[at] = value;
      else list.push(value);
    } else if (change.op === 'delete') {
      const list = listFor(change.target.kind);
      const at = list.findIndex((e) => e.id === change.target.id);
      if (at >= 0) list.splice(at, 1);
    }
    // A saved run listed or deleted touches no record: the run list follows it
    // (`applyRunChanges`).
  }
  return next;
}

/** The record a change targets, as it is in `doc` (undefined when it is not there). */
export function recordOf(doc: WorkspaceDocument, kind: EntityKind, id: string): Entity | undefined {
  const value = (doc[LIST_OF[kind]] as { id: string }[]).find((e) => e.id === id);
  return value ? ({ kind, value } as Entity) : undefined;
}

/**
 * The changes that undo `changes` on `doc` (the document before them), in reverse order.
 * A run change is undone by the run's previous listed state: `runListed` tells it for the
 * runs as they were before `changes` (without it, a run change is taken to flip the state).
 */
export function inverseChanges(
  doc: WorkspaceDocument,
  changes: readonly Change[],
  runListed?: (id: string) => boolean,
): Change[] {
  const inverse: Change[] = [];
  const listed = new Map<string, boolean>();
  let current = doc;
  for (const change of changes) {
    if (change.op === 'run') {
      const before = listed.get(change.id) ?? (runListed ? runListed(change.id) : !change.listed);
      inverse.unshift(runChange(change.id, before));
      listed.set(change.id, change.listed);
      continue;
    }
    const kind = change.op === 'put' ? change.entity.kind : change.target.kind;
    const id = change.op === 'put' ? change.entity.value.id : change.target.id;
    const before = recordOf(current, kind, id);
    inverse.unshift(before ? put(before) : remove(kind, id));
    current = applyChanges(current, [change]);
  }
  return inverse;
}

// ---- Saved runs --------------------------------------------------------------------------

/** What the run list becomes after changes: the runs deleted gone, and the runs listed
 * again that it lacks (their summaries are not in the change; the list is fetched again). */
export interface RunListUpdate<R extends { id: string }> {
  runs: R[];
  /** Runs listed again that `runs` does not hold. */
  missing: string[];
}

/**
 * The run list with run changes applied in order: a run deleted (`listed: false`) leaves
 * it, a run listed again is reported `missing` unless the list already holds it. The list
 * keeps its identity when no change touched it.
 */
export function applyRunChanges<R extends { id: string }>(
  runs: readonly R[],
  changes: readonly Change[],
): RunListUpdate<R> {
  let next = runs as R[];
  const missing = new Set<string>();
  for (const change of changes) {
    if (change.op !== 'run') continue;
    if (change.listed) {
      if (!next.some((r) => r.id === change.id)) missing.add(change.id);
    } else {
      missing.delete(change.id);
      if (next.some((r) => r.id === change.id)) next = next.filter((r) => r.id !== change.id);
    }
  }
  return { runs: next, missing: [...missing] };
}
