/**
 * The annotator on one page: the adder on selections, the editor, painting and re-anchoring the
 * page's saved annotations, the note shown on hover, and the side panel's "show me this one".
 * Its UI lives in a closed shadow root (the page's scripts cannot read the person's notes nor press
 * its buttons); it takes focus only when the editor opens, and gives it back.
 *
 * It runs in every frame of every page, so it costs next to nothing until needed: the shadow host
 * enters the page on the first selection, hover or editor; the entity search index is built on the
 * first search; the DOM observer and the hover loop run only while the page has annotations or the
 * adder or editor is up; and nothing is painted while the site is paused or switched off.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { Dataset, Entity } from '../dataset/types';
import type { Detector, Mention } from '../detect/types';
import { t } from '../i18n';
import { handleMessages, isMessage, type Message } from '../messaging';
import { entitySearchFor } from '../search';
import { isActiveOn, pageSiteUrl, watchSettings, type Theme } from '../settings';
import { describeRange } from './anchor-dom';
import {
  contentOf,
  createAnnotation,
  quoteOf,
  updateAnnotation,
  type Annotation,
  type AnnotationContent,
  type TextPositionSelector,
} from './model';
import { createPainter } from './paint';
import { PageAnchors, type Placed } from './page-anchors';
import { caretAt, rectUnder, watchDomChanges, watchPointer, watchSelectionEnd } from './page-watch';
import { deleteAnnotation, loadPage, saveAnnotation, setOrphans, watchAnnotations } from './store';
import { buildTextIndex, offsetsToRange, OWN_UI_ATTRIBUTE } from './text-index';
import { AnnotatorRoot, type AnnotatorView, type Toast } from './ui/AnnotatorRoot';
import type { EntityOption } from './ui/EntityPicker';
import { boxOf, type Box } from './ui/position';
import { ANNOTATOR_CSS } from './ui/styles';
import { normalizeUrl } from './url';

export interface Annotator {
  /** Opens the editor for a range of page text (a selection, a mention). */
  annotateRange(range: Range): boolean;
  /** Opens the editor for a mention (the hover card's "Annotate" button). */
  annotateMention(mention: Mention): boolean;
  /** Opens the editor for the current selection; false when nothing is selected. */
  annotateSelection(): boolean;
  /** Resolves once the page's saved annotations have had their first anchoring pass. */
  readonly ready: Promise<void>;
}

export interface AnnotatorOptions {
  ctx: ContentScriptContext;
  detector: Detector;
  dataset: Dataset;
}

const HOVER_SHOW_MS = 250;
const HOVER_HIDE_MS = 300;

function entityOption(entity: Entity): EntityOption {
  return { id: entity.id, name: entity.name, type: entity.type };
}

function rangeBox(range: Range): Box {
  const rects = range.getClientRects();
  const first = rects[0] ?? range.getBoundingClientRect();
  const last = rects[rects.length - 1] ?? first;
  return { left: first.left, top: first.top, right: last.right, bottom: last.bottom };
}

function editable(node: Node | null): boolean {
  const element = node instanceof Element ? node : node?.parentElement;
  return !!element?.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]');
}

/**
 * Starts annotating this document; null where it cannot be annotated (about:blank and srcdoc frames
 * have no address of their own), so no surface offers an action that would do nothing.
 */
