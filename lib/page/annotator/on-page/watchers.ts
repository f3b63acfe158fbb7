/**
 * What the annotator follows: the settings the hub hands over (active on this site or not, theme), and,
 * only while the page has annotations or the adder or editor is up, the DOM (to re-anchor) and the
 * pointer (hover).
 */
import { watchDomChanges, watchPointer } from '../page-watch';
import type { AnnotatorCore } from './core';

export function startWatchers(core: AnnotatorCore, onPointer: (event: PointerEvent) => void): void {
  const { anchors, painter, signal, ui } = core;
  let watching: AbortController | null = null;

  const onDomChange = () => {
    if (signal.aborted) return;
    // A page that rewrites its body takes the UI host (and an open editor) with it.
    ui.keepInPage();
    if (core.checkUrl()) return;
    anchors.markDirty();
    void anchors.reanchor().then(core.reportOrphans);
  };

  core.syncWatchers = () => {
    const kind = ui.view.kind;
    const wanted = core.active && !signal.aborted && (anchors.size > 0 || kind === 'adder' || kind === 'editor');
    if (wanted && !watching) {
      watching = new AbortController();
      watchDomChanges(document.body, onDomChange, watching.signal, (node) => ui.contains(node));
      watchPointer(onPointer, watching.signal);
    } else if (!wanted && watching) {
      watching.abort();
      watching = null;
    }
  };
  signal.addEventListener('abort', () => watching?.abort(), { once: true });
  const stopAnchors = anchors.onChange(core.syncWatchers);
  signal.addEventListener('abort', stopAnchors, { once: true });
  ui.onViewChange(core.syncWatchers);

  let wasActive = false;
  core.applySettings = (view) => {
    if (signal.aborted) return;
    core.theme = view.theme;
    ui.setTheme(view.theme);
    if (view.active === core.active) return;
    core.active = view.active;
    painter.clear();
    if (core.active) for (const placed of anchors.all()) placed.range && painter.add(placed.range);
    // Pausing (here, or from another device through synced settings) hides the painting, but an
    // editor with unsaved changes stays until saved or discarded.
    else if (!core.editorBusy()) ui.setView({ kind: 'idle' });
    core.syncWatchers();
    core.refreshNotes();
    if (core.active && !wasActive) {
      wasActive = true;
      core.onFirstActive();
    }
  };
}
