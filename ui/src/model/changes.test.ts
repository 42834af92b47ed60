import { describe, expect, it } from 'vitest';
import { sampleNames } from '../test/sample';
import {
  addChannel,
  addSegment,
  addStage,
  addStep,
  applyChanges,
  applyRunChanges,
  deleteChannel,
  deleteRun,
  deleteStage,
  deleteStep,
  emptyStepFields,
  inverseChanges,
  moveStage,
  moveStep,
  remove,
  runChange,
  stepFields,
  updateStep,
} from './changes';
import type { Change, Step } from './types';

const names = sampleNames();
const { doc } = names;
const family = names.journey('Get the home triple-play');
const activate = names.stage('Activate');
const shop = names.channel('Shop');
const step = (title: string): Step => names.step(title);
/** Where a step added to a cell goes: after the last one there, counted straight from the records. */
const endOfCell = (journeyId: string, stageId: string, lane: string) =>
  Math.max(
    -1,
    ...doc.steps
      .filter((s) => s.journeyId === journeyId && s.stageId === stageId && s.lane === lane)
      .map((s) => s.position),
  ) + 1;
const putValue = (change: Change | undefined) => {
  if (change?.op !== 'put') throw new Error('expected a put');
  return change.entity.value;
};

describe('change builders', () => {
  it('adds a step at the end of its cell with trimmed fields and no blank list entries', () => {
    const fields = {
      ...emptyStepFields(activate.id, 'frontstage'),
      title: '  Ask for one technician visit ',
      painPoints: ['Three visits', '  ', ''],
    };
    const changes = addStep(doc, family.id, fields, 'new-id');
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ op: 'put', entity: { kind: 'step' } });
    expect(putValue(changes[0])).toMatchObject({
      id: 'new-id',
      journeyId: family.id,
      stageId: activate.id,
      lane: 'frontstage',
      position: endOfCell(family.id, activate.id, 'frontstage'),
      title: 'Ask for one technician visit',
      painPoints: ['Three visits'],
    });
  });

  it('moves a step to the end of another cell, and not at all onto its own cell', () => {
    const s = step('Compares home bundles after moving house');
    const position = endOfCell(family.id, activate.id, 'frontstage');
    expect(position).toBeGreaterThan(0);
    const changes = moveStep(doc, s, activate.id, 'frontstage');
    expect(putValue(changes[0])).toEqual({ ...s, stageId: activate.id, lane: 'frontstage', position });
    expect(moveStep(doc, s, s.stageId, s.lane)).toEqual([]);
  });

  it('keeps the position when an edit does not change the cell', () => {
    const s = step('Broadband calls to book a technician');
    const changes = updateStep(doc, s, { ...stepFields(s), title: 'Chases the order' });
    expect(putValue(changes[0])).toEqual({ ...s, title: 'Chases the order' });
    const position = endOfCell(family.id, s.stageId, 'department');
    expect(position).not.toBe(s.position);
    const moved = updateStep(doc, s, { ...stepFields(s), lane: 'department' });
    expect(putValue(moved[0])).toMatchObject({ lane: 'department', position });
  });

  it('deletes a step by reference', () => {
    expect(deleteStep('x')).toEqual([{ op: 'delete', target: { kind: 'step', id: 'x' } }]);
  });

  it('adds a stage after the last and reorders stages by swapping positions', () => {
    expect(putValue(addStage(doc, ' Leave ', 's8')[0])).toEqual({ id: 's8', name: 'Leave', position: 7 });
    const order = names.stage('Order');
    const choose = names.stage('Choose');
    const changes = moveStage(doc, order.id, -1);
    expect(changes.map(putValue)).toEqual([
      { id: order.id, name: 'Order', position: 1 },
      { id: choose.id, name: 'Choose', position: 2 },
    ]);
    expect(deleteStage(order.id)).toEqual([{ op: 'delete', target: { kind: 'stage', id: order.id } }]);
  });

  it('takes a deleted channel off steps and segment preferences in the same edit', () => {
    const changes = deleteChannel(doc, shop.id);
    const last = changes.at(-1);
    expect(last).toEqual({ op: 'delete', target: { kind: 'channel', id: shop.id } });
    const puts = changes.slice(0, -1).map(putValue);
    expect(puts.length).toBeGreaterThan(0);
    for (const value of puts) {
      if ('channelId' in value) expect(value.channelId).toBeNull();
      if ('channelPreferences' in value) expect(value.channelPreferences).not.toContain(shop.id);
    }
    // Every step in the shop is let go, and nothing else.
    const shopSteps = doc.steps.filter((s) => s.channelId === shop.id).map((s) => s.id);
    expect(shopSteps.length).toBeGreaterThan(0);
    expect(puts.filter((v) => 'journeyId' in v).map((v) => v.id)).toEqual(shopSteps);
  });

  it('adds a channel at the end with its kind', () => {
    expect(putValue(addChannel(doc, 'WeChat', 'digital', 'c13')[0])).toEqual({
      id: 'c13',
      name: 'WeChat',
      kind: 'digital',
      position: 12,
    });
  });

  it('adds a segment together with its first journey', () => {
    const segment = { ...doc.segments[0]!, id: 'seg-new' };
    const changes = addSegment(segment, { id: 'jr-new', name: 'Main journey' });
    expect(changes.map((c) => (c.op === 'put' ? c.entity.kind : c.op))).toEqual(['segment', 'journey']);
    expect(putValue(changes[1])).toMatchObject({ id: 'jr-new', segmentId: 'seg-new' });
  });
});

