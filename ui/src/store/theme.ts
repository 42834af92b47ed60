export type ThemeChoice = 'light' | 'dark' | 'system';

export function themeChoice(preference: string | null): ThemeChoice {
  return preference === 'light' || preference === 'dark' ? preference : 'system';
}

/** The CSS picks the palette from `data-theme`; without it, prefers-color-scheme decides. */
export function applyTheme(choice: ThemeChoice): void {
  const root = document.documentElement;
  if (choice === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', choice);
}
