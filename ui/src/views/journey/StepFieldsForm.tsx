import { useTranslation } from 'react-i18next';
import { ListEditor } from '../../components/ListEditor';
import { EmotionFace } from '../../components/EmotionFace';
import type { StepFields } from '../../model/changes';
import { byPosition } from '../../model/order';
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
import { FieldError } from '../../components/FieldError';

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
  return (
    <>
      <label className="field">
        <span className="field-label">{t('step.title')}</span>
        <input
          className="input"
          data-testid="step-title-input"
          value={fields.title}
          autoFocus
          aria-invalid={errors.title ? true : undefined}
          onChange={(e) => set('title', e.target.value)}
        />
        <FieldError error={errors.title} />
      </label>
      <label className="field">
        <span className="field-label">{t('step.description')}</span>
        <textarea
          className="input"
          rows={3}
          value={fields.description}
          onChange={(e) => set('description', e.target.value)}
        />
      </label>
      <div className="field-row">
        <label className="field">
          <span className="field-label">{t('step.stage')}</span>
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
        </label>
        <label className="field">
          <span className="field-label">{t('step.lane')}</span>
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
        </label>
      </div>
      <div className="field-row">
        <label className="field">
          <span className="field-label">{t('step.channel')}</span>
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
        </label>
        <label className="field">
          <span className="field-label">{t('step.department')}</span>
          <input className="input" value={fields.department} onChange={(e) => set('department', e.target.value)} />
        </label>
      </div>
      <label className="field">
        <span className="field-label">
          {t('step.emotion')} <EmotionFace value={fields.emotion} size={16} />{' '}
          <output className="range-value">{fields.emotion > 0 ? `+${fields.emotion}` : fields.emotion}</output>
        </span>
        <input
          type="range"
          className="range"
          data-testid="step-emotion-input"
          min={EMOTION_MIN}
          max={EMOTION_MAX}
          step={1}
          value={fields.emotion}
          onChange={(e) => set('emotion', Number(e.target.value))}
        />
        <span className="range-scale small muted">
          <span>{t('step.emotionNegative')}</span>
          <span>{t('step.emotionPositive')}</span>
        </span>
        <FieldError error={errors.emotion} />
      </label>
      <label className="field">
        <span className="field-label">
          {t('step.effort')} <output className="range-value">{fields.effort}</output>
        </span>
        <input
          type="range"
          className="range"
          min={EFFORT_MIN}
          max={EFFORT_MAX}
          step={1}
          value={fields.effort}
          onChange={(e) => set('effort', Number(e.target.value))}
        />
        <span className="range-scale small muted">
          <span>{t('step.effortLow')}</span>
          <span>{t('step.effortHigh')}</span>
        </span>
        <FieldError error={errors.effort} />
      </label>
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
