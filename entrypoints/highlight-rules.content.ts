import { defineContentScript } from 'wxt/utils/define-content-script';
import { installHighlightRules } from '../lib/page/paint';

// Before the page is styled, so the highlight rules never make the browser restyle a finished page
// (see lib/page/paint/early-rules.ts). A few hundred bytes; the main content script runs at document_idle.
export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_start',
  main() {
    installHighlightRules(document);
  },
});
