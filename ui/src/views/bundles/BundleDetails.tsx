import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../components/ConfirmButton';
import { Field } from '../../components/Field';
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
      <Field label={t('bundles.name')}>
        <InlineName
          value={bundle.name}
          label={t('bundles.name')}
          testId="bundle-name-input"
          onCommit={(name) => void edit(EDIT_LABELS.editBundle, updateBundle({ ...bundle, name }))}
        />
      </Field>
      <Field label={t('bundles.description')}>
        <InlineName
          value={bundle.description}
          label={t('bundles.description')}
          testId="bundle-description-input"
          allowEmpty
          placeholder={t('bundles.descriptionPlaceholder')}
          onCommit={(description) => void edit(EDIT_LABELS.editBundle, updateBundle({ ...bundle, description }))}
        />
      </Field>
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
