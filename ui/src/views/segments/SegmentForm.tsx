import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../components/ConfirmButton';
import { FieldError } from '../../components/FieldError';
import { Field } from '../../components/Field';
import { deleteSegment, updateSegment } from '../../model/changes';
import { EDIT_LABELS } from '../../model/labels';
import { MAX_PRIORITY } from '../../model/queueing';
import { VALUE_TIERS, type Segment, type ValueTier } from '../../model/types';
import { formToSegment, hasErrors, segmentToForm, validateSegment, type FieldErrors } from '../../model/validate';
import { useWorkspace } from '../../store/workspace';
import { ChannelMultipliers } from './ChannelMultipliers';
import { ChannelPreferences } from './ChannelPreferences';
import { Patience } from './Patience';

/** Every field of a segment; the share is edited as a percentage. */
export function SegmentForm({ segment }: { segment: Segment }) {
  const { t } = useTranslation();
  const edit = useWorkspace((s) => s.edit);
  const busy = useWorkspace((s) => s.busy);
  const saved = useMemo(() => segmentToForm(segment), [segment]);
  const [form, setForm] = useState(saved);
  const [errors, setErrors] = useState<FieldErrors>({});
  const set = <K extends keyof typeof form>(key: K, value: (typeof form)[K]) => setForm({ ...form, [key]: value });
  const journeys = useWorkspace(
    (s) => s.workspace?.document.journeys.filter((j) => j.segmentId === segment.id).length ?? 0,
  );
  // The other segments' shares, to flag a total off 100% where the share is typed.
  const others = useWorkspace(
    (s) => s.workspace?.document.segments.filter((x) => x.id !== segment.id).reduce((sum, x) => sum + x.share, 0) ?? 0,
  );
  const total = others * 100 + (Number.isNaN(form.sharePercent) ? 0 : form.sharePercent);
  const sharesOff = Math.abs(total - 100) >= 0.05;
  const dirty = JSON.stringify(form) !== JSON.stringify(saved);
  const setUnsaved = useWorkspace((s) => s.setUnsavedSegment);
  // Switching segment with unsaved edits asks first (the store holds the question).
  useEffect(() => {
    setUnsaved(dirty ? segment.id : null);
  }, [dirty, segment.id, setUnsaved]);
  useEffect(() => () => setUnsaved(null), [setUnsaved]);
  const leaving = useWorkspace((s) => (dirty ? s.pendingSegment : null));
  const leaveSegment = useWorkspace((s) => s.leaveSegment);
  const leavingTo = useWorkspace((s) => s.workspace?.document.segments.find((x) => x.id === leaving)?.name);

  /** Saves the form; false when it is invalid or the edit failed. */
  const save = async (): Promise<boolean> => {
    const found = validateSegment(form);
    setErrors(found);
    if (hasErrors(found)) return false;
    return edit(EDIT_LABELS.editSegment, updateSegment(formToSegment(form)), { key: 'notices.saved', undoable: false });
  };

  const message = (key: string | undefined) => (key ? t(key) : undefined);
  const number = (value: string) => (value.trim() === '' ? Number.NaN : Number(value));

  return (
    <form
      className="card form-card"
      data-testid="segment-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h2 className="card-title">{t('segments.details')}</h2>
      {leaving !== null && (
        <div
          className="unsaved-prompt"
          role="alertdialog"
          aria-labelledby="unsaved-question"
          data-testid="unsaved-prompt"
        >
          <p id="unsaved-question">{t('segments.unsavedQuestion', { name: segment.name, next: leavingTo ?? '' })}</p>
          <div className="row">
            <button
              type="button"
              className="btn btn-primary"
              data-testid="unsaved-save"
              onClick={() => void save().then((ok) => leaveSegment(ok))}
            >
              {t('segments.unsavedSave')}
            </button>
            <button type="button" className="btn" data-testid="unsaved-discard" onClick={() => leaveSegment(true)}>
              {t('segments.unsavedDiscard')}
            </button>
            <button
              type="button"
              className="btn btn-ghost"
              data-testid="unsaved-cancel"
              onClick={() => leaveSegment(false)}
            >
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
      <div className="field-row">
        <Field label={t('segments.name')} className="grow" error={message(errors.name)}>
          {(a11y) => (
            <input
              className="input"
              data-testid="segment-name-input"
              value={form.name}
              {...a11y}
              onChange={(e) => set('name', e.target.value)}
            />
          )}
        </Field>
        <Field label={t('segments.colour')} className="field-narrow" error={message(errors.colour)}>
          {(a11y) => (
            <input
              type="color"
              className="colour-input"
              value={form.colour}
              {...a11y}
              onChange={(e) => set('colour', e.target.value)}
            />
          )}
        </Field>
      </div>
      <Field label={t('segments.description')}>
        <textarea
          className="input"
          rows={2}
          value={form.description}
          onChange={(e) => set('description', e.target.value)}
        />
      </Field>
      <div className="field-row">
        <Field
          label={t('segments.share')}
          error={message(errors.sharePercent)}
          hint={
            sharesOff ? (
              <span className="shares-off" data-testid="shares-total">
                {t('segments.sharesTotal', { total: total.toFixed(1) })}
              </span>
            ) : undefined
          }
        >
          {(a11y) => (
            <span className="input-suffix">
              <input
                type="number"
                className="input"
                data-testid="segment-share-input"
                min={0}
                max={100}
                step={0.1}
                value={Number.isNaN(form.sharePercent) ? '' : form.sharePercent}
                {...a11y}
                onChange={(e) => set('sharePercent', number(e.target.value))}
              />
              <span aria-hidden="true">%</span>
            </span>
          )}
        </Field>
        <Field label={t('segments.valueTier')}>
          <select
            className="select"
            value={form.valueTier}
            onChange={(e) => set('valueTier', e.target.value as ValueTier)}
          >
            {VALUE_TIERS.map((tier) => (
              <option key={tier} value={tier}>
                {t(`valueTiers.${tier}`)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <fieldset className="segment-behaviour" data-testid="segment-behaviour">
        <legend>{t('segments.behaviour')}</legend>
        <p className="muted small">{t('segments.behaviourHint')}</p>
        <Patience
          label={t('segments.patienceDays')}
          testKey="patienceDays"
          dist={form.patienceDays}
          onChange={(dist) => set('patienceDays', dist)}
        />
        <Patience
          label={t('segments.patienceContacts')}
          testKey="patienceContacts"
          dist={form.patienceContacts}
          onChange={(dist) => set('patienceContacts', dist)}
        />
        <ChannelMultipliers value={form.channelMultipliers} onChange={(m) => set('channelMultipliers', m)} />
        <FieldError error={errors.channelMultipliers} />
        <Field label={t('segments.priority')} error={message(errors.priority)} hint={t('segments.priorityHint')}>
          {(a11y) => (
            <input
              type="number"
              className="input"
              data-testid="segment-priority-input"
              min={0}
              max={MAX_PRIORITY}
              step={1}
              value={Number.isNaN(form.priority) ? '' : (form.priority ?? 0)}
              {...a11y}
              onChange={(e) => set('priority', number(e.target.value))}
            />
          )}
        </Field>
      </fieldset>
      <ChannelPreferences value={form.channelPreferences} onChange={(ids) => set('channelPreferences', ids)} />
      <div className="form-foot">
        <ConfirmButton
          label={t('common.delete')}
          question={t('segments.confirmDelete', { count: journeys })}
          testId="delete-segment"
          onConfirm={() =>
            void edit(EDIT_LABELS.deleteSegment, deleteSegment(segment.id), {
              key: 'notices.segmentDeleted',
              values: { name: segment.name },
              undoable: true,
            })
          }
        />
        <span className="spacer" />
        <button type="submit" className="btn btn-primary" data-testid="save-segment" disabled={busy}>
          {t('common.save')}
        </button>
      </div>
    </form>
  );
}
