import { useTranslation } from 'react-i18next';
import { VIEW_MODES } from '../model/types';
import { useWorkspace } from '../store/workspace';

export function ViewTabs() {
  const { t } = useTranslation();
  const mode = useWorkspace((s) => s.mode);
  const setMode = useWorkspace((s) => s.setMode);
  return (
    <div className="tabs" role="tablist" aria-label={t('views.label')}>
      {VIEW_MODES.map((m, i) => (
        <button
          key={m}
          type="button"
          role="tab"
          aria-selected={mode === m}
          className={`tab${mode === m ? ' tab-active' : ''}`}
          data-testid={`view-tab-${m === 'journey' ? 'journey' : m}`}
          title={`${t(`views.${m}`)} (Ctrl+${i + 1})`}
          onClick={() => setMode(m)}
        >
          {t(`views.${m}`)}
        </button>
      ))}
    </div>
  );
}
