import { useTranslation } from 'react-i18next';
import { connect, deleteEdge, deleteNode, insertAfter, insertOnComposedEdge } from '../../model/flowEdits';
import { freshId, nodeOf, usedNodeIds } from '../../model/flowFragments';
import { FLOW_EDIT_LABELS } from '../../model/flowLabels';
import { newExclusive, newTask, newWait } from '../../model/flowNodes';
import type { Flow, FlowNode } from '../../model/flowTypes';
import { useFlowEditor } from '../../store/flowEditor';
import type { FlowContext } from './useFlowContext';

export type AddKind = 'task' | 'wait' | 'exclusive';

const ADD_LABEL = {
  task: FLOW_EDIT_LABELS.addFlowTask,
  wait: FLOW_EDIT_LABELS.addFlowWait,
  exclusive: FLOW_EDIT_LABELS.addFlowGateway,
} as const;

/** The structural edits of the toolbar, the keyboard and the canvas, on the current selection. */
export function useFlowActions(ctx: FlowContext | null, flow: Flow | null) {
  const { t } = useTranslation();
  const selection = useFlowEditor((s) => s.selection);
  const select = useFlowEditor((s) => s.select);
  const refuse = useFlowEditor((s) => s.refuse);

  const add = async (kind: AddKind) => {
    if (!ctx || !flow) return;
    if (!selection) {
      refuse('flow.refuse.selectFirst');
      return;
    }
    // The new step joins the silo and channel of the step it follows.
    const afterId = selection.kind === 'node' ? selection.id : selection.from;
    // As the scenario records it: silo and channel by id.
    const after = ctx.design ? nodeOf(ctx.design, afterId) : undefined;
    const silo = after && (after.kind === 'task' || after.kind === 'wait') ? (after.silo ?? '') : '';
    const channel = after?.kind === 'task' ? after.channel : '';
    const id = freshId(usedNodeIds(ctx.scenarios), kind === 'exclusive' ? 'gateway' : kind);
    const node: FlowNode =
      kind === 'task'
        ? newTask(id, t('flow.newTask'), silo, channel)
        : kind === 'wait'
          ? newWait(id, t('flow.newWait'), silo)
          : newExclusive(id, t('flow.newGateway'));
    const ok = await ctx.commitDesign(ADD_LABEL[kind], (design) =>
      selection.kind === 'node'
        ? insertAfter(design, selection.id, node)
        : insertOnComposedEdge(design, selection.from, selection.to, node),
    );
    if (ok) select({ kind: 'node', id });
  };

  const removeSelection = async () => {
    if (!ctx || !selection) return;
    const ok =
      selection.kind === 'node'
        ? await ctx.commitDesign(FLOW_EDIT_LABELS.deleteFlowNode, (d) => deleteNode(d, selection.id))
        : await ctx.commitDesign(FLOW_EDIT_LABELS.deleteFlowEdge, (d) => deleteEdge(d, selection.from, selection.to));
    if (ok) select(null);
  };

  const link = async (from: string, to: string) => {
    if (!ctx) return;
    const ok = await ctx.commitDesign(FLOW_EDIT_LABELS.connectFlow, (d) => connect(d, from, to));
    if (ok) select({ kind: 'edge', from, to });
  };

  return { add, removeSelection, link, selection };
}
