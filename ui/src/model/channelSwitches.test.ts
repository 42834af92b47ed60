import { describe, expect, it } from 'vitest';
import { sampleRun } from '../api/fixtures';
import { sampleNames } from '../test/sample';
import { channelSwitchCells } from './channelSwitches';
import { touchpointKey } from './touchpoints';

// The recorded as-is run: what the backend says each flow task costs in channel switches.
const run = sampleRun();
const switches = (nodeId: string) => run.overall.steps.find((s) => s.nodeId === nodeId)!.channelSwitchesPerCase;

describe('channel switches on the touchpoint map', () => {
  it('sums the switches of the tasks linked to each stage × channel cell, once per task', () => {
    const names = sampleNames();
    const { doc } = names;
    const family = names.segment('Family home').id;
    const visits = touchpointKey(names.stage('Activate').id, names.channel('Technician at home').id);
    // The family journey links its three technician visits to the three services' visit tasks.
    const cells = channelSwitchCells(doc, family, run.overall.steps);
    const cell = cells.get(visits)!;
    expect(cell.tasks.sort()).toEqual(['bb-tech-visit', 'fix-tech-visit', 'tv-tech-visit']);
    expect(cell.perCase).toBeCloseTo(
      switches('bb-tech-visit') + switches('tv-tech-visit') + switches('fix-tech-visit'),
      12,
    );
    // The shop sale forces no switch: its cell is left out; every cell kept has switches.
    expect(switches('sale')).toBe(0);
    expect(cells.has(touchpointKey(names.stage('Order').id, names.channel('Shop').id))).toBe(false);
    expect([...cells.values()].every((c) => c.perCase > 0)).toBe(true);

    // A second step of the same cell linked to a task already there does not count it twice.
    const first = names.step('First technician visit: broadband');
    doc.steps.push({ ...first, id: 'again', position: 9, title: 'Fourth visit' });
    const again = channelSwitchCells(doc, family, run.overall.steps).get(visits)!;
    expect(again.tasks.sort()).toEqual(cell.tasks);
    expect(again.perCase).toBe(cell.perCase);

    // Another segment's journeys are not this map: the young app user has one visit, broadband's.
    const young = channelSwitchCells(doc, names.segment('Young digital').id, run.overall.steps);
    expect(young.get(visits)?.tasks).toEqual(['bb-tech-visit']);
  });

  it('leaves out tasks without switches and unlinked steps', () => {
    const names = sampleNames();
    const { doc } = names;
    const family = names.segment('Family home').id;
    expect(channelSwitchCells(doc, family, run.overall.steps).size).toBeGreaterThan(0);
    const none = run.overall.steps.map((s) => ({ ...s, channelSwitchesPerCase: 0 }));
    expect(channelSwitchCells(doc, family, none).size).toBe(0);
    const unlinked = { ...doc, steps: doc.steps.map((s) => ({ ...s, flowTask: null })) };
    expect(channelSwitchCells(unlinked, family, run.overall.steps).size).toBe(0);
  });
});
