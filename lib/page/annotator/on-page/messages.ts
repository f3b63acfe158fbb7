/** Messages: the side panel's "show me this one", the keyboard shortcut and the context menu. */
import { browser } from 'wxt/browser';
import { t } from '../../../core/i18n';
import { handleMessages, isMessage, type Message } from '../../../platform/messaging';
import type { AnnotatorCore } from './core';

export function startMessages(core: AnnotatorCore): void {
  const { anchors, painter, ui, signal } = core;
  const stopMessages = handleMessages({
    'page/show-annotation': async ({ annotationId }) => {
      await core.ready;
      core.checkUrl();
      let placed = anchors.get(annotationId);
      if (!placed) {
        await core.loadSaved();
        placed = anchors.get(annotationId);
      }
      if (!placed?.range) {
        if (placed) ui.showToast(t('annotateOrphaned'), 'error');
        return { found: false };
      }
      placed.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' });
      painter.flash(placed.range);
      return { found: true };
    },
  });
  signal.addEventListener('abort', stopMessages, { once: true });

  // Only the 'annotate' command is ours: other commands get undefined, so their listener answers.
  // The shortcut reaches every frame of the tab; only the one holding the selection acts. Without a
  // selection a child frame stays silent, and the top frame says "select text first" only when it
  // has focus (with focus in a frame, the selection, if any, is there).
  const onCommand = (message: unknown) => {
    if (!isMessage(message) || message.type !== 'page/command') return undefined;
    if ((message as Message<'page/command'>).command !== 'annotate') return undefined;
    const selection = window.getSelection();
    if (!selection || selection.isCollapsed || !selection.rangeCount) {
      if (window !== window.top || !document.hasFocus()) return undefined;
      ui.showToast(t('annotateSelectFirst'));
      return Promise.resolve({ ok: false });
    }
    return Promise.resolve({ ok: core.openEditor(selection.getRangeAt(0).cloneRange()) });
  };
  browser.runtime.onMessage.addListener(onCommand as never);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onCommand as never), { once: true });
}
