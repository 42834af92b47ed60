import { useTranslation } from 'react-i18next';
import type { FrictionItem } from '../../bindings';
import { heatColour, heatLevel } from '../../model/simulation';
import { useFlowEditor } from '../../store/flowEditor';

/** The friction ranking of the last simulation of this scenario; an item selects and centres its node. */
export function FrictionPanel({ items, present }: { items: readonly FrictionItem[]; present: ReadonlySet<string> }) {
  const { t } = useTranslation();
  const focusNode = useFlowEditor((s) => s.focusNode);
  return (
    <section className="card flow-friction" aria-label={t('flow.friction.title')}>
      <h2 className="card-title">{t('flow.friction.title')}</h2>
      <p className="muted small">{t('flow.friction.hint')}</p>
      <ol className="friction-list" data-testid="flow-friction-list">
        {items.map((item) => (
          <li key={item.nodeId}>
            <button
              type="button"
              className={`friction-item heat-${heatLevel(item.score)}`}
              data-testid="flow-friction-item"
              data-node-id={item.nodeId}
              disabled={!present.has(item.nodeId)}
              title={present.has(item.nodeId) ? item.reason : t('flow.friction.notInFlow')}
              onClick={() => focusNode(item.nodeId)}
            >
              <span className="friction-rank">{item.rank}</span>
              <span className="friction-body">
                <span className="friction-name">{item.name}</span>
                <span className="friction-reason">{item.reason}</span>
              </span>
              <span
                className="friction-score"
                style={{ background: heatColour(item.score) }}
                aria-label={t('simulation.score', { score: Math.round(item.score) })}
              >
                {Math.round(item.score)}
              </span>
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
