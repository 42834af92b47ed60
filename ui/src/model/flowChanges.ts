// Every Flow-tab edit replaces the bundle's activation model as a whole: one change, one
// transaction, one undo step (the Rust store keeps drafts that fail validation).
import type { Activation, FlowModel } from './flowTypes';
import type { Change } from './types';

export function putActivation(activation: Activation, model: FlowModel): Change[] {
  return [{ op: 'put', entity: { kind: 'activation', value: { ...activation, model } } }];
}
