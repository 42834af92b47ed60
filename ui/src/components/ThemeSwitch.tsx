import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../store/workspace';
import type { ThemeChoice } from '../store/theme';

const CHOICES: ThemeChoice[] = ['system', 'light', 'dark'];

export function ThemeSwitch() {
  const { t } = useTranslation();
  const theme = useWorkspace((s) => s.theme);
  const setTheme = useWorkspace((s) => s.setTheme);
  return (
    <label className="theme-switch">
      <span className="visually-hidden">{t('theme.label')}</span>
      <select
        className="select select-compact"
        data-testid="theme-switch"
        value={theme}
        title={t('theme.label')}
        onChange={(e) => void setTheme(e.target.value as ThemeChoice)}
      >
        {CHOICES.map((choice) => (
          <option key={choice} value={choice}>
            {t(`theme.${choice}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
