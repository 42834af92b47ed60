import { useTranslation } from 'react-i18next';
import type { FrictionItem } from '../../bindings';
import { FrictionEntry } from '../../components/FrictionEntry';
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
          <FrictionEntry
            key={item.nodeId}
            item={item}
            testId="flow-friction-item"
            disabled={!present.has(item.nodeId)}
            title={present.has(item.nodeId) ? item.reason : t('flow.friction.notInFlow')}
            onClick={() => focusNode(item.nodeId)}
          />
        ))}
      </ol>
    </section>
  );
}
