import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A destructive button that asks once inline ("Delete? Yes / No") instead of a modal. */
export function ConfirmButton({
  label,
  question,
  onConfirm,
  testId,
  className = 'btn btn-danger-ghost',
}: {
  label: ReactNode;
  question: string;
  onConfirm: () => void;
  testId?: string;
  className?: string;
}) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  if (!asking)
    return (
      <button type="button" className={className} data-testid={testId} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  return (
    <span className="confirm" role="group" aria-label={question}>
      <span className="confirm-question">{question}</span>
      <button
        type="button"
        className="btn btn-danger"
        data-testid={testId ? `${testId}-confirm` : undefined}
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {t('common.yesDelete')}
      </button>
      <button type="button" className="btn" onClick={() => setAsking(false)}>
        {t('common.cancel')}
      </button>
    </span>
  );
}
