import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';

/** Keeps a draft of an outside value, following the value when it changes (undo). */
function useDraft(value: string): [string, (v: string) => void] {
  const [draft, setDraft] = useState(value);
  const [last, setLast] = useState(value);
  if (value !== last) {
    setLast(value);
    setDraft(value);
  }
  return [draft, setDraft];
}

/**
 * A number committed on blur or Enter (one edit) when it is valid; an invalid entry is
 * marked and explained, and never sent.
 */
export function NumberField({
  label,
  value,
  onCommit,
  testId,
  min,
  max,
  integer = false,
  step = 'any',
}: {
  label: string;
  value: number;
  onCommit: (value: number) => void;
  testId?: string;
  min?: number;
  max?: number;
  integer?: boolean;
  step?: number | 'any';
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useDraft(String(value));
  const parsed = draft.trim() === '' ? NaN : Number(draft);
  const error = !Number.isFinite(parsed)
    ? t('flow.field.number')
    : integer && !Number.isInteger(parsed)
      ? t('flow.field.integer')
      : min !== undefined && parsed < min
        ? t('flow.field.min', { min })
        : max !== undefined && parsed > max
          ? t('flow.field.max', { max })
          : null;
  const commit = () => {
    if (!error && parsed !== value) onCommit(parsed);
  };
  return (
    <Field label={label} className="flow-field" error={error}>
      {(a11y) => (
        <input
          className="input"
          type="number"
          inputMode="decimal"
          step={step}
          value={draft}
          {...a11y}
          data-testid={testId}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') e.currentTarget.blur();
            if (e.key === 'Escape') {
              setDraft(String(value));
              e.stopPropagation();
            }
          }}
        />
      )}
    </Field>
  );
}

/** A text committed on blur or Enter, with suggestions from a datalist when given. */
export function TextField({
  label,
  value,
  onCommit,
  testId,
  suggestions,
  allowEmpty = false,
}: {
  label: string;
  value: string;
  onCommit: (value: string) => void;
  testId?: string;
  suggestions?: readonly string[];
  allowEmpty?: boolean;
}) {
  const [draft, setDraft] = useDraft(value);
  const listId = useId();
  const commit = () => {
    const text = draft.trim();
    if (!text && !allowEmpty) setDraft(value);
    else if (text !== value) onCommit(text);
  };
  return (
    <Field label={label} className="flow-field">
      <input
        className="input"
        value={draft}
        list={suggestions ? listId : undefined}
        data-testid={testId}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') e.currentTarget.blur();
          if (e.key === 'Escape') {
            setDraft(value);
            e.stopPropagation();
          }
        }}
      />
      {suggestions && (
        <datalist id={listId}>
          {suggestions.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
      )}
    </Field>
  );
}

/** A section that can be folded away; its content is only built while open. */
export function Collapsible({
  title,
  children,
  testId,
  initiallyOpen = false,
  badge,
}: {
  title: string;
  children: ReactNode;
  testId?: string;
  initiallyOpen?: boolean;
  badge?: ReactNode;
}) {
  const [open, setOpen] = useState(initiallyOpen);
  const bodyId = useId();
  return (
    <section className="flow-section" data-testid={testId}>
      <button
        type="button"
        className="flow-section-head"
        aria-expanded={open}
        aria-controls={bodyId}
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true">{open ? '▾' : '▸'}</span> {title} {badge}
      </button>
      {open && (
        <div id={bodyId} className="flow-section-body">
          {children}
        </div>
      )}
    </section>
  );
}
