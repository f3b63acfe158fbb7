/**
 * Making and editing annotations: the editor (in its own frame) opened on a range or on a placed
 * annotation, saving through the store, and deleting. An annotation is never lost: an editor with
 * unsaved changes is replaced by nothing (`keepEditor`), a new note is filed under the page it was
 * written on, an edit is refused if the note changed elsewhere since it opened, and an editor whose
 * frame the page removed is shown again with its draft.
 */
import { t } from '../../../core/i18n';
import { describeRange } from '../anchor-dom';
import {
  contentOf,
  createAnnotation,
  currentWriter,
  deleteAnnotation,
  quoteOf,
  saveAnnotation,
  updateAnnotation,
  type AnnotationContent,
  type TextPositionSelector,
} from '../../../platform/annotations';
import { buildTextIndex, offsetsToRange } from '../text-index';
import type { EditorDraft } from '../ui/Editor';
import type { Box } from '../../../ui/placement';
import { editable, rangeBox, type AnnotatorCore } from './core';
import { prepareEditorFrame } from './editor-frame';

interface EditorRequest {
  key: string;
  anchor: Box;
  mode: 'new' | 'edit';
  quote: string;
  initial: EditorDraft;
  save(content: AnnotationContent): Promise<void>;
}

/** The editor shown now, and its draft as the frame last reported it. */
interface OpenEditor {
  request: EditorRequest;
  /** Its view's key: one per frame shown. */
  key: string;
  draft: EditorDraft;
  /** The draft differs from what the editor opened with: nothing may replace or close it unasked. */
  changed: boolean;
  /** The frame reported in (a frame shown again that never does must not hold the page forever). */
  connected: boolean;
  shownAt: number;
  /** Its Save went through: a frame lost now is not shown again (that would save the note twice). */
  saved: boolean;
  /** A Save under way: whether it went through (a frame lost meanwhile waits for it). */
  saving: Promise<boolean> | null;
  /** How many times the page has removed the editor and it was shown again. */
  reshows: number;
}

/** How long a frame shown again may take to report in before it stops holding the page. */
const CONNECT_GRACE_MS = 5000;
/** A page that keeps removing the editor gets it back this many times, not forever. */
const MAX_RESHOWS = 10;

