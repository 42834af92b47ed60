import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../store/workspace';

/** Shown when no workspace could be opened: the ways to get one. */
export function EmptyState() {
  const { t } = useTranslation();
  const openSample = useWorkspace((s) => s.openSample);
  const openWorkspace = useWorkspace((s) => s.openWorkspace);
  const newWorkspace = useWorkspace((s) => s.newWorkspace);
  return (
    <div className="empty-state">
      <h1>{t('empty.title')}</h1>
      <p>{t('empty.body')}</p>
      <div className="row">
        <button type="button" className="btn btn-primary" onClick={() => void openSample()}>
          {t('file.openSample')}
        </button>
        <button type="button" className="btn" onClick={() => void openWorkspace()}>
          {t('file.open')}
        </button>
        <button type="button" className="btn" onClick={() => void newWorkspace()}>
          {t('file.new')}
        </button>
      </div>
    </div>
  );
}
