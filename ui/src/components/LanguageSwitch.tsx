import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../store/workspace';

/** One click toggles English and Simplified Chinese; the choice is saved in the preferences. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const language = useWorkspace((s) => s.language);
  const setLanguage = useWorkspace((s) => s.setLanguage);
  const other = language === 'en' ? 'zh-CN' : 'en';
  return (
    <button
      type="button"
      className="btn btn-ghost"
      data-testid="language-switch"
      aria-label={t('language.switchTo', { language: t(`language.names.${other}`) })}
      title={t('language.switchTo', { language: t(`language.names.${other}`) })}
      onClick={() => void setLanguage(other)}
    >
      {/* The target language is named in its own script, as language pickers do. */}
      <span lang={other}>{other === 'en' ? 'EN' : '中文'}</span>
    </button>
  );
}
