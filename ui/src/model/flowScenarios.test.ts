import { describe, expect, it } from 'vitest';
import { testScenarios } from '../test/flowFixtures';
import type { Scenario } from './flowTypes';
import { deleteScenario, duplicateScenario, renameScenario, setServiceIncluded } from './flowScenarios';
import type { Change } from './types';

const putValue = (changes: Change[]): Scenario => {
  const [change] = changes;
  if (change?.op !== 'put' || change.entity.kind !== 'scenario') throw new Error('expected one scenario put');
  return change.entity.value;
};

describe('scenarios', () => {
  it('duplicates a scenario as a new record after the last one, with the same flows', () => {
    const scenarios = testScenarios();
    const source = scenarios[0]!;
    const changes = duplicateScenario(scenarios, source, 'as-is copy', 'new-id');
    expect(changes).toHaveLength(1);
    const copy = putValue(changes);
    expect(copy).toMatchObject({ id: 'new-id', name: 'as-is copy', position: 2, bundleId: 'bundle' });
    expect(copy.order).toEqual(source.order);
    // A deep copy: editing it leaves the source alone.
    copy.order.nodes.pop();
    expect(source.order.nodes).toHaveLength(4);
  });

  it('renames and deletes scenarios, and includes services per scenario', () => {
    const [asIs, toBe] = testScenarios();
    expect(putValue(renameScenario(toBe!, ' Future '))).toMatchObject({ id: 'to-be', name: 'Future' });
    expect(deleteScenario('as-is')).toEqual([{ op: 'delete', target: { kind: 'scenario', id: 'as-is' } }]);
    const withTv = putValue(setServiceIncluded(toBe!, 'tv', true));
    expect(withTv.services.find((s) => s.serviceId === 'tv')?.included).toBe(true);
    expect(withTv.services.find((s) => s.serviceId === 'mobile')?.included).toBe(true);
    expect(asIs!.services.find((s) => s.serviceId === 'tv')?.included).toBe(false);
  });
});
