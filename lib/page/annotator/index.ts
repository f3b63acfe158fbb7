/**
 * The annotator's page half: selections become notes, saved notes are anchored in the page's DOM and
 * painted, and the adder, editor and popover live in a shadow root. Its data is lib/platform/annotations.
 */
export { startAnnotator, type Annotator, type AnnotatorOptions } from './annotator';
export { startEditorPage } from './editor-page';
export { EDITOR_FRAME_CSS } from './ui/styles';
export { describeRange, anchorAnnotation } from './anchor-dom';
export { buildTextIndex, OWN_UI_ATTRIBUTE, type TextIndex } from './text-index';
