// New nodes for the flow editor and the read-only facts the views ask of any node kind.
import type { Dist, FlowNode } from './flowTypes';

/** The silo of a task or wait; markers and gateways have none. */
export function siloOf(node: FlowNode): string | null {
  if (node.kind === 'task') return node.silo || null;
  if (node.kind === 'wait') return node.silo || null;
  return null;
}

export function durationOf(node: FlowNode): Dist | null {
  return node.kind === 'task' || node.kind === 'wait' ? node.duration : null;
}

/** A task with neutral defaults, in the silo and channel of the step it follows. */
export function newTask(id: string, name: string, silo: string, channel: string): FlowNode {
  return {
    kind: 'task',
    id,
    name,
    duration: { kind: 'triangular', min: 0.1, mode: 0.25, max: 1 },
    resource: null,
    actor: 'agent',
    channel,
    silo,
    contacts: { calls: 0, messages: 0, visits: 0 },
    technicianVisit: false,
    rework: null,
  };
}

export function newWait(id: string, name: string, silo: string): FlowNode {
  return { kind: 'wait', id, name, duration: { kind: 'uniform', min: 1, max: 3 }, silo };
}

export function newExclusive(id: string, name: string): FlowNode {
  return { kind: 'exclusive', id, name };
}

/** Node kinds a person edits; the others are connection points of the composition. */
export const isStep = (node: FlowNode): boolean => node.kind === 'task' || node.kind === 'wait';
