import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { installKeyGuard } from '../lib/page/annotator/key-guard';

// Before any script of the page, so the guard's listeners are the first on the page's window (see
// lib/page/annotator/key-guard.ts). Declared in the manifest by wxt.config.ts as a document_start
// content script of every frame; an unlisted script, like highlight-rules.ts, for the same reason:
// a few listeners need no content script context or polyfill.
export default defineUnlistedScript(() => {
  installKeyGuard(window);
});
