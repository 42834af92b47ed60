import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { AddRow } from '../../components/AddRow';
import { ConfirmButton } from '../../components/ConfirmButton';
import { InlineName } from '../../components/InlineName';
import { addSilo, deleteSilo, siloInUse, siloUse, updateSilo, type SiloUse } from '../../model/changes';
import { EDIT_LABELS } from '../../model/labels';
import { useWorkspace } from '../../store/workspace';

/** Why a silo in use cannot be deleted: the services it provisions, the scenario steps it owns. */
function inUseText(use: SiloUse, t: TFunction): string {
  const steps = use.scenarios.reduce((sum, s) => sum + s.steps, 0);
  const scenarios = [...new Set(use.scenarios.map((s) => s.scenario.name))].join(', ');
  return [
    use.services.length > 0 &&
      t('bundles.siloInUse', { count: use.services.length, services: use.services.map((s) => s.name).join(', ') }),
    steps > 0 && t('bundles.siloOwnsSteps', { count: steps, scenarios }),
  ]
    .filter(Boolean)
    .join(' ');
}

/**
 * The back-office silos (department and system); a silo still provisioning a service or
 * owning a task or wait of a scenario cannot be deleted.
 */
export function SiloList() {
  const { t } = useTranslation();
  const doc = useWorkspace((s) => s.workspace?.document);
  const edit = useWorkspace((s) => s.edit);
  if (!doc) return null;
  return (
    <section className="card" data-testid="silo-list">
      <h2 className="card-title">{t('bundles.silos')}</h2>
      <p className="muted small">{t('bundles.silosHint')}</p>
      <ul className="plain-list">
        {doc.silos.map((silo) => {
          const use = siloUse(doc, silo.id);
          return (
            <li key={silo.id} className="list-row" data-testid="silo-row">
              <InlineName
                value={silo.name}
                label={t('bundles.siloName')}
                onCommit={(name) => void edit(EDIT_LABELS.editSilo, updateSilo({ ...silo, name }))}
              />
              <InlineName
                value={silo.system}
                label={t('bundles.siloSystem')}
                placeholder={t('bundles.siloSystem')}
                allowEmpty
                onCommit={(system) => void edit(EDIT_LABELS.editSilo, updateSilo({ ...silo, system }))}
              />
              {siloInUse(use) ? (
                <span className="muted small" data-testid="silo-in-use">
                  {inUseText(use, t)}
                </span>
              ) : (
                <ConfirmButton
                  label={t('common.delete')}
                  question={t('bundles.confirmDeleteSilo')}
                  testId="delete-silo"
                  onConfirm={() =>
                    void edit(EDIT_LABELS.deleteSilo, deleteSilo(doc, silo.id), {
                      key: 'notices.siloDeleted',
                      values: { name: silo.name },
                      undoable: true,
                    })
                  }
                />
              )}
            </li>
          );
        })}
      </ul>
      <AddRow
        placeholder={t('bundles.newSilo')}
        buttonLabel={t('bundles.addSilo')}
        testId="add-silo"
        onAdd={(name) => void edit(EDIT_LABELS.addSilo, addSilo(name, '', crypto.randomUUID()))}
      />
    </section>
  );
}