export function startAnnotator({ ctx, detector, dataset }: AnnotatorOptions): Annotator | null {
  if (!/^(https?|file):$/.test(location.protocol)) return null;
  const controller = new AbortController();
  ctx.onInvalidated(() => controller.abort());
  const signal = controller.signal;
  const entities = new Map(dataset.entities.map((e) => [e.id, e]));
  // Built on the first search in the entity picker, not on every page load.
  let search: ReturnType<typeof entitySearchFor> | null = null;
  const searchEntities = (query: string) =>
    (search ??= entitySearchFor(dataset)).search(query, 12).map((hit) => entityOption(hit.entity));
  const nameOf = (id: string) => entities.get(id)?.name ?? id;

  // Inactive until the first settings read says otherwise: a paused or switched-off site never
  // shows a saved annotation, not even for a moment. The painter paints nothing while inactive.
  let active = false;
  const painter = createPainter(document, () => active);
  const anchors = new PageAnchors(painter);
  signal.addEventListener('abort', () => painter.dispose());

  let pageHref = location.href;
  let pageUrl = normalizeUrl(pageHref);
  let view: AnnotatorView = { kind: 'idle' };
  let toast: Toast | null = null;
  let theme: Theme = 'system';
  let container: HTMLElement | null = null;
  let host: HTMLElement | null = null;
  let returnFocus: HTMLElement | null = null;
  let toastTimer: ReturnType<typeof setTimeout> | undefined;
  let hoverTimer: ReturnType<typeof setTimeout> | undefined;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  /** Stops the page watchers while they run (see syncWatchers). */
  let watching: AbortController | null = null;

  const draw = () => container && render(<AnnotatorRoot view={view} toast={toast} theme={theme} />, container);

  // The shadow host enters the page only when there is something to show.
  let uiRequested = false;
  const ensureUi = () => {
    if (uiRequested || signal.aborted) return;
    uiRequested = true;
    void createShadowRootUi(ctx, {
      name: 'ail-annotator',
      // Closed: page scripts cannot reach into it (notes, the editor, Delete and Save buttons).
      mode: 'closed',
      position: 'inline',
      anchor: 'body',
      css: ANNOTATOR_CSS,
      // Keys typed in the editor must not reach the page's own shortcuts.
      isolateEvents: true,
      onMount(uiContainer, _shadow, shadowHost) {
        shadowHost.setAttribute(OWN_UI_ATTRIBUTE, 'annotator');
        host = shadowHost;
        container = uiContainer;
        draw();
      },
      onRemove() {
        if (container) render(null, container);
      },
    })
      .then((ui) => {
        if (signal.aborted) return;
        // Marked before it enters the page, so no scanner ever looks inside.
        ui.shadowHost.setAttribute(OWN_UI_ATTRIBUTE, 'annotator');
        ui.mount();
      })
      .catch(() => (uiRequested = false));
  };

  const setView = (next: AnnotatorView) => {
    view = next;
    if (next.kind !== 'idle') ensureUi();
    draw();
    syncWatchers();
  };
  const showToast = (message: string, tone: Toast['tone'] = 'info') => {
    toast = { message, tone };
    ensureUi();
    draw();
    clearTimeout(toastTimer);
    toastTimer = setTimeout(() => ((toast = null), draw()), tone === 'error' ? 8000 : 3000);
  };
  const closeEditor = () => {
    setView({ kind: 'idle' });
    const target = returnFocus;
    returnFocus = null;
    if (target?.isConnected) target.focus({ preventScroll: true });
  };
  const inOwnUi = (event: Event) => !!host && event.composedPath().includes(host);

  // --- Saved annotations: load, anchor, keep up with the page and with storage -------------------

  // What storage says about this page's orphans, so an unchanged status costs no write (nor a read).
  let orphanReport: string | null = null;
  const orphanKey = (ids: readonly string[]) => `${pageUrl}\n${[...ids].sort().join(',')}`;
  const reportOrphans = () => {
    const ids = anchors.orphanIds();
    const key = orphanKey(ids);
    if (key === orphanReport || !anchors.all().length) return;
    orphanReport = key;
    setOrphans(pageUrl, ids).catch(() => undefined);
  };
  const loadSaved = async () => {
    const record = await loadPage(pageUrl);
    orphanReport = orphanKey(record.orphans ?? []);
    await anchors.load(record.annotations);
    reportOrphans();
  };
  const ready = loadSaved().catch((error) => {
    showToast(t('annotateLoadFailed', (error as Error).message), 'error');
  });

  /**
   * A single-page app may have moved to another article: its own annotations, not the last one's.
   * Cheap (one string comparison) unless the address changed; called wherever the address matters.
   */
  const checkUrl = (): boolean => {
    if (location.href === pageHref) return false;
    pageHref = location.href;
    const next = normalizeUrl(pageHref);
    if (next === pageUrl) return false;
    pageUrl = next;
    anchors.clear();
    orphanReport = null;
    void loadSaved().catch(() => undefined);
    return true;
  };
  window.addEventListener('popstate', () => checkUrl(), { signal });
  // Chrome's Navigation API tells of same-document navigations (pushState) as they happen.
  const navigation = (window as { navigation?: EventTarget }).navigation;
  navigation?.addEventListener?.('navigatesuccess', () => checkUrl(), { signal });

  const onDomChange = () => {
    if (signal.aborted || checkUrl()) return;
    anchors.markDirty();
    void anchors.reanchor().then(reportOrphans);
  };

  // --- Watching the page: only while there is something on it to keep up with -------------------

  signal.addEventListener('abort', () => watching?.abort());
  /** Starts or stops the DOM observer and the hover loop: on only while the page has annotations or the adder or editor is up. */
  function syncWatchers(): void {
    const wanted =
      active && !signal.aborted && (anchors.all().length > 0 || view.kind === 'adder' || view.kind === 'editor');
    if (wanted && !watching) {
      watching = new AbortController();
      watchDomChanges(document.body, onDomChange, watching.signal, (node) => !!host && (node === host || host.contains(node)));
      watchPointer(onPointer, watching.signal);
    } else if (!wanted && watching) {
      watching.abort();
      watching = null;
    }
  }
  anchors.onChange(syncWatchers);

  const stopWatch = watchAnnotations((changes) => {
    checkUrl();
    const change = changes.find((c) => c.url === pageUrl);
    if (!change) return;
    // Edits from the side panel or another tab (and our own writes, which change nothing here).
    void anchors.load(change.record?.annotations ?? []).then(reportOrphans);
  });
  signal.addEventListener('abort', stopWatch);

  const stopSettings = watchSettings((settings) => {
    theme = settings.theme;
    const nowActive = isActiveOn(settings, pageSiteUrl());
    if (nowActive !== active) {
      active = nowActive;
      painter.clear();
      if (active) for (const placed of anchors.all()) placed.range && painter.add(placed.range);
      else setView({ kind: 'idle' });
      syncWatchers();
    }
    draw();
  });
  signal.addEventListener('abort', stopSettings);

  // --- Making and editing ------------------------------------------------------------------------

  const openEditor = (range: Range): boolean => {
    if (!active || range.collapsed || editable(range.commonAncestorContainer)) return false;
    checkUrl();
    if (host && host.contains(range.commonAncestorContainer)) return false;
    const index = buildTextIndex(document.body);
    const selectors = describeRange(index, range);
    if (!selectors) {
      showToast(t('annotateSelectThenChoose'));
      return false;
    }
    const position = selectors.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector')!;
    const placedRange = offsetsToRange(index, position.start, position.end) ?? range.cloneRange();
    const mentioned = [...new Set(detector.mentionsIn(range).map((m) => m.entityId))]
      .map((id) => entities.get(id))
      .filter((e): e is Entity => !!e)
      .map(entityOption);
    const focused = document.activeElement;
    returnFocus = focused instanceof HTMLElement && focused !== host ? focused : null;
    clearTimeout(hoverTimer);
    setView({
      kind: 'editor',
      key: `new-${Date.now()}`,
      anchor: rangeBox(placedRange),
      quote: placedRange.toString().trim() || (selectors[0] as { exact: string }).exact,
      mode: 'new',
      initial: { note: '', tags: [], entities: mentioned },
      searchEntities,
      onCancel: closeEditor,
      onSave: async (content: AnnotationContent) => {
        const annotation = createAnnotation({ source: pageUrl, title: document.title, selectors, content });
        try {
          await saveAnnotation(annotation, document.title);
        } catch (error) {
          return (error as Error).message;
        }
        anchors.place(annotation, placedRange);
        window.getSelection()?.removeAllRanges();
        closeEditor();
        return null;
      },
    });
    return true;
  };

  const openEdit = (placed: Placed) => {
    const { annotation } = placed;
    const content = contentOf(annotation);
    returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setView({
      kind: 'editor',
      key: `edit-${annotation.id}`,
      anchor: placed.range ? rangeBox(placed.range) : { left: 16, top: 16, right: 16, bottom: 16 },
      quote: quoteOf(annotation)?.exact ?? '',
      mode: 'edit',
      initial: {
        note: content.note,
        tags: content.tags,
        entities: content.entityIds.map((id) => ({ id, name: nameOf(id), type: entities.get(id)?.type ?? '' })),
      },
      searchEntities,
      onCancel: closeEditor,
      onSave: async (next: AnnotationContent) => {
        const updated = updateAnnotation(annotation, next);
        try {
          await saveAnnotation(updated, document.title);
        } catch (error) {
          return (error as Error).message;
        }
        anchors.update(updated);
        closeEditor();
        return null;
      },
    });
  };

  const remove = async (annotation: Annotation) => {
    try {
      await deleteAnnotation(annotation.target.source, annotation.id);
      anchors.remove(annotation.id);
      setView({ kind: 'idle' });
      showToast(t('annotateDeleted'));
    } catch (error) {
      showToast((error as Error).message, 'error');
    }
  };

  // --- The adder on selections ------------------------------------------------------------------

  // Always on (two cheap listeners): the adder must be able to appear on any page.
  watchSelectionEnd((event) => {
    if (!active || inOwnUi(event) || view.kind === 'editor') return;
    checkUrl();
    const selection = window.getSelection();
    if (!selection || selection.isCollapsed || !selection.rangeCount) {
      if (view.kind === 'adder') setView({ kind: 'idle' });
      return;
    }
    const range = selection.getRangeAt(0).cloneRange();
    if (editable(range.commonAncestorContainer) || !range.toString().trim()) return;
    setView({ kind: 'adder', anchor: rangeBox(range), onAnnotate: () => openEditor(range) });
  }, signal);
  // Only the person's own input closes what is open; events the page dispatches do nothing.
  const floating = () => view.kind === 'adder' || view.kind === 'popover';
  document.addEventListener(
    'mousedown',
    (event) => event.isTrusted && !inOwnUi(event) && floating() && setView({ kind: 'idle' }),
    { capture: true, signal },
  );
  document.addEventListener(
    'keydown',
    (event) => event.isTrusted && event.key === 'Escape' && floating() && setView({ kind: 'idle' }),
    { capture: true, signal },
  );
  window.addEventListener('scroll', (event) => event.isTrusted && floating() && setView({ kind: 'idle' }), {
    capture: true,
    passive: true,
    signal,
  });

  // --- Hover: the note of a painted annotation --------------------------------------------------

  const showPopover = (placed: Placed, rect: DOMRect) => {
    const { annotation } = placed;
    const content = contentOf(annotation);
    setView({
      kind: 'popover',
      key: annotation.id,
      anchor: boxOf(rect),
      note: content.note,
      tags: content.tags,
      entities: content.entityIds.map(nameOf),
      onEdit: () => openEdit(placed),
      onDelete: () => void remove(annotation),
      onPointerEnter: () => clearTimeout(hideTimer),
      onPointerLeave: () => {
        clearTimeout(hideTimer);
        hideTimer = setTimeout(() => view.kind === 'popover' && setView({ kind: 'idle' }), HOVER_HIDE_MS);
      },
    });
  };

  function onPointer(event: PointerEvent): void {
    if (!active || view.kind === 'editor' || view.kind === 'adder') return;
    if (inOwnUi(event)) {
      clearTimeout(hideTimer);
      return;
    }
    clearTimeout(hoverTimer);
    const caret = anchors.all().length ? caretAt(event.clientX, event.clientY) : null;
    const hit = caret
      ? anchors
          .at(caret.node, caret.offset)
          .map((placed) => ({ placed, rect: rectUnder(placed.range!, event.clientX, event.clientY) }))
          .find((h) => h.rect)
      : undefined;
    if (hit && hit.rect) {
      clearTimeout(hideTimer);
      if (view.kind === 'popover' && view.key === hit.placed.annotation.id) return;
      const { placed, rect } = hit;
      hoverTimer = setTimeout(() => showPopover(placed, rect), HOVER_SHOW_MS);
    } else if (view.kind === 'popover') {
      clearTimeout(hideTimer);
      hideTimer = setTimeout(() => view.kind === 'popover' && setView({ kind: 'idle' }), HOVER_HIDE_MS);
    }
  }

  // --- Messages: the side panel's "show me", the shortcut and the context menu ------------------

  const stopMessages = handleMessages({
    'page/show-annotation': async ({ annotationId }) => {
      await ready;
      checkUrl();
      let placed = anchors.get(annotationId);
      if (!placed) {
        await loadSaved();
        placed = anchors.get(annotationId);
      }
      if (!placed?.range) {
        if (placed) showToast(t('annotateOrphaned'), 'error');
        return { found: false };
      }
      const element = placed.range.startContainer.parentElement;
      element?.scrollIntoView({ block: 'center', behavior: 'smooth' });
      painter.flash(placed.range);
      return { found: true };
    },
  });
  signal.addEventListener('abort', stopMessages);

  const annotateSelection = (): boolean => {
    const selection = window.getSelection();
    if (!selection || selection.isCollapsed || !selection.rangeCount) {
      showToast(t('annotateSelectFirst'));
      return false;
    }
    return openEditor(selection.getRangeAt(0).cloneRange());
  };
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
      showToast(t('annotateSelectFirst'));
      return Promise.resolve({ ok: false });
    }
    return Promise.resolve({ ok: openEditor(selection.getRangeAt(0).cloneRange()) });
  };
  browser.runtime.onMessage.addListener(onCommand as never);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onCommand as never));

  return {
    annotateRange: (range) => openEditor(range),
    annotateMention: (mention) => openEditor(mention.range),
    annotateSelection,
    ready,
  };
}
