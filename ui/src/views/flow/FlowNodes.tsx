import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import type { FrictionItem } from '../../bindings';
import { problemText } from '../../model/flowProblems';
import type { FlowNode, FlowProblem } from '../../model/flowTypes';
import { heatColour, heatLevel } from '../../model/simulation';
import { batchSummary } from './batchSummary';
import { formatDist } from './format';
import { Icon } from './icons';

export type StepData = { node: FlowNode; friction: FrictionItem | null; problems: FlowProblem[] };
export type LaneData = { label: string; width: number; height: number };
export type StepNode = Node<StepData, 'step'>;
export type LaneNode = Node<LaneData, 'lane'>;

/** What every drawn node carries: its test id, heat and problem markers. */
function nodeAttributes({ node, friction, problems }: StepData, selected: boolean) {
  const heat = friction ? Math.round(friction.score) : undefined;
  return {
    'data-testid': `flow-node-${node.id}`,
    'data-kind': node.kind,
    'data-friction': heat,
    'data-problem': problems.length > 0 ? 'true' : undefined,
    className: [
      'flow-node',
      `flow-node-${node.kind}`,
      selected ? 'selected' : '',
      problems.length ? 'has-problem' : '',
      friction ? `heat-${heatLevel(friction.score)}` : '',
    ]
      .filter(Boolean)
      .join(' '),
    style: friction ? { background: heatColour(friction.score) } : undefined,
    title: problemText(problems),
  };
}

function ProblemBadge({ problems }: { problems: FlowProblem[] }) {
  const { t } = useTranslation();
  if (problems.length === 0) return null;
  return (
    <span className="flow-problem-badge" role="img" aria-label={t('flow.problemCount', { count: problems.length })}>
      !
    </span>
  );
}

function Handles() {
  return (
    <>
      <Handle type="target" position={Position.Left} />
      <Handle type="source" position={Position.Right} />
    </>
  );
}

/** A task card or a wait: name, owning silo, channel and actor, visit and batch markers, heat. */
export function StepNodeView({ data, selected }: NodeProps<StepNode>) {
  const { t } = useTranslation();
  const { node, friction, problems } = data;
  const attrs = nodeAttributes(data, selected);
  if (node.kind === 'task')
    return (
      <div {...attrs}>
        <Handles />
        <div className="flow-node-name">{node.name}</div>
        <div className="flow-node-meta">
          <span className="flow-node-actor" title={t(`flow.actors.${node.actor}`)}>
            <Icon name={node.actor} /> {t(`flow.actors.${node.actor}`)}
          </span>
          {node.channel && <span className="flow-node-channel">{node.channel}</span>}
        </div>
        <div className="flow-node-meta">
          <span className="flow-node-silo">{node.silo}</span>
          <span className="flow-node-duration">{formatDist(node.duration, t)}</span>
          {node.technicianVisit && (
            <span className="flow-node-visit" title={t('flow.technicianVisit')}>
              <Icon name="visit" label={t('flow.technicianVisit')} />
            </span>
          )}
          {node.batch && (
            <span
              className="flow-node-batch"
              title={batchSummary(node.batch, t)}
              data-testid={`flow-node-batch-${node.id}`}
            >
              <Icon name="batch" label={t('flow.batch.marker')} />
            </span>
          )}
          {friction && <span className="flow-node-score">{Math.round(friction.score)}</span>}
        </div>
        <ProblemBadge problems={problems} />
      </div>
    );
  if (node.kind === 'wait')
    return (
      <div {...attrs}>
        <Handles />
        <div className="flow-node-name">
          <Icon name="clock" /> {node.name}
        </div>
        <div className="flow-node-meta">{formatDist(node.duration, t)}</div>
        <ProblemBadge problems={problems} />
      </div>
    );
  return <MarkerNodeView data={data} selected={selected} />;
}

const GATEWAY_SYMBOL: Partial<Record<FlowNode['kind'], string>> = {
  exclusive: '×',
  parallelSplit: '+',
  parallelJoin: '+',
  merge: '×',
};

/** Gateways as diamonds and the start/end markers as circles, named below. */
function MarkerNodeView({ data, selected }: { data: StepData; selected: boolean }) {
  const { node, problems } = data;
  const attrs = nodeAttributes(data, selected);
  const round = node.kind === 'start' || node.kind === 'end';
  return (
    <div {...attrs} aria-label={node.name}>
      <Handles />
      <div className={round ? 'flow-circle' : 'flow-diamond'}>
        <span>{GATEWAY_SYMBOL[node.kind] ?? ''}</span>
      </div>
      <div className="flow-marker-name">{node.name}</div>
      <ProblemBadge problems={problems} />
    </div>
  );
}

/** A swimlane: a band behind the nodes owned by one silo (named by LaneHeaders). */
export function LaneNodeView({ data }: NodeProps<LaneNode>) {
  return <div className="flow-lane" style={{ width: data.width, height: data.height }} data-lane={data.label} />;
}

export const NODE_TYPES = { step: StepNodeView, lane: LaneNodeView };
