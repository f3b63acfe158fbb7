/**
 * The page's saved annotations: loaded and anchored, kept up with the page's address (single-page
 * apps), with storage (the side panel, other tabs) and with orphans (what cannot be placed is
 * reported, never dropped).
 */
import { t } from '../../../core/i18n';
import { loadPage, setOrphans, watchAnnotations } from '../../../platform/annotations';
import { normalizeUrl } from '../../../platform/annotations';
import type { AnnotatorCore } from './core';

export function startSavedNotes(core: AnnotatorCore): void {
  const { anchors, signal } = core;
  let pageHref = location.href;
  // What storage says about this page's orphans, so an unchanged status costs no write (nor a read).
  let orphanReport: string | null = null;
  const orphanKey = (ids: readonly string[]) => `${core.pageUrl}\n${[...ids].sort().join(',')}`;

  core.reportOrphans = () => {
    const ids = anchors.orphanIds();
    const key = orphanKey(ids);
    if (key === orphanReport || !anchors.all().length || signal.aborted) return;
    orphanReport = key;
    setOrphans(core.pageUrl, ids).catch(() => undefined);
  };
  core.loadSaved = async () => {
    const record = await loadPage(core.pageUrl);
    if (signal.aborted) return;
    orphanReport = orphanKey(record.orphans ?? []);
    await anchors.load(record.annotations);
    core.reportOrphans();
  };
  /**
   * A single-page app may have moved to another article: its own annotations, not the last one's.
   * Cheap (one string comparison) unless the address changed; called wherever the address matters.
   */
  core.checkUrl = () => {
    if (location.href === pageHref) return false;
    pageHref = location.href;
    const next = normalizeUrl(pageHref);
    if (next === core.pageUrl) return false;
    core.pageUrl = next;
    anchors.clear();
    orphanReport = null;
    void core.loadSaved().catch(() => undefined);
    return true;
  };
  core.ready = core.loadSaved().catch((error) => {
    if (!signal.aborted) core.ui.showToast(t('annotateLoadFailed', (error as Error).message), 'error');
  });

  window.addEventListener('popstate', () => core.checkUrl(), { signal });
  // Chrome's Navigation API tells of same-document navigations (pushState) as they happen.
  const navigation = (window as { navigation?: EventTarget }).navigation;
  navigation?.addEventListener?.('navigatesuccess', () => core.checkUrl(), { signal });

  const stopWatch = watchAnnotations((changes) => {
    if (signal.aborted) return;
    core.checkUrl();
    const change = changes.find((c) => c.url === core.pageUrl);
    if (!change) return;
    // Edits from the side panel or another tab (and our own writes, which change nothing here).
    void anchors.load(change.record?.annotations ?? []).then(core.reportOrphans);
  });
  signal.addEventListener('abort', stopWatch, { once: true });
}
