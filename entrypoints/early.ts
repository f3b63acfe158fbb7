import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { installKeyGuard } from '../lib/page/key-guard';
import { installHighlightRules } from '../lib/page/paint';

// The one script of ours that runs before the page's own, in every frame (declared in the manifest by
// wxt.config.ts as a document_start content script; the main content script runs at document_idle).
// One script, not one per job: each content script is injected, compiled and run in every frame.
// - The highlight rules, before the page is styled, so they never make the browser restyle a finished
//   page (lib/page/paint/early-rules.ts).
// - The key guard's listeners, first on the page's window and inert until the note editor opens, so
//   the keys typed before the editor has focus are held from the page (lib/page/key-guard).
// An unlisted script rather than a WXT content script: it needs no browser API, so it ships without
// WXT's content script context and webextension-polyfill (14 KB and about 10-15 ms of a first load in
// every frame).
export default defineUnlistedScript(() => {
  installHighlightRules(document);
  installKeyGuard(window);
});
