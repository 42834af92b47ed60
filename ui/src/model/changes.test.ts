import { describe, expect, it } from 'vitest';
import { sampleDocument } from '../api/sample';
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

const doc = sampleDocument();
const step = (id: string): Step => {
  const found = doc.steps.find((s) => s.id === id);
  if (!found) throw new Error(id);
  return found;
};
const putValue = (change: Change | undefined) => {
  if (change?.op !== 'put') throw new Error('expected a put');
  return change.entity.value;
};

describe('change builders', () => {
  it('adds a step at the end of its cell with trimmed fields and no blank list entries', () => {
    const fields = {
      ...emptyStepFields('stage-activate', 'frontstage'),
      title: '  Ask for one technician visit ',
      painPoints: ['Three visits', '  ', ''],
    };
    const changes = addStep(doc, 'jr-family', fields, 'new-id');
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ op: 'put', entity: { kind: 'step' } });
    expect(putValue(changes[0])).toMatchObject({
      id: 'new-id',
      journeyId: 'jr-family',
      stageId: 'stage-activate',
      lane: 'frontstage',
      position: 4,
      title: 'Ask for one technician visit',
      painPoints: ['Three visits'],
    });
  });

  it('moves a step to the end of another cell, and not at all onto its own cell', () => {
    const s = step('step-family-0');
    const changes = moveStep(doc, s, 'stage-activate', 'frontstage');
    expect(putValue(changes[0])).toEqual({ ...s, stageId: 'stage-activate', lane: 'frontstage', position: 4 });
    expect(moveStep(doc, s, s.stageId, s.lane)).toEqual([]);
  });

  it('keeps the position when an edit does not change the cell', () => {
    const s = step('step-family-6');
    const changes = updateStep(doc, s, { ...stepFields(s), title: 'Chases the order' });
    expect(putValue(changes[0])).toEqual({ ...s, title: 'Chases the order' });
    const moved = updateStep(doc, s, { ...stepFields(s), lane: 'department' });
    expect(putValue(moved[0])).toMatchObject({ lane: 'department', position: 1 });
  });

  it('deletes a step by reference', () => {
    expect(deleteStep('x')).toEqual([{ op: 'delete', target: { kind: 'step', id: 'x' } }]);
  });

  it('adds a stage after the last and reorders stages by swapping positions', () => {
    expect(putValue(addStage(doc, ' Leave ', 's8')[0])).toEqual({ id: 's8', name: 'Leave', position: 7 });
    const changes = moveStage(doc, 'stage-order', -1);
    expect(changes.map(putValue)).toEqual([
      { id: 'stage-order', name: 'Order', position: 1 },
      { id: 'stage-choose', name: 'Choose', position: 2 },
    ]);
    expect(deleteStage('stage-order')).toEqual([{ op: 'delete', target: { kind: 'stage', id: 'stage-order' } }]);
  });

  it('takes a deleted channel off steps and segment preferences in the same edit', () => {
    const changes = deleteChannel(doc, 'ch-shop');
    const last = changes.at(-1);
    expect(last).toEqual({ op: 'delete', target: { kind: 'channel', id: 'ch-shop' } });
    const puts = changes.slice(0, -1).map(putValue);
    expect(puts.length).toBeGreaterThan(0);
    for (const value of puts) {
      if ('channelId' in value) expect(value.channelId).toBeNull();
      if ('channelPreferences' in value) expect(value.channelPreferences).not.toContain('ch-shop');
    }
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
