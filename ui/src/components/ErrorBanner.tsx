import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../store/workspace';

/** The last backend error: what kind (translated by code), the message, and every problem. */
export function ErrorBanner() {
  const { t } = useTranslation();
  const error = useWorkspace((s) => s.error);
  const dismiss = useWorkspace((s) => s.dismissError);
  const openLogFolder = useWorkspace((s) => s.openLogFolder);
  if (!error) return null;
  return (
    <div className="error-banner" role="alert" data-testid="error-banner">
      <div className="error-body">
        <strong className="error-title">{t(`errors.${error.code}`)}</strong>
        <span className="error-message">{error.message}</span>
        {error.code === 'crashed' && (
          // A bug: the log holds the panic, and the user is told where to find it.
          <p className="error-hint" data-testid="error-crashed-hint">
            {t('errors.crashedHint')}{' '}
            <button type="button" className="btn btn-link" onClick={() => void openLogFolder()}>
              {t('help.openLogFolder')}
            </button>
          </p>
        )}
        {error.problems.length > 0 && (
          <ul className="error-problems">
            {error.problems.map((p, i) => (
              <li key={`${p.path}-${i}`}>
                <code>{p.path}</code> {p.message}
              </li>
            ))}
          </ul>
        )}
        {error.flowProblems.length > 0 && (
          <ul className="error-problems" data-testid="error-flow-problems">
            {error.flowProblems.map((p, i) => (
              <li key={`${p.kind}-${p.nodeId ?? ''}-${i}`} data-node-id={p.nodeId ?? undefined}>
                {p.message}
              </li>
            ))}
          </ul>
        )}
      </div>
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
