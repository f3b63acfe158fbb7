/** Messages: the side panel's "show me this one", and the keyboard shortcut and context menu's 'annotate'. */
import { t } from '../../../core/i18n';
import { UNANSWERED, type CommandHandler, type Handler } from '../../../platform/messaging';
import type { AnnotatorCore } from './core';

export interface AnnotatorMessages {
  readonly showAnnotation: Handler<'page/show-annotation'>;
  readonly annotate: CommandHandler;
}

export function annotatorMessages(core: AnnotatorCore): AnnotatorMessages {
  const { anchors, painter, ui } = core;
  return {
    async showAnnotation({ annotationId }) {
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
    // The shortcut reaches every frame of the tab; only the one holding the selection acts. Without a
    // selection a child frame stays silent, and the top frame says "select text first" only when it
    // has focus (with focus in a frame, the selection, if any, is there).
    annotate() {
      if (core.signal.aborted) return UNANSWERED;
      // This frame's editor holds unsaved changes: it stays, and says so, whatever is selected.
      if (core.keepEditor()) return { ok: false };
      const selection = window.getSelection();
      if (!selection || selection.isCollapsed || !selection.rangeCount) {
        if (window !== window.top || !document.hasFocus()) return UNANSWERED;
        ui.showToast(t('annotateSelectFirst'));
        return { ok: false };
      }
      return { ok: core.openEditor(selection.getRangeAt(0).cloneRange()) };
    },
  };
}
