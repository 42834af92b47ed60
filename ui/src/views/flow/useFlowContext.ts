import { putActivation, putScenario } from '../../model/flowChanges';
import type { EditResult } from '../../model/flowEdits';
import { scenariosOf } from '../../model/flowFragments';
import type { Activation, Scenario } from '../../model/flowTypes';
import type { Change, WorkspaceDocument } from '../../model/types';
import { useDocument } from '../../store/selectors';
import { useFlowEditor } from '../../store/flowEditor';
import { useWorkspace } from '../../store/workspace';

export interface FlowContext {
  doc: WorkspaceDocument;
  bundleId: string;
  /** The bundle's pools and order rate (null until the bundle has one). */
  activation: Activation | null;
  /** The bundle's scenarios, in order. */
  scenarios: Scenario[];
  /** The scenario edited (null when the bundle has none). */
  scenarioId: string | null;
  design: Scenario | null;
  /** Sends one undoable edit. */
  commit(label: string, changes: Change[]): Promise<boolean>;
  /** Saves the bundle's activation record. */
  commitActivation(label: string, activation: Activation): Promise<boolean>;
  /** Applies an edit of the scenario edited (one put of it), or shows why it was refused. */
  commitDesign(label: string, change: (design: Scenario) => EditResult): Promise<boolean>;
}

/** The bundle open in the Flow tab and the ways to edit it; null when there is no bundle. */
export function useFlowContext(): FlowContext | null {
  const doc = useDocument();
  const edit = useWorkspace((s) => s.edit);
  const chosenBundle = useFlowEditor((s) => s.bundleId);
  const chosen = useFlowEditor((s) => s.scenarioId);
  const refuse = useFlowEditor((s) => s.refuse);
  if (!doc) return null;
  const bundle = doc.bundles.find((b) => b.id === chosenBundle) ?? doc.bundles[0];
  if (!bundle) return null;
  const activation = doc.activations.find((a) => a.bundleId === bundle.id) ?? null;
  const scenarios = scenariosOf(doc.scenarios, bundle.id);
  const design = scenarios.find((s) => s.id === chosen) ?? scenarios[0] ?? null;
  const commit = (label: string, changes: Change[]) => edit(label, changes);
  const commitDesign = async (label: string, change: (design: Scenario) => EditResult) => {
    if (!design) return false;
    const result = change(design);
    if (!result.ok) {
      refuse(result.reason);
      return false;
    }
    refuse(null);
    return commit(label, putScenario(result.design));
  };
  return {
    doc,
    bundleId: bundle.id,
    activation,
    scenarios,
    scenarioId: design?.id ?? null,
    design,
    commit,
    commitActivation: (label, next) => commit(label, putActivation(next)),
    commitDesign,
  };
}

/** The name of a workspace silo or channel by id ("" = none); an unknown id shows as is. */
export function nameOf(records: readonly { id: string; name: string }[], id: string | null | undefined): string {
  if (!id) return '';
  return records.find((r) => r.id === id)?.name ?? id;
}
