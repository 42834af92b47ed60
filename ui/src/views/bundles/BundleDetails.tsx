import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../components/ConfirmButton';
import { InlineName } from '../../components/InlineName';
import { deleteBundle, servicesOf, updateBundle } from '../../model/changes';
import { EDIT_LABELS } from '../../model/labels';
import type { Bundle } from '../../model/types';
import { useWorkspace } from '../../store/workspace';

/** A bundle's name and description, edited in place, and its deletion (with its services). */
export function BundleDetails({ bundle }: { bundle: Bundle }) {
  const { t } = useTranslation();
  const edit = useWorkspace((s) => s.edit);
  const services = useWorkspace((s) => (s.workspace ? servicesOf(s.workspace.document, bundle.id).length : 0));
  return (
    <section className="card" data-testid="bundle-details">
      <h2 className="card-title">{t('bundles.details')}</h2>
      <label className="field">
        <span className="field-label">{t('bundles.name')}</span>
        <InlineName
          value={bundle.name}
          label={t('bundles.name')}
          testId="bundle-name-input"
          onCommit={(name) => void edit(EDIT_LABELS.editBundle, updateBundle({ ...bundle, name }))}
        />
      </label>
      <label className="field">
        <span className="field-label">{t('bundles.description')}</span>
        <InlineName
          value={bundle.description}
          label={t('bundles.description')}
          testId="bundle-description-input"
          allowEmpty
          placeholder={t('bundles.descriptionPlaceholder')}
          onCommit={(description) => void edit(EDIT_LABELS.editBundle, updateBundle({ ...bundle, description }))}
        />
      </label>
      <div className="form-foot">
        <ConfirmButton
          label={t('common.delete')}
          question={t('bundles.confirmDelete', { count: services })}
          testId="delete-bundle"
          onConfirm={() =>
            void edit(EDIT_LABELS.deleteBundle, deleteBundle(bundle.id), {
              key: 'notices.bundleDeleted',
              values: { name: bundle.name },
              undoable: true,
            })
          }
        />
      </div>
    </section>
  );
}
