/**
 * The adder on selections, and what closes the floating pieces (adder, note): only the person's own
 * input (a click elsewhere, Escape, scrolling); events the page dispatches do nothing.
 */
import { watchSelectionEnd } from '../page-watch';
import { editable, rangeBox, type AnnotatorCore } from './core';

export function startAdder(core: AnnotatorCore): void {
  const { ui, signal } = core;
  /** The adder for the selection as it is now, when it is text a person can annotate. */
  const offer = () => {
    core.checkUrl();
    const selection = window.getSelection();
    if (!selection || selection.isCollapsed || !selection.rangeCount) {
      if (ui.view.kind === 'adder') ui.setView({ kind: 'idle' });
      return;
    }
    const range = selection.getRangeAt(0).cloneRange();
    if (editable(range.commonAncestorContainer) || !range.toString().trim()) return;
    ui.setView({ kind: 'adder', anchor: rangeBox(range), onAnnotate: () => core.openEditor(range) });
  };
  // Always on (two cheap listeners): the adder must be able to appear on any page.
  watchSelectionEnd((event) => {
    if (!core.active || ui.inOwnUi(event) || ui.view.kind === 'editor') return;
    offer();
  }, signal);
  // The script starts once the page is idle, and annotations show only once the settings have come
  // from the background: a passage selected while the page was still loading ended before anyone was
  // listening. The first time annotations are on, a selection that is there gets its adder, but only
  // if the person has used this page (a press of a key or button: a page's own script selecting text
  // gives no such activation, so it cannot make the extension offer anything).
  core.onFirstActive = () => {
    // (Optional: test DOMs and older engines have no userActivation; then nothing is offered.)
    if (navigator.userActivation?.hasBeenActive && ui.view.kind === 'idle') offer();
  };

  const floating = () => ui.view.kind === 'adder' || ui.view.kind === 'popover';
  document.addEventListener(
    'mousedown',
    (event) => event.isTrusted && !ui.inOwnUi(event) && floating() && ui.setView({ kind: 'idle' }),
    { capture: true, signal },
  );
  document.addEventListener(
    'keydown',
    (event) => event.isTrusted && event.key === 'Escape' && floating() && !ui.inOwnUi(event) && ui.close(),
    { capture: true, signal },
  );
  window.addEventListener('scroll', (event) => event.isTrusted && floating() && ui.setView({ kind: 'idle' }), {
    capture: true,
    passive: true,
    signal,
  });
}
