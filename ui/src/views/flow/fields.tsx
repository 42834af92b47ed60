import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';
import { formatDuration, parseDuration, unitOf } from '../../model/duration';

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

type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

type TFunction = ReturnType<typeof useTranslation>['t'];

/**
 * A value typed as text, committed on blur or Enter (one edit) when it reads as a value
 * other than the one shown; an entry that does not read is marked and explained, and
 * never sent.
 */
function ParsedField<T>({
  label,
  value,
  format,
  parse,
  onCommit,
  testId,
  inputMode,
  placeholder,
  step,
}: {
  label: string;
  value: T;
  format: (value: T) => string;
  parse: (text: string) => Parsed<T>;
  onCommit: (value: T) => void;
  testId?: string;
  inputMode: 'decimal' | 'text';
  placeholder?: string;
  /** A number input's step (a number field only). */
  step?: number | 'any';
}) {
  const shown = format(value);
  const [draft, setDraft] = useDraft(shown);
  const parsed = parse(draft);
  const commit = () => {
    // What reads as the value shown is no edit ("60 min" for "1 h", "1.0" for "1").
    if (parsed.ok && format(parsed.value) !== shown) onCommit(parsed.value);
  };
  return (
    <Field label={label} className="flow-field" error={parsed.ok ? null : parsed.error}>
      {(a11y) => (
        <input
          className="input"
          type={step === undefined ? 'text' : 'number'}
          step={step}
          inputMode={inputMode}
          placeholder={placeholder}
          value={draft}
          {...a11y}
          data-testid={testId}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') e.currentTarget.blur();
            if (e.key === 'Escape') {
              setDraft(shown);
              e.stopPropagation();
            }
          }}
        />
      )}
    </Field>
  );
}

/** What a number field reads in `text`: a number within its limits, or what is wrong. */
function readNumber(
  text: string,
  t: TFunction,
  { min, max, integer = false }: { min?: number; max?: number; integer?: boolean },
): Parsed<number> {
  const n = text.trim() === '' ? NaN : Number(text);
  const error = !Number.isFinite(n)
    ? t('flow.field.number')
    : integer && !Number.isInteger(n)
      ? t('flow.field.integer')
      : min !== undefined && n < min
        ? t('flow.field.min', { min })
        : max !== undefined && n > max
          ? t('flow.field.max', { max })
          : null;
  return error ? { ok: false, error } : { ok: true, value: n };
}

/** What a duration field reads in `text`, in days; a bare number is in the unit of `shown` days. */
function readDays(text: string, shown: number, t: TFunction): Parsed<number> {
  const parsed = parseDuration(text, unitOf(shown));
  return parsed.ok ? { ok: true, value: parsed.days } : { ok: false, error: t(parsed.error) };
}

/** A number, checked against its bounds. */
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
  return (
    <ParsedField
      label={label}
      value={value}
      format={String}
      parse={(text) => readNumber(text, t, { min, max, integer })}
      onCommit={onCommit}
      testId={testId}
      inputMode="decimal"
      step={step}
    />
  );
}

/**
 * A duration in days, shown and typed in the unit people think in ("45 min", "2.5 h",
 * "3 days"); a bare number is read in the unit the field showed.
 */
export function DurationField({
  label,
  days,
  onCommit,
  testId,
}: {
  label: string;
  days: number;
  onCommit: (days: number) => void;
  testId?: string;
}) {
  const { t } = useTranslation();
  return (
    <ParsedField
      label={label}
      value={days}
      format={(d) => formatDuration(d, t)}
      parse={(text) => readDays(text, days, t)}
      onCommit={onCommit}
      testId={testId}
      inputMode="text"
      placeholder={t('duration.hint')}
    />
  );
}

/**
 * A number ≥ `min` (0 unless given; whole when `integer`), or a duration in days when
 * `durations`, that may be left empty: a blank entry clears it (null). A bare number is
 * read in the unit `scale` days would be shown in.
 */
export function OptionalField({
  label,
  value,
  onCommit,
  testId,
  durations,
  scale,
  min = 0,
  integer = false,
}: {
  label: string;
  value: number | null;
  onCommit: (value: number | null) => void;
  testId?: string;
  durations: boolean;
  scale: number;
  min?: number;
  integer?: boolean;
}) {
  const { t } = useTranslation();
  const parse = (text: string): Parsed<number | null> => {
    if (text.trim() === '') return { ok: true, value: null };
    return durations ? readDays(text, value ?? scale, t) : readNumber(text, t, { min, integer });
  };
  return (
    <ParsedField
      label={label}
      value={value}
      format={(v) => (v === null ? '' : durations ? formatDuration(v, t) : String(v))}
      parse={parse}
      onCommit={onCommit}
      testId={testId}
      inputMode={durations ? 'text' : 'decimal'}
      placeholder={t('flow.dist.bounds.none')}
    />
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
