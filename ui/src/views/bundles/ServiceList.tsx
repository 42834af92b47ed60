import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AddRow } from '../../components/AddRow';
import { ConfirmButton } from '../../components/ConfirmButton';
import { InlineName } from '../../components/InlineName';
import { MoveButtons } from '../../components/MoveButtons';
import { addService, deleteService, moveService, servicesOf, updateService } from '../../model/changes';
import { EDIT_LABELS } from '../../model/labels';
import { byPosition } from '../../model/order';
import type { Bundle, Silo } from '../../model/types';
import { useWorkspace } from '../../store/workspace';

export function SiloSelect({
  silos,
  value,
  onChange,
  testId,
}: {
  silos: readonly Silo[];
  value: string;
  onChange: (siloId: string) => void;
  testId?: string;
}) {
  const { t } = useTranslation();
  return (
    <select
      className="select select-compact"
      value={value}
      aria-label={t('bundles.silo')}
      title={t('bundles.silo')}
      data-testid={testId}
      onChange={(e) => onChange(e.target.value)}
    >
      {silos.map((silo) => (
        <option key={silo.id} value={silo.id}>
          {silo.name}
        </option>
      ))}
    </select>
  );
}

/** The services of a bundle, in order: name, provisioning silo, optional, order, deletion. */
export function ServiceList({ bundle }: { bundle: Bundle }) {
  const { t } = useTranslation();
  const doc = useWorkspace((s) => s.workspace?.document);
  const edit = useWorkspace((s) => s.edit);
  const [newSilo, setNewSilo] = useState('');
  if (!doc) return null;
  const services = byPosition(servicesOf(doc, bundle.id));
  const siloForNew = doc.silos.some((s) => s.id === newSilo) ? newSilo : (doc.silos[0]?.id ?? '');
  return (
    <section className="card" data-testid="service-list">
      <h2 className="card-title">{t('bundles.services')}</h2>
      <p className="muted small">{t('bundles.servicesHint')}</p>
      <ol className="plain-list">
        {services.map((service, i) => (
          <li key={service.id} className="list-row" data-testid="service-row">
            <span className="pref-rank">{i + 1}</span>
            <InlineName
              value={service.name}
              label={t('bundles.serviceName')}
              onCommit={(name) => void edit(EDIT_LABELS.editService, updateService({ ...service, name }))}
            />
            <SiloSelect
              silos={doc.silos}
              value={service.siloId}
              onChange={(siloId) => void edit(EDIT_LABELS.editService, updateService({ ...service, siloId }))}
            />
            <label className="check nowrap">
              <input
                type="checkbox"
                checked={service.optional}
                onChange={(e) =>
                  void edit(EDIT_LABELS.editService, updateService({ ...service, optional: e.target.checked }))
                }
              />{' '}
              {t('bundles.optional')}
            </label>
            <MoveButtons
              name={service.name}
              first={i === 0}
              last={i === services.length - 1}
              onMove={(d) => void edit(EDIT_LABELS.reorderServices, moveService(doc, service, d))}
            />
            <ConfirmButton
              label={t('common.delete')}
              question={t('bundles.confirmDeleteService')}
              onConfirm={() =>
                void edit(EDIT_LABELS.deleteService, deleteService(service.id), {
                  key: 'notices.serviceDeleted',
                  values: { name: service.name },
                  undoable: true,
                })
              }
            />
          </li>
        ))}
      </ol>
      {services.length === 0 && <p className="muted small">{t('bundles.noServices')}</p>}
      {doc.silos.length === 0 ? (
        <p className="muted small">{t('bundles.needSilo')}</p>
      ) : (
        <AddRow
          placeholder={t('bundles.newService')}
          buttonLabel={t('bundles.addService')}
          testId="add-service"
          onAdd={(name) =>
            void edit(EDIT_LABELS.addService, addService(doc, bundle.id, name, siloForNew, crypto.randomUUID()))
          }
        >
          <SiloSelect silos={doc.silos} value={siloForNew} onChange={setNewSilo} testId="add-service-silo" />
        </AddRow>
      )}
    </section>
  );
}
