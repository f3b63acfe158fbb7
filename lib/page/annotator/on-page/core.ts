/**
 * What the annotator's pieces on one page share: the page's anchors and painter, the settings that
 * apply, the dataset's entities as they are now, and the UI host. Each piece (saved.ts, watchers.ts,
 * editor-flow.ts, adder.ts, hover.ts, keyboard.ts) takes this and adds its listeners under `signal`,
 * so aborting it removes every one of them; messages.ts makes the answers the hub routes to it.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Dataset, Entity } from '../../../core/dataset/types';
import type { Detector } from '../../detect/types';
import type { PageSettings, Theme } from '../../../platform/settings';
import type { Painter } from '../paint';
import type { PageAnchors, Placed } from '../page-anchors';
import type { EntityOption } from '../ui/EntityPicker';
import type { Box } from '../../../ui/placement';
import type { AnnotatorUi } from './ui';

/** The current dataset's entities, replaced whole when the person's dataset changes. */
export interface EntityData {
  readonly dataset: Dataset;
  get(id: string): Entity | undefined;
  nameOf(id: string): string;
  option(id: string): EntityOption;
}

export function entityData(dataset: Dataset): EntityData {
  const entities = new Map(dataset.entities.map((e) => [e.id, e]));
  const nameOf = (id: string) => entities.get(id)?.name ?? id;
  return {
    dataset,
    get: (id) => entities.get(id),
    nameOf,
    option: (id) => ({ id, name: nameOf(id), type: entities.get(id)?.type ?? '' }),
  };
}

export interface AnnotatorCore {
  readonly ctx: ContentScriptContext;
  readonly signal: AbortSignal;
  readonly detector: Detector;
  readonly painter: Painter;
  readonly anchors: PageAnchors;
  readonly ui: AnnotatorUi;
  data: EntityData;
  /** The page's address as normalised for storage (a single-page app may change it). */
  pageUrl: string;
  /** Whether annotations show on this site (not paused, not switched off). */
  active: boolean;
  theme: Theme;
  /** Set by saved.ts: the first anchoring pass, and the checks every piece calls. */
  ready: Promise<void>;
  checkUrl(): boolean;
  loadSaved(): Promise<void>;
  reportOrphans(): void;
  /** Set by watchers.ts: starts or stops the DOM observer and hover loop as needed. */
  syncWatchers(): void;
  /** Set by watchers.ts: the settings as the frame sees them now (from the hub). */
  applySettings(view: PageSettings): void;
  /** Set by adder.ts: called once, the first time annotations turn on for this page (watchers.ts). */
  onFirstActive(): void;
  /** Set by keyboard.ts: the keyboard's list of notes follows the anchors and the settings. */
  refreshNotes(): void;
  /**
   * Set by editor-flow.ts: an editor with unsaved changes is open. Nothing replaces or closes it
   * unasked (another annotate request, a note opened from the keyboard, a paused site): it is closed
   * only by its own Save, or Discard.
   */
  editorBusy(): boolean;
  /**
   * Set by editor-flow.ts: the guard of every path that would replace the view. When editorBusy(),
   * focus goes back to the editor, a notice says a note is still open, and it answers true.
   */
  keepEditor(): boolean;
  /** Set by editor-flow.ts. */
  openEditor(range: Range): boolean;
  openEdit(placed: Placed, returnTo?: HTMLElement | null): void;
  remove(placed: Placed): Promise<void>;
  /** Set by hover.ts: the note of a placed annotation, next to `anchor`. */
  showNote(placed: Placed, anchor: Box, options?: { focus?: boolean; returnTo?: HTMLElement | null }): void;
}

export function rangeBox(range: Range): Box {
  const rects = range.getClientRects();
  const first = rects[0] ?? range.getBoundingClientRect();
  const last = rects[rects.length - 1] ?? first;
  return { left: first.left, top: first.top, right: last.right, bottom: last.bottom };
}

export function editable(node: Node | null): boolean {
  const element = node instanceof Element ? node : node?.parentElement;
  return !!element?.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]');
}
