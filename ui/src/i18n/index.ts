import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import zhCN from './zh-CN.json';

export const LANGUAGES = ['en', 'zh-CN'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A stored preference, or the system language when there is none (null). */
export function resolveLanguage(preference: string | null, system: string = navigator.language): Language {
  if (preference === 'en' || preference === 'zh-CN') return preference;
  return system.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } },
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: [...LANGUAGES],
  // React escapes what it renders; escaping here too would show "&amp;".
  interpolation: { escapeValue: false },
  returnNull: false,
  initImmediate: false,
  showSupportNotice: false,
});

/** The language the app is shown in: Rust writes what it words for the app (friction
 * reasons, exports) in it. */
export function appLanguage(): Language {
  return resolveLanguage(i18n.language);
}

/** Switches the catalog and the document's language (screen readers, CJK line breaking). */
export async function applyLanguage(language: Language): Promise<void> {
  await i18n.changeLanguage(language);
  document.documentElement.lang = language;
}
