// Scenario management: each scenario is a workspace record. Duplicate (a new id, last
// position, the same flows and node ids so friction and journey links carry over), rename,
// delete, and including a service in one scenario.
import type { Scenario } from './flowTypes';
import type { Change } from './types';

const putScenario = (value: Scenario): Change => ({ op: 'put', entity: { kind: 'scenario', value } });

/** A copy of `source` named `name` with the id `id`, after every scenario of its bundle. */
export function duplicateScenario(
  scenarios: readonly Scenario[],
  source: Scenario,
  name: string,
  id: string,
): Change[] {
  const last = Math.max(-1, ...scenarios.filter((s) => s.bundleId === source.bundleId).map((s) => s.position));
  return [putScenario({ ...structuredClone(source), id, name, position: last + 1 })];
}

export const renameScenario = (scenario: Scenario, name: string): Change[] => [
  putScenario({ ...scenario, name: name.trim() }),
];

export const deleteScenario = (scenarioId: string): Change[] => [
  { op: 'delete', target: { kind: 'scenario', id: scenarioId } },
];

/** Includes or leaves out a service of one scenario. */
export function setServiceIncluded(scenario: Scenario, serviceId: string, included: boolean): Change[] {
  return [
    putScenario({
      ...scenario,
      services: scenario.services.map((s) => (s.serviceId === serviceId ? { ...s, included } : s)),
    }),
  ];
}