export function startEditorFlow(core: AnnotatorCore): void {
  const { ui, anchors } = core;
  let open: OpenEditor | null = null;
  let shown = 0;

  // Leaving the page (a link, a reload, closing the tab) with unsaved changes asks first. Listened to
  // only while there are some: a page with the listener may be kept out of the back-forward cache.
  const onLeave = (event: BeforeUnloadEvent) => {
    if (!core.editorBusy()) return;
    event.preventDefault();
    event.returnValue = '';
  };
  let guarding = false;
  const guardLeaving = () => {
    const busy = core.editorBusy();
    if (busy === guarding) return;
    guarding = busy;
    if (busy) window.addEventListener('beforeunload', onLeave);
    else window.removeEventListener('beforeunload', onLeave);
  };
  core.signal.addEventListener('abort', () => window.removeEventListener('beforeunload', onLeave), { once: true });

  /** Shows the editor in a new frame; with `draft`, starting from it (still unsaved). */
  const showEditor = (request: EditorRequest, draft?: EditorDraft, reshows = 0) => {
    const current: OpenEditor = {
      request,
      key: `${request.key}-${++shown}`,
      draft: draft ?? request.initial,
      changed: !!draft,
      connected: false,
      shownAt: performance.now(),
      saved: false,
      saving: null,
      reshows,
    };
    open = current;
    const frame = prepareEditorFrame({
      open: { mode: request.mode, quote: request.quote, initial: request.initial, draft, theme: core.theme },
      onClose: () => {
        if (open !== current) return;
        open = null;
        ui.close();
        guardLeaving();
      },
      onReady: () => {
        current.connected = true;
        if (import.meta.env.MODE === 'e2e' && ui.host) ui.host.dataset.lensEditorReady = 'true';
      },
      onDraft: (next, changed) => {
        current.connected = true;
        current.draft = next;
        current.changed = changed;
        guardLeaving();
      },
      onSave: async (content) => {
        const saving = request.save(content).then(
          (): true => true,
          (error: unknown) => (error instanceof Error ? error : new Error(String(error))),
        );
        current.saving = saving.then((outcome) => outcome === true);
        const outcome = await saving;
        current.saving = null;
        if (outcome !== true) return outcome.message;
        current.saved = true;
        guardLeaving();
        return null;
      },
    });
    ui.setView({
      kind: 'editor',
      key: current.key,
      anchor: request.anchor,
      label: t('annotateEditorFrame'),
      src: frame.src,
      connect: frame.connect,
    });
    if (import.meta.env.MODE === 'e2e' && ui.host) ui.host.dataset.lensEditorReady = 'false';
  };

  /** The editor if it is still the view shown (another view, or a close, ended it). */
  const shownEditor = () => (open && ui.view.kind === 'editor' && ui.view.key === open.key ? open : null);

  core.editorBusy = () => {
    const current = shownEditor();
    return !!current && current.changed && !current.saved && (current.connected || performance.now() - current.shownAt < CONNECT_GRACE_MS);
  };
  core.keepEditor = () => {
    if (!core.editorBusy()) return false;
    ui.showToast(t('annotateStillOpen'));
    ui.focusEditor();
    return true;
  };

  // The page removed the UI host with the editor in it: its frame is gone (a frame taken out of the
  // page unloads), so a new one is shown, starting from the draft the frame last reported.
  const closeEditor = () => {
    open = null;
    ui.close();
    guardLeaving();
  };
  ui.onReattach(() => {
    const current = shownEditor();
    if (!current) return;
    if (current.saved || current.reshows >= MAX_RESHOWS) return closeEditor();
    const showAgain = () => showEditor(current.request, current.changed ? current.draft : undefined, current.reshows + 1);
    // A Save under way decides: through, the editor is done (shown again, it would save a second
    // note); refused, the draft comes back for another try.
    if (!current.saving) return showAgain();
    void current.saving.then((through) => {
      if (open !== current) return;
      if (through) closeEditor();
      else showAgain();
    });
  });

  core.openEditor = (range) => {
    if (core.keepEditor()) return false;
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
    // The page the selectors describe, taken with them: a single-page app (or an infinite scroll) may
    // change the address before Save, and the note belongs to the page it was written on.
    const source = core.pageUrl;
    const title = document.title;
    const focused = document.activeElement;
    ui.returnFocusTo(focused instanceof HTMLElement && focused !== ui.host ? focused : null);
    showEditor({
      key: `new-${Date.now()}`,
      anchor: rangeBox(placedRange),
      mode: 'new',
      quote: placedRange.toString().trim() || (selectors[0] as { exact: string }).exact,
      initial: { note: '', tags: [], entities: mentioned },
      async save(content) {
        const annotation = createAnnotation({ source, title, selectors, content });
        await saveAnnotation(annotation, title);
        // Painted only if this is still that page (the anchors are those of the page shown).
        if (core.pageUrl === source) anchors.place(annotation, placedRange);
        window.getSelection()?.removeAllRanges();
      },
    });
    return true;
  };

  core.openEdit = (placed, returnTo) => {
    if (core.keepEditor()) return;
    // As stored now (an edit from another tab may have arrived since the note was shown).
    const { annotation, range } = anchors.get(placed.annotation.id) ?? placed;
    const content = contentOf(annotation);
    const title = document.title;
    const focused = returnTo ?? (document.activeElement instanceof HTMLElement ? document.activeElement : null);
    ui.returnFocusTo(focused);
    showEditor({
      key: `edit-${annotation.id}`,
      anchor: range ? rangeBox(range) : { left: 16, top: 16, right: 16, bottom: 16 },
      mode: 'edit',
      quote: quoteOf(annotation)?.exact ?? '',
      initial: { note: content.note, tags: content.tags, entities: content.entityIds.map((id) => core.data.option(id)) },
      async save(next) {
        const updated = updateAnnotation(annotation, next);
        // The version this edit started from: the writer refuses it if the stored note is another
        // (edited or deleted in another tab meanwhile) rather than silently undo that change.
        await currentWriter().write({ op: 'save', annotation: updated, pageTitle: title, base: annotation.modified ?? '' });
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
