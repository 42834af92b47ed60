import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';
import { useDocument } from '../../store/selectors';

/** A segment of the workspace or all of them (null), for a run or the improvement finder. */
export function SegmentPicker({
  value,
  onChange,
  disabled,
  testid,
}: {
  value: string | null;
  onChange: (segmentId: string | null) => void;
  disabled: boolean;
  testid: string;
}) {
  const { t } = useTranslation();
  const doc = useDocument();
  return (
    <Field label={t('simulation.segment')}>
      <select
        className="select"
        data-testid={testid}
        value={value ?? ''}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value || null)}
      >
        <option value="">{t('simulation.allSegments')}</option>
        {doc?.segments.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </select>
    </Field>
  );
}
