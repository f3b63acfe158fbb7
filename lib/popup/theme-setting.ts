import { watchSettings, type Theme } from '../settings';

/** Puts the theme setting on <html data-theme>, where theme.css reads it; "system" leaves it to the OS. */
export function applyTheme(root: HTMLElement, theme: Theme): void {
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
}

/** Follows the theme setting live; returns the function that stops following. */
export function followThemeSetting(root: HTMLElement = document.documentElement): () => void {
  return watchSettings((settings) => applyTheme(root, settings.theme));
}
