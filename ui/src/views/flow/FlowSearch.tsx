import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findSteps } from '../../model/flowSearch';
import type { FlowNode } from '../../model/flowTypes';
import { useFlowEditor } from '../../store/flowEditor';

/** Find a step by name: Enter or a click on a match selects it and centres it in the canvas. */
export function FlowSearch({ nodes }: { nodes: readonly FlowNode[] }) {
  const { t } = useTranslation();
  const focusNode = useFlowEditor((s) => s.focusNode);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const listId = useId();
  const matches = useMemo(() => findSteps(nodes, query), [nodes, query]);
  const choose = (node: FlowNode) => {
    focusNode(node.id);
    setOpen(false);
  };
  const shown = open && query.trim() !== '';
  return (
    <div className="flow-search" role="search">
      <input
        type="search"
        className="input"
        aria-label={t('flow.search.label')}
        placeholder={t('flow.search.placeholder')}
        data-testid="flow-search"
        value={query}
        aria-controls={shown ? listId : undefined}
        aria-expanded={shown}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={(e) => {
          const first = matches[0];
          if (e.key === 'Enter' && first) choose(first);
          if (e.key === 'Escape') {
            setOpen(false);
            e.stopPropagation();
          }
        }}
      />
      {shown && (
        <ul id={listId} className="flow-search-results card" data-testid="flow-search-results">
          <li className="muted small" aria-live="polite">
            {matches.length ? t('flow.search.results', { count: matches.length }) : t('flow.search.none')}
          </li>
          {matches.map((node) => (
            <li key={node.id}>
              <button
                type="button"
                className="btn-link"
                data-testid="flow-search-result"
                // Before the input's blur closes the list.
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => choose(node)}
              >
                {node.name}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
