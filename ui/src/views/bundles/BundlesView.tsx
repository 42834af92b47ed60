import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addBundle, servicesOf } from '../../model/changes';
import { EDIT_LABELS } from '../../model/labels';
import { useWorkspace } from '../../store/workspace';
import { BundleDetails } from './BundleDetails';
import { ServiceList } from './ServiceList';
import { SiloList } from './SiloList';

/** The bundles, the services of the selected bundle, and the back-office silos that provision them. */
export function BundlesView() {
  const { t } = useTranslation();
  const doc = useWorkspace((s) => s.workspace?.document);
  const edit = useWorkspace((s) => s.edit);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  if (!doc) return null;
  const bundle = doc.bundles.find((b) => b.id === selectedId) ?? doc.bundles[0] ?? null;

  const add = async () => {
    const id = crypto.randomUUID();
    const ok = await edit(EDIT_LABELS.addBundle, addBundle(t('bundles.newName', { n: doc.bundles.length + 1 }), id));
    if (ok) setSelectedId(id);
  };

  return (
    <div className="editor-view" data-testid="bundles-view">
      <div className="editor-list">
        <div className="editor-list-head">
          <h1 className="view-title">{t('bundles.title')}</h1>
          <button type="button" className="btn btn-primary" data-testid="add-bundle" onClick={() => void add()}>
            + {t('bundles.add')}
          </button>
        </div>
        <ul className="plain-list">
          {doc.bundles.map((b) => (
            <li key={b.id}>
              <button
                type="button"
                className={`list-item${b.id === bundle?.id ? ' selected' : ''}`}
                data-testid="bundle-item"
                onClick={() => setSelectedId(b.id)}
              >
                <span className="grow">{b.name}</span>
                <span className="muted small">
                  {t('bundles.serviceCount', { count: servicesOf(doc, b.id).length })}
                </span>
              </button>
            </li>
          ))}
        </ul>
        {doc.bundles.length === 0 && <p className="muted small">{t('bundles.none')}</p>}
      </div>
      <div className="editor-detail">
        {bundle && (
          <>
            <BundleDetails bundle={bundle} />
            <ServiceList bundle={bundle} />
          </>
        )}
        <SiloList />
      </div>
    </div>
  );
}
