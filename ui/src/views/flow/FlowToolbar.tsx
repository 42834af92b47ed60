import { useTranslation } from 'react-i18next';
import { useFlowEditor } from '../../store/flowEditor';
import type { FlowNode } from '../../model/flowTypes';
import { FlowSearch } from './FlowSearch';
import type { useFlowActions } from './useFlowActions';

/**
 * Add a task, wait or gateway after the selection, delete it, why an edit was refused, and
 * a search for a step by name.
 */
export function FlowToolbar({
  actions,
  nodes,
}: {
  actions: ReturnType<typeof useFlowActions>;
  nodes: readonly FlowNode[];
}) {
  const { t } = useTranslation();
  const refusal = useFlowEditor((s) => s.refusal);
  const none = !actions.selection;
  return (
    <div className="flow-toolbar" role="toolbar" aria-label={t('flow.toolbar')}>
      <button
        type="button"
        className="btn"
        data-testid="flow-add-task"
        disabled={none}
        onClick={() => void actions.add('task')}
      >
        + {t('flow.addTask')}
      </button>
      <button
        type="button"
        className="btn"
        data-testid="flow-add-wait"
        disabled={none}
        onClick={() => void actions.add('wait')}
      >
        + {t('flow.addWait')}
      </button>
      <button
        type="button"
        className="btn"
        data-testid="flow-add-gateway"
        disabled={none}
        onClick={() => void actions.add('exclusive')}
      >
        + {t('flow.addGateway')}
      </button>
      <button
        type="button"
        className="btn btn-danger-ghost"
        data-testid="flow-delete"
        disabled={none}
        title={t('flow.deleteHint')}
        onClick={() => void actions.removeSelection()}
      >
        {t('flow.delete')}
      </button>
      <span className="muted small">{none ? t('flow.selectHint') : t('flow.addHint')}</span>
      {refusal && (
        <span className="flow-refusal" role="alert" data-testid="flow-refusal">
          {t(refusal)}
        </span>
      )}
      <FlowSearch nodes={nodes} />
    </div>
  );
}
