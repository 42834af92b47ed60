// Scenario management of an activation model: duplicate (fresh scenario and design ids, the
// same node ids so friction and journey links carry over), rename and delete.
import type { FlowModel, Scenario } from './flowTypes';

/** `<base>`, else `<base>-2`, `<base>-3`… whichever is free. */
function freeId(base: string, used: ReadonlySet<string>): string {
  if (!used.has(base)) return base;
  let n = 2;
  while (used.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}

export function duplicateScenario(
  model: FlowModel,
  scenarioId: string,
  name: string,
): { model: FlowModel; id: string } | null {
  const scenarios = model.scenarios ?? [];
  const source = scenarios.find((s) => s.id === scenarioId);
  if (!source) return null;
  const id = freeId(`${source.id}-copy`, new Set(scenarios.map((s) => s.id)));
  const designIds = new Set(scenarios.map((s) => s.design.id).concat(model.design ? [model.design.id] : []));
  const copy: Scenario = {
    ...structuredClone(source),
    id,
    name,
    design: { ...structuredClone(source.design), id: freeId(`${source.design.id}-copy`, designIds) },
  };
  const at = scenarios.indexOf(source);
  return { model: { ...model, scenarios: [...scenarios.slice(0, at + 1), copy, ...scenarios.slice(at + 1)] }, id };
}

export function renameScenario(model: FlowModel, scenarioId: string, name: string): FlowModel {
  return { ...model, scenarios: (model.scenarios ?? []).map((s) => (s.id === scenarioId ? { ...s, name } : s)) };
}

export function deleteScenario(model: FlowModel, scenarioId: string): FlowModel {
  return { ...model, scenarios: (model.scenarios ?? []).filter((s) => s.id !== scenarioId) };
}

/** Includes or leaves out a service of a scenario's design. */
export function setServiceIncluded(
  model: FlowModel,
  scenarioId: string | null,
  serviceId: string,
  included: boolean,
): FlowModel {
  const change = (design: NonNullable<FlowModel['design']>) => ({
    ...design,
    services: design.services.map((s) => (s.id === serviceId ? { ...s, included } : s)),
  });
  if (scenarioId === null) return model.design ? { ...model, design: change(model.design) } : model;
  return {
    ...model,
    scenarios: (model.scenarios ?? []).map((s) => (s.id === scenarioId ? { ...s, design: change(s.design) } : s)),
  };
}
