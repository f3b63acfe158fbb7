/**
 * Making and editing annotations: the editor (in its own frame) opened on a range or on a placed
 * annotation, saving through the store, and deleting.
 */
import { t } from '../../../core/i18n';
import { describeRange } from '../anchor-dom';
import {
  contentOf,
  createAnnotation,
  deleteAnnotation,
  quoteOf,
  saveAnnotation,
  updateAnnotation,
  type AnnotationContent,
  type TextPositionSelector,
} from '../../../platform/annotations';
import type { Placed } from '../page-anchors';
import { buildTextIndex, offsetsToRange } from '../text-index';
import type { EntityOption } from '../ui/EntityPicker';
import type { Box } from '../../../ui/placement';
import { editable, rangeBox, type AnnotatorCore } from './core';
import { prepareEditorFrame } from './editor-frame';

interface EditorRequest {
  key: string;
  anchor: Box;
  mode: 'new' | 'edit';
  quote: string;
  initial: { note: string; tags: string[]; entities: EntityOption[] };
  save(content: AnnotationContent): Promise<void>;
}

function showEditor(core: AnnotatorCore, request: EditorRequest): void {
  const { ui } = core;
  const frame = prepareEditorFrame({
    open: { mode: request.mode, quote: request.quote, initial: request.initial, theme: core.theme },
    onClose: () => ui.close(),
    onReady: () => {
      if (import.meta.env.MODE === 'e2e' && ui.host) ui.host.dataset.lensEditorReady = 'true';
    },
    onSave: async (content) => {
      try {
        await request.save(content);
      } catch (error) {
        return (error as Error).message;
      }
      return null;
    },
  });
  ui.setView({
    kind: 'editor',
    key: request.key,
    anchor: request.anchor,
    label: t('annotateEditorFrame'),
    src: frame.src,
    connect: frame.connect,
  });
  if (import.meta.env.MODE === 'e2e' && ui.host) ui.host.dataset.lensEditorReady = 'false';
}

export function startEditorFlow(core: AnnotatorCore): void {
  const { ui, anchors } = core;

  core.openEditor = (range) => {
    if (!core.active || range.collapsed || editable(range.commonAncestorContainer)) return false;
    core.checkUrl();
    if (ui.contains(range.commonAncestorContainer)) return false;
    const index = buildTextIndex(document.body);
    const selectors = describeRange(index, range);
    if (!selectors) {
      ui.showToast(t('annotateSelectThenChoose'));
      return false;
    }
    const position = selectors.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector')!;
    const placedRange = offsetsToRange(index, position.start, position.end) ?? range.cloneRange();
    const mentioned = [...new Set(core.detector.mentionsIn(range).map((m) => m.entityId))]
      .filter((id) => core.data.get(id))
      .map((id) => core.data.option(id));
    const focused = document.activeElement;
    ui.returnFocusTo(focused instanceof HTMLElement && focused !== ui.host ? focused : null);
    showEditor(core, {
      key: `new-${Date.now()}`,
      anchor: rangeBox(placedRange),
      mode: 'new',
      quote: placedRange.toString().trim() || (selectors[0] as { exact: string }).exact,
      initial: { note: '', tags: [], entities: mentioned },
      async save(content) {
        const annotation = createAnnotation({ source: core.pageUrl, title: document.title, selectors, content });
        await saveAnnotation(annotation, document.title);
        anchors.place(annotation, placedRange);
        window.getSelection()?.removeAllRanges();
      },
    });
    return true;
  };

  core.openEdit = (placed, returnTo) => {
    const { annotation } = placed;
    const content = contentOf(annotation);
    const focused = returnTo ?? (document.activeElement instanceof HTMLElement ? document.activeElement : null);
    ui.returnFocusTo(focused);
    showEditor(core, {
      key: `edit-${annotation.id}`,
      anchor: placed.range ? rangeBox(placed.range) : { left: 16, top: 16, right: 16, bottom: 16 },
      mode: 'edit',
      quote: quoteOf(annotation)?.exact ?? '',
      initial: { note: content.note, tags: content.tags, entities: content.entityIds.map((id) => core.data.option(id)) },
      async save(next) {
        const updated = updateAnnotation(annotation, next);
        await saveAnnotation(updated, document.title);
        anchors.update(updated);
      },
    });
  };

  core.remove = async ({ annotation }) => {
    try {
      await deleteAnnotation(annotation.target.source, annotation.id);
      anchors.remove(annotation.id);
      ui.close();
      ui.showToast(t('annotateDeleted'));
    } catch (error) {
      ui.showToast((error as Error).message, 'error');
    }
  };
}
