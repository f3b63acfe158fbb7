import { defineContentScript } from 'wxt/utils/define-content-script';
import { installHighlightRules } from '../lib/page/paint';

// Before the page is styled, so the highlight rules never make the browser restyle a finished page
// (see lib/page/paint/early-rules.ts). The rules themselves are a few hundred bytes; the built script is
// about 14 KB because WXT's polyfill module adds webextension-polyfill (~10 KB) to every entrypoint. The
// main content script runs at document_idle.
export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_start',
  main() {
    installHighlightRules(document);
  },
});
