/**
 * The annotator's UI host: a closed shadow root (page scripts cannot read notes or press its buttons)
 * that enters the page only when there is something to show, one view at a time (adder, editor frame,
 * note), a toast, and the keyboard's list of the page's notes. A page that removes the host (a
 * framework rewriting the body) gets it back the next time something is shown or its DOM changes
 * with something open; a frame that was in it unloaded, so the editor is shown anew (onReattach).
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { Theme } from '../../../platform/settings';
import { markdownChunk } from '../../chunks';
import { OWN_UI_ATTRIBUTE } from '../text-index';
import { AnnotatorRoot, type AnnotatorView, type NoteLink, type Toast } from '../ui/AnnotatorRoot';
import { ANNOTATOR_CSS } from '../ui/styles';

export interface AnnotatorUi {
  readonly view: AnnotatorView;
  readonly host: HTMLElement | null;
  setView(next: AnnotatorView): void;
  showToast(message: string, tone?: Toast['tone']): void;
  /** The notes the keyboard can reach (a hidden list that shows when it has focus). */
  setNotes(notes: NoteLink[]): void;
  setTheme(theme: Theme): void;
  /** Closes the editor or note and gives focus back to where it was. */
  close(): void;
  /** Where focus goes back when the open view closes. */
  returnFocusTo(element: HTMLElement | null): void;
  /** Focus to the open editor's frame (a request to replace it was refused). */
  focusEditor(): void;
  /**
   * Puts the host back if the page removed it (frameworks that rewrite the body do): a cheap check,
   * made whenever something is shown and when the page's DOM changes while something is open.
   */
  keepInPage(): void;
  /** Called when the host was put back: a frame that was in it has unloaded and must be shown anew. */
  onReattach(listener: () => void): void;
  inOwnUi(event: Event): boolean;
  contains(node: Node): boolean;
  /** Called after every view change (the page watchers follow what is open). */
  onViewChange(listener: () => void): void;
}

export function createAnnotatorUi(ctx: ContentScriptContext, signal: AbortSignal): AnnotatorUi {
  let view: AnnotatorView = { kind: 'idle' };
  let toast: Toast | null = null;
  let notes: NoteLink[] = [];
  let theme: Theme = 'system';
  let container: HTMLElement | null = null;
  let host: HTMLElement | null = null;
  let returnFocus: HTMLElement | null = null;
  let toastTimer: ReturnType<typeof setTimeout> | undefined;
  let requested = false;
  let mounted: ShadowRootContentScriptUi<void> | null = null;
  const listeners: (() => void)[] = [];
  const reattached: (() => void)[] = [];

  const draw = () =>
    container && render(<AnnotatorRoot view={view} toast={toast} theme={theme} notes={notes} />, container);

  /** Puts the host back if the page removed it: true if it did. */
  const reattach = (): boolean => {
    if (!mounted || mounted.shadowHost.isConnected || signal.aborted) return false;
    try {
      // The same host, shadow root and rendered views: only what was in a frame is lost.
      mounted.mount();
      return true;
    } catch {
      return false; // No body to go into (yet): the next show tries again.
    }
  };
  const keepInPage = () => {
    if (reattach()) for (const listener of reattached) listener();
  };

  /** The host in the page; a view about to be shown (`fresh`) needs no one to show it anew. */
  const ensure = (fresh = false) => {
    if (fresh) reattach();
    else keepInPage();
    if (requested || signal.aborted) return;
    requested = true;
    void createShadowRootUi(ctx, {
      name: 'ail-annotator',
      mode: 'closed',
      position: 'inline',
      anchor: 'body',
      css: ANNOTATOR_CSS,
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
        mounted = ui;
        signal.addEventListener('abort', () => ui.remove(), { once: true });
      })
      .catch(() => (requested = false));
  };
  signal.addEventListener('abort', () => clearTimeout(toastTimer), { once: true });

  const ui: AnnotatorUi = {
    get view() {
      return view;
    },
    get host() {
      return host;
    },
    setView(next) {
      view = next;
      if (next.kind !== 'idle') ensure(true);
      draw();
      for (const listener of listeners) listener();
    },
    showToast(message, tone = 'info') {
      toast = { message, tone };
      ensure();
      draw();
      clearTimeout(toastTimer);
      toastTimer = setTimeout(() => ((toast = null), draw()), tone === 'error' ? 8000 : 3000);
    },
    setNotes(next) {
      notes = next;
      if (notes.length) {
        ensure();
        // This page has notes to show on hover: have their Markdown parser ready before the first one.
        void markdownChunk.load().catch(() => {});
      }
      draw();
    },
    setTheme(next) {
      theme = next;
      draw();
    },
    close() {
      ui.setView({ kind: 'idle' });
      const target = returnFocus;
      returnFocus = null;
      if (target?.isConnected) target.focus({ preventScroll: true });
    },
    returnFocusTo(element) {
      returnFocus = element;
    },
    focusEditor() {
      ensure();
      const frame = container?.querySelector('iframe');
      if (!frame) return;
      frame.focus({ preventScroll: true });
      frame.contentWindow?.focus();
    },
    keepInPage,
    onReattach: (listener) => void reattached.push(listener),
    // After its dispatch (the pointer is handled a frame later), an event's path is empty but its
    // target is still our host (as the page's document saw it): without that, a pointer resting on
    // the note hid it.
    inOwnUi: (event) => !!host && (event.target === host || event.composedPath().includes(host)),
    contains: (node) => !!host && (node === host || host.contains(node)),
    onViewChange: (listener) => void listeners.push(listener),
  };
  return ui;
}
