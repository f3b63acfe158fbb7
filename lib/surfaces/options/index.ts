/**
 * The options page and the pieces of it other surfaces reuse: `SiteSwitch` (the popup's "Off on this
 * site") and `openOptionsPage`.
 */
import { browser } from 'wxt/browser';

export { OptionsPage } from './options-page';
export { SiteSwitch } from './site-switch';
export { useSettings } from './use-settings';
export { resetEverything } from './reset';
export type { AnnotationPort } from './annotations-section';
export { createAnnotationPort } from './annotation-port';

/** Opens (or focuses) the options page, e.g. from the popup's "Settings" link. */
export function openOptionsPage(): Promise<void> {
  return browser.runtime.openOptionsPage();
}
