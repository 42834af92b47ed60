import { useTranslation } from 'react-i18next';

/** Edits a list of short texts (pain points, opportunities): one input per entry. */
export function ListEditor({
  label,
  items,
  onChange,
  addLabel,
  testId,
}: {
  label: string;
  items: string[];
  onChange: (items: string[]) => void;
  addLabel: string;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="list-editor" data-testid={testId}>
      <legend>{label}</legend>
      {items.map((item, i) => (
        <div key={i} className="list-row">
          <input
            className="input"
            value={item}
            aria-label={t('common.itemN', { label, n: i + 1 })}
            onChange={(e) => onChange(items.map((x, j) => (j === i ? e.target.value : x)))}
          />
          <button
            type="button"
            className="btn btn-ghost btn-icon"
            aria-label={t('common.removeItem', { label, n: i + 1 })}
            title={t('common.remove')}
            onClick={() => onChange(items.filter((_, j) => j !== i))}
          >
            ×
          </button>
        </div>
      ))}
      <button type="button" className="btn btn-link" onClick={() => onChange([...items, ''])}>
        + {addLabel}
      </button>
    </fieldset>
  );
}
