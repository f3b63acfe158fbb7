/**
 * The annotator on one page: the adder on selections, the editor (in a frame of the extension's own
 * origin, so the page never hears what is typed), painting and re-anchoring the page's saved
 * annotations, the note shown on hover or from the keyboard, and the side panel's "show me this one".
 * The pieces live in ./on-page, one concern each, all sharing one AnnotatorCore.
 *
 * `startAnnotator(services, signal)` is a feature's `init(signal)`: aborting the signal removes every
 * listener, observer, timer, painted note and the UI host. What it follows comes from the content
 * script's hub: the settings (`settingsChanged`), the person's dataset (`datasetChanged`), and the
 * messages it answers (`showAnnotation`, the 'annotate' command). It runs in every frame of every page, so it
 * costs next to nothing until needed: the UI host enters the page on the first selection, hover, editor
 * or saved note; the DOM observer and hover loop run only while there is something to keep up with;
 * nothing is painted while the site is paused or switched off. Entity names follow the person's
 * dataset as it changes (the editor's entity search runs in its frame, on the current dataset).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Dataset } from '../../core/dataset/types';
import type { Detector, Mention } from '../detect/types';
import { t } from '../../core/i18n';
import { startAdder } from './on-page/adder';
import { entityData, type AnnotatorCore } from './on-page/core';
import { startEditorFlow } from './on-page/editor-flow';
import { startHover } from './on-page/hover';
import { startKeyboardNotes } from './on-page/keyboard';
import { annotatorMessages, type AnnotatorMessages } from './on-page/messages';
import { startSavedNotes } from './on-page/saved';
import { createAnnotatorUi } from './on-page/ui';
import { startWatchers } from './on-page/watchers';
import { createPainter } from './paint';
import { PageAnchors } from './page-anchors';
import { normalizeUrl } from '../../platform/annotations';
import type { PageSettings } from '../../platform/settings';

export interface Annotator extends AnnotatorMessages {
  /** Opens the editor for a range of page text (a selection, a mention). */
  annotateRange(range: Range): boolean;
  /** Opens the editor for a mention (the hover card's "Annotate" button). */
  annotateMention(mention: Mention): boolean;
  /** Resolves once the page's saved annotations have had their first anchoring pass. */
  readonly ready: Promise<void>;
  /** The settings as the frame sees them now: painted or not, theme. */
  settingsChanged(view: PageSettings): void;
  /** The person's dataset changed: entity names follow it. */
  datasetChanged(dataset: Dataset): void;
}

export interface AnnotatorOptions {
  ctx: ContentScriptContext;
  detector: Detector;
  /** The dataset at start; later ones come through `datasetChanged`. */
  dataset: Dataset;
}

const unset = () => {
  throw new Error('annotator piece not started');
};

/**
 * Starts annotating this document until `signal` aborts; null where it cannot be annotated
 * (about:blank and srcdoc frames have no address of their own), so no surface offers an action that
 * would do nothing.
 */
export function startAnnotator({ ctx, detector, dataset }: AnnotatorOptions, signal: AbortSignal): Annotator | null {
  if (!/^(https?|file):$/.test(location.protocol) || signal.aborted) return null;
  // Inactive until the first settings read says otherwise: a paused or switched-off site never
  // shows a saved annotation, not even for a moment. The painter paints nothing while inactive.
  const core: AnnotatorCore = {
    ctx,
    signal,
    detector,
    painter: createPainter(document, () => core.active),
    anchors: null!,
    ui: createAnnotatorUi(ctx, signal),
    data: entityData(dataset),
    pageUrl: normalizeUrl(location.href),
    active: false,
    theme: 'system',
    ready: Promise.resolve(),
    checkUrl: unset,
    loadSaved: unset,
    reportOrphans: unset,
    syncWatchers: unset,
    applySettings: unset,
    onFirstActive: unset,
    refreshNotes: unset,
    editorBusy: unset,
    keepEditor: unset,
    openEditor: unset,
    openEdit: unset,
    remove: unset,
    showNote: unset,
  };
  (core as { anchors: PageAnchors }).anchors = new PageAnchors(core.painter);
  signal.addEventListener('abort', () => (core.anchors.clear(), core.painter.dispose()), { once: true });

  startKeyboardNotes(core);
  startEditorFlow(core);
  const onPointer = startHover(core);
  startWatchers(core, onPointer);
  startSavedNotes(core);
  startAdder(core);

  return {
    ...annotatorMessages(core),
    annotateRange: (range) => !signal.aborted && core.openEditor(range),
    annotateMention: (mention) => !signal.aborted && core.openEditor(mention.range),
    get ready() {
      return core.ready;
    },
    settingsChanged: (view) => core.applySettings(view),
    datasetChanged: (next) => void (core.data = entityData(next)),
  };
}
