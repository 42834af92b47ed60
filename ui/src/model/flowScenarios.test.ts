import { describe, expect, it } from 'vitest';
import { testModel } from '../test/flowFixtures';
import { deleteScenario, duplicateScenario, renameScenario, setServiceIncluded } from './flowScenarios';

describe('scenarios', () => {
  it('duplicates a scenario after itself with fresh scenario and design ids', () => {
    const model = testModel();
    const copy = duplicateScenario(model, 'as-is', 'As-is copy')!;
    expect(copy.id).toBe('as-is-copy');
    expect(copy.model.scenarios!.map((s) => s.id)).toEqual(['as-is', 'as-is-copy', 'to-be']);
    const made = copy.model.scenarios![1]!;
    expect(made.name).toBe('As-is copy');
    expect(made.design.id).toBe('d-copy');
    // A deep copy: editing it leaves the source alone.
    made.design.order.nodes.pop();
    expect(model.scenarios![0]!.design.order.nodes).toHaveLength(4);
    const again = duplicateScenario(copy.model, 'as-is', 'As-is copy')!;
    expect(again.id).toBe('as-is-copy-2');
    expect(duplicateScenario(model, 'nope', 'x')).toBeNull();
  });

  it('renames and deletes scenarios, and includes services per scenario', () => {
    const model = renameScenario(testModel(), 'to-be', 'Future');
    expect(model.scenarios!.map((s) => s.name)).toEqual(['As-is', 'Future']);
    expect(deleteScenario(model, 'as-is').scenarios!.map((s) => s.id)).toEqual(['to-be']);
    const withTv = setServiceIncluded(model, 'to-be', 'tv', true);
    expect(withTv.scenarios![1]!.design.services[1]!.included).toBe(true);
    expect(withTv.scenarios![0]!.design.services[1]!.included).toBe(false);
  });
});
