import { describe, expect, it } from 'vitest';
import { applyChanges, put } from './changes';
import { linkOfStep, stepsLinkedTo, taskById, taskLabel, tasksByBundle, tasksOfBundle } from './taskLinks';
import { sampleNames } from '../test/sample';

describe('links between journey steps and flow tasks', () => {
  it('lists the tasks of a bundle once each, in scenario then flow order', () => {
    const names = sampleNames();
    const bundle = names.bundle('Home triple-play');
    const tasks = tasksOfBundle(names.doc.scenarios, bundle.id);
    const ids = tasks.map((t) => t.id);
    // Each id once, though as-is and to-be share tasks (sale, credit check, porting, bill query).
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.slice(0, 2)).toEqual(['sale', 'credit-check']);
    // as-is first: a shared task keeps the name it has there; to-be's own tasks come after.
    expect(tasks.find((t) => t.id === 'sale')?.name).toBe('Bundle sale');
    expect(ids.indexOf('tech-visit')).toBeGreaterThan(ids.indexOf('bill-query'));
    expect(tasks.every((t) => t.bundleId === bundle.id)).toBe(true);
    expect(tasksOfBundle(names.doc.scenarios, 'no-such-bundle')).toEqual([]);
  });

  it('groups the tasks by bundle, bundles without scenarios included', () => {
    const names = sampleNames();
    const doc = { ...names.doc, bundles: [...names.doc.bundles, { id: 'empty', name: 'Empty', description: '' }] };
    const groups = tasksByBundle(doc);
    expect(groups.map((g) => g.bundle.name)).toEqual(['Home triple-play', 'Empty']);
    expect(groups[0]?.tasks.length).toBeGreaterThan(30);
    expect(groups[1]?.tasks).toEqual([]);
  });

  it('finds a task by id with its silo, and labels it with the silo name', () => {
    const names = sampleNames();
    const task = taskById(names.doc.scenarios, 'bb-tech-visit');
    expect(task).toMatchObject({ id: 'bb-tech-visit', name: 'Broadband technician visit' });
    expect(task?.siloId).toBe(names.silo('Broadband field team').id);
    expect(taskLabel(task!, names.doc.silos)).toBe('Broadband technician visit · Broadband field team');
    expect(taskLabel({ ...task!, siloId: '' }, names.doc.silos)).toBe('Broadband technician visit');
    // Only in to-be.
    expect(taskById(names.doc.scenarios, 'tech-visit')?.name).toBe('One technician visit (all services)');
    expect(taskById(names.doc.scenarios, 'nowhere')).toBeUndefined();
    expect(taskById(names.doc.scenarios, null)).toBeUndefined();
    // The same record each time for the same scenarios list (stable for store selectors).
    expect(taskById(names.doc.scenarios, 'bb-tech-visit')).toBe(task);
  });

  it('follows an edit of the scenarios (a new list is indexed again)', () => {
    const names = sampleNames();
    const asIs = names.scenario('as-is');
    const renamed = {
      ...asIs,
      order: {
        ...asIs.order,
        nodes: asIs.order.nodes.map((n) => (n.id === 'sale' ? { ...n, name: 'Sale, renamed' } : n)),
      },
    };
    expect(taskById(names.doc.scenarios, 'sale')?.name).toBe('Bundle sale');
    const next = applyChanges(names.doc, [put({ kind: 'scenario', value: renamed })]);
    expect(taskById(next.scenarios, 'sale')?.name).toBe('Sale, renamed');
  });

  it('tells a linked step from a broken link and an unlinked step', () => {
    const names = sampleNames();
    const step = names.step('First technician visit: broadband');
    expect(linkOfStep(names.doc.scenarios, step)).toEqual({
      kind: 'linked',
      task: taskById(names.doc.scenarios, 'bb-tech-visit'),
    });
    expect(linkOfStep(names.doc.scenarios, { flowTask: 'gone' })).toEqual({ kind: 'missing', taskId: 'gone' });
    expect(linkOfStep(names.doc.scenarios, { flowTask: null })).toEqual({ kind: 'none' });
  });

  it('lists the steps linked to a task with their journey and segment, in segment order', () => {
    const names = sampleNames();
    const linked = stepsLinkedTo('bb-tech-visit', names.doc);
    // The sample links a broadband technician visit in every journey.
    expect(linked.map((l) => l.segment?.name)).toEqual(['Young digital', 'Family home', 'High-value', 'Senior']);
    expect(linked[1]).toEqual({
      step: names.step('First technician visit: broadband'),
      journey: names.journey('Get the home triple-play'),
      segment: names.segment('Family home'),
    });
    expect(linked.every((l) => l.step.flowTask === 'bb-tech-visit')).toBe(true);
    expect(stepsLinkedTo('tech-visit', names.doc)).toEqual([]);
  });
});
