/** Hover: the note of a painted annotation, shown after a short rest of the pointer on it. */
import { t } from '../../../core/i18n';
import { contentOf } from '../../../platform/annotations';
import type { Placed } from '../page-anchors';
import { caretAt, rectUnder } from '../page-watch';
import { boxOf } from '../../../ui/placement';
import type { AnnotatorCore } from './core';

const HOVER_SHOW_MS = 250;
const HOVER_HIDE_MS = 300;

/** Sets `core.showNote` and returns the pointer handler that the page watchers run while needed. */
export function startHover(core: AnnotatorCore): (event: PointerEvent) => void {
  const { ui, anchors, signal } = core;
  let hoverTimer: ReturnType<typeof setTimeout> | undefined;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  signal.addEventListener('abort', () => (clearTimeout(hoverTimer), clearTimeout(hideTimer)), { once: true });
  const hideSoon = () => {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(() => ui.view.kind === 'popover' && !ui.view.focus && ui.setView({ kind: 'idle' }), HOVER_HIDE_MS);
  };

  core.showNote = (placed, anchor, options = {}) => {
    // From the keyboard's list: an editor with unsaved changes stays (the pointer never gets here then).
    if (core.keepEditor()) return;
    const { annotation } = placed;
    const content = contentOf(annotation);
    if (options.focus) ui.returnFocusTo(options.returnTo ?? null);
    ui.setView({
      kind: 'popover',
      key: `${annotation.id}-${annotation.modified ?? ''}`,
      anchor,
      note: content.note,
      tags: content.tags,
      entities: content.entityIds.map((id) => core.data.nameOf(id)),
      focus: options.focus,
      onClose: () => ui.close(),
      onEdit: () => core.openEdit(placed, options.returnTo),
      onDelete: () => void core.remove(placed),
      onDeleteRefused: () => ui.showToast(t('annotateDeleteUnseen'), 'error'),
      onPointerEnter: () => clearTimeout(hideTimer),
      onPointerLeave: hideSoon,
    });
  };

  const busy = () => ui.view.kind === 'editor' || ui.view.kind === 'adder';
  return (event) => {
    const kind = ui.view.kind;
    if (!core.active || busy()) return;
    if (ui.inOwnUi(event)) {
      clearTimeout(hideTimer);
      return;
    }
    clearTimeout(hoverTimer);
    const caret = anchors.size ? caretAt(event.clientX, event.clientY) : null;
    const hit = caret
      ? anchors
          .at(caret.node, caret.offset)
          .map((placed: Placed) => ({ placed, rect: rectUnder(placed.range!, event.clientX, event.clientY) }))
          .find((h) => h.rect)
      : undefined;
    if (hit?.rect) {
      clearTimeout(hideTimer);
      const view = ui.view;
      if (view.kind === 'popover' && view.key.startsWith(`${hit.placed.annotation.id}-`)) return;
      const { placed, rect } = hit;
      // A selection ended meanwhile (its adder is up) or an editor opened: they stay.
      hoverTimer = setTimeout(() => !busy() && core.showNote(placed, boxOf(rect)), HOVER_SHOW_MS);
    } else if (kind === 'popover') {
      hideSoon();
    }
  };
}
