import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';
import { ListEditor } from '../../components/ListEditor';
import { EmotionFace } from '../../components/EmotionFace';
import type { StepFields } from '../../model/changes';
import { byPosition } from '../../model/order';
import { taskById, taskLabel, tasksByBundle } from '../../model/taskLinks';
import {
  EFFORT_MAX,
  EFFORT_MIN,
  EMOTION_MAX,
  EMOTION_MIN,
  LANES,
  type Lane,
  type WorkspaceDocument,
} from '../../model/types';
import type { FieldErrors } from '../../model/validate';

/** Every field of a step. Stage and lane selects also move the step without dragging. */
export function StepFieldsForm({
  doc,
  fields,
  errors,
  onChange,
}: {
  doc: WorkspaceDocument;
  fields: StepFields;
  errors: FieldErrors;
  onChange: (fields: StepFields) => void;
}) {
  const { t } = useTranslation();
  const set = <K extends keyof StepFields>(key: K, value: StepFields[K]) => onChange({ ...fields, [key]: value });
  const message = (key: string | undefined) => (key ? t(key) : undefined);
  return (
    <>
      <Field label={t('step.title')} error={message(errors.title)}>
        {(a11y) => (
          <input
            className="input"
            data-testid="step-title-input"
            value={fields.title}
            autoFocus
            {...a11y}
            onChange={(e) => set('title', e.target.value)}
          />
        )}
      </Field>
      <Field label={t('step.description')}>
        <textarea
          className="input"
          rows={3}
          value={fields.description}
          onChange={(e) => set('description', e.target.value)}
        />
      </Field>
      <div className="field-row">
        <Field label={t('step.stage')}>
          <select
            className="select"
            data-testid="step-stage-select"
            value={fields.stageId}
            onChange={(e) => set('stageId', e.target.value)}
          >
            {byPosition(doc.stages).map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('step.lane')}>
          <select
            className="select"
            data-testid="step-lane-select"
            value={fields.lane}
            onChange={(e) => set('lane', e.target.value as Lane)}
          >
            {LANES.map((lane) => (
              <option key={lane} value={lane}>
                {t(`lanes.${lane}.name`)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <div className="field-row">
        <Field label={t('step.channel')}>
          <select
            className="select"
            value={fields.channelId ?? ''}
            onChange={(e) => set('channelId', e.target.value || null)}
          >
            <option value="">{t('step.noChannel')}</option>
            {byPosition(doc.channels).map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('step.department')}>
          <input className="input" value={fields.department} onChange={(e) => set('department', e.target.value)} />
        </Field>
      </div>
      <LinkedTaskSelect doc={doc} value={fields.flowTask} onChange={(flowTask) => set('flowTask', flowTask)} />
      <Field
        label={
          <>
            {t('step.emotion')} <EmotionFace value={fields.emotion} size={16} />{' '}
            <output className="range-value">{fields.emotion > 0 ? `+${fields.emotion}` : fields.emotion}</output>
          </>
        }
        error={message(errors.emotion)}
      >
        {(a11y) => (
          <>
            <input
              type="range"
              className="range"
              data-testid="step-emotion-input"
              min={EMOTION_MIN}
              max={EMOTION_MAX}
              step={1}
              value={fields.emotion}
              {...a11y}
              onChange={(e) => set('emotion', Number(e.target.value))}
            />
            <span className="range-scale small muted">
              <span>{t('step.emotionNegative')}</span>
              <span>{t('step.emotionPositive')}</span>
            </span>
          </>
        )}
      </Field>
      <Field
        label={
          <>
            {t('step.effort')} <output className="range-value">{fields.effort}</output>
          </>
        }
        error={message(errors.effort)}
      >
        {(a11y) => (
          <>
            <input
              type="range"
              className="range"
              min={EFFORT_MIN}
              max={EFFORT_MAX}
              step={1}
              value={fields.effort}
              {...a11y}
              onChange={(e) => set('effort', Number(e.target.value))}
            />
            <span className="range-scale small muted">
              <span>{t('step.effortLow')}</span>
              <span>{t('step.effortHigh')}</span>
            </span>
          </>
        )}
      </Field>
      <ListEditor
        label={t('step.painPoints')}
        addLabel={t('step.addPainPoint')}
        items={fields.painPoints}
        testId="pain-points"
        onChange={(items) => set('painPoints', items)}
      />
      <ListEditor
        label={t('step.opportunities')}
        addLabel={t('step.addOpportunity')}
        items={fields.opportunities}
        testId="opportunities"
        onChange={(items) => set('opportunities', items)}
      />
    </>
  );
}

/**
 * The activation-flow task the step corresponds to: the tasks of every bundle, grouped by
 * bundle, each once. A link to a task no scenario has any more stays listed (and says so)
 * rather than being dropped silently.
 */
function LinkedTaskSelect({
  doc,
  value,
  onChange,
}: {
  doc: WorkspaceDocument;
  value: string | null;
  onChange: (flowTask: string | null) => void;
}) {
  const { t } = useTranslation();
  const groups = tasksByBundle(doc).filter((g) => g.tasks.length > 0);
  const missing = value && !taskById(doc.scenarios, value) ? value : null;
  return (
    <Field label={t('step.linkedTask')} hint={t('step.linkedTaskHint')}>
      {(a11y) => (
        <select
          className="select"
          data-testid="step-task-select"
          value={value ?? ''}
          {...a11y}
          onChange={(e) => onChange(e.target.value || null)}
        >
          <option value="">{t('step.noLinkedTask')}</option>
          {missing && <option value={missing}>{t('step.missingTaskOption', { id: missing })}</option>}
          {groups.map(({ bundle, tasks }) => (
            <optgroup key={bundle.id} label={bundle.name}>
              {tasks.map((task) => (
                <option key={task.id} value={task.id}>
                  {taskLabel(task, doc.silos)}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      )}
    </Field>
  );
}
