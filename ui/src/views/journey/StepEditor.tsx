import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../components/ConfirmButton';
import { addStep, deleteStep, emptyStepFields, stepFields, updateStep, type StepFields } from '../../model/changes';
import { EDIT_LABELS } from '../../model/labels';
import { hasErrors, validateStep, type FieldErrors } from '../../model/validate';
import { useWorkspace } from '../../store/workspace';
import { StepFieldsForm } from './StepFieldsForm';

/** The side panel to add or edit a step; Save sends one applyEdit with the step's change. */
export function StepEditor({ journeyId }: { journeyId: string }) {
  const { t } = useTranslation();
  const panel = useWorkspace((s) => s.panel);
  const doc = useWorkspace((s) => s.workspace?.document);
  const edit = useWorkspace((s) => s.edit);
  const closePanel = useWorkspace((s) => s.closePanel);
  const busy = useWorkspace((s) => s.busy);
  const step = panel.kind === 'editStep' ? doc?.steps.find((s) => s.id === panel.stepId) : undefined;
  const [fields, setFields] = useState<StepFields>(() => {
    if (step) return stepFields(step);
    return panel.kind === 'newStep'
      ? emptyStepFields(panel.stageId, panel.lane)
      : emptyStepFields('', 'customerAction');
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  // Read during render, before the title input takes focus: what opened the panel.
  const [opener] = useState(() => document.activeElement);
  useEffect(
    () => () => {
      // Keyboard users go back to the "+" or card they came from, unless focus already
      // moved on (e.g. straight to another step's panel).
      const lost = document.activeElement === null || document.activeElement === document.body;
      if (lost && opener instanceof HTMLElement && opener.isConnected) opener.focus();
    },
    [opener],
  );
  if (!doc || panel.kind === 'none') return null;

  const save = async () => {
    const found = validateStep(fields);
    setErrors(found);
    if (hasErrors(found)) return;
    const ok = step
      ? await edit(EDIT_LABELS.editStep, updateStep(doc, step, fields))
      : await edit(EDIT_LABELS.addStep, addStep(doc, journeyId, fields, crypto.randomUUID()));
    if (ok) closePanel();
  };

  const remove = async () => {
    if (!step) return;
    const ok = await edit(EDIT_LABELS.deleteStep, deleteStep(step.id), {
      key: 'notices.stepDeleted',
      values: { title: step.title },
      undoable: true,
    });
    if (ok) closePanel();
  };

  return (
    <aside
      className="side-panel"
      data-testid="step-editor"
      aria-label={step ? t('step.editTitle') : t('step.addTitle')}
    >
      <form
        className="panel-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <div className="panel-head">
          <h2>{step ? t('step.editTitle') : t('step.addTitle')}</h2>
          <button
            type="button"
            className="btn btn-ghost btn-icon"
            aria-label={t('common.close')}
            title={`${t('common.close')} (Esc)`}
            onClick={closePanel}
          >
            ×
          </button>
        </div>
        <div className="panel-body">
          <StepFieldsForm doc={doc} fields={fields} errors={errors} onChange={setFields} />
        </div>
        <div className="panel-foot">
          {step && (
            <ConfirmButton
              label={t('common.delete')}
              question={t('step.confirmDelete')}
              testId="delete-step"
              onConfirm={() => void remove()}
            />
          )}
          <span className="spacer" />
          <button type="button" className="btn" onClick={closePanel}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="btn btn-primary" data-testid="save-step" disabled={busy}>
            {step ? t('common.save') : t('step.add')}
          </button>
        </div>
      </form>
    </aside>
  );
}
