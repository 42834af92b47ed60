import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../store/workspace';

const SHOWN_MS = 8000;

/** A short confirmation after an edit, with Undo for deletes (instead of a modal "Are you sure?"). */
export function NoticeToast() {
  const { t } = useTranslation();
  const notice = useWorkspace((s) => s.notice);
  const dismiss = useWorkspace((s) => s.dismissNotice);
  const undo = useWorkspace((s) => s.undo);
  useEffect(() => {
    if (!notice) return;
    const timer = window.setTimeout(dismiss, SHOWN_MS);
    return () => window.clearTimeout(timer);
  }, [notice, dismiss]);
  if (!notice) return null;
  return (
    <div className="toast" role="status" data-testid="notice">
      <span>{t(notice.key, notice.values)}</span>
      {notice.undoable && (
        <button type="button" className="btn btn-link" onClick={() => void undo()}>
          {t('history.undo')}
        </button>
      )}
      <button
        type="button"
        className="btn btn-ghost btn-icon"
        aria-label={t('common.dismiss')}
        title={t('common.dismiss')}
        onClick={dismiss}
      >
        ×
      </button>
    </div>
  );
}
