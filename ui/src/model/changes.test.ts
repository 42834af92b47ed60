import { describe, expect, it } from 'vitest';
import { sampleNames } from '../test/sample';
import {
  addChannel,
  addSegment,
  addStage,
  addStep,
  deleteChannel,
  deleteStage,
  deleteStep,
  emptyStepFields,
  moveStage,
  moveStep,
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