describe('the reducer and saved runs', () => {
  const runs = [{ id: 'run-to-be' }, { id: 'run-as-is' }];

  it('deletes a run with one run change', () => {
    expect(deleteRun('run-as-is')).toEqual([{ op: 'run', id: 'run-as-is', listed: false }]);
  });

  it('leaves every record, and the document itself, as they were for run changes', () => {
    expect(applyChanges(doc, deleteRun('run-as-is'))).toBe(doc);
    expect(applyChanges(doc, [runChange('run-as-is', true)])).toBe(doc);
    // Mixed with a record change, only that record's list changes.
    const s = step('Compares home bundles after moving house');
    const next = applyChanges(doc, [...deleteRun('run-as-is'), ...deleteStep(s.id)]);
    expect(next.steps.some((x) => x.id === s.id)).toBe(false);
    expect(next.stages).toBe(doc.stages);
  });

  it('undoes a run change with the run’s previous listed state', () => {
    const listed = (id: string) => id === 'run-as-is';
    expect(inverseChanges(doc, deleteRun('run-as-is'), listed)).toEqual([runChange('run-as-is', true)]);
    // Deleting a run already deleted is undone by leaving it deleted.
    expect(inverseChanges(doc, deleteRun('gone'), listed)).toEqual([runChange('gone', false)]);
    // Without the states, a run change is taken to flip it.
    expect(inverseChanges(doc, [runChange('run-to-be', true)])).toEqual([runChange('run-to-be', false)]);
    // Within one edit, a later change of the same run is undone to the state the earlier wrote,
    // in reverse order, beside the records' inverses.
    const s = step('Compares home bundles after moving house');
    const changes = [...deleteRun('run-as-is'), remove('step', s.id), runChange('run-as-is', true)];
    expect(inverseChanges(doc, changes, listed)).toEqual([
      runChange('run-as-is', false),
      { op: 'put', entity: { kind: 'step', value: s } },
      runChange('run-as-is', true),
    ]);
  });

  it('takes deleted runs off the list and reports the runs listed again that it lacks', () => {
    const deleted = applyRunChanges(runs, deleteRun('run-as-is'));
    expect(deleted).toEqual({ runs: [{ id: 'run-to-be' }], missing: [] });
    const back = applyRunChanges(deleted.runs, [runChange('run-as-is', true)]);
    expect(back.runs).toBe(deleted.runs);
    expect(back.missing).toEqual(['run-as-is']);
    // A run listed again that the list holds, or deleted again later in the same changes,
    // needs no new listing; changes without runs keep the list as it was.
    expect(applyRunChanges(runs, [runChange('run-to-be', true)]).missing).toEqual([]);
    expect(applyRunChanges(runs, [runChange('x', true), runChange('x', false)]).missing).toEqual([]);
    expect(applyRunChanges(runs, deleteStep('s')).runs).toBe(runs);
  });
});
