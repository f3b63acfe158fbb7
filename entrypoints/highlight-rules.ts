import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { installHighlightRules } from '../lib/page/paint';

// Before the page is styled, so the highlight rules never make the browser restyle a finished page
// (see lib/page/paint/early-rules.ts). Declared in the manifest by wxt.config.ts as a document_start
// content script of every frame. An unlisted script rather than a WXT content script: it needs no
// browser API, so it ships without WXT's content script context and webextension-polyfill (14 KB and
// about 10-15 ms of a first load in every frame, for a script whose work is one adopted stylesheet).
// The main content script runs at document_idle.
export default defineUnlistedScript(() => {
  installHighlightRules(document);
});
