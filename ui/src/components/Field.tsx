import { useId, type ReactNode } from 'react';

/** What a control spreads on itself so the field's hint and error describe it. */
export interface FieldControl {
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

/**
 * One labelled form field: the label text, the control, then an optional hint and error.
 * The label wraps the control (clicking the text focuses it) but not the hint and error, so
 * they stay out of the control's name; the label box itself is not drawn (`field-control`),
 * so the layout is the one of `field`. To have the hint and error read as the control's
 * description, pass the control as a function and spread what it receives:
 *
 *   <Field label="Name" error={message}>{(a11y) => <input className="input" {...a11y} />}</Field>
 */
export function Field({
  label,
  children,
  className,
  inline = false,
  hideLabel = false,
  hint,
  error,
  testId,
}: {
  label: ReactNode;
  children: ReactNode | ((control: FieldControl) => ReactNode);
  /** Classes added to `field` (or `field-inline`), e.g. `flow-field`, `grow`, `field-narrow`. */
  className?: string;
  /** Label and control on one line (bars and toolbars). */
  inline?: boolean;
  /** The label is read by screen readers only. */
  hideLabel?: boolean;
  /** A short explanation under the control. */
  hint?: ReactNode;
  /** The validation message, already translated; nothing when valid. */
  error?: ReactNode;
  testId?: string;
}) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const control: FieldControl = {
    ...(describedBy ? { 'aria-describedby': describedBy } : {}),
    ...(error ? { 'aria-invalid': true as const } : {}),
  };
  return (
    <div className={[inline ? 'field-inline' : 'field', className].filter(Boolean).join(' ')} data-testid={testId}>
      <label className="field-control">
        <span className={hideLabel ? 'visually-hidden' : 'field-label'}>{label}</span>
        {typeof children === 'function' ? children(control) : children}
      </label>
      {hint && (
        <span id={hintId} className="field-hint muted small">
          {hint}
        </span>
      )}
      {error && (
        <span id={errorId} className="field-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
