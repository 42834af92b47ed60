import { useTranslation } from 'react-i18next';
import type { StepStats } from '../../bindings';
import { updateEdge, updateNode } from '../../model/flowEdits';
import { nodeOf } from '../../model/flowFragments';
import { FLOW_EDIT_LABELS } from '../../model/flowLabels';
import type { Flow, FlowEdge, FlowNode } from '../../model/flowTypes';
import { stepsLinkedTo } from '../../model/taskLinks';
import type { WorkspaceDocument } from '../../model/types';
import { useFlowEditor } from '../../store/flowEditor';
import { useWorkspace } from '../../store/workspace';
import { DistEditor } from './DistEditor';
import { NumberField, TextField } from './fields';
import { TaskFields } from './TaskFields';
import { RecordSelect } from './RecordSelect';
import { StepWaiting } from './StepWaiting';
import type { FlowContext } from './useFlowContext';

function EdgeFields({ edge, source, ctx }: { edge: FlowEdge; source: FlowNode | undefined; ctx: FlowContext }) {
  const { t } = useTranslation();
  const save = (next: FlowEdge) => void ctx.commitDesign(FLOW_EDIT_LABELS.editFlowEdge, (d) => updateEdge(d, next));
  if (source?.kind !== 'exclusive') return <p className="muted small">{t('flow.inspector.plainEdge')}</p>;
  return (
    <>
      <NumberField
        label={t('flow.inspector.probability')}
        value={edge.probability ?? 0}
        min={0}
        max={1}
        step={0.05}
        testId="inspector-probability"
        onCommit={(probability) => save({ ...edge, probability })}
      />
      {ctx.doc.segments.map((segment) => (
        <NumberField
          key={segment.id}
          label={t('flow.inspector.segmentProbability', { segment: segment.name })}
          value={edge.segmentProbabilities?.[segment.id] ?? edge.probability ?? 0}
          min={0}
          max={1}
          step={0.05}
          onCommit={(p) => save({ ...edge, segmentProbabilities: { ...edge.segmentProbabilities, [segment.id]: p } })}
        />
      ))}
    </>
  );
}

/**
 * The journey steps linked to a task (the link is stored on the step); each opens its
 * journey map with the step selected.
 */
function LinkedSteps({ taskId, doc }: { taskId: string; doc: WorkspaceDocument }) {
  const { t } = useTranslation();
  const showStep = useWorkspace((s) => s.showStep);
  const linked = stepsLinkedTo(taskId, doc);
  return (
    <section className="flow-linked-steps" data-testid="flow-linked-steps" data-count={linked.length}>
      <h3 className="flow-linked-title">{t('flow.inspector.linkedSteps')}</h3>
      {linked.length === 0 ? (
        <p className="muted small">{t('flow.inspector.noLinkedSteps')}</p>
      ) : (
        <ul className="plain-list flow-linked-list">
          {linked.map(({ step, journey, segment }) => (
            <li key={step.id}>
              <button
                type="button"
                className="btn-link flow-linked-step"
                data-testid="flow-linked-step"
                data-step-id={step.id}
                title={t('flow.inspector.showLinkedStep', { title: step.title })}
                onClick={() => showStep(step.id)}
              >
                <span className="muted">
                  {segment?.name} › {journey?.name} ›
                </span>{' '}
                {step.title}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * The selected node or edge of the flow, edited field by field (each commit one edit), with
 * the node's waiting by cause when `steps` holds the last run of this scenario.
 */
export function Inspector({ flow, ctx, steps }: { flow: Flow; ctx: FlowContext; steps?: readonly StepStats[] }) {
  const { t } = useTranslation();
  const selection = useFlowEditor((s) => s.selection);
  // The node as the scenario records it (silo and channel by id); nodes the composition adds
  // are only in the derived flow.
  const recorded = selection?.kind === 'node' && ctx.design ? nodeOf(ctx.design, selection.id) : undefined;
  const node = recorded ?? (selection?.kind === 'node' ? flow.nodes.find((n) => n.id === selection.id) : undefined);
  const edge =
    selection?.kind === 'edge' ? flow.edges.find((e) => e.from === selection.from && e.to === selection.to) : undefined;
  const saveNode = (next: FlowNode) => void ctx.commitDesign(FLOW_EDIT_LABELS.editFlowNode, (d) => updateNode(d, next));
  const editable = !!recorded;
  const waiting = node && steps?.find((s) => s.nodeId === node.id);

  return (
    <aside className="flow-inspector card" data-testid="flow-inspector" aria-label={t('flow.inspector.title')}>
      <h2 className="card-title">{t('flow.inspector.title')}</h2>
      {!node && !edge && <p className="muted small">{t('flow.inspector.empty')}</p>}
      {node && (
        // Keyed by node so drafts and messages never leak from one node to the next.
        <div key={node.id} className="flow-inspector-body">
          <p className="muted small">
            {t(`flow.kinds.${node.kind}`)} · <code>{node.id}</code>
          </p>
          {!editable && <p className="muted small">{t('flow.inspector.composed')}</p>}
          {editable && node.kind !== 'start' && node.kind !== 'end' && (
            <TextField
              label={t('flow.inspector.name')}
              value={node.name}
              testId="inspector-name"
              onCommit={(name) => saveNode({ ...node, name })}
            />
          )}
          {editable && node.kind === 'task' && <TaskFields task={node} flow={flow} ctx={ctx} onSave={saveNode} />}
          {node.kind === 'task' && <LinkedSteps taskId={node.id} doc={ctx.doc} />}
          {waiting && <StepWaiting step={waiting} />}
          {editable && node.kind === 'wait' && (
            <>
              <DistEditor
                label={t('flow.inspector.duration')}
                durations
                dist={node.duration}
                onCommit={(duration) => saveNode({ ...node, duration })}
              />
              <RecordSelect
                label={t('flow.inspector.silo')}
                records={ctx.doc.silos}
                value={node.silo ?? ''}
                testId="inspector-silo"
                onChange={(silo) => saveNode({ ...node, silo })}
              />
            </>
          )}
        </div>
      )}
      {edge && (
        <div key={`${edge.from}->${edge.to}`} className="flow-inspector-body">
          <p className="muted small">
            {t('flow.inspector.edge', {
              from: flow.nodes.find((n) => n.id === edge.from)?.name ?? edge.from,
              to: flow.nodes.find((n) => n.id === edge.to)?.name ?? edge.to,
            })}
          </p>
          <EdgeFields edge={edge} source={flow.nodes.find((n) => n.id === edge.from)} ctx={ctx} />
        </div>
      )}
    </aside>
  );
}
