// Flow-tab edits: each puts the one record it changes (the scenario being edited, or the
// bundle's activation for pools and the order rate): one change, one undo step.
import type { Activation, Scenario } from './flowTypes';
import type { Change } from './types';

export const putScenario = (scenario: Scenario): Change[] => [
  { op: 'put', entity: { kind: 'scenario', value: scenario } },
];

export const putActivation = (activation: Activation): Change[] => [
  { op: 'put', entity: { kind: 'activation', value: activation } },
];
