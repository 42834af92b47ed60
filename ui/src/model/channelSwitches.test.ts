import { describe, expect, it } from 'vitest';
import { mockSteps } from '../api/mockDetails';
import { sampleDocument } from '../api/sample';
import { channelSwitchCells } from './channelSwitches';

describe('channel switches on the touchpoint map', () => {
  it('sums the switches of the tasks linked to each stage × channel cell, once per task', () => {
    const doc = sampleDocument();
    const journey = doc.journeys.find((j) => j.segmentId === 'seg-family')!;
    const [first, second, third] = doc.steps.filter((s) => s.journeyId === journey.id && s.channelId);
    const steps = mockSteps(false, 1);
    const visit = steps.find((s) => s.nodeId === 'bb-tech-visit')!;
    const chase = steps.find((s) => s.nodeId === 'bb-chase')!;
    doc.steps = doc.steps.map((s) => {
      if (s.id === first!.id || s.id === second!.id) return { ...s, flowTask: 'bb-tech-visit' };
      if (s.id === third!.id) return { ...s, flowTask: 'bb-chase' };
      return s;
    });
    // Put the third step in the first step's cell: both tasks add up there.
    doc.steps = doc.steps.map((s) =>
      s.id === third!.id || s.id === second!.id ? { ...s, stageId: first!.stageId, channelId: first!.channelId } : s,
    );
    const cells = channelSwitchCells(doc, 'seg-family', steps);
    const cell = cells.get(`${first!.stageId}|${first!.channelId}`)!;
    expect(cell.tasks.sort()).toEqual(['bb-chase', 'bb-tech-visit']);
    expect(cell.perCase).toBeCloseTo(visit.channelSwitchesPerCase + chase.channelSwitchesPerCase, 12);
    expect(cells.size).toBe(1);
    // Another segment's journeys are not this map.
    expect(channelSwitchCells(doc, 'seg-young', steps).size).toBe(0);
  });

  it('leaves out tasks without switches and unlinked steps', () => {
    const doc = sampleDocument();
    expect(channelSwitchCells(doc, 'seg-family', mockSteps(false, 1)).size).toBe(0);
    const steps = mockSteps(false, 1).map((s) => ({ ...s, channelSwitchesPerCase: 0 }));
    doc.steps = doc.steps.map((s) => ({ ...s, flowTask: 'bb-tech-visit' }));
    expect(channelSwitchCells(doc, 'seg-family', steps).size).toBe(0);
  });
});
