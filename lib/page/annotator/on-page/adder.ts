/**
 * The adder on selections, and what closes the floating pieces (adder, note): only the person's own
 * input (a click elsewhere, Escape, scrolling); events the page dispatches do nothing.
 */
import { watchSelectionEnd } from '../page-watch';
import { editable, rangeBox, type AnnotatorCore } from './core';

export function startAdder(core: AnnotatorCore): void {
  const { ui, signal } = core;
  // Always on (two cheap listeners): the adder must be able to appear on any page.
  watchSelectionEnd((event) => {
    if (!core.active || ui.inOwnUi(event) || ui.view.kind === 'editor') return;
    core.checkUrl();
    const selection = window.getSelection();
    if (!selection || selection.isCollapsed || !selection.rangeCount) {
      if (ui.view.kind === 'adder') ui.setView({ kind: 'idle' });
      return;
    }
    const range = selection.getRangeAt(0).cloneRange();
    if (editable(range.commonAncestorContainer) || !range.toString().trim()) return;
    ui.setView({ kind: 'adder', anchor: rangeBox(range), onAnnotate: () => core.openEditor(range) });
  }, signal);

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
