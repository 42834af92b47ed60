import { useTranslation } from 'react-i18next';
import { usePresentation } from '../../store/presentation';
import { useWorkspace } from '../../store/workspace';

export function PresentButton() {
  const { t } = useTranslation();
  const start = usePresentation((s) => s.start);
  const hasWorkspace = useWorkspace((s) => s.workspace !== null);
  if (!hasWorkspace) return null;
  return (
    <button
      type="button"
      className="btn btn-ghost"
      data-testid="present-button"
      title={t('presentation.startTitle')}
      onClick={start}
    >
      {t('presentation.start')}
    </button>
  );
}
