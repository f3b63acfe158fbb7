/**
 * Applies the chosen theme to an extension page: `data-theme` on the root element, which the page's
 * CSS reads; "system" leaves it to `prefers-color-scheme`.
 */
import type { Theme } from '../settings';

export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
  root.style.colorScheme = theme === 'system' ? 'light dark' : theme;
}
