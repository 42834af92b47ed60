import { useTranslation } from 'react-i18next';
import type { FlowProblem } from '../../model/flowTypes';
import { useFlowEditor } from '../../store/flowEditor';
import { Collapsible } from './fields';

/** Every validation problem of the composed flow; one concerning a node selects and centres it. */
export function ProblemsPanel({
  problems,
  present,
}: {
  problems: readonly FlowProblem[];
  /** Ids of the flow's nodes; problems of pools or segments name no node of it. */
  present: ReadonlySet<string>;
}) {
  const { t } = useTranslation();
  const focusNode = useFlowEditor((s) => s.focusNode);
  return (
    <div className="flow-problems" data-testid="flow-problems" data-count={problems.length}>
      <Collapsible
        title={problems.length ? t('flow.problems.title', { count: problems.length }) : t('flow.problems.none')}
        initiallyOpen
        badge={problems.length > 0 && <span className="flow-problem-count">{problems.length}</span>}
      >
        {problems.length > 0 && <p className="muted small">{t('flow.problems.hint')}</p>}
        <ul className="plain-list">
          {problems.map((p, i) => (
            <li key={`${p.kind}-${p.nodeId ?? ''}-${i}`}>
              {p.nodeId && present.has(p.nodeId) ? (
                <button
                  type="button"
                  className="btn-link flow-problem"
                  data-testid="flow-problem"
                  data-node-id={p.nodeId}
                  onClick={() => p.nodeId && focusNode(p.nodeId)}
                >
                  {p.message}
                </button>
              ) : (
                <span className="flow-problem" data-testid="flow-problem">
                  {p.message}
                </span>
              )}
            </li>
          ))}
        </ul>
      </Collapsible>
    </div>
  );
}
