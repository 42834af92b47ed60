import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';

/**
 * Picks a workspace silo or channel for a flow node: the node stores the id ("" = none), the
 * list shows names. An id no longer in the workspace stays listed so it is not lost silently.
 */
export function RecordSelect({
  label,
  records,
  value,
  testId,
  onChange,
}: {
  label: string;
  records: readonly { id: string; name: string }[];
  value: string;
  testId?: string;
  onChange: (id: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <Field label={label} className="flow-field">
      <select className="select" value={value} data-testid={testId} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('flow.inspector.none')}</option>
        {records.map((r) => (
          <option key={r.id} value={r.id}>
            {r.name}
          </option>
        ))}
        {value && !records.some((r) => r.id === value) && <option value={value}>{value}</option>}
      </select>
    </Field>
  );
}
