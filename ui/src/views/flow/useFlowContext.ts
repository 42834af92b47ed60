import { putActivation } from '../../model/flowChanges';
import type { EditResult } from '../../model/flowEdits';
import { designOf, withDesign } from '../../model/flowFragments';
import type { Activation, BundleDesign, Flow, FlowModel } from '../../model/flowTypes';
import { useDocument } from '../../store/selectors';
import { useFlowEditor } from '../../store/flowEditor';
import { useWorkspace } from '../../store/workspace';

export interface FlowContext {
  activation: Activation;
  model: FlowModel;
  /** The scenario edited (null = the base design). */
  scenarioId: string | null;
  design: BundleDesign | null;
  /** The names of the workspace's silos (suggested as owners of steps). */
  silos: string[];
  /** Saves a new model as one undoable edit. */
  commit(label: string, model: FlowModel): Promise<boolean>;
  /** Applies a design edit, or shows why it was refused. */
  commitDesign(label: string, change: (design: BundleDesign) => EditResult): Promise<boolean>;
}

/** The activation open in the Flow tab and the ways to edit it; null when there is none. */
export function useFlowContext(): FlowContext | null {
  const doc = useDocument();
  const edit = useWorkspace((s) => s.edit);
  const bundleId = useFlowEditor((s) => s.bundleId);
  const chosen = useFlowEditor((s) => s.scenarioId);
  const refuse = useFlowEditor((s) => s.refuse);
  if (!doc) return null;
  const activation = doc.activations.find((a) => a.bundleId === bundleId) ?? doc.activations[0];
  if (!activation) return null;
  const model = activation.model;
  const scenarios = model.scenarios ?? [];
  const scenarioId =
    chosen !== undefined && (chosen === null ? !!model.design : scenarios.some((s) => s.id === chosen))
      ? chosen
      : (scenarios[0]?.id ?? null);
  const design = designOf(model, scenarioId);
  const commit = (label: string, next: FlowModel) => edit(label, putActivation(activation, next));
  const commitDesign = async (label: string, change: (design: BundleDesign) => EditResult) => {
    if (!design) return false;
    const result = change(design);
    if (!result.ok) {
      refuse(result.reason);
      return false;
    }
    refuse(null);
    return commit(label, withDesign(model, scenarioId, result.design));
  };
  return { activation, model, scenarioId, design, silos: doc.silos.map((s) => s.name), commit, commitDesign };
}

/** Silo names to offer: the workspace's silos and those already used in the flow. */
export function siloSuggestions(ctx: FlowContext, flow: Flow): string[] {
  const used = flow.nodes.flatMap((n) => ((n.kind === 'task' || n.kind === 'wait') && n.silo ? [n.silo] : []));
  return [...new Set([...ctx.silos, ...used])].sort();
}
