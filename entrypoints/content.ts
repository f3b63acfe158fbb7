import { defineContentScript } from 'wxt/utils/define-content-script';
import { startContent } from 'virtual:lens-content-start';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  // WXT's start-up also posts "<extension id>:content:wxt:content-script-started" to the page's window
  // (kept by WXT for older versions of itself): every site would learn, without asking, that the
  // extension is installed (Chrome's use_dynamic_url exists to keep that from sites). WXT's DOM event,
  // which is all a newer copy of this script listens for, stays: a page hears it only by listening for
  // its exact name, which holds the extension's id.
  noScriptStartedPostMessage: true,
  main(ctx) {
    void startContent(ctx);
  },
});
