import { useTranslation } from 'react-i18next';
import type { FlowEdge } from '../../model/flowTypes';
import { useFlowEditor } from '../../store/flowEditor';

/**
 * The flow's connections for the keyboard, after the nodes in Tab order (the canvas draws
 * edges before nodes), each named by its steps, not by ids. Shown only while focused.
 */
export function EdgeLinks({ edges, nameOf }: { edges: readonly FlowEdge[]; nameOf: (id: string) => string }) {
  const { t } = useTranslation();
  const select = useFlowEditor((s) => s.select);
  return (
    <ul className="flow-edge-links plain-list" aria-label={t('flow.connections')}>
      {edges.map((e) => (
        <li key={`${e.from}->${e.to}`}>
          <button
            type="button"
            className="flow-edge-link"
            data-testid="flow-edge-link"
            onFocus={() => select({ kind: 'edge', from: e.from, to: e.to })}
            onClick={() => select({ kind: 'edge', from: e.from, to: e.to })}
          >
            {t('flow.edgeLabel', { from: nameOf(e.from), to: nameOf(e.to) })}
          </button>
        </li>
      ))}
    </ul>
  );
}
